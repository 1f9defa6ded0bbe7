"""Hand-made reference parses for the thirty-second held-out set (tools/held_out_32.txt): twelve public pages found with the
search tool for the documents at the heart of a 科协 office's work from provinces and regions of the south and west (Xinjiang,
Guangxi, Guizhou, Hunan, Sichuan, Inner Mongolia): a regional association's 科普日 notice in a glossed traditional copy whose
second item assigns the review to an office and a centre in prose, a district association's public report of its inspection
rectification (1./(一) under 一、/二、), a county 科普日 plan in traditional characters with inline 一是/二是 items and a 领导小组
named only as the deciding body, a provincial science-week plan whose (一)–(三) run together on one line behind an organising
committee of units, a city bureau's 印发 notice with its 字号 in the headline, a college's 转发 of a regional notice with contact
and cited 字号, a regional joint science-week notice, three 印发 notices of literacy plans stored as .docx (Inner Mongolia,
Sichuan, Hunan in traditional characters) and two as .pdf (Ordos with its digits lost, Ulanqab's plan alone). Most pages stop
before the items that name 牵头单位/责任单位 (see held_out_32_notes.md). Each block was written by reading the document against
parse-format.md; the reader was not run on any of them. Writes ../gold/<stem>.json."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_gold import doc, it  # noqa: E402  (importing make_gold rewrites the first corpus's gold: the same files)
from make_gold_held_out_2 import write, fw, head  # noqa: E402  (marks the gold found; rewrites the second set's: the same files)


X = "ecuj-2023-37-xinjiang-popsci-day-notice.txt"
write(doc(X,
    doc_type="notice", doc_number="新科協辦發〔2023〕37號",
    recipients=["各地州市科協", fw("自治區各學會(協會、研究會)"), "高??茀f", "企業科協"],
    alternatives={"doc_number": [fw("新科協(xié)辦發(fā)〔2023〕37號")],
                  "issuer": ["新疆維吾爾自治區科學技術協會", "自治區科協"],
                  "recipients": [[fw("各地州市科協(xié)"), fw("自治區(qū)各學(xué)會(協(xié)會、研究會)"), fw("高??茀f(xié)"),
                                  fw("企業(yè)科協(xié)")]]},
    outline=[
        it("1", "一、", 1, head(X, "一、"), deadline="2023-08-18"),
        it("2", "二、", 1, head(X, "二、"),
           resp={"departments": [fw("自治區(qū)科協(xié)學(xué)會部")], "lead_units": [fw("科技服務(wù)中心")]},
           time_hint="8月21日起"),
    ],
    notes=[
        "Source: a mirror (ecuj.cn) of a regional association's notice in traditional characters with pinyin glosses on many characters (協(xié), 會(huì)) and some mojibake (高??茀f for 高校科協, 當?shù)睾捅拘袠I(yè)領(lǐng)域?qū)嶋H): the 字号 line, 主送, the preamble, 一、 and 二、; cut inside 二、's last sentence. No headline, signature or date stored. Stored as txt.",
        "Header fields give the document's words without the glosses (新科協辦發〔2023〕37號, the recipients; the glossed forms, full-width, accepted), as the 12366sw precedent; the mojibake is kept as written (高??茀f). issuer null: no header line or signature survives; the 字号's 新科協 and the text's 自治區科協 name the body only by abbreviation (the full name accepted). title and date null.",
        "recipients: split on ， and 、 outside brackets: 自治區各學會(協會、研究會) stays whole.",
        "references: the 中國科協等21部門 notice is cited by title only, no 字号.",
        "一、 heading to its line end, glosses kept (as the page prints it). Its 于8月18日16:00前…報送至自治區科協科普部 is the item's own date: deadline 2023-08-18 (the document's year from the headings). 報送至…科普部 names where to send, not who answers: no responsibility on 一、.",
        "二、: 活動審核由自治區科協學會部、科技服務中心有關人員負責 is responsibility written in prose: 學會部 is one of the issuer's own offices (…部: departments), 科技服務中心 a unit of the association but no office (lead_units); both as written, glosses kept and brackets full-width. The 聯絡員 the recipients are asked to name are their own tasks, not bodies assigned. 8月21日起 is a softer time cue (time_hint), no deadline.",
    ]))

G = "glgov-2025-guilin-district-association-inspection-rectification-report.txt"
write(doc(G,
    doc_type="summary",
    alternatives={"doc_type": ["other"], "issuer": ["区科学技术协会", "区科协"]},
    outline=[
        it("1", "一、", 1, "加强对巡察整改的组织领导情况"),
        it("1.1", "1.", 3, "提高思想认识，压实整改主体责任"),
        it("1.2", "2.", 3, "细化整改措施，确保整改有序推进"),
        it("1.3", "3.", 3, "强化自我检视，不断提升整改成效"),
        it("2", "二、", 1, "巡察反馈问题的整改情况"),
        it("2.1", "（一）", 2, "聚焦贯彻落实党的路线方针政策和党中央决策部署及省委、市委、区委工作要求方面"),
        it("2.1.1", "1.", 3, "学懂弄通做实习近平总书记关于科协工作的重要"),
    ],
    notes=[
        "Source: a government portal's 公示通告 page (gl.gov.cn, the path gstg_kx) of a district association's public report on rectifying what a party inspection found: the opening paragraph, 一、 with 1.–3., 二、 with (一) and its 1.; cut inside that 1. No headline, signature or page date stored. Stored as txt.",
        "doc_type summary: a report of work done (整改进展情况予以公布; other accepted). issuer null: the association is named only in prose (区科学技术协会(以下简称区科协), accepted). title and date null: 2024年2月20日至3月26日 and 2025年1月21日 are the inspection's and the feedback's days, not the report's.",
        "Headings to the first 。; the 1.–3. under 一、 sit directly under a level-1 item (level 3 by marker, as the spec's levels). The last 1. is cut mid-phrase: its heading is what the copy holds.",
        "1.2's 明确责任领导、责任人和整改时限 says responsibility was assigned, without naming anyone: no responsibility. No 字号 cited.",
    ]))

Q = "guoyuji-2015-guanling-popsci-day-plan.txt"
write(doc(Q,
    doc_type="plan", title="縣2015年全國科普日活動方案", references=["安全科組〔2015〕3號"],
    outline=[
        it("1", "一、", 1, "活動主題及時間", time_hint="2015年9月19日-25日"),
        it("2", "二、", 1, "活動內容"),
        it("2.1", "一是", 5, "創新引領新常態"),
        it("2.2", "二是", 5, "創新成就我夢想"),
        it("2.3", "三是", 5, "創新助我智慧生活"),
        it("3", "三、", 1, "2015年關嶺自治縣全國科普日系列科普活動"),
        it("3.1", "一是", 5, "承辦安順市2015年全國科普日活動啓動儀式"),
    ],
    notes=[
        "Source: an essay site (guoyuji.com) page in traditional characters: its path with the title, the title, a 推薦人/來源/閱讀 line, the preamble, the title again, 一、–三、 with 一是/二是/三是 inline in 二、 and 一是 in 三、; cut inside 三、's 一是. A Guizhou county's plan (關嶺自治縣, under 安順市). Stored as txt.",
        "title as the page prints it (縣2015年…; the county's name was dropped by the site). No issuer, 字号, signature or date. references: the 安順市 office's 安全科組〔2015〕3號, normalised.",
        "leading_group null: 縣全民科學素質工作領導小組決定… and 安順市全民科學素質工作領導小組辦公室 name groups as the deciding and the notifying body; neither is constituted here (no 組長, members or office).",
        "一是/二是/三是 are inline items at level 5 under 二、 (ids 2.1–2.3) and 3.1 under 三、; headings to the first 。. 一、's 2015年9月19日-25日集中開展 is the activity's period (time_hint, as the hubei seed's 活动时间), no deadline. 三、一是's 啓動儀式由安順市全民科學素質… is cut before the body it names: no responsibility.",
    ]))

Y = "youxiua-2014-hunan-science-week-plan.txt"
write(doc(Y,
    doc_type="plan", title="2014年湖南科技活动周实施方案",
    alternatives={"issuer": ["湖南省科技活动周组委会"]},
    outline=[
        it("1", "一、", 1, "组织机构"),
        it("1.1", "（一）", 2, "主办湖南省科技活动周组委会"),
        it("1.2", "（二）", 2, "承办湖南省科技活动周组委会办公室"),
        it("1.3", "（三）", 2, "机构组长单位"),
    ],
    notes=[
        "Source: an essay site (youxiua.com) copy of a provincial science-week plan: the title, a 来源/发布时间/点击 line (2020-10-23, the posting), the title again with a space (2014 年), the preamble, 一、组织机构 with (一)主办, (二)承办 and (三)机构 run together on one line, then the 成员单位 list on its own line; cut inside the list. Stored as txt.",
        "title from the headline. issuer null: no header or signature (the 组委会 that 主办 accepted). date null: 2020-10-23 is the essay site's posting, not the plan's.",
        "一、 and its (一)–(三) are run together on one line: separate items (spec). Each heading runs to the next marker or the first ：, the space between label and value removed as a stray space in Chinese text (主办 湖南省… → 主办湖南省…; (三) stops at 组长单位:).",
        "leading_group null: the 组委会 has 组长单位/副组长单位/成员单位 — bodies, not people — and is an organising committee, not a 领导小组 (as the 联席会议 precedent). The units are the committee's make-up, not an item's task: no responsibility.",
    ]))

C = "techchn-2023-13-guilin-science-week-plan-notice.txt"
write(doc(C,
    doc_type="notice", issuer="桂林市科学技术局", doc_number="市科〔2023〕13号",
    title="桂林市科学技术局关于印发《2023年全国科技活动周广西活动暨第三十二届广西科技活动周·广西先进技术展示桂林市工作方案》的通知",
    recipients=[fw("各县(市、区)人民政府"), "高新区", "经济技术开发区", fw("高铁(桂林)广西园管委会"), "市直有关单位", "中央",
                "自治区驻桂林有关单位", "有关企业"],
    date="2023-05-12",
    enclosed_title="2023年全国科技活动周广西活动暨第三十二届广西科技活动周·广西先进技术展示桂林市工作方案",
    alternatives={"recipients": [[fw("各县(市、区)人民政府"), fw("高新区、经济技术开发区、高铁(桂林)广西园管委会"), "市直有关单位",
                                  "中央、自治区驻桂林有关单位", "有关企业"]],
                  "references": [["S020230859"]]},
    outline=[
        it("1", "一、", 1, "指导思想"),
        it("2", "二、", 1, "活动主题与时间地点"),
    ],
    notes=[
        "Source: a policy site (techchn.cn) 政策动态 page: the headline with the 字号 in brackets, 主送, the paragraph issuing the plan, the signature 桂林市科学技术局, the date, 附件, the plan's title, its preamble, 一、 and 二、 with 主题/时间/地点 lines; cut at 地点:全. Stored as txt.",
        "doc_number from the headline's bracket (市科〔2023〕13号); title the headline without it. date: the signature's 2023年5月12日. enclosed_title: the plan in 《》, repeated after 附件.",
        "recipients split on 、 and ， outside brackets (高新区、经济技术开发区、… and 中央、自治区驻桂林… split mechanically; the unsplit reading accepted).",
        "references: the regional notice is cited by title with 编号:S020230859 — a registry number, not a 字号: none (accepted). 我局牵头 in the preamble is the issuer's own role, not an item's: no responsibility. 主题/时间/地点 are labels inside 二、, not items; 2023年5月20日至31日 is the event's period (no deadline, as earlier meeting notices).",
    ]))

K = "gxcollege-2024-guangxi-best-science-workers-forwarding-notice.txt"
write(doc(K,
    doc_type="notice", recipients=["各黨總支", "支部", "校屬各部門"],
    contact={"name": "沈誌仁", "phone": "5891059", "email": None},
    references=["桂科協組發〔2024〕9號"],
    enclosed_title="自治區黨委宣傳部 自治區科協等六部門關於開展2024年廣西“最美科技工作者”選樹宣傳活動的通知",
    alternatives={"enclosed_title": ["自治區黨委宣傳部自治區科協等六部門關於開展2024年廣西“最美科技工作者”選樹宣傳活動的通知"],
                  "recipients": [["各黨總支、支部", "校屬各部門"]]},
    notes=[
        "Source: a Guangxi college's page (no address stored) in traditional characters: 主送, one paragraph forwarding a regional notice with a return date, the contact line, 附件 with the forwarded notice's 字号 and title (its words broken by spaces). No headline, issuer, signature or date. Stored as txt.",
        "doc_type notice: a 转发 (現將…轉發給你們). enclosed_title: the forwarded notice's title from its 《》 in the text, the space between the two bodies kept as a separator (removed accepted). issuer, title and date null.",
        "references: 桂科協組發〔2024 〕9號 in the 附件 line, the stray space removed.",
        "recipients: 各黨總支、支部 splits mechanically on 、 (unsplit accepted). contact: 聯系人 沈誌仁, 聯系電話 5891059; no mailbox.",
        "No numbered items. 3月18日上午12:00前…報黨委宣傳部 closes the whole notice: no item deadline.",
    ]))

J = "xinjiang-2023-science-week-joint-notice.txt"
write(doc(J,
    doc_type="notice", title="新疆关于举办2023年自治区科技活动周的通知",
    recipients=["各地州市科技局", "党委宣传部", "科协", "自治区科普工作联席会议各成员单位", "自治区各新闻媒体", "各有关单位"],
    references=["国科函才〔2023〕65号"],
    alternatives={"title": ["关于举办2023年自治区科技活动周的通知"]},
    outline=[
        it("1", "一、", 1, "时间、主题及主要内容"),
        it("1.1", "（一）", 2, "时间"),
        it("1.2", "（二）", 2, "主题"),
        it("1.3", "（三）", 2, "主要内容"),
        it("1.3.1", "1.", 3, "突出宣传贯彻党的二十大精神"),
        it("1.3.2", "2.", 3, fw("深入宣传中共中央办公厅、国务院办公厅《关于新时代进一步加强科学技术普及工作的意见》(以下简称《意见》)精神")),
    ],
    notes=[
        "Source: a policy page (no address stored) of a regional joint notice: the headline, a summary (主送 and the preamble's first words, ending in …), 主送 again, the preamble, 一、 with (一)–(三) and 1.–2. under (三); cut inside 2. Stored as txt.",
        "title: the headline as the page prints it (新疆 prefixed by the site; without it accepted). issuer null: the three bodies (自治区科学技术厅、自治区党委宣传部、自治区科学技术协会) are named in prose as joint organisers; no header or signature. date null.",
        "recipients: 主送 split on 、 and ， (the summary's repeat counted once). references: 国科函才〔2023〕65号.",
        "(一)时间 and (二)主题 carry their value after ：: headings stop at ：. 2023年5月20-31日 is the event's period (no deadline). 2.'s heading runs to its first 。, brackets full-width.",
    ]))

N = "nmg-2021-22-inner-mongolia-literacy-plan-notice.docx"
write(doc(N,
    doc_type="notice", issuer="内蒙古自治区人民政府", doc_number="内政发〔2021〕22号",
    title=fw("内蒙古自治区人民政府关于印发自治区全民科学素质行动规划纲要实施方案(2021—2025年)的通知"),
    recipients=["各盟行政公署", "市人民政府", "自治区各委", "办", "厅", "局", "各大企业", "事业单位"],
    date="2021-12-31", references=["国发〔2021〕9号"],
    enclosed_title=fw("内蒙古自治区全民科学素质行动规划纲要实施方案(2021—2025年)"),
    alternatives={"title": [fw("关于印发自治区全民科学素质行动规划纲要实施方案(2021—2025年)的通知")],
                  "recipients": [["各盟行政公署", "市人民政府", "自治区各委、办、厅、局", "各大企业、事业单位"]]},
    outline=[it("1", "一、", 1, "前言")],
    notes=[
        "Source: a policy site's copy (fixedeals.com) of a regional government's 印发 notice, whose page carried a path, a 发布日期/访问次数/来源 line and a 字体 widget; stored as .docx with the document alone: issuer line, title line, 字号, 主送, the issuing sentence, the date (the signature line is missing in the copy), (此件公开发布), the plan's title, preamble and 一、前言; cut where the copy stops.",
        "title: the issuer line and the title line joined (the title line alone accepted). date: 2021年12月31日.",
        "recipients: split mechanically on 、 and ， (自治区各委、办、厅、局 gives four, 各大企业、事业单位 two); the grouped reading accepted.",
        "references: 国发〔2021〕9号 (cited in the plan's preamble). enclosed_title: the plan's title on its own line (the 《》 in the issuing sentence adds 内蒙古). 2020 年 and 8.73% keep the copy's spaces. One item, 一、前言.",
    ]))

S = "sichuan-2022-28-literacy-plan-notice.docx"
write(doc(S,
    doc_type="notice", issuer="四川省人民政府", doc_number="川府发〔2022〕28号",
    title="四川省人民政府关于印发《四川省全民科学素质行动实施方案》的通知",
    recipients=[fw("各市(州)人民政府"), "省政府各部门", "各直属机构", "有关单位"],
    date="2022-09-19", references=["国发〔2021〕9号"], enclosed_title="四川省全民科学素质行动实施方案",
    alternatives={"title": ["关于印发《四川省全民科学素质行动实施方案》的通知"]},
    outline=[
        it("1", "一、", 1, "总体要求"),
        it("1.1", "（一）", 2, "指导思想"),
        it("1.2", "（二）", 2, "主要目标"),
    ],
    notes=[
        "Source: a county bureau's portal copy (nyncj.cngy.gov.cn) of a provincial 印发 notice, whose page carried a 发布机构/发布时间 line and a link to a graphic explainer; stored as .docx with the document alone: issuer line, title line, 字号, 主送, the issuing sentence, signature, date, the plan's title, preamble, 一、 with (一)–(二); cut inside (二)'s second paragraph.",
        "title: the issuer line and the title line joined (the title line alone accepted). date: the signature's 2022年9月19日.",
        "(一)指导思想。 and (二)主要目标。 end their headings at 。. 到2025年/到2035年 are targets, not deadlines. references: 国发〔2021〕9号.",
    ]))

H = "hunan-2021-74-literacy-plan-notice.docx"
write(doc(H,
    doc_type="notice", issuer="湖南省人民政府辦公廳", doc_number="湘政辦發〔2021〕74號",
    title=fw("湖南省人民政府辦公廳關於印發《湖南省全民科學素質行動規劃綱要實施方案(2021—2025年)》的通知"),
    recipients=["各市州", "縣市區人民政府", "省政府各廳委", "各直屬機構"],
    date="2021-11-22", references=["國發〔2021〕9號"],
    enclosed_title=fw("湖南省全民科學素質行動規劃綱要實施方案(2021—2025年)"),
    alternatives={"recipients": [["各市州、縣市區人民政府", "省政府各廳委", "各直屬機構"]]},
    outline=[
        it("1", "一、", 1, "總體要求"),
        it("1.1", "（一）", 2, "指導思想"),
        it("1.2", "（二）", 2, "目標"),
    ],
    notes=[
        "Source: an encyclopedia mirror (newton.com.tw) in traditional characters of a provincial office's 印发 notice, whose page carried 印發信息/方案全文 section labels; stored as .docx with the document alone: the title, 字号 (湘政辦發﹝2021﹞74號 with small-form brackets), 主送, the issuing sentence, signature, date, the plan's title, preamble, 一、 with (一)–(二); cut inside (二).",
        "doc_number normalised to 〔〕. date: 2021年11月22日. recipients: 各市州、縣市區人民政府 splits mechanically on 、 (the grouped reading accepted).",
        "references: 國發〔2021〕9號 (the provincial 十四五 綱要 has no 字号). Headings (一)指導思想, (二)目標 end at 。.",
    ]))

O = "ordos-2022-158-literacy-plan-notice.pdf"
write(doc(O,
    doc_type="notice", issuer="鄂尔多斯市人民政府", doc_number="鄂府发〔2022〕158号",
    title=fw("鄂尔多斯市人民政府关于印发鄂尔多斯市全民科学素质行动规划纲要实施方案(2021—2025年)的通知"),
    recipients=["各旗区人民政府", "市人民政府各部门", "各直属单位", "各大企事业单位"],
    date="2022-12-21", references=["国发〔2021〕9号", "内政发〔2021〕22号"],
    enclosed_title=fw("鄂尔多斯市全民科学素质行动规划纲要实施方案(2021—2025年)"),
    alternatives={"date": [None]},
    outline=[it("1", "一、", 1, "总体要求")],
    notes=[
        "Source: a city audit bureau's portal copy (sjj.ordos.gov.cn) of the city government's 印发 notice, its digits and some punctuation lost by the converter (20212025印发给你们请认真组织实施, 2022年1221, 〔20221); stored as .pdf (made from .docx) with the document alone: the title, 字号, 主送, the issuing sentence, signature, the damaged date, the plan's title, preamble and 一、; cut where the copy stops. Text kept as damaged.",
        "date: 2022年1221 read as 2022-12-21 (the month and day run together; null accepted). The page's posting (2023-01-07) is not in the stored body.",
        "references: 国发〔2021〕9号 and 内政发〔2021〕22号; the damaged 鄂府发〔20221 (the 十四五 纲要's number with its digits lost) is no readable 字号 and is left out.",
        "enclosed_title: the plan's title on its own line (the issuing sentence's copy is damaged). One item, 一、总体要求.",
    ]))

U = "wlcbkx-2018-ulanqab-literacy-plan.pdf"
write(doc(U,
    doc_type="plan", title=fw("乌兰察布市全民科学素质行动计划纲要实施方案(2016—2020年)"),
    alternatives={"issuer": ["乌兰察布市科协"]},
    outline=[it("1", "一、", 1, "序言")],
    notes=[
        "Source: a city association's own site (wlcbkx.org.cn) 纲要实施 page of the city's literacy plan, with its path, a 来源(乌兰察布市科协)/发布日期(2018-01-02)/点击量 line and share widgets; stored as .pdf (made from .docx) with the plan alone: its title, preamble and 一、序言; cut where the copy stops.",
        "A plan without a covering notice: doc_type plan, enclosed_title null. issuer null (the body holds no issuer; the page's 来源 accepted). date null (the posting day is not in the stored body).",
        "The 国务院办公厅 and 自治区 plans are cited by title without 字号: no references. 2015/2010 figures are facts, not deadlines.",
    ]))
