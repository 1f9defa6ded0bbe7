"""Round 23 audit of fresh 公文 bodies (notices, plans, 函, 通报 from 高校, 学会, 科协 and government pages): two gaps
that fresh pages showed and the spec covers.

- Responsibility in prose: 由校社联牵头，校外语协会承办 — the lead named after 由 is a lead whatever its name shows, and a
  body that hosts (承办) or co-hosts (协办) after a lead partners, as 承办单位/协办单位 beside a 牵头单位 do.
- 主送 run on to the 正文 without 各: 市直有关部门: 为切实做好…… — the bodies before the colon end on a body, and the
  text after it opens as a 正文 does.
Lines quoted from fresh pages (a 学院's 社团文化节 notice, a city's 防汛 letter) and realistic neighbours that must stay
unread."""
import pytest

from kexie.reader import parse_text
from kexie.reader.responsibility import read_responsibility


# ---------------------------------------------------------------- 由……牵头，……承办
@pytest.mark.parametrize("text, lead, partners", [
    # jxycu 社团文化节: the lead after 由, then the host
    ("“I believe I can”英语辩论赛。由校社联牵头，校外语协会承办。此活动拟在3月中下旬进行。", ["校社联"], ["校外语协会"]),
    ("“三行情书”明信片设计大赛。由校社联牵头，校集邮收藏协会承办。", ["校社联"], ["校集邮收藏协会"]),
    ("彩妆大赛。由校社联牵头，美容医学院社联承办。", ["校社联"], ["美容医学院社联"]),
    # a co-host after the lead
    ("举办科普讲座。由市科协牵头，市教育局协办。", ["市科协"], ["市教育局"]),
    # the same in a bracket after the item
    ("举办青少年科技夏令营（市科协牵头，市教育局承办）", ["市科协"], ["市教育局"]),
    # unchanged: 配合 after a lead
    ("开展科普进校园活动。由市科协牵头，市教育局配合。", ["市科协"], ["市教育局"]),
])
def test_lead_then_host_partners(text, lead, partners):
    r, _ = read_responsibility(text)
    assert r is not None
    assert r.lead_units == lead
    assert r.partner_units == partners


@pytest.mark.parametrize("text", [
    # a lead wished for, no 由: nobody is given the work
    "积极争取市科技局牵头，市财政局配合。",
    # 承办 with no lead before it names no partner of anyone
    "本届年会由学会秘书处承办。",
])
def test_no_partner_without_a_lead(text):
    r, _ = read_responsibility(text)
    assert r is None or not r.partner_units


# ---------------------------------------------------------------- 主送 run on without 各
def _recipients(body):
    return parse_text("关于征求《防汛应急预案（征求意见稿）》修改意见的函\n\n" + body + "\n\n特此函告。\n\n2019年6月10日\n").recipients


@pytest.mark.parametrize("body, recipients", [
    # suining 防汛 letter: the 主送 and the 正文 on one line
    ("市直有关部门: 为切实做好防汛减灾工作,按照市政府安排部署,市防汛办修订完善形成了预案。", ["市直有关部门"]),
    ("区政府各部门，有关单位：根据工作安排，现将有关事项函告如下，请认真研究并反馈意见。", ["区政府各部门", "有关单位"]),
    # unchanged: the 主送 on its own line
    ("市直有关部门:\n为切实做好防汛减灾工作,按照市政府安排部署,市防汛办修订完善形成了预案。", ["市直有关部门"]),
])
def test_run_on_recipients_without_each(body, recipients):
    assert _recipients(body) == recipients


@pytest.mark.parametrize("body", [
    # a label line's value, not a 主送
    "联系部门：为便于联系，请与市防汛办办公室联系，电话2710900。",
    # the 正文 does not open after the colon: a sentence about a body
    "市防汛办修订完善形成了预案，主要内容包括：总则、组织体系、预警预防机制等。",
])
def test_no_run_on_recipients(body):
    assert _recipients(body) == []
