"""`kexie ledger-import FILE.xlsx --org NAME [--user USERNAME] [--year N] [--dry-run]`: an xlsx ledger as a draft."""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from kexie.ledger.errors import LedgerError, NotAllowed
from kexie.office.ledger_import import COLUMN_LABELS, import_ledger, read_ledger
from kexie.orgs.models import Organisation


class Command(BaseCommand):
    help = "Import an xlsx ledger (台账) as a draft plan of an organisation; --dry-run prints what it would create."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--org", required=True, help="the organisation the draft belongs to")
        parser.add_argument("--user", help="the editor recorded as importing it (must act for --org)")
        parser.add_argument("--year", type=int, help="the year of dates written without one (6月30日)")
        parser.add_argument("--dry-run", action="store_true", help="print the preview, write nothing")

    def handle(self, *args, file, org, user, year, dry_run, **options):
        organisation = Organisation.objects.named(org).first()
        if organisation is None:
            raise CommandError(f"no organisation is called {org}")
        importer = None
        if user:
            importer = get_user_model().objects.filter(username=user).first()
            if importer is None:
                raise CommandError(f"no user is called {user}")
        try:
            preview = read_ledger(Path(file).read_bytes(), file, year)
        except OSError as e:
            raise CommandError(str(e))
        except LedgerError as e:
            raise CommandError(str(e))
        self._print(preview)
        if dry_run:
            self.stdout.write("dry run: nothing was written")
            return
        try:
            plan = import_ledger(preview, importer, organisation)
        except (LedgerError, NotAllowed) as e:
            raise CommandError(str(e))
        self.stdout.write(f"draft plan {plan.pk} created: review it at /ledger/{plan.pk}/review/")

    def _print(self, preview):
        out = self.stdout.write
        out(f"{preview.title} {preview.doc_number} ({preview.year}), sheet {preview.sheet}, header row "
            f"{preview.header_row}")
        out("columns: " + "; ".join(f"{c.letter} {c.header} → {c.label}" for c in preview.recognised))
        if preview.ignored:
            out("ignored: " + "; ".join(f"{c.letter} {c.header}" for c in preview.ignored))
        for item in preview.items:
            names = " ".join(f"{COLUMN_LABELS[k]}：{'、'.join(v)}" for k, v in item["responsibility"].items())
            due = item["deadline"] or item["time_hint"] or ""
            heading = f"{item['marker']} {item['heading']}".strip()
            out(f"{item['row']:>6} {'  ' * (item['level'] - 1)}{heading} {names} {due}".rstrip())
            for w in item["warnings"]:
                out(f"       ! {w}")
        out(f"{len(preview.items)} items")
