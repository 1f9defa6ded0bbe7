"""Hand-made reference parses for the forty-first held-out set (tools/held_out_41.txt): twelve public pages found with the
search tool for what a 科协 office meets from provinces and bodies the corpus has least (Xinjiang, Tibet, Qinghai, Hainan,
Guizhou, Yunnan, Tianjin; a 科学报社's subscription call, 中国科学院's public science day): five notices and 公示 stored as their
document body only (three .docx: a Xinjiang association's plenary-meeting notice with 3.通报 (1)–(4), a Tianjin four-body joint
contest notice whose date lost its 年月日, a national department's newspaper-subscription notice with two contacts; two .pdf: a
Tianjin 科技社团党委's 公示 and a Qinghai 科技厅 公示 without signature), a glossed traditional copy of a Xinjiang survey notice
(.txt), and six news pages (a Hainan association's page with its column chrome, a glossed Tibet-aid forum report kept with its
stray markup as .html, a Xinjiang review-meeting report in traditional script, a Guizhou prefecture's report with 一是/二是 and a
site footer, a Yunnan county's 科普日 report without headline, a science daily's report on 中国科学院's public science day).
Each block was written by reading the document against parse-format.md; the reader was not run on any of them. Writes
../gold/<stem>.json."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_gold import doc, it  # noqa: E402  (importing make_gold rewrites the first corpus's gold: the same files)
from make_gold_held_out_2 import write, fw, head  # noqa: E402  (marks the gold found; rewrites the second set's: the same files)


write(doc("xjkx-2016-12-xinjiang-plenary-meeting-notice.docx",
    doc_type="notice", doc_number="新科协发〔2016〕12号",
    recipients=["自治区科协八届委员", "名誉主席", "伊犁哈萨克自治州科协", fw("各地(州、市)科协"), fw("各自治区学会(协会、研究会)")],
    alternatives={"issuer": ["自治区科协", "新疆维吾尔自治区科学技术协会"]},
    outline=[
        it("1", "一、", 1, "会议时间"),
        it("2", "二、", 1, "会议地点"),
        it("3", "三、", 1, "主要议程"),
        it("3.1", "1.", 3, "传达学习《中央书记处关于科协工作的几点意见》"),
        it("3.2", "2.", 3, "传达中国科协2016年地方科协工作会议精神"),
        it("3.3", "3.", 3, "通报"),
        it("3.3.1", "（1）", 4, fw("通报2015年度自治区学会(协会、研究会)评估情况、2015年度先进自治区学会(协会、研究会)和学会工作先进个人的决定")),
        it("3.3.2", "（2）", 4, "通报自治区科协接纳、取消团体会员的决定"),
        it("3.3.3", "（3）", 4, fw("通报自治区首批命名的2016—2020年度全国科普示范县(市、区)")),
        it("3.3.4", "（4）", 4, "通报自治区2016年全国“基层科普行动计划”先进单位和个人"),
        it("3.4", "4.", 3, "选举并通过增补副主席、常委人选"),
        it("3.5", "5.", 3, "审议自治区科协八届三次全委会《工作报告》"),
        it("3.6", "6.", 3, "自治区领导作重要讲话"),
        it("4", "四、", 1, "参会人员"),
        it("4.1", "1.", 3, "自治区科协八届委员、名誉主席"),
        it("4.2", "2.", 3, fw("各地(州、市)科协1-2名主要领导列席会议")),
        it("4.3", "3.", 3, fw("未兼职自治区科协八届委员的自治区学会(协会、研究会)理事长或秘书长1名列席会议")),
        it("4.4", "4.", 3, "自治区科协机关各部门、事业单位负责人列席会议"),
        it("5", "五、", 1, "其他事项"),
        it("5.1", "1.", 3, fw("请各地(州、市)科协和各自治区学会(协会、研究会)负责通知本单位的自治区科协八届委员及列席人员,统一填写《回执表》,于2月16日17:00前通过电子邮件或传真报送"),
           resp={"lead_units": [fw("各地(州、市)科协"), fw("各自治区学会(协会、研究会)")]}, deadline="2016-02-16"),
    ],
    notes=[
        "Source: a search result without address giving a Xinjiang association's meeting notice from its 字号 line: 主送, the preamble, 一、–五、 with 1.–6. under 三、 and (1)–(4) under 3.通报, 1.–4. under 四、, 1. under 五、; cut inside the line after 五、1. (…报自治区科协学会学). Only the document body is stored, as .docx (text_to_docx.py); the copy has no title, signature or date.",
        "issuer null: no issuer line or signature survives; the text names 自治区科协 in prose (accepted, as the full name). title and date null (none in the copy; 2016年2月18日 is the meeting's day).",
        "recipients split on ， and 、 outside brackets: 自治区科协八届委员、名誉主席 gives two entries; 各地(州、市)科协 and 各自治区学会(协会、研究会) stay whole (full-width brackets).",
        "Items: 一、–五、 level 1; 1. items level 3 under their 一、 (no （一） between), (1)–(4) level 4 under 3.通报. Headings end at the first ；/。 or the line end ((3) and (4) have no closing mark). 一、会议时间's value on the next line is the meeting's time: no deadline.",
        "五、1. 请各地(州、市)科协和各自治区学会…负责通知…于2月16日17:00前…报送: the two bodies asked to take charge are lead_units (prose 负责, not the issuer's offices); 2月16日 with the document's year → deadline 2016-02-16 (17:00 stays half-width: a clock time). The following line (…报自治区科协办公室/学会学术部) says where to send: no responsibility. No document number is cited.",
    ]))

A = "aixinbiji-2022-5-xinjiang-venues-survey-notice.txt"
write(doc(A,
    doc_type="notice", doc_number="新科協辦發〔2022〕5號",
    recipients=["伊犁哈薩克自治州科協", "各地", "州", "市科協"],
    references=["新科協辦發〔2022〕1號"],
    alternatives={"doc_number": [fw("新科協(xié)辦發(fā)〔2022〕5號(hào)")],
                  "recipients": [["伊犁哈薩克自治州科協", "各地、州、市科協"],
                                 [fw("伊犁哈薩克自治州科協(xié)"), fw("各地"), fw("州"), fw("市科協(xié)")]],
                  "references": [[fw("新科協(xié)辦發(fā)〔2022〕1號(hào)")]],
                  "issuer": ["自治區科協"]},
    outline=[
        it("1", "一、", 1, head(A, "一、")),
        it("1.1", "（一）", 2, head(A, "(一)"), resp={"lead_units": [fw("各地科協(xié)")]}),
        it("1.2", "（二）", 2, head(A, "(二)")),
        it("2", "二、", 1, head(A, "二、"), deadline="2022-02-25"),
    ],
    notes=[
        "Source: a spam site's copy (aixinbiji.com) of a Xinjiang association office's survey notice in traditional script with pinyin glosses (協(xié), 報(bào)): the 字号 line, 主送, the preamble, 一、 with (一)–(二), 二、; cut inside 二、. No title, signature or date. Stored as txt.",
        "Header fields without the glosses (新科協辦發〔2022〕5號, the 主送, the cited 字号; the glossed forms, full-width, accepted), as the 12366sw precedent; outline headings as the page prints them (glosses kept).",
        "recipients: 各地、州、市科協 split on 、 mechanically (three entries; whole accepted). issuer null (自治區科協 only in prose; accepted). date null.",
        "references: the cited notice's 字号 新科協辦發〔2022〕1號 (its title runs over a line break in the copy).",
        "(一) 各地科協負責組織填報 → lead_units 各地科協 (glossed as printed); (二) 各地科協指導縣級科協… has no role word: none. 二、報送時間's 2022年2月25日前 is the item's own date: deadline.",
    ]))

write(doc("hainanast-2016-hainan-cast-congress-relay-meeting-news.txt",
    doc_type="news", title="海南省科协召开全体干部大会传达中国科协九大会议精神", date="2016-06-06",
    alternatives={"issuer": ["海南省科学技术协会"]},
    notes=[
        "Source: a provincial association's own site (hainanast.org.cn): 无障碍阅读, the menu, the path 首页 >> 科协动态 >> 科协动态, the column's list of latest headlines on one line, the headline, a 海南省科学技术协会 | 2016/6/6 16:36:40 | 阅读 | 字体大小 line, two paragraphs; cut inside the second. Stored as txt.",
        "title: the headline (the latest-headlines line is chrome). date: the page's 2016/6/6, agreeing with the text's 6月6日. issuer null: a report; the body on the meta line is the site's author (accepted).",
        "No numbered items, no contact (no footer in the copy).",
    ]))

write(doc("cqdmjy-2023-xinjiang-popsci-bases-review-meeting-news.txt",
    doc_type="news", title="2021-2025年第二批自治區科普教育基地認定評審會召開", date="2023-05-11",
    alternatives={"title": [fw("新華網:2021-2025年第二批自治區科普教育基地認定評審會召開")], "date": ["2023-05-10"]},
    notes=[
        "Source: a mirror site (m.cqdmjy.com) of a news item in traditional script: the headline prefixed by its source (新華網:), a 發布時間 line, three paragraphs; cut inside the third. Stored as txt.",
        "title: the headline without the source prefix (with it accepted). date: the 發布時間 2023-05-11 (the meeting's 5月10日 accepted).",
        "The 管理辦法 cited has no 字号; the 103 units named are prose: no items, no group.",
    ]))

V = "vip0062-2020-qianxinan-literacy-survey-guidance-news.txt"
write(doc(V,
    doc_type="news", title="黔西南州科协到兴义市指导公民科学素质抽样调查和科普大篷车进社区工作",
    outline=[
        it("1", "一是", 5, fw("分别在各村各组张贴了宣传画册,发放各类科普知识读本和宣传资料,让群众进一步了解第十一次中国公民科学素质抽样调查")),
        it("2", "二是", 5, fw("充分发挥科普大篷车的流动宣传作用,利用科普大篷车流动循环播放公民科学素质抽样调查宣传知识,进入社区开展科普知识宣传,活动当天,在各村共发放科普宣传资料500余册")),
    ],
    notes=[
        "Source: a site that copies a provincial association's page under spam names (vip0062.com, 主办单位:taptap…): the path, the headline, a 来源/作者 line, 字号:, three paragraphs with two image captions, a byline in brackets, 黔西南州科协供稿, 责任编辑, the site footer with the association's address, phone and mailbox. Stored as txt.",
        "date null: 6月3日 without year anywhere in the copy (the address's 202006 is not in the document). issuer null (供稿 names who sent it).",
        "一是/二是 inside the second paragraph are inline items (level 5, ids 1 and 2 as earlier news golds), headings to the first 。.",
        "contact null: the footer's 电话/电子邮箱 are the site's, not the document's.",
    ]))

write(doc("redtowerstudio-2017-weixi-science-day-launch-news.txt",
    doc_type="news",
    notes=[
        "Source: a mirror (m.redtowerstudio.com) of a prefecture news site's report in traditional script with glosses: an image caption, then the report on one line (香格里拉網訊 (記者 張燕) 9月22日…) to a stray ? |. No headline, no page date. Stored as txt.",
        "title null (the first sentence is a caption). date null: 9月22日 has no year in the copy (the 十九大 it looks forward to is no date). issuer null (維西縣科協 hosted the event; the report is the paper's).",
        "The booklets in 《》 carry no 字号: no references. 14家單位聯合舉辦 is no assignment: no items.",
    ]))

write(doc("stdaily-2023-cas-public-science-day-news.txt",
    doc_type="news", title="中科院第十九届公众科学日5月13日开启", date="2023-05-11",
    alternatives={"date": ["2023-05-10"]},
    notes=[
        "Source: a science daily's digital edition (digitalpaper.stdaily.com): the issue's day (2023年05月11日 星期四), the headline, three paragraphs (科技日报北京5月10日电), the ICP line. Stored as txt.",
        "date: the paper's day 2023-05-11 (the 电 dateline 5月10日 accepted). issuer null (a paper's report on 中国科学院's event).",
        "No items: the institutes' activities are prose (比如…).",
    ]))

write(doc("jizihe-2016-cast-tibet-aid-forum-news.html",
    doc_type="news", title="全國科協系統對口援藏工作座談會：要把西藏地區公民科學素質提高到5%以上", date="2016-12-13",
    alternatives={"title": [fw("全國(guó)科協(xié)系統(tǒng)對(duì)口援藏工作座談會(huì):要把西藏地區(qū)公民科學(xué)素質(zhì)提高到5%以上")],
                  "date": [None]},
    notes=[
        "Source: a spam site (m.jizihe.com) copying a magazine article in traditional script with pinyin glosses: stray list markup (<tr>, <sup>, <tfoot>) and a spam line, the headline, a posting time and author (2016-12-13 02:33:01魏曉文), the magazine and issue, 關鍵詞, the headline again, four paragraphs; cut inside the fourth. Stored as .html (the markup survives in the result).",
        "title: the headline without glosses, colon full-width (glossed accepted), printed twice: one title. date: the posting time 2016-12-13 (null accepted: the forum's 25日 has no month; the magazine's 2016年10期 is an issue).",
        "issuer null. No items; 尚勇's figures are prose.",
    ]))

write(doc("tast-2023-tianjin-society-party-building-projects-publicity.pdf",
    doc_type="other", issuer="中共天津市科学技术协会科技社团委员会", date="2023-12-01",
    contact={"name": None, "phone": "27122522", "email": "skxxhb@tj.gov.cn"},
    references=["津科社团党〔2023〕36号"],
    alternatives={"doc_type": ["notice"]},
    notes=[
        "Source: a city association's site (tast.org.cn) page of a 公示 by its 科技社团党委; only the document body is stored (from its first sentence to the date), made .docx with text_to_docx.py and then .pdf with soffice. The page's headline was not in the search result: title null.",
        "doc_type other: a 公示 of supported projects (notice accepted), as the earlier 公示 golds. issuer and date from the signature and date lines.",
        "references: the 通知's 字号 津科社团党〔2023〕36号 (cited as the basis). contact: 联系电话 and 电子信箱 as written, no person named; 联系地址 with its 邮编 is the address. The 附件 list 1.–2. is no outline.",
    ]))

write(doc("smeqh-2023-qinghai-popsci-research-bases-publicity.pdf",
    doc_type="other", recipients=["各有关单位"],
    contact={"name": None, "phone": "0971-8231735", "email": None},
    references=["青科发外〔2021〕54号"],
    alternatives={"doc_type": ["notice"], "issuer": ["省科技厅"], "contact.name": ["省科技厅省外国专家局"]},
    notes=[
        "Source: a Qinghai site (hd.smeqh.com) page whose text opens with a stray ASP directive; only the document body is stored (主送 to 邮编, the directive dropped), made .docx with text_to_docx.py and then .pdf with soffice. No title, signature or date in the copy.",
        "doc_type other: a 公示 of bases to be recognised (notice accepted). issuer null: 省科技厅 names itself only in prose (accepted). date null: 2023年12月5日-11日 is the 公示's period.",
        "references: 青科发外〔2021〕54号 after the cited 管理办法. contact: 联系方式: gives two offices with a phone each; the first office's number (the office itself accepted as name); the 纪委 line is a complaints line. 地址/邮编 are the address.",
    ]))

write(doc("unh888-2024-37-tianjin-popsci-explainer-contest-notice.docx",
    doc_type="notice", issuer="天津市科学技术局",
    title="市科技局 市教委 市科协 市总工会关于举办第九届天津市科普讲解大赛的通知",
    recipients=["各有关单位"], date="2024-05-23",
    alternatives={"title": ["市科技局市教委市科协市总工会关于举办第九届天津市科普讲解大赛的通知", "关于举办第九届天津市科普讲解大赛的通知"],
                  "date": [None], "enclosed_title": ["第九届天津市科普讲解大赛实施方案"],
                  "issuer": ["天津市科学技术局 天津市教育委员会"]},
    notes=[
        "Source: a copy (unh888.com) of a Tianjin government portal's page of a four-body joint notice; only the document body is stored (the bodies' line and the title line to (此件主动公开)), as .docx; the portal's index table with the 字号 津科引智〔2024〕37号 was dropped with the chrome, so doc_number is null (the stem keeps the number for finding the page).",
        "title: the bodies' line and the 关于 line joined, spaces between the bodies kept (removed, or the 关于 line alone, accepted). issuer: the first body of the joint signature (two signature lines of two bodies each).",
        "date: the date line reads 2024523 (its 年月日 lost): 2024-05-23 (null accepted).",
        "enclosed_title null: the notice announces the contest and attaches its 实施方案 (见附件), it does not 印发 it (the 方案 accepted). The 意见 cited has no 字号; no numbered items.",
    ]))

write(doc("cinnet-2014-cast-science-news-subscription-notice.docx",
    doc_type="notice", issuer="中国科协调研宣传部",
    recipients=["各全国学会", "协会", fw("研究会秘书处(办公室)"), "各省", "自治区", "直辖市科协及新疆生产建设兵团科协宣传部门", "各有关单位"],
    date="2014-11-17",
    contact={"name": "张京", "phone": "010-62580707", "email": None},
    alternatives={"recipients": [[fw("各全国学会、协会、研究会秘书处(办公室)"), "各省、自治区、直辖市科协及新疆生产建设兵团科协宣传部门", "各有关单位"]],
                  "contact.name": ["杨富国"], "contact.phone": ["010-68578085"]},
    outline=[
        it("1", "一、", 1, "切实加强《中国科学报》订阅工作的组织领导"),
        it("2", "二、", 1, "努力扩大《中国科学报》的覆盖面，在巩固原有订户的基础上抓好基层科技工作者的赠阅工作"),
        it("3", "三、", 1, "各单位要及时做好《中国科学报》征订情况的统计工作，于2014年12月25日前报中国科协调宣部", deadline="2014-12-25"),
    ],
    notes=[
        "Source: a society's site (cinnet.cn) page forwarding a national association department's notice on subscribing to 中国科学报 (its 报社's 发行部 gives the first contact); only the document body is stored (主送 to the date), as .docx. The page's headline (转发…) and 发布日期 are chrome: title null.",
        "recipients split on 、 and ， outside brackets (mechanically: 各全国学会、协会、研究会秘书处(办公室) gives three, 各省、自治区、直辖市科协及…宣传部门 three; the unsplit reading accepted).",
        "contact: two blocks, the 报社发行部's 张京 first (the 调宣部's 杨富国 and number accepted). issuer and date from the signature.",
        "三、's 2014年12月25日前 is the item's own date: deadline. 报中国科协调宣部 says where to send; 二、's 请…作出具体指导 names no role: no responsibility.",
    ]))
