"""Which parts of a plan are not tasks (指导思想, 工作目标, 工作要求 …), and the measure text without its labels.

A plan's outline mixes the work with what frames it: the significance, the guiding thought, the targets,
the theme and time of an activity, the requirements and safeguards. Those become information rows of the
ledger (no assignments) unless they name a responsibility; a person can still make one a task. The
headings are data (INFO_SECTIONS), matched after the item's marker with tolerant patterns.

The 具体措施 column shows the measure only: the responsibility and deadline the reader already put in
columns of their own (（牵头领导：雷洪；责任科室：办公室）, 完成时限：2022年6月底前) are cut from the text.
The parse keeps the original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.utils.translation import gettext_noop


@dataclass(frozen=True)
class InfoSection:
    name: str
    pattern: str  # matched against the whole heading, marker and trailing punctuation removed
    covers_children: bool = True  # its sub-items are information too (unless they name a responsibility)

    def matches(self, heading: str) -> bool:
        return re.fullmatch(self.pattern, heading) is not None


INFO_SECTIONS: tuple[InfoSection, ...] = (
    # 深刻认识新国发2号文件的重大意义: a heading that ends in the significance is about it.
    InfoSection(gettext_noop("重大意义"), r".*(重大|重要|深远)意义", covers_children=False),
    InfoSection(gettext_noop("指导思想"), r"(总体思路|指导思想)(和|与|及)?(基本原则|工作原则)?"),
    InfoSection(gettext_noop("基本原则"), r"(基本|工作|主要)原则"),
    InfoSection(gettext_noop("总体要求"), r"总体要求"),
    InfoSection(gettext_noop("工作目标"), r"(工作|主要|总体|发展|预期|行动)目标"),
    InfoSection(gettext_noop("活动主题"), r"活动(主题|口号|名称)"),
    InfoSection(gettext_noop("活动时间"), r"活动(时间|地点|对象|范围)"),
    # The arrangement of an activity lists its parts: those under it stay tasks.
    InfoSection(gettext_noop("活动安排"), r"活动安排", covers_children=False),
    InfoSection(gettext_noop("工作要求"), r"(工作|有关|相关|其他|具体|活动)要求"),
    InfoSection(gettext_noop("保障措施"), r"保障措施|(组织|工作)保障"),
    InfoSection(gettext_noop("组织领导"), r"(加强)?组织领导"),
)

MARKER = re.compile(r"^\s*(第[一二三四五六七八九十百]+[章节条部分]|[一二三四五六七八九十百]+[、．.]|[（(][一二三四五六七八九十\d]+[)）]"
                    r"|\d+[、．.)]|[一二三四五六七八九十]+是)\s*")
TRAILING = re.compile(r"[\s：:。；;，,]+$")


def clean_heading(heading: str) -> str:
    return TRAILING.sub("", MARKER.sub("", (heading or "").replace("\u3000", " ")).strip())


def info_section(heading: str) -> InfoSection | None:
    h = clean_heading(heading)
    return next((s for s in INFO_SECTIONS if s.matches(h)), None)


def info_sections(outline: list[dict]) -> dict[str, str]:
    """{outline id: section name} of the items that are information, not tasks.

    An item that names a responsibility is always a task. Parents come before their children in an
    outline, so one pass carries a section down to the sub-items it covers.
    """
    found: dict[str, str] = {}
    covering: dict[str, str] = {}
    for item in outline:
        item_id = item["id"]
        resp = item.get("responsibility") or {}
        parent = item_id.rsplit(".", 1)[0] if "." in item_id else None
        section = info_section(item.get("heading") or "")
        name = section.name if section else covering.get(parent or "")
        if name and not any(resp.values()):
            found[item_id] = name
            if section is None or section.covers_children:
                covering[item_id] = name
    return found


LABELS = r"(牵头领导|责任领导|分管领导|责任科室|责任部门|责任处室|牵头部门|牵头单位|责任单位|配合单位|协办单位|参与单位|完成时限|完成时间|时间节点|时限要求)"
# （牵头领导：雷洪；责任领导：杨新露；责任科室：办公室、党支部） anywhere, with the 。 that may follow it.
BRACKETED = re.compile(rf"[（(]\s*{LABELS}\s*[：:][^（）()]*[)）][。；;]?")
# 牵头单位：各县（市、区）科协；配合单位：…。 as a clause or line of its own, to the end of its sentence.
CLAUSE = re.compile(rf"(^|(?<=[。；;\n]))[ \t　]*{LABELS}\s*[：:][^。\n]*[。]?", re.M)


def measure_text(text: str) -> str:
    """The measure without the responsibility and deadline the item gives in columns of their own."""
    text = BRACKETED.sub("", text or "")
    text = CLAUSE.sub("", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()
