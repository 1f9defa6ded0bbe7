"""Writing the volunteers' register: registration by staff, public sign-up, review, the link to a scientist.

Every write goes through here (the pages, the API and the import alike): the values are checked at the edge
(lengths, NUL, a phone that looks like one, known service kinds), written in one transaction and recorded in the
audit log. A phone already registered (waiting for review or active) is refused with one sentence; the partial
unique constraint makes that hold even when two registrations race.
"""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from kexie.audit.log import record
from kexie.orgs.access import may_act_for, org_path_prefix
from kexie.validation import check_for_field
from kexie.workers.models import Scientist

from . import counts
from .models import ServiceKind, Volunteer, VolunteerState

LIVE_STATES = (VolunteerState.PENDING, VolunteerState.ACTIVE)
TEXT_FIELDS = ("name", "phone", "region", "work_unit", "expertise", "availability")
_PHONE = re.compile(r"^\+?[0-9]{5,20}$")
# Service kinds as offices write them in a sheet or a form: the code or its Chinese label, with or without 服务.
KIND_NAMES = {**{k.value: k.value for k in ServiceKind}, **{str(k.label): k.value for k in ServiceKind},
              **{str(k.label).removesuffix("服务"): k.value for k in ServiceKind}}


class VolunteerError(Exception):
    """A registration or review refused; str(exc) is the sentence to show."""


class NotAllowed(VolunteerError):
    """The user may not make this change (403)."""


def normalise_phone(value) -> str:
    """Spaces, hyphens and brackets dropped: 139-1234 5678 and 13912345678 are one phone."""
    return re.sub(r"[\s\-()（）]", "", str(value or ""))


def parse_kinds(value) -> str:
    """技术服务、科普 / ["popular"] → "popular technical" (sorted codes); an unknown kind is a VolunteerError."""
    parts = value if isinstance(value, (list, tuple)) else re.split(r"[\s,，、;；/]+", str(value or ""))
    codes = set()
    for part in parts:
        part = str(part).strip()
        if not part:
            continue
        if part not in KIND_NAMES:
            raise VolunteerError(_("服务类别“%(kind)s”不认识，应为技术服务、民生服务、科普服务、应急服务或专业服务。")
                                 % {"kind": part[:20]})
        codes.add(KIND_NAMES[part])
    return " ".join(sorted(codes))


def kind_labels(codes: str) -> list[str]:
    labels = dict(ServiceKind.choices)
    return [_(labels[c]) for c in codes.split() if c in labels]


def clean(data: dict) -> dict:
    """The values of a registration, checked: returns the fields to write, or raises VolunteerError."""
    out = {}
    try:
        for name in TEXT_FIELDS:
            out[name] = check_for_field(Volunteer, name, str(data.get(name) or "").strip())
    except ValidationError as e:
        raise VolunteerError(e.messages[0]) from None
    if not out["name"]:
        raise VolunteerError(_("请填写姓名。"))
    out["phone"] = normalise_phone(out["phone"])
    if not _PHONE.match(out["phone"]):
        raise VolunteerError(_("联系电话“%(phone)s”不像电话号码，请填写手机号或带区号的座机号。")
                             % {"phone": str(data.get("phone") or "")[:30]})
    out["service_kinds"] = parse_kinds(data.get("service_kinds"))
    out["is_sanzhang"] = _flag(data.get("is_sanzhang"))
    out["is_local_talent"] = _flag(data.get("is_local_talent"))
    return out


def _flag(value) -> bool:
    return value is True or str(value or "").strip().lower() in ("1", "true", "on", "yes", "是", "√", "y")


def duplicate_message(phone: str) -> str:
    return _("联系电话 %(phone)s 已登记为科技志愿者（或正在审核），请勿重复登记；如需修改请联系登记单位。") % {"phone": phone}


def live_phones(phones) -> set[str]:
    """Which of these phones already belong to a live registration (pending or active), anywhere."""
    return set(Volunteer.objects.filter(phone__in=list(phones), state__in=LIVE_STATES)
               .values_list("phone", flat=True))


def visible_scientist(user, pk) -> Scientist:
    """A record of the scientists' register inside the user's subtree, else VolunteerError (never another's)."""
    prefix = org_path_prefix(user)
    scientist = None
    if prefix is not None and str(pk).isdigit() and len(str(pk)) < 19:
        scientist = Scientist.objects.filter(organisation__path__startswith=prefix, pk=int(pk)).first()
    if scientist is None:
        raise VolunteerError(_("找不到这位科技工作者的档案，请在本单位及下级的科技工作者中选择。"))
    return scientist


def _save_new(volunteer: Volunteer) -> None:
    if volunteer.phone in live_phones([volunteer.phone]):
        raise VolunteerError(duplicate_message(volunteer.phone))
    try:
        with transaction.atomic():
            volunteer.save()
    except IntegrityError:
        raise VolunteerError(duplicate_message(volunteer.phone)) from None


@transaction.atomic
def register(user, data: dict, *, scientist_id=None) -> Volunteer:
    """Staff register a volunteer for their own organisation: active at once."""
    from kexie.orgs.access import membership_of
    membership = membership_of(user)
    if membership is None or not membership.can_edit:
        raise NotAllowed(_("只有管理员和经办人员可以登记志愿者。"))
    values = clean(data)
    volunteer = Volunteer(organisation=membership.organisation, created_by=user, state=VolunteerState.ACTIVE,
                          **values)
    if scientist_id not in (None, ""):
        volunteer.scientist = visible_scientist(user, scientist_id)
    _save_new(volunteer)
    counts.volunteers(volunteer.organisation_id)
    record("create", scope=volunteer.organisation, obj=volunteer, user=user)
    return volunteer


@transaction.atomic
def sign_up(organisation, data: dict, *, address: str, consent: bool) -> Volunteer:
    """A public sign-up: held for review (待审核), with the time consent was given; refused without consent."""
    if not consent:
        raise VolunteerError(_("请阅读并同意个人信息使用说明后再提交。"))
    values = clean(data)
    now = timezone.now()
    volunteer = Volunteer(organisation=organisation, state=VolunteerState.PENDING, consent_at=now,
                          submitted_from=address[:45], submitted_at=now, **values)
    _save_new(volunteer)
    record("signup", scope=organisation, obj=volunteer, user=None)
    return volunteer


def _editable(user, volunteer: Volunteer) -> None:
    if not may_act_for(user, volunteer.organisation_id):
        raise NotAllowed(_("只有登记单位的管理员和经办人员可以修改这位志愿者的记录。"))


@transaction.atomic
def review(user, volunteer: Volunteer, *, approve: bool, reason: str = "") -> Volunteer:
    """通过 makes a pending volunteer active; 不通过 needs a reason (kept on the record for the office)."""
    _editable(user, volunteer)
    volunteer = Volunteer.objects.select_for_update().get(pk=volunteer.pk)
    if volunteer.state != VolunteerState.PENDING:
        raise VolunteerError(_("这条登记已经审核过了，请刷新页面。"))
    try:
        reason = check_for_field(Volunteer, "review_reason", str(reason or "").strip(), label=_("理由"))
    except ValidationError as e:
        raise VolunteerError(e.messages[0]) from None
    if not approve and not reason:
        raise VolunteerError(_("不通过时请填写理由。"))
    before = volunteer.snapshot()
    volunteer.state = VolunteerState.ACTIVE if approve else VolunteerState.REJECTED
    volunteer.review_reason = reason
    volunteer.save(update_fields=["state", "review_reason"])
    if approve:
        counts.volunteers(volunteer.organisation_id)
    record("approve" if approve else "reject", scope=volunteer.organisation, obj=volunteer, user=user,
           before=before, reason=reason)
    return volunteer


@transaction.atomic
def link_scientist(user, volunteer: Volunteer, scientist_id) -> Volunteer:
    """Link the volunteer to a scientists' register record (or unlink with an empty id): linked, never copied."""
    _editable(user, volunteer)
    before = volunteer.snapshot()
    volunteer.scientist = visible_scientist(user, scientist_id) if scientist_id not in (None, "") else None
    volunteer.save(update_fields=["scientist"])
    record("update", scope=volunteer.organisation, obj=volunteer, user=user, before=before)
    return volunteer


def scientist_candidates(user, name: str, unit: str = "", limit: int = 20):
    """Scientists of the user's subtree by name (and unit), for the link's picker."""
    prefix = org_path_prefix(user)
    name = str(name or "").strip()[:50]
    if prefix is None or not name:
        return Scientist.objects.none()
    qs = Scientist.objects.filter(organisation__path__startswith=prefix, name__contains=name)
    if unit:
        qs = qs.filter(work_unit__contains=str(unit).strip()[:100])
    return qs.select_related("organisation").order_by("name", "id")[:limit]


def log_view(user, volunteer: Volunteer) -> None:
    """A view of the whole record (phone unmasked) is logged: who, when; the data itself is not copied."""
    record("view_personal", scope=volunteer.organisation, obj=volunteer, user=user, after={})
