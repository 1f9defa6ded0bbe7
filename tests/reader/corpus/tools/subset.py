"""Copies one part of the corpus (dev: all but the held-out third; held-out: that third only) into DIR/docs and
DIR/gold, so that the shared scorer can be run on it.
usage: python3 tests/reader/corpus/tools/subset.py dev|held-out DIR"""
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
HELD_OUT = [line.strip() for line in open(os.path.join(HERE, "held_out.txt"), encoding="utf-8")
            if line.strip() and not line.startswith("#")]

part, target = sys.argv[1], sys.argv[2]
for sub in ("docs", "gold"):
    os.makedirs(os.path.join(target, sub), exist_ok=True)
corpus = os.path.join(HERE, "..")
for name in sorted(os.listdir(os.path.join(corpus, "docs"))):
    stem = os.path.splitext(name)[0]
    if (stem in HELD_OUT) != (part == "held-out"):
        continue
    shutil.copy(os.path.join(corpus, "docs", name), os.path.join(target, "docs", name))
    shutil.copy(os.path.join(corpus, "gold", stem + ".json"), os.path.join(target, "gold", stem + ".json"))
