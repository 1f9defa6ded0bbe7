"""Task tables flattened into text (round 23): a web page's copy or a PDF's text gives a 任务分工 table one cell a line or
one row a line; its rows become outline items with responsibility and deadline, as a docx table's do.

- header: the docx path's column words (序号 first, a work column, a responsibility column), one a line or on one line;
  a header word a PDF wrapped (完成 / 时限) is joined again;
- rows open with 1, 2, 3 … in turn; a cell whose list goes on (市委宣传部、 / 市科技局) and a work cell a PDF wrapped
  over lines (the only prose column) are joined; a section line (二、…) between rows stays a line;
- the first row that does not fit ends the table (the rest stays text);
- not a task table: a schedule (时间/地点/内容), a list of people or winners (姓名/作者/获奖), a table whose header holds a
  word of no column (活 动 项 目, 参加活动的主要单位), rows that do not count 1, 2, 3.
"""

import pytest

from kexie.reader import parse_text
from kexie.reader.htmltext import html_text


def _items(text, reflow=True):
    out = []
    for item in parse_text(text, reflow=reflow).outline:
        r = item.responsibility
        who = {}
        if r:
            who = {f: getattr(r, f) for f in ("lead_units", "partner_units", "departments", "lead_leaders",
                                              "responsible_leaders") if getattr(r, f)}
        out.append((item.id, item.heading, who, item.deadline or item.time_hint))
    return out


HEAD = "2024年全民科学素质工作任务分工方案\n\n为做好全民科学素质工作，现将任务分工如下：\n\n"

# (the table as the copy gives it, the items it must give)
TABLES = [
    # one cell a line, as a web page's copy of a table gives it
    ("序号\n工作任务\n牵头单位\n配合单位\n完成时限\n"
     "1\n开展青少年科技教育活动\n市科协\n市教育局、市科技局\n2024年12月底\n"
     "2\n建设科普基地\n市科技局\n市科协\n长期坚持\n",
     [("1", "开展青少年科技教育活动", {"lead_units": ["市科协"], "partner_units": ["市教育局", "市科技局"]},
       "2024-12-31"),
      ("2", "建设科普基地", {"lead_units": ["市科技局"], "partner_units": ["市科协"]}, "长期坚持")]),
    # the same with blank lines between the cells (a page whose cells are paragraphs)
    ("序号\n\n工作任务\n\n牵头单位\n\n完成时限\n\n1\n\n开展科技工作者日活动\n\n市科协\n\n5月底前\n\n"
     "2\n\n举办学术年会\n\n市科协\n\n10月底前\n",
     [("1", "开展科技工作者日活动", {"lead_units": ["市科协"]}, "2024-05-31"),
      ("2", "举办学术年会", {"lead_units": ["市科协"]}, "2024-10-31")]),
    # a PDF's text: the work wraps over two lines, a list of partners goes on after 、, the header word 完成时限 wraps
    ("序号\n工作任务\n牵头单位\n配合单位\n完成\n时限\n"
     "1\n组织全国科普日活动，推动科普资源进社区、进校园、进企\n业，提升公众科学素质\n市科协\n市委宣传部、\n市科技局\n9月底前\n"
     "2\n实施农民科学素质提升行动\n市农业农村局\n市科协\n12月底前\n",
     [("1", "组织全国科普日活动，推动科普资源进社区、进校园、进企业，提升公众科学素质",
       {"lead_units": ["市科协"], "partner_units": ["市委宣传部", "市科技局"]}, "2024-09-30"),
      ("2", "实施农民科学素质提升行动", {"lead_units": ["市农业农村局"], "partner_units": ["市科协"]}, "2024-12-31")]),
    # one row a line, the cells apart by full-width spaces
    ("序号　重点任务　责任单位　完成时间\n"
     "1　开展“科技之春”宣传月活动　市科协科普部　3月底前\n"
     "2　举办学术年会　市科协学会部　10月底前\n",
     [("1", "开展“科技之春”宣传月活动", {"lead_units": ["市科协科普部"]}, "2024-03-31"),
      ("2", "举办学术年会", {"lead_units": ["市科协学会部"]}, "2024-10-31")]),
    # one row a line apart by tabs, a section line between rows, an empty 备注 lost at the rows' end
    ("序号\t工作内容\t牵头领导\t责任科室\t时间节点\t备注\n"
     "一、强化思想引领\n"
     "1\t深入学习贯彻党的二十大精神\t张某某\t办公室\t6月底前\n"
     "二、服务创新发展\n"
     "2\t开展科技成果转化对接活动\t李某某\t企业工作部\t11月底前\t\n",
     [("1", "强化思想引领", {}, None),
      ("1.1", "深入学习贯彻党的二十大精神", {"lead_leaders": ["张某某"], "departments": ["办公室"]}, "2024-06-30"),
      ("2", "服务创新发展", {}, None),
      ("2.2", "开展科技成果转化对接活动", {"lead_leaders": ["李某某"], "departments": ["企业工作部"]}, "2024-11-30")]),
    # one row a line with single spaces (a header with single spaces splits its rows on any space)
    ("序号 工作任务 牵头单位 完成时限\n1 开展科普进社区活动 市科协 全年\n2 建设科普e站 市科协 12月底前\n",
     [("1", "开展科普进社区活动", {"lead_units": ["市科协"]}, "2024-12-31"),
      ("2", "建设科普e站", {"lead_units": ["市科协"]}, "2024-12-31")]),
    # a Markdown table (the converter's | rows)
    ("| 序号 | 工作任务 | 牵头单位 | 配合单位 |\n|---|---|---|---|\n| 1 | 开展院士专家服务活动 | 市科协 | 市人社局 |\n",
     [("1", "开展院士专家服务活动", {"lead_units": ["市科协"], "partner_units": ["市人社局"]}, None)]),
]


@pytest.mark.parametrize("table, items", TABLES)
def test_a_flattened_task_table_gives_items_with_responsibility(table, items):
    assert _items(HEAD + table) == items


def test_the_first_row_that_does_not_fit_ends_the_table():
    # row 2 has lost a cell: it reads two ways, so it stays text, and so does what follows
    table = ("序号\n工作任务\n牵头单位\n配合单位\n完成时限\n"
             "1\n开展青少年科技教育活动\n市科协\n市教育局\n2024年12月底\n"
             "2\n建设科普基地\n市科技局\n")
    got = _items(HEAD + table)
    assert got[0] == ("1", "开展青少年科技教育活动", {"lead_units": ["市科协"], "partner_units": ["市教育局"]},
                      "2024-12-31")
    assert all(not who for _, _, who, _ in got[1:])


def test_a_page_of_cell_paragraphs_reads_as_the_text_does():
    page = ("<html><body><h1>2024年任务分工</h1><p>序号</p><p>工作任务</p><p>牵头单位</p><p>完成时限</p>"
            "<p>1</p><p>开展科普讲解大赛</p><p>市科协</p><p>8月底前</p></body></html>").encode()
    assert _items(html_text(page, "t.html"), reflow=False) == [
        ("1", "开展科普讲解大赛", {"lead_units": ["市科协"]}, "2024-08-31")]


# tables that are no task table: nothing in them answers for an item
NOT_TASKS = [
    # a schedule: 时间/地点 (漯河科技活动周一览表 and 湖北科技工作者日活动安排表 in the dev set have this shape)
    "序号 主要内容 时间 地点 参加活动的主要单位\n1 科技活动周启动仪式 5月19日 临颍县 市委宣传部、市科技局\n",
    "序号　活动名称　时间　承办单位\n1　走访看望老科学家　5月下旬　省科协办公室\n",
    "序号\t主要内容\t活动地点\t承办单位\n1\t科普讲座\t市科技馆\t市科协\n",
    # one cell a line with a header word of no column (活 动 项 目, 主办单位): the 科技文化节 notice's table
    "序号\n\n活 动 项 目\n\n时 间\n\n主办单位\n\n承办单位\n\n1\n\n挑战杯课外学术作品决赛\n\n4月初\n\n团委\n\n学生会\n",
    # a list of people, of winners
    "序号\n姓名\n工作单位\n职务\n1\n张某某\n市科协\n主席\n",
    "序号　作品名称　作者　工作单位　获奖等次\n1　家乡的桥　王某　市实验小学　一等奖\n",
    # rows that do not count 1, 2, 3
    "序号　工作任务　牵头单位\n3　开展科普活动　市科协\n",
]


@pytest.mark.parametrize("table", NOT_TASKS)
def test_a_table_that_is_no_task_table_gives_no_responsibility(table):
    assert all(not who for _, _, who, _ in _items(HEAD + table))


def test_the_text_after_the_table_stays_text():
    # the last row has no number after it: only its cells one a line are taken, the 附件 line after is the text's
    table = ("序号\n工作任务\n牵头单位\n完成时限\n1\n开展科普讲解大赛\n市科协\n8月底前\n"
             "二、保障措施\n各单位要加强组织领导。\n")
    got = _items(HEAD + table)
    assert got[0] == ("1", "开展科普讲解大赛", {"lead_units": ["市科协"]}, "2024-08-31")
    assert got[1][:2] == ("2", "保障措施")
