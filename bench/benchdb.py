"""The bench scripts' own PostgreSQL database: made empty or copied from a kept dataset, migrated, kept or dropped.

A bench that generates data works in a database of its own beside the one KEXIE_DATABASE_URL names; that one is
only connected to for CREATE and DROP DATABASE, so a bench never writes into a real or a test database. A bench
checks require_postgres() before django.setup(), then opens an OwnDatabase (its --database, --reuse, --keep), generates
unless it reused one (or copied a kept dataset), measures, and closes it in a finally.
"""

from __future__ import annotations

import os
import sys
import time


def require_postgres(*, alternative: str = "") -> bool:
    """True when KEXIE_DATABASE_URL names PostgreSQL; else one line on stderr (the figures are PostgreSQL's)."""
    if os.environ.get("KEXIE_DATABASE_URL", "").startswith("postgres"):
        return True
    print("set KEXIE_DATABASE_URL to a PostgreSQL database" + (f", or use {alternative}" if alternative else
                                                                " (the figures are for PostgreSQL)"), file=sys.stderr)
    return False


def bench_settings() -> None:
    """What every bench sets after django.setup(): the test client's host allowed, DEBUG off (no query log)."""
    from django.conf import settings
    settings.ALLOWED_HOSTS = ["*"]
    settings.DEBUG = False


class OwnDatabase:
    """The bench's database `name`. reuse: it must exist and is used as it is (--reuse); otherwise it is made anew,
    as a copy of `template` when that exists (copied is then True; template_required: no template, no bench).
    keep: not dropped at close (a reused one never is). open() switches Django's default connection to it and
    migrates it (a kept dataset follows the schema)."""

    def __init__(self, name: str, *, reuse: bool = False, keep: bool = False, template: str | None = None,
                 template_required: bool = False):
        self.name, self.reuse, self.keep = name, reuse, keep
        self.template, self.template_required = template, template_required
        self.copied = False
        self._admin_name: str | None = None

    def _admin(self):
        import psycopg
        from django.db import connection
        params = connection.get_connection_params()
        params["dbname"] = self._admin_name or connection.settings_dict["NAME"]
        return psycopg.connect(**params, autocommit=True)

    def exists(self, name: str | None = None) -> bool:
        with self._admin() as conn:
            return conn.execute("SELECT 1 FROM pg_database WHERE datname = %s",
                                [name or self.name]).fetchone() is not None

    def open(self) -> bool:
        from django.conf import settings
        from django.core.management import call_command
        from django.db import connection

        bench_settings()
        self._admin_name = connection.settings_dict["NAME"]
        if self.reuse and not self.exists():
            print(f"no database {self.name} to reuse: run once with --keep", file=sys.stderr)
            return False
        if not self.reuse and not self._make():
            return False
        connection.close()
        settings.DATABASES["default"]["NAME"] = self.name
        connection.settings_dict["NAME"] = self.name
        start = time.perf_counter()
        call_command("migrate", interactive=False, verbosity=0)
        print(f"database: PostgreSQL {connection.pg_version // 10000} {self.name} "
              f"({'reused' if self.reuse else 'copied' if self.copied else 'new'}; migrated in "
              f"{time.perf_counter() - start:.1f} s)", flush=True)
        return True

    def _make(self) -> bool:
        """Drop and make the database, a copy of the template when there is one to copy."""
        with self._admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{self.name}"')
            if self.template and self.exists(self.template):
                start = time.perf_counter()
                try:
                    conn.execute(f'CREATE DATABASE "{self.name}" TEMPLATE "{self.template}"')
                    self.copied = True
                    print(f"copied {self.template} in {time.perf_counter() - start:.0f} s", flush=True)
                    return True
                except Exception as e:  # the template is in use by another session
                    print(f"cannot copy {self.template} ({e})", file=sys.stderr)
            if self.template_required:
                print(f"no copy of {self.template}: run the bench that keeps it first", file=sys.stderr)
                return False
            conn.execute(f'CREATE DATABASE "{self.name}"')
        return True

    def close(self) -> None:
        from django.db import connection
        connection.close()
        if not (self.keep or self.reuse):
            with self._admin() as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{self.name}"')
