"""Hand-made reference parses for the nineteenth held-out set (tools/held_out_19.txt): twelve public pages found with the
search tool, own sites first where the index held an unused one (a city association's site ×2, a prefecture association's
site, a university's news site, a city society's site, a provincial science paper's e-edition): a city association's 表彰
决定 with its 字号, notices with contacts and deadlines (a 申报 notice that also issues its 管理办法, two 中国科协 notices, a
joint provincial notice, a city association's meeting notice, a glossed relay of a government notice) and five news pages.
Each block was written by reading the document against parse-format.md; the reader was not run on any of them.
Writes ../gold/<stem>.json."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_gold import doc, it  # noqa: E402  (importing make_gold rewrites the first corpus's gold: the same files)
from make_gold_held_out_2 import write, lu, fw  # noqa: E402  (marks the gold found; rewrites the second set's: the same files)


write(doc("cdast-2014-1-changde-association-commendation-decision.html",
    doc_type="other", issuer="常德市科学技术协会", doc_number="常科协发〔2014〕1号",
    title="关于表彰2013年全市科协工作先进单位的决定", date="2014-01-02",
    alternatives={"issuer": ["常德市科协"]},
    notes=[
        "Source: a city association's own site (cdast.org.cn, 通知公告): the headline, the 字号 on its own line, three paragraphs (the grounds, the decision naming four county/district associations, the call to learn from them), the signature and the dateline. Rebuilt as HTML around the stored text.",
        "doc_type: a 表彰 决定 is none of notice/plan/regulation/news/summary: other (as the most-2010-218 and shanghai-2015-002 decisions). No 主送 line: recipients []. issuer: the signature; date: the dateline 2014年1月2日.",
        "The four 先进单位 named in the decision are honoured, not assigned work: no outline, no responsibility. “三服务一加强” and “四个常德” are slogans, not items.",
    ]))

write(doc("technoirc-2021-xianning-popsci-bases-application-notice.html",
    doc_type="notice", title="关于申报2021年度咸宁市科普教育基地的通知",
    recipients=[fw(x) for x in ["各县(市、区)科协", "各市级学会", "协会", "研究会", "各院校科协", "各有关单位"]],
    date="2021-09-06",
    contact={"name": "陈人兢", "phone": "8260070", "email": "xnkxpjb@sina.cn"},
    enclosed_title=fw("咸宁市科普教育基地认定与管理办法(试行)"),
    alternatives={"issuer": ["咸宁市科学技术协会", "咸宁市科协"], "date": [None], "enclosed_title": [None],
                  "contact.name": ["陈人兢、张炜", "陈人兢 张炜", "咸宁市科协普及部 陈人兢 张炜"]},
    outline=[
        it("1", "一、", 1, "申报时间", deadline="2021-09-30"),
        it("2", "二、", 1, "申报对象"),
        it("3", "三、", 1, "申报要求"),
        it("3.1", "1.", 3, fw("各县(市、区)科协,各市级学会、协会、研究会,各高校和市直单位作为市级科普教育基地的推荐单位,负责组织本地区或本系统的推荐工作")),
        it("3.2", "2.", 3, fw("各申报单位,填写《咸宁市科普教育基地申报书》(附件1)、《咸宁市科普教育基地申报情况汇总表》(附件2),并按照《咸宁市科普教育基地认定与管理办法》的要求提交相关申报资料一式三份,其中一份由推荐单位留存,另外两份由推荐单位在规定的申报时间内统一上报至市科协普及部,同时提供电子版材料")),
        it("3.3", "3.", 3, "已命名到期的市级科普教育基地，需重新进行申报认定"),
        it("4", "四、", 1, "联系方式"),
    ],
    notes=[
        "Source: a page of a Hubei university's site (technoirc.net) whose column name a gambling operator replaced (必赢网址bwi272223 twice above the path, in the path and in the footer's 版权所有 line); the city association's notice under it: headline, 作者/时间/点击数 line, 主送, one paragraph, 一、–四、 with 1.–3. under 三、, a contact block, cut in the footer. Rebuilt as HTML around the stored text.",
        "issuer: no signature survives; the body says 市科协 only and the address line names 咸宁市科学技术协会 (the city's association accepted; null as written). date: the page's 时间 2021-09-06 (null accepted).",
        "recipients: split on 、 and ， outside brackets: 各县（市、区）科协 stays whole, 各市级学会、协会、研究会 gives three.",
        "enclosed_title: the notice also issues (并印发) the 认定与管理办法 (附件3) — the document it carries (null accepted, since the notice's business is the 申报). The 申报书 and 汇总表 in 《》 are forms: no references (no 字号 anywhere).",
        "一、申报时间's only sentence (请于2021年9月30日前报送申报资料) is that item's deadline. 三、1. names the recommending bodies by category as the subject of 负责组织…推荐工作 — the recipients themselves, no body assigned to an item (as the lncxrc 一是…四是): no responsibility. 2.'s 统一上报至市科协普及部 is where forms go, not who answers for the item.",
        "contact: 联系人 line is 咸宁市科协普及部 陈人兢  张炜 — the office, then two names; the first person as the name (both, or the line whole, accepted); 联系电话 8260070; 电子邮箱.",
    ]))

write(doc("fsou-2007-popsci-heads-seminar-notice.txt",
    doc_type="notice", issuer="中国科学技术协会",
    title="中国科学技术协会关于召开2007年地方科协科普部长工作研讨会的通知",
    recipients=["各省", "自治区", "直辖市科协科普部", "新疆生产建设兵团科协科普部", "各有关直属单位"],
    contact={"name": "王军强", "phone": "13974803739", "email": "hnkxpjb4444890@126.com"},
    alternatives={"title": ["关于召开2007年地方科协科普部长工作研讨会的通知"], "issuer": ["中国科协科普部"],
                  "contact.name": ["郝东方", "郝东方 王大鹏"], "contact.phone": ["0731-4444890", "010-68571887"],
                  "contact.email": ["haodongfang@cast.org.cn"]},
    outline=[
        it("1", "一、", 1, "会议内容"),
        it("2", "二、", 1, "参会人员"),
        it("3", "三、", 1, "报到时间", time_hint="5月21日全天"),
        it("4", "四、", 1, "会议地点"),
        it("5", "五、", 1, "报到方式"),
        it("5.1", "1.", 3, "吉首火车站，接待乘火车直达的代表"),
        it("5.2", "2.", 3, "张家界荷花机场，接待乘飞机抵达张家界的代表，5月21日接站后集中送吉首"),
        it("5.3", "3.", 3, "长沙火车站或长沙黄花机场，接待不能直达吉首、张家界的代表"),
    ],
    notes=[
        "Source: a law-text site (fsou.com, the site of the fsou-2007-16 notice) copy of a 中国科协 notice: the title, 主送, one paragraph, 一、–五、 (三、 and 四、 with their value after the colon on the same line), 1.–3. under 五、, an unnumbered 回执 sentence, then 联系方式 for two offices (湖南省科协科普部 with 地址/邮编/联系人+手机/电话/传真/电子信箱; 中国科协科普部 with spaced labels 联 系 人 (two names), 传 真). No 字号, no signature, no dateline. Stored as txt.",
        "issuer: the title's 中国科学技术协会 (the body's 中国科协科普部, which holds the meeting, accepted). date: null — no dateline or page date survives (2007 only in the title; 5月21–23日 are meeting dates).",
        "recipients: split on 、 and ，: 各省、自治区、直辖市科协科普部 gives three entries.",
        "contact: the first block (the host province's office): 联系人 王军强, 手机 13974803739 (the block's 电话 accepted), its 电子信箱. The second block (郝东方 王大鹏, 010-68571887, haodongfang@cast.org.cn) accepted part by part.",
        "三、报到时间:5月21日全天 — the value after the label is the item's time cue (time_hint); 四、's heading is the label 会议地点. 五、 1.–3.: headings to the first 。/；.",
        "请参会人员于5月12日之前将会议回执发送到… stands on its own line after 五、3., unnumbered: it closes the request of the whole notice (as a 回执 deadline), not 五、3.'s item: no deadline. 湖南省科协将统一安排乘车 is an arrangement, not a 负责/牵头 assignment: no responsibility. 《全民科学素质行动计划纲要》 has no 字号: no references.",
    ]))

write(doc("baogaosu-2015-anhui-village-school-lectures-notice.txt",
    doc_type="notice", title="关于开展2015年度“百名专家乡村学堂讲科普”活动的通知",
    recipients=["各市及省直管县科协", "九三学社各市委会及省直属组织"], date="2015-04-22",
    contact={"name": "刘宗贵", "phone": "0551-62661742", "email": None},
    alternatives={"date": [None], "contact.email": ["[email protected]"], "contact.name": ["董刚"],
                  "contact.phone": ["0551-62602313"]},
    outline=[
        it("1", "1.", 3, "各市科协和九三学社各市委会、省直属组织要高度重视、加强联系协调，保质保量完成任务"),
        it("2", "2.", 3, "各市科协和九三学社各市委会、省直属组织根据2015年度“讲科普”活动专家讲座信息表（见附件1）及2015年度“讲科普”活动学校信息表（见附件2）自行对接，每市务必选择、安排1至2名省直专家赴各地授课"),
        it("3", "3.", 3, "请于11月中旬前将“讲科普”活动总结和“讲科普”活动情况反馈表（见附件3）分别报至省科协科普部和九三学社省委社会服务部", time_hint="11月中旬前"),
        it("4", "4.", 3, "联系方式"),
    ],
    notes=[
        "Source: a city page of a news-aggregator (hefei.baogaosu.com, the site of the baogaosu-2014 notice) holding a provincial association's and a party's provincial committee's joint notice: headline, a 22.04.2015  13:01 date line (day.month.year), 主送, one paragraph, 1.–4. indented with runs of spaces, two contact blocks whose e-mails the copying site replaced by its '[email protected]' mask, an 附件 list 1.–3., then blank indented lines; no signature. Stored as txt.",
        "issuer: null — no signature survives and the body names the two joint issuers only as 省科协 and 省九三学社 (no province is named anywhere). date: the page line 22.04.2015 → 2015-04-22 (null accepted).",
        "recipients: split on ，: 各市及省直管县科协 / 九三学社各市委会及省直属组织 (the 及 inside each kept).",
        "The numbered points 1.–4. stand with no 一、 above them: level 3, ids 1–4. 3.'s 11月中旬前 is a soft cue without a day (中旬 is a ten-day span): time_hint, no deadline. 3.'s 报至省科协科普部和… is where reports go, not who answers for the item. The 附件: 1.–3. list is not outline (spec).",
        "contact: the first block (省科协科普部): 联系人 刘宗贵, 联系电话 '0551- 62661742' (the stray space removed); its e-mail is the site's '[email protected]' mask — no address: email null (the mask accepted). The second block's 董刚/0551-62602313 accepted.",
    ]))

write(doc("jzkx-2011-jingzhou-plenary-meeting-notice.html",
    doc_type="notice",
    title=fw("关于召开荆州市科协三届四次全委(扩大)会议暨县市区科协主席工作座谈会议的通知"),
    recipients=["市科协三届委员会委员", "县市区科协主席", "荆州开发区科协主席", fw("市直各学会(协会、研究会)"),
                "基层科协及相关单位负责人"],
    date="2011-05-18",
    contact={"name": "杨丽", "phone": "4319811 8255040", "email": None},
    alternatives={"issuer": ["荆州市科学技术协会", "荆州市科协"], "date": [None], "contact.phone": ["4319811"]},
    outline=[
        it("1", "一、", 1, "会议内容"),
        it("1.1", "1、", 3, "听取并审议薛圣忠主席作的大会工作报告"),
        it("1.2", "2、", 3, "表彰2010年度县市区科协工作目标考核优胜单位，先进农技协、科普示范基地和科技致富带头人"),
        it("1.3", "3、", 3, "签订2011年职能工作目标责任书"),
        it("1.4", "4、", 3, "讨论修改荆州市科协“十二五”事业发展规划"),
        it("1.5", "5、", 3, "学习传达全省社区科普工作会议精神"),
        it("2", "二、", 1, "参加人员"),
        it("3", "三、", 1, "会议时间和地点"),
        it("3.1", "1、", 3, "会议报到时间"),
        it("3.2", "2、", 3, "会议报到地点"),
        it("3.3", "3、", 3, "会议日程安排"),
        it("4", "四、", 1, "向会议提交的材料"),
        it("4.1", "1、", 3, fw("各学会(协会、研究会)2011年工作要点")),
        it("4.2", "2、", 3, "各县市区科协、荆州开发区科协2011年工作要点"),
        it("5", "五、", 1, "注意事项"),
        it("5.1", "1、", 3, "与会人员要按时报到，因故不能到会者，须于5月20日以前电话回复市科协办公室，联系人", deadline="2011-05-20"),
        it("5.2", "2、", 3, fw("各县(市、区)科协组织当")),
    ],
    notes=[
        "Source: the city association's own site (jzkx.org.cn, 科协动态 — the site of the jzkx-2014 news page, a new document): 当前位置 path, headline, 被阅读/日期 line, 主送, one paragraph, 一、–五、 each with 1、… items (二、 has none), cut in 五、2、. Rebuilt as HTML around the stored text.",
        "issuer: no signature survives (the city's association accepted). date: the page's 日期 2011-05-18 (null accepted); 5月23–24日 are the meeting's dates.",
        "recipients: split on ， and 、 outside brackets: 市直各学会（协会、研究会） stays whole; 基层科协及相关单位负责人 is one entry (及 is no separator).",
        "Headings to the first 。/；/：: 三、1、–3、 are labels (会议报到时间 …); 五、1、 runs to the colon of its 联系人 label. 五、1、's 须于5月20日以前电话回复 is the item's own deadline (the document's year): 2011-05-20.",
        "contact: 联系人:杨丽, 联系电话:4319811 8255040 (two numbers; as written, the first alone accepted). No e-mail. 四、's 工作要点 are materials to bring, not references (no 字号).",
    ]))

write(doc("xgnzh-2016-jingzhou-literacy-monitoring-notice.txt",
    doc_type="notice", issuer=fw("荊州市科學(xué)技術(shù)協會(huì)"),
    recipients=[fw("各縣市區(qū)科協(xié)"), fw("荊州開發(fā)區(qū)科協(xié)")], date="2016-11-03",
    contact={"name": "程文華", "phone": "4319739", "email": None},
    alternatives={"issuer": ["荊州市科學技術協會", "荆州市科学技术协会"], "date": ["2016-11-04"],
                  "recipients": [["各縣市區科協", "荊州開發區科協"], ["各县市区科协", "荆州开发区科协"]],
                  "enclosed_title": [fw("關(guān)于做好公民科學(xué)素質(zhì)監測(cè)評(píng)估工作的"),
                                     "關于做好公民科學素質監測評估工作的"]},
    notes=[
        "Source: a page of the xgnzh.com site (the site of the xgnzh-2010-7 notice; a new document) copying the city association's short notice in traditional characters with pinyin glosses after many characters (科協(xié), 區(qū)): a 被閱讀/日期 line, 主送, one paragraph, a contact with spaced label (聯(lián) 系 人) and a mistyped one (聯(lián)系電活), the signature and the dateline; no headline, no 字号. Stored as txt.",
        "Glossed fields are written as the copy writes them, brackets made full-width (the 12366sw/5728338 precedent); the unglossed forms accepted. title null (no headline).",
        "issuer: the signature 荊州市科學(xué)技術(shù)協會(huì). date: the dateline 2016年11月3日 (the page's 2016-11-04 accepted).",
        "The notice relays the city government office's notice (《關(guān)于做好…工作的》通知 — the title's closing bracket misplaced in the copy) but does not forward it as an enclosure: enclosed_title null (the bracketed words accepted). It has no 字号: no references.",
        "No numbered items: …于11月10日…報市科協普及部 closes the only request of the document, so no item deadline. contact: 程文華 (no gloss on these characters) and 4319739 under the mistyped 電活 label.",
    ]))

write(doc("52jingsai-2020-youth-popsci-experiment-contest-notice.txt",
    doc_type="notice", title="第七届全国青年科普创新实验暨作品大赛",
    recipients=["各省", "自治区", "直辖市科协", "新疆生产建设兵团科协"], date="2020-10-15",
    contact={"name": None, "phone": None, "email": "kepuchuangxindasai@126.com"},
    alternatives={"issuer": ["中国科学技术协会", "中国科协"], "title": [None], "date": [None]},
    outline=[
        it("1", "一、", 1, "活动时间", time_hint="2020年10月-2021年5月"),
        it("2", "二、", 1, "组织机构", resp=lu("中国科学技术馆", "中国科协青少年科技中心")),
        it("3", "三、", 1, "赛区设置"),
        it("4", "四、", 1, "进度安排"),
        it("4.1", "（一）", 2, "2020年10月，大赛通知发布阶段", deadline="2020-10-18"),
        it("4.2", "（二）", 2, "2020年11-12月，大赛推广阶段"),
    ],
    notes=[
        "Source: a contest-listing site (52jingsai.com) carrying 中国科协's notice of a youth contest: the site's path, its own headline (the contest's name), date and site name, a summary line (初赛:…;主办单位:…;大赛主题:… | …), the headline again with 初赛 line, then the notice from its 主送: one paragraph, 一、–四、 with (一)(二) under 四、; cut in (二). The notice's own title and signature are not stored. Stored as txt.",
        "title: the page's headline, the only one stored (null accepted: it is the contest's name, not the notice's title). issuer: null as stored — no signature or header; the body's 中国科协决定举办 and the 主办单位 line name the national association (accepted). date: the page's 2020-10-15 (null accepted).",
        "二、组织机构: the 承办单位 line inside the item is its responsibility (the corpus's spec-literal convention, README round 17): lead_units 中国科学技术馆, 中国科协青少年科技中心; 主办单位 and 分赛区主办单位 lines give nothing. 分赛区承办单位:各分赛区相关科技场馆承办(申报确定) names no body (venues still to be chosen by application — a vague tail with nothing before it): nothing.",
        "一、's 2020年10月-2021年5月 is the item's time cue (time_hint). 四、(一): heading to the first 。; its 请拟申报科普场馆于2020年10月18日前填写…申报表 → 2020-10-18, the item's deadline. The summary line's 初赛:由各分赛区主办 is no item.",
        "contact: no 联系人; the one address is the mailbox for the host venues' forms in 四、(一) — kept as the contact's e-mail (the lipsmiley precedent). 附件1/附件2 are mentioned, not listed: no references.",
    ]))

write(doc("lszkx-ningnan-science-spring-month-news.html",
    doc_type="news",
    notes=[
        "Source: a prefecture association's own site (lszkx, 凉山彝族自治州科学技术协会) report of a county's 科技之春 month: no headline stored, five paragraphs with a photo caption ((启动仪式)) between the first two, then the site footer (©2015, www.LSZKX.cn, ICP number, 站长统计, 地址, 邮编, 电话, 技术支持). Rebuilt as HTML around the stored text (the page title is the site's name).",
        "title null (no headline). date null: the report gives 3月17日 and 18日 without a year, and the footer's ©2015 is the site's copyright, not the report's date. No issuer for a news page.",
        "由宁南县人民政府主办，县教科局、县委宣传部、县科协承办 is a news sentence, not an item: no outline, no responsibility. The footer's 电话 is the site's: no contact.",
    ]))

write(doc("hzau-2023-hubei-university-associations-seminar-news.html",
    doc_type="news", title="【湖北日报】43所高校科协在汉共话建设发展", date="2023-04-21",
    alternatives={"title": ["43所高校科协在汉共话建设发展"], "date": [None, "2023-04-22"]},
    notes=[
        "Source: a university's news site (news24.hzau.edu.cn, 媒体华农 column) reprinting a provincial paper's report: the site name, path, headline with its 【湖北日报】 tag, a 核心提示 summary, 湖北日报讯(记者… 通讯员…) dateline, five paragraphs, 点击阅读原文 and 责任编辑 lines. Rebuilt as HTML around the stored text.",
        "title: the headline as the page writes it, tag included (without the tag accepted). date: no page date stored; the dateline 4月21日 with the year from the text (2023年高校科协经验交流及建设发展研讨会): 2023-04-21 (null, and the next day of the page's address, accepted).",
        "主办/承办 in a news sentence: no item, no responsibility. 责任编辑 is no contact. No numbered items.",
    ]))

write(doc("zswldj-2019-zhenxiong-three-to-countryside-news.html",
    doc_type="news", title="镇雄县开展2019年文化科技卫生“三下乡”活动", date="2019-02-12",
    alternatives={"date": ["2019-01-22"]},
    notes=[
        "Source: a county site (zswldj) report of its association's part in the 三下乡 campaign: headline, an 作者: (empty) 发布时间:2019/2/12 10:57:13 点击率:0 line, paragraphs with a photo caption (发放宣传资料), material titles in 《》 (one with 〈〉 inside), a 下一篇 link cut mid-title. Rebuilt as HTML around the stored text.",
        "date: the page's 发布时间 2019/2/12 (the campaign's opening 1月22日 accepted). No issuer for a news page.",
        "由县委宣传部牵头，县科协、县卫计局… in a news sentence: no item, no responsibility. The 《》 titles are leaflets: no references. No numbered items.",
    ]))

write(doc("shsyhxh-2018-aerospace-society-liaison-meeting-news.html",
    doc_type="news", title="2018年第一次秘书联络员工作会顺利召开", date="2018-07-10",
    alternatives={"date": ["2018-06-27"], "issuer": ["上海市宇航学会"]},
    outline=[
        it("1", "一是", 5, "要推优参加国际学术活动"),
        it("2", "二是", 5, "要积极配合、督促完成各个专业委员会年度学术工作计划"),
        it("3", "三是", 5, "做好各个单位和专业委员会各项活动的新闻报道"),
        it("4", "四是", 5, "做好会员的发展工作"),
    ],
    notes=[
        "Source: a city society's own site (shsyhxh.cn, 上海市宇航学会): headline, 作者:上海市宇航学会 2018-07-10 15:04 line, paragraphs indented with spaces, a sentence broken across two paragraphs (…提出了 / 四点工作要求:), then 一是…四是 each opening its own paragraph; cut in 四是. Rebuilt as HTML around the stored text.",
        "date: the page's 2018-07-10 (the meeting's 6月27日 accepted). issuer: null for a news page (the 作者 line's society accepted).",
        "一是…四是 open their own paragraphs: level 5, headings to the first 。/；. No responsibility (the points ask all units; 向学会秘书处报送 is where news goes).",
    ]))

write(doc("snkjb-2017-hanzhong-association-plenary-news.txt",
    doc_type="news", title="汉中市科协二届六次全委会召开", date="2017-02-28",
    alternatives={"date": ["2017-02-23"]},
    notes=[
        "Source: a provincial science paper's e-edition (szb.snkjb.com, 陕西科技报): 第01版 要闻 line, headline, the issue date on its own line, 本报讯, two paragraphs, the reporter's name in brackets. Stored as txt.",
        "date: the issue's 2017年2月28日 (the meeting's 2月23日 accepted). No issuer for a news page.",
        "The 决定 named in the report (关于命名…的决定) is cited without a 字号: no references. Work done in a list run with ；: no numbered items. 签订…工作责任书 is no responsibility of an item.",
    ]))
