"""Round 23, third wave: header fields the thirtieth and thirty-first sets showed (a 转发 函, an index block's bare
labels, a 公示 without headline, a 来源/供稿 line's body, a form's 领导批示 label, pinyin glosses in an issuer)."""
import pytest

from kexie.reader import parse_text
from kexie.reader.clean import clean
from kexie.reader.header import doc_type_of, read_header


@pytest.mark.parametrize("title, kind", [
    ("关于转发教育部、中国科协等部委《关于开展节约粮食，从我做起--2013年青少年科学调查体验活动的通知》的函", "notice"),
    ("关于开展2020年江苏省院士专家科普报告进校园活动的函", "other"),  # a letter that forwards nothing stays other
    ("关于我会会员重新登记和发展新会员的函", "other"),
])
def test_a_letter_that_forwards_a_notice_is_a_notice(title, kind):
    assert doc_type_of(title) == kind


def test_a_bare_number_right_above_the_main_send_is_the_documents_own():
    h = read_header(clean("关于转发某某的通知的函\n\n粤青科联20139\n\n各地级以上市青少年科技教育工作机构，各有关学校：\n\n"
                          "根据有关通知精神，请积极组织开展活动。"))
    assert h.doc_number == "粤青科联〔2013〕9号"


def test_a_bare_number_in_the_text_is_not_read_as_the_own_number():
    h = read_header(clean("关于开展活动的通知\n\n粤青科联20139\n\n根据有关通知精神，请积极组织开展活动。"))
    assert h.doc_number is None


def test_an_index_blocks_rows_of_bare_labels_are_no_part_of_the_title():
    text = ("索 引 号 失效时间\n发文机关 成文日期\n标  题 河南省人民政府办公厅关于转发河南省气象科普发展规划(2013—2020年)的通知\n"
            "发文字号 豫政办〔2013〕76号 发布时间 2013年08月28日\n\n河南省人民政府办公厅\n关于转发河南省气象科普发展规划\n"
            "(2013—2020年)的通知\n\n豫政办〔2013〕76号\n\n各市、县人民政府，省人民政府各部门：\n\n  现转发给你们，请认真贯彻执行。\n")
    assert parse_text(text).title == "河南省人民政府办公厅关于转发河南省气象科普发展规划（2013—2020年）的通知"


def test_a_publicity_without_headline_is_no_report():
    text = ("根据《廣東省院士工作站管理辦法》的規定，經專家評審，評審出2家建站單位，現將擬建站單位予以公示（詳見附件）。"
            "如有異議，請以書面形式向省科協反映。\n公示日期:2024年3月21日至27日(5個工作日)\n受理部門:省科協學會學術部\n\n"
            "廣東省科協\n2024年3月21日\n")
    assert parse_text(text).doc_type == "other"


@pytest.mark.parametrize("meta, issuer", [
    ("来源: 扶沟县科协 时间: 2024-05-31", "扶沟县科协"),
    ("2025-12-24 15:41:12 供稿:漾濞彝族自治县科学技术协会 车型:Ⅳ型金杯大篷车", "漾濞彝族自治县科学技术协会"),
    ("供稿：张明", None),  # a writer's name credits no body
])
def test_a_pages_source_or_provider_line_names_the_reports_body(meta, issuer):
    text = (f"周口扶沟县科协：增添新动力 激发新活力\n\n{meta}\n\n  5月24日下午，市科技馆、市气象局、县科协联合在古城乡秦岭小学"
            "为100多名师生开展了一场生动活泼的“科普大篷车进乡村”活动，同时还为困难群众送去了关怀。\n")
    # a report's 来源/供稿 is no 发文机关 (round 23, w6): the body it names is said in a warning
    doc = parse_text(text)
    said = [w for w in doc.warnings if "来源/供稿" in w]
    assert doc.issuer is None and (issuer in said[0] if issuer else not any("张明" in w for w in said))


def test_a_form_field_label_above_the_headline_is_no_main_send():
    doc = parse_text("领导批示:\n表彰创新典型 营造创新氛围\n——安徽省2010年中国科协会员日暨表彰大会在合肥召开\n"
                     "为深入学习贯彻重要讲话精神，2010年12月15日上午，安徽省2010年中国科协会员日暨表彰大会在合肥隆重召开。"
                     "省委常委王秀芳出席会议并讲话。\n")
    assert doc.recipients == [] and doc.doc_type == "news" and doc.title == "表彰创新典型营造创新氛围"


@pytest.mark.parametrize("signature, issuer", [
    ("中國科協(xié)科普部", "中國科協科普部"),  # the gloss's bracket does not cut the signature apart
    ("安徽省科協(xié)", "安徽省科協"),
])
def test_an_issuer_is_given_without_the_pinyin_glosses_a_mirror_adds(signature, issuer):
    text = ("各全國學(xué)會、協(xié)會科普部，各有關機構:\n為加強管理，研究制定了《科普中國共建基地項(xiàng)目管理辦法(試行)》，"
            f"現印發給你們，請結合實際做好相關工作。\n附件:管理辦法(試行).doc\n{signature}\n2020年5月8日\n")
    assert parse_text(text).issuer == issuer
