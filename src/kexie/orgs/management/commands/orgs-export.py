"""`kexie orgs-export FILE.xlsx|FILE.csv`: the 组织 as a table with Chinese column names."""

from kexie.orgs.management.transfer_command import ExportCommand
from kexie.orgs.transfer import export_organisations


class Command(ExportCommand):
    help = "Export the 组织 (of the whole tree, or of --org's subtree) to an xlsx or csv file."
    export = staticmethod(export_organisations)
