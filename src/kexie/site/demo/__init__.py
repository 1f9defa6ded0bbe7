"""Loading the demo: organisations, people and users from data.py, then the five seed documents."""

from __future__ import annotations

from importlib import resources

from django.contrib.auth.hashers import make_password
from django.db import transaction

from kexie.documents.services import IngestError, ingest, reparse
from kexie.orgs.models import Organisation, Person
from kexie.orgs.services import upsert_department, upsert_organisation, upsert_person, upsert_user

from . import data


def seeds_dir():
    return resources.files(__package__) / "seeds"


def _load_org(node: dict, parent, order: int, counts: dict) -> None:
    org, created = upsert_organisation(node["name"], parent=parent, level=node["level"], kind=node["kind"],
                                       short_name=node["short_name"], aliases=node["aliases"], order=order)
    counts["organisations"] += 1
    for i, (dept, aliases) in enumerate(node["departments"]):
        upsert_department(org, dept, aliases, order=i)
    for i, (name, titles, dept) in enumerate(node["people"]):
        upsert_person(org, name, titles, dept, order=i)
        counts["people"] += 1
    for i, child in enumerate(node["children"]):
        _load_org(child, org, i, counts)


@transaction.atomic
def load_people_and_users() -> dict:
    """The organisation tree, its people and the demo sign-ins; running it again changes nothing."""
    counts = {"organisations": 0, "people": 0, "users": 0}
    _load_org(data.TREE, None, 0, counts)
    password_hash = make_password(data.DEMO_PASSWORD)
    for username, org_name, role, person_name, full_name in data.USERS:
        org = Organisation.objects.get(name=org_name)
        person = Person.objects.filter(name=person_name, organisation=org).first() if person_name else None
        upsert_user(username, org, role, password_hash=password_hash, full_name=full_name, person=person)
        counts["users"] += 1
    return counts


def load_seeds() -> list[tuple[str, str]]:
    """Ingest the seed documents, each for the organisation that files it; returns (file, outcome) pairs."""
    outcomes = []
    for entry in sorted(seeds_dir().iterdir(), key=lambda p: p.name):
        if not entry.is_file():
            continue
        owner = Organisation.objects.get(name=data.SEED_OWNERS.get(entry.name, data.TREE["name"]))
        try:
            document, created = ingest(entry.read_bytes(), entry.name, owner)
        except IngestError as e:
            outcomes.append((entry.name, f"error: {e}"))
            continue
        if not created:
            # The reader may have improved since the demo was first loaded: read the original again.
            reparse(document)
        outcomes.append((entry.name, f"{'stored' if created else 'already stored (parse refreshed)'} "
                                     f"for {owner.display_name}"))
    return outcomes
