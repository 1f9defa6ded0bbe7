"""The page model: where a document sits among what a website prints around it, read by layout, not by one site's words.

A stored page is a stack of blocks: the site's chrome (slogans, search boxes, sidebars, column names, breadcrumbs),
the page's headline with its meta lines under it (来源, 发布时间, 访问量, 更新日期), sometimes an index block of labelled
fields (a portal's 索引号/发文字号/发文日期, a law database's 发文标题/发文文号/发文部门), then the document itself, whose
head may print the title again with the issuing body or the 令号 under it. The header reader asks this module where
those blocks are when its own reading of the document's head finds nothing: the title is the title-shaped line the
meta lines stand under, whatever chrome is above it; a field the page labels is the page's statement of it."""

from __future__ import annotations

import re

from . import patterns as P

CJK = P.CJK
_SENTENCE = re.compile(r"[。；！？]")
_SPACES = re.compile(r"[\s\u3000]+")

# The labels of an index block, by the field they give (data: a portal or database may use any of them).
INDEX_LABELS = {
    "title": ("发文标题", "文件标题", "文件名称", "标题", "名称"),
    "number": ("发文文号", "发文字号", "文件编号", "文号"),
    "issuer": ("发文机关", "发文机构", "发文部门", "发文单位", "发布机构"),
    "date": ("成文日期", "发文日期", "发文时间"),
}
# every label an index block prints (those above and the ones that give nothing the parse needs)
_OTHER_INDEX_LABELS = ("索引号", "主题分类", "来源", "有效性", "发布日期", "内容概述", "实施时间", "法规类型", "所属行业",
                       "所属区域", "阅读人次", "评论人次", "公开日期", "时效", "主题词", "体裁分类",
                       "统一登记号", "公开目录", "公开责任部门", "公开形式")  # longhui: 统一登记号 is a label, not a title
_ALL_LABELS = sorted({w for words in INDEX_LABELS.values() for w in words} | set(_OTHER_INDEX_LABELS),
                     key=len, reverse=True)
# (a label may follow the value before it without a space: 发布时间： 2021-11-19发布机构：…)
_LABEL = re.compile(r"(?:^|(?<=[\s\u3000•·|｜\d]))[•·]?\s*(" + "|".join(_ALL_LABELS) + r")\s*[:：]")
# an index block set out as a table whose cells lost their colons (索 引 号 失效时间 / 发文机关 成文日期 / 标  题 …): a row
# of labels alone (the values were empty) is no line of the title, and a 标题 cell gives its value after the label
ROW_ONLY_LABELS = ("失效时间", "生效时间", "发布时间", "废止时间", "有效期")
_INDEX_ROW = re.compile("(?:" + "|".join(sorted(set(_ALL_LABELS) | set(ROW_ONLY_LABELS), key=len, reverse=True)) + ")+")
_TITLE_CELL = re.compile(r"^(?:发文标题|文件标题|标[\s\u3000]*题|文件名称)[\s\u3000]*(?![\s\u3000:：])")


def index_row(line: str) -> bool:
    packed = _SPACES.sub("", line)
    return len(packed) <= 40 and _INDEX_ROW.fullmatch(packed) is not None


def title_cell(line: str) -> str | None:
    """The value of a 标题 cell without its colon (标　题河南省…的通知), or None."""
    m = _TITLE_CELL.match(line)
    return line[m.end():] if m and len(line) > m.end() + 4 else None


_FIELD_OF = {w: field for field, words in INDEX_LABELS.items() for w in words}
_BULLET = re.compile(r"^[•·\-*]\s*")


_PADDED_LABEL = re.compile(r"(?<=[{0}])[\s\u3000]+(?=[{0}][\s\u3000]*[{0}]?\s*[:：])".format(CJK))


# an open-government index block whose cells lost their colons, label and value side by side on one row (索引号
# 640502030/2021-00042 文号 卫沙全科组办发〔2021〕5号 生成日期 2021-09-08, the spaces perhaps lost): read only where the
# row opens with 索引号, which no sentence does, and names another label
BARE_ROW_LABELS = ("生成日期", "责任部门")
_BARE_LABEL = re.compile("(" + "|".join(sorted(set(_ALL_LABELS) | set(BARE_ROW_LABELS), key=len, reverse=True))
                         + r")[\s\u3000]*(?=\S)")


def _bare_labels(packed: str) -> list[re.Match]:
    if not packed.startswith("索引号"):
        return []
    found = list(_BARE_LABEL.finditer(packed))
    return found if len(found) >= 2 else []


def _labels(line: str) -> list[tuple[str, str]]:
    """(label, value) pairs on one line of an index block: 索引号 : x 文 号 : y (labels padded with spaces)."""
    packed = _BULLET.sub("", line.strip())
    if " " in packed or "\u3000" in packed:
        packed = _PADDED_LABEL.sub("", packed)  # 文　　号：
    found = list(_LABEL.finditer(packed))
    if not found:
        found = _bare_labels(packed)
    if not found or found[0].start() > 2:
        return []
    out = []
    for k, m in enumerate(found):
        end = found[k + 1].start() if k + 1 < len(found) else len(packed)
        out.append((m.group(1), packed[m.end():end].strip()))
    return out


_FIELD_WORD = re.compile("|".join(sorted({w for words in INDEX_LABELS.values() for w in words}, key=len, reverse=True))
                         + r"|文\s+号")
# a cheap look for a label's colon and one of the fields' words before reading a line closely
_HINT = re.compile(r"(?:题|称|号|机关|机构|部门|单位|日期|时间)[\s\u3000]*[:：]|^索引号(?![\s\u3000]*[:：])")


def index_fields(lines: list[str], limit: int = 80) -> dict[str, str]:
    """The fields a page's index block labels (发文字号: …), each value on the label's line or, where the label
    stands alone (• 发文字号: / 镇政发〔2024〕7号), on the next line."""
    fields: dict[str, str] = {}
    head = lines[:limit]
    if not _FIELD_WORD.search("\n".join(head)):
        return fields  # no field's label anywhere in the head: most documents
    for i, line in enumerate(head):
        if not _HINT.search(line):
            continue
        for label, value in _labels(line):
            if not value and i + 1 < len(lines) and not _labels(lines[i + 1]):
                value = lines[i + 1].strip()
            field = _FIELD_OF.get(label)
            if field and value and field not in fields:
                fields[field] = value
    return fields


def index_number(fields: dict[str, str]) -> str | None:
    value = fields.get("number")
    if not value:
        return None
    found = P.find_doc_numbers(value)
    if found:
        return found[0][0]
    return order_number(value)


def index_date(fields: dict[str, str]) -> str | None:
    value = fields.get("date") or ""
    m = re.match(r"((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})", value)
    if not m:
        return None
    year, month, day = (int(g) for g in m.groups())
    return "%04d-%02d-%02d" % (year, month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None


def index_issuer(fields: dict[str, str]) -> str | None:
    """The issuer the index block names, when it is an organisation (发文机构: 县政府网站 names the site)."""
    raw = (fields.get("issuer") or "").strip()
    value = _SPACES.sub("", raw)
    if value and not P.ORG_LINE.fullmatch(value) and raw:
        value = _SPACES.split(raw)[0]  # 临西县科学技术协会　浏览次数：44: a field the block does not label follows
    return value if value and P.ORG_LINE.fullmatch(value) else None


# 政府令 are numbered by the 令 alone, without a year (津政令第90号, 国务院令第708号)
_ORDER_NUMBER = re.compile(rf"^([{CJK}]{{0,10}}令)\s*第\s*(\d{{1,5}})\s*号$")


def order_number(line: str) -> str | None:
    m = _ORDER_NUMBER.match(_SPACES.sub("", line))
    return f"{m.group(1)}第{m.group(2)}号" if m else None


def own_order_number(lines: list[str], limit: int = 30) -> tuple[str | None, int | None]:
    """A 令号 standing alone on its line in the head (津政令第90号): the document's own number."""
    for i, line in enumerate(lines[:limit]):
        number = order_number(line) if len(line) <= 30 and "令" in line else None
        if number:
            return number, i
    return None, None


def _title_shaped(line: str) -> bool:
    s = line.strip()
    return (6 <= len(s) <= 80 and not _SENTENCE.search(s) and not s.endswith(("：", ":"))
            and not P.web_furniture(s) and not P.DATE_LINE.fullmatch(s) and not P.LABEL_LINE.match(s)
            and P.starts_with_marker(s) is None)


def titled_block(line: str) -> bool:
    """A line that opens a block of its own after a blank line, wherever it stands: title-shaped and naming a kind of
    document (…章程（试行）, …工作规则), so that a page's chrome above it (返回顶部, a column name printed three times, a
    site's page title) is not joined to it, nor is it to them."""
    s = _SPACES.sub("", line)
    return _title_shaped(s) and bool(P.TITLE_END.search(s))


def meta_line(line: str) -> bool:
    """A page's meta line under its headline: 来源, 发布时间, 访问量, 更新日期 (with or without a value)."""
    return P.web_furniture(line) and not P.TITLE_LABEL.match(_SPACES.sub("", line))


def headline_over_meta(lines: list[str], limit: int = 40, kind_needed: bool = True) -> tuple[str | None, int | None]:
    """The headline by its place: the title-shaped line the page's first meta block stands under, whatever the
    site prints above it (slogans, search boxes, sidebars, column names). It must name a kind of document (…办法),
    so that a column name or a person's name above the meta lines is not taken — unless `kind_needed` is False:
    then the header found only a column path above it, and a news headline names no kind."""
    for i, line in enumerate(lines[:limit]):
        if i == 0 or not meta_line(line):
            continue
        above = lines[i - 1].strip()
        if _title_shaped(above) and (P.TITLE_END.search(_SPACES.sub("", above))
                                     or not kind_needed and len(_SPACES.sub("", above)) >= 8):
            return _SPACES.sub("", above), i - 1
    return None, None


def headline_in_path(lines: list[str], limit: int = 20) -> tuple[str | None, int | None]:
    """The headline a page printed at the end of its breadcrumb, the page's meta line (日期：…) right under it."""
    for i, line in enumerate(lines[:limit - 1]):
        tail = P.breadcrumb_tail(line)
        if tail and meta_line(lines[i + 1]):
            return tail, i
    return None, None


_ORIGINAL_TITLE = re.compile(r"^\s*([^\n]{6,80}?)\s*原标题\s*[:：]\s*")


def reposted_headline(text: str) -> tuple[str | None, int | None]:
    """A repost's headline: the page's first words, when 原标题: and the same words follow them (on the next line,
    or on the same one where a converter joined the two)."""
    m = _ORIGINAL_TITLE.match(text)
    if not m:
        return None, None
    head = _SPACES.sub("", m.group(1))
    rest = _SPACES.sub("", text[m.end():m.end() + len(m.group(1)) + 20])
    if not _SENTENCE.search(head) and rest.startswith(head):
        return head, 0
    return None, None


def issuer_under_title(lines: list[str], title: str, start: int, window: int = 12) -> str | None:
    """The issuing body printed alone under a copy of the title (a 令 or a regulation's head: 办法 / 市人民政府)."""
    packed = _SPACES.sub("", title)
    for k in range(start, min(len(lines) - 1, start + window)):
        if _SPACES.sub("", lines[k]) != packed:
            continue
        below = _SPACES.sub("", lines[k + 1])
        if P.ORG_LINE.fullmatch(below) and not P.TITLE_END.search(below) and len(below) <= 30:
            return below
    return None


# the labels a page's meta line opens with; a converter that drops the headline's line break leaves one of them
# after a space on the headline's line (…的通知 发布时间：2023-05-12 来源：…); its first label is the line's first colon
# (來源:成都市科協   日期:… is a meta line already, in whatever script)
_META_OPENERS = ("编辑时间", "录入时间", "发稿时间", "上传时间", "责任编辑", "点击量", "浏览量", "阅读量", "发布时间", "发布日期", "发表时间", "更新时间", "更新日期", "时间", "日期", "来源", "信息来源", "文章来源",
                 "作者", "编辑", "浏览次数", "点击数", "阅读次数", "访问量")
# (…or with the day it went up, 2023-05-12 来源：…, or the page's font control, 【字体：大 中 小】)
_JOINED_META = re.compile(r"(?m)^([^\n:：]{6,80}?)[ \t\u3000]+(?=(?:" + "|".join(sorted(_META_OPENERS, key=len, reverse=True))
                          + r")\s*[:：]|(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}|[【\[]\s*(?:字体|字号))")

_GAP = re.compile(r"[ \t\u3000]{2}")


_FONT_CONTROL_AFTER = re.compile(r"[ \t\u3000]*[【\[]\s*(?:字体|字号)[^】\]\n]{0,20}[】\]](?=[ \t\u3000]*$)", re.M)
BYLINE_NAME = 12  # a byline's name (a site, a paper, an account) before its day: 科技工作者之家 2018-01-04


def _dated_headline(head: str) -> bool:
    """A headline the page ran its day onto (…实施方案 2023-05-12 来源：…), not a byline (科技工作者之家 2018-01-04, 360影视
    国产动漫 2025-03-12): naming a kind of document, or one run of text longer than a byline's name."""
    head = head.strip()
    return bool(P.TITLE_END.search(head)) or not _SPACES.search(head) and len(head) > BYLINE_NAME


def split_joined_meta(text: str, limit: int = 3000) -> str:
    """The page's headline and its meta line parted where a converter printed them on one line: the space before the
    meta line's first label becomes the line break it stood for. Only
    a title-shaped head is parted: a sentence that goes on 时间：… is no headline, nor is a bar of the site's controls
    (放大字体  缩小字体  中国有色金属网  发布日期:…)."""
    head = text[:limit]
    cuts = [m.end(1) for m in _JOINED_META.finditer(head)
            if _title_shaped(m.group(1)) and not _GAP.search(m.group(1)) and meta_line(head[m.end():head.find("\n", m.end()) % (len(head) + 1)])
            and (not head[m.end()].isdigit() or _dated_headline(m.group(1)))]
    if not cuts:
        return text
    chars = list(text)
    for at in cuts:
        control = _FONT_CONTROL_AFTER.match(text, at)
        if control:  # the font control (【字体：大 中 小】) is the page's, no meta line of its own: it goes
            chars[at:control.end()] = [" "] * (control.end() - at)
        else:
            chars[at] = "\n"
    return "".join(chars)


# The shapes of a page's other lines that a headline never has: a label with its value (发布人：…, 您当前所在位置：…),
# a breadcrumb's arrows, an image's file name, a site's name (…网, …网--…), a column's name (基层动态, 学校要闻, 新闻速递),
# a newspaper's byline (本报记者…), a search box, a link that asks the reader to act
# or a language switch (…搜索, 免费发布信息, 登录…账号, English), a chapter's heading (第一章 总则); a photo's caption
# (patterns.PHOTO_CAPTION_LINE) neither.
NOT_A_HEADLINE = (
    r"^(?:发布人|发布者|发布单位|发表日期|发布日期|发布时间|更新时间|作者|来源|编辑|浏览次数|点击数|(?:您|你)?(?:当前|的)?(?:所在)?位置)\s*[：:]",
    r">>|＞＞|>\s*[^>]*>",
    r"\.(?:png|jpe?g|gif|bmp|webp)$",
    rf"^[{CJK}]{{2,10}}网$|^[{CJK}]{{2,10}}网\s*(?:--|—|-|_|\|)",
    P.REPORT_COLUMN.pattern,
    r"^本报(?:记者|讯|通讯员)",
    r"搜索$|^(?:免费|我要|立即|马上|点击|登录|注册)",
    rf"^[^{CJK}]*$",
    r"^第[一二三四五六七八九十\d]+章?\s*总则$",
)
_NOT_A_HEADLINE = re.compile("|".join(f"(?:{p})" for p in NOT_A_HEADLINE))
_COLUMN_OF_REPORTS = P.REPORT_COLUMN


def column_of_reports(line: str) -> bool:
    """A column's name, a few characters and a news word (学会动态, 学校要闻): above the headline, never part of it."""
    return bool(_COLUMN_OF_REPORTS.match(_SPACES.sub("", line)))


# A site's own page title: its name, slogan and keywords run together with separators (某某网-某某官网, 品牌名-品牌名app,
# 新闻中心_某某网|首页): a piece that is a site's word, or two pieces that repeat one name, say it names the site.
SITE_WORDS = ("官网", "官方网站", "官方网址", "首页", "主页", "门户网站", "app", "APP", "App", "客户端", "手机版", "登录入口")
SITE_PIECE = 16  # each piece of a site's title is short: a headline's clause is longer
_TITLE_PIECES = re.compile(r"\s*[-_|｜]+\s*")
_ARROW_FIRST = re.compile(r"^[>＞»›]")  # a breadcrumb's arrow before the last crumb


def site_keywords(line: str) -> bool:
    """A run of the site's keywords (…凯时-…凯时app): no document's headline."""
    pieces = [p for p in _TITLE_PIECES.split(_ARROW_FIRST.sub("", line.strip())) if p]
    if len(pieces) < 2 or any(len(p) > SITE_PIECE or _SENTENCE.search(p) for p in pieces):
        return False
    if any(p.endswith(SITE_WORDS) for p in pieces):
        return True
    return any(_repeat(a, b) for a, b in zip(pieces, pieces[1:]))


def _repeat(a: str, b: str) -> bool:
    """Two pieces that are one name of 4 characters or more, each with at most a short affix (ag…, …app, …官网): a
    brand, a site's name. A column's word that a headline repeats (科普活动 | 社区科普活动走进校园) has a clause around it."""
    for size in range(min(len(a), len(b)), 3, -1):
        if len(a) - size > 3 or len(b) - size > 3:
            break
        if any(a[k:k + size] in b and re.search(rf"[{CJK}]{{4}}", a[k:k + size]) for k in range(len(a) - size + 1)):
            return True
    return False


def never_a_headline(title: str) -> bool:
    """A line of the page's chrome that a rule took for its headline: the page lost its headline, say so."""
    s = title.strip()
    return bool(_NOT_A_HEADLINE.search(s) or P.photo_caption(s) or _ARROW_FIRST.match(s) or site_keywords(s)
                or P.TITLE_NOTE_LINE.fullmatch(_SPACES.sub("", s)))


_CJK_RUN = re.compile(rf"[{CJK}]{{2,}}")
UNRELATED_BODY = 300  # a body this long (CJK characters) names something of its headline's, at least two characters


def unrelated_to(title: str, text: str) -> bool:
    """A headline the text never relates to: not one pair of its characters (科普, 召开, a body's name) comes back in
    the text outside the lines that print it — a site's slogan or a spam mirror's name, not the document's title."""
    packed = _SPACES.sub("", title)
    pairs = {w[k:k + 2] for w in _CJK_RUN.findall(packed) for k in range(len(w) - 1)}
    if len(pairs) < 3 or P.TITLE_END.search(packed):
        return False  # (a title that names its kind, …的通知, …章程, is a document's name, whatever its text says)
    body = "\n".join(ln for ln in (_SPACES.sub("", x) for x in text.split("\n"))
                     if packed not in ln and not (len(ln) >= 6 and ln in packed))
    if sum(len(w) for w in _CJK_RUN.findall(body)) < UNRELATED_BODY:
        return False
    return not any(pair in body for pair in pairs)


# A site's page title is the document's headline dressed with the site's chrome: the site's name, its column or 首页
# after a separator (…的通知 - 某某科协, …_新闻中心_某某网, …|首页), or before one (某某网 - …); or a note in brackets after
# it (…规则（2007年12月修订）). Printed right above the document's own title (on one line or two), it is that title
# once: the page title goes, and the document's own lines (with a note or qualifier line of their own) stay.
PAGE_TITLE_SEPARATORS = "-_|｜–"
_CHROME_AFTER = re.compile(rf"^\s*[{PAGE_TITLE_SEPARATORS}]+\s*\S")
_CHROME_BEFORE = re.compile(rf"\S\s*[{PAGE_TITLE_SEPARATORS}]+\s*$")
_NOTE_AFTER = re.compile(r"^[（(][^（）()]{1,24}[）)]$")


def _dresses(page_title: str, headline: str) -> bool:
    """`page_title` is `headline` with the site's chrome (or a bracketed note) around it."""
    if page_title == headline or not (_title_shaped(headline) or 4 <= len(headline) < 6 and P.TITLE_END.search(headline)
                                      and not P.web_furniture(headline)):
        return False  # (a short title names its kind: 会议制度 - 某某学会)
    if page_title.startswith(headline):
        rest = page_title[len(headline):]
        return bool(_CHROME_AFTER.match(rest) or _NOTE_AFTER.match(rest))
    if page_title.endswith(headline):
        return bool(_CHROME_BEFORE.search(page_title[:-len(headline)]))
    return False


def _page_title_over(lines: list[str], packs: list[str], i: int) -> bool:
    """The line `i` is the page's title over the document's own (one line, or two that make it up); `packs` are the
    lines without their spaces."""
    packed = packs[i]
    if len(packed) > 160:
        return False
    below = [j for j in range(i + 1, min(len(packs), i + 6)) if packs[j]][:2]
    first = packs[below[0]] if below else ""
    # (the headline, or its first line, opens or closes the page title: anything else is no page title over it)
    if len(first) < 4 or not (packed.startswith(first) or packed.endswith(first)) or _SENTENCE.search(packed):
        return False
    two = first + packs[below[1]] if len(below) == 2 else None
    if _dresses(packed, first):
        return True
    return two is not None and not P.TITLE_END.search(first) and (packed == two or _dresses(packed, two)) \
        and _title_shaped(lines[below[1]])


# the pieces of a page title that are the site's, not the headline's: the site's or its owner's name (某某科协网, 中国发展网,
# 某某市科学技术协会), a column (新闻中心, 通知公告, 学会动态), 首页/官网
SITE_COLUMN_ENDS = ("中心", "首页", "频道", "栏目", "专题", "专栏", "门户")
_SITE_NAME = re.compile(rf"[{CJK}A-Za-z]{{2,16}}(?:网|网站)")
_SEPARATED = re.compile(r"\s*[-_|｜–]\s*")


def _site_piece(piece: str) -> bool:
    piece = _SPACES.sub("", piece)
    return bool(piece) and len(piece) <= 20 and bool(
        _SITE_NAME.fullmatch(piece) or P.ORG_LINE.fullmatch(piece) or piece.endswith(SITE_WORDS)
        or P.COLUMN_NAME.fullmatch(piece) or _COLUMN_OF_REPORTS.match(piece)
        or len(piece) <= 6 and piece.endswith(SITE_COLUMN_ENDS))


_ANY_SEPARATOR = re.compile(f"[{re.escape(PAGE_TITLE_SEPARATORS)}]")


def undressed(line: str) -> str | None:
    """The headline inside a page title dressed with the site's pieces (…的通知_新闻中心_某某科协网, 某某网 - …, …|某某市
    科学技术协会): the pieces on one side are all the site's, the headline is what is left. None for any other line (a
    run of the site's keywords alone, a headline whose separator is its own: 2021-2025年…)."""
    if not _ANY_SEPARATOR.search(line) or len(line) > 160 or _SENTENCE.search(line) or site_keywords(line):
        return None
    pieces: list[str] = []
    for piece in P.split_outside(line.strip(), "-_|｜–"):
        if pieces and pieces[-1][-1:].isdigit() and piece[:1].isdigit():
            pieces[-1] += "-" + piece  # a span of years or days (2020-2021学年), no separator of the site's
        else:
            pieces.append(piece)
    if len(pieces) < 2 or any(not p.strip() for p in pieces):
        return None
    for head, rest in ((pieces[0], pieces[1:]), (pieces[-1], pieces[:-1])):
        head = head.strip()
        shaped = _title_shaped(head) or 4 <= len(head) < 6 and P.TITLE_END.search(head) and not P.web_furniture(head)
        if shaped and not _site_piece(head) and all(_site_piece(p) for p in rest):
            return head
    return None


def _printed_below(lines: list[str], i: int, packed: str, reach: int = 60) -> bool:
    """The page prints the headline again under its title (after its menus): that line is the headline."""
    return any(_SPACES.sub("", ln) == packed for ln in lines[i + 1:i + 1 + reach])


def one_headline(text: str, limit: int = 40) -> str:
    """A headline printed twice in a row (the site's page title, then the page's headline; blank lines between) is
    one headline: the repeat goes, so that what stands under the headline (its dated line, the first paragraph) is
    read as standing under it. A page title that dresses the headline (PAGE_TITLE_SEPARATORS, a note) goes too;
    printed alone (the page lost its headline line), it gives its headline (undressed)."""
    lines = text.split("\n")
    packs = [_SPACES.sub("", line) for line in lines[:limit + 6]]
    keep, last, changed = [], None, False
    for i, line in enumerate(lines[:limit]):
        packed = packs[i]
        if packed and packed == last and _title_shaped(packed):
            changed = True
            continue
        if packed and _page_title_over(lines, packs, i):
            changed = True
            continue
        head = undressed(line) if packed else None
        if head is not None and not _printed_below(lines, i, _SPACES.sub("", head)):
            line, packed, changed = head, _SPACES.sub("", head), True
            if packed == last:
                continue
        keep.append(line)
        last = packed if packed else last
    return "\n".join(keep + lines[limit:]) if changed else text


def mend_page_head(text: str) -> str:
    """The head of a page as a converter should have left it: its headline once, on a line of its own."""
    return one_headline(split_joined_meta(text))


_DATED = re.compile(r"(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}")


def article_under_meta(lines: list[str], limit: int = 15) -> bool:
    """A site's article that lost its headline: its dated meta line (发布时间：2016-03-17 来源：…) stands right above
    the text's first paragraph (an image's file name or a caption aside), as on a news page; a 公文 or a plan the page
    carries is told apart before this by its own marks."""
    rows = [ln.strip() for ln in lines[:limit * 3] if ln.strip()][:limit]
    for i, line in enumerate(rows):
        if meta_line(line) and _DATED.search(line):
            below = [r for r in rows[i + 1:] if not meta_line(r) and not P.photo_caption(r)
                     and not _NOT_A_HEADLINE.search(r)][:1]
            return bool(below) and len(below[0]) >= 30 and bool(re.search("[。！？]", below[0])) \
                and P.starts_with_marker(below[0]) is None
    return False
