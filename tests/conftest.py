"""Fixtures shared by the platform, ledger, oversight and office tests (the reader's tests need none of them):
the demo's organisations and sign-ins, clients signed in as them, the Zunyi plan stored, built and published."""

from __future__ import annotations

import pytest


@pytest.fixture
def data_dir(settings, tmp_path):
    """Originals go to a fresh directory, so tests never share or leave blobs behind."""
    settings.ORIGINALS_DIR = tmp_path / "originals"
    settings.EXPORTS_DIR = tmp_path / "exports"
    # A fast hasher: the tests sign in often and what they test is not PBKDF2.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    return tmp_path


@pytest.fixture
def demo(db):
    """The demo tree, people and users (not the seed documents)."""
    from kexie.site.demo import load_people_and_users
    load_people_and_users()


@pytest.fixture
def org(demo):
    """Look up an organisation of the demo by its short name or name."""
    from kexie.orgs.models import Organisation

    def get(name):
        return Organisation.objects.named(name).get()
    return get


@pytest.fixture
def user(demo):
    from django.contrib.auth import get_user_model

    def get(username):
        return get_user_model().objects.get(username=username)
    return get


@pytest.fixture
def client_for(user):
    """A fresh test client signed in as one of the demo users (several may be open at once)."""
    from django.test import Client

    def sign_in(username):
        c = Client()
        c.force_login(user(username))
        return c
    return sign_in


@pytest.fixture
def zunyi_doc(org):
    from ledger_helpers import ingest_seed
    return ingest_seed("zunyi-2022-6-implementation-plan.txt", org("遵义市科协"))


@pytest.fixture
def zunyi_draft(zunyi_doc, user):
    from kexie.ledger.services import build_plan
    plan, _ = build_plan(zunyi_doc, user("zunyi-staff"))
    return plan


@pytest.fixture
def zunyi_plan(zunyi_draft, user):
    """The Zunyi plan, reviewed and published."""
    from ledger_helpers import resolve_all

    from kexie.ledger import services
    staff = user("zunyi-staff")
    resolve_all(zunyi_draft, staff)
    services.publish(zunyi_draft, staff)
    zunyi_draft.refresh_from_db()
    return zunyi_draft


CHROMIUM = "/usr/bin/chromium"  # Debian's; tests never download a browser
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture
def browser_page(monkeypatch):
    """A page of headless chromium in a zh-CN context; its console errors (CSP violations) in page.csp_errors.

    Skipped without /usr/bin/chromium, unless KEXIE_REQUIRE_BROWSER=1 (CI), where that is a failure.
    """
    import os
    if not os.path.exists(CHROMIUM):
        if os.environ.get("KEXIE_REQUIRE_BROWSER") == "1":
            pytest.fail(f"KEXIE_REQUIRE_BROWSER=1 but {CHROMIUM} is missing (apt-get install chromium)")
        pytest.skip(f"no {CHROMIUM}")
    # Playwright's sync API runs an event loop in this thread; Django's ORM calls here are still synchronous.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    # The live server answers each request in a new thread: close its connections at once, or they
    # outlive the test and PostgreSQL refuses to drop the test database.
    from django.db import connection
    monkeypatch.setitem(connection.settings_dict, "CONN_MAX_AGE", 0)
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        context = browser.new_context(locale="zh-CN", viewport={"width": 1280, "height": 900})
        page = context.new_page()
        page.set_default_timeout(20_000)
        errors = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.csp_errors = errors
        yield page
        context.close()
        browser.close()


@pytest.fixture(autouse=True, scope="session")
def _probe_counts(request):
    """With KEXIE_PROBE_COUNTS=1, print how many requests each test module sent (the closing figures of the
    access, input and concurrency probes); otherwise nothing."""
    import collections
    import os
    if os.environ.get("KEXIE_PROBE_COUNTS") != "1":
        yield
        return
    from django.core.signals import request_started
    counts: collections.Counter = collections.Counter()

    def count(sender, **kwargs):
        counts[os.environ.get("PYTEST_CURRENT_TEST", "?").split("::")[0]] += 1
    request_started.connect(count, weak=False)
    yield
    request_started.disconnect(count)
    print("\nrequests per test module:")
    for module, n in sorted(counts.items()):
        print(f"{n:8d}  {module}")
    print(f"{sum(counts.values()):8d}  in all")


@pytest.fixture(autouse=True)
def _chinese_first():
    """Each test starts in the interface's first language: a page asked for in English (the locale middleware
    activates it for the thread) must not turn a later test's direct calls into English."""
    from django.utils import translation
    translation.activate("zh-hans")
    yield
    translation.activate("zh-hans")
