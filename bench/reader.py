"""Reader throughput: build a corpus of varied 科协 documents, time `kexie parse --json DIR` as a whole process.

usage: .venv/bin/python bench/reader.py [--docs 10000] [--jobs 1 2] [--keep DIR] [--seed 1] [--shared DIR]
Prints the corpus size, then documents/s and MB/s for each --jobs value, then the shared scorer's line for the
five reference parses (the seeds), so that speed and accuracy are read together.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEEDS_DIR = REPO / "src" / "kexie" / "site" / "demo" / "seeds"

# Swapped in for the seeds' own places and people so that no two documents are the same.
PLACES = ["遵义", "保定", "广东", "陕西", "四川", "泸州", "绵阳", "宜宾", "南充", "德阳", "贵阳", "安顺",
          "毕节", "铜仁", "石家庄", "唐山", "邯郸", "西安", "宝鸡", "咸阳", "广州", "深圳", "佛山", "韶关"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰新建国志红"
HALF = str.maketrans({"，": ",", "。": ".", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?"})
CJK = r"[\u4e00-\u9fff]"
TARGET_CHARS = (6_000, 12_000)


def damage(text: str, rnd: random.Random) -> str:
    """Page breaks inside sentences, a character printed twice, spaces around numbers, half-width
    punctuation: what PDF extraction does to text (as the shared score-reader does)."""
    out, i = [], 0
    while i < len(text):
        step = rnd.randint(250, 450)
        out.append(text[i:i + step])
        i += step
        if i < len(text) and "\u4e00" <= text[i - 1] <= "\u9fff":
            out.append("\n\n" + (text[i - 1] if rnd.random() < 0.3 else ""))
    damaged = "".join(out)
    damaged = re.sub(rf"(?<={CJK})(\d+)(?={CJK})",
                     lambda m: f" {m.group(1)} " if rnd.random() < 0.5 else m.group(1), damaged)
    return damaged.translate(HALF) if rnd.random() < 0.5 else damaged


def vary(text: str, rnd: random.Random) -> str:
    """Another place, other years and document numbers, other names."""
    text = re.sub("|".join(PLACES), lambda m: rnd.choice(PLACES), text)
    text = re.sub(r"20(1\d|2[0-4])", lambda m: f"20{rnd.randint(15, 25)}", text)
    text = re.sub(r"〔(\d{4})〕(\d+)号", lambda m: f"〔{m.group(1)}〕{rnd.randint(1, 120)}号", text)
    text = re.sub(r"(组长|副组长|联系人)：([\u4e00-\u9fff]{2,3})",
                  lambda m: f"{m.group(1)}：{rnd.choice(SURNAMES)}{''.join(rnd.sample(GIVEN, rnd.randint(1, 2)))}",
                  text)
    return text


def grow(text: str, seeds: list[str], rnd: random.Random) -> str:
    """Lengthen to the typical 6–12k characters with paragraphs borrowed from the other seeds."""
    target = rnd.randint(*TARGET_CHARS)
    paragraphs = [p for seed in seeds for p in seed.split("\n") if len(p) > 40]
    while len(text) < target:
        text += "\n" + rnd.choice(paragraphs)
    return text


def build_corpus(directory: Path, count: int, seed: int) -> int:
    """Write `count` documents; returns their total size in bytes."""
    rnd = random.Random(seed)
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS_DIR.glob("*.txt"))]
    if not seeds:
        sys.exit(f"no seed texts in {SEEDS_DIR}")
    total = 0
    per_folder = 500  # folders of a few hundred files, as archives are kept
    for index in range(count):
        text = grow(vary(rnd.choice(seeds), rnd), seeds, rnd)
        if rnd.random() < 0.5:
            text = damage(text, rnd)
        encoding = "gb18030" if rnd.random() < 0.3 else "utf-8"
        data = text.encode(encoding)
        folder = directory / f"{index // per_folder:03d}"
        folder.mkdir(exist_ok=True)
        (folder / f"doc-{index:05d}.txt").write_bytes(data)
        total += len(data)
    return total


def kexie_command() -> list[str]:
    """The venv's `kexie` script next to this Python, else `python -m kexie.cli`."""
    script = Path(sys.executable).with_name("kexie")
    return [str(script)] if script.exists() else [sys.executable, "-m", "kexie.cli"]


def run(directory: Path, jobs: int) -> tuple[float, int, int]:
    """(seconds, result lines, error lines) for one whole `kexie parse --json` process."""
    command = kexie_command() + ["parse", "--json", "--jobs", str(jobs), str(directory)]
    started = time.perf_counter()
    process = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    seconds = time.perf_counter() - started
    lines = process.stdout.splitlines()
    errors = sum(1 for line in lines if "error" in json.loads(line))
    if process.returncode not in (0, 1):
        sys.exit(f"kexie parse failed with status {process.returncode}: {process.stderr.decode()[-2000:]}")
    return seconds, len(lines), errors


def shared_dir(given: str | None) -> Path | None:
    """The shared directory with tools/score-reader (../shared beside the repository or beside its worktrees)."""
    candidates = [Path(given)] if given else [REPO.parent / "shared", REPO.parent.parent / "shared"]
    return next((c for c in candidates if (c / "tools" / "score-reader").exists()), None)


def seeds_score(shared: Path) -> str:
    """The shared scorer's summary line on the five seeds and their reference parses."""
    command = [sys.executable, str(shared / "tools" / "score-reader"), "--docs", str(shared / "seeds"),
               "--gold", str(shared / "spec" / "examples"), "--cmd", " ".join(kexie_command()) + " parse --json"]
    out = subprocess.run(command, capture_output=True, text=True, check=False).stdout.strip().splitlines()
    return out[-1] if out else "no score (the scorer printed nothing)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000, help="corpus size in documents (default 10000)")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="--jobs values to time (default 1 2)")
    parser.add_argument("--seed", type=int, default=1, help="random seed for the corpus")
    parser.add_argument("--keep", metavar="DIR", help="build the corpus in DIR and keep it (default: a temp dir)")
    parser.add_argument("--shared", metavar="DIR", help="the shared directory with tools/score-reader (default: ../shared)")
    args = parser.parse_args()

    directory = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="kexie-bench-"))
    directory.mkdir(parents=True, exist_ok=True)
    try:
        started = time.perf_counter()
        total = build_corpus(directory, args.docs, args.seed)
        megabytes = total / 1e6
        print(f"corpus: {args.docs} documents, {megabytes:.1f} MB "
              f"({total / args.docs / 1000:.1f} kB each), built in {time.perf_counter() - started:.1f} s",
              flush=True)
        for jobs in args.jobs:
            seconds, lines, errors = run(directory, jobs)
            print(f"--jobs {jobs}: {lines} results ({errors} errors) in {seconds:.1f} s: "
                  f"{lines / seconds:.0f} documents/s, {megabytes / seconds:.2f} MB/s", flush=True)
            if lines != args.docs:
                print(f"  expected {args.docs} results, got {lines}", file=sys.stderr)
    finally:
        if not args.keep:
            shutil.rmtree(directory, ignore_errors=True)
    shared = shared_dir(args.shared)
    print(f"seeds: {seeds_score(shared)}" if shared else "seeds: no shared scorer found (pass --shared DIR)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
