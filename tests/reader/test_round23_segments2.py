"""Round 23 (2): a page of each unit's monthly work in more shapes: counted labels ((一)琅琊区科协(3项)) run into one
paragraph with their lists, a page in traditional script with pinyin glosses (the unit named without its glosses), the
last block cut inside its first entry, and a society's branch (分会, 专委会) as a block's unit. A single counted label
inside a sentence, quotas by unit and duties by unit stay no gathered page."""

from __future__ import annotations

import pytest

from kexie.reader import parse_text
from kexie.reader.segments import split_labels, unit_label

# the shape of jichengzao-2016-chuzhou-county-july-work-briefing: the whole page one paragraph
ONE_PARAGRAPH = ("一、各县(市、区)2016年7月份重点工作完成情况 (一)琅琊区科协(3项) 1、推进青少年科技创新大赛各项工作; "
                 "2、指导一小和紫薇小学规范开展科技俱乐部活动; 3、指导古道社区开展科普示范社区创建工作。 "
                 "(二)南谯区科协(2项) 1、召开了主席办公会议,总结上半年工作; 2、开展了创新驱动助力工程调研活动。 "
                 "(三)来安县科协(2项) 1、继续开展“两学一做”学习教育; 2、外出考察学习企会合作的经验做法。 "
                 "(四)天长市科协(3项) 1、按照市委、市政府要求做好筹建")

# the same page on a mirror in traditional script with pinyin glosses (jichengzao-2017-…)
GLOSSED = ("一、各縣(市、區(qū))2017年3月份重點工作完成情況 (一)瑯琊區(qū)科協(xié)(2項) 1、督促並跟進(jìn)全國調(diào)查體驗活動申報工作; "
           "2、積極做好科普宣傳工作。 (二)南譙區(qū)科協(xié)(2項) 1、組織開展送科技下鄉(xiāng)活動; 2、開展了農(nóng)村科技培訓(xùn)班2期。 "
           "(三)來安縣科協(xié)(1項) 1、開展科技館崗位練兵活動。 (四)定遠")

# each label on its line, the page cut inside the last block's first entry (czkx-2016-chuzhou-county-november-…)
CUT = ("各县(市、区)科协2016年11月份重点工作完成情况\n(一)琅琊区科协(2项)\n1、举办琅琊区青少年科技创新大赛,组织获奖展品展示;\n"
       "2、组团参加中国芜湖科博会;\n(二)南谯区科协(2项)\n1、检查南谯区五个市级食品药品科普宣传站;\n2、协调企业参加海智对接活动;\n"
       "(三)凤阳县科协(4项)\n1、举办第九届凤阳县青少年科")


@pytest.mark.parametrize("text,units", [
    (ONE_PARAGRAPH, ["琅琊区科协", "南谯区科协", "来安县科协", "天长市科协"]),
    (GLOSSED, ["瑯琊區科協", "南譙區科協", "來安縣科協"]),
    (CUT, ["琅琊区科协", "南谯区科协", "凤阳县科协"]),
])
def test_a_page_of_counted_labels_is_gathered_however_its_lines_run(text, units):
    doc = parse_text(text)
    assert doc.doc_type == "news"
    assert [s.unit for s in doc.segments] == units
    assert all(s.heading is None and s.text.lstrip().startswith("1") for s in doc.segments)
    assert doc.outline == [] and doc.issuer is None


def test_a_glossed_segment_keeps_its_text_as_written():
    doc = parse_text(GLOSSED)
    assert doc.segments[0].text.startswith("1、督促並跟進(jìn)")  # the text keeps its glosses, the unit does not


@pytest.mark.parametrize("line,pieces", [
    ("（一）琅琊区科协（3项） 1、推进青少年科技创新大赛各项工作；", ["（一）琅琊区科协（3项）", "1、推进青少年科技创新大赛各项工作；"]),
    ("3、指导古道社区开展科普示范社区创建工作。 （二）南谯区科协（5项） 1、召开了主席办公会议；",
     ["3、指导古道社区开展科普示范社区创建工作。", "（二）南谯区科协（5项）", "1、召开了主席办公会议；"]),
    ("（一）琅琊区科协（3项）", ["（一）琅琊区科协（3项）"]),
    # one counted label inside a sentence, a label without its count, a count of places: the line whole
    ("根据安排，（一）琅琊区科协（3项）已完成。", ["根据安排，（一）琅琊区科协（3项）已完成。"]),
    ("（一）琅琊区科协 1、推进青少年科技创新大赛各项工作；", ["（一）琅琊区科协 1、推进青少年科技创新大赛各项工作；"]),
    ("（一）琅琊区科协（3名） （二）南谯区科协（2名）", ["（一）琅琊区科协（3名） （二）南谯区科协（2名）"]),
])
def test_counted_labels_are_cut_out_of_their_line(line, pieces):
    assert [p for _, p in split_labels(line)] == pieces
    assert all(line[k:k + len(p)] == p for k, p in split_labels(line))


@pytest.mark.parametrize("line,unit", [
    ("（二）江苏省机械工程学会机械设计与传动分会", "江苏省机械工程学会机械设计与传动分会"),
    ("【四川省老科协教育专委会】", "四川省老科协教育专委会"),
    ("（三）来安县科协（4项）", "来安县科协"),
    ("二、加强分会建设", None),
    ("（二）分会", None),
])
def test_a_branch_labels_its_block(line, unit):
    assert unit_label(line) == unit


NOT_GATHERED = [
    # quotas by unit, run into one paragraph: no count of work items
    pytest.param("各单位推荐名额如下：（一）琅琊区科协（3名） （二）南谯区科协（2名） （三）来安县科协（2名）。"
                 "请于9月30日前报送推荐材料。", id="quotas"),
    # a notice's tasks by unit, each label counted, but each block a duty, not work done
    pytest.param("关于做好全国科普日活动的通知\n各县（市、区）科协：\n现将有关事项通知如下：\n"
                 "一、工作任务\n（一）来安县科协（2项）\n负责本县活动的组织实施；\n"
                 "（二）南谯区科协（2项）\n负责本区活动的组织实施；\n", id="notice_counted"),
    # one unit's report that names two societies in one sentence
    pytest.param("江苏省土木建筑学会2023年地方学会工作年会在盐城举行\n5月20日，江苏省土木建筑学会2023年地方学会工作年会在盐城举行。"
                 "镇江学会、无锡学会分别作交流发言，介绍了各自在学术交流和科普工作方面的经验做法。\n", id="one_report"),
]


@pytest.mark.parametrize("text", NOT_GATHERED)
def test_what_only_looks_gathered_gets_no_segments(text):
    assert parse_text(text).segments == []
