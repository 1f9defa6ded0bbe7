"""Reader CPU cost on a shared machine: parse() over the reader corpus and the seeds, timed in CPU seconds.

usage: PYTHONPATH=<src> /work/main/.venv/bin/python bench/reader_cpu.py [--rounds 5] [--docs DIR]
--docs reads another folder instead of the corpus (a development part written by tests/reader/corpus/tools/subset.py,
so that a rule writer never parses the held-out sets).
Wall-clock throughput (bench/reader.py) follows the machine's load; CPU seconds in one process follow it less, so two
checkouts run in turn compare more fairly. Prints parses, CPU seconds and documents per CPU second.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from kexie.reader import ReaderError, parse

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--docs", type=Path, default=REPO / "tests" / "reader" / "corpus" / "docs")
    args = ap.parse_args()
    files = sorted(args.docs.iterdir())
    files += sorted((REPO.parent / "shared" / "seeds").glob("*.txt")) or sorted(
        Path("/work/shared/seeds").glob("*.txt"))
    data = [(f.read_bytes(), f.name) for f in files]
    n, start = 0, time.process_time()
    for _ in range(args.rounds):
        for raw, name in data:
            try:
                parse(raw, filename=name)
            except ReaderError:
                pass
            n += 1
    cpu = time.process_time() - start
    print(f"{n} parses, {cpu:.2f} CPU s, {n / cpu:.0f} documents per CPU second")


if __name__ == "__main__":
    main()
