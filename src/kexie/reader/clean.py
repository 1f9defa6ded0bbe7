"""Repairs made before anything is read: converter residue, stray spaces, half-width punctuation, page breaks.

Each repair is a pure function of text to text; `clean()` runs them in order and returns the lines.
"""

from __future__ import annotations

import re

from . import patterns as P

CJK = P.CJK

# ---------- converter residue ----------
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.M)
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?", re.M)
_MD_RULE = re.compile(r"^[ \t]*([-*_])([ \t]*\1){2,}[ \t]*$", re.M)
_MD_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$", re.M)


def strip_markdown(text: str) -> str:
    """Remove the Markdown a converter adds (#### headings, **bold**, > quotes, rules); keep the words."""
    text = _MD_HEADING.sub("", text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    text = _MD_QUOTE.sub("", text)
    text = _MD_TABLE_RULE.sub("", text)
    text = _MD_RULE.sub("", text)
    # a Markdown table row | a | b | becomes the cells separated by a full-width space
    text = re.sub(r"^[ \t]*\|(.*)\|[ \t]*$", lambda m: "\u3000".join(c.strip() for c in m.group(1).split("|")),
                  text, flags=re.M)
    return text


# ---------- spaces ----------
_SPACE = r"[ \t\u00a0\u2002\u2003\u3000]+"
# A space between two CJK characters, or between CJK and a digit, is layout, not meaning (新国发 2 号 → 新国发2号).
_STRAY_SPACE = re.compile(rf"(?<=[{CJK}\d%％）》〉」』”，。、；：！？])" + _SPACE + rf"(?=[{CJK}（《〈「『“])"
                          + "|" + rf"(?<=[{CJK}（《〈「『“，。、；：！？])" + _SPACE + rf"(?=[{CJK}\d])")


_ALIGNED = re.compile(rf"(?<=[{CJK}])[ \t\u00a0]{{2,}}(?=[{CJK}])|(?<=[{CJK}])\u3000+(?=[{CJK}])")


def remove_stray_spaces(line: str) -> str:
    # two spaces or more between words align columns (王明  市科协党组书记): keep one full-width space
    line = _ALIGNED.sub("\u3000", line)
    return _STRAY_SPACE.sub(lambda m: m.group(0) if m.group(0) == "\u3000" else "", line)


# ---------- punctuation ----------
_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}
_HALF_PUNCT = re.compile(rf"(?<=[{CJK}）》”])([,;:?!])|([,;:?!])(?=[{CJK}（《“])")
# a full stop after Chinese text and before Chinese text or the end of the line, never inside numbers (1.5, 1.)
_HALF_STOP = re.compile(rf"(?<=[{CJK}）》”])\.(?=[{CJK}（《“]|\s*$)", re.M)
_PARENS = re.compile(r"\(([^()\n]{0,200})\)")
_SQUARE_YEAR = re.compile(r"[\[【［(（〔]\s*((?:19|20)\d\d)\s*[\]】］)）〕]")


def _paren(m: re.Match) -> str:
    inner = m.group(1)
    # Brackets around Chinese text, a number marker (1) or (一) are Chinese brackets; (cid:12) or (a) stay.
    if re.search(f"[{CJK}]", inner) or re.fullmatch(r"\s*\d{1,3}\s*", inner):
        return "（" + inner + "）"
    return m.group(0)


def _quotes(line: str) -> str:
    # Straight double quotes in Chinese text pair up as “ ”.
    if '"' not in line or not re.search(f"[{CJK}]", line):
        return line
    out, opening = [], True
    for ch in line:
        if ch == '"':
            out.append("“" if opening else "”")
            opening = not opening
        else:
            out.append(ch)
    return "".join(out)


def full_width_punctuation(line: str) -> str:
    """Half-width punctuation in Chinese text becomes full-width; numbers, dates, e-mail and URLs keep theirs."""
    if not re.search(f"[{CJK}]", line):
        return line
    protected: list[str] = []

    def keep(m: re.Match) -> str:
        protected.append(m.group(0))
        return f"\x00{len(protected) - 1}\x00"

    line = P.URL_OR_EMAIL.sub(keep, line)
    line = _PARENS.sub(_paren, line)
    line = _HALF_PUNCT.sub(lambda m: _HALF_TO_FULL[m.group(1) or m.group(2)], line)
    line = _HALF_STOP.sub("。", line)
    line = _quotes(line)
    # a sentence that ends with an address still ends with a Chinese full stop
    line = re.sub(r"(?<=\x00)\.$", "。", line)
    return re.sub(r"\x00(\d+)\x00", lambda m: protected[int(m.group(1))], line)


def normalise_doc_number_brackets(line: str) -> str:
    """[2021] 【2021】 ［2021］ (2021) around a year in a document number are written 〔2021〕."""
    return P.DOC_NUMBER_LOOSE.sub(lambda m: P.normalise_doc_number(m.group(0)), line)


# ---------- page breaks ----------
_TERMINAL = "。！？；：…」』）)”》】〕"


def _ends_sentence(line: str) -> bool:
    return not line or line[-1] in _TERMINAL


def _standalone(line: str) -> bool:
    """Lines that stand on their own even without a full stop: titles, dates, signatures, labels."""
    if P.TITLE_END.search(line) and len(line) <= 120 and not re.search("[。；，]", line):
        return True
    return len(line) <= 40 and bool(
        P.DATE_LINE.fullmatch(line) or P.ORG_LINE.fullmatch(line) or P.DOC_NUMBER.search(line)
        or P.LABEL_LINE.match(line))


def _starts_new_block(line: str) -> bool:
    return bool(P.starts_with_marker(line) or P.LABEL_LINE.match(line) or P.DATE_LINE.fullmatch(line)
                or line[:1] in "（(《【")


def _repeat_length(before: str, after: str) -> int:
    """A page break sometimes prints the last characters again on the next page (深入学 / 学习)."""
    for k in (4, 3, 2, 1):
        if len(before) >= k and len(after) > k and after.startswith(before[-k:]) and re.fullmatch(
                f"[{CJK}]+", before[-k:]):
            return k
    return 0


def _heading_styles(lines: list[str]) -> dict[int, bool]:
    """For each marker level: do its items put heading and text on one line (（一）标题。正文……)?"""
    votes: dict[int, list[int]] = {}
    for line in lines:
        m = P.starts_with_marker(line)
        if m:
            votes.setdefault(m[0], [0, 0])[1 if re.search("[。；]", line) else 0] += 1
    return {level: inline > alone for level, (alone, inline) in votes.items()}


_PUNCT = re.compile("[，。、；：！？,.;:]")


AMBIGUOUS_HEADING = 4


def _continues(prev: str, line: str, blank_between: bool, prev_whole: bool, line_whole: bool,
               inline_style: dict[int, bool], next_repeats: bool = False) -> bool:
    """Is `line` the rest of the sentence `prev` was cut in? `line_whole`: a blank line or the end follows it."""
    if line[:1] in "，。、；：）》”！？":
        return True
    if len(prev) <= 12 and P.ORG_LINE.fullmatch(prev + line) and not P.ORG_LINE.fullmatch(prev):
        return True  # an organisation's name cut in two (广东 / 省科学技术协会)
    if _ends_sentence(prev) or not re.search(f"[{CJK}\\d]$", prev) or _starts_new_block(line):
        return False
    short_paragraph = line_whole and len(line) <= 40 and not re.search("[。；]", line)
    marker = P.starts_with_marker(prev)
    if marker and not re.search("[。；]", prev):
        if inline_style.get(marker[0], False) or len(prev) > 60:
            return True  # this level writes heading and text on one line: the line was cut
        # a heading alone on its line stays, unless what follows is the rest of it (二、深 / 入学习……文件):
        # too short to be a heading, or the break printed its last character again
        if not short_paragraph or P.ORG_LINE.fullmatch(line) or next_repeats:
            return False
        return len(prev) - marker[3] < AMBIGUOUS_HEADING or _repeat_length(prev, line) == 1
    if _repeat_length(prev, line) >= 2:
        return True
    if _standalone(prev):
        return False
    headline = prev_whole and len(prev) <= 40 and not _PUNCT.search(prev)
    if headline and len(line) <= 20 and P.ORG_LINE.fullmatch(line):
        return False  # a column headline, then the name of the unit that reports under it
    if blank_between and headline and len(prev) <= 30 and not _repeat_length(prev, line):
        return False  # a headline or title: a short paragraph of its own
    return blank_between or len(prev) >= 20


def join_page_breaks(lines: list[str]) -> list[str]:
    """Join a sentence that a page break or blank lines cut in two; blank lines between paragraphs remain."""
    styles = _heading_styles(lines)
    out: list[str] = []
    pending_blank = False
    prev_whole = True  # whether the last output line began a paragraph (after a blank line or at the top)
    for i, line in enumerate(lines):
        if not line.strip():
            pending_blank = True
            continue
        line_whole = i + 1 >= len(lines) or not lines[i + 1].strip()
        following = next((ln for ln in lines[i + 1:i + 4] if ln.strip()), "")
        next_repeats = bool(following) and _repeat_length(line, following) > 0
        if out and _continues(out[-1], line, pending_blank, prev_whole, line_whole, styles, next_repeats):
            # a bracket or quote cut in two is whole again only now: normalise the joined line once more
            out[-1] = full_width_punctuation(out[-1] + line[_repeat_length(out[-1], line):])
            pending_blank = False
            continue
        if out and pending_blank:
            out.append("")
        prev_whole = pending_blank or not out
        out.append(line)
        pending_blank = False
    return out


def clean_line(line: str) -> str:
    line = line.strip(" \t\u00a0\u3000\ufeff\u200b")
    line = remove_stray_spaces(line)
    line = full_width_punctuation(line)
    line = remove_stray_spaces(line)  # again: spaces beside quotes that were straight a moment ago
    line = normalise_doc_number_brackets(line)
    line = P.fix_ocr_labels(line)
    return line


def clean(text: str) -> str:
    """The repaired text: one paragraph a line, blank lines between blocks kept as one empty line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    text = strip_markdown(text)
    lines = [clean_line(line) for line in text.split("\n")]
    return "\n".join(join_page_breaks(lines))
