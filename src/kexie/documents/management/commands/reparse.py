"""`kexie reparse [--org NAME]`: read stored originals again with the current reader and refresh their parses."""

from django.core.management.base import BaseCommand, CommandError

from kexie.documents.management.scope import add_org_argument, documents_of
from kexie.documents.services import reparse
from kexie.reader import ReaderError


class Command(BaseCommand):
    help = "Parse stored originals again (after the reader improved); the originals themselves never change."

    def add_arguments(self, parser):
        add_org_argument(parser)

    def handle(self, *args, org, **options):
        documents = documents_of(org)
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
