"""Every change to the register, visits and 联系对象: validated at the edge, written in one transaction, logged.

Pages, the API and the import all call these; each raises WorkersError (one sentence) and writes nothing then.
"""

from __future__ import annotations

import datetime
import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from kexie.audit.log import record
from kexie.documents import filetypes, storage
from kexie.orgs.access import require_editor
from kexie.orgs.models import Person
from kexie.validation import check_for_field
from kexie.workdays.calendar import Calendar

from .access import require_keeper
from .errors import WorkersError
from .models import (ContactKind, ContactPair, ContactPeriod, Gender, Scientist, ScientistTag, Visit,
                     VisitPhoto, refresh_counts, refresh_visit_counts)

TEXT_FIELDS = ("name", "work_unit", "field", "title", "honours", "phone", "email")
# Markup in a name or unit is never a name: refused rather than stored (pages escape it anyway).
MARKUP = re.compile(r"[<>]|javascript:", re.IGNORECASE)
PHONE = re.compile(r"^[0-9+\-() ]{3,30}$")
PHOTO_TYPES = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp"}
MAX_PHOTOS = 20


def _check(model, name, value):
    try:
        return check_for_field(model, name, value)
    except ValidationError as e:
        raise WorkersError(e.messages[0]) from None


def clean_scientist(data: dict, tag_names: dict[str, ScientistTag] | None = None) -> dict:
    """The register's fields from untrusted input (a form, the API, an import row): values to store, or
    WorkersError naming the field. `tags` is a list of tag names (or one string split at 、,，;；)."""
    out = {}
    for name in TEXT_FIELDS:
        out[name] = _check(Scientist, name, str(data.get(name) or "").strip())
    if not out["name"]:
        raise WorkersError(_("请填写姓名。"))
    for name in ("name", "work_unit", "field", "title", "honours"):
        if MARKUP.search(out[name]):
            raise WorkersError(_("%(label)s不能含有 < > 等网页代码符号，请只填写文字。")
                               % {"label": Scientist._meta.get_field(name).verbose_name})
    gender = str(data.get("gender") or "").strip().rstrip("性")
    if gender not in ("", *Gender.values):
        raise WorkersError(_("性别应为“男”或“女”，“%(v)s”不是。") % {"v": gender[:10]})
    out["gender"] = gender
    year = data.get("birth_year")
    if year in (None, ""):
        out["birth_year"] = None
    else:
        this_year = timezone.localdate().year
        try:
            out["birth_year"] = int(_check(Scientist, "birth_year", str(year).strip().removesuffix("年")))
        except WorkersError:
            raise WorkersError(_("出生年份应为四位年份，例如 1975，“%(v)s”不是。") % {"v": str(year)[:20]}) from None
        if not 1900 <= out["birth_year"] <= this_year:
            raise WorkersError(_("出生年份应在 1900 到 %(y)d 之间，“%(v)s”不对。") % {"y": this_year, "v": year})
    if out["phone"] and not PHONE.match(out["phone"]):
        raise WorkersError(_("联系电话只能含数字、空格、+、- 和括号，“%(v)s”不是电话号码。") % {"v": out["phone"][:30]})
    if out["email"]:
        try:
            validate_email(out["email"])
        except ValidationError:
            raise WorkersError(_("电子邮箱“%(v)s”格式不对，请检查。") % {"v": out["email"][:60]}) from None
    raw_tags = data.get("tags") or []
    if isinstance(raw_tags, str):
        raw_tags = re.split(r"[、,，;；\s]+", raw_tags)
    known = tag_names if tag_names is not None else {t.name: t for t in ScientistTag.objects.all()}
    tags = []
    for t in raw_tags:
        t = str(t).strip()
        if not t:
            continue
        if t not in known:
            raise WorkersError(_("标签“%(t)s”不在标签表中，可用的标签：%(known)s。")
                               % {"t": t[:20], "known": "、".join(known) or _("（无）")})
        tags.append(known[t])
    out["tags"] = list(dict.fromkeys(tags))
    return out


def duplicate_of(organisation_id: int, values: dict, exclude_pk=None) -> Scientist | None:
    """The record of this organisation with the same name, work unit and phone (the register's duplicate rule)."""
    qs = Scientist.objects.filter(organisation_id=organisation_id, name=values["name"],
                                  work_unit=values["work_unit"], phone=values["phone"])
    if exclude_pk:
        qs = qs.exclude(pk=exclude_pk)
    return qs.first()


def _refuse_duplicate(organisation_id, values, exclude_pk=None):
    dup = duplicate_of(organisation_id, values, exclude_pk)
    if dup is not None:
        raise WorkersError(_("本组织已有姓名、工作单位和电话都相同的记录（编号 %(pk)d），请勿重复建档。") % {"pk": dup.pk})


def create_scientist(user, data: dict) -> Scientist:
    """A new record kept by the user's organisation (editors only: 403 for 督办 and 领导)."""
    membership = require_editor(user)
    values = clean_scientist(data)
    tags = values.pop("tags")
    with transaction.atomic():
        _refuse_duplicate(membership.organisation_id, values)
        s = Scientist.objects.create(organisation=membership.organisation, created_by=user, **values)
        s.tags.set(tags)
        refresh_counts([s.organisation_id])
        record("workers.create", scope=membership.organisation, obj=s, user=user)
    return s


def update_scientist(user, scientist: Scientist, data: dict) -> Scientist:
    require_keeper(user, scientist)
    values = clean_scientist(data)
    tags = values.pop("tags")
    with transaction.atomic():
        _refuse_duplicate(scientist.organisation_id, values, scientist.pk)
        before = scientist.snapshot()
        for k, v in values.items():
            setattr(scientist, k, v)
        scientist.save()
        scientist.tags.set(tags)
        record("workers.update", scope=scientist.organisation, obj=scientist, user=user, before=before)
    return scientist


def delete_scientist(user, scientist: Scientist) -> None:
    require_keeper(user, scientist)
    with transaction.atomic():
        record("workers.delete", scope=scientist.organisation, obj=scientist, user=user,
               before=scientist.snapshot(), after={"deleted": True})
        scientist.delete()
        refresh_counts([scientist.organisation_id])


# --- 走访慰问 ---------------------------------------------------------------------------------------------------

def parse_date(value, label: str) -> datetime.date:
    text = str(value or "").strip()
    try:
        day = datetime.date.fromisoformat(text)
    except ValueError:
        raise WorkersError(_("%(label)s应为日期，例如 2022-04-13，“%(v)s”不是。") % {"label": label, "v": text[:20]}) \
            from None
    if not 2000 <= day.year <= 2100:
        raise WorkersError(_("%(label)s“%(v)s”不在 2000 年到 2100 年之间。") % {"label": label, "v": text[:20]})
    return day


def photo_limit() -> int:
    """The largest photo a visit takes, in bytes (KEXIE_WORKERS_PHOTO_MAX_MB)."""
    return int(getattr(settings, "KEXIE_WORKERS_PHOTO_MAX_BYTES", 10 << 20))


def check_photo(filename: str, data: bytes):
    """(name, type) of an acceptable photo: an image by extension and bytes, within the size limit."""
    try:
        name, kind = filetypes.check(filename, data, photo_limit())
    except filetypes.FileTypeError as e:
        raise WorkersError(str(e)) from None
    if not any(name.lower().endswith(ext) for ext in PHOTO_TYPES):
        raise WorkersError(_("%(name)s：照片只能是 JPG、PNG、GIF、WebP 或 BMP 图片。") % {"name": name})
    return name, kind


def _ids(values, label: str) -> list[int]:
    out = []
    for v in values or []:
        text = str(v).strip()
        if not text.isdigit() or len(text) > 18:
            raise WorkersError(_("%(label)s的编号“%(v)s”不对。") % {"label": label, "v": text[:20]})
        out.append(int(text))
    return list(dict.fromkeys(out))


def create_visit(user, data: dict, photos=()) -> Visit:
    """A visit/contact of the user's organisation with scientists of its subtree's register and people of its
    own; photos are (filename, bytes). Updates the 联系对象 it covers in the same transaction."""
    from .access import visible_scientists
    membership = require_editor(user)
    org = membership.organisation
    day = parse_date(data.get("date"), _("日期"))
    if day > timezone.localdate():
        raise WorkersError(_("日期“%(d)s”还没到，请填写已经发生的走访联系。") % {"d": day.isoformat()})
    kind = str(data.get("kind") or "").strip()
    if kind not in ContactKind.values:
        raise WorkersError(_("方式应为 走访、慰问、座谈、电话 或 调研。"))
    notes = _check(Visit, "notes", data.get("notes") or "")
    requests_raised = _check(Visit, "requests_raised", data.get("requests_raised") or "")
    for label, text in ((_("情况记录"), notes), (_("反映的诉求"), requests_raised)):
        if len(text) > 5000:
            raise WorkersError(_("%(label)s最多 5000 个字，请精简。") % {"label": label})
    scientist_ids = _ids(data.get("scientists"), _("科技工作者"))
    if not scientist_ids:
        raise WorkersError(_("请至少选择一位科技工作者。"))
    scientists = list(visible_scientists(user).filter(pk__in=scientist_ids).values_list("pk", flat=True))
    if len(scientists) != len(scientist_ids):
        raise WorkersError(_("所选的科技工作者有的不在本组织可见的名录中，请重新选择。"))
    person_ids = _ids(data.get("people"), _("科协人员"))
    people = list(Person.objects.filter(organisation=org, pk__in=person_ids).values_list("pk", flat=True))
    if len(people) != len(person_ids):
        raise WorkersError(_("所选的科协人员有的不是本组织的人员，请重新选择。"))
    photos = list(photos)
    if len(photos) > MAX_PHOTOS:
        raise WorkersError(_("一次最多上传 %(n)d 张照片。") % {"n": MAX_PHOTOS})
    checked = [(*check_photo(name, blob), blob) for name, blob in photos]
    with transaction.atomic():
        visit = Visit.objects.create(organisation=org, date=day, kind=kind, notes=notes,
                                     requests_raised=requests_raised, created_by=user)
        visit.scientists.set(scientists)
        visit.people.set(people)
        for name, kind_, blob in checked:
            sha = storage.sha256_of(blob)
            storage.write_blob(blob, sha)  # content-addressed: a rollback leaves at most an unreferenced blob
            VisitPhoto.objects.create(visit=visit, filename=name, sha256=sha, size=len(blob),
                                      content_type=kind_.content_type)
        record("workers.visit", scope=org, obj=visit, user=user,
               after={**visit.snapshot(), "scientists": scientists, "people": people})
        refresh_pairs(ContactPair.objects.filter(scientist_id__in=scientists, person_id__in=people))
        refresh_visit_counts([(org.pk, day.year)])
    return visit


def delete_visit(user, visit: Visit) -> None:
    require_keeper(user, visit)
    with transaction.atomic():
        scientists = list(visit.scientists.values_list("pk", flat=True))
        people = list(visit.people.values_list("pk", flat=True))
        record("workers.visit_delete", scope=visit.organisation, obj=visit, user=user, before=visit.snapshot(),
               after={"deleted": True})
        visit.delete()
        refresh_pairs(ContactPair.objects.filter(scientist_id__in=scientists, person_id__in=people))
        refresh_visit_counts([(visit.organisation_id, visit.date.year)])


# --- 联系对象 -------------------------------------------------------------------------------------------------

def due_date(pair: ContactPair, calendar: Calendar | None = None) -> datetime.date:
    """The day the next contact is due: the interval after the last contact (or the start), moved to a workday."""
    base = pair.last_contact or pair.started_on
    day = base + datetime.timedelta(days=pair.interval_days)
    calendar = calendar or Calendar.around(day)
    return calendar.next_workday(day)


def refresh_pairs(pairs) -> int:
    """Recompute last_contact and due_on of these pairs from the visits naming both the person and the scientist."""
    n = 0
    for pair in pairs.select_for_update():
        last = (Visit.objects.filter(scientists=pair.scientist_id, people=pair.person_id)
                .aggregate(d=Max("date"))["d"])
        pair.last_contact = last
        pair.due_on = due_date(pair)
        pair.save(update_fields=["last_contact", "due_on"])
        n += 1
    return n


def create_pair(user, data: dict) -> ContactPair:
    """Give a person of the user's organisation a scientist of its subtree to keep in contact with."""
    from .access import visible_scientists
    membership = require_editor(user)
    org = membership.organisation
    person_id, scientist_id = (_ids([data.get("person")], _("联系人")) or [None])[0], \
        (_ids([data.get("scientist")], _("联系对象")) or [None])[0]
    person = Person.objects.filter(organisation=org, pk=person_id).first() if person_id else None
    if person is None:
        raise WorkersError(_("请选择本组织的一位人员作为联系人。"))
    scientist = visible_scientists(user).filter(pk=scientist_id).first() if scientist_id else None
    if scientist is None:
        raise WorkersError(_("请选择名录中的一位科技工作者作为联系对象。"))
    period = str(data.get("period") or ContactPeriod.QUARTER)
    if period not in ContactPeriod.values:
        raise WorkersError(_("周期应为 每月、每季度、每半年 或 每年。"))
    try:
        target = int(_check(ContactPair, "target", str(data.get("target") or "1")))
    except (WorkersError, ValueError):
        raise WorkersError(_("每期至少联系次数应为 1 到 30 的整数。")) from None
    if not 1 <= target <= 30:
        raise WorkersError(_("每期至少联系次数应为 1 到 30 的整数。"))
    with transaction.atomic():
        if ContactPair.objects.filter(person=person, scientist=scientist).exists():
            raise WorkersError(_("%(p)s 已经联系 %(s)s，无需重复设置。") % {"p": person.name, "s": scientist.name})
        pair = ContactPair(organisation=org, person=person, scientist=scientist, period=period, target=target,
                           started_on=timezone.localdate(), created_by=user)
        pair.last_contact = (Visit.objects.filter(scientists=scientist, people=person)
                             .aggregate(d=Max("date"))["d"])
        pair.due_on = due_date(pair)
        pair.save()
        record("workers.pair", scope=org, obj=pair, user=user)
    return pair


def delete_pair(user, pair: ContactPair) -> None:
    require_keeper(user, pair)
    with transaction.atomic():
        record("workers.pair_delete", scope=pair.organisation, obj=pair, user=user, before=pair.snapshot(),
               after={"deleted": True})
        pair.delete()
