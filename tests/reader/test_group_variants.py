"""The leading group by convention (round 22): a plan writes its 领导小组 in prose (组长由…担任，副组长由…担任，成员由…
组成; 成立以…为组长…的领导小组), as a list with the titles in brackets after the names or before them, the role label
only on its block's first line, two-character names spaced apart, all roles on one line, 组员 for 成员, no titles, or
in 繁體. Each form of real development groups is read with the gold's people, the titles as the form writes them."""

import pytest

from kexie.reader import parse_text

from group_variants import KINDS, documents, misread

# development groups (dev-23) whose people the forms can carry: titles with 、 inside, long lists, a school's and a
# ministry's group, a plan whose 成立 line opens the list
STEMS = [
    "ahshx-2025-17-science-week-plan-notice", "geo-census-2013-leading-group-repost", "guoban-2016-97-new-materials-leading-group",
    "guoban-2022-33-asian-games-leading-group", "meidekan-suyu-school-science-day-plan-group",
    "nanyang-2023-8-leading-group-notice", "wflms-2011-school-science-festival-group-plan",
    "zhejiang-2018-theme-year-leading-group",
]
# (stem, form) the form cannot carry as the gold reads it, left alone with the reason
LEFT_ALONE = {
    # the list's last line ends in a bare name (…、周强) and reflow runs it into the next paragraph (clean.py's)
    ("nanyang-2023-8-leading-group-notice", "no_titles"), ("nanyang-2023-8-leading-group-notice", "before"),
    # 成员 that are bodies one a line (县科协 / 县卫健委): a line that opens with a body's word ends a list
    ("ahshx-2025-17-science-week-plan-notice", "first_label"),
}
DOCS = {stem: (text, reflow, gold) for stem, text, reflow, gold in documents(stems=set(STEMS))}


def test_the_chosen_groups_are_in_the_corpus():
    assert sorted(DOCS) == sorted(STEMS)


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_form_of_a_group_is_read_with_the_gold_people(kind):
    read, wrong = misread(kind, DOCS, LEFT_ALONE)
    assert read >= 5
    assert wrong == []


# (sentence, people read): the conventions on one sentence each, and where a rule must not fire
SENTENCES = [
    ("成立市科协宣传工作领导小组，成员如下：\n组  长：刘建军（市科协党组书记、主席）\n副组长：马丽华（副主席）、陈涛（二级调研员）\n",
     [("heads", "刘建军", "市科协党组书记、主席"), ("deputies", "马丽华", "副主席"), ("deputies", "陈涛", "二级调研员")]),
    ("成立市科协宣传工作领导小组，成员如下：\n组  长：市科协党组书记、主席刘建军\n副组长：市科协副主席马丽华\n",
     [("heads", "刘建军", "市科协党组书记、主席"), ("deputies", "马丽华", "市科协副主席")]),
    ("成立市科协宣传工作领导小组，组长由市科协党组书记、主席刘建军担任，副组长由市科协党组成员、副主席马丽华担任。\n",
     [("heads", "刘建军", "市科协党组书记、主席"), ("deputies", "马丽华", "市科协党组成员、副主席")]),
    # a body in the list stands for its head: no one's name (县发改委（县国动办）, 供电公司)
    ("成立县科技活动周工作专班，成员如下：\n组  长：县政府分管副县长\n副组长：县科协主席\n成员：县科协、县发改委（县国动办）、供电公司\n",
     [("heads", None, "县政府分管副县长"), ("deputies", None, "县科协主席"), ("members", None, "县科协"),
      ("members", None, "县发改委（县国动办）"), ("members", None, "供电公司")]),
    # the sentence that sets the group up says who: the 组长 of a working team further down is that team's
    ("成立县教育系统扫盲工作领导小组，组长由雷伟东担任，副组长由朱建英担任。\n二、专项小组\n1.工作小组\n组长:林建立\n",
     [("heads", "雷伟东", None), ("deputies", "朱建英", None)]),
]


@pytest.mark.parametrize("text,people", SENTENCES)
def test_each_convention_is_read_on_its_sentence(text, people):
    lg = parse_text(text).leading_group
    got = [(r, m.name, m.title) for r in ("heads", "deputies", "members") for m in getattr(lg, r)]
    assert got == people
