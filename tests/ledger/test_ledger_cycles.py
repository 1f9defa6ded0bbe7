"""Reporting per period (周期报送): the report form's period and pre-fill, the slot a report fills, bad periods on the
page and the API, the assignment page's periods (scope, one query whatever their number), the inbox's next
period, period lights and the reminders of unreported periods."""

from __future__ import annotations

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from kexie.ledger import cycles, services, task_rhythms
from kexie.ledger.lights import Clock, Light
from kexie.ledger.models import PeriodSlot, Report, Rhythm
from kexie.ledger.rhythms import periods_of

from cycles_dates import quarter_start


def _periods(task):
    """(three past quarters, the current one, the next one) of world_rhythm's task."""
    ps = periods_of(task)
    assert len(ps) == 5
    return ps[:3], ps[3], ps[4]


def _report(w, a, period, *, at=None, text="本期开展科普活动三场。", percent=30):
    a.refresh_from_db()
    return services.submit_report(a, w.users["county1" if a.organisation.short_name == "甲一县科协" else "county2"],
                                  text=text, percent=percent, period=period.key, created_at=at)


def _at(day: datetime.date):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(10)))


def test_report_fills_its_period_slot_and_a_second_moves_it(world_rhythm):
    w, task = world_rhythm
    past, _current, _next = _periods(task)
    a = w.assignments["甲一县科协"]
    first = _report(w, a, past[0], at=_at(past[0].due - datetime.timedelta(days=1)))
    slot = PeriodSlot.objects.get(assignment=a, period=past[0].key)
    assert (slot.report_id, slot.reports, slot.due_date, slot.on_time) == (first.pk, 1, past[0].due, True)
    second = _report(w, a, past[0], text="补充：又开展两场。")
    slot.refresh_from_db()
    assert (slot.report_id, slot.reports, slot.first_reported_at, slot.on_time) == (second.pk, 2, first.created_at,
                                                                                     True)
    late = _report(w, a, past[1])  # now, after the quarter's last day
    assert PeriodSlot.objects.get(assignment=a, period=past[1].key).on_time is False
    assert late.period == past[1].key and late.period_label == past[1].label


def test_form_defaults_to_first_unreported_started_period_and_prefills(world_rhythm, client_for_world):
    w, task = world_rhythm
    past, current, nxt = _periods(task)
    a = w.assignments["甲一县科协"]
    c = client_for_world("county1")
    page = c.get(f"/ledger/assignments/{a.pk}/report/").content.decode()
    for p in (*past, current):
        assert f'value="{p.key}"' in page
    assert f'value="{nxt.key}"' not in page  # not started: not offered
    assert f'<option value="{past[0].key}" selected>' in page
    _report(w, a, past[0], text="第一期：学习培训两场。", percent=25)
    _report(w, a, past[1], text="第二期：集中宣讲四场。", percent=40)
    page = c.get(f"/ledger/assignments/{a.pk}/report/").content.decode()
    # The first period not reported yet, pre-filled from the report before it.
    assert f'<option value="{past[2].key}" selected>' in page
    assert "第二期：集中宣讲四场。" in page and 'value="40"' in page
    page = c.get(f"/ledger/assignments/{a.pk}/report/?period={past[1].key}").content.decode()
    assert f'<option value="{past[1].key}" selected>' in page and "第一期：学习培训两场。" in page
    _report(w, a, past[2])
    _report(w, a, current)
    page = c.get(f"/ledger/assignments/{a.pk}/report/").content.decode()
    assert f'<option value="{current.key}" selected>' in page  # all reported: the current one
    r = c.post(f"/ledger/assignments/{a.pk}/report/", {"text": "本季度补报。", "percent": "50", "period": current.key})
    assert r.status_code == 302
    assert PeriodSlot.objects.get(assignment=a, period=current.key).reports == 2


@pytest.mark.parametrize("case", ["unknown", "not_started", "closed", "no_rhythm"])
def test_bad_period_is_refused_on_page_and_api(world_rhythm, client_for_world, case):
    w, task = world_rhythm
    past, _current, nxt = _periods(task)
    a = w.assignments["甲一县科协"]
    period, message = {"unknown": ("2019-Q1", "不是该任务的报送期"), "not_started": (nxt.key, "尚未开始"),
                       "closed": (past[0].key, "不能报送"), "no_rhythm": (past[0].key, "不按周期报送")}[case]
    if case == "closed":
        for step in ("accept", "request_completion"):
            a.refresh_from_db()
            services.act(a, step, w.users["county1"])
        a.refresh_from_db()
        services.act(a, "close", w.users["city"])
    if case == "no_rhythm":
        task_rhythms.set_rhythm(task, w.users["city"], rhythm=Rhythm.NONE)
    c = client_for_world("county1")
    r = c.post(f"/ledger/assignments/{a.pk}/report/", {"text": "进展", "percent": "10", "period": period})
    assert r.status_code == 400 and message in r.content.decode()
    r = c.post("/api/reports/", {"assignment": a.pk, "text": "进展", "percent": 10, "period": period})
    assert r.status_code in (400, 409) and message in r.content.decode()
    assert not Report.objects.filter(assignment=a).exists() and not PeriodSlot.objects.exists()


def test_api_report_carries_its_period(world_rhythm, client_for_world):
    w, task = world_rhythm
    past, _current, _next = _periods(task)
    a = w.assignments["甲一县科协"]
    c = client_for_world("county1")
    r = c.post("/api/reports/", {"assignment": a.pk, "text": "本期开展活动。", "percent": 20, "period": past[2].key})
    assert r.status_code == 201, r.content
    assert (r.json()["period"], r.json()["period_label"]) == (past[2].key, past[2].label)
    listed = c.get(f"/api/reports/?assignment={a.pk}").json()["results"]
    assert [x["period"] for x in listed] == [past[2].key]
    assert PeriodSlot.objects.filter(assignment=a, period=past[2].key).exists()


def test_assignment_page_shows_each_period_state_and_light(world_rhythm, client_for_world):
    w, task = world_rhythm
    past, current, nxt = _periods(task)
    a = w.assignments["甲一县科协"]
    on_time = _report(w, a, past[0], at=_at(past[0].due))
    _report(w, a, past[1])  # late
    rows = {r.period.key: r for r in cycles.period_rows(a, Clock.at())}
    assert [rows[p.key].state[1] for p in (*past, current, nxt)] == ["已报", "迟报", "逾期", "未报", "未开始"]
    assert [rows[p.key].light for p in past] == [Light.GRAY, Light.GRAY, Light.RED]
    assert rows[nxt.key].light == Light.GREEN
    page = client_for_world("county1").get(f"/ledger/assignments/{a.pk}/").content.decode()
    assert 'id="periods"' in page and f'href="#report-{on_time.pk}"' in page and f'id="report-{on_time.pk}"' in page
    for p in (*past, current, nxt):
        assert p.label in page
    assert f"report/?period={past[2].key}" in page  # the overdue one can still be reported from here


def test_periods_begun_after_closing_are_not_owed(world_rhythm):
    """An assignment closed (办结) in the second past quarter owes nothing for the quarters after it; the quarter it
    missed before closing stays 逾期."""
    from kexie.ledger.flow import Status
    from kexie.ledger.models import Assignment
    w, task = world_rhythm
    past, current, nxt = _periods(task)
    a = w.assignments["甲一县科协"]
    _report(w, a, past[0], at=_at(past[0].due))
    Assignment.objects.filter(pk=a.pk).update(status=Status.CLOSED, closed_at=_at(past[1].start))
    a.refresh_from_db()
    rows = {r.period.key: r for r in cycles.period_rows(a, Clock.at())}
    assert [rows[p.key].state[1] for p in (*past, current, nxt)] == ["已报", "逾期", "无需报送", "无需报送", "无需报送"]
    assert rows[past[2].key].light == Light.GRAY


@pytest.mark.parametrize("who,sees", [("county1", True), ("city", True), ("city-supervisor", True),
                                      ("city-leader", True), ("province", True), ("county2", False),
                                      ("other-city", False), ("other-county", False)])
def test_period_list_is_scoped(world_rhythm, client_for_world, who, sees):
    w, task = world_rhythm
    past, _current, _next = _periods(task)
    a = w.assignments["甲一县科协"]
    _report(w, a, past[0])
    r = client_for_world(who).get(f"/ledger/assignments/{a.pk}/")
    assert r.status_code == (200 if sees else 404)
    form = client_for_world(who).get(f"/ledger/assignments/{a.pk}/report/")
    assert form.status_code == (200 if who == "county1" else 403 if sees else 404)
    if sees:
        page = r.content.decode()
        assert past[0].label in page
        # Only the unit's editors get a link to report; readers see the list.
        assert (f"report/?period={past[1].key}" in page) == (who == "county1")


def test_period_list_needs_sign_in(world_rhythm, client):
    w, _task = world_rhythm
    r = client.get(f"/ledger/assignments/{w.assignments['甲一县科协'].pk}/")
    assert r.status_code == 302 and "/accounts/login/" in r.url


def _page_queries(c, url) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert c.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_assignment_page_queries_do_not_grow_with_periods_or_reports(world_rhythm, client_for_world):
    w, task = world_rhythm
    past, _current, _next = _periods(task)
    a = w.assignments["甲一县科协"]
    c = client_for_world("county1")
    url = f"/ledger/assignments/{a.pk}/"
    _report(w, a, past[0])
    few = _page_queries(c, url)
    # Monthly over the same span: 15 periods, and a report for each of 8 of them.
    task_rhythms.set_rhythm(task, w.users["city"], rhythm=Rhythm.MONTHLY, start=quarter_start(-3),
                            end=quarter_start(2) - datetime.timedelta(days=1))
    months = [p for p in periods_of(task) if p.start <= timezone.localdate()]
    assert len(periods_of(task)) == 15
    for p in months[:8]:
        _report(w, a, p)
    assert _page_queries(c, url) == few


def test_inbox_shows_next_unreported_period_and_its_light(world_rhythm, client_for_world):
    w, task = world_rhythm
    past, _current, _next = _periods(task)
    a = w.assignments["甲一县科协"]
    _report(w, a, past[0])
    page = client_for_world("county1").get("/ledger/inbox/").content.decode()
    row = page[page.index('class="next-period"'):][:600]
    assert past[1].label in row and "light-red" in row
    a2 = w.assignments["甲二县科协"]
    page = client_for_world("county2").get("/ledger/inbox/").content.decode()
    assert past[0].label in page[page.index('class="next-period"'):][:600]
    assert a2.pk


LIGHTS = [  # (due − today in days, reported) → light, with a 3-working-day window (Clock semantics)
    (-1, False, Light.RED), (-1, True, Light.GRAY), (0, False, Light.YELLOW), (30, False, Light.GREEN),
    (30, True, Light.GRAY),
]


@pytest.mark.django_db
@pytest.mark.parametrize("days,reported,light", LIGHTS)
def test_period_light(days, reported, light):
    clock = Clock.at(datetime.date(2022, 10, 10))
    assert cycles.period_light(clock, clock.today + datetime.timedelta(days=days), reported, 3) == light


# --- reminders ------------------------------------------------------------------------------------------------

def test_reminders_for_unreported_periods(world_rhythm):
    from kexie.oversight.models import Notice, NoticeKind
    from kexie.oversight.notices import describe
    from kexie.oversight.reminders import create_period_notices
    w, task = world_rhythm
    past, _current, _next = _periods(task)
    a1, a2 = w.assignments["甲一县科协"], w.assignments["甲二县科协"]
    _report(w, a1, past[0])
    assert create_period_notices(dry_run=True)["period_overdue"] == 5
    assert not Notice.objects.exists()
    with CaptureQueriesContext(connection) as ctx:
        out = create_period_notices()
    assert out["period_overdue"] == 5  # 甲一县: two quarters, 甲二县: three, one editor each
    assert sum(q["sql"].startswith("INSERT") for q in ctx.captured_queries) == 1  # one statement for the task
    keys = set(Notice.objects.filter(kind=NoticeKind.OVERDUE).values_list("event_key", flat=True))
    assert f"period:overdue:{a1.pk}:{past[0].key}" not in keys
    assert {f"period:overdue:{a2.pk}:{p.key}" for p in past} <= keys
    n = Notice.objects.filter(event_key=f"period:overdue:{a2.pk}:{past[1].key}").get()
    assert n.due_date == past[1].due and past[1].label in describe(n)
    assert create_period_notices()["period_overdue"] == 0  # a second run repeats nothing
    _report(w, a2, past[2])
    assert create_period_notices()["period_overdue"] == 0


def test_reminder_for_a_period_due_within_the_window(world_rhythm):
    from kexie.oversight.models import Notice, NoticeKind
    from kexie.oversight.reminders import create_period_notices
    w, task = world_rhythm
    clock = Clock.at()
    due = clock.warn_until[2]  # two working days ahead: inside the plan's 3-day window
    task_rhythms.set_rhythm(task, w.users["city"], rhythm=Rhythm.DATES, dates=[due.isoformat()],
                            start=clock.today - datetime.timedelta(days=20), end=due)
    out = create_period_notices()
    assert (out["period_due_soon"], out["period_overdue"]) == (2, 0)
    assert Notice.objects.filter(kind=NoticeKind.DUE_SOON, due_date=due).count() == 2
    _report(w, w.assignments["甲一县科协"], periods_of(task)[0])
    assert create_period_notices()["period_due_soon"] == 0


def test_reminder_work_is_one_statement_per_rhythm_task(world_rhythm, data_dir):
    """More assignments add no statement: the insert is per task, whatever the number of units."""
    from kexie.ledger.models import Assignment
    from kexie.oversight.reminders import create_period_notices
    w, task = world_rhythm
    with CaptureQueriesContext(connection) as few:
        create_period_notices()
    Assignment.objects.filter(task=task).delete()
    with CaptureQueriesContext(connection) as none:
        create_period_notices()
    assert len(few.captured_queries) == len(none.captured_queries)


def test_inbox_queries_do_not_grow_with_periods_or_reports(world_rhythm, client_for_world):
    w, task = world_rhythm
    past, _current, _next = _periods(task)
    a = w.assignments["甲一县科协"]
    c = client_for_world("county1")
    _report(w, a, past[0])
    few = _page_queries(c, "/ledger/inbox/")
    task_rhythms.set_rhythm(task, w.users["city"], rhythm=Rhythm.MONTHLY, offset=3, start=quarter_start(-3),
                            end=quarter_start(2) - datetime.timedelta(days=1))
    for p in [p for p in periods_of(task) if p.start <= timezone.localdate()][:6]:
        _report(w, a, p)
    assert _page_queries(c, "/ledger/inbox/") <= few + 1  # + the working-day calendar an offset reads


def test_periods_read_in_english(world_rhythm, client_for_world, settings):
    w, task = world_rhythm
    past, _current, _next = _periods(task)
    a = w.assignments["甲一县科协"]
    _report(w, a, past[0])
    c = client_for_world("county1")
    c.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    page = c.get(f"/ledger/assignments/{a.pk}/").content.decode()
    quarter = f"Q{(past[0].start.month - 1) // 3 + 1} {past[0].start.year}"
    assert quarter in page and "Reported late" in page and "Overdue" in page and "Not started" in page
    form = c.get(f"/ledger/assignments/{a.pk}/report/").content.decode()
    assert f"{quarter} · due" in form and "期" not in form[form.index('name="period"'):form.index("</select>")]
    assert "Reporting rhythm" in c.get(f"/ledger/tasks/{task.pk}/").content.decode()


def test_history_names_a_reports_period_as_users_write_it(world_rhythm, client_for_world):
    w, task = world_rhythm
    past, _current, _next = _periods(task)
    a = w.assignments["甲一县科协"]
    _report(w, a, past[0])
    page = client_for_world("county1").get(f"/ledger/assignments/{a.pk}/").content.decode()
    history = page[page.index('<details class="history"'):]
    history = history[:history.index("</details>")]
    assert f"— → {past[0].label}" in history and past[0].key not in history
