"""A ParsedDocument → a short summary for a terminal: header fields, the outline as an indented tree, the group."""

from __future__ import annotations

from .model import LeadingGroup, Member, OutlineItem, ParsedDocument, Segment

DOC_TYPE_LABELS = {
    "notice": "通知", "plan": "方案/计划", "regulation": "制度/办法", "news": "新闻/简报",
    "summary": "总结/报告", "other": "其他",
}
ROLE_LABELS = (
    ("lead_leaders", "牵头领导"), ("responsible_leaders", "责任领导"), ("departments", "责任科室"),
    ("lead_units", "牵头单位"), ("partner_units", "配合单位"),
)
INDENT = "  "
MAX_HEADING = 80
MAX_SEGMENT_TEXT = 60
LIST_SEPARATOR = "、"


def _clip(text: str | None, limit: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def header_lines(doc: ParsedDocument) -> list[str]:
    contact = None
    if doc.contact:
        contact = " ".join(part for part in (doc.contact.name, doc.contact.phone, doc.contact.email) if part)
    fields = (
        ("文种", DOC_TYPE_LABELS.get(doc.doc_type, doc.doc_type)),
        ("发文机关", doc.issuer),
        ("发文字号", doc.doc_number),
        ("标题", doc.title),
        ("主送", LIST_SEPARATOR.join(doc.recipients)),
        ("签发人", doc.signer),
        ("日期", doc.date),
        ("联系人", contact),
        ("抄送", LIST_SEPARATOR.join(doc.cc)),
        ("引用文件", LIST_SEPARATOR.join(doc.references)),
        ("所附方案", doc.enclosed_title),
    )
    return [f"{INDENT}{label}：{value}" for label, value in fields if value]


def outline_lines(outline: list[OutlineItem]) -> list[str]:
    lines = []
    for item in outline:
        indent = INDENT * max(item.level, 1)
        lines.append(f"{indent}{item.marker}{_clip(item.heading, MAX_HEADING)}")
        detail = indent + INDENT * 2
        if item.responsibility:
            owners = [f"{label}：{LIST_SEPARATOR.join(getattr(item.responsibility, role))}"
                      for role, label in ROLE_LABELS if getattr(item.responsibility, role)]
            lines.append(f"{detail}责任：{'；'.join(owners)}")
        if item.deadline:
            lines.append(f"{detail}完成时限：{item.deadline}")
        if item.time_hint:
            lines.append(f"{detail}时间：{_clip(item.time_hint, MAX_HEADING)}")
    return lines


def _members(members: list[Member]) -> str:
    return LIST_SEPARATOR.join(f"{m.name or '?'}（{m.title}）" if m.title else (m.name or "?") for m in members)


def group_lines(group: LeadingGroup) -> list[str]:
    lines = [f"{INDENT}{group.name or '领导小组'}"]
    for label, members in (("组长", group.heads), ("副组长", group.deputies), ("成员", group.members)):
        if members:
            lines.append(f"{INDENT * 2}{label}：{_members(members)}")
    if group.office:
        lines.append(f"{INDENT * 2}办公室：{group.office}")
    return lines


def segment_lines(segments: list[Segment]) -> list[str]:
    lines = []
    for segment in segments:
        unit = f"【{segment.unit}】" if segment.unit else ""
        lines.append(f"{INDENT}{unit}{_clip(segment.heading or segment.text, MAX_HEADING)}")
        if segment.heading and segment.text:
            lines.append(f"{INDENT * 2}{_clip(segment.text, MAX_SEGMENT_TEXT)}")
    return lines


def render_summary(doc: ParsedDocument) -> str:
    """The summary `kexie parse` prints without --json; ends without a newline."""
    lines = [f"== {doc.source or '(document)'}"]
    lines += header_lines(doc)
    if doc.outline:
        lines.append(f"{INDENT}提纲（{len(doc.outline)} 项）：")
        lines += [INDENT + line for line in outline_lines(doc.outline)]
    if doc.leading_group:
        lines.append(f"{INDENT}领导小组：")
        lines += [INDENT + line for line in group_lines(doc.leading_group)]
    if doc.segments:
        lines.append(f"{INDENT}分条（{len(doc.segments)} 条）：")
        lines += [INDENT + line for line in segment_lines(doc.segments)]
    for warning in doc.warnings:
        lines.append(f"{INDENT}注意：{warning}")
    if not doc.outline and not doc.segments:
        lines.append(f"{INDENT}（未找到编号提纲）")
    return "\n".join(lines)
