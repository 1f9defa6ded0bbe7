"""Hand-made reference parses for the twenty-seventh held-out set (tools/held_out_27.txt): twelve public pages found with the
search tool for what a 科协 office receives from bodies earlier sets used little (学会, 科技馆, 老科协, 企业科协, 科普基地, county and
provincial associations of the centre and north-east: Hebei, Jilin, Heilongjiang, Liaoning, Henan, Chongqing, with a Sichuan
prefecture's and a national body's pages): seven notices, decisions and regulations (a provincial society's call with two
contacts and a 字号 cited twice, a provincial association's pilot-units notice, a city association's red-header meeting notice
with its two-line title, a provincial association's 通报 of mobile-museum stations without title, a joint 公布 notice on a city
site, a glossed copy of a 印发 notice whose enclosed 规定 follows the date, a prefecture association's 学会 管理办法 in chapters)
and five news pages (a society's council meeting under a 来源/时间/浏览 line, a district 老科协's exchange without headline or
year, a city 科技馆's page with 来源/发布时间/阅读次数, a county association's 企业科协 meeting without headline, a science daily's
page gathering four associations' items). Each block was written by reading the document against parse-format.md; the reader
was not run on any of them. Writes ../gold/<stem>.json."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_gold import doc, it  # noqa: E402  (importing make_gold rewrites the first corpus's gold: the same files)
from make_gold_held_out_2 import write, fw, head  # noqa: E402  (marks the gold found; rewrites the second set's: the same files)



write(doc("lycy-2022-hebei-forestry-society-award-projects-notice.txt",
    doc_type="notice", issuer="河北省林学会", title="河北省林学会关于征集2022年度省科学技术奖报奖项目的通知",
    recipients=[fw("各市林(果)学会"), "省林学会各工作", "专业委员会", "省林业和草原局各直属单位学会组", "各有关单位"],
    date="2022-01-06",
    contact={"name": "刘春鹏、李莹", "phone": fw("0311—68123415、67507091(传真)"), "email": "hbslxhbgs@163.com"},
    references=["冀科奖字〔2021〕1号"],
    alternatives={"issuer": [None], "date": [None],
                  "recipients": [[fw("各市林(果)学会"), "省林学会各工作、专业委员会", "省林业和草原局各直属单位学会组",
                                  "各有关单位"]],
                  "contact.name": ["刘春鹏"], "contact.phone": ["0311—68123415"]},
    outline=[
        it("1", "一、", 1, "申报条件及有关规定"),
        it("2", "二、", 1, "材料报送要求", deadline="2022-04-15"),
        it("3", "三、", 1, "其他"),
    ],
    notes=[
        "Source: a provincial forestry bureau's portal (lycy.hebei.gov.cn) page of a provincial society's call: headline, an 作者/文章来源/发表时间/点击率 line, the site's 保护视力色 widget, 主送, the preamble citing a provincial notice with its 字号, 一、–三、, the society's office, address, 联系人, phones, post code and mailbox. No signature or date below. Stored as txt.",
        "issuer: the society names itself at the head of its title (河北省林学会关于…; null accepted). date: no 成文日期 survives; the page's 发表时间 2022-01-06 (the posting day, as earlier notices without signature; null accepted).",
        "recipients split on ， and 、 outside brackets: 省林学会各工作、专业委员会 gives two entries (各工作 / 专业委员会; unsplit accepted); 各市林(果)学会 keeps its bracket.",
        "references: 冀科奖字[2021]1号 is cited twice (the second with a space before 1号): normalised to 〔〕 and listed once. The 奖励办法 and 工作手册 carry no 字号.",
        "二、材料报送要求 states 2022年4月15日前…报送 inside the item: its deadline (as an item's own date, not a closing line). 报送至河北省林学会办公室 names where to send, not who answers: no responsibility.",
        "contact: 联 系 人 with spaces in the label; the two names as written (the first alone accepted). phone: the 电 话 value as written, the fax in brackets included (the first number alone accepted); the em dash after the area code is the copy's. 材料寄送/通讯地址/邮编 are no items.",
    ]))

write(doc("jlskx-2017-jilin-innovation-driven-pilot-units-notice.txt",
    doc_type="notice", title="关于确定2017年度吉林省创新驱动助力工程试点单位的通知",
    recipients=["各省级学会", "协会", "研究会", fw("各市(州)"), "长白山管委会科协", "扩权强县试点市科协", "各高校院所科协",
                "各相关单位"],
    date="2017-11-24",
    contact={"name": "马宏 张雯頩", "phone": "0431-85682025 85261379", "email": None},
    references=["科协办函学字〔2017〕167号"],
    alternatives={"issuer": ["吉林省科协", "吉林省科学技术协会"], "date": [None],
                  "contact.name": ["马宏"], "contact.phone": ["0431-85682025"]},
    notes=[
        "Source: a provincial association's party-building site (o.jlskx.org.cn): a quotation banner, the path 当前位置 > 科协党建之家 > 通知公告, the headline, the headline again with its posting time (2017-11-24 10:30:28), 主送, three paragraphs, 联系人 and 联系电话; cut at 电子(邮箱). Stored as txt.",
        "issuer: no header line or signature survives; the text's 吉林省科协批准… names the body in prose only: null (the association accepted). date: the posting time next to the repeated headline (as earlier notices without signature; null accepted).",
        "recipients: 各省级学会、协会、研究会 gives three entries, 各市(州) keeps its bracket, split on 、 and ， outside brackets.",
        "references: the 中国科协办公厅 notice's 字号 (科协办函学字〔2017〕167号); the notice is cited as a basis (按照…精神), not forwarded: enclosed_title null.",
        "No numbered items. The 2017年12月15日前 return date closes the whole notice: no item deadline. contact: two names with a space and two numbers with a space, kept as written (the first of each accepted); the mailbox was cut off: email null.",
    ]))

C = "cqast-2020-43-chongqing-plenary-meeting-notice.txt"
write(doc(C,
    doc_type="notice", issuer="重庆市科学技术协会", doc_number="渝科协发〔2020〕43号",
    title="重庆市科学技术协会关于召开市科协五届五次全会、2020年科协系统党的组织宣传工作会议的通知",
    recipients=[fw("各区县(自治县)科协"), "两江新区科技创新局", "重庆高新区科协", "万盛经开区科协", fw("市级学会(协会、研究会)"),
                "企事业科协", "机关各部室", "各直属企事业单位"],
    alternatives={"title": ["关于召开市科协五届五次全会、2020年科协系统党的组织宣传工作会议的通知"]},
    outline=[
        it("1", "一、", 1, "市科协五届五次全会"),
        it("1.1", "（一）", 2, "会议时间"),
        it("1.2", "（二）", 2, "会议地点"),
        it("1.3", "（三）", 2, "会议任务"),
        it("1.4", "（四）", 2, "参会人员"),
        it("1.4.1", "1.", 3, "有关市级部门或单位负责人"),
        it("1.4.2", "2.", 3, fw("非重庆市科协五届委员会委员的区县科协主席(党组书记)")),
        it("1.4.3", "3.", 3, "非重庆市科协五届委员会委员的有关市级学会、企事业科协1名负责同志"),
        it("1.4.4", "4.", 3, "非重庆市科协五届委员会委员的市科协各部室和直属单位主要负责同志"),
        it("2", "二、", 1, "2020年科协系统党的组织宣传工作会议"),
        it("2.1", "（一）", 2, "会议时间"),
        it("2.2", "（二）", 2, "会议地点"),
        it("2.3", "（三）", 2, "会议内容"),
        it("2.4", "（四）", 2, "参会人员"),
        it("2.4.1", "1.", 3, "邀请市委第三巡视组负责同志"),
        it("2.4.2", "2.", 3, "市科协领导"),
        it("2.4.3", "3.", 3, fw("各区县(自治县)科协、两江新区科技创新局、重庆高新区科协、万盛经开区科协1名主要负责人")),
        it("2.4.4", "4.", 3, "有关市级学会、企事业科协、智库单位1名负责同志"),
        it("2.4.5", "5.", 3, "市科协机关"),
    ],
    notes=[
        "Source: a city association's own site (cqast.cn) page of its red-header notice: the 字号 line, the issuer line, the title on two lines (…2020年科协 / 系统党的…), 主送, the preamble, 一、 and 二、 each with (一)–(四) and 1.–4./1.–5. under 参会人员; cut inside 二、(四)5. before the signature. Stored as txt.",
        "title: the issuer line and the two title lines are the document's title, joined (as the yongchuan precedent; the 关于… lines alone accepted). issuer from the header line. No signature or date survives: date null.",
        "recipients: split on 、 and ， outside brackets; 各区县(自治县)科协 and 市级学会(协会、研究会) stay whole.",
        "Items: (一)会议时间 etc. are short headings with their value on the next line (2020年5月19日… is the meeting's time, no deadline and no time_hint, as earlier meeting notices). 出席人员/邀请人员/列席人员 are labels inside (四), not items; the 1.–4. under 列席人员 are items of (四) at level 3. Headings end at the line end or the closing ；. The cited 工作报告 has no 字号.",
    ]))

write(doc("hljstm-2019-heilongjiang-mobile-museum-stations-notice.txt",
    doc_type="other", issuer="黑龙江省科学技术协会", recipients=[fw("各市(地)科协")], date="2019-12-18",
    alternatives={"doc_type": ["notice"], "date": ["2020-01-02"]},
    notes=[
        "Source: a provincial science museum's site (web.hljstm.org.cn) page: the posting day (2020年01月02日), 主送, two paragraphs naming the excellent and qualified stations of the mobile-museum tour, 附件1 with two list names, the signature, the date, then the attachment's two lists, one unit a line. No headline stored. Stored as txt.",
        "doc_type other: a 通报 of assessment results (希望各优秀站点…再接再厉), as the set-7 通报 precedent (notice accepted). title null (no headline).",
        "date: the signature's 2019年12月18日 (成文日期), not the page's 2020-01-02 (accepted). The 巡展管理办法 and 评分细则 carry no 字号: no references.",
        "No items: the attachment lists and the units under them are blank-form material after the signature, not the document's outline.",
    ]))

write(doc("smxast-2022-henan-popsci-bases-recognition-notice.txt",
    doc_type="notice", issuer="河南省科协",
    title="河南省科协 河南省文明办关于公布河南省科普教育基地2022年度认定名单及2021年度考核结果的通知",
    recipients=["各省辖市", "济源示范区科协", "文明办", "各全省学会", "协会", "研究会", "各有关单位"],
    date="2022-04-18",
    alternatives={"issuer": ["河南省科协 河南省文明办", "河南省科协河南省文明办"], "date": ["2022-04-24"],
                  "title": ["河南省科协河南省文明办关于公布河南省科普教育基地2022年度认定名单及2021年度考核结果的通知"]},
    notes=[
        "Source: a city association's site (smxast.org.cn) page copying a provincial joint notice: the site's welcome line with the day it was crawled (2024年04月18日), the path, the headline, a 发布时间/文章来源 line, 主送, two paragraphs, 附件 1.–2., the joint signature on one line, the date. Stored as txt.",
        "issuer: the first body of the joint signature 河南省科协 河南省文明办 (both accepted). title: the headline with the space between the two bodies kept as a separator (removed accepted).",
        "date: the signature's 2022年4月18日, not the page's 2022-04-24 (accepted); the crawl day 2024年04月18日 is the site's, not the document's.",
        "recipients: 各省辖市、济源示范区科协、文明办 split on 、 (three entries, as the spec splits mechanically); 各全省学会、协会、研究会 three entries.",
        "A recognition decision in notice form (决定对…授予/认定): no numbered items (the 附件 list is not outline); the 管理办法(试行) cited has no 字号: no references.",
    ]))

S = "12366sw-2025-cast-society-members-rules-issuing.txt"
write(doc(S,
    doc_type="notice", issuer="中國科協",
    title="中國科協關于印發《中國科學技術協會全國學會會員管理若干規定》的通知",
    recipients=["各全國學會", "協會", "研究會"], date="2025-02-19",
    enclosed_title="中國科學技術協會全國學會會員管理若干規定",
    alternatives={"issuer": [fw("中國(guó)科協(xié)")],
                  "title": [fw("中國(guó)科協(xié)關(guān)于印發(fā)《中國(guó)科學(xué)技術(shù)協(xié)會(huì)全國(guó)學(xué)會(huì)會(huì)員管理若干規(guī)定》的通知")],
                  "recipients": [[fw("各全國(guó)學(xué)會(huì)"), fw("協(xié)會(huì)"), fw("研究會(huì)")]],
                  "enclosed_title": [fw("中國(guó)科學(xué)技術(shù)協(xié)會(huì)全國(guó)學(xué)會(huì)會(huì)員管理若干規(guī)定")],
                  "doc_type": ["regulation"]},
    outline=[
        it("1", "一、", 1, head(S, "一、")),
    ],
    notes=[
        "Source: a spam site's copy (12366sw.com) of a national association's 印发 notice in traditional characters with pinyin glosses on many characters (協(xié), 會(huì)): the site's keyword line, stray list markup, the headline, a 發布日期 line, 主送, one sentence issuing the 規定, the signature (its spaces turned to ?), the date, then the enclosed 規定: its title, preamble and 一、; cut inside 一、. Stored as txt.",
        "Header fields give the document's words without the glosses (中國科協, its title, 主送 and the 規定's name; the glossed forms, full-width, accepted), as the sdlongrun precedent. No 字号 survives.",
        "doc_type notice: an 印发 notice wrapping the 規定 that follows the date (regulation accepted). enclosed_title: the 規定's title, which follows the date on its own line.",
        "recipients: 各全國學會、協會、研究會 gives three entries. date: the signature's 2025年2月19日 (the page's 2025.02.19 agrees).",
        "The 規定's 一、 is the one item (level 1), heading to its first 。 as the page prints it (glosses kept, brackets full-width, as the glossed mirrors of earlier sets).",
    ]))

L = "lszkx-2013-liangshan-society-work-regulation.txt"
write(doc(L,
    doc_type="regulation", title=fw("凉山州科学技术协会学会工作管理办法(试行)"),
    alternatives={"issuer": ["凉山州科学技术协会"], "date": ["2013-05-29"],
                  "title": ["凉山州科学技术协会学会工作管理办法"]},
    outline=[
        it("1", "第一章", 1, "总则"),
        it("1.1", "第一条", 2, head(L, "第一条")),
        it("1.2", "第二条", 2, head(L, "第二条")),
        it("1.3", "第三条", 2, head(L, "第三条")),
        it("1.4", "第四条", 2, head(L, "第四条")),
        it("1.5", "第五条", 2, head(L, "第五条")),
        it("1.6", "第六条", 2, "学会的主要任务是"),
        it("1.6.1", "（一）", 2, "开展学术交流，活跃学术思想，促进学科发展，促进科技成果转化和产学研相结合，推动自主创新"),
        it("1.6.2", "（二）", 2, "弘扬科学精神，普及科学知识，传播科学思想和科学方法，推广先进技术，努力提高全民族科学文化素质"),
        it("1.6.3", "（三）", 2, "反映会员和科技工作者的意见、建议和诉求，维护会员和科技工作者合法权益"),
        it("1.6.4", "（四）", 2, "组织会员和科技工作者围绕全州经济社会发展建言献策，开展科学论证和咨询，提出建议"),
        it("1.6.5", "（五）", 2, "举荐科技人才，表彰、奖励在科技活动中取得优异成绩的会员和科技工作者"),
        it("1.6.6", "（六）", 2, "编辑、出版、发行科技书籍报刊及相关"),
    ],
    notes=[
        "Source: a mirror (t.lszkx.tjsjnet.com) of a prefecture association's page: the headline with (试行), a 时间/来源 line (2013.05.29, 来源:无), the 办法's own title with (试行) on its own line after blank lines, 第一章总则 (no space), 第一条–第六条 glued to their text, (一)–(六) inside 第六条, each paragraph followed by blank lines; cut inside (六). Stored as txt.",
        "title: the 办法's title with (试行) joined from its own line (as the headline prints it; without (试行) accepted). issuer: no issuer line or signature; the body at the head of the title accepted, null preferred (as cast-2014-society-general-rules). date: the page's 时间 only — a regulation's posting day is neither 成文 nor 印发 date: null (2013-05-29 accepted).",
        "第一章 level 1 (heading 总则), 第X条 level 2 with headings to the first 。 or ：; (一)–(六) inside 第六条 nest under it at level 2 (as cast-2014-society-general-rules and zhejiang-popsci-fund-measures). The blank lines between paragraphs are the page's, not breaks inside sentences.",
        "第三条 says 州科协对学会承担管理、指导… — a statement of roles, not an assignment of a task: no responsibility. The 四川省科学技术协学会工作管理办法 cited (with its 会 lost) has no 字号: no references.",
    ]))

write(doc("lhts-2020-liaoning-highway-society-council-meeting-news.txt",
    doc_type="news", title="辽宁省公路学会召开九届二次理事会议", date="2020-04-28",
    alternatives={"issuer": ["辽宁省公路学会"], "date": ["2020-04-20"]},
    notes=[
        "Source: a provincial society's own site (lhts.net.cn): the welcome line, the column 学会工作, the headline, a 来源/时间/浏览 line (来源 empty, 浏览: 0), four paragraphs; cut in a list of new members. Stored as txt.",
        "date: the page's 时间 2020-04-28 (the meeting ran online 4月7日至20日; its last day accepted). issuer null: a society's news report of its own meeting (the society accepted).",
        "The three 评奖办法(修改稿) and the report's title are cited in 《》 without 字号: no references; no numbered items.",
    ]))

write(doc("cqast-jiangjin-veteran-association-taizhou-visit-news.txt",
    doc_type="news",
    notes=[
        "Source: a city association's own site (cqast.cn) news item: three paragraphs on a visiting city 老科协's exchange with a district 老科协, the (江津区科协 供稿) line, an empty 附件: line. No headline and no page date stored. Stored as txt.",
        "title null (no headline). date null: 10月27日 names the visit's day and no year survives in the copy. issuer null (a report; the 供稿 line names who sent it, not an issuer).",
        "“四服务一加强” and the four topics are prose: no items.",
    ]))

write(doc("zzast-2023-zhengzhou-museum-volunteer-inspection-news.txt",
    doc_type="news", title="河南省委宣传部调研科技馆", date="2023-06-07",
    notes=[
        "Source: a city association's own site (zzast.org): the day the page was crawled (2024年05月20日星期一), the column 要闻聚焦, the headline, a 来源/发布时间/阅读次数 line (来源:未知, 阅读次数: 378), four paragraphs. Stored as txt.",
        "date: the 发布时间 2023-06-07 and the text's 2023年6月7日 agree; the crawl day 2024年05月20日 is the site's. No issuer (a report on the association's science museum).",
        "No numbered items; the people and titles in the second paragraph are attendees, not a group.",
    ]))

write(doc("jzskexie-2023-wuzhi-enterprise-associations-mobilization-news.txt",
    doc_type="news", date="2023-10-10",
    alternatives={"date": [None]},
    notes=[
        "Source: a city association's own site (jzskexie.com) 科协动态 page: the path, then four paragraphs on a county association's meeting to build 企业科协; no headline and no page date stored. Stored as txt.",
        "title null (no headline). date: 10月10日 with the year from the text (《武陟县2023年企业科协组织建设工作实施方案》): 2023-10-10 (null accepted). No issuer.",
        "The 实施方案 read out has no 字号: no references. 三个方面 are prose, not items.",
    ]))

write(doc("stdaily-2019-association-briefs-page-news.txt",
    doc_type="news",
    segments=[
        {"unit": "中国科协", "heading": "中国科协基层专题调研组赴河南调研", "text": None},
        {"unit": "北京市科协", "heading": "北京市科协召开首都科普剧团筹建会", "text": None},
        {"unit": "四川省科协", "heading": "四川省科协分享援藏援彝扶贫经验", "text": None},
        {"unit": "广西科协", "heading": "广西科协力推螺蛳粉产业发展", "text": None},
    ],
    notes=[
        "Source: a science daily's digital edition (digitalpaper.stdaily.com) text of a page gathering short items of associations: four headlines each followed by its paragraph (中国科协's team in Henan, 北京市科协, 四川省科协, 广西科协); cut inside the fourth. No page name, issue or date stored in the copy. Stored as txt.",
        "A gathered page: one segment per item (unit: the association each headline names; the first item's actor is 中国科协's 基层专题调研组, and its unit is the association, as 襄阳市老科协 in the first corpus's page), outline empty; title, issuer and date null (the page has none of its own in the copy; 近日 gives no day).",
    ]))
