"""报道拆分: a gathered news page (a Document whose parse has segments) offered as one report per item.

Each segment's unit is matched to an organisation of the user's scope by name (a weak or tied match waits for a
person), and its text to the unit's open assignments as report_matching does. Confirming records the chosen rows
in one transaction: on a plan the user issued, on the unit's behalf with the page kept as the report's source
(ledger.reports.on_behalf_rule); on the user's own assignments, as their own report. One bad row writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.http import Http404
from django.utils.translation import gettext as _

from kexie.documents.access import get_document_for_user
from kexie.ledger.access import may_handle
from kexie.ledger.errors import LedgerError
from kexie.ledger.inputs import parse_ids
from kexie.ledger.models import Report
from kexie.ledger.reports import submit_report
from kexie.orgs.access import parse_pk

from .report_matching import Pool, Proposal, UnitGuess, chosen, clean_report_text

MAX_SEGMENTS = 200  # a page gathers a few dozen items at most


@dataclass
class Row:
    index: int
    unit_label: str
    heading: str
    text: str
    unit: UnitGuess
    proposals: list[Proposal]
    recorded: bool = False  # a report was already recorded from this item of the page

    @property
    def report_text(self) -> str:
        return f"{self.heading}\n{self.text}".strip() if self.heading else self.text.strip()

    @property
    def best(self) -> Proposal | None:
        return self.proposals[0] if self.proposals else None


def get_page_for_user(user, pk):
    """The document, if the user may read it and its parse gathers items (segments); else 404."""
    document = get_document_for_user(user, pk)
    if not (document.parse or {}).get("segments"):
        raise Http404("No segments")
    return document


def split(user, document, units: dict[int, int] | None = None) -> list[Row]:
    """One row per segment: its unit (guessed, or as corrected: units maps a row's index to an organisation id of
    the scope) and the assignments its text answers that the user may record, best first."""
    pool = Pool(user)
    done = set(Report.objects.filter(source_document=document).values_list("text", flat=True))
    rows = []
    for i, seg in enumerate(document.parse["segments"][:MAX_SEGMENTS]):
        label = (seg.get("unit") or "").strip()
        guess = pool.guess_unit(label)
        chosen = pool.by_pk.get((units or {}).get(i))
        if chosen is not None:
            guess = UnitGuess(chosen, 1.0, guess.choices if any(o == chosen for o, _s in guess.choices)
                              else [(chosen, 1.0), *guess.choices])
        text = seg.get("text") or ""
        heading = seg.get("heading") or ""
        proposals = pool.match(f"{heading}\n{text}", guess.organisation, recordable_only=True)
        # The unit is the one reporting: only its own line's assignments (it, or the unit above it it reports
        # through); with no unit yet, only the user's own, until a person picks the unit.
        proposals = [p for p in proposals if (p.unit_score > 0 if guess.organisation is not None else p.may_file)]
        row = Row(i, label, heading, text, guess, proposals)
        row.recorded = row.report_text in done
        rows.append(row)
    return rows


def units_from(data) -> dict[int, int]:
    """The rows' corrected units from a form (unit_<index>=organisation id); anything malformed is ignored."""
    out = {}
    for key, value in data.items():
        if key.startswith("unit_") and parse_pk(key[5:]) is not None and parse_pk(value) is not None:
            out[int(key[5:])] = int(value)
    return out


def confirm(user, document, choices: dict[int, int]) -> list:
    """Record the chosen rows (index → assignment id) as reports, all or none; returns the reports."""
    if not choices:
        raise LedgerError(_("请至少为一条报道选择要录入的任务。"))
    segments = document.parse.get("segments") or []
    if any(i < 0 or i >= min(len(segments), MAX_SEGMENTS) for i in choices):
        raise LedgerError(_("报道条目已变化，请刷新页面后重新确认。"))
    ids = parse_ids(list(choices.values()))
    found = chosen(user, ids)
    reports = []
    with transaction.atomic():
        for i, pk in sorted(choices.items()):
            a = found.get(pk)
            if a is None:
                raise LedgerError(_("第 %(n)d 条所选任务已不可报送或不在本单位范围内，请重新匹配。") % {"n": i + 1})
            seg = segments[i]
            heading = seg.get("heading") or ""
            text = clean_report_text(f"{heading}\n{seg.get('text') or ''}".strip())
            # The unit's own editor reports as the unit; anyone else records on its behalf (the issuer, checked).
            on_behalf = None if may_handle(user, a) else document
            reports.append(submit_report(a, user, text=text, on_behalf_from=on_behalf))
    return reports


def choices_from(data) -> dict[int, int]:
    """The rows to record from a form: take_<index>=on with assignment_<index>=id; a malformed id is refused."""
    out = {}
    for key in data:
        if key.startswith("take_") and parse_pk(key[5:]) is not None:
            i = int(key[5:])
            pk = parse_pk(data.get(f"assignment_{i}", ""))
            if pk is None:
                raise LedgerError(_("第 %(n)d 条没有选择任务，请选择后再确认。") % {"n": i + 1})
            out[i] = pk
    return out
