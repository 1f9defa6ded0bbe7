"""志愿服务时长证明: a volunteer's confirmed service hours as a Word file in the official layout (office.docx_writer).

The certifying organisation is the viewer's (who may see the volunteer: its subtree); the figures are the
confirmed records, the same that add up to Volunteer.total_hours.
"""

from __future__ import annotations

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _

from kexie.office.docx_writer import OfficialDocument, cn_date

from .models import RecordState, ServiceRecord, Volunteer

LISTED_MAX = 200  # records listed one by one; the total counts them all


def confirmed_records(volunteer: Volunteer):
    return (ServiceRecord.objects.filter(volunteer=volunteer, state=RecordState.CONFIRMED)
            .select_related("activity", "activity__organisation").order_by("activity__start_date", "id"))


def _hours(value) -> str:
    """4.0 → "4", 3.5 → "3.5", 10.0 → "10" (a Decimal's :g keeps its stored places: "4.0")."""
    return f"{value.normalize():f}" if value else "0"


def certificate_docx(volunteer: Volunteer, issuer, day: datetime.date | None = None) -> bytes:
    day = day or timezone.localdate()
    records = list(confirmed_records(volunteer)[:LISTED_MAX])
    doc = OfficialDocument(_("志愿服务时长证明"))
    doc.title(_("志愿服务时长证明"))
    hours = _hours(volunteer.total_hours)
    if records:
        span = _("自%(start)s至%(end)s") % {"start": cn_date(records[0].activity.start_date),
                                           "end": cn_date(records[-1].activity.end_date)}
    else:
        span = ""
    doc.paragraph(_("兹证明%(name)s同志（注册组织：%(org)s）%(span)s参加科技志愿服务活动%(n)d次，经活动组织单位确认，"
                    "累计志愿服务时长%(hours)s小时。") % {
        "name": volunteer.name, "org": volunteer.organisation.name, "span": span,
        "n": confirmed_records(volunteer).count() if len(records) >= LISTED_MAX else len(records), "hours": hours})
    if records:
        doc.heading(1, _("一、服务记录"))
        for i, rec in enumerate(records, 1):
            a = rec.activity
            dates = cn_date(a.start_date) + ("" if a.end_date == a.start_date else "—" + cn_date(a.end_date))
            doc.paragraph(_("%(i)d. %(dates)s，%(org)s“%(title)s”（%(kind)s），服务%(hours)s小时。") % {
                "i": i, "dates": dates, "org": a.organisation.display_name, "title": a.title,
                "kind": _(a.get_kind_display()), "hours": _hours(rec.hours)})
    doc.paragraph(_("特此证明。"))
    doc.signature(issuer.name, day)
    return doc.save()
