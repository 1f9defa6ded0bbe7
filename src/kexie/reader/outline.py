"""The numbered outline: 一、 （一） 1. （1） 一是 ① 第X章 第X条 items, their ids, headings, text and spans."""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field

from . import patterns as P

# Where an item's heading stops: the first full stop, semicolon or colon, or a bracketed annotation.
_HEADING_END = re.compile(r"[。；：！？]|$")
# a bracket that assigns the item: 牵头单位：… (a colon after Chinese text, not the one in （http://…）), ……负责
_HEADING_STOPS = frozenset("。；：！？")
# what makes a bracket an annotation that assigns the item: a role word and its colon (牵头单位：, 责任领导：), or
# bodies that close on what they do (市科协负责, 市科技局牵头，市财政局配合参加), or 由 the bodies that lead or answer
# (由牵头学会负责预告); not 时间：… nor 由团总支书记或负责人担任
_ANNOTATION = re.compile(r"(单位|部门|领导|科室|处室|部室|处|科|室)\s*[：:]|(负责|牵头|配合|参与|参加|协助|落实)$"
                         r"|^由[^，,；;。]{1,40}?(负责(?!人)|牵头)")
# Lines that end the text of the item before them (the end matter of a notice or plan).
# the openings of a notice's closing paragraph, which asks all its recipients (请各单位……) or sums up (以上……)
# (a meeting notice's 请参会人员于…前将回执发送到…, 请与会代表…, asks everyone who comes)
CLOSING_OPENERS = ("会议重要", "请各单位", "请各部门", "请各有关单位", "以上", "望各", "希望各", "特此通知", "请参会", "请与会")
_END_MATTER = re.compile(r"^[（(]?(联系人|联系电话|联系方式|抄送|抄报|主题词|印发|附件|（此页无正文）|此页无正文)")
# 1.2018年度计划表: an attachment's number runs into a title that starts with a year
_BARE_MARKER = re.compile(r"[（(]?\d{1,2}[、.．)）]")
_ATTACHMENT_ENTRY = re.compile(r"^\d{1,2}\s*[.．、]")
# 附件：/ 一、天津市科普工作先进集体名单: an attachment list numbered 一、二、 names a title, says no sentence
_LISTED_ATTACHMENT = re.compile(r"^[一二三四五六七八九十]{1,3}、[^。；：:，]{2,40}$")
# An attachment that is a blank form, not a document with an outline of its own; a table of tasks
# (重点任务分解表, 责任清单) is the plan itself and keeps its items.
_FORM_TITLE = re.compile(r"(表|回执|名单|清单|目录|模板|样式|格式)[）)]?$")
FORM_TITLE_LENGTH = 30  # a form's title: a short line
# right under the signature, a form to fill in (报名表, 回执); not 目录, the contents of an enclosed plan
_SIGNED_FORM = re.compile(r"(表|回执)[）)]?$")
# 附件2 / 附表1: the label over an attachment or a table (a blank form when its title says so)
# right under the signature, the list of names a decision or notice announces (命名…的通知 / 2020年3月19日 / 2020-2024年
# 滁州市 / 科普教育基地名单 / 1.…): an attachment that lost its 附件 label, its title on one line or two; its entries
# are names, no items of the text
_SIGNED_LIST = re.compile(r"(名单|名录|一览表)[）)]?$")


def _signed_list(line: str, following: str) -> bool:
    if len(line) > FORM_TITLE_LENGTH or _CLAUSE.search(line) or P.starts_with_marker(line):
        return False
    if _SIGNED_LIST.search(line):
        return True
    return len(line) <= 16 and len(following) <= 16 and bool(_SIGNED_LIST.search(following)) \
        and not _CLAUSE.search(following) and not P.starts_with_marker(following)


_CLAUSE = re.compile(r"[。；，,：:！？]")


# 附件：1、江苏省科普场馆协会2015年全国科技活动周暨 / 江苏省第二十七届科普宣传周活动先进集体推荐表 / 2、…: an attachment's
# name broken across two lines (a pdf's line, a narrow cell): the entry stops on a word, not on a title's last word, and
# the next line, without a marker or a clause, closes the name as a title or form does; the list goes on below it
def _cut_entry(line: str) -> bool:
    return len(line) >= 8 and "\u4e00" <= line[-1] <= "\u9fff" and not P.TITLE_END.search(line) \
        and not _FORM_TITLE.search(line) and not _CLAUSE.search(line)


def _rest_of_entry(line: str) -> bool:
    return len(line) <= FORM_TITLE_LENGTH + 10 and not _CLAUSE.search(line) and not P.starts_with_marker(line) \
        and bool(P.TITLE_END.search(line) or _FORM_TITLE.search(line))
# 其他： alone on its line: a label over the list that follows
_LABEL_ALONE = re.compile(r"[\u4e00-\u9fff]{2,8}[：:]")
_ATTACHMENT_LABEL = re.compile(r"^(?:附件|附表)\s*(\d*)\s*([:：]?)\s*(.*)$")
_TASK_TABLE_TITLE = re.compile(r"任务|分工|责任|台账|措施|项目|实事")
# Starts with the punctuation before the marker, so the regex engine can scan for it quickly.
_INLINE = re.compile(
    r"(?=[。；！？：）)，,.;!?:])(?:[。；！？：）)，,]|(?<=[\u4e00-\u9fff])[.;!?:])\s*(?:"
    r"(?P<l1>[一二三四五六七八九十]+)、"
    r"|（(?P<l2>[一二三四五六七八九十]+)）"
    r"|(?P<l3>\d{1,2})(?:[、．]|\.(?!\d)|\.(?=" + P.MONTH_DAY + r"))(?![年月日%％号])"
    r"|（(?P<l4>\d{1,2})）"
    r"|(?P<l4b>\d{1,2})[)）](?=[\u4e00-\u9fff“《])"
    r"|(?P<l5>[一二三四五六七八九十]+)[是要](?=[^，,、：:])"
    r"|(?P<l5c>[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])"
    r")")
# （责任单位：市科技局、市科协）7.强化……: a bracket that assigns the item above closes it, so a number right after it
# opens the next item, though an excerpt may have left out the items between (1. … 7. … 9.)
_ANNOTATION_CLOSED = re.compile(r"[（(][^（）()]{0,12}(?:单位|部门|科室|处室|领导)\s*[:：][^（）()]{1,120}[）)]$")
# (or right after the comma that ends the sentence's subject: 会议要求，一要…。二要…)
_GLUED_FIRST_POINT = re.compile(r"(?:(?<=[\u4e00-\u9fff])(?<![统唯第同单万之逐划专如合每任])|(?<=[，,]))一[是要](?![求素点件])")
# 二是/三是 glued to the word before them (a page that lost its stops); not 第二是
_GLUED_POINT = re.compile(r"(?<=[\u4e00-\u9fff])(?<!第)([二三四五六七八九十])是(?=[\u4e00-\u9fff“])")
# a paragraph cut mid-word: a sentence ended in it, and it stops on a character with no stop after
_CUT_PARAGRAPH = re.compile(r"[。；.;](?!\d)[^。；！？：:.;]{8,}[\u4e00-\u9fff]$")
_FIRST_POINT_AFTER_HEADING = re.compile(r"(?<=[\u4e00-\u9fff])(\d{1,2})(?:[、．]|\.(?!\d))(?![年月日%％号\d])")
_IMAGE_FILE = re.compile(r"^[\w\-.]{1,60}\.(?:png|jpe?g|gif|bmp|webp)$", re.I)
# what may follow a comma as the run's next item: a number not read as a count (3、4月), a point with words of its own
# (一是加强领导，二是强化宣传, not 一是一，二是二)
_POINT_WORDS = re.compile(r"[^，,。；;！？：:]{2}")
# (…州科技局对所反映意见，二、如公示结束无异议，…: a one-line page's next first-level item after a comma, the run's next
# ordinal only, with words of its own — not 二、三年级, not 九、一八)
_CN_NUMERALS = "一二三四五六七八九十百零〇两"
_AFTER_COMMA = {"l1": lambda line, at: line[at:at + 1] not in _CN_NUMERALS and not line[at:at + 1].isdigit()
                and bool(_POINT_WORDS.match(line, at)),
                "l2": lambda line, at: False, "l4": lambda line, at: False,
                "l4b": lambda line, at: False,
                "l5c": lambda line, at: False,
                "l3": lambda line, at: not line[at:at + 1].isdigit(),
                "l5": lambda line, at: bool(_POINT_WORDS.match(line, at))}
# a colon that announces several points: 三大重点任务：, 以下几点：, 两个方面：
_ANNOUNCED_POINTS = re.compile(r"[两二三四五六七八九十几多]+(?:大|项|个|点|条|方面|要求|任务)[^，。；：:]{0,12}[：:]$")
_LEVEL_OF_GROUP = {"l1": 1, "l2": 2, "l3": 3, "l4": 4, "l4b": 4, "l5": 5, "l5c": 5}


@dataclass
class RawItem:
    level: int
    ordinal: int
    rank: float  # where it nests (patterns.nesting_rank)
    marker: str
    start: int            # offset of the marker in the cleaned text
    body_start: int       # offset just after the marker
    end: int = 0          # offset where the item's own text ends
    parent: "RawItem | None" = None
    id: str = ""
    part: int = 1
    children: list["RawItem"] = field(default_factory=list)


def _line_offsets(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


# the first child of an item run into the line, glued to its heading without a stop (四、活动安排（一）采取多种形式，
# 营造活动氛围1.利用场天，…；2.…): （一） after a first-level item, 1. after a first- or second-level one
_GLUED_FIRST_CHILD = {2: re.compile(r"(?<=[\u4e00-\u9fff])（一）(?=[\u4e00-\u9fff])"),
                      3: re.compile(r"(?<=[\u4e00-\u9fff])1(?:[、．]|\.(?!\d))(?=[\u4e00-\u9fff])")}


def _glued_first_children(line: str, found: list) -> list:
    out = list(found)
    k = 0
    while k < len(out):
        start, level, _, marker, length, _ = out[k]
        end = line.find("。", start)
        end = len(line) if end < 0 else end
        nxt = min((c[0] for c in out if c[0] > start), default=len(line))
        for child in (2, 3):
            if child <= level or any(c[1] == child and c[2] == 1 and start < c[0] < end for c in out):
                continue
            m = _GLUED_FIRST_CHILD[child].search(line, start + length, min(end, nxt))
            if m:
                out.append((m.start(), child, 1, P.as_written(m.group(0)), len(m.group(0)), False))
                out.sort()
                break
        k += 1
    return out


def _inline_markers(line: str, first: tuple | None, open_items: dict[int, int] | None = None,
                    next_line: str = "") -> list[tuple[int, int, int, str, int, bool]]:
    """Items a converter ran together on one line: (offset, level, ordinal, marker, marker length, whether numbers
    were skipped before it).

    A candidate counts only when the candidates form a run 1, 2, 3 … (or continue the line's own item, or the items
    open above the line: …按时完成。二、加强领导 glued to the last paragraph of 一、), so a stray 2. in a sentence
    does not cut it.
    """
    found = []
    for m in _INLINE.finditer(line):
        if m.end() <= (first[3] if first else 0):
            continue
        group = next(g for g in _LEVEL_OF_GROUP if m.group(g))
        if m.group(0)[0] in "，," and not _AFTER_COMMA[group](line, m.end()):
            continue  # after a comma only a run's next number or point (…技改2000亩，4、土地流转…; 一是…，二是…)
        ordinal = P.cn_number(m.group(group))
        if not ordinal:
            continue
        marker_text = m.group(0)[1:]
        start = m.start() + 1 + (len(marker_text) - len(marker_text.lstrip()))
        after_bracket = m.group(0)[0] in "）)"
        if after_bracket and not _ANNOTATION_CLOSED.search(line, max(0, m.start() - 140), m.start() + 1):
            continue  # a bracket that assigns nobody ((2016—2020年)3.) opens no item after it
        found.append((start, _LEVEL_OF_GROUP[group], ordinal, P.as_written(marker_text),
                      len(marker_text.strip()), after_bracket))
    # a speaker's first point right after the sentence's subject (…负责同志一要充分认识…；二要…, 会议要求，一要…): 一要/一是
    # with no stop before it, taken only where a 二要/二是 after punctuation follows (统一要求, 之一是 are words)
    if found and any(c[1] == 5 and c[2] == 2 for c in found) and not any(c[1] == 5 and c[2] == 1 for c in found):
        m = _GLUED_FIRST_POINT.search(line, first[3] if first else 0)
        second = min(c[0] for c in found if c[1] == 5 and c[2] == 2)
        if m and m.start() < second:
            found.append((m.start(), 5, 1, m.group(0), 2, False))
    # a page that lost its stops (…培养科技带头人二是组织…三是为…): once 一是 opened the points after a stop, the next
    # numbers glued to the text before them still open points (the run 2, 3 … is checked below)
    if found and any(c[1] == 5 and c[2] == 1 and c[3][-1] in "是要" for c in found):
        start = min(c[0] for c in found if c[1] == 5 and c[2] == 1)
        taken = {c[0] for c in found}
        for m in _GLUED_POINT.finditer(line, start):
            if m.start() not in taken:
                found.append((m.start(), 5, P.cn_number(m.group(1)), m.group(0), 2, False))
    # a circled numeral is a marker wherever it stands: ① right after a word (重点是①…；②…) opens the run that the
    # line's ② goes on with
    if found and "①" in line and any(c[1] == 5 and c[2] == 2 and c[3] == "②" for c in found) \
            and not any(c[1] == 5 and c[3] == "①" for c in found):
        second = min(c[0] for c in found if c[3] == "②")
        at = line.find("①", first[3] if first else 0)
        if 0 <= at < second:
            found.append((at, 5, 1, "①", 1, False))
    # the first inline item of a level directly after a heading with no full stop (一、标题1.任务…)
    if first:
        head = line[first[3]:]
        m = _FIRST_POINT_AFTER_HEADING.search(head)
        if m and m.group(1) == "1" and "。" not in head[:m.start()]:
            found.append((first[3] + m.start(), 3, 1, "1．", len(m.group(0)), False))
    if not found:
        return []  # (most lines: no candidate, nothing to weigh below)
    found.sort()
    if found and ("（一）" in line or "1" in line):
        found = _glued_first_children(line, found)
    accepted, last = [], {}
    if open_items:
        last.update({lv: o for lv, o in open_items.items() if not first or lv < first[0]})
    if first:
        last[first[0]] = first[1]
    points = [c[2] for c in found if c[1] == 5] if found else []
    if points and 1 not in points and 2 in points and 3 in points and points.index(2) < points.index(3):
        last[5] = 1  # 二要…；三要…: a speaker's first point lost its 一要 (要实施…。二要…): the run goes on from it
    for cand in found:
        _, level, ordinal, _, _, after_bracket = cand
        expected = last.get(level, 0) + 1
        if ordinal == expected or after_bracket and expected < ordinal <= expected + 20 and level in last:
            accepted.append(cand[:5] + (ordinal != expected,))
            last[level] = ordinal
            for deeper in [lv for lv in last if lv > level]:
                del last[deeper]
    # a lone inline 一是 with no 二是 is a phrase, not a list, unless the next paragraph opens with 二是 (会议强调：一是…。
    # / 二是…), or a colon announced several points (三大重点任务：一是…, a copy cut before 二是)
    lone = any(c[1] == 5 and c[2] == 1 for c in accepted)
    after = P.starts_with_marker(next_line) if next_line and lone else None
    singles = [c for c in accepted if c[1] == 5 and c[2] == 1
               and not any(o[1] == 5 and o[2] == 2 for o in accepted)
               and not (after and after[0] == 5 and after[1] == 2 and after[2][-1] in "是要")
               and not (line[c[0] - 1:c[0]] in "：:" and c[0] and _ANNOUNCED_POINTS.search(line, max(0, c[0] - 24), c[0]))]
    # the last field says the item follows an assigning bracket and may skip numbers an excerpt left out
    return [c for c in accepted if c not in singles]


# the page's path (首页 / 栏目 / 正文) printed as the entries of a list, their numbers run together before it
_NUMBERED_PATH = re.compile(r"^(?:\d{1,2}\s*[.．、]\s*)+首页\s*[/>》»→]")


def find_items(text: str) -> list[RawItem]:
    """Every numbered item in document order, with its parent, id and own-text end."""
    items: list[RawItem] = []
    chain: list[RawItem] = []
    part = 1
    last_of_kind: dict[str, int] = {}
    skipping_form = just_signed = False
    in_attachment_list = just_labelled = mid_outline = entry_under_marker = False
    label_above = labelled_list = entry_cut = False
    label_at = 0
    lines = _line_offsets(text)
    chunks = _chunk_lines(lines)
    # 一申报条件 / 二申报材料 / 三申报程序: first-level numerals that lost their 、, at the lines' starts (patterns)
    bare = dict(P.bare_numeral_run(text)) if "一" in text else {}
    for index, (offset, line) in enumerate(lines):
        if not line:
            # a web page leaves blank lines between the entries of the list (附件：1、… / / 2、…)
            if in_attachment_list:
                entry = P.starts_with_marker(_next_filled(lines, index))
                # right under 附件： the list starts at 1 (附件： / / 1.关于……的函)
                in_attachment_list = bool(entry and entry[0] in (1, 3, 4) and (entry[1] > 1 or just_labelled))
            continue
        just_labelled = False
        labelled_list, label_above = label_above, bool(_LABEL_ALONE.fullmatch(line))
        label_at = label_at if labelled_list else offset
        if not in_attachment_list:
            entry_under_marker = False
        # attachments: the list under 附件： is not the outline, nor is a blank form that follows
        label = _ATTACHMENT_LABEL.match(line)
        if label:
            _close(chain, offset)
            chain = []
            if label.group(2) or label.group(3):
                in_attachment_list = True
                just_labelled = not label.group(3)
                entry_cut = _cut_entry(label.group(3))
                skipping_form = False
            else:
                following = _next_filled(lines, index)
                skipping_form = bool(_FORM_TITLE.search(following)) and not _TASK_TABLE_TITLE.search(following)
                part += 1
            continue
        if just_signed and not in_attachment_list and len(line) <= FORM_TITLE_LENGTH and "。" not in line \
                and _SIGNED_FORM.search(line) and not _TASK_TABLE_TITLE.search(line) and not P.starts_with_marker(line):
            skipping_form = True  # 2023年5月1日 / 科普活动报名表 / 1.单位名称：: a blank form right under the signature
        elif just_signed and not in_attachment_list and _signed_list(line, _next_filled(lines, index)):
            skipping_form = True  # 2020年3月19日 / 2020-2024年…基地名单 / 1.…: the names the text announces, unlabelled
        just_signed = False
        if skipping_form:
            continue
        if in_attachment_list and (P.starts_with_marker(line) and P.starts_with_marker(line)[0] in (3, 4)
                                   or _ATTACHMENT_ENTRY.match(line) or _LISTED_ATTACHMENT.match(line)
                                   or entry_under_marker):
            # a page's list cell may hold the number alone (附件： / 1、 / …信息表 / 2、 / …申请表): its entry is the
            # next line
            entry_under_marker = bool(_BARE_MARKER.fullmatch(line))
            entry_cut = not entry_under_marker and _cut_entry(line)
            continue
        if in_attachment_list and entry_cut and _rest_of_entry(line):
            entry_cut = False  # 1、……科技活动周暨 / 江苏省……推荐表 / 2、…: a page broke the entry's name
            continue
        entry_cut = in_attachment_list = False
        if line.startswith("、") and P.LOST_NUMERAL_HEADING.match(line):
            _close(chain, offset)  # 、有关事项: the next first-level heading, its numeral lost: the items above end
            chain = []
            continue
        if _END_MATTER.match(line) or P.DATE_LINE.fullmatch(line):
            _close(chain, offset)
            if chain:
                part += 1
            chain = []
            just_signed = bool(P.DATE_LINE.fullmatch(line))
            continue
        if "." in line and _IMAGE_FILE.match(line):
            continue  # 1.png: a photo's file name on its own line (a web page's image) numbers nothing
        if "首页" in line[:12] and _NUMBERED_PATH.match(line):
            continue  # 1. 2.首页/ 政府信息公开 / …: a page's path set as a numbered list numbers no item
        first = P.starts_with_marker(line) if offset not in bare else (1, bare[offset], line[0], 1)
        if index in chunks:
            # 2、一、指导思想: a document site's chunk number before the document's own heading, which is the item;
            # 1、2023年……: the chunk's text goes on
            inner = P.starts_with_marker(line[first[3]:])
            first = (inner[0], inner[1], inner[2], first[3] + inner[3]) if inner and inner[0] < 3 else None
        if first and first[0] == 3 and index and _CUT_PARAGRAPH.search(lines[index - 1][1]) \
                and _chunk_number(first, chain, lines, index):
            # 2、任务。 under a paragraph cut mid-word (…作为当前和今后一个时期的首要政治): a document site's chunk
            # number, not an item; the sentence goes on (a heading line has no full stop in it to be cut after)
            first = None
        if first and labelled_list and first[1] == 1 and first[0] >= 3 and chain \
                and chain[-1].rank == P.nesting_rank(first[0], first[2]):
            # 活动内容： / 1.…3.… / 其他： / 1.…: a list under each label, the second starting again (ids count on); the
            # label ends the list above
            _close_from(chain, chain[-1].rank, label_at)
        elif first and not _accept(first, chain, last_of_kind) and not (not items and index == 0 and first[0] == 1):
            if not items and _run_goes_on(first, lines, index):
                mid_outline = True  # a copy that starts inside its outline: (八)…(九)…, 3.…4.… keep their numbers
            elif _lost_siblings(first, line, chain):
                pass  # 二、会议地点 … 五、其他事项: a page that lost 三、四、 still has its fifth section
            elif not (mid_outline and P.nesting_rank(first[0], first[2]) < min(it.rank for it in items)):
                # (once the copy started inside its outline, a higher level than any seen so far continues the
                # parents' numbering on the page before: 四、工作要求 after (八)(九))
                first = None  # (a copy that starts inside its outline, 三、其他事项 on its first line, keeps that number)
        starts = []
        if first:
            starts.append((0, first[0], first[1], first[2], first[3]))
        starts += _inline_markers(line, first, {it.level: it.ordinal for it in chain if it.level < 5},
                                  next((ln for _, ln in lines[index + 1:index + 3] if ln), ""))
        if not starts:
            if chain and chain[-1].level >= 3 and line.startswith(CLOSING_OPENERS) and offset > chain[-1].start:
                # 会议重要，请相关人员依时参加。请各单位填写会议回执……: the notice's closing paragraph after the last
                # entry of a list speaks to all the recipients, not for that entry (GB/T 9704's 正文 ends so)
                _close(chain, offset)
                chain = []
                continue
            if chain and P.TITLE_END.search(line) and len(line) <= 50 and "。" not in line:
                # a new title: the outline that follows is a new document's
                _close(chain, offset)
                chain = []
                part += 1
            continue
        for pos, level, ordinal, marker, length, *skipped in starts:
            restart = level == 5 and ordinal == 1 and chain and chain[-1].level == 5 and chain[-1].start < offset
            if pos and not (skipped and skipped[0]) and not restart \
                    and not _accept((level, ordinal, marker, length), chain, last_of_kind):
                continue  # (a new paragraph's ① or 一是 starts its points again: 第二阶段 … ①…；②…)
            last_of_kind[_kind(level, marker)] = ordinal
            rank = P.nesting_rank(level, marker)
            _close_from(chain, rank, offset + pos)
            item = RawItem(level=level, ordinal=ordinal, rank=rank, marker=marker, start=offset + pos,
                           body_start=offset + pos + length, part=part)
            item.parent = chain[-1] if chain else None
            if item.parent:
                item.parent.children.append(item)
            chain.append(item)
            items.append(item)
    _close(chain, len(text))
    items = _without_repeated_copy(items, text)
    _assign_ids(items)
    return items


_REPEAT_PROBE = 12  # characters of the first item's heading looked for again
_SAME_TEXT = 40  # characters from an item's marker on that show a copy of it
_REPEAT_WITH_TEXT = 24  # a short heading is looked for again with the text under it
_REPEAT_PROBE_MIN = 5  # marker and heading: 第一章总则, not 1.组长


def _without_repeated_copy(items: list[RawItem], text: str) -> list[RawItem]:
    """A page that prints its body twice (a site that repeats the article under its own headline) has one outline.

    Where the first item is printed again further on (its line, or an item with its marker and heading), and the
    items read from there repeat, in order, items read before it (marker, level and heading; the copy may lose some,
    whose numbering no longer runs on), the second copy goes. A notice's items and its plan's share no headings, and
    a list printed once stays."""
    if len(items) < 2:
        return items
    keys = [(it.level, it.marker, heading_of(text[it.body_start:it.end])) for it in items]
    probe = text[items[0].start:items[0].body_start + _REPEAT_PROBE]
    if "\n" in probe[:_REPEAT_PROBE_MIN]:
        probe = text[items[0].start:items[0].start + _REPEAT_WITH_TEXT]  # 一、主题 and the text under it
    again = text.find(probe, items[0].body_start) if len(probe.strip()) >= _REPEAT_PROBE_MIN else -1
    if again >= 0:
        j = next((k for k, it in enumerate(items) if it.start >= again), len(items))
    else:  # (一、时间 / 第一章: too short a line to look for; the same item read again will do where another follows
        # it, or where its text reads the same too)
        j = next((k for k in range(1, len(items)) if keys[k] == keys[0] and (
            k < len(items) - 1 or text[items[k].start:items[k].start + _SAME_TEXT]
            == text[items[0].start:items[0].start + _SAME_TEXT])), len(items))
        again = items[j].start if j < len(items) else -1
    if j == len(items) or not any(key[2] for key in keys[j:]):
        return items
    earlier = iter(keys[:j])
    if not all(key in earlier for key in keys[j:]):  # a subsequence of the first copy's items
        return items
    for item in items[j:]:
        if item.parent is not None and item.parent in items[:j]:
            item.parent.children.remove(item)
    for item in items[:j]:
        item.end = min(item.end, again)
    return items[:j]


def _chunk_lines(lines: list[tuple[int, str]]) -> set[int]:
    """A document site numbers the chunks of its preview 1、2、3、 at their lines' starts; where a chunk number stands
    before the document's own heading (2、一、指导思想), every line of that count (1、 2、 3、 … in order) is a chunk."""
    numbered = []
    evidence = False
    for index, (_, line) in enumerate(lines):
        first = P.starts_with_marker(line) if line[:1].isdigit() else None
        if first and first[0] == 3:
            inner = P.starts_with_marker(line[first[3]:])
            evidence = evidence or bool(inner and inner[0] < 3)
            numbered.append((index, first[1]))
    if not evidence:
        return set()
    out, expected = set(), 1
    for index, ordinal in numbered:
        if ordinal == expected:
            out.add(index)
            expected += 1
    return out


def _after(lines: list[tuple[int, str]], index: int):
    """The lines after line `index`, one at a time (no copy of the rest of the list for a loop that stops early)."""
    return (lines[j][1] for j in range(index + 1, len(lines)))


def _next_filled(lines: list[tuple[int, str]], index: int) -> str:
    """The first non-empty line after line `index` ("" if none)."""
    return next((ln for ln in _after(lines, index) if ln), "")


def _chunk_number(first: tuple, chain: list[RawItem], lines: list[tuple[int, str]], index: int) -> bool:
    """A document site numbers the chunks it cuts a preview into (1、 2、 3、 at the start of each, mid-sentence) on
    its own count, which collides with the items': the number repeats the item above (3、创新…。/ 3、劳动人口…) or
    the next item's (2、任务。 / 2、扎实开展…)."""
    kind = _kind(first[0], first[2])
    if any(it.ordinal == first[1] and _kind(it.level, it.marker) == kind for it in chain):
        return True
    for line in _after(lines, index):
        other = P.starts_with_marker(line)
        if other and _kind(other[0], other[2]) == kind:
            return other[1] == first[1]
    return False


def _lost_siblings(first: tuple, line: str, chain: list[RawItem]) -> bool:
    """A first-level heading alone on its line (五、其他事项) a few numbers after its sibling: the sections between
    were lost, the heading stands (a 一、 in a sentence is no line of its own)."""
    if first[0] != 1 or not first[2].endswith("、"):
        return False
    sibling = next((it for it in reversed(chain) if it.rank == 1.0 and it.marker.endswith("、")), None)
    heading = line[first[3]:]
    return sibling is not None and sibling.ordinal + 2 < first[1] <= sibling.ordinal + LOST_SECTIONS + 1 \
        and 2 <= len(heading) <= 20 and not _PUNCT_IN_HEADING.search(heading)


LOST_SECTIONS = 3  # at most this many first-level sections lost between two that survive
_PUNCT_IN_HEADING = re.compile(r"[。；：，:;,]")


def _run_goes_on(first: tuple, lines: list[tuple[int, str]], index: int) -> bool:
    """The next numbered line of the same kind continues the number (（八）… then （九）…), or the section's own items
    follow it numbered from one."""
    kind = _kind(first[0], first[2])
    rank = P.nesting_rank(first[0], first[2])
    child_kind, child = None, 0
    for line in _after(lines, index):
        other = P.starts_with_marker(line)
        if not other:
            continue
        if _kind(other[0], other[2]) == kind:
            return other[1] == first[1] + 1
        # 四、保障措施 / （一）… / （二）…: the copy's last section, its own items numbered from one under it (a preview
        # that starts inside the outline keeps the section's number)
        if child_kind is None and other[1] == 1 and P.nesting_rank(other[0], other[2]) > rank:
            child_kind, child = _kind(other[0], other[2]), 1
        elif child_kind is not None and _kind(other[0], other[2]) == child_kind:
            if other[1] != child + 1:
                return False
            child += 1
            if child == 2:
                return True
    return False


def _accept(marker: tuple, chain: list[RawItem], last_of_kind: dict[str, int] | None = None) -> bool:
    """A marker opens an item when it continues the numbering it belongs to, or starts a new list.

    Some numberings run on across sections (第三条 after 第二章, 5. under （二） after 4. under （一））.
    """
    level, ordinal = marker[0], marker[1]
    kind = _kind(level, marker[2])
    rank = P.nesting_rank(level, marker[2])
    if last_of_kind and last_of_kind.get(kind) and ordinal == last_of_kind[kind] + 1:
        return True
    sibling = next((it for it in reversed(chain) if it.rank == rank), None)
    if sibling is not None:
        if ordinal == 1 and _CHAPTER.fullmatch(sibling.marker) and not _CHAPTER.fullmatch(marker[2]):
            return True  # 第一章总则 / 一、根据……: articles numbered 一、二、 inside a chapter start their own run
        return sibling.ordinal < ordinal <= sibling.ordinal + 2 or (ordinal == 1 and chain[-1].rank < rank)
    return ordinal <= 2


_CHAPTER = re.compile(r"第[一二三四五六七八九十百\d]+(?:章|部分)")


@lru_cache(maxsize=1024)
def _kind(level: int, marker: str) -> str:
    return f"{level}" + re.sub(r"[一二三四五六七八九十百〇零\d①-⑳]+", "N", marker)


def _close(chain: list[RawItem], end: int) -> None:
    for item in chain:
        if not item.end:
            item.end = end
    # an item's own text stops where its first child starts
    for item in chain:
        if item.children:
            item.end = min(item.end, item.children[0].start)


def _close_from(chain: list[RawItem], rank: float, end: int) -> None:
    """Close the items at this rank and deeper; a new item at the same rank ends its siblings."""
    if chain and not chain[-1].end:
        chain[-1].end = end
    while chain and chain[-1].rank >= rank:
        item = chain.pop()
        if not item.end or item.end > end:
            item.end = end
    for item in chain:
        if item.children and (not item.end or item.end > item.children[0].start):
            item.end = item.children[0].start


def _assign_ids(items: list[RawItem]) -> None:
    """An id joins the items' ordinals: the written number (a 2. numbered across sections stays 2, 第三条 under 第二章
    is 2.3, an excerpt's 7. 9. 16. keep theirs), except that an item after a sibling of another kind counts on from
    it (一、 after 第一章 is 2; 1. after （1）–（7） is 8: ids stay unique), and a speaker's points count from 1 (二要
    whose 一要 was lost)."""
    seen: set[str] = set()
    place: dict[int, tuple[RawItem, int]] = {}  # a parent's (or the root's, 0) last child and its place
    part = 1
    for item in items:
        if item.part != part:
            part = item.part  # a second outline in one file (a notice's items, then its plan's) counts afresh
            place.pop(0, None)
        key = id(item.parent) if item.parent else 0
        kind = _kind(item.level, item.marker)
        previous = place.get(key)
        if previous is not None and not item.parent and previous[0].rank != item.rank \
                and str(item.ordinal) not in seen:
            previous = None  # (九) then 四、 at the top of a copy that starts inside its outline: no siblings
        if previous is None:
            number = 1 if item.level == 5 else item.ordinal
        elif _kind(previous[0].level, previous[0].marker) == kind and item.ordinal > previous[0].ordinal:
            number = previous[1] + item.ordinal - previous[0].ordinal
        else:
            number = previous[1] + 1
        place[key] = (item, number)
        item.id = f"{item.parent.id}.{number}" if item.parent else str(number)
        if item.id in seen:
            # a second outline in one file (a notice's items, then its attached plan's) keeps ids unique
            item.id = f"{item.part}-{item.id}"
        seen.add(item.id)


def heading_of(body: str) -> str:
    """The item's heading: its text up to the first 。；： or line end, or a bracketed responsibility annotation.

    A stop or colon inside brackets ends nothing (主题征文比赛（时间：2014年10月15日—10月31日） reads to the line's end);
    a bracket ends the heading only where it assigns the item (（牵头单位：…）, （市科协负责）).
    """
    first_line = body.split("\n", 1)[0]
    stop = _HEADING_END.search(first_line).start()
    if "（" not in first_line[:stop] and "(" not in first_line[:stop]:
        return _trimmed(first_line[:stop])  # no bracket before the first stop: the common case, read at once
    depth, start = 0, 0
    for i, ch in enumerate(first_line):
        if ch in "（(":
            if depth == 0:
                start = i
            depth += 1
        elif ch in "）)" and depth:
            depth -= 1
            if depth == 0 and _ANNOTATION.search(first_line[start + 1:i]):
                return _trimmed(first_line[:start])
        elif depth == 0 and ch in _HEADING_STOPS:
            return _trimmed(first_line[:i])
    if depth:  # a bracket left open: read as before, to the first stop
        m = _HEADING_END.search(first_line)
        return _trimmed(first_line[:m.start()])
    return _trimmed(first_line)


def _trimmed(heading: str) -> str:
    return heading.strip(" \u3000，,、").strip()
