"""报道拆分: the Sichuan newspaper page split into its units' reports, recorded on their behalf by the province."""

from __future__ import annotations

import pytest
from django.http import Http404

from kexie.audit.models import Entry
from kexie.ledger.errors import LedgerError, NotAllowed
from kexie.ledger.models import Assignment, Report
from kexie.ledger.reports import submit_report
from kexie.office import page_split
import matching_world as world
from matching_world import EXPECTED, staff_of

# The shared fixtures (pytest finds them as this module's names).
seeded, page, sign_in = world.seeded, world.page, world.sign_in

pytestmark = pytest.mark.django_db

# By reading the page: its six items and the organisation record each is by.
UNITS = ["四川省科协", "泸州市科协", "内江市科协", "广元市科协", "沙湾区老科协", "中山市科协"]


def _sichuan_assignment(city):
    return Assignment.objects.get(plan__organisation__short_name="四川省科协", organisation__short_name=city)


def test_the_page_splits_into_its_units_items(page, user):
    rows = page_split.split(user("sichuan-admin"), page)
    assert [r.unit_label for r in rows] == UNITS
    assert [r.unit.organisation.short_name for r in rows[:5]] == UNITS[:5]
    assert all(r.unit.certain for r in rows[:5])
    # 中山市科协 is Guangdong's: not in the province's scope, not mistaken for 乐山市科协 (offered, for a person).
    assert rows[5].unit.organisation is None and not rows[5].unit.certain
    for r in rows:
        expected = EXPECTED.get(r.unit_label)
        if isinstance(expected, tuple) and expected[0] == "四川省科协":
            a = r.best.assignment
            assert (a.task.outline_id, a.organisation.short_name) == expected[1:] and r.best.may_record
    # The province records only on its own plan: 中山's item (广东's plan) offers nothing to it.
    assert rows[5].proposals == []
    assert "定点帮扶" in rows[0].report_text and rows[1].report_text.startswith("任务。")
    # The demo recorded the cities' items from this page already: they are marked, and not ticked again.
    assert [r.recorded for r in rows] == [False, True, True, True, True, False]


def test_confirming_records_on_behalf_with_the_page_kept(page, sign_in):
    c = sign_in("四川省科协")
    r = c.get(f"/office/documents/{page.pk}/split/")
    assert r.status_code == 200
    html = r.content.decode()
    assert "泸州市科协" in html and "学习宣传贯彻党的二十大精神" in html and 'name="take_1" value="on">' in html
    assert "已录入" in html
    luzhou, neijiang = _sichuan_assignment("泸州市科协"), _sichuan_assignment("内江市科协")
    before = Report.objects.count()
    r = c.post(f"/office/documents/{page.pk}/split/", {
        "action": "confirm", "take_1": "on", "assignment_1": luzhou.pk, "take_2": "on", "assignment_2": neijiang.pk})
    assert r.status_code == 302
    assert Report.objects.count() == before + 2
    made = Report.objects.filter(assignment=luzhou).latest("id")
    assert made.source_document == page and made.author.membership.organisation.short_name == "四川省科协"
    assert made.text.startswith("任务。") and "二十大" in made.text
    history = Entry.objects.filter(object_type="ledger.report", object_id=made.pk, action="report").get()
    assert history.after["on_behalf_from"]["document"] == page.pk
    # The unit's page shows it was recorded from a report.
    page_html = sign_in("泸州市科协").get(f"/ledger/assignments/{luzhou.pk}/").content.decode()
    assert "据报道代录" in page_html


def test_a_corrected_unit_rematches(page, sign_in):
    from kexie.orgs.models import Organisation
    guangyuan = Organisation.objects.get(short_name="广元市科协")
    r = sign_in("四川省科协").post(f"/office/documents/{page.pk}/split/", {"action": "rematch",
                                                                       "unit_1": guangyuan.pk})
    assert r.status_code == 200
    row = r.context["rows"][1]
    assert row.unit.organisation == guangyuan and row.best.assignment.organisation == guangyuan


def test_a_bad_confirm_writes_nothing(page, sign_in):
    c = sign_in("四川省科协")
    luzhou = _sichuan_assignment("泸州市科协")
    zhongshan = Assignment.objects.filter(organisation__short_name="中山市科协").first()  # not the province's plan
    before = (Report.objects.count(), Entry.objects.count())
    r = c.post(f"/office/documents/{page.pk}/split/", {
        "action": "confirm", "take_1": "on", "assignment_1": luzhou.pk, "take_5": "on", "assignment_5": zhongshan.pk})
    assert r.status_code == 404 and (Report.objects.count(), Entry.objects.count()) == before  # not the province's
    r = sign_in("四川省科协", "leader").post(f"/office/documents/{page.pk}/split/", {
        "action": "confirm", "take_1": "on", "assignment_1": luzhou.pk})
    assert r.status_code == 403 and (Report.objects.count(), Entry.objects.count()) == before  # read-only role
    for bad in ({"take_1": "on"}, {"take_1": "on", "assignment_1": "x"}, {"take_99": "on", "assignment_99": luzhou.pk},
                {}):
        r = c.post(f"/office/documents/{page.pk}/split/", {"action": "confirm", **bad})
        assert r.status_code == 400 and (Report.objects.count(), Entry.objects.count()) == before, bad


def test_scope(page, sign_in, client, user):
    url = f"/office/documents/{page.pk}/split/"
    assert sign_in("广东省科协").get(url).status_code == 404  # another province
    assert sign_in("泸州市科协").get(url).status_code == 404  # a unit does not read the province's page
    assert client.get(url).status_code == 302  # anonymous → sign in
    assert sign_in("四川省科协").get("/office/documents/99999999/split/").status_code == 404
    with pytest.raises(Http404):  # a document without segments
        from kexie.documents.models import Document
        page_split.get_page_for_user(user("cast-admin"), Document.objects.exclude(pk=page.pk).first().pk)
    # A read-only role of the province sees the rows but has nothing to record.
    r = sign_in("四川省科协", "leader").get(url)
    assert r.status_code == 200 and 'name="take_' not in r.content.decode()


def test_only_the_issuer_records_on_behalf(page):
    neijiang = _sichuan_assignment("内江市科协")
    luzhou_editor = staff_of("泸州市科协")
    with pytest.raises(NotAllowed):  # a sibling unit's editor, even with the page in hand
        submit_report(neijiang, luzhou_editor, text="代录", on_behalf_from=page)
    with pytest.raises(NotAllowed):  # a read-only role of the issuer
        submit_report(neijiang, staff_of("四川省科协", "supervisor"), text="代录", on_behalf_from=page)
    with pytest.raises(NotAllowed):  # without the page, the issuer is no handler
        submit_report(neijiang, staff_of("四川省科协"), text="代录")
    other = Assignment.objects.filter(organisation__short_name="中山市科协").first()
    with pytest.raises(NotAllowed):  # on another issuer's plan
        submit_report(other, staff_of("四川省科协"), text="代录", on_behalf_from=page)
    with pytest.raises(LedgerError):
        page_split.confirm(staff_of("四川省科协"), page, {})


def test_the_document_page_links_to_the_split(page, sign_in):
    html = sign_in("四川省科协").get(f"/documents/{page.pk}/").content.decode()
    assert f"/office/documents/{page.pk}/split/" in html


def test_split_cost_does_not_grow_with_items(page, user, django_assert_max_num_queries):
    with django_assert_max_num_queries(4 + 3 * len(page.parse["segments"])):
        page_split.split(user("sichuan-admin"), page)


def test_the_pages_read_in_english(page, sign_in, settings):
    c = sign_in("四川省科协")
    c.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    html = c.get(f"/office/documents/{page.pk}/split/").content.decode()
    assert "Split into units' reports" in html and "Confirm and record" in html and "确认录入" not in html
    html = c.post("/office/match/", {"text": "", "action": "match"}).content.decode()
    assert "Match reports to tasks" in html and "Find tasks" in html and "请填写" not in html


def test_any_unit_below_can_be_picked(page, user):
    """中山's item has no unit in Sichuan: the province's cities are offered besides the near names."""
    rows = page_split.split(user("sichuan-admin"), page)
    offered = {o.short_name for o, _score in rows[5].unit.choices}
    assert {"乐山市科协", "泸州市科协", "成都市科协"} <= offered


def test_the_split_page_fits_a_phone_and_records(page, sign_in, settings, live_server, browser_page):
    """At 390 px wide the rows stack and fit; ticking an item and confirming records it."""
    urls = {"split": f"/office/documents/{page.pk}/split/"}  # looked up before the browser starts
    before = Report.objects.filter(source_document=page).count()
    b = browser_page
    b.set_viewport_size({"width": 390, "height": 844})
    session = sign_in("四川省科协").cookies[settings.SESSION_COOKIE_NAME].value  # signed in as the province's 经办
    b.context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url}])
    b.goto(live_server.url + urls["split"])
    width = b.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"{width} px wide"
    assert b.locator("input[name=take_0]").count() == 0  # 四川省科协's own item: no task of its own to record on
    b.check("input[name=take_2]")  # 内江's item (recorded by the demo already, so not ticked by itself)
    with b.expect_navigation():
        b.click("#split-confirm")
    assert "已录入 1 条报送" in b.content()
    assert Report.objects.filter(source_document=page).count() == before + 1
