"""Keeps the index current: every save and delete of a registered source's object, the ledger's bulk writes, and
an organisation's move (the scope tokens of its subtree's entries) and new name (the entries' issuer)."""

from __future__ import annotations

from django.db.models.signals import post_delete, post_save

from . import index
from .sources import source_of_model, sources


def _saved(sender, instance, raw=False, **kwargs):
    source = source_of_model(sender)
    if source is not None and not raw:
        index.put(source, source.queryset().filter(pk=instance.pk))


def _deleted(sender, instance, **kwargs):
    source = source_of_model(sender)
    if source is not None:
        index.remove(source.kind, [instance.pk])


def _tasks_written(sender, plan_id, **kwargs):
    source = source_of_model(sender)
    index.put(source, source.queryset().filter(plan_id=plan_id))


def _moved(sender, organisation, old_path, new_path, **kwargs):
    index.moved(old_path, new_path)


def _renamed(sender, organisation, old_name, **kwargs):
    index.renamed(organisation.pk, old_name, organisation.name)


def connect_source(source) -> None:
    """Follow one source's saves and deletes (sources.register calls it, so an app whose ready() runs after
    search's registers a source that is kept current too; connecting twice is harmless: dispatch_uid)."""
    post_save.connect(_saved, sender=source.model, dispatch_uid=f"search-save-{source.kind}")
    post_delete.connect(_deleted, sender=source.model, dispatch_uid=f"search-delete-{source.kind}")


def connect() -> None:
    from kexie.ledger import hooks
    from kexie.orgs.signals import renamed, subtree_moved

    for source in sources():
        connect_source(source)
    hooks.tasks_written.connect(_tasks_written, dispatch_uid="search-tasks-written")
    subtree_moved.connect(_moved, dispatch_uid="search-moved")
    renamed.connect(_renamed, dispatch_uid="search-renamed")

