"""Pages of the policy chain and of coverage (落实情况): a document's chain (also a panel on its page), and who
under the viewer has carried out a document or a plan, as a page and as xlsx."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from kexie.documents.access import get_document_for_user
from kexie.ledger.access import get_plan_for_user
from kexie.office import xlsx
from kexie.orgs.access import get_organisation_for_user, home_organisation
from kexie.orgs.models import Level

from . import chain, coverage


def _chain_context(request, document) -> dict:
    return {"document": document, "upstream": chain.upstream(request.user, document),
            "downstream": chain.downstream(request.user, document)}


def document_panel(request, document) -> str:
    """The chain on the document's own page (registered with documents.panels)."""
    return render_to_string("search/chain_panel.html", _chain_context(request, document), request=request)


@login_required
def document_chain(request, pk):
    document = get_document_for_user(request.user, pk)
    return render(request, "search/chain.html", _chain_context(request, document))


def _node(request):
    """The organisation whose level below is shown: ?org= (404 outside the user's subtree), else the user's own."""
    value = request.GET.get("org")
    return get_organisation_for_user(request.user, value) if value else home_organisation(request.user)


def _page(request, item, back_url: str, xlsx_url: str):
    node = _node(request)
    top = home_organisation(request.user)
    return render(request, "search/coverage.html", {
        "item": item, "cov": coverage.coverage(item, node), "crumbs": coverage.path_to(node, top),
        "back_url": back_url, "xlsx_url": xlsx_url})


def _xlsx(request, item):
    node = _node(request)
    levels = {value: str(label) for value, label in Level.choices}
    done, todo = (xlsx.Cell(_("已落实"), fill=xlsx.LIGHT_FILLS["green"]),
                  xlsx.Cell(_("未落实"), fill=xlsx.LIGHT_FILLS["red"]))
    ways = {way: str(label) for way, label in coverage.WAYS}
    rows = ([r.organisation.display_name, r.organisation.parent.display_name if r.organisation.parent else "",
             levels.get(r.organisation.level, ""), done if r.done else todo, r.day, ways.get(r.way, "")]
            for r in coverage.every_organisation(item, node))
    sheet = xlsx.Sheet(
        name=_("落实情况"), title=_("%(title)s 落实情况") % {"title": item.title},
        subtitle=" · ".join(filter(None, [item.number, node.display_name,
                                          _("导出于 %(day)s") % {"day": timezone.localdate().isoformat()},
                                          item.rule_text])),
        columns=[xlsx.Column(_("单位")), xlsx.Column(_("上级")), xlsx.Column(_("级别"), centre=True),
                 xlsx.Column(_("状态"), centre=True), xlsx.Column(_("落实日期")), xlsx.Column(_("方式"))],
        rows=rows)
    return xlsx.response(sheet, _("落实情况 %(title)s") % {"title": item.title[:60]}, fallback="coverage.xlsx")


@login_required
def document_coverage(request, pk):
    document = get_document_for_user(request.user, pk)
    item = coverage.item_for_document(request.user, document)
    return _page(request, item, reverse("documents:detail", args=[document.pk]),
                 reverse("search:document-coverage-xlsx", args=[document.pk]))


@login_required
def document_coverage_xlsx(request, pk):
    document = get_document_for_user(request.user, pk)
    return _xlsx(request, coverage.item_for_document(request.user, document))


@login_required
def plan_coverage(request, pk):
    plan = get_plan_for_user(request.user, pk)
    return _page(request, coverage.item_for_plan(request.user, plan), reverse("ledger:plan", args=[plan.pk]),
                 reverse("search:plan-coverage-xlsx", args=[plan.pk]))


@login_required
def plan_coverage_xlsx(request, pk):
    plan = get_plan_for_user(request.user, pk)
    return _xlsx(request, coverage.item_for_plan(request.user, plan))
