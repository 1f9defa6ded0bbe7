"""The teams' pages (队伍): the list of the user's subtree, a team with its members, a new team, editing,
members in and out. Reads through access.py (404 outside the subtree); writes through teams.py (403 for a role
or organisation without the right, a sentence for a refused value)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kexie.orgs.access import may_act_for, membership_of, require_editor
from kexie.validation import page_number
from kexie.workers.privacy import mask_phone, may_see_personal_data

from . import teams
from .access import get_team_for_user, visible_teams
from .models import ServiceKind, Team
from .registry import NotAllowed, VolunteerError

PER_PAGE = 50


@login_required
def team_list(request):
    from django.core.paginator import EmptyPage, Paginator
    from django.http import Http404
    qs = visible_teams(request.user).select_related("organisation", "leader")
    kind = request.GET.get("kind") or ""
    if kind in ServiceKind.values:
        qs = qs.filter(service_kind=kind)
    q = str(request.GET.get("q") or "").replace("\x00", "").strip()[:50]
    if q:
        qs = qs.filter(name__icontains=q)
    try:
        page = Paginator(qs.order_by("organisation__path", "name", "id"), PER_PAGE).page(page_number(request.GET))
    except EmptyPage:
        raise Http404(_("没有这一页。")) from None
    # the page's member counts in one grouped query (a count over the whole subtree's teams would group them all)
    counts = dict(Team.members.through.objects.filter(team__in=[t.pk for t in page.object_list])
                  .values_list("team").annotate(n=Count("id")).values_list("team", "n"))
    for t in page.object_list:
        t.n_members = counts.get(t.pk, 0)
    membership = membership_of(request.user)
    return render(request, "volunteers/team_list.html", {
        "page": page, "kind": kind, "q": q, "kinds": ServiceKind.choices,
        "query": "".join(f"{k}={v}&" for k, v in (("kind", kind),) if v),
        "can_edit": bool(membership and membership.can_edit)})


def _member_rows(user, team):
    members = team.members.select_related("organisation").order_by("name", "id")
    rows = []
    for v in members[:500]:
        rows.append((v, v.phone if may_see_personal_data(user, v.organisation) else mask_phone(v.phone)))
    return rows


@login_required
def team_detail(request, pk):
    team = get_team_for_user(request.user, pk)
    editable = may_act_for(request.user, team.organisation_id)
    q = str(request.GET.get("q") or "").replace("\x00", "").strip()[:50]
    candidates = []
    if editable and q:
        candidates = (teams.eligible_volunteers(team.organisation).filter(name__icontains=q)
                      .exclude(teams=team).select_related("organisation").order_by("name", "id")[:50])
    return render(request, "volunteers/team_detail.html", {
        "team": team, "members": _member_rows(request.user, team), "n_members": team.members.count(),
        "editable": editable, "q": q, "candidates": candidates, "kinds": ServiceKind.choices})


def _form(request, team=None):
    error = ""
    if request.method == "POST":
        try:
            team = (teams.edit_team(request.user, team, request.POST) if team
                    else teams.create_team(request.user, request.POST))
        except NotAllowed as e:
            raise PermissionDenied(str(e)) from None
        except VolunteerError as e:
            error = str(e)
        else:
            messages.success(request, _("已保存队伍 %(name)s。") % {"name": team.name})
            return redirect("volunteers:team", team.pk)
    leaders = team.members.order_by("name", "id")[:500] if team else []
    return render(request, "volunteers/team_form.html", {
        "team": team, "error": error, "values": request.POST if error else {}, "kinds": ServiceKind.choices,
        "leaders": leaders}, status=400 if error else 200)


@login_required
def team_new(request):
    require_editor(request.user)
    return _form(request)


@login_required
def team_edit(request, pk):
    team = get_team_for_user(request.user, pk)
    if not may_act_for(request.user, team.organisation_id):
        raise PermissionDenied(_("只有队伍所属单位的管理员和经办人员可以修改队伍。"))
    return _form(request, team)


@login_required
@require_POST
def team_members(request, pk):
    """Add the ticked volunteers (add) or remove one (remove=<id>)."""
    team = get_team_for_user(request.user, pk)
    try:
        if request.POST.get("remove"):
            teams.remove_member(request.user, team, request.POST["remove"])
            messages.success(request, _("已移出队员。"))
        else:
            n = teams.add_members(request.user, team, request.POST.getlist("volunteer"))
            messages.success(request, _("已添加 %(n)d 名队员。") % {"n": n})
    except NotAllowed as e:
        raise PermissionDenied(str(e)) from None
    except VolunteerError as e:
        messages.error(request, str(e))
    return redirect("volunteers:team", team.pk)
