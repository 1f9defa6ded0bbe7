"""Hand-made reference parses for the twenty-third held-out set (tools/held_out_23.txt): twelve public pages found with the
search tool for angles the earlier sets left alone (science bureaus' 科技特派员 notices, a provincial association's 科技馆
statistics notice, veteran scientists' associations' 转发/印发 notices of their summaries and reports, a provincial youth contest's
rules, a school's contest notice, three county news pages on rural technical associations and a youth contest), two in
traditional characters with a converter's pinyin glosses. Each block was written by reading the document against
parse-format.md; the reader was not run on any of them. Writes ../gold/<stem>.json."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_gold import doc, it  # noqa: E402  (importing make_gold rewrites the first corpus's gold: the same files)
from make_gold_held_out_2 import write, lu, dep, fw  # noqa: E402  (marks the gold found; rewrites the second set's: the same files)


def ct(name, phone=None, email=None):
    return {"name": name, "phone": phone, "email": email}


write(doc("bangfu-2021-bengbu-tech-commissioner-selection-notice.txt",
    doc_type="notice", issuer="蚌埠市科学技术局", recipients=["各县（区）科技局", "有关单位"], date="2021-01-18",
    contact=ct("李帆 顾春笑", "2046546"),
    alternatives={"contact": [ct("李帆、顾春笑", "2046546"), ct("李帆", "2046546")]},
    outline=[
        it("1", "一、", 1, "选派重点"),
        it("2", "二、", 1, "选派要求"),
        it("2.1", "1、", 3, "各县（区）科技局组织辖区内科技特派员的选派工作，选派人员名单以正式文件下发，并报市科技局农村与社会发展科技科备案"),
        it("2.2", "2、", 3, "结对帮扶村的科技特派员，需要与帮扶村签订帮扶协议（延派人员在上一年度绩效考核中达到合格以上等次）"),
        it("3", "三、", 1, "选派时间", deadline="2021-01-30"),
    ],
    notes=[
        "Source: a city science bureau's notice copied by a service platform (bangfu.kjzxfw.com): no headline stored, 主送, a paragraph, 一、–三、 each on its own line with blank lines holding a space between, 二、's 1、2、, 联系人 with two names, 附件, the signature and the dateline pushed right by spaces. Stored as txt.",
        "title null (the copy starts at 主送). issuer: the signature 蚌埠市科学技术局. date: 2021年1月18日.",
        "contact: 联系人:李帆 顾春笑 kept as written (two people separated by a space); with 、 or the first name alone accepted. 联系电话 2046546 (a local number).",
        "二、1、 ends at its ； (the first of the spec's stops). 1、 says the county bureaus 组织 the selection: an action of the recipients, not a 负责/牵头 assignment: no responsibility.",
        "三、's heading is 选派时间; its body asks for the files 于2021年1月30日前 → the item's deadline 2021-01-30 (it sits inside the item, not in a closing line). The 2021年1月—2022年1月 period is the selection's term, not a cue for the item: no time_hint.",
    ]))

write(doc("0596fc-2025-zhangzhou-tech-commissioner-adjustment-notice.txt",
    doc_type="notice", issuer="漳州市科技特派员工作联席会议办公室",
    recipients=["各市科技特派员工作联席会议成员单位", "各县（区）", "开发区（投资区、高新区）科技主管部门"],
    date="2025-03-27",
    alternatives={"issuer": ["漳州市科学技术局"],
                  "recipients": [["各市科技特派员工作联席会议成员单位", "各县（区）、开发区（投资区、高新区）科技主管部门"]]},
    notes=[
        "Source: a local portal's copy (0596fc.cn) of a city joint-meeting office's notice adjusting its science commissioners: no headline stored, 主送, two paragraphs, 附件, the office's signature, (漳州市科学技术局代章) and the dateline. Stored as txt.",
        "issuer: the signing office; the bureau whose seal stands in (代章) accepted. title null. date 2025年3月27日.",
        "recipients: split on ， and on the 、 outside brackets: 各县（区） / 开发区（投资区、高新区）科技主管部门 (the bracket's 、 kept); the pair left whole accepted.",
        "其中:不再保留4名,新选派4名 is a count, not an item; no numbered items. The 附件 title is not a reference.",
    ]))

write(doc("87jd-2021-hefei-commissioner-station-recognition-notice.txt",
    doc_type="notice", recipients=[fw("各縣(市)區(qū)科技局")], date="2021-07-09",
    references=["合科〔2020〕71號"], contact=ct("尹祥", "0551-63538655"),
    alternatives={"issuer": ["合肥市科學技術局", "合肥市科技局"], "recipients": [["各縣（市）區科技局"]]},
    outline=[
        it("1", "一、", 1, "申報主體"),
        it("2", "二、", 1, "申報要求"),
        it("3", "三、", 1, "申報時間", time_hint="7月12日—8月11日"),
        it("4", "四、", 1, "申報程序"),
        it("4.1", "1.", 3, fw("申報單位根據(jù)本通知,認(rèn)真填寫《合肥市科技特派員工作站認(rèn)定申報書》(附件3),連同相關(guān)紙質(zhì)證明材料一式2份裝訂成冊,向所在地縣(市)區(qū)科技局報送")),
        it("4.2", "2.", 3, fw("縣(市)區(qū)科技局受理審查后,結(jié)合所在地域、產(chǎn)業(yè)特色擇優(yōu)推薦"), deadline="2021-08-13"),
    ],
    notes=[
        "Source: a content page (87jd.cn) holding a city science bureau's notice converted to traditional characters by a tool that adds the pinyin of some characters in brackets (區(qū), 規(guī)定 …): 主送, a paragraph, 一、–四、, 四、's 1.–2., 聯(lián)系人/電話 on one line, three 附件 lines and the dateline; no headline, no signature. Stored as txt.",
        "The glosses are kept as written and their brackets made full-width like any half-width punctuation in Chinese text (區（qū）); recipients without the gloss, or in simplified characters, accepted. issuer: no signature; the body names only 市科技局 (the city's bureau accepted).",
        "references: 合科〔2020〕71號 (號 as written). contact: 尹祥, 0551-63538655 (the labels on one line).",
        "三、's body is 7月12日—8月11日: the item's window, kept as time_hint (as the seventeenth set's 活动时间 5月下旬). 四、2.'s second sentence 于8月13日前…報市科技局 → deadline 2021-08-13 (the document's year).",
        "The 附件1–3 lines are the attachment list: not outline. The 縣（市）區科技局 that 受理審查 in 2. act as recipients, not as bodies answering for the item: no responsibility.",
    ]))

write(doc("cqdmjy-2025-1-science-museum-statistics-notice.txt",
    doc_type="notice", doc_number=fw("新科協(xié)辦函字〔2025〕1號"),
    title=fw("關于開展2024年度科技館數(shù)據(jù)統(tǒng)計及報送科技館免費開放有關材料的通知"),
    recipients=["各地", "州", fw("市科協(xié)")], references=[fw("科協(xié)辦函普字〔2024〕90號")],
    alternatives={"recipients": [[fw("各地、州、市科協(xié)")], ["各地", "州", "市科協"]]},
    outline=[
        it("1", "一、", 1, "報送內容"),
        it("1.1", "（一）", 2, fw("科技館體系2024年度基礎數(shù)據(jù)由各地、州、市科協(xié)組織本地所有建成開放科技館(含納入2024年度全國科技館免費開放范圍的單位)登錄“科技館體系數(shù)據(jù)采集系統(tǒng)”") + "（https://sjcj.cdstm..."),
    ],
    notes=[
        "Source: a listing page (cqdmjy.com) whose stored copy holds a regional association's notice in traditional characters with pinyin glosses (數(shù)據(jù), 協(xié)): the title on one line, then the 字号, 主送, the opening paragraph, 一、 and （一） all run together on one line, cut inside a URL by the site's ‘...’. Stored as txt.",
        "doc_number 新科協（xié）辦函字〔2025〕1號 (the gloss kept, its brackets full-width as elsewhere in Chinese text); it runs straight into 主送 with no break. issuer: not named (新科協 is an abbreviation in the 字号): null. No date survives.",
        "recipients: 各地、州、市科協 split on 、 as the spec says (三 entries; the phrase whole, or without the gloss, accepted). references: the cited 科協辦函普字〔2024〕90號 (with its gloss).",
        "一、報送內容 and （一） run together on one line: separate items; 一、's heading ends where （一） begins. （一）'s heading runs to the cut (no 。；： before it; the URL's colon is no Chinese punctuation), the site's ‘...’ kept.",
    ]))

write(doc("hblkx-2021-hebei-veteran-association-forwarding.html",
    doc_type="notice", issuer="河北省老科学技术工作者协会",
    title="关于转发《中国老科协2020年工作总结和2021年工作安排》的通知",
    recipients=["各设区市老科协和定州市", "辛集市老科协", "省老科协各直属分会"], date="2021-01-13",
    enclosed_title="中国老科协2020年工作总结和2021年工作安排",
    alternatives={"recipients": [["各设区市老科协和定州市、辛集市老科协", "省老科协各直属分会"]],
                  "enclosed_title": ["关于印发《中国老科协2020年工作总结和2021年工作安排》的通知"],
                  "date": ["2021-01-22"]},
    notes=[
        "Source: a provincial veteran scientists' association's site (hblkx.xiaoxiaotong.org): 主办单位 line, the headline, 发布时间/来源, then the 转发 notice (title again, 主送 without its colon, one paragraph, signature, date), the national association's 印发 notice (title, 主送, paragraph, signature 2020年12月31日) and the start of the enclosed 工作总结和工作安排 (subtitle in brackets, 各位理事, 关于2020年的主要工作 without number), cut mid-sentence. Rebuilt as HTML around the stored text.",
        "The header fields are the 转发 notice's (the first document): its signature, its date 2021年1月13日 (the page's 发布时间 2021-01-22 accepted), its 主送 split on 、 and ， (各设区市老科协和定州市 / 辛集市老科协: the 和 does not split; the first two whole accepted). The forwarded notice's 主送 and date are not the document's.",
        "enclosed_title: the work summary named in the title's 《》 (the forwarded 印发 notice's own title accepted: the page forwards that notice).",
        "No numbered items in the copy (关于2020年的主要工作 has no marker). The 《河北省老科协2020年工作报告和2021年工作安排》 cited in the body has no 字号: no references.",
    ]))

write(doc("qzslkx-2022-1-quanzhou-veteran-summary-issuing-notice.html",
    doc_type="notice", issuer="泉州市老科技工作者协会", doc_number="泉老科协〔2022〕1号",
    title="泉州市老科技工作者协会关于印发《泉州市老科技工作者协会2021年工作总结及2022年工作意见》的通知",
    recipients=["各县（市、区）老科协", "市属各分会专委会"], date="2022-02-11",
    enclosed_title="泉州市老科技工作者协会2021年工作总结及2022年工作意见",
    alternatives={"doc_number": ["泉老科协〔2022〕1"],
                  "enclosed_title": ["泉州市老科协2021年工作总结2022年工作计划"]},
    outline=[
        it("1", "一、", 1, "加强老科协政治思想与组织建设"),
        it("1.1", "1.", 3, "兼合式党支部积极开展党内活动，不忘初心加强政治思想建设"),
    ],
    notes=[
        "Source: a city veteran scientists' association's site (qzslkx.com): 栏目导航, 公告通知, the headline, 发布时间/来源/作者/阅读 line, the title again, a 字号 that lost its 号 (泉老科协[2022]1), 主送, one paragraph, the signature and a dateline whose characters were lost (2022211 for 2022年2月11日), then the enclosed summary under its own heading (…工作总结2022年工作计划), its 一、 and 1., cut mid-word. Rebuilt as HTML around the stored text.",
        "doc_number: [2022] → 〔2022〕, the lost 号 restored (as written, without 号, accepted). date: 2022211 read as 2022年2月11日, the page's 发布时间 the same day.",
        "recipients: 各县(市、区)老科协 whole (its 、 inside brackets), 市属各分会专委会 whole (no separator between 分会 and 专委会).",
        "enclosed_title: the plan as the title and body name it in 《》; the enclosed text's own heading (…工作总结2022年工作计划, worded otherwise) accepted.",
        "The enclosed summary's items belong to the document: 一、 (level 1) and 1. (level 3), heading to line end. 市属各分会、专委会和县(市、区)老科协 are asked to draw up plans: recipients' action, no responsibility.",
    ]))

write(doc("xiaoxiaotong-2024-veteran-association-council-report.txt",
    doc_type="notice", issuer="中国老科学技术工作者协会",
    recipients=["各省", "自治区", "直辖市老科协", "中国老科协各专门委员会", "各分会", "各企事业单位老科协"],
    date="2024-01-29", enclosed_title="中国老科学技术工作者协会第七届理事会2023年工作报告",
    alternatives={"doc_type": ["summary"], "title": ["中国老科学技术工作者协会第七届理事会2023年工作报告"]},
    outline=[
        it("1", "一、", 1, "坚持党的领导，加强思想政治引领"),
    ],
    notes=[
        "Source: a national youth-science site (xiaoxiaotong.org) carrying the national veteran scientists' association's 印发 notice of its council's 2023 work report, stored from 主送 (no headline): 主送, one paragraph, signature, a dateline with spaces (2024 年 1 月 29 日), the report's heading, the reporting president's line (会长 李学勇), 各位理事、各位同志, an introduction, an unnumbered 2023 年工作 heading, 一、 and its paragraph, cut mid-sentence. Stored as txt.",
        "doc_type notice: a 印发 notice wrapping the report (summary, for the report it carries, accepted). title null: the notice's own title was not stored (the report's heading accepted).",
        "date: 2024 年 1 月 29 日, spaces removed. enclosed_title: the report's name with its stray spaces removed (第七届理事会 2023 年工作报告 → …2023年工作报告).",
        "recipients: 各省、自治区、直辖市老科协 gives three entries, 中国老科协各专门委员会、各分会 two, then 各企事业单位老科协.",
        "会长 李学勇 is the person delivering the report, not a 签发人: no signer. 2023 年工作 has no marker: the outline has only 一、.",
    ]))

write(doc("xiaoxiaotong-2007-shanxi-youth-innovation-contest-rules.html",
    doc_type="regulation", title="第二十三届山西省青少年科技创新大赛规则",
    alternatives={"title": ["第二十三届山西省青少年科技创新大赛规则（2007年12月修订）"], "date": ["2007-12-01"]},
    outline=[
        it("1", "第一章", 1, "山西省青少年科技创新大赛概述"),
        it("2", "一、", 1, "宗旨"),
        it("3", "二、", 1, "组织机构", resp=lu("举办市科学技术协会")),
        it("4", "三、", 1, "举办时间和地点", time_hint="每年的4月份"),
        it("5", "四、", 1, "活动内容"),
    ],
    notes=[
        "Source: a national youth-science site's file page (xiaoxiaotong.org): a row of province names, 站内搜索 labels, links, the 当前位置 path, the rules' heading (with (2007年12月修订) in the page title and on its own line), 第一章 with its name after spaces, a paragraph, then 一、–四、 under the chapter (some headings after a <br> inside the previous paragraph), cut at 竞赛活动. Rebuilt as HTML around the stored text.",
        "doc_type regulation (规则 of a contest). title: the heading without the revision note (with it accepted). No issuer, no date: the revision note gives only a month (2007-12-01 accepted).",
        "第一章 is level 1; the 一、 headings under it are level 1 too (the spec's level for 一、), siblings of the chapter with ids 2–5, as the fifth set's 第一章/一、 rules were read.",
        "二、组织机构: 主办单位 is no spec label; 承办单位:举办市科学技术协会及其它相关机构 → lead_units (承办单位 are lead units), the vague tail 及其它相关机构 dropped. 组委会办公室设在… is a committee's office, not a 领导小组: no leading_group.",
        "三、: 每年举办一届，时间为每年的4月份 → time_hint 每年的4月份 (a recurring time, no deadline).",
    ]))

write(doc("chuannan-2019-district-rural-tech-association-founding-news.txt",
    doc_type="news",
    alternatives={"date": ["2019-11-08"]},
    notes=[
        "Source: a local news site's page (chuannan.cn/nongye/20191111_…) on a district's federation of rural technical associations (农技协联合会) being founded: no headline stored, one run of text with paragraphs joined by a space, ending in 文/图:陈涛 |. Stored as txt.",
        "date: the dateline 11月8日 has no year in the copy (the address's 20191111 is not the document): null (2019-11-08 accepted). title null, no issuer (a news report). No numbered items.",
    ]))

write(doc("kczg-2022-fanchang-rural-tech-association-forum-news.txt",
    doc_type="news", title="繁昌区科协召开农技协工作座谈会", date="2022-07-20",
    alternatives={"date": ["2022-07-05"], "issuer": ["繁昌区科协"]},
    notes=[
        "Source: the national association's 科创中国 site (kczg.org.cn) carrying a district association's report of a meeting with rural technical associations: headline, 发布时间, five paragraphs, 来源:繁昌区科协, two copyright lines. Stored as txt.",
        "date: the page's 发布时间 2022-07-20 (the meeting's 7月5日 with the page's year accepted). issuer null: a news report; 来源 names the district association (accepted).",
        "The meeting's demands are run in prose with ；: no numbered items. The copyright line's 京ICP备16016202号-20 is a site licence, not a document number: no references.",
    ]))

write(doc("njfadianji-2018-county-youth-innovation-contest-news.txt",
    doc_type="news", title="全椒县2018年青少年科技创新大赛落下帷幕", date="2018-11-13",
    alternatives={"issuer": ["全椒县科协"]},
    notes=[
        "Source: a local site's page (njfadianji.com) of a county association's report on its youth innovation contest: headline, 作者/来源/发布时间 line, two paragraphs, | and 【打印本页】. Stored as txt.",
        "date: 发布时间 2018-11-13 (its time dropped). issuer null (来源 全椒县科协 accepted).",
        "第一阶段/第二阶段 are phases told in prose, not markers: no outline. The county's joint 通报表彰 is mentioned without title or 字号.",
    ]))

write(doc("360docs-tianshui-school-innovation-contest-notice.txt",
    doc_type="notice", title="关于参加天水市科技创新大赛的通知", recipients=["高二级各班主任", "各班团支部"],
    alternatives={"title": ["青少年科技创新大赛的通知"]},
    outline=[
        it("1", "一、", 1, "宗旨和内容"),
        it("1.1", "1、", 3, "宗旨"),
        it("1.2", "2、", 3, "内容"),
        it("1.3", "3、", 3, "作品具体内容即形式"),
        it("2", "二、", 1, "活动主题"),
        it("3", "三、", 1, "参赛班级和时间安排", time_hint="11月12日之前"),
        it("4", "四、", 1, "作品申报要求"),
        it("4.1", "1、", 3, "学生作品要坚持“三自原则”（自己选题、自己设计和研究、自己制作和撰写）和“三性原则”（科学性、先进性、实用性），同时要切合青少年创新能力和研究水平"),
        it("4.2", "2、", 3, "优秀科技实践活动及研究课题要以集体为单位申报，应具备五个方面"),
        it("4.2.1", "（1）", 4, "明确的选题目的"),
        it("4.2.2", "（2）", 4, "完整的实施过程"),
        it("4.2.3", "（3）", 4, "完整的原始材料"),
        it("4.2.4", "（4）", 4, "确切的实施结果"),
        it("4.2.5", "（5）", 4, "实际收获和体会"),
        it("4.3", "3、", 3, "科幻绘画作品画幅规格为4开（宽54cm，高38cm），申报时需上报科幻画的电子版"),
        it("5", "五、", 1, "其它具体事宜"),
        it("5.1", "1、", 3, "高二级每班至少上交2—3副参赛作品"),
        it("5.2", "2、", 3, "由团支部组织、动员、征稿、上报，由", resp=dep("团支部")),
    ],
    notes=[
        "Source: a document-sharing site's page (360docs.net) whose stored copy starts with its collection headline (青少年科技创新大赛的通知), 合集下载, the school's notice title three times, the third running into 主送, then the notice: 一、–五、 with their 1、2、3、 often on the same line after a colon, 四、2、's (1)–(5) inline, cut in 五、2、. Stored as txt.",
        "title: the notice's own title (the site's collection headline accepted). No issuer (我校, no signature), no date, no year anywhere.",
        "recipients: 高二级各班主任、各班团支部 split on 、.",
        "Items run together after a colon (一、宗旨和内容:1、宗旨:…) are separate items; headings end at the first ：. 四、2、's inline (1)–(5) are level 4 under it.",
        "三、: 在11月12日之前…上交 has no year to date it: no deadline, time_hint (as the seventeenth set's 9月18日). The cited 天水市科协 notice has no 字号: no references.",
        "五、2、 由团支部组织、动员、征稿、上报 assigns the task in prose (由…): the class 团支部 are the school's own bodies → departments. 三、's 由学校组织评选 names the issuer itself: no responsibility.",
    ]))
