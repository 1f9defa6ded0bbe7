"""走访慰问, 联系对象, their lights and reminders, and the roll-up dashboard, from the outside."""

from __future__ import annotations

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from kexie.oversight.models import Notice
from kexie.workers.models import ContactPair, Visit, VisitPhoto

pytestmark = pytest.mark.django_db

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 100


def _visit_data(world, **change):
    return {"date": (timezone.localdate() - datetime.timedelta(days=3)).isoformat(), "kind": "走访",
            "scientists": [world.scientists["k1"].pk], "people": [world.people["city"].pk],
            "notes": "走访了解情况", "requests_raised": "希望解决实验用地", **change}


def test_a_visit_with_a_photo_and_who_sees_it(world):
    c = world.client("city_staff")
    r = c.post(reverse("workers:visit-new"), {**_visit_data(world),
                                              "photos": [SimpleUploadedFile("走访.png", PNG, "image/png")]})
    assert r.status_code == 302
    v = Visit.objects.get()
    assert v.organisation == world.orgs["city"] and v.photos.get().size == len(PNG)
    url = reverse("workers:visit", args=[v.pk])
    body = c.get(url).content.decode()
    assert "希望解决实验用地" in body and "走访.png" in body
    photo = reverse("workers:photo", args=[v.photos.get().pk])
    assert c.get(photo).status_code == 200
    for actor in ("k1", "k2", "cousin", "outsider"):  # a county sees only its own subtree's visits
        assert world.client(actor).get(url).status_code == 404, actor
        assert world.client(actor).get(photo).status_code == 404, actor
    for actor in ("city_supervisor", "city_leader", "province"):
        assert world.client(actor).get(url).status_code == 200
        assert world.client(actor).post(reverse("workers:visit-delete", args=[v.pk])).status_code == 403
    assert world.client("k1").post(reverse("workers:visit-delete", args=[v.pk])).status_code == 404
    for actor in ("city_supervisor", "city_leader"):
        assert world.client(actor).post(reverse("workers:visit-new"), _visit_data(world)).status_code == 403
    assert Visit.objects.count() == 1


@pytest.mark.parametrize("change, words", [
    ({"date": "2022-13-45"}, "应为日期"),
    ({"date": "1999-01-01"}, "2000 年到 2100 年"),
    ({"date": "2099-01-01"}, "还没到"),
    ({"kind": "喝茶"}, "走访、慰问"),
    ({"scientists": []}, "至少选择一位"),
    ({"scientists": ["abc"]}, "编号"),
    ({"notes": "记" * 5001}, "最多 5000 个字"),
    ({"notes": "含\x00空字符"}, "空字符"),
])
def test_bad_visits_are_refused_whole(world, change, words):
    r = world.client("city_staff").post(reverse("workers:visit-new"), _visit_data(world, **change))
    assert r.status_code == 400 and words in r.content.decode()
    assert not Visit.objects.exists()


def test_another_subtree_s_scientist_or_person_is_refused(world):
    c = world.client("k1")
    r = c.post(reverse("workers:visit-new"), _visit_data(world, scientists=[world.scientists["k2"].pk], people=[]))
    assert r.status_code == 400 and "不在本组织可见的名录中" in r.content.decode()
    r = c.post(reverse("workers:visit-new"), _visit_data(world))  # 甲市's person
    assert r.status_code == 400 and "不是本组织的人员" in r.content.decode()
    assert not Visit.objects.exists()


def test_a_50_mb_photo_and_a_fake_one_are_refused_and_nothing_is_written(world, data_dir):
    c = world.client("city_staff")
    big = SimpleUploadedFile("大照片.jpg", b"\xff\xd8\xff" + b"\x00" * (50 << 20), "image/jpeg")
    r = c.post(reverse("workers:visit-new"), {**_visit_data(world), "photos": [big]})
    assert r.status_code == 400 and "文件太大" in r.content.decode() and "大照片.jpg" in r.content.decode()
    fake = SimpleUploadedFile("照片.jpg", b"MZ\x90\x00 an executable", "image/jpeg")
    r = c.post(reverse("workers:visit-new"), {**_visit_data(world), "photos": [fake]})
    assert r.status_code == 400 and "文件内容不是 JPEG" in r.content.decode()
    doc = SimpleUploadedFile("材料.pdf", b"%PDF-1.4 x", "application/pdf")
    r = c.post(reverse("workers:visit-new"), {**_visit_data(world), "photos": [doc]})
    assert r.status_code == 400 and "照片只能是" in r.content.decode()
    assert not Visit.objects.exists() and not VisitPhoto.objects.exists()
    assert not list((data_dir / "originals").rglob("*")) or not any(
        p.is_file() for p in (data_dir / "originals").rglob("*"))


def _pair(world, actor="city_staff", **change):
    data = {"person": world.people["city"].pk, "scientist": world.scientists["k1"].pk, "period": "quarter",
            "target": "1", **change}
    return world.client(actor).post(reverse("workers:contacts"), data)


def test_pairs_lights_coverage_and_who_may_set_them(world):
    assert _pair(world, "city_supervisor").status_code == 403
    assert _pair(world, "city_leader").status_code == 403
    r = _pair(world, "k1")  # 甲市's person is not 甲一县's
    assert r.status_code == 400 and "本组织的一位人员" in r.content.decode()
    assert _pair(world).status_code == 302
    r = _pair(world)
    assert r.status_code == 400 and "无需重复设置" in r.content.decode()
    assert _pair(world, scientist=world.scientists["other"].pk).status_code == 400  # another province's
    assert _pair(world, person=world.people["city"].pk, scientist=world.scientists["k2"].pk,
                 target="999").status_code == 400
    pair = ContactPair.objects.get()
    today = timezone.localdate()
    assert pair.due_on >= today + datetime.timedelta(days=91)  # green: a quarter from today
    # overdue: set up long ago, never contacted
    ContactPair.objects.filter(pk=pair.pk).update(started_on=today - datetime.timedelta(days=200),
                                                  due_on=today - datetime.timedelta(days=100))
    body = world.client("city_leader").get(reverse("workers:contacts")).content.decode()
    assert "逾期" in body and "甲一县专家" in body and 'class="light-red"' in body
    assert "红灯（逾期） 1" in body
    assert "甲一县专家" not in world.client("k2").get(reverse("workers:contacts")).content.decode()
    assert world.client("k2").post(reverse("workers:contact-delete", args=[pair.pk])).status_code == 404
    assert world.client("city_leader").post(reverse("workers:contact-delete", args=[pair.pk])).status_code == 403
    # a visit by that person to that scientist clears it: last contact and due date move in the same transaction
    assert world.client("city_staff").post(reverse("workers:visit-new"), _visit_data(world)).status_code == 302
    pair.refresh_from_db()
    assert pair.last_contact == today - datetime.timedelta(days=3)
    assert pair.due_on >= pair.last_contact + datetime.timedelta(days=91)
    body = world.client("city_staff").get(reverse("workers:contacts"), {"light": "green"}).content.decode()
    assert "甲一县专家" in body
    # deleting the visit puts the pair back on its start date
    world.client("city_staff").post(reverse("workers:visit-delete", args=[Visit.objects.get().pk]))
    pair.refresh_from_db()
    assert pair.last_contact is None and pair.due_on < today


def test_coverage_query_count(world, django_assert_max_num_queries):
    from kexie.orgs.services import upsert_person
    from kexie.workers.models import Scientist
    today = timezone.localdate()
    for i in range(30):
        s = Scientist.objects.create(organisation=world.orgs["city"], name=f"对象{i}")
        ContactPair.objects.create(organisation=world.orgs["city"], person=upsert_person(world.orgs["city"], f"人{i}")[0],
                                   scientist=s, started_on=today, due_on=today + datetime.timedelta(days=i))
    c = world.client("city_staff")
    c.get(reverse("workers:contacts"))
    with django_assert_max_num_queries(11):  # 3 of the session and header, calendar, count, page, lights, 2 forms
        assert c.get(reverse("workers:contacts")).status_code == 200


def test_overdue_pairs_make_notices_through_the_reminder_run(world):
    from kexie.oversight import reminders
    from kexie.oversight.notices import describe
    today = timezone.localdate()
    world.users["city_staff"].membership.person = world.people["city"]
    world.users["city_staff"].membership.save()
    ContactPair.objects.create(organisation=world.orgs["city"], person=world.people["city"],
                               scientist=world.scientists["k1"], started_on=today - datetime.timedelta(days=200),
                               due_on=today - datetime.timedelta(days=10))
    ContactPair.objects.create(organisation=world.orgs["k2"], person=world.people["k2"],
                               scientist=world.scientists["k2"], started_on=today, due_on=today + datetime.timedelta(
                                   days=90))
    dry = reminders.remind(today, dry_run=True)
    assert dry.extra["workers_contacts"]["contact_overdue"] == 2 and not Notice.objects.exists()
    outcome = reminders.remind(today, send=False)
    assert outcome.extra["workers_contacts"]["contact_overdue"] == 2  # 甲市's two editors
    notices = Notice.objects.order_by("recipient_id")
    assert {n.recipient for n in notices} == {world.users["city_admin"], world.users["city_staff"]}
    line = describe(notices[0])
    assert "联系逾期" in line and "甲联络员" in line and "甲一县专家" in line
    assert reminders.remind(today, send=False).extra["workers_contacts"]["contact_overdue"] == 0  # once per due date
    r = world.client("city_staff").get(reverse("notices:list"))
    assert r.status_code == 200 and "甲一县专家" in r.content.decode()
    from django.core.management import call_command
    import io
    out = io.StringIO()
    call_command("remind", "--dry-run", stdout=out)
    assert "workers_contacts:contact_overdue" in out.getvalue()


def test_the_dashboard_counts_per_child_in_one_query_per_measure(world, django_assert_max_num_queries):
    from kexie.workers import rollup
    today = timezone.localdate()
    c = world.client("city_staff")
    c.post(reverse("workers:visit-new"), _visit_data(world))
    c.post(reverse("workers:visit-new"), _visit_data(world, kind="电话"))
    ContactPair.objects.create(organisation=world.orgs["k2"], person=world.people["k2"],
                               scientist=world.scientists["k2"], started_on=today, due_on=today - datetime.timedelta(
                                   days=1))
    measures, lines, totals = rollup.dashboard(world.orgs["city"])
    own = ("scientists", "contacts", "visits", "overdue")  # the register's; the 办实事清单's come after them

    def mine(figures):
        return {k: figures[k] for k in own}
    by_org = {line.organisation.name: line.figures for line in lines}
    assert list(by_org["甲市科学技术协会"])[:4] == list(own) and "requests_received" in by_org["甲市科学技术协会"]
    assert mine(by_org["甲市科学技术协会"]) == {"scientists": 1, "contacts": 2, "visits": 1, "overdue": 0}
    assert by_org["甲一县科学技术协会"]["scientists"] == 1
    assert mine(by_org["甲二县科学技术协会"]) == {"scientists": 1, "contacts": 0, "visits": 0, "overdue": 1}
    assert mine(totals) == {"scientists": 3, "contacts": 2, "visits": 1, "overdue": 1}
    c.get(reverse("workers:home"))
    with django_assert_max_num_queries(5 + len(measures) + 2):
        r = c.get(reverse("workers:home"))
    assert r.status_code == 200 and "甲二县科协" in r.content.decode()
    # drill-down: a child inside the subtree; a sibling or another province is 404
    assert world.client("city_leader").get(reverse("workers:dashboard", args=[world.orgs["k2"].pk])).status_code == 200
    assert world.client("k1").get(reverse("workers:dashboard", args=[world.orgs["k2"].pk])).status_code == 404
    assert world.client("outsider").get(reverse("workers:dashboard", args=[world.orgs["city"].pk])).status_code == 404
    assert "甲市科协" not in world.client("outsider").get(reverse("workers:home")).content.decode()


def test_a_registered_measure_is_counted_per_child(world):
    from kexie.workers import rollup
    from kexie.workers.models import Scientist
    rollup.register_measure("academicians", "院士", lambda: Scientist.objects.filter(tags__name="院士"),
                            "organisation__path")
    try:
        _m, lines, totals = rollup.dashboard(world.orgs["province"])
        assert totals["academicians"] == 1
        assert {line.organisation.name: line.figures["academicians"] for line in lines}["甲市科学技术协会"] == 1
    finally:
        rollup.MEASURES.pop("academicians")


def test_the_visit_counts_follow_every_write_by_year(world):
    from kexie.workers.models import VisitCount

    def counts(year):
        row = VisitCount.objects.filter(organisation=world.orgs["city"], year=year).first()
        return (row.contacts, row.visits) if row else (0, 0)
    today = timezone.localdate()
    c = world.client("city_staff")
    assert c.post(reverse("workers:visit-new"), _visit_data(world)).status_code == 302
    assert c.post(reverse("workers:visit-new"), _visit_data(world, kind="电话")).status_code == 302
    last_year = today.replace(year=today.year - 1, day=1).isoformat()
    assert c.post(reverse("workers:visit-new"), _visit_data(world, date=last_year)).status_code == 302
    assert counts(today.year) == (2, 1) and counts(today.year - 1) == (1, 1)
    c.post(reverse("workers:visit-delete", args=[Visit.objects.get(kind="电话").pk]))
    assert counts(today.year) == (1, 1) and counts(today.year - 1) == (1, 1)


def test_requests_raised_on_a_visit_go_into_the_list_from_its_page(world):
    from kexie.workers.models import Request, RequestSource
    c = world.client("city_staff")
    c.post(reverse("workers:visit-new"), _visit_data(world, requests_raised="希望解决实验用地<b>"))
    v = Visit.objects.get()
    page = c.get(reverse("workers:visit", args=[v.pk])).content.decode()
    link = page[page.index('id="to-requests"') - 200:page.index('id="to-requests"')]
    href = link[link.rindex('href="') + 6:link.rindex('"')].replace("&amp;", "&")
    form = c.get(href).content.decode()
    assert "希望解决实验用地&lt;b&gt;" in form and 'value="visit" selected' in form
    r = c.post(reverse("workers:request-new"), {"title": "实验用地", "content": "希望解决实验用地", "source": "visit",
                                                "requester_name": "张工", "requester_unit": "甲市研究所",
                                                "category": Request._meta.get_field("category").choices[0][0]})
    assert r.status_code == 302 and Request.objects.get().source == RequestSource.VISIT
    assert 'id="to-requests"' not in world.client("city_leader").get(
        reverse("workers:visit", args=[v.pk])).content.decode()  # readers see the requests, not the button
