"""`kexie ingest FILE|DIR...`: store documents (originals and parses) for an organisation."""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from kexie.documents.services import IngestError, ingest
from kexie.orgs.models import Organisation


class Command(BaseCommand):
    help = "Ingest files or directories (recursively) for an organisation; exit status 1 if any file failed."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="FILE|DIR")
        parser.add_argument("--org", help="the owning organisation's name or short name "
                                          "(default: the top organisation, if there is only one)")
        parser.add_argument("--user", help="record this user name as the uploader")

    def handle(self, *args, paths, org, user, **options):
        organisation = self._organisation(org)
        uploader = None
        if user:
            uploader = get_user_model().objects.filter(username=user).first()
            if uploader is None:
                raise CommandError(f"no user {user}")
        failed = 0
        for path in self._files(paths):
            try:
                document, created = ingest(path.read_bytes(), path.name, organisation, uploader)
            except (IngestError, OSError) as e:
                failed += 1
                self.stderr.write(f"{path}: {e}")
                continue
            state = "stored" if created else "already stored"
            self.stdout.write(f"{path}: {state} as document {document.pk} ({document.display_title})")
        if failed:
            raise CommandError(f"{failed} file(s) could not be stored", returncode=1)

    def _organisation(self, name):
        if name:
            match = list(Organisation.objects.named(name)[:2])
            if len(match) != 1:
                raise CommandError(f"{'no' if not match else 'more than one'} organisation is called {name}")
            return match[0]
        roots = list(Organisation.objects.filter(parent=None)[:2])
        if len(roots) != 1:
            raise CommandError("say which organisation owns the files with --org NAME")
        return roots[0]

    def _files(self, paths):
        for p in map(Path, paths):
            if p.is_dir():
                yield from sorted(f for f in p.rglob("*") if f.is_file() and not f.name.startswith("."))
            elif p.exists():
                yield p
            else:
                raise CommandError(f"{p}: no such file or directory")
