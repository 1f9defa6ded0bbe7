"""The shape shared by the import and export commands of organisations and people."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from kexie.orgs.models import Organisation
from kexie.orgs.transfer import TransferError, read_table, write_table


class ExportCommand(BaseCommand):
    """`kexie X-export FILE [--org NAME]`: subclasses name the table function as `export`."""

    export = None

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--org", help="export only this organisation's subtree")

    def handle(self, *args, file, org, **options):
        root = None
        if org:
            root = Organisation.objects.named(org).first()
            if root is None:
                raise CommandError(f"no organisation is called {org}")
        columns, rows = self.export(root)
        try:
            Path(file).write_bytes(write_table(columns, rows, file))
        except ValueError as e:
            raise CommandError(str(e))
        self.stdout.write(f"{len(rows)} rows written to {file}")


class ImportCommand(BaseCommand):
    """`kexie X-import FILE [--dry-run]`: all rows or none; subclasses name the function as `load`."""

    load = None

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--dry-run", action="store_true", help="report what would change, change nothing")

    def handle(self, *args, file, dry_run, **options):
        try:
            rows = read_table(Path(file).read_bytes(), file)
            report = self.load(rows, dry_run=dry_run)
        except (OSError, ValueError) as e:
            raise CommandError(str(e))
        except TransferError as e:
            for line in e.report.errors:
                self.stderr.write(line)
            raise CommandError("nothing was imported", returncode=1)
        for line in report.lines():
            self.stdout.write(line)
