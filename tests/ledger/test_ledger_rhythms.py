"""Rhythms (周期报送): periods and due dates over year ends, 调休 weeks and month ends; listed dates; what a time
hint proposes (the seeds' real hints); rhythms refused with a sentence; the draft's proposal and setting a rhythm."""

from __future__ import annotations

import datetime

import pytest

from kexie.ledger.models import Rhythm
from kexie.ledger.rhythms import RhythmError, period_label, periods, propose


D = datetime.date

# (rhythm, start, end, offset, dates) → [(key, first day, last day, due)]
PERIODS = [
    pytest.param(Rhythm.MONTHLY, D(2022, 12, 15), D(2023, 1, 10), 0, (),
                 [("2022-12", D(2022, 12, 1), D(2022, 12, 31), D(2022, 12, 31)),
                  ("2023-01", D(2023, 1, 1), D(2023, 1, 31), D(2023, 1, 31))], id="month-year-end"),
    pytest.param(Rhythm.WEEKLY, D(2022, 12, 28), D(2023, 1, 3), 0, (),
                 [("2022-W52", D(2022, 12, 26), D(2023, 1, 1), D(2023, 1, 1)),
                  ("2023-W01", D(2023, 1, 2), D(2023, 1, 8), D(2023, 1, 8))], id="iso-week-year-end"),
    pytest.param(Rhythm.WEEKLY, D(2020, 12, 31), D(2020, 12, 31), 0, (),
                 [("2020-W53", D(2020, 12, 28), D(2021, 1, 3), D(2021, 1, 3))], id="iso-week-53"),
    # 2022 National Day: 10月1日–7日 off, 10月8日 (Sat) and 9日 (Sun) are make-up workdays, so five working days
    # after 9月30日 end on 10月12日, not 10月14日.
    pytest.param(Rhythm.QUARTERLY, D(2022, 8, 1), D(2022, 9, 1), 5, (),
                 [("2022-Q3", D(2022, 7, 1), D(2022, 9, 30), D(2022, 10, 12))], id="q3-national-day-tiaoxiu"),
    # Q4 2022 + 5 working days crosses into January: 1月1日 (Sun) and the 元旦 holiday 1月2日 do not count.
    pytest.param(Rhythm.QUARTERLY, D(2022, 10, 1), D(2022, 12, 31), 5, (),
                 [("2022-Q4", D(2022, 10, 1), D(2022, 12, 31), D(2023, 1, 9))], id="q4-into-january"),
    # Monthly from 1月31日: the February period ends on the month's last day, 29日 in a leap year.
    pytest.param(Rhythm.MONTHLY, D(2022, 1, 31), D(2022, 2, 28), 0, (),
                 [("2022-01", D(2022, 1, 1), D(2022, 1, 31), D(2022, 1, 31)),
                  ("2022-02", D(2022, 2, 1), D(2022, 2, 28), D(2022, 2, 28))], id="february"),
    pytest.param(Rhythm.MONTHLY, D(2024, 1, 31), D(2024, 2, 29), 0, (),
                 [("2024-01", D(2024, 1, 1), D(2024, 1, 31), D(2024, 1, 31)),
                  ("2024-02", D(2024, 2, 1), D(2024, 2, 29), D(2024, 2, 29))], id="february-leap"),
    pytest.param(Rhythm.HALF_YEARLY, D(2022, 1, 1), D(2022, 12, 31), 3, (),
                 [("2022-H1", D(2022, 1, 1), D(2022, 6, 30), D(2022, 7, 5)),
                  ("2022-H2", D(2022, 7, 1), D(2022, 12, 31), D(2023, 1, 5))], id="half-years"),
    pytest.param(Rhythm.YEARLY, D(2022, 3, 1), D(2023, 6, 30), 0, (),
                 [("2022", D(2022, 1, 1), D(2022, 12, 31), D(2022, 12, 31)),
                  ("2023", D(2023, 1, 1), D(2023, 12, 31), D(2023, 12, 31))], id="years"),
    # Listed dates: one period per date inside the span, from the day after the previous one; dates outside drop.
    pytest.param(Rhythm.DATES, D(2022, 1, 1), D(2022, 12, 31), 0, (D(2022, 12, 31), D(2022, 6, 30), D(2023, 3, 1)),
                 [("2022-06-30", D(2022, 1, 1), D(2022, 6, 30), D(2022, 6, 30)),
                  ("2022-12-31", D(2022, 7, 1), D(2022, 12, 31), D(2022, 12, 31))], id="listed-dates"),
]


@pytest.mark.django_db
@pytest.mark.parametrize("rhythm,start,end,offset,dates,expected", PERIODS)
def test_periods(rhythm, start, end, offset, dates, expected):
    got = [(p.key, p.start, p.end, p.due) for p in periods(rhythm, start, end, offset=offset, dates=dates)]
    assert got == expected


def _aware(day):
    from django.utils import timezone
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(10)))


@pytest.mark.parametrize("published, start, due, first", [
    # A plan published on 2022年4月13日 reports from its own quarter (whole), never on 2022-Q1.
    (D(2022, 4, 13), None, D(2022, 12, 31), "2022-Q2"),
    # Not published yet (a draft): its year, from the first quarter.
    (None, None, D(2022, 12, 31), "2022-Q1"),
    # A span set by hand wins over the publish date.
    (D(2022, 4, 13), D(2022, 1, 1), D(2022, 12, 31), "2022-Q1"),
    # Recorded after its span was over (an old plan entered for the record): the whole span stays.
    (D(2026, 12, 1), None, D(2022, 12, 31), "2022-Q1"),
])
def test_periods_start_when_the_plan_was_published(published, start, due, first):
    from kexie.ledger.models import Plan, Task
    from kexie.ledger.rhythms import periods_of
    plan = Plan(year=2022, published_at=_aware(published) if published else None)
    task = Task(plan=plan, rhythm=Rhythm.QUARTERLY, rhythm_start=start, due_date=due)
    assert periods_of(task)[0].key == first and periods_of(task)[-1].key == "2022-Q4"


@pytest.mark.parametrize("key,label", [("2022-Q3", "2022年第三季度"), ("2022-W01", "2022年第1周"),
                                       ("2022-02", "2022年2月"), ("2022-H2", "2022年下半年"), ("2022", "2022年度"),
                                       ("2022-06-30", "2022年6月30日")])
def test_period_labels(key, label):
    assert period_label(key) == label


BAD = [
    pytest.param(Rhythm.DATES, D(2022, 1, 1), D(2022, 12, 31), 0, (D(2023, 1, 5),), "之间没有报送日期", id="no-dates"),
    pytest.param(Rhythm.WEEKLY, D(2015, 1, 1), D(2024, 12, 31), 0, (), "报送期超过 400 个", id="too-many"),
    pytest.param(Rhythm.MONTHLY, D(2022, 1, 1), D(2022, 12, 31), 61, (), "0 到 60", id="offset"),
    pytest.param(Rhythm.QUARTERLY, D(2022, 6, 1), D(2022, 5, 1), 0, (), "早于起始日期", id="end-before-start"),
    pytest.param(Rhythm.QUARTERLY, D(9999, 1, 1), D(9999, 12, 31), 5, (), "1900 年至 2199 年", id="year-9999"),
    pytest.param("daily", D(2022, 1, 1), D(2022, 12, 31), 0, (), "未知的报送周期", id="unknown"),
    pytest.param(Rhythm.NONE, D(2022, 1, 1), D(2022, 12, 31), 0, (), "未知的报送周期", id="none"),
]


@pytest.mark.django_db
@pytest.mark.parametrize("rhythm,start,end,offset,dates,message", BAD)
def test_bad_rhythms_say_why(rhythm, start, end, offset, dates, message):
    with pytest.raises(RhythmError, match=message):
        periods(rhythm, start, end, offset=offset, dates=dates)


# (time hint, heading and text) → (rhythm, offset). The hints and texts are the seeds' own (shared/seeds).
PROPOSALS = [
    ("贯穿全年，重点结合“全国科技工作者日”、“全国科普日”和建党100周年、国庆节等重要节日和时间节点", "",
     (Rhythm.QUARTERLY, 0)),  # 保定 活动时间
    ("每位党员干部，每年至少撰写发表1篇心得体会、调研报告或决策建议", "", (Rhythm.YEARLY, 0)),  # 陕西 9
    ("", "及时总结报送\n各省级学会、地市科协要认真总结学习宣传贯彻中的典型人、典型事、典型案例，以专题报告形式，"
         "及时向省科协报告学习宣传贯彻情况。", (Rhythm.QUARTERLY, 0)),  # 广东 4.3
    ("", "将学习宣传贯彻新国发2号文件作为当前和今后一个时期的重要政治任务", (Rhythm.QUARTERLY, 0)),  # 遵义 2.1
    ("", "（二）及时报送进展。每季度末向市科协报送工作进展情况。", (Rhythm.QUARTERLY, 0)),  # the demo's 正安 plan
    ("每季度末后5个工作日内报送", "", (Rhythm.QUARTERLY, 5)),
    ("每季度结束后十个工作日内", "", (Rhythm.QUARTERLY, 10)),
    ("每月底前报送", "", (Rhythm.MONTHLY, 0)),
    ("每周五前报送", "", (Rhythm.WEEKLY, 0)),
    ("半年报", "", (Rhythm.HALF_YEARLY, 0)),
    # Loose words in an item's text are not a rhythm: 持续深化, 长期扎根基层, 及时推出成果 (广东 3.1, 保定 5.1, 陕西 2).
    ("", "持续深化模范机关创建，深入实施新一轮加强基层党建三年行动", (Rhythm.NONE, 0)),
    ("", "推选一批长期扎根基层一线，从事科研攻关、乡村振兴的科技工作者", (Rhythm.NONE, 0)),
    ("", "做好陕西省“一流期刊”建设工作，及时推出科技创新研究成果。", (Rhythm.NONE, 0)),
    ("做大做强全国科普日、广东科普嘉年华、文化科技卫生“三下乡”等品牌活动", "", (Rhythm.NONE, 0)),  # 广东 3.5
    ("2022年6月底前完成", "", (Rhythm.NONE, 0)),
]


@pytest.mark.parametrize("hint,text,expected", PROPOSALS)
def test_propose_on_real_hints(hint, text, expected):
    assert propose(hint, text) == expected


# --- the draft's proposal, the review page, setting a rhythm ------------------------------------------------------

def test_draft_proposes_rhythms_from_hints_and_text(zunyi_draft):
    tasks = {t.outline_id: t for t in zunyi_draft.tasks.all()}
    # 2.1: 当前和今后一个时期的重要政治任务 → 每季度, for a person to confirm; items that name no rhythm get none.
    assert (tasks["2.1"].rhythm, tasks["2.1"].rhythm_offset) == (Rhythm.QUARTERLY, 0)
    assert tasks["2.2"].rhythm == Rhythm.NONE
    assert all(not t.rhythm for t in tasks.values() if t.is_group)


def test_review_page_shows_and_saves_the_rhythm(zunyi_draft, client_for):
    from kexie.audit.models import Entry
    from kexie.ledger.models import Task
    task = zunyi_draft.tasks.get(outline_id="2.1")
    c = client_for("zunyi-staff")
    page = c.get(f"/ledger/{zunyi_draft.pk}/review/").content.decode()
    shown = page[page.index(f'id="rhythm-{task.pk}"'):][:300]
    assert "每季度" in shown and "据文件建议，请确认或修改" in shown
    r = c.post(f"/ledger/tasks/{task.pk}/rhythm/", {"rhythm": "monthly", "offset": "3", "start": "2022-03-01",
                                                     "end": "2022-12-31", "next": f"/ledger/{zunyi_draft.pk}/review/"})
    assert r.status_code == 302 and r.url == f"/ledger/{zunyi_draft.pk}/review/"
    task = Task.objects.get(pk=task.pk)
    assert (task.rhythm, task.rhythm_offset, task.rhythm_start, task.rhythm_end) == (
        Rhythm.MONTHLY, 3, D(2022, 3, 1), D(2022, 12, 31))
    page = c.get(f"/ledger/{zunyi_draft.pk}/review/").content.decode()
    shown = page[page.index(f'id="rhythm-{task.pk}"'):][:300]
    assert "每月" in shown and "据文件建议" not in shown  # a person's choice now, not the document's proposal
    entry = Entry.objects.get(object_type="ledger.task", object_id=task.pk, action="set_rhythm")
    assert entry.before["rhythm"] == Rhythm.QUARTERLY and entry.after["rhythm"] == Rhythm.MONTHLY


BAD_FORMS = [
    ({"rhythm": "dates", "dates": "2030-01-01"}, "之间没有报送日期"),
    ({"rhythm": "dates", "dates": "2022-13-01"}, "不是有效日期"),
    ({"rhythm": "weekly", "start": "2000-01-01", "end": "2022-12-31"}, "报送期超过"),
    ({"rhythm": "monthly", "offset": "99"}, "0 到 60"),
    ({"rhythm": "monthly", "offset": "abc"}, "0 到 60"),
    ({"rhythm": "monthly", "start": "2022-02-30"}, "不是有效日期"),
    ({"rhythm": "hourly"}, "未知的报送周期"),
]


@pytest.mark.parametrize("form,message", BAD_FORMS)
def test_bad_rhythm_is_refused_and_nothing_written(zunyi_draft, client_for, form, message):
    from kexie.audit.models import Entry
    from kexie.ledger.models import Task
    task = zunyi_draft.tasks.get(outline_id="2.1")
    before = Task.objects.filter(pk=task.pk).values(*["rhythm", "rhythm_dates", "rhythm_offset", "rhythm_start",
                                                        "rhythm_end"]).get()
    r = client_for("zunyi-staff").post(f"/ledger/tasks/{task.pk}/rhythm/", form, follow=True)
    assert message in r.content.decode()
    assert Task.objects.filter(pk=task.pk).values(*before).get() == before
    assert not Entry.objects.filter(object_type="ledger.task", object_id=task.pk, action="set_rhythm").exists()


def test_published_task_rhythm_is_changed_by_the_issuer_only(world_rhythm, client_for_world):
    from kexie.audit.models import Entry
    from kexie.ledger.models import Task
    w, task = world_rhythm
    for who in ("county1", "city-supervisor", "city-leader"):
        assert client_for_world(who).post(f"/ledger/tasks/{task.pk}/rhythm/", {"rhythm": "monthly"}).status_code == 403
        assert Task.objects.get(pk=task.pk).rhythm == Rhythm.QUARTERLY, who
    assert client_for_world("other-county").post(f"/ledger/tasks/{task.pk}/rhythm/",
                                                 {"rhythm": "monthly"}).status_code == 404
    page = client_for_world("city").get(f"/ledger/tasks/{task.pk}/").content.decode()
    assert 'id="rhythm"' in page and "修改报送周期" in page
    assert "修改报送周期" not in client_for_world("county1").get(f"/ledger/tasks/{task.pk}/").content.decode()
    client_for_world("city").post(f"/ledger/tasks/{task.pk}/rhythm/", {"rhythm": "half_yearly", "offset": "2"})
    assert Task.objects.get(pk=task.pk).rhythm == Rhythm.HALF_YEARLY
    assert Entry.objects.filter(object_type="ledger.task", object_id=task.pk, action="set_rhythm").count() == 2


def test_task_page_lists_the_periods(world_rhythm, client_for_world):
    from kexie.ledger.rhythms import periods_of
    w, task = world_rhythm
    page = client_for_world("county1").get(f"/ledger/tasks/{task.pk}/").content.decode()
    for p in periods_of(task):
        assert p.label in page
    assert "每季度" in page


def test_api_reads_and_writes_the_rhythm(world_rhythm, client_for_world):
    from kexie.ledger.models import Task
    w, task = world_rhythm
    got = client_for_world("county1").get(f"/api/tasks/{task.pk}/").json()
    assert got["rhythm"] == "quarterly" and got["rhythm_offset"] == 0
    url = f"/api/tasks/{task.pk}/"
    r = client_for_world("county1").patch(url, {"rhythm": "monthly"}, content_type="application/json")
    assert r.status_code in (403, 404) and Task.objects.get(pk=task.pk).rhythm == Rhythm.QUARTERLY
    r = client_for_world("city").patch(url, {"rhythm": "dates", "rhythm_dates": ["2026-06-30", "2026-12-31"],
                                             "rhythm_start": "2026-01-01", "rhythm_end": "2026-12-31"},
                                       content_type="application/json")
    assert r.status_code == 200, r.content
    assert r.json()["rhythm_dates"] == ["2026-06-30", "2026-12-31"]
    r = client_for_world("city").patch(url, {"rhythm": "dates", "rhythm_dates": ["2031-01-01"]},
                                       content_type="application/json")
    assert r.status_code == 400 and "之间没有报送日期" in r.content.decode()
    assert Task.objects.get(pk=task.pk).rhythm_dates == ["2026-06-30", "2026-12-31"]
