"""Hand-made reference parses for the twenty-eighth held-out set (tools/held_out_28.txt): twelve public pages found with the
search tool for documents that assign work, from bodies and places earlier sets used little (a 街道办事处, a university's
科技处 twice, a city 气象局, a provincial safety bureau, a 卫健 leading group, prefecture governments of Guizhou and Yunnan, a
Guizhou 领导小组办公室, a Gansu 地震局, an Inner Mongolian banner): seven plans and 印发 notices (a prefecture office's 印发
notice with its plan's (牵头单位:…) after an item, a city 气象局's 世界气象日 plan with 牵头单位/参与单位 under each activity, a
provincial 领导小组办公室's 印发 notice with its 工作要点 on a word-swapped mirror, a region's joint 印发 notice of two 领导小组 with
(…牵头，…按职责分工负责) after an item, a 街道 plan setting up a 领导小组 without names, a provincial bureau's 任务分工方案 with
由…牵头负责/由…负责 under each item, a prefecture government's 印发 notice under an index block with a spaced 字号), three
notices with contacts (a university 科技处's without title with two contacts, a prefecture bureau's 公示 run into one line, a
university 科技处's with a mailbox only) and two news pages (a city 地震局's eight activities as 一是…七是, a banner's 全国科普日
launch on a city association's site). Each block was written by reading the document against parse-format.md; the reader was
not run on any of them. Writes ../gold/<stem>.json."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_gold import doc, it  # noqa: E402  (importing make_gold rewrites the first corpus's gold: the same files)
from make_gold_held_out_2 import write, lu, fw, head, dep, pu  # noqa: E402  (marks the gold found; rewrites the second set's: the same files)


Q = "qiannan-2022-literacy-action-plan-issuing-notice.txt"
write(doc(Q,
    doc_type="notice", issuer="黔南州人民政府办公室",
    title=fw("黔南州人民政府办公室关于印发黔南州全民科学素质行动规划纲要工作实施方案(2021-2025年)的通知"),
    recipients=[fw("各县(市)人民政府"), "州政府各部门", "各直属机构"], date="2022-08-02",
    references=["国发〔2021〕9号", "黔府办发〔2022〕16号"],
    enclosed_title=fw("黔南州全民科学素质行动规划纲要实施方案(2021-2025年)"),
    alternatives={"title": [fw("关于印发黔南州全民科学素质行动规划纲要工作实施方案(2021-2025年)的通知")],
                  "enclosed_title": [fw("黔南州全民科学素质行动规划纲要工作实施方案(2021-2025年)")],
                  "doc_type": ["plan"]},
    outline=[
        it("1", "一、", 1, "发展目标"),
        it("2", "二、", 1, "聚焦重点人群，实施科学素质提升行动为全面推进黔南高质量发展，重点围绕践行社会主义核心价值观，大力弘扬科学精神和科学家精神，培育科学思维，提升全民科学素质，在“十四五”时期实施5项科学素质提升行动"),
        it("2.1", "（一）", 2, "青少年科学素质提升行动激发青少年好奇心和想象力，增强科学兴趣、创新意识和创新能力，培育青少年群体的科学探索精神，为黔南州创新发展培养高素质人才后备力量",
           resp=lu("州教育局")),
        it("2.1.1", "1.", 3, "将弘扬科学精神贯穿育人全链"),
    ],
    notes=[
        "Source: a prefecture portal (qiannan.gov.cn) page of a prefecture government office's 印发 notice: the issuer line and the title on two more lines, 主送, one sentence whose 《》 name has a space between every character, the signature, the date, (此件公开发布), then the enclosed plan: its title on two lines, the preamble, 一、, 二、 with its heading and text run together on one line, (一) with (牵头单位:州教育局) after it, 1. cut. No 字号 in the copy. Stored as txt.",
        "title: the issuer line and the two title lines joined (the 关于… lines alone accepted). enclosed_title: the plan's own title below the date (…规划纲要实施方案, without 工作); the notice's spaced 《》 name with 工作, spaces removed, accepted. doc_type notice (an 印发 notice wrapping the plan; plan accepted).",
        "recipients: 州政府各部门、各直属机构 split on 、 (two entries); 各县(市)人民政府 keeps its bracket.",
        "references: 国发„2021‟9号 (the copy's odd quotation marks for the year brackets) normalised to 国发〔2021〕9号; 黔府办发〔2022〕16 号 with its space removed.",
        "二、 and (一) run their heading into the text on one line: the heading goes to the first 。 as the spec reads it (the short forms 聚焦重点人群，实施科学素质提升行动 and 青少年科学素质提升行动 are what a reader of the printed plan would call the heading; they are not given as alternatives since the spec fixes the cut). 实施 5 项 loses its stray spaces.",
        "(牵头单位:州教育局) follows (一)'s sentence: an annotation in brackets after an item belongs to it: lead_units 州教育局. 1. is cut after 全链.",
    ]))

N = "neimou-2017-city-meteorological-day-activity-plan.txt"
write(doc(N,
    doc_type="plan", title="气象局2017年世界气象日纪念活动方案",
    outline=[
        it("1", "（一）", 2, "开展“气象台站开放日”活动",
           resp={"lead_units": ["市气象学会"],
                 "partner_units": ["市气象台", "气象站", "公共气象服务中心", "办公室", "业务科", "各县局"]},
           time_hint="3月20-25日"),
        it("2", "（二）", 2, "开展“市县联动，气象科技下乡助春耕”活动",
           resp={"lead_units": ["市公共气象服务中心"], "partner_units": ["市局", "各县局"]},
           time_hint="3月中旬"),
    ],
    notes=[
        "Source: a document-sharing site (neimou.com): its desktop-shortcut lines, the headline, a 来源/作者 line whose posting day is glued to a count (editor2024-07-231), the preamble, the unnumbered label 活动内容及任务分工, then (一) and (二) each with 活动内容/活动时间/活动地点/牵头单位/参与单位/责任分工 lines; cut inside (二)'s 责任分工. A city 气象局's plan with its province's name written xx. Stored as txt.",
        "title: the headline (the plan's own title). issuer null: the headline says only 气象局 and the city is not named (the site's 来源:互联网). date null: the page's 2024-07-23 is the upload, not the plan's; 2017 is the plan's year only.",
        "(一) and (二) have no 一、 above them: ids 1 and 2 at level 2 (as earlier plans that start at (一)). 活动内容及任务分工 has no marker: no item.",
        "responsibility: the labelled 牵头单位 is lead_units and the labelled 参与单位 partner_units, split on 、 as written (办公室 and 业务科 are the bureau's own offices, but the label names them 参与单位: kept as partners). The 责任分工 prose (…负责联络/接待/宣传) repeats the same bodies and adds no new one.",
        "time_hint: each activity's 活动时间 line (3月20-25日, 3月中旬), as earlier plans' 活动时间; no deadline. The cited provincial plan has no 字号: no references.",
    ]))

A = "asianflavormtp-2020-3-guizhou-literacy-work-points-notice.txt"
write(doc(A,
    doc_type="notice", issuer="贵州省全民科学素质工作领导小组办公室", doc_number="黔全科组办发〔2020〕3号",
    title="关于印发《2020年贵州省全民科学素质工作要点》的通知", recipients=["各成员单位"], date="2020-05-28",
    enclosed_title="2020年贵州省全民科学素质工作要点",
    alternatives={"date": ["2020-06-10"], "doc_type": ["plan"]},
    outline=[
        it("1", "一、", 1, "以习大大新时代中国特色社会主义思想为统领，提升科学素质助力创新驱动发展"),
        it("1.1", "1.", 3, "推动习大大新时代中国特色社会主义思想在全民科学素质工作中的深化转化，围绕省委、省政府中心工作和人民群众高质量科普需求，服务治理体系和治理能力现代化，鼓励引导科技工编辑开展科技志愿服务，助力新时代文明实践中心建设，在推动经济社会创新发展、建设社会主义先进学问、优化社会治理体系等方面发挥公民科学素质的更大作用",
           resp=lu("各成员单位")),
        it("1.2", "2.", 3, "宣传展示新冠肺炎疫情防控中贡献突"),
    ],
    notes=[
        "Source: a gambling site's mirror (asianflavormtp.com) of a provincial 领导小组办公室's 印发 notice whose words a spinner swapped (习近平 → 习大大, 科技工作者 → 科技工编辑, 文化 → 学问, 指导 → 引导): the site's name for a banner, 热点文章, the headline, a posting line (2020年06月10日16:47), the 字号, 主送, one sentence, the signature and date padded with spaces, the 工作要点's title, its preamble, 一、, 1. with (各成员单位) after it, 2. cut. Stored as txt.",
        "The swapped words are kept as the copy prints them (headings are read off the page, not restored). issuer: the signature 贵州省全民科学素质工作领导小组办公室. date: the signature's 2020年5月28日, not the page's 2020-06-10 (accepted).",
        "doc_type notice wrapping the 工作要点 (plan accepted); enclosed_title from the 《》 and the 要点's own title line, which agree. The 纲要 cited has no 字号: no references.",
        "1. and 2. sit directly under 一、 with no (一) between: level 3 (ids 1.1, 1.2). 1.'s heading runs to its first 。 (no 。；： earlier). (各成员单位) after 1. is an unlabelled responsibility annotation: lead_units 各成员单位 (as the corpus reads 责任单位 given without a label).",
        "A 领导小组办公室 signing is no 领导小组 set-up: leading_group null.",
    ]))

D = "duyaonet-2022-ningxia-healthy-action-work-points-notice.txt"
write(doc(D,
    doc_type="notice", issuer="自治区健康宁夏建设领导小组",
    title="关于印发《2022年健康宁夏暨健康水平提升行动工作要点》的通知",
    recipients=["自治区健康宁夏建设领导小组各成员单位", "健康水平提升行动领导小组各成员单位", "各市",
                fw("县(区)健康宁夏建设领导小组"), "健康水平提升行动领导小组", "宁东管委会社会事务局"],
    date="2022-07-29",
    references=["国健推委办发〔2022〕2号", "宁政发〔2019〕36号"],
    enclosed_title="2022年健康宁夏暨健康水平提升行动工作要点",
    alternatives={"issuer": ["自治区健康宁夏建设领导小组 自治区健康水平提升行动领导小组"],
                  "title": ["【宁夏】关于印发《2022年健康宁夏暨健康水平提升行动工作要点》的通知"],
                  "recipients": [["自治区健康宁夏建设领导小组各成员单位", "健康水平提升行动领导小组各成员单位",
                                  fw("各市、县(区)健康宁夏建设领导小组"), "健康水平提升行动领导小组", "宁东管委会社会事务局"]],
                  "doc_type": ["plan"]},
    outline=[
        it("1", "一、", 1, "重点任务"),
        it("1.1", "（一）", 2, "健康知识普及行动"),
        it("1.1.1", "1.", 3, "深化健康促进与教育",
           resp={"lead_units": ["自治区卫生健康委"],
                 "partner_units": ["宣传部", "网信办", "教育厅", "总工会", "妇联", "红十字会", "广播电视局"]}),
        it("1.1.2", "2.", 3, "广"),
    ],
    notes=[
        "Source: a pharmacy-news site (duyaonet.com) copy of a region's joint 印发 notice of two 领导小组: the headline with the site's 【宁夏】 tag, 主送, one paragraph citing two 字号, the two groups' signature one a line, the date, (此件主动公开), the 工作要点's title, 一、, (一), 1. with its bracketed tasking, 2. cut at its first character. Stored as txt.",
        "issuer: the first of the joint signature (the corpus's convention; both accepted). title without the site's 【宁夏】 tag (with it accepted). No 字号 of its own in the copy.",
        "recipients split on 、 and ， outside brackets: 各市、县(区)健康宁夏建设领导小组、健康水平提升行动领导小组 gives 各市 / 县(区)健康宁夏建设领导小组 / 健康水平提升行动领导小组 (the mechanical split, as 各市、州、直管市 in the first corpus; 各市、县(区)… kept whole accepted).",
        "1.'s bracket: 自治区卫生健康委牵头 → lead_units; the bodies that 按职责分工负责 alongside it are partner_units (as 配合); 各市、县〔区〕落实 names the places that carry it out, not named bodies: dropped. Its 26% and 1% targets are no dates.",
        "The notice is signed by two 领导小组 but sets none up (no 组长/成员): leading_group null. The two 字号 cited in the notice are the references; the 健康中国行动 notice's 〔〕 stay.",
    ]))

X = "xuexiju-dongfenglu-street-popsci-community-plan.txt"
write(doc(X,
    doc_type="plan", references=["金政文〔20xx〕106号"],
    alternatives={"issuer": ["东风路街道办事处"], "title": ["东风路街道办事处科普进社区工作实施方案"], "references": [[]],
                  "leading_group": [None]},
    outline=[
        it("1", "一、", 1, "指导思想"),
        it("2", "二、", 1, "组织领导"),
        it("3", "三、", 1, "实施阶段"),
    ],
    leading_group={"name": "东风路街道办事处科普进社区工作领导小组", "heads": [], "deputies": [], "members": [], "office": None},
    notes=[
        "Source: a model-essay site (m.xuexiju.com): its path (首页 \\ 实用范文 \\ 公文写作 \\ 策划书), the page's headline 进社区策划书通用2篇 and its sub-heading, 篇1, then a 街道办事处's 科普进社区 plan: the preamble (制定东风路街道办事处科普进社区工作实施方案:), 一、–三、; cut inside 三、. Stored as txt.",
        "title null: the headline and 篇1 are the site's, and the plan has no title line; the name in its preamble accepted. issuer null (the 办事处 names itself as 我办事处; 东风路街道办事处 accepted). No date.",
        "references: 金政文[20xx]106号 with the site's xx for the year, normalised to 〔〕 as a cited number (none accepted, since the year is blanked).",
        "leading_group: 二、 sets up the 东风路街道办事处科普进社区工作领导小组 by name, with no 组长/成员 or office named (null accepted). 各社区…由主要领导负责此项工作 names no body or person: no responsibility.",
    ]))

J = "baogaosu-2015-jilin-safety-month-task-division-plan.txt"
write(doc(J,
    doc_type="plan", title="省局开展2015年“安全生产月”和“白山松水安全行”活动任务分工方案",
    outline=[
        it("1", "一、", 1, "开展习近平总书记安全生产重要论述和国办20号文件集中宣传活动"),
        it("1.1", "（一）", 2, "副省长谷春立与吉煤集团面对面交流、谈心对话", resp=dep("煤监一处", "办公室")),
        it("1.2", "（二）", 2, fw("省安委会有关成员单位领导与本行业领域企业厂(矿)长(经理)面对面交流、谈心对话"), resp=dep("协调处")),
        it("2", "二、", 1, "开展“百名安监干部进百家企业”活动", resp=dep("各巡视督导组"), time_hint="6月16日"),
        it("3", "三、", 1, "播放安全生产公益广告", resp={"departments": ["宣教办"], "lead_units": ["教育中心"]},
           time_hint="6月份每天黄金时段"),
        it("4", "四、", 1, "打造《安全视界》、手机报和网络专题精品节目",
           resp={"departments": [fw("人事处(宣教办)")], "lead_units": ["教育中心"]}),
        it("5", "五、", 1, "组织安全生产应急预案演练", resp=lu("应急救援指挥中心")),
        it("6", "六、", 1, "开展行业性活动",
           resp={"departments": ["协调处", "宣教办"], "lead_units": ["工会", "共青团", "妇联", "教育", "交通运输", "公安消防"]}),
        it("7", "七、", 1, "“白山松水安全行”活动", resp={"departments": ["暗访办"], "lead_units": ["教育中心"]}),
    ],
    notes=[
        "Source: a news-aggregator (changchun.baogaosu.com) copy of a provincial safety bureau's task-division plan (its 煤监一处 and 吉煤集团 point to the province's 安全生产监督管理局): the title, one sentence, 一、–七、 each with its tasking sentence, the closing line naming the commander. No signature, 字号 or date stored. Stored as txt.",
        "issuer null: the title says 省局 only (the bureau is not named in the copy). date null (none in the copy). 国办20号文件 is no full 字号: no references.",
        "Responsibility in prose (由…牵头负责, 由…负责, …配合): the bureau's own offices (煤监一处, 办公室, 协调处, 宣教办, 人事处(宣教办) as written, 暗访办) are departments; its own 巡视督导组 are departments too (the bureau's internal teams); 教育中心 and 应急救援指挥中心 (centres, not offices) are lead_units. In (一) 办公室配合 joins 煤监一处 in departments (the spec has no partner list for departments).",
        "六、: 协调处、宣教办配合工会、共青团、妇联、教育、交通运输和公安消防等部门开展 — the outside bodies carry the activity and the offices assist: offices as departments, the bodies as lead_units with 等部门 dropped (教育 and 交通运输 are written as fields, kept as written).",
        "time_hint: 二、's 6月16日 (the day of the visits) and 三、's 6月份每天黄金时段; no deadlines. The closing 曹宇光局长任总指挥 names a commander, not a 领导小组: leading_group null.",
    ]))

L = "dali-2022-19-literacy-plan-issuing-notice.txt"
write(doc(L,
    doc_type="notice", issuer="大理白族自治州人民政府", doc_number="大政发〔2022〕19号",
    title=fw("大理白族自治州人民政府关于印发大理白族自治州全民科学素质行动实施方案(2021-2025年)的通知"),
    recipients=["各县", "市人民政府", "大理经开区管委会", "州直各有关部门"], date="2022-05-19",
    references=["国发〔2021〕9号", "云政发〔2021〕29号"],
    enclosed_title=fw("大理白族自治州全民科学素质行动实施方案(2021—2025年)"),
    alternatives={"recipients": [["各县、市人民政府", "大理经开区管委会", "州直各有关部门"]],
                  "enclosed_title": [fw("大理白族自治州全民科学素质行动实施方案(2021-2025年)")],
                  "date": ["2022-05-23"], "doc_type": ["plan"]},
    outline=[
        it("1", "一、", 1, "指导思想和目标"),
        it("1.1", "（一）", 2, "指导思想"),
    ],
    notes=[
        "Source: a prefecture portal (dali.gov.cn) page: the path, a bulleted index block (索引号, 发布机构, 成文日期 written as a millisecond timestamp 1652925292000, 发文字号 大政发 〔 2022〕 19号 with spaces), the headline, a second bulleted block (issuer, 发布时间 2022年05月23日, 来源, font/print links), 主送, one sentence, the signature, the date, (此件公开发布), the enclosed plan's title, preamble, 一、 and (一); cut inside (一). Stored as txt.",
        "doc_number: the index block's 字号 with its spaces removed. date: the signature's 2022年5月19日 (the timestamp is the same day); the posting day 2022-05-23 accepted.",
        "recipients: 各县、市人民政府 split mechanically on 、 (各县 / 市人民政府; kept whole accepted), then 大理经开区管委会, 州直各有关部门.",
        "enclosed_title: the plan's own title below the date, with its long dash (2021—2025年); the notice's 《》 form with a hyphen accepted. references: the two 字号 of the plan's preamble (the index block's own 字号 is the doc_number).",
    ]))

P = "xpu-2017-academician-nomination-notice.txt"
write(doc(P,
    doc_type="notice", issuer="科技处", recipients=["各有关单位"], date="2017-01-06",
    contact={"name": "鱼园", "phone": "62779058", "email": None},
    references=["科协办发组字〔2016〕38号", "科协发组字〔2014〕98号"],
    alternatives={"issuer": ["西安工程大学科技处"], "contact.name": ["鱼园、逯敏飞"],
                  "contact.phone": ["62779058、029-87299128"], "contact.email": ["504007187@qq.com"]},
    notes=[
        "Source: a university research office's site (keyanc.xpu.edu.cn, 西安工程大学) notice without title line: 主送, two paragraphs, two contact lines (the school's own, then the provincial association's department's), the signature 科技处, the date, and the page's leftover 窗体底端. Stored as txt.",
        "title null (none stored). issuer: the signature as written, the office's short name (the university's name with it accepted).",
        "contact: the first 联系人 line, the school's own (鱼园, 62779058); the second line is the provincial association's 企事业工作部 contact, accepted with the first. email: the 信箱 504007187@qq.com is where the forms go, written in the text and not on a contact line: null, accepted.",
        "references: the two 中国科协 字号 cited. No numbered items: 2017年1月13日前 closes the whole notice (no item deadline). 安排省科协企事业工作部负责… describes the province's arrangement; with no items it carries no responsibility.",
    ]))

C = "chacewang-2022-dali-expert-workstations-publicity.txt"
write(doc(C,
    doc_type="other", recipients=["有关单位"],
    contact={"name": "金方堃、黄际坚", "phone": "0872-2319851、2319842", "email": None},
    references=["大科联发〔2020〕1号"],
    alternatives={"issuer": ["大理州科技局"], "doc_type": ["notice"],
                  "contact.name": ["金方堃", "大理州科技局办公室金方堃政策法规与科技监督科黄际坚"],
                  "contact.phone": ["0872-2319851"]},
    outline=[
        it("1", "一、", 1, "公示期5个工作日，自2022年3月7日至2022年3月12日，公示期内，对拟立项项目有异议的单位或个人，均可以实名、书面形式向州科技局反映，州科技局对所反映意见",
           time_hint="自2022年3月7日至2022年3月12日"),
        it("2", "二、", 1, "如公示结束无异议，将根据年度大理州人才发展专项经费安排、后续审批程序等情况，最终决定拨付经费并下达计划项目"),
    ],
    notes=[
        "Source: a policy-aggregator (chacewang.com) copy of a prefecture 科技局's 公示 run into one paragraph: 主送, the preamble with the cited 字号, 一、 and 二、 on the same line, the contact run on after 二、, the address and the attachment's name; no title, signature or date stored. Stored as txt.",
        "doc_type other (a 公示, as the corpus's other 公示; notice accepted). issuer null: no signature; 州科技局 is named only as the body that takes objections (大理州科技局 accepted). date null: 2022年3月4日 is the committee's meeting and 3月7日–12日 the 公示 window, neither the document's date.",
        "一、 and 二、 run on one line: separate items. 一、 has no 。；： before 二、: its heading runs to 二、 without the trailing comma, and its window is the time_hint. 二、's heading stops where the run-on 联系人 begins (the contact block is no part of the item). 向州科技局反映 says where objections go, no task given: no responsibility.",
        "contact: 联系人 followed by each person's office glued to the name (大理州科技局办公室金方堃, 政策法规与科技监督科黄际坚): the two names (the first alone, or the line as written, accepted); phone as written with 、 between the two numbers (the first alone accepted). 地址及邮编 and the attachment are no items.",
    ]))

S = "jsu-2015-school-history-materials-notice.txt"
write(doc(S,
    doc_type="notice", issuer="科技处", title="关于报送吉首大学校史陈列馆建设专题材料的通知",
    recipients=["各学院及相关单位"], date="2015-05-11",
    contact={"name": None, "phone": None, "email": "jdxmglk@163.com"},
    alternatives={"issuer": ["吉首大学科技处"]},
    notes=[
        "Source: a university research office's site (kejichu.jsu.edu.cn): the title, 主送, two paragraphs, the signature 科技处, the date. Stored as txt.",
        "issuer: the signature as written (the university's name with it accepted). recipients: 各学院及相关单位 is one entry (及 is no separator).",
        "contact: no 联系人 line; the notice's one way to reach the office is the 科技处邮箱 jdxmglk@163.com written in the text: the email, with no name or phone.",
        "No numbered items: 5月14日下午17点前 and 6月10日前 are the notice's own return dates, not items' deadlines. No document numbers cited.",
    ]))

V = "vweuut-2017-qingyang-earthquake-publicity-news.txt"
write(doc(V,
    doc_type="news",
    outline=[
        it("1", "一是", 5, "开展防震减灾科普知识电视展播活动"),
        it("2", "二是", 5, "充分利用广场LED屏进行宣传", time_hint="从5月11日开始"),
        it("3", "三是", 5, "开展“5.12”防灾减灾日集中宣传", time_hint="5月12日上午"),
        it("4", "四是", 5, "开展防震减灾知识“进社区”活动", time_hint="5月13日"),
        it("5", "五是", 5, "积极参加环县演武乡农民运动会", time_hint="5月8日"),
        it("6", "六是", 5, "组织开展防震减灾科普知识进“宗教场所”活动", time_hint="5月中下旬"),
        it("7", "七是", 5, "开展防震"),
    ],
    notes=[
        "Source: a mirror (724058.vweuut.asia) of a provincial earthquake bureau's site page reporting a city 地震局's plans for the 5.12 week: two paragraphs, the second listing eight activities as 一是…七是 (cut inside 七是). No headline, no page date stored. Stored as txt.",
        "title null (no headline). date null: 今年 and the 2017 of the plan's name give the year but no day of the report. issuer null (a report; the 地震局 is its subject).",
        "一是…七是 are level-5 items at the top (ids 1–7, as earlier news pages' 一是), headings to the first 。. time_hint: the day or span each item's text states (从5月11日开始, 5月12日上午, 5月13日, 5月8日, 5月中下旬); 一是's 集中利用4天时间 is a length, not a time: none.",
        "联合市电视台 / 联合市体育局、市文广局、市科协 / 联合市委统战部 report partners of the bureau's own activities in a news report, not assignments: no responsibility. The 工作方案 named in 《》 has no 字号.",
    ]))

H = "hlbeskx-2018-xinbaerhu-popsci-day-news.txt"
write(doc(H,
    doc_type="news", title="新巴尔虎右旗举办2018年“全国科普日”活动启动仪式", date="2018-09-20",
    alternatives={"date": ["2018-09-18"], "issuer": ["呼伦贝尔市科学技术协会"]},
    notes=[
        "Source: a city association's site (hlbeskx.org.cn): the welcome line, a 今天是:2022年3月13日… line (the day the page was crawled), the path 首页 >基层动态, the headline, a 发布时间/来源/作者/阅读/分享 block one value a line (作者 市科协), three paragraphs with image file names (图片3.png…) between them; cut at 图片5.pn. Stored as txt.",
        "date: the 发布时间 2018-09-20 (the launch day 9月18日 accepted); the crawl day 2022-03-13 is the site's. issuer null (a report of a banner's launch; the city association as 作者 accepted).",
        "No numbered items, no group: the leaders named attended or spoke. The image file names are page furniture.",
    ]))
