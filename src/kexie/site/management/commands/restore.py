"""`kexie restore FILE`: load a backup into an empty database, checking every original's sha256."""

from django.core.management.base import BaseCommand, CommandError

from kexie.site.backup import BackupError, restore


class Command(BaseCommand):
    help = "Restore a backup archive written by `kexie backup` into an empty database."

    def add_arguments(self, parser):
        parser.add_argument("file")

    def handle(self, *args, file, **options):
        try:
            result = restore(file)
        except BackupError as e:
            raise CommandError(str(e))
        counts = ", ".join(f"{n} {label}" for label, n in result["counts"].items())
        self.stdout.write(f"restored {file}: {counts}, {result['originals']} originals")
