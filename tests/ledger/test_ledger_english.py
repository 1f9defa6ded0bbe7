"""English is whole: every page of the core loop, read in English, shows no Chinese but the data's own."""

from __future__ import annotations

import re

import pytest
from django.apps import apps
from django.utils import translation

HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def data_strings() -> list[str]:
    """Every text the test database holds (names, titles, headings, parses, reports): the data, not the interface.
    Each line on its own (pages break lines), with the shortened forms pages show (truncatechars)."""
    texts: set[str] = set()

    def walk(value):
        if isinstance(value, str):
            for line in value.splitlines():
                line = line.strip()
                if line:
                    texts.add(line)
                    texts.update(line[:n] for n in (29, 39, 40, 59, 79, 80) if len(line) > n)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, (list, tuple)):
            for v in value:
                walk(v)

    for model in apps.get_models():
        if not model.__module__.startswith(("kexie.", "django.contrib.auth")):
            continue
        fields = [f.attname for f in model._meta.concrete_fields
                  if f.get_internal_type() in ("CharField", "TextField", "JSONField")]
        for row in model.objects.values_list(*fields) if fields else []:
            walk(list(row))
    return sorted(texts, key=len, reverse=True)


def chinese_left(html: str, data: list[str]) -> list[str]:
    html = html.replace('lang="zh-hans">简体中文', "")  # the switch back names its language in that language
    for text in data:
        if HAN.search(text):
            html = html.replace(text, " ")
    return sorted({m.group(0) for m in re.finditer(r"\S*[\u3400-\u9fff]\S*", html)})


@pytest.fixture
def english(settings):
    """Pages read in English, as the language switch leaves them."""
    def client_in_english(client):
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
        return client
    return client_in_english


def test_every_choice_and_step_has_its_english():
    from kexie.ledger import flow
    missing = []
    with translation.override("en"):
        for model in apps.get_models():
            if model.__module__.startswith("kexie."):
                for field in model._meta.get_fields():
                    for _, label in getattr(field, "choices", None) or []:
                        if HAN.search(translation.gettext(str(label))):
                            missing.append(f"{model.__name__}.{field.name}: {label}")
        for step in flow.STEPS.values():
            for context in ("step", "history"):
                if HAN.search(translation.pgettext(context, step.label)):
                    missing.append(f"{context}: {step.label}")
        for label in flow.ACTION_LABELS.values():
            if HAN.search(translation.pgettext("history", label)):
                missing.append(f"history: {label}")
    assert not missing


def test_the_core_loop_reads_in_english(zunyi_plan, client_for, english, org, user):
    from kexie.ledger import services
    county = org("正安县科协")
    a = zunyi_plan.assignments.filter(organisation=county).order_by("task__order").first()
    county_staff = user("zhengan-staff")
    services.act(a, "accept", county_staff)
    a.refresh_from_db()
    services.submit_report(a, county_staff, text="已召开专题会议。", percent=40)
    a.refresh_from_db()
    services.act(a, "request_completion", county_staff, reason="")
    city, county_client = english(client_for("zunyi-staff")), english(client_for("zhengan-staff"))
    pages = [
        (city, "/"), (city, "/documents/"), (city, f"/documents/{zunyi_plan.document_id}/"), (city, "/documents/upload/"),
        (city, "/orgs/"), (city, f"/orgs/{county.pk}/"), (city, "/ledger/"), (city, f"/ledger/{zunyi_plan.pk}/"),
        (city, f"/ledger/tasks/{a.task_id}/"), (city, f"/ledger/assignments/{a.pk}/"),
        (city, f"/ledger/{zunyi_plan.pk}/filings/"), (city, f"/ledger/new/?document={zunyi_plan.document_id}"),
        (city, "/accounts/password/"),
        (county_client, "/ledger/inbox/?status=all"), (county_client, f"/ledger/assignments/{a.pk}/"),
        (county_client, f"/ledger/{zunyi_plan.pk}/filings/"),
    ]
    data = data_strings()
    left = {}
    for client, url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        assert "Ledger" in response.content.decode()
        found = chinese_left(response.content.decode(), data)
        if found:
            left[url] = found
    assert not left


def test_the_draft_review_reads_in_english(zunyi_draft, client_for, english):
    response = english(client_for("zunyi-staff")).get(f"/ledger/{zunyi_draft.pk}/review/")
    assert response.status_code == 200 and b'id="publish"' in response.content
    assert not chinese_left(response.content.decode(), data_strings())


def test_the_chinese_interface_stays_chinese(zunyi_plan, client_for):
    html = client_for("zunyi-staff").get(f"/ledger/{zunyi_plan.pk}/").content.decode()
    assert "工作任务" in html and "Task" not in html and "2022年12月31日" in html
    left = " ".join(chinese_left(html, data_strings()))
    assert all(word in left for word in ("工作任务", "具体措施", "状态"))  # the check above would see them


# --- messages of the write paths, uploads and imports, in each interface language ------------------------------

GROUP_PLAN = """遵义市科学技术协会关于印发《2023年科普工作方案》的通知
遵市科协字〔2023〕3号

各县（市、区）科协：
现将《2023年科普工作方案》印发给你们，请认真贯彻落实。

2023年科普工作方案

一、指导思想
以习近平新时代中国特色社会主义思想为指导，深入实施全民科学素质行动。
二、主要任务
（一）开展全国科普日活动。组织开展形式多样的科普活动。牵头单位：各县（市、区）科协。完成时限：2023年9月底前。
（二）开展科普讲座。组织专家进校园。配合单位：各县（市、区）科协。

遵义市科学技术协会
2023年3月1日
"""


@pytest.fixture
def group_draft(org, user):
    """A draft whose tasks name a class of units (各县（市、区）科协) and that opens with an information row."""
    from kexie.documents.services import ingest
    from kexie.ledger import services
    document, _ = ingest(GROUP_PLAN.encode(), "kepu-2023.txt", org("遵义市科协"))
    plan, _ = services.build_plan(document, user("zunyi-staff"))
    return plan


def in_language(client, language: str):
    """A client whose pages read in `language`, as the language switch leaves them."""
    from django.conf import settings
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    return client


def test_group_phrases_and_information_rows_read_in_english(group_draft, client_for, english):
    page = english(client_for("zunyi-staff")).get(f"/ledger/{group_draft.pk}/review/").content.decode()
    # The rule and the section are stored with the draft, so the data check alone would let their Chinese through.
    assert "County associations under us" in page and "下属县级科协" not in page
    assert "Information row (Guiding principles, not assigned" in page  # 指导思想 is also the row's own heading
    assert not chinese_left(page, data_strings())
    chinese = client_for("zunyi-staff").get(f"/ledger/{group_draft.pk}/review/").content.decode()
    assert re.search(r"下属县级科协 \d+ 个", chinese) and "说明行（指导思想" in chinese


PENDING = {"en": "still to be confirmed; confirm them before publishing", "zh-hans": "待确认，确认后才能下发"}


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_a_refused_publish_speaks_the_interface_language(zunyi_draft, client_for, language):
    client = in_language(client_for("zunyi-staff"), language)
    page = client.post(f"/ledger/{zunyi_draft.pk}/review/", {"op": "publish"}, follow=True).content.decode()
    assert PENDING[language] in page
    if language == "en":
        assert not chinese_left(page, data_strings())


@pytest.mark.parametrize("header, language", [("en-US,en;q=0.9", "en"), ("zh-CN,zh;q=0.9", "zh-hans"),
                                               ("", "zh-hans"), ("fr", "zh-hans")])
def test_the_api_answers_in_its_accept_language(zunyi_draft, user, header, language):
    from rest_framework.test import APIClient
    api = APIClient()
    api.force_authenticate(user("zunyi-staff"))
    extra = {"HTTP_ACCEPT_LANGUAGE": header} if header else {}
    response = api.post(f"/api/plans/{zunyi_draft.pk}/publish/", **extra)
    assert response.status_code == 400 and PENDING[language] in response.json()["detail"]
    assert bool(HAN.search(response.json()["detail"])) == (language == "zh-hans")
    assert response["Content-Language"] == language


def test_pages_keep_to_the_cookie_whatever_the_browser_accepts(zunyi_draft, client_for):
    client = client_for("zunyi-staff")
    page = client.post(f"/ledger/{zunyi_draft.pk}/review/", {"op": "publish"}, follow=True,
                       HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert PENDING["zh-hans"] in page


REFUSED_UPLOAD = {"en": "“notes.docx” was not uploaded: This is not an intact Word document",
                  "zh-hans": "“notes.docx”未上传：这不是完好的 Word 文档"}


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_an_upload_refusal_speaks_the_interface_language(demo, client_for, language):
    from django.core.files.uploadedfile import SimpleUploadedFile
    client = in_language(client_for("zunyi-staff"), language)
    response = client.post("/documents/upload/", {"files": [SimpleUploadedFile("notes.docx", b"not a zip at all")]})
    page = response.content.decode()
    assert response.status_code == 400 and REFUSED_UPLOAD[language] in page
    assert page.count("notes.docx") == 1  # the reader's own sentence, which names the file again, is not shown
    if language == "en":
        assert not chinese_left(page, data_strings())


REFUSED_IMPORT = {"en": "Row 2: no parent organisation “不存在的科协” was found",
                  "zh-hans": "第2行：找不到上级组织“不存在的科协”"}


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_an_import_refusal_speaks_the_interface_language(demo, client_for, language):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from kexie.orgs.transfer import ORG_COLUMNS, PEOPLE_COLUMNS
    table = "名称,级别,上级组织\n新蒲新区科协,县级,不存在的科协\n".encode()
    client = in_language(client_for("zunyi-admin"), language)
    response = client.post("/orgs/transfer/", {"kind": "orgs", "file": SimpleUploadedFile("orgs.csv", table)})
    page = response.content.decode()
    assert response.status_code == 400 and REFUSED_IMPORT[language] in page
    if language == "en":  # the file's own names and the column names a file must use are data
        assert not chinese_left(page, ["不存在的科协", *ORG_COLUMNS, *PEOPLE_COLUMNS, "、", *data_strings()])


def test_refusals_and_conflicts_read_in_english(zunyi_plan, client_for, english, org, user):
    from kexie.ledger import services
    a = zunyi_plan.assignments.filter(organisation=org("正安县科协")).order_by("task__order").first()
    seen = a.version
    services.act(a, "accept", user("zhengan-staff"))
    city, county = english(client_for("zunyi-staff")), english(client_for("zhengan-staff"))
    data = data_strings()
    # A step the status does not allow: the step and the status are named in English too.
    page = city.post(f"/ledger/assignments/{a.pk}/close/", follow=True).content.decode()
    assert "“Close” is not possible while the status is “Accepted”." in page and not chinese_left(page, data)
    # A step from a stale page: 409 with the conflict page.
    response = county.post(f"/ledger/assignments/{a.pk}/start/", {"version": seen})
    assert response.status_code == 409 and not chinese_left(response.content.decode(), data)
    # A page the role may not open: 403 with the refusal's own sentence.
    response = city.get("/orgs/transfer/")
    assert response.status_code == 403 and "Only administrators can do this." in response.content.decode()
    assert not chinese_left(response.content.decode(), data)
    chinese = client_for("zunyi-staff").post(f"/ledger/assignments/{a.pk}/close/", follow=True).content.decode()
    assert "当前状态为“签收”，不能办结。" in chinese
