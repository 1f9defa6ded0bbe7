"""`kexie people-import FILE [--dry-run]`: create or update 人员 from a table; all rows or none."""

from kexie.orgs.management.transfer_command import ImportCommand
from kexie.orgs.transfer import import_people


class Command(ImportCommand):
    help = "Import 人员 from an xlsx or csv file (Chinese column names); --dry-run reports what would change."
    load = staticmethod(import_people)
