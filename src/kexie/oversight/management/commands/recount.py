"""`kexie recount`: rebuild every exact summary count of the ledger (per task, per organisation's subtree, reports)."""

from django.core.management.base import BaseCommand
from django.db import transaction

from kexie.ledger import counts


class Command(BaseCommand):
    help = ("Rebuild the ledger's summary counts (StatusCount, SubtreeCount, SubtreeReportCount) from the "
            "assignments and reports, in one transaction: after bulk SQL, a restore, or moving organisations "
            "in the tree.")

    def handle(self, *args, **options):
        with transaction.atomic():
            counts.recount_all()
        self.stdout.write(self.style.SUCCESS("summary counts rebuilt"))
