"""The official header and end matter of a 公文: 发文机关, 发文字号, 标题, 主送, 签发人, 成文日期, 联系人, 抄送, 引用文件."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from . import page
from . import patterns as P
from .model import Contact

CJK = P.CJK
_SENTENCE = re.compile(r"[。；！？]")
_HEADER_ORG = re.compile(rf"^(?P<org>(中共)?[{CJK}（）]{{2,40}}?)(文件|文 件)$")
_SIGNER = re.compile(rf"签发人\s*[:：]?\s*((?:[{CJK}]{{1,4}}(?:\s+|、|，)?)+)")
# 联系人：科学普及部　杨帆 — a department may stand before the name, or run into it at the line's end (…学会工作部李靖)
# the label stands before a colon or a space (联系人：, 联系人　): 联系人及其联系电话 in a sentence is no contact
# a name ends at a separator, a number, or the next label (联系人:姚红 电子邮箱:… whose space is gone: 姚红, not 姚红电子)
_NAME_END = rf"(?=[\s，,；;、：:（(]|电话|联系|手机|\d|[A-Za-z]|$|(?:{P.spaced_labels(P.LABELS_AFTER_NAME)})[:：])"
_CONTACT_NAME = re.compile(rf"联系人\s*(?:[及和]其?(?:联系)?(?:电话|方式))?(?:\s*[:：]\s*|[\s\u3000]+)"
                           rf"(?:[{CJK}]{{1,12}}?(?:部|处|室|科|中心|办|组)[\s\u3000]+"
                           rf"|[{CJK}]{{2,20}}?(?:部|处|室|中心)(?=[{CJK}]{{2,3}}(?:$|[\s，,；;：:（(]|电话|手机|\d)))?"
                           rf"([{CJK}]{{2,4}}?){_NAME_END}")
# 联系人：邓洪军、袁宾 (or 李帆 顾春笑, a full-width space between them after the cleaning): several people on the line, each one named
_NEXT_PERSON = re.compile(rf"[、，,\u3000]([{CJK}]{{2,4}}?){_NAME_END}")
# an extension after the number (0551-12345678转8001) is part of it
_ONE_PHONE = r"(?:\+?86[-\s]?)?[\d（）()\-－—\s]{5,}\d(?:\s*(?:转|分机)\s*\d{1,6})?"
# several numbers for one contact are kept as written: 010-65299826、13810623960
_PHONES = rf"{_ONE_PHONE}(?:\s*[、，,/或]\s*{_ONE_PHONE})*"
_PHONE = re.compile(rf"(?:联系电话|电话|手机|座机|固话|联系方式|Tel|TEL)\s*[:：]?\s*({_PHONES})")
# (not the digits of a mailbox: 联系人:王宏武电子邮箱:cdkx7256502@163.com names no phone)
_BARE_PHONE = re.compile(r"(?<![\dA-Za-z._%+-])((?:0\d{2,3}[-－—]?)?\d{7,8}|1[3-9]\d{9})(?![\dA-Za-z@])")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_CC = re.compile(r"^(?:抄送|抄报|抄送单位)\s*[:：]\s*(.+)$")
_RECIPIENTS_LABEL = re.compile(r"^主送(?:单位|机关)?\s*[:：]\s*(.+)$")
# GB/T 9704's 印发/转发 notice: the verbs by which a notice issues a document of its own (印发, 颁发, 下发, 印制下发) or
# sends on another body's (转发); the adverbs before them in its first sentence (现将《…》印发给你们, 《…》……，现予印发)
ENCLOSING_VERBS = ("印制下发", "印发", "转发", "颁发", "下发")
_VERB = "(?:" + "|".join(ENCLOSING_VERBS) + ")"
NOW_ADVERBS = ("现", "现正式", "现予以", "现予", "现特", "现一并")
_NOW = "(?:" + "|".join(sorted(NOW_ADVERBS, key=len, reverse=True)) + ")"
# what the verb may act on besides the document itself: 现将《…的通知》要求转发给你们, 《…》精神转发
FORWARDED_PARTS = ("有关要求", "有关事项", "有关内容", "要求", "精神", "内容", "文件")
_PART = "(?:" + "|".join(FORWARDED_PARTS) + ")?"
_ENCLOSING = re.compile(_VERB)
_ISSUE_WORDS = re.compile(r"(印发|发布|签发|制发)$")
# the issuer the title names before 关于 (GB/T 9704: 发文机关 + 关于 + 事由 + 文种), a department of a body too
# (中国科协科普部关于开展……的通知)
_TITLE_LEAD = re.compile(rf"^(?!关于|印发|转发)((中共)?[{CJK}]{{2,30}}?"
                         r"(科学技术协会|科协|学会|协会|研究会|委员会|党组|人民政府|政府|办公室|办公厅|局|部))(?=关于|印发|转发)")


@dataclass
class Header:
    issuer: str | None = None
    doc_number: str | None = None
    title: str | None = None
    recipients: list[str] = field(default_factory=list)
    signer: str | None = None
    date: str | None = None
    contact: Contact | None = None
    cc: list[str] = field(default_factory=list)
    references: list[str] = field(default_factory=list)
    enclosed_title: str | None = None
    doc_type: str = "other"
    title_line: int | None = None  # index in lines of the title's last line
    dateline: str | None = None  # a news item's 发布时间
    issuer_from_source: bool = False  # the issuer is only the web page's 来源
    issuer_from: str | None = None  # where the issuer was read: head, signature, joint, title, labelled, under_title, source
    date_unmarked: str | None = None  # the signature's date lost its marks (2023512): 'read' or 'ambiguous'
    contact_names: int = 0  # how many people the 联系人 line names


# (GB/T 9704 7.3.5: the signature and the date stand right under the text; a page that flattened the block runs them
# into one line, spaced apart, perhaps with the contact lines after them: 市科技局   二○一○年九月二十五日   联系人:…)
_SIGNED_AND_DATED = re.compile(r"^[\s\u3000]*(?P<org>\S{2,40}?)[\s\u3000]+(?P<date>\S*(?:\d{1,2}\s*|[〇○零一二三四五六七八九十]{1,3})日"
                               r"(?:印发|发布|签发|制发)?)(?:[\s\u3000]+(?P<rest>[^\s:：]{1,6}[:：].*))?$")
# the 印发 line with its space lost: 中国印刷技术协会2014年5月30日印发
_PRINTED_BY = re.compile(rf"^(?P<org>[{CJK}（）]{{2,30}}?)(?P<date>(?:19|20)\d\d\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日(?:印发|发布|签发|制发))$")
# the 字号 and the 主送 run into one line (市科协发〔2023〕12号各区科协：): GB/T 9704 puts them on lines of their own
_NUMBER_THEN_ADDRESSEES = re.compile(rf"^[\s\u3000]*(?P<number>[{CJK}A-Za-z]{{1,14}}〔(?:19|20)\d\d〕\d{{1,5}}号)[\s\u3000]*"
                                     r"(?P<rest>各[^：:。，,]{1,60}[：:].*)$")
# the signature with its date glued on, the space between them lost (……科学技术协会2022年2月11日, ……科协二〇二三年五月十二日),
# and the date with the enclosed document's title glued after it (……学会2022年3月3日中国科协2022年科普工作要点): GB/T 9704
# 7.3.5 puts the date on a line of its own under the signature, and the enclosure opens on a page of its own
_SIGNATURE_RUN = re.compile(rf"^[\s\u3000]*(?P<org>[{CJK}（）]{{2,40}}?)?(?P<date>(?:(?:19|20)\d\d|[〇○零一二九]{{4}})\s*年[^年日]{{2,8}}日)"
                            rf"(?P<rest>[{CJK}“《（(\d].{{3,60}})?$")
_ADOPTED = re.compile(r"^[（(](?P<date>.+?日).{0,40}(通过|印发|发布|施行)[）)]$")


COLUMN_NAME_CHARS = 6  # 政策动态, 通知公告: a site's column name ends on a kind word too, and is short


def _lines(text: str, after_blank: set[int] | None = None) -> list[str]:
    """The non-empty lines; a signature and its date on one line (机关　　2023年6月15日) become two.
    `after_blank` collects the indices of the lines that open a block (a blank line above them)."""
    out: list[str] = []
    blank = True
    for ln in text.split("\n"):
        if not ln.strip():
            blank = True
            continue
        if blank and after_blank is not None:
            after_blank.add(len(out))
        blank = False
        if ln.endswith(("|", "｜")):
            ln = _TABLE_MARK.sub("", ln)  # a table's bar after a cell (2021年4月21日 |): the cell's text is the line
        numbered = _NUMBER_THEN_ADDRESSEES.match(ln) if "〕" in ln else None
        if numbered:
            out.extend([numbered.group("number"), numbered.group("rest")])
            continue
        # (not under a title: a 转发 notice's forwarded headline keeps its number; a site's column name, 政策动态, is none)
        titled = _numbered_title(ln) if "〕" in ln and "关于" in ln and not (
            out and P.TITLE_END.search(out[-1]) and len(out[-1]) > COLUMN_NAME_CHARS) else None
        if titled:
            out.extend(titled)
            continue
        m = (_SIGNED_AND_DATED.match(ln) if "日" in ln else None) or (_PRINTED_BY.match(ln) if ln.endswith(("印发", "发布", "签发", "制发")) else None)
        if m and (P.ORG_LINE.fullmatch(m.group("org")) or _signing_body(m.group("org"))) \
                and P.DATE_LINE.fullmatch(m.group("date")):
            out.extend([m.group("org"), m.group("date")] + ([m.group("rest")] if m.groupdict().get("rest") else []))
            continue
        dated = _DATE_AT_END.search(ln) if ln.endswith(("日", "号")) and "年" in ln else None
        if dated and dated.start() > 0 and P.DATE_LINE.fullmatch(dated.group("date")) \
                and _signature_before_date(ln[:dated.start()], out[-1] if out else ""):
            out.extend([ln[:dated.start()], dated.group("date")])  # a (joint, sealed) signature and its date on one line
            continue
        run = _SIGNATURE_RUN.match(ln) if "年" in ln and "日" in ln else None
        if run and (run.group("org") or run.group("rest")) and _signature_run(run, out[-1] if out else ""):
            out.extend(part for part in run.group("org", "date", "rest") if part)
        else:
            out.append(ln)
    return out


def _is_title_piece(line: str) -> bool:
    return (len(line) <= 120 and not _SENTENCE.search(line) and not line.endswith(("：", ":"))
            and not P.LABEL_LINE.match(line))


_DATE_AT_END = re.compile(r"[\s\u3000]*(?P<date>(?:(?:19|20)\d\d|[〇○零一二九]{4})\s*年[^年日]{2,8}[日号])$")


def _signature_before_date(before: str, above: str) -> bool:
    """What stands before a date on its line is a signature: a joint one (A协会　B局), a body with its seal's note
    (……协会（盖章）, ……办公室（代章）), or the lending office's note under a body's name (……办公室 / （……代章）2023年…)."""
    if _joint_bodies(before):
        return True
    if _SIGNATURE_NOTE.search(before):
        return _signing_body(_unnoted(before))
    return bool(_SEAL_NOTE.match(before)) and _signing_body(above)


def _numbered_title(line: str) -> list[str] | None:
    """The 字号 run into the title line (a page's headline ……的通知（苏科协发〔2019〕82号）, or 苏科协发〔2019〕82号关于……的
    通知): GB/T 9704 puts it on a line of its own above the title, so the two are [number, title]."""
    found = P.find_doc_numbers(line)
    if len(found) != 1:
        return None
    number, start, end = found[0]
    before, after = line[:start].strip(" \u3000"), line[end:].strip(" \u3000")
    if before and before[-1] in "（(" and after in ("", "）", ")"):
        before, after = before[:-1], ""  # ……的通知（苏科协发〔2019〕82号）
    title = before if not after else after if not before else None
    # (the issuer's name may open the headline: 桂林市科学技术局关于印发《…》的通知（市科〔2023〕13号）)
    if title and _TITLE_OPENER.match(title) and not title.startswith("《") and P.TITLE_END.search(title) \
            and len(title) <= 120:
        return [number, title]
    return None


def _signature_run(m: re.Match, above: str) -> bool:
    """A signature, its date and the enclosure's title run together: the date a whole one, the name before it a body
    that signs (or the line above one, when the name stands there), the words after it a title."""
    org, rest = m.group("org"), m.group("rest")
    if not P.DATE_LINE.fullmatch(m.group("date")):
        return False
    if not (_signing_body(org) if org else _signing_body(above)):
        return False
    # (……纲要.doc: the enclosure's file, linked under the date; （此件公开发布）: the 附注 under the date)
    return not rest or bool(P.TITLE_END.search(rest) or _FILE_NAME_END.search(rest) or _ANNEX_NOTE.match(rest))


# GB/T 9704 7.3.6: the 附注 under the date, in brackets (（此件公开发布）, （联系人：…，电话：…）)
ANNEX_NOTE_OPENERS = ("此件", "此页", "本件", "联系人", "联系电话", "联系方式")
_ANNEX_NOTE = re.compile(r"^[（(](?:" + "|".join(ANNEX_NOTE_OPENERS) + r")[^（）()]{0,50}[）)]$")


def _strip_title(s: str) -> str:
    s = re.sub(r"\s+", "", s).strip("：:，,")
    return P.TITLE_NOTE.sub("", s) if s.endswith(("）", ")")) else s


def _own_doc_number(lines: list[str]) -> tuple[str | None, int | None]:
    """The document's own number stands on its own line near the top (sometimes with 签发人); one under the text's
    signature and date is the 字号 of the document a short notice encloses or forwards (GB/T 9704: its own head)."""
    text_seen = False
    for i, line in enumerate(lines[:12]):
        if text_seen and P.DATE_LINE.fullmatch(line):
            break
        text_seen = text_seen or "。" in line
        found = P.find_doc_numbers(line)
        if not found:
            continue
        number, start, end = found[0]
        rest = (line[:start] + line[end:]).strip()
        if len(rest) <= 12 or rest.startswith("签发人") or P.starts_with_marker(rest) is None and len(line) <= 40:
            return number, i
    return None, None


# A copy run into one paragraph (关于印发《…》的通知歙科商工信〔2025〕17号各成员单位:现将……) keeps the head's order: the own
# 字号 stands after the title and before the first sentence; a number the title itself names (转发……（科协发〔2018〕13号）
# 的通知, 《…》) is the forwarded document's, and the body's numbers are cited ones.
# (a copy run into one paragraph keeps its signature, its date and the issued document's title on lines of their own
# where clean.signature_run_in_apart finds them, and its 主送 where clean.main_send_apart does: a head paragraph, the
# 主送, the 正文, those three lines and the issued text)
RUN_ON_LINES = 8
_FIRST_SENTENCE = re.compile(r"现将|根据|按照|经研究|为(?:进一步|深入|全面|认真|贯彻|落实|做好|加强|推动)|。")
_NAMED_IN_TITLE = re.compile(r"^[）)]?\s*(?:的通知|的函|》|文件)")


def _run_together_number(lines: list[str]) -> tuple[str | None, int | None]:
    if not lines or len(lines) > RUN_ON_LINES or len(lines[0]) < 300:
        return None, None
    head = lines[0][:300]
    cut = _FIRST_SENTENCE.search(head)
    head = head[:cut.start()] if cut else head
    for number, _, end in P.find_doc_numbers(head):
        if not _NAMED_IN_TITLE.match(head[end:end + 6]):
            return _GLUED_BEFORE_CODE.sub("", number), 0
    return None, None


# with the line breaks lost, the 机关代字 is read with what stood before it: the issuing body's name (……科学技术协会
# 眉科协〔2023〕45号, 中国科协科协办函普字), the title's last words (……工作要点粤科协普), the 函 or 日 of the line above
_GLUED_BEFORE_CODE = re.compile(rf"^(?:.*(?:协会|文件)|.*?(?:要点|方案|通知|意见|办法)|[函日]|[{CJK}]{{2,6}}科协(?=科协))(?=[{CJK}]{{2}}[^〔]*〔)")


# a page that lost the 字号's brackets and 号 (永川府办发2019103)
_BARE_NUMBER = re.compile(rf"^([{CJK}]{{2,10}}?)((?:19|20)\d\d)(\d{{1,4}})号?$")


# a 字号 that lost its 号 (市科协发〔2023〕12) on its own line: the bracketed year says it is one, where what stands before
# it ends as a 机关代字 does (…发, …字, …函, …办: GB/T 9704 7.2.4)
NUMBER_CODE_ENDS = "发字函办委协令复电通呈报"
_NUMBER_WITHOUT_HAO = re.compile(rf"^[\s\u3000]*([{CJK}A-Za-z]{{0,9}}[{NUMBER_CODE_ENDS}])[〔［\[【（(]((?:19|20)\d\d)[〕］\]】）)]\s*(\d{{1,5}})[\s\u3000]*$")

# …and one that lost one of its brackets (甘卫宣传函〔202643, 市科协发2023〕12号): the year is always four digits, so
# where the 机关代字 ends as one does and the line holds nothing else, year and number still part cleanly
_NUMBER_HALF_BRACKETED = re.compile(rf"^[\s\u3000]*([{CJK}A-Za-z]{{0,9}}[{NUMBER_CODE_ENDS}])(?:[〔［\[【（(]((?:19|20)\d\d)\s*"
                                    rf"|((?:19|20)\d\d)[〕］\]】）)]\s*)(\d{{1,5}})号?[\s\u3000]*$")


def _addressed_below(lines: list[str], i: int) -> bool:
    below = lines[i + 1] if i + 1 < len(lines) else ""
    return bool(P.ADDRESSED.match(below)) and below.endswith(("：", ":")) and len(below) <= 120 \
        and not _SENTENCE.search(below)


def _damaged_own_number(lines: list[str], text: str) -> tuple[str | None, int | None]:
    """The 字号 a page printed without brackets, on its own line near the top: the document's own number only
    where the page also prints it whole (its headline: ……的通知(永川府办发〔2019〕103号)), so the context says so.
    One that kept its brackets and lost only its 号 is read as it stands."""
    for i, line in enumerate(lines[:12]):
        m = _NUMBER_WITHOUT_HAO.match(line)
        if m:
            return f"{m.group(1)}〔{m.group(2)}〕{m.group(3)}号", i
        m = _NUMBER_HALF_BRACKETED.match(line) if len(line) <= 30 else None
        if m:
            return f"{m.group(1)}〔{m.group(2) or m.group(3)}〕{m.group(4)}号", i
        m = _BARE_NUMBER.match(line) if len(line) <= 20 else None
        if m:
            number = f"{m.group(1)}〔{m.group(2)}〕{m.group(3)}号"
            if number in text or _addressed_below(lines, i):
                # (or where GB/T 9704 sets the 字号: its own line right above the 主送, 粤青科联20139 / 各地级以上市…：)
                return number, i
    return None, None


# a page's masthead (2026年03月22日 星期日, 第01版 要闻): the day the page was seen or printed, its page and column —
# never a piece of the headline under it
MASTHEAD_LINE = re.compile(r"(?:(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?\s*星期[一二三四五六日天]"
                           rf"|第\s*\d{{1,3}}\s*版\s*[{CJK}]{{0,6}}")


def _header_furniture(line: str) -> bool:
    """Lines of the header that are not the title: 发文机关标志, 字号, 签发人, dates, labels, outline items,
    and what a website puts around the document (breadcrumbs, 来源/发布时间 lines, its masthead)."""
    return bool(_issuing_body_mark(line) or P.DATE_LINE.fullmatch(line) or P.LABEL_LINE.match(line)
                or P.web_furniture(line) or MASTHEAD_LINE.fullmatch(line)
                or line.startswith("签发人") or P.starts_with_marker(line)
                or (P.find_doc_numbers(line) and len(line) <= 60)
                or (len(line) <= 20 and bool(_BARE_NUMBER.match(line))))


def _issuing_body_mark(line: str) -> re.Match | None:
    """发文机关标志: an organisation's name followed by 文件 (遵义市科学技术协会文件); 规范性文件 is not one."""
    m = _HEADER_ORG.match(line)
    return m if m and P.ORG_LINE.fullmatch(m.group("org")) else None


# A line that opens a title: 关于…, 转发…/印发…, or an organisation's name followed by 关于/印发/转发.
_TITLE_OPENER = re.compile(rf"^(?:关于|印发|转发|《)|^[{CJK}（）]{{2,30}}?(?:关于|印发|转发)")
# A short label that ends with a colon (热词搜索：, 发文内容：) is page furniture, not the 主送 line.
_SHORT_LABEL = re.compile(rf"^[{CJK}\s\u3000]{{1,8}}[:：]$")
_FILE_NAME_END = re.compile(r"\s*\.(?:docx?|wps|pdf|txt)$", re.I)
_COLUMN_NAME = P.COLUMN_NAME  # a website's column name above the headline (工作动态): no title
# a website's name as its pages' <title> tail prints it (法搜网--中国法律信息搜索网, 某某网_某某频道); a line that only
# ends on 网 may be a title's first line (关于加快农村电网 / 改造升级的通知)
_SITE_NAME = re.compile(rf"[{CJK}]{{1,12}}网[-—－_|｜]{{1,2}}[{CJK}]{{2,20}}")


def _issuer_line(line: str) -> bool:
    """A body's name alone on its line (an issuer's 发文机关标志): an organisation or a department (中共某市委宣传部)."""
    return bool(P.ORG_LINE.fullmatch(line) or P.DEPARTMENT.fullmatch(line)) and not P.TITLE_END.search(line)


_SPACES = re.compile(r"[ \u3000]+")


def _joint_issuers(line: str) -> list[str]:
    """教育局 科协: joint issuers' names a space apart on the line above the title (GB/T 9704 联合行文's 发文机关标志)."""
    parts = _SPACES.split(line.strip()) if " " in line or "\u3000" in line else []
    return parts if len(parts) > 1 and all(_issuer_line(part) for part in parts) else []


def _join_title(pieces: list[str]) -> str:
    """The title's lines, counted back from its last line to the line that opens it (关于…, 印发…): lines
    above that are the page's (a site's name, a menu), unless an organisation's name opens the title."""
    start = len(pieces) - 1
    while start > 0 and start > len(pieces) - 4:
        line = pieces[start]
        if _TITLE_OPENER.match(line):
            above = pieces[start - 1]
            if line.startswith(("关于", "印发", "转发")):
                if above.endswith("关于"):
                    start -= 1  # 市人民政府办公室关于 / 印发…
                    continue
                if (P.ORG_LINE.fullmatch(above) or P.DEPARTMENT.fullmatch(above)) and not P.TITLE_END.search(above):
                    start -= 1  # 遵义市科学技术协会 / 关于…, 中国科协科普部 / 关于…: the issuer opens the title, nothing above it does
                    break
            if line.startswith("《") and (above.endswith(("印发", "转发", "关于")) or _TITLE_OPENER.match(above)
                                         and not P.TITLE_END.search(above) and not _SENTENCE.search(above)):
                start -= 1  # 中国科协办公厅关于印发 / 《……》的通知, 关于转发省科技厅 / 《…》的通知: the line above leaves it open
                continue
            break
        start -= 1
    return _strip_title("".join(pieces[start:]))


_TABLE_MARK = re.compile(r"[\s\u3000]*[|｜]+$")


_CONNECTIVE_END = ("关于", "的", "和", "及", "与", "、", "《", "“", "（")


def _chrome_above(pieces: list[str]) -> bool:
    """The lines a title-shaped line follows, when none of them opens a title nor leaves one open (返回顶部, 制度文件 ×3,
    a site's page title): the page's chrome, not the first lines of a title that goes on."""
    return not any(_TITLE_OPENER.match(p) or p.endswith(_CONNECTIVE_END) or _unclosed_title(p) or _YEAR_END.search(p)
                   for p in pieces)


# a title's line that ends on its year (密云区图书馆创城手拉手2021年 / 全国科普日系列活动方案) leaves the title open: the
# year says which year's event the next line names
_YEAR_END = re.compile(r"(?:19|20)\d\d年度?$")


def _unclosed_title(line: str) -> bool:
    return line.count("《") > line.count("》") or line.count("（") > line.count("）")


def _title(lines: list[str], after_blank: frozenset[int] | set[int] = frozenset()) -> tuple[str | None, int | None]:
    """The title: consecutive short lines ending with a kind-of-document word (通知, 方案 …), found in the
    header before the 主送 line or the first sentence, wherever the 字号 stands (above or below it). A title-shaped
    line that opens a block of its own (a blank line above it) is a title by itself under the page's chrome."""
    pieces: list[str] = []
    short: tuple[str, int] | None = None
    index_above = False
    for i, line in enumerate(lines[:24]):
        if "：" in line or ":" in line:
            line = P.TITLE_LABEL.sub("", line)
        if page.index_row(line):
            pieces, index_above = [], True
            continue
        if index_above:
            line = page.title_cell(line) or line
        if line.endswith(("|", "｜")):
            line = _TABLE_MARK.sub("", line)  # a portal's table cell (关于举办……的通知 |)
        line = _FILE_NAME_END.sub("", line)  # a document site's headline is its file's name (…工作计划 .doc)
        if P.web_furniture(line) or _SHORT_LABEL.match(line) or len(line) <= 8 and (
                _COLUMN_NAME.fullmatch(line) or page.column_of_reports(line)):
            pieces = []
            continue
        if _SITE_NAME.fullmatch(line):
            pieces = []
            continue  # 法搜网--中国法律信息搜索网: the site's name as its pages' heading, never a title's first piece
        if not pieces and P.exclaimed_headline(line):
            continue  # 命名决定！ / 2020-03-26　美好滁州 / 关于命名……: a post's cry over the document it carries
        if _SENTENCE.search(line) or line.endswith(("：", ":")):
            break
        org_alone = P.ORG_LINE.fullmatch(line) and not P.TITLE_END.search(line) and not line.startswith(("关于", "印发", "转发"))
        # an organisation's name opens the title only when 关于/印发 follows it (遵义市科学技术协会 / 关于……的通知)
        next_line = lines[i + 1] if i + 1 < len(lines) else ""
        if _header_furniture(line) or not _is_title_piece(line) or (
                org_alone and not next_line.startswith(("关于", "印发", "转发"))):
            pieces = []
            continue
        if org_alone and i > 0 and _issuer_line(lines[i - 1]) or _joint_issuers(line) and next_line.startswith(
                ("关于", "印发", "转发")):
            pieces = []
            continue  # 丰都县科学技术局 / 丰都县财政局 / 关于…: a joint document's bodies one a line (GB/T 9704 联合行文)
            # sign it together; the title is the 关于 line (the first body issues); or one line, a space apart
            # (教育局 科协 / 关于…, GB/T 9704's joint 发文机关标志)
        # (a line that opens with 关于/印发 keeps the issuer's name above it: _join_title counts back to it)
        if pieces and i in after_blank and not line.startswith(("关于", "印发", "转发")) and page.titled_block(line) \
                and _chrome_above(pieces):
            pieces = []
        pieces.append(line)
        if P.TITLE_END.search(P.essay_core(line)):
            if len(pieces) > 1 and len(line) >= 8 and _column_path(pieces[:-1], names_allowed=True) \
                    and i + 1 < len(lines) and page.meta_line(lines[i + 1]) \
                    and not (line.startswith(("关于", "印发", "转发")) and P.ORG_LINE.fullmatch(pieces[-2])):
                pieces = [line]  # 党的建设 / ……科技节方案(201103) / 发布时间:…: the column's name above the headline
            if _column_path(pieces) and short is None:
                short, pieces = (_join_title(pieces), i), []
                continue  # 科学研究 / 科研动态: a site's column path above the headline, kept only if none follows
            below = _own_title_below(lines, i)
            if below:
                return below
            if i + 1 < len(lines) and _QUALIFIER_LINE.fullmatch(lines[i + 1].strip()) and not _QUALIFIER_END.search(line):
                return _join_title(pieces + [lines[i + 1].strip()]), i + 1  # GB/T 9704: (试行) on the title's last line
            return _join_title(pieces), i
    if short:
        # the column path is the title only when no headline stands below it, over the page's meta lines
        below = page.headline_over_meta(lines, kind_needed=False)
        if below[0] and below[1] is not None and below[1] > short[1]:
            return below
    return short or (None, None)


# a title's qualifier on a line of its own under it ((试行), （征求意见稿）, （2021—2025年）): the title's last piece
_QUALIFIER_LINE = re.compile(P.TITLE_QUALIFIER.removesuffix("?"))
_QUALIFIER_END = re.compile(P.TITLE_QUALIFIER.removesuffix("?") + "$")


def _column_path(pieces: list[str], names_allowed: bool = False) -> bool:
    """A website's column names (科学研究 / 科研动态, 新闻中心): each a short line, none opening a title
    (nor holding 的, unless the page's meta line under the headline says where the title is: 党的建设)."""
    return all(len(p) <= 6 for p in pieces) and not any(
        _TITLE_OPENER.match(p) or "的" in p and not names_allowed for p in pieces)


def _own_title_below(lines: list[str], i: int) -> tuple[str, int] | None:
    """A web page's headline, then the document's own head (字号, its title on one or two lines, the 主送 line):
    the title the 主送 line follows is the document's own (the headline is often shorter or worded otherwise)."""
    j = i + 1
    while j < len(lines) and j <= i + 3 and _header_furniture(lines[j]):
        j += 1
    pieces: list[str] = []
    for k in range(j, min(len(lines), j + 4)):
        line = lines[k]
        if not _is_title_piece(line) or _header_furniture(line) or P.find_doc_numbers(line) or ":" in line or "：" in line:
            return None  # (a portal's index line, …的通知 国办发〔2016〕97号 发布机关：…, is no piece of a title)
        pieces.append(line)
        if P.TITLE_END.search(line):
            # the 主送 line under it, the 字号 or 签发人 between them aside (a copy that put the 字号 under the title)
            following = next((ln for ln in lines[k + 1:k + 3] if not _header_furniture(ln)), "")
            if following.endswith(("：", ":")) and not _SENTENCE.search(following):
                return _join_title(pieces), k
            # a 印发/转发 notice under a headline that is the enclosed document's name (a file's name, a page's
            # headline): the notice's 字号 may stand between its title and the 主送 line
            numbered = following and P.find_doc_numbers(following) and len(following) <= 30
            after = lines[k + 2] if k + 2 < len(lines) else ""
            if numbered and _ENCLOSING.search("".join(pieces)) and after.endswith(("：", ":")) \
                    and not _SENTENCE.search(after) and _similar_enclosed(lines[i], "".join(pieces)):
                return _join_title(pieces), k
            return None
    return None


def _similar_enclosed(headline: str, notice: str) -> bool:
    quoted = _outer_quoted(notice) or next((m.group(1) for m in [_TITLE_ENCLOSES.search(notice)] if m), None)
    return bool(quoted) and _similar(_strip_title(headline), quoted) >= 0.75


def _headline_without_kind(lines: list[str]) -> tuple[str | None, int | None]:
    """A headline that lost its kind-of-document word (中国科协办公厅关于……会务工作) still opens like a title and
    stands right above the 主送 line (website lines between them aside)."""
    for k, line in enumerate(lines[:6]):
        if _header_furniture(line) or not _TITLE_OPENER.match(line) or not _is_title_piece(line) or len(line) < 8:
            continue
        following = next((ln for ln in lines[k + 1:k + 4] if not _header_furniture(ln)), "")
        if following.endswith(("：", ":")) and not _SENTENCE.search(following):
            above = lines[k - 1] if k > 0 and line.startswith("关于") else ""
            if P.ORG_LINE.fullmatch(above) and not P.TITLE_END.search(above):
                line = above + line  # 中国科协办公厅 / 关于……会务工作: the issuer on the title's first line (GB/T 9704)
            return _strip_title(line), k
        return None, None
    return None, None


# 科技志愿队伍的组建方案为认真贯彻……, 1、2023年全县科协工作方案3篇第一篇2023年，全县……: a copy that ran the title into the
# first sentence; the title ends at its kind word (an essay's number after it), where a sentence's opener follows
SENTENCE_OPENERS = ("为了", "为", "根据", "按照", "依据", "遵照", "近年来", "当前")
_RUN_ON_TITLE = re.compile(rf"^(?:\d{{1,2}}、)?(?![本该此各我])(?P<title>[^。，,；;：:\s《》“”]{{4,40}}?)"
                           rf"(?:第[一二三四五六七八九十]篇|篇[一二三四五六七八九十])?"
                           rf"(?=(?:{'|'.join(SENTENCE_OPENERS)})[^。]{{2,}}?[，,]|(?:19|20)\d\d年[，,])")


_LABELLED = re.compile(rf"^[{CJK}]{{1,6}}[:：]")


_COLUMN_ALONE = re.compile(rf"[{CJK}]{{2,8}}")


def _page_top_chrome(line: str) -> bool:
    """What a news page prints above its headline: the day (2024年05月20日星期一), the column's short name (要闻聚焦),
    a breadcrumb or a search box."""
    # (a long line above — a spam mirror's keywords, a site's slogan — leaves the page's shape unknown: the headline is
    # left to the report's own reading)
    return len(line) <= 40 and bool(MASTHEAD_LINE.search(line) or P.web_furniture(line)
                                    or _COLUMN_ALONE.fullmatch(line) and not P.ORG_LINE.fullmatch(line)) \
        or len(line) <= 160 and bool(P.CONTROL_END.search(line))  # a menu and breadcrumb ending in 关闭窗口


def _headline_under_chrome(lines: list[str]) -> tuple[str | None, int | None]:
    """A report's headline names no kind of document: the line right over the page's meta line (来源：… 发布时间：…)
    is the headline when nothing but the page's top chrome stands above it."""
    for i, line in enumerate(lines[1:7], 1):
        if page.meta_line(line) and (_DATED_META.search(line) or _BARE_META_LABEL.fullmatch(line) and i + 1 < len(lines)
                                     and _DATED_META.match(lines[i + 1])):
            # (the page's dated line: a document site's 文档简介 under its copyright notice dates nothing)
            # (only the line right above: a dated chrome line higher up, 今天是：…, is no headline)
            title, at = page.headline_over_meta(lines[i - 1:i + 1], kind_needed=False)
            if title and at == 0 and all(_page_top_chrome(above) for above in lines[:i - 1]):
                return title, i - 1
            break
    return None, None


_DATED_META = re.compile(r"(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}")
# a meta label whose value the page printed on the next line (发布时间: / 2018-09-20 15:14)
_BARE_META_LABEL = re.compile(rf"[{CJK}]{{2,6}}\s*[:：]")


def _title_run_into_text(lines: list[str]) -> tuple[str | None, int | None]:
    """The title at the head of the first paragraph, where the copy lost the line break after it (no other title found)."""
    for k, line in enumerate(lines[:8]):
        if P.web_furniture(line) or _LABELLED.match(line) or len(line) < 20:
            continue  # the page's lines above the text (下载本文档, 版权说明：……)
        m = _RUN_ON_TITLE.match(line)
        if m and P.TITLE_END.search(P.essay_core(m.group("title"))):
            return m.group("title"), k
        if _SENTENCE.search(line) or "，" in line:
            return None, None  # the first paragraph opens otherwise
    return None, None


# a page that tells of a document (日前，…印发了《…实施方案（2021年—2025年）》) and then carries it: the title it named
# in 《》 printed again on a line of its own, the document's text under it, is the page's document's title
REPORT_ABOVE_LINES = 12


def _document_under_its_report(lines: list[str]) -> tuple[str | None, int | None]:
    named: set[str] = set()
    for k, line in enumerate(lines[:REPORT_ABOVE_LINES]):
        if line in named and k + 1 < len(lines) and P.TITLE_END.search(line) and not _SENTENCE.search(line):
            return line, k
        if line.endswith(("：", ":")):
            return None, None  # a 主送: a notice's own text follows, which encloses the document (现将《…》印发给你们)
        if "《" in line and _SENTENCE.search(line):
            named.update(m.group(1) for m in _REPORTED_WORK.finditer(line))
    return None, None


# a report tells that someone issued it (印发了《…》, 出台了《…》): a notice issues it itself (现将《…》印发给你们)
_REPORTED_WORK = re.compile(r"(?:印发|出台|发布|公布|制定)了《([^《》\n]{6,80})》")


def _title_again(lines: list[str], title: str, start: int) -> int | None:
    """Where the document prints its title again below the page's copy of it (a portal's index block, then the
    document's own head: its title on one or two lines, the 字号, the 主送 line): the line that ends it."""
    packed = re.sub(r"\s+", "", title)
    for k in range(start, min(len(lines), start + 40)):
        if not lines[k].endswith(packed[-4:]):
            continue
        for first in (k, k - 1, k - 2):
            if first >= start and "".join(lines[first:k + 1]).replace(" ", "") == packed:
                # a labelled copy (标　题： / title) is the index block's, not the document's head
                if not lines[first - 1].endswith(("：", ":")):
                    return k
    return None


def _issuer_candidates(lines: list[str], title_index: int | None) -> tuple[list[str], bool]:
    found = []
    top = title_index if title_index is not None else 3
    for line in lines[:max(top, 1)]:
        m = _issuing_body_mark(line)
        if m:
            found.append(m.group("org"))
        elif P.greets(line) or P.account_controls(line):
            continue  # 登录个人中心: the site's links, no body; 欢迎访问…科学技术协会: the site's greeting names the site's owner, who need not issue the page
        elif P.ORG_LINE.fullmatch(line) and not P.TITLE_END.search(line) and not line.startswith("关于"):
            found.append(line)  # (关于学会, 关于我们: a site's column; 关于 opens a 事由, never a body's name)
    top_found = len(found)
    # the signature: an organisation's name just above a date line (成文日期 or 印发日期), or one the web's way after
    # the text (2023-05-12)
    text_from = _text_start(lines, title_index)
    for i, line in enumerate(lines):
        if i > 0 and (P.signature_date_line(line) or i > text_from + 1 and P.numeric_date(line)):
            at = i - 1
            if _SEAL_NOTE.match(lines[at]) and i > 1:
                at = i - 2  # 全民科学素质纲要实施工作办公室 / （中国科协办公厅代章） / date
            prev = lines[at]
            first = _joint_signature_top(lines, at, title_index)
            if first is not None:
                found.append(first)
                continue
            joint = _joint_bodies(prev)
            if joint:
                # a joint signature on one line (A协会　B局, each perhaps with its seal's note): the first
                found.append(_unnoted(joint[0]))
                continue
            noted = _SIGNATURE_NOTE.search(prev)
            if noted and _signing_body(prev[:noted.start()]):
                # 筹备工作领导小组（代章）: the seal's note on the signature's line is no part of the name; a body
                # still being set up keeps its (筹); a joint signature, one body (and its note) a line: the first
                while at > (title_index or 0) + 1 and len(lines[at - 1]) <= 34 and _SIGNATURE_NOTE.search(lines[at - 1]) \
                        and P.ORG_LINE.fullmatch(_unnoted(lines[at - 1])):
                    at -= 1
                found.append(_unnoted(lines[at]))
                continue
            if (P.ORG_LINE.fullmatch(prev) or _DEPARTMENT.fullmatch(prev) or P.SHORT_ORG.fullmatch(prev)
                    or _SHORT_OFFICE.fullmatch(prev) or _TASK_BODY.fullmatch(prev)) and len(prev) <= 30:
                # a joint signature, one body a line: the first (the 主办机关) issues; a 领导小组 signs its own 工作要点
                # (…建设领导小组 / …行动领导小组 / 2022年7月29日) as any body does
                top = i - 1
                while top > 0 and len(lines[top - 1]) <= 30 \
                        and (P.ORG_LINE.fullmatch(lines[top - 1]) or _DEPARTMENT.fullmatch(lines[top - 1])
                             or _TASK_BODY.fullmatch(lines[top - 1])) \
                        and not P.TITLE_END.search(lines[top - 1]) and top > (title_index or 0) + 1:
                    top -= 1
                found.append(lines[top] if top < i - 1 and lines[i - 1] == prev else prev)
    if len(found) > top_found:
        # 服务中心 / 行政事务 above the title: a site's column path names a kind of office, not one that issues; the
        # signature does (a short name with its level, 市科协, still counts)
        kept = [k for k, f in enumerate(found) if k >= top_found or len(f) > 4 or P.SHORT_ORG.fullmatch(f)]
        top_found = sum(1 for k in kept if k < top_found)
        found = [found[k] for k in kept]
    # (whether the first candidate, the one that issues, stands in the head above the title)
    return found, top_found > 0


_DATE_LOST_MARKS = P.DATE_LOST_MARKS
# A note in brackets after a signature (GB/T 9704 7.3.5: the seal's place): （代章） says another body's seal stands
# for this one's, （筹） that the body is being set up — the first is no part of the name, the second is
SIGNATURE_NOTES = ("代章", "代印", "盖章", "印章", "筹", "代")
KEPT_NOTES = ("筹",)
_SIGNATURE_NOTE = re.compile(r"[（(](" + "|".join(SIGNATURE_NOTES) + r")[）)]$")
# bodies that sign though they are no organisation of their own: a group set up for a task (筹备工作领导小组), or its
# office signing for it (……工作专班办公室（代）)
TASK_BODIES = ("领导小组", "工作小组", "筹备组", "组委会", "工作组", "工作专班")
_TASK_BODY = re.compile(rf"[{CJK}“”\"（）]{{2,30}}(?:" + "|".join(TASK_BODIES) + ")(?:办公室)?")


def _unnoted(name: str) -> str:
    """The signature's name without its seal's note (……办公室（代章） → ……办公室); （筹） is part of the name."""
    noted = _SIGNATURE_NOTE.search(name)
    return name if not noted or noted.group(1) in KEPT_NOTES else name[:noted.start()]


# a joint signature on one line: the bodies side by side, apart by spaces or by each one's seal's note
_JOINT_APART = re.compile(r"(?<=[（(](?:代章|盖章|印章|代印)[）)])[\s\u3000]*|[\s\u3000]+")


def _joint_bodies(line: str) -> list[str] | None:
    """The bodies of a joint signature written on one line (A协会（盖章）　B局（盖章））, or None."""
    if len(line) > 80 or not (" " in line or "\u3000" in line or "章）" in line or "章)" in line):
        return None
    parts = [p for p in _JOINT_APART.split(line) if p]
    return parts if len(parts) > 1 and all(_signing_body(_unnoted(p)) for p in parts) else None


def _joint_signature_top(lines: list[str], at: int, title_index: int | None) -> str | None:
    """A joint signature set out over several lines above its date: the body that signs first (GB/T 9704 7.3.5: the
    主办机关), or None. Each line holds bodies a space apart (A协会　B办公室 / C厅　D台), or, the spaces lost, one body a
    line over a last line that runs two together (A协会 / B办公室 / C厅D台): the last line need only open with a body (a
    broadcaster's name ends in no organisation's word)."""
    prev = lines[at].strip()
    floor = (title_index if title_index is not None else -1) + 1
    k = at
    if " " in prev or "\u3000" in prev:
        if not _signing_body(_unnoted(_JOINT_APART.split(prev)[0])):
            return None
        while k - 1 > floor and _joint_bodies(lines[k - 1]):
            k -= 1
        return _unnoted(_joint_bodies(lines[k])[0]) if k < at else None
    head = P.ORG_LINE.match(prev)
    if not head or len(prev) > 30 or len(prev) - head.end() < 2 or _signing_body(prev) or P.TITLE_END.search(prev):
        return None
    while k - 1 > floor and _signing_body(lines[k - 1]) and not P.TITLE_END.search(lines[k - 1]):
        k -= 1
    return lines[k] if at - k >= 2 else None


def _signing_body(name: str) -> bool:
    return len(name) <= 30 and bool(P.ORG_LINE.fullmatch(name) or _DEPARTMENT.fullmatch(name) or _SHORT_OFFICE.fullmatch(name)
                                    or P.SHORT_ORG.fullmatch(name) or _TASK_BODY.fullmatch(name))
_DEPARTMENT = P.DEPARTMENT  # 科研处, 宣传部: an issuer only where a signature stands or a 来源 names it
_SHORT_OFFICE = P.SHORT_OFFICE  # 更名办, 学工办, 院办: an office signing by its short name


# （中国科协办公厅代章）: the office that lent its seal stands between the signature and the date
_SEAL_NOTE = re.compile(r"^[（(][^（）()]{2,30}(?:代章|代印|盖章)[）)]$")
# a portal's 发布部门：/发布单位： label names the body that put the document up, as 来源： does; the page's own
# buttons (收藏, 分享, 打印) run on after the name once spaces are gone
# (供稿：某某县科学技术协会 credits the body that sent the report in, as 来源： does; the page's next label (时间：, 车型：)
# may run on after the name once spaces are gone)
_SOURCE = re.compile(rf"(?:^|[^{CJK}])(?:信息来源|文章来源|来源|发布部门|发布单位|供稿单位|供稿)\s*[:：]\s*([{CJK}（）]{{2,30}}?)"
                     rf"(?=[\s|｜】]|发布|作者|编辑|字体|字号|点击|浏览|收藏|分享|打印|时间|日期|$"
                     rf"|(?<=[会局委处部室心站馆院所])[{CJK}]{{2,3}}[:：])", re.M)


# an aggregator's repost credits where it copied the report from (来源：… / 原文链接：http…): the site copied,
# no issuer of the report
_REPOST_LINK = re.compile(r"[^\n]{0,40}\n\s*(?:原文链接|原文地址|原文网址|转载自)")


def _after_region(text: str, name: str) -> bool:
    """Does `name` stand right after 省, 市, 州, 盟 or 区 (自治区, 地区) anywhere in the text?"""
    at = text.find(name, 1)
    while at != -1:
        if text[at - 1] in "省市州盟区":
            return True
        at = text.find(name, at + 1)
    return False


def _source_body(text: str) -> str | None:
    """The 来源 a web page names, when it is an organisation (来源：浙江省科协): the last fallback for issuer."""
    m = _SOURCE.search(text[:1500])
    if not m or _REPOST_LINK.match(text, m.end()):
        return None
    body = m.group(1)
    if P.ORG_LINE.fullmatch(body):
        # 来源：王益区农业农村局 where the text names it with its city (铜川市王益区农业农村局): the name in full
        # (the pattern is built for this name, and costs a compile: only where the name stands right after a region's
        # last character somewhere can it match)
        fuller = re.search(rf"(?:^|(?<=[^{CJK}]))[{CJK}]{{2,8}}?(?:省|市|自治区|州|盟|地区)" + re.escape(body), text, re.M) \
            if _after_region(text, body) else None
        return fuller.group(0) if fuller and not body.startswith(fuller.group(0)[:2]) else body
    # 北京市科协科学技术普及部: an organisation's department
    org = P.ORG_LINE.match(body)
    return body if org and _DEPARTMENT.fullmatch(body) and len(body) > org.end() else None


def _fullest(candidates: list[str]) -> str | None:
    """The first candidate, written out in full where another candidate spells its abbreviation out."""
    if not candidates:
        return None
    best = candidates[0]
    for other in candidates[1:]:
        if other != best and _expands(best, other):
            best = other
    return best


def _expands(short: str, full: str) -> bool:
    return short.replace("科协", "科学技术协会") == full or (
        len(full) > len(short) and full.endswith(short[-2:]) and SequenceMatcher(None, short, full).ratio() > 0.7
        and short.replace("科协", "") in full.replace("科学技术协会", ""))


def iso_date(m: re.Match) -> str | None:
    parts = P.date_parts(m)
    return "%04d-%02d-%02d" % parts if parts else None


def _signed_date(lines: list[str], title_index: int | None) -> str | None:
    """The date under a signature (……科学技术协会 / 2022年2月11日), before any other date line; one written the web's
    way (2022-02-11) only under a signature after the text."""
    for i in range(1, len(lines)):
        if P.signature_date_line(lines[i]) and not _ISSUE_WORDS.search(lines[i]) and _signature_above(lines, i):
            m = P.DATE_LINE.fullmatch(lines[i]) or P.DATE_LOST_DAY.fullmatch(lines[i])  # (2025年3月26: 日 lost)
            if m and iso_date(m):
                return iso_date(m)
    text_from = _text_start(lines, title_index)
    for i in range(max(text_from + 2, 1), len(lines)):
        value = P.numeric_date(lines[i])
        if value and _signature_above(lines, i):
            return value
    return None


def _text_start(lines: list[str], title_index: int | None) -> int:
    """The first line of the text under the title: the first that ends a sentence (a signature follows it)."""
    start = (title_index or 0) + 1
    return next((k for k in range(start, len(lines)) if "。" in lines[k]), len(lines))


def _date(lines: list[str]) -> str | None:
    """成文日期, else 印发日期, else the date a regulation was adopted (（2023年6月12日……通过）)."""
    issued = None
    for line in lines:
        m = P.DATE_LINE.fullmatch(line)
        if not m:
            continue
        value = iso_date(m)
        if not value:
            continue
        if _ISSUE_WORDS.search(line):
            issued = issued or value
        else:
            return value  # 成文日期 comes before 印发日期
    if issued:
        return issued
    for line in lines[:8]:
        m = _ADOPTED.match(line)
        adopted = P.DATE_LINE.fullmatch(m.group("date")) if m else None
        if adopted and iso_date(adopted):
            return iso_date(adopted)
    return None


def _signature_above(lines: list[str], i: int) -> bool:
    """A body signs above line i: its name on the line above, perhaps with its seal's note (……办公室（代）), or the
    lending office's note between them (……办公室 / （……代章））."""
    above = lines[i - 1]
    if _SEAL_NOTE.match(above) and i > 1:
        above = lines[i - 2]
    noted = _SIGNATURE_NOTE.search(above)
    return _signing_body(above[:noted.start()] if noted else above)


def _unmarked_signature_date(lines: list[str]) -> tuple[str | None, str | None]:
    """The date under a signature that lost 年, 月 and 日 (陕西中医药大学科学技术协会 / 2023512): read where the
    digits allow one reading only; where they allow two (2023112: 1月12日 or 11月2日) it is left to a person."""
    for i in range(1, len(lines)):
        if _lost_marks(lines[i]) and _signature_above(lines, i):
            parts = P.unmarked_date(lines[i])
            return ("%04d-%02d-%02d" % parts, "read") if parts else (None, "ambiguous")
    return None, None


def _reading_before(line_readings: list[str], posted: str | None) -> str | None:
    """Of a signature date's readings (2022129: 2022-01-29 or 2022-12-09), the one the page's own date allows: a page
    goes up on or after the day its document was signed, so a reading later than the page's date is no reading."""
    if not posted:
        return None
    possible = [r for r in line_readings if r <= posted]
    return possible[0] if len(possible) == 1 else None


def _unmarked_readings(lines: list[str]) -> list[str]:
    for i in range(1, len(lines)):
        if _lost_marks(lines[i]) and _signature_above(lines, i):
            return ["%04d-%02d-%02d" % r for r in P.unmarked_readings(lines[i])]
    return []


def _lost_marks(line: str) -> bool:
    """A signature's date that lost its marks: all of them (2023512) or 月 and 日 (2025年326)."""
    return bool(line[:2] in ("19", "20") and (P.DATE_NO_MARKS.fullmatch(line) or P.DATE_LOST_MARKS.fullmatch(line)))


# (an item's （时间：2014年10月15日—10月31日） is when an event runs, not when the page went up)
# (a bare 时间/日期 label is the page's own, unless a word before it names another day: 截止时间, 活动时间, 报到时间,
# 公示时间, 访问时间 — an item's day or the day a copy was taken, not the day the page went up)
# (发布： alone before a date and its hour is a 發布 line's label too: 發布：2015-07-29 11:33)
PAGE_DAY_LABELS = ("发布时间", "发布日期", "发表时间", "发表日期", "发布于", "更新时间", "更新日期", r"发布(?=\s*[:：]\s*(?:19|20)\d\d-)")
OTHER_DAYS = ("截止", "活动", "报到", "报名", "会议", "公示", "工作", "访问", "采集", "抓取", "打印", "下载", "浏览", "比赛", "决赛",
              "复赛", "预赛", "实施", "申报", "开始", "结束", "举办", "培训", "考试", "开放", "办理", "受理", "提交", "征集", "评审",
              "生效", "施行", "出生", "入党", "参加工作")
# (the lookahead only spares the engine its lookbehinds where no label can start)
_DATELINE = re.compile(r"(?=[发更时日])(?:" + "|".join(PAGE_DAY_LABELS) + r"|(?<![（(])" + "".join(f"(?<!{w})" for w in OTHER_DAYS)
                       + r"(?:时间|日期))\s*[:：]\s*((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")


_BARE_TIME_LABEL = re.compile(r"(?:时间|日期)\s*[:：]")


def _inside_outline(text: str, m: re.Match) -> bool:
    """时间：2010年5月15日上午 under a plan's activity is the activity's day: a bare 时间/日期 label after the first
    numbered line is no dateline of the page."""
    if not _BARE_TIME_LABEL.match(text, m.start()) or text.startswith(("发布", "发表"), max(0, m.start() - 2)):
        return False
    return any(P.starts_with_marker(line) for line in text[:m.start()].split("\n"))


_MASTHEAD = re.compile(r"星期[一二三四五六日天]|第\s*\d+\s*版")
# 2020年5月19日（星期二）9:30—11:30，会期半天。: a meeting's day in the text (a sentence, a span of hours), no masthead
_EVENT_DAY = re.compile(r"[。，；]|\d[:：]\d\d\s*[-—–至~～]")


# 申报时间：自通知之日起至2024年11月10日24:00时截止。: a sentence that gives an hour to a date sets an item's closing
# time (至, 截止, 前), never the minute the page went up
_ITEM_HOUR = re.compile(r"[。；，,]|截止|截至|至\s*(?:19|20)\d\d|前")


def _dateline(text: str) -> str | None:
    """When a page went up (发布时间：2023-02-24), or the date on a newspaper's masthead."""
    m = next((d for d in _DATELINE.finditer(text[:1500]) if not _inside_outline(text, d)), None) \
        or P.WEB_DATETIME.search(text[:1500])
    if not m:
        m = next((c for c in (P.WEB_CLOCK.search(ln) for ln in text[:1500].split("\n")
                              if P.web_furniture(ln) and not _ITEM_HOUR.search(ln)) if c),
                 None)  # 游戏天地 2025年06月27日 22:33 1 admin: a byline with the minute the page went up
    if not m:
        for line in text[:600].split("\n"):
            if P.byline_day(line):  # 科技工作者之家 2018-01-04: who put the page up, and the day
                return P.byline_day(line)
            found = P.DATE.search(line) if _MASTHEAD.search(line) and not P.greets(line) \
                and not _EVENT_DAY.search(line) else None
            if found and iso_date(found):
                return iso_date(found)
        return None
    year, month, day = (int(g) for g in m.groups())
    return "%04d-%02d-%02d" % (year, month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None


# the contact's labelled lines; a label may be padded (邮　箱：) and a phone's may say what it is for (受理电话, 监督电话)
# the 联系方式 block's address and postcode lines belong to it too (联系人… / 通信地址：… / 邮编：… 联系电话：…)
CONTACT_LABELS = P.CONTACT_LABELS
PHONE_PURPOSES = P.PHONE_PURPOSES
_CONTACT_LABEL = re.compile(r"^[（(]?(?:(?:" + "|".join(PHONE_PURPOSES) + r")?(?:"
                            + "|".join(r"[\s\u3000]*".join(label) for label in sorted(CONTACT_LABELS, key=len, reverse=True))
                            + r")|E-?mail)[\s\u3000]*(?:[（(][^（）()]{1,6}[）)])?[\s\u3000]*[:：]", re.I)
# an address given in the text for sending material (并发邮件到x@y.cn, 电子版发送至：x@y.cn)
_PROSE_EMAIL = re.compile(r"(?:(?:发邮件到|发邮件至|发送到|发送至|发至|报送至|电子邮箱|邮箱|电子信箱|信箱|[Ee]-?mail|EMAIL)"
                          r"\s*[:：]?\s*"
                          r"|(?:报送|发送|报|送)[^。；]{0,40}?至[^。；（(]{0,20}[（(]\s*)"
                          r"([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")


# A page's own furniture — the site's footer (版权所有, ICP备, 公网安备, 技术支持), its report line (本站违法和不良信息举报),
# its webmaster, a newspaper's 新闻热线, an author's or reporter's byline — is no part of the document: a contact is what
# the document itself gives for questions or submissions
PAGE_CHROME = ("版权所有", "版权声明", "Copyright", "©", "ICP备", "ICP证", "公网安备", "网站标识码", "技术支持", "备案号",
               "本站", "本网站", "网站管理", "站长", "webmaster", "不良信息", "新闻热线", "访问量", "浏览次数")
BYLINES = ("通讯员", "记者", "作者", "责任编辑", "编辑", "撰稿", "供稿", "审核")
# (a converter may have run the furniture's first line on to the document's last: 联系我们 and a byline are marks where
# they stand after the text's last sentence too)
# (the lookahead, the first characters the marks can start with, only spares the engine trying each mark everywhere)
_CHROME_LINE = re.compile("(?=[" + re.escape("".join(sorted({w[0] for w in PAGE_CHROME + BYLINES}))) + "联。！？）)（(])"
                          + "(?:" + "|".join(map(re.escape, PAGE_CHROME)) + r"|(?<![请可欢迎与])联系我们[\s\u3000:：]*$"
                          r"|(?:^|[。！？）)])[（(]?(?:" + "|".join(BYLINES) + r")[\s\u3000:：]"
                          r"|(?:" + "|".join(BYLINES) + r")[:：])", re.I | re.M)
# the lines a site's block of furniture runs through: its address, host and contact labels, and a 联系人 that is a
# body rather than a person (联系人:某市科学技术协会); a person's 联系人 line is the document's and ends the block
_CHROME_BLOCK_LINE = re.compile(r"^(?:地址|网址|主办|承办|协办|邮编)[\s\u3000]*[:：]")
_CONTACT_VALUE = re.compile(r"联系人[\s\u3000]*[:：]?[\s\u3000]*([^\s\u3000：:，,；;（(]+)")
_BODY_END = re.compile(r"(?:协会|科协|学会|委员会|局|中心|办公室|政府|网站|管理员|单位|公司)$")


def _site_block_line(line: str) -> bool:
    m = _CONTACT_VALUE.search(line) if "联系人" in line else None
    if m:
        return bool(_BODY_END.search(m.group(1)))
    return bool(_CONTACT_LABEL.match(line) or _CHROME_BLOCK_LINE.match(line))


def page_chrome(lines: list[str]) -> set[int]:
    """The lines of the page's furniture: each line that shows a mark of it, and the labelled lines run on to it."""
    if not _CHROME_LINE.search("\n".join(lines)):
        return set()  # most documents carry none: one pass over the whole text says so
    marked = {i for i, line in enumerate(lines) if _CHROME_LINE.search(line)}
    chrome = set(marked)
    for i in marked:
        for step in (1, -1):
            j = i + step
            while 0 <= j < len(lines) and j not in chrome and _site_block_line(lines[j]):
                chrome.add(j)
                j += step
    return chrome


def _prose_contact(lines: list[str], labelled: bool = False, mailbox: bool = False) -> Contact | None:
    """Without a 联系人 line, the mailbox a sentence asks material to be sent to is the contact's; `labelled`: so is
    a mailbox line of its own right under that request (请于…报送至我学会 / E-mail:x@y.cn), but not another block's.
    `mailbox`: only an address the sentence calls a mailbox (发送至邮箱：x@y.cn, 提交电子版至市爱卫办信箱:x@y.cn) —
    a bare address to send entries to (将演讲材料发送至x@qq.com) is a collection box, not a named contact's mailbox."""
    for index, line in enumerate(lines):
        if "@" not in line:
            continue
        if _CONTACT_LABEL.match(line):
            if not (labelled and index and _SUBMIT.search(lines[index - 1])):
                continue
        m = _PROSE_EMAIL.search(line)
        if m and mailbox and not _MAILBOX_NAMED.search(line, 0, m.start(1)):
            continue
        if m:
            return Contact(name=None, phone=None, email=m.group(1))
    return None


_MAILBOX_NAMED = re.compile(r"(?:邮箱|信箱|[Ee]-?mail|EMAIL)[\s\u3000]*[:：]?[\s\u3000]*$")


# a line of its own that gives the number for complaints (监督电话：…, 监督举报电话：…, 投诉邮箱：…)
_COMPLAINT_LINE = re.compile(r"^[（(]?(?:" + "|".join(P.COMPLAINT_PURPOSES) + r")")
_SUBMIT = re.compile(r"(?:报送|发送|提交|报至|发至|送至)[^。]*。?$")


# under a heading 联系方式及联系人： the people stand one a line, a name then a number: 陈玉芬 027-87832892
_NAME_BEFORE_PHONE = re.compile(rf"^([{CJK}]{{2,4}})[\s\u3000]*(?=(?:电话|手机)?[:：]?\s*\d)")


# a contact named only in prose: ……添加联系人马老师企业微信
_PROSE_CONTACT = re.compile(rf"联系人([{CJK}]{{1,2}}(?:老师|女士|先生))")


_WHOLE_NUMBER = re.compile(r"(?:0\d{2,3}[-－—]?)?\d{7,8}|1[3-9]\d{9}")


# what a number's note in brackets right after it says it is (67507091（传真）): part of the phone as written
PHONE_NOTES = ("传真", "手机", "座机", "办公室", "办", "兼传真", "电话兼传真")
_PHONE_NOTE = re.compile(r"\s*[（(](?:" + "|".join(sorted(PHONE_NOTES, key=len, reverse=True)) + r")[）)]")


def _phones_as_written(found: str, after: str = "") -> str:
    """84396434 84395725: two whole numbers a space apart are two phones, kept as written (a space between them);
    spaces inside one number (010 6529 9826) are no separator. `after`: the text right after the numbers, whose note
    in brackets (（传真）) the spec's "as written" keeps."""
    pieces = found.split()
    if len(pieces) > 1 and all(_WHOLE_NUMBER.fullmatch(p) for p in pieces):
        phones = " ".join(pieces)
    else:
        phones = re.sub(r"\s+", "", found).strip("-－")
    note = _PHONE_NOTE.match(after) if after[:1] in "（( " else None
    return phones + note.group(0).strip() if note else phones


# a blank form's fields (联系人：　　　手机：　　　) and a table's row of column labels (单位　联系人　联系电话) name nobody:
# the words a contact's name may not be are the form's own labels
FORM_WORDS = ("联系", "电话", "手机", "邮箱", "传真", "职务", "职称", "姓名", "单位", "部门", "地址", "邮编", "备注", "签字",
              "盖章", "日期", "方式", "序号")
_FORM_WORD = re.compile("|".join(FORM_WORDS))
# 单位名称　姓名　职务　联系人　联系电话 (or, its spaces gone, 序号单位联系人联系电话): a table's header, its rows below it
_COLUMN_LABELS = re.compile(r"联系人[\s\u3000|｜]*(?:" + "|".join(FORM_WORDS) + r")(?![^\s\u3000|｜]{0,4}[:：])")


def _column_labels(line: str) -> bool:
    return bool(_COLUMN_LABELS.search(line)) and not re.search(r"[。；，,:：\d]", line)


# a label spaced out to the width of the longest (联 系 人：, 电　　话：) is the label
SPACED_LABELS = ("联系人", "联系电话", "电话", "手机", "传真", "邮箱", "电子邮箱")
_SPACED_LABEL = re.compile("|".join(r"[ \u3000]+".join(label) for label in sorted(SPACED_LABELS, key=len, reverse=True))
                           + r"(?=[ \u3000]*[:：])")
# 联系方式： alone on its line: the contact's values stand on the lines under it (张三 010-12345678 / x@y.cn)
_CONTACT_HEADING = re.compile(rf"^(?:[{CJK}]{{2,20}}?)?(?:联系方式|联系人及联系方式|联系人及电话)[\s\u3000]*[:：]$")
# (…办公室联系方式： / 科技部政策体改司　许佳军　刘育新 / 联系电话：…: several offices' contacts, one block each; the first
# office's first person is the contact, with that block's phones)
_OFFICE_THEN_PEOPLE = re.compile(rf"^[{CJK}]{{2,16}}?(?:{'|'.join(P.CONTACT_OFFICE_ENDS)})\u3000([{CJK}]{{2,4}})"
                                 rf"(?:\u3000[{CJK}]{{2,4}})*$")


def _unspaced(line: str) -> str:
    return _SPACED_LABEL.sub(lambda m: re.sub(r"[ \u3000]", "", m.group(0)), line) if " " in line or "\u3000" in line \
        else line


def _contact(lines: list[str]) -> Contact | None:
    if _SPACED_LABEL.search("\n".join(lines)):  # most documents space out no label: one pass says so
        lines = [_unspaced(line) for line in lines]
    chrome = page_chrome(lines)
    if chrome:
        # the furniture's own lines say nothing; a labelled line merely run on to it may still be the contact's own
        # (联系人：… / 电话：… right above a footer), read with its 联系人 line
        marked = {i for i in chrome if _CHROME_LINE.search(lines[i])}
        body = ["" if i in chrome else line for i, line in enumerate(lines)]
        lines = ["" if i in marked else line for i, line in enumerate(lines)]
    else:
        body = lines
    for i, line in enumerate(lines):
        if not body[i] or ("联系人" not in line and not _CONTACT_HEADING.match(line)) or _column_labels(line):
            continue
        # the next line, when it is short, or when it is the block's own labelled line however long (电话：…传真：…E-mail:…)
        following = lines[i + 1] if i + 1 < len(lines) \
            and (len(lines[i + 1]) < 60 or _CONTACT_LABEL.match(lines[i + 1])) \
            and not _COMPLAINT_LINE.match(lines[i + 1]) else ""
        # an address or number wrapped at the line's end goes on at the start of the next (邮箱1075 / 764075@qq.com)
        # (but a whole phone number at the line's end is one: the mailbox below stands on its own line)
        tail = re.search(r"[\w.@-]+$", line, re.A)
        glue = "" if tail and not _WHOLE_NUMBER.fullmatch(tail.group(0)) and re.match(r"[\w.@-]+[@.]", following, re.A) \
            else "；"
        window = line + (glue + following if following else "")
        # the contact's own labelled lines below it (联系电话：…, 邮箱：…), or above it, the 联系人 line last
        # (联系电话(传真)：020-… / 电子邮箱：… / 联系人：…)
        # (not past the furniture: a footer's own line right below ends the contact's lines)
        for extra in lines[i + 2:i + 4] if i + 1 == len(lines) or lines[i + 1] else []:
            if not (_CONTACT_LABEL.match(extra) or _EMAIL.fullmatch(extra.strip())):
                break
            if not _COMPLAINT_LINE.match(extra):
                window += "；" + extra
        for extra in reversed(lines[max(0, i - 2):i]):
            if not _CONTACT_LABEL.match(extra):
                break
            if not _COMPLAINT_LINE.match(extra):
                window += "；" + extra
        name = _CONTACT_NAME.search(line) or (_NAME_BEFORE_PHONE.match(following) or _OFFICE_THEN_PEOPLE.match(following)
                                              if line.endswith(("：", ":")) else None) \
            or _PROSE_CONTACT.search(line)
        if name and _FORM_WORD.match(name.group(1)):
            name = None  # a blank form's next label (联系人：　　　手机：)
        people = _offices_and_people(line) if name is None else None
        if name is None and people is None and "联系人" in following:
            continue  # a heading that names the contact (五、……联系人及联系方式): the contact's own line follows
        phone = _PHONE.search(window) or _BARE_PHONE.search(window)
        email = _EMAIL.search(window)
        phone = _phones_as_written(phone.group(1), window[phone.end(1):phone.end(1) + 12]) if phone else None
        contact = Contact(name=_people(name) if name else people, phone=phone,
                          email=_mailbox_alone(email, phone) if email else None)
        if contact.name and not contact.email:
            # the mailbox a sentence asks the papers to be sent to (提交电子版至市爱卫办信箱:x@163.com) is where
            # the contact receives them, when the sentence calls it a mailbox
            prose = _prose_contact(body, mailbox=True)
            contact.email = prose.email if prose else None
        if contact.name or contact.phone or contact.email:
            return contact
    return _bracketed_contact(body) or _labelled_phone(body) or _prose_contact(body, labelled=True)


# 联系人：大理州科技局办公室金方堃政策法规与科技监督科黄际坚联系电话：…: each office run into its person, one after the
# other; an office ends in 办公室/部/处/科/中心 (科 not the first of 科技, 科协, 科学, 科普, 科研), a person is two or three
# characters, and the run ends at the next label or a separator
_OFFICE = rf"[{CJK}]{{2,20}}?(?:办公室|部|处|科(?![技协学普研])|中心)"
_RUN_END = r"(?:联系|电话|手机|$|[\s，,；;。])"
_OFFICE_AND_PERSON = re.compile(rf"{_OFFICE}([{CJK}]{{2,3}})(?={_RUN_END}|{_OFFICE}[{CJK}]{{2,3}}{_RUN_END})")
_PEOPLE_LABEL = re.compile(r"联系人\s*[:：]\s*")


def _offices_and_people(line: str) -> str | None:
    label = _PEOPLE_LABEL.search(line)
    if not label:
        return None
    people, at = [], label.end()
    while (m := _OFFICE_AND_PERSON.match(line, at)) and not _FORM_WORD.search(m.group(1)):
        people.append(m.group(1))
        at = m.end()
    return "、".join(people) if people else None


def _people(name: re.Match) -> str:
    """The name the 联系人 label gives, and the people named after it on its line (邓洪军、袁宾), 、 between them."""
    people, end = [name.group(1)], name.end(1)
    while name.re is _CONTACT_NAME and name.string[end:end + 1] in ("、", "，", ",", "\u3000"):
        more = _NEXT_PERSON.match(name.string, end)
        if not more or _FORM_WORD.match(more.group(1)) or _DEPARTMENT_WORD.search(more.group(1)) \
                or more.group(1).startswith(P.PHONE_PURPOSES):
            break  # the label of the next value (联系人：秦国维、联系电话：…), or an office (张三，科普部)
        people.append(("、" if name.string[end] != "\u3000" else " ") + more.group(1))
        end = more.end(1)
    # as written: 、 where the page listed them with 、 or ，, a space where it set them a space apart
    return "".join(people)


# …报送市科技馆办公室王老师（联系电话：12345678，邮箱：x@y.cn）: the person a request sends the papers to, the office
# before the name, the phone and mailbox in brackets after it
ORG_ENDS = ("部", "处", "室", "科", "中心", "办", "馆", "科协", "学会", "协会", "秘书处")
# (or the person to ask: 请与市科协科普部张三联系（电话：…）)
_BRACKETED_CONTACT = re.compile(rf"(?:报送|报|送|发送|发至|提交|交|与)至?[{CJK}]{{0,16}}?(?:{'|'.join(ORG_ENDS)})"
                                rf"((?:(?!联系)[{CJK}]){{2,3}}?|[{CJK}](?:老师|女士|先生))(?:同志)?(?:联系)?"
                                rf"[（(]\s*((?:联系)?(?:电话|手机)\s*[:：][^）)]+)[）)]")


def _bracketed_contact(lines: list[str]) -> Contact | None:
    for line in lines:
        m = _BRACKETED_CONTACT.search(line) if "（" in line or "(" in line else None
        # (报市科协办公室（…）: the office's own name, and no person, stands before the brackets)
        if m and not _FORM_WORD.match(m.group(1)) and not m.group(1).endswith(ORG_ENDS):
            phone, email = _PHONE.search(m.group(2)), _EMAIL.search(m.group(2))
            return Contact(name=m.group(1), phone=_phones_as_written(phone.group(1)) if phone else None,
                           email=email.group(0) if email else None)
    return None


_NUMBER_BEFORE_LETTERS = re.compile(r"(?:1[3-9]\d{9}|(?:0\d{2,3}[-－—]?)?\d{7,8})(?=[A-Za-z])")


def _mailbox_alone(email: re.Match, phone: str | None) -> str:
    """A mailbox on its own line run on to the phones above it (…、13810623960hhkp@x.cn): the number is a phone's."""
    found, before = email.group(0), email.string[:email.start()]
    number = _NUMBER_BEFORE_LETTERS.match(found)
    if phone and number and (re.sub(r"\D", "", phone).endswith(number.group(0))
                                                            or re.search(r"\d[\s、，,/]*$", before)):
        return found[number.end():]
    return found


# 联系电话：市 科 协 0392—3316119: without a 联系人 line, the contact's phone; a body's name may stand before the number.
# A 公示's 受理电话 (…如有异议，请…反映 / 受理电话：0591-83333743) and a 咨询电话 are the number to call too; a line of
# its own for complaints (监督电话, 举报电话) is not (COMPLAINT_PURPOSES)
PHONE_LINE_LABELS = ("联系电话", "受理电话", "咨询电话", "办公电话")
_CONTACT_PHONE = re.compile(rf"^(?:{'|'.join(PHONE_LINE_LABELS)})\s*[:：]\s*(?:[{CJK}（）]{{1,12}}?)?\s*({_PHONES})")


# …报市科协办公室（联系电话：8059000 3321213）: the phone in brackets after the office that receives the replies;
# (请…与市科协学会工作部、国际交流部（电话86861547）联系: the office to ask, its bare 电话 in brackets before 联系)
_BRACKETED_PHONE = re.compile(rf"[（(]联系电话\s*[:：]\s*({_ONE_PHONE})[）)]|[（(]电话\s*[:：]?\s*({_ONE_PHONE})[）)](?=联系)")


def _labelled_phone(lines: list[str]) -> Contact | None:
    for line in lines:
        m = _CONTACT_PHONE.match(line) if line.startswith(PHONE_LINE_LABELS) else None
        if m is None and "电话" in line:
            m = _BRACKETED_PHONE.search(line)
        if m:
            g = m.lastindex or 1
            return Contact(name=None, phone=_phones_as_written(m.group(g), line[m.end(g):m.end(g) + 12]), email=None)
    return None


# 省科协机关各部室和各直属事业单位: 各 opens a group of recipients, so 和/及 before it joins two (市发展和改革委员会 stays whole)
_AND_EACH = re.compile(r"(?<=[^\s])(?:以及|和|及)(?=各)")


def _recipient_names(s: str) -> list[str]:
    names = P.split_names(s)
    return [part for name in names for part in _AND_EACH.split(name) if part] if "各" in s else names


def _recipients(lines: list[str], after: int) -> list[str]:
    for line in lines:
        m = _RECIPIENTS_LABEL.match(line)
        if m:
            return _recipient_names(m.group(1))
    looked = 0
    for index, line in enumerate(lines[after:], after):
        if P.web_furniture(line) or _SHORT_LABEL.match(line) and (
                re.sub(r"[\s\u3000]+", "", line.rstrip("：:")) in P.WEB_LABELS or P.TITLE_LABEL.match(line)):
            continue  # a page's 来源/发布时间 line, or its 发文内容：/标　题： label
        looked += 1
        if looked > 4 or _FIRST_LEVEL_ITEM.match(line):
            break  # GB/T 9704: the 主送 stands above the 正文; under its first item (二、活动内容 / 活动内容：) is none
        following = lines[index + 1] if index + 1 < len(lines) else ""
        line = _SALUTATION.sub("", line)  # a letter's 主送: 尊敬的各位常务理事：
        if line.endswith(("、", "，", ",")) and following.endswith(("：", ":")) and not _SENTENCE.search(following):
            line += following  # 主送 spread over two lines: 各县（市、区）科协，市直各学会、 / 协会、研究会：
        elif P.MAIN_SEND_COLON_LOST.match(line) and P.ADDRESSED.match(following) and following.endswith(("：", ":")) \
                and not _SENTENCE.search(following) and len(following) <= 60:
            line += "，" + following  # …each line ending on a whole body: 各县（市、区）科协 / 各市级学会：
        if line.endswith(("：", ":")) and not line.startswith(("签发人", "联系人")) and "。" not in line \
                and not _OPENS_SENTENCE.search(line) and not P.LABEL_LINE.match(line) \
                and not P.starts_with_marker(line) and not P.ITEM_LEAD.match(line):
            # (一、指导思想： is the plan's first heading, 本网讯： a report's dateline)
            names = _recipient_names(line.rstrip("：:"))
            if names and all(len(n) <= 30 and not _NOT_A_BODY.search(n) for n in names) \
                    and re.sub(r"\s+", "", names[0]) not in P.LIST_ROLES + _EMPTY_LABELS:
                more = _second_recipients_line(following)
                return list(dict.fromkeys(names + more))  # 各省…党委宣传部、科协，新疆…党委宣传部、科协: each once
        # a page that stored the notice as one line: 各县（市）区科技主管部门，各有关单位：根据……, the title may open
        # it (关于组织……的预通知 各县区科技局：为检查……)
        run_on = _RUN_ON_RECIPIENTS.match(line)
        if run_on:
            return _recipient_names(run_on.group(1))
        glued = _after_title(line)
        if glued:
            return glued
        named = None if P.LABEL_LINE.match(line) else _RUN_ON_NAMED.match(line)
        if named and not _TITLE_WORD_END.search(named.group(1)) and not named.group(1).startswith(_ROLE_LABELS):
            return _recipient_names(named.group(1))  # (a title glued on, ……的预通知各县区科技局, is no body)
        if len(line) > _BODY_PARAGRAPH and "。" in line:
            break  # GB/T 9704: the 主送 stands above the 正文; a label line under its paragraphs (收集地点：) is none
    return _recipients_above_text(lines, after)


_FIRST_LEVEL_ITEM = re.compile(r"^[一二三四五六七八九十]{1,3}[、，,．.]")
_MAIN_SEND_REACH = 12  # lines under the title where a page's own lines (a summary, the headline again) may stand
_TEXT_OPENS = re.compile(r"^(?:为了?|根据|按照|依据|遵照|经研究|近日|日前)")


def _recipients_above_text(lines: list[str], after: int) -> list[str]:
    """GB/T 9704: the 主送 (各省、自治区、直辖市科协：) stands alone on its line right above the 正文's first sentence
    (为贯彻……); so written it is the 主送 even under a page's summary lines that stopped the search above."""
    for index in range(after, min(len(lines) - 1, after + _MAIN_SEND_REACH)):
        line = lines[index]
        if P.starts_with_marker(line):
            break
        if not (P.ADDRESSED.match(line) and len(line) <= 60 and "。" not in line and not _SENTENCE.search(line)
                and (line.endswith(("：", ":")) and (_TEXT_OPENS.match(lines[index + 1])
                                                    or _bodies_then_paragraph(line, lines[index + 1]))
                     or P.MAIN_SEND_COLON_LOST.match(line) and (P.TEXT_OPENS.match(_next_text(lines, index))
                                                                or P.main_send_over_day(line, _next_text(lines, index))))):
            continue
        names = _recipient_names(line.rstrip("：:"))
        if names and all(len(n) <= 30 and not _NOT_A_BODY.search(n) for n in names):
            return names
    return []


# 各市、县人民政府，省人民政府各部门： / 省科协、气象局制定的《…》已经省政府同意，现转发给你们，…。: a 主送 whose colon
# ends a list of bodies (two or more, the last a body's ending) over a paragraph of the 正文, however that opens
_BODY_END = re.compile("(?:" + "|".join(P.RECIPIENT_ENDS) + r")$")


def _bodies_then_paragraph(line: str, following: str) -> bool:
    names = _recipient_names(line.rstrip("：:"))
    return len(names) >= 2 and bool(_BODY_END.search(names[-1])) and "。" in following and len(following) > _BODY_PARAGRAPH


# 各位代表：我受省科协第七届委员会委托，向大会作工作报告: a speech's salutation to the people in the hall, no 主送机关
# (a notice's 各位委员，各省级学会，… names bodies beside them and stays)
_PERSONS_HAILED = re.compile(r"(?:尊敬的)?(?:各位[\u4e00-\u9fff]{1,4}|同志们|女士们|先生们|朋友们|同学们|老师们)")
_SPEECH_OPENS = re.compile(r"\s*(?:我受|我代表|受[\u4e00-\u9fff]{2,20}委托|今天|现在|在这)")


def _speech_salutation(names: list[str], text: str) -> bool:
    if not all(_PERSONS_HAILED.fullmatch(n) for n in names):
        return False
    at = text.find(names[-1])
    colon = text.find("：", at, at + len(names[-1]) + 2) if at >= 0 else -1
    return colon >= 0 and bool(_SPEECH_OPENS.match(text, colon + 1))


# 领导批示： over a report: the label of a leader's comment, no body addressed
NOT_ADDRESSED_LABELS = ("批示", "指示", "讲话", "致辞", "寄语", "按语", "编者按")


def _next_text(lines: list[str], index: int) -> str:
    return next((ln for ln in lines[index + 1:index + 3] if ln), "")


_BODY_PARAGRAPH = 40  # a line this long with a full stop is a paragraph of the text
# 時間: alone on its line under an essay site's headline: a label whose value the page lost, never a body addressed
_EMPTY_LABELS = ("时间", "日期", "地点", "时间安排")


def _second_recipients_line(line: str) -> list[str]:
    """各分支机构、地方学会： / 各科学传播专家团队、科普教育基地：: a 主送 written on two lines, each ending in a colon;
    the second opens with 各 like the first and is a list of bodies, not the text's first sentence."""
    if not line.startswith("各") or not line.endswith(("：", ":")) or _SENTENCE.search(line) or "。" in line \
            or _OPENS_SENTENCE.search(line) or len(line) > 60:
        return []
    names = _recipient_names(line.rstrip("：:"))
    return names if names and all(len(n) <= 30 and not _NOT_A_BODY.search(n) for n in names) else []


# the words that open the notice's first sentence, which also ends with a colon (为……，现将有关事项通知如下：)
_OPENS_SENTENCE = re.compile(r"^(?:为了?|根据|按照|依据|遵照|经|现将|近日|日前)|如下[:：]$")
# 市科协所属市级学会组织的学术活动，主要包括： is a sentence, not a list of bodies; and the 主送's one colon ends
# it: a page's row of labels (发文日期：公开形式：) names no body
# a form's field above a page (领导批示：, 拟办意见：) is a label awaiting a hand's note, no body addressed
FORM_FIELDS = ("批示", "拟办意见", "审核意见", "阅办意见", "办理意见", "内容摘要")
_NOT_A_BODY = re.compile(r"的|包括|如下|主要|[:：]|(?:" + "|".join(NOT_ADDRESSED_LABELS + FORM_FIELDS) + ")$")
_SALUTATION = re.compile(r"^(?:尊敬的|敬爱的|亲爱的)(?=各)")
# the colon of a clock (每周一9:30前) ends no 主送
_RUN_ON_RECIPIENTS = re.compile(r"^(各[^：:。；]{2,80}?)(?<![0-9０-９])[:：]\s*\S{10,}")
# 市直有关部门: 为切实做好……: a run-on 主送 that names its bodies without 各 still ends on a body, and the 正文 that
# follows its colon opens as a 正文 does (为, 根据, 按照, 现将……)
_RUN_ON_NAMED = re.compile(r"^([^：:。；！？\s]{2,60}?(?:" + "|".join(P.RECIPIENT_ENDS) + r"))[:：]\s*"
                           r"(?=为了?|根据|按照|依据|遵照|经研究|近日|日前|现将|现就)\S{10,}")
# 联系部门：, 承办单位：: a label whose value follows, not a body addressed
_ROLE_LABELS = ("联系", "主办", "承办", "协办", "牵头", "责任", "配合", "参与", "报送", "受理", "咨询", "归口", "主管", "指导")
# the title's 文种 (通知, 方案, …) that ends it where the 主送 runs on to it (……的通知高二级各班主任、各班团支部：我校……)
_TITLE_WORD_END = re.compile("(?:" + "|".join(sorted(P.TITLE_WORDS, key=len, reverse=True)) + r")[》”]?")
# the 主送 glued after it: bodies up to the colon, the 正文 after it (the colon of a clock, 9:30, ends none)
_GLUED_RECIPIENTS = re.compile(r"[\s\u3000]*([^：:。；！？\s]{2,80}?)(?<![0-9０-９])[:：](?:\s*\S{10,}|\s*$)")
_ADDRESSEE_ENDS = P.RECIPIENT_ENDS + P.ORG_SUFFIXES
_TITLE_REACH = 150
_CLAUSE_MARK = re.compile(r"[，。；：:！？]")  # the title that opens a run-on line ends within this many characters


def _after_title(line: str) -> list[str]:
    """The 主送 that follows a title opening a run-on line (关于组织……的预通知 各县区科技局：为检查……; ……的通知高二级各班主任、
    各班团支部：我校……): GB/T 9704's 标题 then 主送 then 正文, their line breaks lost. The bodies address some of the
    recipients as 各… or 有关…, and are no sentence (……的通知》的通知各单位 is the title going on); of a title a page
    printed twice (……活动方案……活动方案各村、三办三中心：), the last."""
    found: list[str] = []
    if P.starts_with_marker(line):
        return found  # 一、建立健全……制度机制，……: an item's text, no title
    for m in _TITLE_WORD_END.finditer(line, 0, _TITLE_REACH):
        if _CLAUSE_MARK.search(line, 0, m.start()):
            break  # a title is one phrase: what a comma or a full stop went before is a sentence
        if m.start() < 4 or not P.TITLE_END.search(line, 0, m.end()):
            continue
        glued = _GLUED_RECIPIENTS.match(line, m.end())
        if not glued or _OPENS_SENTENCE.search(glued.group(1)):
            continue
        names = _recipient_names(glued.group(1))
        if names and any("各" in n or "有关" in n or n.startswith("全体") or n.endswith(_ADDRESSEE_ENDS) for n in names) \
                and all(len(n) <= 30 and not _NOT_A_BODY.search(n) for n in names):
            found = names
    return found


def _cc(lines: list[str]) -> list[str]:
    """Every 抄送/抄报 line's bodies, with the lines a long list goes on in (抄报：…办公室 / …科普工作处)."""
    out: list[str] = []
    for i, line in enumerate(lines):
        m = _CC.match(line) if line.startswith("抄") else None
        if not m:
            continue
        names = P.split_names(m.group(1).rstrip("。."))
        for k in range(i + 1, min(len(lines), i + 4)):
            more = lines[k]
            if len(more) > 60 or "：" in more or ":" in more or _SENTENCE.search(more) or P.LABEL_LINE.match(more) \
                    or P.DATE_LINE.fullmatch(more) or k + 1 < len(lines) and P.DATE_LINE.fullmatch(lines[k + 1]) \
                    or P.DATE.search(more) \
                    or P.TITLE_END.search(more) and not P.ORG_LINE.fullmatch(more):
                break  # a label, a date, the 印发机关 above its date or with it (…办公室2006年12月15日印, and the lines a
                # copy glued to it), or the enclosed plan's title (……实施方案)
            names += P.split_names(more.rstrip("。."))
        out.extend(n for n in names if n not in out)
    return out


def _signer(text: str) -> str | None:
    m = _SIGNER.search(text)
    if not m:
        return None
    names = re.split(r"[\s、，]+", m.group(1).strip())
    if len(names) > 1 and all(len(n) == 1 for n in names[:2]):
        return names[0] + names[1]  # 张　伟: a two-character name padded to three
    return names[0] if names and names[0] else None


def _outer_quoted(title: str) -> str | None:
    """The text of the outermost 《…》 after 印发/转发 in a title, with inner 〈〉 written 《》."""
    m = _ENCLOSING.search(title)
    start = title.find("《", m.end() if m else 0)
    if start < 0:
        # 《中国科协2017年学会改革工作要点》印发: a headline that names the document first, then says it is issued
        before = re.match(r"^《([^《》]{4,80})》(?:正式)?(?:印发|转发|颁发|下发)", title)
        return before.group(1) if before else None
    depth = 0
    for i in range(start, len(title)):
        if title[i] == "《":
            depth += 1
        elif title[i] == "》":
            depth -= 1
            if depth == 0:
                return title[start + 1:i].replace("〈", "《").replace("〉", "》")
    return None


_NOTE_LINE = re.compile(r"^[（(][^（）()]{2,30}[）)]$")


def _title_blocks(lines: list[str], start: int) -> list[str]:
    """Title-like runs of short lines after `start`: a plan's own title line(s) in the body."""
    blocks = []
    lines = _dates_apart(lines, start)
    i = start
    while i < len(lines):
        if _NOTE_LINE.match(lines[i]):
            i += 1  # （此件主动公开）: the 附注 under the date, not the start of a title
            continue
        if _is_title_piece(lines[i]) and not P.starts_with_marker(lines[i]) and not _dated(lines[i]):
            j, pieces = i, []
            while j < len(lines) and j < i + 4 and _is_title_piece(lines[j]) and not _dated(lines[j]):
                if _NOTE_LINE.match(lines[j]) and pieces:
                    j += 1  # the 附注 between the signature and the plan's title, where the date line was lost
                    continue
                pieces.append(lines[j])
                if P.TITLE_END.search(lines[j]):
                    blocks.append(_strip_title("".join(pieces)))
                    # a copy without its date line runs the signature (中国科协办公厅) into the plan's title, which
                    # names the same body (中国科协2025年工作要点): the title is what follows the signature
                    blocks.extend(_strip_title("".join(pieces[k:])) for k in range(1, len(pieces))
                                  if _same_body(pieces[k - 1], pieces[k]))
                    break
                j += 1
            i = j + 1 if pieces else i + 1
        else:
            i += 1
    return blocks


# the signature's date that lost its marks (2022211, 202231, 2025年326): digits alone on the line
_UNMARKED_DAY = re.compile(r"(?:19|20)\d{4,6}")


def _dated(line: str) -> bool:
    """The signature's date (2022年2月11日, or 2022211 where a page lost its marks) ends the lines above it: the
    enclosed document's own title stands under it (GB/T 9704: 成文日期, then the 附件's or the plan's head)."""
    return bool(P.DATE_LINE.fullmatch(line) or _UNMARKED_DAY.fullmatch(line) or P.DATE_LOST_MARKS.fullmatch(line))


def _dates_apart(lines: list[str], start: int) -> list[str]:
    """The signature's date a copy ran into the enclosed document's title under it (2022年2月11日泉州市……工作总结):
    the date on a line of its own, the title on the next."""
    out = lines[:start]
    for line in lines[start:]:
        m = P.DATE.match(line) if line[:1].isdigit() or line[:1] in P.CN_DIGITS else None
        rest = line[m.end():].strip() if m else ""
        if rest and _is_title_piece(rest) and P.TITLE_END.search(rest):
            out.extend([line[:m.end()], rest])
        else:
            out.append(line)
    return out


def _same_body(signature: str, title: str) -> bool:
    signature, title = re.sub(r"\s+", "", signature), re.sub(r"\s+", "", title)
    return len(signature) >= 4 and signature[:3] == title[:3] and not P.TITLE_END.search(signature)


_QUOTE_MARKS = re.compile(r"[《》〈〉“”\"'‘’]")


def _similar(a: str, b: str, floor: float | None = None) -> float:
    """How alike two titles are (SequenceMatcher's ratio); with `floor`, 0.0 for a pair whose ratio cannot pass it (its
    quick upper bounds do not), so a search for the best pair skips the full comparison."""
    if abs(len(a) - len(b)) > max(len(a), len(b)) / 2:
        return 0.0
    canon = lambda s: _QUOTE_MARKS.sub("", s).replace("科学技术协会", "科协")
    matcher = SequenceMatcher(None, canon(a), canon(b))
    if floor is not None and (matcher.real_quick_ratio() <= floor or matcher.quick_ratio() <= floor):
        return 0.0
    return matcher.ratio()


# 现将《X》印发给你们, 《X》已经市政府同意，现印发给你们, 现将市科协《X》（…号）转发给你们
_QUOTED = r"《((?:[^《》]|《[^《》]*》)+)》"
# (its 字号 and a note in brackets may stand between: 《…通知》（粤科函智字〔2023〕1045号）（下称《通知》）转发给你们)
# (现 may be lost, as a mirror page's mojibake loses it: 將通知《…》,轉發各單位)
# (several documents issued together, 现将《实施方案》和《管理办法》印发给你们: the first is the one the notice is named for)
_ALSO_QUOTED = r"(?:[和及、与]《[^《》]*》)*"
# (《…》已经……同意，现予印发。 names the document first, then says the notice issues it)
# (…or closes its sentence on the name, the verb opening the next: 我厅编制了《…活动方案》。现印发给你们)
_ISSUED_NOW = rf"{_QUOTED}(?:[^。《]{{0,40}}?|。){_NOW}{_VERB}(?:给|你们|各|[，,。；]|$)"
_BODY_ENCLOSING = re.compile(rf"(?:现将|将(?=[^《。]{{0,30}}《))[^《。]{{0,30}}{_QUOTED}{_ALSO_QUOTED}(?:[^。《（(]|[（(][^（）()。]{{0,40}}[）)]){{0,40}}?{_VERB}"
                             rf"|{_ISSUED_NOW}")
_TITLE_ENCLOSES = re.compile(rf"{_VERB}(.{{4,80}}?)的通知$")


# 现将2018年全民科学素质行动工作要点印发给你们: a copy that lost the 《》 still names the document between 现将 and
# the verb, ending in its kind of document (its 字号 in brackets may follow)
# (joint issuers a space apart: 现将自治区文化和旅游厅 自治区科协关于举办……的通知要求转发给你们)
_UNQUOTED_ENCLOSING = re.compile(rf"现将([^，,。；;：:《》\s](?:[^，,。；;：:《》\n]{{4,78}}?)[^，,。；;：:《》\s])"
                                 rf"(?:[（(][^（）()。]{{0,40}}[）)])*{_PART}{_VERB}给")


def _unquoted_in_body(lines: list[str], after: int) -> str | None:
    for line in lines[after:after + 12]:
        m = _UNQUOTED_ENCLOSING.search(line)
        if m and P.TITLE_END.search(m.group(1)):
            return m.group(1)
    return None


def _quoted_in_body(lines: list[str], after: int) -> str | None:
    """The document a notice 印发/转发, as its first paragraphs name it in 《》 (or, the 《》 lost, as 现将 names it)."""
    for line in lines[after:after + 12]:
        m = _BODY_ENCLOSING.search(line)
        if m:
            return (m.group(1) or m.group(2)).replace("〈", "《").replace("〉", "》")
    return _unquoted_in_body(lines, after)


def _as_quoted_in_body(named: str, lines: list[str], after: int) -> str:
    """转发中国科协办公厅开展……活动的通知 names the document loosely; the body quotes its title in 《》."""
    best, score = named, 0.8
    for line in lines[after:after + 12]:
        # (or in “”, as web copies write it: the likeness to the title's words decides)
        for m in itertools.chain(re.finditer(_QUOTED, line), re.finditer(r"“((?:[^“”]|“[^“”]*”)+)”", line)):
            s = _similar(m.group(1), named, score)
            if s > score:
                best, score = m.group(1), s
    return best


# a portal's label over the enclosed plan (檔案全文 / 貴州省……實施方案): the page's, not the plan's title
_FULL_TEXT_LABEL = re.compile(r"^(?:档案|文件|附件|文章)?全文[:：]?")


# 现将《科技部办公厅关于举办……的通知》转发给你们, 现将《……活动方案》印发给你们 under a title that does not say 转发 or
# 印发 (关于开展……活动的通知): the notice still forwards, or issues, the document its first sentence names
# (its 字号 may stand between, 现将《…》（科协发厅字〔2018〕13号）转发给你们; or the verb first, 现印发《…》，请认真遵照执行)
_FORWARDED_TO_YOU = re.compile(rf"现将{_QUOTED}{_ALSO_QUOTED}(?:[（(][^（）()。]{{0,40}}[）)])?{_PART}{_VERB}给(?:你们|各|您)"
                               rf"|{_NOW}{_VERB}(?:给你们)?{_QUOTED}|{_ISSUED_NOW}")


# GB/T 9704 quotes a document's title in 《》; web copies write “”, <> or 〈〉 for it. Read as 《》: angle brackets
# where a line has no 《》, and a “…” that stands where the title would (印发“…”, 现将“…”, “…”印发给你们).
_ANGLE_QUOTED = re.compile(r"[<〈]((?:[^<>〈〉\n]|[<〈][^<>〈〉\n]{1,40}[>〉]){4,100})[>〉]")
_CURLY_AFTER = re.compile(rf"(?:{_VERB}|现将|将)(?=“)")
_CURLY_BEFORE = re.compile(rf"”(?=(?:[（(][^（）()。]{{0,40}}[）)])?(?:印发|转发|印制下发)(?:给|你们|各|下发|$|的通知)"
                           rf"|[^“”。\n]{{0,40}}?{_NOW}{_VERB})")


def _book_quotes(line: str) -> str:
    if "《" in line or not ("<" in line or "〈" in line or "“" in line):
        return line
    line = _ANGLE_QUOTED.sub(r"《\1》", line)
    spans = []
    for m in _CURLY_AFTER.finditer(line):
        end = _closing_curly(line, m.end())
        if end is not None:
            spans.append((m.end(), end))
    for m in _CURLY_BEFORE.finditer(line):
        start = _opening_curly(line, m.start())
        if start is not None and not any(a == start for a, _ in spans):
            spans.append((start, m.start()))
    if not spans:
        return line
    chars = list(line)
    for a, b in spans[:1]:
        chars[a], chars[b] = "《", "》"
    return "".join(chars)


def _closing_curly(line: str, start: int) -> int | None:
    depth = 0
    for i in range(start, len(line)):
        depth += {"“": 1, "”": -1}.get(line[i], 0)
        if depth == 0:
            return i
    return None


def _opening_curly(line: str, end: int) -> int | None:
    depth = 0
    for i in range(end, -1, -1):
        depth += {"”": 1, "“": -1}.get(line[i], 0)
        if depth == 0:
            return i
    return None


def _forwarded_name(m: re.Match) -> str:
    """关于转发A关于B的通知: a 转发 title names a forwarded notice without its 的通知, which the two titles share (关于转发
    《A关于B的通知》的通知, shortened); the forwarded notice's title has it. A document that names its own kind
    (……规划（2013—2020年）) and whatever a 印发 notice issues are named in full already."""
    named = m.group(1)
    if m.group(0).startswith("转发") and not P.TITLE_END.search(P.without_qualifier(named)):
        return named + "的通知"
    return named


def _enclosed_title(title: str | None, lines: list[str], after: int) -> str | None:
    title = _book_quotes(title) if title else title
    lines = lines[:after] + [_book_quotes(line) for line in lines[after:after + 12]] + lines[after + 12:]
    if title and not _ENCLOSING.search(title):
        # a title that does not say 印发/转发 (关于开展……的通知, or a copy that lost the notice's title and took the
        # plan's): the first sentence still says what the notice issues or forwards
        # (every form says 现: no other line is searched)
        m = next((m for line in lines[after:after + 12] if "现" in line for m in [_FORWARDED_TO_YOU.search(line)] if m),
                 None)
        return next(g for g in m.groups() if g) if m else _unquoted_in_body(lines, after)
    quoted = (_outer_quoted(title) if title else None) or _quoted_in_body(lines, after)
    if not quoted and title:
        m = _TITLE_ENCLOSES.search(title)  # 关于印发广州市……实施方案[2016—2020年]的通知: no 《》 in the title
        quoted = _as_quoted_in_body(_forwarded_name(m), lines, after) if m else None
    if not quoted:
        return None
    best, score = None, 0.0
    # the enclosed plan's own title follows the notice, near the top: a few dozen lines at most
    for block in _title_blocks(lines[:after + 60], after + 1):
        if block == title:
            continue  # the notice's own title printed again (a web page's headline, then the document's)
        # (each different reading once: the same one again cannot score higher)
        for candidate in dict.fromkeys((block, block.lstrip("附件0123456789：: "), _FULL_TEXT_LABEL.sub("", block))):
            s = _similar(candidate, quoted, score)
            if s > score:
                best, score = candidate, s
    # the plan's own title line says it in full (科学技术协会 where the notice wrote 科协)
    return best if best and score >= 0.75 else quoted


# the kinds a 印发 notice encloses: a plan, rules, a report or summary of work
ENCLOSED_KINDS = ("plan", "regulation", "summary")


# a copy run into one paragraph (……其他中国科协关于印发《……工作要点》的通知科协改革进行时 2022-01-30……): the notice's
# title stands in its head, not inside a citation's 《》 nor after 根据/按照; what it 印发/转发 is what the notice encloses
_NOTICE_TITLE_IN_RUN = re.compile(rf"关于{_VERB}(?:{_QUOTED}|([^，,。；;：:《》\s]{{4,80}}?))的通知")
_CITED_BEFORE = re.compile(r"(?:根据|按照|依据|遵照|贯彻|落实)[^。；]{0,40}$")
_RUN_ON_HEAD = 400
RUN_ON_HEAD_MIN = 100  # a head paragraph this long holds title and 字号 (the 主送 perhaps apart)


def _run_on_notice_title(lines: list[str]) -> str | None:
    if not lines or len(lines) > RUN_ON_LINES or len(lines[0]) < RUN_ON_HEAD_MIN:
        return None
    head = lines[0][:_RUN_ON_HEAD]
    m = _NOTICE_TITLE_IN_RUN.search(head)
    if not m or head.count("《", 0, m.start()) > head.count("》", 0, m.start()) or _CITED_BEFORE.search(head[:m.start()]):
        return None
    named = m.group(1) or m.group(2)
    return named.replace("〈", "《").replace("〉", "》") if P.TITLE_END.search(P.without_qualifier(named)) or m.group(1) \
        else None


_FORWARDING_LETTER = re.compile(rf"^(?:[{CJK}]{{2,30}}?)?关于(?:转发|印发)[^。]{{4,120}}?通知[》”]?的函$")


def doc_type_of(title: str | None) -> str:
    if not title:
        return "other"
    title = P.without_qualifier(P.essay_core(title))
    if _FORWARDING_LETTER.search(title):
        return "notice"  # 关于转发《…的通知》的函: a letter that passes a notice on is a 转发 notice (spec), as 转发…的通知 is
    for kind, words in P.DOC_KINDS:
        if title.endswith(words) or title.rstrip("》”").endswith(words):
            return kind
    return "other"


# a body named by its level alone (县科协, 市科技局): the short form of a name the page may give in full
_LEVEL_ONLY_NAME = re.compile(rf"[省市县区][{CJK}]{{1,6}}")


def read_header(text: str) -> Header:
    after_blank: set[int] = set()
    lines = _lines(text, after_blank)
    h = Header()
    h.doc_number, number_index = _own_doc_number(lines)
    if h.doc_number is None:
        h.doc_number, number_index = _damaged_own_number(lines, text)
    if h.doc_number is None:
        h.doc_number, number_index = page.own_order_number(lines)
    if h.doc_number is None:
        h.doc_number, number_index = _run_together_number(lines)
    h.title, h.title_line = _title(lines, after_blank)
    if h.title is None:
        h.title, h.title_line = _headline_without_kind(lines)
    if h.title is not None and page.never_a_headline(h.title):
        h.title, h.title_line = None, None  # the page's chrome (基层动态, 发布人：…): its headline is looked for below
    # the page model, where the document's own head gave nothing: the headline by its place on the page, a
    # repost's 原标题, the page's index block of labelled fields
    if h.title is None:
        h.title, h.title_line = page.headline_over_meta(lines)
    if h.title is None:
        h.title, h.title_line = _headline_under_chrome(lines)
    if h.title is None:
        h.title, h.title_line = page.reposted_headline(text)
    if h.title is None:
        h.title, h.title_line = page.headline_in_path(lines)
    # read only when a field is still missing (most documents have their own head)
    fields = page.index_fields(lines) if h.doc_number is None or h.title is None else {}
    if h.doc_number is None:
        h.doc_number = page.index_number(fields)
    if h.title is None and fields.get("title"):
        h.title = _strip_title(fields["title"])
    if h.title is None:
        h.title, h.title_line = _title_run_into_text(lines)
    if h.title is None and h.doc_number is None:
        h.title, h.title_line = _document_under_its_report(lines)
    candidates, above = _issuer_candidates(lines, h.title_line)
    h.issuer = _fullest(candidates)
    h.issuer_from = None if h.issuer is None else "head" if above else "signature"
    if h.issuer is None and h.title_line:
        joint = _joint_issuers(lines[h.title_line - 1])
        h.issuer = joint[0] if joint else None  # 教育局　科协 / 关于…: the first of the joint issuers (GB/T 9704)
        h.issuer_from = "head" if joint else None
    if h.issuer is None and h.title:
        m = _TITLE_LEAD.match(h.title)
        h.issuer = m.group(1) if m else None
        h.issuer_from = "title" if m else None
    if h.issuer and _LEVEL_ONLY_NAME.fullmatch(h.issuer):
        # 县科协2022年重点工作谋划 under a 发布机构：临西县科学技术协会 label: the full name the page gives
        labelled = page.index_issuer(fields or page.index_fields(lines))
        if labelled and labelled.endswith(h.issuer.replace("科协", "科学技术协会")) and len(labelled) > len(h.issuer) + 2:
            h.issuer = labelled
    if h.issuer is None and h.title and h.title_line is not None:
        h.issuer = page.issuer_under_title(lines, h.title, h.title_line)
        h.issuer_from = "head" if h.issuer else None
    if h.issuer is None:
        fields = fields or page.index_fields(lines)
        h.issuer = page.index_issuer(fields)
        h.issuer_from = "labelled" if h.issuer else None
    after = max(h.title_line if h.title_line is not None else -1, number_index if number_index is not None else -1)
    h.recipients = _recipients(lines, after + 1)
    if not h.recipients and h.title:
        again = _title_again(lines, h.title, after + 1)
        if again is not None:
            h.recipients = _recipients(lines, again + 1)
    if h.recipients and _speech_salutation(h.recipients, text):
        h.recipients = []
    after = max(after, 0)
    h.signer = _signer(text)
    # GB/T 9704 7.3.5: the 成文日期 stands under the signature; a date line elsewhere (a page's day above the title, a
    # meeting's day) is read only where no signature is dated
    h.date = _signed_date(lines, h.title_line)
    signed = h.date is not None
    if h.date is None:
        h.date, h.date_unmarked = _unmarked_signature_date(lines)
    if h.date is None:
        h.date = _date(lines)
        h.date_unmarked = None if h.date else h.date_unmarked
    h.date = h.date or page.index_date(fields or page.index_fields(lines))
    h.dateline = _dateline(text)
    if h.date_unmarked == "ambiguous":
        # two readings: the page's own date may rule one out; else no date (the page's is no 成文日期)
        h.date = _reading_before(_unmarked_readings(lines), h.dateline)
        h.date_unmarked = "read" if h.date else "ambiguous"
    h.contact = _contact(lines)
    h.cc = _cc(lines)
    h.references = _references(text, h.doc_number)
    h.enclosed_title = _enclosed_title(h.title, lines, after)
    run_on = _run_on_notice_title(lines) if h.title is None else None
    h.enclosed_title = h.enclosed_title or run_on
    # a title without its kind-of-document word says no kind: the text does (现将有关事项通知如下)
    h.doc_type = doc_type_of(h.title) if h.title and P.TITLE_END.search(P.essay_core(h.title)) else _kind_without_title(
        text, bool(h.doc_number and h.recipients), bool(h.recipients))
    if h.doc_type in ENCLOSED_KINDS and h.recipients and h.enclosed_title and _similar(h.title, h.enclosed_title) >= 0.75:
        # the headline names the plan (a page's or a file's name) whose 印发 notice follows, addressed to its 主送: the
        # document is the notice (spec: 印发通知 wrapping a plan is a notice, whatever it encloses)
        h.doc_type = "notice"
    if run_on and h.doc_type == "other":
        h.doc_type = "notice"
    if h.doc_type == "other" and h.title is None and signed and h.contact and _ASKS_BY_A_DATE.search(text[:4000]):
        # a notice's later page (its title and 主送 on the page before) still says what it is: it asks its readers to
        # send something by a date, names whom to ask, and closes with the signature and its date (GB/T 9704)
        h.doc_type = "notice"
    if h.issuer is None:
        h.issuer = _source_body(text)
        h.issuer_from_source = h.issuer is not None
        h.issuer_from = "source" if h.issuer else None
    h.contact_names = _contact_names(lines)
    return h


# a number the text does not cite: a licence's or a certificate's (出版物经营许可证：新出发〔2019〕第12号), a site's
# registration, and the page's links to its neighbours (上一篇：关于……的通知（…〔2022〕5号）)
NOT_CITED = ("许可证", "证书", "证号", "ICP", "公网安备", "备案")
NEIGHBOUR_LINKS = ("上一篇", "下一篇", "上一条", "下一条", "相关链接", "相关文章", "相关阅读", "相关新闻", "推荐阅读")
_NOT_CITED_LINE = re.compile("|".join(NOT_CITED) + r"|(?:" + "|".join(NEIGHBOUR_LINKS) + ")")


# 桂林市科学技术局关于印发《…》的通知（市科〔2023〕13号）: a 字号 in the bracket that closes a title line is the number of
# the document so titled (a site prints it after the headline), never one the text cites
_TITLE_BRACKET_OPEN = re.compile(r"[（(]\s*$")
_BRACKET_CLOSES_LINE = re.compile(r"\s*[）)]\s*(?:\n|$)")


# (a title the text names in 《》 or under 附件： is a document it cites: 附件：《…的通知》（科协普函基字〔2021〕1号）)
def _own_number_after_title(text: str, line: str, end: int) -> bool:
    opening = _TITLE_BRACKET_OPEN.search(line)
    if not opening or not _BRACKET_CLOSES_LINE.match(text, end) or len(line) > 160:
        return False
    title = line[:opening.start()].rstrip()
    return bool(P.TITLE_END.search(title)) and not title.endswith(("》", "”")) and not P.starts_with_marker(line) \
        and not line.lstrip().startswith(("附件", "附表", "附：", "附:"))


def _references(text: str, own: str | None) -> list[str]:
    refs: list[str] = []
    for number, start, end in P.find_doc_numbers(text):
        if number == own or number in refs:
            continue
        line = text[text.rfind("\n", 0, start) + 1:start]
        if _NOT_CITED_LINE.search(line) or _own_number_after_title(text, line, end):
            continue
        refs.append(number)
    return refs


_CONTACT_PEOPLE = re.compile(rf"联系人\s*[:：]\s*([{CJK}、，,和及\s\u3000]+?)(?=联系|电话|手机|邮箱|\d|$)")


_DEPARTMENT_WORD = re.compile(r"(部|处|室|科|中心|办|组)$")


def _contact_names(lines: list[str]) -> int:
    """How many people the first 联系人 line names (邓洪军、袁宾; 王海东 苏　婕 — a name padded apart is one)."""
    for line in lines:
        m = _CONTACT_PEOPLE.search(line) if "联系人" in line else None
        if m:
            names = P.join_padded([t for t in re.split(r"[、，,和及\s\u3000]+", m.group(1)) if t])
            return sum(1 for n in names if len(n) >= 2 and not _DEPARTMENT_WORD.search(n))
    return 0


# A notice that lost its title line still says what it is: 现将有关事项通知如下, 特此通知, 现将《…》印发给你们,
# 《…》已经…审议通过，现予印发.
# A meeting notice (会议通知) may say no more than who is called, and when: 请……准时出席, 敬请……届时拨冗出席 (拨冗, "spare
# the time", is the courtesy of an invitation to a meeting; 拔冗 its frequent misprint).
_NOTICE_WORDING = re.compile(rf"通知如下|特此通知|现将[^。]{{0,80}}?(?:印发|转发)(?:给|你们|各)|{_NOW}{_VERB}(?:给|[，,。]\s*请)"
                             r"|》[^。]{0,40}?现予(?:以)?(?:印发|转发|下发)[，,。]"
                             r"|现将《[^》\n]{2,80}》(?:印制下发|印发|下发|转发)[，,]请"
                             r"|将[^。《]{0,20}《[^。]{0,80}?》[,，]?(?:印发|转发)(?:给|你们|各)"
                             r"|请[^。；]{0,150}?(?:准时|按时|届时)(?:拨冗|拔冗)?(?:出席|参加|参会|到会)"
                             r"|(?:敬|诚)?请[^。；]{0,60}?(?:拨冗|拔冗)(?:出席|参加|莅临)")


# 经研究，决定聘任……为……: a numbered document addressed to its recipients that announces an appointment; one that tells
# them a body is set up or its members changed (市政府决定成立……领导小组, 决定调整……成员) is the 通知 GB/T 9704 names for
# 有关单位周知的事项, numbered or not
_APPOINTS = re.compile(r"决定[^。；]{0,20}?(?:聘任|聘请|任命)")
_SETS_UP = re.compile(r"决定[^。；]{0,20}?(?:成立|调整)[^。；]{0,40}?(?:领导小组|委员会|工作组|小组|成员)")


# 请各…于2022年12月19日（周一）前将上述材料…反馈至省科协办公室: a text addressed to its recipients that asks them to
# send something by a date (or asks them, 请各…, to act on a day: ……以书面形式于11月10日报市科协) gives them work to
# do — a 通知 (GB/T 9704's kinds: 通知 适用于…布置工作); 各系、各部门须于每周一9:30前向办公室报送…, an order, likewise
_ASKS_BY_A_DATE = re.compile(r"(?:请|须|务必|必须)[^。；]{0,60}?于[^。；]{2,30}?(?:前|之前|以前)[^。；]{0,80}?"
                             r"(?:报送|反馈|提交|上报|报至|发送|寄送|交至|送至)"
                             r"|请各[^。；]{0,80}?于(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日")


# …现将通过名单予以公布（见附件）; 现特向各分院、部门征集……。具体要求如下: a text addressed to its recipients that makes
# something known to them or asks them for something (具体事项如下: the 通知如下 of a notice that lost its title; GB/T
# 9704: 通知 适用于……有关单位周知或者执行的事项); 现将我校……工作安排如下 to 校内各单位 likewise
# (经……研究，……等10家单位为首批……站点: a decision that names bodies to a batch, the 认定/公布 notice's sentence)
_MADE_KNOWN_OR_ASKED = re.compile(r"现将[^。；]{0,60}?予以公布|公布如下|现(?:特)?向[^。；]{0,30}?征集|(?:具体|有关)(?:要求|事项)如下"
                                  r"|现将[^。；]{0,60}?(?:安排|事项|要求)如下"
                                  r"|经[^。；]{0,30}?研究(?:决定)?[，,][^。；]{0,400}?为[^。；]{0,30}?(?:首批|第[一二三四五六七八九十\d]{1,3}批)")


# ……作出明确（详见附件）。/ 附件：2014年青少年科技俱乐部活动安排: a text addressed to its recipients that sends them an
# attachment to act on is a 通知 too
_SENDS_ATTACHMENT = re.compile(r"(?m)^附件\s*[:：]\s*\S")


def _kind_without_title(text: str, numbered_and_addressed: bool = False, addressed: bool = False) -> str:
    if _NOTICE_WORDING.search(text[:4000]):
        return "notice"
    if addressed and (_ASKS_BY_A_DATE.search(text[:4000]) or _MADE_KNOWN_OR_ASKED.search(text[:1500])
                      or _SENDS_ATTACHMENT.search(text[:4000])):
        return "notice"
    if addressed and _SETS_UP.search(text[:4000]):
        return "notice"
    return "notice" if numbered_and_addressed and _APPOINTS.search(text[:4000]) else "other"
