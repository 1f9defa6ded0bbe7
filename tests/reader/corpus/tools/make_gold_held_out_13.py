"""Hand-made reference parses for the thirteenth held-out set (tools/held_out_13.txt): twelve public pages found with the
search tool after the twelfth set was being made, weighted to what a 科协 office receives and issues: five plans whose items
say who answers for them where the copy keeps it ((责任单位:…) after an item, 牵头部门:/协办部门: lines under an item, 由…牵头 in prose), four
印发 notices (one wrapping a plan with brackets after its items), a school plan with its 领导小组 list and …负责 after its points, a meeting notice and two news pages. Each block was written by reading the
document against parse-format.md; the reader was not run on any of them. Writes ../gold/<stem>.json."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_gold import doc, it  # noqa: E402  (importing make_gold rewrites the first corpus's gold: the same files)
from make_gold_held_out_2 import write, lu, dep, m  # noqa: E402  (marks the gold found; rewrites the second set's: the same files)


write(doc("tcwy-2020-wangyi-tech-spring-plan.html",
    doc_type="notice", issuer="铜川市王益区农业农村局",
    title="关于印发《第二十八届“科技之春”宣传月活动实施方案》的通知", date="2020-03-10",
    enclosed_title="铜川市王益区农业农村局第二十八届“科技之春”宣传月活动实施方案",
    alternatives={"doc_type": ["plan"], "date": [None],
                  "enclosed_title": ["第二十八届“科技之春”宣传月活动实施方案"]},
    outline=[
        it("1", "一、", 1, "指导思想"),
        it("2", "二、", 1, "活动时间", time_hint="2020年3月"),
        it("3", "三、", 1, "活动内容"),
        it("3.1", "（一）", 2, "组织农技人员、农业专家科技服务队，走入田间地头，开展种植业、果业、设施蔬菜、中药材、农机化等科技成果推广培训和气象预防科普服务等活动",
           resp=lu("区农技中心", "区果业发展中心", "区农机站", "区产权交易中心")),
        it("3.2", "（二）", 2, "组织开展动物疫病防控及畜禽养殖污染防治宣传活动",
           resp=lu("区疫控中心", "区畜牧推广站", "区动监所", "区定点办")),
        it("3.3", "（三）", 2, "围绕土壤污染治理、农村环境综合整治，开展农业农村生态环境保护科普宣传活动，助推美丽乡村建设",
           resp=lu("区农技中心", "区农机站", "区人居办")),
        it("3.4", "（四）", 2, "开展真假农资鉴别、农产品质量安全科普宣传活动，保"),
    ],
    notes=[
        "Source: a district government portal's page of a district agriculture bureau's 印发 notice: an HTML page as the CMS stores it (title, a 来源/作者/发布时间/阅读/打印 line, the body in <p> paragraphs with &nbsp; spacers), rebuilt around the stored text. One sentence (no 主送), the bureau's name as signature without a date, the plan's title line, then 一、二、三、 with (一)…(四), each activity with (责任单位:…) after its stop; the copy stops inside (四).",
        "doc_type: a 印发 notice wrapping the plan (plan accepted). date: no dateline survives, so the page's 发布时间 (null accepted). enclosed_title: the plan as the notice names it in 《》, with the bureau's name; the plan's own shorter title line accepted.",
        "(责任单位:…) after an item's stop is that item's annotation: lead_units, even though the units (…中心, …站, …所, …办) sit under the issuing bureau — the label names them, no prose rule applies. Each heading ends at the item's first 。, before the bracket.",
        "二、活动时间 gives a month (2020年3月): a time_hint, no deadline.",
    ]))

write(doc("eimio-2009-township-science-week-plan.txt",
    doc_type="plan", title="鄉（xiāng）科技活動周實施方案",
    references=["國科發（fā）字〔2009〕114號"],
    alternatives={"title": ["鄉科技活動周實施方案"], "references": [["國科發字〔2009〕114號"]]},
    outline=[
        it("1", "一、", 1, "活動主題"),
        it("2", "二、", 1, "活動內容"),
        it("3", "三、", 1, "參加活動單位"),
        it("4", "四、", 1, "活動時間", resp=lu("農技站"), time_hint="2009年5月16日-5月22日"),
    ],
    notes=[
        "Source: an essay site's page in traditional characters with pinyin glosses in half-width brackets after some characters (鄉(xiāng), 創(chuàng), 發(fā)) — a converter's ruby text run into the line: the headline, the site's 時間 line (2022, the upload's) and 導語, the title again, a township's 2009 科技活動周 plan with its name starred out (*鄉), 一、to 四、; the copy ends with 四、's paragraph.",
        "Glosses are kept as written (like the doubled characters of the corpus's other converted copies); the gloss-free title and reference accepted. The reference is the county bureau's 通知 cited as (國科發(fā)字[2009]114號 with its closing bracket lost; [] written 〔〕.",
        "No issuer, no date (the 時間 line is the site's). 三、參加活動單位 lists who takes part (the spec's partner labels are 配合/參與/協辦單位, as juzijia's 參加單位): no responsibility.",
        "四、活動時間's paragraph gives one day's work in prose: 5月21日-22日由農技站牽頭組織… → lead_units 農技站 (a township station, not one of an issuer's offices). The period 2009年5月16日-5月22日 is a time_hint; the days are events, no deadline.",
    ]))

write(doc("xiexiebang-2018-science-workers-day-plan.txt",
    doc_type="plan", title="2018年“全国科技工作者日”活动方案",
    alternatives={"issuer": ["xx省科协", "省科协"], "references": [["科协发厅字〔2018〕号"]]},
    outline=[
        it("1", "一、", 1, "活动主题"),
        it("2", "二、", 1, "活动时间", time_hint="2018年5月10日至6月10日"),
        it("3", "三、", 1, "活动内容"),
        it("3.1", "1.", 3, "精心组织开展好以“科技创新强国富民”为主题的全国科技活动周系列活动",
           resp={"lead_units": ["省科技厅政策法规与基础研究处"], "partner_units": ["省科协科普部"]}),
        it("3.2", "2.", 3, "邀请省委、省政府相关领导看望、慰问基层一线科技工作者代表",
           resp={"departments": ["省科协办公室"], "partner_units": ["省科协组人部", "学会部"]}),
        it("3.3", "3.", 3, "广泛开展科普讲座、巡讲等丰富多彩的主题活动",
           resp={"departments": ["省科协科普部"], "partner_units": ["省科技馆", "xx藏文科技报社", "省科协网络信息与科普服务中心"]}),
        it("3.4", "4.", 3, "组织省级学会开展学术活动、科普活动、科技咨询等服务活动",
           resp={"departments": ["省科协学会部"], "partner_units": ["各省级学会", "省科协科技创新与学会服务中心"]}),
        it("3.5", "5.", 3, "向中国科协推荐“优秀科技工作者代表”参加全国评选",
           resp={"departments": ["省科协组人部"], "partner_units": ["各市州科协", "科技局", "省级学会"]}),
        it("3.6", "6.", 3, "深入挖掘科技工作者中的典型人、典型事，并进行集中宣传，广泛开展向优秀科技工作者学习活动",
           resp={"departments": ["省科协调宣部"], "partner_units": ["各市州科协", "科技局", "省级学会", "xx文科技报社"]}),
    ],
    notes=[
        "Source: a document site's copy of a province's 科技工作者日 activity plan with the province blanked (xx省, xx藏文科技报社): the title, a preamble broken across lines where the original had spaces or a lost number (《中国科协 / 科技部关于…》, 科协发厅字〔2018〕 / 号), 一、二、三、 with six activities 1.–6., each followed by a 牵头部门: line and a 协办部门: line; 6.'s partner list broken across two lines (xx / 文科技报社).",
        "No signature, no date. issuer: the plan never names itself; five of the six activities are led by 省科协 departments, so it is read as the province association's plan (issuer null; the blanked 省科协 accepted).",
        "references: the notice it follows is cited as 科协发厅字〔2018〕 with its serial lost (号 alone on the next line): not a whole 字号, left out (the incomplete form accepted).",
        "牵头部门: as the corpus's earlier plans (cast-2025, fabao365): an issuer's own office → departments (省科协办公室, 省科协科普部 …), another body's office → lead_units (省科技厅政策法规与基础研究处). 协办部门 is the spec's 协办 label → partner_units, also where the partners are the association's own 部 (the departments role has no partner slot). Lists split on 、 and ，; 省科协组人部、学会部 gives 学会部 as written.",
        "Headings: 1.'s quotation was broken across lines (“科技创新 / 强国富民”): joined; each heading ends at its 。. 二、活动时间 is a period: time_hint.",
    ]))

write(doc("cast-2022-popsci-opinions-study-plan.txt",
    doc_type="plan",
    title="中國（guó）科協（xié）學（xué）習（xí）宣傳貫徹《關（guān）于新時（shí）代進（jìn）一步加強（qiáng）科學技術普及工作的意見（jiàn）》工作方案",
    issuer="中國科協",
    alternatives={"title": ["中國科協學習宣傳貫徹《關于新時代進一步加強科學技術普及工作的意見》工作方案"],
                  "issuer": [None, "中國（guó）科協（xié）", "中国科学技术协会"], "date": ["2022-10-18"]},
    outline=[
        it("1", "一、", 1, "總體要求"),
    ],
    notes=[
        "Source: a spam site's copy (its keyword line above) of a 中國科協 工作方案 in traditional characters with pinyin glosses after some characters (科協(xié), 時(shí)): the title, an empty 來源 and a 時間 line, the preamble (現制定工作方案如下), 一、總體要求 and its paragraph, cut mid-sentence.",
        "title as written, glosses and all (the gloss-free title accepted). issuer: the plan has no signature; its title opens with 中國科協 (null and the glossed form accepted). date: the page's 時間 only — a plan's page date is neither 成文 nor 印發 date: null (2022-10-18 accepted).",
        "…履行全民科學素質綱要實施工作辦公室牽頭單位職責 describes the association's remit, not an item's assignment: no responsibility. The documents in 《》 have no 字號: no references.",
    ]))

write(doc("szsta-2017-reform-plan-draft.html",
    doc_type="plan", title="深圳市科协系统深化改革实施方案（征求意见稿）",
    alternatives={"title": ["深圳市科协系统深化改革实施方案"], "issuer": ["深圳市科学技术协会", "深圳市科协"],
                  "date": ["2017-12-07"]},
    outline=[
        it("1", "一、", 1, "总体要求"),
        it("1.1", "1.", 3, "指导思想"),
        it("1.2", "2.", 3, "基本原则"),
    ],
    notes=[
        "Source: a city association's 通知公告 page of its draft reform plan: an HTML page as the CMS stores it (a 您的位置 path, the headline, a date line, a TRS_Editor div with full-width-space indents and <strong> section heads), rebuilt around the stored text. Preamble, 一、总体要求 with 1.指导思想。… 2.基本原则。 and three ——强化政治引领 / ——密切联系群众 / ——突出问题导向 paragraphs; cut inside the third.",
        "1. and 2. sit directly under 一、 with no (一): level 3, ids 1.1 and 1.2; each heading ends at its 。. The —— paragraphs carry no numerals: no items.",
        "No signature: issuer null (the association whose page it is accepted); date: the page's 2017-12-07 is a posting date, not the draft's (null; the posting date accepted). Documents in 《》 have no 字号.",
    ]))

write(doc("csrme-2020-12-reform-tasks-notice.html",
    doc_type="notice", issuer="中国科协办公厅", doc_number="科协办发调字〔2020〕12号",
    title="中国科协办公厅关于印发《2020年科协系统深化改革重点任务》的通知",
    recipients=["机关各部门", "各直属单位"], date="2020-07-03",
    enclosed_title="2020年科协系统深化改革重点任务",
    outline=[
        it("1", "一、", 1, "总体要求和基本原则"),
        it("1.1", "（一）", 2, "总体要求"),
        it("1.2", "（二）", 2, "基本原则"),
        it("1.2.1", "1.", 3, "坚持改革创新"),
    ],
    notes=[
        "Source: a national society's page reposting a 中国科协办公厅 印发 notice: an HTML fragment as its CMS stores it (no <html>/<head>; a logo div, the headline, a 发布时间/浏览数 line, the body in <p> paragraphs with &nbsp; indents and inline styles), rebuilt around the stored text: the red header written spaced (中 国 科 协 办 公 厅 文 件), the 字号, the title on two lines, 主送, one sentence, signature and date, then the enclosed 重点任务 with its own title, a preamble, 一、(一)(二) and 1.; cut inside 1.",
        "title: the two title lines joined (the page's headline agrees). date: the 成文 date under the signature (2020年7月3日); the page's 2020年07月13日 is the posting.",
        "The red header is the issuer's banner, not a title or a recipient. The enclosed text's 《中国科协2020年工作要点》 has no 字号: no references.",
    ]))

write(doc("ezhou-2022-18-literacy-plan-notice.html",
    doc_type="notice", issuer="鄂州市人民政府办公室", doc_number="鄂州政办发〔2022〕18号",
    title="市人民政府办公室关于印发鄂州市全民科学素质行动规划纲要实施方案（2021—2025年）的通知",
    recipients=["各区人民政府", "葛店经开区", "临空经济区管委会", "市政府各部门"], date="2022-08-09",
    references=["鄂政办发〔2021〕64号"],
    enclosed_title="鄂州市全民科学素质行动规划纲要实施方案（2021—2025年）",
    outline=[
        it("1", "一、", 1, "总体要求"),
        it("1.1", "（一）", 2, "指导思想"),
    ],
    notes=[
        "Source: a city government portal's 规范性文件 page: an HTML page whose 字号 is only in the index table above the text (索引号/文号/发布机构/发布日期/信息分类/有效性, each label and value in its own cell), then the headline, 主送, one sentence, signature and date, the enclosed 实施方案's title line, its preamble, 一、(一) and a paragraph cut mid-sentence.",
        "doc_number: from the index table's 文号 cell (the body has none). issuer: the signature (鄂州市人民政府办公室), fuller than the title's 市人民政府办公室.",
        "recipients split mechanically on 、 and ，: 葛店经开区、临空经济区管委会 gives two entries. references: the province's 鄂政办发〔2021〕64号 cited in the preamble; the 纲要 in 《》 without 字号 adds none.",
    ]))

write(doc("craftsandsubscriptions-2022-31-popsci-points-notice.txt",
    doc_type="notice", issuer="中國科協辦公廳", doc_number="科協辦函普字〔2022〕31號",
    title="關于印發《中國科協2022年科普工作要點》的通知",
    recipients=["各全國學會", "協會", "研究會", "各省", "自治區", "直轄市", "副省級城市科協", "新疆生產建設兵團科協"],
    date="2022-02-25", enclosed_title="中國科協2022年科普工作要點",
    alternatives={"issuer": ["中國科協"]},
    outline=[
        it("1", "一、", 1, "以政治引領和價值引領為統領，不斷增強科技工作者和公眾的科普獲得感"),
        it("1.1", "（一）", 2, "堅持旗幟鮮明講政治，為黨的二十大召開營造良好氛圍"),
    ],
    notes=[
        "Source: an unrelated company site's copy of a 中國科協辦公廳 印發 notice in traditional characters: the title, a 發表時間/來源 line (2022-03-03, the copy's), the 字號, 主送, one sentence, signature and date, the enclosed 工作要點's title, its preamble, 一、 and (一) on lines of their own; cut inside (一)'s paragraph.",
        "date: the signature's 2022年2月25日. recipients split mechanically on 、 and ，. The 綱要 named in 《》 has no 字號: no references.",
        "一、 and (一) are headings on their own lines without a stop: the whole line is the heading.",
    ]))

write(doc("wflms-2011-school-science-festival-group-plan.txt",
    doc_type="plan", title="世界外国语中学第十一届科技节方案（201103）",
    alternatives={"title": ["世界外国语中学第十一届科技节方案"], "issuer": ["世界外国语中学"], "date": ["2012-11-07"]},
    leading_group={"name": "科技节领导小组", "heads": [m("徐俭")], "deputies": [m("厉笑影"), m("陈勇"), m("赵蕾")],
                   "members": [m(n) for n in ["金月华", "胡嘉琪", "吴家骅", "施明", "卢文来", "贾丽浈", "朱熠旻", "马自强",
                                               "丁洁", "吴茫渔", "金铱炆", "刘毅然", "潘子艺", "陆振麟", "聂亮"]],
                   "office": None},
    outline=[
        it("1", "一、", 1, "指导思想"),
        it("2", "二、", 1, "活动原则"),
        it("3", "三、", 1, "活动时间", time_hint="201137——42"),
        it("4", "四、", 1, "主题"),
        it("5", "五、", 1, "参与人员"),
        it("6", "六、", 1, "组织机构"),
        it("7", "七：", 1, "科技节宣传、安全、后勤工作"),
        it("7.1", "1.", 3, "宣传横幅（世界外国语中学第十一届科技节——学习中有创意的天地动手中有创新的世界），政教处负责",
           resp=dep("政教处")),
        it("7.2", "2.", 3, "每班出一期“学习中有创意的天地"),
    ],
    notes=[
        "Source: a school site's 党的建设 column page: the column name, the headline, a 发布时间/发布人/信息来源/点击次数 line, then an nginx error page the CMS pasted into the body (404 Not Found twice, nginx/1.26.3), then the school's 科技节 plan 一、to 七： with 1. 2. under 七; cut inside 2.",
        "title: the headline, with the plan's month in brackets (201103; without it accepted). No issuer (the school, named in the text, accepted); date: the 2012 posting date is not the plan's (null; accepted). The dates lost their marks (201137——42: 2011年3月7日——4月2日): a time_hint as written.",
        "leading_group: 科技节领导小组 with 组长:徐俭, 副组长 three names on one line, 组员 fifteen names split on 、 (the empty slot of 胡嘉琪、、吴家骅 is no member). No titles are given (null). No office.",
        "七：科技节宣传… is an item whose numeral is followed by a colon instead of 、: marker 七：, level 1. 1.'s heading runs to the end of its sentence (no stop before 政教处负责。); …，政教处负责 gives the item to the school's own office in prose: departments 政教处.",
        "The 404 lines are web furniture, not content.",
    ]))

write(doc("yinzheng-2017-guangzhou-science-week-opening-notice.txt",
    doc_type="notice", issuer="广州市科技创新委员会", recipients=["各有关单位"], date="2017-05-11",
    references=["国科发政〔2017〕64号"],
    outline=[
        it("1", "一、", 1, "活动时间"),
        it("2", "二、", 1, "参加人员"),
        it("3", "三、", 1, "地点"),
        it("4", "四、", 1, "议程安排"),
        it("4.1", "1.", 3, "14:30-14:38主持人宣布仪式开始，介绍出席开幕式的领导嘉宾"),
        it("4.2", "2.", 3, "14:38-14:40我身边的科技大咖代表、西藏林芝学生代表等共同启动2017年广州科技活动周开幕式"),
        it("4.3", "3.", 3, "14:40-16:20参会领导和嘉宾观看台湾、澳门、广州科学表演，见证年度科普活动品牌（我身边的科技大咖、我身边的科普基地、2017广州家庭创新电视大赛、两米阳台、科普地图、科普小镇）发布"),
        it("4.4", "4.", 3, "16:20-16:30参会领导和嘉宾为2017年广州市优秀科普微电影和微视频获奖者颁奖"),
        it("5", "五、", 1, "具体要求", deadline="2017-05-16"),
    ],
    notes=[
        "Source: an unrelated site's copy of a city science commission's meeting notice for the 科技活动周 opening, without title line: 主送, two paragraphs, 一、to 五、 (四、's agenda 1.–4., each opening with a time span), 特此通知, the signature and date.",
        "title: none in the copy (null). references: the ministry's 国科发政〔2017〕64号 cited in 《》's bracket.",
        "Agenda items 1.14:30-14:38… glue the marker to a clock time: the marker is 1., the heading starts with the time; the colons inside the times are no stops (numbers keep half-width), so each heading runs to its ；.",
        "五、具体要求 asks for the 回执 于5月16日（星期二）12:00前: the item's deadline, in the document's year (2017-05-16). 一、's day and hours are the meeting's: no deadline.",
    ]))

write(doc("saoba123-2024-susong-science-day-prep-news.txt",
    doc_type="news", title="宿松縣科協召開2024年全國科普日活動籌備會", date="2024-08-07",
    alternatives={"date": ["2024-08-06"], "issuer": ["宿松縣科協", "縣科協"]},
    notes=[
        "Source: a spam site's copy (a keyword line on top) of a county media report in traditional characters: a 您的位置 path, the headline, a 字體/稿件來源/作者/時間 line, the report (宿松融媒訊 …), the reporter in brackets, 責任編輯.",
        "date: the page's 時間 (the meeting's 8月6日 accepted). issuer: a news report; 稿件來源 names the association (accepted).",
        "The 預通知 in 《》 has no 字號: no references. No numbered items.",
    ]))

write(doc("jzkx-2014-gongan-plenary-literacy-meeting-news.html",
    doc_type="news", title="公安县科协召开三届二次暨全民科学素质工作会议", date="2014-03-28",
    alternatives={"date": ["2014-03-27"], "issuer": ["公安县科学技术协会", "公安县科协"]},
    outline=[
        it("1", "一是", 5, "紧紧围绕经济发展工作中心，充分发挥推动科技进步重要力量的作用"),
        it("2", "二是", 5, "紧紧围绕科学素质目标建设，充分发挥科普事业社会主要力量的作用"),
        it("3", "三是", 5, "紧紧围绕科技人才荟萃的优势，充分发挥桥梁纽带作用"),
        it("4", "四是", 5, "切实加强对科协工作的领导，充分发挥科协组织的作用"),
    ],
    notes=[
        "Source: a city association's page of a county association's report: an HTML page as its CMS stores it (logo, nav, a 当前位置 path down to 县市区科协>公安, the headline, a 被阅读/日期 line, the report in <p> paragraphs, 上一篇/下一篇, a footer with the city association's address and phone), rebuilt around the stored text.",
        "date: the page's 日期 (the meeting's 3月27日 accepted). issuer: a news report (the writer's body in brackets at the end accepted).",
        "一是…四是 are the speaker's four demands inline: level 5, each heading ends at its ；. The footer's phone and address are the site's, no contact. The report in 《》 has no 字号.",
    ]))
