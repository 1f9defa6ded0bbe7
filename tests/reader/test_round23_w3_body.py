"""Round 23 third wave (body): conventions read from the thirtieth and thirty-first sets."""

import pytest

from kexie.reader import parse_text
from kexie.reader.responsibility import read_responsibility
from kexie.reader.timecues import read_time


@pytest.mark.parametrize("text, title", [
    # a site's 新闻推荐 block under the report: its headline is another page's, never this one's
    ("永寿扎实开展科技志愿服务活动\n\n咸阳日报 2020-10-14 08:03 大字\n\n本报讯(记者 袁森)近年来,永寿县建立健全科技志愿服务队伍,"
     "扎实开展丰富多彩的志愿服务活动。\n\n建立健全科技志愿服务队伍。2014年7月成立永寿县科技志愿者服务队。\n\n新闻推荐\n\n"
     "永寿消费扶贫农产品走进西高新 文引学陈波出席并见证签约\n\n本报讯(记者袁森)9月23日上午,永寿县消费扶贫农产品走进西高新活动"
     "在西安市高新区启动。\n", "永寿扎实开展科技志愿服务活动"),
])
def test_related_block_is_no_report(text, title):
    assert parse_text(text).title == title


@pytest.mark.parametrize("text, recipients", [
    # 主送 without its colon over a 正文 that opens on the day of what it tells
    ("关于认真学习贯彻安徽省科协九届九次全委会议精神的通知\n\n发布者:周焕林发布时间:2017-04-01浏览次数:74\n\n"
     "各位委员,各省级学会,各市及省直管县科协,各直属高校、企业、园区科协,机关各部室、各直属单位\n\n"
     "   2017年2月23—24日,安徽省科协九届九次全委会议在合肥召开。为认真学习贯彻落实本次会议精神,现就有关事项通知如下。\n\n"
     "一、及时学习汇报会议精神。各级科协组织要认真组织学习。\n",
     ["各位委员", "各省级学会", "各市及省直管县科协", "各直属高校", "企业", "园区科协", "机关各部室", "各直属单位"]),
    # a speech's salutation is no 主送机关
    ("省科协工作报告\n\n各位代表:我受省科协第七届委员会委托,向大会作工作报告,请各位代表审议。\n\n一、坚持服务经济建设。\n", []),
    # 领导批示： is a label, no body
    ("领导批示:\n表彰创新典型 营造创新氛围\n——安徽省2010年中国科协会员日暨表彰大会在合肥召开\n为深入学习贯彻重要讲话精神,"
     "12月15日,安徽省2010年中国科协会员日暨表彰大会在合肥召开。\n", []),
])
def test_recipients(text, recipients):
    assert parse_text(text).recipients == recipients


def test_names_list_under_signature_is_no_outline():
    text = ("关于命名2020-2024年滁州市科普教育基地的通知\n\n各县、市、区科协,各有关单位:\n\n现决定命名滁州市特种设备科普教育基地等"
            "3家单位为滁州市科普教育基地。\n\n滁州市科学技术协会\n\n2020年3月19日\n\n2020-2024年滁州市\n\n科普教育基地名单\n\n"
            "1.滁州市特种设备科普教育基地\n\n2.滁州市皇甫山国家森林公园\n\n3.来安县科技馆\n")
    assert parse_text(text).outline == []


def test_list_restarting_under_a_label_counts_on():
    text = ("各镇(街道)中小学总校:\n为进一步加强科技教育工作,现将有关事项通知如下。\n活动内容:\n1.参加启动仪式\n2.观摩科普大篷车进校园活动\n"
            "3.科技创新大赛辅导讲座\n其他:\n1.会议使用扫码方式签到,各单位参会人员要按时参加会议。\n"
            "2.会议将登记培训学时。\n")
    outline = parse_text(text).outline
    assert [(o.id, o.heading) for o in outline] == [
        ("1", "参加启动仪式"), ("2", "观摩科普大篷车进校园活动"), ("3", "科技创新大赛辅导讲座"),
        ("4", "会议使用扫码方式签到，各单位参会人员要按时参加会议"), ("5", "会议将登记培训学时")]


@pytest.mark.parametrize("text, deadline", [
    ("各市州、直管市、林区须于2020年1月8日—31日完成大赛网上申报工作。", "2020-01-31"),
    ("须于2020年1月8日—31日举办展览。", None),
])
def test_days_span_deadline(text, deadline):
    assert read_time(text, 2020)[0] == deadline


@pytest.mark.parametrize("text, field, names", [
    ("湖北省青少年科技创新大赛由湖北省青少年科技中心承办。", "lead_units", ["湖北省青少年科技中心"]),
    ("福建拓天生物科技有限公司\n\n福建省麒麟减防灾救援服务中心", None, None),
])
def test_prose_host(text, field, names):
    r, _ = read_responsibility(text)
    if field is None:
        assert r is None
    else:
        assert getattr(r, field) == names


def test_partner_bodies_one_a_line_and_contact_office():
    doc = parse_text("福州科技馆防灾减灾日活动方案\n\n一、活动时间\n\n2023年5月12日\n\n二、主办单位:福州科技馆\n\n"
                     "三、协办单位:福建拓天生物科技有限公司\n\n福建省麒麟减防灾救援服务中心\n\n四、活动内容\n\n科普展览。\n")
    assert doc.outline[2].responsibility.partner_units == ["福建拓天生物科技有限公司", "福建省麒麟减防灾救援服务中心"]
    doc = parse_text("关于举办大赛的通知\n\n一、其他事项\n湖北省青少年科技创新大赛由湖北省青少年科技中心承办。\n"
                     "负责部门:湖北省青少年科技中心科学教育部\n联 系 人:周 莹\n电 话:027-87838744\n")
    r = doc.outline[0].responsibility
    assert r.lead_units == ["湖北省青少年科技中心"] and r.departments == []
