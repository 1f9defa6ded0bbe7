"""The documents a documents command works on: all, or those of one organisation's subtree (--org NAME)."""

from django.core.management.base import CommandError

from kexie.documents.models import Document
from kexie.orgs.models import Organisation


def add_org_argument(parser) -> None:
    parser.add_argument("--org", help="only documents of this organisation's subtree")


def documents_of(org: str | None):
    """Every document, or those of the subtree of the organisation known by this name (else CommandError)."""
    documents = Document.objects.all()
    if org:
        root = Organisation.objects.named(org).first()
        if root is None:
            raise CommandError(f"no organisation is called {org}")
        documents = documents.within(root)
    return documents
