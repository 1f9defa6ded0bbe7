"""Hand-made reference parses for the thirty-ninth held-out set (tools/held_out_39.txt): twelve public pages found with the
search tool for what a 科协 office at any level receives in an ordinary month, from as many places as the index still held
unused (national bodies and departments, Henan, Inner Mongolia, Guizhou, Fujian, Anhui, Shandong): seven notices (a national
office's 公布 notice of demonstration stations, a glossed Inner Mongolian call without title, a national department's project
call with its 字号 in the title line, a national 印发 notice wrapping a 管理办法 in articles, a joint national call in
traditional characters, a provincial call without title, an unnamed unit's 2025 call) and five news pages (a 年会 office's
first meeting glossed and signed like a 纪要, a county's township-association meeting citing two 字号, a spam site's report of a
county 意见 with 一要…三要, a provincial association's project call as news without headline, a city site's report of a national
secretariat meeting). Three are stored as .docx and two as .pdf (the document body only). Each block was written by reading
the document against parse-format.md; the reader was not run on any of them. Writes ../gold/<stem>.json."""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_gold import doc, it  # noqa: E402  (importing make_gold rewrites the first corpus's gold: the same files)
from make_gold_held_out_2 import write, fw, head  # noqa: E402  (marks the gold found; rewrites the second set's: the same files)


def plain(s):
    """A glossed copy's words without the pinyin glosses (協(xié) → 協), full-width."""
    return re.sub(r"（[^（）\u4e00-\u9fff]+）", "", fw(s))


write(doc("gckzyjggz-2018-cast-demonstration-academician-stations-notice.txt",
    doc_type="notice", issuer="中国科协办公厅", title="中国科协办公厅关于公布2017年示范院士专家工作站评选结果的通知",
    recipients=["各省", "自治区", "直辖市科协", "新疆生产建设兵团科协"], date="2017-12-08",
    alternatives={"date": ["2018-01-20"], "doc_type": ["other"]},
    notes=[
        "Source: a site's copy (gckzyjggz.com) of a national office's 公布 notice: a path with an empty step (首页 > > 通知公告 > 正文), the headline, the posting time 2018-01-20 16:25:00, 主送, two paragraphs, 附件 1.–2. (.doc names), the office's signature and 2017年12月8日. Stored as txt.",
        "doc_type notice: its title says 通知 although it announces results like a 决定 (other accepted). date: the signature's 2017-12-08, not the posting day (accepted).",
        "recipients: 各省、自治区、直辖市科协 split mechanically on 、 (three entries), as the spec's example of the first corpus.",
        "No items: the 附件 list is not outline. The 实施方案 cited has no 字号: no references. 中国科协企业工作办公室 organised the selection (done work, no assignment).",
    ]))

J = "jianaisc-2010-cast-annual-meeting-office-first-meeting-news.txt"
write(doc(J,
    doc_type="news", date="2010-06-03",
    alternatives={"date": ["2010-05-28"], "issuer": ["福建省科协学会学术部", plain("福建省科協(xié)學(xué)會(huì)學(xué)術(shù)部"),
                                                   fw("福建省科協(xié)學(xué)會(huì)學(xué)術(shù)部")], "doc_type": ["other"]},
    notes=[
        "Source: a spam site's copy (jianaisc.com) of a provincial department's report of a national 年会 organising office's first meeting, in traditional characters with pinyin glosses on many characters: three paragraphs (who attended, what was reported, the chair's five demands in prose), the department's name and 2010年6月3日 below, a stray |. No headline stored. Stored as txt.",
        "A meeting report signed like a 纪要 but written as news: doc_type news (other accepted). title null (no headline). date: the signed 2010-06-03 (the meeting's 5月28日 accepted).",
        "issuer null: the signing department is the report's writer (accepted, glossed or not). The demands (進一步細化…；加強…；突出…) are prose without markers: no items. 年會實施方案 has no 字号.",
    ]))

write(doc("hbqtgg-2015-shanxian-township-associations-meeting-news.txt",
    doc_type="news", date="2015-10-09",
    references=["单全科组办发〔2015〕2号", "单农无害协发〔2015〕1号"],
    alternatives={"date": [None]},
    notes=[
        "Source: an advertising site (m.hbqtgg.com) copy of a county association's meeting report, its words machine-rewritten (作业 for 工作, 本质 for 素质): a column label 乡镇广告 run into the first sentence, four paragraphs. No headline and no page date stored. Stored as txt.",
        "title null (the first line is the label plus the report's first sentence). date: 10月9日 with the year from the text (2015年度, 2015年以来): 2015-10-09 (null accepted). No issuer.",
        "references: the two 字号 cited after the documents' titles, the first written with a space before 2号 (单全科组办发〔2015〕 2号) and normalised. No numbered items.",
    ]))

B = "bdf-2021-quanjiao-association-work-opinions-news.txt"
write(doc(B,
    doc_type="news", title="中共全椒县委县政府联合发文进一步加强新时期科协工作", date="2021-05-24",
    references=["全〔2015〕28号"],
    alternatives={"title": ["中共全椒县委县政府联合发文进一步加强新时期科协工作-【新闻】"], "date": [None]},
    outline=[
        it("1", "一要", 5, head(B, "一要")),
        it("2", "二要", 5, head(B, "二要")),
        it("3", "三要", 5, head(B, "三要")),
    ],
    notes=[
        "Source: a pump maker's spam site (bdf.2394122.cn) copying a county report: the site's hotline and search chrome, a path, the headline with -【新闻】, a 发布时间 2021-05-24 line, the headline run into the first sentence, two paragraphs; cut inside 三要. Stored as txt.",
        "title: the headline without the site's -【新闻】 tag (with it accepted). date: the page's 发布时间 (the only date; the 意见 is of 2015, its 字号 全〔2015〕28号; null accepted).",
        "references: the 意见's 字号 全〔2015〕28号. The report retells the 意见's three demands inline (一要…二要…三要…): level 5 items, headings to the first 。 (as heshui and pdsjgdj's 一要).",
        "各镇各单位要把… and 县级财政按…列入 are the 意见's general demands, not a task given to a named body: no responsibility. The site's 010-00000000 hotline is chrome, no contact.",
    ]))

C = "cmscenter-2025-inner-mongolia-popsci-rural-projects-notice.txt"
_rec = fw(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", C), encoding="utf-8").read()).split("\n")[0].rstrip("：")
_recs = re.split(r"[、，]", _rec)
write(doc(C,
    doc_type="notice", recipients=[plain(r) for r in _recs],
    alternatives={"recipients": [_recs], "issuer": ["内蒙古自治区科学技术协会", "内蒙古自治区科协"]},
    outline=[
        it("1", "一、", 1, head(C, "一、")),
        it("2", "二、", 1, head(C, "二、")),
        it("2.1", "（一）", 2, head(C, "(一)")),
        it("2.2", "（二）", 2, head(C, "(二)")),
        it("2.2.1", "1.", 3, "在" + head(C, "1.在")),
        it("2.2.2", "2.", 3, "具" + head(C, "2.具")),
        it("2.2.3", "3.", 3, "有" + head(C, "3.有")),
        it("2.2.4", "4.", 3, "具" + head(C, "4.具")),
        it("2.2.5", "5.", 3, "在" + head(C, "5.在")),
        it("2.2.6", "6.", 3, "參" + head(C, "6.參")),
    ],
    notes=[
        "Source: a spam site's copy (m.cmscenter.cn) of an autonomous region's association call in traditional characters with pinyin glosses (協(xié), 會(huì)): no headline, no 字号 or signature stored; 主送, the preamble, 一、, 二、 with (一)/(二) and 1.–6. under (二); cut inside 6. Stored as txt.",
        "title, issuer, date null: none survives (the 自治區科協 of the 主送 is the senders' own body, accepted as issuer). recipients: the words without glosses (glossed accepted), split on 、 and ，: 自治區科協各所屬學會、協會、研究會 gives three, 滿洲里市、二連浩特市科協 two.",
        "Headings to the first 。 or line end as the page prints them (glosses kept, brackets full-width, as 12366sw's item); 4.'s nested bracket 各旗縣(市縣區(qū)) is the page's. The 實施方案(2021-2025年) cited has no 字号: no references.",
    ]))

write(doc("zzycyy-2025-guizhou-grassroots-popsci-projects-news.txt",
    doc_type="news", date="2025-10-18",
    alternatives={"date": [None]},
    notes=[
        "Source: a news site's copy (zzycyy.com) of a provincial association's project call told as news (记者从…获悉): five paragraphs on four kinds of projects; cut inside the fifth. No headline and no page date stored. Stored as txt.",
        "title null. date: 10月18日 with the year of the 2025年度 call: 2025-10-18 (null accepted). issuer null (a report).",
        "The four 工程 are prose paragraphs without markers: no items. No contact or 字号.",
    ]))

write(doc("xcskx-2021-cast-science-volunteer-measures-review-news.txt",
    doc_type="news", title=fw("中国科协审议通过《科技志愿服务管理办法(试行)》"),
    notes=[
        "Source: a city association's own site (xcskx.net.cn) 要闻聚焦 page: welcome line, the two public-account names, the path, the headline, six paragraphs each ending with the site's watermark mr3许昌市科学技术协会; cut in the sixth. Stored as txt.",
        "date null: 7月4日 is the meeting's day and no year is printed (the page's address gives its posting day, which is not in the copy). issuer null (a report of a national secretariat meeting).",
        "The 办法 approved has no 字号: no references. 中国科协牵头成立中国科技志愿者总队 reports what the meeting said, in a news page: no items, no responsibility.",
    ]))

write(doc("shancun-2019-47-popsci-china-application-projects-notice.docx",
    doc_type="notice", issuer="中国科协科普部", doc_number="科协普函信字〔2019〕47号",
    title="中国科协科普部关于组织实施2019年“科普中国”应用推广项目的通知",
    recipients=["各省", "自治区", "直辖市科协科普部", "新疆生产建设兵团科协科普部"],
    alternatives={"title": ["中国科协科普部关于组织实施2019年“科普中国”应用推广项目的通知（科协普函信字〔2019〕47号）"]},
    outline=[
        it("1", "一、", 1, "申报对象和条件"),
        it("1.1", "（一）", 2, "申报对象"),
        it("1.2", "（二）", 2, "申报条件"),
        it("2", "二、", 1, "申报方式"),
    ],
    notes=[
        "Source: a rural portal's copy (shancun.net) of a national department's project call; stored as .docx with the document body only: its title line with the 字号 in brackets after it (as the page prints it), 主送, a blank-ish line, the preamble, 一、 with (一)/(二), 二、; cut inside 二、 as the page's copy was (the portal's 浏览/来源 line and 核心摘要 dropped).",
        "doc_number: the 字号 from the title line's brackets; title without it (with it accepted). No signature or date survives: date null.",
        "recipients: 各省、自治区、直辖市科协科普部 split mechanically (three entries). The 意见 and 工作要点 cited have no 字号: no references.",
        "(一)申报对象：… and (二)申报条件：… headings end at the colon. 省级科协推荐、中国科协评定 describes the selection, not a task: no responsibility.",
    ]))

write(doc("xxkp-2019-cast-science-volunteer-measures-issuing.docx",
    doc_type="notice", issuer="中国科协办公厅",
    title=fw("中国科协办公厅关于印发《科技志愿服务管理办法(试行)》的通知"),
    recipients=["各全国学会", "协会", "研究会", "各省", "自治区", "直辖市", "副省级城市科协", "新疆生产建设兵团科协", "各有关机构"],
    date="2019-08-01",
    contact={"name": None, "phone": "010-68578249", "email": None},
    enclosed_title=fw("科技志愿服务管理办法(试行)"),
    alternatives={"date": [None], "doc_type": ["regulation"], "contact.name": ["中国科协科学技术普及部"]},
    outline=[
        it("1", "第一章", 1, ""),
        it("1.1", "第一条", 2, "为鼓励和规范科技工作者参与科技志愿服务，推动新时代科技志愿服务制度化和常态化，根据国务院《志愿服务条例》的有关规定，结合科技志愿服务特点，特制定本办法"),
        it("1.2", "第二条", 2, "本办法所称的科技志愿服务，是指科技志愿者、科技志愿服务组织为服务科技工作者、服务创新驱动发展、服务全民科学素质提高、服务党和政府科学决策，自愿、无偿向社会或者他人提供的公益性科技类服务"),
        it("1.3", "第三条", 2, "科技志愿服务应自觉培育和践行社会主义核心价值观，弘扬奉献、友爱、互助、进步的志愿精神和爱国、创新、求实、奉献、协同、育人的新时代科学家精神，动员科技工作者进社区、进乡村、进学校、进企业、进园区，以所学所研报国为民、无私奉"),
    ],
    notes=[
        "Source: a county science site's copy (xxkp.org.cn) of a national office's 印发 notice; stored as .docx with the document body only (the page's headline, 发布时间 2021-04-23 and 浏览, and the repeated 发布时间 2020-07-22 dropped): title, 主送, two paragraphs, the signature, a date that lost its 年月日 (201981), an unclosed bracket with the department and a phone, then the 办法's title, 第一章 without its name, 第一条–第三条; cut inside 第三条.",
        "date: 201981 read as 2019年8月1日 (the 办法 was approved on 7月4日 of 2019); null accepted, as the digits alone are damaged.",
        "contact: the bracketed line after the date gives the department to ask and its phone: phone 010-68578249, name null (the department as name accepted).",
        "enclosed_title: the 办法's title with (试行). doc_type notice (regulation accepted, as the body is mostly the 办法).",
        "Outline: 第一章 level 1 with an empty heading (its name 总则 is not in the copy), 第一条–第三条 level 2 nested under it, headings to the first 。 (第三条 cut at line end). recipients split mechanically: 各全国学会、协会、研究会 three, 各省、自治区、直辖市、副省级城市科协 four.",
    ]))

write(doc("hongkongsong-2022-zhihui-action-projects-notice.docx",
    doc_type="notice", issuer="中國科協科普部",
    title="中國科協科普部、中宣部志愿服務促進中心 關于文明實踐科技志愿服務“智惠行動”系列項目申報的通知",
    recipients=["各省", "自治區", "直轄市科協", "文明辦", "新疆生產建設兵團科協", "文明辦", "各有關單位"],
    references=["科協發普字〔2022〕20號"],
    alternatives={"title": ["中國科協科普部、中宣部志愿服務促進中心關于文明實踐科技志愿服務“智惠行動”系列項目申報的通知"],
                  "issuer": ["中國科協科普部、中宣部志愿服務促進中心"]},
    outline=[
        it("1", "一、", 1, "項目目標"),
        it("2", "二、", 1, "項目內容"),
        it("2.1", "（一）", 2, "“智惠行動·百會百縣鄉村行”科技志愿服務項目"),
        it("2.1.1", "1.", 3, "動員省級學會和市級學會組建科技志愿服務隊伍并在科技志愿服務信息平臺上注冊，重點圍繞全國科普日等重要時間節點，會同縣級"),
    ],
    notes=[
        "Source: a company site's copy (hongkongsong.com) of a joint national call in traditional characters (no glosses); stored as .docx with the document body only (the site's phone and menu, the truncated headline and the posting day 2022-07-15 dropped): title (a space between the two bodies and 關于), 主送, the preamble citing a joint notice with its 字号, 一、, 二、 with (一) and 1.; cut inside 1.",
        "issuer: the first of the two bodies at the head of the title (both accepted). title with the space kept as separator (removed accepted). date null: no signature survives in the body.",
        "recipients split on 、 and ，: 文明辦 appears twice (once for the provinces, once for the 兵团), kept as the text gives it. references: 科協發普字〔2022〕20號 as written (號).",
        "1.'s heading runs to the line end where the copy stops (no 。).",
    ]))

H = "hast-2020-henan-popsci-rural-revitalization-projects-notice.pdf"
write(doc(H,
    doc_type="notice", recipients=["各省辖市", "济源示范区科协"],
    alternatives={"issuer": ["河南省科协"]},
    outline=[
        it("1", "一、", 1, "项目内容"),
        it("2", "二、", 1, "申报程序"),
        it("2.1", "（一）", 2, "申报主体"),
        it("2.2", "（二）", 2, "项目指标"),
        it("2.3", "（三）", 2, "项目申报"),
        it("2.4", "（四）", 2, "省级复核"),
        it("2.5", "（五）", 2, "项目实施", resp={"lead_units": ["省辖市科协"]}),
    ],
    notes=[
        "Source: a provincial association's own site (hast.net.cn) page of its project call; the copy starts at the 主送 (no title, 字号 or date stored) and stops inside 二、(五). Stored as .pdf of the document body as copied.",
        "title, issuer, date null (none survives; 河南省科协决定… names the body in prose, accepted as issuer). recipients: 各省辖市、济源示范区科协 split on 、 (two entries).",
        "(一)–(五) are run-in headings ending at their 。. (五) says 省辖市科协负责项目实施的指导、检查、监督等工作: prose responsibility (X负责), a body outside the issuer: lead unit 省辖市科协. (三)'s 省辖市科协按照要求…遴选 and (四)'s 省科协对…进行复核 describe steps, not 负责/牵头: no responsibility.",
        "2021年 in (四) names the project year, no deadline. The 纲要 cited has no 字号.",
    ]))

write(doc("scei-2025-grassroots-service-publicity-projects-notice.pdf",
    doc_type="notice", title="关于申报2025基层科技服务宣传有关项目的通知", recipients=["各有关单位"],
    alternatives={"date": ["2025-10-15"]},
    outline=[
        it("1", "一、", 1, "项目设置"),
        it("1.1", "（一）", 2, "科技助力定点帮扶工作宣传项目"),
        it("1.1.1", "1.", 3, "撰写高质量与科技科普相关的宣传材料"),
        it("1.1.2", "2.", 3, "征求定点帮扶县意见，以"),
    ],
    notes=[
        "Source: a national centre's site (scei.org.cn) 通知通告 page; stored as .pdf of the document body (the path and the posting day 2025-10-15 dropped): title, 主送, preamble, 一、, (一) with a 项目内容: label paragraph, 1., 2.; cut inside 2.",
        "issuer null: the call says only 我单位 (no signature survives). date null in the body (the page's posting day accepted).",
        "项目内容：is a label, not an item. 1.'s heading ends at its first 。; 2.'s at the copy's end. The figures (不少于5篇, 3次, 10次) are targets, not deadlines; no responsibility (the unit itself does the work).",
    ]))
