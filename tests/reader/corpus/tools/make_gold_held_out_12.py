"""Hand-made reference parses for the twelfth held-out set (tools/held_out_12.txt): twelve public pages found with the
search tool after the eleventh held-out set had been looked at, weighted to plans whose items name who answers for them
(由…牵头，…配合 in an activity's sentence, 承办/协办单位 lines), 印发/转发 notices with 主送, a school plan's 组长/副组长 and
a 领导小组 meeting, and news pages. Each block was written by reading the document against parse-format.md, before the
reader was run on it. Headings and names are written as the page writes them (a mirror site's pinyin glosses such as
協(xié) included, since they are in the text); header fields give the document's own wording. Writes ../gold/<stem>.json."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_gold import doc, it  # noqa: E402  (importing make_gold rewrites the first corpus's gold: the same files)
from make_gold_held_out_2 import write  # noqa: E402  (marks the gold found; rewrites the second set's: the same files)


def lead(*units, partners=()):
    r = {"lead_units": list(units)}
    if partners:
        r["partner_units"] = list(partners)
    return r


def role(title):
    return {"name": None, "title": title}


write(doc("kannuslainen-2020-cast-popsci-points-notice.txt",
    doc_type="notice", issuer="中國科協科普部", doc_number="科協普函綜字〔2020〕5號", date="2020-03-12",
    recipients=["各全國學會", "協會", "研究會科普部（普委會）", "各省", "自治區", "直轄市",
                "副省級城市科協科普工作相關部門", "新疆生產建設兵團科協科普部"],
    enclosed_title="中國科協2020年科普工作要點",
    notes=[
        "Source: a company site's copy of a 中国科协科普部 印发 notice in traditional characters, without its title line: the 字号, 主送, one paragraph (现将《中國科協2020年科普工作要點》印發給你們), the attachment's file name, the signature and the date.",
        "issuer: the signature as written (traditional). doc_number: 科協普函綜字〔2020〕5號 as printed. title: none survives.",
        "recipients split mechanically on 、 and ，outside brackets (the corpus's convention): 研究會科普部（普委會） stays whole.",
        "enclosed_title: the plan the notice issues, named in 《》 (its text is only an attached .doc): 中國科協2020年科普工作要點. The attachment line (附件:….doc) is no item.",
    ]))

write(doc("kepuchina-2022-rock-society-popsci-points-forwarding.txt",
    doc_type="notice", issuer="中国岩石力学与工程学会", date="2022-03-03",
    recipients=["各分支机构", "地方学会", "各科学传播专家团队", "科普教育基地"],
    enclosed_title="中国科协2022年科普工作要点",
    alternatives={"doc_type": ["plan"]},
    outline=[
        it("1", "一、", 1, "以政治引领和价值引领为统领，不断增强科技工作者和公众的科普获得感"),
        it("1.1", "（一）", 2, "坚持旗帜鲜明讲政治，为党的二十大召开营造良好氛围"),
        it("1.2", "（二）", 2, "强化科普价值导向"),
    ],
    notes=[
        "Source: a popular-science portal's page of a society's 转发 notice without title line: 主送 on two lines (each ending in a colon), two sentences, 附件: 1.…, the signature and date, then the forwarded 工作要点 (its title, a paragraph, 一、 (一) (二), cut inside (二)).",
        "enclosed_title: the document forwarded (named in 《》 and printed below the date). The attachment list's 1. is no item. doc_type: the 转发 notice (plan accepted: most of the copy is the 要点).",
        "recipients: both 主送 lines, split on 、. No 字号 anywhere: no references.",
    ]))

write(doc("most-2022-69-science-week-notice.txt",
    doc_type="notice", doc_number="国科发才〔2022〕69号",
    recipients=["各省", "自治区", "直辖市及计划单列市", "副省级城市科技厅（委、局）", "党委宣传部", "科协",
                "新疆生产建设兵团科技局", "中央", "国务院有关部门", "直属机构", "中央军委科技委"],
    alternatives={"issuer": ["科技部", "科学技术部"]},
    outline=[
        it("1", "一、", 1, "时间、主题及主要内容"),
        it("1.1", "（一）", 2, "时间"),
        it("1.2", "（二）", 2, "主题"),
        it("1.3", "（三）", 2, "主要内容"),
        it("1.3.1", "1.", 3, "突出宣传《中华人民共和国科技进步法》《中华人民共和国科学技术普及法》（以下简称《科技进步法》《科普法》），广泛宣传各项科技规划和政策"),
        it("1.3.2", "2.", 3, "聚焦国家重大战略，重点宣传科技创新成果"),
    ],
    notes=[
        "Source: a ministry site's page of a joint 科技活动周 notice without title line: the 字号, 主送, a paragraph (…现将有关事项通知如下), 一、 with (一)(二)(三) and 1. 2., cut inside 2. (no signature, no date).",
        "issuer: no header or signature survives: null (科技部, whose 字号 it is, accepted). The three hosts named in the text (科技部、中央宣传部、中国科协) host the week; they are not assigned an item.",
        "recipients split mechanically on 、 and ，; 党委宣传部 and 科协 appear twice and count once. 2022年5月21—28日 is the week, no deadline; (二)主题's text (走进科技 你我同行) is no heading of its own.",
    ]))

write(doc("sdlongrun-2023-fire-association-project-forwarding.txt",
    doc_type="notice", issuer="中國消防協會", doc_number="中消協〔2023〕61號", date="2023-06-20",
    recipients=["各分支機構"],
    contact={"name": "宋玉", "phone": "010-87789256"},
    enclosed_title="關于申報2023年度全國學會治理現代化示范專項的通知",
    alternatives={"issuer": ["中國消防協(xié)會(huì )"], "doc_number": ["中消協(xié)〔2023〕61號"],
                  "enclosed_title": ["關(guān)于申報2023年度全國學(xué)會(huì )治理現代化示范專(zhuān)項的通知"]},
    outline=[
        it("1", "一、", 1, "各單位認真學(xué)習文件、領(lǐng)會(huì )精神,主任委員親自抓落實(shí),按照文件要求填報立項內容"),
        it("2", "二、", 1, "按照文件要求,各單位根據實(shí)際工作情況,申報學(xué)科特色的高質(zhì)量學(xué)術(shù)交流品牌和能夠體現專(zhuān)業(yè)優(yōu)勢的科技評估、標準研制、成果鑒定或轉移轉化等高水平科技服務(wù)的項目"),
        it("3", "三、", 1, "申報內容按通知要求填寫(xiě),于6月26日前上報協(xié)會(huì ),統一審核后,擇優(yōu)申報中國科協(xié)", deadline="2023-06-26"),
    ],
    notes=[
        "Source: a company site's copy of a national association's 转发 notice in traditional characters whose converter glossed many characters with their pinyin in brackets (協(xié), 會(huì )): the 字号, 主送, a paragraph naming the forwarded notice in 《》, 一、二、三、 (each closing on ；), 附件, the contact in brackets, the signature, the date, an approval line (審批/審核/編輯).",
        "Header fields give the document's words without the glosses (中國消防協會, 中消協〔2023〕61號; as printed with them accepted). Items' headings are written as the page prints them (the glosses are in the text).",
        "三、于6月26日前上報 is the item's own deadline: 2023-06-26 (the document's year). contact: 聯(lián)系人:宋玉 電話(huà):010-87789256 — the labels glossed, the values plain. 審批 is no 签发人: signer null.",
        "enclosed_title: the notice forwarded. The 工作要點 named in the first sentence has no 字号: no references.",
    ]))

write(doc("eimio-county-science-week-plan.txt",
    doc_type="plan", title="科技活動周建設方案",
    alternatives={"title": ["科技活動周建設(shè)方案"], "date": ["2022-02-13"]},
    outline=[
        it("1", "一、", 1, "活動時間5月15日—5月21日"),
        it("2", "二、", 1, "活動主題攜手建設(shè)創(chuàng)新型城市—走進科學(xué)、體驗科技、走近民眾、普惠民生"),
        it("3", "三、", 1, "主要活動"),
        it("3.1", "（一）", 2, "舉辦縣年科技活動周開幕式由縣科委牽頭,舉辦年科技活動周活動開幕式", resp=lead("縣科委")),
        it("3.2", "（二）", 2, "舉辦科普巡回展由縣科委、縣環(huán)保局牽頭,組織具有“宣傳科學(xué)思想、弘揚科學(xué)精神”、“創(chuàng)新型城市建設(shè)”、“節(jié)約能源資源、保護生態(tài)環(huán)境、保障安全健康”的圖片資料、影像資料在社區(qū)、街鎮(zhèn)巡回開展科普展覽",
           resp=lead("縣科委", "縣環(huán)保局")),
        it("3.3", "（三）", 2, "舉辦科技創(chuàng)新講座由縣科委牽頭,邀請科技部專家主講創(chuàng)新方法", resp=lead("縣科委")),
        it("3.4", "（四）", 2, "舉辦社會科學(xué)進校園由縣教委牽頭,縣科委、縣科協(xié)配合,在中學(xué)舉辦關(guān)心下一代暨鼓勵創(chuàng)新現(xiàn)場會,開展青少年科技創(chuàng)新演講,科學(xué)發(fā)明創(chuàng)造、青少年賽車、航模等比賽活動",
           resp=lead("縣教委", partners=("縣科委", "縣科協(xié)"))),
        it("3.5", "（五）", 2, "組織科技下鄉(xiāng)行動由縣科委牽頭,縣經(jīng)信委、縣農(nóng)委等部門配合,組織市級科技特派員、縣級科技特派員到龍頭企業(yè)和農(nóng)戶,帶成果、帶技術(shù)、帶資金,面對面進行技",
           resp=lead("縣科委", partners=("縣經(jīng)信委", "縣農(nóng)委"))),
    ],
    notes=[
        "Source: an essay site's copy, in traditional characters with pinyin glosses (建設(shè)), of a county's 科技活动周 plan with its years blanked (年科技活動周): headline, the site's 時間 and 導語 lines, a paragraph, 一、二、 (label and text on one line), 三、主要活動 with five activities, the first of which lost its opening bracket (一)…), cut inside (五).",
        "title: the headline is the plan's (without the gloss; as printed accepted). No issuer. date: the site's posting time is no 成文日期: null (accepted).",
        "一)舉辦… is (一): the next lines go on (二)…(五). Each heading runs to the first stop: the activity's name and the prose after it are one sentence.",
        "由縣科委牽頭 → lead_units (the county's bureaus are no offices of an issuer). 由縣教委牽頭,縣科委、縣科協配合 → partner_units; 縣經信委、縣農委等部門配合: the vague tail 等部門 dropped. Names as the page prints them (glosses included).",
        "The cited 渝辦發〔〕72號 lost its year: no document number to give, no reference. 5月15日—5月21日 is the week, no deadline.",
    ]))

write(doc("siersi-township-science-day-plan.txt",
    doc_type="plan", title="科協全國科普日活動實施方案",
    alternatives={"title": ["科協(xié)全國(guó)科普日活動(dòng)實(shí)施方案"]},
    outline=[
        it("1", "一、", 1, "活動(dòng)主題及時(shí)間"),
        it("1.1", "（一）", 2, "主題"),
        it("1.2", "（二）", 2, "時(shí)間"),
        it("2", "二、", 1, "重點(diǎn)活動(dòng)安排"),
        it("2.1", "（一）", 2, "召開(kāi)XXX鄉(xiāng)科技科普工作座談會(huì)"),
        it("2.1.1", "1.", 3, "時(shí) 間"),
        it("2.1.2", "2.", 3, "主 持 人"),
        it("2.1.3", "3.", 3, "參會(huì)人員"),
        it("2.1.3.1", "（1）", 4, "縣 領(lǐng) 導(dǎo)"),
        it("2.1.3.2", "（2）", 4, "縣直部門"),
        it("2.1.4", "4.", 3, "會(huì)議議程"),
        it("2.1.4.1", "（1）", 4, "黨委副書(shū)記、鄉(xiāng)長(zhǎng)秦XX匯報(bào)該鄉(xiāng)科技科普工作開(kāi)展情況"),
        it("2.1.4.2", "（2）", 4, "參會(huì)縣級(jí)部門領(lǐng)導(dǎo)圍繞如何抓好農(nóng)村科技科普工作主題發(fā)言"),
        it("2.1.4.3", "（3）", 4, "縣領(lǐng)導(dǎo)講話"),
        it("2.1.5", "5.", 3, "整個(gè)座談會(huì)籌備工作由XXX鄉(xiāng)黨委和政府負(fù)責(zé)", resp=lead("XXX鄉(xiāng)黨委和政府")),
        it("2.1.6", "6.", 3, "請(qǐng)電視臺(tái)、報(bào)社派記者參加活動(dòng)", resp=lead("電視臺(tái)", "報(bào)社")),
        it("2.2", "（二）", 2, "全國(guó)科普日宣傳活動(dòng)"),
        it("2.2.1", "1.", 3, "XXX鄉(xiāng)綜合科普宣傳活動(dòng)"),
        it("2.2.1.1", "（1）", 4, "主辦、承辦、協(xié)辦單位"),
        it("2.2.1.1.1", "①", 5, "主辦單位"),
        it("2.2.1.1.2", "②", 5, "承辦單位", resp=lead("XXX鄉(xiāng)黨委", "XXX鄉(xiāng)人民政府")),
        it("2.2.1.1.3", "③", 5, "協(xié)辦單位", resp={"partner_units": [
            "縣科委", "縣食安辦", "縣教委", "縣食藥監(jiān)局", "縣質(zhì)監(jiān)局", "縣工商局", "縣氣象局", "縣農(nóng)委",
            "縣畜牧局", "縣扶貧辦", "縣婦聯(lián)"]}),
    ],
    notes=[
        "Source: an essay site's copy, in traditional characters with pinyin glosses (活動(dòng)), of a township's 科普日 plan with its names starred out (XXX鄉, 劉XXX): headline, the site's name, 一、 (一)(二), 二、 (一) with 1.–6. (⑴⑵ lists of people and an agenda), (二) 1. (1) ①②③, cut inside ③'s list.",
        "title: the headline (without glosses; as printed accepted). No issuer, no date. ⑴⑵⑶ are (1)(2)(3) (level 4); labels end their headings at the colon (時 間, 主 持 人: spaces removed by the scorer).",
        "5.…由XXX鄉黨委和政府負責 → lead_units, one body as written (the township's committee and government). 6.請電視臺、報社派記者參加活動 → the bodies asked to act (lead_units), as the corpus reads 请…参加.",
        "①主辦單位 names the host (no role word of the spec). ②承辦單位 on its own item → lead_units; ③協辦單位 → partner_units, the last entry (團…) cut by the copy and left out. The people under ⑴縣領導 attend a meeting: no leading group. 9月16日 is the meeting's day, no deadline.",
    ]))

write(doc("zuowen365978-school-science-week-plan.txt",
    doc_type="plan", title="开展科技活动周系列活动方案",
    alternatives={"title": ["开展科技活动周系列活动方案1", "20__年南航附属高级中学科技活动周方案"]},
    leading_group={"name": None, "heads": [role("京南航空航天大学附属高级中学校长")],
                   "deputies": [role("京南航空航天大学附属高级中学书记")], "members": [], "office": None},
    outline=[
        it("1", "一、", 1, "指导思想"),
        it("2", "二、", 1, "活动时间"),
        it("3", "三、", 1, "组织机构"),
        it("3.1", "1、", 3, "航空模型项目"),
        it("4", "四、", 1, "活动项目要求及参加人员"),
        it("4.1", "①", 5, "初级航空模型飞机制作及放飞训练"),
        it("4.2", "②", 5, "电脑模拟遥控飞行训练"),
        it("4.3", "③", 5, "模型火箭的制作及放飞"),
    ],
    notes=[
        "Source: an essay site's page (its tag line 【www.365978.net--科技】), then the first essay 开展科技活动周系列活动方案1: a school's plan with its year and names blanked (20__年, __): 一、to 四、, 三、组织机构 with 组长/副组长/项目负责 and the outside coaches (1、航空模型项目: …), 四、 a table flattened one cell a line with ①、②、③、, cut at a lone ①.",
        "title: the essay's own title without its number (as printed, and the plan's name in its preamble, accepted). No issuer, no date.",
        "leading_group: 组长/副组长 with their names blanked (__) and the office in brackets: roles without names (the corpus's convention), the office as title; 项目负责 and the coaches are no 成员. The group has no name.",
        "①、 ②、 ③、 are level-5 points under 四、 (the 、 after the circled numeral is no part of the heading). The lone ① at the copy's end numbers nothing.",
    ]))

write(doc("gwgs6d-2020-science-day-plan.txt",
    doc_type="plan", title="20**年科普活动方案", doc_number="科协发普字〔20**〕14号",
    alternatives={"doc_type": ["notice"], "title": [None], "date": ["2021-10-04"], "issuer": ["中国科协"]},
    outline=[
        it("1", "一、", 1, "时间和主题"),
        it("2", "二、", 1, "活动内容"),
        it("2.1", "（一）", 2, "弘扬科学精神，展现科学价值"),
        it("2.2", "（二）", 2, "助力疫情防控，推动健康科普"),
        it("2.3", "（三）", 2, "聚焦脱贫攻坚，决胜全面小康"),
        it("2.4", "（四）", 2, "加强科技志愿，彰显科技为民"),
    ],
    notes=[
        "Source: a writing-tool site's copy of a 中国科协 科普日 text with its year blanked (20**): the site's banner, a headline with the site's date in brackets, the 字号 with its year blanked, a paragraph, 一、二、 with (一)…(四), cut inside (四).",
        "title: the headline without the site's date (null accepted: it is the site's name for the text). doc_type: the headline calls it a 方案 (notice accepted: the text is the 科普日 notice's). doc_number: as printed, the blank kept.",
        "issuer: no signature (中国科协, which the text names as organiser, accepted). date: the bracketed date is the site's: null (accepted). 9月19-25日 is the event, no deadline.",
    ]))

write(doc("miyingbi-community-popsci-plan.txt",
    doc_type="plan", title="社區開展科普活動方案",
    alternatives={"title": ["社區開展科普活動方案1"]},
    outline=[
        it("1", "一、", 1, "活動的組織領導和執行機構"),
        it("2", "二、", 1, "活動宗旨"),
        it("3", "三、", 1, "活動主題"),
        it("4", "四、", 1, "活動時間"),
        it("5", "五、", 1, "活動內容"),
        it("5.1", "（一）", 2, "活動開幕式"),
        it("5.2", "（二）", 2, "舉辦大型科技為民服務活動"),
        it("5.2.1", "1、", 3, "20塊貼近群眾生活科學知識展板展出"),
        it("5.2.2", "2、", 3, "區衛生局、、10個街辦等12個單位組織科技人員開展科學健身、科學飲食、健康義診、咨詢等科技為民服務活動（凳子、桌子自帶）"),
        it("5.3", "（三）", 2, "送科技下鄉"),
        it("5.3.1", "1、", 3, "科學種植水稻"),
        it("5.3.2", "2、", 3, "科學預防魚病"),
        it("5.3.3", "3、", 3, "科學種植蔬菜"),
        it("5.4", "（四）", 2, "防震減災科普示范學校掛牌"),
    ],
    notes=[
        "Source: an essay site's page in traditional characters: a 相關推薦 line, the page's headline, the site's lead-in, then essay 1: a district's 科技活动周 plan with its years blanked (年5月20日): 一、to 五、, (一)–(四) with 時間/地點 lines and 1、2、3、, cut inside (四).",
        "title: the essay's title (with its number accepted). No issuer, no date. Labels alone on their line are headings; 三、's text (攜手建設創新型) is no heading.",
        "2、區衛生局、…等12個單位組織… says who takes part, with no role word: no responsibility. The bracket (凳子、桌子自帶) is a note, no annotation; the heading runs to the stop. The events' days are no deadlines. 組委會 is named without members: no leading group.",
    ]))

write(doc("dalibaizu-2015-xiangyun-literacy-group-meeting-news.txt",
    doc_type="news",
    alternatives={"date": ["2015-04-08"]},
    notes=[
        "Source: a local forum's post of a county's news item: the forum's anti-copy noise at the start of lines (+ C& P! b$ …), the report of a 全民科学素质工作领导小组 meeting (4月8日, no year), the reporter's line (通讯员 王艳).",
        "date: the item says 4月8日 only (the 2015 work it plans makes it 2015-04-08: accepted). No headline, no issuer.",
        "The 领导小组 is reported on, not set up (its 组长 and 副组长 named in passing): leading_group null, as the corpus reads such reports. 要…；要… carry no numerals: no items.",
    ]))

write(doc("tzkx-2025-xianju-three-heads-meeting-news.txt",
    doc_type="news", title="仙居县科协召开2025年“三长”工作部署会", date="2025-03-07",
    alternatives={"date": [None], "issuer": ["仙居县科协"]},
    outline=[
        it("1", "一是", 5, "聚焦“三长”领衔项目，计划评选10个县级项目并向市级推送5个，实现科学副校长全县重"),
    ],
    notes=[
        "Source: a city association's news page: headline, the report (3月7日下午, the year in the headline's 2025年 meeting), three paragraphs, then 会议明确三大重点任务：一是… cut inside 一是.",
        "date: 3月7日 of the 2025 meeting the headline names (null accepted: no dateline carries the year). issuer: a news report (the association accepted).",
        "一是 is an inline point; its heading runs to the copy's cut. The plans named in 《》 have no 字号: no references.",
    ]))

write(doc("ifeng-jiangxi-science-month-joint-actions.txt",
    doc_type="news", title="组织开展八大联合行动",
    alternatives={"doc_type": ["plan"], "issuer": ["江西省科协"]},
    outline=[
        it("1", "（一）", 2, "各级科协组织科普行动"),
        it("2", "（二）", 2, "省直部门科普行动"),
        it("3", "（三）", 2, "学会科普行动"),
        it("4", "（四）", 2, "现代科技馆体系科普行动"),
        it("4.1", "一是", 5, "在全省各级科技馆广泛组织科普活动"),
        it("4.2", "二是", 5, "发挥流动科技馆“科学播种机”作用，深入农村地区、革命老区、少数民族聚集地区开展流动科普巡展活动"),
        it("4.3", "三是", 5, "发挥科普大篷车的“科普轻骑兵”作用"),
        it("5", "（五）", 2, "科普教育基地行动"),
        it("6", "（六）", 2, "科技小院和农技协科普行动"),
        it("7", "（七）", 2, "弘扬科学家精神宣讲行动"),
        it("8", "（八）", 2, "科普媒体联合行动"),
    ],
    notes=[
        "Source: a news portal's special page of a provincial press conference: the section's headline, the speaker's name and (相关主要内容), 第三点、组织开展八大联合行动。 and (一) on the same line, then (二)–(八) one a line, (四) with 一是 二是 三是.",
        "doc_type: a press conference's report (plan accepted: it lists actions). title: the page's headline. issuer, date: none on the page (the association whose chairman speaks accepted as issuer).",
        "第三点、 is no marker of the spec: (一)… are the first numbered items (level 2, no parent). (一) starts after a stop on the headline's line: items run together are still separate.",
        "Bodies named as actors (各市、县(区)科协组织将会同有关单位…; 省科协将开展…) take no role word: no responsibility.",
    ]))
