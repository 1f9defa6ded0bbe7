"""Copies one part of the corpus into DIR/docs and DIR/gold, so that the shared scorer can be run on it:
held-out (the first held-out third, tools/held_out.txt), held-out-2 (the second held-out set, tools/held_out_2.txt),
dev (all but both held-out sets), dev-2 (all but the second held-out set: the development set since it was made).
usage: python3 tests/reader/corpus/tools/subset.py dev|dev-2|held-out|held-out-2 DIR"""
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def listed(name):
    return {line.strip() for line in open(os.path.join(HERE, name), encoding="utf-8")
            if line.strip() and not line.startswith("#")}


HELD_OUT, HELD_OUT_2 = listed("held_out.txt"), listed("held_out_2.txt")
PARTS = {
    "held-out": lambda stem: stem in HELD_OUT,
    "held-out-2": lambda stem: stem in HELD_OUT_2,
    "dev": lambda stem: stem not in HELD_OUT and stem not in HELD_OUT_2,
    "dev-2": lambda stem: stem not in HELD_OUT_2,
}

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
