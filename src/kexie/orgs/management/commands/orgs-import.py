"""`kexie orgs-import FILE [--dry-run]`: create or update 组织 from a table; all rows or none."""

from kexie.orgs.management.transfer_command import ImportCommand
from kexie.orgs.transfer import import_organisations


class Command(ImportCommand):
    help = "Import 组织 from an xlsx or csv file (Chinese column names); --dry-run reports what would change."
    load = staticmethod(import_organisations)
