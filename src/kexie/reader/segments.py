"""A gathered news page (a provincial paper's 科协 page): one segment per report, attributed to its unit."""

from __future__ import annotations

import re
from functools import lru_cache

from . import patterns as P
from .model import Segment

CJK = P.CJK
# The words an association's name ends with, one table for every pattern below that reads a unit by its name
_ASSOCIATION_ENDS = r"(?:科学技术协会|老科协|科协|学会|协会|研究会|科技馆)"
# a numbered block's marker: （一） or 一、
_UNIT_MARKER = r"(?:（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)"
# A line that is only a unit's name: the label over a report on a gathered page.
_UNIT_LINE = re.compile(rf"^[{CJK}]{{2,16}}{_ASSOCIATION_ENDS}$")
# A gathered briefing's block label: （一）琅琊区科协（6项）, 二、南谯区科协 — a unit under a marker, with a count.
# (the count may stand without the marker: 琅琊区科协（完成6项）)
_COUNT = r"（(?:完成|共|计)?\d+[项条件]）"
# (a society's branch, 分会 or 专委会, labels its block as the society does)
_LABEL_UNITS = rf"(?:{_ASSOCIATION_ENDS}|分会|专委会|专业委员会)"
_NUMBERED_UNIT = re.compile(rf"^(?:{_UNIT_MARKER}\s*"
                            rf"([{CJK}]{{2,16}}{_LABEL_UNITS})(?:{_COUNT})?"
                            rf"|([{CJK}]{{2,16}}{_LABEL_UNITS}){_COUNT})$")


# The other ways a page of each unit's work labels a block, the label alone on its line: the unit in 【】 (【来安县科协】),
# under a marker without a count (一、来安县科协), or before a colon, where the place alone may stand for its body
# (来安县科协：, 南谯区：). Only a gathered page's checks make such a line a block's label (gathered_page).
_OTHER_LABEL = re.compile(rf"^(?:【([{CJK}]{{2,16}}{_LABEL_UNITS})】|{_UNIT_MARKER}"
                          rf"\s*([{CJK}]{{2,16}}{_LABEL_UNITS})|([{CJK}]{{2,16}}{_LABEL_UNITS}|[{CJK}]{{1,8}}[市州县区盟旗])[：:])$")


def unit_label(line: str) -> str | None:
    """The unit a line labels a block with (泸州市科协, （一）琅琊区科协（6项）, 【来安县科协】, 南谯区：), else None."""
    if _UNIT_LINE.match(line):
        return None if P.tells_an_action(line) else line  # 省委宣传部调研科技馆: a headline
    m = _NUMBERED_UNIT.match(line) or _OTHER_LABEL.match(line)
    return next((g for g in m.groups() if g), None) if m else None
# A counted block label run into its text (…工作。（二）来安县科协（5项）1、…, a page whose lines were joined into
# one paragraph, or a label with its list after it on one line): it stands at a line's start or after a sentence's
# or list's close, and the count makes it a label, no sentence about a body.
_INLINE_LABEL = re.compile(rf"(?:^|(?<=[。；;，,\s\u3000])){_UNIT_MARKER}\s*"
                           rf"[{CJK}]{{2,16}}{_LABEL_UNITS}{_COUNT}")


_CLOSED_BEFORE = re.compile(r"[。；;][\s\u3000]*$")
_LIST_AFTER = re.compile(r"[\s\u3000]*\d{1,2}\s*[、.．,，]")


def split_labels(line: str) -> list[tuple[int, str]]:
    """A line cut at the counted block labels run into it, each label on its own piece (offsets within the line);
    the line whole when no label, or a single one not at its start, stands in it."""
    if "）" not in line:
        return [(0, line)]
    found = list(_INLINE_LABEL.finditer(line))
    if not found or len(found) == 1 and (found[0].end() == len(line) or found[0].start() > 0
                                         and not (_CLOSED_BEFORE.search(line, 0, found[0].start())
                                                  and _LIST_AFTER.match(line, found[0].end()))):
        # (one label inside a line cuts it only between a closed entry and its own list: …工作。（二）…（5项）1、…)
        return [(0, line)]
    pieces, at = [], 0
    for m in found:
        for a, b in ((at, m.start()), (m.start(), m.end())):
            piece = line[a:b]
            lead = len(piece) - len(piece.lstrip())
            if piece.strip():
                pieces.append((a + lead, piece.strip()))
        at = m.end()
    rest = line[at:]
    if rest.strip():
        pieces.append((at + len(rest) - len(rest.lstrip()), rest.strip()))
    return pieces


def counted_labels(text: str) -> int:
    """How many counted block labels ((一)琅琊区科协(6项)) a page holds, on their own lines or run into them."""
    return sum(1 for ln in text.split("\n") if "项）" in ln or "条）" in ln or "件）" in ln
               for _ in _INLINE_LABEL.finditer(ln))


_UNIT_HEADLINE = re.compile(rf"^【?([{CJK}]{{2,16}}{_ASSOCIATION_ENDS})(?:】|[：:])\s*\S")
# The marks a paper's 动态 column sets before each item's headline (■宿州市科协召开……, ◆, ●, ▲): decoration, no text
ITEM_BULLETS = "■□◆◇●○▲△★☆◎▶►"
_BULLET = re.compile(rf"^[{ITEM_BULLETS}][\s\u3000]*")
# An item of a 动态 column printed as one paragraph under its unit in 【】 (【某市科协】3月1日，……): the unit, its report
_BRACKET_LEAD = re.compile(rf"^【([{CJK}]{{2,16}}{_ASSOCIATION_ENDS})】(?=.{{20}})")
# An item's own paper signs: its text opens with the paper's lead (本报讯, 讯, 本刊讯) or a reporter's byline
# ((记者 …), (通讯员 …)) closes it or follows the lead
_ITEM_LEAD = P.ITEM_LEAD
_REPORTER_LINE = P.REPORTER_LINE
# (a photo's credit, （记者 张某 摄）, is no item's byline)
_REPORTER = re.compile(r"[（(][^（）()]{0,12}(?:记者|通讯员)[\s\u3000]*[\u4e00-\u9fff][^（）()摄]{0,24}[）)]")
_BYLINE = re.compile(r"^[（(][^）)]{1,40}[）)]$")
_NEWS_SIGNS = re.compile(r"本报讯|本报记者|通讯员|记者\s*[\u4e00-\u9fff]{2,3}\s*报道|^[（(]本栏目")
_CLOSING = re.compile(r"^(本版协办单位|协办单位|[（(]排名不分先后[）)]|责任编辑|编辑[:：]|审核[:：])")
_ASSOCIATION = re.compile(r"老科协|科学技术协会|科协")
# Characters that end a place name when reading backwards from 科协 (担任市科协 → 市科协).
_NAME_STOP = set("的在和与及为由对向把被将等了是任请到从以于其各该本")
_PLACE_END = "省市州县区盟旗"
_ONE_CJK = re.compile(f"[{CJK}]")


def _mentions(text: str) -> list[str]:
    """The associations a text names (四川省科协, 市科协), each read backwards to a word boundary."""
    out = []
    for m in _ASSOCIATION.finditer(text):
        start = m.start()
        while start > 0 and m.start() - start < 10 and _ONE_CJK.match(text[start - 1]) \
                and text[start - 1] not in _NAME_STOP:
            start -= 1
        prefix = text[start:m.start()]
        # keep the prefix up to its last place word (各级/有关 … are not names)
        last = max((prefix.rfind(p) for p in _PLACE_END), default=-1)
        out.append(prefix[:last + 1] + m.group(0) if last >= 0 else m.group(0))
    return out
_SENTENCE = re.compile(r"[。，；！？]")
# The lines a web page puts between a headline and its text (发布时间：… 来源：…): not part of the report.
_META_LABEL = re.compile(r"(发布时间|发布日期|发表时间|来源|作者|编辑|责任编辑|浏览次数|点击数|字号|分享到|当前位置|您的位置|你的位置)"
                         r"\s*[:：]")
_MASTHEAD = re.compile(r"星期[一二三四五六日天]|第\s*\d+\s*版")


@lru_cache(maxsize=8192)  # (a page is read twice, by its segments and wide: its lines are weighed again)
def _is_meta(line: str) -> bool:
    """A web page's 发布时间/来源/breadcrumb line, or a newspaper's masthead (…星期五　第6版…)."""
    return bool(_META_LABEL.match(line) or (("星期" in line or "版" in line) and _MASTHEAD.search(line))
                or P.BYLINE_DAY.match(line)
                or P.web_furniture(line))  # 2007-09-27 来源：光明日报, 时间：2012/7/4 9:10:34来源：……


# a photo's name the page prints under it (学习传达省科协全会精神2): words, then the picture's number
_PHOTO_NAME = re.compile(r"[\u4e00-\u9fff]\d{1,2}$")


# a photo's caption names where each person stands in it (主任吴某（左一）、部长李某（右一）在发布会上)
_PLACE_IN_PHOTO = re.compile(r"[（(](?:前排|后排|中排)?[左右中](?:[一二三四五六七八九十]|\d{1,2})?[）)]")


# a headline quotes a slogan or a meeting's theme whole (召开“建好企业科协，助力创新驱动”动员会): the comma inside
# the quotation marks is the slogan's, no break of a sentence
_QUOTED_WORDS = re.compile(r"“[^“”]{1,30}”")


def _unquoted(line: str) -> str:
    return _QUOTED_WORDS.sub("“”", line) if "“" in line else line


@lru_cache(maxsize=8192)
def _is_headline(line: str) -> bool:
    # a line wholly in 【】 between a report's paragraphs is a photo's caption, not a headline
    return 4 <= len(line) <= 40 and (not _SENTENCE.search(_unquoted(line)) or P.exclaimed_headline(line)) \
        and not _BYLINE.match(line) \
        and not _DECK_DASH.match(line) and not _ITEM_LEAD.match(line) and not P.DATE_LINE.fullmatch(line) \
        and not (line[:2] in P.REPORTER_OPENINGS and _REPORTER_LINE.match(line)) \
        and not (line.startswith("【") and line.endswith("】")) and not _PHOTO_NAME.search(line) \
        and not _PLACE_IN_PHOTO.search(line)


# A brief's headline opens with the unit it is about (北京市科协召开……, 中国光学学会举办……): its name, read to the
# first unit word
_OPENING_UNIT = re.compile(rf"^([{CJK}]{{2,12}}?{_ASSOCIATION_ENDS})")
# A page of briefs (a paper's page of associations' short items, no title of its own): each item a short headline that
# opens with its unit, then one paragraph that opens with the same body (北京市科协召开…… / 北京市科协近日召开……).
# Several such items, each of another unit, make the page; one or two may be a single report and its follow-up.
BRIEFS = {"min_units": 3, "min_paragraph": 40}


def echoed_unit(headline: str, paragraph: str) -> str | None:
    """The unit a brief's headline opens with when its paragraph opens with the same body, else None."""
    if len(paragraph) < BRIEFS["min_paragraph"] or "。" not in paragraph or not paragraph.startswith(headline[:2]):
        return None
    m = _OPENING_UNIT.match(headline)
    if not m or not paragraph.startswith(m.group(1)) or not _place(m.group(1)) or not _is_headline(headline):
        return None  # (全市学会…, 各县科协…: a level of the hierarchy, no unit's own item)
    return m.group(1)


def briefs_page(text: str) -> bool:
    """Does the page gather briefs of several units (echoed_unit), each of another unit?"""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    units = set()
    for k in range(len(lines) - 1):
        unit = echoed_unit(lines[k], lines[k + 1])
        if unit:
            units.add(unit)
            if len(units) >= BRIEFS["min_units"]:
                return True
    return False


def _reports(headline: str, index: int, content: list[tuple[int, str]], wide: bool = False) -> bool:
    """A headline opens a report when it names a unit, or its text opens with 本报讯 or closes with a byline."""
    if _ASSOCIATION.search(headline) or _UNIT_HEADLINE.match(headline):
        return True
    if index + 1 < len(content) and echoed_unit(headline, content[index + 1][1]):
        return True  # 中国光学学会举办…… / 中国光学学会近日……: a society's brief
    if wide and _SOCIETY.search(headline) and index + 1 < len(content) and _OPENS_DATED.match(content[index + 1][1]):
        return True  # 2019年中国光学学会专业委员会工作会议在京召开 / 12月1日，……: a society's report under its headline
    if len(headline) < 8:
        return False  # a fragment a page break left, not a headline
    body = [ln for _, ln in content[index + 1:index + 30]]
    if wide and body and body[0][:2] in P.REPORTER_OPENINGS and _REPORTER_LINE.match(body[0]):
        return True  # 本报记者　张某: the paper's own item
    if body and (re.match(r"^(本报讯|本刊讯|讯\s|新华社|[（(]?通讯员)", body[0]) or _ITEM_LEAD.match(body[0])):
        return True
    for ln in body[1:]:
        if _BYLINE.match(ln):
            return True
        if _is_headline(ln) or _UNIT_LINE.match(ln):
            return False
    return False


def first_headline(text: str) -> str | None:
    """A web page's headline: among its first lines (site names, breadcrumbs and 来源 lines skipped), a short
    line without sentence punctuation that the report's first paragraph follows."""
    raw = [ln.strip() for ln in text.split("\n", 40)[:40] if ln.strip()]
    content = [ln for ln in raw if not P.web_furniture(ln) and not _is_meta(ln) and not P.photo_caption(ln)]
    for i, line in enumerate(content[:4]):
        nxt = content[i + 1] if i + 1 < len(content) else ""
        if not P.starts_with_marker(line) and not P.DATE_LINE.fullmatch(line) and (
                not re.search("[！!|｜]", line) or P.exclaimed_headline(line)):
            if _is_headline(line) and len(nxt) >= 20 and "。" in nxt:
                return line
            j = i + 1
            while j < min(len(content), i + 3) and is_deck(line, content[j]):
                j += 1  # (a subtitle and a fact line may both stand under it)
            after = content[j] if j < len(content) else ""
            if j > i + 1 and _is_headline(line) and len(after) >= 20 and "。" in after:
                return line  # 某某全委会议在长沙召开 / 全省已累计建立院士工作站53个 / 3月25日讯……: the headline, not its deck
            if _dated_below(line, raw):
                return line
    return None


# A headline's second deck (副题) under it: a —— subtitle, or a shorter line that tells a fact without closing on the
# event's verb (全省已累计建立院士工作站53个); a line above a verb-final one is the kicker (引题) over the headline instead
_DECK_DASH = re.compile(r"^[—－-]{1,2}")
_DECK_TEXT = re.compile(r"[—－-]{0,2}[^：:|｜>/\s]*[\u4e00-\u9fff][^：:|｜>/]*")  # words, no label's colon nor a path's mark
# (a line with any of those marks is no deck: one pass finds one, before _DECK_TEXT backtracks over a long line)
_NOT_IN_DECK = re.compile(r"[：:|｜>/]")
_VERB_FINAL = P.HEADLINE_VERB_END
# …nor is a line that names the event held (市科协召开九届三次全委会议): the headline under its kicker
_HELD_EVENT = re.compile(r"(?:召开|举行|举办|召集|启动|开幕)[^，。]{0,24}(?:会|会议|大会|活动|仪式|论坛|大赛|培训班)$")


def is_deck(headline: str, line: str) -> bool:
    if len(headline) < 8 or P.ORG_LINE.fullmatch(headline) or _NOT_IN_DECK.search(line) or not _DECK_TEXT.fullmatch(line) \
            or P.starts_with_marker(line) or P.DATE_LINE.fullmatch(line) or P.web_furniture(line) or _is_meta(line):
        return False
    if _DECK_DASH.match(line):
        return 4 <= len(line) <= 40 and not _SENTENCE.search(_unquoted(line))
    return _is_headline(line) and len(line) < len(headline) and not _VERB_FINAL.search(line) \
        and not _HELD_EVENT.search(line)


def dated_headline(text: str) -> str | None:
    """The page's own headline where its dated line follows it at once (the strictest of first_headline's signs)."""
    raw = [ln.strip() for ln in text.split("\n", 40)[:40] if ln.strip()]
    content = [ln for ln in raw if not _is_meta(ln)]
    return next((ln for ln in content[:4] if not P.starts_with_marker(ln) and _dated_below(ln, raw)), None)


def dated_title(text: str, title: str) -> bool:
    """Does the page's dated line stand right under this title (as under a news page's headline)?"""
    raw = [ln.strip() for ln in text.split("\n", 40)[:40] if ln.strip()]
    if title not in raw:
        # the headline at the end of the page's breadcrumb (…>沙市力争……举行), the dated line under that line
        path = next((ln for ln in raw if ln.endswith(title) and P.breadcrumb_tail(ln) == title), None)
        return path is not None and _dated_below(title, raw[:raw.index(path)] + [title] + raw[raw.index(path) + 1:])
    return _dated_below(title, raw)


def _dated_below(line: str, raw: list[str]) -> bool:
    """A headline, however long, that the page's dated line (日期：…, 发布时间：…, a byline with the minute it
    went up) follows at once: what a news page puts under its headline."""
    if not 8 <= len(line) <= 80 or _SENTENCE.search(_unquoted(line)) or line.startswith("【"):
        return False
    at = raw.index(line)
    if at + 2 < len(raw) and is_deck(line, raw[at + 1]):
        at += 1  # the headline's second deck between it and the dated line
    below = raw[at + 1] if at + 1 < len(raw) else ""
    if P.DATE_LINE.fullmatch(below):
        # a paper's page: the headline, the day on its own line, then the paper's own lead (本报讯)
        return at + 2 < len(raw) and P.opens_with_dateline(raw[at + 2])
    if _is_meta(below) and _BARE_META_LABEL.fullmatch(below) and at + 2 < len(raw):
        # 发布时间： / 2018-09-20 15:14: the label's value printed on the next line
        return bool(_is_meta(raw[at + 2]) and _DATED.match(raw[at + 2]))
    return bool(_is_meta(below) and _DATED.search(below))


_DATED = re.compile(r"(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}")
# a meta label with its value gone to the next line (发布时间：)
_BARE_META_LABEL = re.compile(r"[\u4e00-\u9fff]{2,6}\s*[:：]")


def looks_like_news(text: str) -> bool:
    lines = [ln for ln in text.split("\n") if ln]
    signs = sum(1 for ln in lines if _NEWS_SIGNS.search(ln) or _is_meta(ln))
    units = sum(1 for ln in lines if unit_label(ln) or _UNIT_HEADLINE.match(ln))
    return signs >= 1 or units >= 3


# a column that gathers short items under its name (各地动态, 工作动态, 学会动态, 基层动态, 科协动态, 简讯)
_COLUMN = P.REPORT_COLUMN
_OPENS_DATED = re.compile(r"^(?:\d{1,2}月\d{1,2}日|(?:19|20)\d\d年\d{1,2}月|近日|日前|近期)")


def may_be_gathered(text: str) -> bool:
    """Does a page that shows no sign of one report show those of a gathered page: a column's name, or two items each
    marked as one (■ before a headline, 本报讯/讯 opening a paragraph, 【unit】 or 'unit：' heading it, or a headline
    naming a unit over a paragraph that opens with its day)?"""
    if briefs_page(text) or counted_labels(text) >= GATHERED["min_blocks"]:
        return True
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    marks = 0
    for k, ln in enumerate(lines):
        if _COLUMN.match(ln) and k + 1 < len(lines) and _is_headline(_BULLET.sub("", lines[k + 1])):
            return True
        if _ITEM_LEAD.match(ln) or _BRACKET_LEAD.match(ln) or _UNIT_HEADLINE.match(ln) or _REPORTER_LINE.match(ln) \
                or (_BULLET.match(ln) and _is_headline(_BULLET.sub("", ln))) \
                or (k + 1 < len(lines) and _is_headline(ln) and (_ASSOCIATION.search(ln) or _SOCIETY.search(ln))
                    and _OPENS_DATED.match(lines[k + 1])):
            marks += 1
            if marks >= 2:
                return True
    return bool(paragraph_briefs(text))


def _unit_from(headline: str | None, body: str) -> str | None:
    if headline:
        m = _UNIT_HEADLINE.match(headline)
        if m:
            return m.group(1)
    mentions = _mentions(body[:400])
    head_mentions = _mentions(headline or "")
    for short in head_mentions:
        if short in _BARE_ASSOCIATIONS:
            continue
        # the headline says 省科协, the report names it in full (四川省科协); a name with its place already
        # (新乡市科协) is whole — a longer mention of it is a sentence read back too far (精心筹备新乡市科协)
        longer = next((x for x in mentions if x.endswith(short) and len(x) > len(short)), None) \
            if short[:1] in P.ADMIN_LEVELS else None
        if longer:
            return longer
    # 科协 alone (…和中国科协等共同组织, read back to a word that is no place) names no unit
    named = [x for x in head_mentions or mentions if x not in _BARE_ASSOCIATIONS]
    return named[0] if named else None


def _opening_unit(headline: str | None, body: str) -> str | None:
    """On a gathered page, the unit a block's headline opens with where the block names it again, by a name with no
    level's word (广西科协, 中国科协: 中国科协基层专题调研组赴河南调研 is the association's item, not its team's).
    (A single report's page keeps its unit to the levelled names: its headline's subject is no page's issuer.)"""
    opening = _OPENING_UNIT.match(headline or "")
    return opening.group(1) if opening and _place(opening.group(1)) and opening.group(1) in body else None


_BARE_ASSOCIATIONS = ("科协", "老科协", "科学技术协会")
# a society's name (中国光学学会, 市医学会), read backwards from 学会/协会/研究会 to a word boundary (2019年中国光学学会)
_SOCIETY = re.compile(r"学会|协会|研究会")
# the other bodies a 动态 column's item may be about, when it names no association: a university, a bureau, a commission
_BODY = re.compile(r"学会|协会|研究会|大学|学院|局|委(?![员托])")
_SOCIETY_STOP = _NAME_STOP | set("年月日届次")


def _society(text: str) -> str | None:
    """The first society (or other body: 某某大学, 市科技局) a text names (中国光学学会), else None."""
    for m in _BODY.finditer(text):
        start = m.start()
        while start > 0 and m.start() - start < 12 and _ONE_CJK.match(text[start - 1]) \
                and text[start - 1] not in _SOCIETY_STOP:
            start -= 1
        if m.start() - start >= 2:
            return text[start:m.end()]
    return None


# the lines under a 简报's masthead: its name (简 报, 工作简报) or its issue (﹝2024﹞ 第四十期, 第3期)
_MASTHEAD_BELOW = re.compile(r"^(?:[\u4e00-\u9fff]{0,8}简[\s\u3000]*报|[﹝〔\[（(]?\d{4}[﹞〕\]）)]?[\s\u3000]*第[\d一二三四五六七八九十百]{1,6}期)")


# a line of a unit's list of work (1学习贯彻……, 2、…, （一）…): no headline, though its marker was lost
_LISTED = re.compile(r"^(?:\d|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d])")


def read_segments(text: str, wide: bool = False) -> list[Segment]:
    """Split a gathered page into reports. Runs of bare unit names (a co-organiser list) are not reports.
    `wide`: also by the marks a paper's 动态 column gives its items (■ before a headline, 【unit】 before a paragraph, a
    society's headline over its dated lead, a reporter's line under a headline) — read only to find a gathered page,
    never one report."""
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    content = []
    for o, ln in lines:
        if ln and not _is_meta(ln):
            bullet = _BULLET.match(ln) if wide else None
            if bullet:
                o, ln = o + bullet.end(), ln[bullet.end():]  # ■宿州市科协召开……: the headline without its mark
            if ln:
                content.extend((o + k, piece) for k, piece in split_labels(ln))
    # indexes of lines in a run of three or more bare unit names: a list, not labels
    listed: set[int] = set()
    run: list[int] = []
    for i, (_, ln) in enumerate(content + [(0, "")]):
        if _UNIT_LINE.match(ln):
            run.append(i)
        else:
            if len(run) >= 3:
                listed.update(run)
            run = []
    starts: list[tuple[int, str | None, str | None]] = []  # (content index, unit, heading)
    inline: dict[int, int] = {}  # content index → where a 【unit】 paragraph's own text starts
    headed: set[int] = set()  # labels whose next line is their item's headline
    for i, (_, ln) in enumerate(content):
        if i in listed or _CLOSING.match(ln):
            continue
        nxt = content[i + 1][1] if i + 1 < len(content) else ""
        if wide and nxt[:2] in P.REPORTER_OPENINGS and _REPORTER_LINE.match(nxt) and i + 2 < len(content):
            nxt = content[i + 2][1]  # the headline, the reporter's line, then the text
        elif i + 2 < len(content) and _is_headline(ln) and is_deck(ln, nxt):
            nxt = content[i + 2][1]  # the headline, its deck, then the text
        label = unit_label(ln)
        if label and _MASTHEAD_BELOW.match(nxt):
            continue  # 中国科学院老科学技术工作者协会 / 简 报 / ﹝2024﹞第四十期: a briefing's masthead labels no block
        lead = _BRACKET_LEAD.match(ln) if wide else None
        after = content[i + 2][1] if i + 2 < len(content) else ""
        if label and wide and _is_headline(nxt) and not unit_label(nxt) and not _LISTED.match(nxt) \
                and (len(after) > 40 or _ITEM_LEAD.match(after) or _REPORTER_LINE.match(after)):
            starts.append((i, label, nxt))  # 某市科协 / 开展科普志愿服务活动 / 本报讯……: the unit over its item's headline
            headed.add(i)
        elif label:
            starts.append((i, label, None))
        elif lead and _SENTENCE.search(ln):
            starts.append((i, lead.group(1), None))  # 【某市科协】3月1日，……: an item printed as its unit's paragraph
            inline[i] = lead.end()
        elif _is_headline(ln) and nxt and not _is_headline(nxt) and not _UNIT_LINE.match(nxt) and len(nxt) > 40 \
                and not (starts and starts[-1][0] == i - 1 and starts[-1][1]) and _reports(ln, i, content, wide):
            # (a line right under a unit's name is the start of that unit's report, not a new headline)
            starts.append((i, None, ln))
    segments = []
    for k, (i, unit, heading) in enumerate(starts):
        end_index = starts[k + 1][0] if k + 1 < len(starts) else len(content)
        body_lines = [content[i][1][inline[i]:]] if i in inline else []
        for j in range(i + (2 if i in headed else 1), end_index):
            if j in listed or _CLOSING.match(content[j][1]):
                break
            body_lines.append(content[j][1])
        # trailing headlines belong to the next report or column, not to this one (when a unit's label opens
        # the next block, short lines before it are this block's own list: 1开展科协机关廉政警示教育)
        next_labelled = k + 1 < len(starts) and starts[k + 1][1] is not None and starts[k + 1][2] is None
        # (under a unit's label, a short last line that opens with a list's marker is its list's last entry, cut by
        # the page's end: 1、举办第九届凤阳县青少年科)
        while body_lines and not next_labelled and _is_headline(body_lines[-1]) and not _BYLINE.match(body_lines[-1]) \
                and not (unit and heading is None and _LISTED.match(body_lines[-1])):
            body_lines.pop()
        body = "\n".join(body_lines)
        if not body:
            continue
        if unit is None:
            byline = next((b for b in reversed(body_lines) if _BYLINE.match(b)), None)
            # （宜昌市科协　张明）: the unit, then perhaps its writer
            inner = re.split(r"[\s\u3000]+", byline.strip("（）()"))[0] if byline else ""
            unit = inner if _UNIT_LINE.match(inner) else _unit_from(heading, body)
        start = content[i][0]
        last = content[min(end_index, len(content)) - 1]
        segments.append(Segment(unit=unit, heading=heading, text=body, span=(start, last[0] + len(last[1]))))
    return segments


# What makes a page a gathered one, by the convention of such pages (a paper's 科协动态 page, a page of each
# county's monthly work): its blocks are units' own reports, each unit named, not a level of the hierarchy
# (市科协, 各县市科协 are how one body's page speaks of its peers and superiors, no block's author).
_SUFFIXES = ("科学技术协会", "老科协", "科协", "学会", "协会", "研究会", "科技馆", "专业委员会", "专委会", "分会")
# words before a level that make a name generic, not a place (各县科协, 本市科协, 全区科协)
_GENERIC_HEAD = "各本全该我"
_GENERIC_CHARS = set("省市州县区盟旗镇乡（）()、") | set(_GENERIC_HEAD)
# the words that say when a report's event was (5月20日，近日，日前) or that it is the paper's own (本报讯), looked for
# in the opening characters of its first paragraph (为深入学习……，近日，乐山市沙湾区老科协举行……)
_REPORT_WHEN = re.compile(r"\d{1,2}月\d{1,2}(?:[-－—至]\d{1,2})?日|\d{4}年\d{1,2}月|近日|日前|近期|本报讯|本刊讯|通讯员|记者")
REPORT_WHEN_WITHIN = 60
# a block label with its count ((一)琅琊区科协(6项)): the shape of a page of each county's work
_COUNTED_LABEL = re.compile(_COUNT + "$")
_COUNTED_AT = re.compile(_COUNT)
# the fewest blocks a gathered page has, how many units they name, and how many of them (and what share) must read
# as some named unit's own report (a paper's page cut into columns leaves some blocks a fragment under their label)
GATHERED = {"min_blocks": 2, "min_units": 2, "min_reports": 2, "report_share": 0.5}


def _place(unit: str) -> str:
    """The place a unit's name opens with (十堰市科协 → 十堰, 襄阳市老科协 → 襄阳); '' for a generic name."""
    name = next((unit[:-len(s)] for s in _SUFFIXES if unit.endswith(s)), unit)
    if not name or set(name) <= _GENERIC_CHARS:
        return ""
    core = name[:-1] if name[-1] in P.ADMIN_LEVELS else name  # 鄂州市 → 鄂州, a one-character place (泸县) whole
    return core if len(core) >= 2 else name


def _own_report(seg: Segment, text: str) -> bool:
    """A block is a named unit's own report: under a counted label ((一)琅琊区科协(6项)), or under the unit's bare
    name with text that names its place and says when; under a headline that opens with the unit, text that
    opens with its date or the paper's lead — or, either way, text that closes with the unit's byline."""
    place = _place(seg.unit or "")
    lines = [ln.strip() for ln in seg.text.split("\n") if ln.strip()]
    if not lines:
        return False
    if _paper_item(seg):
        return True
    if not place:
        return False
    if any(_BYLINE.match(ln) and place in ln for ln in lines[-2:]):
        return True  # （宜昌市科协　张明）, （中山市科协）
    dated = bool(_REPORT_WHEN.search(lines[0][:REPORT_WHEN_WITHIN]))
    if seg.heading is None:
        start = seg.span[0] if seg.span else max(text.find(seg.unit), 0)
        label = text[start:].split("\n", 1)[0].strip()
        at = label.find(seg.unit)
        # (近日，十堰市科协召开……): a list's entry, a group's member or a body's duty only follows its name
        # (the counted label may have its list run on after it on its line: （一）琅琊区科协（6项） 1、……)
        return bool(_COUNTED_LABEL.search(label)) or (0 <= at <= 6 and _COUNTED_AT.match(label, at + len(seg.unit))) \
            or (place in seg.text and dated)
    # the headline opens with the unit, or with its short form the report then names in full (省科协 → 四川省科协)
    short = seg.unit[len(place):]
    heading = seg.heading.lstrip("【")
    # (2019年中国光学学会……召开: a society's headline may open with the year of its meeting)
    named = heading.startswith(place) or (short[:1] in P.ADMIN_LEVELS and heading.startswith(short)) \
        or (seg.unit not in _BARE_ASSOCIATIONS and seg.unit in heading[:20])
    return named and dated


def _paper_item(seg: Segment) -> bool:
    """A block that carries the paper's own signs of an item: its text opens with 本报讯/讯 or a reporter's byline
    ((记者 …), (通讯员 …)) stands after its lead or closes it — what a paper prints per item, never per paragraph."""
    lines = [ln.strip() for ln in seg.text.split("\n") if ln.strip()]
    if not lines:
        return False
    return bool(_ITEM_LEAD.match(lines[0]) or _REPORTER.search(lines[0][:30]) or _REPORTER_LINE.match(lines[0])
                or any(_BYLINE.match(ln) and _REPORTER.search(ln) for ln in lines[-2:])
                or _REPORTER.search(lines[-1][-30:]) and lines[-1].endswith(("）", ")")))


def with_units(segments: list[Segment]) -> list[Segment]:
    """The blocks, each without a unit given the unit its headline opens with (广西科协) or the society its headline or
    lead names (中国光学学会)."""
    return [seg if seg.unit else Segment(unit=_opening_unit(seg.heading, seg.text) or _society(seg.heading or "")
                                         or _society(seg.text[:200]),
                                         heading=seg.heading, text=seg.text, span=seg.span) for seg in segments]


def column_headed(text: str) -> bool:
    """Does the page open with a column's name (最新科协动态, 工作动态, 简讯) over its first item's headline? Its first
    headline is then the column's first item, not the page's title."""
    lines = [ln.strip() for ln in text.split("\n", 12)[:12] if ln.strip()]
    lines = [ln for ln in lines if not _is_meta(ln) and not P.web_furniture(ln)]
    return len(lines) >= 3 and bool(_COLUMN.match(lines[0])) and _is_headline(lines[1]) and len(lines[2]) > 40


def gathered_page(segments: list[Segment], text: str, column: bool = False) -> bool:
    """Do these blocks make a gathered page: enough blocks of several named units, most of them a unit's own report?
    A block the reader found no unit for takes the society its headline or lead names (中国光学学会). Under a
    column's name (column_headed) the items may all be one unit's: the column, not their units, gathers them."""
    if len(segments) < GATHERED["min_blocks"]:
        return False
    segments = with_units(segments)
    if not all(seg.unit and _place(seg.unit) or _paper_item(seg) for seg in segments):
        # a block of 市科协 or 各县科协: one body's page speaking of others, no gathered page — unless each such block
        # is a paper's own item (本报讯 …, （记者 …）): a city paper's page names its city's bodies by level, and may
        # print an item about no body among them
        return False
    reports = sum(1 for seg in segments if _own_report(seg, text))
    return reports >= GATHERED["min_reports"] and reports >= GATHERED["report_share"] * len(segments) \
        and len({seg.unit for seg in segments if seg.unit}) >= (1 if column else GATHERED["min_units"])


# ---------- a 简讯 page: items of one paragraph each, each opening with its unit ----------
# A column of briefs (简讯, 工作动态, 各地动态) prints each item as one paragraph that opens with the unit, after the
# item's day or 近日/日前 (8月16日，桐庐县老科协召开……。（方向明）; 日前，拱墅区科协在……举办……), perhaps under a short
# headline of its own. The unit is the name with its place read to the first unit word, no level alone (县科协).
_BRIEF_WHEN = r"(?:(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}(?:[-－—至]\d{1,2})?日(?:上午|下午|晚上?|晚间)?|近日|日前|近期|最近|本报讯|本刊讯)"
_BRIEF_UNIT = rf"([{CJK}]{{2,16}}?(?:科学技术协会|老科技工作者协会|老科协|科协|学会|协会|研究会|科技馆))"
# (two bodies that act together, the first named in full, the second by its short name: 滦州市科协、老科协深入到……;
# the item is the first's. A list of bodies closed by 等 or a colon is no item's subject.)
_JOINT = rf"(?:、[{CJK}]{{1,12}}?(?:老科协|科协|学会|协会|研究会))*(?![：:、和与及等])"
_BRIEF_OPENING = re.compile(rf"^(?:({_BRIEF_WHEN})[，,]?[\s\u3000]*)?{_BRIEF_UNIT}{_JOINT}")
# an item whose lead first says why (由于受台风影响，……。日前，临安市科协积极组织……; 为了……，4月26日，滦州市科协……):
# the unit named right after the item's day, within its opening sentences
_LEAD_UNIT = re.compile(rf"[，,。；;][\s\u3000]*{_BRIEF_WHEN}[，,]?[\s\u3000]*{_BRIEF_UNIT}{_JOINT}")
LEAD_UNIT_WITHIN = 100
# A 汇编's item labelled by its unit under its number (1.吉林省林学会：积极调度……, （二）某某学会：……): the label
# makes it an item whatever its text says (the items of one report open with what was done, no unit's label)
_LABEL_ITEM_UNIT = r"(?:科学技术协会|老科技工作者协会|老科协|科协|学会|协会|研究会|科技馆|分会|专业委员会|专委会)"
_ITEM_NUMBER = r"(?:\d{1,2}[.．、]|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]|[一二三四五六七八九十]{1,3}、)"
_LABELLED_ITEM = re.compile(rf"^{_ITEM_NUMBER}[\s\u3000]*([{CJK}]{{2,20}}?{_LABEL_ITEM_UNIT})[：:][\s\u3000]*(?=\S)")
# the first such item run onto the page's posting time (……汇编2020-02-08 15:46:411.吉林省健康管理学会：……): the
# clock's seconds have two digits, what follows them is the item's number
_GLUED_FIRST_ITEM = re.compile(rf"(?<=\d:\d\d:\d\d)(?=1[.．、][{CJK}]{{2,20}}?{_LABEL_ITEM_UNIT}[：:])")
# what a unit does in an item (召开, 开展, 举办 …) — not a notice's or a plan's duty for it (负责, 牵头, 要, 将)
_BRIEF_DUTY = re.compile(r"(?:负责|牵头|要|应|须|需|将|拟|可|作为|是|为|的|分别|各|等)")
# an item's writer in brackets at its close ((李巍), (余杭科技馆), （通讯员 张某）)
_WRITER_AT_END = re.compile(r"[（(][\u4e00-\u9fff\s\u3000·]{2,16}[）)]$")
_UNIT_NEAR_START = re.compile(r"科协|协会|学会|研究会|科技馆|科協|協會|學會")
# (min_item: the shortest paragraph that may be an item at all, when its day and unit or its label open it)
BRIEF_ITEMS = {"min_units": 3, "min_paragraph": 40, "min_item": 20, "min_signs": 2, "share": 0.6}


def _brief_unit(paragraph: str) -> tuple[str | None, bool]:
    """The unit a 简讯 item's paragraph opens with (after its day), and whether it opens dated; (None, dated) else."""
    m = _BRIEF_OPENING.match(paragraph)
    dated = bool(re.match(_BRIEF_WHEN, paragraph))
    if not m:
        if dated:
            return None, dated
        lead = _LEAD_UNIT.search(paragraph, 0, LEAD_UNIT_WITHIN)
        if lead and _place(lead.group(1)) and not _BRIEF_DUTY.match(paragraph, lead.end()):
            return lead.group(1), True
        return None, dated
    unit = m.group(2)
    if not _place(unit) or _BRIEF_DUTY.match(paragraph, m.end()):
        return None, dated
    return unit, dated or bool(re.match(rf"[\s\u3000]*(?:于|在)?{_BRIEF_WHEN}", paragraph[m.end():]))


def _labelled_unit(paragraph: str) -> str | None:
    """The unit a numbered item is labelled with (1.吉林省林学会：积极调度……), not a duty given it (1.某学会：负责……)."""
    m = _LABELLED_ITEM.match(paragraph)
    if not m or not _place(m.group(1)) or _BRIEF_DUTY.match(paragraph, m.end()):
        return None
    return m.group(1)


def paragraph_briefs(text: str, labels: bool = True) -> list[Segment]:
    """The items of a page of briefs printed one paragraph each, each opening with another unit (近日，某县科协开展……。),
    or [] where the page is no such page: at least three units each opening an item, most of the page's paragraphs
    such items, and the items signed as a column's are (dated, closed by their writer, under the column's name, or
    each labelled by its unit under its number: 1.吉林省林学会：……, a 汇编's items).
    A paragraph that is no item (no unit, no day at its opening) continues the item above it.
    `labels`: read numbered unit labels as items (not under a 公文's title: there they give each body its task)."""
    raw = text.split("\n")
    # (most pages have not three paragraphs that name a unit near their start: no need to weigh their lines)
    near = sum(1 for ln in raw if len(ln) >= BRIEF_ITEMS["min_item"] and _UNIT_NEAR_START.search(ln, 0, 30))
    # (a unit after an item's lead of why stands further in, 由于……。日前，临安市科协……: looked for only when one
    # unit short)
    if near < BRIEF_ITEMS["min_units"] - 1 or near < BRIEF_ITEMS["min_units"] and sum(
            1 for ln in raw if len(ln) >= BRIEF_ITEMS["min_item"]
            and _UNIT_NEAR_START.search(ln, 0, LEAD_UNIT_WITHIN + 20)) < BRIEF_ITEMS["min_units"]:
        return []
    lines, pos = [], 0
    for line in raw:
        glued = _GLUED_FIRST_ITEM.search(line) if labels and ":" in line else None
        if glued:  # the page's posting time, then its first item
            lines.append((pos, line[:glued.start()].strip(), pos + len(line) - len(line.lstrip())))
            lines.append((pos, line[glued.start():].strip(), pos + glued.start()))
        else:
            lines.append((pos, line.strip(), pos + len(line) - len(line.lstrip())))
        pos += len(line) + 1
    column = False
    items: list[list] = []  # [start, end, unit, heading, lines, dated, labelled]
    paragraphs = 0
    prev_headline: tuple[int, str] | None = None
    for _, ln, at in lines:
        if not ln or _is_meta(ln):
            continue
        if _COLUMN.match(ln) or ln in ("简讯", "工作简讯", "科协简讯"):
            column = True
            continue
        labelled = _labelled_unit(ln) if labels and "。" in ln and len(ln) >= BRIEF_ITEMS["min_item"] else None
        unit, dated = _brief_unit(ln) if not labelled and len(ln) >= BRIEF_ITEMS["min_item"] else (labelled, False)
        # (a short paragraph is an item when it opens with its day and its unit: 4月12日，某市老科协会长一行到……调研。)
        if not labelled and not (unit and dated and ln.endswith("。")) \
                and (len(ln) < BRIEF_ITEMS["min_paragraph"] or "。" not in ln):
            if _is_headline(ln) and not P.starts_with_marker(ln):
                prev_headline = (at, ln)
            elif items:
                items[-1][4].append(ln)  # a short line inside an item (its writer's line)
                items[-1][1] = at + len(ln)
            continue
        paragraphs += 1
        if not labelled and P.starts_with_marker(ln):
            prev_headline = None
            if items:
                items[-1][4].append(ln)
                items[-1][1] = at + len(ln)
            continue
        if labelled:
            prev_headline = None  # (the line over a 汇编's first numbered item is the 汇编's headline, not the item's)
        heading = prev_headline[1] if prev_headline else None
        start = prev_headline[0] if prev_headline else at
        prev_headline = None
        if unit or dated and _WRITER_AT_END.search(ln):
            items.append([start, at + len(ln), unit, heading, [ln], dated, bool(labelled)])
        elif items:
            items[-1][4].append(ln)
            items[-1][1] = at + len(ln)
    units = {it[2] for it in items if it[2]}
    if len(units) < BRIEF_ITEMS["min_units"] or len(items) < BRIEF_ITEMS["share"] * paragraphs:
        return []
    writers = sum(1 for it in items if _WRITER_AT_END.search(it[4][-1]))
    dated = sum(1 for it in items if it[5])
    # (dated paragraphs under the page's own headline are one report's round-up of its units, no column of briefs;
    # items each under their unit's numbered label are a 汇编's, under its headline or not)
    if not (column or writers >= BRIEF_ITEMS["min_signs"]
            or sum(1 for it in items if it[6]) >= BRIEF_ITEMS["min_units"]
            or dated >= BRIEF_ITEMS["min_signs"] and first_headline(text) is None):
        return []
    return [Segment(unit=it[2], heading=it[3], text="\n".join(it[4]), span=(it[0], it[1])) for it in items]
