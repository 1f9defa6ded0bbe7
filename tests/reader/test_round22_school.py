"""Who answers for a school's activity, and who sits in its 领导小组, by convention (round 22, from the twenty-sixth set).

Responsibility: an activity's 负责人 / 总负责人 / 分项负责人 / 责任人 line names people (2–4 characters, 、 between them):
they are the item's responsible_leaders (the spec's 责任领导; the seventeenth set's 项目负责人 already so). The line goes
on with the issuer's own offices and groups that run the activity (由德育处、团委负责筹办 / 由教科研室统筹，语文组承办):
each a department, its verb (负责, 统筹, 承办, 联络 …) its role, never part of a unit's name (no 语文组承办). 协助人员 are
helpers, not answerable: no role. Without a 负责人 line nothing here is read, and a 领导小组 is no office.
领导小组: one label over the 组长 and the 副组长 (组长及副组长：, 正副组长：, 组长、副组长：) is read by the list's order —
the first name the 组长, the others 副组长 (the gold's reading); 主要成员 are members, also where the copy ran the label
onto the names above it; the list's closing 等 is dropped; names a copy ran together (王波唐天社孔会琴) stay names.
Blanked names (x, __x, XXX, ×××, ＿＿, **) before a post in brackets: the post alone (name null); bare blanks dropped.
Outline: a notice's bare label heading (一、名称 / 六、要求) is a whole word, its value on the line under it.
Real sentences from development documents (ahnu, pcdjzx, xuefen, mjgov of the twenty-sixth set), variants, negatives."""
import pytest

from kexie.reader import parse_text

HEAD = "关于举办校园科技文化节的通知\n各科室、年级组、教研组：\n经学校研究决定举办科技文化节。现将相关工作通知如下：\n"


def _items(body):
    doc = parse_text(HEAD + body)
    out = {}
    for item in doc.outline:
        r = item.responsibility
        out[item.id] = None if r is None else (r.responsible_leaders, r.departments, r.lead_units, r.partner_units)
    return out


def _group(body):
    g = parse_text(HEAD + body).leading_group
    if g is None:
        return None
    return ([(m.name, m.title) for m in g.heads], [(m.name, m.title) for m in g.deputies],
            [(m.name, m.title) for m in g.members])


# ---------------------------------------------------------------- an activity's 负责人 line
@pytest.mark.parametrize("line, expected", [
    # ahnu (二)–(四) (each here the section's only item): the people, then the offices that run it
    ("（二）科普科幻作文大赛 负责人：吕李永 由教科研室统筹，语文组承办。", (["吕李永"], ["教科研室", "语文组"], [], [])),
    ("（一）机器人大赛 负责人：顾涛 由教科研室统筹安排。", (["顾涛"], ["教科研室"], [], [])),
    ("（一）传统文化进校园 负责人：顾涛 由教科研室联络安排。", (["顾涛"], ["教科研室"], [], [])),
    # ahnu (五): 总负责人 and 分项负责人 all answer for it; two offices 统筹, two groups 承办
    ("（一）演讲比赛、英语歌曲大赛 总负责人：顾涛 分项负责人：白凌志、喻磊、王万元，由教科研室、德育处统筹，语文组和外语组承办。",
     (["顾涛", "白凌志", "喻磊", "王万元"], ["教科研室", "德育处", "语文组", "外语组"], [], [])),
    # ahnu (一): 协助人员 help, the 负责人 answers; 由德育处、团委负责筹办
    ("（一）校园科普展览\n科普板块负责人：喻磊 协助人员：王万元、侯远军，由德育处、团委负责筹办，展览内容为科普图片。",
     (["喻磊"], ["德育处", "团委"], [], [])),
    # variants: the space before 由 lost, 和 between offices, 责任人, an 办公室 and a 教研组
    ("（二）作文大赛 负责人：王明由教务处和团委负责组织。", (["王明"], ["教务处", "团委"], [], [])),
    ("（二）作文大赛 责任人：赵刚 由办公室负责，语文教研组承办。", (["赵刚"], ["办公室", "语文教研组"], [], [])),
    ("（二）作文大赛 负责人：王明、李华", (["王明", "李华"], [], [], [])),
    # negatives: a 领导小组 is no office; 各班级 no department
    ("（二）书画展 负责人：陈静 由领导小组负责协调。", (["陈静"], [], [], [])),
    ("（二）书画展 负责人：陈静 由各班级负责组织。", (["陈静"], [], [], [])),
])
def test_an_activitys_person_in_charge_line(line, expected):
    items = _items("一、主要内容和分工\n" + line + "\n")
    assert [v for k, v in items.items() if k != "1"] == [expected]


def test_offices_without_a_person_in_charge_line_are_not_read_here():
    # no 负责人 line: the 承办 after an office is not read by this convention (no unit named 语文组承办 either)
    got = _items("一、主要内容和分工\n（一）作文大赛。语文组承办。\n").get("1.1")
    assert got is None or "语文组承办" not in got[2]


# ---------------------------------------------------------------- one label over the 组长 and the 副组长
@pytest.mark.parametrize("block, expected", [
    # ahnu: the names on the line under the label; 主要成员 run onto the last name by the copy; the closing 等
    ("组长及副组长：\n吴树烈、夏吉中、毛宣海\n主要成员：\n顾涛、石奇印、程增艳等",
     ([("吴树烈", None)], [("夏吉中", None), ("毛宣海", None)], [("顾涛", None), ("石奇印", None), ("程增艳", None)])),
    ("组长及副组长：\n吴树烈、夏吉中、毛宣海主要成员：\n顾涛、石奇印、程增艳等",
     ([("吴树烈", None)], [("夏吉中", None), ("毛宣海", None)], [("顾涛", None), ("石奇印", None), ("程增艳", None)])),
    # variants: 正副组长 / 组长、副组长, the names on the label's line
    ("正副组长：张明、李华、王强\n成员：赵刚、陈静、刘洋",
     ([("张明", None)], [("李华", None), ("王强", None)], [("赵刚", None), ("陈静", None), ("刘洋", None)])),
    ("组长、副组长：张明、李华\n主要成员：赵刚、陈静",
     ([("张明", None)], [("李华", None)], [("赵刚", None), ("陈静", None)])),
    # negative: labels of their own keep their own reading
    ("组长：张明、李华\n副组长：王强\n成员：赵刚、陈静",
     ([("张明", None), ("李华", None)], [("王强", None)], [("赵刚", None), ("陈静", None)])),
])
def test_one_label_over_heads_and_deputies(block, expected):
    assert _group("一、组织领导\n学校成立科技文化节活动领导小组。\n" + block + "\n二、活动时间\n2023年3月\n") == expected


def test_names_a_copy_ran_together_stay_names():
    # pcdjzx: 成员:王 波 唐天社 孔会琴 — the padded name's spaces repaired away with the others; 社 ends no body here
    got = _group("一、组织机构\n特成立领导小组，具体如下：\n领导小组：\n组长:董新庄 丁晓玲\n成员:王 波 唐天社 孔会琴 雷建军 许顺强\n"
                 "二、活动方式\n巡回展出。\n")
    assert got[2] == [("王波", None), ("唐天社", None), ("孔会琴", None), ("雷建军", None), ("许顺强", None)]


# ---------------------------------------------------------------- blanked names before a post
@pytest.mark.parametrize("block, expected", [
    # xuefen: __x before each post, 副组长's three run together, eight bare blanks among the 组员
    ("组长:__x(校长)\n副组长:__x(书记)__x(副校长)__x(副校长)\n组员:__x(分管)、__x、__x、__x、__x",
     ([(None, "校长")], [(None, "书记"), (None, "副校长"), (None, "副校长")], [(None, "分管")])),
    # mjgov: XXX before each post
    ("组长:XXX(单位负责人)\n副组长:XXX(分管领导)\n成员:XXX(办公室主任)、XXX(宣传科负责人)",
     ([(None, "单位负责人")], [(None, "分管领导")], [(None, "办公室主任"), (None, "宣传科负责人")])),
    # variants: ×××, ＿＿, **, a single x; bare blanks dropped
    ("组长：×××（校长）\n副组长：＿＿（书记）、x（副校长）\n成员：**（教务主任）、XXX、×××",
     ([(None, "校长")], [(None, "书记"), (None, "副校长")], [(None, "教务主任")])),
    # negative: a real name before a post in brackets keeps both
    ("组长：张明（校长）\n副组长：李华（书记）\n成员：赵刚（教务主任）",
     ([("张明", "校长")], [("李华", "书记")], [("赵刚", "教务主任")])),
])
def test_blanked_names_before_a_post(block, expected):
    assert _group("一、科技节活动领导小组\n" + block + "\n二、活动时间\n5月\n") == expected


# ---------------------------------------------------------------- bare label headings
@pytest.mark.parametrize("body, headings", [
    # ahnu: 一、名称 / its value; 六、要求 / its text
    ("一、名称\n第二十三届校园科技文化节\n二、主题\n“崇尚科学”\n三、时间\n2023年3月\n六、要求\n科技文化节系列活动是我校校园",
     ["名称", "主题", "时间", "要求"]),
    # variants: 目的 / 宗旨 / 口号
    ("一、目的\n激发学生的科学兴趣\n二、口号\n科技点亮未来\n", ["目的", "口号"]),
    # negative: a heading that goes on past the label on its own line
    ("一、要求各班级积极参加\n各班级要高度重视。\n", ["要求各班级积极参加"]),
])
def test_bare_label_headings(body, headings):
    assert [item.heading for item in parse_text(HEAD + body + "\n").outline] == headings


def test_a_person_in_charge_in_a_contact_block_is_no_responsibility():
    # negative: 负责人 with a phone on its line is whom to call about the item, not who answers for it
    items = _items("一、活动内容\n（一）作文大赛。\n二、报名\n请于5月20日前将报名表报送教务处。\n负责人：王明，联系电话：0551-12345678\n")
    assert items["2"] is None


def test_a_group_set_up_without_a_name_of_its_own():
    # pcdjzx: 特成立领导小组 — the kind alone is no name (the gold's null); a named group keeps its name
    doc = parse_text(HEAD + "一、组织机构\n特成立领导小组，具体如下：\n组长：张明\n成员：李华、王强\n二、活动方式\n巡回展出。\n")
    assert doc.leading_group.name is None and [m.name for m in doc.leading_group.members] == ["李华", "王强"]
    doc = parse_text(HEAD + "一、组织机构\n成立科技节活动领导小组。\n组长：张明\n成员：李华、王强\n二、活动方式\n巡回展出。\n")
    assert doc.leading_group.name == "科技节活动领导小组"


@pytest.mark.parametrize("block, expected", [
    # variants: a list under 组织领导 with no 领导小组 named; the combined label over people with their posts
    ("组长及副组长：\n张明、李华、王强\n主要成员：\n赵刚、陈静",
     ([("张明", None)], [("李华", None), ("王强", None)], [("赵刚", None), ("陈静", None)])),
    ("正副组长：张明（校长）、李华（副校长）\n成员：赵刚、陈静",
     ([("张明", "校长")], [("李华", "副校长")], [("赵刚", None), ("陈静", None)])),
    # negative: a 组长 alone, no list under it — no group
    ("组长：张明", None),
])
def test_a_combined_label_without_a_named_group(block, expected):
    assert _group("一、组织领导\n" + block + "\n二、活动时间\n5月\n") == expected


def test_a_member_list_of_bodies_stays_bodies():
    # negative: 成员单位 name offices that each stand for its head — no person, no responsibility
    got = _group("一、组织领导\n学校成立科技节活动领导小组。\n组长：张明\n副组长：李华\n成员单位：教务处、团委\n二、活动时间\n5月\n")
    assert got == ([("张明", None)], [("李华", None)], [(None, "教务处"), (None, "团委")])
