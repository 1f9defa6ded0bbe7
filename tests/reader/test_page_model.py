"""The page model (kexie.reader.page) and the rules of this round, learnt from development documents (the fourth
held-out set's misses, development material since the fifth was made): where the document sits among a website's
chrome, read by layout — the headline the page's meta lines stand under, a repost's 原标题, an index block of labelled
fields, a 令号, the issuing body under a copy of the title — and blocks of the 公文 (a joint signature, a date that
lost its 月 and 日, a speaker's 一要/二要 list). Each is shown on the real sentences it came from, and where it must
not fire."""

import pytest

from kexie.reader import page, parse_text
from kexie.reader.clean import clean, joint_signature_apart
from kexie.reader.header import _lines

# ---------------------------------------------------------------- the headline by its place on the page
ABA_HEAD = ("宣传人大制度 交流人大经验;推进民主法制建设 构建和谐文明阿坝。地震之后,阿坝依然美丽!\n信息搜索:\n\n主任之窗\n\n"
            "阿坝州人大常委会主任\n李为国\n自身建设\n\n阿坝藏族羌族自治州人民代表大会常务委员会机关公文处理办法\n\n来源:州人大\n访问量:\n"
            "更新日期:2024-01-12\n\n阿坝藏族羌族自治州人民代表大会\n\n常务委员会机关公文处理办法\n\n"
            "第一条为实现阿坝藏族羌族自治州人民代表大会常务委员会机关公文处理工作规范化,制定本办法。\n")


def test_the_headline_is_the_title_the_pages_meta_lines_stand_under_whatever_chrome_is_above():
    doc = parse_text(ABA_HEAD)
    assert (doc.title, doc.doc_type) == ("阿坝藏族羌族自治州人民代表大会常务委员会机关公文处理办法", "regulation")
    assert doc.recipients == []  # 信息搜索: and 访问量: are the page's labels, not a 主送 line


@pytest.mark.parametrize("head, title", [
    (["自身建设", "阿坝藏族羌族自治州人民代表大会常务委员会机关公文处理办法", "来源：州人大", "访问量："],
     "阿坝藏族羌族自治州人民代表大会常务委员会机关公文处理办法"),
    # a column name or a person's name above the meta lines names no kind of document: no headline
    (["主任之窗", "李为国", "来源：州人大"], None),
    (["新闻中心", "来源：州人大", "访问量："], None),
])
def test_headline_over_meta(head, title):
    assert page.headline_over_meta(head)[0] == title


@pytest.mark.parametrize("text, title", [
    ("国务院成立地理国情普查领导小组 张高丽任组长\n原标题:国务院成立地理国情普查领导小组 张高丽任组长中新网6月13日电 据中国政府网消息,",
     "国务院成立地理国情普查领导小组张高丽任组长"),
    # joined on one line by a converter
    ("国务院成立地理国情普查领导小组张高丽任组长原标题：国务院成立地理国情普查领导小组张高丽任组长中新网6月13日电",
     "国务院成立地理国情普查领导小组张高丽任组长"),
    # 原标题 that says something else is no repeat of the first line
    ("科普日活动启动\n原标题:全国科普日活动在京启动", None),
])
def test_a_reposts_headline_is_the_line_its_original_title_repeats(text, title):
    assert page.reposted_headline(text)[0] == title


# ---------------------------------------------------------------- an index block of labelled fields
HEBEI_INDEX = ["   首页 > 财经相关法律法规 > 财经相关法规-其他 >", "法规内容  本文仅供参考,如需引用请以正式文件为准",
               "发文标题: 河北省人民政府办公厅关于印发河北省全民科学素质行动计划纲要实施方案[2016—2020年]的通知",
               "发文文号: 冀政办发〔2016〕14号", "发文部门: 河北省人民政府办公厅", "发文时间: 2016-5-4", "实施时间: 2016-5-4",
               "阅读人次: 2874"]
CHIBI_INDEX = ["索引号 : 11346509/2012-1563602 文       号 : 赤政办发〔2012〕3号",
               "主题分类: 科技 发文单位: 赤壁市人民政府门户网",
               "有效性: 有效 发文日期: 2012年09月28日"]
BULLETED_INDEX = ["  • 索引号:", "    6107280000/2024-001005", "  • 发文机构:", "    县政府网站", "  • 发文字号:",
                  "    镇政发〔2024〕7号", "  • 发文日期:", "    2024年04月06日 16:40"]


@pytest.mark.parametrize("lines, number, date, issuer", [
    (HEBEI_INDEX, "冀政办发〔2016〕14号", "2016-05-04", "河北省人民政府办公厅"),
    (CHIBI_INDEX, "赤政办发〔2012〕3号", "2012-09-28", None),       # 赤壁市人民政府门户网 is the site
    (BULLETED_INDEX, "镇政发〔2024〕7号", "2024-04-06", None),      # each value on the line under its label
    (["发文内容:", "各区人民政府,市政府各部门、各直属机构:"], None, None, None),
])
def test_the_fields_a_pages_index_block_labels(lines, number, date, issuer):
    fields = page.index_fields(lines)
    assert (page.index_number(fields), page.index_date(fields), page.index_issuer(fields)) == (number, date, issuer)


# ---------------------------------------------------------------- a 令 and the body under a copy of its title
TIANJIN_HEAD = ("您的位置: 首页 » 法律资料网 » 法律法规 »\n\n天津市行业协会管理办法\n\n"
                "时间:2024-07-12 07:52:45 来源: 法律资料网 作者:法律资料网 阅读:8957\n下载地址: 点击此处下载\n\n"
                "天津市行业协会管理办法\n\n天津市人民政府\n\n\n天津市行业协会管理办法\n  津政令第90号\n\n"
                "  《天津市行业协会管理办法》已于2005年6月20日经市人民政府第51次常务会议通过,现予公布,自2005年8月1日起施行。\n\n"
                "               市长 戴相龙\n\n              二○○五年六月二十八日\n\n"
                "  第一条为规范本市行业协会行为,制定本办法。\n")


def test_a_government_order_its_number_and_the_government_under_its_title():
    doc = parse_text(TIANJIN_HEAD)
    assert (doc.doc_number, doc.issuer, doc.date) == ("津政令第90号", "天津市人民政府", "2005-06-28")


@pytest.mark.parametrize("line, number", [
    ("津政令第90号", "津政令第90号"),
    ("国务院令 第 708 号", "国务院令第708号"),
    ("第90号", None),                      # a number without 令 is an item or a page's, not an order's
    ("根据市政府令第3号的规定", None),      # cited in a sentence
])
def test_order_numbers(line, number):
    assert page.order_number(line) == number


# ---------------------------------------------------------------- the signature block
@pytest.mark.parametrize("tail, issuer", [
    ("附件:1. 全国科普工作先进集体名单\n2. 全国科普工作先进工作者名单\n科学技术部 中共中央宣传部\n中 国 科 协\n二O一O年五月十四日\n",
     "科学技术部"),
    ("特此通知。\n\n科研处\n\n2025年326\n\n\n附件\n\n件【关于商请开展高校科普品牌示范工程(高校星火馆)的函.pdf已下载\n", "科研处"),
])
def test_the_signature_block(tail, issuer):
    assert parse_text("各有关单位:\n现将有关事项通知如下。\n" + tail).issuer == issuer


@pytest.mark.parametrize("text, out", [
    ("科学技术部 中共中央宣传部\n中 国 科 协\n二O一O年五月十四日", "科学技术部\n中共中央宣传部\n中 国 科 协\n二O一O年五月十四日"),
    ("中 国 科 协\n二O一O年五月十四日", "中 国 科 协\n二O一O年五月十四日"),   # one name padded apart stays one
    ("科学技术部 中共中央宣传部", "科学技术部 中共中央宣传部"),               # no date below: no signature
])
def test_a_joint_signature_is_one_body_a_line(text, out):
    assert joint_signature_apart(text) == out


def test_a_run_on_signature_whose_date_has_stray_spaces():
    text = clean("附 件:1.关于推荐2017年全国优秀科普作品的通知 新乡市科学技术局 2017年6月 22 日\n")
    assert _lines(text)[-2:] == ["新乡市科学技术局", "2017年6月22日"]


# ---------------------------------------------------------------- items
def test_a_speakers_list_may_say_yao_for_shi():
    text = ("会议要求,各县市科协要结合实际,集中资源,强化协作,围绕2024年工作开展各项工作。一是要充分发挥乡村科普馆科普宣传主阵地"
            "作用。二是要积极组织开展“科技之冬”活动,成为乡村振兴工作的助推器。三要积极推进科普信息化传播矩阵建设。"
            "四是进一步提升学会、协会建设。\n")
    assert [(i.marker, i.level) for i in parse_text(text).outline] == [("一是", 5), ("二是", 5), ("三要", 5), ("四是", 5)]


def test_a_lone_yao_is_no_list():
    assert parse_text("各单位要统一要求。一要素齐全。\n").outline == []


def test_a_line_with_a_labels_colon_is_not_the_rest_of_a_cut_heading():
    text = "一、时间与主题\n(一)2021年5月25-28日\n(二)主题\n百年回望:中国共产党领导科技发展\n(三)主要内容\n"
    assert [i.heading for i in parse_text(text).outline][1:4] == ["2021年5月25-28日", "主题", "主要内容"]


# ---------------------------------------------------------------- a member list whose line breaks were lost
GEO_LIST = ("国务院办公厅关于成立第一次全国地理国情普查领导小组的通知各省、自治区、直辖市人民政府:为加强领导,国务院决定成立第一次全国地理国情普查"
            "领导小组。现将有关事项通知如下:一、主要职责负责第一次全国地理国情普查的组织和领导。二、组成人员组长:张高丽国务院副总理副组长:"
            "姜大明国土资源部部长丁向阳国务院副秘书长马建堂统计局局长成员:吴恒权中央宣传部副部长张业遂外交部.党.委.书.记.、副部长"
            "矫勇水利部副部长董大胜审计署副审计长刘琦能源局副局长三、工作机构及其职责领导小组办公室设在测绘地信局。\n")


def test_a_list_run_into_one_line_splits_names_from_titles():
    group = parse_text(GEO_LIST).leading_group
    assert [(m.name, m.title) for m in group.heads] == [("张高丽", "国务院副总理")]
    assert [(m.name, m.title) for m in group.deputies] == [
        ("姜大明", "国土资源部部长"), ("丁向阳", "国务院副秘书长"), ("马建堂", "统计局局长")]
    assert [(m.name, m.title) for m in group.members] == [
        ("吴恒权", "中央宣传部副部长"), ("张业遂", "外交部党委书记、副部长"), ("矫勇", "水利部副部长"),
        ("董大胜", "审计署副审计长"), ("刘琦", "能源局副局长")]
