"""Copies one part of the corpus into DIR/docs and DIR/gold, so that the shared scorer can be run on it:
held-out (the first held-out third, tools/held_out.txt), held-out-N for every tools/held_out_N.txt (the N-th held-out
set; README.md says which sets have become development material and which are still held out), dev (all but the
held-out sets), and dev-N (all but the N-th and later held-out sets: the development set of the round that learns from
the sets before the N-th; dev-25 leaves out the twenty-fifth and every later one).
usage: python3 tests/reader/corpus/tools/subset.py dev|dev-N|held-out|held-out-N DIR"""
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def listed(name):
    return {line.strip() for line in open(os.path.join(HERE, name), encoding="utf-8")
            if line.strip() and not line.startswith("#")}


HELD_OUT = listed("held_out.txt")
# tools/held_out_N.txt for every N made so far, by number
LATER = {int(name[len("held_out_"):-len(".txt")]): listed(name) for name in os.listdir(HERE)
         if re.fullmatch(r"held_out_\d+\.txt", name)}


def held_out_from(n):
    """The held-out sets made since the n-th (each dev-n leaves out the n-th set and every later one)."""
    return set().union(*(names for k, names in LATER.items() if k >= n))


PARTS = {
    "held-out": lambda stem: stem in HELD_OUT,
    "dev": lambda stem: stem not in HELD_OUT | held_out_from(2),
}
for _n, _names in LATER.items():
    PARTS[f"held-out-{_n}"] = lambda stem, names=_names: stem in names
    PARTS[f"dev-{_n}"] = lambda stem, later=held_out_from(_n): stem not in later

if len(sys.argv) != 3 or sys.argv[1] not in PARTS:
    sys.exit(__doc__)
part, target = PARTS[sys.argv[1]], sys.argv[2]
for sub in ("docs", "gold"):
    os.makedirs(os.path.join(target, sub), exist_ok=True)
corpus = os.path.join(HERE, "..")
for name in sorted(os.listdir(os.path.join(corpus, "docs"))):
    stem = os.path.splitext(name)[0]
    if not part(stem):
        continue
    shutil.copy(os.path.join(corpus, "docs", name), os.path.join(target, "docs", name))
    shutil.copy(os.path.join(corpus, "gold", stem + ".json"), os.path.join(target, "gold", stem + ".json"))
