"""`kexie citations [--org NAME]`: record the 文号 stored documents cite (for documents stored before citations
were kept, or after the key's rules changed), from the parses they hold; the originals are not read again."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from kexie.documents.citations import rebuild
from kexie.documents.models import Document
from kexie.orgs.models import Organisation


class Command(BaseCommand):
    help = "Build the policy chain's citations of stored documents from their parses (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument("--org", help="only documents of this organisation's subtree")

    def handle(self, *args, org, **options):
        documents = Document.objects.all()
        if org:
            root = Organisation.objects.named(org).first()
            if root is None:
                raise CommandError(f"no organisation is called {org}")
            documents = documents.within(root)
        with transaction.atomic():
            n_documents, n_citations = rebuild(documents)
        self.stdout.write(f"{n_documents} document(s), {n_citations} citation(s) recorded")
