"""`kexie parse` (STUB)."""
import sys
from . import parse
from .errors import ReaderError
from .model import error_line


def main(argv):
    paths = [a for a in argv if not a.startswith("-")]
    status = 0
    for p in paths:
        try:
            print(parse(p).to_json())
        except (ReaderError, OSError) as e:
            print(error_line(p, str(e)))
            print(str(e), file=sys.stderr)
            status = 1
    return status
