"""Hand-made reference parses for the thirty-seventh held-out set (tools/held_out_37.txt): twelve public pages found with the
search tool for provincial and national 科协 bodies and their departments (科普部, 国际联络部/国际部) and the government
departments that work with them (科技厅, 农业厅, with the 科技部's joint commendation): five notices and decisions stored as
the document body alone (three .docx: a provincial association office's 转发 of a national 科普部 call with two contacts and four
items with deadlines, the national 科普部's call to add demonstration counties with 一、/二、 and (一)–(三), the joint 表彰 decision
of 科技部/中央宣传部/中国科协 from its 字号 to its call; two .pdf: a provincial science department's one-paragraph survey notice with
contact and attachment, a provincial agriculture department office's 印发 notice of an activity plan), a provincial association's
glossed traditional call for youth contest works, and six news pages (a city association's 国际联络部 meeting, a provincial
association's 外事 award, a provincial 纲要办's farmers' literacy plan in a daily, a city association's 科普日 preparations with a
cited 字号, a city association's plenary under a portal's footer lines, a city association's work meeting with 一要/二要/三要).
Each block was written by reading the document against parse-format.md; the reader was not run on any of them.
Writes ../gold/<stem>.json."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_gold import doc, it  # noqa: E402  (importing make_gold rewrites the first corpus's gold: the same files)
from make_gold_held_out_2 import write, fw, head  # noqa: E402  (marks the gold found; rewrites the second set's: the same files)


write(doc("gdast-2022-31-popsci-caravan-forwarding-notice.docx",
    doc_type="notice", issuer="广东省科协办公室", doc_number="粤科协办发〔2022〕31号",
    title="转发中国科协科普部关于申报2023年科普大篷车项目的通知",
    recipients=["各地级以上市科协", "各科普大篷车运营单位"], date="2022-08-02",
    contact={"name": "卢健韵", "phone": "020-28328355", "email": "234750345@qq.com"},
    references=["科协普函础字〔2022〕34号"],
    enclosed_title="中国科协科普部关于申报2023年科普大篷车项目的通知",
    alternatives={"contact.name": ["黄雄飞", "卢健韵、黄雄飞"], "contact.phone": ["020-83547161"], "contact.email": [None]},
    outline=[
        it("1", "一、", 1, "科普大篷车的申报", deadline="2022-08-20"),
        it("2", "二、", 1, "科普大篷车展品更新", deadline="2022-08-20"),
        it("3", "三、", 1, "科普资源征集工作", deadline="2022-08-30"),
        it("4", "四、", 1, "联系方式"),
        it("4.1", "（一）", 2, "广东省科协事业发展中心"),
        it("4.2", "（二）", 2, "广东省科协科普部"),
    ],
    notes=[
        "Source: a mirror of a provincial association's site (jacobosuarezdetangil.com, path kyguanwangmanbetx/tzgg) page of its office's 转发 notice: headline, the 字号, a 阅读: 次 line, 主送, the forwarding sentence with the national notice's 字号, 一、–四、 with (一)(二) under 四、, the signature and date, then 用户登录. Stored as .docx: the title line to the date, the 阅读 line and 用户登录 dropped (text_to_docx.py, one paragraph a line). Punctuation half-width as the copy writes it.",
        "doc_type notice (a 转发 notice); enclosed_title: the forwarded notice's name in 《》; its 字号 科协普函础字〔2022〕34号 is the one reference. issuer: the signature 广东省科协办公室. date: the signature's 2022年8月2日.",
        "Deadlines: 一、 于2022年8月20日前…在线申请, 二、 请于2022年8月20日前填写, 三、 可在2022年8月30日前…报送: each the item's own date. 报送省科协事业发展中心 names where to send, not who does the task: no responsibility.",
        "四、联系方式 holds (一)(二) whose headings are the two bodies' names (level 2). contact: the first block (卢健韵, its phone and mailbox); the second block's 黄雄飞 / 020-83547161 accepted (it gives no mailbox). 地址 is no contact field.",
    ]))

R = "rebyn-2022-3-cast-popsci-demo-counties-supplement-notice.docx"
write(doc(R,
    doc_type="notice", doc_number="科协普函基字〔2022〕3号",
    title=fw("关于增报2021-2025年度第二批全国科普示范县(市、区)创建单位有关事项的通知"),
    recipients=["各省", "自治区", "直辖市科协科普部", "新疆生产建设兵团科协科普部"],
    references=["科协办发普字〔2020〕13号"],
    alternatives={"issuer": ["中国科协科普部"]},
    outline=[
        it("1", "一、", 1, "增报名额"),
        it("2", "二、", 1, "推荐程序"),
        it("2.1", "（一）", 2, "县级申报"),
        it("2.2", "（二）", 2, "市级审核"),
        it("2.3", "（三）", 2, "省级推荐"),
    ],
    notes=[
        "Source: a gambling site's copy (rebyn.com, path htmlnews) of a science-news page carrying the national association's 科普部 notice: the site's banner lines, a 来源/发布时间 line (2022/1/26), 选择字号, the title, the 字号, 主送, the preamble, 一、, 二、 with (一)–(三); the copy stops inside (三) (报送材料包). The site replaced 中国科协 once with its own name (明升官网科协): kept as damaged. Stored as .docx: the title line to the cut, the chrome dropped.",
        "issuer: no signature survives and the text never names the sender (the 字号 科协普函基字 and 主送 各省…科协科普部 point to 中国科协科普部, accepted); null. date null: the page's 2022/1/26 was dropped with the chrome and no 成文日期 survives.",
        "recipients: 各省、自治区、直辖市科协科普部 split on 、 (three entries, as the spec splits mechanically), then 新疆生产建设兵团科协科普部.",
        "references: the cited 科协办发普字〔2020〕13号. Items: 一、增报名额, 二、推荐程序 with (一)县级申报 (二)市级审核 (三)省级推荐 (headings to the line end). The steps say which tier of association does what (市级科协审核, 由省级科协审核, 各省级科协汇总): a description of the procedure for whole classes of bodies, not a task assigned to named units: no responsibility.",
    ]))

write(doc("xxzkw-2020-344-popsci-workers-commendation-decision.docx",
    doc_type="other", doc_number="国科发智〔2020〕344号",
    recipients=["各省", "自治区", fw("直辖市科技厅(委、局)"), "党委宣传部", "科协", "新疆生产建设兵团科技局", "中央",
                "国务院各有关部门", "直属机构", "各有关人民团体", "中央军委政治工作部"],
    alternatives={"issuer": ["科技部", "科技部、中央宣传部、中国科协"], "doc_type": ["notice"]},
    notes=[
        "Source: a news aggregator's copy (xxzkw.net, column caijing) of the joint 表彰 decision: the site's headline (中国科协表彰全国科普先进工作者--深圳市科普教育基地联合会榜上有名) and the same headline with the 字号 appended, 主送, two paragraphs; cut at 附件:全国. Stored as .docx: the 字号 line to the end of the second paragraph (the site's headlines, which are not the decision's title, dropped).",
        "doc_type other: a 表彰 决定 (as most-2010-218 and cdast-2014-1; notice accepted). title null: the decision's own title did not survive (the site's headline is a news tag). issuer: no signature survives; the text names the three deciders in prose (科技部、中央宣传部、中国科协决定…): null preferred, 科技部 (the 国科发 字号's body) or the three accepted. date null.",
        "recipients split on 、 and ， outside brackets, each entry once (党委宣传部 and 科协 recur for 兵团 and are not listed again, as most-2010-218); 直辖市科技厅(委、局) keeps its bracket.",
        "No numbered items; 附件 is cut. The 科学技术普及法 is cited by name only: no references. The copy's odd 作出突出贡献的,深圳市… (a name list cut by the aggregator) is kept as written.",
    ]))

write(doc("gdstc-2022-guangdong-national-projects-survey-notice.pdf",
    doc_type="notice", issuer="省科技厅", recipients=["各有关单位"], date="2022-06-10",
    contact={"name": "钟士岗", "phone": "020-83163876", "email": None},
    alternatives={"issuer": ["广东省科学技术厅", "广东省科技厅"]},
    notes=[
        "Source: a provincial science department's portal (gdstc.gd.gov.cn, zwgk_n/tzgg) page: the copy holds 主送, one paragraph asking for a survey form by 6月17日前, 请予大力支持, the 联系人/电话 line, 附 件 with the form's name, the signature 省科技厅 and the date. Stored as .pdf (made from .docx) with that body as the copy holds it (no title line survives).",
        "title null (the copy has none). issuer: the signature as written, 省科技厅 (the department's full name accepted, though the copy does not write it).",
        "The 6月17日前提交 closes the whole notice: no items, no item deadline. contact: 联系人 and 电话 on one line separated by ，; no mailbox. The 附件 line is no outline.",
    ]))

write(doc("nzgx-2013-hunan-agri-tech-service-plan-issuing.pdf",
    doc_type="notice", issuer="湖南省农业厅办公室",
    recipients=["各市州农业局", "畜牧水产局", "农机局", fw("农垦办(联络部)"), "厅属相关单位"], date="2013-05-27",
    references=["农办科〔2013〕27号"],
    enclosed_title="2013年湖南省农业科技服务“送、带、促”活动方案",
    notes=[
        "Source: a farm-news site's policy column (nzgx.org, 三农专题/新农村/政策法规) copy of a provincial agriculture department office's 印发 notice: 主送, one paragraph (the national 方案's notice with its 字号, the plan's name), the 附件 line naming a .doc, the signature and date, then the site's 评论 line. Stored as .pdf (made from .docx) with 主送 to the date (no title line survives; the 评论 line dropped).",
        "doc_type notice: an 印发 notice whose plan is an attachment (not in the copy). enclosed_title: the plan's name as the text gives it in 《》 (the 附件 line repeats it with .doc). title null.",
        "recipients split on 、 and ， outside brackets: 农垦办(联络部) keeps its bracket. references: 农办科〔2013〕27号, cited as the basis. No items.",
    ]))

F = "foshanbendi-2020-anhui-youth-innovation-contest-works-notice.txt"
write(doc(F,
    doc_type="notice", issuer="安徽省科協", title="安徽省科協關于報送2020年安徽省青少年科技創新大賽作品的通知",
    recipients=["各設區市及省直管縣（市）科協"],
    contact={"name": "徐飛飛", "phone": "0551-62845850", "email": None},
    references=["科協辦發青字〔2020〕2號"],
    alternatives={"issuer": [fw("安徽省科協(xié)"), None],
                  "title": [fw("安徽省科協(xié)關(guān)于報(bào)送2020年安徽省青少年科技創(chuàng)新大賽作品的通知")],
                  "recipients": [[fw("各設(shè)區(qū)市及省直管縣(市)科協(xié)")]],
                  "references": [[fw("科協(xié)辦發(fā)青字〔2020〕2號(hào)")]]},
    outline=[
        it("1", "一、", 1, head(F, "一、")),
        it("2", "二、", 1, head(F, "二、")),
        it("3", "三、", 1, head(F, "三、"), deadline="2020-03-25"),
        it("4", "四、", 1, head(F, "四、")),
    ],
    notes=[
        "Source: a spam site's copy (foshanbendi.com, News/ArticleView) of a provincial association's call in traditional characters with pinyin glosses on many characters (協(xié), 報(bào)): the title, 主送, the preamble citing the national office's notice with its 字号, 一、–四、, the 郵寄地址/聯系人/電話 lines, and 附件 cut mid-word. No signature or date. Stored as txt as returned.",
        "Header fields give the document's words without the glosses (安徽省科協, its title, 主送, the cited 字号; the glossed forms, full-width, accepted), as 12366sw-2025. issuer: the body at the head of the title (null accepted). date null: no signature, date or page day survives.",
        "Items 一、–四、 at level 1, headings to the line end as the page prints them (glosses kept, as the glossed mirrors of earlier sets). 三、's 報送時間為2020年3月16日至3月25日 is the item's window: its end is the deadline 2020-03-25. The site's rewritten URL (castic.foshanbendi.com) is kept as written.",
        "contact: 聯 系 人 with spaces in the label, 徐飛飛; 電 話 0551-62845850; no mailbox. 郵寄地址 is no contact field.",
    ]))

write(doc("saborimports-2021-beijing-foreign-affairs-liaison-meeting-news.txt",
    doc_type="news", title="市科协召开2021年外事联络员工作交流会", date="2021-02-09",
    alternatives={"issuer": ["国际联络部"], "date": ["2021-02-05"]},
    notes=[
        "Source: a copy (saborimports.com, art/2021/2/9) of a city association's page: the headline, a 信息来源/发布时间 line (国际联络部, 2021-02-09), three paragraphs on its 外事联络员 video meeting of 2月5日; cut in a list of planned events. Stored as txt.",
        "date: the 发布时间 2021-02-09 (the meeting's 2月5日 accepted). issuer null: a news report; the 信息来源 names the department that wrote it (accepted).",
        "No numbered items; the speakers and their roles are attendees, not a group; no 字号.",
    ]))

write(doc("jskx-2011-jiangsu-foreign-affairs-commended-news.txt",
    doc_type="news", title="江苏省科协外事工作再获中国科协表彰", date="2011-10-31",
    notes=[
        "Source: a provincial association's own site (jskx.org.cn): the menu line, the path 首页 >> 对外交往 >> 外事管理, a 字体/阅读次数 line, the headline, the date 2011-10-31 on its own line, three paragraphs with a photo caption (“地方科协外事工作先进单位”领奖) between the first two; cut in the third. Stored as txt.",
        "date: the dateline under the headline (the meeting's 10月12-13日 is the event's). issuer null (a report). The caption line is not a heading or an item.",
        "The cited 《关于加强化地方科协外事及港澳台工作的若干意见》(讨论稿) and 《外事动态》 carry no 字号: no references. No numbered items.",
    ]))

write(doc("hljen-2024-heilongjiang-farmers-literacy-plan-news.txt",
    doc_type="news", title="我省发布农民科学素质提升计划", date="2024-04-08",
    alternatives={"title": ["我省发布农民科学素质提升计划明确3个主要原则，实施4个专项行动"]},
    notes=[
        "Source: a provincial economic news portal (hljen.org.cn) copy of a daily's report: the path, the headline, a subheading (明确3个主要原则,实施4个专项行动), a 来源/编辑/time line (2024-04-08 08:58:28), five paragraphs; cut inside the second 专项行动. Stored as txt.",
        "title: the headline (with its subheading joined accepted). date: the page's time 2024-04-08. issuer null: a report about a 联席会议办公室's plan, which the report does not issue.",
        "The 计划's title carries no 字号: no references, enclosed_title null (a report, not an 印发 notice). The actions (实施助力…行动。 实施高素质农民培育行动。) are unnumbered paragraphs: no items.",
    ]))

write(doc("xast-2023-karamay-science-day-preparation-news.txt",
    doc_type="news", references=["新科协办发〔2023〕37号"],
    alternatives={"references": [[]]},
    notes=[
        "Source: a regional association's site (xast.org.cn, info/1151) news item on a city association's 科普日 preparations: four paragraphs, no headline, no page date; cut in the last. Stored as txt.",
        "title null (no headline). date null: 8中旬 (a word lost) and 9月17日至23日 are events of 2023, not a dateline. issuer null.",
        "references: the regional notice's 字号 新科协办发〔2023〕37号 cited in the text (a news item citing it; none accepted). The national 21-department notice and the city's own draft notice carry no 字号. 市科协牵头制定… is a report of what was done, not an item: no outline.",
    ]))

write(doc("oksanjose-2023-songyuan-association-plenary-news.txt",
    doc_type="news", date="2023-02-09",
    alternatives={"date": ["2023-02-08"]},
    notes=[
        "Source: a copy (oksanjose.com, news/show) of a provincial association's site page: the footer lines (吉林省科学技术协会主办, ICP and police record numbers) first, a 来源 line (松原市科协), the time 2023-02-09 14:04:01, four paragraphs on a city association's plenary, a (供稿人…审稿:科普部) line, and 责 cut. No headline stored. Stored as txt.",
        "title null (no headline). date: the page's time 2023-02-09 (the meeting's 2月8日 accepted). issuer null: 吉林省科学技术协会主办 is the site's footer, not an issuer.",
        "The reports and 事项 read at the meeting carry no 字号: no references. 1145, 1133 and the two 行动 are prose: no items. The 主席、副主席调整事项 is no 领导小组.",
    ]))

P = "pdsjgdj-2023-pingdingshan-association-work-meeting-news.txt"
write(doc(P,
    doc_type="news", date="2023-04-13",
    alternatives={"date": [None]},
    outline=[
        it("1", "一要", 5, head(P, "一要")),
        it("2", "二要", 5, head(P, "二要")),
        it("3", "三要", 5, head(P, "三要")),
    ],
    notes=[
        "Source: a city organ-party-building portal (pdsjgdj.gov.cn, contents/14599) news item: four paragraphs on a city association's 2023 work meeting, no headline and no page date; cut inside 三要. Stored as txt.",
        "title null (no headline). date: 4月13日 with the year from 2023年度全市科协系统工作会议 (2023-04-13; null accepted). issuer null.",
        "一要…三要 in the speech are inline items (level 5), as heshui-2024; each heading ends at its 。 or ；, the third where the copy stops. The 条例 and 科普十条 carry no 字号: no references.",
    ]))
