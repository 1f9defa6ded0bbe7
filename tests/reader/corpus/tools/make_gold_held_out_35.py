"""Hand-made reference parses for the thirty-fifth held-out set (tools/held_out_35.txt): twelve public pages found with the
search tool for what a 科协 office's own departments and the bodies under it send and receive in a year of work, nationwide:
national and provincial societies' calls (青年人才托举, a doctoral programme, a 表彰 call, 全国科技工作者日 activities, 科普中国
nominations), 科技志愿服务 notices (a society's forwarding, a university's call, a university office's forwarding of a provincial
volunteer team), a city's 企业科协 notice, a provincial 企业科协 activity and a 园区科协's founding (news), and a national
association's 工作方案. Formats: seven .txt as the search returned them (no page markup survived, so no .html), three .docx and
two .pdf made from the document body (字号/title line to signature/date, as an attachment file would be). Each block was written
by reading the document against parse-format.md; the reader was not run on any of them. Writes ../gold/<stem>.json."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_gold import doc, it  # noqa: E402  (importing make_gold rewrites the first corpus's gold: the same files)
from make_gold_held_out_2 import write, fw, head  # noqa: E402  (marks the gold found; rewrites the second set's: the same files)


write(doc("cpa-2021-pharma-society-volunteer-examples-forwarding.txt",
    doc_type="notice", issuer="中国药学会",
    recipients=["中国药学会各地科技志愿服务队", "各有关单位"], date="2021-11-02",
    contact={"name": "韩青青", "phone": "18810756087", "email": "kpb@cpa.org.cn"},
    references=["科协办函宣字〔2021〕200号"],
    enclosed_title="关于征集2021年度科技志愿服务典型事迹有关事项的通知",
    alternatives={"enclosed_title": ["中国科协办公厅关于征集2021年度科技志愿服务典型事迹有关事项的通知", None]},
    notes=[
        "Source: a national society's own site (cpa.org.cn) page as the search returned it: 主送, one paragraph forwarding a 中国科协办公厅 notice, 联 系 人 with name and mobile on one line, 电子邮箱, 邮寄地址, 附件, the signature and the date. No headline in the copy. Stored as txt.",
        "doc_type notice: the society forwards (现将通知转发给你们) the 中国科协办公厅 call. title null (no headline survives). issuer from the signature.",
        "enclosed_title: the forwarded notice as the text names it in 《》 (关于征集…的通知); the attachment line's form with 中国科协办公厅 in front, or null, accepted. references: its 字号 科协办函宣字〔2021〕200号.",
        "contact: 联 系 人 with spaces in the label; the line holds the name and the mobile number a space apart: name 韩青青, phone 18810756087. 邮寄地址 is no contact field.",
        "No numbered items. 11月5日前提交 closes the whole notice: no item deadline. date: the signature's 2021年11月2日.",
    ]))

C = "csnr-2025-resources-society-doctoral-programme-notice.txt"
write(doc(C,
    doc_type="notice", recipients=["学会各分支机构"], date="2025-11-10",
    alternatives={"issuer": ["中国自然资源学会"], "date": [None]},
    outline=[
        it("1", "一、", 1, "推荐对象"),
        it("2", "二、", 1, "推荐渠道及名额"),
        it("2.1", "1.", 3, "推荐渠道"),
        it("2.2", "2.", 3, "每个分支机构可推荐候选人不超过2名"),
        it("3", "三、", 1, "推荐程序"),
        it("3.1", "1.", 3, fw("请各分支机构于2025年11月17日前将《2025中国自然资源学会青年科技人才培育工程博士生专项计划推荐意见表》(附件2)word版、签字盖章PDF扫描件发送至csnr@igsnrr.ac.cn"),
           deadline="2025-11-17"),
        it("3.2", "2.", 3, fw("请候选人访问“中国科协青年科技人才培育工程博士生专项计划服务平台”http://kecaihui-tm-zz.cast.org.cn/match-page/qtgc),注册账号并登录,选择“申报人”角色,在线填写《中国科协青年科技人才培育工程博士生专项计划推荐表》(附件3)并上传有关附件材料,并于2025年11月17日前完成提交").replace("http：", "http:"),
           deadline="2025-11-17"),
        it("3.3", "3.", 3, "学会审核候选人材料，经遴选后推荐至中国科协"),
        it("4", "四、", 1, "有关要求"),
        it("4.1", "1.", 3, "各推荐单位需按照本通知要求及《管理办法》遴选条件，公平公正组织推荐工作，把好候选人入口关"),
    ],
    notes=[
        "Source: a national society's own site (csnr.org.cn) page as the search returned it: a 发布者/发布时间/浏览量 line, 主送, the preamble, 一、–四、 with 1.–3. under 二、 and 三、; cut inside 四、1. No headline, no signature. Stored as txt.",
        "issuer: the society names itself in prose only (中国自然资源学会现启动实施…): null (the society accepted). title null (no headline in the copy). date: the page's 发布时间 2025-11-10 (the posting day, as earlier notices without signature; null accepted).",
        "1. under 二、 and 三、 have no (一) parent: level 3, ids under their 一、 item. Headings to the first 。 or ：: 三、1. runs to the 。 after the mailbox; 三、2.'s heading keeps the URL as written, its closing bracket made full-width with the rest (a converter may leave it half-width).",
        "三、1. and 三、2. each state 2025年11月17日前 inside the item: their deadline. No responsibility: 请各分支机构/请候选人 tell the recipients what to send, and 学会审核 (三、3.) is the issuer itself, not one of its offices.",
        "contact null: the copy holds no 联系人 block (the mailbox stands inside 三、1. as where to send). The 管理办法 cited has no 字号: no references.",
    ]))

T = "tiwflgi-2022-automation-society-workers-day-call.txt"
write(doc(T,
    doc_type="notice",
    recipients=["各分支機構", "理事單位", "省級自動化學會", "期刊編輯部", "科普教育基地"],
    references=["科協發宣字〔2022〕15號"],
    alternatives={"issuer": ["中國自動化學會"]},
    outline=[
        it("1", "一、", 1, "目標成效"),
        it("2", "二、", 1, "主要活動"),
        it("2.1", "（一）", 2, "“創新爭先、自立自強”主題活動"),
        it("2.2", "（二）", 2, "全國科技活動周與全國科技工作者日聯動重點活動"),
        it("2.3", "（三）", 2, "弘揚科學家精神系列活動"),
        it("2.4", "（四）", 2, "科技為民志愿服務活動"),
    ],
    notes=[
        "Source: a mirror site (tiwflgi.cn) copy, in traditional characters, of a national society's call for 2022 全国科技工作者日 activities: 主送, the preamble citing the 中国科协 notice's 字号 in quotation marks, 一、目標成效, 二、主要活動 with (一)–(四); cut inside (四). No headline, no signature, no date. Stored as txt.",
        "issuer: the society names itself in prose only (中國自動化學會現面向各單位…): null (accepted). title and date null (none survive).",
        "references: 科協發宣字[2022]15號 normalised to 〔〕, characters kept as the copy writes them. recipients split on 、.",
        "(一)–(四) run on in one paragraph each: headings to the first 。. No responsibility and no deadlines (5月 is the festival month, not an item's date).",
    ]))

Q = "qhmfjz-2023-university-volunteer-examples-notice.txt"
write(doc(Q,
    doc_type="notice", recipients=["各学院及相关单位"],
    alternatives={"recipients": [["各学院", "相关单位"]]},
    outline=[
        it("1", "一、", 1, "遴选类别"),
        it("2", "二、", 1, "遴选条件"),
        it("2.1", "（一）", 2, "科技志愿者"),
        it("2.1.1", "1.", 3, "热爱祖国，拥护中国共产党领导，自觉践行社会主义核心价值观，大力弘扬新时代科学家精神和科技志愿服务精神，具有较强的社会责任感和奉献意识"),
        it("2.1.2", "2.", 3, "加入科技志愿服务组织，主要服务内容特色鲜明"),
        it("2.1.3", "3.", 3, "长期参加科技志愿服务活动，在农技服务、乡村振兴、科技教育、科学普及等方面事迹突出、群众认可"),
        it("2.1.4", "4.", 3, "应在科技志愿服务信息平台注册，累计参加活动次数不少于10次，科技志愿服务时数不低于20小时"),
        it("2.2", "（二）", 2, "科技志愿服务组织"),
        it("2.2.1", "1.", 3, "科技志愿服务成效显著，在弘扬科学精神、普及科学知识、助力经济社会发展、防控新冠肺炎疫情等方面贡献突出，服务对象评价高，社会反响好"),
        it("2.2.2", "2.", 3, "经所在单位领导机构或基层群众性自治组织同意成立"),
        it("2.2.3", "3.", 3, "注册科技志愿者人数原则上不少于20人，组织开展科技志愿服务活动不少于50场，科技志愿服务项目特色明显、品牌凸显"),
        it("2.2.4", "4.", 3, "人均开展科技志愿服务时数不低于5小时，累计开展科技志愿服务时数不低于100小时"),
        it("2.2.5", "5.", 3, "应在科技志愿服务信息平台注册，无不良记录，公信力强"),
        it("2.3", "（三）", 2, "科技志愿服务项目"),
        it("2.3.1", "1.", 3, "项目策划、执行团队（以下简称团"),
    ],
    notes=[
        "Source: a university site mirror (qhmfjz.com, path 2023/0327) copy of a university's relay of the 中国科协 call for 2022 科技志愿服务 examples: 主送 (各学院及相关单位), the preamble, 一、遴选类别, 二、遴选条件 with (一)–(三) and 1.–5.; cut inside (三)1. No headline, no issuer, no date in the copy. Stored as txt.",
        "issuer, title, date null (none survive; the path's 2023/0327 is the site's, not the copy's). doc_type notice (现将有关事项通知如下).",
        "recipients: 各学院及相关单位 has no 、 or ，: one entry (split on 及 accepted).",
        "(一)1. is split by a line break after 具有 (具有 / 较强的…): the repair joins it, and the heading runs to the 。 (the part up to 具有 is what an unrepaired line gives). The last item is cut mid-bracket: heading as the copy stops, bracket full-width.",
        "No responsibility and no deadlines in what the copy holds; the 10次/20小时 thresholds are conditions, not dates.",
    ]))

write(doc("huaxiataike-2023-shenzhen-enterprise-associations-notice.txt",
    doc_type="notice", issuer="市科学技术协会", date="2023-03-16",
    contact={"name": "窗口刘女士", "phone": "83699167", "email": None},
    alternatives={"issuer": ["市科学技术协会 市科技创新委", "市科学技术协会市科技创新委"],
                  "contact.name": ["刘女士", "窗口刘女士；业务孙老师；叶先生", "刘女士、孙老师、叶先生"],
                  "contact.phone": ["83699167；15813860898；83557693", "83699167、15813860898、83557693"],
                  "contact.email": ["yipsmail@163.com"]},
    notes=[
        "Source: a consultancy's site (huaxiataike.com) copy of a city association's notice encouraging 国高企业 to set up 企业科协: three paragraphs (the city is 深圳 from 深汕特别合作区 and 腾讯), 联系人, 特此通知, the joint signature of two bodies on one line (市科学技术协会 市科技创新委), the date, then the copier's 原文链接/免责声明 and page chrome. No headline, no 主送. Stored as txt.",
        "issuer: the first body of the joint signature, as the copy writes it (市科学技术协会; both bodies accepted). title null. date: the signature's 2023年3月16日.",
        "contact: the 联系人 line names three people each with a phone, separated by ；: the first person and phone as the primary reading (窗口 is her desk, kept as written; all three accepted). email null: the mailbox (yipsmail@163.com) stands in the text as the material-checking address, not in the contact line (accepted).",
        "No numbered items; 不设截止日期: no deadline. The 企业科协成立组织程序 carries no 字号: no references.",
    ]))

write(doc("hyjcy-2025-jilin-enterprise-associations-activity-news.txt",
    doc_type="news", date="2025-12-01",
    alternatives={"date": ["2025-11-25"]},
    notes=[
        "Source: a mirror (hyjcy.jsqmw888.com) of a national association's 地方科协 news column: a blank line, 发布日期: 2025.12.01, five paragraphs on a provincial service centre's 企业科协 activity, the 吉林省科协供稿 line. No headline in the copy. Stored as txt.",
        "date: the page's 2025.12.01 (the activity's 11月25日, year from the page, accepted). title null. issuer null (a report; 供稿 names who sent it, as earlier news).",
        "A single report, not a gathered page: no segments; no items.",
    ]))

write(doc("163-hefei-wenhua-park-association-founding-news.txt",
    doc_type="news",
    notes=[
        "Source: a news portal's mobile page (m.163.com) of a report on a park association's founding congress in Hefei's 包河区: paragraphs with the portal's 打开网易新闻 查看精彩图片 lines and captions (图/会议现场) between them; cut inside the city association secretary's second point. No headline, no dateline, no year. Stored as txt.",
        "date null: 12月22日 names the meeting's day and no year survives in the copy. title and issuer null (a report).",
        "一是…二是 inside one paragraph of a speech summary are points of a quoted speech in a news report, not the document's outline (as earlier news pages): outline empty. No segments (one report).",
    ]))

write(doc("cacsi-2020-tutors-association-popsci-china-nomination-notice.docx",
    doc_type="notice", issuer="中国青少年科技辅导员协会",
    title="关于组织开展“典赞·2020科普中国”宣传推选活动的通知",
    recipients=["各理事单位会员"], date="2020-09-18",
    contact={"name": "邢然", "phone": "010-68516005", "email": None},
    alternatives={"contact.email": ["xingran@cast.org.cn"], "recipients": [["各理事单位", "会员"]],
                  "enclosed_title": ["中国科协办公厅关于开展“典赞·2020科普中国”宣传推选活动的通知"]},
    outline=[
        it("1", "1.", 3, "请各理事单位按照通知要求，结合工作实际，组织开展年度科普人物和作品推选活动"),
        it("2", "2.", 3, "请各单位于9月30日前完成推选工作，将活动推荐表电子版发指定邮箱（xingran@cast.org.cn）",
           resp={"departments": ["青辅协秘书处"]}, deadline="2020-09-30"),
    ],
    notes=[
        "Source: a national association's own site (cacsi.org.cn) notice; stored as .docx holding only the document (title line to date; the site's 通知公告 label, 发布时间/来源 line and footer links dropped), one paragraph a line.",
        "issuer from the signature (中国青少年科技辅导员协会). date: the signature's 2020年9月18日. recipients: 各理事单位会员 as one entry (no separator; 理事单位/会员 accepted).",
        "enclosed_title null: the notice organises the association's own selection and attaches the 中国科协办公厅 notice (活动通知详见附件), it does not 转发 it (the attachment's title accepted). The attached notice has no 字号 in the text: no references.",
        "1. and 2. have no 一、 parent: level 3, ids 1 and 2. 2. states 9月30日前 (the document's year): deadline 2020-09-30. 2. also says 青辅协秘书处将组织评审并择优推荐: the issuer's own office (秘书处) given a task in prose: departments.",
        "contact: 联系人 and 联系电话 lines; email null (the mailbox stands inside 2. as where to send; accepted).",
    ]))

write(doc("dharma11-2022-cast-popsci-opinion-study-plan.docx",
    doc_type="plan",
    title="中国科协学习宣传贯彻《关于新时代进一步加强科学技术普及工作的意见》工作方案",
    alternatives={"issuer": ["中国科协"]},
    outline=[
        it("1", "一、", 1, "总体要求"),
        it("2", "二、", 1, "提高政治站位，精心组织学习"),
        it("2.1", "（一）", 2, "党组、书记处领学，悟思践行"),
        it("2.2", "（二）", 2, "纲要成员单位专题研讨"),
    ],
    notes=[
        "Source: a spam-titled mirror (dharma11.com) of a national association's 工作方案 (来源 empty, 时间 2022-10-18); stored as .docx holding only the document from its title line, as far as the copy goes (cut inside (二)); the site's banner and the 来源/时间 line dropped.",
        "doc_type plan (工作方案). issuer null: the 方案 names 中国科协 in its title only and has no signature (中国科协 accepted). date null (no date in the stored body).",
        "Items: 一、总体要求, 二、 with (一)(二) whose headings stand on their own lines. The actors named in (一)(二) (党组、书记处, 全民科学素质纲要实施工作办公室) describe who studies, with no 牵头/责任 annotation: no responsibility. The cited 纲要 and 规划 carry no 字号: no references.",
    ]))

write(doc("npoall-2024-15-exploration-association-youth-talent-notice.docx",
    doc_type="notice", doc_number="中科探发〔2024〕第15号",
    recipients=["各部门", "分支机构", "团体会员单位", "各位理事", "会员"],
    references=["科协办函组字〔2024〕60号"],
    alternatives={"issuer": ["中国科学探险协会"], "doc_number": ["中科探发〔2024〕15号"]},
    outline=[
        it("1", "一、", 1, "申报时间", deadline="2024-11-10"),
        it("2", "二、", 1, "托举资助对象和申报条件"),
        it("2.1", "1.", 3, "本届项目围绕“四个面向”，以能力、素质、潜质为标准，重点支持从事基础研究和原始创新的青年科技工作者，从事集成电路、工业母机、基础软件、先进材料、科研仪器、核心种源等关键核心技术攻关的青年科技工作者，从事新一代信息技术、人工智能、量子科技、生物科技、新能源、新材料等新兴产业、未来产业领域科技创新的青年科技工作者"),
        it("2.2", "2.", 3, "中国科学探险协会正式会员，年龄在32岁以下（1992年1月1日及以后出生）青年科技工作者"),
        it("2.3", "3.", 3, "人力资源社会保障部博士后创新人才支持计划、留学回国人员创业启动支持计划入选者和其他国家级人才计划入选者，不作为托举对象"),
        it("3", "三、", 1, "申报办法"),
        it("3.1", "1.", 3, "专家推荐"),
        it("3.2", "2.", 3, "机构推荐"),
        it("3.3", "3.", 3, "个人自荐"),
    ],
    notes=[
        "Source: a society's page on an NGO platform (npoall.com) as the search returned it from the 字号 line; stored as .docx holding the document from its 字号 line as far as the copy goes (cut inside 三、3.), one paragraph a line. No title line and no signature survive.",
        "doc_number as written (中科探发〔2024〕第15号, with its 第; without it accepted). issuer null: the society names itself in prose only (中国科学探险协会从即日起开展…; accepted). title and date null.",
        "recipients: 各部门、分支机构、团体会员单位、各位理事、会员 split on 、: five entries. references: the 中国科协 notice's 字号 科协办函组字〔2024〕60号 (cited as the basis, not forwarded).",
        "一、申报时间 states 自通知之日起至2024年11月10日24:00时截止 inside the item: its deadline (as an item's own date). The markers are written with a space after 、 (一、 申报时间): marker 一、, heading without the space. 1.–3. under 二、 and 三、 are level 3; 三、1.–3. headings end at their first 。 (专家推荐 etc.).",
    ]))

write(doc("cmam-2021-6-ethnic-medicine-society-commendation-notice.pdf",
    doc_type="notice", issuer="中国民族医药学会", doc_number="中民医药会科〔2021〕6号",
    recipients=["各分会", "理事单位"], date="2021-01-27",
    contact={"name": "刘祎祺", "phone": "16619708689", "email": "cmamkjpsb@163.com"},
    outline=[
        it("1", "一、", 1, "表彰对象和事项"),
        it("1.1", "（一）", 2, "表彰对象"),
        it("1.2", "（二）", 2, "表彰事项"),
        it("1.3", "（三）", 2, "已按2020年度《中国民族医药学会关于报送社会公益活动开展情况的通知》申报相关材料的不再重复申报，2020年度《关于通报表扬抗疫集体和个人的决定》中已表彰的不再重复申报"),
        it("2", "二、", 1, "申报要求"),
        it("2.1", "（一）", 2, "申报者需填写表彰活动申报表，申报表请以电子版的形式发送到指定邮箱"),
        it("2.2", "（二）", 2, "由分会申报者，分会会长签字后报送"),
        it("2.3", "（三）", 2, "申报材料截止时间", deadline="2021-04-30"),
    ],
    notes=[
        "Source: a national society's own site (cmam.org.cn) notice; stored as .pdf (made via docx) holding the document from its 字号 line to the date, one paragraph a line. No title line survives in the copy.",
        "issuer from the signature; doc_number from the 字号 line. title null. date: the signature's 2021年1月27日. recipients 各分会、理事单位 split on 、.",
        "Items: 一、 and 二、 with headings ending at their ：; (一)(二) of 一、 end at their ： too; (三) of 一、 runs to its 。; (二) of 二、 ends at its ；. (三)申报材料截止时间：2021年4月30日 is an item that states a date: its deadline (as the set-27 precedent for an item's own date).",
        "contact: 邮 箱 and 联 系 人 with spaces in the labels; the 联系人 line holds name and phone separated by ，. The two documents named in (三) carry no 字号: no references. 附件：1.…2.… is the attachment list, not outline.",
    ]))

write(doc("sntcm-2025-shaanxi-popsci-volunteer-team-forwarding.pdf",
    doc_type="notice",
    title="关于转发陕西省科技资源统筹中心成立陕西省科普志愿服务队及招募科普志愿者的通知",
    recipients=["各单位"],
    enclosed_title="陕西省科技资源统筹中心成立陕西省科普志愿服务队及招募科普志愿者的通知",
    alternatives={"enclosed_title": [None]},
    outline=[
        it("1", "一、", 1, "服务队主要任务"),
        it("1.1", "（一）", 2, "开展科普宣传活动"),
        it("1.2", "（二）", 2, "参与科普创作和传播"),
        it("1.3", "（三）", 2, "提供科普服务"),
        it("1.4", "（四）", 2, "开展科普调研和评估"),
        it("2", "二、", 1, "服务队招募条件"),
        it("2.1", "（一）", 2, "拥护党的方针、政策和法规，热爱科普公益事业、具有较强的社会责任感和奉献精神"),
        it("2.2", "（二）", 2, "具有一定的科学文化知识和专业技能，能够胜任科普志愿服务工作"),
        it("2.3", "（三）", 2, "身体健康，具备良好的表达能力、沟通能力和团队合作精神"),
        it("2.4", "（四）", 2, "能够服从统一安排，参加相关专业知识培训及其相"),
    ],
    notes=[
        "Source: a medical university's 科技处 page (kjc.sntcm.edu.cn) forwarding a provincial centre's call for popular-science volunteers; stored as .pdf (made via docx) holding the document from its title line as far as the copy goes (cut inside 二、(四)); the page's 来源/作者/点击数/发表时间 line and 字号:[双击滚屏] widget dropped, so no issuer and no date remain in the body.",
        "issuer and date null (the 科技处 and the posting day were on the dropped page line). doc_type notice (转发).",
        "enclosed_title: what the title forwards (陕西省科技资源统筹中心成立…的通知), whose text follows (具体通知如下); null accepted, since the forwarded notice's own title line does not appear.",
        "Items: 一、 and 二、 each with (一)–(四); headings to the first 。. No responsibility or deadlines. The 科学技术普及法 is cited without a 字号: no references.",
    ]))
