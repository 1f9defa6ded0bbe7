"""`kexie synth`: a national dataset (organisations, users, plans sent to every county, flow, reports) for scale tests."""

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from kexie.site import synth


class Command(BaseCommand):
    help = ("Generate a synthetic national dataset into the configured database: 中国科协, 31 provinces, "
            "~330 cities, ~2,800 counties, ~3,500 学会/高校/企业科协, departments, users (admin and staff of the "
            "national body, every province and city and every 10th county: national-staff, p01-admin, "
            "c0001-staff, x0001-staff), PLANS national plans of 40 tasks sent to every county (9 → ~1,000,000 "
            "assignments) through the ledger's publish, then assignments in every status, reports and history. "
            "Refuses a database that already has organisations (names are unique; synthetic rows never mix "
            "with real ones): point KEXIE_DATABASE_URL at an empty database. Prints each phase's rate.")

    def add_arguments(self, parser):
        parser.add_argument("--plans", type=int, default=9, help="national plans of 40 tasks (default 9)")
        parser.add_argument("--scale", type=float, default=1.0,
                            help="share of the national size, e.g. 0.1 for a tenth (default 1)")
        parser.add_argument("--seed", type=int, default=0, help="the same seed gives the same dataset")
        parser.add_argument("--password", default="synth", help="password of every generated user")

    def handle(self, *args, plans, scale, seed, password, **options):
        call_command("migrate", interactive=False, verbosity=0)
        try:
            totals = synth.generate(plans=plans, scale=scale, seed=seed, password=password, out=self.stdout.write)
        except synth.SynthError as error:
            raise CommandError(str(error))
        seconds = sum(s for _, _, s in totals.phases)
        rows = sum(r for _, r, _ in totals.phases)
        self.stdout.write(f"{'total':<24} {rows:>10,} rows {seconds:8.1f} s {rows / max(seconds, 1e-6):>10,.0f} rows/s")
        self.stdout.write(", ".join(f"{k} {v:,}" for k, v in totals.counts.items()))
        self.stdout.write(self.style.SUCCESS(f"sign in as national-staff, p01-admin, c0001-staff or x0001-staff, "
                                             f"password {password}"))
