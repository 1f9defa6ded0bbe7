"""Text → ParsedDocument: repair it, then read the header, the outline with who answers for each item, the group."""

from __future__ import annotations

import datetime as dt
import re

from . import patterns as P
from .clean import clean
from .errors import ReaderError
from .group import read_leading_group
from .header import read_header
from .model import OutlineItem, ParsedDocument
from .outline import find_items, heading_of
from .page import article_under_meta, mend_page_head, never_a_headline, unrelated_to
from .responsibility import first_named_leads, read_responsibility, without_contact_office
from .script import matching_copy, restore
from .segments import (briefs_page, column_headed, dated_headline, dated_title, first_headline, gathered_page, is_deck,
                       looks_like_news, may_be_gathered, paragraph_briefs, read_segments, with_units)
from .timecues import read_time, yearless_deadline

_AFTER_HEADING = re.compile(r"^[。；：！？\s]+")


def _document_year(date: str | None, doc_number: str | None, text: str) -> int | None:
    if date:
        return int(date[:4])
    if doc_number:
        m = re.search(r"〔(\d{4})〕", doc_number)
        if m:
            return int(m.group(1))
    m = P.DATE.search(text)
    parts = P.date_parts(m) if m else None
    if parts:
        return parts[0]
    # a plan without a date still names its year (2023年工作要点)
    m = re.search(r"(20\d\d)\s*年", text[:400])
    return int(m.group(1)) if m else None


# 请于9月13日（周二）下班之前通过电子邮件提交以上材料: a paragraph after a list's last entry that sends in the whole list
_WHOLE_LIST_DUE = re.compile(r"^(?:请|以上|上述)[^。\n]*?(?:以上|上述|如上|所列)")


# 2007年科技活动周结束后……于5月30日前报送: the year an item names for its own work, before its day without a year
_ITEM_YEAR = re.compile(r"((?:19|20)\d\d)\s*年(?![\d底末中初度])")


def _item_year(own: str, year: int | None, guessed: bool) -> int | None:
    """A document whose year is only a guess (no date, no 字号: the first year its text names, which may be another
    item's) dates an item's day without a year by the year the item itself names, if it names one."""
    if not guessed:
        return year
    m = _ITEM_YEAR.search(own)
    return int(m.group(1)) if m else year


# a plan's own section that names who carries it all out, as a 主办单位 line does: no item's responsibility
WHOLE_PLAN_LABELS = ("实施单位",)


def _outline(text: str, year: int | None, issued: dt.date | None, guessed: bool = False) -> list[OutlineItem]:
    out = []
    by_id: dict[str, OutlineItem] = {}
    first_leads = first_named_leads(text)
    raws = find_items(text)
    for raw in raws:
        own = text[raw.body_start:raw.end].strip()
        if not own and raw is raws[-1] and not text[raw.body_start:].strip():
            continue  # a copy cut right after a marker (…措施。 / 六、): nothing is numbered there
        heading = heading_of(own)
        rest = _AFTER_HEADING.sub("", own[len(heading):] if own.startswith(heading) else own)
        at_end = raw is raws[-1] and not text[raw.end:].strip()
        responsibility, stated = read_responsibility(without_contact_office(own, text[raw.end:raw.end + 12]),
                                                     first_leads, at_end)
        if raw.level == 1 and heading.rstrip("：:") in WHOLE_PLAN_LABELS:
            responsibility = None  # 七、实施单位：教导处、总务处……: who carries out the whole plan, not one item
        deadline, hint, hint_dates = read_time(own, _item_year(own, year, guessed), stated, issued)
        item = OutlineItem(id=raw.id, marker=raw.marker, level=raw.level, heading=heading,
                           text=rest or heading, span=(raw.start, raw.end), responsibility=responsibility,
                           deadline=deadline, time_hint=hint, hint_dates=hint_dates)
        if deadline and "\n" in own:
            _list_due_to_parent(item, own, by_id, year, issued)
        out.append(item)
        by_id[raw.id] = item
    return out


def _list_due_to_parent(item: OutlineItem, own: str, by_id: dict[str, OutlineItem], year: int | None,
                        issued: dt.date | None) -> None:
    """（3）地方科协……材料。/ 请于9月13日下班之前……提交以上材料: the date in the paragraph after a list's last entry is due
    for the whole list, so it is the deadline of the item that asks for it, not of the entry."""
    first, after = own.split("\n", 1)
    parent = by_id.get(item.id.rsplit(".", 1)[0]) if "." in item.id else None
    if parent is None or parent.deadline or not _WHOLE_LIST_DUE.match(after.lstrip()):
        return
    if read_time(first, year, None, issued)[0]:
        return  # the entry states its own date
    parent.deadline, item.deadline = item.deadline, None


def parse_text(text: str, source: str | None = None, *, reflow: bool = True) -> ParsedDocument:
    """Read a document's plain text (any damage included) into a ParsedDocument.

    `reflow=False` for text whose lines are paragraphs already (from docx or HTML).
    """
    cleaned = clean(mend_page_head(text), reflow=reflow)
    if not cleaned.strip():
        raise ReaderError("the file holds no text: check that it is the document you meant, or send its text")
    copy = matching_copy(cleaned)
    if copy is None:
        return _read(cleaned, source)
    # a document in traditional script or with pinyin glosses is read through its copy in simplified characters
    # without the glosses, and what is read is given back in its own characters (glosses included)
    matching, where = copy
    doc = restore(_read(matching, source), cleaned, matching, where)
    doc.text = cleaned
    return doc


# an essay site that asks its readers for essays (時間:2023-06-27 13:17:25 活動方案 我要投稿) posts what they send
# (a document-sharing site's 上传日期 likewise)
_UPLOADED = re.compile(r"来源(?:于|[:：][\s\u3000]*)网友(?:上传|投稿)|不代表本站观点|我要投稿|上传日期|上传时间|小编为大家")


# where a report's issuer may come from: its own masthead or head above the headline, or its signature
NEWS_ISSUER_FROM = ("head", "signature")
NEWS_SOURCE_NOTE = "网页“来源/供稿”为%s，新闻报道不以其为发文机关，请核对。"


def _read(cleaned: str, source: str | None) -> ParsedDocument:
    header = read_header(cleaned)
    doc = ParsedDocument(source=source, text=cleaned)
    single_report, one_report_again = None, False
    news = not header.doc_number and not header.recipients and looks_like_news(cleaned)
    if not header.doc_number and not header.recipients and (news or may_be_gathered(cleaned)):
        related = P.related_block_start(cleaned)
        found = _before(read_segments(cleaned), related)
        column = column_headed(cleaned)
        # (a page of briefs, or a column's page, has no title of its own: the line the header took for one is its first
        # item's headline)
        segments = found if column or briefs_page(cleaned) else _not_the_title(found, header.title)
        if not segments and len(found) == 1 and cleaned.count(header.title[:12]) == 1:
            segments = found  # one report under the page's headline, printed once: the page is that report
        gathered = gathered_page(segments, cleaned, column)
        # the marks of a 动态 column's items (■, 【unit】, a society's dated report) make only a gathered page: read
        # by them, a page is gathered, or its items are found whole (■ off the headline, no item run into the last)
        wide = _not_the_title(_before(read_segments(cleaned, wide=True), related), header.title)
        if len(wide) >= len(segments) and gathered_page(wide, cleaned, column):
            segments, gathered = wide, True
        if not gathered:
            # a 简讯 column: one paragraph an item, each opening with its unit (under a 公文's title, 1.某学会：…… is
            # that body's task, no item of a 汇编)
            briefs = paragraph_briefs(cleaned, labels=not (P.formal_title(header.title)
                                                           or P.names_its_kind(header.title, header.doc_type)))
            if briefs:
                segments, gathered = briefs, True
        if gathered:
            segments = with_units(segments)
            # a page that gathers several reports keeps its structure in segments, and has no outline;
            # its title and issuer are the reports', its date only its own masthead's
            doc.doc_type = "news"
            doc.segments = segments
            doc.references = header.references
            doc.date = header.dateline
            if header.title and header.title_line is not None and _before_first_segment(cleaned, header, segments):
                doc.title = header.title  # the page's own title (各县科协7月份重点工作完成情况), not a report's
            else:
                doc.title = dated_headline(cleaned)  # a headline with the page's dated line under it
            return doc
        # one unit's report whose photo captions repeat its headline is one report with no unit of its own named
        # (blocks of several units that are no gathered page — duties or members by body — say nothing of the kind)
        if news:
            one_report_again = len(segments) >= 2 and len({seg.unit for seg in segments}) == 1
            single_report = segments[0] if len(segments) == 1 else None
    doc.doc_type = header.doc_type
    doc.issuer = header.issuer
    doc.doc_number = header.doc_number
    doc.title = header.title
    doc.recipients = header.recipients
    doc.signer = header.signer
    # a page saved from a website may only say when it went up; a site of users' uploads (……一文来源于网友上传，不代表
    # 本站观点) says only when a user put a copy up, which dates no document
    # (a signature date that lost its marks and reads two ways is left to a person: the page's day is no 成文日期)
    doc.date = header.date or (None if header.date_unmarked == "ambiguous" or _UPLOADED.search(cleaned, 0, 1500)
                               else header.dateline)
    if doc.date and not header.date and _posted_years_later(doc.date, header.title):
        doc.warnings.append(REPOSTED_LATER % doc.date)
        doc.date = None
    doc.contact = header.contact
    doc.cc = header.cc
    doc.references = header.references
    doc.enclosed_title = header.enclosed_title
    year = _document_year(doc.date, doc.doc_number, cleaned)
    issued = dt.date.fromisoformat(doc.date) if doc.date else None
    # an essay site runs its next essay on below the first (第二篇：…方案): that one's items are not this document's
    essay_end = P.next_essay(cleaned) if not doc.doc_number and P.model_essay(cleaned) else None
    doc.outline = _outline(cleaned[:essay_end], year, issued, guessed=not doc.date and not doc.doc_number)
    if year is None:
        for item in doc.outline:
            due = None if item.deadline else yearless_deadline(item.heading + "。" + item.text)
            if due:
                doc.warnings.append(f"第{item.id}项的完成时限“{due}”没有年份（文中也未写年份），未定出日期，请核对。")
    doc.leading_group = read_leading_group(cleaned)
    if P.formal_title(doc.title) or P.names_its_kind(doc.title, header.doc_type) or header.doc_type == "regulation" and any(
            x.marker.startswith("第") and x.marker.endswith(("章", "条")) for x in doc.outline):
        # a page carrying a 公文 (…的公示), or rules in chapters and articles under their title (会议制度 / 第一章), is
        # that document, no report
        single_report, one_report_again = None, False
    if header.doc_type == "notice" and header.title is None:
        # a text that says it is a notice (现将有关事项通知如下) under a page's headline that names no kind: the notice,
        # no report; the page's headline over its dated line is its title
        single_report, one_report_again = None, False
        doc.title = dated_headline(cleaned) if not doc.doc_number else None
    if single_report is not None:
        # one report (a web article): its headline, its unit and its dateline are the document's own
        doc.doc_type = "news"
        doc.title = single_report.heading or doc.title or _page_headline(cleaned)
    if one_report_again:
        doc.doc_type, doc.title = "news", doc.title or _page_headline(cleaned)
    essay = P.model_essay(cleaned) if not doc.doc_number else None
    if essay is not None:
        # a model-essay site's page (its breadcrumb and 发布时间 are the site's): the first essay, of the kind it names
        doc.doc_type, doc.title = essay[0], essay[1] or (None if single_report is not None else doc.title)
        doc.issuer = header.issuer  # not a "report"'s unit (责任单位：市科协 under an activity)
    if doc.title is None and not doc.doc_number and not doc.recipients and doc.doc_type == "other":
        # (a page whose chrome above runs long still shows its headline by the dated line under it, or under its
        # —— subtitle: 凝聚银发力量 展示桑榆担当 / ——安康市老科协2022年工作纪实 / 2023-2-24 10:26:40)
        headline = _page_headline(cleaned) or dated_headline(cleaned)
        if headline:
            # a web page that carries one report under a headline that names no kind of document
            doc.title, doc.doc_type = headline, "news"
        elif _POSTS_ITSELF.search(cleaned, 0, 3000):
            pass  # 现将…予以公示 / 公示日期：…: the 公示 itself, its headline lost; it reports nothing (other)
        elif _PHOTO_CAPTION.search(cleaned) or _caption_under_text(cleaned):
            # a report that lost its headline still shows its photos' captions (【…】, or a short line under a
            # paragraph that names who does what in the picture)
            doc.doc_type = "news"
        elif P.states_its_making(cleaned):
            doc.doc_type = "regulation"  # 特制定《每周会议安排》管理办法。 / 一、……: rules without their title line
            doc.warnings.append(KIND_FROM_TEXT)
        elif P.opens_as_report([ln.strip() for ln in cleaned.split("\n", 12)[:12] if ln.strip()], cleaned):
            doc.doc_type = "news"  # a report without its headline, opening with its dateline
            doc.date = doc.date or P.lead_date([ln.strip() for ln in cleaned.split("\n", 12)[:12] if ln.strip()])
            doc.warnings.append(KIND_FROM_TEXT)
        elif not doc.contact and any(x.responsibility for x in doc.outline) \
                and min(x.level for x in doc.outline) <= 2 \
                and not _ROLE_LIST.search(cleaned, 0, doc.outline[0].span[0]):
            # a text without its head whose items say who answers for them (（责任单位：…）, （各成员单位）) is a plan's
            # task list (工作要点, 实施方案); a notice that asks for something names whom to call
            doc.doc_type = "plan"
            doc.warnings.append(KIND_FROM_TASKS)
        elif P.announces_its_tasks(cleaned):
            doc.doc_type = "plan"  # ……全年工作重点安排如下： / 一、……: a 工作要点 without its title line
            doc.warnings.append(KIND_FROM_OPENING)
        elif P.plan_sections(cleaned) >= 2 and not P.opens_as_report([ln.strip() for ln in cleaned.split("\n", 12)[:12]]):
            doc.doc_type = "plan"  # 一、指导思想 … 四、科技节组委会: the sections only a plan has
            doc.warnings.append(KIND_FROM_SECTIONS)
        elif article_under_meta(cleaned.split("\n")):
            doc.doc_type = "news"  # a site's article under its dated meta line, its headline lost
            doc.warnings.append(KIND_FROM_TEXT)
        elif P.report_signs(cleaned):
            doc.doc_type = "news"  # a report's byline, a photo's credit or caption: a report that lost its headline
            doc.warnings.append(KIND_FROM_TEXT)
    elif doc.doc_type in ("summary", "plan") and not doc.doc_number and not doc.recipients \
            and P.headline_of_an_event(doc.title) and _reported_below(cleaned, doc.title):
        doc.doc_type = "news"  # 某某出席……全会并做工作报告 / 1月16日，……开幕: a report of the event, not the 报告 itself
    elif doc.doc_type == "other" and doc.title and not doc.doc_number and not doc.recipients \
            and not P.TITLE_END.search(doc.title) and dated_title(cleaned, doc.title):
        doc.doc_type = "news"  # a headline naming no kind of document, the page's dated line under it
    if doc.doc_type == "news" and not doc.segments:
        # a news item is dated by its dateline (湖南日报3月25日讯, 本网讯：1月15日): its month and day, the year the
        # page's own dated line gives (a paper's issue day under the headline, a site's 发布时间) or the one its first
        # sentence names
        page_date = header.date or (None if _UPLOADED.search(cleaned, 0, 1500) else header.dateline)
        doc.date = P.dateline_date([ln.strip() for ln in cleaned.split("\n", 16)[:16] if ln.strip()], page_date) or doc.date
    if doc.doc_type == "news" and doc.date is None and not doc.segments:
        # a report reposted by a site that disowns what it carries (不代表本站观点) is still dated by the day it went
        # up: only a user's uploaded copy of a 公文 or plan is dated by nothing the site says
        doc.date = header.dateline or P.lead_date([ln.strip() for ln in cleaned.split("\n", 12)[:12]
                                                   if ln.strip() and ln.strip() != doc.title
                                                   and not is_deck(doc.title or "", ln.strip())])
    if doc.title and _BODY_SENTENCE.search(doc.title):
        doc.title = None  # a sentence of the text (…。, 近日，…, 5月20日，…) is never the headline: say so, do not guess
    if doc.title and (_only_a_body(doc.title) or never_a_headline(doc.title)
                      or unrelated_to(doc.title + _dash_deck(cleaned, doc.title), cleaned)):
        # a body's name alone (the site's, the issuer's: 某某市科学技术协会) names no document, nor does a line of the
        # page's chrome (发布人：…, 新闻速递, 南湖新闻网, a spam mirror's name), nor a line the text never relates to
        doc.title = None
    if doc.doc_type == "news":
        doc.enclosed_title = None  # a report that 某县印发《…》 tells of the plan; only a 印发 notice encloses one (spec)
        if header.issuer_from not in NEWS_ISSUER_FROM:
            # spec: the issuer is the body a document names in its header or signature (发文机关); a report has
            # none but a 简报's masthead or its signature. The page's 来源/供稿 credits who sent the report in, the
            # headline's or lead's subject (某某县科协开展……) is what the report is about: neither issued it
            if header.issuer_from == "source":
                doc.warnings.append(NEWS_SOURCE_NOTE % header.issuer)
            doc.issuer = None
    _warn(doc, header)
    return doc


def _dash_deck(text: str, title: str) -> str:
    """The —— subtitle under a headline (凝聚银发力量 展示桑榆担当 / ——安康市老科协2022年工作纪实): a figurative
    headline says what it is about there, and is related to its text through it. '' where none stands."""
    lines = [ln.strip() for ln in text.split("\n", 40)[:40] if ln.strip()]
    at = lines.index(title) if title in lines else -1
    deck = lines[at + 1] if 0 <= at < len(lines) - 1 else ""
    return deck if deck.startswith(("——", "--", "－－")) and is_deck(title, deck) else ""


def _only_a_body(title: str) -> bool:
    packed = re.sub(r"\s+", "", title)
    # (省委宣传部调研科技馆 ends like a name, but tells what a body did: a headline)
    return bool(P.ORG_LINE.fullmatch(packed)) and not P.TITLE_END.search(packed) and not P.tells_an_action(packed)


def _page_headline(text: str) -> str | None:
    """The page's headline, where it stands where a headline does: above the report's first paragraph, and naming
    something (工作动态, 通知公告 are the site's column, made of kind words only). A short line under the first
    paragraph is a photo's caption or a sub-heading: the page lost its headline."""
    headline = first_headline(text)
    if headline is None or P.COLUMN_NAME.fullmatch(headline):
        return None
    for line in text.split("\n"):
        line = line.strip()
        if line == headline:
            return headline
        if len(line) >= _PARAGRAPH and _FULL_STOP.search(line) and not P.web_furniture(line):
            return None
    return headline


def _caption_under_text(text: str) -> bool:
    line = first_headline(text)
    return line is not None and not P.COLUMN_NAME.fullmatch(line) and _page_headline(text) is None


_PARAGRAPH = 30  # a line this long with a full stop is a paragraph of the text, never furniture above the headline
_FULL_STOP = re.compile(r"[。！？]")


# a headline ends without a full stop and does not open with the event's day (5月20日，) or 近日/日前, as a report's
# first sentence does
_EVENT_DAY = r"(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日(?:[上下]午|晚上?)?[，,]"  # a report opens with its day: 1月16日，
_BODY_SENTENCE = re.compile(rf"[。！？]$|^{_EVENT_DAY}|^(?:近日|日前)[，,]")
# a text that makes itself known (GB/T 9704's 公示: 现将拟建站单位予以公示, its window 公示日期：…) is the notice, no report
_POSTS_ITSELF = re.compile(r"现将[^。；]{0,60}?予以公示|特此公示|^公示(?:日期|时间|期)[为自]?\s*[:：]", re.M)
# 主　任： / 成　员： above the items: a body's members and their units' duties, no plan's task list
_ROLE_LIST = re.compile(r"^(?:组\s*长|副组长|主\s*任|副主任|成\s*员)\s*[:：]", re.M)
# a photo's caption: a short line wholly in 【】, without a sentence's punctuation (【科协主席赵某发放科普资料】)
_PHOTO_CAPTION = re.compile(r"^【[^】\n。，；：:]{4,40}】$", re.M)


def _before(segments, end: int):
    """The page's own reports: none from the site's block of other articles (新闻推荐) under it."""
    return [seg for seg in segments if not seg.span or seg.span[0] < end]


def _not_the_title(segments, title: str | None):
    """A page that prints its own title again (网站 headline, then 县科协201*年工作总结) has no report there."""
    if not title:
        return segments
    core = title.strip("_＿")
    return [seg for seg in segments if not (seg.heading and core in seg.heading.replace("\u3000", ""))]


def _before_first_segment(text: str, header, segments) -> bool:
    start = segments[0].span[0] if segments[0].span else 0
    at = text.find(header.title[:8])
    return 0 <= at < start


def _reported_below(text: str, title: str) -> bool:
    """The text under the headline opens with the day of the event (1月16日，…), as a report does. The headline is
    the line that is the title alone: the site's page title (…工作报告 - 某某网) holds it too, above the page."""
    lines = [ln.strip() for ln in text.split("\n")]
    at = next((i for i, ln in enumerate(lines[:60]) if ln == title), None)
    if at is None:
        pos = text.find(title)
        at = text.count("\n", 0, pos) if pos >= 0 else len(lines)
    below = [ln for ln in lines[at + 1:at + 8] if ln]
    body = [ln for ln in below if not P.web_furniture(ln) and ln != title and not P.photo_caption(ln)
            and not is_deck(title, ln)][:3]
    # (a paper's own dateline, 本报讯（记者…）近日, may come under a second deck the headline's test does not know)
    return bool(body) and bool(_DAY_LEAD.match(body[0]) or P.opens_as_report(body[:1])
                               or P.OWN_DATELINE.search("\n".join(body)))


_DAY_LEAD = re.compile("^" + _EVENT_DAY)


# the kind of a text without its title line is read from how it opens or closes: a person should look
KIND_FROM_TEXT = "没有标题，文种由正文的写法推断（规定的制定语、新闻的电头或署名），请核对。"
NEWS_WITHOUT_HEADLINE = "未找到新闻标题（网页没有存下标题行），正文的首句不作标题，请补录。"
KIND_FROM_SECTIONS = "没有标题，文种由各部分的标题（指导思想、组织机构、保障措施等）推断为方案，请核对。"
KIND_FROM_OPENING = "没有标题，文种由开头的“全年工作重点安排如下”一类写法推断为方案（工作要点），请核对。"
KIND_FROM_TASKS = "没有标题，文种由各项的责任分工推断为方案（工作要点、实施方案），请核对。"


REPOSTED_LATER = "网页的发布时间（%s）比标题所写的年份晚了几年，是转载的日期，不作成文日期；文中没有成文日期，请补录。"
# a document names its year in its title (2014年湖南科技活动周实施方案), and is issued in that year or the one before
# (a plan) or after (a summary); a page that went up two or more years after the latest year named is a later copy,
# and its posting day dates no document
_TITLE_YEAR = re.compile(r"(?:19|20)\d\d(?=\s*(?:年|[-—–－~～至]\s*(?:19|20)\d\d))")
POSTED_YEARS_AFTER = 2


def _posted_years_later(posted: str, title: str | None) -> bool:
    years = [int(y) for y in _TITLE_YEAR.findall(title or "")]
    return bool(years) and int(posted[:4]) - max(years) >= POSTED_YEARS_AFTER


def _warn(doc: ParsedDocument, header) -> None:
    """Say where a field is uncertain instead of guessing in silence: a person sees these on the document page."""
    if doc.date and not header.date and doc.doc_type != "news":
        doc.warnings.append("日期取自网页的发布时间，文中没有成文日期，请核对。")
    if header.date_unmarked == "read":
        doc.warnings.append("成文日期缺少“年月日”字样（如2023512），已按唯一可能的读法读出，请核对。")
    elif header.date_unmarked == "ambiguous":
        doc.warnings.append("成文日期缺少“年月日”字样，且有两种读法（如2023112），未读出，请核对。")
    if doc.title is None and doc.doc_type != "news":
        doc.warnings.append("未找到文件标题（网页或摘录可能缺少标题行），请补录。")
    elif doc.title is None and not doc.segments:
        doc.warnings.append(NEWS_WITHOUT_HEADLINE)
    if doc.issuer and header.issuer_from_source:
        doc.warnings.append("发文机关取自网页的“来源”，文中没有署名，请核对。")
    if header.contact_names > 1 and (doc.contact is None or not doc.contact.name
                                     or len(re.split(r"[、 ]", doc.contact.name)) < header.contact_names):
        doc.warnings.append("联系人不止一位，只记录了第一位的姓名，请核对。")
    unsplit = getattr(doc.leading_group, "unsplit", None)
    if unsplit:
        doc.warnings.append(f"领导小组名单中有{len(unsplit)}项姓名与职务连写（{unsplit[0]}），未能确定姓名的字数，未读出，请核对。")
    if doc.leading_group is not None and not (doc.leading_group.heads or doc.leading_group.deputies
                                              or doc.leading_group.members
                                              or getattr(doc.leading_group, "starred_out", False)):
        doc.warnings.append(f"文中设立{doc.leading_group.name or '领导小组'}，但未能读出其组长、副组长和成员，请核对。")
        doc.leading_group = None
