"""The 领导小组 in its two usual forms, and a gathered news page split into one report per unit."""

from kexie.reader import parse_text
from kexie.reader.group import read_leading_group
from samples import seed_text


def members(group, role):
    return [(m.name, m.title) for m in getattr(group, role)]


def test_group_written_as_a_sentence():
    g = read_leading_group(
        "成立遵义市科协贯彻落实新国发2号文件工作领导小组，由党组书记雷洪和主席史廷昌任组长，副主席杨新露和三级调研员杨家瑾为副组长，"
        "办公室主任李光华、业务部部长陈艳为成员。领导小组下设办公室在市科协办公室，由杨新露同志兼任办公室主任。")
    assert g.name == "遵义市科协贯彻落实新国发2号文件工作领导小组"
    assert members(g, "heads") == [("雷洪", "党组书记"), ("史廷昌", "主席")]
    assert members(g, "deputies") == [("杨新露", "副主席"), ("杨家瑾", "三级调研员")]
    assert members(g, "members") == [("李光华", "办公室主任"), ("陈艳", "业务部部长")]
    assert g.office == "市科协办公室"


def test_group_of_roles_without_names():
    g = read_leading_group("成立省科协学习宣传贯彻领导小组，党组书记任组长，党组成员和一级巡视员任副组长，"
                           "机关部室和直属单位主要负责人任领导小组成员。领导小组下设办公室，办公室设在直属机关党办。")
    assert members(g, "heads") == [(None, "党组书记")]
    assert members(g, "deputies") == [(None, "党组成员"), (None, "一级巡视员")]
    assert members(g, "members") == [(None, "机关部室和直属单位主要负责人")]
    assert g.office == "直属机关党办"


def test_group_written_as_a_list():
    g = read_leading_group("为加强领导，成立科普日活动领导小组。\n组  长：王明  市科协党组书记\n副组长：李红  市科协副主席\n"
                           "成  员：赵强  办公室主任\n孙丽  科普部部长\n领导小组办公室设在科普部。")
    assert members(g, "heads") == [("王明", "市科协党组书记")]
    assert members(g, "deputies") == [("李红", "市科协副主席")]
    assert members(g, "members") == [("赵强", "办公室主任"), ("孙丽", "科普部部长")]
    assert g.office == "科普部"


def test_news_page_segments_one_per_unit_and_not_the_co_organiser_list():
    doc = parse_text(seed_text("sichuan-newspaper-page"))
    assert doc.doc_type == "news" and doc.outline == [] and doc.title is None
    assert [s.unit for s in doc.segments] == ["四川省科协", "泸州市科协", "内江市科协", "广元市科协", "沙湾区老科协", "中山市科协"]
    assert doc.segments[0].heading == "省科协召开定点帮扶乡城县工作对接会"
    assert "广元市科协召开党组会议" in doc.segments[3].text
    assert all("攀枝花市科学技术协会" not in s.text for s in doc.segments)


def test_group_listed_with_full_width_padding_in_a_notice_that_adjusts_it():
    g = read_leading_group(
        "关于调整南阳市科协网络安全和信息化工作领导小组的通知\n各部室：\n领导小组组成人员如下：\n"
        "组\u3000长：刘建军\u3000市科协党组书记、主席\n副组长：马丽华\u3000市科协党组成员、副主席\n"
        "陈\u3000涛\u3000市科协二级调研员\n成\u3000员：王晓光\u3000办公室主任\n领导小组下设办公室，办公室设在市科协办公室。")
    assert g.name == "南阳市科协网络安全和信息化工作领导小组"
    assert members(g, "heads") == [("刘建军", "市科协党组书记、主席")]
    assert members(g, "deputies") == [("马丽华", "市科协党组成员、副主席"), ("陈涛", "市科协二级调研员")]
    assert members(g, "members") == [("王晓光", "办公室主任")] and g.office == "市科协办公室"


def test_two_titles_before_one_name_are_one_person():
    g = read_leading_group("成立县科协乡村振兴工作领导小组，由县科协党组书记、主席王建国任组长，副主席刘强为副组长。")
    assert members(g, "heads") == [("王建国", "县科协党组书记、主席")]
    assert members(g, "deputies") == [("刘强", "副主席")]


def test_signer_and_contact_names_padded_or_behind_a_department():
    doc = parse_text("鄂科协发〔2023〕12号\u3000\u3000\u3000\u3000签发人：张\u3000伟\n\n关于开展科普活动的通知\n\n各市科协：\n"
                     "现通知如下。\n联系人：科学普及部\u3000杨帆；电话：0310-3112345\n")
    assert doc.signer == "张伟"
    assert (doc.contact.name, doc.contact.phone) == ("杨帆", "0310-3112345")
