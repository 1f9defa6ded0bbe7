"""Site-wide behaviour: the CSP and other headers, templates without inline code, dates, languages, health."""

from __future__ import annotations

import datetime
import re

import pytest
from django.urls import reverse

from kexie.site.templatetags.kexie import cn_date, filesize
from platform_helpers import ROOT

pytestmark = pytest.mark.django_db


def test_pages_carry_a_strict_content_security_policy(client_for):
    response = client_for("zunyi-staff").get(reverse("documents:upload"))
    csp = response["Content-Security-Policy"]
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";") if d.strip())
    assert directives["default-src"] == "'self'" and directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'" and directives["frame-ancestors"] == "'none'"
    assert "unsafe" not in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"


def test_templates_have_no_inline_scripts_styles_or_remote_assets():
    templates = [p for p in (ROOT / "src" / "kexie").rglob("templates/**/*.html")]
    assert len(templates) >= 10
    for path in templates:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", text), path
        assert " style=" not in text and "<style" not in text, path
        assert not re.search(r"(src|href)=\"(https?:)?//", text), path
        assert not re.search(r"\bon[a-z]+=\"", text), path


def test_chinese_dates():
    assert cn_date(datetime.date(2022, 4, 13)) == "2022年4月13日"
    assert cn_date("2022-04-13") == "2022年4月13日"
    assert cn_date(None) == "" and cn_date("") == ""
    assert cn_date("不是日期") == "不是日期"
    moment = datetime.datetime(2022, 4, 13, 1, 30, tzinfo=datetime.timezone.utc)
    assert cn_date(moment) == "2022年4月13日 09:30"  # shown in Beijing time
    assert filesize(6067) == "5.9 KB"


def test_chinese_by_default_english_on_request(client_for):
    client = client_for("zunyi-staff")
    # An English-language browser still gets Chinese until the user switches.
    page = client.get(reverse("documents:list"), HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert '<html lang="zh-hans">' in page and "上传文件" in page
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    page = client.get(reverse("documents:list")).content.decode()
    assert '<html lang="en">' in page and "Upload documents" in page and ">简体中文<" in page


def test_health_check(client, db):
    response = client.get(reverse("healthz"))
    assert response.status_code == 200 and response.content == b"ok"
