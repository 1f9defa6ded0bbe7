"""`kexie citations [--org NAME]`: record the 文号 stored documents cite (for documents stored before citations
were kept, or after the key's rules changed), from the parses they hold; the originals are not read again."""

from django.core.management.base import BaseCommand
from django.db import transaction

from kexie.documents.citations import rebuild
from kexie.documents.management.scope import add_org_argument, documents_of


class Command(BaseCommand):
    help = "Build the policy chain's citations of stored documents from their parses (idempotent)."

    def add_arguments(self, parser):
        add_org_argument(parser)

    def handle(self, *args, org, **options):
        with transaction.atomic():
            n_documents, n_citations = rebuild(documents_of(org))
        self.stdout.write(f"{n_documents} document(s), {n_citations} citation(s) recorded")
