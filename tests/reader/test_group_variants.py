"""The leading group by convention (round 22): a plan writes its 领导小组 in prose (组长由…担任，副组长由…担任，成员由…
组成; 成立以…为组长…的领导小组), as a list with the titles in brackets after the names or before them, the role label
only on its block's first line, two-character names spaced apart, all roles on one line, 组员 for 成员, no titles, or
in 繁體. Each form of real development groups is read with the gold's people, the titles as the form writes them."""

import pytest

from group_variants import KINDS, documents, expected, read_variant, right

# development groups (dev-23) whose people the forms can carry: titles with 、 inside, long lists, a school's and a
# ministry's group, a plan whose 成立 line opens the list
STEMS = [
    "geo-census-2013-leading-group-repost", "guoban-2016-97-new-materials-leading-group",
    "guoban-2022-33-asian-games-leading-group", "meidekan-suyu-school-science-day-plan-group",
    "nanyang-2023-8-leading-group-notice", "wflms-2011-school-science-festival-group-plan",
    "zhejiang-2018-theme-year-leading-group",
]
# (stem, form) the form cannot carry as the gold reads it, left alone with the reason
LEFT_ALONE = {
    # the list's last line ends in a bare name (…、周强) and reflow runs it into the next paragraph (clean.py's)
    ("nanyang-2023-8-leading-group-notice", "no_titles"), ("nanyang-2023-8-leading-group-notice", "before"),
}
DOCS = {stem: (text, reflow, gold) for stem, text, reflow, gold in documents(stems=set(STEMS))}


def test_the_chosen_groups_are_in_the_corpus():
    assert sorted(DOCS) == sorted(STEMS)


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_form_of_a_group_is_read_with_the_gold_people(kind):
    read, wrong = 0, []
    for stem, (text, reflow, gold) in DOCS.items():
        variant, got = read_variant(kind, text, reflow, gold)
        if variant is None or (stem, kind) in LEFT_ALONE:
            continue
        read += 1
        tp, fp, fn = right(expected(kind, gold), got)
        if fp or fn:
            wrong.append((stem, tp, fp, fn))
    assert read >= 5
    assert wrong == []
