"""Hand-made reference parses for the thirty-fourth held-out set (tools/held_out_34.txt): twelve public pages found with the
search tool for documents of central China and the north-west (Ningxia, Gansu, Shaanxi, Hubei, Jiangxi) and of university
offices, alliances and firms: eight notices and a 通报 (a regional joint 通报 of a youth drama contest with its 字号, a district's
science-day notice under an open-government index block with markers damaged, a university research office's call with two cited
字号 and inline (1)(2), a city's joint notice in traditional characters issuing a selection 方案 (docx), a field-station office's
science-day notice (docx), a provincial association's salon call (docx), a research office's 转发 notice (pdf), a graduate school's
festival notice with two deadlines (pdf)), a consultant's glossed article on Xi'an 科普教育基地 requirements (html) and three
news pages (a city caravan's commendation without headline, an earthquake museum at an alliance meeting, a provincial textile
alliance's meeting in traditional characters with 一是…四是 (html)). Each block was written by reading the document against
parse-format.md; the reader was not run on any of them. Writes ../gold/<stem>.json."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_gold import doc, it  # noqa: E402  (importing make_gold rewrites the first corpus's gold: the same files)
from make_gold_held_out_2 import write, fw, head  # noqa: E402  (marks the gold found; rewrites the second set's: the same files)


write(doc("xiaoxiaotong-2025-69-ningxia-popsci-drama-contest-circular.txt",
    doc_type="other", issuer="宁夏回族自治区科学技术协会", doc_number="宁科协发普字〔2025〕69号",
    title="自治区科协 文明办 教育厅 宁夏广播电视台关于第十一届宁夏青少年科普剧竞赛结果的通报",
    recipients=["各市", fw("县(区)科协"), "文明办", "教育局", "有关单位"], date="2025-12-30",
    alternatives={"doc_type": ["notice"], "issuer": ["自治区科协"],
                  "title": ["自治区科协文明办教育厅宁夏广播电视台关于第十一届宁夏青少年科普剧竞赛结果的通报"],
                  "recipients": [[fw("各市、县(区)科协"), "文明办", "教育局", "有关单位"]]},
    notes=[
        "Source: a youth science portal's page (xiaoxiaotong.org) of a regional joint 通报: the headline naming four bodies with spaces between them, the 字号 with a space before 号, 主送, two paragraphs, 附件 line, a 下载 line, the four bodies' signature on two lines, the date. Stored as txt.",
        "doc_type other: a 通报 of results and praise (通报表扬), as the set-7 and set-27 通报 precedents (notice accepted). issuer: the first body of the joint signature in full (the headline's 自治区科协 accepted). doc_number: the space before 号 removed.",
        "title: the headline with the spaces between the four bodies kept as separators (removed accepted). date: the signature's 2025年12月30日.",
        "recipients: 各市、县(区)科协、文明办、教育局，有关单位 split mechanically on 、 and ， outside brackets (县(区)科协 keeps its bracket); 各市、县(区)科协 unsplit accepted.",
        "No numbered items (the contest's results are in the attachment, not stored); no cited 字号; the 下载:《通知》盖章版pdf line is the site's.",
    ]))

write(doc("spt-2021-5-shapotou-popsci-day-notice.txt",
    doc_type="notice", doc_number="卫沙全科组办发〔2021〕5号",
    title="关于举办2021年中卫沙坡头区全国科普日活动的通知",
    recipients=["沙坡头区全民科学素质工作领导小组成员单位", "企业科协", "科技型中小企业", "科普基地"],
    date="2021-09-08", references=["宁科协发普字〔2021〕41号"],
    alternatives={"issuer": ["沙坡头区科学技术局"], "date": [None]},
    outline=[
        it("1", "一、", 1, "活动主题和时间", time_hint="2021年9月13-17日在沙坡头区开展"),
        it("2", "二、", 1, "主要内容"),
        it("2.1", "（）", 2, "回望百年征程，推动创新发展"),
        it("2.2", "）", 2, "弘扬科学精神，展现科学价值"),
        it("2.3", "（三）", 2, "倡导绿色发展，服务生态建设"),
    ],
    notes=[
        "Source: a district government's open-government page (spt.gov.cn): the site's accessibility and menu lines, the headline, an index block (索引号, 文号, 生成日期, 发布机构, 责任部门, 有效性), 主送, the preamble, 一、 with 主 题/时 间 label lines, 二、 with three (一)–(三) items whose first two markers the page damaged (() and a lone )); cut inside (三). Stored as txt.",
        "issuer: no header line or signature survives; the index's 发布机构 (沙坡头区科学技术局) is the site's metadata and differs from the 字号's 全科组办 (the 领导小组's office): null, the bureau accepted. date: the index's 生成日期 2021-09-08 (null accepted), as earlier open-government pages without signature.",
        "references: 宁科协发普字〔2021〕41号 (the regional notice followed). The 实施意见 cited has no 字号. recipients split on ，; the 领导小组成员单位 are recipients, not a group the text sets up: leading_group null.",
        "Outline: the damaged markers are kept as the page writes them, full-width (（） for the first, ） for the second): they are still the (一) and (二) items of 二、 (ids 2.1, 2.2) with headings to the first 。. 一、's 时间 line is a soft time cue for the item (time_hint), not a deadline; the 主 题/时 间 lines are labels, not items.",
    ]))

write(doc("newslacostera-2022-jiangxi-popsci-bases-application-notice.txt",
    doc_type="notice", issuer="科研处", title="关于组织申报2022年江西省科普教育基地工作的通知",
    recipients=["校属各单位"], date="2022-09-13",
    contact={"name": "张火萍", "phone": "83659823", "email": "461671032@qq.com"},
    references=["中办发〔2022〕53号", "赣府发〔2021〕29号"],
    alternatives={"issuer": [None], "date": [None], "contact.email": [None]},
    outline=[
        it("1", "一、", 1, "2022年江西省科普教育基地申报推荐"),
        it("2", "二、", 1, "评审与认定"),
        it("3", "三、", 1, "材料报送", deadline="2022-10-17"),
        it("3.1", "（1）", 4, "纸质材料"),
        it("3.2", "（2）", 4, "电子版材料"),
    ],
    notes=[
        "Source: a spam domain's copy (newslacostera.com) of a university research office's page: the column line, the path, the headline, an 作者/发布日期/文章来源/浏览次数 line, 主送, the preamble citing two 字号, 一、–三、, the office's mailbox on its own line, 联系人/电话, the signature 科研处 far indented; the date after it was cut. Stored as txt.",
        "issuer: the signature 科研处 (the university is not named anywhere in the copy; null accepted). date: the page's 发布日期 2022-09-13 (no 成文日期 survives; null accepted).",
        "references: 中办发〔2022〕53号 and 赣府发〔2021〕29号 in order. The 管理办法 and forms cited as 附件 carry no 字号.",
        "三、 states 2022年10月17日前完成…报送 inside the item: its deadline. The (1)纸质材料 (2)电子版材料 run on one line inside 三、 are still items (level 4 under 三、, ids 3.1, 3.2), headings to the first ：. 二、省科协将组织专家进行评审 describes the provincial association's step, not a task the notice assigns: no responsibility.",
        "contact: 联系人 and 电话 as written; the office's mailbox (发送至科研处邮箱, on the line before) is the notice's address for material (null accepted).",
    ]))

write(doc("xiaoxiaotong-2021-lanzhou-popsci-caravan-commendation-news.txt",
    doc_type="news",
    notes=[
        "Source: a city association's youth-science sub-site (lanzhou.xiaoxiaotong.net): two paragraphs on a provincial association's commendation of the city's science caravans; no headline and no page date stored. Stored as txt.",
        "title null (no headline). date null: 近日 gives no day (2021年 is the year of the work praised). issuer null (a report).",
        "No numbered items; the people praised are not a group.",
    ]))

write(doc("gsdzj-2020-lanzhou-earthquake-museum-alliance-meeting-news.txt",
    doc_type="news", title="兰州市地震博物馆参加甘肃省科普教育基地联盟工作交流会议", date="2020-10-26",
    notes=[
        "Source: a provincial earthquake bureau's site (gsdzj.gov.cn): the path, the headline, a 发布时间/作者/来源 line (2020-10-26 15:03:01, 来源 兰州市地震局), two paragraphs. Stored as txt.",
        "date: the 发布时间 2020-10-26 (近日 in the text gives no day). issuer null (a report; the 来源 names who sent it).",
        "No numbered items; the award categories in “” are prose.",
    ]))

B = "sebastienbranche-2015-shaanxi-textile-alliance-meeting-news.html"
write(doc(B,
    doc_type="news", title="陜西省安全防護紡織聯盟成員大會召開", date="2015-07-29",
    outline=[
        it("1", "一是", 5, head(B, "一是")),
        it("2", "二是", 5, head(B, "二是")),
        it("3", "三是", 5, head(B, "三是")),
        it("4", "四是", 5, head(B, "四是")),
    ],
    notes=[
        "Source: a spam domain's copy (sebastienbranche.com) of a textile research institute's company news in traditional characters, between stray empty tags (<progress>, <strike>, <pre>, <track>, <rp>): the headline, a 發布/點擊 line with its spaces turned to ?, three paragraphs; cut inside 四是. Stored as html as returned.",
        "date: the 發布 line's 2015-07-29 (27日上午 is the meeting's day in the same month). issuer null (a report).",
        "The vice-director's four requirements 一是…四是 are inline items at level 5 (as the news pages of earlier sets with 一是), headings to the first ；, the fourth cut after 重視聯. No 字号 cited.",
    ]))

X = "cqfahao-2023-xian-popsci-bases-application-guide.html"
write(doc(X,
    doc_type="other", title=fw("(附管理辦法)2023-2027年西安市科普教育基地認定申報條件要求及程序材料"), date="2023-10-31",
    alternatives={"doc_type": ["news"],
                  "title": [fw("(附管理辦法)2023-2027年西安市科普教育基地認(rèn)定申報(bào)條件要求及程序材料"),
                            "2023-2027年西安市科普教育基地認定申報條件要求及程序材料"]},
    outline=[
        it("1", "一、", 1, head(X, "一、")),
        it("1.1", "1.", 3, head(X, "1.")),
        it("1.2", "2.", 3, head(X, "2.")),
    ],
    notes=[
        "Source: a spam domain's copy (m.cqfahao.com) of a consultancy's article in traditional characters with pinyin glosses on some characters (認(rèn), 報(bào)): a keyword line, stray tags (<strike>, <ul>, <samp>), the column 外省資訊, the headline, a 文字大小/date/瀏覽次數 line, the consultancy's pitch and phone, 一、 with 1. and 2.; cut at 以. Stored as html as returned.",
        "doc_type other: a consultant's compilation of a city's requirements, no 公文 and no report of an event (news accepted). title: the headline without the glosses, its bracket full-width (the glossed form and the form without (附管理辦法) accepted). date: the page's 2023/10/31. No issuer.",
        "Items: 一、 level 1, 1. and 2. level 3 under it, headings to the first 。 as the page prints them (glosses kept, as earlier glossed mirrors). The 認定與管理辦法 cited has no 字号. The consultancy's phone is an advertisement, not a contact of a document: contact null.",
    ]))

write(doc("nwafu-2022-field-stations-popsci-day-notice.docx",
    doc_type="notice", title="关于开展2022年全国科普日活动的通知", recipients=["各试验场站"],
    alternatives={"issuer": [fw("场站管理处(场站服务中心)"), "场站管理处"]},
    outline=[
        it("1", "一、", 1, "主题和时间", time_hint="2022年9月15--21日"),
        it("2", "二、", 1, "活动内容"),
        it("2.1", "（一）", 2, "弘扬科学精神，激发创新活力"),
        it("2.2", "（二）", 2, "聚焦重点领域，服务高质量发展"),
        it("2.3", "（三）", 2, "深化文明实践，培育时代新风"),
        it("2.4", "（四）", 2, "立足群众所需，赋能基层治理"),
    ],
    notes=[
        "Source: a university's field-station office page (czglzx.nwafu.edu.cn, Shaanxi): the page's path and 来源/作者/发布日期 (2022-09-14) line were dropped; the document from its title to where the copy stops (inside 二、(四)) was stored as docx (text_to_docx.py), one paragraph a line.",
        "issuer: the body names itself only in prose (现将场站管理处(场站服务中心)…通知如下) and no signature survives: null (the office accepted). date null: the page's 发布日期 is not in the stored document.",
        "Outline: 一、 with 主题/时间 label lines (the time as the item's time_hint), 二、 with (一)–(四) whose headings stand on their own lines. The 科普法 cited has no 字号; the school's notice followed is cited without title or 字号.",
    ]))

write(doc("egong365-2011-15-wuhan-outstanding-scientists-selection-notice.docx",
    doc_type="notice", issuer="中共武漢市委組織部", doc_number="武科協〔2011〕15號",
    recipients=["各區委組織部", fw("區人力資源(社會保障)局"), "區科技局", "區科協", "市直有關部門", "在漢各高校", "大型企業",
                "科研院所", "市科協所屬學會", "協會", "研究會", "各有關單位"],
    date="2011-04-10",
    contact={"name": "曾波 吳宇明", "phone": fw("65692032(傳真)"), "email": "wastzrb@163.com"},
    references=["武辦文〔2006〕58號"],
    enclosed_title="第三屆武漢市優秀科技工作者評選表彰工作方案",
    alternatives={"issuer": ["武漢市科學技術協會", "中 共 武 漢 市 委 組 織 部"], "doc_number": ["武科协〔2011〕15号"],
                  "contact.name": ["曾 波 吳宇明", "曾波"], "contact.phone": ["65692032"],
                  "enclosed_title": [None], "references": [["武办文〔2006〕58号"]]},
    notes=[
        "Source: a portal's copy (egong365.com) of a city's joint notice in traditional characters: the 字号 line with [] brackets, 主送, two paragraphs, address, 联 系 人, phone with (傳真), mailbox, post code, 查詢網址, 附件 1、2、, the four bodies' signature each on its own line (three of them with spaces between the characters), the date. Stored from the 字号 to the date as docx (text_to_docx.py); the copy has no title line.",
        "doc_number: 武科協[2011]15號 normalised to 〔〕, characters as written (simplified accepted). issuer: the joint signature's first body with its spaces removed (the corpus's convention for joint documents); the association whose 字号 the notice bears accepted. title null (none in the copy).",
        "recipients split on 、 and ， outside brackets: 區人力資源(社會保障)局 keeps its bracket; 市科協所屬學會、協會、研究會 gives three entries.",
        "enclosed_title: the notice issues the 評選表彰工作方案 (聯合制發了《…》(見附件1)，現下發給你們), as a 印发 notice encloses its plan (null accepted). references: the 表彰辦法's 武辦文[2006]58號. The 5月30日前 return date closes the whole notice: no items and no deadline. The 評選工作領導小組辦公室 is named as where to send, with no members: leading_group null.",
        "contact: 曾 波 is one person whose name the page spaced; the gold joins it (曾波) and keeps the space before the second person (the page's spacing accepted; the first person alone accepted). phone as written with its fax bracket (the number alone accepted).",
    ]))

write(doc("szgan-2023-jiangxi-think-tank-salon-application-notice.docx",
    doc_type="notice", title="关于开展江西省科协“科学问道智库沙龙”申报工作的通知", recipients=["各省科协智库研究基地"],
    alternatives={"issuer": ["江西省科协"]},
    outline=[
        it("1", "一、", 1, "申报对象"),
        it("2", "二、", 1, "沙龙主题"),
        it("3", "三、", 1, "沙龙成果"),
        it("3.1", "1.", 3, "在前期调研的基础上，举办1场智库沙龙"),
        it("3.2", "2.", 3, "凝练专家观点，形成1篇4000字左右高质量的政策建议报告"),
        it("3.3", "3.", 3, "加强宣传推广，提升影响力"),
        it("3.4", "4.", 3, "提交主旨报告幻灯片、相关专家名单、会议现场图文等成果"),
        it("4", "四、", 1, "沙龙资助"),
        it("5", "五、", 1, "申报办法"),
        it("5.1", "1.", 3, "申报单位填写《江西省科协“科学问道—智库沙龙”申请表》，要求要素齐全、主题鲜明、经费预算合理"),
    ],
    notes=[
        "Source: a consultancy's site (szgan.cn) copy of a provincial association's call under 政策法规: the hotline, path, column, the headline with a stray space before 申报, an 更新时间 line (2023-06-10), 主送, the preamble, 一、–五、 with 1.–4. under 三、 and 1. under 五、; cut after 五、1.. The document from its title to the cut was stored as docx (text_to_docx.py).",
        "title: the stray space removed. issuer null: no header or signature survives (the association named in the title accepted). date null: the site's 更新时间 is not in the stored document.",
        "Headings to the first 。 or ；, or the line end (一、申报对象 etc. stand alone on their lines). No 字号 cited; no responsibility assigned.",
    ]))

write(doc("jxstnu-2023-jiangxi-think-tank-call-forwarding-notice.pdf",
    doc_type="notice", issuer="科研处", recipients=["各学院", "科研机构"], date="2023-01-09",
    contact={"name": "牛亚丽", "phone": "83909767", "email": "kycptk2018@163.com"},
    references=["赣科协字〔2023〕1号"],
    enclosed_title=fw("关于征集江西省科协智库(第二批)学术委员会委员和研究基地的通知"),
    alternatives={"issuer": [None], "contact.email": [None]},
    outline=[
        it("1", "一、", 1, "名额不限，请各单位积极推荐，原则上有省级科研平台的学院申报智库研究基地不少于1个"),
        it("2", "二、", 1, "各单位要对申报材料逐一审核，根据文件要求严把质量关、科研诚信关，按时保质完成推荐工作"),
        it("3", "三、", 1, "材料报送"),
        it("3.1", "1.", 3, "申报纸质材料"),
        it("3.2", "2.", 3, "申报电子材料"),
        it("3.3", "3.", 3, "申报截止时间", deadline="2023-02-17"),
    ],
    notes=[
        "Source: a normal university's research-office page (kyc.jxstnu.edu.cn, Jiangxi): 主送 to the signature 科研处 and its date, with no title in the copy. Stored as the document body: docx (text_to_docx.py) converted to pdf with soffice.",
        "A 转发 notice: enclosed_title is the provincial notice it forwards (现将文件《…》(赣科协字〔2023〕1号)转发给你们), bracket full-width; its 字号 is the reference. title null (none in the copy). issuer: the signature 科研处 (null accepted). date: 2023年1月9日.",
        "Outline: 一、 and 二、 are whole sentences (headings to the first 。); 三、材料报送 with 1.–3. headings to the first ：. 3.'s 2023年2月17日前…提交 is its deadline. 提交到科研处平台科 / 报送省科协 say where material goes, not who does a task: no responsibility.",
        "contact: 联系人 and 联系电话 as written; the submission mailbox in 三、2. (发送至kycptk2018@163.com) as the e-mail (null accepted). The URL in the preamble is no reference.",
    ]))

write(doc("hubu-2017-graduate-academic-festival-notice.pdf",
    doc_type="notice", recipients=["各学院"],
    outline=[
        it("1", "一、", 1, "活动主题"),
        it("2", "二、", 1, "举办单位"),
        it("3", "三、", 1, "活动时间", time_hint="2017年11月13日-12月15日"),
        it("4", "四、", 1, "活动内容"),
        it("5", "五、", 1, "活动安排"),
        it("5.1", "1、", 3, fw("11月20日前,各学院填写《湖北大学2017年研究生学术科技节系列活动申报表》(附件1)和《湖北大学2017年研究生学术科技节系列活动汇总表》(附件2),纸质版交到研究生院思政办公室(综合楼634),电子版发送至邮箱(hbdxxueshubu2017@sina.com)"),
           deadline="2017-11-20"),
        it("5.2", "2、", 3, fw("12月15日前,各学院填写《湖北大学2017年研究生学术科技节系列活动统计表》(附件3),纸质版交到研究生院思政办公室(综合楼634),电子版发送至邮箱(hbdxxueshubu2017@sina.com)"),
           deadline="2017-12-15"),
    ],
    notes=[
        "Source: a university graduate school's page (gs.hubu.edu.cn, Hubei): 主送, the preamble, 一、–五、 with 1、2、 under 五、, then 附件1/附件2 lines; cut inside 附件2, before any signature. Stored as the document body: docx (text_to_docx.py) converted to pdf with soffice.",
        "No title, issuer, signature or date in the copy: null. The text names the festival's year (2017), which gives 11月20日前 and 12月15日前 their year: the deadlines of 五、1、 and 2、. Their headings run to the first 。 (no ：；before it), the half-width punctuation of the copy made full-width except in the e-mail address.",
        "二、举办单位 lists 主办/承办 (承办: 各学院): a generic plural, no named body, as the 各学校 precedent: no responsibility. 三、's period is a time_hint. The three 板块 in 四、 are prose, not items; 附件1/附件2 lines are no outline. No contact person: contact null (the mailbox inside 五、 is where forms go).",
    ]))
