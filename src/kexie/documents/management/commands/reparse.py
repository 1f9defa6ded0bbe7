"""`kexie reparse [--org NAME]`: read stored originals again with the current reader and refresh their parses."""

from django.core.management.base import BaseCommand, CommandError

from kexie.documents.models import Document
from kexie.documents.services import reparse
from kexie.orgs.models import Organisation
from kexie.reader import ReaderError


class Command(BaseCommand):
    help = "Parse stored originals again (after the reader improved); the originals themselves never change."

    def add_arguments(self, parser):
        parser.add_argument("--org", help="only documents of this organisation's subtree")

    def handle(self, *args, org, **options):
        documents = Document.objects.all()
        if org:
            root = Organisation.objects.named(org).first()
            if root is None:
                raise CommandError(f"no organisation is called {org}")
            documents = documents.within(root)
        failed = 0
        for document in documents.iterator():
            try:
                reparse(document)
            except ReaderError as e:
                failed += 1
                self.stderr.write(f"document {document.pk} ({document.filename}): {e}")
        self.stdout.write(f"{documents.count() - failed} document(s) parsed again")
        if failed:
            raise CommandError(f"{failed} document(s) could not be read", returncode=1)
