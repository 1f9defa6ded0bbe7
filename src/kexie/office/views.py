"""Pages of the office app: the downloads (xlsx of a ledger and of every list), each scoped through its app's helpers."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required

from kexie.ledger.access import get_plan_for_user
from kexie.ledger.lights import Clock

from . import ledger_export, xlsx


@login_required
def ledger_xlsx(request, plan_id):
    """The plan's 台账 as xlsx, as far as the user sees it (404 outside their scope)."""
    plan = get_plan_for_user(request.user, plan_id)
    clock = Clock.at()
    return xlsx.response(ledger_export.sheets(request.user, plan, clock), ledger_export.filename(plan, clock),
                         f"ledger-{plan.pk}-{clock.today:%Y%m%d}.xlsx")
