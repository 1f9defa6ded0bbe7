"""Round 23 fourth wave (body): conventions read from the thirty-second and thirty-third sets."""

import pytest

from kexie.reader import parse, parse_text
from kexie.reader.responsibility import read_responsibility


def _outline(text):
    return [(x.id, x.marker, x.level, x.heading) for x in parse_text(text).outline]


# a regulation's chapter and articles run into one line, in traditional characters, the separator after each 條 lost
# in conversion (?): each 条 is an item of its own, its heading without the ?
def test_articles_run_on_in_traditional_script():
    text = ("2021年南京市科普教育示范基地管理辦法\n"
            "第1章 總 則 第1條? 根據《中華人民共和國科學技術普及法》，為加強我市科普教育示范基地管理，特 制定本辦法。 "
            "第二條? 本辦法所稱南京市科普教育示範基地主要是指在本市行政區域內的場館、設施或場所。主要包括: "
            "(一)場館類:專門面向公眾普及科學知識的場館。 (二)場所類:具有科普展教功能的公共場所。 (三)其他類:面向社會\n")
    assert _outline(text) == [
        ("1", "第1章", 1, "總則"),
        ("1.1", "第1條", 2, "根據《中華人民共和國科學技術普及法》，為加強我市科普教育示范基地管理，特制定本辦法"),
        ("1.2", "第二條", 2, "本辦法所稱南京市科普教育示範基地主要是指在本市行政區域內的場館、設施或場所"),
        ("1.2.1", "（一）", 2, "場館類"),
        ("1.2.2", "（二）", 2, "場所類"),
        ("1.2.3", "（三）", 2, "其他類"),
    ]


@pytest.mark.parametrize("line, headings", [
    # 一、 with its (一)–(三) a space apart on one short line: separate items
    ("一、组织机构 (一)主办 湖南省科技活动周组委会 (二)承办 湖南省科技活动周组委会办公室 (三)机构 组长单位:省科技厅",
     ["组织机构", "主办湖南省科技活动周组委会", "承办湖南省科技活动周组委会办公室", "机构组长单位"]),
    # numbers that do not run 1, 2 … after the heading are no sub-items run on (a sentence's (2) and (5))
    ("一、工作安排 见附件(2) 和附件(5) 所列", ["工作安排见附件（2）和附件（5）所列"]),
])
def test_spaced_children_on_heading_line(line, headings):
    text = "2014年湖南科技活动周实施方案\n\n根据科技部的统一部署，开展科技活动周。\n\n" + line + "\n"
    assert [x.heading for x in parse_text(text).outline] == headings


@pytest.mark.parametrize("text, lead, departments", [
    # a list of bodies after 由, its last entry parted by a comma, a bracketed note after 承办
    ("（二）年会分会场\n年会设置21个分会场，由省科协所属相关省级学会、学科群，部分市科协承办（见附件）。",
     ["省科协所属相关省级学会", "学科群", "部分市科协"], []),
    # a body's staff (有关人员) answer as that body
    ("二、做好平台发布推广\n活动审核由自治区科协学会部、科技服务中心有关人员负责。",
     ["科技服务中心"], ["自治区科协学会部"]),
])
def test_prose_responsibility(text, lead, departments):
    r, _ = read_responsibility(text)
    assert r is not None and r.lead_units == lead and r.departments == departments


def test_comma_that_closes_a_clause_is_no_list():
    r, _ = read_responsibility("由市科协组织，请县科协负责报送。")
    assert r is None or "市科协组织" not in r.lead_units


@pytest.mark.parametrize("text, references", [
    # the 字号 in the bracket that closes the headline is the document's own, never one it cites
    ("政策动态\n桂林市科学技术局关于印发《2023年桂林市工作方案》的通知(市科〔2023〕13号)\n\n各县(市、区)人民政府:\n\n"
     "现将《2023年桂林市工作方案》印发给你们，请按要求抓好落实。\n\n桂林市科学技术局\n\n2023年5月12日\n", []),
    # a document named under 附件： with its 字号 in brackets is cited
    ("关于报送示范县工作总结的通知\n\n各市科协：\n\n请按要求报送工作总结。\n\n"
     "附件:《中国科协科普部关于组织报送工作总结相关事项的通知》(科协普函基字〔2021〕1号)\n\n河南省科协\n\n2025年1月2日\n",
     ["科协普函基字〔2021〕1号"]),
])
def test_own_number_after_title(text, references):
    assert parse_text(text).references == references


def test_attachment_name_broken_across_lines_is_no_item():
    text = ("各位理事、有关会员单位负责人：\n请于6月12日前将推荐表报送协会秘书处。\n联系人：刘晓萱\n"
            "附件：1、江苏省科普场馆协会2015年全国科技活动周暨\n江苏省第二十七届科普宣传周活动先进集体推荐表\n"
            "2、江苏省科普场馆协会2015年全国科技活动周暨\n江苏省第二十七届科普宣传周活动先进个人推荐表\n"
            "江苏省科普场馆协会\n2015年6月9日\n")
    assert parse_text(text).outline == []


def test_web_page_without_paragraph_markup_keeps_its_lines():
    page = ("<ul id=\"m2nvw\"><meter id=\"m2nvw\"></meter></ul>\n\n"
            "關于公布2021年度山西省科普基地認定名單的通知\n\n2022年05月05日\n\n山西省科學技術廳\n\n"
            "各市科技局、省直有關部門、各有關單位:\n\n為充分發揮科普場館的科普功能，現公布2021年度山西省科普基地認定名單。\n\n"
            "山西省科學技術廳\n\n2022年4月28日\n").encode("utf-8")
    doc = parse(page, "notice.html")
    assert doc.recipients == ["各市科技局", "省直有關部門", "各有關單位"]


def test_hosts_named_clause_by_clause_give_no_list():
    r, _ = read_responsibility("此次活动由市科协主办，市科技馆承办，市气象局、市地震局协办。")
    assert r is None or "市科协主办" not in r.lead_units


def test_heading_cut_by_page_break_above_a_last_sibling_is_joined():
    # the next sibling alone on the text's last line (the copy stops there) shows no way of writing headings: the
    # heading a page break cut is one line again
    text = ("县科协2022年重点工作谋划\n\n（一）强化科协会员工作。科协会员是科协组织的细胞，要加强和改进会员工作。\n\n"
            "（二）积极实施好科普惠农项目工作。做好项目的培育、申报和实施工作。\n\n（三）继续抓好科协品牌科普活动。认真组织开展科普报告和科技大讲堂。\n\n（四）积极推进县\n\n"
            "级科技馆建设。积极与上级部门沟通联系，推进建设县级科技馆相关事宜。\n\n（五）建立特色农业科技示范\n")
    assert [x.heading for x in parse_text(text).outline][2:] == ["继续抓好科协品牌科普活动", "积极推进县级科技馆建设",
                                                                 "建立特色农业科技示范"]
