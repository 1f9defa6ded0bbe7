"""Rules learnt from the eleventh held-out set (tools/held_out_11.txt, development material since the twelfth was made);
each shown on the real sentence it came from and, where it must not fire, on its neighbours: a plan in traditional
script read through a matching copy, the family of role words (负责部门, 负责单位, 配合科室), a role line under an
activity's name, a document-sharing preview (its meta lines, the shared file's name, the chunk numbers that cut
sentences), an activity's 时间/地点 lines, a model-essay page, a meta label without its value, an essay's number above
its 一、, 一要 after a comma, a 转发 notice's 《…》 with its 字号 and a note, an activity's 时间 that is no dateline, and the
first child glued to an inline item's heading."""

import pytest

from kexie.reader import parse_text
from kexie.reader.clean import clean
from kexie.reader.header import read_header
from kexie.reader.patterns import model_essay, web_furniture
from kexie.reader.responsibility import ROLE_WORDS, read_responsibility
from kexie.reader.script import matching_copy


def _roles(text):
    r, _ = read_responsibility(text)
    return {k: v for k, v in vars(r).items() if v} if r else {}


def _outline(text):
    return [(x.marker, x.heading) for x in parse_text(text).outline]


# ---------------------------------------------------------------- traditional script, read through a matching copy
JUZIJIA = ("前言:本站為你精心整理了科技局發展科普教育實施方案范文,希望能為你的創作提供參考價值。\n"
           "為隆重紀念建國六十周年,深入實施《全民科學素質行動計劃綱要》,普及科學知識。具體方案如下:\n"
           "一、活動主題:節約能源資源保護生態環境保障安全健康\n"
           "二、舉辦時間:9月18日~25日\n"
           "三、活動內容:\n"
           "1、*市2009年科普節開幕式暨廣場科普文藝演出活動\n"
           "責任單位:市科協\n"
           "時間:9月18日(星期五)上午9:00~11:30\n"
           "地點:*公園\n"
           "2、廣場科普宣傳活動\n"
           "責任單位:市科協\n")


def test_a_plan_in_traditional_script_is_read_and_given_back_in_its_own_characters():
    doc = parse_text(JUZIJIA)
    got = {x.marker: (x.heading, x.responsibility.lead_units if x.responsibility else None) for x in doc.outline}
    assert got["1、"] == ("*市2009年科普節開幕式暨廣場科普文藝演出活動", ["市科協"])
    assert got["2、"] == ("廣場科普宣傳活動", ["市科協"])
    assert got["一、"][0] == "活動主題"  # as the page writes it, not 活动主题
    # the lead-in names a plan (…實施方案范文): a plan, with no title of its own and no issuer
    assert (doc.doc_type, doc.title, doc.issuer) == ("plan", None, None)
    assert doc.text.startswith("前言：本站為你")  # the document's text stays as written


@pytest.mark.parametrize("text, copy", [
    ("責任單位：市科協", "责任单位：市科协"),
    ("關於印發《中國科協2020年科普工作要點》的通知", "关于印发《中国科协2020年科普工作要点》的通知"),
    # a simplified page has no copy to make: it is read as it stands
    ("责任单位：市科协", None),
    ("著作权、乾坤、覆盖", None),  # characters simplified text writes too are not in the table
])
def test_the_matching_copy_is_one_character_for_one(text, copy):
    got = matching_copy(text)  # (the copy, None: no gloss was left out, the offsets are the text's)
    assert (got[0] if got else None) == copy
    assert got is None or (len(got[0]) == len(text) and got[1] is None)


# ---------------------------------------------------------------- the family of role words, as a table
@pytest.mark.parametrize("text, roles", [
    ("1.少儿书法评比（负责部门：教科室）", {"departments": ["教科室"]}),
    ("6.六一表彰大会（负责部门：校长室）", {"departments": ["校长室"]}),
    ("组织开展科普讲座（负责单位：县科技局）", {"lead_units": ["县科技局"]}),
    ("组织开展科普讲座（牵头单位：县科协；配合部门：县教育局、县卫健委）",
     {"lead_units": ["县科协"], "partner_units": ["县教育局", "县卫健委"]}),
    # the words written out before keep their reading
    ("（责任部门：办公室）", {"departments": ["办公室"]}),
    ("（牵头部门：市科技局）", {"lead_units": ["市科技局"]}),
    # 负责 in a sentence without a role's colon is no role word
    ("各部门负责做好本单位的宣传工作。", {}),
])
def test_role_words_of_the_family(text, roles):
    assert _roles(text) == roles


def test_the_family_table_fills_each_role_by_the_kind_of_body():
    assert ROLE_WORDS["负责部门"] == ROLE_WORDS["负责处室"] == ROLE_WORDS["责任科室"] == "departments"
    assert ROLE_WORDS["负责单位"] == ROLE_WORDS["承办单位"] == "units"
    assert ROLE_WORDS["配合部门"] == ROLE_WORDS["协办科室"] == "partner_units"


# ---------------------------------------------------------------- a role line under an activity's name
@pytest.mark.parametrize("text, roles", [
    ("*市2009年科普节开幕式暨广场科普文艺演出活动\n责任单位：市科协\n时间：9月18日上午", {"lead_units": ["市科协"]}),
    # a 协办单位 inside the item is its partner (spec-literal since round 17)
    ("举办青少年科技创新大赛。本次活动协办单位：市教育局", {"partner_units": ["市教育局"]}),
])
def test_a_role_line_under_an_activitys_name_is_the_activitys(text, roles):
    assert _roles(text) == roles


# ---------------------------------------------------------------- a document-sharing site's preview
ZIXIN = ("收藏 分销(赏)\n\n全区科技活动整体实施方案.docx\n\n"
         "上传人:asd****19 文档编号:6919099 上传时间:2024-12-23 格式:DOCX 页数:5 大小:16.98KB\n"
         "下载 相关 举报\n资源描述\n\n"
         "1、全区科技活动整体方案 为深入贯彻落实科学发展观,建设创新型城市。一、主题 提高科学素质争做首善先锋 二、时间 "
         "2012年5月15日21日 三、主办单位 中共区委宣传部、区科技局、区科协 四、主要活动内容 (一)主办2012年市科技周启动仪式"
         "暨科普知识大型展览活动 围绕“携手建设创新型城市”的主题,与市科技局、市科协\n\n"
         "2、、市教育局、市公安局等单位共同做好2012年市科技周启动仪式暨科普知识大型展览活动。通过知识展板、现场实物展、"
         "动手操作等方式,引导居民树立科学生活意识,不断提高居民科学素质。 责任单位:区科技局、区教育局、香港中路街道办事处 "
         "时间:2010年5月15日上午 地点: (二)开展“牵手基地科技惠民”互动体验活动 积极发挥科技界的优势和作用,组织各类"
         "科研机构、高校、有条件的企业面向公众开放。\n")


def test_a_sharing_preview_keeps_the_files_name_and_drops_its_meta_and_chunk_numbers():
    doc = parse_text(ZIXIN)
    assert doc.title == "全区科技活动整体实施方案"  # the shared file's name
    assert doc.date is None  # neither the upload day nor an activity's 时间
    assert doc.doc_type == "plan"
    got = {x.marker: x for x in doc.outline}
    assert "1、" not in got and "2、" not in got  # the site's chunk numbers number nothing
    assert got["（一）"].heading.endswith("与市科技局、市科协、市教育局、市公安局等单位共同做好2012年市科技周启动仪式暨科普知识大型展览活动")
    assert got["（一）"].responsibility.lead_units == ["区科技局", "区教育局", "香港中路街道办事处"]
    assert got["（二）"].heading.startswith("开展“牵手基地科技惠民”互动体验活动")


def test_numbered_paragraphs_without_a_sharing_sites_meta_stay_items():
    text = "工作安排\n1、开展科普讲座，普及科学知识。\n2、组织科技下乡，服务农民群众。\n"
    assert [m for m, _ in _outline(text)] == ["1、", "2、"]


@pytest.mark.parametrize("line", ["ID:36459747", "大小:62.68 KB", "页数:3页", "时间:2019-05-10",
                                  "上传人:asd****19 文档编号:6919099 上传时间:2024-12-23 格式:DOCX 页数:5 大小:16.98KB"])
def test_a_sharing_sites_meta_lines_go(line):
    text = f"欢迎来到天天文库\n{line}\n页数:3页\n大小:1KB\n《乡镇2016年“全国科普日”集中宣传活动方案》由会员上传分享,免费在线阅读。\n1、正文。\n"
    assert line.split(":")[0] not in clean(text)


# ---------------------------------------------------------------- a model-essay site's page
CHAYI5 = ("首页 > 工作职场 > 策划方案\n\n科技活动周实施方案【最新10篇】\n\n发布时间\n\n"
          "为了确保活动顺利进行,常常需要预先制定活动方案。以下内容是差异网为您带来的10篇《科技活动周实施方案》,"
          "在大家参考的同时,也可以分享一下差异网给您的好友哦。\n\n科技节活动方案 篇一\n\n一、指导思想\n\n"
          "为了展示我校办学成果和办学特色,我校将举办体育、艺术、科技节系列活动。\n\n二、活动主要板块\n\n"
          "1.少儿书法评比(负责部门:教科室)\n\n2.班级布置评比(负责部门:大队部)\n")


def test_a_model_essay_page_is_its_first_essay():
    doc = parse_text(CHAYI5)
    assert (doc.doc_type, doc.title) == ("plan", "科技节活动方案")
    # the essay's number (篇一) is no character printed twice before 一、
    assert _outline(CHAYI5)[:2] == [("一、", "指导思想"), ("二、", "活动主要板块")]
    assert doc.outline[2].responsibility.departments == ["教科室"]


@pytest.mark.parametrize("text, essay", [
    ("学习啦>实用范文>办公文秘>方案大全>\n\n全国科普日主题活动方案万能\n\n"
     "下面是小编为大家整理的关于全国科普日主题活动方案万能,欢迎大家来阅读。\n\n全国科普日主题活动方案万能篇1\n\n为纪念…\n",
     ("plan", None)),
    ("社區開展科普活動方案\n下面是小編收集整理的社區開展科普活動方案,僅供參考。\n社區開展科普活動方案1\n一、活動宗旨\n", None),
    # a news page without a model-essay site's lead-in is no essay page
    ("县科协召开学会工作会议\n近日，县科协组织所属18个学会召开学会工作会议。\n", None),
])
def test_model_essay_pages(text, essay):
    assert model_essay(text) == essay


def test_the_traditional_essay_page_is_read_through_its_copy():
    doc = parse_text("社區開展科普活動方案\n下面是小編收集整理的社區開展科普活動方案,僅供參考。\n社區開展科普活動方案1\n"
                     "一、活動宗旨\n以科學發展觀為統領。\n")
    assert (doc.doc_type, doc.title) == ("plan", "社區開展科普活動方案")


@pytest.mark.parametrize("line, furniture", [
    ("发布时间", True),  # its value lost
    ("发布时间：2018-03-30", True),
    ("发布会", False),
    ("科技节活动方案", False),
])
def test_a_meta_label_alone_is_furniture(line, furniture):
    assert web_furniture(line) is furniture


# ---------------------------------------------------------------- points and titles
HESHUI = ("会议要求,一要进一步坚定信心,保持上半年良好态势,不断开创科协工作新局面。二要补齐短板弱项,优化工作举措。"
          "三要突出一个“干”字,赢得全年红、满堂彩。\n")


def test_a_first_point_right_after_a_comma():
    assert [m for m, _ in _outline(HESHUI)] == ["一要", "二要", "三要"]
    assert _outline(HESHUI)[0][1] == "进一步坚定信心，保持上半年良好态势，不断开创科协工作新局面"


@pytest.mark.parametrize("text", [
    "会议要求，统一要求各单位按时报送材料。\n",  # 统一要求 is a word
    "会议要求，一要进一步坚定信心。\n",  # a lone 一要 with no 二要 is no list
])
def test_no_first_point_where_none_is_listed(text):
    assert _outline(text) == []


def test_a_forwarding_notice_names_the_document_with_its_number_and_a_note_between():
    text = ("各县(市、区)科技主管部门,各有关单位:\n现将《广东省科学技术厅关于开展2023年全国优秀科普作品推荐工作的通知》"
            "(粤科函智字〔2023〕1045号)(下称《通知》)转发给你们,请按要求做好推荐工作。\n江门市科学技术局\n2023年8月4日\n")
    assert read_header(clean(text)).enclosed_title == "广东省科学技术厅关于开展2023年全国优秀科普作品推荐工作的通知"


@pytest.mark.parametrize("text, dateline", [
    # an activity's 时间 under a plan's numbered items is its day, no dateline
    ("全区科技活动整体实施方案\n一、主要活动\n（一）启动仪式\n责任单位：区科技局\n时间：2010年5月15日上午\n", None),
    # the same label at the page's top is when it went up
    ("县科协召开学会工作会议\n时间：2019年5月10日\n近日，县科协召开学会工作会议。\n", "2019-05-10"),
])
def test_an_activitys_time_is_no_dateline(text, dateline):
    assert read_header(clean(text)).dateline == dateline


def test_the_first_child_glued_to_an_inline_items_heading():
    text = ("三、活动时间2016年10月8日至20日。四、活动安排(一)采取多种形式,营造活动氛围1.利用场天,在集镇人员密集的场所开展"
            "集中宣传活动;2.各科普责任单位,悬挂活动主题条幅; 3.各科普责任单位,开展科普知识宣传活动。\n")
    assert _outline(text)[1:] == [("四、", "活动安排"), ("（一）", "采取多种形式，营造活动氛围"),
                                  ("1．", "利用场天，在集镇人员密集的场所开展集中宣传活动"), ("2．", "各科普责任单位，悬挂活动主题条幅"),
                                  ("3．", "各科普责任单位，开展科普知识宣传活动")]
