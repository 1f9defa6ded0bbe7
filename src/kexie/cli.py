"""The `kexie` command: `kexie parse` runs the reader alone; every other command is the platform's."""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "parse":
        # The reader runs without Django, so parsing an archive starts fast and needs no database.
        from kexie.reader.commandline import main as parse_main
        return parse_main(argv[1:])
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kexie.site.settings")
    from django.core.management import execute_from_command_line
    execute_from_command_line(["kexie", *argv])
    return 0


if __name__ == "__main__":
    sys.exit(main())
