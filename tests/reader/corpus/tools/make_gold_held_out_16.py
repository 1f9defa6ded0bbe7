"""Hand-made reference parses for the sixteenth held-out set (tools/held_out_16.txt): twelve public pages found with the
search tool alongside the fifteenth set, official copies first where the index held them (a county government portal, a
university, a national association's youth-science site, a city science site, a county portal): five plans (a 工作要点 inside an
印发 notice, activity plans whose items are led by 主办单位/参与 lines or by no one, a doc-site preview cut into chunks), three
印发/转发/下达 notices, a festival plan whose 领导小组 is starred out, a contest notice and two news pages. Each block was written
by reading the document against parse-format.md; the reader was not run on any of them. Writes ../gold/<stem>.json."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_gold import doc, it  # noqa: E402  (importing make_gold rewrites the first corpus's gold: the same files)
from make_gold_held_out_2 import write, fw, pu  # noqa: E402  (marks the gold found; rewrites the second set's: the same files)

DOCS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs")


def sentence(stem, marker):
    """The run-on text after `marker` up to its first 。 — read off the copy so that the glosses are not retyped."""
    text = open(os.path.join(DOCS, stem), encoding="utf-8").read()
    rest = text.split(marker, 1)[1]
    return fw(rest.split("。", 1)[0])


write(doc("changzhi-2022-association-work-points-notice.txt",
    doc_type="notice", issuer="長治市科學技術協會",
    recipients=["各縣區科協", "高新區科協", "市直各學會（協會、研究會）", "各企業科協", "高校科協", "經開區科協", "機關各部室及直屬事業單位"],
    date="2022-07-18", enclosed_title="長治市科學技術協會2022年工作要點",
    alternatives={"doc_type": ["plan"], "enclosed_title": ["長治市學技術2022年工作要點"]},
    outline=[
        it("1", "一、", 1, "切實履行橋梁和紐帶職責，在團結凝聚科技工作者上作出新實踐"),
        it("1.1", "1、", 3, "組織開展迎接學習宣傳黨的二十大系列活動"),
        it("1.2", "2、", 3, "大力弘揚科學家精神"),
    ],
    notes=[
        "Source: a mirror (9zem.com) of a city government portal's 科协 计划规划 page (its path keeps …/czskxjsxh/…/jhgh/) in traditional characters: 主送, the 印制下发 sentence, the association's name and the date each pushed right by a run of '?' (lost non-breaking spaces), the 工作要點's title broken and missing characters (長治市學技術 / 2022年工作要點), the preamble, 一、 with 1、 2、; cut inside 2、. No headline, no 字號.",
        "title: none (null). date: the signature's 2022年7月18日; the '?' runs are damage, not text. enclosed_title: the 要點 as the notice names it in 《》 (the damaged title line accepted).",
        "recipients split on 、 and ， outside brackets: 市直各學會(協會、研究會) stays whole.",
        "1、 2、 directly under 一、: level 3 (ids 1.1, 1.2); headings end at the first 。. The 要點's items name no responsible body in what the copy holds.",
    ]))

write(doc("gwyoo-dazu-science-week-plan.txt",
    doc_type="plan", title="科技活动周实施方案",
    outline=[
        it("1", "一、", 1, "指导思想"),
        it("2", "二、", 1, "基本原则"),
        it("3", "三、", 1, "活动主题"),
        it("4", "四、", 1, "活动内容及日程安排"),
        it("4.1", "（一）", 2, "举行开幕式"),
        it("4.1.1", "1.", 3, "“科技创新”主题活动"),
        it("4.1.2", "2.", 3, "“科技兴农”主题活动"),
        it("4.1.3", "3.", 3, "“民主与法制”主题活动"),
        it("4.1.4", "4.", 3, "“保护环境、爱我家园”主题活动"),
        it("4.1.5", "5.", 3, "“公平诚信”主题活动"),
        it("4.1.6", "6.", 3, "“珍爱生命”主题活动"),
    ],
    notes=[
        "Source: an essay site's copy (gwyoo.com) of a county's 科技活动周 plan (大足, its year and meeting names starred out: **年, 党的**大): the title, the site's 时间 line (2022, the upload's) and 导语, the title again, 一、–四、 with (一) and six themed activities 1.–6., each followed by a 主办单位: line and a 内容: line; cut inside 6.'s 主办单位 line.",
        "主办单位: is not one of the spec's responsibility labels (yhwg8's 主辦: precedent): the six activities carry no responsibility, although each names a county bureau.",
        "Each activity's heading is its whole line (no stop). 四、's dates (**年5月17日…5月22日) and (一)'s 5月16日上午9:00时 are the programme's: no deadline, no time_hint on a heading that is not a time label. No issuer, no date, no references (《科学普及法》 has no 字号).",
    ]))

write(doc("fpldtrp-2016-three-to-countryside-tech-plan.txt",
    doc_type="plan", title=fw("科技“三下鄉(xiāng)”活動實施方案"),
    alternatives={"title": ["科技“三下鄉”活動實施方案"]},
    outline=[
        it("1", "一、", 1, fw("指導(dǎo)思想")),
        it("2", "二、", 1, fw("活動內(nèi)容")),
        it("2.1", "（一）", 2, fw("開展科技下鄉(xiāng),服務(wù)三農(nóng)活動")),
    ],
    notes=[
        "Source: an essay site's copy (fpldtrp.com) of a county's 2016 科技“三下鄉” plan in traditional characters with pinyin glosses: the title, the site's 時間 line (2022) and 導語, the title again, 一、二、 with a 活動內容: label line and (一); cut mid-word (農().",
        "Glosses kept as written (gloss-free title accepted). 二、's '活動內容:' line repeats the heading as a label: no item. (一)'s heading is its whole line; the comma is no stop.",
        "No body is given any of the work (組織廣大科技工作者… names no actor): no responsibility. No issuer, no date.",
    ]))

write(doc("wnwk-2023-county-association-work-plan.txt",
    doc_type="plan", title="2023年全县科协工作方案3篇",
    alternatives={"title": ["2023年全县科协工作方案", None]},
    outline=[
        it("1", "一、", 1, "认真贯彻落实党的十九大和十九届三中全会精神，扎实开展群众路线教育实践活动"),
        it("1.1", "1、", 3, "深入学习宣传贯彻党的十九大和十九届三中全会精神"),
        it("1.2", "2、", 3, "扎实开展以“为民务实清廉为主要内容的党的群众路线教育实践活动"),
        it("2", "二、", 1, "围绕科学素质目标，加大重点人群科普力度"),
        it("2.3", "3、", 3, "创新工作方法，全心为民效劳"),
        it("2.4", "4、", 3, "关爱留守儿童，开展“科普大篷车"),
    ],
    notes=[
        "Source: a document site's preview (m.wnwk.com) of a county association's 2023 plan: the site cuts the text into chunks numbered 1、 2、 3、 at the start of each line, mid-sentence (…首要政治 / 2、任务。); inside, the plan's own 一、二、 and 1、–4、 run on in one paragraph per chunk. The first chunk opens with the collection's title (2023年全县科协工作方案3篇 第一篇). Cut inside 4、.",
        "The chunk numbers at line starts are the site's (taowenge precedent): no items, and the sentence they cut is joined (首要政治任务). The plan's 1、–4、 run on after 一、/二、's headings: separate level-3 items.",
        "title: the collection's title as the copy gives it (without 3篇, or null, accepted). No issuer, no date.",
        "Headings end at the first 。/；/：. 一、 and 二、's headings run to the next item's marker (no stop before 1、/3、). The plan numbers its points on across sections (3、 4、 under 二、): ids keep the written numbers (2.3, 2.4), which stay unique; the scorer matches by level, marker and heading.",
        "二、3、's 发挥好全民科学素质领导小组办公室牵头协调作用 describes the office's remit, not an assignment (cast-2022 precedent): no responsibility. Unbalanced quotes (以“为民务实清廉为主要内容…) are kept as written.",
    ]))

V = "cornels-district-tech-volunteer-team-plan.txt"
write(doc(V,
    doc_type="plan", title=fw("科技志愿隊伍的組建方案"),
    outline=[
        it("1", "一、", 1, sentence(V, "一、")),
        it("2", "二、", 1, sentence(V, "二、")),
        it("2.1", "1、", 3, sentence(V, "1、")),
    ],
    notes=[
        "Source: a document-sharing site's preview (cornels-photography.com) in traditional characters with pinyin glosses: the site's 下載本文檔/版權說明/文檔簡介 lines, then the whole preview run into one paragraph: the title glued to the preamble (科技志愿隊伍的組建方案為認真貫徹…), 一、 and 二、 glued to their text with no stop after the heading word (一、目的意義開展…, 二、隊伍組建科技志愿者,是指…), then 1、; cut inside 1、's last sentence.",
        "title: the words before 為認真貫徹, the plan's name (the run-on is the converter's). No issuer, no date (**相關要求 starred).",
        "Headings follow the spec's rule — up to the first 。；： — so 一、 and 二、's headings run through their whole first sentence (目的意義… / 隊伍組建…), the heading word and the text being glued together; glosses kept as written.",
        "二、1、's 由區科技局局長兼任 / 由…主任兼任 fill the team's posts with officials by role: no responsibility for the item's work; 區科技局與區直各部門…聯合成立 names actors without 由/負責/牽頭: none.",
    ]))

write(doc("zjhu-2012-popsci-essay-works-forwarding.html",
    doc_type="notice", recipients=["各有关学院和部门"],
    references=["国科政函〔2012〕9号", "国科办函政〔2012〕142号"],
    enclosed_title="关于开展国家科普能力建设征文活动的通知",
    alternatives={"enclosed_title": ["关于推荐全国科普优秀作品的通知", None], "issuer": ["湖州师范学院"],
                  "contact": [{"name": "魏嵘", "phone": None, "email": None}]},
    notes=[
        "Source: a university's page (zjhu.edu.cn) of its research office's 转发 note: the stored text is 主送, one paragraph and the 附件 line — no headline, no signature, no date. Rebuilt as HTML around the stored text (the page title is the office's).",
        "title, issuer, date: none in the copy (null). references: the two ministry notices' 字号 as cited ([] written 〔〕), in order.",
        "enclosed_title: the note forwards two notices; the first named (the second, or null, accepted).",
        "contact: 报送校科技处517室魏嵘 names where to hand in, not a 联系人 label, and the e-mail is cut (wrong@): null (魏嵘 accepted). The 4月24日前 date closes the whole call: no item, no deadline.",
    ]))

write(doc("freewechat-2022-2-cast-party-work-points-notice.txt",
    doc_type="notice", issuer="中国科协", doc_number="科协发智字〔2022〕2号",
    title="中国科协关于印发《中国科协党组2022年工作要点》的通知",
    recipients=["各全国学会", "协会", "研究会", "各省", "自治区", "直辖市科协", "新疆生产建设兵团科协"],
    date="2022-01-29", enclosed_title="中国科协党组2022年工作要点",
    notes=[
        "Source: a WeChat-archive mirror (freewechat.com) of a public account's repost: the archive's 'deleted by the publisher / recovered' lines, the headline, the account name and posting time (科协改革进行时 2022-01-30 14:10), the 字号, 主送, the 印发 sentence, signature and date, the 要点's title and its preamble, cut mid-sentence.",
        "date: the signature's 2022年1月29日; the archive's 2022年1月30日 and the account's 2022-01-30 are the repost's. recipients split mechanically on 、 and ，.",
        "The plans in 《》 (事业发展“十四五”规划, 深化改革重点任务工作方案) carry no 字号: no references. The copy stops before the 要点's first item: no outline.",
    ]))

write(doc("longhui-2020-2-popsci-funds-notice.html",
    doc_type="notice", issuer="隆回县财政局", doc_number="隆财教指〔2020〕2号",
    recipients=["各相关单位"], date="2020-02-20",
    alternatives={"issuer": ["隆回县科学技术协会", "隆回县财政局 隆回县科学技术协会"],
                  "enclosed_title": ["隆回县2020年县本级科普经费安排明细表"]},
    notes=[
        "Source: a county government portal's 资金信息 page (longhui.gov.cn): an index table with mostly empty cells (文件名称, 统一登记号, 索引号, 发文编号 隆财教指〔2020〕2号, 公开目录…), then 主送, one paragraph, the 附件 line, the two issuers on one line, the date with stray spaces (2020年 2月 20日), and the attached 明细表 as a table (序号/项目名称/项目内容/项目实施单位/计划经费/备注), cut in row 7.",
        "doc_number: from the index table's 发文编号 cell (the body has none). title: the copy stores none (null). issuer: the joint signature's first body (the association, or both, accepted). date: the signature's, spaces removed.",
        "enclosed_title: the notice hands down money 详见附表, not a titled plan: null (the 明细表's title accepted). The 明细表 is an attachment: its 序号 1–7 and the 1、2、3、 inside its cells are no outline items, and its 项目实施单位 column is no responsibility label. '本年度科普项目实施由县科协统一组织' is prose in the notice's only paragraph, not an item: no outline, so nowhere to put it.",
    ]))

write(doc("sdfengxin-2009-city-popsci-festival-opinions-group.txt",
    doc_type="plan",
    alternatives={"title": ["市科協科普教育實施意見"]},
    leading_group={"name": "2009年*市第四屆科普節領導小組", "heads": [], "deputies": [], "members": [], "office": "市科協"},
    outline=[
        it("1", "一、", 1, "指導思想"),
        it("2", "二、", 1, "活動主題"),
        it("3", "三、", 1, "活動時間", time_hint="2009年11月14日至11月16日"),
        it("4", "四、", 1, "舉辦單位", resp=pu("市經貿局", "教體局", "科技局", "*局", "農業局", "林業局", "行政執法局", "衛生局",
                                             "人口計生局", "食品藥品監管局", "*日報社", "廣電臺", "吳寧街道", "虎鹿鎮")),
        it("5", "五、", 1, "活動內容"),
        it("5.1", "1、", 3, "開幕式暨廣場大型科普宣傳咨詢服務活動"),
        it("5.2", "2、", 3, "青少年科技活動"),
        it("5.3", "3、", 3, "科普惠農活動"),
        it("5.4", "4、", 3, "專題科技報告會"),
        it("6", "六、", 1, "組織領導"),
    ],
    notes=[
        "Source: an essay site's copy (sdfengxin.cn) of a city association's 2009 科普節 plan in traditional characters, the city and its leaders starred out (*市, 組長:*): the site's 前言 sentence naming the piece (市科協科普教育實施意見范文), then 一、–六、 with 1、–4、 in 五、; cut inside 六、 after the office's director.",
        "title: the copy has no title line; the site's 前言 names the piece (accepted; null given). No issuer, no date.",
        "leading_group: 六、 sets up “2009年*市第四屆科普節領導小組” (name as written, starred city): 組長:* / 副組長:* / 成員:*(市委辦)… — every name is a star, so no people are listed (oriental01 precedent: a group with no names, not null). office: 辦公室設在市科協. 張正望 directs the office: no field of the spec holds an office director.",
        "四、: 協辦單位 is the spec's 协办 label → partner_units, starred entries kept as written (*局, *日報社); 主辦單位 is no label: no lead. 五、's 項目責任單位及責任人等詳見附表 points to a table the copy does not hold: no responsibility.",
        "二、's and 三、's headings end at the colon (活動主題：人文*…); 三、's dates are the festival's: time_hint.",
    ]))

write(doc("xiaoxiaotong-2014-14-youth-innovation-contest-notice.html",
    doc_type="notice", doc_number="科协青发〔2014〕14号",
    title="关于举办第二十九届全国青少年科技创新大赛的通知",
    recipients=["各省", "自治区", "直辖市", "新疆生产建设兵团科协", "总政干部部干部福利局", "香港新一代文化协会", "澳门教育暨青年局"],
    date="2014-03-04",
    alternatives={"issuer": ["中国科协", "中国科学技术协会"], "date": [None]},
    outline=[
        it("1", "一、", 1, "主题和内容"),
        it("2", "二、", 1, "时间和地点", time_hint="2014年7月底"),
        it("3", "三、", 1, "方法步骤"),
    ],
    notes=[
        "Source: the 全国青少年科技创新大赛's own site (xiaoxiaotong.org, run for 中国科协) in its Shanxi section: the headline, a 本文发布于/来源 line with an empty 来源, the title and the 字号 again centred with runs of spaces, 主送, 一、二、三、; cut inside 三、's 第三阶段. Rebuilt as HTML around the stored text.",
        "issuer: no signature and no header name survive (null; 中国科协, whose 字号 it is, accepted). date: no dateline, the page's 本文发布于 (null accepted).",
        "recipients split on 、 and ，: 新疆生产建设兵团科协 and the three other bodies after the 、-list of provinces.",
        "第一阶段/第二阶段/第三阶段 are no numbered markers of the spec: not items. 第一阶段's '2014年4月10日前' ends a phase of 三、's process, not 三、 itself: no deadline. 二、's 2014年7月底 is a time_hint. The URL's colon and dots stay half-width.",
    ]))

write(doc("wnast-2017-baishui-association-work-meeting-news.html",
    doc_type="news", title="白水县科协召开2017年科协工作会", date="2017-03-02",
    alternatives={"date": ["2017-03-01"], "issuer": ["白水县科协"]},
    notes=[
        "Source: a city science site (wnast.com, 渭南科普网) page of a county association's work meeting: the headline, a 来源:未知/编辑 line with the date glued to the site's name (渭南科普网2017-03-02 16:10), three indented paragraphs, the writer in brackets, a (责任编辑:admin) line. Rebuilt as HTML around the stored text.",
        "date: the page's 2017-03-02 (the meeting's 3月1日 accepted). issuer: a news report (the writer's body accepted).",
        "The 通知 read out in 《》 has no 字号: no references. No numbered items (五个方面 are not numbered).",
    ]))

write(doc("weishan-2019-association-congress-news.html",
    doc_type="news", title="县科协第五次代表大会召开", date="2019-07-20",
    alternatives={"date": [None]},
    notes=[
        "Source: a county government portal's news page (weishan.gov.cn) of the county association's fifth congress: the headline inside table cells with empty rows of '|' (a layout table flattened), one long paragraph, cut mid-sentence. Rebuilt as HTML around the stored text.",
        "date: no page date was stored; the report's 7月20日 with the year from the text (向新中国成立70周年献礼; 2019): 2019-07-20 (null accepted).",
        "The report in 《》 has no 字号: no references. No numbered items.",
    ]))
