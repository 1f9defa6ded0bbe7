"""`recount_volunteer_hours`: set every volunteer's total and every activity's confirmed hours from the records."""

from django.core.management.base import BaseCommand

from kexie.volunteers.activities import recount_hours


class Command(BaseCommand):
    help = "Recount volunteers' total service hours (and activities' confirmed hours) from the confirmed records."

    def handle(self, *args, **options):
        self.stdout.write(f"{recount_hours()} volunteers' totals corrected")
