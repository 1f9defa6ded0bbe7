"""Writing teams (队伍): create and edit, members in and out, the leader; each change in the audit log.

A team's members and leader are volunteers its own organisation can see (registered with it or below it) and
active; anything else — a volunteer of another province, a pending sign-up — is refused with one sentence.
Only the editors of the team's organisation change it.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from kexie.audit.log import record
from kexie.orgs.access import may_act_for, membership_of, parse_pk
from kexie.orgs.models import Organisation
from kexie.validation import check_for_field

from . import counts
from .models import ServiceKind, Team, Volunteer, VolunteerState
from .registry import NotAllowed, VolunteerError

MAX_MEMBERS_AT_ONCE = 500


def _clean(data: dict) -> dict:
    out = {}
    try:
        for name in ("name", "description"):
            out[name] = check_for_field(Team, name, str(data.get(name) or "").strip())
    except ValidationError as e:
        raise VolunteerError(e.messages[0]) from None
    if not out["name"]:
        raise VolunteerError(_("请填写队伍名称。"))
    kind = data.get("service_kind") or ServiceKind.POPULAR
    if kind not in ServiceKind.values:
        raise VolunteerError(_("服务类别“%(kind)s”不存在，请从列表中选择。") % {"kind": str(kind)[:20]})
    out["service_kind"] = kind
    return out


def eligible_volunteers(organisation: Organisation):
    """The volunteers a team of this organisation may take: active, registered with it or below it."""
    return Volunteer.objects.filter(organisation__in=Organisation.objects.filter(path__startswith=organisation.path)
                                    .values("pk"), state=VolunteerState.ACTIVE)


def _volunteers(organisation: Organisation, ids) -> list[Volunteer]:
    wanted = {parse_pk(i) for i in ids if str(i).strip()}
    if None in wanted:
        raise VolunteerError(_("请从列表中选择志愿者。"))
    if len(wanted) > MAX_MEMBERS_AT_ONCE:
        raise VolunteerError(_("一次最多添加 %(n)d 名队员，请分批添加。") % {"n": MAX_MEMBERS_AT_ONCE})
    found = list(eligible_volunteers(organisation).filter(pk__in=wanted))
    if len(found) != len(wanted):
        raise VolunteerError(_("所选志愿者中有不属于本单位及下级、或尚未通过审核的，请从列表中重新选择。"))
    return found


def _leader(organisation: Organisation, leader_id) -> Volunteer | None:
    if leader_id in (None, ""):
        return None
    found = _volunteers(organisation, [leader_id])
    return found[0]


@transaction.atomic
def create_team(user, data: dict) -> Team:
    membership = membership_of(user)
    if membership is None or not membership.can_edit:
        raise NotAllowed(_("只有管理员和经办人员可以建立队伍。"))
    team = Team(organisation=membership.organisation, **_clean(data))
    _save(team, data.get("leader"))
    counts.teams(team.organisation_id)
    record("create", scope=team.organisation, obj=team, user=user)
    return team


def _save(team: Team, leader_id) -> None:
    """Save with the leader (one of the eligible volunteers, made a member); a taken name is a sentence."""
    team.leader = _leader(team.organisation, leader_id)
    try:
        with transaction.atomic():
            team.save()
    except IntegrityError:
        raise VolunteerError(_("本单位已有名为“%(name)s”的队伍，请换一个名称。") % {"name": team.name}) from None
    if team.leader:
        team.members.add(team.leader)


def _editable(user, team: Team) -> None:
    if not may_act_for(user, team.organisation_id):
        raise NotAllowed(_("只有队伍所属单位的管理员和经办人员可以修改队伍。"))


@transaction.atomic
def edit_team(user, team: Team, data: dict) -> Team:
    _editable(user, team)
    team = Team.objects.select_for_update().select_related("organisation").get(pk=team.pk)
    before = team.snapshot()
    for name, value in _clean(data).items():
        setattr(team, name, value)
    _save(team, data.get("leader"))
    record("update", scope=team.organisation, obj=team, user=user, before=before)
    return team


@transaction.atomic
def add_members(user, team: Team, ids) -> int:
    """Add volunteers to the team; returns how many were new to it."""
    _editable(user, team)
    found = _volunteers(team.organisation, ids)
    if not found:
        raise VolunteerError(_("请至少选择一名志愿者。"))
    already = set(team.members.filter(pk__in=[v.pk for v in found]).values_list("pk", flat=True))
    new = [v.pk for v in found if v.pk not in already]
    team.members.add(*new)
    if new:
        record("add_members", scope=team.organisation, obj=team, user=user, after={"members": sorted(new)})
    return len(new)


@transaction.atomic
def remove_member(user, team: Team, volunteer_id) -> None:
    _editable(user, team)
    volunteer_id = parse_pk(volunteer_id)
    if volunteer_id is None:
        raise VolunteerError(_("请从队员中选择要移出的志愿者。"))
    if not team.members.filter(pk=volunteer_id).exists():
        raise VolunteerError(_("这位志愿者不是本队队员。"))
    team.members.remove(volunteer_id)
    if team.leader_id == volunteer_id:
        before = team.snapshot()
        team.leader = None
        team.save(update_fields=["leader"])
        record("update", scope=team.organisation, obj=team, user=user, before=before)
    record("remove_member", scope=team.organisation, obj=team, user=user, before={"members": [volunteer_id]},
           after={})
