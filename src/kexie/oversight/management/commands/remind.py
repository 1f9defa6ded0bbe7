"""`kexie remind [--dry-run] [--date YYYY-MM-DD]`: run the reminder job now and print what it did (counts by kind)."""

import datetime

from django.core.management.base import BaseCommand, CommandError

from kexie.oversight import reminders


class Command(BaseCommand):
    help = "Write today's 临期/逾期 notices and send the pending emails (or, with --dry-run, count them)."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="count what would be written; change nothing")
        parser.add_argument("--date", help="the day to remind for (YYYY-MM-DD; default today)")
        parser.add_argument("--no-email", action="store_true", help="write the notices only; send no email")

    def handle(self, *args, dry_run, date, no_email, **options):
        today = None
        if date:
            try:
                today = datetime.date.fromisoformat(date)
            except ValueError:
                raise CommandError(f"--date 应为 YYYY-MM-DD 格式的日期，例如 2022-04-13，“{date}”不是。") from None
        outcome = reminders.remind(today, dry_run=dry_run, send=not no_email)
        verb = "would write" if dry_run else "wrote"
        self.stdout.write(f"reminders for {outcome.today.isoformat()}{' (dry run)' if dry_run else ''}:")
        for kind, n in {**outcome.notices, **outcome.periods,
                        **{f"{job}:{k}": v for job, counts in outcome.extra.items() for k, v in counts.items()}}.items():
            self.stdout.write(f"  {kind:<10} {verb} {n} notices")
        e = outcome.emails
        if dry_run:
            self.stdout.write(f"  email      {e['pending']} notices already waiting to be emailed")
        elif e:
            self.stdout.write(f"  email      {e['sent']} notices sent in {e['emails']} emails; {e['off']} not sent "
                              f"(email turned off), {e['no_address']} not sent (no address)")
