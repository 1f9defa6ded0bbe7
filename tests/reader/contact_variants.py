"""Variants of a notice's contact block as offices write it (round 22): in prose in brackets after a request to send,
on one line between 、/；/spaces, with spaced labels, with the values on the lines under 联系方式：, with labels in
traditional script, with half-width punctuation, with two phones, with the mailbox on its own line. Built from
development documents: the block the gold's contact stands in is rewritten, the rest of the document kept; the
contact expected is the gold's (the phones joined as the variant joins them)."""

from __future__ import annotations

import re
from pathlib import Path

from kexie.reader import parse_text
from reader_files import CORPUS, corpus_documents

SECOND_PHONE = "13900000000"


def _fields(c: dict) -> tuple[str | None, str | None, str | None]:
    return c.get("name"), c.get("phone"), c.get("email")


def _prose(c):
    name, phone, email = _fields(c)
    inner = "，".join(x for x in (phone and f"联系电话：{phone}", email and f"邮箱：{email}") if x)
    if not name or not inner:
        return None
    return [f"请各单位于截止日期前将材料报送办公室{name}（{inner}）。"]


def _one_line(sep: str):
    def make(c):
        name, phone, email = _fields(c)
        parts = [x for x in (name and f"联系人：{name}", phone and f"联系电话：{phone}", email and f"邮箱：{email}") if x]
        return [sep.join(parts)] if len(parts) > 1 else None
    return make


def _spaced(c):
    name, phone, email = _fields(c)
    return [x for x in (name and f"联 系 人：{name}", phone and f"电　　话：{phone}", email and f"邮　　箱：{email}") if x]


def _next_lines(c):
    name, phone, email = _fields(c)
    if not name:
        return None
    return ["联系方式：", " ".join(x for x in (name, phone) if x)] + ([email] if email else [])


def _traditional(c):
    name, phone, email = _fields(c)
    return [x for x in (name and f"聯繫人：{name}", phone and f"聯繫電話：{phone}", email and f"電子郵箱：{email}") if x]


def _half_width(c):
    name, phone, email = _fields(c)
    parts = [x for x in (name and f"联系人:{name}", phone and f"电话:{phone}", email and f"邮箱:{email}") if x]
    return [",".join(parts)] if len(parts) > 1 else None


def _two_phones(sep: str):
    def make(c):
        name, phone, email = _fields(c)
        if not phone or "、" in phone or "," in phone:
            return None
        return [x for x in (name and f"联系人：{name}", f"联系电话：{phone}{sep}{SECOND_PHONE}", email and f"邮箱：{email}") if x]
    return make


def _mail_alone(c):
    name, phone, email = _fields(c)
    if not email or not (name or phone):
        return None
    return ["，".join(x for x in (name and f"联系人：{name}", phone and f"电话：{phone}") if x), email]


def _name_and_phone(c):
    name, phone, email = _fields(c)
    if not (name and phone):
        return None
    return [f"联系人及电话：{name} {phone}"] + ([f"邮箱：{email}"] if email else [])


def _inquiry(c):
    name, phone, email = _fields(c)
    if not phone:
        return None
    return [x for x in (name and f"联系人：{name}", f"咨询电话：{phone}", email and f"电子邮箱：{email}") if x]


def _department(c):
    name, phone, email = _fields(c)
    if not name:
        return None
    return [x for x in (f"联系人：办公室　{name}", phone and f"联系电话：{phone}", email and f"邮箱：{email}") if x]


def _with_fax(c):
    name, phone, email = _fields(c)
    if not phone:
        return None
    return [x for x in (name and f"联系人：{name}", f"联系电话：{phone}　传真：{phone}", email and f"邮箱：{email}") if x]


KINDS = {
    "prose": _prose,
    "one_line_comma": _one_line("、"),
    "one_line_semicolon": _one_line("；"),
    "one_line_spaces": _one_line("　　"),
    "spaced_labels": _spaced,
    "next_lines": _next_lines,
    "traditional": _traditional,
    "half_width": _half_width,
    "two_phones_comma": _two_phones("、"),
    "two_phones_slash": _two_phones("/"),
    "mail_alone": _mail_alone,
    "name_and_phone": _name_and_phone,
    "inquiry": _inquiry,
    "department": _department,
    "with_fax": _with_fax,
}


def _digits(s: str | None) -> str:
    return re.sub(r"\D", "", s or "")


def _block(lines: list[str], c: dict) -> tuple[int, int] | None:
    """The lines the gold's contact stands in: those naming its person (with 联系人), phone or mailbox, near together."""
    name, phone, email = _fields(c)
    first_phone = _digits(re.split(r"[、,，/ ]", phone)[0]) if phone else ""
    hits = []
    for i, line in enumerate(lines):
        flat = line.replace(" ", "").replace("\u3000", "")
        if (name and name in flat and "联系" in flat) or (first_phone and len(first_phone) >= 7
                                                            and first_phone in _digits(line)) \
                or (email and email.lower() in line.lower()):
            hits.append(i)
    if not hits:
        return None
    start = hits[0]
    end = start
    for i in hits[1:]:
        if i - end > 3:
            break
        end = i
    block = "\n".join(lines[start:end + 1])
    # the whole contact must stand in the block, and nothing much else (not a paragraph of the text)
    if (name and name not in block.replace(" ", "")) or (email and email.lower() not in block.lower()) \
            or len(block) > 160:
        return None
    return start, end


def expected(kind: str, c: dict) -> dict:
    want = dict(c)
    if kind.startswith("two_phones"):
        want["phone"] = c["phone"] + {"two_phones_comma": "、", "two_phones_slash": "/"}[kind] + SECOND_PHONE
    elif kind in ("next_lines", "name_and_phone") and c.get("phone"):
        # numbers without a phone label: the first is the phone (张建  18805636080、3020501)
        want["phone"] = re.split(r"[、,，/]|\s(?=\d)", c["phone"])[0]
    return want


def variant(kind: str, text: str, c: dict) -> str | None:
    lines = text.split("\n")
    where = _block(lines, c)
    new = KINDS[kind](c)
    if where is None or not new:
        return None
    start, end = where
    return "\n".join(lines[:start] + new + lines[end + 1:])


def _norm(s: str | None) -> str:
    return re.sub(r"[\s\-－—()（）]", "", s or "").lower()


def matches(want: dict, got) -> bool:
    got = got or {}
    if hasattr(got, "name"):
        got = {"name": got.name, "phone": got.phone, "email": got.email}
    # several phones compare without their separators' kind (、 , / are one separator)
    sep = lambda s: re.sub(r"[、,，/;；]", "、", _norm(re.sub(r"(?<=\d)[\s\u3000]+(?=\d{5})", "、", s or "")))
    return all(sep(want.get(k)) == sep(got.get(k)) for k in ("name", "phone", "email"))


def _given(c) -> bool:
    return bool(c) and any(c.get(k) for k in ("name", "phone", "email"))


def documents(docs: Path = CORPUS / "docs", gold_dir: Path = CORPUS / "gold", stems=None):
    """(stem, text, reflow, contact) for every document whose gold gives a contact."""
    for stem, text, reflow, gold in corpus_documents(docs, gold_dir, stems, keep=lambda gold: _given(gold.get("contact"))):
        yield stem, text, reflow, gold["contact"]


def read_variant(kind: str, text: str, reflow: bool, c: dict):
    """(variant text or None where the variant does not apply, contact read, contact expected)."""
    v = variant(kind, text, c)
    if v is None:
        return None, None, None
    return v, parse_text(v, reflow=reflow).contact, expected(kind, c)


if __name__ == "__main__":
    import sys
    from collections import Counter
    docs = Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS
    right, total, base_r, base_t = Counter(), Counter(), 0, 0
    show = "-v" in sys.argv
    for stem, text, reflow, c in documents(docs / "docs", docs / "gold"):
        base_t += 1
        base_r += matches(c, parse_text(text, reflow=reflow).contact)
        for kind in KINDS:
            v, got, want = read_variant(kind, text, reflow, c)
            if v is None:
                continue
            total[kind] += 1
            ok = matches(want, got)
            right[kind] += ok
            if show and not ok:
                print("MISS", kind, stem, want, got and (got.name, got.phone, got.email))
    print(f"original {base_r}/{base_t}")
    for kind in KINDS:
        print(f"{kind:20s} {right[kind]}/{total[kind]}")
    print(f"all {sum(right.values())}/{sum(total.values())}")
