"""The 通报 as Word and PDF: the oversight bulletin's data laid out by the official writer, scoped like the page."""

from __future__ import annotations

import datetime
import io
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from django.test import Client
from django.utils import timezone
from docx import Document
from docx.oxml.ns import qn
from docx_paragraphs import page_foot_box, texts

from kexie.audit.models import Entry
from kexie.ledger.lights import Clock
from kexie.ledger.models import ObjectType
from kexie.oversight.bulletin import bulletin
from kexie.oversight.period import Period
from kexie.office import pdf

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate()
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
PERIOD = f"start={(TODAY - datetime.timedelta(days=30)).isoformat()}&end={TODAY.isoformat()}"


def save_artifact(name: str, data: bytes) -> None:
    """The PDF and its first page as PNG in test-artifacts/, to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / f"{name}.pdf").write_bytes(data)
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "2", str(ARTIFACTS / f"{name}.pdf"),
                        str(ARTIFACTS / name)], check=True)


def client(user):
    c = Client()
    c.force_login(user)
    return c


def text_of(response) -> tuple[list[str], Document]:
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"].startswith("application/vnd.openxmlformats-officedocument.wordprocessingml")
    doc = Document(io.BytesIO(response.content))
    return texts(doc), doc


def test_the_bulletin_docx_is_an_official_tongbao_of_the_scope(flowed, django_assert_max_num_queries):
    w, plan = flowed
    a = plan.assignments.select_related("organisation").order_by("id")[0]  # 甲一县
    Entry.objects.create(action="urge", object_type=ObjectType.ASSIGNMENT.value, object_id=a.pk,
                         scope_path=a.organisation.path, plan_id=a.plan_id, reason="请抓紧")
    city = w.orgs["甲市科协"]
    c = client(w.users["city-supervisor"])
    with django_assert_max_num_queries(20):
        response = c.get(f"/office/bulletin.docx?org={city.pk}&{PERIOD}")
    paragraphs, doc = text_of(response)
    text = "\n".join(paragraphs)
    assert paragraphs[0] == city.name  # 发文机关标志, red
    assert str(doc.paragraphs[0].runs[0].font.color.rgb) == "FF0000"
    assert f"关于{city.display_name}重点工作督办情况的通报" in paragraphs
    for heading in ("一、总体情况", "二、本期办结情况", "三、逾期未办结情况", "四、催办情况", "五、典型案例",
                    "六、下一步工作"):
        assert doc.paragraphs[paragraphs.index(heading)].runs[0]._r.rPr.rFonts.get(qn("w:eastAsia")) == "黑体"
    f = bulletin(city, Period(TODAY - datetime.timedelta(days=30), TODAY), Clock.at()).figures  # the page's numbers
    assert f.total > 2 and f"共交办{f.total}项，已办结{f.closed}项" in text and "逾期未办结2项" in text
    assert "本期催办：甲一县科协1次（涉及1项）。" in text
    assert "甲一县科协：任务1" in text and "甲二县科协：任务1" in text
    assert "（一）甲二县科协：任务1" in paragraphs  # the typical case, in 楷体
    assert "乙一县科协" not in text  # another city's unit
    assert f"{TODAY.year}年{TODAY.month}月{TODAY.day}日" in paragraphs  # 成文日期
    assert page_foot_box(doc, "版记") == ["抄送：甲省科协。",
                                        f"甲市科协办公室\t{TODAY.year}年{TODAY.month}月{TODAY.day}日印发"]
    assert response["Content-Disposition"].startswith('attachment; filename="bulletin-')


def test_the_bulletin_page_links_to_the_files(flowed):
    w, _plan = flowed
    city = w.orgs["甲市科协"]
    html = client(w.users["city-leader"]).get(f"/oversight/{city.pk}/bulletin/").content.decode()
    assert f"/office/bulletin.docx?org={city.pk}&amp;start=" in html and "/office/bulletin.pdf?org=" in html


def test_the_bulletin_file_is_scoped_like_the_page(flowed):
    w, _plan = flowed
    county1, county2, other = w.orgs["甲一县科协"], w.orgs["甲二县科协"], w.orgs["乙市科协"]
    assert client(w.users["county1"]).get(f"/office/bulletin.docx?org={county2.pk}").status_code == 404  # sibling
    assert client(w.users["county1"]).get(f"/office/bulletin.docx?org={county1.pk}").status_code == 200
    assert client(w.users["city"]).get(f"/office/bulletin.docx?org={other.pk}").status_code == 404  # other city
    assert client(w.users["city"]).get("/office/bulletin.pdf?org=99999999999999999999").status_code == 404
    for role in ("city-supervisor", "city-leader", "city"):  # every role reads
        assert client(w.users[role]).get(f"/office/bulletin.docx?org={county1.pk}").status_code == 200
    anonymous = Client().get(f"/office/bulletin.docx?org={county1.pk}")
    assert anonymous.status_code == 302 and "/login" in anonymous["Location"]
    # no org: the user's own
    paragraphs, _doc = text_of(client(w.users["county2"]).get("/office/bulletin.docx"))
    assert "关于甲二县科协重点工作督办情况的通报" in paragraphs


def test_a_bad_period_says_what_to_fix(flowed):
    w, _plan = flowed
    c = client(w.users["city"])
    bad = c.get("/office/bulletin.docx?start=2026-05-01&end=2026-01-01")
    assert bad.status_code == 400 and "早于开始日期" in bad.content.decode()
    bad = c.get("/office/bulletin.docx?start=2026-13-01")
    assert bad.status_code == 400 and "不是日期" in bad.content.decode()
    assert c.get("/office/bulletin.docx?start=%00").status_code == 400


def test_the_bulletin_pdf(flowed, monkeypatch):
    w, _plan = flowed
    c = client(w.users["city"])
    if pdf.available():
        response = c.get(f"/office/bulletin.pdf?{PERIOD}")
        assert response.status_code == 200 and response.content.startswith(b"%PDF")
        save_artifact("office-bulletin", response.content)
    elif os.environ.get("KEXIE_REQUIRE_PDF") == "1":
        pytest.fail("KEXIE_REQUIRE_PDF=1 but soffice is missing")
    # without LibreOffice the page says how to get it, and the Word file still works
    monkeypatch.setattr(pdf.shutil, "which", lambda name: None)
    missing = c.get(f"/office/bulletin.pdf?{PERIOD}")
    assert missing.status_code == 503 and "libreoffice-writer-nogui" in missing.content.decode()
    assert c.get(f"/office/bulletin.docx?{PERIOD}").status_code == 200


def test_the_bulletin_docx_queries_do_not_grow_with_the_cases(flowed, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from kexie.ledger import services
    w, plan = flowed
    c = client(w.users["province"])
    url = f"/office/bulletin.docx?{PERIOD}"
    c.get(url)
    with CaptureQueriesContext(connection) as few:
        c.get(url)
    users = {"甲一县科协": w.users["county1"], "甲二县科协": w.users["county2"], "乙一县科协": w.users["other-county"]}
    for a in plan.assignments.select_related("plan", "organisation").exclude(status="closed").order_by("id")[:6]:
        services.submit_report(a, users[a.organisation.short_name], text="典型做法", percent=60, is_typical_case=True)
    with django_assert_max_num_queries(len(few.captured_queries)):
        paragraphs, _doc = text_of(c.get(url))
    assert sum(p.startswith("（") and "：任务" in p for p in paragraphs) == 7
