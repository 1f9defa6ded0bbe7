"""Copies one part of the corpus into DIR/docs and DIR/gold, so that the shared scorer can be run on it:
held-out (the first held-out third, tools/held_out.txt), held-out-N for N = 2 … 25 (the N-th held-out set,
tools/held_out_N.txt; README.md says which sets have become development material and which are still held out), dev
(all but the held-out sets), and dev-N for N = 2 … 25 (all but the N-th and later held-out sets: the development set of
the round that learns from the sets before the N-th; dev-25 leaves out only the twenty-fifth).
usage: python3 tests/reader/corpus/tools/subset.py dev|dev-2|...|dev-25|held-out|held-out-2|...|held-out-25 DIR"""
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def listed(name):
    return {line.strip() for line in open(os.path.join(HERE, name), encoding="utf-8")
            if line.strip() and not line.startswith("#")}


HELD_OUT, HELD_OUT_2, HELD_OUT_3 = listed("held_out.txt"), listed("held_out_2.txt"), listed("held_out_3.txt")
HELD_OUT_4, HELD_OUT_5, HELD_OUT_6 = listed("held_out_4.txt"), listed("held_out_5.txt"), listed("held_out_6.txt")
HELD_OUT_7, HELD_OUT_8, HELD_OUT_9 = listed("held_out_7.txt"), listed("held_out_8.txt"), listed("held_out_9.txt")
HELD_OUT_10, HELD_OUT_11, HELD_OUT_12 = listed("held_out_10.txt"), listed("held_out_11.txt"), listed("held_out_12.txt")
HELD_OUT_13, HELD_OUT_14 = listed("held_out_13.txt"), listed("held_out_14.txt")
HELD_OUT_15, HELD_OUT_16 = listed("held_out_15.txt"), listed("held_out_16.txt")
HELD_OUT_17, HELD_OUT_18 = listed("held_out_17.txt"), listed("held_out_18.txt")
HELD_OUT_19, HELD_OUT_20 = listed("held_out_19.txt"), listed("held_out_20.txt")
HELD_OUT_21, HELD_OUT_22 = listed("held_out_21.txt"), listed("held_out_22.txt")
HELD_OUT_23, HELD_OUT_24 = listed("held_out_23.txt"), listed("held_out_24.txt")
HELD_OUT_25 = listed("held_out_25.txt")
LATER = {2: HELD_OUT_2, 3: HELD_OUT_3, 4: HELD_OUT_4, 5: HELD_OUT_5, 6: HELD_OUT_6, 7: HELD_OUT_7, 8: HELD_OUT_8,
         9: HELD_OUT_9, 10: HELD_OUT_10, 11: HELD_OUT_11, 12: HELD_OUT_12, 13: HELD_OUT_13, 14: HELD_OUT_14,
         15: HELD_OUT_15, 16: HELD_OUT_16, 17: HELD_OUT_17, 18: HELD_OUT_18, 19: HELD_OUT_19, 20: HELD_OUT_20,
         21: HELD_OUT_21, 22: HELD_OUT_22, 23: HELD_OUT_23, 24: HELD_OUT_24, 25: HELD_OUT_25}


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
