"""Search: what is found (words, phrases, 文号, names), that the index follows every save, and the passages."""

from __future__ import annotations

import pytest
from search_helpers import ids

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("q", ["科协", "科普", "贯彻新国发", "遵市科协字〔2022〕6号", "遵市科协字[2022]6号",
                               "遵市科协字（2022）6号", "2022 6", "黔科协发〔2022〕17号", "黔科协发[2022]17号",
                               "2022 17", "杨新露", "雷洪", "遵", "遵义"])
def test_the_zunyi_plan_is_found(seeds, find, q):
    assert seeds["zunyi"].pk in ids(find("zunyi-admin", q))


def test_a_phrase_and_a_person_elsewhere(seeds, find):
    assert seeds["baoding"].pk in ids(find("baoding-admin", "全国科普日"))
    assert seeds["baoding"].pk in ids(find("baoding-admin", "孙增军"))
    assert not find("baoding-admin", "杨新露").hits


def test_two_provinces_see_only_their_own(seeds, find):
    zunyi, sichuan = find("zunyi-admin", "科协"), find("sichuan-admin", "科协")
    assert ids(zunyi) == {seeds["zunyi"].pk}
    assert ids(sichuan) == {seeds["sichuan"].pk}
    assert ids(find("cast-admin", "科协")) == {d.pk for d in seeds.values()}
    assert zunyi.counts["document"] == 1


def test_passage_marks_the_hit_and_escapes_html(data_dir, org, find):
    from kexie.documents.services import ingest
    text = "关于科普日的通知\n\n<script>alert('科普日')</script> 各县科协：请于9月开展全国科普日活动。".encode()
    doc, _ = ingest(text, "x.txt", org("遵义市科协"))
    [hit] = find("zunyi-admin", "科普日").hits
    assert hit.object_id == doc.pk
    assert "<script>" not in hit.passage and "&lt;script&gt;" in hit.passage
    assert "<mark>科普日</mark>" in hit.passage
    assert "<mark>" in hit.title


def test_index_follows_saves_and_deletes(seeds, find):
    doc = seeds["zunyi"]
    doc.title = "冬季科技下乡安排"
    doc.save()
    assert ids(find("zunyi-admin", "科技下乡")) == {doc.pk}
    doc.delete()
    assert not find("zunyi-admin", "科技下乡").hits
    assert not find("zunyi-admin", "遵市科协字〔2022〕6号").hits


def test_tasks_of_a_draft_and_reports_are_indexed(zunyi_plan, find, user):
    from kexie.ledger.models import Assignment
    from kexie.ledger.reports import submit_report
    from kexie.search.models import Entry
    assert Entry.objects.filter(kind="task", plan_id=zunyi_plan.pk).count() == zunyi_plan.tasks.count()
    assert ids(find("zunyi-admin", "科协", status="published", kind="task"), "task")
    assert not find("zunyi-admin", "科协", status="draft", kind="task").hits
    task = zunyi_plan.tasks.filter(is_group=False).first()
    assert task.pk in ids(find("zunyi-admin", task.heading[:6]), "task")
    a = Assignment.objects.filter(plan=zunyi_plan, organisation__name="正安县科学技术协会").first()
    staff = user("zhengan-staff")
    report = submit_report(a, staff, text="正安县举办青少年机器人竞赛，参赛学生三百余人。", percent=40)
    assert ids(find("zhengan-staff", "机器人竞赛"), "report") == {report.pk}
    assert ids(find("zunyi-admin", "机器人竞赛"), "report") == {report.pk}
    assert not find("sichuan-admin", "机器人竞赛").hits


def test_reindex_command(seeds, find):
    from io import StringIO

    from django.core.management import call_command

    from kexie.search.models import Entry
    Entry.objects.all().delete()  # the FTS rows stay behind: reindex must drop them too
    out = StringIO()
    call_command("reindex", stdout=out)
    assert "document: 3 indexed" in out.getvalue()
    assert ids(find("cast-admin", "科协")) == {d.pk for d in seeds.values()}
    call_command("reindex", "--kind", "document", stdout=StringIO())
    assert Entry.objects.filter(kind="document").count() == 3
    from django.db import connection
    if connection.vendor == "postgresql":  # the rebuild dropped the GIN index and built it again
        with connection.cursor() as cur:
            cur.execute("SELECT count(*) FROM pg_indexes WHERE indexname = 'search_entry_tsv'")
            assert cur.fetchone() == (1,)


def test_demo_indexes_what_is_missing_once(seeds, find):
    from kexie.search import demo
    from kexie.search.models import Entry
    Entry.objects.filter(object_id=seeds["zunyi"].pk).delete()
    assert "1 documents added" in demo.index_missing()
    assert "0 documents added" in demo.index_missing()
    assert seeds["zunyi"].pk in ids(find("zunyi-admin", "遵市科协字〔2022〕6号"))
