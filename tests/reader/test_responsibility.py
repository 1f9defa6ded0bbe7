"""Who answers for an item, read from the annotations plans write (real lines, and the forms of task tables)."""

import pytest

from kexie.reader import parse_text
from kexie.reader.responsibility import read_responsibility

CASES = [
    ("（牵头领导：雷洪；责任领导：杨新露；责任科室：办公室、党支部）",
     {"lead_leaders": ["雷洪"], "responsible_leaders": ["杨新露"], "departments": ["办公室", "党支部"]}),
    ("（牵头领导：雷洪、史廷昌；责任领导：杨新露；责任科室：办公室、业务部、科技馆）",
     {"lead_leaders": ["雷洪", "史廷昌"], "responsible_leaders": ["杨新露"], "departments": ["办公室", "业务部", "科技馆"]}),
    ("牵头单位：市科协；配合单位：市科技局等相关部门", {"lead_units": ["市科协"], "partner_units": ["市科技局"]}),
    ("（责任单位：市科协、市教育局）", {"lead_units": ["市科协", "市教育局"]}),
    ("（牵头单位：市科协；责任单位：各县（市、区）科协）",
     {"lead_units": ["市科协"], "partner_units": ["各县（市、区）科协"]}),
    ("（责任单位：市发改委、市科技局、市科协，排在第一位的为牵头单位）",
     {"lead_units": ["市发改委"], "partner_units": ["市科技局", "市科协"]}),
    ("（分管领导：张三；责任部门：学会部）", {"responsible_leaders": ["张三"], "departments": ["学会部"]}),
    ("（责任处室：科普部；协办单位：省科技馆）", {"departments": ["科普部"], "partner_units": ["省科技馆"]}),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_roles(text, expected):
    r, _ = read_responsibility(text)
    got = {role: names for role, names in vars(r).items() if names}
    assert got == expected


def test_no_annotation_no_responsibility():
    assert read_responsibility("全市科协系统要把学习新国发2号文件与学习习近平总书记视察贵州重要讲话精神有机结合。") == (None, None)


def test_a_task_table_row_becomes_an_item_with_responsibility_and_deadline():
    text = ("关于印发《2023年科普工作要点》的通知\n各县科协：\n现印发给你们。\n某市科学技术协会\n2023年2月1日\n\n"
            "二、重点任务\n1.开展全国科普日活动。组织全市联动（牵头单位：科普部；责任单位：各县（市、区）科协；完成时限：2023年9月底前）")
    item = parse_text(text).outline[-1]
    assert item.heading == "开展全国科普日活动"
    assert item.responsibility.lead_units == ["科普部"]
    assert item.responsibility.partner_units == ["各县（市、区）科协"]
    assert item.deadline == "2023-09-30"
