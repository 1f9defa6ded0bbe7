"""Rules learnt from the twelfth held-out set (tools/held_out_12.txt, development material since the thirteenth was made);
each shown on the real sentence it came from and, where it must not fire, on its neighbours: a mirror site's pinyin
glosses left out of the matching copy (the page's own text, glosses included, given back), a 字号 whose year a template
blanked, and a 转发 notice whose 现 a mirror page lost (將通知《…》,轉發各單位)."""

import pytest

from kexie.reader import parse_text
from kexie.reader.header import read_header
from kexie.reader.patterns import find_doc_numbers
from kexie.reader.script import matching_copy


# ---------------------------------------------------------------- pinyin glosses, left out of the matching copy
@pytest.mark.parametrize("text, copy", [
    ("協(xié)辦單位:縣科委", "协办单位:县科委"),
    ("聯(lián)系人:宋玉 電話(huà):010-87789256", "联系人:宋玉 电话:010-87789256"),
    ("中消協(xié)〔2023〕61號", "中消协〔2023〕61号"),
    ("全國學(xué)會(huì )治理", "全国学会治理"),  # a space before the closing bracket
    ("联(lián)系人：张三", "联系人：张三"),  # a simplified page glossed the same way
    # no gloss: a bracket after a character that holds no toned pinyin, or English, or a number
    ("负责单位(县科协)", None),
    ("科技周(ke ji zhou)", None),
    ("科技周(Science Week)", None),
    ("办法(试行)", None),
    ("(2)主辦單位(a)", "(2)主办单位(a)"),
])
def test_a_gloss_is_left_out_of_the_matching_copy(text, copy):
    got = matching_copy(text)
    assert (got[0] if got else None) == copy


def test_the_matching_copy_knows_where_each_of_its_characters_stands():
    text = "協(xié)辦單位:縣科委"
    copy, where = matching_copy(text)
    assert [text[i] for i in where[:-1]] == list("協辦單位:縣科委") and where[-1] == len(text)
    assert matching_copy("責任單位:市科協")[1] is None  # no gloss: the same offsets


SDLONGRUN = ("中消協(xié)〔2023〕61號\n各分支機構:\n"
             "為貫徹落實(shí)《中國科協(xié)2023年工作要點(diǎn)》,中國科協(xié)科學(xué)技術(shù)創(chuàng )新部組織實(shí)施2023年度全國學(xué)會(huì )"
             "治理現代化示范專(zhuān)項?,F將通知《關(guān)于申報2023年度全國學(xué)會(huì )治理現代化示範專(zhuān)項的通知》,轉發(fā)各單位,"
             "要求如下:\n一、各單位認真學(xué)習文件;\n三、申報內容按通知要求填寫(xiě),于6月26日前上報協(xié)會(huì )。\n"
             "(聯(lián)系人:宋玉 電話(huà):010-87789256)\n中國消防協(xié)會(huì )\n2023年6月20日\n")


def test_a_glossed_notice_reads_its_number_contact_kind_and_enclosed_title():
    doc = parse_text(SDLONGRUN)
    assert doc.doc_number == "中消協(xié)〔2023〕61號"  # the page's own stretch, glosses included
    assert (doc.contact.name, doc.contact.phone) == ("宋玉", "010-87789256")
    assert doc.doc_type == "notice" and doc.date == "2023-06-20"
    assert doc.enclosed_title.startswith("關(guān)于申報2023年度")
    for item in doc.outline:  # spans point into the page's text, glosses included
        assert doc.text[item.span[0]:item.span[1]].startswith(item.marker) or item.span is None


@pytest.mark.parametrize("text, roles", [
    ("③協(xié)辦單位:縣科委、縣食安辦\n", {"partner_units": ["縣科委", "縣食安辦"]}),
    ("(二)舉辦科普巡回展由縣科委、縣環(huán)保局牽頭,組織圖片資料巡回展覽。\n", {"lead_units": ["縣科委", "縣環(huán)保局"]}),
])
def test_glossed_role_words_and_names_are_read_and_given_back_as_printed(text, roles):
    doc = parse_text("三、主要活動\n" + text)
    got = {}
    for item in doc.outline:
        for it in [item] + list(getattr(item, "children", []) or []):
            if it.responsibility:
                got.update({k: v for k, v in vars(it.responsibility).items() if v})
    assert got == roles


# ---------------------------------------------------------------- a 字号 whose year a template blanked
@pytest.mark.parametrize("text, number", [
    ("科协发普字〔20**〕14号", "科协发普字〔20**〕14号"),
    ("科协发普字〔2020〕14号", "科协发普字〔2020〕14号"),
    ("科协发普字〔20*〕14号", None),  # not a year's two blanked digits
    ("共计20**名", None),
])
def test_a_number_with_a_blanked_year(text, number):
    got = find_doc_numbers(text)
    assert (got[0][0] if got else None) == number


def test_a_blanked_year_number_is_no_title():
    h = read_header("20**年科普活动方案\n\n科协发普字〔20**〕14号\n\n20**年是全面建成小康社会的决胜之年。\n")
    assert h.doc_number == "科协发普字〔20**〕14号" and h.title != h.doc_number


# ---------------------------------------------------------------- a 转发 whose 现 was lost
@pytest.mark.parametrize("text, kind", [
    ("各分支机构:\n将通知《关于申报2023年度示范专项的通知》,转发各单位,要求如下:\n一、认真学习文件。\n", "notice"),
    ("现将《关于申报示范专项的通知》转发给你们，请遵照执行。\n", "notice"),
    # 将 with no 《》 before 转发 says nothing of the kind
    ("会议将于明日召开，材料转发各单位。\n", "other"),
])
def test_a_notice_that_passes_on_a_quoted_document_without_xian(text, kind):
    assert parse_text(text).doc_type == kind
