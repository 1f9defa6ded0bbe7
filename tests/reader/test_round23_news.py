"""Round 23 (news): a headline read through its —— subtitle, and a report without its headline known by its dated lead."""
import pytest

from kexie.reader import parse_text
from kexie.reader.patterns import reports_held_event

BODY = ("2022年市老科协工作，在市委政府的正确领导下，在省老科协、市科协和市老干局的指导下，充分发挥老科教工作者的政治优势、"
        "人才优势、经验优势、威望优势。紧紧围绕科技之春、科技三下乡、科技工作者日等活动，坚持老有所为、积极作为，在决策咨询、"
        "科学普及、科技创新、推动科技为民服务等方面深入实施两个助力，扎实推进“四个服务”，办好老年科技大学。\n\n") * 3


@pytest.mark.parametrize("line, reported", [
    # a unit's activity after the day, the verb without 了
    ("为贯彻落实上级通知要求，深入学习习近平新时代中国特色社会主义思想，8月16日上午，区科协理论学习中心组结合区科协中心工作，"
     "开展《习近平新时代中国特色社会主义思想学习纲要》专题学习。", True),
    ("5月20日，县科协在县城广场举办科技工作者日主题活动。", True),
    # a notice's day is yet to come
    ("为做好科技周工作，定于5月20日，由市科协在市民广场举办科普活动。", False),
    ("为做好科技周工作，5月20日，市科协将在市民广场举办科普活动。", False),
    # no unit does anything: a day and a topic
    ("为加强管理，5月20日起，各项费用按以下标准执行。", False),
])
def test_report_lead_of_a_unit(line, reported):
    assert reports_held_event(line) is reported


def test_report_without_headline_is_news():
    text = ("为贯彻落实上级通知要求，深入学习习近平新时代中国特色社会主义思想，8月16日上午，区科协理论学习中心组结合区科协中心工作，"
            "开展《习近平新时代中国特色社会主义思想学习纲要》专题学习。\n\n"
            "区政协副主席、科协主席刘云英同志也参加本次理论专题学习。\n")
    doc = parse_text(text)
    assert doc.doc_type == "news" and doc.title is None
    assert any("新闻标题" in w for w in doc.warnings)


@pytest.mark.parametrize("head, title", [
    ("首页 >科教文卫 > 正文\n\n凝聚银发力量 展示桑榆担当\n\n——安康市老科协2022年工作纪实\n\n2023-2-24 10:26:40\n"
     "来源：中国新农村资讯网\n\n", "凝聚银发力量展示桑榆担当"),
])
def test_headline_over_its_dash_subtitle(head, title):
    chrome = "新农村资讯网欢迎你! 收藏本站 | 设为主页 | RSS订阅\n\n地方 北京 四川 山东 河北 陕西 广东 重庆 黑龙江 福建 江苏 山西 贵州\n\n"
    doc = parse_text(chrome + head + BODY)
    assert (doc.doc_type, doc.title.replace(" ", "")) == ("news", title)
