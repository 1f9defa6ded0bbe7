"""Hand-made reference parses for the twenty-sixth held-out set (tools/held_out_26.txt): twelve public pages found with the
search tool for documents that ASSIGN work: a school's 科技文化节 notice with its 领导小组 (组长及副组长 under one label) and
each activity's 负责人 and offices, a county bureau's and association's joint notice with a 领导小组 and an 执行小组 and tasks
given to a centre in prose, a template setting up a 健康教育工作领导小组 of roles with XXX for names, an essay site's school
科技节 plan whose 领导小组 has blanked names, a document site's national 社区居民科学素质行动 plan (牵头/成员单位 in prose,
Р paragraph marks), two 印发 notices carrying their plans (a county government office's; a provincial health commission's
whose 字号 and date lost their marks), a provincial health commission's call on a site that replaced the body's name with
its own (two contacts), a city bureau's call with its contact, an institute's call printed twice with its contact, the
second page of a national 科技活动周 notice (three offices' contacts, a joint signature) and a city's joint 科技活动周 notice
in glossed traditional characters. Each block was written by reading the document against parse-format.md; the reader was
not run on any of them. Writes ../gold/<stem>.json."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_gold import doc, it  # noqa: E402  (importing make_gold rewrites the first corpus's gold: the same files)

DOCS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs")
from make_gold_held_out_2 import write, lu, fw, m, head  # noqa: E402  (marks the gold found; rewrites the second set's: the same files)



def line(stem, start):
    """The copy's line that begins with `start`, full-width, without its closing colon — read off so glosses are not retyped."""
    for ln in fw(open(os.path.join(DOCS, stem), encoding="utf-8").read()).splitlines():
        if ln.startswith(fw(start)):
            return ln.rstrip("：")
    raise KeyError(start)


def split_out(s):
    """Split on 、 ， ； outside brackets, as the spec splits recipients."""
    out, depth, cur = [], 0, ""
    for ch in s:
        depth += ch in "（(" and 1 or 0
        depth -= ch in "）)" and 1 or 0
        if depth == 0 and ch in "、，；":
            out.append(cur)
            cur = ""
        else:
            cur += ch
    return out + [cur]


def rl(*people):
    return {"responsible_leaders": list(people)}


A = "ahnu-2023-affiliated-school-science-festival-notice.txt"
write(doc(A,
    doc_type="notice", title=fw("喜迎双甲子,奋进新征程——举办第二十三届校园科技文化节的通知"),
    recipients=["各科室", "年级组", "教研组"],
    alternatives={"title": ["举办第二十三届校园科技文化节的通知"], "issuer": ["安徽师范大学附属中学"]},
    outline=[
        it("1", "一、", 1, "名称"),
        it("2", "二、", 1, "主题"),
        it("3", "三、", 1, "时间", time_hint="2023年3月"),
        it("4", "四、", 1, "组织领导"),
        it("5", "五、", 1, "主要内容和分工"),
        it("5.1", "（一）", 2, "校园科普、学科竞赛成果展览",
           resp={"responsible_leaders": ["喻磊", "叶国平"], "departments": ["德育处", "团委", "教务处"]}),
        it("5.2", "（二）", 2, "科普科幻作文大赛 负责人",
           resp={"responsible_leaders": ["吕李永"], "departments": ["教科研室", "语文组"]}),
        it("5.3", "（三）", 2, "机器人大赛 负责人", resp={"responsible_leaders": ["顾涛"], "departments": ["教科研室"]}),
        it("5.4", "（四）", 2, "传统文化进校园 负责人", resp={"responsible_leaders": ["顾涛"], "departments": ["教科研室"]}),
        it("5.5", "（五）", 2, "演讲比赛、古诗文经典诵读、英语歌曲大赛、泓峥模拟联合国大会 总负责人",
           resp={"responsible_leaders": ["顾涛", "白凌志", "喻磊", "王万元", "侯远军", "谢莉", "孙海燕", "吕李永", "柯群帆"],
                 "departments": ["教科研室", "德育处", "语文组", "外语组"]}),
        it("6", "六、", 1, "要求"),
    ],
    leading_group={
        "name": "安徽师范大学附属中学第二十三届校园科技文化节活动领导小组",
        "heads": [m("吴树烈")],
        "deputies": [m("夏吉中"), m("毛宣海"), m("翟佳"), m("白凌志"), m("叶国平")],
        "members": [m("顾涛"), m("石奇印"), m("喻磊"), m("王飞"), m("王万元"), m("侯远军"), m("谢莉"), m("程增艳")],
        "office": None},
    notes=[
        "Source: a university-affiliated middle school's page (fz.ahnu.edu.cn): the headline (a slogan, a dash, then 举办…的通知), 主送, the opening, 一、–六、 with (一)–(五) under 五、; cut inside 六、. No signature, no date. Stored as txt.",
        "title: the headline as written (its part after the dash accepted). issuer: no signature or header names the sender; the school is named only as the festival's host in 一、 and 四、: null (the school accepted).",
        "date: none — 三、's 2023年3月 is when the festival runs (kept as 三、's time_hint), not the notice's date.",
        "leading_group: one label 组长及副组长: over six names without titles. Read as the list's order: the first name is the 组长, the other five 副组长 (the label does not say which; the reading is by order). 主要成员 are members; 等 after the last is dropped. No office.",
        "(一)–(五): each names its 负责人 (people → responsible_leaders, as the seventeenth set's 项目负责人) and the school's own offices and groups that 负责/统筹/承办 (德育处, 团委, 教务处, 教科研室, 语文组, 外语组 → departments: the issuer's own). 协助人员 are helpers, not answerable: left out. (五)'s 总负责人 and 分项负责人 are all responsible_leaders.",
        "Headings of (二)–(五) run to the first ：, so the 负责人 label stays in them (the spec's rule; as fupindai's 项目负责人). (一)'s second line has the typo 负竞赛板块责人 — read as 竞赛板块负责人 (叶国平).",
    ]))

P = "pcdjzx-2015-pucheng-science-into-schools-notice.txt"
write(doc(P,
    doc_type="notice", issuer="蒲城县教育局", title="关于开展科技进校园活动的通知", recipients=["各有关学校"],
    alternatives={"issuer": ["蒲城县科协", "蒲城县教育局 蒲城县科协"],
                  "title": ["蒲城县教育局蒲城县科协关于开展科技进校园活动的通知"]},
    outline=[
        it("1", "一、", 1, "组织机构"),
        it("2", "二、", 1, "活动方式"),
        it("2.1", "1、", 3, "活动展示"),
        it("2.2", "2、", 3, "科普大篷车展示活动，所在学校统一组织学生参观展板及科普设施"),
        it("3", "三、", 1, "时间安排"),
        it("4", "四、", 1, "工作要求"),
        it("4.1", "1、", 3, "各学校确定一名校级领导具体负责协调和联络工作，提前一天与执行小组联系，并在校门口悬挂横幅（内容为"),
        it("4.2", "2、", 3, "各校要统一组织学生有序参与、观摩，确保活动达到预期效果"),
        it("4.3", "3、", 3, "青少年活动中心负责联系县科协，具体负责展板布置、展出现场及展示活动，并确保活动期间的安全",
           resp=lu("青少年活动中心")),
        it("4.4", "4、", 3, "活动期间的后勤保障工作由县青少年活动中心负责", resp=lu("县青少年活动中心")),
        it("4.5", "5、", 3, "县教育宣传中"),
    ],
    leading_group={
        "name": None,
        "heads": [m("董新庄"), m("丁晓玲")],
        "deputies": [],
        "members": [m("王波"), m("唐天社"), m("孔会琴"), m("雷建军"), m("许顺强")],
        "office": None},
    notes=[
        "Source: a county site's mobile page (pcdjzx.com) of a joint notice: the two bodies' names on one line (蒲城县教育局 蒲城县科协), the title, 主送, the opening, 一、–四、 (a 领导小组 and an 执行小组 under 一、; 1、2、 under 二、 and 四、; a schedule of dates and schools under 三、), cut inside 四、5、. No signature or date. Stored as txt.",
        "issuer: the joint header's first body (the corpus's convention for joint documents; the other and both accepted). title: the title line (with the bodies' line before it accepted).",
        "leading_group: the group has no name of its own (特成立领导小组). 组长: two names on one line → two heads; 成员: spaced names (王 波 → 王波). No titles. The 执行小组 (组长 唐天社(兼), 成员 …) is a working group under it, not its office: left out (the field holds one group). office null.",
        "三、's dated lines are a schedule, not numbered items. 四、1、's heading runs to the first ： — inside the banner's bracket (（内容为) — as the spec's rule reads; 各学校 / 各校 are the subjects of a duty, no named body: no responsibility.",
        "四、3、 and 4、: the youth activity centre 负责 in prose — a body that is none of the two issuers' own offices → lead_units, named as each item writes it (青少年活动中心; 县青少年活动中心). 联系县科协 is whom it contacts, not a partner. 5、 is cut after 县教育宣传中: its heading as the copy holds it.",
    ]))

L = "lc1028-2025-fujian-health-popsci-works-call-notice.html"
write(doc(L,
    doc_type="notice", doc_number="闽卫宣传函〔2025〕419号",
    title="平博体育网址关于做好健康知识普及行动—2025年新时代健康科普作品征集活动有关工作的通知",
    recipients=["各设区市卫健委", "平潭综合实验区社会事业局", "省疾控局", "省疾控中心", "委直属各单位", "福州大学",
                "福建医科大学", "福建中医药大学各附属医院", "省中医药科学院"],
    date="2025-05-19",
    contact={"name": "邱文军", "phone": "0591—87801807", "email": None},
    references=["国卫办宣传函〔2025〕183号"],
    alternatives={"title": ["关于做好健康知识普及行动—2025年新时代健康科普作品征集活动有关工作的通知"],
                  "recipients": [["各设区市卫健委", "平潭综合实验区社会事业局", "省疾控局", "省疾控中心", "委直属各单位",
                                  "福州大学、福建医科大学、福建中医药大学各附属医院", "省中医药科学院"]],
                  "contact.name": ["平博体育网址宣传处 邱文军", "邱文军 伍莹"],
                  "contact.phone": ["0591-87801807"]},
    notes=[
        "Source: a gambling site's copy (lc1028.com) of a provincial health commission's open-government page: the index block (索引号, 文号, 发布机构, 生成日期, 标题, 内容概述, 有效性) with the commission's name replaced by the site's (平博体育网址) wherever it stood — also inside the text (平博体育网址办公厅 for the national commission) — then 主送, two paragraphs and two contact lines, cut inside the second phone. Rebuilt as HTML around the stored text.",
        "issuer: the 发布机构 and every self-reference are the site's substitution, no body: null (as the tenth set's gambling-site copy). title: the 标题 line as written, substitution included (without it accepted). No signature survives.",
        "date: no signature or 成文日期; the index block's 生成日期 2025-05-19 is the only date of the document itself. 截止时间为2025年6月30日 closes the whole call: no item, no deadline.",
        "recipients: split on 、 and ， as the spec says; 福州大学、福建医科大学、福建中医药大学各附属医院 (the hospitals of three universities) splits into three by that rule (unsplit accepted).",
        "contact: the first line's person 邱文军 (his office before him is not part of the name; with it, or with the second person, accepted) and its phone as written (0591—87801807, an em dash; a hyphen accepted). The second line's 伍莹 has a phone cut at 13075.",
        "references: the national notice's 字号 国卫办宣传函〔2025〕183号 (the URL is no reference). Not a 转发 notice (根据…通知 only): enclosed_title null. No numbered items.",
    ]))

G = "gnzrmzf-2026-gansu-health-literacy-project-plan-issuing.html"
write(doc(G,
    doc_type="notice", issuer="甘肃省卫生健康委员会", doc_number="甘卫宣传函〔2026〕43号",
    title="关于印发2026年甘肃省健康素养促进项目实施方案的通知",
    recipients=["各市州", "甘肃矿区卫生健康委", "兰州新区教育和卫生健康委", "委属各有关单位"],
    date="2026-03-04", enclosed_title="2026年甘肃省健康素养促进行动项目实施方案",
    alternatives={"doc_number": ["甘卫宣传函〔202643"],
                  "recipients": [["各市州、甘肃矿区卫生健康委", "兰州新区教育和卫生健康委", "委属各有关单位"]],
                  "enclosed_title": ["2026年甘肃省健康素养促进项目实施方案"]},
    outline=[
        it("1", "一、", 1, "主要目标"),
        it("2", "二、", 1, "重点任务"),
        it("2.1", "（一）", 2, "持续深化健康场所建设"),
    ],
    notes=[
        "Source: a county portal's page (wsjk.gnzrmzf.gov.cn) reposting a provincial health commission's 印发 notice: 适老化/无障碍 bar, 信息公开, 当前位置 path, headline, 发布日期/作者/来源 line, the 字号, 主送, one sentence, signature, date, (信息公开形式:主动公开), then the plan: title on two lines, preamble, 一、, 二、 with (一); cut inside (一). Rebuilt as HTML around the stored text.",
        "doc_number: the page lost the 字号's closing bracket and 号 (甘卫宣传函〔202643): read as 甘卫宣传函〔2026〕43号, the year being the document's (as written accepted). date: the signature's 202634 lost 年/月/日 — read as 2026年3月4日, which the page's 发布日期 2026-03-04 confirms.",
        "recipients: 各市州、甘肃矿区卫生健康委 split on 、 as the spec says (各市州 / 甘肃矿区卫生健康委; unsplit accepted).",
        "enclosed_title: the plan as the notice names it in 《》 and as its own two title lines read (…促进行动项目实施方案); the headline's shorter …促进项目实施方案 accepted. The 补助资金 notice cited has no 字号: no references.",
    ]))

J = "jingchutour-2021-chengde-science-week-notice.txt"
J_ISSUER = line(J, "承德市科學")
J_TITLE = line(J, "關")
write(doc(J,
    doc_type="notice", issuer=J_ISSUER, title=J_TITLE,
    recipients=split_out(line(J, "各縣")),
    date="2021-04-29",
    references=["冀科政〔2021〕5號(hào)"],
    alternatives={"issuer": ["承德市科學技術局", "承德市科学技术局"],
                  "title": ["關於舉辦2021年科技活動周的通知", "关于举办2021年科技活动周的通知"],
                  "date": [None], "references": [["冀科政〔2021〕5號"]]},
    outline=[
        it("1", "一、", 1, head(J, "一、"), deadline="2021-05-06"),
        it("2", "二、", 1, head(J, "二、")),
    ],
    notes=[
        "Source: a travel site's policy page (jingchutour.com) copying a city science bureau's joint notice in traditional characters with pinyin glosses after some characters (學(xué), 協(xié)會(huì)): the three bodies' names one a line, the title, a 來源/time/瀏覽次數 line, 主送, the opening, 一、, cut after 二、制定2020. Stored as txt.",
        "issuer: the first of the three bodies above the title (the corpus's convention for joint documents), as written with its glosses (without them accepted); title as written, glosses kept (without them accepted).",
        "date: no signature survives; the 來源 line's 2021-04-29 is the page's posting of the notice (null accepted).",
        "recipients: the 主送 line split on 、 and ， outside brackets, as written (各縣(市、區(qū)) and 黨委宣傳部(黨群工作部門(mén)) stay whole; the line's structure — three kinds of body in each county — is not rebuilt).",
        "references: the provincial notice's 字号 as written, gloss included (without it accepted). The notice follows the provincial 转发 but forwards nothing itself: enclosed_title null.",
        "一、's heading to its first 。; its 請於2021年5月6日前…報送市科技局 is the item's deadline (報送市科技局 says where the forms go: no responsibility). 二、 is cut after 制定2020: heading as the copy holds it.",
    ]))

Y = "gdyunan-2021-73-popsci-base-creation-plan-issuing.html"
write(doc(Y,
    doc_type="notice", issuer="郁南县人民政府办公室", doc_number="郁府办函〔2021〕73号",
    title="郁南县人民政府办公室关于印发《郁南县创建省级科普教育基地工作方案》的通知",
    recipients=["各镇人民政府", "县政府各部门", "各直属机构"], date="2021-06-01",
    enclosed_title="郁南县创建省级科普教育基地工作方案",
    outline=[
        it("1", "一、", 1, "指导思想"),
        it("2", "二、", 1, "工"),
    ],
    notes=[
        "Source: a county government portal's page (gdyunan.gov.cn): 官方微信/移动版/无障碍 bar, path, the headline with the 字号 in brackets, the 字号, the title, 主送, one paragraph, signature, date, then the enclosed 工作方案: title, preamble, 一、, cut after 二、工. Rebuilt as HTML around the stored text.",
        "title: the document's own title line (the headline adds the 字号 in brackets). enclosed_title: the plan in 《》, as its own title line reads.",
        "请径向县科协反映 in the notice is where to report problems, no item: no responsibility. The 普及法, 纲要 and 管理办法(试行) are cited without 字号: no references.",
        "二、 is cut after its first character 工 (工作目标 presumably): heading as the copy holds it.",
    ]))

S = "fsou-2007-national-science-week-notice-second-page.txt"
write(doc(S,
    doc_type="notice", issuer="科学技术部", date="2007-03-27",
    contact={"name": "许佳军", "phone": "010-58881781", "email": None},
    alternatives={"issuer": ["中共中央宣传部", "中国科协"],
                  "contact.name": ["许佳军 刘育新", "许佳军、刘育新"],
                  "contact.phone": ["010-58881781 58881717", "010-58881781、58881717"]},
    notes=[
        "Source: a law database's second page (fsou.com …_2.html) of a national joint 科技活动周 notice: two paragraphs (safety; the 筹办方案 due 4月15日前 and the 总结报告 due 6月30日前), the 组委会办公室's contacts for three offices, the 附件 line, the three bodies' signature one a line, the date in Chinese numerals, then the blank 备案表 flattened into | lines. No title (it is on the first page). Stored as txt.",
        "issuer: the joint signature's first body 科学技术部 (the corpus's convention; the others accepted). date: 二OO七年三月二十七日 (a letter O for 〇) → 2007-03-27.",
        "contact: the first office's two people and first phone (许佳军 alone, or both names, accepted; both phones accepted). The 传真 line and the other offices' people are not the first contact. The blank form's 联系人/联系电话/电子邮箱 labels carry nothing.",
        "No numbered items on this page: no outline. 各地由科技厅(委、局)牵头，会同…和科协 and the two dates assign and close the whole notice's reporting, in prose outside any item: nothing to hang a responsibility or deadline on. The 附件 line and the form are not outline.",
    ]))

Q = "qiqiwenku-community-residents-literacy-action-plan.txt"
write(doc(Q,
    doc_type="plan", title="社区居民科学素质行动实施工作方案",
    outline=[
        it("4", "四、", 1, "保障措施"),
        it("4.1", "（一）", 2, "提高思想认识，强化组织领导"),
        it("4.2", "（二）", 2, "明细工作职责，完善工作机制",
           resp={"lead_units": ["中国科协", "全国妇联"],
                 "partner_units": ["中央宣传部", "教育部", "科技部", "国家民委", "环境保护部", "卫生部", "广电总局",
                                   "安全监管总局", "中科院", "社科院", "气象局"]}),
    ],
    notes=[
        "Source: a document-sharing site's preview (qiqiwenku.com): 全文预览, the file's title, an uploader/format line, 文档介绍, then a slice of the .doc's text that starts mid-sentence (重要作用。) with Р (a Cyrillic letter) where each paragraph broke; cut inside (二). Stored as txt.",
        "title: the file title 社区居民科学素质行动实施工作方案 (the document's own title page is not in the slice). No issuer, no date.",
        "Р is the preview's paragraph mark: read as a line end, so 四、, (一) and (二) are headings of their own lines (保障措施; …强化组织领导; …完善工作机制). Their ids keep the numerals written (四 → 4).",
        "The two 责任单位: lines before 四、 close activities of an item whose number is before the slice (the —— points are unnumbered): no visible item carries them, so they are not in the outline.",
        "(二) assigns the plan in prose: 由中国科协、全国妇联牵头 → lead_units; the bodies that 作为成员单位，参与实施 → partner_units (参与单位). 各地、各有关部门 are no named body.",
    ]))

M = "mjgov-2025-health-education-leading-group-template.txt"
write(doc(M,
    doc_type="other",
    alternatives={"doc_type": ["notice", "plan"]},
    outline=[
        it("1", "一、", 1, "领导小组组成"),
        it("2", "二、", 1, "主要职责"),
        it("2.1", "1.", 3, "组长职责"),
        it("2.2", "2.", 3, "副组长职责"),
        it("2.3", "3.", 3, "办公室主任职责"),
        it("2.4", "4.", 3, "宣传科负责人职责"),
        it("2.5", "5.", 3, "医务科负责人职责"),
        it("2.6", "6.", 3, "后勤保障负责人职责"),
        it("2.7", "7.", 3, "社区服务负责人职责"),
        it("3", "三、", 1, "工作机制"),
    ],
    leading_group={
        "name": "健康教育工作领导小组",
        "heads": [m(None, "单位负责人")],
        "deputies": [m(None, "分管领导")],
        "members": [m(None, "办公室主任"), m(None, "宣传科负责人"), m(None, "医务科负责人"), m(None, "后勤保障负责人"),
                    m(None, "社区服务负责人")],
        "office": None},
    notes=[
        "Source: a county portal's mobile page (mip.mjgov.cn) holding a template that sets up a unit's 健康教育工作领导小组: an opening paragraph, 一、 the group (组长:/副组长:/成员: with XXX for every name and the post in brackets), 二、 each role's duties as 1.–7. with a paragraph each, 三、, cut inside it. No title, sender or date. Stored as txt (the page's markup is not rebuilt: no headline was stored).",
        "doc_type other: a template text establishing a group, without a title that names its kind (notice or plan accepted).",
        "leading_group: the name as the text quotes it (without the quotes). XXX stands for a name not filled in: roles without names (name null, the corpus's convention for blanked names), the bracketed post as title. 成员's five entries are split on 、. No 办公室设在 line (the 办公室主任 is a member): office null.",
        "1.–7. are level 3 under 二、 (marker 1. with a space after it in the copy), headings the role's duties label. They describe roles, not bodies or named people: no responsibility.",
    ]))

X = "xuefen-school-science-festival-leading-group-plan.txt"
write(doc(X,
    doc_type="plan",
    alternatives={"title": ["最新科普驿站预交网费方案 科普驿站建设要求（汇总十二篇）", "科普驿站预交网费方案 科普驿站建设要求篇一"]},
    outline=[
        it("2", "二、", 1, "科技节活动领导小组"),
        it("3", "三、", 1, "活动时间", time_hint="20__年5月4日---5月31日"),
        it("4", "四、", 1, "活动主题"),
        it("5", "五、", 1, "活动对象"),
        it("6", "六、", 1, "活动内容及具体安排"),
        it("6.1", "（一）", 2, "活动项目"),
        it("6.1.1", "1、", 3, "“科技与环保同行”主题班会"),
        it("6.1.2", "2、", 3, "20__年科技节专题黑板报"),
        it("6.1.3", "3、", 3, "环保科普小报"),
        it("6.1.4", "4、", 3, "区青少年活动中心专家讲座"),
        it("6.1.5", "5、", 3, "环保知识竞赛"),
        it("6.1.6", "6、", 3, "“汉字图形化”标识创意设计比赛"),
        it("6.1.7", "7、", 3, "美好家园摄影比赛"),
        it("6.1.8", "8、", 3, "未来生活畅想征文竞赛"),
        it("6.1.9", "9、", 3, "创秀低碳——创意环保时装秀活动"),
        it("6.1.10", "10、", 3, "科学想象力绘画比赛"),
        it("6.2", "（二）", 2, "活动安排表"),
        it("6.3", "（三）", 2, "各项活动细则"),
    ],
    leading_group={
        "name": "科技节活动领导小组",
        "heads": [m(None, "校长")],
        "deputies": [m(None, "书记"), m(None, "副校长"), m(None, "副校长")],
        "members": [m(None, "分管")],
        "office": None},
    notes=[
        "Source: an essay site's page (m.xuefen.com.cn) whose headline names something else (科普驿站预交网费方案 … (汇总十二篇)): the site's lead-in, then 篇一, a school's 科技节 plan that lost its title and its 一、 (the first paragraph is 一's text), 二、–六、 with (一) 1、–10、, (二), (三); then 篇二's first line (a township's 科普日, no items), cut. Year and names blanked (20__年, __x). Stored as txt.",
        "title: the page's headline belongs to no document here and 篇一 has none: null (the site's headline or 篇一's label accepted). No issuer, no date (20__).",
        "outline: 篇一's items from 二、 (its ids keep the numerals written: 二 → 2). 三、 runs to its ：, its time kept as time_hint (blank year: no deadline). 4、's 区青少年活动中心专家讲座 names who lectures, not who answers: no responsibility.",
        "leading_group: 组长/副组长/组员 with every name blanked (__x) and the post in brackets — roles without names (name null), the post as title (the corpus's convention). 副组长's three run together on one line. Of the nine 组员 only the first carries a post (分管); the other eight are bare blanks with nothing to record and are left out.",
    ]))

W = "sme-s-2023-mianyang-popsci-explainer-contest-notice.txt"
write(doc(W,
    doc_type="notice", issuer="绵阳市科学技术局", recipients=["有关单位"], date="2023-03-06",
    contact={"name": "陈畅", "phone": "2308946", "email": "553970746@qq.com"},
    alternatives={"enclosed_title": ["四川省科学技术厅关于举办2023年四川省科普讲解大赛的通知"]},
    outline=[
        it("1", "一、", 1, "各单位自愿组织参加，参赛选手为科普工作者或专、兼职科普讲解人员，以及其他科学爱好者（职业不限、年龄在18周岁以上）"),
        it("2", "二、", 1, "每个单位限推荐1名人员参赛"),
        it("3", "三、", 1, "报名单位填报《2023年四川省科普讲解大赛报名表》（详见附件3）并加盖公章，于2023年3月21日前将相关资料—个人报名表、自我介绍视频、讲解稿件（详见附件2）报送至指定邮箱，参赛资料不全、不符合通知要求或逾期发送的不予受理",
           deadline="2023-03-21"),
        it("4", "四、", 1, "报名人员由市科技局统一进行组织筛选，推荐进入半决赛", resp=lu("市科技局")),
        it("5", "五、", 1, "进入半决赛的参赛选手差旅费自理，不需交纳参赛费用"),
    ],
    notes=[
        "Source: a consultancy site's page (sme-s.com) copying a city science bureau's call: 主送, the opening, 一、–五、 each one paragraph, the contact line, 特此通知, 附件 1.–3., signature, date, then the site's 咨询热线 and 服务时间 lines. No headline stored. Stored as txt.",
        "title null (no headline). issuer and date: the signature 绵阳市科学技术局 and 2023年3月6日. The site's 咨询热线 is the consultancy's, not the notice's contact.",
        "contact: one line, 联系人/联系电话/邮箱 separated by commas, as written.",
        "enclosed_title: the call acts on the provincial notice (按照《…》要求) and attaches it as 附件1, but does not 转发 it: null (its title accepted). It carries no 字号: no references. The 附件 list is not outline.",
        "三、 states its own date (于2023年3月21日前…报送): the item's deadline. 四、 gives the screening to 市科技局 in prose — the issuer itself, no office of it: lead_units (as written).",
    ]))

N = "niglas-2025-cas-popsci-explainer-works-call-notice.txt"
write(doc(N,
    doc_type="notice", title="关于征集参加2025年中国科学院科普讲解大赛作品的通知", recipients=["全所师生"],
    contact={"name": "杜文静", "phone": "18120184882", "email": None},
    outline=[
        it("1", "一、", 1, "时间", time_hint="11月27日至29日"),
        it("2", "二、", 1, "地点"),
        it("3", "三、", 1, "要求及方案"),
        it("4", "四、", 1, "报名时间", deadline="2025-10-31"),
    ],
    notes=[
        "Source: a research institute's office site (oa.niglas.ac.cn): the title, 主送, the opening, 一、–四、 each a label line and a line, the contact; then the page prints the body again (opening to contact) below it. No signature, no date. Stored as txt.",
        "The second printing is the page's repeat of the same text (a summary block and the article), not more items: the outline lists 一、–四、 once.",
        "issuer: the institute is never named (研究所, 全所 only): null. date: none (11月27日至29日 is the contest's; the year comes from the title).",
        "一、's 11月27日至29日 is when the contest runs: time_hint. 四、: 10月31日前提交参赛作品 — the item's deadline, the year from the title (2025). 至科技处 names where works go: no responsibility.",
        "contact: 联系人 with a name and a mobile number on one line.",
    ]))
