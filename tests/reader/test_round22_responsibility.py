"""Responsibility by convention (round 22): how 公文 write who answers for an item, each form on its real sentence
from a development document, on variants built from it (bracket annotation, label line, prose; full- and half-width
punctuation; the vague tails a plan adds), and on sentences that look alike but assign nothing.

- a vague tail names nobody: 市科技局等相关部门, ……及其它相关机构, ……及各有关单位, ……、各相关单位 → the named bodies
  (a name with 和 inside stays whole: 市发展和改革委员会);
- prose: 由X负责 / 牵头 (a body by its level and kind, 区科协, too); one of the issuer's own offices given the work by a
  verb of the table (由团支部组织、动员、征稿、上报); X牵头，Y配合 and X牵头、Y配合; 请X牵头;
- 由 in its other senses (由于, 由此, 由……组成/提供/承担), a phrase with 的 (由……牵头组织的大赛), 各X要……, a sentence that
  tells how an event went, and 参加单位 (who attend an event) assign nothing;
- a damaged copy: the next label run onto the role's line (……办事处时间：……) ends the names; a page break inside the
  last name of a role's line is mended; a copy that ends inside a role's last name gives no body for it.
"""

import json
from pathlib import Path

import pytest

from kexie.reader import parse, parse_text
from kexie.reader.clean import clean
from kexie.reader.responsibility import read_responsibility
from samples import damage

CORPUS = Path(__file__).parent / "corpus"
FIELDS = ("lead_leaders", "responsible_leaders", "departments", "lead_units", "partner_units")


def _read(text, at_copy_end=False):
    r, _ = read_responsibility(text, at_copy_end=at_copy_end)
    return {f: getattr(r, f) for f in FIELDS if getattr(r, f)} if r else {}


# ---------- vague tails ----------
# (the list as an item writes it, the bodies it names)
TAILS = [
    ("举办市科学技术协会及其它相关机构", ["举办市科学技术协会"]),  # the real line (a contest's rules)
    ("举办市科学技术协会及其他相关机构", ["举办市科学技术协会"]),
    ("市科协、市科技局等相关部门", ["市科协", "市科技局"]),  # the real annotation (a literacy plan)
    ("市农业农村局、市属高校等相关单位", ["市农业农村局", "市属高校"]),
    ("市科技局等有关单位", ["市科技局"]),
    ("市科技局及各有关单位", ["市科技局"]),
    ("市科技局等部门", ["市科技局"]),
    ("市科技局等", ["市科技局"]),
    ("市教育局、各相关单位", ["市教育局"]),
    ("市科技局及其他有关部门", ["市科技局"]),
    ("市科技局以及其他相关单位", ["市科技局"]),
    ("市科技局和相关部门", ["市科技局"]),
    ("市科技局、市教育局及其他", ["市科技局", "市教育局"]),
    # names with 和 stay whole; 和/及 before 各 joins two bodies
    ("市发展和改革委员会", ["市发展和改革委员会"]),
    ("市住房和城乡建设局、市人力资源和社会保障局", ["市住房和城乡建设局", "市人力资源和社会保障局"]),
    ("宿舍服务部及各学院学生会", ["宿舍服务部", "各学院学生会"]),
    # a body of each kind named by 各 acts where it stands alone
    ("各有关单位", ["各有关单位"]),
    ("各县（市、区）科协", ["各县（市、区）科协"]),
]
# the same list in the layouts a plan writes it in: a label line, a bracket after the item, half-width punctuation
LAYOUTS = [
    "承办单位：{}",
    "承办单位:{}",
    "组织开展科普活动。\n责任单位：{}",
    "组织开展科普活动（责任单位：{}）。",
    "组织开展科普活动(责任单位:{})。",
]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("value, names", TAILS)
def test_a_vague_tail_names_nobody(value, names, layout):
    assert _read(layout.format(value)) == {"lead_units": names}


def test_a_tail_after_partners_is_dropped_too():
    text = "开展科普示范创建活动。（牵头单位：市科协；配合单位：市农业农村局、市属高校等相关单位）"
    assert _read(text) == {"lead_units": ["市科协"], "partner_units": ["市农业农村局", "市属高校"]}


# ---------- prose ----------
PROSE = [
    # the real sentences
    ("由团支部组织、动员、征稿、上报，由", {"departments": ["团支部"]}),
    ("整个座谈会筹备工作由XXX乡党委和政府负责", {"lead_units": ["XXX乡党委和政府"]}),
    ("由县教委牵头，县科委、县科协配合，在中学举办科技创新大赛", {"lead_units": ["县教委"], "partner_units": ["县科委", "县科协"]}),
    ("申报科普选题工作，由市科协学会部负责。", {"departments": ["市科协学会部"]}),
    # variants: half-width stops of a damaged copy, a body by its level and kind, other verbs of the table
    ("整个座谈会筹备工作由XXX乡党委和政府负责.", {"lead_units": ["XXX乡党委和政府"]}),
    ("由团支部组织,动员,征稿,上报.", {"departments": ["团支部"]}),
    ("此项工作由区科协牵头。", {"lead_units": ["区科协"]}),
    ("此项工作由县科协负责。", {"lead_units": ["县科协"]}),
    ("此项工作由县科协负责.", {"lead_units": ["县科协"]}),
    ("由学会办公室承办。", {"departments": ["学会办公室"]}),
    ("由科普部组织实施。", {"departments": ["科普部"]}),
    ("征文活动由教务处组织，各班级参加。", {"departments": ["教务处"]}),
    ("由市科协牵头组织开展全市的科普活动。", {"lead_units": ["市科协"]}),
    ("请市科技局牵头。", {"lead_units": ["市科技局"]}),
    ("请市科技局牵头，市教育局配合。", {"lead_units": ["市科技局"], "partner_units": ["市教育局"]}),
    ("市科技局牵头、市教育局配合。", {"lead_units": ["市科技局"], "partner_units": ["市教育局"]}),
    ("市科技局牵头、市教育局、市科协配合。", {"lead_units": ["市科技局"], "partner_units": ["市教育局", "市科协"]}),
    # the bodies that open a clause and lead without partners; every body of a list, each named by its kind
    ("市科技局牵头，开展科普活动。", {"lead_units": ["市科技局"]}),
    ("市科技局、市教育局牵头。", {"lead_units": ["市科技局", "市教育局"]}),
    ("学会学术部牵头，开展科普活动。", {"departments": ["学会学术部"]}),
    ("由区农技中心、区农机站、区人居办牵头，开展科普活动。", {"lead_units": ["区农技中心", "区农机站", "区人居办"]}),
    # a long list of partners (the real list of a literacy plan's task)
    ("由市科技局牵头，市委组织部、市委宣传部、市发展和改革委员会、市教育局、市财政局、市人事局、市农牧业局、"
     "市劳动和社会保障局、市广电局、市工会、市团委、市妇联、市社会科学联合会、市科协配合，开展科普活动。",
     {"lead_units": ["市科技局"], "partner_units": ["市委组织部", "市委宣传部", "市发展和改革委员会", "市教育局", "市财政局",
                                                   "市人事局", "市农牧业局", "市劳动和社会保障局", "市广电局", "市工会",
                                                   "市团委", "市妇联", "市社会科学联合会", "市科协"]}),
    # a bracket that names a body with a bracket of its own
    ("开展科普活动（学会学术部牵头，企业工作部、各县（市、区）科协配合）。",
     {"lead_units": ["学会学术部"], "partner_units": ["企业工作部", "各县（市、区）科协"]}),
    ("开展科普活动（市科协、各县（市、区）科协按职责分工负责）。", {"lead_units": ["市科协", "各县（市、区）科协"]}),
]


@pytest.mark.parametrize("text, expected", PROSE)
def test_prose_assigns_the_item(text, expected):
    assert _read(text) == expected


NOTHING = [
    # 由 in its other senses
    "由于市科技局负责，工作进展顺利。",
    "由此，各项工作有序推进。",
    "秘书处由秘书长和若干副秘书长组成。",
    "活动场地由市科技馆提供。",
    "参加培训的人员按能报销的标准交住宿费，其它费用由中国科协承担",
    "由学会组织的专项论证咨询活动",
    "由学会办公室组织的活动",
    "建立由市科协牵头、跨部门协作的全民科学素质行动规划纲要。",
    "由市科协牵头组织的第五届科普讲解大赛于昨日落幕。",
    "由办公室统一协调。",
    "由所在单位负责。",
    "由主办单位负责。",
    "经费由所在单位承担。",
    "会议由秘书长负责。",
    "积极争取市科技局牵头。",
    "积极争取市科技局牵头，市教育局配合。",
    "各地要积极配合市科协牵头开展的活动。",
    "各县区要在市科协牵头下，做好工作。",
    "由分管领导签批。",
    # how an event went
    "本次活动由区科协牵头，与区教育局、区卫健局联合举办，吸引了200余名群众参与。",
    "活动由县科协负责组织实施，共发放宣传资料3000余份。",
    # the recipients addressed (各X要……), people, a range of bodies
    "各县科协要高度重视，认真组织，确保活动取得实效。",
    "各学会要加强组织领导。",
    "请各单位认真做好出席人员的组织落实工作。",
    "请一至十院提前安排好本学院的校庆主要活动方案表。",
    "请专家介绍相关的科学前沿发展。",
    # a person in the bracket after an item (the real line of a school's festival plan) is no body
    "科幻画优秀作品评选（陈懋老师负责）",
    "开展活动（张三同志负责）",
    # who attend an event are no partners in its work
    "参加单位：各科普联席会议成员单位及所挂靠的学（协）会。",
]


@pytest.mark.parametrize("text", NOTHING)
def test_a_look_alike_assigns_nothing(text):
    assert _read(text) == {}


def test_a_person_beside_a_body_in_the_bracket_is_left_out():
    assert _read("开展活动（市科协、张三同志负责）") == {"lead_units": ["市科协"]}


def test_attendees_end_the_role_before_them():
    text = "责任单位：市科协 参加单位：各科普联席会议成员单位"
    assert _read(text) == {"lead_units": ["市科协"]}


# ---------- damaged copies ----------
RUN_ON = [
    # the real line, its labels run together where a copy lost the spaces between them
    ("引导居民树立科学生活意识。责任单位：区科技局、区教育局、街道办事处时间：2010年5月15日上午地点：",
     {"lead_units": ["区科技局", "区教育局", "街道办事处"]}),
    ("责任单位：区科技局地点：市科技馆", {"lead_units": ["区科技局"]}),
    ("牵头单位:市科协联系人:张三", {"lead_units": ["市科协"]}),
]


@pytest.mark.parametrize("text, expected", RUN_ON)
def test_the_next_label_ends_the_names(text, expected):
    assert _read(text) == expected


def test_a_page_break_inside_a_roles_last_name_is_mended():
    text = "3)游戏三:历史知多少\n\n承办单位:西方语言文化学\n\n院、旅游学院\n\n4)游戏四:搭桥过河\n\n承办单位:管理学院\n"
    assert "承办单位：西方语言文化学院、旅游学院" in clean(text).split("\n")


def test_a_page_break_inside_a_numbered_roles_last_name_is_mended():
    text = "（一）垃圾分类知识竞赛\n\n1.承办单位:学生会生活权益与宿舍服务\n\n部、环保协会\n\n2.活动安排\n"
    assert "1.承办单位：学生会生活权益与宿舍服务部、环保协会" in clean(text).split("\n")


def test_a_role_line_then_a_paragraph_stays_apart():
    assert clean("承办单位：市科协\n\n市科技局负责宣传。\n").split("\n") == ["承办单位：市科协", "", "市科技局负责宣传。"]


CUT_AT_END = [
    ("重走长征路\n\n承办单位：中国语言文", {}),
    ("承办单位：管理学院、中国语言文", {"lead_units": ["管理学院"]}),
    # whole names at the copy's end stay
    ("承办单位：管理学院", {"lead_units": ["管理学院"]}),
    ("责任单位：市科协、街道、乡镇", {"lead_units": ["市科协", "街道", "乡镇"]}),
    ("牵头领导：张三", {"lead_leaders": ["张三"]}),
]


@pytest.mark.parametrize("text, expected", CUT_AT_END)
def test_a_copy_that_ends_inside_a_name_gives_no_body_for_it(text, expected):
    assert _read(text, at_copy_end=True) == expected


def test_a_name_is_only_cut_where_the_copy_ends():
    assert _read("承办单位：管理学院、中国语言文") == {"lead_units": ["管理学院", "中国语言文"]}


# ---------- the development documents whose responsibility these conventions read in full ----------
DOCUMENTS = [
    "360docs-tianshui-school-innovation-contest-notice",
    "gslryl-2021-dormitory-carnival-notice",
    "juzijia-2009-popsci-festival-plan",
    "xiaoxiaotong-2007-shanxi-youth-innovation-contest-rules",
    "zixin-2012-district-science-week-plan",
]


def _entries(outline):
    return [(f, n) for it in outline for f in FIELDS for n in ((it.get("responsibility") or {}).get(f) or [])]


def _gold(stem):
    return json.loads((CORPUS / "gold" / (stem + ".json")).read_text(encoding="utf-8"))


@pytest.mark.parametrize("stem", DOCUMENTS)
def test_each_document_is_read_in_full(stem):
    doc = parse(next((CORPUS / "docs").glob(stem + ".*")))
    assert _entries(doc.to_dict()["outline"]) == _entries(_gold(stem)["outline"])


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
@pytest.mark.parametrize("stem", [s for s in DOCUMENTS if (CORPUS / "docs" / (s + ".txt")).exists()])
def test_each_damaged_copy_is_read_in_full(stem, seed):
    text = (CORPUS / "docs" / (stem + ".txt")).read_text(encoding="utf-8")
    doc = parse_text(damage(text, seed))
    assert _entries(doc.to_dict()["outline"]) == _entries(_gold(stem)["outline"])


# ---------- the labelled layouts through the whole reader, clean and damaged ----------
BODIES = [
    (["市科协"], ["市农业农村局", "市属高校"]),
    (["学会学术部"], ["企业工作部", "各县（市、区）科协"]),
    (["县科协", "县教育局"], []),
]
ITEM = "组织开展科普宣传周活动，普及科学知识。"
LABELLED = {
    "bracket": lambda lead, partners: ITEM + f"（牵头单位：{lead}" + (f"；配合单位：{partners}）" if partners else "）"),
    "lines": lambda lead, partners: ITEM + f"\n牵头单位：{lead}" + (f"\n配合单位：{partners}" if partners else ""),
    "inline": lambda lead, partners: ITEM + f"牵头单位：{lead}" + (f"；配合单位：{partners}。" if partners else "。"),
}


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
@pytest.mark.parametrize("layout", sorted(LABELLED))
@pytest.mark.parametrize("leads, partners", BODIES)
def test_a_labelled_item_reads_the_same_in_every_layout_and_copy(leads, partners, layout, seed):
    item = LABELLED[layout]("、".join(leads), "、".join(partners))
    text = f"关于开展科普活动的通知\n\n一、工作任务\n\n（一）科普宣传。{item}\n\n（二）加强组织领导。各单位要高度重视，认真组织实施。\n"
    doc = parse_text(damage(text, seed) if seed else text).to_dict()
    first = next(x for x in doc["outline"] if x["id"] == "1.1")
    r = first["responsibility"] or {}
    assert {f: r[f] for f in FIELDS if r.get(f)} == {"lead_units": leads} | ({"partner_units": partners} if partners else {})
    second = next(x for x in doc["outline"] if x["id"] == "1.2")
    assert second["responsibility"] is None  # 各单位要……: the recipients addressed, nobody named
