"""Helpers of the ledger tests (a module of its own: several test folders have a conftest)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "src" / "kexie" / "site" / "demo" / "seeds"


def ingest_seed(name, organisation):
    from kexie.documents.services import ingest
    document, _ = ingest((SEEDS / name).read_bytes(), name, organisation)
    return document


def resolve_all(plan, user):
    """Confirm every pending name (its best guess, or ignore) and recipient (ignore when empty)."""
    from kexie.ledger import services
    from kexie.ledger.models import MatchState, NameMatch
    for m in NameMatch.objects.filter(task__plan=plan, state=MatchState.PENDING).select_related("task__plan"):
        if m.is_group_phrase:
            services.resolve_match(m, user, action="confirm" if m.organisations.exists() else "ignore")
        elif m.candidates:
            c = m.candidates[0]
            services.resolve_match(m, user, action="pick", kind=c["kind"], target_id=c["id"])
        else:
            services.resolve_match(m, user, action="ignore")
    for r in plan.recipients.filter(state=MatchState.PENDING).select_related("plan"):
        services.set_recipient(r, user, ignore=True)
