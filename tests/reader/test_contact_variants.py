"""The contact by convention (round 22): offices write the 联系人, phone and mailbox in prose in brackets after a
request to send, on one line between 、/；/spaces, with spaced labels (联 系 人), under 联系方式： on the lines below,
with labels in traditional script, with half-width punctuation, with two phones, with the mailbox on its own line,
as 联系人及电话, 咨询电话, a department before the name, 传真 beside the phone. Each form of the contact block of real
development notices is read as the gold reads the contact; an office with no person before the brackets names no one."""

import pytest

from kexie.reader import parse_text
from contact_variants import KINDS, documents, matches, read_variant

# development notices (dev-23) whose gold contact has a name, a phone and often a mailbox
STEMS = [
    "cinnet-2022-popsci-nomination-forwarding", "changde-2011-8-popsci-villages-forwarding",
    "hubei-2023-12-red-header-notice", "itemun-2017-popsci-project-application-notice",
    "jiangsu-2020-11-academician-lectures-letter", "gdses-2020-environmental-society-most-beautiful-recommendation-notice",
]
DOCS = {stem: (text, reflow, c) for stem, text, reflow, c in documents(stems=set(STEMS))}


def test_the_chosen_notices_are_in_the_corpus():
    assert sorted(DOCS) == sorted(STEMS)


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_form_of_the_contact_block_reads_the_gold_contact(kind):
    read, wrong = 0, []
    for stem, (text, reflow, c) in DOCS.items():
        variant, got, want = read_variant(kind, text, reflow, c)
        if variant is None:
            continue
        read += 1
        if not matches(want, got):
            wrong.append((stem, got))
    assert read and not wrong


@pytest.mark.parametrize("text, name, phone, email", [
    ("请于5月10日前将材料报送市科技馆办公室王老师（联系电话：12345678，邮箱：kp@example.cn）。",
     "王老师", "12345678", "kp@example.cn"),
    ("联 系 人：张华\n电　　话：0371-65707540", "张华", "0371-65707540", None),
    ("联系方式：\n张华 0371-65707540\nkp@example.cn", "张华", "0371-65707540", "kp@example.cn"),
    ("聯繫人：张华\n聯繫電話：0371-65707540", "张华", "0371-65707540", None),
    ("联系人：张华，电话：13810623960\nkp@example.cn", "张华", "13810623960", "kp@example.cn"),
    ("联系电话：0392—3316119、13900000000", None, "0392—3316119、13900000000", None),
])
def test_a_contact_block_written_another_way(text, name, phone, email):
    c = parse_text("关于开展科普活动的通知\n各单位：\n现将有关事项通知如下。\n" + text).contact
    assert (c.name, c.phone, c.email) == (name, phone, email)


@pytest.mark.parametrize("text", [
    # the office alone before the brackets: its phone, no person
    "请于5月10日前报市科协办公室（联系电话：8059000）。",
    # 联系方式 in a sentence, not a heading over the values
    "各单位要公布联系方式，方便群众咨询。",
])
def test_no_person_is_read_where_none_is_named(text):
    c = parse_text("关于开展科普活动的通知\n各单位：\n" + text).contact
    assert c is None or c.name is None
