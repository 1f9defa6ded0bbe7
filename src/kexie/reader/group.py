"""The 领导小组 (or 工作专班) a plan sets up: its name, 组长, 副组长, 成员 with their titles, and where its office sits."""

from __future__ import annotations

import re

from . import patterns as P
from .model import LeadingGroup, Member

CJK = P.CJK
# The bodies a plan sets up to lead a task, each with a 组长, 副组长 and 成员 (a 宣讲团 or 专家组 has none of these)
GROUP_KINDS = ("领导小组", "工作专班")
_KIND = "(?:" + "|".join(GROUP_KINDS) + ")"
UNNAMED_KINDS = ("领导小组",)
# The last word of a title (党组书记, 副主席, 三级调研员, 办公室主任 …): what separates a title from a name (patterns.POST_WORDS)
TITLE_SUFFIXES = P.POST_WORDS
_TITLE_WORDS = P.POST_ALTERNATION
_TITLE_END = re.compile("(" + _TITLE_WORDS + ")")
_POST_WORD = P.POST_WORD
_NAME_ROLE = {"组长": "heads", "副组长": "deputies", "第一副组长": "deputies", "常务副组长": "deputies",
              "执行副组长": "deputies", "成员": "members", "成员单位": "members", "组员": "members", "委员": "members",
              "主要成员": "members"}
# one label over the 组长 and the 副组长 together (组长及副组长：甲、乙、丙 / 正副组长：…): the list's order says who is
# which — its first name the 组长, the others 副组长 (the golds' reading)
COMBINED_HEAD_LABELS = ("组长及副组长", "组长和副组长", "组长、副组长", "正副组长")
HEADS_THEN_DEPUTIES = "heads_then_deputies"
_NAME_ROLE.update({label: HEADS_THEN_DEPUTIES for label in COMBINED_HEAD_LABELS})
_COMBINED = "|".join(COMBINED_HEAD_LABELS)
# 成立工作专班 names no more than its kind: the name is the kind alone
_GROUP_NAME = re.compile(rf"(?:成立|调整|组建|设立|充实调整|充实)(?:了)?((?:[{CJK}0-9“”《》（）*_＿]{{2,60}}?)?(?:工作)?{_KIND})")
_ROLE_CLAUSE = re.compile(r"(?:由)?([^，。；：]+?)(?:同志)?(?:分别)?(?:任|为|担任|兼任)" + _KIND + "?"
                          r"((?:第一|常务|执行)?副组长|组长|成员|组员)")
# the role first: 组长由市科协主席张某担任，副组长由……担任，成员由……组成
_ROLE_FIRST = re.compile(_KIND + r"?((?:第一|常务|执行)?副组长|组长|成员|组员)由([^。；：]+?)(?:同志)?(?:分别)?"
                         r"(?:担任|兼任|组成(?!员))")
# a line of a list that names a person first: 王忠民　浙江省科协……, 陆　锦　……, 周华驹（市政府副秘书长）, 雷伟东
_PERSON_LINE = re.compile(rf"^(?:[{CJK}]{{2,4}}(?:[\s\u3000（(、，,]|$)|[{CJK}][\s\u3000]+[{CJK}](?:[\s\u3000]|$))")
# 组　长：王明　…; the label may stand alone on its line, the people on the lines below (组长：/孙春兰 国务院副总理)
# (成员单位：市教育局、市科技局: bodies, each standing for its head)
_LIST_LINE = re.compile(r"^(" + _COMBINED + r"|(?:第一|常务|执行)?副\s*组\s*长|组\s*长|(?:主要)?成\s*员(?:\s*单\s*位)?|组\s*员)"
                        r"\s*[:：]\s*(.*)$")
# a table's row whose cells the copy parted with tabs or spaces, no colon: 组长\t张明\t市科协主席 / 副组长  李华  副主席
_LIST_ROW = re.compile(r"^((?:第一|常务|执行)?副\s*组\s*长|组\s*长|成\s*员|组\s*员)[\t\u3000 ]+([^\s，。；：:,;][^，。；：:,;]*)$")
# several roles on one line (组长：张明，副组长：李华，成员：王强、赵刚): each label opens a part of its own
_LABEL_INSIDE = re.compile(r"[，,；;。\s\u3000]+(?=(?:(?:第一|常务|执行)?副\s*组\s*长|组\s*长|成\s*员(?:\s*单\s*位)?|组\s*员)\s*[:：])"
                           r"|(?<=[\u4e00-\u9fff])(?=主要成员\s*[:：])")
_OFFICE = re.compile(rf"(?:下设办公室|办公室设|办公室)(?:，办公室)?[（(，,]?(?:设)?在([{CJK}]{{2,30}}?)(?=[，。；,（(）)]|$|，由)")

# A document sets a group up itself (决定成立…领导小组); a directive asks others to (各乡镇要成立以主要领导为组长的…领导小组),
# and its 组长 is a post in every body it addresses, no one in this one: the words that make a 成立 a directive
DIRECTIVE_BEFORE = ("要", "应", "应当", "须", "必须", "务必", "督促", "指导", "推动", "鼓励", "要求")
_DIRECTIVE = re.compile("(?:" + "|".join(sorted(DIRECTIVE_BEFORE, key=len, reverse=True)) + ")"
                        r"(?:尽快|及时|抓紧|普遍|都|均|分别|认真|相应)?$")
# A heading naming another body: a 领导小组 calls itself 小组 or 专班; a line that ends in …组, …团 or …委员会 names an expert
# panel (评审专家组), a lecture team (宣讲团), a jury (评委会) or a working sub-team (宣传组), whose 组长 heads that body
OTHER_BODY_ENDS = ("组", "团", "委员会", "评委会", "组委会")
OWN_BODY_ENDS = ("小组", "专班")
# what a heading adds after the body's name: 《意见》精神宣讲团组成人员名单, 评审专家组成员名单如下
LIST_TITLE_ENDS = ("组成人员名单", "人员名单", "成员名单", "名单", "组成人员", "组成如下", "如下")
_LIST_TITLE = re.compile("(?:" + "|".join(LIST_TITLE_ENDS) + ")$")
_HEADING_MARK = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.、．])\s*")
# a numbered role followed by what the role does (1.组长：负责全面工作): a duty, not who holds it
DUTY_VERBS = ("负责", "协助", "主持", "统筹", "做好", "抓好", "落实", "承担", "配合", "全面")


def _names_other_body(line: str) -> bool:
    """评审专家组 / （二）宣传组： / 科学家精神宣讲团 on a line of its own: the lists below it are that body's."""
    head = _LIST_TITLE.sub("", _HEADING_MARK.sub("", line.strip()).rstrip(":：").strip())
    if not head or len(head) > 20 or re.search(r"[，。；,;：:\s]", head):
        return False
    # 领导小组及工作组: a heading that names the group too still heads its list
    return head.endswith(OTHER_BODY_ENDS) and not head.endswith(OWN_BODY_ENDS) and not any(k in head for k in GROUP_KINDS)


def _set_up(pattern: re.Pattern, text: str, pos: int = 0) -> re.Match | None:
    """The first place where the document itself sets a group up, passing over directives to others."""
    for m in pattern.finditer(text, pos):
        if not _DIRECTIVE.search(text, max(0, m.start() - 12), m.start()):
            return m
    return None


def _split_people(s: str) -> list[str]:
    """Split 副主席杨新露和三级调研员杨家瑾 into people; keep 机关部室和直属单位主要负责人 whole."""
    pieces = [p for p in P.split_outside(s, "、，,") if p]  # 刘建军（党组书记、主席）、陈涛: two people
    out = []
    for piece in pieces:
        parts = re.split(r"和|及|与", piece)
        if len(parts) > 1 and all(_TITLE_END.search(p) for p in parts):
            out.extend(parts)
        else:
            out.append(piece)
    return [re.sub(r"等$", "", p.strip()) for p in out if p.strip()]


# The commonest surnames, commonest first (a copy that lost the spaces between names runs them together: a name opens
# with one of these, and where the cut is in doubt, the commoner surname opens the next name)
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔"
            "钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛"
            "邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝"
            "路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂"
            "全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
            "洪厉阎胥匡屠帅冀封储蔺练揭闻诸衣矫修阴郁钮竺茅荆鞠皮丰雍危漆冼晋粟湛")
_SURNAME_RANK = {c: i for i, c in enumerate(SURNAMES)}
_GLUED_NAMES = re.compile(rf"[{CJK}]{{6,30}}")


def _people_of(rest: str) -> list[str]:
    """A list line's people: 、，； part them, and so does a full stop after a name (组长:王彬。, 组员:……单利民。), but a
    full stop after every character (党。委。书。记, a copy's noise) parts nothing."""
    pieces = [p for piece in P.split_outside(rest.strip(), "、，,；;") for p in _BLANK_AFTER_BRACKET.split(piece)]
    if pieces and len(pieces[-1]) >= 3:
        pieces[-1] = re.sub(rf"(?<=[{CJK}]{{2}})等$", "", pieces[-1])  # 顾涛、……、程增艳等: the list's closing 等
    if "。" not in rest:
        return pieces
    stopped = [p for piece in pieces for p in piece.split("。")]
    return stopped if all(len(p.strip()) >= 2 for p in stopped if p.strip()) else pieces


def _run_together(piece: str) -> list[str]:
    """池斌王胜江王宏黄怀华卢海燕王振仁单利民: names of two or three characters, each opening with a surname, that a copy ran
    together; cut where every piece opens with a surname, the commoner surnames first where two cuts would do (王胜江 /
    王宏, not 王胜 / 江王宏). A piece with a title's word (党组书记雷洪) or that no such cut fits stays whole."""
    piece = piece.strip()
    if not _GLUED_NAMES.fullmatch(piece) or _TITLE_END.search(piece) or _NOT_A_NAME_END.search(piece):
        return [piece]
    best: dict[int, tuple[int, list[str]] | None] = {len(piece): (0, [])}
    for at in range(len(piece) - 2, -1, -1):
        rank = _SURNAME_RANK.get(piece[at])
        options = [(rank + best[at + k][0], [piece[at:at + k]] + best[at + k][1]) for k in (2, 3)
                   if rank is not None and at + k <= len(piece) and best.get(at + k)]
        best[at] = min(options, key=lambda o: o[0]) if options else None
    return best[0][1] if best.get(0) else [piece]


_PADDING = re.compile(r"[\s\u3000]+")
_COMRADE = re.compile(r"同志$")
_NAME_THEN_BRACKETED = re.compile(rf"^([{CJK}]{{2,4}})\s*[（(]([^）)]+)[）)]$")


def _collapse_padding(s: str) -> str:
    """陈　涛　市科协二级调研员 → 陈涛　市科协二级调研员: single characters padded apart are one name."""
    return "\u3000".join(P.join_padded(_PADDING.split(s.strip())))


# a list line whose names are all starred out, offices in brackets or none: 组长:*, *(宣传部)*(经贸局)
_STARRED_ONLY = re.compile(r"(?:[*＊×]+\s*(?:[（(][^）)]{0,12}[）)])?[\s\u3000、，,]*)+")
# a template's blanked name: x, __x, XXX, ×××, ＿＿, **, 某某 (a blank's run of underscores may end in an x)
BLANK = r"(?:[_＿]*(?:[xX]{1,3}|×+|[*＊]+|某+)|[_＿]+)"
_IN_BRACKETS = re.compile(r"[（(]([^（）()]{1,12})[）)]")
_BLANKED_NAME = re.compile(r"^" + BLANK + r"\s*[（(]([^）)]+)[）)]$")
_BARE_BLANK = re.compile(BLANK + r"(?:等)?")
# blanked names run together (x（书记）x（副校长）__x（副校长）): each blank after a bracket opens an entry of its own
_BLANK_AFTER_BRACKET = re.compile(r"(?<=[）)])(?=" + BLANK + r"\s*[（(])")


def _is_name(s: str) -> bool:
    """玉剑, 吴铭明, 欧阳明华: two to four characters, no post's last word, no body's (县科协, 教育局)."""
    return bool(re.fullmatch(rf"[{CJK}]{{2,4}}", s)) and not _TITLE_END.search(s) and not _NOT_A_NAME_END.search(s)


def _is_post(s: str) -> bool:
    """市科协主席, 科协工作人员, 西乡塘区科协副主席（提名人选）: what ends in a post's last word (a note after it allowed)."""
    return any(m.end() == len(s) for m in _POST_WORD.finditer(s))


def _names_apart(piece: str) -> list[str]:
    """王明　李华　赵刚 (names a list parts with spaces, 王  明 padded into one): the names, of two or three characters,
    all but one in four opening with a common surname (two names: both); [] when a part is no name (王明　教授,
    网站介绍　商务合作)."""
    parts = _collapse_padding(piece).split("\u3000")
    if len(parts) < 2 or not all(len(p) <= 3 and _is_name(p) for p in parts):
        return []
    return parts if sum(p[0] not in _SURNAME_RANK for p in parts) <= len(parts) // 4 else []


def _post_first(line: str) -> bool:
    """西乡塘区教育局副局长　梁　婷 / 科协工作人员吴铭明: a line under a role whose every entry is a post, then a name."""
    if re.search("[。；：:]", line) or len(line) > 60:
        return False
    entries = _titles_onto_name(_people_of(line))
    for entry in entries:
        member = _member(entry)
        if not (member.name and member.title and re.sub(r"[\s\u3000]+", "", entry).endswith(member.name)):
            return False
    return bool(entries)


_BODY_THEN_GLUED_NAME = re.compile(rf"([{CJK}]{{2,40}}{P.BODY_END})([{CJK}]{{2,3}})")
_PADDED_NAME_AFTER = re.compile(rf"(?P<post>[^\u3000]+)(?P<a>[{CJK}])\u3000(?P<b>[{CJK}])")
_PADDED_NAME_BEFORE = re.compile(rf"(?P<a>[{CJK}])\u3000(?P<b>[{CJK}])(?P<post>[^\u3000]{{2,}})")


def _member(s: str, columns: bool = False) -> Member:
    """党组书记雷洪 → (雷洪, 党组书记); 雷洪（党组书记） → the same; 党组书记 alone → (None, 党组书记).
    `columns`: a list laid out name then title (马　凯　国务院副总理), where the title needs no known last word."""
    s = _COMRADE.sub("", _collapse_padding(s))
    blanked = _BLANKED_NAME.match(s)
    if blanked:
        return Member(name=None, title=blanked.group(1))  # __（…校长）: a template's blanked name, the office kept
    bracket = _NAME_THEN_BRACKETED.match(s)
    if bracket and not _NOT_A_NAME_END.search(bracket.group(1)):
        return Member(name=bracket.group(1), title=bracket.group(2))
    # 市长王　凯 / 王　凯市长: a name padded apart whose one half the repair of single spaces glued to the post
    cut = _PADDED_NAME_AFTER.fullmatch(s) or _PADDED_NAME_BEFORE.fullmatch(s)
    if cut and _is_post(cut.group("post")):
        return Member(name=cut.group("a") + cut.group("b"), title=cut.group("post"))
    parts = s.split("\u3000")
    if len(parts) >= 2 and _is_name(parts[-1]) and (_is_post("".join(parts[:-1])) or _NOT_A_NAME_END.search(parts[-2])):
        # 市科协主席（提名人选）　玉剑: the post first; 市财政局　陈锐康: a body in the post's column
        return Member(name=parts[-1], title="".join(parts[:-1]))
    spaced = re.match(rf"^([{CJK}]{{2,4}})\s+(.+)$", s)
    if spaced and (columns or _TITLE_END.search(spaced.group(2))) and not _NOT_A_NAME_END.search(spaced.group(1)):
        return Member(name=spaced.group(1), title=re.sub(r"\s+", "", spaced.group(2)))
    s = re.sub(r"\s+", "", s)
    last = None
    for m in _POST_WORD.finditer(s):
        last = m
    if last and last.end() == len(s):
        return Member(name=None, title=s)
    if last and 2 <= len(s) - last.end() <= 4 and not _NOT_A_NAME_END.search(s):
        return Member(name=s[last.end():], title=s[:last.end()])
    glued = _BODY_THEN_GLUED_NAME.fullmatch(s)
    if glued and glued.group(2)[0] in _SURNAME_RANK and _is_name(glued.group(2)):
        return Member(name=glued.group(2), title=glued.group(1))  # 市财政局陈锐康: a body, then a name a repair glued on
    if re.fullmatch(rf"[{CJK}]{{2,4}}", s) and not _NOT_A_NAME_END.search(s):
        return Member(name=s, title=None)  # 县科协, 县教育局: a body stands for its head, no one's name
    return Member(name=None, title=s)


_ANY_GROUP = re.compile(rf"((?:[{CJK}0-9“”]{{2,60}}?)(?:工作)?{_KIND})")
_LIST_START = re.compile(r"^(" + _COMBINED + r"|组\s*长|副\s*组\s*长)\s*[:：]", re.M)


_LEADING_VERBS = re.compile(r"^(关于|调整|成立|组建|设立|充实|决定对|决定|经研究|同意|对|将|为|由|以|后的|的)+")


_SETTING_UP = re.compile(r"^.*?(?:关于|决定)?(?:成立|调整|组建|设立|充实调整|充实)(?:了)?")


def _group_name(text: str, found: re.Match) -> str:
    """The most specific name the text gives the group near where it is set up (调整后的领导小组 says less
    than 南阳市科协网络安全和信息化工作领导小组); a title's 遂昌县教育局关于成立 is not part of it."""
    names = [_LEADING_VERBS.sub("", found.group(1))]
    for m in _ANY_GROUP.finditer(text, max(0, found.start() - 600), found.end() + 50):
        names.append(_LEADING_VERBS.sub("", _SETTING_UP.sub("", m.group(1))))
    best = max(names, key=len)
    return best[1:] if best.startswith("“") and "”" not in best else best  # 成立“2009年*市…领导小组”: the quote opens


_UNITS_NOT_PEOPLE = re.compile(r"(单位|部门|机构)$")
# …等单位分管负责人, …等部门主要负责同志: the bodies listed before are each represented by its head
_HEADS_OF_BODIES = re.compile(r"等?(?:成员)?(?:单位|部门)的?(?:分管|主要)?(?:负责人|负责同志|领导)$")


def _one_role_or_people(pieces: list[str]) -> list[str]:
    """区委、区政府分管领导 is one role held in two bodies, not a person 区委 and a role: when only the last
    piece is a title and the others are bare words, the list is one title."""
    if len(pieces) > 1:
        parsed = [_member(p) for p in pieces]
        bare = all(re.fullmatch(rf"[{CJK}]{{2,4}}", p) and not _TITLE_END.search(p) for p in pieces[:-1])
        if parsed[-1].name is None and bare:
            return ["、".join(pieces)]
    return pieces


_PEOPLE_BEFORE_NAME = re.compile(rf"成立(?:了)?(以[^。；]{{2,1500}}?为(?:组长|副组长|组员|成员)[^。；]*?)的([{CJK}0-9“”]{{0,40}}{_KIND})")
_NOT_A_NAME_END = P.NOT_A_NAME_END


def _name_then_title(s: str) -> Member | None:
    """韦有岭校长 → (韦有岭, 校长), in 以韦有岭校长为组长 where the name comes first."""
    s = re.sub(r"(同志|等)$", "", s.strip())
    last = None
    for m in _TITLE_END.finditer(s):
        last = m
    if last and last.end() == len(s) and 2 <= last.start() <= 3 and not _NOT_A_NAME_END.search(s[:last.start()]):
        return Member(name=s[:last.start()], title=s[last.start():])
    return None


def _read_role_first(body: str, group: LeadingGroup) -> None:
    """组长由市科协主席张某担任，副组长由副主席王某、李某担任，成员由办公室主任赵某、科普部部长钱某组成."""
    for clause in _ROLE_FIRST.finditer(body):
        target = getattr(group, _NAME_ROLE[clause.group(1)])
        bodies = _HEADS_OF_BODIES.search(clause.group(2))
        if bodies:
            # 成员由县委宣传部、县科协……等单位分管负责人担任: each body's head is a member, known by the body
            target.extend(Member(name=None, title=unit) for unit in P.split_names(clause.group(2)[:bodies.start()]))
            continue
        _add_people(clause.group(2), target)


# A group's charter (章程, 工作规则) lists its roles as the entries of a numbered article, each role held by an office and
# followed by its duties: 1.组长：学院院长，全面负责…; 2.秘书：综合办公室，负责…日常事务; 3.成员学院党总支书记、…等组成
_NUMBERED_ROLE = re.compile(r"^(?:\d{1,2}[.、．]|[（(]\d{1,2}[）)])\s*((?:第一|常务|执行)?副组长|组长|成员|组员|秘书)([:：]?)\s*(.+)$",
                            re.M)
# the role that keeps the group's daily business: a body there is the group's office (as 办公室设在…)
OFFICE_ROLES = ("秘书",)
_HOLDER_END = re.compile(r"[，,。；;]")
_MADE_UP_OF = re.compile(r"(?:等)?(?:组成|担任)$|等$")


def _offices(piece: str) -> list[Member]:
    """组织委员办公室主任教工党支部委员: offices whose separators the page lost, cut after each title's last word; one
    office, or a person with a title, is read as any member is."""
    cuts = [m.end() for m in _TITLE_END.finditer(piece)]
    if len(cuts) > 1 and cuts[-1] == len(piece):
        parts = [piece[a:b] for a, b in zip([0] + cuts[:-1], cuts)]
        if all(len(p) >= 3 for p in parts):
            return [Member(name=None, title=p) for p in parts]
    return [_member(piece)]


def _read_numbered_roles(text: str, group: LeadingGroup) -> None:
    for m in _NUMBERED_ROLE.finditer(text):
        clause = _HOLDER_END.split(m.group(3), 1)[0].strip()
        if not m.group(2) and not clause.endswith("组成"):
            continue  # 1.组长负责……: a duty, not a role's holder (without the colon only 成员……等组成 says who)
        holder = re.sub(r"^由", "", _MADE_UP_OF.sub("", clause))  # 1.组长：由分管该项工作的领导担任
        if not holder or holder.startswith(DUTY_VERBS):
            continue
        role = m.group(1)
        if role in OFFICE_ROLES:
            if group.office is None and (P.ORG_LINE.fullmatch(holder) or holder.endswith(("办公室", "室", "处", "部"))):
                group.office = holder
            continue
        target = getattr(group, _NAME_ROLE[role])
        for piece in re.split(r"[、]", holder):
            if piece:
                target.extend(_offices(piece))


def read_leading_group(text: str) -> LeadingGroup | None:
    if not any(kind in text for kind in GROUP_KINDS):
        return _unnamed_list(text) if "组长" in text else None
    before = _set_up(_PEOPLE_BEFORE_NAME, text)
    if before:
        # 成立了以韦有岭校长为组长，以……为副组长……的活动领导小组: the people come before the group's name
        group = LeadingGroup(name=before.group(2))
        _read_clauses(before.group(1), group, name_first=True)
        office = _OFFICE.search(text, before.start())
        group.office = office.group(1) if office else None
        return group
    m = _set_up(_GROUP_NAME, text)
    if not m:
        # a notice that lists a group (组  长：…) without a 成立 sentence names it in its title
        listed = _LIST_START.search(text) or _NUMBERED_ROLE.search(text)
        named = _ANY_GROUP.search(text, 0, listed.start()) if listed else None
        if not named:
            # 一、领导小组 / 组长：…: a list under a bare 领导小组 is a group without a name
            return _group_served_in(text) or _unnamed_list(text)
        m = named
    name = _group_name(text, m)
    # 特成立领导小组 gives the group no name of its own: the kind alone is no name (工作专班 is how such a body is named)
    group = LeadingGroup(name=None if name in UNNAMED_KINDS else name)
    return _read_group_at(text, m, group)


def _unnamed_list(text: str) -> LeadingGroup | None:
    """三、组织机构： / 组长：__（…校长） / 副组长：__（…书记）: a plan that lists a 组长 and a 副组长 (or 成员) on lines of
    their own under a heading, without naming the group: a group without a name."""
    head = next((h for h in _LIST_HEAD.finditer(text) if not _names_other_body(_line_before(text, h.start()))), None)
    if not head:
        return None
    group = LeadingGroup(name=None)
    _read_group_at(text, head, group)
    return group if group.heads and (group.deputies or group.members) else None


def _line_before(text: str, at: int) -> str:
    """The last non-empty line that ends at `at`."""
    start = at
    for _ in range(5):  # (the last six lines only, as text[:at].split("\n")[-6:] gives them, without splitting the rest)
        start = text.rfind("\n", 0, start)
        if start < 0:
            break
    return next((ln for ln in reversed(text[start + 1:at].split("\n")) if ln.strip()), "")


# 组长：… at a line's start, with 副组长：/成员：/组员： at a line's start within the next few lines
_LIST_HEAD = re.compile(r"(?=\n(?:组\s*长|" + _COMBINED + r")\s*[:：][^\n]*\n(?:[^\n]*\n){0,3}?"
                        r"(?:副\s*组\s*长|(?:主要)?成\s*员|组\s*员)\s*[:：])")


# the last words of a heading or a body, which no name ends with: a line after the list that opens with one (工作职责,
# 活动安排, 办公室, 市科协) has ended the list
HEADING_ENDS = ("职责", "安排", "要求", "内容", "目标", "措施", "任务", "分工", "原则", "思想", "时间", "地点", "对象", "主题",
                "方式", "步骤", "保障", "意义", "说明", "附件", "领导", "组织", "机构", "流程", "程序", "范围", "标准", "办法")


def _opens_with_name(line: str) -> bool:
    """王  明　市科协主席 / 赵刚、陈静: a line that goes on a list opens with a person's name, not a heading's or a body's
    word (the surnames are too many for a table to say which opening is a name)."""
    first = re.split(r"[\u3000（(、，,]", _collapse_padding(line), maxsplit=1)[0]
    if _NOT_A_NAME_END.search(first) or first.endswith(HEADING_ENDS):
        return False
    # a rare surname opens a name before a post (玉剑　区科协主席), a post alone goes on the title above (市教育局 /
    # 副局长); words without either are a site's links (网站介绍　商务合作)
    return first[:1] in _SURNAME_RANK or _is_post(first) or bool(_TITLE_END.search(line[len(first):]))


def _titles_onto_name(pieces) -> list[str]:
    """市科协党组书记、主席刘建军: titles alone before a title written before its name are that person's, not the
    last person's further titles (戴　力　学会部部长、企业办主任 writes them after)."""
    out: list[str] = []
    pending: list[str] = []
    for piece in pieces:
        flat = re.sub(r"[\s\u3000]+", "", piece)
        alone = _member(piece)
        if alone.name is None and alone.title and _TITLE_END.search(flat) and not re.search(r"[\s\u3000]", piece.strip()):
            pending.append(piece)
            continue
        if pending:
            before = _member(flat)
            if before.name and before.title and flat.endswith(before.name):
                out.append("、".join(pending + [flat]))
                pending = []
                continue
            out.extend(pending)
            pending = []
        out.append(piece)
    return out + pending


def _read_group_at(text: str, m: re.Match, group: LeadingGroup) -> LeadingGroup:
    # the sentences that describe the group: from 成立 to the end of its paragraph
    para_end = text.find("\n", m.end())
    body = text[m.end(): para_end if para_end > 0 else len(text)]
    if len(body) < 8 and para_end > 0:
        # set up in a headline or a title line: the sentences that describe it are the next paragraph's
        following_lines = [ln for ln in text[para_end + 1:].split("\n", 6)[:6] if ln.strip() and not P.web_furniture(ln)]
        body = following_lines[0] if following_lines else body
    # list layout: 组  长：雷洪  党组书记 (one line a role, further members on following lines)
    lines = text[m.end():].split("\n", 120)[:120]
    # the list may open on the line that sets the group up: 成立…领导小组，组长：张明（主席）；副组长：…
    opening = re.sub(r"^[，,：:；;\s\u3000]+", "", lines[0])
    following = _LABEL_INSIDE.split(opening) if _LIST_LINE.match(opening) else []
    following += [part for line in lines[1:] for part in _LABEL_INSIDE.split(line)]
    if _ROLE_FIRST.search(body):
        # 成立…领导小组，组长由…担任: the sentence that sets the group up says who; a list further down (组长:林建立
        # under 二、专项小组) is another body's
        _read_prose(body, group)
        following = [] if group.heads or group.deputies or group.members else following
    role, units = None, False
    block_order = None  # how the block's last person was written: the name first ("name") or the post first ("post")
    # a web page leaves a blank line between the lines of the list
    cells = [line.strip() for line in following if line.strip()]
    lone = pending_post = None  # a name alone on the last line; a post alone above a name alone (a table's cells)
    unsplit: list = []  # entries that may be a name glued on its post (张明市科协主席)
    cell_layout = False
    combined: list[Member] = []  # the people under one label over the 组长 and the 副组长 (组长及副组长：…)

    def target_of(role: str) -> list[Member]:
        return combined if role == HEADS_THEN_DEPUTIES else getattr(group, role)

    for at, line in enumerate(cells):
        if _names_other_body(line):
            break  # 评审专家组 / 组长：…: the lists from here on are another body's
        lm = _LIST_LINE.match(line) or _LIST_ROW.match(line) or _LABEL_ALONE.match(line)
        if lm and lm.re is _LIST_ROW and lm.group(2).startswith(DUTY_VERBS):
            lm = None  # 组长  负责全面工作: a duty
        if lm:
            label = re.sub(r"\s+", "", lm.group(1))
            role, rest, units = _NAME_ROLE[label], lm.group(2), label == "成员单位"
            cell_layout = not rest.strip()  # 组长 / 张明 / 市科协主席: the label a cell of its own, the others too
        elif role and not P.web_furniture(line) and (_PERSON_LINE.match(line) and not re.search("[。；：:]", line)
                                                     and len(line) <= 40 and _opens_with_name(line) or _post_first(line)):
            rest = line  # the role label stands only on the block's first line (the name first or the post first)
        elif role and block_order == "name" and _glued_row(line, text):
            target_of(role).append(_glued_row(line, text))  # 杨小伟广电总局副局长 among 唐军　市场监管总局副局长 rows
            continue
        elif role and cell_layout and _cell_post(line) and lone is not None:
            lone.title, lone = re.sub(r"[\s\u3000]+", "", line), None  # 组长 / 张明 / 市科协主席: a table's cells
            continue
        elif role and cell_layout and _cell_post(line) and at + 1 < len(cells) \
                and _is_name(_collapse_padding(cells[at + 1])):
            pending_post = re.sub(r"[\s\u3000]+", "", line)  # 组长 / 市科协主席 / 张明: the post's cell first
            continue
        else:
            if role:
                break  # 二、专项小组, 责任单位：…: the list has ended
            continue
        if _STARRED_ONLY.fullmatch(rest.strip()) and not any(_is_post(b) for b in _IN_BRACKETS.findall(rest)):
            group.starred_out = True
            continue  # 组长:* / 成员:*(市委办)*(市府办): every name starred out — nobody named (sdfengxin)
        target = target_of(role)
        before, lone = len(target), None
        if units:
            # 成员单位：市教育局、市科技局: each body stands for its head, no one's name
            target.extend(Member(name=None, title=re.sub(r"[\s\u3000]+", "", u)) for u in _people_of(rest) if u.strip())
            continue
        order = None  # how this line's first piece wrote a person: "name" (then the post), "post" (then the name) or ""
        pieces, cut_apart = [], set()
        for piece in _people_of(rest):
            parts = _names_apart(piece) or _run_together(piece)
            if len(parts) > 1:
                cut_apart.update(parts)  # 王波唐天社孔会琴: each piece a cut found opening with a surname is a name
            pieces.extend(parts)
        for person in _titles_onto_name(pieces):
            if not person.strip() or _BARE_BLANK.fullmatch(person.strip()):
                continue  # __x / x / XXX alone: a blank with no post says nothing
            member = Member(name=person, title=None) if person in cut_apart and len(person) <= 3 \
                else _member(person, columns=True)
            if member.name is None and not units and _name_glued_on(person):
                unsplit.append((target, member, person))
            if order == "post" and member.name and member.title is None:
                target.append(member)  # 市科协副主席 黄浩、梁婷: a name after a post-first entry is a person of its own
                continue
            if order == "name" and member.name and member.title is None and member.name[0] in _SURNAME_RANK:
                target.append(member)  # 张小建（劳动保障部副部长），雷元亮: a name after the first person is a person
                continue
            if order == "name" and target and target[-1].name and (member.name is None or member.title is None):
                # 戴　力　学会部部长、企业办主任: what follows the first title on the line is another title
                extra = member.title or member.name
                target[-1].title = "、".join(t for t in (target[-1].title, extra) if t)
                continue
            if member.name is None and target and target[-1].name:
                target[-1].title = _more_title(target[-1].title, member.title)
            else:
                target.append(member)
            if order is None:
                flat = re.sub(r"[\s\u3000]+", "", person)
                order = "" if not (member.name and member.title) else "post" if flat.endswith(member.name) else "name"
                block_order = order or block_order
        if len(target) == before + 1 and target[-1].name and target[-1].title is None:
            if pending_post:
                target[-1].title = pending_post
            else:
                lone = target[-1]
        pending_post = None
    if combined:
        group.heads.append(combined[0])
        group.deputies.extend(combined[1:])
    if unsplit and any(p.name for p in group.heads + group.deputies + group.members):
        # a list that names people: an entry that reads as a name glued on a post is neither a post alone nor, for
        # sure, that name — left out, and said (the length of the name is in doubt: 张明 / 市科协…, 王昌顺 / 交通…)
        for target, member, person in unsplit:
            if member in target:
                target.remove(member)
        group.unsplit = [re.sub(r"[\s\u3000]+", "", person) for _, _, person in unsplit]
    if not (group.heads or group.deputies or group.members) and _NUMBERED_ROLE.search(text, m.end()):
        _read_numbered_roles(text[m.end():m.end() + 6000], group)
    if not (group.heads or group.deputies or group.members):
        _read_glued_list(text[m.end():m.end() + 3000], group)
    if not (group.heads or group.deputies or group.members):
        _read_serving_in_named(text, group)
    if not (group.heads or group.deputies or group.members):
        _read_prose(body, group)
    if not (group.heads or group.deputies or group.members):
        later = _set_up(_GROUP_NAME, text, m.end())
        if later:
            # 关于成立工作领导小组的通知 / ……成立科普工作领导小组，组长由……: the title names the group, the text sets it up
            return read_leading_group(text[later.start():]) or group
    office = _OFFICE.search(text, m.start())
    if office:
        group.office = office.group(1)
    return group


def _name_glued_on(entry: str) -> bool:
    """张明市科协主席, 王昌顺交通运输部副部长: a post of four or more characters with two or three before it that could be a
    name opening with a common surname (常务副县长 is no 常务 + 副县长: a post of three)."""
    flat = re.sub(r"[\s\u3000]+", "", entry)
    if len(flat) > 40 or not _is_post(flat) or flat.startswith(("副", "正", "常务", "分管", "主要")):
        return False
    return any(_is_name(flat[:size]) and flat[0] in _SURNAME_RANK and len(flat) - size >= 4
               and not _TITLE_END.match(flat, size - 1) for size in (2, 3))


# a role's label alone on its line, a table's cell (组长 / 张明 / 市科协主席)
_LABEL_ALONE = re.compile(r"^((?:第一|常务|执行)?副\s*组\s*长|组\s*长|成\s*员|组\s*员)()$")


def _cell_post(line: str) -> bool:
    """市科协主席, 市财政局: a post or a body alone on its line, a table's cell beside a name's."""
    flat = re.sub(r"[\s\u3000]+", "", line)
    return len(flat) <= 30 and not re.search(r"[，。；：:,;]", flat) and not _is_name(flat) \
        and (_is_post(flat) or bool(_NOT_A_NAME_END.search(flat)) and len(flat) >= 3)


def _more_title(title: str | None, more: str | None) -> str | None:
    """A person's title and a further one (党组书记 + 主席 → 党组书记、主席); a body cut from its post by a page break
    (市教育局 / 副局长) is one title again."""
    if title and more and _NOT_A_NAME_END.search(title) and not _is_post(title) and re.fullmatch(_TITLE_WORDS, more):
        return title + more
    return "、".join(t for t in (title, more) if t) or None


# the words of a sentence, not of a person's row (王晓光同志兼任办公室主任)
_CLAUSE_WORDS = re.compile(r"同志|兼任|担任|出任|负责|[，。；：:,;]")


def _glued_row(line: str, text: str) -> Member | None:
    """杨小伟广电总局副局长: a row of a name-first list whose columns a page break ran together — one person, a name of
    two or three characters opening with a common surname, then a post."""
    flat = re.sub(r"[\s\u3000]+", "", line)
    if len(flat) > 40 or _CLAUSE_WORDS.search(flat) or not _is_post(flat):
        return None
    people = _glued_people(flat, text)
    if len(people) != 1 or not people[0].name or not people[0].title or len(people[0].title) < 3:
        return None
    return people[0] if _is_name(people[0].name) and people[0].name[0] in _SURNAME_RANK else None


def _read_prose(body: str, group: LeadingGroup) -> None:
    _read_role_first(body, group)
    # the two orders may share a sentence: 组长由市长担任，常务副市长任常务副组长
    _read_clauses(_ROLE_FIRST.sub(lambda found: "，" * len(found.group(0)), body), group)


# A report names the group between the verb and the role: 国务院总理李克强担任国务院西部地区开发领导小组和……领导小组组长，
# 张高丽副总理担任副组长 — the group's name is taken out of the clause, which then reads like any other
_SERVES_IN_NAMED = re.compile(rf"(担任|兼任|出任)((?:[{CJK}“”]{{2,40}}?领导小组)(?:[和、及与](?:[{CJK}“”]{{2,40}}?领导小组))*)"
                              r"(?=(?:第一|常务|执行)?副组长|组长)")


def _group_served_in(text: str) -> LeadingGroup | None:
    """A report that sets up no group and lists none, but says who serves as its 组长 (……担任……领导小组组长)."""
    if "组长" not in text:
        return None
    group = LeadingGroup(name=None)
    _read_serving_in_named(text, group)
    return group if group.heads or group.deputies or group.members else None


def _read_serving_in_named(text: str, group: LeadingGroup) -> None:
    found = _SERVES_IN_NAMED.search(text)
    if not found:
        return
    start = max(text.rfind(mark, 0, found.start()) for mark in "。；\n") + 1
    end = min((i for i in (text.find(mark, found.end()) for mark in "。；\n") if i >= 0), default=len(text))
    named = re.split(r"[和、及与](?=[^和、及与]{2,40}?领导小组)", found.group(2))[0]
    named = re.sub(r"^(?:国务院决定对|决定对|对)", "", named)
    group.name = named  # the name other rules took here runs into the clause (……李克强担任……领导小组)
    sentence = text[start:found.start()] + found.group(1) + text[found.end():end]
    _read_clauses(sentence, group, name_first=True)


# the words that mark a clause as the arrangement a change replaces (将过去由…任组长改为…, 原由…担任)
FORMER_WORDS = ("过去", "原来", "原先", "此前", "以前", "原")
_FORMER = re.compile("^(?:将)?(?:" + "|".join(FORMER_WORDS) + ")由")


def _read_clauses(body: str, group: LeadingGroup, name_first: bool = False) -> None:
    """由……任组长，……为副组长: each clause's people, with the titles written before (or after) their names."""
    for clause in _ROLE_CLAUSE.finditer(body):
        people = clause.group(1)
        if _FORMER.search(people):
            continue  # 将过去由科技副县长任组长改为常务副县长任组长: the arrangement replaced, not the group's
        people = re.sub(rf"^(由|以|其中|{_KIND}由|{_KIND})", "", people)
        if "为" in people:
            if "、" in people:
                # 各村的村主任为科技主任、村文书、……为成员: the list opens with another appointment (…为科技主任), so
                # its 成员 are of what that one names, not of the group
                continue
            people = people.rsplit("为", 1)[1]  # 改为常务副县长为组长: the one named after the last 为
        _add_people(people, getattr(group, _NAME_ROLE[clause.group(2)]), name_first)


def _add_people(people: str, target: list[Member], name_first: bool = False) -> None:
    """A clause's people, the titles written before (or after) their names."""
    previous = None
    pending_titles: list[str] = []
    for person in _one_role_or_people(_split_people(people)):
        if _UNITS_NOT_PEOPLE.search(person):
            continue  # 各有关部门为成员: bodies, not people
        member = _name_then_title(person) if name_first else None
        member = member or _member(person)
        if member.name is None and member.title:
            pending_titles.append(member.title)
            continue
        if pending_titles:
            # 党组书记、主席王建国: titles before one name are that person's
            if member.name:
                member.title = "、".join(pending_titles + ([member.title] if member.title else []))
            else:
                target.extend(Member(name=None, title=t) for t in pending_titles)
            pending_titles = []
        # 副主席刘强、李红: the title before a list of names is everyone's
        if member.title is None and previous is not None and previous.title and previous.name:
            member.title = previous.title
        target.append(member)
        previous = member
    target.extend(Member(name=None, title=t) for t in pending_titles)


# A list whose line breaks a page lost: the role labels inside one line and each name glued to its title
# (组长:张高丽国务院副总理副组长:姜大明国土资源部部长丁向阳国务院副秘书长…成员:…).
_INLINE_LABEL = re.compile(r"(?<=[\u4e00-\u9fff])((?:第一|常务|执行)?副组长|组长|成员)[:：]")
_RUN_END = re.compile(r"[。；\n]|[一二三四五六七八九十]、")


# a site's anti-copy dots between the characters of a title (外交部.党.委.书.记.、副部长)
_DOTTED = re.compile(r"(?<=[\u4e00-\u9fff])[.。·](?=[\u4e00-\u9fff][.。·]|、)")


def _read_glued_list(text: str, group: LeadingGroup) -> None:
    if len(_INLINE_LABEL.findall(text)) < 2:
        return
    text = _DOTTED.sub("", text)
    labels = list(_INLINE_LABEL.finditer(text))
    for k, label in enumerate(labels):
        end = labels[k + 1].start() if k + 1 < len(labels) else len(text)
        stop = _RUN_END.search(text, label.end(), end)
        run = re.sub(r"[\s\u3000.·]", "", text[label.end():stop.start() if stop else end])
        target = getattr(group, _NAME_ROLE[label.group(1)])
        target.extend(_glued_people(run, text))


def _glued_people(run: str, text: str) -> list[Member]:
    """Split 姜大明国土资源部部长丁向阳国务院副秘书长 into people: a name of two or three characters, then a title that
    ends with a title's last word. Where the name's length is in doubt, the title is the one whose opening words
    the text uses again (国务院 is named elsewhere, 阳国务 is not)."""
    out: list[Member] = []
    pos = 0
    while pos < len(run):
        best = None
        for size in (3, 2):
            start = pos + size
            ends = [m.end() for m in _TITLE_END.finditer(run, start + 1)]
            ends = [e for e in ends if e - start >= 2]
            if not ends:
                continue
            end = _title_end(run, start, ends)
            word = _TITLE_END.search(run, start)
            # the body a title names before its last word is seldom one character or two (能源局, not 源局)
            body = word.start() - start if word else 0
            score = (body == 0 or body >= 3, text.count(run[start:start + 2]))
            if best is None or score > best[0]:
                best = (score, pos, start, end)
        if best is None:
            break
        _, name_at, title_at, end = best
        out.append(Member(name=run[name_at:title_at], title=run[title_at:end]))
        pos = end
    return out if len(out) >= 1 and pos >= len(run) - 1 else []


def _title_end(run: str, start: int, ends: list[int]) -> int:
    """The first title word after which a new person can start (副部长 goes on 部长: 外交部党委书记、副部长)."""
    for e in ends:
        if e >= len(run) or run[e] not in "、和及" and not _TITLE_END.match(run, e):
            return e
    return ends[-1]
