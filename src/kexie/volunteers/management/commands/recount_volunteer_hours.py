"""`recount_volunteer_hours`: set every volunteer's total and every activity's confirmed hours from the records,
then the roll-up's per-organisation counts (volunteers/counts.py) from the tables."""

from django.core.management.base import BaseCommand
from django.db import transaction

from kexie.volunteers import counts
from kexie.volunteers.activities import recount_hours


class Command(BaseCommand):
    help = ("Recount volunteers' total service hours (and activities' confirmed hours) from the confirmed records, "
            "and the roll-up's per-organisation counts.")

    def handle(self, *args, **options):
        with transaction.atomic():
            changed = recount_hours()
            counts.recount()
        self.stdout.write(f"{changed} volunteers' totals corrected; the roll-up's counts rebuilt")
