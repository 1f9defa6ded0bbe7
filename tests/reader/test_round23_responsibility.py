"""Responsibility by the conventions of 实施方案, 工作要点 and 任务分工 (round 23).

A bracket after the item: (A牵头，B按职责分工负责) — the bodies after the lead partner whatever verb gives them their part
(配合, 参与, 按职责分工负责, 分别负责, 负责); the same in prose (由A牵头，B按职责分工负责); 【】 and [] close an
annotation as （） do. A 责任单位 list that marks its lead (市科技局（牵头）、市财政局) splits into lead and partners.
Names: 市级各有关部门 and 各区、县级市政府 stay whole; bodies separated by spaces are several. An item whose colon labels
no role (工作目标：……由A牵头，B配合) is read as one without a colon is, except a body's standing duties listed after a
colon (主要职责是：). Partners named by their role (……作为成员单位，参与实施) after a lead; an office given a step of
the work (由科技处抽取调查对象). Prose that only mentions bodies (市科技局会同市财政局开展……) assigns nothing.
Lines written after real 任务分工方案 / 工作要点 and development documents (dev-28)."""
import pytest

from kexie.reader.model import ROLES
from kexie.reader.responsibility import read_responsibility


def _read(text):
    r, _ = read_responsibility(text)
    return None if r is None else {role: getattr(r, role) for role in ROLES if getattr(r, role)}


@pytest.mark.parametrize("text, expected", [
    # a lead in a bracket, the others 按职责分工负责 (a government 工作要点's convention)
    ("全面实施行政许可事项清单管理。（市政府办公室、市审批改革领导小组办公室牵头，市级各有关部门及各县市区政府按职责分工负责）",
     {"lead_units": ["市政府办公室", "市审批改革领导小组办公室"], "partner_units": ["市级各有关部门", "各县市区政府"]}),
    ("加快建设创新平台。（市科技局牵头，各区、县级市政府负责）",
     {"lead_units": ["市科技局"], "partner_units": ["各区、县级市政府"]}),
    ("加快建设创新平台。（市科技局牵头，市财政局、市教育局分别负责）",
     {"lead_units": ["市科技局"], "partner_units": ["市财政局", "市教育局"]}),
    # the same in prose
    ("加快建设创新平台。由市科技局牵头，市财政局、市教育局按职责分工负责。",
     {"lead_units": ["市科技局"], "partner_units": ["市财政局", "市教育局"]}),
    # no lead: the bodies that answer lead it
    ("加快建设创新平台。（市发展改革委、市科技局等按职责分工负责）", {"lead_units": ["市发展改革委", "市科技局"]}),
])
def test_lead_then_partners_by_any_verb(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("加快建设创新平台。【牵头单位：市科技局；责任单位：各区县】", {"lead_units": ["市科技局"], "partner_units": ["各区县"]}),
    ("加快建设创新平台。[责任单位：市科技局]", {"lead_units": ["市科技局"]}),
    # unchanged: the fullwidth bracket
    ("加快建设创新平台。（责任单位：市科技局）", {"lead_units": ["市科技局"]}),
])
def test_square_brackets_close_an_annotation(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("加快建设创新平台。\n责任单位：市科技局（牵头）、市财政局、市教育局",
     {"lead_units": ["市科技局"], "partner_units": ["市财政局", "市教育局"]}),
    # without the mark every 责任单位 leads (the spec)
    ("加快建设创新平台。\n责任单位：市科技局、市财政局", {"lead_units": ["市科技局", "市财政局"]}),
    # beside a 牵头单位 a 责任单位 partners
    ("努力实现地区生产总值增长6.2%左右。\n\n牵头单位：区发改局\n\n责任单位：经济开发区，全区经济运行各专班",
     {"lead_units": ["区发改局"], "partner_units": ["经济开发区", "全区经济运行各专班"]}),
])
def test_marked_lead_in_a_units_list(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("加快建设创新平台。\n参与单位：市教育局 市财政局 市人社局", {"partner_units": ["市教育局", "市财政局", "市人社局"]}),
    ("加快建设创新平台。\n配合单位：市发展和改革委员会、市财政局", {"partner_units": ["市发展和改革委员会", "市财政局"]}),
    ("加快建设创新平台。\n责任单位：市科协、各区、县级市", {"lead_units": ["市科协", "各区、县级市"]}),
    # a name padded apart is one name
    ("加快建设创新平台。\n责任领导：张　三", {"responsible_leaders": ["张　三"]}),
])
def test_names_kept_whole_or_split(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("工作目标：加快建设创新平台。由市科技局牵头，市财政局配合。",
     {"lead_units": ["市科技局"], "partner_units": ["市财政局"]}),
    # 1wenmi (damaged): a converter's line with a colon after the sentence that assigns the item
    ("各县区（开发区）科协经发办负责本地区有关单位推荐。推荐单位要认真审核申报资料，并在本市优秀- 配套讲稿：\n如P",
     {"lead_units": ["各县区（开发区）科协经发办"]}),
    # zhejiang-popsci-fund-measures: a body's standing duties after a colon assign no item
    ("省科协负责专项资金的统筹管理，主要职责是：编制专项资金年度预算，发布申报指南，组织项目评审。", None),
])
def test_a_colon_that_labels_no_role(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # qiqiwenku-community-residents-literacy-action-plan
    ("由中国科协、全国妇联牵头，负责协调推动行动方案的贯彻落实。中央宣传部、教育部、科技部作为成员单位，参与实施。",
     {"lead_units": ["中国科协", "全国妇联"], "partner_units": ["中央宣传部", "教育部", "科技部"]}),
    # members named without a lead assign nothing
    ("中央宣传部、教育部、科技部作为成员单位，参与实施。", None),
    # gdou-2017-workers-survey-sampling-notice
    ("严格按照调查任务量和《抽样方案》要求，由科技处抽取调查对象。", {"departments": ["科技处"]}),
    ("填答码由科技处发送给各单位和调查对象。", {"departments": ["科技处"]}),
])
def test_prose_forms(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    "加快建设创新平台。市科技局会同市财政局开展评估工作。",
    "加快建设创新平台。各区、县级市负责本辖区的组织实施。",
    "建立由市科协牵头、跨部门协作的工作机制。",
])
def test_prose_that_only_mentions_bodies(text):
    assert _read(text) is None
