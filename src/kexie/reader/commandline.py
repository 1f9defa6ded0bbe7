"""`kexie parse [--json] [--jobs N] [--max-bytes N] PATH...`: read documents, print JSON Lines or a summary.

Every path gets its result or its one-sentence error, in the order given; no failure stops the others
and none prints a traceback. Exit status 1 when any file failed.
"""

from __future__ import annotations

import argparse
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from .errors import ReaderError
from .formats import DOCUMENT_EXTENSIONS
from .model import error_line

# Files in a walked directory that are never documents: editor lock files (~$plan.docx) and hidden files.
SKIPPED_PREFIXES = ("~$", ".")
MAX_CHUNK = 32


@dataclass(frozen=True)
class Job:
    """One line of output: a file to read, or a path already known to fail (an empty directory)."""
    source: str
    error: str | None = None


@dataclass(frozen=True)
class Outcome:
    source: str
    output: str | None  # the JSON line or the summary
    error: str | None  # one sentence


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kexie parse",
        description="Read documents (.txt .md .html .docx .pdf) and print what they say: the header, the "
                    "numbered outline with who answers for each item, the leading group. Directories are "
                    "walked recursively.")
    parser.add_argument("paths", nargs="+", metavar="PATH", help="a document, or a directory of documents")
    parser.add_argument("--json", action="store_true",
                        help="print one kexie.parse/1 JSON object per file per line (JSON Lines)")
    parser.add_argument("--jobs", "-j", type=_positive_int, default=1, metavar="N",
                        help="read with N processes (default 1); output order does not change")
    parser.add_argument("--max-bytes", type=_positive_int, default=None, metavar="N",
                        help="refuse files larger than N bytes (default $KEXIE_READER_MAX_BYTES or 50 MiB)")
    return parser


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value} is not a positive number")
    return number


def is_document_name(name: str) -> bool:
    return name.lower().endswith(DOCUMENT_EXTENSIONS) and not name.startswith(SKIPPED_PREFIXES)


def expand(paths: list[str]) -> list[Job]:
    """Paths as given → one Job per file; a directory → its documents, sorted, recursively."""
    jobs = []
    for path in paths:
        if not os.path.isdir(path):
            jobs.append(Job(path))
            continue
        found = []
        for directory, subdirectories, files in os.walk(path):
            subdirectories[:] = [d for d in subdirectories if not d.startswith(".")]
            found.extend(os.path.join(directory, name) for name in files if is_document_name(name))
        if found:
            # Sorted as a file manager shows the tree: by path component, files and folders together.
            found.sort(key=lambda p: os.path.relpath(p, path).split(os.sep))
            jobs.extend(Job(p) for p in found)
        else:
            kinds = " ".join(DOCUMENT_EXTENSIONS)
            jobs.append(Job(path, f"{path} is a directory with no documents in it (looked for {kinds}); "
                                  f"check the path."))
    return jobs


def one_line(message: str) -> str:
    return " ".join(str(message).split())


def read_one(job: Job, as_json: bool, max_bytes: int | None) -> Outcome:
    """Read one file; never raises (except KeyboardInterrupt): failures become the file's error sentence."""
    if job.error:
        return Outcome(job.source, None, job.error)
    try:
        from . import parse

        document = parse(job.source, filename=job.source, max_bytes=max_bytes)
        if as_json:
            return Outcome(job.source, document.to_json(), None)
        from .summary import render_summary
        return Outcome(job.source, render_summary(document), None)
    except ReaderError as error:
        return Outcome(job.source, None, one_line(error) or f"{job.source} cannot be read.")
    except Exception as error:  # noqa: BLE001 - a bug in the reader must cost one file, not the run
        detail = one_line(f"{type(error).__name__}: {error}")[:300]
        return Outcome(job.source, None, f"internal error reading {job.source}: {detail}; please report it.")


def _read_chunk(jobs: list[Job], as_json: bool, max_bytes: int | None) -> list[Outcome]:
    return [read_one(job, as_json, max_bytes) for job in jobs]


def _chunks(jobs: list[Job], size: int) -> list[list[Job]]:
    return [jobs[i:i + size] for i in range(0, len(jobs), size)]


def read_all(jobs: list[Job], as_json: bool, max_bytes: int | None, workers: int):
    """Outcomes in the order of `jobs`; with workers > 1, read in that many processes."""
    if workers <= 1 or len(jobs) <= 1:
        for job in jobs:
            yield read_one(job, as_json, max_bytes)
        return
    # Chunks keep small documents cheap (one round trip per chunk), while enough chunks per
    # worker keep the processes evenly busy.
    size = max(1, min(MAX_CHUNK, len(jobs) // (workers * 4)))
    done = 0
    while done < len(jobs):
        try:
            with ProcessPoolExecutor(max_workers=min(workers, len(jobs) - done)) as pool:
                for outcomes in pool.map(_read_chunk, _chunks(jobs[done:], size),
                                         [as_json] * len(jobs), [max_bytes] * len(jobs)):
                    yield from outcomes
                    done += len(outcomes)
        except BrokenProcessPool:
            # A worker died (a crash in a native library, or killed for memory). Read the first unread
            # file alone: if it kills its process too, it was the culprit; then carry on with the rest.
            yield _read_isolated(jobs[done], as_json, max_bytes)
            done += 1


def _read_isolated(job: Job, as_json: bool, max_bytes: int | None) -> Outcome:
    try:
        with ProcessPoolExecutor(max_workers=1) as pool:
            return pool.submit(_read_chunk, [job], as_json, max_bytes).result()[0]
    except BrokenProcessPool:
        return Outcome(job.source, None, f"internal error reading {job.source}: the reading process died "
                                         f"(a crash or out of memory); please report it.")


def _reconfigure(stream, **settings) -> None:
    if hasattr(stream, "reconfigure"):  # not when a caller swapped in a StringIO
        stream.reconfigure(**settings)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    # JSON Lines are UTF-8 whatever the locale; messages must not fail on a Chinese file name either.
    if args.json:
        _reconfigure(sys.stdout, encoding="utf-8")
    else:
        _reconfigure(sys.stdout, errors="backslashreplace")
    _reconfigure(sys.stderr, errors="backslashreplace")
    status = 0
    try:
        for outcome in read_all(expand(args.paths), args.json, args.max_bytes, args.jobs):
            if outcome.error is not None:
                status = 1
                if args.json:
                    print(error_line(outcome.source, outcome.error), flush=True)
                print(outcome.error, file=sys.stderr, flush=True)
            else:
                # Summaries are paragraphs; a blank line keeps one file's tree apart from the next.
                print(outcome.output if args.json else outcome.output + "\n", flush=True)
    except BrokenPipeError:
        # The reader of our output (head, less) went away; that is not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return status
    except KeyboardInterrupt:
        print("kexie parse: interrupted", file=sys.stderr)
        return 130
    return status
