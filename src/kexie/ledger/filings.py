"""备案: a unit that received a plan files its own implementation plan (a document it stored) under it."""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from kexie.documents.models import Document
from kexie.orgs.access import membership_of

from .errors import Conflict, LedgerError, NotAllowed
from .inputs import clean_text
from . import relays
from .journal import record
from .models import Assignment, Filing, Plan


def may_file(user, plan: Plan) -> bool:
    """An editor of a unit the plan was assigned to (not the issuer itself)."""
    membership = membership_of(user)
    return bool(membership and membership.can_edit
                and Assignment.objects.filter(plan=plan, organisation_id=membership.organisation_id)
                .exclude(organisation_id=plan.organisation_id).exists())


@transaction.atomic
def file_plan(plan: Plan, user, document: Document, note: str = "") -> Filing:
    """A unit files its own implementation plan (a document it stored) under the parent plan."""
    if not may_file(user, plan):
        raise NotAllowed(_("只有承办单位的管理员和经办人员可以备案。"))
    org = membership_of(user).organisation
    if document.organisation_id != org.pk:
        raise LedgerError(_("只能备案本单位上传的文件。"))
    note = clean_text(note, _("说明"), 500)
    filing = Filing.objects.filter(plan=plan, organisation=org).first()
    before = filing.snapshot() if filing else {}
    try:
        if filing is None:
            with transaction.atomic():
                filing = Filing.objects.create(plan=plan, organisation=org, document=document, note=note,
                                               filed_by=user)
        else:
            filing.document, filing.note, filing.filed_by = document, note, user
            filing.save()
    except IntegrityError:
        raise Conflict(_("本单位刚刚已备案，请刷新页面。"))
    record(filing, "file", user, before=before, after={**filing.snapshot(), "title": document.display_title})
    for own in Plan.objects.filter(document=document, organisation=org, source_plan__isnull=True):
        relays.link_filed(own)  # a plan already built from the filed document now carries out this one
    return filing
