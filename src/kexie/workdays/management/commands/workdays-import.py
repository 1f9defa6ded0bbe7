"""`kexie workdays-import FILE.xlsx [--dry-run]`: holidays and make-up workdays from an xlsx; all rows or none."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from kexie.workdays import changes
from kexie.workdays.days import CalendarError, FileRefused, read_xlsx

WORDS = {"create": "new", "update": "changed", "same": "unchanged"}


class Command(BaseCommand):
    help = ("Import holidays (休/放假) and make-up workdays (班/上班) from an xlsx with the columns 日期, 类型, 说明; "
            "--dry-run shows what would change and writes nothing.")

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--dry-run", action="store_true", help="report what would change, change nothing")

    def handle(self, *args, file, dry_run, **options):
        path = Path(file)
        try:
            days = read_xlsx(path.read_bytes(), path.name)
        except OSError as e:
            raise CommandError(f"{file}: {e.strerror or e}")
        except FileRefused as e:
            for line in e.errors:
                self.stderr.write(line)
            raise CommandError("nothing was imported", returncode=1)
        except CalendarError as e:
            raise CommandError(str(e))
        result = changes.preview(days) if dry_run else changes.apply_days(None, days, source=path.name)
        for change in result:
            day = change.day
            kind = "workday" if day.is_workday else "holiday"
            self.stdout.write(f"{day.date.isoformat()} {kind} {day.name} ({WORDS[change.kind]})".replace("  ", " "))
        n = sum(1 for c in result if c.kind != "same")
        self.stdout.write(f"{n} of {len(result)} days {'would change (dry run, nothing saved)' if dry_run else 'changed'}")
