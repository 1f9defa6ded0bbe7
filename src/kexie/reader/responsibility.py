"""Who answers for an item: 牵头领导, 责任领导, 责任科室, 牵头单位, 配合单位 and their kin, read from its text."""

from __future__ import annotations

import re

from . import patterns as P
from .model import Responsibility

# Role words as written in plans → the field they fill. 责任单位/承办单位 are "units" whose role depends on
# whether the item also names a 牵头单位 (then they are partners).
ROLE_WORDS = {
    "牵头领导": "lead_leaders", "牵头市领导": "lead_leaders", "牵头省领导": "lead_leaders", "牵头校领导": "lead_leaders",
    "领衔领导": "lead_leaders", "包抓领导": "lead_leaders",
    "责任领导": "responsible_leaders", "分管领导": "responsible_leaders", "责任市领导": "responsible_leaders",
    "分管市领导": "responsible_leaders", "分管负责人": "responsible_leaders", "具体负责领导": "responsible_leaders",
    "责任科室": "departments", "责任部门": "departments", "责任处室": "departments", "责任部室": "departments",
    "承办科室": "departments", "承办处室": "departments", "承办部门": "departments", "牵头科室": "departments",
    "牵头处室": "departments", "牵头部室": "departments", "具体承办": "departments",
    "牵头单位": "lead_units", "牵头部门": "lead_units", "主责单位": "lead_units",
    "责任单位": "units", "承办单位": "units", "实施单位": "units", "落实单位": "units",
    "配合单位": "partner_units", "参与单位": "partner_units", "协办单位": "partner_units", "配合部门": "partner_units",
    "协同单位": "partner_units", "协助单位": "partner_units",
    # 项目负责人：陈荷叶、徐少玲, （负责人：张x9月18日）: who answers for the item, a person or the issuer's own group
    "负责人": "people", "项目负责人": "people", "总负责人": "people", "分项负责人": "people", "责任人": "people",
    # 协助人员：王某、李某 beside an activity's 负责人 help, they do not answer for it: a label that names no one
    "协助人员": "helpers", "协助人": "helpers",
}
# The family of role words a plan may write instead (负责部门：教科室, 负责单位：, 配合科室：): how the role begins × the kind
# of body it names. Offices (科室, 处室, 部室; 部门 where the role is to answer for it) are the issuer's departments; 单位 is
# a unit, a lead or a partner as its role says. The words written out above keep their own reading.
ROLE_FAMILY = {"责任": "units", "负责": "units", "承办": "units", "牵头": "lead_units",
               "配合": "partner_units", "参与": "partner_units", "协办": "partner_units", "协同": "partner_units",
               "协助": "partner_units"}
# 参加单位 of an event are those who attend it (参加单位：各……成员单位), no partners in its work: no role word
OFFICE_KINDS = ("科室", "处室", "部室", "部门")
for _start, _role in ROLE_FAMILY.items():
    for _kind in ("单位",) + OFFICE_KINDS:
        _own = _kind in OFFICE_KINDS and _role == "units"
        ROLE_WORDS.setdefault(_start + _kind, "departments" if _own else _role)
# 主办单位 is no role word of the spec (nothing); a 承办/协办单位 line inside an item is that item's responsibility, also
# beside a 主办单位 line (spec-literal since round 17); a role word on a line of its own under an activity's name
# (…演出活动 / 责任单位：市科协) is the activity's
# labels of no role (a host, an event's attendees, a guide) that end the role's value before them
OTHER_UNIT_LABELS = ("主办单位", "参加单位", "指导单位")
_HOST_LABEL = re.compile("(?:" + "|".join(OTHER_UNIT_LABELS) + r")\s*[:：]")
TIME_WORDS = ("完成时限", "完成时间", "时间节点", "时间安排", "办结时限", "时限要求", "时限")
_ROLE_RE = re.compile("(" + "|".join(sorted(ROLE_WORDS, key=len, reverse=True)) + r")\s*[:：]\s*")
_TIME_RE = re.compile("(" + "|".join(TIME_WORDS) + r")\s*[:：]\s*([^；;。）)\n]+)")
# Vague tails dropped from a name (市科技局等相关部门 → 市科技局, 举办市科学技术协会及其它相关机构 → 举办市科学技术协会):
# a connector, perhaps a word that says "the others", and a kind of body that names none in particular. After 等 both
# may be left out (市科技局等); after 及/和/以及/与 the "others" word must be there (市发展和改革委员会 stays whole).
VAGUE_CONNECTORS = ("以及", "及", "和", "与")
VAGUE_OTHERS = ("各相关", "各有关", "其他相关", "其它相关", "其他有关", "其它有关", "其他各", "其它各", "其他", "其它", "相关",
                "有关", "各")
VAGUE_KINDS = ("成员单位", "部门", "单位", "机构", "科室", "处室", "部室", "方面")
_OTHERS = "|".join(sorted(VAGUE_OTHERS, key=len, reverse=True))
_KINDS = "|".join(sorted(VAGUE_KINDS, key=len, reverse=True))
_VAGUE_TAIL = re.compile(rf"(?:等(?:{_OTHERS})?(?:{_KINDS})?|(?:{'|'.join(VAGUE_CONNECTORS)})(?:{_OTHERS})(?:{_KINDS})"
                         rf"|(?:以及|及)(?:其他|其它)|(?:相关|有关)(?:{_KINDS}))$")
# an entry that is only such a tail (市教育局、各相关单位): dropped after a named body, kept alone (各有关单位 acts)
_VAGUE_ENTRY = re.compile(rf"^(?:{_OTHERS})(?:{_KINDS})$")
# "the first named leads" notes of government task lists (排在第一位的为牵头单位)
_FIRST_LEADS = re.compile(r"[（(]?[^（）()，,；;、。]{0,16}(第一|首位)[^（）()，,；;、。]{0,8}牵头[^（）()，,；;、。]{0,12}[）)]?")
_FIRST_LEADS_CUE = re.compile(r"(第一|首位)[^（）()，,；;、。]{0,8}牵头")
# Words that stand for nobody in particular; 各有关单位 and 各区、县级市 do name who must act, so they stay.
_PLACEHOLDER = re.compile(r"^(全体)?(相关|有关)?(部门|单位|科室)$|^各(部门|单位|科室)$|^按职责分工负责$|^分别负责$")
# 各分赛区相关科技场馆承办（申报确定）, 承办单位：（待定）: bodies still to be chosen name nobody yet
_TO_BE_CHOSEN = re.compile(r"[（(][^（）()]{0,8}(?:待定|确定|另定|另行通知)[）)]$|^待定$")
# 各区、县级市: a level of government after 各……、 is part of the same unit
_BEFORE_EACH = re.compile(r"(?<=[\u4e00-\u9fff）])[和及](?=各)")
_LEVEL_ONLY = re.compile(r"^(县级市|县（市、区）|县（区）|区|县|市|乡镇|镇|街道|旗)(?:人民政府|政府)?$")


# a last name cut after its first character, perhaps inside the pinyin gloss a copy adds after it (團(tuá)
_CUT_LAST = re.compile(r"[\u4e00-\u9fff](?:[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*)?")


_BY_IS = re.compile(r"^(由|是)")
_TASK_WORD_AFTER = re.compile(r"(负责|牵头|同志|落实|按职责分工负责)$")
# 由自治区科协学会部、科技服务中心有关人员负责: a body's staff (有关人员, 工作人员) answer as that body
_STAFF_TAIL = re.compile(r"(?<=[\u4e00-\u9fff）)]{2})(?:(?:有关|相关)(?:工作)?人员|工作人员)$")
_AND_SPLIT = re.compile(r"[和及与]")


_SPACES = re.compile(r"[ \u3000\t]+")


def _spaced_bodies(piece: str) -> list[str]:
    if " " not in piece and "\u3000" not in piece and "\t" not in piece:
        return [piece]
    parts = _SPACES.split(piece.strip())
    return parts if len(parts) > 1 and all(is_body(p) for p in parts) else [piece]


def _noted_body(name: str) -> bool:
    """人事处（宣教办）, 教育中心: a body as prose names it, perhaps with its other name in a bracket after it."""
    core = _NAME_NOTE.sub("", name)
    return len(core) > 2 and (is_body(core) or bool(P.ORG_LINE.fullmatch(core)))


def _names(value: str) -> list[str]:
    if "牵头" in value:
        value = _FIRST_LEADS.sub("", value)
    out = []
    pieces = P.split_names(value)
    for i in range(len(pieces) - 1, 0, -1):
        if _LEVEL_ONLY.match(pieces[i]) and pieces[i - 1].startswith("各"):
            pieces[i - 1:i + 1] = [pieces[i - 1] + "、" + pieces[i]]
    # 宿舍服务部及各学院学生会: 和/及 before 各 joins two bodies (市发展和改革委员会 stays whole)
    pieces = [part for piece in pieces for part in _BEFORE_EACH.split(piece) if part]
    # 市教育局 市财政局 市人社局: a table's cell or a copy separates bodies by spaces (each part must be a body; 张　三
    # padded apart is one name)
    pieces = [part for piece in pieces for part in _spaced_bodies(piece)]
    for name in pieces:
        name = _BY_IS.sub("", name)
        name = _TASK_WORD_AFTER.sub("", name)
        if name.endswith("人员"):
            name = _STAFF_TAIL.sub("", name)
        cleaned = _VAGUE_TAIL.sub("", name)
        # 各有关单位, 市级各有关部门 are the units themselves (the tail is all that names them)
        name = cleaned if cleaned and not cleaned.endswith("各") else name
        # 和/及 join two names only when both sides are short names (雷洪和史廷昌)
        parts = _AND_SPLIT.split(name)
        if len(parts) == 2 and (all(1 < len(p) <= 4 for p in parts) or all(_noted_body(p) for p in parts)):
            out.extend(parts)
        elif name and not _PLACEHOLDER.match(name) and not _TO_BE_CHOSEN.search(name):
            out.append(name)
    if len(out) > 1 and _VAGUE_ENTRY.match(out[-1]):
        out = [n for n in out if not _VAGUE_ENTRY.match(n)] or out  # 市教育局、各相关单位: the named body
    if len(out) > 1 and _CUT_LAST.fullmatch(out[-1]) and value.rstrip().endswith(out[-1]):
        out.pop()  # ……、縣婦聯、團 at the copy's end: a last name cut after its first character is no body
    return out


# an activity's next labelled line (责任单位：区科技局 / 时间：5月15日上午 / 地点：……), run onto the role's line where a
# copy lost the line break or the space between them: its label ends the role's names
# (参与单位：……、各县局 / 责任分工：市气象学会负责……: the activity's division of work, prose under its own label)
NEXT_LABELS = ("时间", "地点", "日期", "议程", "内容", "对象", "形式", "要求", "备注", "联系人", "联系电话", "电话", "责任分工",
               "任务分工", "职责分工")
_NEXT_LABEL = tuple(label + colon for label in NEXT_LABELS for colon in "：:")


def _bodies_on_lines(rest: str) -> list[str]:
    """协办单位：福建拓天生物科技有限公司 / 福建省麒麟减防灾救援服务中心: the role's further bodies, one a line, each a
    whole body's name; a name over a date is the signature, which ends the list."""
    lines = [ln.strip() for ln in rest.split("\n") if ln.strip()]
    out = []
    for k, line in enumerate(lines):
        if len(line) > 30 or not P.ORG_LINE.fullmatch(line) or k + 1 < len(lines) and P.DATE_LINE.fullmatch(lines[k + 1]):
            break
        out.append(line)
    return out


def _annotation_value(value: str) -> str:
    """The names after a role word: up to ；。, the bracket that closes the annotation, or the next line's label."""
    depth = 0
    for i, ch in enumerate(value):
        if ch in "（(【[":
            depth += 1
        elif ch in "）)】]":
            if depth == 0:
                return value[:i]
            depth -= 1
        elif ch == "\n" and depth == 0:
            more = _bodies_on_lines(value[i:])
            return value[:i] + "、" + "、".join(more) if more else value[:i]
        elif ch in "；;。" and depth == 0:
            return value[:i]
        elif depth == 0 and (value.startswith(TIME_WORDS, i) or value.startswith(_NEXT_LABEL, i)):
            return value[:i]
    return value


# （陈懋老师负责）: a person, by the title a school or an office calls them, is no body
PERSON_TITLES = ("老师", "教师", "同志", "先生", "女士", "校长", "主任", "书记", "局长", "部长", "处长", "科长", "组长", "会长",
                 "秘书长", "主席", "经理")
_PERSON_TITLED = re.compile("(?:" + "|".join(PERSON_TITLES) + ")$")
# (市科协、市教育局、市文明办按职责分工负责), (市科技局牵头，市财政局配合): the bodies in a bracket after the item
# (……牵头，……按职责分工负责，各市、县〔区〕落实): a last clause that leaves the work to each place below (各……落实) names
# no body; the bracket's bodies are read without it
_EACH_PLACE_CARRIES = r"(?:[，,]各(?:[^（）()，,。；;：:]|（[^（）()]{1,6}）){1,16}?(?:组织落实|抓好落实|落实|组织实施))?"
_BRACKET_ASSIGNS = re.compile(r"（((?:[^（）：:]|（[^（）：:]{1,12}）){2,200}?)(按职责分工负责|按职责分工落实|分别负责"
                              r"|共同负责|负责落实|负责|牵头|配合|参与|参加|协助|协同|承办|协办)" + _EACH_PLACE_CARRIES + "）")
# the verbs by which bodies named after a lead take their part: (市科协牵头，各有关单位按职责分工负责) — they partner;
# 由校社联牵头，校外语协会承办: a host or co-host named after a lead partners too (承办单位 and 协办单位 beside a 牵头单位
# are partner_units)
PARTNER_VERBS = ("按职责分工负责", "按职责分工落实", "按职责负责", "分别负责", "共同负责", "配合", "参与", "参加", "协助", "协同",
                 "承办", "协办", "负责")
_PARTNER_VERB = "|".join(PARTNER_VERBS)
_LEADS_THEN_PARTNERS = re.compile(rf"^(.+?)牵头(?:负责)?(?:[，,、；](.+?)(?:{_PARTNER_VERB}))?$")
# 此项工作由市教育局负责。, 请市科技局牵头: the body the sentence names; 由……负责解释 is a regulation's formula
# (a template masks the place a body is named by: 由XXX乡党委和政府负责, 由××镇政府牵头)
# 由 in its other senses assigns nothing (由于, 由此, 由衷, 由来, 由浅入深); a copy's half-width stops end a clause too
NOT_ASSIGNING_BY = ("于", "此", "衷", "来", "浅")
# (由省科协所属相关省级学会、学科群，部分市科协承办（见附件）: a writer may part the list's last entry by a comma, and
# a bracketed note may follow the verb; a comma before another 由/请 starts a clause of its own)
_PROSE_ASSIGNS = re.compile(r"(?:由(?!" + "|".join(NOT_ASSIGNING_BY) + r")|请)"
                            r"((?:[Xx×＊*]{2,4})?(?:[\u4e00-\u9fff、（）]|[，,](?![由请])){2,40}?)"
                            r"(?:负责(?=[。；，,.;]|$)|牵头|承办(?=[。；，,.;（(]|$))")
# (大赛由湖北省青少年科技中心承办。: the body that hosts the whole of it, as a 承办单位 label says, leads)
# ……牵头、跨部门协作的, ……牵头组织的: the phrase goes on to 的, so it qualifies a noun (……牵头组织开展全市的科普活动
# gives the work)
_ATTRIBUTIVE = re.compile(r"(?:、[^，。；,;.\n、]{0,12}?|组织|举办|开展|实施|负责)?的")
_MASKED_PLACE = re.compile(r"^[Xx×＊*]{2,4}")
# a clause's verb before a comma: what precedes it is a clause (由市科协主办，), no entry of a list of bodies
_CLAUSE_VERB_END = re.compile(r"(?:主办|协办|承办|组织|指导|负责|牵头|配合|支持|参与|实施|开展|发起|举办)$")
# 由各巡视督导组分别负责: how the bodies share the work (分别, 共同), said between them and 负责
_HOW_THEY_ANSWER = re.compile(r"(?:分别|共同|具体)$")
# 各巡视督导组, 各检查组: the teams the issuer sends out, each a group of its own (no 领导小组, no recipients' 各县科协)
_EACH_OWN_TEAM = re.compile(rf"各[{P.CJK}]{{2,8}}(?<![小专])组")
# an item that opens with its office: 市科协办公室负责报送材料的收集、整理、上报等工作 (its 负责人, 负责同志 is a person
# who attends or speaks: 市科协科普部负责同志介绍了……)
_OFFICE_FIRST = re.compile(r"^((?:(?![由请将对])[\u4e00-\u9fff]){2,16}?(?:办公室|部|处|科|室))负责(?!人|同志)")
# an item that opens with another body and 负责: 1.市科技馆负责……的组织实施工作, 2.各县（市、区）科协负责……
_BODY_FIRST = re.compile(r"^((?:(?![由请将对])[\u4e00-\u9fff（）()、]){2,16}?)负责(?!人|同志)")
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")


# 一、组织实施 / 中国科协调研宣传部负责……。中国科协创新战略研究院（以下简称“创新院”）负责……。: under a label heading,
# a paragraph whose sentences each open with a body and 负责 divides the work among them
_LABEL_HEADING = re.compile(r"^[\u4e00-\u9fff]{2,8}\s*\n")
_SHORT_NAME_NOTE = re.compile(r"[（(]以下简称[^（）()]{1,12}[）)]")


def _read_division_of_work(text: str, r: Responsibility) -> None:
    if not _LABEL_HEADING.match(text):
        return
    paragraph = text.split("\n", 1)[1].strip().split("\n", 1)[0]
    for sentence in re.split(r"(?<=[。；;])", _SHORT_NAME_NOTE.sub("", paragraph)):
        office = _OFFICE_FIRST.match(sentence)
        if office and not _NOT_A_NAMED_BODY.match(office.group(1)):
            target = r.lead_units if _PARTY_DEPARTMENT.match(office.group(1)) else r.departments
            if office.group(1) not in target:
                target.append(office.group(1))
            continue
        body = _body_first(sentence)
        if body and body not in r.lead_units:
            r.lead_units.append(body)


def _body_first(text: str) -> str | None:
    m = _BODY_FIRST.match(text)
    if not m or _NOT_A_NAMED_BODY.match(m.group(1).lstrip("各")):
        return None
    name = m.group(1).replace("(", "（").replace(")", "）")
    core = _BRACKETED.sub("", name)  # 各县（市、区）科协: each county's association
    if core.startswith("各") and name.startswith("各"):
        # 各县区（开发区）科协经发办: each recipient's own office is theirs, not the issuer's
        each = core[1:]  # (各单位, 各部门 name nobody)
        return name if P.ORG_LINE.fullmatch(each) or len(each) > 2 and not _PLACEHOLDER.match(core) and is_body(each) \
            else None
    if _is_own_office(m.group(1)):
        return None
    return name if P.ORG_LINE.fullmatch(core) or P.SHORT_ORG.fullmatch(core) else None


# ……相关单位推荐产生。各县区（开发区）科协经发办负责本地区有关单位推荐。: a later sentence of the item that gives the
# recipients' bodies (各…) their part with 负责 assigns the item to them, as the item's first sentence would; a later
# sentence naming one body (市人民政府负责领导……的实施工作) tells who leads the whole, and is left alone
_SENTENCE_START = re.compile(r"(?<=[。；;])\s*(?=各)")


def _later_body_first(text: str) -> str | None:
    for m in _SENTENCE_START.finditer(text):
        body = _body_first(text[m.end():])
        if body:
            return body
    return None


# an item that closes with its office: 1.宣传横幅（……），政教处负责
# (由区科协组织各镇……, 报名人员由市科技局统一进行组织筛选, 由市科协负责组织实施: the clause's subject, a few words, may
# stand before 由; the verb that gives X the work follows X)
PROSE_ORGANISING_VERBS = ("统一", "负责", "组织")
_PROSE_ORGANISES = re.compile(r"(?:^|(?<=[。；，,]))[^。；，,\n由]{0,8}由([\u4e00-\u9fff]{2,6}?)(?:"
                              + "|".join(PROSE_ORGANISING_VERBS) + r")(?!的|人|同志|者|部)")
# (由县委组织部行文: 组织部 is the body's department, no verb; 由……组织的活动, 负责人, 负责同志 name, they give no work)
# 由团支部组织、动员、征稿、上报, 由学会办公室承办: one of the issuer's own offices given the item's work by a verb of the
# table (a run of verbs joined by 、 may follow); 由……组织的活动 names what was done, 由……组成/提供 no work of its own
# (由科技处抽取调查对象, 填答码由科技处发送给各单位: the office does a step of the item's work)
OFFICE_TASK_VERBS = ("组织实施", "负责落实", "负责实施", "负责组织", "组织", "承办", "实施", "落实", "抽取", "发送", "汇总",
                     "统计", "审核", "收集", "整理", "报送", "上报", "统筹", "协调", "督促", "通知", "发放")
_OFFICE_TASKED = re.compile(r"(?:^|(?<=[。；，,.;：:]))[^。；，,.;：:\n]{0,16}?由(?!" + "|".join(NOT_ASSIGNING_BY) + r")"
                            r"([\u4e00-\u9fff]{2,12}?)(?:负责)?(?:" + "|".join(OFFICE_TASK_VERBS) + r")(?![的者])")
# an item that closes with a school's student society: ……，行知科普社负责
_SOCIETY_LAST = re.compile(r"[，,]((?:(?![由请将对])[\u4e00-\u9fff]){1,8}?(?:社|社团))负责(?:[。；;]?$)")
_OFFICE_LAST = re.compile(r"[，,]((?:(?![由请将对])[\u4e00-\u9fff]){2,10}?(?:办公室|处|室|部|科))负责(?:[。；;]?$)")
# an association's own office (市科协办公室, 学会学术部) is a department of the issuer, not a unit
_ASSOCIATION_OFFICE = re.compile(r"(?:科协|学会|协会|研究会)(?:办公室|秘书处|[^办]{1,6}?(?:部|处|室))$")
# a unit or office the issuer names as its own (学会办公室, 科普部, 编辑部): a department, not a unit
_OWN_OFFICE = re.compile(r"(办公室|部|处|科|室|编辑部)$")
# a township's or county's station (农技站, 乡林业站, 农机站): a unit where prose says it leads (由农技站牵头组织……)
_STATION = re.compile(r"[\u4e00-\u9fff]{1,6}站")
_NAME_NOTE = re.compile(r"[（(][^（）()]{1,8}[）)]$")
_NOT_A_NAMED_BODY = re.compile(r"^(牵头|相关|有关|各|该|本|领导小组|工作小组|专项小组)")


# 请学工办提前20分钟完成……, 请院办做好……，请新媒体中心做好……: a notice asks its own offices, by their short names,
# to do a task; the office is a department of the issuer (a body with its level or its kind, 请市科技局牵头, is not)
OFFICE_ENDS = ("办公室", "办", "处", "部", "科", "室", "中心", "秘书处", "编辑部")
# 请《学报》编辑部领导参加: an office asked to send its head to a meeting answers for going (its name may open with the
# title of what it edits)
TASK_VERBS = ("提前", "做好", "负责", "完成", "组织", "协助", "配合", "统筹", "安排", "准备", "落实", "及时",
              "领导参加", "领导出席", "负责同志参加", "派人参加")
_OFFICE_ASKED = re.compile(rf"(?:^|(?<=[，。；,;]))请((?:《[^《》]{{1,12}}》)?(?:(?!各|相关|有关|全体|本|参加|与会|于)[{P.CJK}]){{1,10}}?"
                           rf"(?:{'|'.join(OFFICE_ENDS)}))(?={'|'.join(TASK_VERBS)})")


def _asked_offices(text: str) -> list[str]:
    out: list[str] = []
    for m in _OFFICE_ASKED.finditer(text):
        if m.group(1) not in out:
            out.append(m.group(1))
    return out


# ……开好局。（各成员单位）: a bracket after the item's sentence that holds only the bodies who are to act, without a role
# word; 各 names several bodies, so it is no writer's byline (（黄石市科协） under a briefing's item is)
_BARE_BODIES = re.compile(r"[。；;]\s*[（(](各[^（）()：:，,。；;]{2,30})[）)]")


def _bare_bodies(text: str) -> list[str]:
    out: list[str] = []
    for m in _BARE_BODIES.finditer(text):
        names = _names(m.group(1))
        if names and all(n.startswith("各") and _BODY_WORD.fullmatch(n[1:]) for n in names):
            out.extend(n for n in names if n not in out)
    return out


# 黄晟为科技分管领导: prose that makes a person the item's leader with the role word (the field it covers between)
PROSE_LEADER_ROLES = ("分管领导", "责任领导", "牵头领导", "包抓领导", "领衔领导")
_PROSE_LEADER = re.compile(rf"(?:^|(?<=[。；;，,]))([{P.CJK}]{{2,4}}?)(?:同志)?为[{P.CJK}]{{0,6}}?"
                           rf"({'|'.join(PROSE_LEADER_ROLES)})(?=[，,。；;]|$)")


def _unlabelled(text: str) -> Responsibility | None:
    """Responsibility written without a role word's colon: the bodies (below), and a leader named in prose."""
    r = _unlabelled_bodies(text)
    for m in (_PROSE_LEADER.finditer(text) if "领导" in text and any(w in text for w in PROSE_LEADER_ROLES) else ()):
        if is_body(m.group(1)) or _NOT_A_NAMED_BODY.match(m.group(1)):
            continue
        r = r or Responsibility()
        target = getattr(r, ROLE_WORDS[m.group(2)])
        if m.group(1) not in target:
            target.append(m.group(1))
    return r


# 据了解，该项目由省科技厅牵头，省财政厅配合实施 / 记者从市科协获悉，……由市科协负责组织: a sentence that says what a
# reporter learned is a news page's narrative of who does the work, not an item that assigns it (work a summary or a
# 工作要点 reports done, 市卫健委牵头，会同市教体局起草了……, stays read, as the golds read it); a bracket after the item
# assigns it whatever the sentence says
# a sentence that tells how an event went (吸引了200余名群众参与, 共发放宣传资料3000余份) reports it held, like a reporter's
OUTCOME_WORDS = ("吸引了", "共发放", "累计发放", "发放宣传资料", "圆满落幕", "圆满结束", "落下帷幕", "取得圆满成功")
_REPORTED = re.compile("据了解|了解到|据悉|获悉|记者从|" + "|".join(OUTCOME_WORDS))
_SENTENCE = re.compile(r"[^。；;\n]+")


def _without_reported(text: str) -> str:
    """The text with each sentence a reporter tells blanked out (its stop kept, so no sentence opens the item)."""
    if not _REPORTED.search(text):
        return text
    return _SENTENCE.sub(lambda m: "。" if _REPORTED.search(m.group(0)) else m.group(0), text)


def _unlabelled_bodies(text: str) -> Responsibility | None:
    """Responsibility written without a role word: a bracket after the item, or prose (由……负责, 请学工办做好……)."""
    bare = _bare_bodies(text) if "（各" in text or "(各" in text else []
    if bare:
        return Responsibility(lead_units=bare)
    asked = _asked_offices(text) if "请" in text else []
    if "负责" not in text and "牵头" not in text and "落实" not in text and "由" not in text:
        return Responsibility(departments=asked) if asked else None  # every form below says one of these
    r = Responsibility()
    for m in (_BRACKET_ASSIGNS.finditer(text) if "（" in text else ()):
        inner = m.group(1) + m.group(2)
        both = _LEADS_THEN_PARTNERS.match(inner)
        if both:
            r.lead_units.extend(n for n in _names(both.group(1)) if n not in r.lead_units)
            r.partner_units.extend(n for n in _names(both.group(2) or "") if n not in r.partner_units)
        elif "负责" in m.group(2) or "落实" in m.group(2):
            people = [p for p in P.split_names(m.group(1)) if _PERSON_TITLED.search(p)]
            r.lead_units.extend(n for n in _names(m.group(1)) if n not in r.lead_units
                                and not any(p.startswith(n) for p in people))
    text = _without_reported(text)  # the prose forms below, outside a bracket
    first = _OFFICE_FIRST.match(text) if not r else None
    if first and not _NOT_A_NAMED_BODY.match(first.group(1)):  # 领导小组办公室负责日常事务: the group's own workings
        (r.lead_units if _PARTY_DEPARTMENT.match(first.group(1)) else r.departments).append(first.group(1))
    body = _body_first(text) if not r and not first else None
    if not r and not first and not body and "负责" in text:
        body = _later_body_first(text)
    if body:
        r.lead_units.append(body)
    last = _OFFICE_LAST.search(text) if not r else None
    if last and not _NOT_A_NAMED_BODY.match(last.group(1)) and _is_own_office(last.group(1)):
        r.departments.append(last.group(1))  # 宣传横幅（……），政教处负责: the clause that closes the item names the office
    if not r and "\n" in text:
        _read_division_of_work(text, r)
    society = _SOCIETY_LAST.search(text) if not r else None
    if society:
        r.lead_units.append(society.group(1))  # 校区布置科普知识宣传画报，科普社负责: a student society is no office
    if not r and "牵头" in text:
        _read_prose_lead(text, r)
    if not r and ("由" in text or "请" in text):
        for m in _PROSE_ASSIGNS.finditer(text):
            if _ATTRIBUTIVE.match(text, m.end()):
                continue  # 建立由市科协牵头、跨部门协作的……纲要: a phrase that describes a thing, no work given
            names = _names(_HOW_THEY_ANSWER.sub("", m.group(1)))
            cores = [_MASKED_PLACE.sub("", _NAME_NOTE.sub("", name)) for name in names]  # 学术交流部（国际）: an office
            named = [not _NOT_A_NAMED_BODY.match(core) and (
                P.ORG_LINE.fullmatch(core) or _OWN_OFFICE.search(core) or P.SHORT_ORG.fullmatch(core)
                or is_body(core) and not core.endswith("单位") or m.group(0).endswith("牵头") and _STATION.fullmatch(core))
                for core in cores]
            if "，" in m.group(1) or "," in m.group(1):
                if not (named[0] and named[-1]) or any(_CLAUSE_VERB_END.search(core) for core in cores):
                    continue  # 由市科协组织，县科协负责 / 由市科协主办，市科技馆承办: the comma closed a clause
                # 学会、学科群，部分市科协: an entry between two bodies of one list is a body of the list too
                named = [ok or 0 < i < len(named) - 1 and not _NOT_A_NAMED_BODY.match(cores[i])
                         for i, ok in enumerate(named)]
            for name, core, ok in zip(names, cores, named):
                if _EACH_OWN_TEAM.fullmatch(core):
                    if name not in r.departments:
                        r.departments.append(name)  # 由各巡视督导组分别负责: the issuer's own teams, each its share
                    continue
                if not ok:
                    continue
                target = r.departments if _is_own_office(core) else r.lead_units
                if name not in target:
                    target.append(name)
    if not r and "领衔" in text:
        _read_led_and_coordinated(text, r)
    if not r and "由" in text:
        for m in _OFFICE_TASKED.finditer(text):
            if _is_own_office(m.group(1)) and not _NOT_A_NAMED_BODY.match(m.group(1)) \
                    and m.group(1) not in r.departments:
                r.departments.append(m.group(1))
    if not r and "由" in text:
        # 由区科协组织各镇、街、园对……进行内容更换: a body by its level and kind (区科协, 市科协) that organises the item
        for m in _PROSE_ORGANISES.finditer(text):
            if P.SHORT_ORG.fullmatch(m.group(1)) and m.group(1) not in r.lead_units \
                    and not _ATTRIBUTIVE.match(text, m.end()):  # 由县科协负责实施的项目: a thing described
                r.lead_units.append(m.group(1))
    if not r and "配合" in text and "由" in text:
        _read_assisting(text, r)
    if not r and asked:
        r.departments.extend(asked)
    return r if r else None


# 由协调处、宣教办配合工会、共青团、妇联、教育、交通运输和公安消防等部门开展: the bodies after 配合 carry the item and
# those after 由 assist them (the issuer's own offices as its departments); a list that closes on 等部门 says its
# entries are bodies even where it names them by their field (教育, 交通运输)
CARRYING_VERBS = ("开展", "实施", "组织实施", "做好", "完成", "落实")
_ASSISTING = re.compile(rf"由([{P.CJK}、（）]{{2,40}}?)配合([{P.CJK}、（）]{{2,80}}?)(等(?:{_OTHERS})?(?:{_KINDS}))?"
                        rf"(?:共同)?(?:{'|'.join(CARRYING_VERBS)})")


def _read_assisting(text: str, r: Responsibility) -> None:
    m = _ASSISTING.search(text)
    if not m:
        return
    helpers, carriers = _bodies(m.group(1)), _names(m.group(2))
    if not helpers or not carriers or not m.group(3) and not all(is_body(n) for n in carriers):
        return
    for name in helpers:
        target = r.departments if _is_own_office(name) else r.partner_units
        if name not in target:
            target.append(name)
    r.lead_units.extend(n for n in carriers if n not in r.lead_units)


# 由校长室领衔，办公室、教导处、团委、总务处、科学教研组协调……: an office of the issuer leads and its peers coordinate —
# all of them the issuer's own departments (a body named with its level, 市科技局, stays a unit)
_LED_AND_COORDINATED = re.compile(r"由([\u4e00-\u9fff]{2,10}?)领衔[，,]([\u4e00-\u9fff、]{2,60}?)(?:协调|配合|协助|参与)")


def _read_led_and_coordinated(text: str, r: Responsibility) -> None:
    m = _LED_AND_COORDINATED.search(text)
    if not m or not _is_own_office(m.group(1)):
        return
    r.departments.append(m.group(1))
    for name in _names(m.group(2)):
        if P.ORG_LINE.fullmatch(name) and not _is_own_office(name):
            r.partner_units.append(name)
        elif name not in r.departments:
            r.departments.append(name)


# 市委宣传部, 县区委组织部: a party committee's department, named with its level, is a body of its own, no office of the
# issuer (the golds read it as a unit wherever it stands)
_PARTY_DEPARTMENT = re.compile(r"^[\u4e00-\u9fff]{0,6}?(?:省|市|州|县|区|旗)委(?!员)[\u4e00-\u9fff]{1,8}(?:部|办公室|办)$")


# 宣教办, 暗访办: an office by its short name, without a level (区人居办 is the district's), is the issuer's own
_OWN_SHORT_OFFICE = re.compile(rf"(?![{P.ADMIN_LEVELS}各])[{P.CJK}]{{1,3}}办")


def _is_own_office(name: str) -> bool:
    if _PARTY_DEPARTMENT.match(name):
        return False
    return bool(_OWN_SHORT_OFFICE.fullmatch(name) and P.SHORT_OFFICE.fullmatch(name) or _OWN_OFFICE.search(name) and not P.ORG_LINE.fullmatch(name)
                or name.endswith(("办公室", "编辑部")) and not re.match(r"^.{0,6}(省|市|县|区|州)", name)
                or _ASSOCIATION_OFFICE.search(name))


# A body as prose names it: 市教体局, 各县区科技局, 县科协, 县区委宣传部, 科协 (a bare kind after 和: 县区委宣传部和科协)
BODY_KINDS = ("部", "处", "科", "室", "办", "团委", "联", "工会", "科协", "学会", "协会", "单位", "研究所", "站")
_BODY_WORD = re.compile(rf"[{P.CJK}（）]{{0,20}}(?:" + "|".join(BODY_KINDS) + ")")


def is_body(name: str) -> bool:
    """Is `name` a body as prose names it (市教体局, 县科协, 宿舍服务部, 各县区科技局)?"""
    if name.count("（") != name.count("）"):
        return False  # 开展科普活动（学会学术部: a bracket opened and not closed cuts across a sentence
    if name.startswith("各") and P.ORG_LINE.fullmatch(name[1:]):
        return True  # 各县区科技局: each county's bureau is named, unlike 各单位
    return 2 <= len(name) <= 30 and not _NOT_A_NAMED_BODY.match(name) and bool(
        P.ORG_LINE.fullmatch(name) or P.SHORT_ORG.fullmatch(name) or _BODY_WORD.fullmatch(name))


def _bodies(value: str) -> list[str]:
    """The bodies a prose clause names (县区委宣传部和科协 → two); a clause that names anything else gives none."""
    out = []
    for name in _names(value):
        parts = _AND_SPLIT.split(name)
        if len(parts) > 1 and all(is_body(p) for p in parts):
            out.extend(parts)
        elif is_body(name):
            out.append(name)
        else:
            return []
    return out


# 各县区科技局牵头，会同县区委宣传部和科协，形成……; 由县教委牵头，县科委、县科协配合: responsibility in prose, the lead
# body then its partners, outside any bracket
_PROSE_LEAD = re.compile(rf"(?:^|(?<=[，。；,;：:\n]))(?:由|请)?([{P.CJK}、（）]{{2,40}}?)牵头(?:负责)?[，,、]\s*"
                         rf"(?:(?:会同|联合|协调)([^，。；,;\n]{{2,60}}?)(?=[，。；,;\n]|$)"
                         rf"|([^，。；,;\n]{{2,300}}?)(?:{_PARTNER_VERB})(?=[，。；,;\n]|$))")


# 市科技局牵头，开展……: the bodies that open a clause and lead, without partners named (the clause ends after 牵头)
_PROSE_LEAD_ALONE = re.compile(rf"(?:^|(?<=[，。；,;：:\n]))(?:由|请)?([{P.CJK}、（）]{{2,40}}?)牵头(?:负责)?(?=[，。；,;.\n]|$)")


_LEVEL_FIRST = re.compile(rf"[{P.ADMIN_LEVELS}]|各|中国|全国|国家")


# 由中国科协、全国妇联牵头，负责……。中央宣传部、教育部……作为成员单位，参与实施: the next sentence names the partners by
# the role they take (only after a lead, so a sentence that lists a group's members alone assigns nothing)
PARTNER_ROLES = ("成员单位", "配合单位", "参与单位", "协作单位", "协同单位")
_AS_PARTNERS = re.compile(rf"(?:^|(?<=[。；;\n]))\s*([{P.CJK}、（）]{{2,300}}?)作为(?:{'|'.join(PARTNER_ROLES)})[，,]?\s*"
                          r"(?:参与|配合|协助|协同|共同)")


def _read_prose_lead(text: str, r: Responsibility) -> None:
    for m in _PROSE_LEAD.finditer(text):
        _add_leads(text[m.start():m.end(1)], r)  # with its 由/请, which makes any body named the lead
        for name in _bodies(m.group(2) or m.group(3) or "") if r else ():
            # 由煤监一处牵头负责，办公室配合: the issuer's own office that assists is one of its departments (the spec
            # keeps no partners among departments)
            target = r.departments if _is_own_office(name) and r.departments else r.partner_units
            if name not in target:
                target.append(name)
    for m in (_PROSE_LEAD_ALONE.finditer(text) if not r else ()):
        _add_leads(m.group(1), r)
    for m in (_AS_PARTNERS.finditer(text) if r and "作为" in text else ()):
        r.partner_units.extend(n for n in _bodies(m.group(1)) if n not in r.partner_units and n not in r.lead_units)


def _add_leads(value: str, r: Responsibility) -> None:
    after = re.split(r"[由请]", value)[-1]  # 举办……进校园由县教委牵头: the body after 由
    bodies = _bodies(after)
    if after == value and not all(_LEVEL_FIRST.match(n) or _is_own_office(n) for n in bodies):
        return  # 积极争取市科技局牵头: without 由, a clause opens with its bodies only where each shows its level
    for name in bodies:
        target = r.departments if _is_own_office(name) else r.lead_units
        if name not in target:
            target.append(name)


def first_named_leads(text: str) -> bool:
    """Does the document say, once for all its items, that the first unit named leads?"""
    return "牵头" in text and ("第一" in text or "首位" in text) and bool(_FIRST_LEADS_CUE.search(text))


_BARE_DEPARTMENT = re.compile(rf"(?![市省县区州乡镇旗]|中央|中共|国家|国务院|全国)[{P.CJK}]{{2,8}}(?:部|处|科|室)")


# a 职责分工 list whose item opens with its bodies and a colon: （一）市委宣传部、文广新局：负责协调…… — the bodies before
# the colon answer for the item (a body written in quotes, “三防办”, without them)
_COLON_LEADS = re.compile(rf"^([{P.CJK}、（）“”\"]{{2,40}}?)\s*[:：]\s*负责")


def _colon_leads(text: str) -> list[str]:
    m = _COLON_LEADS.match(text)
    if not m:
        return []
    names = _names(m.group(1).replace("“", "").replace("”", "").replace('"', ""))
    ok = names and all(is_body(n) or len(n) >= 4 and n.endswith("会") for n in names)  # 红十字会
    return names if ok else []


# a person as a plan names one: two to four characters, or a surname and the letters a copy masked the rest with (张x)
_PERSON = re.compile(rf"[{P.CJK}]{{2,4}}|[{P.CJK}](?:[xX×*＊]{{1,2}}|某{{1,2}})")
# a school's or an office's own group (美术组, 科学教研组, 年级组): one of the issuer's departments
_OWN_GROUP = re.compile(r"(?:组|教研室|办公室|处|室|科|部)$")


# An activity's 负责人 line goes on with the issuer's own offices and groups that run it (由德育处、团委负责筹办 / 由教科研室
# 统筹，语文组和外语组承办): each office is a department, its verb its role (no unit named 语文组承办)
OWN_UNIT_ENDS = ("办公室", "团委", "教研组", "年级组", "教研室", "处", "室", "组")
OWN_UNIT_VERBS = ("负责", "统筹", "承办", "联络", "组织", "牵头", "协办")
_OWN_UNIT = rf"(?=[{P.CJK}]{{2}})(?:(?!由|各|该|本|请)[{P.CJK}]){{0,8}}?(?:{'|'.join(OWN_UNIT_ENDS)})"
_OWN_UNITS_RUN = re.compile(rf"(?:^|(?<=[由，,；;]))({_OWN_UNIT}(?:[、和及与]{_OWN_UNIT})*)(?:{'|'.join(OWN_UNIT_VERBS)})")
_OWN_UNIT_SPLIT = re.compile(r"[、和及与]")


def _own_units_running(text: str, r: Responsibility) -> None:
    for m in _OWN_UNITS_RUN.finditer(text):
        for name in _OWN_UNIT_SPLIT.split(m.group(1)):
            if _NOT_A_NAMED_BODY.match(name) or P.ORG_LINE.fullmatch(name) or name.endswith("小组"):
                continue
            if name not in r.departments:
                r.departments.append(name)


# the labels of a contact block (负责人：王明，联系电话：…): a 负责人 line with one of them names whom to call
# (the contact's labels of patterns, and the heading of a contact block)
_CONTACT_LABELS = "|".join(P.CONTACT_LABELS + ("联系方式", "E-mail", "Email"))
_CONTACT_ON_LINE = re.compile(f"(?:{_CONTACT_LABELS})" + r"\s*[:：]?\s*[\d（(]|" + f"(?:{_CONTACT_LABELS})" + r"\s*[:：]")
# 负责部门：湖北省青少年科技中心科学教育部 / 联系人：周莹 / 电话：…: a label over the contact's lines names the office
# that answers questions, as 联系部门 does
CONTACT_BLOCK_ROLES = ("负责部门", "负责单位", "负责科室", "负责处室")
_CONTACT_NEXT_LINE = re.compile(r"\s*联\s*系\s*人")
_CONTACT_OFFICE_LAST = re.compile(r"\n\s*(?:" + "|".join(CONTACT_BLOCK_ROLES) + r")\s*[:：][^\n]*$")


def without_contact_office(own: str, following: str) -> str:
    """The item's text without its last line where that line is a 负责部门： over the contact's 联系人 line."""
    if "负责" not in own or not _CONTACT_NEXT_LINE.match(following):
        return own
    m = _CONTACT_OFFICE_LAST.search(own)
    return own[:m.start()] if m else own


_THEN_BY = re.compile(rf"(?<=[{P.CJK}]{{2}})[，,]?由")


def _read_people(value: str, r: Responsibility) -> None:
    """负责人：罗宏泽（具体见……方案）, （负责人：张x9月18日）: the people named are the item's responsible leaders, a
    group or office of the issuer its department, a body with its level a lead unit; a note in brackets and a date
    after the name are no names, a name cut by the copy's end (负责人：王) none."""
    value = _BRACKETED.sub("", value)
    value = re.split(r"\s*\d", value, maxsplit=1)[0]
    value = _THEN_BY.split(value, maxsplit=1)[0]  # 负责人：吕李永由教科研室统筹: the offices after 由 are read apart
    for name in _names(value):
        if _OWN_GROUP.search(name) and not P.ORG_LINE.fullmatch(name):
            target = r.departments
        elif is_body(name):
            target = r.lead_units
        elif _PERSON.fullmatch(name):
            target = r.responsible_leaders
        else:
            continue
        if name not in target:
            target.append(name)


# 预赛组织：由各推荐单位（省直各有关单位、……）自行组织: each of the bodies named by their kind organises its own part
# of the item — they lead it (the bracket only says who they are)
_SELF_ORGANISED = re.compile(rf"由(各[{P.CJK}]{{0,8}}?(?:单位|学会|协会|科协|部门))(?:[（(].{{0,60}}?[）)])?自行(?:组织|负责)")


# the kinds a body's name ends with, for a name the copy's end may have cut (承办单位：中国语言文 is no body)
_ENDS_AS_BODY = re.compile(rf"(?:{'|'.join(P.ORG_SUFFIXES + BODY_KINDS)}|站|社|团|组|队|台|所|街道|[乡镇村县区市省州旗]|公园|基地|医院|学校|中学|小学)$")


_ENDS_IN_WORD = re.compile(rf"[{P.CJK}]$")


def _cut_by_copy_end(names: list[str], value: str) -> list[str]:
    """A copy that ends inside a role's last name: that name, not ending as a body does, is no body."""
    value = value.rstrip()
    if names and _ENDS_IN_WORD.search(value) and value.endswith(names[-1]) \
            and not _ENDS_AS_BODY.search(_BRACKETED.sub("", names[-1])):
        return names[:-1]
    return names


# 省科协负责专项资金的统筹管理，主要职责是：…… — a body's standing duties listed after a colon (a regulation's or a
# charter's division of duties), no task the item gives
_DUTY_LIST = re.compile(r"职责(?:是|为|如下)?\s*[:：]")
# 市科技局（牵头）: a 责任单位 list marks its lead in a bracket after the name
_LEAD_MARK = re.compile(r"[（(【\[]牵头(?:单位|部门)?[）)】\]]$")


def read_responsibility(text: str, first_leads_everywhere: bool = False,
                        at_copy_end: bool = False) -> tuple[Responsibility | None, str | None]:
    """The responsibility an item's own text assigns, and the text of its 完成时限 if it has one.

    `first_leads_everywhere`: the document notes once that the first unit named in 责任单位 leads.
    `at_copy_end`: the item's text is where the copy ends (its last name may be cut).
    """
    r = Responsibility()
    units: list[str] = []
    if "自行" in text:
        own = _SELF_ORGANISED.search(text)
        if own and not _PLACEHOLDER.match(own.group(1)) and not _ROLE_RE.search(text):  # 由各单位自行组织: nobody
            return Responsibility(lead_units=[own.group(1)]), None
    if "：" not in text and ":" not in text:
        # no role：names annotation; perhaps one without a role word, or a sentence that assigns the item
        return _unlabelled(text), None
    matches = list(_ROLE_RE.finditer(text))
    if not matches and "负责" in text:
        leads = _colon_leads(text)
        if leads:
            return Responsibility(lead_units=leads), None
    if not matches and "领衔" in text:
        _read_led_and_coordinated(text, r)  # 二、活动原则：……由校长室领衔，……协调: the heading's colon is no role's
        if r:
            return r, None
    if not matches and not _DUTY_LIST.search(text):
        # 工作目标：……由市科技局牵头，市财政局配合: a colon of the item's own text that labels no role leaves its
        # prose to be read as an item without one is
        t = _TIME_RE.search(text)
        return _unlabelled(text), (t.group(2).strip() if t else None)
    first_leads = first_leads_everywhere or first_named_leads(text)
    for i, m in enumerate(matches):
        if text[max(0, m.start() - 1):m.start()] == "主":
            continue  # 二、主承办单位： heads the hosts' lines below it; it names no body of its own
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        host = _HOST_LABEL.search(text, m.end(), end)
        value = _annotation_value(text[m.end():host.start() if host else end])
        role = ROLE_WORDS[m.group(1)]
        if role == "helpers":
            continue
        if role == "people":
            line_end = text.find("\n", m.end())
            if _CONTACT_ON_LINE.search(text, m.end(), line_end if line_end >= 0 else len(text)):
                continue  # 负责人：王明，联系电话：……: a contact block's person, whom to call, not who answers for the item
            _read_people(value, r)
            continue
        names = _names(value)
        if at_copy_end and end == len(text) and not host and not role.endswith("leaders"):
            names = _cut_by_copy_end(names, value)
        if role == "lead_units" and m.group(1).endswith("部门"):
            # 牵头部门：宣传文化部 — a bare department, no place and no organisation of its own, is one of the
            # issuer's own; 牵头部门：市科技局 stays a lead unit. So is an association's own office or 部 (牵头部门：
            # 省科协办公室, 省科协科普部); another body's (省科技厅政策法规与基础研究处) stays a lead unit
            own = [n for n in names if _BARE_DEPARTMENT.fullmatch(n) and not P.ORG_LINE.fullmatch(n)
                   or _ASSOCIATION_OFFICE.search(n)]
            r.departments.extend(n for n in own if n not in r.departments)
            names = [n for n in names if n not in own]
        if role == "units":
            units.extend(n for n in names if n not in units)  # two annotations of one item may name a body twice
        else:
            target = getattr(r, role)
            target.extend(n for n in names if n not in target)
    if any(ROLE_WORDS[m.group(1)] == "people" for m in matches) and r.responsible_leaders:
        _own_units_running(text, r)
    if units:
        marked = [n for n in units if _LEAD_MARK.search(n)]
        if marked and not r.lead_units:
            # 责任单位：市科技局（牵头）、市财政局: the body marked leads, the others partner
            r.lead_units.extend(_LEAD_MARK.sub("", n) for n in marked)
            units = [n for n in units if n not in marked]
            r.partner_units.extend(n for n in units if n not in r.partner_units)
        elif r.lead_units:
            r.partner_units.extend(n for n in units if n not in r.partner_units)
        elif first_leads and len(units) > 1:
            r.lead_units.append(units[0])
            r.partner_units.extend(units[1:])
        else:
            r.lead_units.extend(units)
    t = _TIME_RE.search(text)
    return (r if r else None), (t.group(2).strip() if t else None)
