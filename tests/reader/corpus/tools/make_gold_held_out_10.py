"""Hand-made reference parses for the tenth held-out set (tools/held_out_10.txt): twelve public pages found with the
search tool after the ninth held-out set had been looked at, weighted to what a 科协 office receives and issues (plans
whose items name who leads and who takes part, notices with 主送, meeting notices) and a few news pages. Each block was
written by reading the document against parse-format.md, before the reader was run on it. Writes ../gold/<stem>.json."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_gold import doc, it  # noqa: E402  (importing make_gold rewrites the first corpus's gold: the same files)
from make_gold_held_out_2 import write, dep  # noqa: E402  (marks the gold found; rewrites the second set's: the same files)


def lp(lead, partners=()):
    return {"lead_units": [lead], "partner_units": list(partners)}


write(doc("gdast-2006-rural-popsci-meeting-notice.txt",
    doc_type="notice", title="关于召开全省农村科普工作会议的通知", date="2006-12-15",
    recipients=["各地级以上市科协", "有关省级学会"], cc=["机关各部室", "各直属单位"],
    alternatives={"issuer": ["广东省科协办公室", "广东省科协"]},
    outline=[
        it("1", "一、", 1, "会议内容"),
        it("2", "二、", 1, "参加人员"),
        it("3", "三、", 1, "会议时间、地点"),
        it("3.1", "（一）", 2, "时间"),
        it("3.2", "（二）", 2, "地点"),
        it("4", "四、", 1, "其它事项"),
        it("4.1", "（一）", 2, "会议安排典型发言"),
        it("4.2", "（二）", 2, "请参加会议人员安排好工作，准时参加会议"),
        it("4.3", "（三）", 2, "参加农村科普工作会议的代表，接着参加12月27日举行的全省农村基层干部、党员培训工作会议"),
    ],
    notes=[
        "Source: a site (its name replaced by another's) that keeps a provincial association's notice: title, 主送, a paragraph, 一、to 四、 with (一)(二)(三), 附件:会议回执, the date in Chinese numerals without a signature above it, 主题词, 抄送, the 印发 line (广东省科协办公室 2006年12月15日印), a proof-reader's line, 用户登录.",
        "issuer: no signature survives; the 印发 line names the office that printed it and the text says 省科协定于… (both accepted, null given). date: the 成文日期 二○○六年十二月十五日 (the 印发 line agrees).",
        "cc: the 抄送 line. The meeting's days (12月26日, 报到 12月25日, 12月27日) are no deadlines; 附件:会议回执 is no outline.",
    ]))

write(doc("gdast-2006-technology-month-activities-notice.txt",
    doc_type="notice", title="关于开展2006年全省“科技进步活动月”活动的通知", date="2006-03-31",
    recipients=["省级学会", "协会", "研究会", "各地级以上市科协"],
    contact={"name": "顾梅奇、李莉", "phone": "020-83547584", "email": "gmq@gdsta.cn"},
    alternatives={"contact.name": ["顾梅奇"], "date": ["2006-04-06"]},
    outline=[
        it("1", "一、", 1, "各级科协要围绕活动主题，积极采取各种形式，结合贯彻落实党的十六届五中全会和全国科技大会、全省提高自主创新能力工作会议精神，大力宣传科学发展观、宣传《国家全民科学素质行动计划纲要》和《国家中长期科学和技术发展计划纲要》，开展一系列活动"),
        it("2", "二、", 1, "活动开展要结合实际、突出重点，精心策划，组织好专家进村、科教进社区、科技进企业、科普进校园等活动"),
        it("3", "三、", 1, "要发挥科协科普主要力量作用，积极联合有关部门、发动所属学会、组织科普志愿者、依托各类科普教育基地、科技活动场馆、科普宣传阵地，广泛动员社会共同参与，充分利用社会资源推动各项活动开展"),
        it("4", "四、", 1, "要做好活动成效跟踪、报道、宣传、总结工作"),
    ],
    notes=[
        "Source: a gambling site that copied a provincial association's notice page and put its own name into the breadcrumb and the signature (博鱼(中国) above the date): the headline, a 日期/来源/字体/阅读 block, 主送, a paragraph, 一、to 四、 ending in ；, the fax line, e-mail, two contacts, 附: the activity list's title, the date, 相关文件下载.",
        "issuer: the signature is the site's substitution, no body: null (the text says only 省科协). date: the 成文日期 二○○六年三月三十一日; the page's 2006-04-06 accepted.",
        "recipients split on 、 and ，: 省级学会、协会、研究会 gives three. contact: two people a double space apart (顾梅奇、李莉; the first alone accepted); 联系电话(传真) is the phone.",
        "The items say what each 科协 is to do (subject of a duty): no responsibility. 活动结束请各单位上报… has no date: no deadline. 5月20日 is the start of the activity.",
    ]))

write(doc("gdast-2013-10-opinions-lecture-tour-notice.txt",
    doc_type="notice", issuer="广东省科协", doc_number="粤科协办〔2013〕10号",
    title="广东省科协关于开展《中共广东省委 广东省人民政府关于加强新时期科协工作的意见》精神宣讲活动的通知",
    recipients=["各地级以上市科协", "佛山市顺德区科协"],
    alternatives={"title": ["广东省科协关于开展《中共广东省委广东省人民政府关于加强新时期科协工作的意见》精神宣讲活动的通知"]},
    outline=[
        it("1", "一、", 1, "组织机构"),
        it("2", "二、", 1, "主要任务"),
        it("2.1", "（一）", 2, "介绍《意见》出台的背景和重要意义"),
        it("2.2", "（二）", 2, "介绍《意见》的主要内容"),
        it("2.3", "（三）", 2, "提出贯彻落实《意见》精神的主要措施"),
        it("3", "三、", 1, "时间安排", deadline="2013-04-30"),
        it("4", "四、", 1, "宣讲对象"),
        it("5", "五、", 1, "有关要求"),
        it("5.1", "（一）", 2, "加强领导，精心组织"),
        it("5.2", "（二）", 2, "加强宣传，营造氛围"),
    ],
    notes=[
        "Source: the same copying site's page of a provincial association's notice: title, 字号, 主送, a paragraph, 一、to 五、 (the lecture team's 团长/副团长/成员 with spaced names under 一、), cut inside 五、(二); no signature or date.",
        "issuer: the title names the association by its short name only (no full name in the copy). date: none survives.",
        "leading_group: a 宣讲团 (lecture team) is no 领导小组: null. Its names are no contact either.",
        "三、时间安排: the talks are to be held 2013年3月初到4月底前 → 2013-04-30, the item's deadline. (二)'s heading ends at its 。.",
    ]))

write(doc("baise-2007-literacy-work-plan-tasks-page.txt",
    doc_type="notice", issuer="百色市人民政府办公室",
    title="百色市人民政府办公室关于印发百色市实施全民科学素质行动计划纲要（2006—2010年）工作方案的通知",
    enclosed_title="百色市实施全民科学素质行动计划纲要（2006—2010年）工作方案",
    alternatives={"doc_type": ["plan"], "issuer": [None]},
    outline=[
        it("3.8", "（八）", 2, "科普基础设施工程",
           resp=lp("市科协", ["市委组织部", "宣传部", "市发展改革委", "科技局", "教育局", "建设规划委", "农业局", "文化局",
                             "地震局", "总工会", "团市委", "妇联"])),
        it("3.9", "（九）", 2, "政策法规、队伍建设与监测评估",
           resp=lp("市科技局", ["市委组织部", "宣传部", "市发展改革委", "教育局", "财政局", "人事局", "劳动保障局", "农业局",
                               "广电局", "司法局", "法制办", "统计局", "新闻出版局", "总工会", "团市委", "妇联", "文联", "科协"])),
        it("4", "四、", 1, "工作要求"),
        it("4.1", "（一）", 2, "突出重点，抓住关键"),
        it("4.2", "（二）", 2, "加强领导，密切协作"),
    ],
    notes=[
        "Source: the second page of a law site's copy of a city government office's 印发 notice: the site's name, the notice's title, then the enclosed 工作方案 from (八) on (its parent, probably 三、主要任务, is on the first page; ids 3.8/3.9 are a guess and not scored), 四、工作要求 with (一)(二), cut.",
        "doc_type: the page is the 印发 notice's (plan accepted: it holds only the plan). issuer: the title opens with the issuing office. enclosed_title: the 工作方案 the title names.",
        "(八)(九): 总牵头部门:市科协 → lead_units (a body, not an office of the issuer); 责任单位 with a 牵头 named → partner_units, split on 、 and ， as written (宣传部, 科技局 … are the 市委's and the 市's, left as written).",
        "四、(二)'s paragraphs (市人民政府负责领导…; 牵头部门…会同责任单位…) describe the work in general, not an item's assignment: no responsibility.",
    ]))

write(doc("fabao365-literacy-plan-tasks-continued.txt",
    doc_type="plan", alternatives={"doc_type": ["other"]},
    outline=[
        it("4.5.3", "3.", 3, "实施大众传媒科技传播能力建设工程",
           resp=lp("市委宣传部", ["市广电局", "市教育局", "市科技局", "市农牧业局", "市工会", "市团委", "市妇联", "市科协"])),
        it("4.5.4", "4.", 3, "实施科普基础设施工程",
           resp=lp("市科协", ["市发展和改革委员会", "市财政局", "市科技局", "市教育局", "市农牧业局", "市工会", "市团委", "市妇联"])),
        it("4.6", "（六）", 2, "强化政策法规、经费投入、队伍建设与监测评估保障",
           resp=lp("市科技局", ["市委组织部", "市委宣传部", "市发展和改革委员会", "市教育局", "市财政局", "市人事局", "市农牧业局",
                               "市劳动和社会保障局", "市广电局", "市工会", "市团委", "市妇联", "市社会科学联合会", "市科协"])),
        it("5", "五、", 1, "工作进度"),
    ],
    notes=[
        "Source: the third page of a law site's copy of a city's 《纲要》 实施方案, its text run into one line: [接上页], the tail of an item (责任单位 only: its heading is on the page before, no item here), ⒊ ⒋ (the one-character numerals for 3. 4.), ㈥ (for （六）), 五、工作进度 with three 阶段 paragraphs, and a last 六、 cut before its heading (not counted).",
        "Items run together on one line are separate items; each heading stops where the labels 牵头部门/责任单位 begin. 牵头部门 → lead_units (bodies, not the issuer's offices); 责任单位 beside it → partner_units.",
        "doc_type: a plan's tasks and schedule (other accepted). No title, issuer or date in the copy; the 阶段 years are periods, not deadlines.",
    ]))

write(doc("linxi-2022-association-key-work-plan.txt",
    doc_type="plan", title="县科协2022年重点工作谋划", issuer="临西县科学技术协会", date="2021-11-19",
    alternatives={"date": [None], "issuer": [None], "doc_type": ["other"]},
    outline=[
        it("1", "（一）", 2, "强化科协会员工作"),
        it("1.1", "一是", 5, "加强科技团体建设"),
        it("1.2", "二是", 5, "重视乡镇科协建设，切实改变乡镇科协无工作人员、无经费、无活力的现象"),
        it("1.3", "三是", 5, "加强企业科协组织建设"),
        it("1.4", "四是", 5, "培养和增进科协会员的团体意识"),
        it("2", "（二）", 2, "积极实施好科普惠农项目工作"),
        it("2.1", "一是", 5, "做好“科普基层行动计划”和“科普助力新农村计划”项目的培育、申报和实施工作，促进农村专业技术协会建设，建好科普示范基地，培养科技带头人"),
        it("2.2", "二是", 5, "组织农学、林学、畜牧兽医、中医药等学会的专家深入农村，开展农业科技咨询服务活动"),
        it("2.3", "三是", 5, "为科技创业提供支撑"),
        it("3", "（三）", 2, "继续抓好科协品牌科普活动"),
        it("4", "（四）", 2, "积极推进县级科技馆建设"),
        it("5", "（五）", 2, "建立特色农业科技示范"),
    ],
    notes=[
        "Source: a county portal's page: the title, a labelled line (体裁分类, 主题分类, 发布时间, 发布机构, 浏览次数, 字体), the title again, (一) to (五) (cut inside (五)).",
        "doc_type: a year's key work (谋划) is a plan (other accepted). issuer: the page's 发布机构 label names the association (null accepted); date: 发布时间 (null accepted).",
        "一是…四是 are inline items; the page lost the stop before 二是, 三是 and 四是 (…学术带头人二是重视…), which still open items. Their headings end at the first 。 or where the next point opens.",
    ]))

write(doc("zaozhuang-2019-chairs-meeting-urgent-notice.txt",
    doc_type="notice", issuer="枣庄市科学技术协会", title="关于召开全市科协主席会议的紧急通知", date="2019-10-09",
    recipients=["各区（市）科协", "枣庄高新区科协", "市科协有关部（室）"],
    contact={"name": None, "phone": "8059000、3321213", "email": None},
    alternatives={"contact.phone": ["8059000", "8059000 3321213"]},  # as written (the spec), a space apart
    outline=[
        it("1", "一、", 1, "会议时间、地点"),
        it("2", "二、", 1, "会议内容"),
        it("2.1", "1.", 3, "上午各区（市）科协汇报交流换届进展情况和基层科协组织力“3+1”试点工作开展情况，要总结试点工作的经验做法，存在的困难问题、下步工作打算以及对这项工作的意见建议"),
        it("2.2", "2.", 3, "下午安排布置有关工作"),
        it("3", "三、", 1, "参会人员", deadline="2019-10-09"),
    ],
    notes=[
        "Source: a city association's notice page: title, 主送, a paragraph, 一、to 三、 (二、 with 1. 2.), two paragraphs on the 参会人员名单 and the 汇报材料, the signature and the date.",
        "三、参会人员 goes on with the request for the list of participants by 10月9日下午3:00前 (no new section opens): the item's deadline, 2019-10-09 in the notice's year. The meeting's day is no deadline.",
        "contact: two numbers a space apart in brackets after 市科协办公室 (联系电话:8059000 3321213) are two phones; no person is named.",
    ]))

write(doc("xuzhou-2013-standing-committee-meeting-notice.txt",
    doc_type="notice", issuer="徐州市科学技术协会", title="关于召开市科协六届十次常委（扩大）会议的通知",
    date="2013-07-24", recipients=["各位常委"],
    outline=[
        it("1", "一、", 1, "会议主要议程"),
        it("1.1", "①", 5, "2013年各县（市）区上半年创新性、特色性工作以及下半年主要工作安排"),
        it("1.2", "②", 5, "对市科协以及省科协的工作意见和建议"),
        it("1.3", "①", 5, "听取学会部有关学会成立的汇报并审议"),
        it("1.4", "②", 5, "听取并审议市科协工作报告"),
        it("2", "二、", 1, "会议地点"),
        it("5", "五、", 1, "其他事项"),
    ],
    notes=[
        "Source: a city association's page: breadcrumb, title, a 时间/来源/作者/字体 line, 主送, a paragraph, 一、 (two 阶段 with ①② points each), 二、, 五、 (三、四、 missing in the page), the indented signature and date.",
        "①② are inline items (level 5); the second pair restarts at ①. 五、 keeps its number.",
        "date: the signature's 2013年7月24日 (the page's 2013/7/29 is its posting time). The meeting's day is no deadline.",
    ]))

write(doc("csit-2018-office-meeting-news.txt",
    doc_type="news", date="2018-01-25",
    alternatives={"date": [None], "issuer": ["中国惯性技术学会"]},
    outline=[
        it("1", "1.", 3, "组织开展中国科协系统2017年度综合统计调查工作，由学会办公室负责", resp=dep("学会办公室")),
        it("2", "2.", 3, "关于开展2017年创新人才推进计划组织推荐工作"),
        it("3", "3.", 3, "征集2018年中国创新成果交易会成果项目、科技需求和专项活动等工作"),
        it("4", "4.", 3, "组织开展《中国科学技术协会年鉴》编纂，由学会办公室负责", resp=dep("学会办公室")),
        it("5", "5.", 3, "申报2018年国际民间组织科技事务专项工作，由学术交流部（国际）负责", resp=dep("学术交流部（国际）")),
        it("6", "6.", 3, "组织征集2018年中国国际科普作品大赛科普选题工作，由科普部负责", resp=dep("科普部")),
        it("7", "7.", 3, "申报2018年中国青年科学家参与国际组织及相关活动项目工作，由学术交流部（国际）负责", resp=dep("学术交流部（国际）")),
        it("8", "8.", 3, "关于世界公众科学素质促进大会专题论坛申报工作，由科普部负责", resp=dep("科普部")),
        it("9", "9.", 3, "关于出席《中国科协科技期刊发展蓝皮书》发布会，请《学报》编辑部领导参加", resp=dep("《学报》编辑部")),
    ],
    notes=[
        "Source: a national society's news page without headline: the site's greeting with the day it was crawled (2019年6月5日 星期三: chrome, not the report's date), the report of an office meeting with the work it assigned as 1. to 9., (秘书处供稿).",
        "date: the report's own dateline, the day of the meeting (null accepted). issuer: the society whose 秘书处 wrote it (accepted), null given: a news report.",
        "Responsibility in prose: 由学会办公室负责, 由科普部负责 name the society's own offices → departments (学术交流部（国际） as written); 请《学报》编辑部领导参加 asks an office of its own (编辑部) → departments. 2. and 3. name nobody.",
    ]))

write(doc("chengdu-2025-association-work-meeting-news.txt",
    doc_type="news", title="2025年成都市科协工作会召开", date="2025-03-07", issuer="成都市科协",
    alternatives={"issuer": [None, "成都市科学技术协会"]},
    notes=[
        "Source: a district association's page reposting a city association's report (上级新闻): breadcrumb, headline, 来源/日期 line, image file names, the report.",
        "issuer: the 来源 names the association the report is from (null accepted). date: the page's 日期 (the meeting was 3月5日).",
        "No numbered items, no group.",
    ]))

write(doc("linan-2025-plenary-session-news.txt",
    doc_type="news", title="杭州市临安区科协十届四次全委会顺利召开", date="2025-04-25",
    alternatives={"issuer": ["临安区科协", "杭州市临安区科协"]},
    notes=[
        "Source: a city association's news page: headline, 日期/查看 line, the report (cut).",
        "date: the page's 日期 (the session was 4月24日). issuer: no 来源; the report is about 临安区科协 (accepted), null given.",
        "No numbered items.",
    ]))

write(doc("csfcm-2024-society-union-presidium-news.txt",
    doc_type="news", title="中国科协创新融合学会联合体主席团会议在学会会员之家召开", date="2024-01-03",
    alternatives={"title": ["【学会动态】中国科协创新融合学会联合体主席团会议在学会会员之家召开"],
                  "issuer": ["中国复合材料学会"]},
    outline=[
        it("1", "一是", 5, "服务大局，强化担当"),
        it("2", "二是", 5, "锚定高地，精准谋划"),
        it("3", "三是", 5, "凝聚人心，务求实效"),
    ],
    notes=[
        "Source: a national society's news page: the day the page was crawled, a greeting, the column name, the headline with its column tag 【学会动态】, an empty 来源 with 时间/浏览, the report with image file names and captions, a speech with 一是/二是/三是 (cut).",
        "title: the headline without the column tag (with it accepted). date: the page's 时间 (the meeting was 2023年12月28日). issuer: 来源 empty: null (the society accepted).",
        "The speaker's 一是…三是 are inline items; each heading ends at its first 。.",
    ]))
