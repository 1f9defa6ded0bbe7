"""Hand-made reference parses for the thirty-third held-out set (tools/held_out_33.txt): twelve public pages found with the
search tool for what reaches a 科协 office from the east and north (Beijing, Jiangsu, Zhejiang, Anhui, Shandong, Shanxi,
Hebei, Liaoning, Jilin) and from 学会, 老科协, 科普场馆协会 and a national body: five 公文 stored as their bodies only (three
.docx, two .pdf: the national association's 工作要点 with 一、 and running 1.–3., a city's 科普教育示范基地 管理办法 in glossed
traditional characters with 第1章/第1條 run together on one line, a forwarding notice of a provincial 学术年会 with 一、–五、,
(一)–(三) and a 承办单位 line, a provincial 科普场馆协会's recommendation call with two contacts and a 字号 in [], a joint 公示
with only a 举报监督电话), a provincial bureau's 公布 notice on a spam site kept as .html (glossed, markup around it) and six
news pages stored as .txt (a county 老科协's meeting under 来源/作者/发布时间/阅读, a city association's 简讯 page gathering six
items with bylines, a provincial association's 汇编 of four societies' epidemic work, a provincial 老科协's congress without
headline or year, a city association's list of seven items without headlines, a city association's meeting with mojibake).
Each block was written by reading the document against parse-format.md; the reader was not run on any of them. Writes
../gold/<stem>.json."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_gold import doc, it  # noqa: E402  (importing make_gold rewrites the first corpus's gold: the same files)
from make_gold_held_out_2 import write, fw, head  # noqa: E402  (marks the gold found; rewrites the second set's: the same files)


write(doc("robotreg-2023-cast-work-points.docx",
    doc_type="plan", title="中国科协2023年工作要点",
    alternatives={"issuer": ["中国科协"]},
    outline=[
        it("1", "一、", 1, fw("全面学习宣传贯彻党的二十大精神,团结带领广大科技工作者坚定不移听党话、跟党走")),
        it("1.1", "1.", 3, "坚持不懈用习近平新时代中国特色社会主义思想凝心铸魂"),
        it("1.2", "2.", 3, "深入学习宣传贯彻党的二十大精神"),
        it("1.3", "3.", 3, "实施科学家精神弘扬工程"),
    ],
    notes=[
        "Source: a national society's site (robotreg.caa.org.cn) page of the national association's 2023 work points: headline, a 日期 line (2023-03-29 08:55), the preamble, 一、 and 1.–3.; the copy stops inside 3. Stored as .docx: the title line to the cut, the page's 日期 line dropped (text_to_docx.py, one paragraph a line).",
        "doc_type plan (工作要点). issuer: no issuer line or signature in the body; the body at the head of the title accepted, null preferred (as lszkx's 办法). date null: the stored body has none (the page's 2023-03-29 was chrome and is not stored).",
        "1.–3. are the running task numbers under 一、 (level 3, ids 1.1–1.3, as taian-2023-work-points). Headings end at the first 。. No responsibility annotations in the stored part; no 字号 cited.",
    ]))

N = "wotao-2021-nanjing-popsci-demo-bases-measures.docx"
write(doc(N,
    doc_type="regulation", title="2021年南京市科普教育示范基地管理辦法",
    alternatives={"title": ["南京市科普教育示范基地管理辦法", "南京市科普教育示范基地管理办法"]},
    outline=[
        it("1", "第1章", 1, "總則"),
        it("1.1", "第1條", 2, "根據（jù）《中華人民共和國科學（xué）技術（shù）普及法》、《全民科學（xué）素質（zhì）行動計劃綱要》和《南京市科學（xué）技術（shù）普及條例》，為加強（qiáng）我市科普教育示范基地管理，推動科普基礎（chǔ）設（shè）施建設（shè），推進（jìn）科學（xué）技術（shù）普及工作向社會化、經（jīng）常化和規（guī）范化發（fā）展，特制定本辦法"),
        it("1.2", "第二條", 2, "本辦法所稱南京市科普教育示范基地（以下簡稱市科普基地）主要是指在本市行政區（qū）域內（nèi）、具有相當（dāng）規（guī）模的科普固定場所和設（shè）施條件，面向社會和公眾開放，能夠承擔（dān）科普宣傳、培訓（xùn）、服務（wù）等功能的場館、設（shè）施或場所"),
        it("1.2.1", "（一）", 2, "場館類"),
        it("1.2.2", "（二）", 2, "場所類"),
        it("1.2.3", "（三）", 2, "其他類"),
    ],
    notes=[
        "Source: a consultancy's page (臥濤, its address not given by the search) copying a city's 科普教育示范基地 管理办法 in traditional characters with pinyin glosses on many characters (規(guī), 設(shè)): the company's card, a path, the headline 2021年南京市科普教育示范基地管理辦法, a 發布時間 line (2021-03-10), then the 办法 run into one line: 第1章 總 則 第1條? … 第二條? … (一)(二)(三); cut inside (三). Stored as .docx: the headline and that line, the card, path and 發布時間 dropped.",
        "title: the headline as the page gives it (with the site's 2021年; without it, or in simplified characters, accepted). issuer and date null: no issuer line, signature or 成文 date survives (the posting day is the site's).",
        "Outline: 第1章 level 1 with heading 總則 (the stray space inside removed); 第1條 (Arabic numeral, ? for a lost separator after it, not part of the heading) and 第二條 level 2, headings to the first 。 with glosses kept, brackets and commas full-width and the stray space in 特 制定 removed; (一)–(三) inside 第二條 at level 2 under it (as lszkx-2013 and cast-2014-society-general-rules), headings to the colon. The items are run together on one line and are still separate items.",
        "The three laws and 条例 cited in 《》 have no 字号: no references. No responsibility.",
    ]))

S = "yuanzhiye-2014-shandong-annual-meeting-forwarding.docx"
write(doc(S,
    doc_type="notice", title="关于转发《关于举办2014年山东省科协学术年会的预备通知》的通知",
    recipients=["各部门", "单位"],
    enclosed_title="关于举办2014年山东省科协学术年会的预备通知",
    alternatives={"recipients": [["各部门、单位"]]},
    outline=[
        it("1", "一、", 1, "指导思想"),
        it("2", "二、", 1, "年会主题"),
        it("3", "三、", 1, "举办单位",
           resp={"lead_units": ["淄博市科学技术协会", "山东省科协学会服务中心", "有关省级学会", "市科协"]}),
        it("4", "四、", 1, "活动安排"),
        it("4.1", "（一）", 2, "年会开幕式和专题报告"),
        it("4.2", "（二）", 2, "年会分会场",
           resp={"lead_units": ["省科协所属相关省级学会", "学科群", "部分市科协"]}),
        it("4.3", "（三）", 2, "2014年度山东省科协优秀学术论文评选活动"),
        it("5", "五、", 1, "论文征集"),
    ],
    notes=[
        "Source: a mirror of a university site (yuanzhiye.com, path kyguanwangmanbetx) of a unit's notice forwarding a provincial association's preliminary notice of its 2014 学术年会: headline, a 发布者/发布时间/浏览次数 line (2014-07-09), 主送 各部门、单位, the preamble, 一、–五、 with (一)–(三) under 四、; cut inside 五、. Stored as .docx: from the title to the cut, the 发布者 line dropped.",
        "issuer null: the forwarding unit is not named in the stored part (no signature); date null for the same reason (the posting day was chrome). enclosed_title: the forwarded notice's name in 《》 in the title (a 转发 notice).",
        "recipients: 各部门、单位 split on 、 (two entries, as the spec splits mechanically; unsplit accepted).",
        "三、举办单位: 承办单位 is the spec's 承办 label → lead_units (the four bodies as written); 主办单位 is no responsibility label (as earlier plans). (二) says the 21 分会场 are 由省科协所属相关省级学会、学科群，部分市科协承办 — prose responsibility naming bodies that are not the issuer's own offices → lead_units as written. (一)'s 2014年10月 is the event's month, no deadline. The copy stops before any return date.",
    ]))

write(doc("jskpcg-2015-jiangsu-popsci-venues-recommendation-notice.pdf",
    doc_type="notice", issuer="江苏省科普场馆协会", recipients=["各位理事", "有关会员单位负责人"], date="2015-06-09",
    contact={"name": "刘晓萱 张梦曦", "phone": "025-83340989 83340317", "email": None},
    references=["苏科馆协发〔2015〕2号"],
    alternatives={"contact.name": ["刘晓萱"], "contact.phone": ["025-83340989"], "contact.email": ["kpcg@jskx.org.cn"]},
    notes=[
        "Source: a provincial 科普场馆协会's site (jskpcg.org) page of its call to recommend advanced units and persons of the 2015 science week: 主送, two paragraphs, 联 系 人 and 联系电话, 附件 1、–2、 (each name on two lines), the signature and the date, then the first attachment's heading. No headline stored. Stored as .pdf (text_to_docx.py, then soffice): from 主送 to the date, the attachment form after the date dropped.",
        "title null (none in the copy). issuer: the signature; date: 2015年6月9日 below it.",
        "references: 苏科馆协发[2015]2号 normalised to 〔〕. The 2015年度工作要点 named in prose has no 字号.",
        "contact: 联 系 人 with spaces in the label; two names and two numbers separated by spaces, as written (the first of each accepted). kpcg@jskx.org.cn is where the forms go (报送协会秘书处(…)), no 邮箱 label: email null, the address accepted.",
        "No numbered items: the 6月12日17时前 return date closes the whole call, not an item. The 附件 list is not outline.",
    ]))

write(doc("hao-2015-jilin-community-popsci-candidates-publicity.pdf",
    doc_type="other", issuer="吉林省科学技术协会", date="2015-04-30",
    alternatives={"doc_type": ["notice"], "issuer": ["吉林省科学技术协会 吉林省财政厅", "吉林省科学技术协会吉林省财政厅"]},
    notes=[
        "Source: a mirror (hao.hk.cn) of a provincial association's site page: its footer lines (主办, ICP and 公网安备 numbers), 来源:吉林省科协, the posting time (2015-04-30 20:44:54), one paragraph of a 公示, 举报监督电话, 公示截止日期, 附件, the joint signature on two lines, the date. No headline stored. Stored as .pdf (text_to_docx.py, then soffice): from the paragraph to the date, the footer, 来源 and time lines dropped.",
        "doc_type other: a 公示 of candidates (as qinan-2012 and earlier 公示; notice accepted). issuer: the first body of the joint signature (both accepted). date: 2015年4月30日.",
        "contact null: 举报监督电话 is the line for objections, not a contact (as earlier 监督举报电话 gold). 公示截止日期 2015年5月4日 closes the whole 公示: no item. The 通知 cited in 《》 has no 字号: no references.",
    ]))

write(doc("interfaithbroomecounty-2022-shanxi-popsci-bases-list-notice.html",
    doc_type="notice", issuer="山西省科學技術廳", title="關于公布2021年度山西省科普基地認定名單的通知",
    recipients=["各市科技局", "省直有關部門", "各有關單位"], date="2022-04-28",
    alternatives={"issuer": [fw("山西省科學技術(shù)廳"), "山西省科学技术厅"],
                  "title": [fw("關(guān)于公布2021年度山西省科普基地認定名單的通知"),
                            fw("【省科技廳】關(guān)于公布2021年度山西省科普基地認定名單的通知"),
                            "关于公布2021年度山西省科普基地认定名单的通知"],
                  "recipients": [["各市科技局", fw("省直有關(guān)部門"), fw("各有關(guān)單位")]],
                  "date": ["2022-05-05"]},
    notes=[
        "Source: a spam site (interfaithbroomecounty.com) copying a provincial science bureau's notice in traditional characters with pinyin glosses on some characters (關(guān), 廳): stray list markup (<ul>, <strike>, <meter>) before the text, a hotline, a path, the headline with the site's tag 【省科技廳】, the posting day (2022年05月05日), the bureau's name, 主送, two paragraphs, 附件 (a .docx list), the signature, the date. Stored as .html as the search returned it, cut after the date (a line of the spam site's keywords and more stray markup follow it there).",
        "Header fields give the document's words without the glosses and without the site's 【省科技廳】 tag (glossed forms, full-width, and the simplified title accepted), as 12366sw-2025. issuer: the signature 山西省科學技術廳. date: the signature's 2022年4月28日, not the page's 2022年05月05日 (accepted).",
        "recipients split on 、: three entries. 全國統一熱線 is the site's hotline, no contact. The laws, 办法 and 通知 cited in 《》 have no 字号: no references. A 公布 notice with no numbered items; the 附件 is no outline.",
    ]))

write(doc("czkx-2022-quanjiao-veteran-association-annual-meeting-news.txt",
    doc_type="news", title="全椒县老科协召开2022年度工作会议", date="2022-03-14",
    alternatives={"date": ["2022-03-13"], "issuer": ["全椒县科协"]},
    notes=[
        "Source: a city association's site (czkx.org.cn) page of a county 老科协's meeting: the path (您当前的位置:全椒县科协), the headline, a 来源/作者/发布时间/阅读 line (来源:全椒县科协, 作者:市科协站管, 2022-03-14 16:17:05, 阅读 empty), three indented paragraphs, a blank line and 【打印本页】. Stored as .txt.",
        "date: the 发布时间 2022-03-14 (the meeting's 3月13日 accepted). issuer null: a report; 来源 names the county association that posted it (accepted).",
        "No numbered items; the figures of last year's work (63次, 24篇…) and the 工作简报 named are prose. 2021年度先进 are honoured in prose: no list.",
    ]))

write(doc("hkx-2012-hangzhou-association-briefs-page-news.txt",
    doc_type="news",
    alternatives={"title": ["简讯"]},
    segments=[
        {"unit": "临安市科协", "heading": None, "text": None},
        {"unit": None, "heading": None, "text": None},
        {"unit": "余杭科技馆", "heading": None, "text": None},
        {"unit": "桐庐县老科技工作者协会", "heading": None, "text": None},
        {"unit": "桐庐县科协", "heading": None, "text": None},
        {"unit": "拱墅区科协", "heading": None, "text": None},
    ],
    notes=[
        "Source: a city association's site (hkx.org.cn, 工作动态) page headed 简讯 gathering six short items of the city's district and county bodies, one paragraph each, each closed by its writer in brackets ((李延芳), (李巍), (余杭科技馆), (方向明), (张永祥), (拱墅…); cut inside the last byline. No page date stored. Stored as .txt.",
        "A gathered briefing: one segment per item, outline empty, issuer and date null (8月16日, 8月14日 give no year; 2012年 names an award). title null: 简讯 is the column's label (accepted as the page's title).",
        "Segments have no headlines (heading null). unit: the body each item is about, which acts in it (临安市科协, 桐庐县老科技工作者协会, 桐庐县科协, 拱墅区科协), or the byline where it is a body (余杭科技馆); the 下城区 item names no body (a 培训暨…部署会议 with its writer only): unit null. The bylines that are people's names are writers, not units.",
    ]))

write(doc("jlskx-2020-jilin-societies-epidemic-roundup-news.txt",
    doc_type="news", title=fw("抗击疫情省级学会在行动(之三)"), date="2020-02-04",
    alternatives={"date": ["2020-02-08"], "title": ["抗击疫情省级学会在行动"]},
    segments=[
        {"unit": "吉林省健康管理学会", "heading": None, "text": None},
        {"unit": "吉林省农村专业技术协会", "heading": None, "text": None},
        {"unit": "吉林省林学会", "heading": None, "text": None},
        {"unit": "吉林省催眠学会", "heading": None, "text": None},
    ],
    notes=[
        "Source: a provincial association's site (o.jlskx.org.cn) page: the site's quotation banner, the headline 抗击疫情省级学会在行动(之三), a subtitle line ——吉林省科协所属省级学会疫情防控工作 2020年2月4日汇编 run on with the posting time (2020-02-08 15:46:41) and the first item (the 1. glued to the time's seconds: 15:46:411.吉林省…), items 2.–4. one a line, a (供稿/审稿) line, 责任编辑, 来源 run on with the site's link list, footer. Stored as .txt.",
        "A gathered briefing of four societies' work: one segment per 学会 (unit: the society each numbered item opens with; no headlines, heading null), outline empty (the 1.–4. number the units' blocks, as the Chuzhou monthly list's (一)–(五)). title: the page's own headline, bracket full-width (without (之三) accepted). date: the compilation's own 2020年2月4日汇编 (the posting day 2020-02-08 accepted). issuer null (供稿 省科协学会部 is who sent it).",
        "The 慰问信 in 《》 is no document number: no references.",
    ]))

write(doc("lnast-2024-liaoning-veteran-association-congress-news.txt",
    doc_type="news",
    notes=[
        "Source: a provincial association's site (lnast.net, 组织人才, its address dated 20240923) page: one paragraph on a provincial 老科协's sixth member congress, then the page's 上一篇/下一篇 links. No headline or page date stored. Stored as .txt.",
        "title null (no headline; 上一篇's 辽宁省城市更新研究会召开第一届会员大会 is the neighbouring page's). date null: 9月9日 and no year in the copy (the 2024 of the address is not in the document; as cqast-jiangjin). issuer null.",
        "No numbered items; 今后五年 and the 六地 目标 are prose. The leaders named are attendees, not a group.",
    ]))

write(doc("tskp-tangshan-association-items-list-news.txt",
    doc_type="news",
    segments=[
        {"unit": "滦州市科协", "heading": None, "text": None},
        {"unit": "滦州市科协", "heading": None, "text": None},
        {"unit": "唐山市开平区科协", "heading": None, "text": None},
        {"unit": "开平区科协", "heading": None, "text": None},
        {"unit": "开平区科协", "heading": None, "text": None},
        {"unit": "秦皇岛市老科协", "heading": None, "text": None},
        {"unit": "唐山市老科协", "heading": None, "text": None},
    ],
    notes=[
        "Source: a city association's site (tskp.org.cn, a list page, ?page=80) gathering the leads of seven items of the city's county and district associations and its 老科协, one a line, each opening with its day (4月26日 … 4月12日), no headlines. Stored as .txt.",
        "A gathered page: one segment per item, outline empty; title, issuer and date null (the days have no year; the page has no date of its own).",
        "unit: the first body each item names as its actor (滦州市科协 of 滦州市科协、老科协; 唐山市开平区科协 and then 开平区科协 as written; 秦皇岛市老科协 visiting 唐山市老科协); heading null (no headlines).",
    ]))

write(doc("hao-2016-jilin-city-literacy-outline-meeting-news.txt",
    doc_type="news", date="2016-12-30",
    alternatives={"date": ["2016-12-29"], "issuer": ["吉林市科协"]},
    notes=[
        "Source: a mirror (hao.hk.cn) of a provincial association's site news page: its footer lines first (主办, ICP and 公网安备 numbers), 来源:吉林市科协, the posting time (2016-12-30 14:13:21), three paragraphs on a city meeting on the 科学素质纲要, the writer and editor in brackets. Two stretches are mojibake (商?;垡约笆懈僖斐…), as the mirror has them. No headline stored. Stored as .txt.",
        "title null (no headline). date: the posting time 2016-12-30 (the meeting's 12月29日 accepted). issuer null: a report (来源 names the city association; accepted, as czkx's and ntkx's 来源 are: round 23's fourth wave).",
        "No numbered items; the speech's 要…要…要… are prose. 《纲要》 has no 字号. The 吉ICP备案号18002506号 is a site registration, no document number.",
    ]))
