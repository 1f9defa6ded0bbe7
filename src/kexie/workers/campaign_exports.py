"""The xlsx of a campaign's nominations and of the 典型库, through kexie.office.xlsx (rows streamed in batches)."""

from __future__ import annotations

from django.utils import timezone
from django.utils.translation import gettext as _

from kexie.ledger.rhythms import chinese_date
from kexie.office import xlsx

BATCH = 2000


def _stamp(scope: str = "") -> str:
    parts = [_("导出日期：%(date)s") % {"date": chinese_date(timezone.localdate())}]
    if scope:
        parts.append(_("范围：%(scope)s") % {"scope": scope})
    return "　".join(parts)


def nominations(campaign, qs) -> xlsx.Sheet:
    """推荐人选: name, work unit, title, nominating unit, stage and result (no phones: the list travels)."""
    def rows():
        for i, n in enumerate(qs.iterator(chunk_size=BATCH), start=1):
            s = n.scientist
            yield [i, s.name, s.work_unit, s.title, n.organisation.display_name, n.get_stage_display(),
                   n.get_outcome_display() if n.outcome else "", chinese_date(timezone.localdate(n.created_at)),
                   n.stage_reason, n.reason]
    columns = [xlsx.Column(_("序号"), width=6), xlsx.Column(_("姓名")), xlsx.Column(_("工作单位"), max_width=30),
               xlsx.Column(_("职称")), xlsx.Column(_("推荐单位"), max_width=24), xlsx.Column(_("阶段")),
               xlsx.Column(_("结果")), xlsx.Column(_("推荐日期")), xlsx.Column(_("理由"), max_width=30, wrap=True),
               xlsx.Column(_("推荐理由"), max_width=60, wrap=True)]
    return xlsx.Sheet(_("推荐人选"), _("%(title)s 推荐人选") % {"title": campaign.title}, columns, rows(),
                      subtitle=_stamp(campaign.organisation.display_name), freeze_columns=2)


def cases(qs, filters: dict) -> xlsx.Sheet:
    def rows():
        for i, c in enumerate(qs.iterator(chunk_size=BATCH), start=1):
            yield [i, c.get_kind_display(), c.title, c.organisation.display_name, chinese_date(c.day), c.text]
    columns = [xlsx.Column(_("序号"), width=6), xlsx.Column(_("类别")), xlsx.Column(_("标题"), max_width=40, wrap=True),
               xlsx.Column(_("所属单位"), max_width=24), xlsx.Column(_("日期")),
               xlsx.Column(_("内容"), max_width=80, wrap=True)]
    scope = filters["org"].display_name if filters.get("org") else ""
    return xlsx.Sheet(_("典型库"), _("典型库"), columns, rows(), subtitle=_stamp(scope), freeze_columns=1)
