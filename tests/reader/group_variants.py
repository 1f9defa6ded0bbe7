"""Variants of a 领导小组 as plans write it (round 22): prose (组长由…担任, 以…为组长), titles in brackets after the
names, titles before the names, the role label only on the block's first line, spaced two-character names, all roles
on one line, 组员 for 成员, no titles, traditional script. Built from development documents: the group the gold reads
is written anew in each form in place of the original; the people expected are the gold's as the variant writes them."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from kexie.reader import parse_text
from reader_files import CORPUS, TO_SIMPLIFIED, TO_TRADITIONAL, corpus_documents
ROLES = (("heads", "组长"), ("deputies", "副组长"), ("members", "成员"))


def norm(s: str | None) -> str | None:
    if s is None:
        return None
    s = unicodedata.normalize("NFKC", s).translate(TO_SIMPLIFIED)
    return re.sub(r"\s+", "", s).strip("。，,.;；:：") or None


def _people(gold: dict) -> list[tuple[str, str | None, str | None]]:
    lg = gold.get("leading_group") or {}
    return [(role, m.get("name"), m.get("title")) for role, _ in ROLES for m in lg.get(role) or []]


def _span(text: str, gold: dict) -> tuple[int, int] | None:
    """The lines that hold the group: from the line that sets it up (or its first 组长) to the last person's line."""
    lines = text.split("\n")
    keys = [n or t for _, n, t in _people(gold)]
    if not keys or any(not k for k in keys):
        return None
    flat = [re.sub(r"[\s\u3000]", "", l) for l in lines]
    first = next((i for i, l in enumerate(flat) if keys[0] in l), None)
    # the last person's first line after the first's (the name may come again, in the office's sentence)
    last = next((i for i in range(first, len(flat)) if keys[-1] in flat[i]), None) if first is not None else None
    if last is None or last - first > 80:
        return None
    start = first
    for i in range(first, max(-1, first - 8), -1):  # back to the line that sets it up
        if re.search(r"成立|调整|组建|设立", lines[i]) and ("领导小组" in lines[i] or "专班" in lines[i]):
            start = i
            break
    return start, last


def _name(gold: dict) -> str:
    return (gold.get("leading_group") or {}).get("name") or "工作领导小组"


def _spaced(name):
    return name[0] + "  " + name[1] if len(name) == 2 else name


def _who(name, title, how):
    if not name:
        return title or ""
    if how == "after":
        return f"{title} {_spaced(name)}" if title else _spaced(name)  # 市科协主席 张  明: the post first, the name last
    if how == "after_columns":
        return f"{title}　{_spaced(name)}" if title else _spaced(name)  # 市财政局　陈锐康: columns, a body for a post
    if how == "after_bracketed":
        noted = title if title and title.endswith(("）", ")")) else f"{title}（提名人选）"
        return f"{noted} {name}" if title else name  # 市科协主席（提名人选） 张明: a note after the post
    if how == "before":
        return (title or "") + name
    if how == "bracket":
        return f"{name}（{title}）" if title else name
    if how == "spaced":
        n = name[0] + "  " + name[1] if len(name) == 2 else name
        return f"{n}　{title}" if title else n
    return name  # bare


def _by_role(gold):
    ppl = _people(gold)
    return [(label, [(n, t) for r, n, t in ppl if r == role]) for role, label in ROLES]


def _prose_you(gold):
    parts = []
    for label, ps in _by_role(gold):
        if ps:
            verb = "组成" if label == "成员" else "担任"
            parts.append(f"{label}由" + "、".join(_who(n, t, "before") for n, t in ps) + verb)
    return [f"成立{_name(gold)}，" + "，".join(parts) + "。领导小组下设办公室，办公室设在市科协。"]


def _prose_yi(gold):
    parts = [f"以{'、'.join(_who(n, t, 'before') for n, t in ps)}为{label}" for label, ps in _by_role(gold) if ps]
    return ["成立" + "，".join(parts) + f"的{_name(gold)}。"]


def _listed(how, member_word="成员", first_only=False, sep="、"):
    def make(gold):
        out = [f"成立{_name(gold)}，成员如下："]
        for label, ps in _by_role(gold):
            if not ps:
                continue
            label = {"组长": "组  长", "成员": member_word}.get(label, label)
            if first_only:
                out.append(f"{label}：{_who(*ps[0], how)}")
                out.extend(_who(n, t, how) for n, t in ps[1:])
            else:
                out.append(f"{label}：" + sep.join(_who(n, t, how) for n, t in ps))
        return out
    return make


def _one_line(gold):
    return [f"成立{_name(gold)}，" + "，".join(f"{label}：" + "、".join(_who(n, t, "bracket") for n, t in ps)
                                            for label, ps in _by_role(gold) if ps) + "。"]


KINDS = {
    "prose_you": _prose_you,
    "prose_yi": _prose_yi,
    "bracket": _listed("bracket"),
    "before": _listed("before"),
    "first_label": _listed("spaced", first_only=True),
    "spaced": _listed("spaced"),
    "one_line": _one_line,
    "zuyuan": _listed("bracket", member_word="组员"),
    "no_titles": _listed("bare"),
    "traditional": _listed("bracket"),
}
# round 22 (r22group, test_round22_group.py): the post first and the name last, one a line with the label on the first
# line only (the quiz notice's layout), with a note after the post, in columns (a body for a post), or several a line
# parted by 、 or ；; names parted by spaces; brackets parted by ，; posts before names parted by ；
LAYOUTS = {
    "after": _listed("after", first_only=True),
    "after_noted": _listed("after_bracketed", first_only=True),
    "after_columns": _listed("after_columns", first_only=True),
    "after_joined": _listed("after"),
    "after_semicolon": _listed("after", sep="；"),
    "bracket_comma": _listed("bracket", sep="，"),
    "before_semicolon": _listed("before", sep="；"),
    "names_spaced_apart": _listed("bare", sep="　"),
}


def expected(kind: str, gold: dict) -> list[tuple]:
    untitled = kind in ("no_titles", "names_spaced_apart")
    noted = kind == "after_noted"
    def note(t):
        return t + "（提名人选）" if t and not t.endswith(("）", ")")) else t
    return [(r, norm(n), None if untitled and n else norm(note(t) if noted and n else t)) for r, n, t in _people(gold)]


def build(kind: str, text: str, gold: dict) -> str | None:
    span = _span(text, gold)
    if span is None:
        return None
    lines = text.split("\n")
    v = "\n".join(lines[:span[0]] + {**KINDS, **LAYOUTS}[kind](gold) + lines[span[1] + 1:])
    return v.translate(TO_TRADITIONAL) if kind == "traditional" else v


def got(doc) -> list[tuple]:
    lg = doc.leading_group
    if lg is None:
        return []
    return [(r, norm(m.name), norm(m.title)) for r, _ in ROLES for m in getattr(lg, r)]


def same(g, p) -> bool:
    return g[:2] == p[:2] and (g[2] == p[2] or bool(g[2] and p[2] and (g[2] in p[2] or p[2] in g[2])))


def right(exp: list, out: list) -> tuple[int, int, int]:
    """(tp, fp, fn) as the scorer counts them."""
    left, tp = list(out), 0
    for g in exp:
        k = next((i for i, p in enumerate(left) if same(g, p)), None)
        if k is not None:
            tp += 1
            left.pop(k)
    return tp, len(left), len(exp) - tp


def misread(kind: str, docs: dict, left_alone=frozenset()) -> tuple[int, list]:
    """How many of `docs` ({stem: (text, reflow, gold)}) the form rewrites and reads, and (stem, tp, fp, fn) for each
    read wrong, passing over the (stem, kind) pairs left alone."""
    read, wrong = 0, []
    for stem, (text, reflow, gold) in docs.items():
        variant, out = read_variant(kind, text, reflow, gold)
        if variant is None or (stem, kind) in left_alone:
            continue
        read += 1
        tp, fp, fn = right(expected(kind, gold), out)
        if fp or fn:
            wrong.append((stem, tp, fp, fn))
    return read, wrong


def documents(docs: Path = CORPUS / "docs", gold_dir: Path = CORPUS / "gold", stems=None):
    """(stem, text, reflow, gold) for every document whose gold group has people."""
    return corpus_documents(docs, gold_dir, stems, keep=_people)


def read_variant(kind, text, reflow, gold):
    v = build(kind, text, gold)
    if v is None:
        return None, None
    return v, got(parse_text(v, reflow=reflow))


if __name__ == "__main__":
    import sys
    d = Path(sys.argv[1])
    docs = list(documents(d / "docs", d / "gold"))
    total = [0, 0, 0]
    for kind in {**KINDS, **LAYOUTS}:
        ok = n = 0
        bad = []
        for stem, text, reflow, gold in docs:
            v, out = read_variant(kind, text, reflow, gold)
            if v is None:
                continue
            n += 1
            tp, fp, fn = right(expected(kind, gold), out)
            total = [total[0] + tp, total[1] + fp, total[2] + fn]
            if fp == fn == 0:
                ok += 1
            else:
                bad.append(f"{stem}({tp}/{fp}/{fn})")
        print(f"{kind:12} {ok}/{n}", " ".join(bad) if "-v" in sys.argv else "")
    p, r = total[0] / max(1, total[0] + total[1]), total[0] / max(1, total[0] + total[2])
    print("tp fp fn", total, "F1 %.3f" % (2 * p * r / max(1e-9, p + r)))
