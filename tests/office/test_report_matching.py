"""报送整理: a report's text matched to the open assignments it answers, in the user's scope, and filed."""

from __future__ import annotations

import io

import pytest

from kexie.ledger.errors import LedgerError
from kexie.ledger.models import Assignment, Report
from kexie.office import report_matching as rm
import matching_world as world
from matching_world import EXPECTED, staff_of

# The shared fixtures (pytest finds them as this module's names).
seeded, page, sign_in = world.seeded, world.page, world.sign_in

pytestmark = pytest.mark.django_db


def _key(a: Assignment):
    return (a.plan.organisation.short_name, a.task.outline_id, a.organisation.short_name)


def _segments(page):
    return page.parse["segments"]


def test_unit_boost_and_names_are_pure():
    assert rm.unit_boost("00000001/00000002/", ["00000001/00000002/"]) == rm.UNIT_BOOST
    up = rm.unit_boost("00000001/", ["00000001/00000002/"])
    assert 0 < up < rm.UNIT_BOOST
    assert rm.unit_boost("00000001/00000003/", ["00000001/00000002/"]) == 0
    assert rm.names_in("泸州市科协召开会议", [("a", ["泸州市科协"]), ("b", ["内江市科协"]), ("c", ["市科协"])]) == ["a"]


def test_each_city_item_ranks_its_task_first(page, user):
    """Nationally (every seed plan's open assignments as candidates), each item's own task and unit come first,
    from the pasted text alone (the unit named in its first line)."""
    pool = rm.Pool(user("cast-admin"))
    assert len(pool.tasks) > 30  # the open tasks of every seed plan compete
    seen = set()
    for seg in _segments(page):
        expected = EXPECTED.get(seg["unit"])
        if expected is None:
            continue
        text = "\n".join(x for x in (seg["unit"], seg.get("heading"), seg["text"]) if x)
        proposals = pool.match(text)
        assert proposals, seg["unit"]
        top3 = [_key(p.assignment) for p in proposals[:3]]
        if isinstance(expected, set):  # an item answering several tasks: the first is one of them, all near the top
            assert top3[0] in expected and len(expected & set(top3)) >= 2, (seg["unit"], top3)
        else:
            assert top3[0] == expected, (seg["unit"], top3)
        seen.add(seg["unit"])
    assert seen == set(EXPECTED)


def test_the_segment_unit_given_ranks_the_same(page, user):
    pool = rm.Pool(user("sichuan-admin"))
    for seg in _segments(page):
        expected = EXPECTED.get(seg["unit"])
        if not isinstance(expected, tuple) or expected[0] != "四川省科协":
            continue
        guess = pool.guess_unit(seg["unit"])
        assert guess.certain
        top = pool.match(seg["text"], guess.organisation)[0]
        assert _key(top.assignment) == expected and top.may_record and not top.may_file


def test_a_unit_sees_only_its_own_candidates(page, user):
    luzhou = staff_of("泸州市科协")
    pool = rm.Pool(luzhou)
    neijiang_item = next(s for s in _segments(page) if s["unit"] == "内江市科协")
    proposals = pool.match("内江市科协\n" + neijiang_item["text"])
    assert proposals and {p.assignment.organisation.short_name for p in proposals} == {"泸州市科协"}
    assert all(p.may_file for p in proposals)
    # Another province's unit: nothing of Sichuan.
    zhongshan = rm.Pool(staff_of("中山市科协")).match(neijiang_item["text"])
    assert {p.assignment.organisation.short_name for p in zhongshan} <= {"中山市科协", "小榄镇科协", "石岐街道科协"}
    assert not rm.candidates_for(staff_of("中山市科协")).filter(organisation__short_name="内江市科协").exists()


def test_bad_input_is_refused_clearly():
    with pytest.raises(LedgerError, match="请填写"):
        rm.clean_report_text("   ")
    with pytest.raises(LedgerError):
        rm.clean_report_text("科" * (10 * 1024 * 1024))
    with pytest.raises(LedgerError, match="PDF"):
        rm.read_upload("报告.pdf", b"not a pdf at all")
    with pytest.raises(LedgerError, match=r"\.txt"):
        rm.read_upload("报告.exe", b"MZ")
    with pytest.raises(LedgerError, match="空"):
        rm.read_upload("报告.txt", b"")
    with pytest.raises(LedgerError):
        rm.read_upload("报告.docx", b"PK\x03\x04 broken zip")
    with pytest.raises(LedgerError):
        rm.read_upload("报告.txt", ("学习" * (5 * 1024 * 1024 // 3)).encode())  # ~10 MB of text


def test_docx_and_txt_uploads_are_read(data_dir):
    import docx
    d = docx.Document()
    d.add_paragraph("泸州市科协召开党组会议，传达学习党的二十大精神。")
    buf = io.BytesIO()
    d.save(buf)
    assert "传达学习党的二十大精神" in rm.read_upload("报告.docx", buf.getvalue())
    assert rm.read_upload("报告.txt", "学习二十大精神".encode("gb18030")) == "学习二十大精神"


def test_the_page_matches_and_files(page, sign_in):
    c = sign_in("泸州市科协")
    item = next(s for s in _segments(page) if s["unit"] == "泸州市科协")
    r = c.post("/office/match/", {"text": item["text"], "action": "match"})
    assert r.status_code == 200
    html = r.content.decode()
    assert "学习宣传贯彻党的二十大精神" in html and 'name="assignments"' in html
    mine = Assignment.objects.get(plan__organisation__short_name="四川省科协", organisation__short_name="泸州市科协")
    before = Report.objects.filter(assignment=mine).count()
    r = c.post("/office/match/", {"text": "泸州市科协本周组织宣讲二十大精神3场。", "action": "file",
                                  "assignments": [mine.pk]})
    assert r.status_code == 302 and r["Location"] == f"/ledger/assignments/{mine.pk}/"
    assert Report.objects.filter(assignment=mine).count() == before + 1
    latest = Report.objects.filter(assignment=mine).latest("created_at", "id")
    assert latest.author == staff_of("泸州市科协") and latest.source_document is None


def test_the_page_refuses_bad_input_and_out_of_scope(page, sign_in, client_for):
    from django.core.files.uploadedfile import SimpleUploadedFile
    c = sign_in("泸州市科协")
    r = c.post("/office/match/", {"text": "", "action": "match"})
    assert r.status_code == 400 and "请填写" in r.content.decode()
    big = SimpleUploadedFile("big.txt", b"a" * (10 * 1024 * 1024), content_type="text/plain")
    r = c.post("/office/match/", {"file": big, "action": "match"})
    assert r.status_code == 400 and "报送内容" in r.content.decode()
    bad = SimpleUploadedFile("x.pdf", b"%PDF-1.4 garbage", content_type="application/pdf")
    assert c.post("/office/match/", {"file": bad, "action": "match"}).status_code == 400
    neijiang = Assignment.objects.get(plan__organisation__short_name="四川省科协", organisation__short_name="内江市科协")
    count = Report.objects.count()
    r = c.post("/office/match/", {"text": "代内江报送", "action": "file", "assignments": [neijiang.pk]})
    assert r.status_code == 404 and Report.objects.count() == count  # a sibling's: not even seen
    r = sign_in("四川省科协").post("/office/match/", {"text": "代内江报送", "action": "file",
                                                     "assignments": [neijiang.pk]})
    assert r.status_code == 403 and Report.objects.count() == count  # the issuer sees it, but does not handle it
    # A read-only role sees proposals but cannot file them.
    r = client_for("zunyi-leader").post("/office/match/", {"text": "党组会专题学习新国发2号文件", "action": "match"})
    assert r.status_code == 200 and 'name="assignments"' not in r.content.decode()


def test_anonymous_is_sent_to_sign_in(client):
    r = client.get("/office/match/")
    assert r.status_code == 302 and "login" in r["Location"]


def test_matching_cost_does_not_grow_with_rows(page, user, django_assert_max_num_queries):
    pool = rm.Pool(user("cast-admin"))
    seg = _segments(page)[1]
    with django_assert_max_num_queries(3):
        pool.match("泸州市科协\n" + seg["text"])
