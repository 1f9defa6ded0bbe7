"""`kexie people-export FILE.xlsx|FILE.csv`: the 人员 as a table with Chinese column names."""

from kexie.orgs.management.transfer_command import ExportCommand
from kexie.orgs.transfer import export_people


class Command(ExportCommand):
    help = "Export the 人员 (of the whole tree, or of --org's subtree) to an xlsx or csv file."
    export = staticmethod(export_people)
