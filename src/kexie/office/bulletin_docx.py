"""The 通报 as a Word document in the official layout, from oversight.bulletin's data (the page says the same).

The document's own words are Chinese whatever the interface language: it is an official paper of a Chinese office.
"""

from __future__ import annotations

from kexie.oversight.bulletin import Bulletin

from .docx_writer import OfficialDocument, cn_date, cn_number

CASE_CHARS = 600  # a typical case's text in the 通报; the report itself keeps the whole


def _pct(value) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def _units(lines) -> str:
    return "、".join(f"{line.unit.display_name}{line.n}项" for line in lines)


def title(b: Bulletin) -> str:
    return f"关于{b.scope.display_name}重点工作督办情况的通报"


def bulletin_docx(b: Bulletin) -> bytes:
    """The 通报 of b: figures, 本期办结, 逾期 by unit and item, 催办, 典型案例, next steps; signed and dated today."""
    org, f = b.scope, b.figures
    d = OfficialDocument(title(b))
    d.masthead(org.name, f"　　〔{b.today.year}〕　　号")  # the 发文字号 is given by the office when it files
    d.title(title(b))
    d.addressee("各有关单位")
    d.paragraph(f"现将{cn_date(b.period.start)}至{cn_date(b.period.end)}{org.display_name}重点工作督办情况通报如下"
                f"（灯色截至{cn_date(b.today)}）。")
    d.heading(1, "一、总体情况")
    d.paragraph(f"共交办{f.total}项，已办结{f.closed}项，完成率{_pct(f.completion_rate)}；逾期未办结{f.red}项，"
                f"临期{f.yellow}项。本期办结{b.completed}项，其中按期办结{b.completed_on_time}项。")
    d.heading(1, "二、本期办结情况")
    d.paragraph(f"本期办结的单位：{_units(b.completed_by_unit)}。" if b.completed_by_unit else "本期没有办结事项。")
    d.heading(1, "三、逾期未办结情况")
    if b.overdue_by_unit:
        d.paragraph(f"逾期未办结事项分布：{_units(b.overdue_by_unit)}。")
    if b.overdue:
        for i, a in enumerate(b.overdue, 1):
            due = f"，完成时限{cn_date(a.due_date)}" if a.due_date else ""
            d.paragraph(f"{i}. {a.assignee_label}：{a.task.heading}（{a.plan.title}{due}）。")
        if f.red > len(b.overdue):
            d.paragraph(f"以上列出前{len(b.overdue)}项，共{f.red}项。")
    else:
        d.paragraph("没有逾期事项。")
    d.heading(1, "四、催办情况")
    if b.urged:
        d.paragraph("本期催办：" + "、".join(f"{u.unit.display_name}{u.n}次（涉及{u.extra}项）" for u in b.urged) + "。")
    else:
        d.paragraph("本期没有催办。")
    d.heading(1, "五、典型案例")
    if b.typical_cases:
        for i, r in enumerate(b.typical_cases, 1):
            d.heading(2, f"（{cn_number(i)}）{r.assignment.assignee_label}：{r.assignment.task.heading}")
            text = r.text if len(r.text) <= CASE_CHARS else r.text[:CASE_CHARS] + "……"
            for part in [p.strip() for p in text.splitlines() if p.strip()]:
                d.paragraph(part)
    else:
        d.paragraph("本期没有报送典型案例。")
    d.heading(1, "六、下一步工作")
    d.paragraph("请逾期未办结的单位认真分析原因，明确整改措施和完成时限，尽快办结并及时报送进展情况；"
                "临期事项的承办单位要抓紧推进，确保按期完成。各单位要及时总结推广典型经验做法。")
    d.signature(org.name, b.today)
    parent = org.parent.name if org.parent_id else ""
    d.record([parent] if parent else [], f"{org.display_name}办公室", b.today)
    return d.save()
