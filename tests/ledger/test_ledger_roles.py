"""Roles that mean something: 督办 and 领导 get no button, form or link they could not use; password change in the
site's own layout."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from django.contrib.auth import get_user_model

# Forms every signed-in user may post: the language switch and sign-out.
OPEN_FORMS = {"/i18n/setlang/", "/accounts/logout/"}


class Targets(HTMLParser):
    """The links (<a href>) and the POST forms' actions of a page."""

    def __init__(self):
        super().__init__()
        self.links, self.post_forms = set(), set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and (attrs.get("href") or "").startswith("/"):
            self.links.add(attrs["href"])
        if tag == "form" and (attrs.get("method") or "get").lower() == "post":
            self.post_forms.add(attrs.get("action") or "(this page)")


def targets(response):
    parser = Targets()
    parser.feed(response.content.decode())
    return parser


@pytest.fixture
def readers(zunyi_plan, org):
    """督办 and 领导 of the issuing city (from the demo) and of a county the plan was sent to."""
    from kexie.orgs.services import upsert_user
    county = org("正安县科协")
    upsert_user("zhengan-supervisor", county, "supervisor", password="x-long-password-1")
    upsert_user("zhengan-leader", county, "leader", password="x-long-password-1")
    return ["zunyi-supervisor", "zunyi-leader", "zhengan-supervisor", "zhengan-leader"]


@pytest.mark.parametrize("who", range(4))
def test_supervisors_and_leaders_see_nothing_they_cannot_use(readers, who, zunyi_plan, client_for, org):
    username = readers[who]
    client = client_for(username)
    county_assignment = zunyi_plan.assignments.filter(organisation=org("正安县科协")).first()
    task = county_assignment.task
    start = ["/", "/documents/", "/orgs/", "/ledger/", "/ledger/inbox/", f"/ledger/{zunyi_plan.pk}/",
             f"/ledger/tasks/{task.pk}/", f"/ledger/assignments/{county_assignment.pk}/",
             f"/ledger/{zunyi_plan.pk}/filings/"]
    if zunyi_plan.document_id and username.startswith("zunyi"):
        start.append(f"/documents/{zunyi_plan.document_id}/")
    # The one thing a 督办 does: 催办 (oversight), on what its organisation issued; a county's 督办 cannot urge its
    # own county's work, a 领导 nothing.
    allowed = OPEN_FORMS | ({"/notices/urge/"} if username == "zunyi-supervisor" else set())
    links = set()
    for url in start:
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        found = targets(response)
        assert found.post_forms <= allowed, (username, url, found.post_forms - allowed)
        assert "data-action=" not in response.content.decode(), (username, url)  # no flow buttons
        links |= found.links
    assert any("/ledger/assignments/" in link for link in links)  # the crawl did reach the inbox rows
    refused = [link for link in sorted(links) if client.get(link).status_code == 403]
    assert not refused, (username, refused)


def test_the_inbox_offers_reports_to_staff_only(readers, client_for):
    assert b'class="report button' in client_for("zhengan-staff").get("/ledger/inbox/").content
    assert b'class="report button' not in client_for("zhengan-supervisor").get("/ledger/inbox/").content


def test_password_change_in_the_site_layout(zunyi_plan, client_for, user):
    client = client_for("zhengan-staff")
    home = client.get("/").content.decode()
    link = re.search(r'<a href="([^"]+)" id="password-change"', home).group(1)
    response = client.get(link)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="topbar"' in html and "/admin/" not in html and "django-admin" not in html
    staff = user("zhengan-staff")
    staff.set_password("old-long-password-1")
    staff.save()
    client.force_login(staff)
    response = client.post(link, {"old_password": "old-long-password-1", "new_password1": "Kexie-new-pass-2026",
                                  "new_password2": "Kexie-new-pass-2026"})
    assert response.status_code == 302 and "/admin/" not in response["Location"]
    done = client.get(response["Location"])
    assert done.status_code == 200 and b'class="topbar"' in done.content
    assert get_user_model().objects.get(pk=staff.pk).check_password("Kexie-new-pass-2026")


@pytest.mark.parametrize("username", ["zunyi-supervisor", "zunyi-leader"])
def test_a_draft_offers_readers_no_edits(zunyi_draft, client_for, username):
    client = client_for(username)
    response = client.get(f"/ledger/{zunyi_draft.pk}/review/")
    assert response.status_code == 200
    found = targets(response)
    assert found.post_forms <= OPEN_FORMS and b'id="publish"' not in response.content
    assert not [link for link in sorted(found.links) if client.get(link).status_code == 403]
    document = client.get(f"/documents/{zunyi_draft.document_id}/")
    assert b"build-ledger" not in document.content
