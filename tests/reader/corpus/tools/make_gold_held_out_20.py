"""Hand-made reference parses for the twentieth held-out set (tools/held_out_20.txt): twelve public pages found with the search
tool, own sites first where the index held an unused one (two learned societies' sites, a provincial association's site, a city
association's site, a prefecture association's site, a university office's site, an academy's veterans' association site): two
societies' 秘书处 rules, a 表扬 notice without its headline, notices with 字号, contacts and deadlines (two on the fourth national
survey of science workers, one whose items say in prose who acts), a 简报 issue and four news pages. Each block was written by
reading the document against parse-format.md; the reader was not run on any of them. Writes ../gold/<stem>.json."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_gold import doc, it  # noqa: E402  (importing make_gold rewrites the first corpus's gold: the same files)
from make_gold_held_out_2 import write, dep, fw  # noqa: E402  (marks the gold found; rewrites the second set's: the same files)


write(doc("csfae-agri-economics-society-secretariat-rules.html",
    doc_type="regulation", title=fw("中国国外农业经济研究会秘书处工作制度(试行)"),
    alternatives={"title": ["中国国外农业经济研究会秘书处工作制度", "秘书处工作制度"],
                  "issuer": ["中国国外农业经济研究会"]},
    outline=[
        it("1", "第一条", 2, fw("中国国外农业经济研究会(以下简称“本会”)设立秘书处,作为日常办事机构")),
        it("2", "第二条", 2, fw("秘书处负责人为本会秘书长,由理事会选举产生")),
        it("3", "第三条", 2, fw("秘书处在理事会领导下开展工作,向理事会报告工作,执行理事会的决议")),
        it("4", "第四条", 2, "秘书处所有成员均为无薪酬兼职"),
        it("5", "第五条", 2, fw("秘书处实行分工协作的工作机制,各副秘书长在秘书长领导下分别负责相应工作,以及会长或秘书长指派的临时性任务")),
        it("6", "第六条", 2, "秘书处的工作范围包括日常事务管理、会员服务、活动管理和项目管理等四类"),
        it("6.1", "（一）", 2, "日常事务管理"),
        it("6.1.1", "1.", 3, fw("行政管理,主要是与农村所、社科院科研局社团基金处和民政部主管部门的对接")),
        it("6.1.2", "2.", 3, fw("财务管理,包括与国税、地税、银行部门的对接")),
        it("6.1.3", "3.", 3, fw("媒体维护,包括网站、博客和微博等")),
        it("6.1.4", "4.", 3, "档案和数据库管理"),
        it("6.2", "（二）", 2, "秘书处承担的会员服务工作主要包括以下内容"),
        it("6.2.1", "1.", 3, fw("为会员制作和颁发会员证,为理事及以上会员制作和颁发聘书")),
        it("6.2.2", "2.", 3, fw("组织开展学术交流和研究活动,鼓励和吸引会员参与和交流")),
        it("6.2.3", "3.", 3, fw("根据会员需要,适当组织国际学术考察和交流")),
        it("6.2.4", "4.", 3, fw("制作研究会通讯,传播研究会及会员的相关信息")),
        it("6.2.5", "5.", 3, fw("会员关系维护,日常联络,招募会员等")),
        it("6.2.6", "6.", 3, "以秘"),
    ],
    notes=[
        "Source: a national research society's own site (csfae.org.cn): the column name 规章制度, a sub-heading 秘书处工作制度, the rules' title, (试行) on its own line, 第一条–第六条 with no chapters, (一)/(二) inside 第六条 with 1.–4. and 1.–6. under them; cut inside 6. Rebuilt as HTML around the stored text.",
        "title: the title line with the (试行) line below it (as cast-2014-society-general-rules); without (试行), and the sub-heading, accepted. issuer: no signature or 发布 line; the society is named only in the title and 第一条: null, the society accepted. No date.",
        "第X条 with no 第X章 above: level 2 at the top (as tianjin-2005-90-trade-associations-measures); (一)/(二) nest under 第六条 at level 2 and the 1. under them at level 3 (as zhejiang-popsci-fund-measures). Headings end at the first 。；：.",
        "由秘书处成员分工负责 (under (一)) and 各副秘书长…分别负责相应工作 (第五条) describe how the secretariat works, not a task of an item: no responsibility (as 第四条 in zhejiang-popsci-fund-measures and 二、 in yongchuan-2019-103).",
    ]))

write(doc("fzbykj-2026-fujian-metrology-society-secretariat-rules.html",
    doc_type="regulation", issuer="福建省计量测试学会", title="福建省计量测试学会秘书处工作制度",
    alternatives={"issuer": [None], "date": ["2026-03-18"]},
    outline=[
        it("1", "第一条", 2, fw("为加强福建省计量测试学会(以下简称“本会”)秘书处的规范化管理,充分发挥秘书处的职能作用,促进本会工作的顺利开展,根据本会章程,特制定本工作制度")),
        it("2", "第二条", 2, fw("秘书处是本会的日常办事机构,在本会理事会、常务理事会的领导下开展工作,负责处理本会的日常事务,执行本会的各项决议,组织实施本会的工作计划")),
        it("3", "第二章", 1, "人员组成与职责"),
        it("3.1", "第三条", 2, fw("秘书处工作人员由专职学会工作者、兼职学会工作者以及科技志愿者组成")),
        it("3.2", "第四条", 2, fw("本会秘书处设秘书长1人、专职常务副秘书长1人、专职副秘书长1人")),
        it("3.3", "第五条", 2, fw("本会秘书处下设2部(会员部、培训部),设专兼职工作人员若干名,工作人员主要岗位为主办、会计、出纳等")),
        it("3.4", "第六条", 2, "秘书处主要职责"),
        it("3.4.1", "（一）", 2, "组织协调"),
        it("3.4.2", "（二）", 2, "文书管理"),
        it("3.4.3", "（三）", 2, "会员服务"),
    ],
    notes=[
        "Source: a provincial society's own site (fzbykj.com): the day it was crawled (2026年03月22日 星期日), the column 学会介绍, the headline, a 发布时间/文章来源/阅读量 line, the rules: a chapter line that lost its 章 (第一  总则), 第一条–第二条, 第二章, 第三条–第六条, (一)–(三) inside 第六条 each opening with a label and ：; cut in (三). Rebuilt as HTML around the stored text.",
        "issuer: the 文章来源 line names the society that makes the rules (as the 來源 line in lipsmiley-2022); null accepted. date: no 成文日期; the page's 发布时间 accepted, null given (as cast-2014-society-general-rules). The crawl day is furniture.",
        "第一  总则 is no marker the spec names (第一 without 章): not an item; 第一条 and 第二条 stand at the top at level 2 until 第二章 (level 1). (一)–(三) nest under 第六条 at level 2; each heading is its label up to ：.",
        "负责处理本会的日常事务 (第二条) and the duties under 第六条 describe the secretariat itself: no responsibility (as zhejiang-popsci-fund-measures). 第二条's 年终 is no item's time cue.",
    ]))

write(doc("zjsee-2013-51-science-day-commendation-notice.txt",
    doc_type="notice", issuer="中国科协办公厅", doc_number="科协办发普字〔2013〕51号",
    recipients=["各全国学会", "协会", "研究会", "各省", "自治区", "直辖市", "副省级城市科协", "新疆生产建设兵团科协", "各有关单位"],
    date="2013-12-02", references=["科协发普字〔2013〕14号"],
    alternatives={"doc_type": ["other"], "issuer": ["中国科学技术协会办公厅"]},
    notes=[
        "Source: a society's site (zjsee.org) carrying 中国科协办公厅's 表扬 notice of the 2013 全国科普日 without its headline: the 字号 as the first line, 主送, two paragraphs, 附件:1.…名单, signature and date. Stored as txt.",
        "doc_type: a 表扬 notice (通知 by its 字号 series; no headline survives to say so): notice, other accepted. title: none stored (null).",
        "recipients: split on 、 and ，, so 各全国学会、协会、研究会 gives three entries and 各省、自治区、直辖市、副省级城市科协 four.",
        "references: the cited 科普日 notice's 字号 (科协发普字〔2013〕14号); 《全民科学素质行动计划纲要》 has none. The 附件 line is an attachment, not an item: no outline.",
    ]))

write(doc("mekofs-2017-22-fourth-workers-survey-notice.txt",
    doc_type="notice", issuer="中国科协办公厅", doc_number="科协办发调字〔2017〕22号",
    title="中国科协办公厅关于开展第四次全国科技工作者状况调查的通知",
    recipients=["有关全国学会", "协会", "研究会", "各省", "自治区", "直辖市科协", "新疆生产建设兵团科协"],
    date="2017-06-22",
    alternatives={"date": [None], "issuer": ["中国科学技术协会办公厅"],
                  "title": ["关于开展第四次全国科技工作者状况调查的通知"]},
    outline=[
        it("1", "一、", 1, "组织实施", resp={"departments": ["中国科协调研宣传部"], "lead_units": ["中国科协创新战略研究院"]}),
        it("2", "二、", 1, "调查内容"),
    ],
    notes=[
        "Source: a mirror (mekofs.com) of the national association's 通知通告 page: the site's top links and menu, a 首页 > 通知通告 > 综合 path, the headline, a 分享: 2017年06月22日 line, the 字号, 主送, the opening, 一、组织实施, 二、调查内容; cut in 二、. Stored as txt.",
        "issuer: the headline's 中国科协办公厅 (no signature survives). date: the page's 2017年06月22日 (no dateline survives; null accepted).",
        "recipients: split on 、 and ，: 有关全国学会 / 协会 / 研究会 / 各省 / 自治区 / 直辖市科协 / 新疆生产建设兵团科协.",
        "一、's text says in prose who answers for the survey: 中国科协调研宣传部负责面上调查的组织领导工作 names a department of the issuing association itself → departments; 中国科协创新战略研究院…负责调查的研究设计… a body outside the offices → lead_units. 调查站点及有关单位承担… and 各省、自治区、直辖市科协负责本区域内… name classes of bodies, not one: left out.",
        "中国科协决定于2017年6月起 is the start of the survey, not a deadline.",
    ]))

write(doc("gdou-2017-workers-survey-sampling-notice.html",
    doc_type="notice", recipients=["各单位", "各位老师"],
    alternatives={"issuer": ["广东海洋大学科技处"]},
    outline=[
        it("1", "一、", 1, "科技工作者的界定"),
        it("2", "二、", 1, "站点类型和问卷数量"),
        it("3", "三、", 1, "调查实施"),
        it("3.1", "（一）", 2, "根据抽样方案进行抽样", resp=dep("科技处")),
        it("3.2", "（二）", 2, "发送调查链接和填答码", resp=dep("科技处")),
        it("3.3", "（三）", 2, "做好过程记录"),
        it("3.4", "（四）", 2, "查询进度并督促被调查人完成问卷填答", time_hint="7月6日正式上线，8月6日结束"),
        it("4", "四、", 1, "几点说明"),
        it("4.1", "（一）", 2, "本次调查为五年一次的全国大型综合调查，为中国科协2017年重点工作任务，完成情况将作为重点考核指标纳入2017年度调查站点考"),
    ],
    notes=[
        "Source: a university research office's site (kjc.gdou.edu.cn) relaying the fourth national survey of science workers to its staff: no headline stored, 主送, the opening (citing the national notice by title only), 一、–四、 with (一)–(四) under 三、, a questionnaire URL and 见附件; cut in 四、(一). Rebuilt as HTML around the stored text (the page title is the office's name).",
        "No headline, signature, 字号 or date in the copy: title, doc_number and date null; issuer null (the office the site belongs to accepted). The cited 《中国科协办公厅关于…的通知》 is the basis, not a forwarded document (no 转发): no enclosed_title, and it has no 字号 here: no references.",
        "三、(一) 由科技处抽取调查对象 and (二) 填答码由科技处发送… say in prose who acts (由…, like 由学会办公室负责 in csit-2018-office-meeting-news): 科技处 is the issuing office itself → departments. (三) and (四) have 科技处 as the subject of the sentence without 由/负责: no responsibility (as gdygsk-district-science-day-plan's (一)).",
        "(四)'s 拟于7月6日正式上线,8月6日结束 is the survey's period, not a deadline: time_hint.",
    ]))

write(doc("jscz-2019-changzhou-science-volunteer-teams-notice.html",
    doc_type="notice", title="关于组建科技志愿服务队伍开展科技志愿服务活动的通知",
    recipients=["各辖市", "区科协", "各市级学会（协会、研究会）", "各高校科协", "各有关单位"], date="2019-10-08",
    alternatives={"date": [None], "issuer": ["常州市科协", "常州市科学技术协会"]},
    outline=[
        it("1", "一、", 1, "工作目标"),
        it("1.1", "1.", 3, "市科协成立“常州市科技志愿服务支队”"),
        it("1.2", "2.", 3, "各辖、市区科协成立“（辖市、区名称）科技志愿服务大队”"),
    ],
    notes=[
        "Source: a city association's own site (kx.jscz.org.cn): a 退出长者模式 link, the headline, 发布日期, 主送, the opening, 一、工作目标 with two paragraphs and 1.–2.; cut after 2. Rebuilt as HTML around the stored text.",
        "issuer: no signature survives; the opening names 常州市科协 (accepted), null given. date: the page's 发布日期 (null accepted).",
        "recipients: split on 、 and ，: 各辖市 / 区科协 (as 各市、州… in hubei-2023-12) / 各市级学会（协会、研究会） (the bracket whole) / 各高校科协 / 各有关单位.",
        "1. and 2. headings end at the first 。 (the swapped 各辖、市区 kept as written). Who leads each team (由市科协主席或副主席担任) fills posts, not an item's responsibility: none.",
    ]))

write(doc("kjzxfw-2020-panzhihua-dongqu-community-popsci-hall-notice.txt",
    doc_type="notice", issuer="攀枝花市东区科学技术协会",
    title="攀枝花市东区科学技术协会关于申报2020年社区微型科普馆（科普基地）的通知",
    contact={"name": "唐菊梅", "phone": "2820478/18008298079", "email": "1120251968@qq.com"},
    alternatives={"contact.phone": ["2820478", "18008298079"],
                  "title": ["关于申报2020年社区微型科普馆（科普基地）的通知"]},
    outline=[
        it("1", "一、", 1, "申报条件"),
        it("2", "二、", 1, "申报名额"),
        it("3", "三、", 1, "申报程序"),
        it("3.1", "（一）", 2, "拟申报2020年社区微型科普馆的社区，填写《攀枝花市区级科普示范基地申报表"),
        it("3.2", "（二）", 2, "申报表及其他印证材料先交至银江镇、各街道，由各街道、镇统一推荐报送至东区科协"),
        it("3.3", "（三）", 2, "东区科协、东区科技局对符合条件的社区进行实地考察、审核，提出推荐意见"),
        it("3.4", "（四）", 2, "在东区公众信息网上公示"),
        it("3.5", "（五）", 2, "区科协、区科技局联合命名、授牌"),
        it("4", "四、", 1, "其他", deadline="2020-05-30"),
    ],
    notes=[
        "Source: a city science-service portal's policy page (panzhihua.kjzxfw.com) carrying a district association's 申报 notice: the headline, no 主送, the opening, 一、–四、 with (一)–(五) under 三、, 联系人 and 电子邮箱 lines, a pager line (共有1页 当前第1页: furniture); no signature or date. Stored as txt.",
        "title: the headline with its stray spaces removed (申报 2020 年 → 申报2020年). issuer: the headline's 攀枝花市东区科学技术协会 (no signature). date null (the year 2020 only).",
        "(一)'s heading runs to its ； (the 《 left open as written). (二) 由各街道、镇统一推荐报送 names a class of bodies, not one; (三) and (五) name bodies as the sentence's subject without 由/负责/牵头: no responsibility.",
        "四、其他's 于 5 月 30 日前将申报表…报至东区科协 → the item's deadline 2020-05-30 (the document's year; it stands inside the item, as lipsmiley-2022's 二、).",
        "contact: 唐菊梅 with two numbers joined by / (as written; either number alone accepted) and the mailbox.",
    ]))

write(doc("scimall-2021-23-science-volunteer-practical-deeds-notice.txt",
    doc_type="notice", issuer="中国科协科普部", doc_number="科协普函基字〔2021〕23号",
    title="中国科协科普部关于开展科技志愿服务深入推进“我为群众办实事”实践活动的通知",
    recipients=["各全国学会", "协会", "研究会科普部（普委会）", "各省", "自治区", "直辖市科协科普部",
                "新疆生产建设兵团科协科普部", "各有关单位"],
    references=["科协发普字〔2019〕4号", "科协发普字〔2020〕10号"],
    outline=[
        it("1", "一、", 1, "工作目标"),
        it("2", "二、", 1, "主要任务"),
        it("2.1", "（一）", 2, "全国学会梳理品牌活动信息"),
        it("2.2", "（二）", 2, "省级科协梳理品牌活动信息"),
    ],
    notes=[
        "Source: the national association's science portal (h5.scimall.org.cn) news page: a spaced 通 知 label line, the headline, the 字号, 主送, the opening citing two documents with their 字号, 一、, 二、 with (一)/(二); cut in (二). Stored as txt.",
        "issuer: the headline's 中国科协科普部 (no signature survives). date: none in the copy (null). 通 知 is a label, not the title.",
        "recipients: split on 、 and ，, as in lawyee-2007-57-science-day-summary-notice (各全国学会、协会、研究会科普部（普委会） gives three entries, the bracket whole).",
        "references: 科协发普字〔2019〕4号 and 科协发普字〔2020〕10号 in order. (一)/(二) headings end at the first 。; 各全国学会梳理… and 省级科协科普部梳理… are subjects of the task, not bodies named as answering for it: no responsibility.",
    ]))

write(doc("cqast-2018-fengdu-park-association-founding-news.html",
    doc_type="news", title="丰都县工业园区科学技术协会成立", date="2018-01-17",
    alternatives={"issuer": ["丰都县科协"]},
    notes=[
        "Source: the provincial-level association's own site (cqast.cn): headline, a 发布时间 | 作者: (empty) | 编辑:重庆科协数据迁移 line, the report with a photo and its caption (会议现场), a (…供稿) byline, an empty 附件: label. Rebuilt as HTML around the stored text.",
        "date: the page's 发布时间, the same day as the meeting (1月17日). issuer null (a news report; the county association that wrote it accepted).",
        "The association's first leadership (主席, 副主席, 秘书长) is elected, not a 领导小组: leading_group null. 《丰都工业园区科学技术协会章程》 has no 字号. The empty 附件: is no attachment list. No numbered items.",
    ]))

write(doc("jzskexie-2023-mengzhou-enterprise-associations-meeting-news.html",
    doc_type="news", title="孟州市召开“建好企业科协，助力创新驱动”动员会", date="2023-09-21",
    alternatives={"date": ["2023-09-19"]},
    notes=[
        "Source: a prefecture association's own site (jzskexie.com): 当前位置 path, the headline, a 来源:本站原创 / 发布时间:2023/9/21 16:43:13 line, three paragraphs. Rebuilt as HTML around the stored text.",
        "date: the page's 发布时间 (2023/9/21 with a time); the meeting's 9月19日 accepted (as cncos-2019). issuer null (本站原创 is the site).",
        "The 实施方案 read out is cited in 《》 without 字号; 要提升站位…要加强指导…要突出重点 are sentences, not numbered items: no outline.",
    ]))

write(doc("aq365-2022-tongcheng-survey-station-honour-news.txt",
    doc_type="news",
    notes=[
        "Source: a city news portal (aq365.com) item with no headline stored: two paragraphs and a (通讯员 杨婕) byline. Stored as txt.",
        "No headline, no date (日前 only; the 2021年度 in the cited 通报 and the 2019/2021 in the text are not the item's date): title and date null. No issuer (a news item).",
        "The cited 《关于2021年度全国科技工作者状况调查优秀调查站点和优秀区域责任部门的通报》 has no 字号: no references. 《站点信息》 is a periodical. No numbered items.",
    ]))

write(doc("lkx-cas-2024-veteran-association-bulletin-1000.html",
    doc_type="news", issuer="中国科学院老科协办公室", title="中国科学院老科协大气所分会召开理事会", date="2024-04-02",
    alternatives={"title": ["简报", "2024年第四十期（总第1000期）"], "issuer": [None, "中国科学院老科学技术工作者协会"]},
    outline=[
        it("1", "1、", 3, "学习、了解党和政府大政方针、政策，指导大气所老科协工作，围绕我院中心工作、国家发展做贡献"),
        it("1.1", "1）", 4, "一季度组织学习《政府工作报告》，了解今年国家工作布局增强信心", time_hint="一季度"),
        it("1.2", "2）", 4, "三季度听取科技发展的有关报告", time_hint="三季度"),
        it("1.3", "3）", 4, "及时收看院老科协组织的报告"),
        it("2", "2、", 3, "请专家介绍相关的科学前沿发展"),
        it("3", "3、", 3, "请所领导、研究员等介绍所内科研发展、科研环境管理变化情况"),
        it("4", "4、", 3, "介绍医学知识常识，促进健康保健意识，结合实际举办讲座"),
    ],
    notes=[
        "Source: an academy veterans' association site (lkx.cas.cn), a 简报 issue: 当前位置 path, the page headline (the issue number), a date/来源 line, 放大 缩小, the masthead (the association's name, 简 报, ﹝2024﹞ 第四十期(总第1000期)), the 编印 line (中国科学院老科协办公室 2024年4月2日), one article's headline and text with 1、–4. and 1)–3) under 1、; cut in the closing sentence. Rebuilt as HTML around the stored text.",
        "doc_type news (简报). issuer: the 编印 office under the masthead, date that line's date (as ningbo-2023-5-briefing). title: the headline of the one article the issue carries; 简报 and the issue line accepted. ﹝2024﹞ 第四十期 is an issue number, not a 字号: doc_number null, no references.",
        "326日上午 lost its 月 (3月26日): the meeting's day, not the issue's date.",
        "1、–4. level 3; 1)–3) written with a half-width ) → （1）-type items at level 4 under 1、 (marker normalised to 1）, as gslryl-2021's 1）). 一季度/三季度 are soft time cues: time_hint. The closing 具体由以下各组分工负责：… follows the items and names groups of the branch for the whole work: no item's responsibility.",
    ]))
