"""In headless chromium: sign in, upload a seed, see its outline, sign out; screenshots kept in test-artifacts/."""

from __future__ import annotations


import pytest

from platform_helpers import ARTIFACTS, SEEDS




@pytest.fixture
def demo_users(transactional_db):
    # Loaded before the browser starts: once Playwright's event loop runs, ORM calls here would open
    # connections in another context that outlive the test.
    from kexie.site.demo import load_people_and_users
    load_people_and_users()


def test_sign_in_upload_outline_sign_out(demo_users, live_server, browser_page):
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser_page

    def shot(name):
        page.screenshot(path=str(ARTIFACTS / f"browser-{name}.png"), full_page=True)

    page.goto(f"{live_server.url}/")
    assert "/accounts/login/" in page.url
    page.fill("input[name=username]", "zunyi-staff")
    page.fill("input[name=password]", "kexie-demo-2022")
    shot("1-sign-in")
    page.click("main button[type=submit]")
    try:
        page.wait_for_url(f"{live_server.url}/")
    finally:
        shot("1b-after-sign-in")
    assert "遵义市科学技术协会" in page.inner_text("main")

    page.click("text=上传")
    seed = SEEDS / "zunyi-2022-6-implementation-plan.txt"
    page.set_input_files("#upload-files", [str(seed)])
    page.click("#upload-form button[type=submit]")
    page.wait_for_selector("#upload-results li.ok a.result-link", timeout=30_000)
    assert page.get_attribute("#upload-results li.ok progress", "value") == "100"
    shot("2-uploaded")

    page.click("#upload-results li.ok a.result-link")
    page.wait_for_selector("#doc-title")
    assert "zunyi-2022-6-implementation-plan.txt" in page.inner_text("main")
    # The outline as the reader gives it today; with a stub reader the page says there is none.
    from kexie.reader import parse
    outline = parse(seed.read_bytes(), filename=seed.name).outline
    if outline:
        page.wait_for_selector("#outline")
        assert outline[0].heading in page.inner_text("#outline")
    else:
        assert page.is_visible("#outline-empty")
    shot("3-document")

    page.click("#logout")
    page.wait_for_url("**/accounts/login/")
    shot("4-signed-out")
    page.goto(f"{live_server.url}/documents/")
    assert "/accounts/login/" in page.url
    # The strict Content-Security-Policy held: no script or style was refused on the way.
    assert not [e for e in page.csp_errors if "Content Security Policy" in e], page.csp_errors
