"""Hand-made reference parses for the thirtieth held-out set (tools/held_out_30.txt): twelve public pages found with the
search tool for what a 科协 office meets in a month from bodies and topics earlier sets used little (科普大篷车, 科技志愿服务,
院士工作站, 气象科普, 图书馆 and 科技馆 科普日/防灾减灾日 plans, 青少年科技创新大赛 and 青少年科普活动周, a 教育 office's
科普日 meeting, a 青少年科技中心's 转发 letter): four plans or 印发/转发 notices that assign work (a provincial government
office's 转发 notice of a 气象科普 plan under an index block, a city government's 印发 notice of a task-division plan run into
one paragraph, a district library's 科普日 plan, a science museum's 防灾减灾日 plan with its 协办单位), four notices and calls (a
provincial youth centre's contest notice with spaced contact names, a city association's joint notice with its 字号 and a 组委会
办公室, a district's notice without title whose numbered lists restart under two labels, a 转发 letter whose 字号 and dates lost
their marks) and four news pages or others (two 科普大篷车 reports, a city paper's 科技志愿服务 report, a 公示 of 院士工作站 in
traditional characters). Each block was written by reading the document against parse-format.md; the reader was not run on
any of them. Writes ../gold/<stem>.json."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_gold import doc, it  # noqa: E402  (importing make_gold rewrites the first corpus's gold: the same files)
from make_gold_held_out_2 import write, lu, fw, head, pu  # noqa: E402  (marks the gold found; rewrites the second set's: the same files)


# ---------------------------------------------------------------- plans and 印发/转发 notices that assign work

K = "kjzch-2013-76-henan-meteorological-popsci-plan-forwarding.txt"
write(doc(K,
    doc_type="notice", issuer="河南省人民政府办公厅", doc_number="豫政办〔2013〕76号",
    title=fw("河南省人民政府办公厅关于转发河南省气象科普发展规划(2013—2020年)的通知"),
    recipients=["各市", "县人民政府", "省人民政府各部门"], date="2013-08-28",
    enclosed_title=fw("河南省气象科普发展规划(2013—2020年)"),
    alternatives={"title": [fw("关于转发河南省气象科普发展规划(2013—2020年)的通知")],
                  "recipients": [["各市、县人民政府", "省人民政府各部门"]]},
    outline=[
        it("1", "一、", 1, "河南省气象科普发展现状及需求分析"),
        it("1.1", "（一）", 2, "气象科普发展现状"),
        it("1.1.1", "1.", 3, fw("气象科普场馆(所)建设取得明显突破")),
    ],
    notes=[
        "Source: a regional policy site's copy (henan.kjzch.com) of a provincial government office's 转发 notice: a headline with the 字号 before the title, an index block (索引号/发文机关/成文日期 labels, most values empty; 标题, 发文字号 and 发布时间 2013年08月28日 filled), the document's own title on three lines (issuer / 关于转发… / (2013—2020年)的通知), the 字号, 主送, one sentence forwarding the plan, the signature, the date, then the plan: its title, a bracketed line naming its two drafting bodies and their date, the preamble, 一、 with (一) and 1.; cut inside 1. Stored as txt.",
        "title: the three title lines joined (issuer line included, as the index block's 标题 prints it; the 关于… lines alone accepted). issuer from the signature and the title's first line. date: the signature's 2013年8月28日 (the index block's 发布时间 agrees); the plan's own (省科协 省气象局 2013年7月16日) is the enclosed plan's date, not the notice's.",
        "enclosed_title: the forwarded plan's title, which follows the date on its own line (doc_type notice: a 转发 notice wrapping a 规划). The line naming 省科协 省气象局 is the plan's authors, not an issuer or a responsibility.",
        "recipients: 各市、县人民政府 split on 、 as the spec splits mechanically (各市 / 县人民政府; unsplit accepted), then 省人民政府各部门.",
        "references: no other 字号 in the copy (the 纲要, 规划 and 实施方案 cited carry none; 豫政办〔2013〕76号 is the document's own number, printed three times). Items: the enclosed plan's 一、, (一) and 1. (heading to the first 。); no responsibility or deadline in what survives.",
    ]))

D = "010b-2023-deyang-literacy-task-division-plan-issuing.txt"
write(doc(D,
    doc_type="notice", issuer="德阳市人民政府",
    title="德阳市人民政府关于印发《德阳市贯彻落实〈四川省全民科学素质行动实施方案〉任务分工方案》的通知",
    recipients=[fw("各区(市、县)人民政府"), "各重点产业功能区", "市级有关部门"], date="2023-03-23",
    references=["川府发〔2022〕28号"],
    enclosed_title="德阳市贯彻落实《四川省全民科学素质行动实施方案》任务分工方案",
    alternatives={"date": ["2023-03-24"], "issuer": ["德阳市政府"],
                  "enclosed_title": ["德阳市贯彻落实〈四川省全民科学素质行动实施方案〉任务分工方案"]},
    outline=[
        it("1", "一、", 1, head(D, "一、")),
        it("2", "二、", 1, head(D, "二、")),
    ],
    notes=[
        "Source: a policy aggregator's page (sc.010b.com) of a city government's 印发 notice: the headline, the labels 政策/发布部门/发布时间/有效性, then the whole document run into one paragraph — 主送, the issuing sentence, the signature glued to its date (德阳市人民政府2023年3月23日), the enclosed plan's title glued to its preamble, 一、指导思想 and 二、工作目标 glued to their text; cut inside 二、. Stored as txt.",
        "issuer: the signature 德阳市人民政府 (the site's 发布部门 德阳市政府 accepted). date: the signature's 2023年3月23日 read off the run-on line; the site's 发布时间 2023年03月24日 accepted.",
        "title: the headline, with the nested 〈〉 as printed. enclosed_title: the plan's own title as it follows the date, with 《》 around the provincial plan (the title's 〈〉 form accepted). doc_type notice: an 印发 notice wrapping the 任务分工方案.",
        "recipients: 各区(市、县)人民政府 stays whole (the 、 is inside brackets). references: 川府发〔2022〕28号, cited in the plan's preamble; the title's 《四川省全民科学素质行动实施方案》 carries no 字号 of its own.",
        "Items: 一、 and 二、 are glued to their text, so each heading runs, by the spec's rule, to the first 。 (as the run-on 公示 in set 28; a reader that stops at the short label 指导思想/工作目标 misses the heading). 二、's 到2025年 is the target year of a goal, not a deadline of a task: deadline null. The copy stops before any task assigned with 牵头/责任单位: no responsibility.",
    ]))

W = "wenmingmy-2021-miyun-library-science-day-plan.txt"
write(doc(W,
    doc_type="plan", title="密云区图书馆创城手拉手2021年全国科普日系列活动方案", date="2021-09-11",
    references=["京密科协发〔2021〕7号"],
    alternatives={"title": ["【创城进行时】密云区图书馆创城手拉手2021年全国科普日系列活动",
                            "密云区图书馆创城手拉手2021年全国科普日系列活动"],
                  "issuer": ["密云区图书馆"], "date": [None]},
    outline=[
        it("1", "一、", 1, "活动名称"),
        it("2", "二、", 1, "活动宗旨"),
        it("3", "三、", 1, "活动主题"),
        it("4", "四、", 1, "时间安排"),
        it("5", "五、", 1, "活动方式"),
        it("6", "六、", 1, "活动地点"),
        it("7", "七、", 1, "具体活动安排"),
        it("7.1", "1、", 3, "活动内容"),
    ],
    notes=[
        "Source: a district civilisation office's site (wenmingmy.cn) page: two banner lines, the headline with its column tag 【创城进行时】, an 更新时间/点击次数 line, the plan's own title on two lines (…2021年 / 全国科普日系列活动方案), the preamble, 一、–七、 each with its value on the next line, and 七、's 1、; cut inside 1、. Stored as txt.",
        "title: the plan's own title, its two lines joined (the headline with or without its tag accepted). issuer null: no signature or issuer line; the library names itself in the prose (密云区图书馆决定…; accepted). date: the page's 更新时间 2021-09-11 (the plan's first day too; null accepted), as earlier plans and notices without signature.",
        "references: the district association's 京密科协发[2021]7号, normalised to 〔〕. The 纲要 and 科普法 carry no 字号.",
        "Items: 一、–七、 are short headings with their value on the next line; 四、's 2021年9月11日——17日 is the plan's period, not a deadline (no time_hint given, as the meeting notices' 会议时间). 1、活动内容: under 七、 is level 3, heading to the first ：. The district association's 统一部署 names no task: no responsibility.",
    ]))

F = "fzkjg-2023-fuzhou-museum-disaster-day-plan.txt"
write(doc(F,
    doc_type="plan",
    title="2023年福州科技馆全国防灾减灾日科普活动“防范灾害风险 护航高质量发展”活动方案", date="2023-05-10",
    alternatives={"title": ["2023年福州科技馆全国防灾减灾日科普活动“防范灾害风险护航高质量发展”活动方案"],
                  "issuer": ["福州科技馆", "福州科技馆办公室"], "date": [None, "2023-05-14"]},
    outline=[
        it("1", "一、", 1, "活动主题"),
        it("2", "二、", 1, "主办单位"),
        it("3", "三、", 1, "协办单位", resp=pu("福建拓天生物科技有限公司", "福建省麒麟减防灾救援服务中心")),
        it("4", "四、", 1, "活动时间"),
        it("5", "五、", 1, "活动地点"),
        it("6", "六、", 1, "活动内容"),
    ],
    notes=[
        "Source: a city science museum's own site (fzkjg.com): a row of links (我要报名/采购信息/人才招聘/志愿者招募), the path 福州科技馆 > 专项主题活动, the headline, a 发布时间/来源 line (来源:福州科技馆办公室), the lead-in, 一、–六、 (label and value on one line, 三、's second unit on its own line), then 打卡点1.–3. under 六、; cut inside 打卡点3. Stored as txt.",
        "title: the headline, the space inside the quoted theme kept as the page sets it (removed accepted). issuer null: a plan without signature; the museum (or the office the 来源 names) accepted. date: the page's 发布时间 2023-05-10 (null accepted; the event's 2023年5月14日 accepted too).",
        "三、协办单位 names two bodies: that item's partner_units (协办单位 is a partner label of the spec; as jiangsu-2020-11's 本次活动协办单位 in round 17). 二、主办单位 福州科技馆 is the plan's own body under a label the spec does not list (主办, not 牵头/承办/责任): no responsibility.",
        "打卡点1./打卡点2./打卡点3. are check-point names with a number, not markers at a line's start: no items. 打卡点2's 由福建省麒麟减防灾救援服务中心的工作人员为市民带来… describes who gives a class, inside 六、's text, not a task the plan assigns: no responsibility there. Times (9:30-12:00, 9-12点) are no deadlines.",
    ]))

# ---------------------------------------------------------------- notices and calls

X = "xiaoxiaotong-2020-2-hubei-youth-innovation-contest-notice.txt"
write(doc(X,
    doc_type="notice", doc_number="鄂青科〔2020〕2号",
    title="关于启动第35届湖北省青少年科技创新大赛项目申报的通知", recipients=["各有关单位"],
    contact={"name": "周莹 熊雯娟", "phone": "027-87838744", "email": "hbastic@sina.com"},
    alternatives={"contact.name": ["周莹"], "issuer": ["湖北省青少年科技中心"]},
    outline=[
        it("1", "一、", 1, "原则及要求"),
        it("2", "二、", 1, "内容及申报"),
        it("2.1", "1.", 3, "内容"),
        it("2.2", "2.", 3, "各市州、直管市、林区在当地比赛的基础上，按要求向省级竞赛选送参赛作品"),
        it("2.3", "3.", 3, "各市州、直管市、林区须于2020年1月8日—31日完成大赛网上申报工作", deadline="2020-01-31"),
        it("3", "三、", 1, "其他事项", resp=lu("湖北省青少年科技中心")),
    ],
    notes=[
        "Source: the youth science platform's news page (xiaoxiaotong.org) of a provincial notice: the title, the 字号 鄂青科〔2020〕2号 under it, 主送, the preamble, 一、–三、 with 1.–3. under 二、, then 负责部门, 联 系 人, 电 话, 传 真, E-mail, 地址 and the start of 附件:; cut before the signature. Stored as txt.",
        "issuer null: no header line or signature survives; the text names the 湖北省青少年科技中心 only as the contest's 承办 (accepted). date null: no signature date; 2020年1月 is the launch month.",
        "contact: 联 系 人:周 莹 熊雯娟 — two people, the first a two-character name set with a space (周莹); given as 周莹 熊雯娟 (the shared scorer takes spaces out, so the page's spacing reads the same), the first person alone accepted. phone: the 电 话 value (传真 prints the same number). email: the E-mail line. 负责部门 names the centre's 科学教育部 as the desk, not a person: no contact name from it.",
        "2.3's 须于2020年1月8日—31日完成…申报 with 网上申报截止时间为2020年1月31日下午17点: that item's deadline 2020-01-31. 三、其他事项: 大赛由湖北省青少年科技中心承办 → lead_units (承办单位 are lead units; the centre is not one of the issuer's own offices).",
        "references: the 章程 carries no 字号. 1.内容: heading to the first ：.",
    ]))

Z = "zssta-2021-13-zhongshan-youth-popsci-week-notice.txt"
write(doc(Z,
    doc_type="notice", doc_number="中科协联字〔2021〕13号",
    title="关于举办2021年中山市青少年科普活动周活动的通知",
    recipients=["各镇街科协", "教体文旅局", fw("工信科商局(经科局)"), fw("团委(团工委)"), fw("宣传办(文明办)"), "各有关单位"],
    date="2021-10-13",
    alternatives={"issuer": ["市科协", "中山市科学技术协会"], "date": [None]},
    outline=[
        it("1", "一、", 1, "活动时间"),
        it("2", "二、", 1, "活动地点"),
        it("3", "三、", 1, "活动内容与形式"),
        it("3.1", "（一）", 2, "2021年中山市青少年科普活动周活动在主会场和分会场同步启动",
           resp=lu("2021年中山市青少年科普活动周组委会办公室")),
        it("3.2", "（二）", 2, head(Z, "(二)"), deadline="2021-10-15"),
        it("4", "四、", 1, "组织实施及要求"),
        it("4.1", "（一）", 2, "举办青少年科普活动周是整合资源，扩大青少年科技教育影响力和覆盖面的新举措"),
    ],
    notes=[
        "Source: a city association's own site (zssta.org.cn) page of a joint notice of five bodies: the headline, a 发布时间/出处 line (2021-10-13, 市科协), the 字号 中科协联字〔2021〕13号, 主送, the preamble naming the five bodies, 一、–四、 with (一)/(二) under 三、 and 四、; cut inside 四、(一) before the signature. Stored as txt.",
        "issuer null: no header line or signature survives; the 出处 市科协 and the preamble's 市科协、市教体局… name bodies in prose (the association accepted). date: the page's 发布时间 (as earlier notices without signature; null accepted).",
        "recipients: split on 、 and ， outside brackets; 工信科商局(经科局), 团委(团工委), 宣传办(文明办) keep their brackets.",
        "3.1: 由2021年中山市青少年科普活动周组委会办公室(设在市科协)统一组织主会场的各项活动 → lead unit (由X统一组织; a 组委会's office, not one of the issuer's own offices, though it sits in the association). 3.2 asks the venues to report 于10月15日前: its deadline, with the document's year (2021-10-15). Its heading runs to the first 。 (the brackets with 附件1-1. hold no stop).",
        "附件1. and 附件1-1. inside brackets are references to attachments, not items or 字号: no references (the 纲要 carries none).",
    ]))

C = "czvec-2020-huaian-science-day-launch-training-notice.txt"
write(doc(C,
    doc_type="notice", recipients=[fw("各镇(街道)中小学总校"), fw("各区直(民办)学校(幼儿园)")], date="2020-09-15",
    contact={"name": "徐洪桂、王国云", "phone": "13511518090", "email": None},
    alternatives={"contact.name": ["徐洪桂"], "contact.email": ["531017661@163.com"]},
    outline=[
        it("1", "1.", 3, "参加启动仪式"),
        it("2", "2.", 3, "观摩科普大篷车进校园活动"),
        it("3", "3.", 3, "科技创新大赛辅导讲座"),
        it("4", "1.", 3, "会议使用扫码方式签到，各单位参会人员要按时参加会议"),
        it("5", "2.", 3, fw("会议将登记培训学时，请参会者完整、准确填写单位信息(交流或借用人员须填写学时记录单位全称，并附现工作单位简称)")),
        it("6", "3.", 3, "各单位要在“全国科普日”活动期间，开展丰富多彩的科普教育活动"),
        it("7", "4.", 3, fw("要认真组织指导参加区第七届青少年科技创新大赛(附件2)，多出作品，出好作品")),
        it("8", "5.", 3, fw("各单位在9月28日前提交科普日活动项目备案表(附件3 )和活动总结材料(图片、简要文字等)，发送到邮箱531017661@163.com，择优报市荐省"),
           deadline="2020-09-28"),
    ],
    notes=[
        "Source: a district education portal's output page (222.184.64.150:1280/czvec) of a notice without title or issuer: 主送, the lead-in, labelled lines 活动时间/活动地点/参会人员, 活动内容: with 1.–3., 其他: with 1.–5., 联系人 and 电话 on one line, 附件: 1.–4., the date in Chinese numerals. Stored as txt.",
        "title, issuer and doc_number null: none printed (the sender is a district education office or its 科技教育 desk, never named). date: 二〇二〇年九月十五日 → 2020-09-15.",
        "recipients: two, split on ，; the brackets (街道), (民办), (幼儿园) stay inside their entries.",
        "Items: two numbered lists under unnumbered labels (活动内容:, 其他:), the second starting again at 1.; both at level 3 with no parent, and the later list counts on so that ids stay unique (4–8, as the reader's tested convention for a run that restarts), markers as written. The 附件: list 1.–4. is not outline. 活动时间 2020年9月21日 is the meeting's time, no deadline.",
        "8 (其他 5.) asks for the 备案表 and summaries 在9月28日前: its deadline, the document's year (2020-09-28).",
        "contact: 联系人:徐洪桂、王国云 (the first alone accepted), 电话 one mobile number. email null: no mailbox on the contact line; 5.'s 发送到邮箱531017661@163.com is where materials go (accepted as the contact's email).",
    ]))

G = "gdsh-2013-guangdong-youth-grain-survey-forwarding-letter.txt"
write(doc(G,
    doc_type="notice", issuer="广东省青少年科技中心", doc_number="粤青科联〔2013〕9号",
    title=fw("关于转发教育部、中国科协等部委《关于开展节约粮食,从我做起--2013年青少年科学调查体验活动的通知》的函"),
    recipients=["各地级以上市", "佛山市顺德区青少年科技教育工作机构", "各有关学校"], date="2013-05-24",
    contact={"name": "彭柏洪", "phone": "020-83567498", "email": "429773966@qq.com"},
    references=["教基一函〔2013〕4号", "科协青发〔2013〕8号"],
    enclosed_title=fw("关于开展节约粮食,从我做起--2013年青少年科学调查体验活动的通知"),
    alternatives={"issuer": ["广东省青少年科技中心 广东省青少年科技教育协会",
                             "广东省青少年科技中心广东省青少年科技教育协会"],
                  "doc_number": ["粤青科联20139"], "date": ["2013-05-27"],
                  "recipients": [["各地级以上市、佛山市顺德区青少年科技教育工作机构", "各有关学校"]],
                  "references": [["教基一函20134号", "科协青发20138号"]],
                  "enclosed_title": [fw("关于开展“节约粮食,从我做起--2013年青少年科学调查体验活动”的通知")],
                  "contact.phone": ["020-83567498 18924001893", "020-83567498、18924001893"]},
    notes=[
        "Source: a provincial youth science platform's page (gdsh.com.cn): the day the page was crawled (2024年11月24日 农历十月廿四 星期日), the headline, a 来源/作者 line with the posting day 2013-05-27, the 字号 with its brackets and 号 lost (粤青科联20139), 主送, two paragraphs forwarding a five-ministry notice, 专此函达, 附件 1.–3. (.rar files), the two bodies' signature on one line, the date with its marks lost (2013524), the contact in an unclosed bracket (联系人, 电话, then 手机 and 邮箱 on the next line). Stored as txt.",
        "doc_type notice: a 转发 函 (a letter forwarding a notice, as earlier 转发 函). title: the headline. enclosed_title: the forwarded notice's name as the title cites it (the body's form with the theme in quotes accepted).",
        "doc_number: 粤青科联20139 read as 粤青科联〔2013〕9号 (year then number, the marks lost as in the dates 522日, 815日, 2013524); the page's form accepted. references likewise: 教基一函20134号 → 教基一函〔2013〕4号, 科协青发20138号 → 科协青发〔2013〕8号 (the page's forms accepted as a list).",
        "issuer: the first body of the joint signature (both accepted). date: 2013524 → 2013-05-24 (the signature date; the page's 2013-05-27 accepted; the crawl day is the site's). 522日 and 815日 are 5月22日 and 8月15日; 8月15日 closes the whole letter's call: no items, no item deadline.",
        "recipients: 各地级以上市、佛山市顺德区青少年科技教育工作机构 split on 、 (unsplit accepted), then 各有关学校. contact: 彭柏洪; phone the 电话 (with the 手机 accepted); email the 邮箱. The 附件 list is not outline.",
    ]))

# ---------------------------------------------------------------- news pages and others

write(doc("hast-2024-fugou-caravan-school-village-news.txt",
    doc_type="news", title="周口扶沟县科协：增添新动力 激发新活力——暨科普大篷车扶沟古城乡秦岭行", date="2024-05-31",
    alternatives={"title": ["周口扶沟县科协：增添新动力激发新活力——暨科普大篷车扶沟古城乡秦岭行"],
                  "issuer": ["扶沟县科协"], "date": ["2024-05-24"]},
    notes=[
        "Source: a provincial association's own site (hast.net.cn) news page: the path (您当前所在位置: 河南省科学技术协会 综合信息 工作动态 科协工作动态), the headline, a 来源/时间 line (扶沟县科协, 2024-05-31), the lead paragraph, 活动1:科普大篷车进校园 and 活动2:科普大篷车进乡村 each with image file names and paragraphs; cut in the last sentence. Stored as txt.",
        "title: the headline with its colon full-width and the space between the two phrases kept as the page sets it (removed accepted). date: the page's 时间 2024-05-31 (the event's 5月24日 accepted). issuer null: a report; the 来源 names who sent it (accepted).",
        "活动1:/活动2: are labels with a number, not markers: no items. The 市气象局 and 市科技馆 are partners of the event in prose, no task assigned: no responsibility. Image file names (1717168882997311.jpg) are page furniture.",
    ]))

write(doc("cdstm-2025-yangbi-caravan-walnut-village-news.txt",
    doc_type="news", title="云南省漾濞县科协走进顺濞镇开展科普大篷车进乡村活动", date="2025-12-24",
    alternatives={"date": ["2025-12-17"], "issuer": ["漾濞彝族自治县科学技术协会"]},
    notes=[
        "Source: the national caravan service platform's feedback page (kpfwpt.cdstm.cn): the platform's menu (展品管理系统, 维保信息查询…, 微信小程序), the path 首页 >> 工作动态>> 信息详情, the headline, a line with the posting time, 供稿 and 车型, 分享到:, three paragraphs; cut inside the third. Stored as txt.",
        "date: the page's 2025-12-24 (the dateline of the item; the event's 2025年12月17日 accepted). issuer null: the 供稿 line names the county association as the item's sender, not an issuer (accepted).",
        "No numbered items; 县科协…; 核桃产业协会… describe what each side did, not tasks a document assigns: no responsibility.",
    ]))

write(doc("yybnet-2020-yongshou-science-volunteers-news.txt",
    doc_type="news", title="永寿扎实开展科技志愿服务活动", date="2020-10-14",
    notes=[
        "Source: a regional news site's page (m.yybnet.net) of a city daily's report: the headline, a 咸阳日报/time/大字 line, three paragraphs (本报讯(记者 袁森)…), an editor's code (B)(10), then the site's 新闻推荐 block with another item's headline and lead, and the column's slogan. Stored as txt.",
        "date: the page's 2020-10-14. issuer null (a newspaper report). The 新闻推荐 item is the site's furniture, not a second item of this page: no segments.",
        "Paragraphs open with bold-style lead phrases (建立健全科技志愿服务队伍。发挥示范带动作用。) without markers: no items. The yearly minimums (不少于3次…) are no deadlines.",
    ]))

write(doc("shyiduo-2024-guangdong-academician-stations-publicity.txt",
    doc_type="other", issuer="廣東省科協", date="2024-03-21",
    contact={"name": "邵老師", "phone": "020-83544682", "email": None},
    alternatives={"doc_type": ["notice"], "issuer": ["广东省科协"], "contact.name": ["邵老师"]},
    notes=[
        "Source: a company site's copy (shyiduo.com) of a provincial association's 公示 in traditional characters, without headline: one paragraph, 公示日期, 受理部門 with address, 聯系人 and 聯系電話 on one line, 附件:, the signature 廣東省科協, the date, then the attachment's list as a table (序號 | 單位名稱 | 進站院士 | 推薦單位 |). Stored as txt.",
        "doc_type other: a 公示 (as earlier 公示; notice accepted). title null (no headline). issuer: the signature as written, in traditional characters (simplified accepted). date: the signature's 2024年3月21日; 公示日期 2024年3月21日至27日 is the objection window of the whole document, not an item's deadline.",
        "contact: 聯系人:邵老師 (a surname with 老師) and 聯系電話; no mailbox. 受理部門:省科協學會學術部 says where objections go, no task: no responsibility (and no items). The attachment's table is a list after the signature, not outline; the 管理辦法 cited has no 字号.",
    ]))
