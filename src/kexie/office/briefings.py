"""工作简报: what kexie proposes for a period (the subtree's typical cases, then its other reports), the one action that
numbers and writes a briefing (第N期 per organisation and year), the scoped reads, and the Word file.

Editors (管理员/经办) compile briefings of their own organisation; everyone reads those of their subtree.
"""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.db.models import Max
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _

from kexie.audit import log as audit
from kexie.ledger.errors import LedgerError
from kexie.ledger.inputs import clean_text, parse_ids
from kexie.ledger.models import Report
from kexie.orgs.access import org_path_prefix, parse_pk, require_editor
from kexie.orgs.models import Organisation
from kexie.oversight.bulletin import _bounds  # the 通报's rule for a period's moments
from kexie.oversight.period import Period

from . import briefing_sources
from .docx_writer import OfficialDocument, cn_number
from .models import Briefing

PROPOSED = 100  # reports offered for one briefing: typical cases first, then the newest
MAX_ITEMS = 30
TITLE_CHARS, TEXT_CHARS = 100, 5000
NAME = "工作简报"


def proposals(org: Organisation, period: Period, limit: int = PROPOSED) -> list[Report]:
    """The subtree's reports made in the period, typical cases first, newest first: one query."""
    start, end = _bounds(period)
    return list(Report.objects.filter(assignment__organisation__path__startswith=org.path,
                                      created_at__gte=start, created_at__lt=end)
                .select_related("assignment__task", "assignment__organisation", "assignment__department")
                .order_by("-is_typical_case", "-created_at", "-id")[:limit])


def item_of(report: Report, text: str | None = None) -> dict:
    a = report.assignment
    return {"report": report.pk, "unit": a.assignee_label, "heading": a.task.heading,
            "text": report.text if text is None else text, "typical": report.is_typical_case}


def create_briefing(user, period: Period, report_ids, texts: dict | None = None, title: str = "",
                    sources=()) -> Briefing:
    """Number and write the next briefing of the user's organisation from the chosen reports (texts as edited,
    by report id) and items of other apps (sources: their keys, briefing_sources; texts by key); LedgerError for
    an empty choice or bad input, nothing written then."""
    membership = require_editor(user)
    org = membership.organisation
    ids = parse_ids(list(report_ids))
    keys = list(dict.fromkeys(str(k) for k in sources))
    if not ids and not keys:
        raise LedgerError(_("请至少选择一条报送编入简报。"))
    if len(ids) + len(keys) > MAX_ITEMS:
        raise LedgerError(_("一期简报最多编入 %(n)d 条，请减少所选报送。") % {"n": MAX_ITEMS})
    title = clean_text(title, _("标题"), TITLE_CHARS) or f"{org.display_name}{NAME}"
    texts = texts or {}
    start, end = _bounds(period)
    chosen = {r.pk: r for r in Report.objects.filter(
        pk__in=ids, assignment__organisation__path__startswith=org.path, created_at__gte=start, created_at__lt=end)
        .select_related("assignment__task", "assignment__organisation", "assignment__department")}
    if len(chosen) != len(set(ids)):
        raise LedgerError(_("所选报送不在本单位范围或所选期间内，请刷新页面后重新选择。"))
    items = []
    for pk in dict.fromkeys(ids):
        text = clean_text(texts.get(pk, chosen[pk].text), _("简报内容"), TEXT_CHARS, required=True)
        items.append(item_of(chosen[pk], text))
    extra = briefing_sources.items(org, period, keys) if keys else {}
    if len(extra) != len(keys):
        raise LedgerError(_("所选典型不在本单位范围或所选期间内，请刷新页面后重新选择。"))
    for key in keys:
        items.append({**extra[key], "text": clean_text(texts.get(key, extra[key]["text"]), _("简报内容"), TEXT_CHARS,
                                                       required=True)})
    year = timezone.localdate().year
    for attempt in range(3):  # two editors at once: the unique number decides, the loser takes the next
        try:
            with transaction.atomic():
                # The organisation's row is the lock on its numbering (PostgreSQL); SQLite writes one at a time.
                Organisation.objects.select_for_update().filter(pk=org.pk).first()
                last = Briefing.objects.filter(organisation=org, year=year).aggregate(n=Max("number"))["n"] or 0
                briefing = Briefing.objects.create(organisation=org, year=year, number=last + 1, title=title,
                                                   start=period.start, end=period.end, items=items, created_by=user)
                audit.record("create", scope=org, obj=briefing, user=user)
                return briefing
        except IntegrityError:
            if attempt == 2:
                raise LedgerError(_("简报编号冲突，请重试。")) from None
    raise AssertionError("unreachable")


def visible_briefings(user):
    prefix = org_path_prefix(user)
    if prefix is None:
        return Briefing.objects.none()
    return Briefing.objects.filter(organisation__path__startswith=prefix).select_related("organisation")


def get_briefing_for_user(user, pk) -> Briefing:
    """The briefing if its organisation is in the user's subtree; 404 otherwise, and for a malformed id."""
    pk = parse_pk(pk)
    if pk is None:
        raise Http404("No such briefing")
    try:
        return visible_briefings(user).get(pk=pk)
    except Briefing.DoesNotExist:
        raise Http404("No such briefing") from None


def recipients(org: Organisation) -> tuple[list[str], list[str]]:
    """(报送, 抄送): the organisation above, and the units directly under it."""
    up = [org.parent.name] if org.parent_id else []
    down = [o.display_name for o in org.children.order_by("order", "path")[:20]]
    return up, down


def briefing_docx(b: Briefing) -> bytes:
    """The briefing in the official layout: 报头 in red, items with bylines, 报送/抄送 at the end."""
    org = b.organisation
    d = OfficialDocument(b.title)
    d.briefing_head(NAME, f"{b.year}年第{b.number}期", f"{org.display_name}编", b.created_on)
    d.title(b.title)
    for i, (item, paragraphs) in enumerate(b.sections(), 1):
        d.heading(1, f"{cn_number(i)}、{item['heading']}")
        for text in paragraphs:
            d.paragraph(text)
        d.byline(item["unit"])
    up, down = recipients(org)
    d.recipients([(label, names) for label, names in (("报送", up), ("抄送", down)) if names])
    return d.save()
