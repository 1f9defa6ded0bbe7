"""Repairs made before anything is read: converter residue, stray spaces, half-width punctuation, page breaks.

Each repair is a pure function of text to text; `clean()` runs them in order and returns the lines.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from . import patterns as P
from .responsibility import ROLE_WORDS, is_body
from .flattable import unflatten_task_tables
from .script import gloss_ends_at, gloss_opens, matching_copy

CJK = P.CJK

# ---------- converter residue ----------
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.M)
# (a pair right after a digit is a template's blanked year, not bold: 20**年, 〔20**〕14号)
_MD_EMPHASIS = re.compile(r"(?<!\d)(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_UNDERLINE = re.compile(r"(?<!\d)(__)(?=\S)(.+?)(?<=\S)\1")
_MD_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?", re.M)
_MD_RULE = re.compile(r"^[ \t]*([-*_])([ \t]*\1){2,}[ \t]*$", re.M)
_MD_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$", re.M)


def strip_markdown(text: str) -> str:
    """Remove the Markdown a converter adds (#### headings, **bold**, > quotes, rules); keep the words."""
    if "#" in text:
        text = _MD_HEADING.sub("", text)
    if "**" in text or "__" in text:
        # a line with an odd number of ** cannot be bold: the page masks names with them (**大学, **社区与**物业)
        masked = "**" in text and any(line.count("**") % 2 for line in text.split("\n") if "**" in line)
        text = (_MD_UNDERLINE if masked else _MD_EMPHASIS).sub(r"\2", text)
    if ">" in text:
        text = _MD_QUOTE.sub("", text)
    if "---" in text or "***" in text or "___" in text:
        text = _MD_TABLE_RULE.sub("", text)
        text = _MD_RULE.sub("", text)
    if "|" not in text:
        return text
    # a Markdown table row | a | b | becomes the cells separated by a full-width space
    return re.sub(r"^[ \t]*\|(.*)\|[ \t]*$", lambda m: "\u3000".join(c.strip() for c in m.group(1).split("|")),
                  text, flags=re.M)


# ---------- spaces ----------
_SPACES = re.compile(r"[ \t\u00a0\u2002\u2003\u3000]+")
_CJK_CHAR = re.compile(f"[{CJK}]")
# A space between two CJK characters, or between CJK and a digit, is layout, not meaning (新国发 2 号 → 新国发2号).
_LEFT = re.compile(f"[{CJK}\\d%％）》〉」』”，。、；：！？,;:?!.)]")  # half-width too: it becomes full-width next
_RIGHT = re.compile(f"[{CJK}（《〈「『“]")
_LEFT_OF_DIGIT = re.compile(f"[{CJK}（《〈「『“，。、；：！？]")
# the runs of spaces the repair may change: those after a character that _LEFT, _LEFT_OF_DIGIT or _CJK_CHAR takes and
# before a character that is not ASCII or is an ASCII digit (isdigit() takes ① too, so the lookahead does not narrow to \d):
# the others stay as they are, and the regex engine passes them by
_SPACES_AFTER_TEXT = re.compile(f"(?<=[{_CJK_CHAR.pattern[1:-1]}{_LEFT.pattern[1:-1]}{_LEFT_OF_DIGIT.pattern[1:-1]}])"
                                + _SPACES.pattern + r"(?=[^\x00-/:-\x7f])")


def remove_stray_spaces(text: str) -> str:
    """Drop spaces inside Chinese text; two or more between words align columns (王明  市科协党组书记)."""
    def fix(m: re.Match) -> str:
        s, e = m.start(), m.end()
        if s == 0 or e == len(text):
            return m.group(0)
        before, after = text[s - 1], text[e]
        if _CJK_CHAR.match(before) and (len(m.group(0)) >= 2 or m.group(0) in "\u3000\t") and (
                _CJK_CHAR.match(after) or after in "《“（" or after.isdigit()):
            return "\u3000"  # columns: 王明  市科协党组书记, 宁波市科学技术协会办公室    2023年6月15日, a table's 组长\t张明
        if (_LEFT.match(before) and _RIGHT.match(after)) or (_LEFT_OF_DIGIT.match(before) and after.isdigit()):
            return ""
        return m.group(0)

    return _SPACES_AFTER_TEXT.sub(fix, text)


# ---------- punctuation ----------
_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}
# One pass a mark: half-width after Chinese text, or before it, becomes full-width. The mark comes first
# in each pattern (its lookbehind spans it) so the regex engine scans for the mark, not for every position.
_HALF_PUNCT = [(ch, re.compile(f"{re.escape(ch)}(?:(?<=[{CJK}）》”]{re.escape(ch)})|(?=[{CJK}（《“]))"), full)
               for ch, full in _HALF_TO_FULL.items()]
# a full stop after Chinese text and before Chinese text or the line's end; never 1.5 or 1.
_HALF_STOP = re.compile(f"\\.(?<=[{CJK}）》”]\\.)(?=[{CJK}（《“\\d]|$)", re.M)
_PARENS = re.compile(r"\(([^()\n]{0,200})\)")
_NUMBER_INSIDE = re.compile(r"\s*\d{1,3}\s*")


def _paren(m: re.Match) -> str:
    inner = m.group(1)
    # Brackets around Chinese text, a number marker (1) or (一) are Chinese brackets; (cid:12) or (a) stay;
    # so are brackets around a web address or e-mail set in Chinese text (下载(http://…)).
    if _CJK_CHAR.search(inner) or _NUMBER_INSIDE.fullmatch(inner) or (
            _PROTECTED.fullmatch(inner) and m.start() > 0 and _CJK_CHAR.match(m.string[m.start() - 1])):
        return "（" + inner + "）"
    return m.group(0)


_PROTECTED = re.compile("\x00\\d+\x00")


def _quotes(line: str) -> str:
    # Straight double quotes in Chinese text pair up as “ ”.
    if '"' not in line or not _CJK_CHAR.search(line):
        return line
    parts = line.split('"')
    return "".join(part + ("“" if i % 2 == 0 else "”") for i, part in enumerate(parts[:-1])) + parts[-1]


_HALF_WIDTH_LEFT = re.compile(r'[(),;:?!."]')
_QUOTED_LINE = re.compile(r'^.*".*$', re.M)


def full_width_punctuation(line: str) -> str:
    """Half-width punctuation in Chinese text becomes full-width; numbers, dates, e-mail and URLs keep theirs.

    Works on one line or on many: every pattern stays within a line.
    """
    protected: list[str] = []

    def keep(m: re.Match) -> str:
        protected.append(m.group(0))
        return f"\x00{len(protected) - 1}\x00"

    if "@" in line or "http" in line or "www." in line:
        line = P.URL_OR_EMAIL.sub(keep, line)
    line = _PARENS.sub(_paren, line)
    for ch, pattern, full in _HALF_PUNCT:
        if ch in line:
            line = pattern.sub(full, line)
    if "." in line:
        line = _HALF_STOP.sub("。", line)
    if '"' in line:
        line = _QUOTED_LINE.sub(lambda m: _quotes(m.group(0)), line)
    if not protected:
        return line
    # a sentence that ends with an address still ends with a Chinese full stop
    line = re.sub(r"(?<=\x00)\.$", "。", line, flags=re.M)
    return re.sub(r"\x00(\d+)\x00", lambda m: protected[int(m.group(1))], line)


# („2021‟: a page whose font mapped the 六角括号 onto the low and reversed double quotes)
_YEAR_IN_BRACKETS = re.compile(r"(?=[ \t\u3000〔\[【［(（﹝〖„])[ \t\u3000]*[〔\[【［(（﹝〖„]\s*((?:19|20|１９|２０)(?:\d\d|\*\*))\s*[〕\]】］)）﹞〗‟]\s*"
                               r"(?=[\u4e00-\u9fff]{0,4}\s*\d{1,5}\s*[号號])")
# the number after the year in full-width digits (〔２０１９〕８２号): written as the year is, in ASCII
_WIDE_NUMBER = re.compile(r"(?<=〕)([\u4e00-\u9fff]{0,4})([０-９]{1,5})(?=\s*[号號])")
_WIDE_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_PREFIX_CHAR = re.compile(f"[{CJK}A-Za-z]")


def normalise_doc_number_brackets(text: str) -> str:
    """[2021] 【2021】 ［2021］ (2021) ﹝2021﹞ 〖2021〗 „2021‟ around a year in a document number are written 〔2021〕; the spaces
    a page put around the brackets (苏科协发 〔2019〕 82号) go (spec: a 字号 is written without spaces), and full-width
    digits (〔２０１９〕８２号) are written as ASCII ones."""
    def fix(m: re.Match) -> str:
        s = m.start()
        if s and _PREFIX_CHAR.match(text[s - 1]):
            return f"〔{m.group(1).translate(_WIDE_DIGITS)}〕"
        return m.group(0)

    text = _YEAR_IN_BRACKETS.sub(fix, text)
    return _WIDE_NUMBER.sub(lambda m: m.group(1) + m.group(2).translate(_WIDE_DIGITS), text) if "〕" in text else text


# ---------- page breaks ----------
_SENTENCE_END = re.compile("[。；]")
_CLAUSE_END = re.compile("[。；，]")
_CJK_ONLY = re.compile(f"[{CJK}]+")
# the words a piece of a headline cut at its line's end leaves open (关于 / …, 省科协和 / …)
_OPEN_WORD_ENDS = ("关于", "的", "和", "及", "与", "暨", "在", "对", "为", "向")
def _deck_under(headline: str, line: str, following: str) -> bool:
    """A headline's subtitle (副题: ——各地……持续推进……), or a shorter line that tells a fact and closes on no verb
    (全省已累计建立院士工作站53个) under a headline that leaves nothing open, the text (or the page's meta line) next: a
    deck. A 公文 title's kind word on the line below (…工作 / 要点) ends the title; a label, a date or a path is none."""
    if len(headline) > 60 or _CLAUSE_END.search(headline):
        return False
    if _DECK_LINE.match(line):
        return True
    return 10 <= len(headline) and (P.HEADLINE_VERB_END.search(headline) or _whole_headline(headline)
                                    and not P.TITLE_END.search(line)) \
        and len(line) < len(headline) and not _CLAUSE_END.search(line) and not P.HEADLINE_VERB_END.search(line) \
        and not _NOT_A_DECK.search(line) and not P.DATE_LINE.fullmatch(line) and not P.web_furniture(line) \
        and bool(_CJK_CHAR.match(line)) and (not following or _starts_new_block(following) or P.web_furniture(following)
                                             or len(following) >= 20 and "。" in following)


_OPEN_END = ("的", "和", "及", "与", "、", "关于", "《", "“", "（", "暨", "在", "对", "为")  # a line that goes on


def _whole_headline(line: str) -> bool:
    """A headline that leaves nothing open (no label, no item's marker, no 的/和/关于 at its end, its quotes and
    brackets closed)."""
    return not _NOT_A_DECK.search(line) and not P.starts_with_marker(line) and not line.endswith(_OPEN_END) \
        and line.count("“") == line.count("”") and line.count("《") == line.count("》") and not _unclosed(line)


_NOT_A_DECK = re.compile(r"[：:|｜>/]|^\d")  # a page's labelled or dated line, a path
_DECK_LINE = re.compile(rf"^[—－]{{2}}[{CJK}“][^。；\n]{{3,38}}$")
_WORD_END = re.compile(f"[{CJK}\\d]$")
# a list's last name opened by a blanked place (、xx, 、××) ends no line
_BLANKED_NAME_END = re.compile(r"[、，,：:](?:xx|XX|××|＊＊)$")
_CJK_RUN = re.compile(f"[{CJK}]+")
_TERMINAL = "。！？；：…」』）)”》】〕"
# a quotation closed by its speaker's name after a dash (……的重要力量。 ——习近平), as a page's banner prints it
_ATTRIBUTION_END = re.compile(rf"[。！？”][ \u3000]*[—－]{{1,2}}[ \u3000]*[{CJK}·]{{2,8}}$")


def _ends_sentence(line: str) -> bool:
    return not line or line[-1] in _TERMINAL


def _standalone(line: str) -> bool:
    """Lines that stand on their own even without a full stop: titles, dates, signatures, labels, and
    rows aligned in columns (周　强　办公室副主任)."""
    if "\u3000" in line:
        return True
    if P.TITLE_END.search(line) and len(line) <= 120 and not _CLAUSE_END.search(line):
        return True
    return len(line) <= 40 and bool(
        P.DATE_LINE.fullmatch(line) or P.ORG_LINE.fullmatch(line) or P.DOC_NUMBER.search(line)
        or P.LABEL_LINE.match(line) or P.DATE_LOST_MARKS.fullmatch(line))


# an activity's own labelled lines (时间：9月18日上午 / 地点：*公园 under 责任单位：…) stand on their own
_ACTIVITY_LABEL = re.compile(r"^(?:时\s*间|地\s*点|完成时限)\s*[:：]")


# a list's role label and its colon (组员：金月华、胡嘉琪…) opens a line of its own, never the rest of the line above
_ROLE_LABEL = re.compile(r"^(?:%s)\s*[:：]" % "|".join(sorted(P.LIST_ROLES, key=len, reverse=True)))


# an event's organisers, one label a line (主办单位：… / 承办单位：… / 分赛区承办单位：…): each line stands on its own
_ORGANISER_LABEL = re.compile(rf"^[{CJK}]{{0,4}}(?:主办|承办|协办|指导|支持|联办)单位\s*[:：]")
# GB/T 9704's 主送 alone on its line (各省、自治区、直辖市科协，新疆生产建设兵团科协：): never the rest of the line above
_MAIN_SEND_LINE = re.compile(r"各[^。；！？：:]{1,58}[:：]")


def _main_send_cut(prev: str) -> bool:
    """The 主送's first piece above its last: addressed (各…), no sentence, no colon, no title, and cut inside a name
    (…，市政府各): one that ends on a whole body (各县（市、区）科协 / 各市级学会：) is a line of its own entries."""
    return bool(P.ADDRESSED.match(prev)) and len(prev) <= 60 and not _MAIN_SEND_OPEN_PIECE_STOP.search(prev) \
        and not P.TITLE_END.search(prev) and not P.MAIN_SEND_COLON_LOST.match(prev)


_MAIN_SEND_OPEN_PIECE_STOP = re.compile(r"[。；！？：:]")


# an activity's 负责人 line under its heading (（一）成果展览 / 科普板块负责人：…): a label line of its own
_PERSON_IN_CHARGE = re.compile(rf"^[{CJK}]{{0,8}}负责人\s*[:：]")


@lru_cache(maxsize=8192)  # (asked of a line, then of it again as the next line's neighbour)
def _starts_new_block(line: str) -> bool:
    return bool(P.starts_with_marker(line) or _PERSON_IN_CHARGE.match(line) or P.LABEL_LINE.match(line) or P.DATE_LINE.fullmatch(line)
                or _ACTIVITY_LABEL.match(line) or _ROLE_LABEL.match(line) or _ORGANISER_LABEL.match(line)
                or _MAIN_SEND_LINE.fullmatch(line) or P.ITEM_LEAD.match(line)
                or line[:2] in P.REPORTER_OPENINGS and P.REPORTER_LINE.match(line)
                or line[:1] in "（(《【" and not _ADDRESS_IN_BRACKETS.match(line) or line.endswith("号") and _NUMBER_ALONE.fullmatch(line)
                or line.startswith("、") and P.LOST_NUMERAL_HEADING.match(line))


# …电子版发送至邮箱 / (hbdxxueshubu2017@sina.com)。: a bracket that opens with a mail address or web address glosses the
# word above it (邮箱, 网址), it opens no item or note of its own
_ADDRESS_IN_BRACKETS = re.compile(r"[（(]\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://|www\.)", re.A)


# GB/T 9704 prints the 发文字号 on a line of its own (荆科协办〔2015〕18号, perhaps with 签发人 after it)
_NUMBER_ALONE = re.compile(P.DOC_NUMBER.pattern + r"(?:\s*签发人.{0,12})?")


_ESSAY_NUMBER = re.compile(r"篇\s*[一二三四五六七八九十]$")


def _repeat_length(before: str, after: str) -> int:
    """A page break sometimes prints the last characters again on the next page (深入学 / 学习)."""
    if not after or after[0] not in before[-4:] or after.startswith(P.STARTS_WITH_ITS_OWN_REPEAT):
        return 0
    if _ESSAY_NUMBER.search(before) and P.starts_with_marker(after):
        return 0  # an essay's number (科技节活动方案 篇一) above the essay's 一、 is no character printed twice
    for k in (4, 3, 2, 1):
        if len(before) >= k and len(after) > k and after.startswith(before[-k:]) and _CJK_RUN.fullmatch(
                before[-k:]):
            return k
    return 0


def _heading_styles(lines: list[str]) -> dict[int, bool]:
    """For each marker level: do its items put heading and text on one line (（一）标题。正文……)?"""
    votes: dict[int, list[int]] = {}
    for line in lines:
        m = P.starts_with_marker(line)
        if m:
            votes.setdefault(m[0], [0, 0])[1 if _SENTENCE_END.search(line) else 0] += 1
    return {level: inline > alone for level, (alone, inline) in votes.items()}


_PUNCT = re.compile("[，。、；：！？,.;:]")
_HEADLINE_LEAD = re.compile(f"^[{CJK}]{{2,12}}[：:]")


AMBIGUOUS_HEADING = 4
# the bare labels an event notice's items are headed with (一、时间 / 二、地点 / 三、主题): each a whole word, never the
# first characters of a longer heading cut at the line's end
LABEL_HEADINGS = ("时间", "地点", "主题", "对象", "内容", "形式", "方式", "范围", "名额", "费用", "日程", "名称", "要求",
                  "目的", "宗旨", "口号")
_PAIRS = (("《", "》"), ("“", "”"), ("（", "）"), ("〈", "〉"), ("(", ")"))


def _completes(prev: str, line: str) -> bool:
    """A short piece that only together with the next line makes a name, a date or a label:
    广东 / 省科学技术协会, 2022年 / 4月13日印发, 抄 / 报：省科协."""
    if prev[:2] in _CLOSING_OPENINGS and _CLOSING_FORMULA.match(prev):
        return False  # 特此通知 / 鹰潭市科学技术协会: the closing formula, then the signature
    joined = prev + line
    if len(line) <= 4 and len(prev) <= 30 and P.ORG_LINE.fullmatch(joined) and not P.ORG_LINE.fullmatch(prev):
        return True  # 广东省科学技术协 / 会
    if len(prev) > 12:
        return False
    if len(prev) <= 4 and P.ORG_LINE.fullmatch(joined) and not P.ORG_LINE.fullmatch(prev):
        return True
    if P.DATE_LINE.fullmatch(joined) and not P.DATE_LINE.fullmatch(prev):
        return True
    return bool(len(prev) <= 4 and P.LABEL_LINE.match(joined) and not P.LABEL_LINE.match(prev))


def _unclosed(line: str) -> bool:
    tail = line[-120:]  # a title or quotation is open near where the line was cut, not pages before
    return any(tail.count(a) > tail.count(b) for a, b in _PAIRS if a in tail)


def _width(line: str) -> float:
    """How wide a line prints: a Chinese character 1, a Latin letter or digit ½ (counted from its UTF-8
    length, where the first take three bytes and the others one, so it costs no loop in Python)."""
    wide = (len(line.encode("utf-8")) - len(line)) / 2
    return wide + (len(line) - wide) / 2


def _wrap_width(lines: list[str]) -> float | None:
    """The width a PDF's lines were wrapped at (GB/T 9704: 28 characters), if its text is hard-wrapped:
    the most common width of long lines, when many lines share it."""
    # (a line set in columns — 科技部政策体改司　许佳军, 组长：张三　局长 — or a labelled field's line — 联系电话：…,
    # 附件：… — is no wrapped prose: it ends where its value does)
    widths = Counter(round(_width(ln)) for ln in lines
                     if len(ln) >= 12 and "\u3000" not in ln and not P.LABEL_LINE.match(ln))
    total = sum(widths.values())
    if total < 8:
        return None
    common = max(widths, key=lambda w: widths[w - 1] + widths[w] + widths[w + 1])
    share = (widths[common - 1] + widths[common] + widths[common + 1]) / total
    # a text hard-wrapped at a width has no lines far wider: where a quarter are (paragraphs under headlines of one
    # width, a paper's column of short items), the common width is its headlines', no wrap
    wider = sum(n for w, n in widths.items() if w > common * 1.5)
    return float(common) if share >= 0.4 and common >= 16 and wider < 0.25 * total else None


# a person's line in a list: (组长：)孙华山　安全监管总局…
_PERSON_COLUMNS = re.compile(f"^(?:[{CJK}]{{2,6}}[:：])?(?:[{CJK}]{{2,4}}|[{CJK}]\u3000[{CJK}])\u3000[{CJK}《“（]")
_NAME_THEN_COMMA = re.compile(f"^[{CJK}]{{1,8}}[、，,]")
_CLOSING_FORMULA = re.compile(r"^(特此通知|特此函告|特此报告|此复|妥否，请批示)")
_CLOSING_OPENINGS = ("特此", "此复", "妥否")


def _cut_list_line(prev: str, line: str) -> bool:
    """A page break inside a line of a list: 孙华山　安 / 全监管总局副局长 (a column line cut in its title),
    抄送：…，省委宣 / 宣传部，省科技厅 (a label's list cut in a name)."""
    if _SENTENCE_END.search(line) and not P.LABEL_LINE.match(prev) or P.starts_with_marker(line) \
            or P.LABEL_LINE.match(line) or _CLOSING_FORMULA.match(line) or "\u3000" in line:
        return False
    if _PERSON_COLUMNS.match(prev) and not P.LABEL_LINE.match(prev) and not P.web_furniture(prev):
        return 4 <= len(line) <= 30 and not P.ORG_LINE.fullmatch(line) and not P.DATE_LINE.fullmatch(line)
    if not P.LABEL_LINE.match(prev):
        return False
    if _NAME_THEN_COMMA.match(line):
        return True
    # 抄报：上海市科普 / 工作联席会议办公室: the break cut the last name, which only the two pieces make whole
    last, first = re.split(r"[、，,：:]", prev)[-1], re.split(r"[、，,]", line)[0]
    return len(last) >= 2 and not P.ORG_LINE.fullmatch(last) and bool(P.ORG_LINE.fullmatch(last + first))


# a role's line (承办单位：西方语言文化学 / 院、旅游学院): a page break cut its last body's name, which only the two pieces
# make whole
_ROLE_LINE = re.compile("^(?:%s)\\s*[:：]" % "|".join(sorted(ROLE_WORDS, key=len, reverse=True)))


def _cut_role_name(prev: str, line: str) -> bool:
    marker = P.starts_with_marker(prev)  # 1.承办单位：……
    if not _ROLE_LINE.match(prev[marker[3]:] if marker else prev):
        return False
    last = _CJK_TAIL.search(re.split(r"[、，,：:；;]", prev)[-1])
    first = re.split(r"[、，,；;。]", line)[0]
    if not last or len(last.group(0)) < 2 or is_body(last.group(0)):
        return False
    # (a list's entry of one character names no body: it is the end of the name above)
    return len(first) == 1 and line[1:2] in "、，," and bool(_CJK_CHAR.match(first)) \
        or 0 < len(first) <= 4 and is_body(last.group(0) + first)


_CJK_TAIL = re.compile(f"[{CJK}（）]+$")


# a person's row in a list: a name (its given name masked in a template: 杨XXX), a space, the post it holds
_PERSON_ROW = re.compile(rf"(?:[{CJK}]{{2,4}}|[{CJK}][Xx×*＊]{{1,3}})[ \u3000][{CJK}、]{{2,30}}"
                         r"(?:长|主任|书记|主席|委员|干部|经理|专员|调研员|巡视员)")


# a list's row, the name first and the post in a column of its own (田　梅　浙江省科协副主席, 王浩　浙江省省长)
_NAME_FIRST_ROW = re.compile(rf"[{CJK}](?:\u3000?[{CJK}]){{1,3}}\u3000[^\u3000]{{2,60}}")
_POST_END = re.compile(f"(?:{P.POST_ALTERNATION})$")


def _name_goes_on(start: str, row: str) -> bool:
    """谢 + 牧人　浙江省科协党组成员、秘书长: the first characters of a name a page break cut from its row."""
    head, _, post = row.partition("\u3000")
    return bool(post) and 2 <= len(start) + len(head) <= 4 and bool(_CJK_RUN.fullmatch(head)) \
        and bool(P.POST_WORD.search(post)) and not P.NOT_A_NAME_END.search(head)


# the end matter's labels, alone on a line where a page break cut off their colon (…协办单位：…协会 // 附件 // ：1、…):
# no rest of a word cut, whatever the line above left open
END_LABELS_ALONE = ("附件", "附表", "附录", "抄送", "抄报")


_YEAR_CUT = re.compile(r"(?<![\d.:：/-])(?:19|20)\d\d$")


def _continues(prev: str, line: str, blank_between: bool, prev_whole: bool, line_whole: bool,
               inline_style: dict[int, bool], next_repeats: bool = False, wrap: float | None = None,
               last_piece: str = "", lines: list[str] | None = None, at: int = 0, blanks_break: bool = False) -> bool:
    """Is `line` the rest of the sentence `prev` was cut in? `line_whole`: a blank line or the end follows it.
    `wrap`: the width the text was hard-wrapped at; `last_piece`, the last line as printed: one that fills
    the width (less the two characters every paragraph's first line is indented by) goes on in the next.
    `blanks_break`: the document parts its paragraphs without blank lines, so a blank line is where a page broke."""
    if P.CONTROL_END.search(prev):
        return False  # …首页 >> 要闻 关闭窗口 / 龙岩首个…挂牌: a row of the site's controls ends where its last control does
    if P.BYLINE_DAY.match(line) or P.BYLINE_DAY.match(prev):
        return False  # 东湖开发区科协成立 / 新特光电集团 2008-01-15 817 / 1月15日，……: the byline under a headline stands alone
    if ("—" in prev or "－" in prev) and _ATTRIBUTION_END.search(prev):  # (no dash, no attribution: no scan)
        return False  # a quotation and its speaker (…重要力量。——习近平): the attribution closes the quotation's line
    if blank_between and prev.startswith("、") and P.LOST_NUMERAL_HEADING.match(prev):
        return False  # 、有关事项 / 请……: a heading (its numeral lost) is whole, the paragraph under it starts anew
    if blank_between and len(prev) <= 2 and _CJK_RUN.fullmatch(prev) and _name_goes_on(prev, line):
        return True  # 谢 // 牧人　浙江省科协党组成员、秘书长: the row whole again
    if blank_between and _PERSON_ROW.fullmatch(line):
        return False  # ⑴县领导：刘XXX 县委常委… / 杨XXX 县人大常委会副主任: a list's next person, on a row of its own
    if line[:1] in "(（" and gloss_opens(line) and _CJK_CHAR.match(prev[-1:]):
        return True  # 能規(guī)範化經(jīng)營 / (yíng)、在帶動……: no line opens with the gloss of a character it does not hold
    if line[:1] == "年" and _YEAR_CUT.search(prev):
        return True  # 準(zhǔn)備申報(bào)2013 / 年“基層科普行動(dòng)計(jì)劃”: a year's figures cut from its 年
    if line[:1] in "，。、；：）》”！？":
        return not (line[0] == "、" and P.LOST_NUMERAL_HEADING.match(line)
                    and (_ends_sentence(prev) or blank_between and line_whole and _first_level(prev)))
    if line[1:2] in "，。、；：）》”！？" and _repeat_length(prev, line) == 1:
        return True  # 体育总局局长 / 长、第19届……: the break printed the last character again, then the line goes on
    if line[1:2] == "、" and _CJK_CHAR.match(line) and not P.starts_with_marker(line) and _WORD_END.search(prev) \
            and "，" in prev and not P.starts_with_marker(prev[-1] + line):
        return True  # 严把质量 / 关、科研诚信关，……: one character and 、 is a list's word cut at its last character; no
        # item or paragraph opens so, and a sentence still open above wants its rest
    if P.post_then_name(line) and P.post_then_name(P.GROUP_ROLE_LABEL.sub("", prev)):
        return False  # 副组长：区科协副主席黄浩 / 区教育局副局长梁婷: a list's next person, the post first, on a row of its own
    if lines is not None and P.NOT_A_NAME_END.search(line) and not _repeat_length(prev, line) \
            and P.post_then_name(P.GROUP_ROLE_LABEL.sub("", prev)) \
            and P.post_then_name(line + next((ln.strip() for ln in lines[at + 1:at + 4] if ln.strip()), "")):
        return False  # 工商总局副局长刘俊臣 / 质检总局 // 副局长陈钢: a page break cut the next person's row, not this one
    if blank_between and len(prev) <= 30 and _CJK_RUN.fullmatch(prev) and P.NOT_A_NAME_END.search(prev) \
            and P.post_then_name(prev + line) \
            and not P.post_then_name(prev):
        return True  # 质检总局 // 副局长陈钢: the rest of the row the page break cut
    if P.GROUP_ROLE_LABEL.match(prev) and P.ends_with_person(prev):
        return False  # 成员：办公室主任王晓光；……办公室副主任周强 / 领导小组下设办公室……: a list's row ends with its last person
    if blank_between and len(line) <= 2 and _CJK_RUN.fullmatch(line) and _NAME_FIRST_ROW.fullmatch(prev) \
            and not _POST_END.search(prev) and _POST_END.search(prev + line):
        return True  # 王忠民　浙江省科协党组成员、副主 // 席: the post's last character, not the next row's name
    if blank_between and len(line) <= 2 and _CJK_RUN.fullmatch(line) and lines is not None \
            and _NAME_FIRST_ROW.fullmatch(prev) and P.POST_WORD.search(prev[-8:]) \
            and _name_goes_on(line, next((ln.strip() for ln in lines[at + 1:at + 4] if ln.strip()), "")):
        return False  # 田　梅　浙江省科协副主席 / 谢 // 牧人　浙江省科协党组成员: the next row's name the page break cut
    if blank_between and len(line) <= 2 and _CJK_CHAR.match(line) and not _ends_sentence(prev) \
            and not P.starts_with_marker(line) and not P.ORG_LINE.fullmatch(line) and line not in END_LABELS_ALONE \
            and not (P.DATE_LINE.fullmatch(prev) or P.DATE_LOST_MARKS.fullmatch(prev)):
        return True  # 税务总局副局 / 长: the rest of a word cut by a page break (a date is no word: 2025年326 / 附件)
    if wrap and not blank_between and _width(last_piece or prev) >= wrap - 2.5 and not _ends_sentence(prev) \
            and not _starts_new_block(line) and not P.TITLE_END.search(prev):
        return True
    if _completes(prev, line):
        return True
    if _MAIN_SEND_LINE.fullmatch(line) and _main_send_cut(prev):
        return True  # 各区人民政府，市政府各 / 各部门、各直属机构：: the 主送 cut by a page break, one line again
    if P.MAIN_SEND_COLON_LOST.match(prev) and (P.TEXT_OPENS.match(line) or P.main_send_over_day(prev, line)):
        return False  # 各地市学会、各会员及其他有关单位 / 现将……: the 主送, its colon lost, above the 正文
    if prev_whole and len(prev) <= 40 and len(line) <= 20 and P.ORG_LINE.fullmatch(line):
        return False  # a headline or a label, then the name of a unit on a line of its own
    if _unclosed(prev) and not _starts_new_block(line):
        return True  # 《党旗更 / 鲜艳》: a title or quotation cannot end open
    if _BLANKED_NAME_END.search(prev) and _CJK_CHAR.match(line) and len(line) <= 20 \
            and not _SENTENCE_END.search(line) and not _starts_new_block(line):
        return True  # 协办部门：……、xx / 文科技报社: a list's last name, its place blanked, cut after the blank
    if _ends_sentence(prev) or not _WORD_END.search(prev) or _starts_new_block(line):
        return False
    if blank_between and ("\u3000" in prev or prev.startswith(("抄送", "抄报", "主送"))) and _cut_list_line(prev, line):
        return True
    if blank_between and _cut_role_name(prev, line):
        return True
    if P.web_furniture(prev) or P.web_furniture(line):
        return False  # a website's 来源/发布时间 line or breadcrumb is no part of a sentence
    if _TIMESTAMP.fullmatch(prev):
        return False  # 22.04.2015  13:01: a page's time stamp in figures alone is no sentence's beginning
    if blank_between and len(line) <= 120 and _TITLE_OPENS.match(line) and P.TITLE_END.search(line) \
            and not _CLAUSE_END.search(line):
        return False  # a title of its own after a blank line (关于转发《……》的通知)
    short_paragraph = line_whole and len(line) <= 40 and not _SENTENCE_END.search(line)
    marker = P.starts_with_marker(prev)
    if marker and not _SENTENCE_END.search(prev):
        if _CLOSING_REQUEST.match(line) and not _PUNCT.search(prev[marker[3]:]):
            return False  # the list's last entry (7、参观科技馆) then the closing request (请各单位积极组织……)
        if blank_between and prev.endswith(OPEN_ENDS) and _CJK_CHAR.match(line):
            return True  # 1．请 / 各省辖市…科协于…前将…: a heading never ends on a word that asks for its object
        if not blank_between and prev.endswith(OPEN_ROLES) and _CJK_CHAR.match(line) and not _starts_new_block(line):
            return True  # 2.各省……科协分管 / 改革工作的领导同志: a role's verb that asks for its field
        if blank_between and len(prev) - marker[3] <= _SHORT_HEADING and len(line) > 20 \
                and _ends_sentence(line) and marker[0] != 5 and lines is not None \
                and _sibling_alone(prev, lines, at):
            return False  # （一）值班时间 / 试运行期为……。 where the next （二） also stands alone: this section writes its
            # headings on their own lines, though another section wrote heading and text on one
        if inline_style.get(marker[0], False) or marker[0] == 5 or len(prev) > 60:
            return True  # this level writes heading and text on one line (一是…, ①… always do): the line was cut
        if blank_between and len(prev) - marker[3] < AMBIGUOUS_HEADING and len(line) <= 20 \
                and not _SENTENCE_END.search(line):
            return True  # （二）强 / 化经费保障: a heading cut after its first characters
        if blank_between and _cut_heading(prev[marker[3]:], line) \
                and not (lines is not None and _repeat_length(prev, line) == 1 and _sibling_alone(prev, lines, at)):
            return True  # (（二）主要任务 / 务必……, its sibling （三）保障措施 alone too: a heading alone, and a word)
        if blank_between and blanks_break and not wrap and marker[0] != 5 and len(line) <= _HEADING_REST \
                and not _SENTENCE_END.search(line) and not _DIGIT.search(line) and "：" not in line:
            return True  # 一、深入学习贯彻习近平新时代中 // 国特色社会主义思想……的领导 / 把学习……: where paragraphs follow each
            # other without blank lines, the line under the page break that ends no sentence is the heading's rest,
            # though the next paragraph follows it at once
        # a heading alone on its line stays, unless what follows is the rest of it (二、深 / 入学习……文件):
        # too short to be a heading, or the break printed its last character again
        if not short_paragraph or P.ORG_LINE.fullmatch(line) or next_repeats:
            return False
        if "：" in line or ":" in line:
            return False  # （二）主题 / 百年回望：……: a line with a label's colon is a statement of its own
        if prev[marker[3]:].strip() in LABEL_HEADINGS:
            return False  # （一）时间 / 2022年5月21—28日: a notice's label heading is a whole word, its value under it
        if blank_between and blanks_break and marker[0] != 5 and not _DIGIT.search(line):
            return True  # 一、坚持党建引领，强化 / / 政治引领和思想引领: in a text whose paragraphs follow each other
            # without blank lines, the one blank line is a page break inside the heading (a value under a label
            # heading, 2023年5月12日, stands on the next line with no blank line before it)
        return len(prev) - marker[3] < AMBIGUOUS_HEADING or _repeat_length(prev, line) == 1
    if _repeat_length(prev, line) >= 2:
        return True
    if _standalone(prev):
        return False
    if len(prev) <= 40 and not _PUNCT.search(_HEADLINE_LEAD.sub("", prev)) \
            and (P.EVENT_LEAD.match(line) or P.reports_held_event(line)):
        return False  # 仙居县科协召开……部署会 / 3月7日下午，……会议在……召开: a headline, then the report's lead
        # (a 动态 column's headline may name its unit first: 新乡市科协：传达学习…… / 4月7日，……)
        # (为深入贯彻……，3月18日，……会议召开，: the lead may say what the event was for first)
    if len(prev) <= 40 and P.HEADLINE_VERB_END.search(prev) and not _PUNCT.search(_HEADLINE_LEAD.sub("", prev)) \
            and _DAY_OPENING.match(line):
        return False  # ……青年科学家论坛在北京召开 / 10月26-28日，由……主办: the headline closed on its event's verb, the
        # lead its days (however far its own verb)
    if P.OWN_DATELINE.match(line):
        return False  # 本刊讯 5月15日上午，……: a report's lead opens its paragraph, under a photo's caption too
    # a headline may name its place or unit first: 宜昌：“院士专家进企业”活动启动
    headline = prev_whole and len(prev) <= 40 and not _PUNCT.search(_HEADLINE_LEAD.sub("", prev))
    if blank_between and headline and len(prev) <= 30 and not _repeat_length(prev, line):
        return False  # a headline or title: a short paragraph of its own
    return blank_between or len(prev) >= 20


# a report's lead opening with the day or days of its event (10月26日，…; 10月26-28日，…)
_DAY_OPENING = re.compile(r"^\d{1,2}月\d{1,2}(?:[-－—至]\d{1,2})?日(?:[上下]午|晚上?)?[，,]")
_TIMESTAMP = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?:[\s\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?")
# 关于…的通知, or the issuer's name first (浏阳市人民政府办公室关于印发…的通知)
# the sentence that closes a notice after its list: 请各单位……, 希望……, 特此通知
_CLOSING_REQUEST = re.compile(r"^(?:请|希望|望|特此)")
_TITLE_OPENS = re.compile(rf"^(?:关于|印发|转发)|^[{CJK}（）]{{2,30}}?(?:关于|印发|转发)")
_SEAM = 200  # a bracket pair cut by a break is at most this far from it


# a character that ties what follows to the word before it: no heading or paragraph opens with it (的确 does)
_BOUND_OPENING = re.compile("^的(?!确)")
_CLAUSE_SPLIT = re.compile("[，、；：,;:]")


def _cut_heading(heading: str, line: str) -> bool:
    """A page break inside an item's heading, seen from its two pieces: the break printed the heading's last
    character again (并由分管领导签 / 签批。), the line goes on with 的 (……思想和党 / 的十九大精神), or the heading's
    last word is a single character, which names nothing (4、会 / 员编号。, 科技竞赛、评 / 比活动, ……制度，工 / 作会议由)."""
    if not _CJK_CHAR.match(line):
        return False
    if _repeat_length(heading, line) == 1 or _BOUND_OPENING.match(line):
        return True
    last = _CLAUSE_SPLIT.split(heading)[-1]
    return len(last) == 1 and bool(_CJK_CHAR.match(last))


def _first_level(line: str) -> bool:
    """三、主办单位…学生会 / 、活动安排: after a first-level item's line, a paragraph of its own that opens with 、 is
    the next heading whose numeral the page lost, not the rest of the line above."""
    marker = P.starts_with_marker(line)
    return bool(marker) and marker[0] == 1


def _join(prev: str, rest: str) -> str:
    """prev + rest; a bracket or punctuation mark cut by the break is whole again only now, so the
    neighbourhood of the seam (and only that: the rest was repaired already) is normalised once more."""
    edge = prev[-2:] + rest[:2]
    if not (_HALF_WIDTH_LEFT.search(edge) or ("(" in prev[-_SEAM:] and ")" in rest[:_SEAM])):
        return prev + rest
    window = full_width_punctuation(prev[-_SEAM:] + rest[:_SEAM])
    return prev[:-_SEAM] + window + rest[_SEAM:] if len(prev) > _SEAM else window + rest[_SEAM:]


# words that open a phrase and cannot end one: a line that stops after them was cut (请 / 各省辖市科协于……)
OPEN_ENDS = ("请", "各", "将", "把", "于")  # not 的 (目的), 向 (方向), 对 (应对), 由 (理由)
# …and a role's verb before the field it covers (分管 / 改革工作的领导同志, 负责 / 组织实施)
OPEN_ROLES = ("分管", "主管", "负责", "协管")
_HEADING_REST = 60  # at most this long, a line is the rest of a heading a page break cut
_SHORT_HEADING = 12  # a heading this short, without punctuation, may stand alone on its line


def _sibling_alone(prev: str, lines: list[str], i: int) -> bool:
    """Does the next item of prev's level stand alone on its line too (（一）值班时间 … （二） 值班地点)?"""
    marker = P.starts_with_marker(prev)
    if not marker or len(prev) - marker[3] > _SHORT_HEADING or _PUNCT.search(prev[marker[3]:]):
        return False
    for j, later in enumerate(lines[i + 1:i + 40], i + 1):
        later = later.strip()
        found = P.starts_with_marker(later) if later else None
        if found and found[0] == marker[0]:
            # (a sibling on the text's last line, where the copy stops, shows no way of writing headings)
            return len(later) - found[3] <= _SHORT_HEADING and not _PUNCT.search(later[found[3]:]) \
                and any(ln.strip() for ln in lines[j + 1:j + 40])
        if found and found[0] < marker[0]:
            return False
    return False


_DIGIT = re.compile(r"\d")
BLANK_PARAGRAPH_GAPS = 0.1  # at most this share of a text's paragraphs followed by a blank line: blanks are page breaks
_MIN_PARAGRAPHS = 10


def _blanks_break(lines: list[str]) -> bool:
    """Does the text part its paragraphs without blank lines (so that a blank line is a page break)?"""
    filled = [i for i, ln in enumerate(lines) if ln.strip()]
    gaps = sum(1 for a, b in zip(filled, filled[1:]) if b > a + 1)
    return len(filled) >= _MIN_PARAGRAPHS and gaps <= BLANK_PARAGRAPH_GAPS * len(filled)


def join_page_breaks(lines: list[str], written: list[str] | None = None) -> list[str]:
    """Join a sentence that a page break or blank lines cut in two; blank lines between paragraphs remain.
    `written`: the lines as the document writes them, when `lines` are their reading in simplified characters without
    pinyin glosses (發(fā)布日期： 2025.01.07 is a page's date line, not a line of 20 characters cut short): every
    choice is made on the reading, and the lines written so are joined and given back."""
    styles = _heading_styles(lines)
    wrap = _wrap_width(lines)
    blanks_break = _blanks_break(lines)
    out: list[str] = []
    joined: list[str] = []
    pending_blank = False
    prev_whole = True  # whether the last output line began a paragraph (after a blank line or at the top)
    page_break = False
    last_piece = ""
    # a site's column name printed twice (学校要闻 / 学校要闻) is the page's chrome: it, and the headline right under
    # it (a short line without a sentence's mark), each stand alone — the report's first paragraph joins neither
    kept: set[int] = set()
    after_chrome = False
    for i, line in enumerate(lines):
        if line == PAGE_BREAK:
            pending_blank = page_break = True
            continue
        if not line.strip():
            pending_blank = True
            continue
        if pending_blank and len(line) == 1 and out and out[-1].endswith(line) and _CJK_CHAR.match(line):
            continue  # the last character printed again alone at the top of the next page (副总理 / 理)
        # most lines follow one that ended a sentence: nothing more to weigh
        ended = not out or (out[-1][-1] in "。！？；" and line[0] not in "，。、；：）》”！？" and not _unclosed(out[-1]))
        if not ended:
            line_whole = i + 1 >= len(lines) or not lines[i + 1].strip() or _starts_new_block(lines[i + 1].strip())
            following = next((ln for ln in lines[i + 1:i + 4] if ln.strip()), "")
            next_repeats = bool(following) and _repeat_length(line, following) > 0
            # GB/T 9704's signature: the issuer's name on its own line above the date; it goes on no sentence
            # before it (特此通知 / 湖北省科学技术协会 / 2018年6月19日, 地址：…八一路9号普及部 / 鹰潭市科学技术协会)
            # (but 广东 / 省科学技术协会 is one name a page break cut)
            # (a department signs too, and a date may have lost its marks: 总务处 / 一三年四月十日, …协会 / 2023512)
            ended = bool(len(line) <= 30 and P.signature_date_line(following.strip())
                         and (P.ORG_LINE.fullmatch(line) or P.DEPARTMENT.fullmatch(line))
                         and not _completes(out[-1], line))
            # a page's headline: a title that the page's meta lines (来源, 访问量, 更新日期) stand under goes on
            # no line above it (a column name 自身建设, a sidebar's name)
            ended = ended or bool(pending_blank and len(line) <= 120 and P.TITLE_END.search(line)
                                  and not _CLAUSE_END.search(line) and P.web_furniture(following.strip()))
            # …and a report's headline (no kind-of-document word) under a column's name set apart by a blank line
            # (要闻聚焦 / 河南省委宣传部调研科技馆 / 来源：… 发布时间：…): the column's short name leaves nothing open
            ended = ended or bool(pending_blank and 6 <= len(line) <= 60 and len(out[-1]) <= 8
                                  and ":" not in line and "：" not in line
                                  and _CJK_ONLY.fullmatch(out[-1]) and not out[-1].endswith(_OPEN_WORD_ENDS)
                                  and not _CLAUSE_END.search(line) and P.web_furniture(following.strip()))
            # …and a headline over its byline (东湖开发区科协成立 / 新特光电集团 2008-01-15 817) goes on no line above
            # it either (a column's blurb: 报道公司领导重要活动，……及重要事件)
            ended = ended or bool(len(line) <= 60 and not _CLAUSE_END.search(line)
                                  and P.BYLINE_DAY.match(following.strip()))
            # a news headline's second deck on a line of its own under it: the headline does not run into it
            ended = ended or bool(len(out) <= 8 and _deck_under(out[-1], line, following.strip()))
        if not ended and out and (line == out[-1] or len(out) - 1 in kept and pending_blank
                                  or after_chrome and len(line) <= 40 and not _CLAUSE_END.search(line)):
            ended = True
            if line == out[-1] or after_chrome:
                after_chrome = line == out[-1]
                kept.add(len(out) + (1 if pending_blank else 0))
        elif line != (out[-1] if out else None):
            after_chrome = False
        # a line right under a website's breadcrumb opens a block too (当前位置：首页 >> 新闻速递 / 新闻速递)
        whole = ended or prev_whole or len(out) > 1 and bool(out[-2]) and P.web_furniture(out[-2])
        if not ended and _continues(out[-1], line, pending_blank, whole and not page_break, line_whole, styles,
                                    next_repeats, wrap, last_piece, lines, i, blanks_break):
            prev = out[-1]
            out[-1] = _join(prev, line[_repeat_length(prev, line):])
            if written is not None:
                prev = joined[-1]
                joined[-1] = _join(prev, written[i][_repeat_length(prev, written[i]):])
            last_piece = line
            pending_blank = page_break = False
            continue
        if out and pending_blank:
            out.append("")
            joined.append("")
        prev_whole = pending_blank or not out
        out.append(line)
        joined.append(written[i] if written is not None else line)
        last_piece = line
        pending_blank = page_break = False
    return out if written is None else joined


_EDGE_SPACE = " \t\u00a0\u3000\ufeff\u200b"
_QUOTED_CHINESE_LINE = re.compile(r"^[^\n“”]*[“”].*$", re.M)


PAGE_BREAK = "\x0c"  # a line that stands where a page ended (a form feed, or a page number we removed)
# Page numbers a PDF prints between pages (GB/T 9704: — 3 —), and 第3页 共8页: the page break stays, they go.
_PAGE_NUMBER = re.compile(r"^(?:[-—–－~～]+\s*\d{1,3}\s*[-—–－~～]+|第\s*\d{1,3}\s*页(?:\s*[，,/]?\s*共\s*\d{1,3}\s*页)?"
                          r"|\d{1,3}\s*/\s*\d{1,3})$")


def _page_line(line: str) -> bool:
    return line == PAGE_BREAK or bool(_PAGE_NUMBER.match(line))


# A list of people under a role label: 组长：/孙春兰 国务院副总理 — one space there separates a name from a title.
_ROLE_LABEL = re.compile(r"^((?:第一|常务|执行)?副?\s*组\s*长|成\s*员|组\s*员|副?\s*主\s*任|总?召\s*集\s*人)\s*[:：]\s*")
# the name may itself be padded to the width of three characters (马 凯 国务院副总理): the space inside it is
# dropped later with the other stray spaces, the one after it is the column
_NAME_SPACE_TITLE = re.compile(f"^([{CJK}]{{2,4}}|[{CJK}] [{CJK}]) (?=[{CJK}《“（][^\u3000。；！？]{{1,80}}$)")
_SPACE_NOT_BY_A_DIGIT = re.compile(r"(?<!\d) (?!\d)")


def _column_after_name(line: str) -> str:
    """孙春兰 国务院副总理 → 孙春兰　国务院副总理; the title may have spaces only around numbers (第 19 届)."""
    m = _NAME_SPACE_TITLE.match(line)
    if not m or _SPACE_NOT_BY_A_DIGIT.search(line, m.end()):
        return line
    return m.group(1) + "\u3000" + line[m.end():]


# 联系人：胡 健 邓丽群: several people on one 联系人 line, a two-character name padded to the width of three (GB/T 9704's
# alignment); the spaces are the names' separators, and would be lost as stray spaces inside Chinese text
# (联系人：科普部 陈人兢  张炜: the office that answers may stand first, a space before its people; the next label,
# spaced out or not, ends them: 联系人:王海东 苏 婕 电 话:…)
_CONTACT_PEOPLE = re.compile(rf"(联[ \t\u3000]*系[ \t\u3000]*人[ \t\u3000]*[:：][ \t\u3000]*)"
                             rf"(?:([{CJK}]{{1,12}}?(?:部|处|室|科|中心|办|组))[ \t\u3000]+)?"
                             rf"([{CJK}]{{1,4}}(?:[ \t\u3000]+[{CJK}]{{1,4}})+)"
                             rf"(?=[ \t\u3000]*(?:$|[，,；;（(]|联系|电话|手机|\d)"
                             rf"|[ \t\u3000]+(?:{P.spaced_labels(P.LABELS_AFTER_NAME)})[ \t\u3000]*[:：])", re.M)
_OFFICE_WORD = re.compile(r"(?:部|处|室|科|中心|办|组)$")


def _contact_people(m: re.Match) -> str:
    names = P.join_padded(re.split(r"[ \t\u3000]+", m.group(3)))
    if len(names) < 2 or any(not 2 <= len(n) <= 4 or _OFFICE_WORD.search(n) or n in P.PHONE_PURPOSES for n in names):
        return m.group(0)  # one name padded apart (王　明), an office before the person (办公室 王明), or what the
        # next phone is for (王明 咨询电话：)
    # a full-width space between them: the spec gives the contact "as written", and the page wrote a space, which the
    # stray-space repair would otherwise take out
    return m.group(1) + (m.group(2) + "\u3000" if m.group(2) else "") + "\u3000".join(names)


# 科技部政策体改司 许佳军 刘育新 / 联系电话：…: under a 联系方式 heading, an office's line with its people a space apart
# (several offices' contacts one block each); the spaces part office and people, kept full-width
_OFFICE_PEOPLE = re.compile(rf"(?m)^([{CJK}]{{2,16}}?(?:{'|'.join(P.CONTACT_OFFICE_ENDS)}))[ \t]+"
                            rf"([{CJK}]{{2,4}}(?:[ \t]+[{CJK}]{{2,4}})*)[ \t]*$(?=\n[ \t\u3000]*(?:联系)?(?:电话|手机))")


def office_people_apart(text: str) -> str:
    return _OFFICE_PEOPLE.sub(lambda m: m.group(1) + "\u3000" + "\u3000".join(m.group(2).split()), text)


def contact_people_apart(text: str) -> str:
    """联系人：刘 涟 万雪营 → 联系人：刘涟　万雪营 (the padded name is one, the space between people a separator)."""
    return _CONTACT_PEOPLE.sub(_contact_people, text)


def mark_list_columns(text: str) -> str:
    """In a list of people under 组长：/成员：, the single space between a name and its title is a column
    (孙春兰 国务院副总理), not a stray space inside Chinese text; it becomes a full-width space."""
    out, in_list = [], False
    for line in text.split("\n"):
        label = _ROLE_LABEL.match(line) if ("：" in line or ":" in line) else None
        if label:
            in_list = True
            out.append(line[:label.end()] + _column_after_name(line[label.end():]))
            continue
        if in_list and line.strip():
            marked = _column_after_name(line)
            # the list goes on through a line a page break cut off, and ends at a sentence or a numbered item
            in_list = marked != line or not ("。" in line or len(line) > 80 or P.starts_with_marker(line.strip()))
            line = marked
        out.append(line)
    return "\n".join(out)


# A page that ran the whole notice into one line still spaces its signature and date apart at the end:
# ……的通知 新乡市科学技术局 2017年6月22日. The spaces go with the other stray spaces, so they are read now.
_RUN_ON_SIGNATURE = re.compile(rf"(?<=\S)[ \u3000]+([{CJK}（）]{{2,30}})[ \u3000]+(\S{{0,6}}[ \u3000]?年[ \u3000]?\S{{1,3}}[ \u3000]?月[ \u3000]?\S{{1,3}}[ \u3000]?日)$")


def signature_apart(text: str) -> str:
    """Only lines that end with 日 are looked at (found with str.find, which costs next to nothing)."""
    pieces, start = [], 0
    end = text.find("日\n")
    ends = []
    while end >= 0:
        ends.append(end + 1)
        end = text.find("日\n", end + 2)
    if text.endswith("日"):
        ends.append(len(text))
    for line_end in ends:
        line_start = text.rfind("\n", 0, line_end) + 1
        m = _RUN_ON_SIGNATURE.search(text, line_start, line_end)
        if m and P.ORG_LINE.fullmatch(m.group(1)) and P.DATE_LINE.fullmatch(m.group(2)):
            pieces.append(text[start:m.start()] + "\n" + m.group(1) + "\n" + m.group(2))
            start = line_end
    return "".join(pieces) + text[start:] if pieces else text


# A post that ran a 公文's head into one paragraph, its line breaks become spaces (a forum's lead-in, then
# 中国科协办公厅关于……的通知 科协办函普字〔2023〕102号 各全国学会、……各有关单位:): the head's three parts — title,
# 字号, 主送 — each go back to a line of their own, as GB/T 9704 lays them out; and at the end the signature and its
# date (中国科协办公厅 2023年12月27日 附件的名称…) stand apart from what follows them
_KIND_WORDS = "|".join(sorted(P.TITLE_WORDS, key=len, reverse=True))
_RUN_ON_HEAD = re.compile(rf"(?:^|[ \u3000\u00a0]+)([^\s《》]{{6,100}}?(?:{_KIND_WORDS}))[ \u3000\u00a0]+"
                          rf"([{CJK}A-Za-z]{{1,14}}[〔\[【［(（](?:19|20)\d\d[〕\]】］)）][{CJK}]{{0,4}}\d{{1,5}}号)[ \u3000\u00a0]+"
                          rf"([^\s]{{2,300}}[:：])[ \u3000\u00a0]*$", re.M)
_RUN_ON_SIGNED = re.compile(rf"^([{CJK}（）]{{2,30}})[ \u3000\u00a0]+((?:19|20)\d\d\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日)[ \u3000\u00a0]+(\S.*)$",
                            re.M)


def run_on_head_apart(text: str) -> str:
    if "号 " in text or "号\u3000" in text:
        text = _RUN_ON_HEAD.sub(lambda m: "\n\n" + "\n".join(m.groups()), text)
    if "日 " in text or "日\u3000" in text:
        text = _RUN_ON_SIGNED.sub(lambda m: "\n".join(m.groups()) if P.ORG_LINE.fullmatch(m.group(1)) else m.group(0),
                                  text)
    return text


# GB/T 9704's joint signature: the bodies that issue together stand side by side above the date, spaced apart
# (科学技术部 中共中央宣传部 / 中 国 科 协 / 二O一O年五月十四日); the 主办机关 comes first.
_SPACE_RUN = re.compile(r"[ \u3000\u00a0]+")


_SIDE_BY_SIDE = re.compile(rf"^[ \u3000\u00a0]*[{CJK}（）]{{2,30}}(?:[ \u3000\u00a0]+[{CJK}（）]{{2,30}})+[ \u3000\u00a0]*$", re.M)


def joint_signature_apart(text: str) -> str:
    """Each body of a joint signature on a line of its own (before stray spaces go, which would glue them)."""
    pieces, start = [], 0
    for m in _SIDE_BY_SIDE.finditer(text):
        names = _SPACE_RUN.split(m.group(0).strip(_EDGE_SPACE))
        # a ministry or department signs too (科学技术部, 中共中央宣传部): 部 names no organisation elsewhere; so does
        # an office by its short name (河南省科协　河南省文明办)
        if not all(P.ORG_LINE.fullmatch(n) or n.endswith("部") or P.SHORT_OFFICE.fullmatch(n) for n in names):
            continue
        below = [ln.strip(_EDGE_SPACE) for ln in text[m.end():m.end() + 120].split("\n", 6)[1:6] if ln.strip(_EDGE_SPACE)]
        if any(P.DATE_LINE.fullmatch(b) or P.DATE_LOST_MARKS.fullmatch(b) for b in below[:2]):
            pieces.append(text[start:m.start()] + "\n".join(names))
            start = m.end()
    return "".join(pieces) + text[start:] if pieces else text


# A site's 联系我们 block (a sidebar or header: its 联系人 a body, 电话, 传真, 邮政编码, 网址, 地址), printed above the
# page's headline: the site's, not the document's — its lines would join the headline and give the site's phone
SITE_CONTACT_HEADINGS = ("联系我们",)
SITE_CONTACT_LABELS = ("联系人", "电话", "联系电话", "传真", "邮政编码", "邮编", "网址", "地址", "邮箱", "电子邮箱", "E-mail",
                       "Email", "QQ")
_SITE_CONTACT_LINE = re.compile(r"^(?:" + "|".join(SITE_CONTACT_LABELS) + r")\s*[:：]")
SITE_BLOCK_TOP = 40  # lines: a block this far down is the document's own (a notice's 联系我们 at its end)


def drop_site_contact_block(lines: list[str]) -> list[str]:
    for i, line in enumerate(lines[:SITE_BLOCK_TOP]):
        if line.strip(" \u3000:：") not in SITE_CONTACT_HEADINGS:
            continue
        end, labelled = i + 1, 0
        while end < len(lines) and (not lines[end].strip() or _SITE_CONTACT_LINE.match(lines[end].strip())):
            labelled += bool(lines[end].strip())
            end += 1
        if labelled >= 3 and len(lines) - end > 5:
            return lines[:i] + lines[end:]
    return lines


# The one-character numerals of Unicode's enclosed forms are the markers written out (their compatibility
# decomposition): ⒈…⒛ are 1. … 20., ⑴…⒇ are (1) … (20), ㈠…㈩ are (一) … (十). ①…⑳ stay: the spec reads them as they are.
_ENCLOSED = re.compile("[\u2474-\u249b\u3220-\u3229]")
ENCLOSED_NUMERALS = {**{chr(0x2488 + i): f"{i + 1}." for i in range(20)},
                     **{chr(0x2474 + i): f"({i + 1})" for i in range(20)},
                     **{chr(0x3220 + i): f"({d})" for i, d in enumerate("一二三四五六七八九十")}}


def enclosed_numerals_written_out(text: str) -> str:
    return _ENCLOSED.sub(lambda m: ENCLOSED_NUMERALS[m.group(0)], text) if _ENCLOSED.search(text) else text


# A converter that ran a document's lines into one long line left a space where each line broke (a law site's page:
# …市广电局 3.实施大众传媒科技传播能力建设工程 牵头部门:市委宣传部 责任单位:… 五、工作进度 …). Such a line — long, with
# outline markers standing after spaces — gets its line breaks back before each spaced marker and each role's label
# (an activity's 时间：/地点： under its 责任单位：, and the end matter's 联系人：, 附件：);
# the other spaces stay (一、申报时间 受理截止时间为…: a heading and its text, as a reader of the line takes them).
# (OCR writes a sentence's stop half-width: 受理截止时间为2017年7月5日. 二、申报地点 …)
_SPACED_MARKER = (r"(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.．、](?!\d)"
                  r"|[（(]\d{1,2}[)）])")
_SPACED_ROLE = (r"(?:(?:牵头|责任|负责|配合|参与|协办|承办)(?:单位|部门|领导|科室|处室)|附\s*件|联系人|时\s*间|地\s*点|完成时限)"
                r"\s*[:：]")
_RUN_ON_MARKER = re.compile(rf"[ \u3000\u00a0]+{_SPACED_MARKER}(?=[ \u3000]?[{CJK}“《])")
_RUN_ON_BREAK = re.compile(rf"(?<=[{CJK}。；：，、）)”》！？!?;:.])[ \u3000\u00a0]+(?={_SPACED_MARKER}[ \u3000]?[{CJK}“《])"
                           rf"|(?<=[{CJK}\d。；：，、）)”》！？!?;:])[ \u3000\u00a0]+(?={_SPACED_ROLE})")
RUN_ON_LINE = 200  # characters: a line this long with two spaced markers is a document run into one line


# 1.評選標準:(1)想象力(2)科學性(3)繪畫水平: a label's value that lists its numbered points, each a few words without a
# mark, on the label's line; they are the label's sub-items, each on a line of its own (numbered 1, 2, 3 … in order)
_INLINE_POINTS = re.compile(r"(?<=[:：])((?:[（(]\d[）)][^（）()\n，。；、,;:：]{1,12}){3,})$", re.M)
_POINT = re.compile(r"[（(](\d)[）)]")


def inline_points_apart(text: str) -> str:
    def apart(m: re.Match) -> str:
        numbers = [int(n) for n in _POINT.findall(m.group(1))]
        if numbers != list(range(1, len(numbers) + 1)):
            return m.group(0)
        return _POINT.sub(lambda p: "\n" + p.group(0), m.group(1))
    return _INLINE_POINTS.sub(apart, text)


# 第一条 为规范……。第二条 本办法适用于……: a regulation's articles (and chapters) a converter ran into one line; each
# article opens a line of its own (GB/T 9704 and the drafting rules start every 条 anew), where a stop or a space stands
# before it (根据本办法第五条规定 cites an article) and the articles on the line run in order
# (a copy in traditional characters writes 條; a page whose separator was lost in conversion shows ? after the number:
# 第1章 總 則 第1條? 根據……。 第二條? 本辦法所稱……)
_ARTICLE_RUN = re.compile(r"(?:(?<=[。；;])|[ \u3000\u00a0]+)(?=第([一二三四五六七八九十百零〇\d]{1,5})([条條章])[ \u3000]*"
                          r"(?:[?？][ \u3000]*)?[\u4e00-\u9fff“《（(])")
# the lost separator itself: no text of the article (a heading read to the first ？ would be empty)
_LOST_ARTICLE_SEPARATOR = re.compile(r"(?m)^(第[一二三四五六七八九十百零〇\d]{1,5}[条條])[ \u3000]*[?？][ \u3000]*"
                                     r"(?=[\u4e00-\u9fff“《（(])")


def articles_apart(text: str) -> str:
    lines = text.split("\n")
    last = 0  # the last article read so far
    for i, line in enumerate(lines):
        if "条" not in line and "條" not in line:
            continue
        opening = _ARTICLE_AT_START.match(line)
        found = list(_ARTICLE_RUN.finditer(line)) if len(line) >= RUN_ON_ARTICLES else []
        articles = [P.cn_number(m.group(1)) for m in ([opening] if opening else []) + found if m.group(2) in "条條"]
        if not articles:
            continue
        # the articles on the line run in order, and on from the one before (…（四）……建设。第七条 after 第六条)
        runs = all(b == a + 1 for a, b in zip(articles, articles[1:])) and (len(articles) >= 2 or articles[0] == last + 1)
        if found and runs:
            lines[i] = _ARTICLE_RUN.sub("\n", line).lstrip("\n")
        if runs or opening:
            last = articles[-1] or last
    text = "\n".join(lines)
    return _LOST_ARTICLE_SEPARATOR.sub(r"\1 ", text) if "?" in text or "？" in text else text


_ARTICLE_AT_START = re.compile(r"第([一二三四五六七八九十百零〇\d]{1,5})([条條])")
RUN_ON_ARTICLES = 20  # characters: the shortest line that may hold two articles


# a page's posting time to the second (2020-02-08 15:46:41) run together with the item list under it (…15:46:411.吉林省
# 健康管理学会：…): the seconds have two digits, so what follows them is the first item's marker; the stamp stands on a
# line of its own, apart from the deck before it as well
_GLUED_STAMP = re.compile(rf"[ \t\u3000]*((?:19|20)\d\d-\d{{1,2}}-\d{{1,2}}[ \t\u3000]+\d{{1,2}}:\d\d:\d\d)(?=\d{{1,2}}[.．、][{CJK}])")


# (the stamp's seconds run into a digit: a text without that has no glued stamp, and skips the whole-text pass)
_GLUED_SECONDS = re.compile(r":\d\d:\d\d\d")


def glued_stamp_apart(text: str) -> str:
    if not _GLUED_SECONDS.search(text):
        return text
    def apart(m: re.Match) -> str:
        before = "\n" if m.start() > 0 and text[m.start() - 1] != "\n" else ""
        return before + m.group(1) + "\n"
    return _GLUED_STAMP.sub(apart, text)


def run_on_lines_apart(text: str) -> str:
    if " " not in text and "\u3000" not in text:
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if len(line) >= RUN_ON_LINE:
            if len(_RUN_ON_MARKER.findall(line)) >= 2:
                lines[i] = _RUN_ON_BREAK.sub("\n", line)
        elif (" " in line or "\u3000" in line) and _spaced_children(line):
            lines[i] = _RUN_ON_BREAK.sub("\n", line)
    return "\n".join(lines)


def _spaced_children(line: str) -> bool:
    """一、组织机构 （一）主办 … （二）承办 … （三）机构 …: a heading whose sub-items a page ran onto its line a space
    apart (a line shorter than a run-on document): the spaced markers are one level below the line's own marker and
    count 1, 2, 3 … from the first."""
    first = P.starts_with_marker(line)
    if not first:
        return False
    found = [P.starts_with_marker(m.group(0).lstrip(" \u3000\u00a0")) for m in _RUN_ON_MARKER.finditer(line)]
    return len(found) >= 2 and all(f and f[0] == found[0][0] > first[0] and f[1] == n
                                   for n, f in enumerate(found, 1))


# A document-sharing site's preview of an uploaded file (上传人：… 文档编号：… 上传时间：… 格式：DOCX 页数：5 大小：…, or
# ID/大小/页数/时间 a line each): those lines say when the file went up and how big it is, not when the document was
# written; the file's name (全区科技活动整体实施方案.docx, 《…方案》由会员上传分享…) is the document's title as the uploader
# gave it; and the site numbers the chunks it cut the text into (1、 at the text's start, 2、 where the next chunk
# begins, often inside a sentence: 与市科技局、市科协 / 2、、市教育局), which number nothing of the document's.
SHARING_LABELS = ("上传人", "文档编号", "上传时间", "格式", "页数", "大小", "ID", "时间", "浏览记录")
_SHARING_PAGE = re.compile(r"页数\s*[:：]\s*\d+")
_SHARING_LABEL = "(?:" + "|".join(SHARING_LABELS) + ")"
_SHARING_META = re.compile(rf"^{_SHARING_LABEL}(?:\s*[:：](?:[^:：]*?(?=\s*{_SHARING_LABEL}\s*[:：])|[^:：]*$)\s*"
                           rf"(?:{_SHARING_LABEL}\s*[:：][^:：]*?(?=\s*{_SHARING_LABEL}\s*[:：]|$)\s*)*)?$")
_SHARED_FILE = re.compile(r"^(?:《([^《》\n]{4,80})》由\S{0,8}(?:上传|分享)|([^\s《》/\\]{4,80})\.(?:docx?|wps|pdf|txt)$)")
_CHUNK_NUMBER = re.compile(r"^(\d{1,3})、")
# the site's notes under a preview, on what comes with the file (配套讲稿：, 特殊限制：, 关于本文)
SHARING_TRAILERS = ("配套讲稿", "特殊限制", "关于本文")
_SHARING_TRAILER = re.compile(r"(?:^|\s-\s*|-\s)(?:" + "|".join(SHARING_TRAILERS) + r")\s*[:：]")
# the line a sharing site prints over the preview, without its meta lines (《…docx》由会员分享，可在线阅读，更多相关《…》请在…
# 上搜索), or the words it says its members' uploads with ((6页珍藏版), 此资料由网络收集而来)
SHARING_LINES = ("由会员分享", "由会员上传", "可在线阅读", "免费在线阅读", "页珍藏版", "分享文档赚钱", "此资料由网络收集而来")
_SHARING_LINE = re.compile("|".join(SHARING_LINES))


def sharing_page(head: str) -> bool:
    return bool(_SHARING_PAGE.search(head) and ("上传" in head or "大小" in head) or _SHARING_LINE.search(head))


def sharing_preview_repaired(lines: list[str]) -> list[str]:
    text = "\n".join(lines[:60])
    if not sharing_page(text):
        return chunk_numbers_dropped(lines)
    out: list[str] = []
    titled, chunk = False, 1
    for line in lines:
        if _SHARING_META.match(line):
            continue
        trailer = _SHARING_TRAILER.search(line)
        if trailer:
            # the site's notes on the file after the preview (- 配套讲稿：如PPT文件的首页显示word图标……): the copy ends
            if line[:trailer.start()].strip():
                out.append(line[:trailer.start()].rstrip(" -"))
            break
        shared = _SHARED_FILE.match(line)
        if shared and not titled:
            out.append(shared.group(1) or shared.group(2))
            titled = True
            continue
        m = _CHUNK_NUMBER.match(line)
        if m and int(m.group(1)) == chunk:
            line = line[m.end():]
            chunk += 1
            while chunk > 2 and out and not out[-1]:
                out.pop()  # the blank line the site put between two chunks
            if chunk > 2 and out and not _ends_sentence(out[-1]):
                out[-1] += line  # the chunk cut a sentence: it goes on
                continue
        out.append(line)
    return out


# A sharing site's chunk numbers where the copy lost the site's own lines: 1、 opens the text, and each later number
# (2、 3、 …) stands where a chunk of several hundred characters was cut inside a sentence (…6场及以 / 2、上；…). A list's
# numbers open items after one that ended, or after a heading; a chunk's cut a sentence every time.
CHUNK_LENGTH = 150  # characters at least in each chunk before a number
CHUNK_OPENS_WITHIN = 3  # lines: the 1、 stands among the text's first lines (a heading or the file's name above it)
CUT_PARAGRAPH = 40  # characters at least on the line a later number cuts
_HALF_WIDTH_ENDS = frozenset('.;:!?)"')


def chunk_numbers_dropped(lines: list[str]) -> list[str]:
    numbered = [(i, int(m.group(1))) for i, m in ((i, _CHUNK_NUMBER.match(ln)) for i, ln in enumerate(lines)) if m]
    if not numbered or numbered[0][1] != 1 or sum(1 for ln in lines[:numbered[0][0]] if ln) >= CHUNK_OPENS_WITHIN:
        return lines  # the site's 1、 opens the text, before any number of the document's own
    run: list[int] = [numbered[0][0]]
    for i, n in numbered[1:]:
        if n != len(run) + 1:
            continue
        chunk = lines[run[-1]:i]
        before = next((ln for ln in reversed(chunk) if ln), "")
        # a paragraph cut inside a sentence (the marks are still as the page wrote them: half-width ones end a sentence
        # too); a list's entry above the next (附件：1、…方案 / 2、…) is no paragraph
        if not _ends_sentence(before) and before[-1:] not in _HALF_WIDTH_ENDS and len(before) >= CUT_PARAGRAPH \
                and sum(len(ln) for ln in chunk) >= CHUNK_LENGTH:
            run.append(i)  # (the document's own 2、 opens an item after one that ended: it stays)
    if len(run) < 2:
        return lines
    out: list[str] = []
    at = set(run)
    for i, line in enumerate(lines):
        if i not in at:
            out.append(line)
            continue
        line = line[_CHUNK_NUMBER.match(line).end():]
        if i != run[0]:
            while out and not out[-1]:
                out.pop()  # the blank line between two chunks
            if out:
                out[-1] += line  # the chunk cut a sentence: it goes on
                continue
        out.append(line)
    return out


# GB/T 9704 sets the title, the 主送 and the 正文 on lines of their own; a copy that lost the line breaks runs them
# together (关于开展……工作的通知各县区（开发区）科协：为规范……). A line that opens with a 公文's title (关于 or 的 before its
# kind word) glued to an addressed 主送 (各…：) splits at the title's kind word and after the 主送's colon.
_TITLE_THEN_MAIN_SEND = re.compile(rf"(?:^|(?<=[。：:！？】]))([^。；：:！？\s【】]{{4,100}}?(?:{_KIND_WORDS}))"
                                   rf"((?:[（(]?[{CJK}A-Za-z]{{1,14}}[〔\[【［(（](?:19|20)\d\d[〕\]】］)）][{CJK}]{{0,4}}\d{{1,5}}号[）)]?)?)"
                                   rf"((?:(?!的|{_KIND_WORDS})[{CJK}]){{0,6}}?各[^。；：:！？\n]{{1,60}}[:：])(?=\S)", re.M)
# (the 主送 may name whose before 各: 机关各科室, 部属各高等学校, 某某区各相关中、小学校 — never the end of the title, 的通知各)


# …and where the 主送 follows the 字号 (……〔2019〕82号各省级学会、协会、研究会，各设区市科协：为全面落实……) or the page's
# dated line (……2025-03-04 08:57各全国学会、……：) rather than the title: the 主送 (各…, ending on a body, then its colon)
# stands on its own line before the 正文.
_GLUED_MAIN_SEND = re.compile(rf"(?<=[号號\d）)\]】|])[ \t\u3000]*(各[^。；：:！？\n]{{1,120}}?[:：])(?=[{CJK}“《（(\d])")
GLUED_MAIN_SEND_LINE = 100  # characters: only a line this long may hold a run-on head


def main_send_apart(text: str) -> str:
    def apart(m: re.Match) -> str:
        to = m.group(1)[:-1].replace(")", "）")
        if not (to.endswith(P.RECIPIENT_ENDS) or to.endswith("）")):
            return m.group(0)
        return "\n" + m.group(1)[:-1] + "：\n"  # (the colon full-width, as the line's end no longer shows it is Chinese)
    return "\n".join(_GLUED_MAIN_SEND.sub(apart, line) if len(line) >= GLUED_MAIN_SEND_LINE and "各" in line else line
                     for line in text.split("\n"))


# A web page that lost its line breaks glues its labels to the headline (关于举办……的通知发布日期：2011-04-01浏览次数：……):
# a label right after a 公文's title (its kind word) opens a line of its own, as it stood on the page.
# (the first lookahead, a label's first character, only spares the engine the labels where none can start)
_WEB_LABEL_GLUED = re.compile(rf"(?=[{''.join(sorted({w[0] for w in P.WEB_LABELS}))}])(?<=[{CJK}》）)])(?=(?:{'|'.join(sorted(P.WEB_LABELS, key=len, reverse=True))})\s*[:：])")


_KIND_AT_END = re.compile(rf"(?:{_KIND_WORDS})$")


def web_labels_off_title(text: str) -> str:
    def off(line: str) -> str:
        for m in _WEB_LABEL_GLUED.finditer(line):
            title = line[:m.start()]
            if _KIND_AT_END.search(title) and P.formal_title(title.replace("關於", "关于").replace("關于", "关于")):
                return title + "\n" + line[m.start():]
        return line
    # (a label is followed by its colon: a line without one is not searched)
    return "\n".join(off(line) if len(line) > RUN_ON_LINE and ("：" in line or ":" in line) else line
                     for line in text.split("\n"))


def title_apart_from_main_send(text: str) -> str:
    def apart(m: re.Match) -> str:
        title, number_after, to = m.groups()
        head = ""
        if "号" in title:
            title = normalise_doc_number_brackets(title)  # (邯科协字[2023]17号: the brackets as they will be)
        number = P.DOC_NUMBER.search(title) if "号" in title else None
        if number:
            # the 发文机关标志 and 字号 run into the title too (某某市科学技术协会某科协字〔2023〕17号关于……的通知): they
            # stay before it, as they stood
            head, title = title[:number.end()], title[number.end():]
            mark = next((k for k in range(3, min(len(head) - 6, 32)) if P.ORG_LINE.fullmatch(head[:k])
                         and P.DOC_NUMBER.fullmatch(head[k:])), None)
            head = (head[:mark] + "\n" + head[mark:] if mark else head) + "\n"
        if not P.formal_title(title.replace("關於", "关于").replace("關于", "关于")):
            return m.group(0)
        # (the 字号 under the title, its brackets kept as written: 的通知（科协调发调字〔2007〕16号）各有关全国学会：)
        return head + title + "\n" + (number_after + "\n" if number_after else "") + to[:-1] + "：\n"
    # (only a line that holds 各 and a colon can hold a 主送: the others are not searched)
    return "\n".join(_TITLE_THEN_MAIN_SEND.sub(apart, line) if "各" in line and ("：" in line or ":" in line) else line
                     for line in text.split("\n"))


# A signature block run into the text (……请各单位积极填报。附件：《……》某某区科技局2022年4月12日联系人：……): a body's name
# right before a full date, after a sentence (or a quoted title, the closing formula 特此通知, the contact's telephone
# number or mailbox) ends, and before the end matter (联系人, 附件, 抄送, 印发, 主题词, （此件公开发布）), the document it issues
# (现将《X》印发给你们。……2022年3月1日X……) or the line's end, is the signature and its date, each on a line of its own as
# GB/T 9704 sets them. (市科协2022年4月12日召开会议: a sentence's subject and its day, followed by what happened, is none.)
_SIGNED_DATE = (r"((?:(?:19|20)\d\d|[〇○零一二三四五六七八九O]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月"
                r"\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)")
# (the first lookbehind, the last character of any of the others, only spares the engine trying them all everywhere)
_SIGNATURE_RUN_IN = re.compile(rf"(?<=[。！？；》”）)知告\dmn])(?:(?<=[。！？；》”）)])|(?<=特此通知)|(?<=特此公告)|(?<=特此函告)|(?<=\d{{5}})|(?<=\.com)|(?<=\.cn))"
                               rf"([{CJK}（）()]{{2,30}}?)\n?{_SIGNED_DATE}")
_AFTER_SIGNATURE = re.compile(r"[ \t\u3000]*(?:$|联系|附\s*件|抄\s*[送报]|印发|主题词|[（(](?:此件|联系))", re.M)
ISSUED_TITLE_START = 8  # characters of the issued document's title that must follow the date
ISSUED_TITLE_BEFORE = 3000  # characters before the date where the notice names it (its title, its first sentence)
_NOTE_AFTER_DATE = re.compile(r"[（(]此件[^（）()\n]{0,12}[）)]")
_ATTACHMENT_AFTER_DATE = re.compile(r"附\s*件\s*\d{0,2}\s*[:：]?")


def _closes_signature(text: str, end: int) -> bool | str:
    """What may follow a signature's date: the end matter (True), the title of the document the notice issues (that
    title), or nothing else (False)."""
    # GB/T 9704's 附注 under the date (（此件公开发布）), or the label of the attachment that follows (附件 / 附件1：)
    note = _NOTE_AFTER_DATE.match(text, end) or _ATTACHMENT_AFTER_DATE.match(text, end)
    if note and not _AFTER_SIGNATURE.match(text, note.end()):
        issued = _closes_signature(text, note.end())
        return note.group(0) + "\n" + issued if isinstance(issued, str) else True
    if _AFTER_SIGNATURE.match(text, end):
        return True
    head = text[end:end + ISSUED_TITLE_START]
    at = text.rfind("《" + head, max(0, end - ISSUED_TITLE_BEFORE), end) if len(head) == ISSUED_TITLE_START else -1
    close = text.find("》", at) if at >= 0 else -1
    issued = text[at + 1:close] if 0 <= close < end else ""
    return issued if issued and text.startswith(issued, end) else False


# …and after the 附件 line's last name, which ends on a document's kind or a file's extension (附件：2025年部分市级个人
# 科技特派员调整名单某某市联席会议办公室（某某市科学技术局代章）2025年3月27日 / 附件：…管理办法.pdf中国科协办公厅2024年12月30日)
ATTACHMENT_NAME_ENDS = P.TITLE_WORDS + ("名单", "表", "清单", "目录", "指南", "回执", ".pdf", ".docx", ".doc", ".xlsx",
                                        ".xls", ".wps")
_ATTACHMENT_END = re.compile("|".join(re.escape(w) for w in sorted(ATTACHMENT_NAME_ENDS, key=len, reverse=True)))
_ATTACHED_THEN_SIGNED = re.compile(rf"附\s*件\s*\d{{0,2}}\s*[:：]([^\n]{{2,200}}?)\n?{_SIGNED_DATE}")
_PROXY_SEAL = re.compile(r"[（(][^（）()]{0,30}代章?[）)]$")


def _signing_body(name: str) -> bool:
    """A body's name as a signature gives it (its proxy seal aside: 某某办公室（某某局代章）; an office that signs for
    itself, 科研部, where the date follows)."""
    name = _PROXY_SEAL.sub("", name.replace("(", "（").replace(")", "）"))
    return bool(P.ORG_LINE.fullmatch(name) or P.DEPARTMENT.fullmatch(name))


def _signature_lines(body: str, date: str, text: str, end: int, closes: bool | str) -> tuple[str, int]:
    """The signature and its date on lines of their own (and the issued document's title after them on its own), and
    where the text they stand for ends."""
    out = "\n" + body + "\n" + date
    if isinstance(closes, str):
        end += len(closes.replace("\n", ""))
        out += "\n" + closes
    return out + ("\n" if text[end:end + 1].strip() else ""), end


def signature_run_in_apart(text: str) -> str:
    def plain(m: re.Match) -> tuple[int, str, int] | None:
        if m.string[m.start() - 1] in ")）" and gloss_ends_at(m.string, m.start()):
            return None  # 中國科協(xié)科普部 / 2020年5月8日: a pinyin gloss's bracket inside the signature ends no sentence
        closes = _signing_body(m.group(1)) and _closes_signature(m.string, m.end())
        return (m.start(), *_signature_lines(m.group(1), m.group(2), m.string, m.end(), closes)) if closes else None

    def after_attachment(m: re.Match) -> tuple[int, str, int] | None:
        names = m.group(1)
        closes = _closes_signature(m.string, m.end())
        if not closes:
            return None
        for end in reversed(list(_ATTACHMENT_END.finditer(names))):  # (a body may name a kind: 某某市规划局)
            body = names[end.end():]
            if 2 <= len(body) <= 40 and _CJK_CHAR.match(body) and _signing_body(body):
                return (m.start(1) + end.end(), *_signature_lines(body, m.group(2), m.string, m.end(), closes))
        return None

    text = _each_apart(_SIGNATURE_RUN_IN, text, plain)
    return _each_apart(_ATTACHED_THEN_SIGNED, text, after_attachment) if "件" in text else text


def _each_apart(pattern: re.Pattern, text: str, split) -> str:
    """The text with each match that `split` takes ((where its replacement starts, the replacement, where the text it
    stands for ends)) replaced."""
    pieces, start = [], 0
    for m in pattern.finditer(text):
        if m.start() < start:
            continue
        got = split(m)
        if got is None:
            continue
        cut, replacement, end = got
        pieces.append(text[start:cut] + replacement)
        start = end
    return "".join(pieces) + text[start:] if pieces else text


# 1 .具有……：a converter's space between an item's number and its point
_SPACED_POINT = re.compile(rf"(?<![\d.．])(\d{{1,2}}) [.．](?=[{CJK}])")
_BEFORE_SPACED_POINT = re.compile(rf"[{CJK}。；：！？;:!?）)\n]")


def _spaced_point(m: re.Match) -> str:
    before = m.string[m.start() - 1:m.start()]
    return m.group(1) + "." if not before or _BEFORE_SPACED_POINT.match(before) else m.group(0)


# While the lines are joined, such a numeral is lent a 、 (marked by a zero-width space until the repairs are done), so
# every repair treats it as the marker it is (a heading alone on its line, never joined to the paragraph under it);
# the 、 goes when the text is whole, and the marker stays as written (一).
LOST_COMMA = "、\u200b"


def bare_numerals_apart(text: str) -> str:
    """…通知如下：一申报条件…。二申报材料…: first-level numerals that lost their 、 (patterns.bare_numeral_run) each
    open a line, as the items they are."""
    run = P.bare_numeral_run(text)
    if not run:
        return text
    pieces, start = [], 0
    for at, _ in run:
        pieces.append(text[start:at] + ("\n" if at and text[at - 1] != "\n" else "") + text[at] + LOST_COMMA)
        start = at + 1
    return "".join(pieces) + text[start:]


# a forum's anti-copy noise at a line's start (; t5 D& c; f) h: o9 k" Z会上，…): tokens of one or two printable ASCII
# characters a space apart, some of them symbols, glued to the line's words (or alone on the line)
_ANTI_COPY = re.compile(r"^(?=(?:[^\n]{0,30}?[!-/:-@\[-`{-~]){3})(?:[!-~]{1,2} ){3,}[!-~]{0,2}(?=[\u4e00-\u9fff]|$)", re.M)
_HALF_BRACKETED = re.compile(r"^([一二三四五六七八九十]{1,3})[)）](?=[\u4e00-\u9fff])", re.M)


def lost_opening_bracket_restored(text: str) -> str:
    """一)舉辦縣…開幕式 above (二)舉辦科普巡回展: an item that lost its opening bracket, where the next item at a line's
    start is the next ordinal in brackets, is that list's （一）."""
    def fix(m: re.Match) -> str:
        n = P.cn_number(m.group(1))
        if not n:
            return m.group(0)
        following = re.search(r"^[（(]([一二三四五六七八九十]{1,3})[）)]", text[m.end():m.end() + 2000], re.M)
        if following and P.cn_number(following.group(1)) == n + 1:
            return f"（{m.group(1)}）"
        return m.group(0)
    return _HALF_BRACKETED.sub(fix, text)


# ????????長治市科學技術協會: a page's non-breaking spaces that a wrong decoding turned into question marks, pushing the
# signature and its date to the right; they are indentation, not text
_LOST_SPACES = re.compile(r"^[?？]{4,}")
# …and at a line's end: after the 主送 line's colon (各全国学会、协会、研究会:?), or several a space apart after a
# signature (中国科协? ? ?) — no question ends so
_LOST_TRAILING_SPACES = re.compile(r"(?<=[:：])[ \t\u3000]*\?+$|(?<=[^\s?])\?(?:[ \t\u3000]+\?)+$", re.M)


# GB/T 9704 联合行文: the joint issuers' names on the line above the title (教育局 科协 / 关于……的通知), a space apart;
# the space parts two names, not stray spacing inside one (kept as a full-width space)
_JOINT_HEAD = re.compile(rf"(?m)^[{CJK}（）]{{2,30}}(?:[ \u3000]+[{CJK}（）]{{2,30}})+$(?=\n(?:关于|印发|转发))")
_HEAD_SPACES = re.compile(r"[ \u3000]+")


def _joint_head(m: re.Match) -> str:
    parts = _HEAD_SPACES.split(m.group(0))
    if all((P.ORG_LINE.fullmatch(part) or P.DEPARTMENT.fullmatch(part)) and not P.TITLE_END.search(part)
           for part in parts):
        return "\u3000".join(parts)
    return m.group(0)


def joint_issuers_apart(text: str) -> str:
    return _JOINT_HEAD.sub(_joint_head, text)


_ANY_PARAGRAPH_MARK = re.compile(f"[{P.LINE_START_MARKS}]")
# a mark inside a line, after Chinese text or a sentence's end and before Chinese text, a marker or a dash (…中国科协Р四、
# 保障措施Р(一)…; OCR's half-width stop too: …双语科普产品.Р责任单位): the paragraph ends there; at a line's start
# (¶（一）…, § 四、…): nothing
_MARK_IN_LINE = re.compile(rf"(?<=[{CJK}。；;：:！？）)”.!?])[ \t\u3000]*[{P.PARAGRAPH_MARKS}][ \t\u3000]*"
                           rf"(?=[{CJK}（(〔【—“\d])")
_MARK_AT_START = re.compile(rf"(?m)^[ \t\u3000]*[{P.LINE_START_MARKS}][ \t\u3000]*(?=[{CJK}（(〔【—“\d])")


def paragraph_marks_as_breaks(text: str) -> str:
    """A converter's paragraph marks (Р, ¶) are no text and hide no marker: a paragraph break inside a line,
    nothing at a line's start."""
    return _MARK_AT_START.sub("", _MARK_IN_LINE.sub("\n", text))


def repair(text: str) -> str:
    """The repairs that stay within a line, run over the whole text at once (one regex pass each)."""
    lines = [line.strip(_EDGE_SPACE) for line in text.split("\n")]
    if "????" in text:
        lines = [_LOST_SPACES.sub("", line) for line in lines]
    if "?" in text:
        lines = [_LOST_TRAILING_SPACES.sub("", line).rstrip(_EDGE_SPACE) if line.endswith("?") else line
                 for line in lines]
    if "页数" in text or "分享" in text or "此资料" in text or "会员" in text or "在线阅读" in text or "珍藏版" in text:
        lines = sharing_preview_repaired(lines)
    elif "1、" in text and "2、" in text:
        lines = chunk_numbers_dropped(lines)
    if "联系我们" in text:
        lines = drop_site_contact_block(lines)
    text = "\n".join(PAGE_BREAK if _PAGE_NUMBER.match(s) else s for s in lines)
    if _ANY_PARAGRAPH_MARK.search(text):
        text = paragraph_marks_as_breaks(text)
    if "长:" in text or "长：" in text or "员:" in text or "员：" in text:
        text = mark_list_columns(text)
    text = enclosed_numerals_written_out(text)
    if len(_ANTI_COPY.findall(text)) >= 2:
        text = _ANTI_COPY.sub("", text)
    if ")" in text or "）" in text:
        text = lost_opening_bracket_restored(text)
    text = run_on_head_apart(text)
    if "各" in text:
        text = main_send_apart(title_apart_from_main_send(web_labels_off_title(text)))
    if "日" in text:
        text = signature_run_in_apart(text)
    if " ." in text or " ．" in text:
        text = _SPACED_POINT.sub(_spaced_point, text)
    text = bare_numerals_apart(text)
    text = signature_apart(text)
    text = joint_signature_apart(text)
    text = run_on_lines_apart(text)
    if ":" in text:
        text = glued_stamp_apart(text)
    if "第" in text and ("条" in text or "條" in text):
        text = articles_apart(text)
    if "(1)" in text or "（1）" in text:
        text = inline_points_apart(text)
    if "人:" in text or "人：" in text:
        text = contact_people_apart(text)
    if "电话" in text:
        text = office_people_apart(text)
    if "关于" in text or "印发" in text or "转发" in text:
        text = joint_issuers_apart(text)
    text = remove_stray_spaces(text)
    if "(" in text or ")" in text:
        text = _MARKER_BRACKETS.sub(r"\1（\2）", text)
    had_quotes = '"' in text
    text = full_width_punctuation(text)
    if had_quotes:
        # spaces beside quotes that were straight a moment ago (开展 "我为…" 活动): only those lines again
        text = _QUOTED_CHINESE_LINE.sub(lambda m: remove_stray_spaces(m.group(0)), text)
    text = normalise_doc_number_brackets(text)
    return P.fix_ocr_labels(text)


# (二）, （三): a marker's bracket pair with its widths mixed (an editor typed one half-width) is （二）
_MARKER_BRACKETS = re.compile(r"(?m)^([ \t\u3000]*)[（(][ \t]*([一二三四五六七八九十百]+|\d{1,2})[ \t]*[）)]")


def clean(text: str, reflow: bool = True) -> str:
    """The repaired text: one paragraph a line, blank lines between blocks kept as one empty line.

    `reflow=False` keeps the lines as they are (docx and HTML mark paragraphs themselves).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", f"\n{PAGE_BREAK}\n")
    # before the spaces between cells are repaired away: a task table flattened into text becomes task lines
    text = repair(unflatten_task_tables(strip_markdown(text), _page_line))
    lost = LOST_COMMA in text
    if lost:
        text = text.replace(LOST_COMMA, "、")
    if not reflow:
        text = re.sub(r"\n{3,}", "\n\n", text.replace(PAGE_BREAK, "")).strip("\n")
    else:
        lines = text.split("\n")
        copy = matching_copy(text)
        text = "\n".join(join_page_breaks(lines) if copy is None else join_page_breaks(copy[0].split("\n"), lines))
    # the text wrote no first-level 、 of its own (patterns.bare_numeral_run): each one at a line's start was lent
    return _LENT_COMMA.sub(r"\1", text) if lost else text


_LENT_COMMA = re.compile(r"^([一二三四五六七八九])、", re.M)
