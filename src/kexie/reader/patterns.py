"""The conventions of 公文 (GB/T 9704) as data: markers, labels, title words, document numbers, numerals."""

from __future__ import annotations

import re
from functools import lru_cache

CJK = "\u4e00-\u9fff\u3400-\u4dbf"
CN_DIGITS = "〇○零ΟOo一二三四五六七八九十百两"

# a web address stops at Chinese text, at a bracket and before a closing full stop (下载(http://x.cn).填写)
URL_OR_EMAIL = re.compile(r"(?:https?://|www\.)[A-Za-z0-9\-._~:/?#@!$&'*+,;=%]+(?<![.,;:])"
                          r"|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")

# ---------- numerals ----------
_CN_VALUE = {"〇": 0, "○": 0, "零": 0, "Ο": 0, "O": 0, "o": 0, "0": 0, "０": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
             "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def cn_number(s: str) -> int | None:
    """一 → 1, 十二 → 12, 二十 → 20, 一百零五 → 105, 12 → 12; None if it is not a number."""
    s = s.strip()
    if not s:
        return None
    if s in _CIRCLED:
        return _CIRCLED.index(s) + 1
    if s.isdecimal():
        return int(s)  # (full-width digits too: ５月１２日)
    total, current = 0, 0
    for ch in s:
        if ch in _CN_VALUE:
            current = _CN_VALUE[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current


def cn_digits(s: str) -> int | None:
    """二〇二二 → 2022, 一二 → 12: digit by digit, as years are written."""
    if s.isdecimal():
        return int(s)
    out = ""
    for ch in s:
        if ch not in _CN_VALUE:
            return None
        out += str(_CN_VALUE[ch])
    return int(out) if out else None


# ---------- document numbers (发文字号) ----------
# The year of a 字号; a template blanks it (科协发普字〔20**〕14号).
_NUMBER_YEAR = r"(?:19|20)(?:\d\d|\*\*)"
DOC_NUMBER = re.compile(rf"([{CJK}A-Za-z]{{1,14}})〔({_NUMBER_YEAR})〕([{CJK}]{{0,4}}\d{{1,5}})号")
# Words that end the running text before a document number's own prefix (根据国发〔2022〕2号 → 国发).
_PREFIX_BOUNDARY = re.compile(
    "根据|依据|按照|参照|对照|贯彻落实|贯彻|落实|执行|印发|转发|通知|意见|方案|文件|精神|要求|规定|决定|号|和|及|与|或|见|据|的|即|等")


def doc_number_prefix(prefix: str) -> str:
    """The agency abbreviation at the end of a run of text (按照中共广东省委粤发 → 粤发)."""
    cut = 0
    for m in _PREFIX_BOUNDARY.finditer(prefix):
        if m.end() < len(prefix):
            cut = m.end()
    prefix = prefix[cut:]
    return prefix[-10:]


_NUMBER_TAIL = re.compile(rf"〔({_NUMBER_YEAR})〕([{CJK}]{{0,4}}\d{{1,5}})号")
_PREFIX_RUN = re.compile(rf"[{CJK}A-Za-z]{{1,14}}$")


def find_doc_numbers(text: str) -> list[tuple[str, int, int]]:
    """Every 发文字号 in the text as (normalised number, start, end)."""
    out = []
    for m in _NUMBER_TAIL.finditer(text):
        run = _PREFIX_RUN.search(text, max(0, m.start() - 14), m.start())
        prefix = doc_number_prefix(run.group(0)) if run else ""
        if not prefix:
            continue
        out.append((f"{prefix}〔{m.group(1)}〕{m.group(2)}号", m.start() - len(prefix), m.end()))
    return out


# ---------- outline markers ----------
# (level, pattern at line start whose group 1 is the ordinal); the marker is kept as written (as_written)
MONTH_DAY = r"(?:1[0-2]|0?[1-9])月[0-3]?\d[日号]"  # 5月14日, the date an item may open with right after its 1.
MARKERS = [
    (1, re.compile(rf"第([{CN_DIGITS}\d]+)章\s*")),
    (1, re.compile(rf"第([{CN_DIGITS}\d]+)部分\s*")),
    (2, re.compile(rf"第([{CN_DIGITS}\d]+)条\s*")),
    (1, re.compile(r"([一二三四五六七八九十百]+)\s*[、．.，,]\s*(?![一二三四五六七八九十]+[是、])")),
    # 七：科技节宣传、安全、后勤工作： a writer's colon for 、 after a bare numeral (其一：/一是： have words before it)
    (1, re.compile(r"([一二三四五六七八九十]{1,3})\s*[：:]\s*(?=[\u4e00-\u9fff“《（(])")),
    # (二）: a bracket pair half converted (an editor's mix of widths) is the same marker
    (2, re.compile(r"[（(]\s*([一二三四五六七八九十百]+)\s*[）)]\s*[、．.]?\s*")),
    # 1.14:30-14:38主持人……: an agenda's item glued to its clock time (the 1. is no decimal point)
    # 1.5月14日召开……: an item that opens with a date (no month is a fraction: the 1. is no decimal point)
    (3, re.compile(r"(\d{1,2})\s*(?:[、．]|\.(?!\d)|[.．](?=[0-2]?\d[:：][0-5]\d\D)|[.．](?=" + MONTH_DAY + "))"
                   r"\s*(?![年月日%％号])")),
    (4, re.compile(r"[（(]\s*(\d{1,2})\s*[）)]\s*[、．.]?\s*")),
    # 1) 2): the half-bracket form of （1）, a converter's or a web editor's
    (4, re.compile(r"(\d{1,2})\s*[)）]\s*(?=[\u4e00-\u9fff“《])")),
    # 一是/二是, and the speaker's 一要/二要 (a writer may mix them: 二是…三要…四是)
    (5, re.compile(r"([一二三四五六七八九十]+)[是要]\s*(?=[^，,、：:])")),
    (5, re.compile(rf"([{_CIRCLED}])\s*")),
]


_MARKER_START = re.compile(rf"[第一二三四五六七八九十百（(\d{_CIRCLED}]")


_FULL_WIDTH = str.maketrans({"(": "（", ")": "）", ".": "．", ",": "，"})


def as_written(marker: str) -> str:
    """A marker as the document writes it, in full-width punctuation: (一) → （一）, 1. → 1．, 1、 stays."""
    marker = re.sub(r"\s+", "", marker).translate(_FULL_WIDTH)
    return marker.rstrip("、．") if marker.startswith("（") else marker


def nesting_rank(level: int, marker: str) -> float:
    """Where an item nests: by its level, except that a 第X条 sits between 第X章 and the （一） lists inside it."""
    return 1.5 if marker.endswith("条") and marker.startswith("第") else float(level)


@lru_cache(maxsize=8192)
def starts_with_marker(line: str):
    """(level, ordinal, marker as written, length of the marker) for a line that starts an item, else None."""
    if not _MARKER_START.match(line):
        return None
    for level, pattern in MARKERS:
        m = pattern.match(line)
        if m:
            ordinal = cn_number(m.group(1))
            if ordinal is None or ordinal == 0:
                continue
            return level, ordinal, as_written(line[:m.end()]), m.end()
    return None


# ---------- dates ----------
# 2022, 二〇二二, OCR's mixtures (二0二二, 二O二二), and a web page's 一二年 that lost its 〇 (二〇一二年)
_Y = rf"([\d{CN_DIGITS}]{{4}}|[一二三四五六七八九〇○零]{{2}})"
_M = r"(\d{1,2}|[一二三四五六七八九十]{1,2})"
_D = r"(\d{1,2}|[一二三四五六七八九十]{1,3})"
DATE = re.compile(rf"{_Y}\s*年\s*{_M}\s*月\s*{_D}\s*[日号]")
# (2023年5月12号: the day's 号 of speech, as an editor may write it under a signature)
DATE_LINE = re.compile(rf"[（(]?{_Y}\s*年\s*{_M}\s*月\s*{_D}\s*[日号][）)]?\s*(印发|发布|签发|制发)?")
# a signature's date whose 月 and 日 a web page lost (2025年326): still a date line, where the signature ends
DATE_LOST_MARKS = re.compile(r"(?:19|20)\d\d年\d{3,4}日?")
# …and one that lost every mark (2023512, 20230512, 201958): six to eight digits that read as a date
DATE_NO_MARKS = re.compile(r"(?:19|20)\d{4,6}")


# …and one that kept 年 and 月 and lost only 日 (2025年3月26): one reading, as a date line
DATE_LOST_DAY = re.compile(r"((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})")


def unmarked_readings(s: str) -> list[tuple[int, int, int]]:
    """The dates a run of digits that lost 年, 月 and 日 can be: 2023512 → [(2023, 5, 12)]; 2023112 → two; one that
    kept its 年 (2025年326) reads as its digits do."""
    if DATE_LOST_MARKS.fullmatch(s):
        s = s.replace("年", "").removesuffix("日")
    if not DATE_NO_MARKS.fullmatch(s):
        return []
    year, rest = int(s[:4]), s[4:]
    readings = {(year, int(rest[:k]), int(rest[k:])) for k in (1, 2) if 1 <= len(rest) - k <= 2}
    return sorted(r for r in readings if 1 <= r[1] <= 12 and 1 <= r[2] <= 31)


def unmarked_date(s: str) -> tuple[int, int, int] | None:
    """2023512 → (2023, 5, 12); None where the digits read as no date or as two (2023112: 1-12 or 11-2)."""
    valid = unmarked_readings(s)
    return valid[0] if len(valid) == 1 else None


_DATE_OPENERS = CN_DIGITS + "（("


# a signature's date an editor wrote the web's way (2023-05-12, 2023.5.12, 2023/5/12): a date line only under a
# signature that follows the text (the same form under a headline is the page's day)
NUMERIC_DATE_LINE = re.compile(r"((?:19|20)\d\d)\s*[-./／]\s*(\d{1,2})\s*[-./／]\s*(\d{1,2})")


def numeric_date(line: str) -> str | None:
    m = NUMERIC_DATE_LINE.fullmatch(line) if line[:2] in ("19", "20") else None
    if not m:
        return None
    year, month, day = (int(g) for g in m.groups())
    return "%04d-%02d-%02d" % (year, month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None


def signature_date_line(line: str) -> bool:
    """A line that can close a signature: a date as written, or one that lost its marks (2025年326, 2023512)."""
    if not line or not (line[0].isdigit() or line[0] in _DATE_OPENERS):
        return False  # most lines: a date opens with its year
    if "年" in line or "日" in line:
        return bool(DATE_LINE.fullmatch(line) or DATE_LOST_MARKS.fullmatch(line) or DATE_LOST_DAY.fullmatch(line))
    return line.isdigit() and bool(DATE_NO_MARKS.fullmatch(line))


def date_parts(m: re.Match) -> tuple[int, int, int] | None:
    year, month, day = cn_digits(m.group(1)), cn_number(m.group(2)), cn_number(m.group(3))
    if year is None or month is None or day is None:
        return None
    if year < 100:
        year += 2000
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1949 <= year <= 2100):
        return None
    return year, month, day


# ---------- kinds of document, by the last word of the title ----------
DOC_KINDS = [
    ("notice", ("通知",)),
    # (…行动实施意见: the measures that carry a policy out, set out as tasks — a plan; 意见 alone is a 公文's opinion)
    ("plan", ("实施方案", "工作方案", "方案", "行动计划", "工作计划", "计划", "工作要点", "要点", "规划", "安排", "谋划", "实施意见")),
    ("regulation", ("办法", "规定", "细则", "制度", "条例", "通则", "章程", "规则", "准则", "指引")),
    ("summary", ("工作总结", "总结", "工作报告", "报告", "情况汇报", "汇报")),
    ("news", ("简报", "动态", "新闻", "快讯", "通讯")),
    ("other", ("意见", "通报", "决定", "请示", "批复", "函", "纪要", "公告", "通告", "公示", "决议", "倡议书", "清单")),
]
TITLE_WORDS = tuple(w for _, words in DOC_KINDS for w in words)

# GB/T 9704's 主送 line as a web copy may keep it, its colon lost (各地市学会、各会员及其他有关单位): it still ends on a body,
# and the 正文 opens under it (现将……, 为……, 根据……)
RECIPIENT_ENDS = ("单位", "部门", "学会", "协会", "研究会", "科协", "会员", "机构", "分会", "委员会", "联合会", "政府", "机关",
                  "学校", "院校", "高校", "中心", "局", "支部", "组织", "部", "室", "处", "院", "所", "馆", "校")
# (各 may follow a few characters that say whose: 院内各单位, 高二级各班主任、各班团支部)
ADDRESSED = re.compile(r"^[^。；：:！？，,、\s]{0,6}各")
MAIN_SEND_COLON_LOST = re.compile(r"^[^。；：:！？，,、\s]{0,6}各[^。；：:！？]{0,50}(?:" + "|".join(RECIPIENT_ENDS) + ")$")
TEXT_OPENS = re.compile(r"^(?:为了?|根据|按照|依据|遵照|经研究|近日|日前|现将|现就)")
# 各位委员，各省级学会，…，机关各部室、各直属单位 / 2017年2月23—24日，…召开。: a 主送 that lost its colon over a 正文 that
# opens on the day of what it tells; three or more groups each opening with 各 make it no headline nor a subject
_TEXT_OPENS_ON_DAY = re.compile(r"^(?:19|20)\d\d年\d{1,2}月\d{1,2}(?:日|[—\-–至~～])")
_ADDRESSED_GROUP = re.compile(r"(?:^|[，,、])各")


def main_send_over_day(line: str, following: str) -> bool:
    return bool(MAIN_SEND_COLON_LOST.match(line) and _TEXT_OPENS_ON_DAY.match(following)) \
        and len(_ADDRESSED_GROUP.findall(line)) >= 3

# A first-level heading whose numeral the page lost (、有关事项 for 二、有关事项): a heading of its own, no item
LOST_NUMERAL_HEADING = re.compile(r"^、[^。；：:，,\n]{2,20}$")

# ---------- a model-essay site's page ----------
# A site of model essays (范文) prints its lead-in (下面是小编为大家整理的…方案, 本站为你精心整理了…方案范文), then the
# essays, each under its own title with its number (科技节活动方案 篇一, 社区开展科普活动方案1). The page is the first
# essay: its title is that heading without the number, its kind the one the heading (or the lead-in) names.
_ESSAY_LEAD = re.compile(r"(?=[小范精为仅以供])(?:小编|范文|精心整理|为(?:您|你|大家)(?:带来|整理|收集)|(?:仅|以)供参考|供大家参考)")
_KIND_WORD = "(?:" + "|".join(sorted(TITLE_WORDS, key=len, reverse=True)) + ")"
_ESSAY_HEADING = re.compile(rf"^([^\s。，；：:《》“”]{{2,40}}?{_KIND_WORD})\s*(?:篇\s*[一二三四五六七八九十\d]{{1,3}}|\d{{1,2}})$")
_ESSAY_NAMED = re.compile(rf"(?:整理|收集|带来)[了的](?:关于)?[^。，,]{{0,30}}?({_KIND_WORD})")
ESSAY_LEAD_LINES = 12  # the lead-in stands this near the top


def model_essay(text: str) -> tuple[str, str | None] | None:
    """(kind, title) of a model-essay page's first essay, or None for any other page."""
    if not _ESSAY_LEAD.search(text, 0, 3000):
        return None
    lines = [ln.strip() for ln in text.split("\n", 40)[:40] if ln.strip()]
    lead = next((i for i, ln in enumerate(lines[:ESSAY_LEAD_LINES]) if _ESSAY_LEAD.search(ln)), None)
    if lead is None:
        return None
    for ln in lines[lead + 1:]:
        m = _ESSAY_HEADING.match(ln)
        if m:
            return kind_of_title(m.group(1)), m.group(1)
    for ln in lines[lead:ESSAY_LEAD_LINES]:
        named = _ESSAY_NAMED.search(ln) if _ESSAY_LEAD.search(ln) else None
        if named:
            return kind_of_title(named.group(1)), None
    return None


# the next essay's label on an essay site's page (第二篇：全国科普日活动方案, 篇二)
_NEXT_ESSAY = re.compile(r"^(?:第[二三四五六七八九十2-9]篇|篇[二三四五六七八九十2-9])(?:[：:\s]|$)", re.M)


def next_essay(text: str) -> int | None:
    """Where a model-essay page's second essay starts, if it has one."""
    m = _NEXT_ESSAY.search(text)
    return m.start() if m else None


def kind_of_title(title: str) -> str:
    title = essay_core(title)
    for kind, words in DOC_KINDS:
        if title.endswith(words):
            return kind
    return "other"


# ---------- an essay site's collection title ----------
# An essay or document-sharing site names its page after a collection of samples and dresses the document's name:
# 最新2021年乡镇科技工作计划范文（三）, 2023年全县科协工作方案3篇, 科普展馆建设实施方案范文简短（大全20篇）. The name under the
# dress says the kind; a bracket alone (工作要点（一）) or a word alone is no dress.
ESSAY_DRESS_WORDS = ("范文", "范本", "范例", "模板", "模版", "大全", "合集", "汇编", "精选", "通用", "简短", "精品", "万能")
ESSAY_OPENERS = ("最新", "精选", "优秀", "热门", "推荐", "经典")
_DRESS_WORD = "|".join(ESSAY_DRESS_WORDS)
_ESSAY_DRESS = re.compile(rf"(?:{_DRESS_WORD}|[（(【\[](?:{_DRESS_WORD}|最新)?[\d一二三四五六七八九十]{{1,3}}篇?[）)】\]]|\d{{1,3}}篇"
                          r"|篇[一二三四五六七八九十\d]{1,3}|第[一二三四五六七八九十\d]{1,3}篇)+$")
_DRESS_SIGN = re.compile(rf"{_DRESS_WORD}|篇")
_ESSAY_OPENER = re.compile("^(?:" + "|".join(ESSAY_OPENERS) + ")+")


def essay_core(title: str) -> str:
    """The document's name inside an essay site's dressed title (最新…工作计划范文（三） → …工作计划), or the title as it is."""
    if "篇" not in title and not any(w in title for w in ESSAY_DRESS_WORDS):
        return title
    m = _ESSAY_DRESS.search(title)
    if not m or not _DRESS_SIGN.search(m.group()):
        return title
    core = _ESSAY_OPENER.sub("", title[:m.start()])
    return core if len(core) >= 4 and TITLE_END.search(core) else title


# ---------- what a text without its title line says it is ----------
# A regulation states in its first sentence that it is made (为……，特制定本办法 / 特制定《每周会议安排》管理办法)
_REGULATION_WORDS = "|".join(dict(DOC_KINDS)["regulation"])
_MADE_HERE = re.compile(rf"(?:特|现|拟)?(?:制定|制订|修订)(?:本|如下|《[^》\n]{{2,30}}》)?[^。\n，,]{{0,8}}?(?:{_REGULATION_WORDS})(?:如下)?[。：:]")
# A news report opens with its dateline: an agency's (新华社北京7月8日电), or the day of the event and what was held
# there (1月17上午，市科协召开……; 9月20日，县科协牵头组织……开展……)
# …or a paper's or portal's (湖南日报3月25日讯, 某某网时刻9月27日讯): the place or medium, the day, then 电 or 讯
# a dateline's closing 讯 or 电 (电 not the head of another word: 9月26日电视台播出…, 电话)
_DATELINE_MARK = r"(?:讯|电(?![话视子脑影台力网商器池源报]))"
_AGENCY_DATELINE = re.compile(r"^[^\n。，,：:（(]{0,14}?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日"
                              + _DATELINE_MARK)
REPORTED_VERBS = ("召开", "举行", "举办", "开展", "启动", "组织", "召集", "主持", "走进", "深入", "来到", "调研", "公布",
                  "荣获", "获评", "获批", "发文", "通报", "表彰", "印发")
EVENT_LEAD = _EVENT_LEAD = re.compile(r"^(?:(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日?|近日|日前)(?:[上下]午|晚上?|至\d{1,2}日)?[，,]?[^。\n]{0,40}?(?:"
                         + "|".join(REPORTED_VERBS) + ")")


_DATED_LEAD = re.compile(r"^((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日")


def byline_day(line: str) -> str | None:
    """The day on a byline under a headline (科技工作者之家 2018-01-04; 佚名 ? 2011年05月15日 ? 第一看点)."""
    if not (BYLINE_DAY.match(line) or len(line) <= 60 and _LOST_BAR_BYLINE.match(line)):
        return None
    m = re.search(r"((?:19|20)\d\d)[-年](\d{1,2})[-月](\d{1,2})", line)
    year, month, day = (int(g) for g in m.groups())
    return "%04d-%02d-%02d" % (year, month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None


# a post's headline may cry out (命名决定！, 喜报！三门峡市科技局机关党建工作获奖): a short line whose only mark is one
# ！ after a kicker word or at its end is a headline, no sentence of the text
_EXCLAIMED = re.compile(r"(?:[\u4e00-\u9fff]{2,6}[！!])?[^！!。；;，,？?|｜：:]{2,38}[！!]?")


def exclaimed_headline(line: str) -> bool:
    return len(line) <= 40 and ("！" in line or "!" in line) and bool(_EXCLAIMED.fullmatch(line))


# the paper's, the site's or the station's own mark before a report (本报讯, 本网讯, 本台讯)
OWN_MEDIA = ("本报", "本刊", "本网", "本站", "本台")
_OWN = "(?:" + "|".join(OWN_MEDIA) + ")"
# the paper's or site's mark before a report's lead (本报讯, 本网讯（记者 王明 通讯员 李华）): the lead's day follows it
_PAPER_DATELINE = re.compile(r"^(?:" + _OWN + r"讯[\s\u3000]*(?:[（(][^）)\n]{1,30}[）)])?"
                             r"|[（(](?:记者|通讯员|特约记者)[^）)\n]{1,30}[）)])[\s\u3000]*")
# an agency's or a site's dateline (新华社北京9月26日电, 某某网9月26日讯): its day, before the report's first sentence
_WIRED_DATELINE = re.compile(r"^[^\n。，,：:]{0,14}?(\d{1,2})月(\d{1,2})日" + _DATELINE_MARK)


def lead_date(lines: list[str]) -> str | None:
    """The day a report without its headline opens with, where it gives the year (2018年1月25日，…召开了…会议)."""
    body = [ln for ln in lines if not web_furniture(ln) and not photo_caption(ln)][:1]
    marked = _PAPER_DATELINE.match(body[0]) if body and ("讯" in body[0][:4] or body[0][:1] in "（(") else None
    if marked:
        body = [body[0][marked.end():]]  # 本报讯（记者 王明）9月26日，…: the paper's mark says a report; its lead follows
    if body and ("讯" in body[0][:24] or "电" in body[0][:24]) and _WIRED_DATELINE.match(body[0]):
        # 新华社北京9月26日电 / 某某网9月26日讯: the dateline's day, the year the first sentence names, if it names one
        return dateline_date(body)
    m = _DATED_LEAD.match(body[0]) if body else None
    if m:
        year, month, day = (int(g) for g in m.groups())
    else:
        # 9月16日下午，…渝中区2022年全国科普日主场活动…举行 / 为…，3月18日，…会议召开，研究和安排2022年…工作: the day
        # of a report's lead (after its purpose), the year the one its first sentence names
        first, timed = (_lead(body[0]) or ("", None)) if body and (marked or reports_held_event(body[0])) else ("", None)
        day_of = re.match(r"[，,]?(\d{1,2})月(\d{1,2})日", first[timed.start():]) if timed else None
        years = set(re.findall(r"((?:19|20)\d\d)年", first))
        if not day_of or len(years) != 1:
            return None
        year, month, day = int(years.pop()), int(day_of.group(1)), int(day_of.group(2))
    return "%04d-%02d-%02d" % (year, month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None


# A news item's dateline at the head of its first paragraph: the medium and the day, then 讯 or 电 (湖南日报3月25日讯,
# 新华社北京7月8日电), or the paper's own 讯 and the day after it (本网讯：1月15日上午，本报讯（记者 王某）5月15日): the day
# the item is dated by
_DATELINE_DAY = re.compile(r"^(?:[^\n。，,：:（(]{0,14}?(?P<m1>\d{1,2})月(?P<d1>\d{1,2})日" + _DATELINE_MARK +
                           r"|" + _OWN + r"?讯[\s\u3000:：]*(?:[（(][^）)\n]{1,30}[）)])?[\s\u3000:：]*"
                           r"(?P<m2>\d{1,2})月(?P<d2>\d{1,2})日)")
_BRACKETED = re.compile(r"^[（(][^）)\n]{0,40}[）)]")
_YEAR_NAMED = re.compile(r"((?:19|20)\d\d)年")


def dateline_date(lines: list[str], page_date: str | None = None) -> str | None:
    """The date of a news item from its dateline's month and day (湖南日报3月25日讯): the year the page's own dated line
    gives (the year before it where that day would fall after the page went up), else the one year the item's first
    sentence names for its event (9月27日讯（记者 …）9月26日，…2020年“…”活动…举行); no year that sure, no date. The
    day after the paper's own 讯 (本网讯：1月15日上午，…) is the event's: it dates the item only on a page without a
    dated line of its own."""
    for line in lines[:12]:
        m = _DATELINE_DAY.match(line)
        if m is None:
            continue
        month, day = int(m.group("m1") or m.group("m2")), int(m.group("d1") or m.group("d2"))
        if not (1 <= month <= 12 and 1 <= day <= 31) or page_date and not m.group("m1"):
            return None  # (本报讯 3月14日，…召开: the event's day; the item is dated by the page's own dated line)
        if page_date:
            year = int(page_date[:4])
            if (month, day) > (int(page_date[5:7]), int(page_date[8:10])):
                year -= 1
        else:
            rest = line[m.end():]
            rest = rest[_BRACKETED.match(rest).end():] if _BRACKETED.match(rest) else rest
            years = set(_YEAR_NAMED.findall(re.split(r"[。！？]", rest, maxsplit=1)[0]))
            if len(years) != 1:
                return None
            year = int(years.pop())
        return "%04d-%02d-%02d" % (year, month, day)
    return None


# What else marks a report without its headline: a reporter's or writer's byline in brackets ((记者 何某 通讯员 谢某),
# （作者：…）, （文/图 …）), a photo's credit (记者 张某 摄) or a caption naming the scene (…开幕式现场。, …合影, …授牌),
# and the editor's lines a news page closes with (责任编辑：…, 审核：…) — these last only with another sign, since a
# site puts them under a notice as well
_REPORT_BYLINE = re.compile(rf"[（(](?:(?:全媒体|融媒体|特约|实习|本报|本网)?记者|通讯员|作者[:：]?|文\s*[/／]\s*图|图\s*[/／]\s*文|撰稿)"
                            rf"[\s\u3000:：]*[{CJK}]{{2,}}[^（）()\n]{{0,40}}[）)]")
# (a credit sets the photographer's name apart from 摄, or names the role: 拍摄 in a sentence is no credit)
_PHOTO_CREDIT = re.compile(rf"(?:^|[（(])(?:(?:记者|通讯员)[\s\u3000]*[{CJK}]{{2,4}}[\s\u3000]*|[{CJK}]{{2,4}}[\s\u3000]+)摄[）)]?$"
                           rf"|^[（(]?摄影[:：\s\u3000]*[{CJK}]{{2,4}}[）)]?$")
_SCENE_CAPTION = re.compile(r"^[^。！？：:\n]{2,60}(?:现场|合影|合影留念|授牌|颁奖|揭牌)[。.]?$")
_EDITOR_LINE = re.compile(rf"^[【\[]?(?:责任编辑|编辑|审核|审校|校对|初审|复审|终审|编审)[】\]]?[\s\u3000]*[:：][\s\u3000]*[{CJK}]{{2,4}}")


def opens_with_dateline(line: str) -> bool:
    """A paragraph that opens with a report's dateline (本报讯, 本网讯：, 讯（记者 …）, 湖南日报3月25日讯, …电)."""
    return bool(ITEM_LEAD.match(line) or _AGENCY_DATELINE.match(line))


def photo_caption(line: str) -> bool:
    """A photo's caption or credit on a line of its own (图为…, …开幕式现场。, 与会人员合影, 记者 张某 摄)."""
    return bool(PHOTO_CAPTION_LINE.match(line) or _SCENE_CAPTION.match(line) and not starts_with_marker(line)
                or len(line) <= 40 and _PHOTO_CREDIT.search(line))


def report_signs(text: str) -> bool:
    """A text that lost its headline but carries a report's byline, a photo's credit or caption (the editor's lines only
    beside another of these)."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if _REPORT_BYLINE.search(text) or any(len(ln) <= 40 and _PHOTO_CREDIT.search(ln) for ln in lines):
        return True
    captions = sum(1 for ln in lines if _SCENE_CAPTION.match(ln) and not starts_with_marker(ln))
    return captions >= 2 or captions == 1 and any(_EDITOR_LINE.match(ln) for ln in lines)


def states_its_making(text: str) -> bool:
    """A text that lost its title line but says in its opening that it makes the rules that follow."""
    return bool(_MADE_HERE.search(text[:400]))


# ……正式启动。（学院活动组 姚蓓）, （丁明强撰稿）, （通讯员 刘春梅）: a report's writer, in brackets after its last sentence
_CLOSING_BYLINE = re.compile(rf"[。！”][（(](?!此件|此页|本件|略|下同|各)[{CJK}\s\u3000]{{2,16}}(?<![章印发布开])[）)]\s*$", re.M)


# 为迎接第九个“全国科技工作者日”，5月20日，…召开专题会议: a report may say what the event was for before its dateline
_PURPOSE = re.compile(r"^为了?[^。，,；\n]{2,40}[，,]")
# …but what is yet to be held (定于5月20日召开, 将于…举办) is a notice's, not a report's
_YET_TO_COME = re.compile(r"将|拟|定于|计划|准备")


def opens_as_report(lines: list[str], text: str = "") -> bool:
    """A text whose first lines (the page's furniture aside) open as a news report does, or whose paragraphs
    close with the writer's byline as a report's do."""
    body = [ln for ln in lines if not web_furniture(ln) and not (len(ln) <= 8 and COLUMN_NAME.fullmatch(ln))
            and not photo_caption(ln)][:3]
    return any(_AGENCY_DATELINE.match(ln) for ln in body) or bool(body and _EVENT_LEAD.match(body[0])) \
        or bool(body and (_purposed_event(body[0]) or reports_held_event(body[0]))) or _lead_after_background(body) \
        or bool(OWN_DATELINE.search("\n".join(body))) \
        or bool(text and ("）" in text or ")" in text) and (_CLOSING_BYLINE.search(text) or _BYLINE_LINE.search(text)))


# A report's byline on a line of its own under its last paragraph, naming the writer's role (（通讯员 杨婕）, （记者 …）,
# （某某 某县科协供稿）): who wrote the report, which no notice or plan closes with
_BYLINE_LINE = re.compile(rf"[。！”]\n[（(](?:(?:通讯员|记者|撰稿|供稿)[{CJK}\s\u3000、]{{2,20}}"
                          rf"|[{CJK}\s\u3000、]{{2,24}}(?:供稿|撰稿))[）)]\s*$", re.M)


# A paper's or site's own dateline (本报讯 5月15日, 本刊讯（记者 王某）近日): a report, wherever the page's captions put it
OWN_DATELINE = re.compile(_OWN + r"讯[\s\u3000:：]*(?:[（(][^）)\n]{1,20}[）)])?[\s\u3000:：]*"
                           r"(?:(?:19|20)\d\d年)?(?:\d{1,2}月\d{1,2}日|近日|日前|近期)")
# A report's first sentence tells of an event that was held: its time (9月16日下午，近期，) or its purpose (为进一步…，)
# comes first, then the event held (…活动在…社区举行，…会议召开，) or what was done (…开展了6场…活动); a notice's
# event is yet to come (定于…举行, 将于…召开) and a plan's purpose is followed by 特制定本方案
_LEAD_TIME = re.compile(r"(?:^|[，,])((?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日(?:[上下]午|晚上?)?|近期|近日|日前)[，,]?")
_LEAD_PURPOSE = re.compile(r"^为了?[^。，,；\n]{2,80}[，,]")  # (为深入贯彻……会议以及……大会精神，: longer than a dateline's)
_HELD = re.compile(r"(?:活动|会议|大会|仪式|讲座|培训班|比赛|竞赛|发布会|座谈会)(?:在[^。，,；\n]{2,40})?(?:正式|隆重)?"
                   r"(?:举行|召开|开展|举办|开幕)了?(?=[。，,；]|$)")
_DONE = re.compile(r"(?:" + "|".join(REPORTED_VERBS) + r")了")
# 近日，甘肃省科学技术协会对2021年度……先进集体和先进个人进行表彰: the unit, then whom it 对…进行 the reported act on
# (表彰, 通报): a long object puts the verb beyond _UNIT_DID's reach (defined with the organisations below)


def _lead(line: str) -> tuple[str, re.Match | None] | None:
    """A report's first sentence that opens with its purpose or its time, and the time word after the purpose."""
    first = re.split(r"[。！？]", line, maxsplit=1)[0]
    purpose = _LEAD_PURPOSE.match(first)
    timed = _LEAD_TIME.search(first, purpose.end() - 1 if purpose else 0)
    return (first, timed) if purpose or timed and timed.start() == 0 else None


def reports_held_event(line: str) -> bool:
    """The first sentence of a report of an event held (the kind decided on the simplified, gloss-free reading)."""
    lead = _lead(line)
    if lead is None or _YET_TO_COME.search(lead[0]):
        return False
    first, timed = lead
    return bool(_HELD.search(first) or timed and (_DONE.search(first, timed.end())
                                                 or _UNIT_DID.match(first, timed.end())
                                                 or _UNIT_TREATED.match(first, timed.end())))


# 为认真贯彻落实……，为建设……提供有力支撑。3月20日，县科协……联合……在县城广场举办……活动: a report may give its
# background or purpose a sentence of its own; its second sentence then opens with the day (or 近日), perhaps after
# its purpose (为总结经验，近日，…给予通报表扬), and says what was done, however many bodies it names first
_DAY_OPENS = re.compile(r"^(?:为了?[^。，,；\n]{2,40}[，,])?(?:(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日|近日|日前)(?:[上下]午|晚上?)?[，,]")
_DONE_IN_SENTENCE = re.compile("|".join(REPORTED_VERBS))
_SENTENCE_END = re.compile(r"[。！？]")


def _lead_after_background(lines: list[str]) -> bool:
    """The report's second sentence, in its first paragraph or the next (a line of the site's name aside)."""
    paragraphs = [ln for ln in lines if _SENTENCE_END.search(ln)][:2]
    sentences = re.split(r"(?<=[。！？])", "".join(paragraphs), maxsplit=2)
    if len(sentences) < 2 or not _DAY_OPENS.match(sentences[1]):
        return False
    second = sentences[1]
    return bool(_DONE_IN_SENTENCE.search(second)) and not _YET_TO_COME.search(second)


def _purposed_event(line: str) -> bool:
    m = _PURPOSE.match(line)
    lead = _EVENT_LEAD.match(line[m.end():]) if m else None
    return bool(lead) and not _YET_TO_COME.search(lead.group())


# ---------- a plan without its title line ----------
# The sections only a plan has (指导思想, 工作目标, 组织领导, 实施步骤, 保障措施): a text without its head whose first-level
# headings name two of them is a plan (a notice's sections are 时间, 地点, 参加人员, 有关要求)
PLAN_SECTIONS = ("指导思想", "总体思路", "基本原则", "工作目标", "总体目标", "活动目标", "目标任务", "主要任务", "重点任务",
                 "实施步骤", "工作步骤", "进度安排", "组织领导", "组织机构", "领导机构", "组委会", "保障措施", "工作措施")
_FIRST_LEVEL = re.compile(r"^[一二三四五六七八九十]{1,3}、\s*([^。，,；：:\n]{2,12})$", re.M)


# 2023年……工作总体要求：以……为指导，……。全年工作重点安排如下： / 一、……: a 工作要点 (or 工作计划) that lost its title
# still says, in its opening paragraph, that the year's tasks follow; a notice says it to someone (现将…安排如下 under
# its 主送), and the text's opening is read only where no recipients stand
_TASKS_FOLLOW = re.compile(r"(?:工作|主要|重点)[^。；，,：:\n]{0,6}(?:安排|要点|任务|工作)如下[:：]")


def announces_its_tasks(text: str) -> bool:
    m = _TASKS_FOLLOW.search(text[:1500])
    if m:
        return "现将" not in text[max(0, m.start() - 60):m.start()] and bool(_FIRST_LEVEL_MARK.search(text, m.end()))
    m = _PLANNED_TASKS.search(text[:1500])
    return bool(m) and bool(_FIRST_ITEM_MARK.match(text, m.end()))


# 我们计划明年主要抓下面几项工作： / （一）……: the year's tasks it will do, announced in its own words, the first item
# right under (a report says what was done; a plan what it will do)
_PLANNED_TASKS = re.compile(r"(?:计划|打算|准备|拟)[^。；\n]{0,12}(?:抓|做|开展|推进)好?(?:下面|以下|如下)"
                            r"(?:几|[一二三四五六七八九十\d]{1,2})项(?:重点)?(?:工作|任务)[:：]\s*")
_FIRST_ITEM_MARK = re.compile(r"(?:一、|[（(]一[)）])")


_FIRST_LEVEL_MARK = re.compile(r"^[一二三四五六七八九十]{1,3}、", re.M)


def plan_sections(text: str) -> int:
    """How many of the text's first-level headings (一、指导思想, 四、科技节组委会) name a plan's own section."""
    return sum(1 for m in _FIRST_LEVEL.finditer(text[:6000]) if m.group(1).endswith(PLAN_SECTIONS))


# ---------- a headline that reports an event ----------
# 韩启德主席出席……全会并做工作报告, 常委会听取……工作汇报: the kind word is what someone did at an event (its object), so
# the headline is a report's, not the name of the 报告 or 方案 itself
# what a report's headline says a body did (省委宣传部调研科技馆, 某学会召开理事会): verbs no body's name holds, so a line
# that ends like a name (…科技馆, …协会) but holds one is a headline, no unit's name
ACTION_VERBS = ("调研", "考察", "视察", "走访", "慰问", "看望", "莅临", "召开", "举办", "举行", "参观", "走进", "来到")
_ACTION_VERB = re.compile("|".join(ACTION_VERBS))


def tells_an_action(line: str) -> bool:
    return bool(_ACTION_VERB.search(line))


EVENT_HEADLINE_VERBS = ("出席", "听取", "审议", "并做", "并作", "做了", "作了", "发表", "宣讲", "解读")


def headline_of_an_event(title: str | None) -> bool:
    if not title:
        return False
    m = TITLE_END.search(title)
    # (关于开展……宣讲活动的通知 is a 公文's own title: 关于 opens its 事由)
    if not m:
        return False
    head = title[:m.start()]
    return "关于" not in head and (any(verb in head for verb in EVENT_HEADLINE_VERBS)
                                             or any(head.find(verb) >= 2 for verb in PUBLISHED_VERBS))


# 我省发布农民科学素质提升计划: a body that put a plan out (its subject before the verb) is what a report's headline tells;
# a plan's own title never names who published it before its name (关于印发… is a notice's, and says 关于 first)
PUBLISHED_VERBS = ("发布", "出台", "印发")
# A news headline closes on the event's verb (…全委会议在长沙召开, …协会成立, …大赛落下帷幕); a line under it that does
# not is its second deck (全省已累计建立院士工作站53个), and a line above a verb-final one is its kicker (引题)
HEADLINE_VERB_END = re.compile("(?:" + "|".join(REPORTED_VERBS + EVENT_HEADLINE_VERBS + (
    "成立", "开幕", "闭幕", "揭牌", "落幕", "签约", "落下帷幕", "拉开帷幕", "结束")) + r")了?$")
# A title may close with a bracket that qualifies it: （试行）, （暂行）, （2021—2025年）, its month ((201103), （2011年3月）).
# …and a serial's issue or a call's round after the kind word (工作简报（第5期）, 工作简报第5期, 征集通知（第二轮）): the kind
# word still names the kind
# (a period may write its first year's 年 too: 实施方案（2021年—2025年）)
TITLE_QUALIFIER = (r"(?:[（(〔\[](?:试行|暂行|修订|修订稿|草案|征求意见稿|(?:19|20)\d\d年?(?:\s*[-—–－~至]\s*(?:19|20)\d\d)*年?版?"
                   r"|(?:19|20)\d\d(?:0[1-9]|1[0-2])|(?:19|20)\d\d年\d{1,2}月|第[\d一二三四五六七八九十]{1,4}[期轮])[）)〕\]]"
                   r"|第[\d一二三四五六七八九十]{1,4}期)?")
# …and a web page may add a note after it that is no part of the title: when the call closes ((截止时间:8月8日))
TITLE_NOTE_WORDS = ("截止时间", "截止日期", "报名截止", "申报截止", "截止", "截至")
# …or the day the site put it up (20**年科普活动方案(2021年10月4日)), or when the rules were revised or adopted
# (……大赛规则（2007年12月修订）): a dated note, where （试行）, （2021—2025年）, （201103） qualify the title itself
REVISION_WORDS = ("修订", "修正", "修改", "通过", "印发", "发布", "施行")
_NOTE = (r"[（(](?:(?:" + "|".join(TITLE_NOTE_WORDS) + r")[^（）()]{0,24}|(?:19|20)\d\d年\d{1,2}月\d{1,2}日"
         r"|(?:19|20)\d\d年(?:\d{1,2}月(?:\d{1,2}日)?)?[^（）()]{0,16}?(?:" + "|".join(REVISION_WORDS) + r"))[）)]")
TITLE_NOTE_LINE = re.compile(_NOTE)  # such a note on a line of its own under the title
TITLE_NOTE = re.compile(_NOTE + "$")
TITLE_END = re.compile("(" + "|".join(sorted(TITLE_WORDS, key=len, reverse=True)) + r")[》”]?" + TITLE_QUALIFIER
                       + r"(?:" + _NOTE + r")?"
                       + r"[1-9]?$")  # an essay site's number after the title (……活动方案1)
_TRAILING_QUALIFIER = re.compile(TITLE_QUALIFIER + "$")


def without_qualifier(title: str) -> str:
    """办法（试行） → 办法, 活动方案1 → 活动方案 (an essay site's number), 工作简报第5期 → 工作简报: the title's last word
    names the kind."""
    if title[-1:] in "123456789" and not title[-2:-1].isdigit():
        title = title[:-1]
    return _TRAILING_QUALIFIER.sub("", title) if title.endswith(("）", ")", "〕", "]", "期")) else title


def names_a_plan(title: str | None, kind: str | None) -> bool:
    """A headline that is a plan's name (中国科协2017年学会改革工作要点: a body, a year, a subject, the kind) with the page's
    发布日期 line under it is that plan; a report's headline says what was done (…召开会议研究…工作计划)."""
    return kind == "plan" and bool(title) and bool(TITLE_END.search(essay_core(title))) and not any(
        verb in _BODY_WORDS.sub("", title) for verb in REPORTED_VERBS + ("研究", "听取", "审议", "部署", "通过", "发布", "出台"))


# the bodies whose names hold a verb of a report (研究会, 研究院): a name, no deed
_BODY_WORDS = re.compile(r"研究(?:会|院|所|中心|室)")


# the kinds a page's headline names as the document itself (…工作总结, …例会制度, …实施方案): a page's chrome around such
# a headline (来源, 发布时间, a breadcrumb) makes it no report
KINDS_NAMED_BY_A_HEADLINE = ("plan", "summary", "regulation")


def names_its_kind(title: str | None, kind: str | None) -> bool:
    """A headline that is a document's name in the kind it ends with, whatever page it stands on (names_a_plan for
    every kind a headline names); a report's headline says what was done with it (…召开会议审议…制度)."""
    return kind in KINDS_NAMED_BY_A_HEADLINE and names_a_plan(title, "plan")


# A photo's caption under a page's headline (图为活动现场, （图为座谈会现场）, 图片：…, 图1 …): it names the picture, never the page
PHOTO_CAPTION_LINE = re.compile(r"^[（(【]?(?:图为|图片[：:]|图\s*\d+[\s：:、.])")


def formal_title(title: str | None) -> bool:
    """A 公文's title by GB/T 9704's pattern 发文机关 + 关于 + 事由 + 文种: 关于 opens the 事由, or 的 joins it to the kind
    (…候选对象的公示); a news headline names its kind word as an object (…听取…工作汇报) and is no such title."""
    if not title:
        return False
    m = TITLE_END.search(title)
    return bool(m) and ("关于" in title[:m.start()] or title[:m.start()].endswith("的"))


# ---------- converter residue ----------
# the marks a converter wrote for a paragraph's end (a document site's Р — a Cyrillic Er where its font had ¶ —, ¶, a
# Wingdings pilcrow in the private-use area): no text, and a paragraph break where they stand between Chinese text
PARAGRAPH_MARKS = "Р¶\uf0b6"
# (§ too, but only at a line's start before Chinese text or a marker: elsewhere it is a section sign, §3)
LINE_START_MARKS = PARAGRAPH_MARKS + "§"


# the words an office's name ends with where it stands before its people in a block of contacts
# (科技部政策体改司　许佳军, 中国科协科普部　夏瑞军)
CONTACT_OFFICE_ENDS = ("司", "局", "部", "处", "室", "科", "中心", "办", "组")


# ---------- organisations ----------
ORG_SUFFIXES = ("科学技术协会", "科协", "学会", "协会", "研究会", "委员会", "党组", "人民政府", "政府", "办公室", "办公厅", "秘书处",
                "科技局", "教育局", "局", "厅", "委", "科技馆", "馆", "研究院", "院", "大学", "学院", "公司", "集团",
                "中心", "联合会", "基金会", "党委")
ORG_LINE = re.compile(rf"(中共)?[{CJK}（）]{{2,30}}(" + "|".join(ORG_SUFFIXES) + r")(文件)?")

# 8月16日上午，区科协理论学习中心组结合区科协中心工作，开展…专题学习: after the day, a unit (its name's last word, or a
# group of it) and what it did, within the sentence; a notice's day is one yet to come (定于, 将), read above
_UNIT_DID = re.compile(r"[^。，,；\n]{0,24}?(?:" + "|".join(ORG_SUFFIXES) + r"|中心组|支部)[^。；\n]{0,30}?(?:"
                       + "|".join(REPORTED_VERBS) + ")")
_UNIT_TREATED = re.compile(r"[^。，,；\n]{0,24}?(?:" + "|".join(ORG_SUFFIXES) + r")对[^。；\n]{2,80}?进行了?(?:"
                           + "|".join(REPORTED_VERBS) + ")")
# GB/T 9704 lets a signature give the issuer's 规范化简称: its level and its kind (省科协, 市科协, 县政府)
ADMIN_LEVELS = "省市县区州盟旗镇乡"
SHORT_ORG = re.compile(rf"[{ADMIN_LEVELS}](" + "|".join(ORG_SUFFIXES) + ")")
# A department that signs for itself (中国科协科学技术创新部, 科研处, 宣传部): 部 and 处 name no organisation on their
# own, so such a line is an issuer only where a signature stands (above the date) or a 来源 names it.
DEPARTMENT = re.compile(rf"[{CJK}]{{1,28}}[^{CJK}]?(?<![全干内外总本])(?:部|处)")
# an office by its short name (更名办, 学工办, 文明办), as it signs a notice of its own or jointly above the date; 主办,
# 承办 are verbs
SHORT_OFFICE = re.compile(rf"[{CJK}]{{1,8}}(?<!主|承|协|督|举|创|开|包|申|代|兴|筹|查|交|操|帮|合|试|民|公|私|首)办")

# ---------- web-page furniture ----------
# The labels a website prints around a stored document (来源：, 发布时间：, 点击数：, a law database's 发文标题：):
# a line that starts with one, or carries two, is the page's, not the document's.
WEB_LABELS = ("来源", "本文发布于", "发布于", "录入时间", "编辑时间", "发稿时间", "信息来源", "文章来源", "稿件来源", "发布时间", "发布日期", "发表时间", "发文时间", "实施时间", "更新时间",
              "更新日期", "信息时间", "点击数", "点击量", "点击", "浏览次数", "浏览量", "浏览", "访问量", "访问次数", "信息搜索", "阅读次数", "阅读人次", "阅读",
              "评论人次", "作者", "编辑", "责任编辑", "供稿人", "字号", "字体", "分享到", "页面功能", "发文内容", "发文标题",
              "发文文号", "发文部门", "发文单位", "发布机构", "法规类型", "所属行业", "所属区域", "热词搜索", "关键字", "关键词",
              "分类", "索引号", "主题分类", "名称", "有效性", "公开日期", "公开目录", "当前位置", "您的位置", "你的位置",
              "您现在的位置", "您当前的位置", "您的当前位置", "工作时间", "文字作者", "图片作者", "摄影", "审核", "审批",
              "编撰", "初审", "二审", "三审", "终审",
              # a government portal's index block (发文机关： 成文日期： 标　题： 发文字号： 时　效：)
              "发文机关", "成文日期", "发文字号", "时效",
              # a county portal's 信息公开 table, one cell a line (统一登记号: with its value lost; longhui)
              "统一登记号", "公开责任部门", "公开形式")
_WEB_LABEL = "(?:" + "|".join(sorted(WEB_LABELS, key=len, reverse=True)) + r")"
_WEB_LABEL_AT_START = re.compile(r"^[【\[]?\s*" + _WEB_LABEL + r"\s*[:：]")
_WEB_LABEL_ANYWHERE = re.compile(_WEB_LABEL + r"\s*[:：]")
# 2023-02-24 16:05, 2018/5/12 10:39:52 | 1621次浏览, 2009-08-14来源: when a page went up
WEB_DATETIME = re.compile(r"^\s*((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?=\s*\d{1,2}:\d\d|\s*[|｜]|\s*来源|\s*$)", re.M)
_BREADCRUMB = re.compile(r"^([您你]?的?(?:当前|现在的?)?的?位置\s*[:：]|首页\s*[>》/»→]|[^\s>》]{1,8}\s*[>》]\s*[^\s>》]{1,10}\s*[>》])")
# 当前位置：首页 > 新闻栏目>县市区科协>沙市力争科普工作全覆盖……举行: a path whose last step runs on into the headline
_PATH_TAIL = re.compile(r"[>》»→]\s*([^>》»→\s。，,；！？|｜]{12,80})$")


def breadcrumb_tail(line: str) -> str | None:
    """The headline a breadcrumb runs into (its last step, longer than any column's name), else None."""
    m = _PATH_TAIL.search(line) if _BREADCRUMB.match(line.strip()) or _HOME_ARROW.search(line) else None
    return m.group(1) if m else None


# a breadcrumb anywhere on its line: 首页 and then a navigation arrow (当前位置   首页 >> 通知公告, 首页 » 新闻)
_HOME_ARROW = re.compile(r"首页\s*(?:[>》»→]|-+>)|^首页\s*[-—－/|｜]\s*[^-—－/|｜]{2,10}\s*[-—－/|｜]")
# a page's dateline by its bare label and a web-style date (日期:2025-03-04 08:57); 日期 alone is too common a
# word in a document's own items to be a label of the page by itself
_WEB_DATE_LABEL = re.compile(r"^(?:日期|时间)\s*[:：]\s*(?:19|20)\d\d[-/.]\d{1,2}")
# a date with a clock time: when a page went up (游戏天地 2025年06月27日 22:33 1 admin); a document's own line
# never carries the minute it was posted
WEB_CLOCK = re.compile(r"((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*\d{1,2}:\d\d")
_VIEWS = re.compile(r"\d+\s*次浏览|^[•·]\s*\S{1,6}$|^被?(?:阅读|浏览|点击)\s*\d+\s*次")
# a site's greeting (您好，欢迎访问……新闻网！今天是：) and a repost's byline (某协会 | 2017-07-29 05:03)
_GREETING = re.compile(r"欢迎(?:访问|光临|来到)|今天是\s*[:：]?\s*$")
_BAR_AND_TIME = re.compile(r"[|｜].*(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d\d|"
                           r"(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d\d.*[|｜]")
# a byline whose separators (· | ／) a converter lost as question marks: short fields, the day among them
# (不详 ？佚名 ? 2011年05月15日 ? ？第一看点): the page's furniture under its headline
_LOST_BAR_BYLINE = re.compile(r"^(?:[^\s?？。，；]{1,10}[\s\u3000]*[?？][\s\u3000?？]*)+"
                              r"(?:19|20)\d\d(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2})"
                              r"(?:[\s\u3000]*[?？][\s\u3000?？]*[^\s?？。，；]{1,10})*$")
# A title behind a database's label (发文标题：…, 名　　称：…).
TITLE_LABEL = re.compile(r"^(?:发文标题|文件标题|标\s*题|文件名称|名\s*称)\s*[:：]\s*")


_SPACES = re.compile(r"[\s\u3000]+")
_LIST_BULLETS = "•·▪●"
_FURNITURE_MARKS = re.compile(r"[:：>》»→|｜•·]|次浏览|ICP|^首页")
# a site's registration number (鄂ICP备18025580号-2A, 京ICP证…号): the page's footer, never the document's
_SITE_REGISTRATION = re.compile(r"ICP[备证]\s*\d+号")


# a site's controls, each alone on its line: a search box's label, a voice reader's button, a print link
# A website's column name (通知公告, 新闻动态, 工作动态, a portal's 發布通知) above the headline: kind words only, no title.
# the name of a page's column of reports, a few characters and a news word (学会动态, 学校要闻, 各地动态, 简讯): above a
# headline it is no part of it, and above several items it gathers them
REPORT_COLUMN_WORDS = ("动态", "要闻", "速递", "快讯", "简讯", "短讯", "资讯", "新闻")
REPORT_COLUMN = re.compile(rf"^[{CJK}]{{0,4}}(?:{'|'.join(REPORT_COLUMN_WORDS)})$")
COLUMN_NAME = re.compile(r"(?:发布|通知|公告|通告|公示|新闻|动态|简报|快讯|通讯|要闻|信息|资讯|工作|文件)+")
SITE_CONTROLS = frozenset(("首页", "网站首页", "返回首页", "智能搜索", "站内搜索", "全站搜索", "高级搜索", "搜索", "检索", "打印本页", "关闭窗口", "打印",
                           "关闭", "收藏", "分享到", "分享", "返回顶部", "点击我为您语音播报", "扫一扫在手机打开当前页",
                           # a page's background colour picker (its swatches lost with the page's images)
                           "保护视力色", "视力保护色", "护眼色",
                           # a document-sharing site's label above its preview, as the copy writes it (cornels)
                           "文档简介", "文檔簡介", "下载本文档", "下載本文檔"))


# the longer of a site's controls (关闭窗口, 打印本页, 返回顶部) at a line's end: a row of the page's chrome (its menu,
# its breadcrumb), however long, whole where its last control stands
# a portal's account and accessibility links (登录, 个人中心, 无障碍浏览, 长者模式), run together once the links' markup
# is gone (登录个人中心): controls of the site, never a body's name (个人中心 ends like an organisation's 中心)
ACCOUNT_CONTROLS = ("登录", "注册", "退出", "个人中心", "用户中心", "我的空间", "无障碍浏览", "无障碍", "长者模式", "关怀模式",
                    "适老化", "English")
_ACCOUNT_CONTROLS = re.compile(r"(?:[\s\u3000|｜/]*(?:" + "|".join(sorted(ACCOUNT_CONTROLS, key=len, reverse=True))
                                + r"))+[\s\u3000|｜/]*")


def account_controls(line: str) -> bool:
    """A line of nothing but the site's account and accessibility links (登录个人中心, 无障碍浏览 长者模式)."""
    s = line.strip()
    return len(s) <= 40 and bool(s) and _ACCOUNT_CONTROLS.fullmatch(s) is not None


CONTROL_END = re.compile("(?:" + "|".join(sorted((c for c in SITE_CONTROLS if len(c) >= 4), key=len, reverse=True))
                         + r")\s*$")


# a page's text-size control, alone on its line: 选择字号:, 字号：大 中 小, 【字体：大 中 小】
_FONT_CONTROL = re.compile(r"^[【\[]?\s*(?:选择|设置)?(?:字号|字体)\s*[:：]?\s*(?:[【\[]?\s*[大中小]\s*[】\]]?\s*)*[】\]]?$")


def greets(line: str) -> bool:
    """A site's greeting (欢迎访问…官方网站 2019年6月5日 星期三): its date is the day the page was viewed."""
    return len(line) <= 60 and bool(_GREETING.search(line))


# a page's keyword line, phrases joined by underscores (…免费播放_看…一级…_91国内…_欧美…): a spam mirror's, no text
_KEYWORD_LINE = re.compile(r"[^\s_，。；：:.]{2,30}(?:_[^\s_，。；：:.]{2,30}){3,}")
# a site's advert that ends in its call to action (公文高手，超级方便的公文写作神器！立即了解)
_CALL_TO_ACTION = re.compile(r"[！!]\s*(?:立即|马上|免费)(?:了解|下载|体验|注册|试用|咨询)$")
# a web server's error page a CMS pasted into the body: 404 Not Found, 502 Bad Gateway, nginx/1.26.3
_SERVER_ERROR = re.compile(r"(?:[45]\d\d\s+[A-Z][A-Za-z\- ]{2,30}|(?:nginx|Apache|openresty|Microsoft-IIS|Tengine)(?:/[\d.]+)?)")


# a document-sharing site's file line over its preview (- 14.02 KB, - 2021-04-17发布): the upload's, not the document's
_FILE_INFO = re.compile(r"^[-•·]?\s*(?:\d+(?:\.\d+)?\s*[KMG]B|(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\s*(?:发布|上传|更新))$", re.I)


# a block of the site's other articles under the page's own (新闻推荐 / 永寿消费扶贫农产品走进西高新 / 本报讯…): a label
# alone on its line; what follows is another page's headline and lead, none of this page's reports
RELATED_BLOCK_LABELS = ("新闻推荐", "推荐新闻", "相关新闻", "相关阅读", "推荐阅读", "延伸阅读", "相关文章", "相关推荐",
                        "热点推荐", "热门推荐", "往期回顾", "往期推荐", "猜你喜欢", "更多新闻")
_RELATED_BLOCK = re.compile(r"^[【\[]?(?:" + "|".join(RELATED_BLOCK_LABELS) + r")[】\]]?\s*[:：]?\s*$", re.M)


def related_block_start(text: str) -> int:
    """Where the site's block of other articles starts (len(text) when the page has none)."""
    m = _RELATED_BLOCK.search(text)
    return m.start() if m else len(text)


# a byline under a headline: who put the page up (a site, a paper, a writer) and the day, nothing else
# (科技工作者之家 2018-01-04); a company's site adds the page's view count after a space (新特光电集团 2008-01-15 817),
# a WeChat post prints the day before the account's name (2020-03-26　美好滁州; in figures: 2022年4月13日印发 is a
# document's own imprint)
_BYLINE_DATE = r"(?:19|20)\d\d(?:-\d{1,2}-|/\d{1,2}/|年\d{1,2}月)\d{1,2}日?(?:[\s\u3000]*\d{1,2}:\d\d(?::\d\d)?)?"
BYLINE_DAY = re.compile(rf"^(?:[\u4e00-\u9fff]{{2,12}}[\s\u3000]*{_BYLINE_DATE}(?:[\s\u3000]+\d{{1,7}})?"
                        r"|(?:19|20)\d\d(?:-\d{1,2}-|/\d{1,2}/)\d{1,2}[\s\u3000]*[\u4e00-\u9fff]{2,12})$")


@lru_cache(maxsize=8192)
def web_furniture(line: str) -> bool:
    """A line a website puts around the document: breadcrumbs, 来源/发布时间/点击数, search boxes, view counts."""
    s = line.strip()
    if s[:1] in _LIST_BULLETS and len(s) > 2 and web_furniture(s[1:]):
        return True  # the page's meta bar as a bulleted list (• 发布时间：2022年05月23日, • 来源：…办公室)
    # a search box's label keeps its colon (站内搜索：): a control of the site, never a body addressed
    if s in SITE_CONTROLS or s.rstrip(":：") in SITE_CONTROLS or account_controls(s) or len(s) <= 20 and _FONT_CONTROL.match(s) or greets(s) or _SERVER_ERROR.fullmatch(s) \
            or _KEYWORD_LINE.fullmatch(s) or len(s) <= 40 and _CALL_TO_ACTION.search(s) or _FILE_INFO.match(s) \
            or len(s) <= 60 and _LOST_BAR_BYLINE.match(s):
        return True
    if not s or len(s) > 160 or not (_FURNITURE_MARKS.search(s) or s[0].isdigit() or s in WEB_LABELS):
        return False  # furniture is short, and has a label's colon, a breadcrumb's >, a | or a bullet
    if len(s) <= 60 and (_GREETING.search(s) or _BAR_AND_TIME.search(s) or _SITE_REGISTRATION.search(s)):
        return True
    packed = _SPACES.sub("", s)  # 关　键　字：, 名　　称：
    if packed.rstrip(":：") in WEB_LABELS:
        return True  # a meta label whose value the page lost (发布时间 alone on its line)
    if _WEB_LABEL_AT_START.match(packed) and not TITLE_LABEL.match(packed):
        return True
    if len(_WEB_LABEL_ANYWHERE.findall(packed)) >= 2 or _BREADCRUMB.match(s) or _VIEWS.search(s):
        return True
    if len(s) <= 60 and (_HOME_ARROW.search(s) or _WEB_DATE_LABEL.match(packed) or WEB_CLOCK.search(s)):
        return True
    return bool(WEB_DATETIME.match(s))


# The role labels of a list of people (组　长：, 主　任：): a line that is one of them is no 主送 line.
LIST_ROLES = ("组长", "副组长", "第一副组长", "常务副组长", "成员", "主要成员", "组长及副组长", "正副组长", "组长、副组长",
              "组员", "主任", "副主任", "委员", "召集人", "总召集人",
              "团长", "副团长", "顾问", "秘书长")

# ---------- labels of the header and end matter ----------
# the labels of a contact's values (联系电话：, 邮　箱：, E-mail:); each ends the value before it on the line
CONTACT_LABELS = ("联系电话", "电话", "手机", "传真", "联系邮箱", "邮箱", "电子邮箱", "电子信箱", "信箱", "邮件",
                  "邮编", "邮政编码", "通信地址", "通讯地址")
# what a phone's label may say it is for (受理电话, 监督电话, 咨询电话)
PHONE_PURPOSES = ("受理", "监督", "咨询", "办公", "值班", "举报", "投诉")
# …of which these take complaints: a line of its own so labelled (监督举报电话：…) is not the contact's (a 公示's
# 监督电话 on the 联系人's own line is: 监督电话:0713-6222439 联系人:徐超仁)
COMPLAINT_PURPOSES = ("监督", "举报", "投诉")
# the labels a contact's name may run into once the spaces between them are gone (联系人:姚红 电子邮箱:… →
# 姚红电子邮箱:…; 联系人:毕成国 地点:2A307)
LABELS_AFTER_NAME = CONTACT_LABELS + tuple(p + "电话" for p in PHONE_PURPOSES) + (
    "联系方式", "座机", "固话", "地点", "地址", "办公地点", "办公室", "房间", "QQ", "微信", "E-mail", "Email", "EMAIL")


def spaced_labels(labels: tuple[str, ...]) -> str:
    """An alternation of the labels, longest first, each spaced out or not (电 话, 电子邮箱)."""
    return "|".join(r"[ \t\u3000]*".join(map(re.escape, label)) for label in sorted(labels, key=len, reverse=True))


LABEL_LINE = re.compile(r"[（(]?(联系人|联系电话|电话|邮箱|电子邮箱|地址|通讯地址|邮政编码|邮编|传真|抄送|抄报|主送|附件\s*\d*|签发人|主题词|(此页无正文))"
                        r"(?=\s*[:：\d）)]|\s*$)")
_OCR_LABELS = [(re.compile(r"^[答荅簽签]\s*[发發]\s*人", re.M), "签发人")]


# Words that may follow a word ending in their first character (学习 / 习近平): a page break between them
# does not mean the character was printed twice.
STARTS_WITH_ITS_OWN_REPEAT = ("习近平", "习总书记")


def fix_ocr_labels(line: str) -> str:
    """OCR misreads of header labels (答发人, 簽發人) are read as the label they are."""
    if "人" not in line:
        return line
    for pattern, label in _OCR_LABELS:
        line = pattern.sub(label, line)
    return line


def split_outside(s: str, seps: str) -> list[str]:
    """Split at `seps` outside brackets, keeping every piece as written (empty ones too)."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(s):
        if ch in "（(《〔【":
            depth += 1
        elif ch in "）)》〕】":
            depth = max(0, depth - 1)
        elif depth == 0 and ch in seps:
            out.append(s[start:i])
            start = i + 1
    return out + [s[start:]]


def split_names(s: str) -> list[str]:
    """Split a list of bodies or names on 、，；, outside brackets (各县（市、区）科协 stays whole)."""
    return [x.strip(" \u3000。.：:") for x in split_outside(s, "、，,；;") if x.strip(" \u3000。.：:")]


def join_padded(tokens: list[str]) -> list[str]:
    """陈 / 涛 / 市科协二级调研员 → 陈涛 / 市科协二级调研员: single characters padded apart are one name."""
    out: list[str] = []
    for token in tokens:
        if out and len(token) == 1 and len(out[-1]) == 1:
            out[-1] += token
        else:
            out.append(token)
    return out


# A paper's lead that opens each item it prints (本报讯, 本刊讯, 本网讯, 讯 before the day or the reporter's byline): it
# opens a paragraph of its own, never the rest of a line above it
ITEM_LEAD = re.compile(r"^(?:" + _OWN + r"讯|讯(?=[\s\u3000（(:：]|\d{1,2}月|近日|日前))")
# A daily's byline on a line of its own between an item's headline and its text (本报记者　张某　通讯员　李某)
REPORTER_LINE = re.compile(r"^(?:(?:本报|本刊|本网)?(?:特约)?(?:记者|通讯员|实习生)[\s\u3000]*"
                           r"[\u4e00-\u9fff]{2,4}(?:[、\s\u3000]+[\u4e00-\u9fff]{2,4})*[\s\u3000]*)+$")
REPORTER_OPENINGS = ("本报", "本刊", "本网", "特约", "记者", "通讯", "实习")  # the words such a line opens with


# ---------- people in lists (a 领导小组's 组长/副组长/成员) ----------
# The last word of a post (党组书记, 副主席, 三级调研员, 办公室主任, 科协工作人员 …): what separates a post from a name
POST_WORDS = ("书记", "副书记", "主席", "副主席", "调研员", "巡视员", "主任", "副主任", "部长", "副部长", "馆长",
              "副馆长", "秘书长", "副秘书长", "处长", "副处长", "科长", "副科长", "局长", "副局长", "院长", "副院长",
              "校长", "副校长", "会长", "副会长", "理事长", "副理事长", "负责人", "主要负责人", "成员", "委员",
              "组长", "副组长", "干部", "专员", "总经理", "经理", "董事长", "主管", "站长", "所长", "市长", "县长",
              "区长", "省长", "镇长", "乡长", "厅长", "总工程师", "队长", "社长", "主编", "总编", "同志", "总理", "国务委员",
              "助理", "行长", "署长", "司长", "参谋长", "召集人", "审计长", "总规划师", "副总理",
              # the staff and the professions a school's or an association's list names (科协工作人员 张  迅)
              "工作人员", "干事", "科员", "常委", "教授", "研究员", "工程师", "教师", "老师", "辅导员", "联络员",
              "秘书", "团长", "政委", "督学", "理事", "监事", "主委", "检察长")
POST_ALTERNATION = "|".join(sorted(POST_WORDS, key=len, reverse=True))
# a post's last word with a note in brackets after it (市科协主席（提名人选）, 副局长（兼）): where a name may follow
POST_WORD = re.compile(rf"(?:{POST_ALTERNATION})(?:[（(][^（）()]{{1,12}}[）)])?")
# the end of a body's or a role's word: what a name does not end with (党组书记 is no 党组 + 书记)
BODY_END = "[组委会部局处科室院校厅市县区省协团队站所办司馆台社联股]"
NOT_A_NAME_END = re.compile(BODY_END + "$")
# a list's role label at a line's start: 组  长：, 副组长：, 成  员：, 组员：
GROUP_ROLE_LABEL = re.compile(r"^(?:(?:第一|常务|执行)?副\s*组\s*长|组\s*长|成\s*员|组\s*员)\s*[:：]\s*")
_CJK_ONLY = re.compile(f"[{CJK}]+")
_POST_THEN_NAME = re.compile(rf"[{CJK}（）()《》“”、0-9]{{2,60}}")


# 市财政局　陈锐康: a body in the post's column, the name in the next (the columns' space kept)
_BODY_THEN_NAME = re.compile(rf"[{CJK}（）()、]{{1,40}}{BODY_END}[\s\u3000]+"
                             rf"(?P<name>[{CJK}](?:[\s\u3000]*[{CJK}]){{1,3}})")


@lru_cache(maxsize=8192)  # (a page break's two sides ask it of the same rows again)
def post_then_name(s: str) -> bool:
    """西乡塘区教育局副局长梁婷, 科协工作人员吴铭明, 市科协主席（提名人选）玉剑: one person, the post first and the name last
    (two to four characters after the post's last word, no body's or post's word among them); or a body, then the
    name in a column of its own (市财政局　陈锐康)."""
    if len(s) > 80:
        return False  # a paragraph, not a row
    columns = _BODY_THEN_NAME.fullmatch(s.strip())
    if columns:
        name = _SPACES.sub("", columns.group("name"))
        return not NOT_A_NAME_END.search(name) and not POST_WORD.search(name)
    s = _SPACES.sub("", s)  # 浙江省科协党组成员、副主席陆　锦: a name padded apart
    if not _POST_THEN_NAME.fullmatch(s):
        return False
    last = None
    for m in POST_WORD.finditer(s):
        last = m
    name = s[last.end():] if last else ""
    return 2 <= len(name) <= 4 and bool(_CJK_ONLY.fullmatch(name)) and not NOT_A_NAME_END.search(name) \
        and not POST_WORD.search(name)


_LAST_ENTRY = re.compile(r"[^、，；,;：:]+$")
_BARE_NAME = re.compile(rf"[{CJK}]{{2,3}}")


def ends_with_person(row: str) -> bool:
    """组员：王明、李华、赵刚 / 成员：办公室主任王晓光；科长赵敏: a list's row whose last entry is a person (a post, then a
    name; or a name alone, in a row of names parted by 、，；) — whole, not a sentence a line break cut."""
    entries = GROUP_ROLE_LABEL.sub("", row.strip())
    last = _LAST_ENTRY.search(entries)
    if not last or len(entries) > 200 or re.search("[。！？]", entries):
        return False
    entry = re.sub(r"[\s\u3000]+", "", last.group(0))
    if post_then_name(entry):
        return True
    names = re.split(r"[、，；,;]", entries)
    return len(names) >= 2 and all(_BARE_NAME.fullmatch(re.sub(r"[\s\u3000]+", "", n))
                                   and not NOT_A_NAME_END.search(n) and not POST_WORD.search(n) for n in names)


# ---------- first-level numerals that lost their 、 ----------
# A converter may drop the 、 after 一 二 三 (…通知如下：一申报条件申报2025年…。二申报材料1.…。三申报程序…): the numerals
# are still the document's first-level items where they stand at a line's start or right after a sentence's end, run
# in order 一, 二, 三 …, and the text writes no first-level item the usual way. A numeral that opens a word (一批, 一是,
# 三农, 二十; 一要 a speaker's point, though 五要求 is a heading) is no marker, nor is one that is not followed by Chinese text.
BARE_NUMERAL_NOT_BEFORE = "是批年些个项次方直切定般起同致律体旦道带步线级等类名位人天周月日期届种条点十百千万亿两把场份层环则并下农严公好手"
# (each pattern's first lookahead only spares the engine its alternatives where no match can start)
_BARE_NUMERAL = re.compile(rf"(?=[一二三四五六七八九])(?:^|(?<=[。；：！？;:!?]))([一二三四五六七八九])(?=[{CJK}])(?![{BARE_NUMERAL_NOT_BEFORE}]|要(?!求))", re.M)
_USUAL_FIRST_LEVEL = re.compile(r"(?=[。；：！？;:!?\s一二三四五六七八九十])(?:^|[。；：！？;:!?\s])[一二三四五六七八九十]{1,2}\s*[、．.]", re.M)
BARE_RUN = 3  # 一, 二, 三 at least: two bare numerals in order may be a sentence's words
BARE_GAP = 4  # characters at least between two: a heading's words stand after each


def bare_numeral_run(text: str) -> list[tuple[int, int]]:
    """(offset, ordinal) of first-level numerals without their 、, or [] where the text has no such run."""
    if "一" not in text or _USUAL_FIRST_LEVEL.search(text):
        return []
    run: list[tuple[int, int]] = []
    for m in _BARE_NUMERAL.finditer(text):
        n = cn_number(m.group(1))
        if n == len(run) + 1 and (not run or m.start() - run[-1][0] > BARE_GAP):
            run.append((m.start(), n))
    return run if len(run) >= BARE_RUN else []
