"""Hand-made reference parses for the twenty-fifth held-out set (tools/held_out_25.txt): twelve public pages found with the
search tool for the east and south (Hunan, Hubei, Anhui, Henan, Shandong, Sichuan, Fujian associations and bureaus): five
notices (a bureau's 转发 with numbered demands and a deadline, an association's 转发 to enterprises with no headline, a
provincial association's 公布 notice with its 字号, a district bureau's notice run on one line, a doc-site preview of a city's
call whose 一/二/三 lost their 、), a 印发 notice of a year's 科普工作要点, a county's work report with 一是…六是, a city
association's 公示 list and four news pages (two without headline, one in glossed traditional characters). Each block was
written by reading the document against parse-format.md; the reader was not run on any of them. Writes ../gold/<stem>.json."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_gold import doc, it  # noqa: E402  (importing make_gold rewrites the first corpus's gold: the same files)
from make_gold_held_out_2 import write, lu, fw, head  # noqa: E402  (marks the gold found; rewrites the second set's: the same files)



write(doc("rednet-2020-zhangjiajie-forum-opening-news.txt",
    doc_type="news", date="2020-09-27",
    alternatives={"date": [None, "2020-09-26"], "title": [fw("2020年“湖南科技论坛暨院士专家张家界行”活动开幕式现场")]},
    notes=[
        "Source: a provincial news portal's county channel (hnxs.rednet.cn) report: two photo captions where the headline would be (创新驱动科技为民——…开幕式现场。 / 省科协…授牌。), the 红网时刻9月27日讯 dateline with reporters in brackets, five paragraphs, 来源 line, cut at 作(者). Stored as txt.",
        "title: none stored — the first lines are captions, not a headline (null; the caption's event name accepted). No issuer (a newspaper's report).",
        "date: the dateline 9月27日 with the year from the text (2020年“湖南科技论坛…”): 2020-09-27 (the event's 9月26日 and null accepted).",
        "No numbered items; 兵分6路 and the list of 专题活动 are prose.",
    ]))

write(doc("wanbiaoku-2025-hunan-plenary-academician-stations-news.txt",
    doc_type="news", title="湖南省科协十一届六次全委会议在长沙召开", date="2025-03-25",
    alternatives={"date": [None],
                  "title": ["湖南省科协十一届六次全委会议在长沙召开全省已累计建立院士工作站53个"]},
    notes=[
        "Source: an aggregator's copy (wanbiaoku.com) of a provincial paper's report: headline, a sub-headline (全省已累计建立院士工作站53个), the 湖南日报3月25日讯 dateline, four paragraphs. Stored as txt.",
        "title: the headline; the sub-headline is a second deck, not part of it (headline and deck joined accepted).",
        "date: 3月25日 with the year from the text (2024年工作报告 given this year, 2025年工作要点 passed): 2025-03-25 (null accepted). No issuer.",
        "No numbered items (“一条主线” is a slogan, not a marker).",
    ]))

Y = "hndydb-2014-yanzhou-staff-meeting-tasks-news.txt"
write(doc(Y,
    doc_type="news", date="2014-01-15",
    alternatives={"date": [None]},
    outline=[
        it("1", "一是", 5, head(Y, "一是")),
        it("2", "二是", 5, head(Y, "二是")),
        it("3", "三是", 5, head(Y, "三是")),
        it("4", "四是", 5, head(Y, "四是")),
    ],
    notes=[
        "Source: a spam site's copy (hndydb.com) of a district association's news item in traditional characters with pinyin glosses on some characters (區(qū), 協(xié)): 本網訊 dateline, three paragraphs, the author in brackets, 相關閱讀. No headline stored. Stored as txt.",
        "title null (no headline). date: 1月15日 with the year from the text (就2014年科協工作進行了安排部署): 2014-01-15 (null accepted). No issuer (a report; 兗州區科協 is its subject).",
        "一是…四是 run inline in one paragraph: level 5, ids 1–4, headings to each first 。 as the copy writes them (glosses kept, brackets and commas full-width, as the glossed mirrors of earlier sets). 二是's heading runs to 。 through “講、比”.",
    ]))

write(doc("cnhubei-2024-national-popsci-advanced-hubei-news.html",
    doc_type="news", title="湖北省5单位6名个人当选全国科普先进", date="2024-08-24",
    notes=[
        "Source: a provincial news portal's page (news.cnhubei.com) of a paper's report: 关注我们, path, headline, 发布时间/来源 line, the 湖北日报讯 dateline with reporter and 通讯员, three paragraphs, 责任编辑, the site's footer. Rebuilt as HTML around the stored text.",
        "date: the page's 发布时间 and the dateline agree (8月24日): 2024-08-24. No issuer (a newspaper's report).",
        "The cited 《关于表彰全国科普工作先进集体和先进工作者的决定》 carries no 字号: no references; the winners' lists are prose, no items.",
    ]))

F = "yqsmesc-2021-fuyang-popsci-base-recognition-forwarding.txt"
write(doc(F,
    doc_type="notice", issuer="阜阳市科技局",
    recipients=["各县", "市", "区科技局", "阜阳经开区投资促进中心", "阜合现代产业园区经贸局", "各有关单位"],
    date="2021-09-02",
    contact={"name": "郑瑞 韩超", "phone": "2296869", "email": None},
    references=["皖科智秘〔2021〕327号"],
    enclosed_title="关于开展2021年安徽省科学技术普及基地认定工作的通知",
    alternatives={"title": [None, "关于转发省科技厅《关于开展2021年安徽省科学技术普及基地认定工作的通知》的通知"],
                  "recipients": [["各县、市、区科技局", "阜阳经开区投资促进中心", "阜合现代产业园区经贸局", "各有关单位"]],
                  "contact": [{"name": "郑瑞", "phone": "2296869", "email": None},
                              {"name": "郑瑞 韩超", "phone": "2296869", "email": "1079154645@qq.com"}]},
    outline=[
        it("1", "1.", 3, head(F, "1.")),
        it("2", "2.", 3, head(F, "2.")),
        it("3", "3.", 3, head(F, "3."), deadline="2021-09-27"),
    ],
    notes=[
        "Source: a company site's bulletin page (yqsmesc.com) copying a city science bureau's 转发 notice: 主送, one sentence forwarding the provincial notice with its 字号, 1.–3., 联系人 line, signature, date, and the 附件 line naming the notice itself. No headline stored. Stored as txt.",
        "title: no headline; the 附件 line's 关于转发省科技厅《…》的通知 is the notice's own name (the page attaches the file) — null as stored, that name accepted.",
        "recipients: 各县、市、区科技局 split on 、 as the spec says (the unbracketed 各市、州 precedent), the unsplit form accepted. enclosed_title: the forwarded notice in 《》; its 字号 皖科智秘〔2021〕327号 is the one reference (the 认定办法 has none).",
        "contact: 联系人:郑瑞 韩超 — two names with a space, kept as written (the first alone accepted); the phone as written. The mail address in 3. is where the forms go (the contact with it accepted).",
        "1.–3. at level 3 with no 一、 above them; headings to the first 。. 3. asks the forms 于2021年9月27日前: the item's deadline. 报送至市科技局外专科 names where to send, not who answers: no responsibility.",
    ]))

write(doc("jyskx-2016-jiyuan-enterprise-associations-forwarding.txt",
    doc_type="notice", issuer="济源市科学技术协会",
    recipients=["各产业集聚区", "各相关企业"], date="2016-04-01",
    contact={"name": None, "phone": None, "email": "jykx6633989@126.com"},
    references=["豫科协发〔2016〕18号"],
    enclosed_title="河南省科学技术协会关于加强企业科协工作的通知",
    alternatives={"contact": [None]},
    notes=[
        "Source: a city association's own site (jyskx.cn) of its 转发 notice to its industrial zones and enterprises: 主送, two paragraphs, an empty 附件: line, signature and date. No headline stored. Stored as txt.",
        "title null (no headline). enclosed_title: the provincial notice in 《》, 字号 豫科协发〔2016〕18号 the reference; the 实施意见 and the 调查汇总表 have none.",
        "contact: no 联系人 or phone; the association's mail for the returns kept as the contact's e-mail (null accepted, as the lipsmiley precedent). The two return dates (6月20日前, 11月15日前) close the document, not an item: no outline.",
    ]))

write(doc("hbkx-2025-55-top-ten-popsci-bases-notice.html",
    doc_type="notice", issuer="湖北省科学技术协会", doc_number="鄂科协办〔2025〕55号",
    title=fw("省科协关于公布“湖北省十佳全国科普教育基地(2021-2025年)”名单的通知"),
    recipients=["各市", "州", "直管市", "神农架林区科协", "各全省学会", "协会", "研究会", "各高校科协", "企业科协",
                "院所科协", "各有关单位"],
    date="2025-08-05",
    alternatives={"date": ["2025-08-25"]},
    notes=[
        "Source: a provincial association's own site (hbkx.org.cn) 通知公告 page: links, path, headline, the 字号 on its own line, time/来源 line, 主送, two paragraphs, signature and date, the site's footer (鄂ICP备… is a licence, not a 字号). Rebuilt as HTML around the stored text.",
        "date: the signature's 2025年8月5日 (成文日期), not the page's 2025-08-25 (accepted).",
        "recipients: split on 、 and ， as the spec's examples do (各市/州/直管市/神农架林区科协 as the first corpus's hubei notice; 各全省学会、协会、研究会 three entries).",
        "The ten bases are named in prose; the cited 实施方案 and 普及法 carry no 字号: no references, no items.",
    ]))

write(doc("chacewang-2022-xindu-tech-week-projects-notice.txt",
    doc_type="notice", issuer="成都市新都区新经济和科技局",
    recipients=["各相关单位"], date="2022-04-12",
    contact={"name": "周雪丹", "phone": "028-83915565", "email": None},
    references=["成科社农〔2022〕2号"],
    enclosed_title="成都市科学技术局关于征集2022年成都市科技活动周项目的通知",
    alternatives={"enclosed_title": [None],
                  "contact": [{"name": "周雪丹", "phone": "028-83915565", "email": "24213555@qq.com"}]},
    notes=[
        "Source: a policy aggregator's page (chacewang.com) holding a district bureau's notice run into one line: 主送, the call, 附件 named twice, the signature, date and 联系人/联系电话 glued to it (…科技局2022年4月12日联系人:周雪丹联系电话:…). No headline. Stored as txt.",
        "issuer: the signature 成都市新都区新经济和科技局 (glued between the 附件 title and the date). date 2022-04-12.",
        "enclosed_title: the city bureau's notice the page passes on (具体事宜见《…》(见附件)) — a 转发 in substance (null accepted); its 字号 成科社农〔2022〕2号 the reference.",
        "contact: name and phone as glued; the mailbox is where entries go (the contact with it accepted). 4月15日前 closes the whole notice: no items.",
    ]))

W = "1wenmi-2025-city-excellent-enterprise-associations-notice.txt"
write(doc(W,
    doc_type="notice", title="关于开展2025年本市优秀企业科协申报推荐工作的通知",
    recipients=[fw("各县区(开发区)科协")],
    outline=[
        it("1", "一", 1, "申报条件申报2025年本市优秀企业科协，须同时具备以下条件"),
        it("1.1", "1.", 3, head(W, "条件:1 .")),
        it("1.2", "2.", 3, "每年组织开展研讨交流、技术培训和创新方法培训活动6场及以上"),
        it("1.3", "3.", 3, "每年组织开展技术攻关并推动成果转化应用1项及以上，或者组织开展对外科普活动6场及以上"),
        it("1.4", "4.", 3, "积极向省、市、县区有关单位推荐各类人才奖项或积极向省、市申报各类科技类项目"),
        it("1.5", "5.", 3, "有固定企业科技工作者之家的活动区域，用于研讨交流、技术培训、建言献策等"),
        it("1.6", "6.", 3, "有企业科协工作的宣传展示区域，展示企业科协特色亮点工作，提炼宣传企业科技文化"),
        it("2", "二", 1, "申报材料"),
        it("2.1", "1.", 3, "本市优秀企业科协申报表"),
        it("2.2", "2.", 3, "相关佐证材料"),
        it("2.3", "3.", 3, "承诺书"),
        it("3", "三", 1, "申报程序各候选的优秀企业科协通过单位自主申报、相关单位推荐产生", resp=lu(fw("各县区(开发区)科协经发办"))),
    ],
    notes=[
        "Source: a document-sharing site's preview (1wenmi.com) of a .docx: the file name, the site's line, then the text in the site's chunks (1、 2、 — the preview's, not items; 2、 cuts 以 / 上), the title glued to 主送 and 主送 to the preamble; cut after 并在本市优秀, then the site's 配套讲稿 lines. The city is masked as 本市 throughout. Stored as txt.",
        "title: the words before 各县区(开发区)科协: (the file name repeats it with .docx). No issuer (本市科协 only), no signature, no date.",
        "The converter dropped the 、 after 一 二 三 (一申报条件申报2025年…): they are still the notice's level-1 items, marker as written (一, 二, 三); headings follow the spec's rule to the first 。；：, so 一's and 三's run through their first sentence. 二's 申报材料 is followed at once by 1 . — items run together are separate: heading 申报材料.",
        "The numbered points are written 1 . with a stray space: marker 1. (the space a converter's). 3.'s 以 / 2、上 is the preview's chunk break inside a word: repaired to 以上. 2.'s bracket of what the proof covers is text, not heading.",
        "三: 各县区(开发区)科协经发办负责本地区有关单位推荐 — prose 负责 by a body that is not the issuer's own office → lead_units.",
    ]))

Q = "qdzhaozeng-2023-county-association-work-report.txt"
write(doc(Q,
    doc_type="summary", title="2023某县科协工作汇报",
    alternatives={"title": ["2024某县科协工作汇报"], "doc_type": ["other"]},
    outline=[
        it("1", "一、", 1, "工作特色及成绩"),
        it("1.1", "（一）", 2, "聚焦科学普及，提升科学素质有新突破"),
        it("1.1.1", "一是", 5, "科普大篷车进校园"),
        it("1.1.2", "二是", 5, "科普宣传进乡村"),
        it("1.1.3", "三是", 5, "科普宣传进广场"),
        it("1.1.4", "四是", 5, "科普宣传进产业"),
        it("1.1.5", "五是", 5, "科普实践进课堂"),
        it("1.1.6", "六是", 5, "科普活动联民心"),
    ],
    notes=[
        "Source: an essay site's page (qdzhaozeng.com): 当前位置 path with the site's headline (2024某县科协工作汇报), 时间/来源 line, the site's lead-in, the report's title twice (2023某县科协工作汇报), preamble, 一、(一) with 一是…六是 inline; figures masked x; cut inside 六是. Stored as txt.",
        "title: the report's own title 2023某县科协工作汇报 (the site's 2024 headline accepted). No issuer (某县), no date (the site's upload time is no dateline).",
        "doc_type summary: a 工作汇报 of work done (other accepted). 一是…六是 are level 5 under (一): ids 1.1.1–1.1.6, headings to each first 。.",
    ]))

write(doc("ezskx-2024-ezhou-grassroots-popsci-projects-publicity.html",
    doc_type="other", issuer="鄂州市科学技术协会", date="2024-12-18",
    contact={"name": None, "phone": "027-60858099", "email": None},
    alternatives={"doc_type": ["notice"], "contact": [{"name": "鄂州市科协普及部", "phone": "027-60858099", "email": None}]},
    outline=[
        it("1", "一、", 1, fw("湖北省特色产业科普项目(3个)")),
        it("1.1", "1.", 3, fw("湖北李太婆农业发展有限公司(鄂城区)")),
        it("1.2", "2.", 3, fw("鄂州市鸿一农业发展有限公司(华容区)")),
        it("1.3", "3.", 3, fw("鄂州市乐华花卉种植专业合作社(梁子湖区)")),
        it("2", "二、", 1, fw("2025年湖北省社区(村)科普项目(3个)")),
        it("2.1", "1.", 3, "鄂城区凤凰街道菜园头社区"),
        it("2.2", "2.", 3, "鄂城区古楼街道北门社区"),
        it("2.3", "3.", 3, "鄂城区杜山镇先台村村民委员会"),
        it("3", "三、", 1, fw("2025年湖北省中小学校科普项目(2个)")),
        it("3.1", "1.", 3, "鄂州市葛店经济技术开发区新华中学"),
        it("3.2", "2.", 3, "鄂州市武昌学校"),
        it("4", "四、", 1, fw("湖北省优秀科技志愿服务队(2个)")),
        it("4.1", "1.", 3, "西山街道寒溪社区科普志愿服务队"),
        it("4.2", "2.", 3, "古楼街道镜园社区科普志愿服务队"),
        it("5", "五、", 1, fw("湖北省科普教育基地提能项目(1个)")),
    ],
    notes=[
        "Source: a city association's own site (ezskx.cn) 公示 page: no headline stored; one paragraph, 一、–五、 each with its count and numbered units (五、's single base unnumbered), the 公示期 sentence, 联系单位/联系电话, signature and date. Rebuilt as HTML around the stored text (the page title is the association's name).",
        "doc_type other: a 公示 list, no 通知 wording (notice accepted). issuer and date: the signature and 2024年12月18日. The 预通知 in 《》 has no 字号.",
        "Every numbered unit is an item (the spec counts every numbered item): 1.–3. at level 3 under their 一、. contact: only a unit (联系单位) and a phone — no person: name null (the unit accepted).",
    ]))

write(doc("fjkx-2020-popsci-work-points-issuing.html",
    doc_type="notice", issuer="福建省科学技术协会",
    title="福建省科学技术协会关于印发福建省科协2020年科普工作要点的通知",
    recipients=[fw("各省级学会(协会、研究会)"), "各市", fw("县(区)科协"), "省科协机关各部室", "各直属单位"],
    date="2020-06-02", enclosed_title="福建省科协2020年科普工作要点",
    alternatives={"title": ["关于印发福建省科协2020年科普工作要点的通知"], "date": ["2020-06-04"],
                  "recipients": [[fw("各省级学会(协会、研究会)"), fw("各市、县(区)科协"), "省科协机关各部室", "各直属单位"]]},
    outline=[
        it("1", "一、", 1, "以新冠肺炎疫情防控科普工作为契机，加强科协系统“一体两翼”科普服务联动"),
        it("1.1", "1.", 3, "持续做好应急科普宣传服务"),
        it("1.2", "2.", 3, "深挖省级学会做科普“富矿”"),
    ],
    notes=[
        "Source: a provincial association's own site (fjkx.org) page: a modal's × and 建设中 line, headline, 来稿/发布时间 line, 主送, one sentence issuing the 要点, signature and date, then the 要点: its title, preamble, 一、 with 1.–2.; cut inside 2. Rebuilt as HTML around the stored text.",
        "doc_type notice (an 印发 notice wrapping the points; the plan follows). title: the headline. date: the signature's 2020年6月2日, not the page's 2020-06-04 (accepted).",
        "recipients: 各市、县(区)科协 split on the 、 outside the bracket (各市 / 县（区）科协; unsplit accepted); 各省级学会(协会、研究会) stays whole.",
        "1.–2. are level 3 under 一、, headings to the first 。. 动员市、县(区)科协、省级学会 in 1. calls on bodies without 负责/牵头: no responsibility.",
    ]))
