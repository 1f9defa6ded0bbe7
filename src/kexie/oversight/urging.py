"""催办: one write path (pages and API) that urges one or several assignments, records it and notifies the unit.

Who may urge: a 督办 of the issuing organisation or of an organisation above the assignee, and the issuing
organisation's editors (管理员, 经办). Each assignment is fetched through the ledger's scope (404 outside the
user's subtree); a closed one, or one the user may not urge, refuses the whole batch and changes nothing.
Each urged assignment gets an Urge row, an audit entry "urge" owned by the assignee (so the unit reads it in the
assignment's history) and a Notice for every editor of the unit; the emails go out with the next mail pass.
"""

from __future__ import annotations

from django.db import transaction
from django.http import Http404
from django.utils.translation import gettext as _

from kexie.audit.models import Entry
from kexie.ledger.access import visible_assignments
from kexie.ledger.errors import LedgerError, NotAllowed
from kexie.ledger.flow import Status
from kexie.ledger.inputs import clean_text
from kexie.ledger.journal import entry as journal_entry
from kexie.orgs.access import membership_of, parse_pk
from kexie.orgs.models import EDITOR_ROLES, MemberRole, Membership

from .models import EmailState, Notice, NoticeKind, Urge

MESSAGE_MAX = 500
BATCH_MAX = 200
ACTION = "urge"


def may_urge(user, assignment) -> bool:
    """督办 of the issuer or of an organisation above the assignee; 管理员/经办 of the issuer."""
    m = membership_of(user)
    if m is None:
        return False
    issuer_id = assignment.plan.organisation_id
    if m.role in EDITOR_ROLES:
        return m.organisation_id == issuer_id
    if m.role == MemberRole.SUPERVISOR:
        if m.organisation_id == issuer_id:
            return True
        unit = assignment.organisation
        return m.organisation_id != unit.pk and unit.path.startswith(m.organisation.path)
    return False


def may_urge_any(user) -> bool:
    """Whether the user's role could urge anything at all (to show the form): not for 领导."""
    m = membership_of(user)
    return bool(m and m.role in (*EDITOR_ROLES, MemberRole.SUPERVISOR))


def clean_message(message) -> str:
    return clean_text(message, _("催办内容"), MESSAGE_MAX, required=True)


def _ids(assignment_ids) -> list[int]:
    if isinstance(assignment_ids, (str, int)):
        assignment_ids = [assignment_ids]
    ids = []
    for raw in assignment_ids or []:
        pk = parse_pk(raw)
        if pk is None:
            raise Http404("No such assignment")
        ids.append(pk)
    ids = list(dict.fromkeys(ids))
    if not ids:
        raise LedgerError(_("请至少选择一项要催办的事项。"))
    if len(ids) > BATCH_MAX:
        raise LedgerError(_("一次最多催办 %(max)d 项，现在选了 %(n)d 项，请分批催办。") % {"max": BATCH_MAX, "n": len(ids)})
    return ids


def urge(user, assignment_ids, message) -> list[Urge]:
    """Urge the assignments (an id or a list of ids) with the message, all or nothing; returns the Urge rows."""
    message = clean_message(message)
    ids = _ids(assignment_ids)
    membership = membership_of(user)
    with transaction.atomic():
        # Locked, so a 办结 racing this urge is seen: either it closed first (refused here) or it waits.
        found = {a.pk: a for a in visible_assignments(user).filter(pk__in=ids)
                 .select_related("plan", "task", "organisation", "department").select_for_update(of=("self",))}
        if len(found) != len(ids):
            raise Http404("No such assignment")
        assignments = [found[pk] for pk in ids]
        refused = [a for a in assignments if not may_urge(user, a)]
        if refused:
            raise NotAllowed(_("只有发文单位的督办、管理员、经办人员或承办单位上级的督办可以催办：%(what)s。")
                             % {"what": _describe(refused)})
        closed = [a for a in assignments if a.status == Status.CLOSED]
        if closed:
            raise LedgerError(_("已办结的事项不能催办：%(what)s。请取消选择这些事项后再催办。")
                              % {"what": _describe(closed)})
        urges = Urge.objects.bulk_create([
            Urge(assignment=a, plan_id=a.plan_id, sender=user, sender_organisation_id=membership.organisation_id,
                 message=message) for a in assignments])
        if any(u.pk is None for u in urges):  # a database that does not return ids from a bulk insert
            urges = list(Urge.objects.filter(sender=user, assignment_id__in=ids).order_by("-id")[:len(ids)])[::-1]
        Entry.objects.bulk_create([journal_entry(a, ACTION, user, before=a.snapshot(), after=a.snapshot(),
                                                 reason=message) for a in assignments])
        editors: dict[int, list[int]] = {}
        for org_id, user_id in (Membership.objects.filter(organisation_id__in={a.organisation_id for a in assignments},
                                                          role__in=EDITOR_ROLES, user__is_active=True)
                                .values_list("organisation_id", "user_id")):
            editors.setdefault(org_id, []).append(user_id)
        Notice.objects.bulk_create([
            Notice(recipient_id=uid, kind=NoticeKind.URGE, assignment=a, plan_id=a.plan_id, due_date=a.due_date,
                   urge=u, text=message, event_key=f"urge:{u.pk}", email_state=EmailState.PENDING)
            for a, u in zip(assignments, urges) for uid in editors.get(a.organisation_id, [])
        ], ignore_conflicts=True)
        transaction.on_commit(_send_soon)
    return urges


def _describe(assignments) -> str:
    shown = "、".join(f"{a.task.heading[:20]}（{a.assignee_label}）" for a in assignments[:3])
    return shown + (_("等 %(n)d 项") % {"n": len(assignments)} if len(assignments) > 3 else "")


def _send_soon() -> None:
    """Queue the mail pass for the worker; without a working queue the next scheduled pass sends them."""
    try:
        from .tasks import send_notices
        send_notices.enqueue()
    except Exception:  # noqa: BLE001 - the notices are written; the email waits for the next pass
        import logging
        logging.getLogger("kexie.notices").warning("could not queue the mail pass", exc_info=True)


def sent_urges(user):
    """The 催办 sent by the user's organisation, newest first (what it urged, and when, and by whom)."""
    m = membership_of(user)
    if m is None:
        return Urge.objects.none()
    return (Urge.objects.filter(sender_organisation_id=m.organisation_id)
            .select_related("assignment__task", "assignment__organisation", "assignment__department", "sender",
                            "plan")
            .order_by("-id"))


def urges_of(assignment):
    """The 催办 an assignment received (the caller fetched it through the scope)."""
    return Urge.objects.filter(assignment=assignment).select_related("sender", "sender_organisation").order_by("-id")


# --- the ledger pages' parts (registered in apps.ready through kexie.ledger.hooks) -------------------------

def render_assignment_panel(context, *, a):
    """The assignment page: the 催办 form for those who may urge it, and the 催办 it received."""
    from django.template.loader import render_to_string
    request = context.get("request")
    return render_to_string("oversight/notices/_urge_assignment.html", {
        "a": a, "may_urge": a.status != Status.CLOSED and may_urge(request.user, a),
        "urges": list(urges_of(a)[:50]), "max": MESSAGE_MAX}, request=request)


def render_task_panel(context, *, assignments):
    """The task page: the 催办 form for the rows ticked above, when the user may urge any of them."""
    from django.template.loader import render_to_string
    request = context.get("request")
    if not any(a.status != Status.CLOSED and may_urge(request.user, a) for a in assignments):
        return ""
    return render_to_string("oversight/notices/_urge_task.html", {"may_urge": True, "max": MESSAGE_MAX},
                            request=request)


def render_task_row(context, *, a):
    """The tick box of a row the user may urge (built here: 50 rows a page, no template per row)."""
    from django.utils.html import format_html
    request = context.get("request")
    if a.status == Status.CLOSED or not may_urge(request.user, a):
        return ""
    return format_html('<input type="checkbox" name="assignments" value="{}" form="urge-form" class="urge-pick" '
                       'aria-label="{}"> ', a.pk, a.assignee_label)


# --- the demo -------------------------------------------------------------------------------------------------

DEMO_MESSAGES = ("该项工作已临近完成时限，请抓紧办理并于本周内报送进展。",
                 "该项工作已逾期，请说明原因并尽快报送办理情况。")


def build_demo_urges() -> str:
    """A few 催办 on the 遵义 plan's open county assignments (by its 督办, and one batch by its 经办), and the
    day's 临期/逾期 notices; running it again adds nothing."""
    from django.contrib.auth import get_user_model

    from kexie.ledger.lights import Clock, Light
    from kexie.ledger.models import Assignment

    from .reminders import create_notices, create_period_notices
    users = {u.username: u for u in get_user_model().objects.filter(username__in=["zunyi-supervisor", "zunyi-staff"])}
    if len(users) < 2 or Urge.objects.filter(sender__in=users.values()).exists():
        return "already there"
    # Addresses for the demo sign-ins, so the worker's emails show on the console (example.org never receives).
    from django.db.models import Value
    from django.db.models.functions import Concat
    get_user_model().objects.filter(email="").update(email=Concat("username", Value("@example.org")))
    clock = Clock.at()
    open_ = (Assignment.objects.filter(plan__organisation__short_name="遵义市科协", department__isnull=True)
             .exclude(status=Status.CLOSED).exclude(organisation__short_name="遵义市科协")
             .select_related("plan", "task", "organisation").order_by("id"))
    red = list(open_.filter(clock.q(Light.RED))[:2])
    # 正安县科协 (the demo's county sign-in) gets two, so its user finds unread 催办 in the header.
    zhengan = [a for a in open_.filter(organisation__short_name="正安县科协")[:4] if a not in red][:2]
    others = [a for a in open_[:20] if a not in red and a not in zhengan]
    n = 0
    for group, sender, message in [(red, "zunyi-supervisor", DEMO_MESSAGES[1]),
                                   (zhengan, "zunyi-supervisor", DEMO_MESSAGES[0]),
                                   (others[:3], "zunyi-staff", DEMO_MESSAGES[0])]:
        if group:
            n += len(urge(users[sender], [a.pk for a in group], message))
    made, periods = create_notices(), create_period_notices()
    return (f"{n} 催办, {made['due_soon']} 临期 and {made['overdue']} 逾期 notices, "
            f"{sum(periods.values())} on reporting periods")
