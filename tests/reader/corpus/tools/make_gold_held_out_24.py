"""Hand-made reference parses for the twenty-fourth held-out set (tools/held_out_24.txt): twelve public pages found with the
search tool, from the provinces of the north and west and from colleges: five news pages (three without a headline), five
notices (a provincial association's list of survey stations, a district association's contest notice with its group, two
college notices, an elders' association forwarding its summary) and two others (a provincial association's 印发 notice of its
five-year plan cut in the plan's table of contents, a department's year summary). Each block was written by reading the
document against parse-format.md; the reader was not run on any of them. Writes ../gold/<stem>.json."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_gold import doc, it  # noqa: E402  (importing make_gold rewrites the first corpus's gold: the same files)
from make_gold_held_out_2 import write, lu, m  # noqa: E402  (marks the gold found; rewrites the second set's: the same files)


write(doc("hljkx-2023-survey-stations-first-batch-notice.html",
    doc_type="notice", issuer="黑龙江省科学技术协会", date="2023-09-25",
    recipients=["各市（地）科协", "各省级学会（协会、研究会）", "各高校科协", "企业（园区）科协", "各有关单位"],
    alternatives={"doc_type": ["other"]},
    notes=[
        "Source: the provincial association's own site (hljkx.org.cn) news page: no headline stored, 主送, two paragraphs naming the first ten survey stations, signature and date. Rebuilt as HTML around the stored text (the page title is the site's name).",
        "title null (no headline). issuer and date from the signature (黑龙江省科学技术协会, 2023年9月25日).",
        "recipients: split on 、 and ，outside brackets: 各市（地）科协 / 各省级学会（协会、研究会） / 各高校科协 / 企业（园区）科协 / 各有关单位.",
        "The 《…建设和管理办法》 carries no 字号: no references; it was issued earlier, not enclosed here: no enclosed_title. No numbered items. A 通知-style announcement of a list (other accepted).",
    ]))

write(doc("meanwell-2021-harbin-science-workers-day-thirteen-activities-news.txt",
    doc_type="news",
    notes=[
        "Source: a spam mirror (meanwell-tw.com) of a city association's news item: no headline, three paragraphs; cut mid-sentence (以更加优). Stored as txt.",
        "No title, issuer or date: 近日 only (the year, 2021, follows from 第五个“全国科技工作者日” but no day is written): date null.",
        "The five 围绕“团结引领”…围绕“表彰发布” clauses are run in prose without markers: no items. The 实施方案 the association issued is only mentioned: no enclosed_title.",
    ]))

write(doc("djransalman-2024-heilongjiang-science-day-praised-units-news.txt",
    doc_type="news", date="2024-01-23",
    notes=[
        "Source: a spam mirror (djransalman.com) of a provincial paper's page: the headline replaced by the spammer's name (ag尊龙凯时 twice), a 2024年01月23日08:49 | 来源: line, 小字号, two paragraphs, the reporter in brackets, 责编, 分享/推荐视频/客户端下载/返回顶部/网站地图 furniture. Stored as txt.",
        "title null: the headline lines are the spammer's, not the report's. date: the page's date line 2024-01-23.",
        "The 《关于对2023年全国科普日有关组织单位和活动予以表扬的通知》 is cited without a 字号: no references. No numbered items; the 推荐视频 bullets are furniture.",
    ]))

write(doc("fensifuwu-gulang-science-day-launch-news.txt",
    doc_type="news",
    alternatives={"date": ["2023-09-21"]},
    notes=[
        "Source: a content aggregator (fensifuwu.com) copy of a county media account's report: an empty 日期: label, a 来源/收集编辑 line, paragraphs with two photo captions between them (…启动仪式现场, 观看科普展品展板), a 记者 line. Stored as txt.",
        "No headline: title null. date: the dateline 9月21日 has no year in the copy (the theme is 2023's): null, 2023-09-21 accepted. No issuer.",
        "The captions are no items; no numbered items.",
    ]))

write(doc("baogaosu-2015-dali-science-workers-forum-news.txt",
    doc_type="news", title="大理州科协召开“大理州科技工作者座谈会”", date="2015-01-06",
    notes=[
        "Source: a local news aggregator (kunming.baogaosu.com) copy of a prefecture association's report: the headline, then paragraphs; cut inside a book title (《中国藏医藏药暨).",
        "date: the dateline 2015年1月6日下午 opening the first paragraph. No issuer (a report about the association).",
        "一个是…另一个是…还有就是… open three paragraphs but are no spec markers (not 一是/二是): no items. The 《…》 paper titles carry no 字号.",
    ]))

write(doc("dqsy-2025-academic-activity-plan-call-notice.txt",
    doc_type="notice", recipients=["各有关单位"],
    outline=[
        it("1", "一、", 1, "学术活动范围"),
        it("2", "二、", 1, "学术活动申报要求"),
        it("2.1", "1.", 3, "学术活动题目及内容应体现其学术性"),
        it("2.2", "2.", 3, "对于学术专家要求"),
        it("2.3", "3.", 3, "每个学院至少承担一次跨团队、跨专业的学术沙龙活动"),
        it("2.4", "4.", 3, "每个学院必须做一次学术规范道德讲座"),
        it("2.5", "5.", 3, "各重点实验室和人文社科研究基地（研究所）每年必须举办1-2次大型学术报告，有条件者承办一次省内外学术会议"),
        it("2.6", "6.", 3, "学术活动时间请合理安排，禁止年底集中开展"),
        it("2.7", "7.", 3, "申报学术会议的学院需同时附上会议方案及经费使用明细，上报经费使用预算经学校审核通过后才能申请报销"),
        it("2.8", "8.", 3, "学校要求各院对学术活动建立完备的学术报告档案，由专人管理"),
        it("2.9", "9.", 3, "为充分发挥学术报告的影响面和实际效应，各院应做好宣传、组织工作"),
        it("3", "三、", 1, "申报时间", deadline="2025-03-10"),
    ],
    notes=[
        "Source: a college's research office page (kyc.dqsy.net): no headline stored, 主送 各有关单位, one paragraph, 一、–三、 with 1.–9. under 二、; cut inside 三、 (…电子稿发邮箱,). Stored as txt.",
        "No title, issuer, date or 字号 in the copy (the office is named only as the addressee of the forms, 上报科研处).",
        "Headings: 一、–三、 end at their ： (the labels); 1.–9. end at the first 。/： (2.'s 对于学术专家要求). 5. keeps 1-2次 as written.",
        "三、 asks for the forms 于3月10日前: the item's own deadline, in the document's year (2025年度学术活动计划, 建校60周年 in 2025) → 2025-03-10. 6.'s 禁止年底集中开展 forbids a time, it sets none: no deadline, no time_hint.",
        "一、's 校级学术活动由学院上报，科研处筛选审核 describes how activities are handled, not who answers for the item: no responsibility.",
    ]))

write(doc("wtabcd-guizhou-popularization-department-year-summary.txt",
    doc_type="summary", title="科协科普部工作总结",
    outline=[
        it("1", "1、", 3, "积极组织参加“三下乡”活动", resp=lu("省委宣传部")),
        it("2", "2、", 3, "积极组织开展抗击雪凝灾害活动"),
        it("3", "3、", 3, "组织实施公民科学素质调查工作"),
    ],
    notes=[
        "Source: an essay site (wtabcd.cn) copy of a provincial association department's year summary (贵州): the title, then text broken into short lines mid-sentence (a converted document), 1、–3.; years blanked (20**, XX年年); cut in 3、 (省科). Stored as txt.",
        "title: the copy's first line. No issuer (省科协科普部 appears only in the first sentence), no date (20**).",
        "1、–3、 open the items with no 一、 above them: level 3, ids 1–3. Headings end at the first 。; the line breaks inside the paragraphs are converter damage, the text runs on.",
        "1、: 由省委宣传部牵头，省直16个部门…赴兴仁县开展…示范活动 — responsibility in prose (由…牵头), a body outside the issuer → lead_units 省委宣传部. The dates of the events (20**年1月19日至20日, 1月13日) have no usable year and are past events, not cues: no deadline, no time_hint.",
    ]))

write(doc("ynast-2024-wenshan-literacy-five-projects-news.html",
    doc_type="news", title="文山市科素工作“五项重点工程”建设得到加强", date="2024-09-03",
    alternatives={"issuer": ["云南省科学技术协会"]},
    notes=[
        "Source: the provincial association's own site (ynast.cn): a 欢迎您访问… 设为首页 | 收藏网站 line, 当前所在页面 path, the headline, 发布时间/浏览量 line, paragraphs; cut mid-word (文山学). Rebuilt as HTML around the stored text.",
        "date: the 发布时间 2024-09-03. No issuer of its own (a city's work reported on the provincial site; the site's association accepted).",
        "The five paragraphs each open with a project's name and a verdict (科技资源科普化工程稳步推进。…) but carry no markers: no items.",
    ]))

write(doc("xxtq-2020-4-xixiangtang-youth-science-quiz-notice.txt",
    doc_type="notice", doc_number="西科协〔2020〕4号",
    title="关于开展2020年西乡塘区青少年科普知识竞赛活动的通知",
    recipients=["西乡塘区各相关中", "小学校"],
    alternatives={"recipients": [["西乡塘区各相关中、小学校"]], "issuer": ["西乡塘区科协"]},
    leading_group={"name": "西乡塘区青少年科普知识竞赛活动领导小组",
                   "heads": [m("玉剑", "西乡塘区科协主席（提名人选）")],
                   "deputies": [m("黄浩", "西乡塘区科协副主席（提名人选）"), m("梁婷", "西乡塘区教育局副局长")],
                   "members": [m("梁栋", "西乡塘区教育局素质教育中心主任"), m("吴铭明", "科协工作人员"),
                               m("张迅", "科协工作人员")],
                   "office": None},
    outline=[
        it("1", "一、", 1, "大赛主题"),
        it("2", "二、", 1, "大赛具体时间", time_hint="2020年10月26日至11月15日"),
        it("3", "三、", 1, "活动组织单位"),
        it("4", "四、", 1, "大赛方案"),
        it("5", "五、", 1, "大赛要求"),
        it("5.1", "（一）", 2, "高度重视，精心组织", resp=lu("西乡塘区科协", "教育局")),
        it("5.2", "（二）", 2, "加大宣传力度，广泛发动学生参赛"),
        it("5.3", "（三）", 2, "各学校要注意收集整理好活动的方案、通知、图片、总结、汇总统计信息等台账资料",
           deadline="2020-11-20"),
    ],
    notes=[
        "Source: a district government portal's association page (xxtq.gov.cn, 南宁 西乡塘区): the 字号 line, the title on two lines, 主送, one paragraph, 一、–五、, a 领导小组 with role labels (组 长, 副组长, 成 员) and each person's post before the name, (一)–(三) under 五、; cut inside an address in (三). Stored as txt.",
        "title: the two title lines joined. doc_number 西科协〔2020〕4号. issuer: no issuer line or signature survives (the body says 西乡塘区科协、教育局; the 字号's 西乡塘区科协 accepted). date null (no date in the copy).",
        "recipients: split on 、 as the spec says (西乡塘区各相关中 / 小学校, as 各省、自治区… is split); the whole 西乡塘区各相关中、小学校 accepted.",
        "leading_group: the group's name from its label line; names with the stray space removed (玉 剑 → 玉剑, 黄 浩, 梁 婷, 梁 栋, 张 迅); each title is the post written before the name, the bracket (提名人选) kept. The 副组长 label covers two lines (黄浩, 梁婷), 成员 three. office null.",
        "二、's date range is the contest's time: time_hint, no deadline. 三、's 主办单位 line names hosts, not a 承办/责任 label: no responsibility.",
        "(一): 本次大赛由西乡塘区科协、教育局牵头 — prose 由…牵头 → lead_units, as written (教育局 without the district's name). (三): 于11月20日前…报至 → 2020-11-20 (the document's year). The 《南宁市…实施方案》 has no 字号: no references.",
    ]))

write(doc("drlintcm-2024-guangxi-student-science-speech-contest-notice.html",
    doc_type="notice", issuer="科技处", date="2024-10-12",
    title="关于举办第十四届广西大学生科普演讲比赛的通知",
    recipients=["各二级学院", "有关单位"],
    contact={"name": "秦国维", "phone": "3662902", "email": None},
    enclosed_title="自治区文化和旅游厅自治区科协共青团广西区委关于举办第十四届广西大学生科普演讲比赛的通知",
    alternatives={"issuer": ["科技处 团委", "科技处、团委", None],
                  "contact": [{"name": "秦国维", "phone": "3662902", "email": "6506381@qq.com"}],
                  "enclosed_title": ["自治区文化和旅游厅 自治区科协 共青团 广西区委关于举办第十四届广西大学生科普演讲比赛的通知"]},
    outline=[
        it("1", "一、", 1, "比赛主题"),
        it("2", "二、", 1, "比赛要求"),
        it("2.1", "1、", 3, "参赛人员"),
        it("2.2", "2、", 3, "请各二级于1017日前将演讲材料发送至6506381@qq.com，择期进行初赛", deadline="2024-10-17"),
        it("2.3", "3、", 3, "内容要求"),
        it("2.3.1", "1）", 4, "以《中国公民科学素质基准》中的自然科学和社会科学知识为主"),
        it("2.3.2", "2）", 4, "现场用普通话开展自主命题脱稿演讲"),
        it("2.3.3", "3）", 4, "演讲稿内容应当为原创"),
    ],
    notes=[
        "Source: a spam mirror (drlintcm.net) of a Guilin college's 科技处 notice page: 今天是:, 通知公告, 当前位置 path, the headline, 发布日期/作者/来源 line, 主送, one paragraph whose dates lost their 年/月/日 (2024911月 for 2024年9至11月, 1017日前 for 10月17日前), 一、二、 with 1、–3、 and 1)–3) under 3、, two 联系人 lines, the signature of two offices and a date in bare figures (20241012). Rebuilt as HTML around the stored text.",
        "issuer: the signature names two offices, 科技处 团委; the first kept (both accepted, and null). date: 20241012 → 2024-10-12 (also the page's 发布日期).",
        "enclosed_title: the 转发 notice in 《》, the stray spaces between its four issuers removed (the spaced form accepted). No 字号 is cited: no references.",
        "contact: two 联系人 lines; the first as written (秦国维, 3662902). The only mail address is where 2、 sends the speeches (accepted as the contact's e-mail).",
        "1)–3) under 3、: a closing bracket numeral, read like （1） at level 4 (marker full-width 1）). Headings end at the first 。/：.",
        "2、's 1017日前 is 10月17日前 with 月 lost → 2024-10-17 (the document's year); the item's own deadline. 初赛 择期: no date.",
    ]))

write(doc("bjbws-2022-8-qinghai-association-14th-plan-issuing-notice.txt",
    doc_type="notice", issuer="青海省科学技术协会", doc_number="青科协发〔2022〕8号",
    title="青海省科协关于印发《青海省科学技术协会事业发展“十四五”规划（2021-2025年）》的通知",
    recipients=["各省级学会", "协会", "研究会", "各市", "自治州科协", "各高校", "企业（园区）科协", "省科协机关各部室",
                "各直属单位"],
    date="2022-03-01",
    enclosed_title="青海省科学技术协会事业发展“十四五”规划（2021—2025年）",
    alternatives={"title": ["青海省科学技术协会事业发展“十四五”规划（2021-2025年）"],
                  "enclosed_title": ["青海省科学技术协会事业发展“十四五”规划（2021-2025年）"]},
    outline=[
        it("1", "一、", 1, "指导思想"),
        it("2", "二、", 1, "基本原则"),
        it("3", "三、", 1, "发展目标"),
        it("4", "四、", 1, "重点任务"),
        it("4.1", "（一）", 2, "强化思想政治引领"),
        it("4.1.1", "1.", 3, "加强科协组织党的建设"),
        it("4.1.2", "2.", 3, "凝聚科技工作者思想共识"),
        it("4.1.3", "3.", 3, "弘扬科学家精神"),
        it("4.1.4", "4.", 3, "推进科学道德和学风建设"),
        it("4.2", "（二）", 2, "提升服务科技工作者的能力"),
        it("4.2.1", "5.", 3, "健全广泛联系科技工作者制度机制"),
        it("4.2.2", "6.", 3, "维护科技工作者合法权益"),
        it("4.2.3", "7.", 3, "推动科技人才健康成长"),
        it("4.2.4", "8.", 3, "加强“科技工作者之家”建设"),
        it("4.3", "（三）", 2, "服务创新驱动发展战略"),
        it("4.3.1", "9.", 3, "开展创新创业创造活动"),
        it("4.3.2", "10.", 3, "推进“科创中国”试点城市工作"),
        it("4.3.3", "11.", 3, "建立完善产学研协同组织网络体系"),
        it("4.3.4", "12.", 3, "助力生态文明建设"),
        it("4.3.5", "13.", 3, "实施助力乡村振兴工程"),
        it("4.4", "（四）", 2, "强化学会主体地位"),
        it("4.4.1", "14.", 3, "加强学会组织建设"),
        it("4.4.2", "15.", 3, "完善学会治理体系"),
        it("4.4.3", "16.", 3, "实施学会服务能力提升工程"),
        it("4.4.4", "17.", 3, "搭建高水平学术交流平台"),
        it("4.4.5", "18.", 3, "加强对外科技交流合作"),
        it("4.5", "（五）", 2, "推动全民科学素质提升"),
        it("4.5.1", "19.", 3, "协同推进科学素质提升行动和精品科普工程"),
        it("4.5.2", "20.", 3, "实施科技资源科普化工程"),
        it("4.5.3", "21.", 3, "实施科普信息化提升工程"),
        it("4.5.4", "22.", 3, "实施科普阵地建设工程"),
        it("4.5.5", "23.", 3, "实施科普能力提升工程"),
        it("4.6", "（六）", 2, "加强科技智库建设"),
        it("4.6.1", "24.", 3, "建设决策咨询服务平台"),
        it("4.6.2", "25.", 3, "加强重大决策咨询研究"),
        it("4.6.3", "26.", 3, "畅通建言献策渠道"),
        it("4.7", "（七）", 2, "推进科协治理体系和治理能力现代化"),
        it("4.7.1", "27.", 3, "完善科协组织体系"),
        it("4.7.2", "28.", 3, "实施地方科协改革提能工程"),
        it("4.7.3", "29.", 3, "加快“智慧科"),
    ],
    notes=[
        "Source: a tax-information site (bjbws.com) copy of the provincial association's 印发 notice: the page headline (the plan's name), the notice title on two lines, the 字号, 主送, one sentence, signature and date, then the plan's 目 录: 前言, 一、–四、, (一)–(七) under 四、 with 1.–29. numbered straight through; cut inside 29. Stored as txt.",
        "title: the notice's two title lines joined (the page headline, the plan's name, accepted). enclosed_title: the plan as the body cites it (2021—2025年); the title's spelling with - accepted.",
        "recipients: split on 、 and ，: 各省级学会 / 协会 / 研究会 / 各市 / 自治州科协 / 各高校 / 企业（园区）科协 / 省科协机关各部室 / 各直属单位.",
        "outline: the copy holds the plan only as its table of contents; its numbered lines are the plan's items in document order and are kept (前言 has no marker). 1.–29. run on across (一)–(七); ids count each item's place under its parent (5. is 4.2.1), as earlier gold does. 29. is cut (加快“智慧科).",
        "The 委员会 会议 that adopted the plan carries no 字号: no references.",
    ]))

write(doc("lkx-xast-2022-3-xinjiang-senior-association-summary-forwarding-notice.txt",
    doc_type="notice", issuer="新疆老科技工作者协会", doc_number="新老科协发〔2022〕3号",
    recipients=["伊犁哈萨克自治州老科协", "各地州市老科协", "新疆老科协各分会"], date="2022-01-14",
    contact={"name": "姚红", "phone": None, "email": "1243510567@qq.com"},
    enclosed_title="新疆老科协2021年工作总结和2022年工作要点",
    outline=[
        it("1", "一、", 1, "守初心、担使命，认真开展党史学习教育"),
        it("1.1", "一是", 5, "认真"),
    ],
    notes=[
        "Source: the provincial elders' association sub-site of the Xinjiang association (lkx.xast.org.cn): the 字号 with [] brackets, 主送, two sentences forwarding the summary and plan, a 联系人/电子邮箱 line, signature and date, then the enclosed 新疆老科协2021年工作总结: its title line, an opening paragraph, 一、 and its paragraph; cut just after 一是认真. Stored as txt.",
        "No title of the notice (the page's headline was not stored): title null. doc_number: 新老科协发[2022]3号 → 〔2022〕. issuer and date from the signature.",
        "enclosed_title: the forwarded 《新疆老科协2021年工作总结和2022年工作要点》 (转发给你们). contact: 联系人 姚红 with the mail on the same line, no phone.",
        "outline: the enclosed summary's items, as a 印发/转发 notice's enclosure counts: 一、 (heading up to its line end) and 一是 opening the next paragraph at level 5 under it, cut after 认真. The cited 《中共中央关于在全党开展党史学习教育的通知》 has no 字号: no references.",
    ]))
