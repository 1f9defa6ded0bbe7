"""Small services on organisations, people and users, shared by the demo loader, the importers and the admin."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db import transaction

from .models import Department, Membership, Organisation, Person, Position, MemberRole, normalise_name


def upsert_organisation(name: str, *, parent: Organisation | None, level: int, kind: str = "association",
                        short_name: str = "", aliases=(), order: int = 0) -> tuple[Organisation, bool]:
    """Create or update the organisation of this name; returns (organisation, created)."""
    org = Organisation.objects.filter(name=normalise_name(name)).first()
    created = org is None
    if created:
        org = Organisation(name=name)
    org.parent, org.level, org.kind, org.short_name, org.order = parent, level, kind, short_name, order
    org.set_aliases(aliases)
    org.save()
    return org, created


def upsert_department(organisation: Organisation, name: str, aliases=None, order: int | None = None) -> Department:
    """The department of this name, created if missing; aliases and order change only when given."""
    dept, created = Department.objects.get_or_create(organisation=organisation, name=normalise_name(name),
                                                     defaults={"order": order or 0})
    changed = False
    if aliases is not None:
        alias_text = "\n".join(normalise_name(a) for a in aliases if normalise_name(a))
        changed |= dept.aliases != alias_text
        dept.aliases = alias_text
    if order is not None and dept.order != order:
        dept.order, changed = order, True
    if changed:
        dept.save()
    return dept


@transaction.atomic
def upsert_person(organisation: Organisation, name: str, titles=(), department: str | None = None,
                  phone: str = "", email: str = "", order: int = 0) -> tuple[Person, bool]:
    """Create or update a person of an organisation with exactly these titles, in this order."""
    dept = None
    if department:
        dept = upsert_department(organisation, department) if not isinstance(department, Department) else department
    person, created = Person.objects.get_or_create(organisation=organisation, name=normalise_name(name),
                                                   defaults={"order": order})
    person.department, person.phone, person.email, person.order = dept, phone or "", email or "", order
    person.save()
    set_titles(person, titles)
    return person, created


def set_titles(person: Person, titles) -> None:
    titles = list(dict.fromkeys(t.strip() for t in titles if t and t.strip()))
    person.positions.exclude(title__in=titles).delete()
    existing = {p.title: p for p in person.positions.all()}
    for i, title in enumerate(titles):
        pos = existing.get(title)
        if pos is None:
            Position.objects.create(person=person, title=title, order=i)
        elif pos.order != i:
            pos.order = i
            pos.save(update_fields=["order"])


@transaction.atomic
def upsert_user(username: str, organisation: Organisation, role: str, *, password: str | None = None,
                password_hash: str | None = None, full_name: str = "", person: Person | None = None):
    """A user who acts for an organisation with a role. Administrators of a top organisation get the admin site.

    password_hash (from make_password) lets a loader hash one shared password once instead of per user.
    """
    User = get_user_model()
    user, created = User.objects.get_or_create(username=username)
    user.first_name = full_name[:150]
    top_admin = role == MemberRole.ADMIN and organisation.parent_id is None
    user.is_staff = user.is_superuser = top_admin
    if password is not None:
        user.set_password(password)
    elif password_hash is not None:
        user.password = password_hash
    user.save()
    Membership.objects.update_or_create(user=user, defaults={"organisation": organisation, "role": role,
                                                             "person": person})
    return user, created
