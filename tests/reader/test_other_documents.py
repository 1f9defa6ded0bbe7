"""Documents shaped unlike the five seeds: a 工作要点 with task annotations, a 转发 notice, a web news page."""

from kexie.reader import parse, parse_text

WORK_POINTS = """铜仁市科协2023年工作要点

2023年是全面贯彻落实党的二十大精神的开局之年，全市科协系统重点抓好以下工作。

一、加强政治引领

1.深入学习宣传贯彻党的二十大精神。组织开展学习宣讲活动不少于10场。（牵头领导：张伟；责任科室：办公室；完成时限：2023年6月底前）

2.弘扬科学家精神。开展“最美科技工作者”学习宣传活动。（牵头领导：刘强；责任科室：学会部、科普部；完成时限：全国科技工作者日前后）

二、提升公民科学素质

3.办好全国科普日活动。（牵头单位：市科协科普部；配合单位：各区（县）科协、市科技馆等单位；完成时限：2023年9月）

4.推进基层科普行动计划。第三季度末前完成项目申报。（责任单位：各区（县）科协）

三、保障措施

（一）强化组织领导。成立市科协2023年重点工作推进领导小组，由党组书记张伟任组长，副主席刘强、李红为副组长，各部室负责人为成员。领导小组办公室设在办公室。
"""


def test_work_points_numbered_on_through_sections():
    doc = parse_text(WORK_POINTS)
    assert doc.doc_type == "plan" and doc.title == "铜仁市科协2023年工作要点"
    assert [(x.id, x.marker) for x in doc.outline] == [
        ("1", "一、"), ("1.1", "1．"), ("1.2", "2．"), ("2", "二、"), ("2.3", "3．"), ("2.4", "4．"), ("3", "三、"),
        ("3.1", "（一）")]
    by_id = {x.id: x for x in doc.outline}
    assert by_id["1.1"].deadline == "2023-06-30"
    assert by_id["1.2"].deadline is None and by_id["1.2"].hint_dates == ["2023-05-30"]
    assert by_id["2.3"].responsibility.partner_units == ["各区（县）科协", "市科技馆"]
    assert by_id["2.3"].deadline is None and by_id["2.3"].hint_dates == ["2023-09-30"]
    # the plan has no date: its year comes from its title
    assert by_id["2.4"].deadline == "2023-09-30"


def test_shared_title_before_a_list_of_names():
    group = parse_text(WORK_POINTS).leading_group
    assert [(m.name, m.title) for m in group.deputies] == [("刘强", "副主席"), ("李红", "副主席")]
    assert [(m.name, m.title) for m in group.members] == [(None, "各部室负责人")]


def test_forwarding_notice():
    text = ("贵阳市科学技术协会文件\n\n筑科协发〔2023〕15号　　　　签发人：王建国\n\n"
            "关于转发《贵州省科协关于开展2023年全国科普日活动的通知》的通知\n\n"
            "各区（市、县）科协，市直各学会、协会：\n现将《贵州省科协关于开展2023年全国科普日活动的通知》（黔科协发〔2023〕31号）"
            "转发给你们，请认真组织实施。\n\n附件：1.贵州省科协关于开展2023年全国科普日活动的通知\n2.活动情况统计表\n\n"
            "贵阳市科学技术协会\n二〇二三年八月十日\n\n（联系人：李明，联系电话：0851-22334455，电子邮箱：kxkpb@163.com）\n\n"
            "抄送：省科协，市委宣传部。\n贵阳市科协办公室　　　　2023年8月10日印发")
    doc = parse_text(text)
    assert doc.issuer == "贵阳市科学技术协会"
    assert doc.doc_number == "筑科协发〔2023〕15号" and doc.signer == "王建国"
    assert doc.recipients == ["各区（市、县）科协", "市直各学会", "协会"]
    assert doc.date == "2023-08-10"
    assert (doc.contact.name, doc.contact.phone, doc.contact.email) == ("李明", "0851-22334455", "kxkpb@163.com")
    assert doc.cc == ["省科协", "市委宣传部"]
    assert doc.references == ["黔科协发〔2023〕31号"]
    assert doc.enclosed_title == "贵州省科协关于开展2023年全国科普日活动的通知"
    assert doc.outline == []  # the attachment list is not an outline


def test_web_news_page_keeps_its_paragraphs_and_dateline():
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>推进会</title></head><body>
<h1>遵义市科协召开2023年科普工作推进会</h1><div>发布时间：2023-03-15 来源：遵义市科协</div>
<p>本报讯 3月14日，遵义市科协召开2023年科普工作推进会，总结2022年科普工作，安排部署2023年重点任务。</p>
<p>会议要求，各县（市、区）科协要围绕全国科普日等重点活动，扎实推进基层科普行动计划。</p></body></html>"""
    doc = parse(html.encode("utf-8"), "news.html")
    assert doc.doc_type == "news"
    assert doc.title == "遵义市科协召开2023年科普工作推进会"
    # a report names no 发文机关 (spec: header or signature); its 来源 is said in a warning (round 23, w6)
    assert doc.date == "2023-03-15" and doc.issuer is None and any("遵义市科协" in w for w in doc.warnings)
    # one report, not a page gathering several: no segments (spec), its paragraphs kept as they were
    assert doc.segments == [] and "推进会，总结2022年科普工作" in doc.text.split("\n")[-2]


def test_a_docx_task_table_becomes_items_with_responsibility_and_deadlines():
    import io

    import docx

    document = docx.Document()
    document.add_paragraph("遵义市科协2023年重点工作任务分解表")
    document.add_paragraph("一、重点任务")
    table = document.add_table(rows=1, cols=6)
    for cell, header in zip(table.rows[0].cells, ["序号", "工作任务", "具体措施", "牵头领导", "责任单位", "完成时限"]):
        cell.text = header
    for row in [("1", "开展全国科普日活动", "组织全市联动", "雷洪", "科普部、各县（市、区）科协", "2023年9月底前"),
                ("2", "建设院士工作站", "新建2个", "史廷昌", "学会部", "2023年12月31日前")]:
        for cell, value in zip(table.add_row().cells, row):
            cell.text = value
    data = io.BytesIO()
    document.save(data)
    doc = parse(data.getvalue(), "任务分解表.docx")
    assert [(x.id, x.heading, x.deadline) for x in doc.outline] == [
        ("1", "重点任务", None), ("1.1", "开展全国科普日活动", "2023-09-30"), ("1.2", "建设院士工作站", "2023-12-31")]
    first = doc.outline[1].responsibility
    assert first.lead_leaders == ["雷洪"] and first.lead_units == ["科普部", "各县（市、区）科协"]


def test_number_below_the_title_and_a_notice_with_its_own_outline():
    text = ("中国科协办公厅关于开展2023年全国科普日活动的通知\n\n科协办发普字〔2023〕25号\n\n"
            "各省、自治区、直辖市和新疆生产建设兵团科协，各全国学会、协会、研究会，各有关单位：\n\n"
            "    为深入贯彻落实《关于新时代进一步加强科学技术普及工作的意见》，现将有关事项通知如下。\n\n"
            "    一、活动主题\n\n    提升全民科学素质，助力科技自立自强。\n\n    二、时间安排\n\n    2023年9月中下旬。\n\n"
            "    三、工作要求\n\n    （一）加强组织领导。各单位要成立活动组织机构。\n\n"
            "    （二）做好总结报送。请各单位于2023年10月15日前将活动总结报送中国科协科普部。\n\n"
            "    联系人：张三  电话：010-68571234\n\n    附件：2023年全国科普日活动安排表\n\n"
            "                                  中国科协办公厅\n                                  2023年7月28日\n")
    doc = parse_text(text)
    assert doc.doc_type == "notice" and doc.title == "中国科协办公厅关于开展2023年全国科普日活动的通知"
    assert doc.doc_number == "科协办发普字〔2023〕25号" and doc.issuer == "中国科协办公厅"
    assert doc.recipients[:3] == ["各省", "自治区", "直辖市和新疆生产建设兵团科协"] and doc.recipients[-1] == "各有关单位"
    assert (doc.date, doc.contact.name, doc.contact.phone) == ("2023-07-28", "张三", "010-68571234")
    assert [(x.id, x.heading) for x in doc.outline] == [
        ("1", "活动主题"), ("2", "时间安排"), ("3", "工作要求"), ("3.1", "加强组织领导"), ("3.2", "做好总结报送")]
    assert doc.outline[-1].deadline == "2023-10-15"


def test_a_page_break_fragment_is_not_a_news_headline():
    from samples import damage, seed_text
    doc = parse_text(damage(seed_text("sichuan-newspaper-page"), 29))
    assert [s.unit for s in doc.segments] == ["四川省科协", "泸州市科协", "内江市科协", "广元市科协", "沙湾区老科协", "中山市科协"]


def test_a_gathered_page_takes_the_date_on_its_masthead():
    text = ("湖北科技报\u30002023年5月26日\u3000星期五\u3000第6版\u3000科协动态\n\n"
            "黄石市科协开展“科技志愿服务进社区”活动\n\n本报讯 5月20日，黄石市科协组织科技志愿者走进社区，开展健康科普、"
            "防灾减灾等志愿服务活动，惠及居民800余人次。\n\n（黄石市科协）\n\n"
            "鄂州市科协召开学会党建工作推进会\n\n本报讯 5月22日，鄂州市科协召开学会党建工作推进会，部署学会党建重点任务，"
            "推动党建工作与学会业务深度融合。\n\n（鄂州市科协）\n")
    doc = parse_text(text)
    assert doc.date == "2023-05-26" and doc.title is None and doc.outline == []
    assert [(s.unit, s.heading) for s in doc.segments] == [
        ("黄石市科协", "黄石市科协开展“科技志愿服务进社区”活动"), ("鄂州市科协", "鄂州市科协召开学会党建工作推进会")]


def test_a_task_table_on_a_web_page_becomes_items_as_in_docx():
    html = """<html><head><meta charset="utf-8"></head><body><h1>铜仁市科协2023年重点工作任务分解表</h1>
<p>一、重点任务</p>
<table><tr><th>序号</th><th>工作任务</th><th>具体措施</th><th>牵头单位</th><th>责任单位</th><th>完成时限</th></tr>
<tr><td>1</td><td>开展全国科普日活动</td><td>组织全市联动</td><td rowspan="2">科普部</td><td>各区（县）科协</td>
<td>2023年9月底前</td></tr>
<tr><td>2</td><td>建设科普基地</td><td>新建5个</td><td>市科技馆</td><td>2023年12月31日前</td></tr></table>
<table><tr><td>联系人</td><td>王明</td></tr></table></body></html>"""
    doc = parse(html.encode("utf-8"), "任务分解表.html")
    assert [(x.id, x.heading, x.deadline) for x in doc.outline] == [
        ("1", "重点任务", None), ("1.1", "开展全国科普日活动", "2023-09-30"), ("1.2", "建设科普基地", "2023-12-31")]
    # the 牵头单位 cell spans both rows: both tasks are led by it
    assert [x.responsibility.lead_units for x in doc.outline[1:]] == [["科普部"], ["科普部"]]
    assert doc.outline[2].responsibility.partner_units == ["市科技馆"]
    assert "联系人\u3000王明" in doc.text  # any other table stays rows of cells
