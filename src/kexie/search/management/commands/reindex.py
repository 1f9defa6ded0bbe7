"""`kexie reindex`: rebuild the search index from every registered source, in batches, printing counts and rate."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand
from django.db import connection

from kexie.search import index
from kexie.search.sources import source_for, sources


class Command(BaseCommand):
    help = "Rebuild the full-text search index (documents, tasks, reports, activities, 典型, 办实事) in batches."

    def add_arguments(self, parser):
        parser.add_argument("--batch", type=int, default=500, help="objects per transaction (default 500)")
        parser.add_argument("--kind", action="append",
                            help="only this source (document, task, report, activity, case, request); repeatable")

    def handle(self, *args, batch, kind, **options):
        chosen = [source_for(k) for k in kind] if kind else sources()
        if None in chosen:
            self.stderr.write("unknown kind; known: " + ", ".join(s.kind for s in sources()))
            return
        batch = max(1, min(batch, 10_000))
        with index.rebuilding():  # PostgreSQL: the GIN index is built once, at the end
            for source in chosen:
                started, done = time.perf_counter(), 0
                index.clear(source.kind)  # entries of deleted objects go too
                ids = list(source.model.objects.order_by("pk").values_list("pk", flat=True))
                for start in range(0, len(ids), batch):  # one transaction and a few statements per batch
                    done += index.put(source, source.queryset().filter(pk__in=ids[start:start + batch]))
                seconds = time.perf_counter() - started
                self.stdout.write(f"{source.kind}: {done} indexed in {seconds:.1f} s "
                                  f"({done / seconds if seconds else 0:.0f}/s)")
            started = time.perf_counter()
        if connection.vendor == "postgresql":
            self.stdout.write(f"full-text index built in {time.perf_counter() - started:.1f} s")
