"""`kexie backup FILE`: the database's data and the stored originals in one zip."""

from django.core.management.base import BaseCommand, CommandError

from kexie.site.backup import BackupError, backup


class Command(BaseCommand):
    help = "Write a backup archive (database data + originals) to FILE."

    def add_arguments(self, parser):
        parser.add_argument("file")

    def handle(self, *args, file, **options):
        try:
            manifest = backup(file)
        except BackupError as e:
            raise CommandError(str(e))
        self.stdout.write(f"backup written to {file}: {len(manifest['originals'])} originals")
