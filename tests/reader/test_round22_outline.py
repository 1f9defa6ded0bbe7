"""The outline by convention (round 22): the numbered items of a 公文 hold however a page lays them out.

Real sentences from development documents, variants built from development documents whose outline the reader reads
as their gold says (the body printed twice, items glued onto the paragraph before them, 1. written 1、 and back), and
negatives (numbers that are no markers: dates, amounts, phone numbers, ranks, counts; 首先/其次; a lone 一是)."""

import json
import re
import unicodedata
from pathlib import Path

import pytest

from kexie.reader import parse_text

CORPUS = Path(__file__).parent / "corpus"


def _n(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or "")).strip("。，,.;；:：")


def outline(text, **kw):
    return [(x.id, x.level, x.marker, x.heading) for x in parse_text(text, "x.txt", **kw).outline]


def _keys(items):
    return [(lv, _n(m), _n(h)) for lv, m, h in items]


# ---------- real sentences ----------

def test_articles_numbered_inside_a_chapter_start_their_own_run():
    # a county government's rules: 一、二、 articles inside 第一章 (level 1 whatever stands above; ids in order)
    text = ("镇巴县人民政府工作规则\n第一章总则\n"
            "一、根据《中华人民共和国宪法》，结合本县实际，制定本规则。\n"
            "二、县政府工作的指导思想是，高举中国特色社会主义伟大旗帜。\n"
            "第二章　组成人员和政府职能\n四、县政府由县长、副县长、县政府党组成员组成。\n")
    assert [(i, lv, m) for i, lv, m, _ in outline(text)] == [
        ("1", 1, "第一章"), ("2", 1, "一、"), ("3", 1, "二、"), ("4", 1, "第二章"), ("5", 1, "四、")]


def test_a_heading_line_after_a_duplicated_title_is_item_one():
    # a contest's rules printed under the page's headline and its own title: 第一章 … 概述, a paragraph, then 一、宗旨
    text = ("第二十三届山西省青少年科技创新大赛规则（2007年12月修订）\n第二十三届山西省青少年科技创新大赛规则\n"
            "（2007年12月修订）\n第一章山西省青少年科技创新大赛概述\n"
            "山西省青少年科技创新大赛是一项综合性科技竞赛。\n一、宗旨\n举办创新大赛的根本宗旨在于推动青少年科技活动的蓬勃开展。\n"
            "二、组织机构\n创新大赛组织委员会由主办单位组成。\n")
    assert [(i, m, h) for i, _, m, h in outline(text, reflow=False)] == [
        ("1", "第一章", "山西省青少年科技创新大赛概述"), ("2", "一、", "宗旨"), ("3", "二、", "组织机构")]


def test_an_item_glued_to_the_last_paragraph_of_the_item_before():
    # …。二、 run into the paragraph above (a converter that lost the paragraph break): the open 一、 goes on to 二、
    text = ("一、活动时间\n2020年10月至2021年5月。二、组织机构\n主办单位：中国科协青少年科技中心。三、赛区设置\n"
            "大赛设立省级赛区。\n")
    assert [(i, m, h) for i, _, m, h in outline(text, reflow=False)] == [
        ("1", "一、", "活动时间"), ("2", "二、", "组织机构"), ("3", "三、", "赛区设置")]


def test_a_run_goes_on_after_a_comma():
    # a township plan's items run on in one paragraph, the last after a comma
    text = ("（三）产业发展：1、粮食生产，计划播种面积52000亩，产量15200吨。\n"
            "2、发展果菜，计划面积16200亩，产量3500吨。3、花椒计划新发展花椒5000亩，技改2000亩，4、土地流转9000亩，"
            "其中大户承包5000亩，个体承包4000亩。\n")
    assert [(m, h) for _, _, m, h in outline(text)][-2:] == [
        ("3、", "花椒计划新发展花椒5000亩，技改2000亩"), ("4、", "土地流转9000亩，其中大户承包5000亩，个体承包4000亩")]


def test_an_item_that_opens_with_a_date():
    # a county bureau's science-week schedule: 1.5月14日 is item 1. on 5月14日 (no month is a fraction)
    text = ("三、活动内容\n（一）活动时间：5月17日—5月23日\n（二）参与单位：县文化馆、县图书馆。\n（三）活动日程安排及责任人：\n"
            "1.5月14日召开各直属单位科技活动周工作联席会。\n2.5月17日在县城广场举办科普宣传活动。\n")
    assert [(m, h) for _, _, m, h in outline(text, reflow=False)][-2:] == [
        ("1．", "5月14日召开各直属单位科技活动周工作联席会"), ("2．", "5月17日在县城广场举办科普宣传活动")]


@pytest.mark.parametrize("sentence, points", [
    ("会议要求，一是加强领导，二是强化宣传，三是抓好落实。", [("一是", "加强领导"), ("二是", "强化宣传"), ("三是", "抓好落实")]),
    ("会议指出，一要提高思想认识，二要加强组织领导。", [("一要", "提高思想认识"), ("二要", "加强组织领导")]),
    ("统一要求，一是一，二是二。", []),
])
def test_points_run_on_after_commas(sentence, points):
    text = "二、工作要求\n" + sentence + "\n"
    assert [(m, h) for _, lv, m, h in outline(text, reflow=False) if lv == 5] == points


def test_a_document_sites_chunk_numbers_are_no_items():
    # a preview cut into chunks numbered 1、2、3、 mid-sentence: 2、任务。 and 3、劳动人口 repeat the items' numbers
    text = ("一、认真贯彻落实党的十九大和十九届三中全会精神，扎实开展群众路线教育实践活动\n"
            "1、深入学习宣传贯彻党的十九大和十九届三中全会精神。把深入学习宣传贯彻全会精神作为当前和今后一个时期的首要政治\n"
            "2、任务。采取集中学习、座谈会等多种形式，组织引导广阔科技工作者认真研读全会文件。\n"
            "2、扎实开展党的群众路线教育实践活动。按照总要求，认真组织学习，广泛征求意见。\n"
            "二、围绕科学素质目标，加大重点人群科普力度\n"
            "3、创新工作方法，全心为民效劳。发挥好全民科学素质领导小组办公室牵头协调作用，继续以未成年人、农民、城镇\n"
            "3、劳动人口、领导干部和公务员为重点，推动科普更加便捷地走进人们的生活。4、关爱留守儿童，开展科普大篷车进校园活动。\n")
    got = [(m, h[:8]) for _, _, m, h in outline(text, reflow=False)]
    assert got == [("一、", "认真贯彻落实党的"), ("1、", "深入学习宣传贯彻"), ("2、", "扎实开展党的群众"),
                   ("二、", "围绕科学素质目标"), ("3、", "创新工作方法，全"), ("4、", "关爱留守儿童，开")]


def test_a_paragraph_that_lost_its_full_stop_does_not_hide_the_next_item():
    # the writer left out the stop after 1.'s paragraph; 2. continues the run and is an item
    text = ("三、活动内容\n1.组织维护科技工作者权益活动。开展知识产权保护及维权宣传，区科协将为科技工作者提供专利维权援助服务\n"
            "2.组织开展走访慰问活动。积极邀请相关领导同志走访看望优秀科技工作者代表。\n3.组织开展系列主题宣传报道。\n")
    assert [m for _, _, m, _ in outline(text, reflow=False)] == ["三、", "1．", "2．", "3．"]


@pytest.mark.parametrize("text, ids", [
    # （1）–（3） straight under （二）, then 1. 2.: the later items count on (ids stay unique)
    ("（二）活动内容\n（1）想象力。\n（2）科学性。\n（3）绘画水平。\n1.评选标准。\n2.各班出一期黑板报。\n",
     ["2", "2.1", "2.2", "2.3", "2.4", "2.5"]),
    # a speaker's points whose 一要 was lost count from 1
    ("会议强调，要实施科技创新工程。二要实施科创赋能助力工程，服务高质量发展。三要实施全民科学素质提升工程，夯实基础。\n",
     ["1", "2"]),
    # 1. numbered across （一）（二） keeps its written number (the written number is the ordinal)
    ("一、重点任务\n（一）强化思想引领\n1.加强党的建设。\n2.弘扬科学家精神。\n（二）服务科技工作者\n3.维护合法权益。\n",
     ["1", "1.1", "1.1.1", "1.1.2", "1.2", "1.2.3"]),
])
def test_ids(text, ids):
    assert [i for i, *_ in outline(text, reflow=False)] == ids


# ---------- variants of development documents read right ----------

DOCUMENTS = [
    "fsou-2007-16-survey-stations-training-notice", "college-2023-opening-ceremony-notice",
    "aba-2023-npc-office-document-handling-measures", "chibi-2012-3-literacy-plan-notice",
    "gdast-2013-10-opinions-lecture-tour-notice", "jiangxi-2023-21-office-notice", "swjtu-2023-deans-meeting-rules",
    "taian-2023-work-points", "qiqihar-society-activity-preview-rules",
    "52jingsai-2020-youth-popsci-experiment-contest-notice",
]
_MARK = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d{1,2}[.．、](?!\d)|（\d{1,2}）)")


def _glued(text):
    """Each item run into the paragraph before it where that paragraph is a sentence of text (…。二、…)."""
    out = []
    for line in text.split("\n"):
        s = line.strip()
        k = len(out) - 1
        while k >= 0 and not out[k].strip():
            k -= 1
        if s and _MARK.match(s) and k >= 0 and out[k].rstrip().endswith("。") and len(out[k].strip()) > 60 \
                and not _MARK.match(out[k].strip()):
            del out[k + 1:]
            out[k] = out[k].rstrip() + s
            continue
        out.append(line)
    return "\n".join(out)


def _numbers_as(text, old, new):
    return re.sub(rf"(?m)^(\s*)(\d{{1,2}}){re.escape(old)}(?!\d)", lambda m: m.group(1) + m.group(2) + new, text)


VARIANTS = {
    "printed_twice": (lambda t: t + "\n\n" + t, True, lambda m: m),
    "glued": (_glued, False, lambda m: m),
    "dot_as_dun": (lambda t: _numbers_as(t, ".", "、"), True, lambda m: re.sub(r"^(\d+)[.．]$", r"\1、", m)),
    "dun_as_dot": (lambda t: _numbers_as(t, "、", "．"), True, lambda m: re.sub(r"^(\d+)、$", r"\1．", m)),
}


@pytest.mark.parametrize("variant", list(VARIANTS))
@pytest.mark.parametrize("stem", DOCUMENTS)
def test_a_variant_reads_the_gold_outline(stem, variant):
    path = next(p for p in (CORPUS / "docs").glob(stem + ".*"))
    gold = json.loads((CORPUS / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
    make, reflow, marker = VARIANTS[variant]
    text = path.read_text(encoding="utf-8")
    expected = _keys((x["level"], marker(unicodedata.normalize("NFKC", x["marker"])), x["heading"])
                     for x in gold["outline"])
    got = _keys((lv, marker(unicodedata.normalize("NFKC", m)), h) for _, lv, m, h in outline(make(text), reflow=reflow))
    assert got == expected


# ---------- negatives: numbers that are no markers ----------

_FRAME = "现将有关事项通知如下：\n一、活动时间\n活动于5月举行。\n二、活动内容\n{}\n三、工作要求\n请按时完成。\n"


@pytest.mark.parametrize("sentence", [
    "预算共计1.5万元，其中2.5万元用于宣传。",
    "联系电话：0571-8765432，2.3号楼办公室。",
    "全年举办讲座3、4场，参加人数2、3千人。",
    "报送时间为3月1日前。2.1万名学生参加。",
    "报名时间为2023年1、2月。",
    "一等奖1名，二等奖2名，三等奖3名。",
    "首先要提高认识，其次要加强领导，最后要抓好落实。",
    "活动共分三个阶段，第一阶段宣传发动，第二阶段组织实施。",
    "这是其中的一是非常重要的环节。",
    "本次活动定于2023.1.15举行。",
    "全年增长1.5月均值，工期为1.5个月。",
])
def test_numbers_that_are_no_markers(sentence):
    assert [m for _, _, m, _ in outline(_FRAME.format(sentence), reflow=False)] == ["一、", "二、", "三、"]


def test_a_list_printed_once_in_two_groups_stays():
    # two groups that each list 1.组长 2.成员: no second copy of a body, both lists stay
    text = ("一、领导小组\n1.组长：张某\n2.成员：李某\n二、工作小组\n1.组长：王某\n2.成员：赵某\n")
    assert [i for i, *_ in outline(text, reflow=False)] == ["1", "1.1", "1.2", "2", "2.1", "2.2"]


# ---------- the attachment list and blank forms are no outline, however the list is numbered ----------

_NOTICE = ("关于开展科普活动的通知\n各单位：\n现将有关事项通知如下：\n一、活动时间\n活动于5月举行。\n二、活动内容\n"
           "1.举办讲座。\n2.开展展览。\n{}\n")


@pytest.mark.parametrize("tail", [
    "附件：1.活动报名表 2.活动安排表\n某某市科学技术协会\n2023年5月1日",
    "附件：1.活动报名表\n2.活动安排表\n某某市科学技术协会\n2023年5月1日",
    "附件：1、活动报名表；2、活动安排表。\n某某市科学技术协会\n2023年5月1日",
    "附件:\n1.活动报名表\n2.活动安排表\n某某市科学技术协会\n2023年5月1日",
    "附件：\n（1）活动报名表\n（2）活动安排表",
    "附件：\n\n(1)活动报名表\n\n(2)活动安排表\n\n某某市科学技术协会",
    "附件：一、活动报名表\n二、活动安排表",
    "请各单位按时报送。\n附件：1.活动报名表.docx\n2.活动安排表.xlsx",
    "某某市科学技术协会\n2023年5月1日\n附件1\n活动报名表\n1.姓名\n2.单位\n附件2\n活动安排表\n1.时间\n2.地点",
])
def test_the_attachment_list_and_blank_forms_are_no_outline(tail):
    assert [i for i, *_ in outline(_NOTICE.format(tail))] == ["1", "2", "2.1", "2.2"]


# ---------- a page break inside a heading ----------

_CONTENTS = ("（五）推动全民科学素质提升\n19.协同推进科学素质提升行动和精品科普工程\n20.实施科技资源科普化工程\n"
             "21.实施科普信息化提升工程\n22.实施科普阵\n\n地建设工程\n23.实施科普能力提升工程\n（六）加强科技智库建设\n"
             "24.建设决策咨询服务平台\n25.加强重大决策咨询研究\n26.畅通建言献策渠道\n")


def test_a_blank_line_in_a_text_without_blank_lines_is_a_page_break_inside_the_heading():
    # a plan's contents (a copy that starts inside them), one line per entry: the only blank line is where the page broke (22.实施科普阵 / / 地建设工程)
    assert "22.实施科普阵地建设工程\n23." in parse_text(_CONTENTS, "x.txt").text


def test_a_label_and_its_value_under_it_stay_apart():
    # a value under a label heading (a date) is no rest of the heading, though a blank line parts them
    text = ("关于召开年度工作会议的通知\n各单位：\n经研究，决定召开年度工作会议。\n一、会议时间\n\n2023年5月12日\n"
            "二、会议地点\n市科协三楼会议室\n三、参会人员\n各单位分管领导\n四、有关要求\n请准时参会。\n五、联系方式\n办公室\n"
            "六、其他\n会期半天。\n")
    assert [(m, h) for _, _, m, h in outline(text)][:2] == [("一、", "会议时间"), ("二、", "会议地点")]


# ---------- 一是 that opens a list of points ----------

@pytest.mark.parametrize("text, points", [
    # each point a paragraph of its own, the first after the sentence that introduces them
    ("二、工作要求\n会议强调：一是加强组织领导，明确责任。\n二是强化宣传引导，营造氛围。\n三是抓好工作落实。\n",
     [("2.1", "一是"), ("2.2", "二是"), ("2.3", "三是")]),
    # a county association's meeting report cut before 二是: the colon announced three tasks
    ("针对2025年工作目标，会议明确三大重点任务：一是聚焦“三长”领衔项目，计划评选10个县级项目并向市级推送5个，实现科学副校长全县重",
     [("1", "一是")]),
    # a lone 一是 that nothing announced is a phrase
    ("二、工作要求\n会议提出要求：一是要认真学习。\n", []),
    ("二、工作要求\n他说，这是一是非常重要的环节。\n", []),
])
def test_a_first_point_whose_list_goes_on_below_or_was_announced(text, points):
    assert [(i, m) for i, lv, m, _ in outline(text, reflow=False) if lv == 5] == points


# ---------- the forms a marker is written in ----------

@pytest.mark.parametrize("text, markers", [
    ("(一)活动时间\n5月。\n(二）活动地点\n广场。\n（三)活动对象\n学生。", ["（一）", "（二）", "（三）"]),  # widths mixed
    ("(1)活动时间\n5月。\n(2）活动地点\n广场。", ["（1）", "（2）"]),
    ("一．活动时间\n5月。\n二．活动地点\n广场。", ["一．", "二．"]),
    ("一 、活动时间\n5月。\n二 、活动地点\n广场。", ["一、", "二、"]),
    ("1 . 活动时间\n5月。\n2 . 活动地点\n广场。", ["1．", "2．"]),
    ("⒈活动时间\n5月。\n⒉活动地点\n广场。", ["1．", "2．"]),
    ("㈠活动时间\n5月。\n㈡活动地点\n广场。", ["（一）", "（二）"]),
    ("第 一 章 总则\n第 一 条 为规范管理，制定本办法。\n第 二 条 本办法适用于全市。", ["第一章", "第一条", "第二条"]),
])
def test_marker_forms(text, markers):
    got = outline(text)
    assert [m for _, _, m, _ in got] == markers
    assert all(h in ("活动时间", "活动地点", "活动对象", "总则", "为规范管理，制定本办法", "本办法适用于全市")
               for *_, h in got)


@pytest.mark.parametrize("stem", [
    "qinghai-2023-popsci-explainer-contest-notice", "gdou-2017-workers-survey-sampling-notice",
    "technoirc-2021-xianning-popsci-bases-application-notice", "yueyang-2017-association-13th-five-year-plan-draft",
])
def test_a_web_page_that_prints_its_article_twice(stem):
    # the page's body repeated inside <body> (a site that prints the article again under its own headline)
    from kexie.reader import parse
    raw = (CORPUS / "docs" / f"{stem}.html").read_text(encoding="utf-8")
    body = re.search(r"(?is)<body[^>]*>(.*)</body>", raw)
    twice = raw[:body.end(1)] + body.group(1) + raw[body.end(1):]
    gold = json.loads((CORPUS / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
    got = [(x.level, x.marker, x.heading) for x in parse(twice.encode("utf-8"), f"{stem}.html").outline]
    assert _keys(got) == _keys((x["level"], x["marker"], x["heading"]) for x in gold["outline"])


def test_a_copy_whose_second_print_loses_its_first_level():
    # the second print's 一、主题 … 七、 do not continue the first's numbers and are no items; what is read there (7.'s
    # list again) repeats the first print's items and goes: 一、主题 is looked for again with the text under it
    stem = "mekofs-2016-208-reform-exchange-notice"
    text = (CORPUS / "docs" / f"{stem}.txt").read_text(encoding="utf-8")
    once = [(x.level, x.marker, x.heading) for x in parse_text(text, "x.txt").outline]
    assert [(x.level, x.marker, x.heading) for x in parse_text(text + "\n\n" + text, "x.txt").outline] == once


def test_a_sharing_sites_chunk_numbers_without_its_meta_lines():
    # a document-sharing site that says it shares its members' uploads numbers its chunks 1、2、3、 (2、 and 3、 cut
    # sentences): no items, the cut sentences go on
    text = ("2020年度乡镇科普工作计划 .doc\n"
            "《2020年度乡镇科普工作计划 .doc》由会员分享，可在线阅读，更多相关《2020年度乡镇科普工作计划 .doc（6页珍藏版）》请在淘文阁"
            " - 分享文档赚钱的网站上搜索。\n"
            "1、此资料由网络收集而来，如有侵权请告知上传者立即删除。资料共分享，我们负责传递知识。过去十分难办的事，现在办得比较顺了。\n"
            "2、全年共召开“纲要”成员单位会议两次。县政府主要领导与各乡镇签订了责任书，考核结果将作为经济社会发展目标综合考核的重要\n"
            "3、依据。组织了日全食大型观测活动。\n")
    assert outline(text) == []
    assert "综合考核的重要依据。" in parse_text(text, "x.txt").text


# ---------- a regulation's articles run into one line ----------

def _articles_run_together(text):
    out = []
    for line in (ln for ln in text.split("\n") if ln.strip()):
        if re.match(r"\s*第[一二三四五六七八九十百]+条", line) and out and out[-1].rstrip().endswith("。"):
            out[-1] = out[-1].rstrip() + line.strip()
            continue
        out.append(line)
    return "\n".join(out)


@pytest.mark.parametrize("stem", [
    "aba-2023-npc-office-document-handling-measures", "cnindex-2023-index-society-branch-rules",
    "fengdu-2024-46-research-projects-measures-notice", "sxct-2024-college-admin-leading-group-charter",
    "zhejiang-popsci-fund-measures",
])
def test_articles_run_into_the_paragraph_before_are_separate(stem):
    text = (CORPUS / "docs" / f"{stem}.txt").read_text(encoding="utf-8")
    once = [(lv, m, h) for _, lv, m, h in outline(text)]
    assert [(lv, m, h) for _, lv, m, h in outline(_articles_run_together(text))] == once


@pytest.mark.parametrize("text, articles", [
    ("第一章 总则 第一条 为规范管理，制定本办法。第二条 本办法适用于全市。第二章 组织 第三条 市科协负责。",
     ["第一章", "第一条", "第二条", "第二章", "第三条"]),
    # an article cited in a sentence (本办法第五条规定, 依照第三条、第四条) opens nothing
    ("第一条 为规范管理，根据本办法第五条规定制定本办法。第二条 依照第三条、第四条执行。\n第三条 市科协负责。",
     ["第一条", "第二条", "第三条"]),
    ("根据章程第十条。第十二条规定的事项另行通知。", []),
])
def test_articles_apart(text, articles):
    assert [m for _, _, m, _ in outline(text)] == articles


@pytest.mark.parametrize("tail, more", [
    ("科普活动报名表\n1.单位名称：\n2.联系人：\n3.联系电话：", []),  # a form right under the signature, no 附件 label
    ("附表1\n科普活动报名表\n1.单位名称：\n2.联系人：", []),
    ("回执\n1.单位名称\n2.参会人员", []),
    # an enclosed plan, or its contents, under the signature keep their items
    ("某某区科普工作实施方案\n一、总体要求\n二、主要任务", ["2-1", "2-2"]),
    ("目录\n一、指导思想\n二、基本原则", ["2-1", "2-2"]),
])
def test_a_blank_form_under_the_signature_is_no_outline(tail, more):
    text = _NOTICE.format("某某市科学技术协会\n2023年5月1日\n" + tail)
    assert [i for i, *_ in outline(text)] == ["1", "2", "2.1", "2.2"] + more


def test_an_item_glued_after_a_half_width_stop():
    # the half-width stop a converter left (…重点工作. 2、扎实开展…) ends the sentence as 。 does
    text = ("一、认真贯彻落实党的十九大精神\n1、深入学习宣传贯彻党的十九大精神。认真谋划科协事业全局和重点工作. "
            "2、扎实开展党的群众路线教育实践活动。按照总要求，认真组织学习。\n")
    assert [m for _, _, m, _ in outline(text, reflow=False)] == ["一、", "1、", "2、"]


def test_chunk_numbers_before_the_documents_own_headings():
    # a preview whose chunks, numbered 1、2、3、4、, open with the plan's own 一、 and （二）: the plan's items stand
    text = ("1、2023年科普工作计划为深入贯彻落实全民科学素质行动规划纲要，结合我县实际，制定本计划。\n"
            "2、一、指导思想以习近平新时代中国特色社会主义思想为指导，深入贯彻落实党的二十大精神。\n"
            "3、二、工作目标全年组织科普活动20场次以上。（一）加强科普阵地建设。新建科普e站3个。\n"
            "4、（二）开展科普宣传活动。组织开展全国科普日活动。三、保障措施\n")
    assert [(i, m) for i, _, m, _ in outline(text, reflow=False)] == [
        ("1", "一、"), ("2", "二、"), ("2.1", "（一）"), ("2.2", "（二）"), ("3", "三、")]


def test_a_list_item_that_opens_with_points_is_no_chunk():
    text = "一、工作要求\n1、（1）加强领导。（2）强化宣传。\n2、一是抓好落实；二是加强督查。\n"
    got = [m for _, _, m, _ in outline(text, reflow=False)]
    assert got[:2] == ["一、", "1、"] and "2、" in got


@pytest.mark.parametrize("text, markers", [
    # a dormitory carnival notice's 1)–3) run into one paragraph (the half-bracket form of （1）)
    ("二、活动安排\n1)前期报名：以宿舍为单位报名。2)初赛：2021年4月22日。3)决赛：2021年4月29日。\n",
     ["二、", "1）", "2）", "3）"]),
    # a bracket that closes a reference (附件1）) opens nothing
    ("二、活动安排\n报名材料（详见附件1）。2）初赛另行通知。\n", ["二、"]),
])
def test_half_bracket_points_run_together(text, markers):
    assert [m for _, _, m, _ in outline(text, reflow=False)] == markers
