"""Hand-made reference parses for the twenty-second held-out set (tools/held_out_22.txt): twelve public pages found with
the search tool, chosen for the set's angle (university associations' and research offices' notices, a national society's
rules, minutes and work points, a science bureau's notice, an association's 印发 notice of its 工作要点, an enterprise
association's founding): notices with contacts and deadlines, a regulation in chapters, two 要点, a council's minutes, and three
news pages; two pages are in traditional characters, one of them with a converter's pinyin glosses. Each block was written
by reading the document against parse-format.md; the reader was not run on any of them. Writes ../gold/<stem>.json."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_gold import doc, it  # noqa: E402  (importing make_gold rewrites the first corpus's gold: the same files)
from make_gold_held_out_2 import write, fw  # noqa: E402  (marks the gold found; rewrites the second set's: the same files)


write(doc("tskp-2016-37-tangshan-tech-needs-notice.txt",
    doc_type="notice", issuer="唐山市科学技术协会", doc_number="唐科协字〔2016〕37号",
    title="关于面向基层组织和个人征询科技需求的通知", recipients=["各县（市）区科协"], date="2016-04-28",
    contact={"name": "马立华、付佳", "phone": "0315-2825154", "email": "tskxpjb@126.com"},
    alternatives={"issuer": ["唐山市科协"], "contact.name": ["马立华"]},
    outline=[
        it("1", "一、", 1, "征询范围"),
        it("2", "二、", 1, "征询内容"),
        it("3", "三、", 1, "基本要求"),
        it("3.1", "1、", 3, fw("各县(市、区)科协要深入农技协、科普示范基地、农村科普带头人、科技型企业及其他农民合作经济组织,"
                               "开展调研摸底活动,把基层的科技需要征集上来,为下一步开展产学研对接打下基础")),
        it("3.2", "2、", 3, fw("各县(市)区科协上报的科技需求项目内容及活动内容要明确,需要对接的专家写明专业和所属单位")),
        it("3.3", "3、", 3, "基层组织和个人科技需求登记表电子版请登陆唐山科普在线网站（www.tskp.org.cn）查看并下载",
           deadline="2016-05-16"),
    ],
    notes=[
        "Source: a city association's old site (old.tskp.org.cn): the association's name, the 字号, the title, 主送, a paragraph, 一、–三、 with 1、–3、 under 三、, 联系单位/联 系 人/联系电话/邮 箱 lines, 附件:, the short signature 唐山市科协 and the date. Stored as txt.",
        "issuer: the header's full name (the signature's short form accepted). recipients: 各县(市)区科协 is one body (the bracket kept whole, full-width).",
        "contact: two names joined with 、 as written (as henan-2018's 邓洪军、袁宾); spaced labels (联 系 人, 邮 箱). The first name alone is accepted (round 21), as the other golds with two names on the line accept it: the reader keeps the first person and warns.",
        "三、3.'s 于5月16日前…报送市科协普及部 is the item's own request: deadline 2016-05-16 (the document's year). 市科协普及部 is where forms go, not who answers: no responsibility. The URL's brackets touch Chinese text: full-width (half-width not given).",
    ]))

write(doc("kjzch-2010-zhumadian-bureau-inspection-prenotice.txt",
    doc_type="notice", issuer="驻马店市科技局", title="关于组织观摩县区科技工作的预通知",
    recipients=["各县区科技局"], date="2010-09-25",
    contact={"name": "张莉 韩风", "phone": "2813061", "email": "zmdskjj@163.com"},
    alternatives={"contact": [{"name": "张莉、韩风", "phone": "2813061", "email": "zmdskjj@163.com"},
                              {"name": "张莉韩风", "phone": "2813061", "email": "zmdskjj@163.com"},
                              {"name": "张 莉 韩 风", "phone": "2813061", "email": "zmdskjj@163.com"}]},
    notes=[
        "Source: a science-news portal's local page (henan.kjzch.com) of a city science bureau's notice: the headline, then the whole notice run on one line (the title again, 主送, body, 特此通知), a line pushed right by spaces holding the signature, the date 二○一○年九月二十五日, 联系人 with spaced names, 电 话 and 邮 箱; then the portal's 标签/留言/验证码 furniture. Stored as txt.",
        "title: the headline (repeated at the start of the run-on line). recipients: 各县区科技局 (the run-on line, before the body).",
        "contact: 联系人:张 莉 韩 风 — two two-character names written with a space inside each and between them; read as 张莉 韩风 (joined with 、, run together, or as written accepted).",
        "No numbered items: 务于9月30日下午16:00前上报 closes the whole request (no item to carry a deadline).",
    ]))

write(doc("entsoc-2014-entomological-council-minutes.txt",
    doc_type="other", date="2014-10-22",
    alternatives={"doc_type": ["summary"], "date": [None], "issuer": ["中国昆虫学会"]},
    outline=[
        it("1", "一、", 1, "2013年工作报告和2014年会筹备情况"),
    ],
    notes=[
        "Source: a national society's site (entsoc.ioz.ac.cn, a 工作总结 column) holding the minutes of a council meeting without their title: 时间/地点/出席 lines, 124 attendees' names in rows of nine with two-character names padded by a space (康 乐, 戈 峰), 主持, 主要内容与决议事项:, 一、 with its heading before a colon; cut inside 一、. Stored as txt.",
        "doc_type: minutes (纪要) are none of the spec's kinds: other (summary accepted: it records a meeting held). date: the meeting's 时间 line, 2014-10-22 (null accepted). No title, no issuer (the society is named in the text; accepted).",
        "The attendee rows are no leading_group (no 组长/成员) and no outline. 一、's heading ends at its ： (全角 after repair).",
    ]))

write(doc("cnindex-2023-index-society-branch-rules.txt",
    doc_type="regulation", title="中国索引学会分支机构管理办法",
    alternatives={"issuer": ["中国索引学会"], "date": ["2023-11-22"]},
    outline=[
        it("1", "第一章", 1, "总则"),
        it("1.1", "第一条", 2, fw("为规范和加强中国索引学会对各分支机构的管理,促进各分支机构积极发挥作用,根据《社会团体登记管理条例》"
                                  "《民政部关于贯彻落实国务院取消全国性社会团体分支机构、代表机构登记行政审批项目的决定有关问题的通知》"
                                  "《民政部社会组织管理局关于进一步加强全国性社会团体分支机构、代表机构规范管理的通知》以及本会章程,"
                                  "结合工作实际,制定本办法")),
        it("1.2", "第二条", 2, "本办法所称总会为中国索引学会"),
        it("1.3", "第三条", 2, fw("各分支机构是总会的组成部分,不具有法人资格,不另行制订章程,不另行刻制印章,"
                                  "在总会授权的范围内开展活动、发展会员,法律责任由总会承担")),
        it("1.4", "第四条", 2, fw("分支机构应遵守国家法律法规和总会章程及相关管理制度,依法依规开展活动,执行总会决议,完成总会交办的工作任务")),
        it("2", "第二章", 1, "设立与终止"),
        it("2.1", "第五条", 2, fw("根据总会章程规定的宗旨和业务范围,经理事会或常务理事会讨论通过,总会可以决定分支机构的设立、变更和终止")),
        it("2.2", "第六条", 2, fw("总会不设立地域性分支机构,不在分支机构下再设立分支机构,不为分支机构制作和颁发法人样式登记证书")),
        it("2.3", "第七条", 2, fw("分支机构名称不得以各类法人组织的名称命名,不得在名称中使用中国”“中华”“全国”“国家等字样,"
                                  "不得以中心”“联盟”“研究会”“促进会”“研究院等容易与各类法人组织相混淆的名称命名")),
        it("2.4", "第八条", 2, fw("分支机构有下列情形之一的,总会将提出批评并限期整改,情节严重的将撤销分支机构负责人的职务,直至终止该分支机构")),
        it("2.4.1", "（一）", 2, "违反国家法律法规或违反总会章程以及相关规章制度的"),
        it("2.4.2", "（二）", 2, "超出规定的"),
    ],
    notes=[
        "Source: a university-hosted society's site (cnindex.fudan.edu.cn): the rules' title, a 发布时间/浏览次数 line, 第一章 with 第一条–第四条, 第二章 with 第五条–第八条, (一)(二) under 第八条; chapter and article markers followed by two spaces; cut inside (二). Stored as txt.",
        "issuer: no signature; the society is named in the title and 第二条 (accepted). date: no 成文日期; the page's 发布时间 accepted, null given (as cast-2014-society-general-rules).",
        "第二章's articles are numbered 2.1–2.4 under it (as fengdu-2024-46); (一)(二) under 第八条 at level 2 (as cast-2014's 第四条). 第七条 keeps the copy's lost opening quotes (使用中国”“中华”…) as written.",
        "第八条's 撤销分支机构负责人的职务 names a sanction, not who answers: no responsibility.",
    ]))

write(doc("tgf3-2024-wuhan-society-academic-work-points.txt",
    doc_type="notice", recipients=["各市属学会", "各区科协", "企事业科协", "在汉高校科协"], date="2024-03-15",
    enclosed_title="2024年学会学术（学会党建、国际）工作要点",
    alternatives={"doc_type": ["plan"], "title": ["2024年学会学术（学会党建、国际）工作要点"],
                  "issuer": ["武汉市科学技术协会", "武汉市科协"]},
    outline=[
        it("1", "一、", 1, "坚持党建引领，推进学会党建与业务深度融合"),
        it("1.1", "1.", 3, "完善学会党建运行体制机制"),
        it("1.2", "2.", 3, "组织实施“党建引领学会能力提升专项”"),
    ],
    notes=[
        "Source: a page (tgf3.com) carrying a city association's 印发 notice without its title: 主送, the 印发 sentence naming the 要点 in 《》, the date 2024年3月15日, then the 要点's title, a paragraph, 一、 with a paragraph and 1.–2.; cut inside 2. Stored as txt.",
        "doc_type: a 印发 notice wrapping a plan (plan accepted). title: the notice's own title is not in the copy: null (the 要点's title accepted). issuer: none in the copy (市科协 only; the city's association accepted).",
        "recipients: split on ，: four bodies. enclosed_title: the 要点 as the 印发 sentence and its title line name it (brackets full-width).",
        "1. and 2. headings end at the first 。. No item names who answers for it (the association's own tasks): no responsibility.",
    ]))

write(doc("hfut-2024-university-science-week-arrangement.html",
    doc_type="notice", recipients=["校内各单位"], references=["国科发才〔2024〕31号"],
    alternatives={"doc_type": ["plan"]},
    outline=[
        it("1", "一、", 1, "活动主题"),
        it("2", "二、", 1, "活动内容"),
        it("2.1", "1、", 3, "深入宣传党的二十大关于科技创新重大决策部署"),
        it("2.2", "2、", 3, "大力弘扬科学家精神"),
        it("2.3", "3、", 3, "广泛开展各具特色的群众性科技活动"),
        it("3", "三、", 1, "开展“学院、研究所开放周”活动，重点宣传我校科技创新成果"),
        it("3.1", "1、", 3, "展示各单位基本情况"),
        it("3.2", "2、", 3, "开放研究所、实验室、工程中心等平台"),
        it("3.3", "3、", 3, "开放各类科普场馆、科普基地"),
        it("3.4", "4、", 3, "各单位根据实际情况自行确定可开放交流的其他内容"),
    ],
    notes=[
        "Source: a university association's site (ast.hfut.edu.cn) notice whose headline was not stored: 主送 校内各单位, a paragraph citing the national notice with its 字号 and the week's dates, 现将我校…工作安排如下, 一、–三、 with 1、–3、 and 1、–4、, a closing paragraph; cut mid-sentence. Rebuilt as HTML around the stored text (no headline added; the page title is the site's name).",
        "doc_type: a notice to the university's units setting out a 工作安排 (plan accepted). No title, issuer or date in the copy (the week's 2024年5月25—6月1日 is the event's time, not the notice's date).",
        "references: 国科发才〔2024〕31号. 二、's 1、–3、 are one-line items (heading = text). No item names who answers (各单位 are the addressees): no responsibility.",
    ]))

write(doc("bjtu-2022-science-week-collection-notice.txt",
    doc_type="notice", recipients=["校内有关单位"], references=["国科发才〔2022〕69号"],
    outline=[
        it("1", "一、", 1, "时间、主题"),
        it("1.1", "（一）", 2, "时间", time_hint="2022年5月21—28日"),
        it("1.2", "（二）", 2, "主题"),
        it("2", "二、", 1, "活动内容要求"),
        it("2.1", "1.", 3, fw("突出宣传《中华人民共和国科技进步法》《中华人民共和国科学技术普及法》(以下简称《科技进步法》《科普法》),"
                              "广泛宣传各项科技规划和政策")),
        it("2.2", "2.", 3, "聚焦国家重大战略，重点宣传科技创新成果"),
        it("2.3", "3.", 3, "坚持以人民为中心的理念，广泛开展科技为民服务系列活动"),
    ],
    notes=[
        "Source: a university research office's page (kyy.bjtu.edu.cn) whose headline was not stored: 主送 校内有关单位, a paragraph citing the national notice and its 字号, 一、 with (一)(二) whose content sits on the next line, 二、 with 1.–3. (a space after each 1.); cut inside 3. Stored as txt.",
        "No title, issuer or date in the copy (学校 only). references: 国科发才〔2022〕69号; the laws in 《》 carry no 字号.",
        "(一) 时间's line 2022年5月21—28日 is the activity's period: time_hint, no deadline (as qzlc-2017's 活动时间). (二)'s theme on its own line is its text.",
    ]))

write(doc("chinadevelopment-2022-dalian-workers-day-news.html",
    doc_type="news", title="创新争先 自立自强——大连市开展“全国科技工作者日”系列活动",
    alternatives={"title": ["创新争先自立自强——大连市开展“全国科技工作者日”系列活动"], "date": ["2022-05-30"]},
    notes=[
        "Source: a national news site's page (chinadevelopment.com.cn): the headline, a 摘要 line, 中国发展网讯 记者…报道, two paragraphs, 责任编辑. Rebuilt as HTML around the stored text.",
        "title: the headline with the space between its two slogan halves kept (a separator, not a stray space; removed accepted). date: no dateline or page date stored; 5月30日 in the text names the day celebrated, not the report's date: null (2022-05-30 accepted). No issuer (a news site's report).",
        "The activities are run in prose with ；: no outline. 责任编辑 is no contact.",
    ]))

write(doc("yindu-2023-zone-association-founding-news.html",
    doc_type="news", alternatives={"date": ["2023-05-29"]},
    notes=[
        "Source: a district government's site (yindu.gov.cn) news page whose headline was not stored: three paragraphs about a development zone association's founding meeting and 责任编辑. Rebuilt as HTML around the stored text (no headline added; the page title is the site's name).",
        "title null (no headline). date: 5月29日 without a year in the text (第七个“全国科技工作者日” implies 2023 but states no year): null (2023-05-29 accepted). No issuer.",
        "No numbered items; the people named (书记, 副主席, 主任) are attendees, not a leading group.",
    ]))

write(doc("scimall-2022-enterprise-association-founding-news.txt",
    doc_type="news", title="宁夏兴豆缘豆制品有限公司科学技术协会成立", date="2022-06-24",
    alternatives={"date": [None, "2022-05-24"]},
    notes=[
        "Source: the national association's popular-science platform (scimall.org.cn): the headline, an author and date line (徐宏 2022-06-24), paragraphs indented with spaces, image file names (图片2.png) and captions between them, a 供稿 line in brackets. Stored as txt.",
        "date: the byline's 2022-06-24 (null, or the meeting's 5月24日, accepted). No issuer (a platform's report; the 供稿 units are sources).",
        "No numbered items. The image names and captions (会议现场, 为企业科协授牌) are furniture, not headings.",
    ]))

write(doc("chinpac-2021-shaanxi-university-exchange-notice.txt",
    doc_type="notice", title="關于開展2021年陜西省高校科協學術交流項目申報工作的通知", recipients=["各有關單位"],
    alternatives={"issuer": ["陜西省科學技術協會", "陜西省科協"]},
    outline=[
        it("1", "一、", 1, "時間", time_hint="2021年6月至12月"),
        it("2", "二、", 1, "主題"),
        it("3", "三、", 1, "指導思想"),
        it("4", "四、", 1, "主要內容"),
        it("4.1", "（一）", 2, "陜西省高校科協聯合會科學講壇"),
        it("4.1.1", "1.", 3, "開展跨校際、跨學科學術交流活動，為創新驅動發展服務"),
        it("4.1.2", "2.", 3, "開展校內跨院系、跨學科學術交流活動，為活躍校內學術氛圍和人才成長服務"),
    ],
    notes=[
        "Source: a page (chinpac.com) carrying a provincial association's notice converted to traditional characters: the title, 主送, a paragraph, 一、–四、 with their content on the next line, (一) with a paragraph and 1.–2.; cut inside 2. Stored as txt. The gold keeps the copy's characters (traditional, 關于 with 于).",
        "issuer: none in the copy (省科協 only; the province's association accepted). No date.",
        "一、 時間's 2021年6月至12月 is the activity's period: time_hint. 1. and 2. headings end at the first 。.",
    ]))

write(doc("gurrsh-2023-pacific-society-work-points.txt",
    doc_type="plan",
    alternatives={"issuer": ["中國太平洋學會"]},
    outline=[
        it("1", "一、", 1, "深入拓展海洋領域學術研究，強化學會學術引領"),
        it("2", "二、", 1, "積極引導分支機構開展業（yè）務活動，支撐學會業（yè）務發（fā）展"),
        it("3", "三、", 1, "加快促進科技與經濟深度融合，推動海洋經濟"),
    ],
    notes=[
        "Source: a page (gurrsh.com) carrying a national society's 2023 work points in traditional characters without their title, where a converter added pinyin in brackets after some characters (發(fā)展, 業(yè)務, 生態(tài)): the 總體要求 paragraph ending 全年工作重點安排如下, 一、–二、 with a paragraph each, 三、's heading cut. Stored as txt.",
        "doc_type: a society's year plan (工作重點安排). No title, issuer (the society is named in the first sentence; accepted) or date (2023 only).",
        "Headings as written, the pinyin glosses kept and their brackets full-width (the spec repairs punctuation, not glosses); 三、 is cut before its end.",
    ]))
