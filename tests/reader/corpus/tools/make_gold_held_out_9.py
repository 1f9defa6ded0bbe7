"""Hand-made reference parses for the ninth held-out set (tools/held_out_9.txt): eleven public pages found with the
search tool after the eighth held-out set had been looked at, weighted to documents whose items carry responsibilities
and deadlines. Each block was written by reading the document against parse-format.md, before the reader was run on
it. Writes ../gold/<stem>.json."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_gold import doc, it  # noqa: E402  (importing make_gold rewrites the first corpus's gold: the same files)
from make_gold_held_out_2 import write  # noqa: E402  (marks the gold found; rewrites the second set's: the same files)


def lu(*units, partners=()):
    return {"lead_units": list(units), "partner_units": list(partners)}


def role(title):
    return {"name": None, "title": title}


write(doc("hangzhou-2015-internet-plus-opinions-draft.txt",
    doc_type="plan", title="杭州市推进“互联网+”行动实施意见", date="2015-09-15",
    alternatives={"doc_type": ["other"], "title": ["杭州市推进“互联网+”行动实施意见（征求意见稿V2.2）"]},
    outline=[
        it("1", "一、", 1, "工作目标"),
        it("2", "二、", 1, "实施重点"),
        it("2.1", "（一）", 2, "“互联网+”创业创新"),
        it("2.1.1", "1.", 3, "大力发展众创空间", resp=lu("市科委", partners=["各区县市"])),
        it("2.1.2", "2.", 3, "加快特色小镇建设", resp=lu("市发改委", partners=["各区县市"])),
        it("2.1.3", "3.", 3, "打造中小企业云服务平台"),
    ],
    notes=[
        "Source: a document-sharing site's copy of a city's draft 实施意见: the title, (征求意见稿V2.2) and the draft's date in brackets on two lines, a paragraph, 一、二、 with (一) and 1.2.3. items each closed by (牵头单位:…,配合单位:…); cut inside 3.",
        "doc_type: an 实施意见 that sets out tasks with lead and partner units works as a plan (其他 accepted: 意见 is not in the spec's list). title: the draft label on its own line is no part of the title (accepted with it). date: the draft's date in brackets under the title.",
        "Responsibility: the bracket after each item belongs to that item; 牵头单位 → lead_units, 配合单位 → partner_units (a comma, not a 分号, between them). 三年内 / 力争5年内 are no deadlines (no date).",
    ]))

write(doc("hast-2016-literacy-action-work-points.txt",
    doc_type="plan",
    outline=[
        it("1", "一、", 1, "牢固树立创新、协调、绿色、开放、共享的发展理念，全面推进“十三五”全民科学素质工作"),
        it("1.1", "（一）", 2, "广泛深入宣传普及创新、协调、绿色、开放、共享的发展理念"),
        it("1.1.1", "1.", 3, "围绕我国经济社会发展新常态的需求，大力普及宣传创新、协调、绿色、开放、共享的发展理念",
           resp=lu("各成员单位")),
        it("1.2", "（二）", 2, "紧紧围绕中央部署，全面落实全民科学素质纲要实施工作各项任务"),
        it("1.2.2", "2.", 3, "推动印发《全民科"),
    ],
    notes=[
        "Source: a provincial association's copy of a year's 全民科学素质行动 工作要点 that lost its title and head: two paragraphs (重点做好以下工作), 一、 with (一)(二) and 1. 2. numbered across them, each item closed by the bodies in brackets; cut inside 2.",
        "doc_type: a 工作要点 (plan) though its title line is lost; issuer, title, date: none in the copy.",
        "1.'s bracket (各成员单位) after the item is its responsibility: a unit with no label, lead_units.",
        "2. under (二) keeps its number (numbered across the sections): id 1.2.2; its heading is what the copy holds.",
    ]))

write(doc("luohe-2007-science-week-requirements.txt",
    doc_type="notice", contact={"name": "李连合", "phone": "3134362", "email": None},
    alternatives={"doc_type": ["other"]},
    outline=[
        it("6", "六、", 1, "有关要求"),
        it("6.1", "1、", 3, "各县区、各有关单位要进一步提高认识，统一思想，加强对科技活动周的领导，把科技活动周作为本县区、本单位科普工作的一项大事来抓，安排专项经费支持科技活动周的开展"),
        it("6.2", "2、", 3, "作为主办单位，各级党委宣传部门、科技行政部门和科协组织，要把组织筹备好科技活动周作为当前的一项重要任务，统筹部署，密切配合，联合协作，集成资源"),
        it("6.3", "3、", 3, "新闻媒体要积极参与2006年科技活动周的宣传报道工作，各有关单位要结合各自业务，印发宣传材料，悬挂宣传横幅，发挥各自优势，加大宣传力度，提高宣传质量，进一步扩大科技活动周在全社会的影响"),
        it("6.4", "4、", 3, "2007年科技活动周结束后，各县区、各单位要对本届科技活动周的举办情况进行全面总结",
           resp=lu("各县区科技局", partners=["县区委宣传部", "科协"]), deadline="2007-05-30"),
    ],
    notes=[
        "Source: the second page of a city's 科技活动周 notice on a law database: 六、有关要求 with 1、to 4、, the contact (spaced label 联 系 人), then 附件2's table one row a line (cut).",
        "doc_type: the part of a 通知 (its 主办单位, its attachments) whose head is on the first page: notice (other accepted). No title, issuer or date in the copy.",
        "1、to 3、 say what each kind of body is to do (各县区、各有关单位要…): the subject of a duty, not an assignment (as 各学科部要… in the eighth set's baogaosu): no responsibility.",
        "4、 assigns the summary report in prose: 各县区科技局牵头 → lead_units; 会同县区委宣传部和科协 → partner_units (和 joins two bodies). 于5月30日前报送 in the 2007 activity week (2007年科技活动周结束后) → 2007-05-30; 3、's 2006年 is the source's slip.",
        "The table under 附件2 (序号 主要内容 时间 …) is no outline.",
    ]))

write(doc("licheng-2016-science-week-publicity-notice.txt",
    doc_type="notice", title="关于做好2016年鲤城区科技活动周宣传活动的通知", date="2016-05-10",
    recipients=["区全民科学素质工作领导小组成员单位", "高新区管委会", "各街道办事处", "区电影公司"],
    references=["闽科政〔2016〕9号", "泉科〔2016〕53号"],
    contact={"name": "小詹", "phone": "22355920", "email": None},
    alternatives={"date": [None], "contact.email": ["fjqzlckp@126."]},
    outline=[
        it("1", "一、", 1, "科技周活动时间"),
        it("2", "二、", 1, "科技周活动主题"),
        it("3", "三、", 1, "科技活动周活动内容"),
        it("3.1", "1、", 3, "区科协特邀请专家为区领导干部及企业家举办《创新驱动助力工程与企业转型升级》科普讲座"),
        it("3.2", "2、", 3, "区科协组织志愿者送万元科普图书到区两新组织党群服务中心"),
        it("3.3", "3、", 3, "高新区管委会科协要组织辖管企业开展一场以上科普宣传或讲、比活动"),
        it("3.4", "4、", 3, "各街道科协要制定活动周工作方案，组织各社区开展一场以上科普宣传活动"),
        it("3.5", "5、", 3, "区教育局要组织各中、小学校开展相关科技制作比赛或科普体验活动"),
        it("3.6", "6、", 3, "区电影公司在活动周期间安排科普电影进社区、企业、学校"),
        it("3.7", "7、", 3, "区全民科学素质工作领导小组各成员单位要结合各自的实际开展各种科普宣传教育活动"),
        it("4", "四、", 1, "具体要求"),
        it("4.1", "1、", 3, "各相关单位要重视活动周的组织工作，立足实际，抓好落实"),
        it("4.2", "2、", 3, "各单位要对活动周的组织实施、主要内容、活动成效、典型案例等进行认真分析和梳理，形成工作总结，连同影像资料、《2016年福建省科技活动周活动情况统计表》、《2016年万名科学使者进社区（农村、企业、军营）活动人员信息表》，于2016年5月20日前报送区科协",
           deadline="2016-05-20"),
    ],
    notes=[
        "Source: a district portal's page: the title, a 时间/浏览量 line, 主送, a paragraph citing two documents, 一、to 四、 with 1、…7、 (each a body and what it does) and 1、2、, the contact and a cut e-mail; no signature.",
        "date: no 成文日期 survives; the page's posting day (2016-05-10) as for other portal copies (null accepted). issuer: none named (the report goes to 区科协, which may have issued it: left null).",
        "三、's items each name the body that acts as the sentence's subject (区科协特邀请…, 区教育局要组织…): what each does, not an assignment annotation (the corpus's convention for 各…要…): no responsibility.",
        "四、2、's heading runs to its 。 across the page break inside 《2016 / 年万名…》 (joined). 于2016年5月20日前报送区科协 → deadline 2016-05-20; the activity week's dates under 一、 are no deadline.",
        "contact: the e-mail is cut (fjqzlckp@126.): none (the cut one accepted).",
    ]))

write(doc("vanbien-2017-society-reform-points-notice.txt",
    doc_type="notice", title="《中国科协2017年学会改革工作要点》印发", date="2017-04-28",
    recipients=["各全国学会", "协会", "研究会"], enclosed_title="中国科协2017年学会改革工作要点",
    alternatives={"title": [None], "date": [None], "issuer": ["中国科协"]},
    outline=[
        it("1", "一、", 1, "各学会要高度重视落实学会改革任务"),
        it("2", "二、", 1, "各学会要坚定不移推进学会改革深化", deadline="2017-05-22"),
    ],
    notes=[
        "Source: a science news site's repost: 来源/发布时间 line, 选择字号, the site's headline, 主送, the 中国科协 notice's paragraph and 一、二、 (cut inside 二、); no signature.",
        "title: the notice's own title is lost; the page's headline is the only one (null accepted). issuer: 中国科协 only in the 来源 line and the text (accepted, not required). date: the posting day (null accepted).",
        "enclosed_title: the notice sends out the 工作要点 it names in 《》 (中国科协制定了《…》…现将有关工作通知如下).",
        "二、 asks the societies without a plan to send it 于5月22日前 in a 2017 notice → 2017-05-22 (an item's deadline, not the whole document's). 各学会要… is the subject of a duty: no responsibility.",
    ]))

write(doc("cstam-2017-society-reform-work-points.txt",
    doc_type="plan", title="中国科协2017年学会改革工作要点", date="2017-04-28",
    alternatives={"date": [None], "issuer": ["中国科协"]},
    outline=[
        it("1", "一、", 1, "学会年度改革基本任务"),
        it("1.1", "1.", 3, "建立务实高效、位阶有序的会议制度，制定科学明确的理事会、常务理事会、理事长办公会、秘书长工作会等各级会议的议事规则，确保学会工作依章依规开展"),
        it("1.2", "2.", 3, "大力发展个人会员，学会个人会员总数在2016年底的基础上整体增加15%以上"),
        it("1.3", "3.", 3, "制定适应改革要求的分支机构管理办法，加强分支机构建设和管理，对长期不开展活动的分支机构进行清理和调整，规范分支机构活动开展"),
        it("1.4", "4.", 3, "制定兼职人员行为准则，明确学会理事等兼职人员的权利和义务，及时调整无故不参加会议、不能正常履职的理事，确保学会内部治理工作顺利开展"),
    ],
    notes=[
        "Source: a national society's page: 发布日期, the 工作要点's title, a paragraph, 一、 with 1. to 4. (cut inside 4.).",
        "date: the page's 发布日期 (null accepted); issuer: none in the copy (中国科协 in the title, accepted).",
        "2.'s 在2016年底的基础上 is a baseline, not a deadline; 在2017年须认真完成 covers the year: no item has a deadline.",
    ]))

write(doc("smxe-2025-leading-group-request-template.txt",
    doc_type="other", date="2025-04-05", alternatives={"doc_type": ["plan"]},
    outline=[
        it("1", "一、", 1, "成立背景"),
        it("2", "二、", 1, "领导小组组成"),
        it("2.1", "1.", 3, "组长"),
        it("2.2", "2.", 3, "副组长"),
        it("2.3", "3.", 3, "成员"),
        it("3", "三、", 1, "主要职责"),
        it("3.1", "1.", 3, "统筹协调专项工作的推进，研究解决工作中遇到的重大问题"),
        it("3.2", "2.", 3, "制定阶段性工作计划，明确目标任务和时间节点"),
        it("3.3", "3.", 3, "督促检查各责任单位工作进展情况，确保任务按时保质完成"),
        it("3.4", "4.", 3, "定期召开工作会议，听取汇报，分析形势，提出改进措施"),
        it("4", "四、", 1, "工作要求"),
        it("4.1", "1.", 3, "各成员单位要高度重视，密切配合，确保领导小组各项工作顺利开展"),
        it("4.2", "2.", 3, "领导小组办公室负责日常事务管理，及时汇总情况，上报领导小组审定"),
        it("4.3", "3.", 3, "各单位要严格按照领导小组的统一部署，认真履行职责，确保各项任务落到实处"),
        it("5", "五、", 1, "其他事项"),
    ],
    leading_group={"name": "专项工作领导小组", "heads": [role("分管该项工作的领导")],
                   "deputies": [role("相关部门负责人")], "members": [role("相关职能部门负责人")], "office": None},
    notes=[
        "Source: a template site's 请示 to set up a 领导小组: a paragraph, 一、to 五、 with 1. 2. items, 特此请示, the placeholder (单位名称) and a date.",
        "doc_type: a 请示 (not in the spec's kinds): other (plan accepted: it calls itself 本方案). issuer: the placeholder is no body: null.",
        "leading_group: roles without names (组长：由分管该项工作的领导担任 …), as the corpus's convention (the spec's Guangdong reference): heads/deputies/members with a null name and the role as title. 领导小组办公室 is named but not where it sits: office null.",
        "二、's 1. 2. 3. headings end at their colon (组长, 副组长, 成员). 四、2. 领导小组办公室负责… describes the group's workings, not an item's assignment: no responsibility. 按时 is no deadline.",
    ]))

write(doc("tudiao-2023-university-associations-work-points.txt",
    doc_type="plan", title="中国科协2023年高校科协建设工作要点",
    alternatives={"date": ["2020-06-05"], "issuer": ["中国科协"]},
    outline=[
        it("1", "一、", 1, "分类指导、重点突破，扩大高校科协组织有效覆盖"),
        it("1.1", "1.", 3, "以省（区、市）科协为核心，加强分类指导，根据各地区高校科协覆盖情况，建立目标导向，层层传导责任"),
        it("1.2", "2.", 3, "以省级高校科协联盟为抓手，指导部分条件成熟的省（区、市）科协以本地区重点高校科协为龙头，动员其他高校科协积极参与，建立省级高校科协联盟"),
    ],
    notes=[
        "Source: a document site's copy of a 工作要点 (the site changed its year and masked words with ****): the title, a 发布/阅读 line, a paragraph that opens with 附件。, 一、 with 1. 2. (cut inside 2.).",
        "date: none is the document's (the site's posting day 2020-06-05 precedes the plan's own year; accepted). issuer: none in the copy (中国科协 in the title accepted).",
    ]))

write(doc("dawa-2021-government-report-task-breakdown-notice.txt",
    doc_type="notice", issuer="盘锦市大洼区人民政府办公室", date="2021-01-25",
    recipients=["各镇（街道）人民政府（办事处）", "临港经济开发区管委会", "区政府各部门", "直属机构"],
    enclosed_title="《政府工作报告》任务分解表",
    alternatives={"enclosed_title": ["<政府工作报告>任务分解表"]},
    notes=[
        "Source: a district portal's 印发 notice that lost its title line: 主送, two paragraphs, 附件, the signature, the date, (此件公开发布).",
        "enclosed_title: the table the notice sends out, 《<政府工作报告>任务分解表》 (the inner 《》 written <>).",
        "The second paragraph speaks of 牵头单位 and 责任（配合）单位 in general (no item): no outline, no responsibility. 每季度 is no deadline.",
    ]))

write(doc("chacewang-science-popularisation-tasks-excerpt.txt",
    doc_type="plan", alternatives={"doc_type": ["other"]},
    outline=[
        it("1", "一、", 1, "建立健全科普工作体系"),
        it("1.1", "1.", 3, "完善落实科普工作制度机制，确定全市年度重点科普工作目标任务，推动县级于9月底前建立科普工作联席会议制度和首席科学传播专家制度，依托“浙里科普”加快建设科普服务平台，做好年度科普基地建设、科普活动开展、科普职称评审等具体组织实施工作",
           resp=lu("市科协", "市科技局")),
        it("1.7", "7.", 3, "强化科普服务平台建设，有条件的均应植入科普元素", resp=lu("市科技局", "市科协", "市委宣传部")),
        it("1.9", "9.", 3, "推动科普活动提档提能，联动办好科技活动周、全国科普日、全国科技工作者日、公众科学日等重大科普活动，培育新型高素质三农人才，开展防灾减灾科普宣传、科普讲解大赛等活动5场",
           resp=lu("市应急管理局", "市自然资源局", "市科技局", "市科协")),
        it("1.16", "16.", 3, "落实科技奖励与科普工作有机衔接，设立科普专家团，培育一支专兼结合、素质优良、覆盖广泛的科普工作队伍"),
    ],
    notes=[
        "Source: a policy site's excerpt of a city's 科普 task list run into one line, with items elided (1. 7. 9. 16.), each closed by (责任单位:…).",
        "Items run together on one line are separate items; their numbers are kept (7. is 1.7). Each heading ends at its bracketed annotation.",
        "1.'s units: 市科协、市科技局等相关部门 → the vague tail dropped. 9. carries two annotations (the excerpt elided text between): both belong to it, 市科技局 once.",
        "1.'s 于9月底前 has no year in the copy (the document's year is lost): no deadline (a reader should warn rather than guess).",
    ]))

write(doc("mekofs-2018-3-literacy-work-points-notice.txt",
    doc_type="notice", issuer="全民科学素质纲要实施工作办公室", doc_number="纲要办发〔2018〕3号", date="2018-03-19",
    recipients=["全民科学素质纲要实施工作办公室各成员单位", "各省", "自治区", "直辖市", "副省级城市纲要办（科协）",
                "新疆生产建设兵团纲要办（科协）"],
    enclosed_title="2018年全民科学素质行动工作要点",
    outline=[
        it("1", "一、", 1, "深入学习贯彻习近平新时代中国特色社会主义思想和党的十九大精神，加强党对新时代公民科学素质建设的领导"),
        it("1.1", "（一）", 2, "深入学习贯彻党的十九大精神"),
        it("1.1.1", "1.", 3, "深刻理解习近平新时代中国特色社会主义思想丰富内涵，准确把握新时代全民科学素质工作在实现人民美好生活、实现中华民族伟大复兴中国梦以及服务构建人类命运共同体中的重要历史使命，深入分析新时代全民科学素质工作不平衡不充分主要矛盾的具体表现和深层原因，不断提"),
    ],
    notes=[
        "Source: a site's copy of a 纲要办 印发 notice that lost its title line: the 字号, 主送, one paragraph, the office's signature with (中国科协办公厅代章), the date, then the enclosed 工作要点's title and text (cut inside 1.).",
        "issuer: the signing office (the 代章 body stamps for it). recipients split on 、 outside brackets.",
        "outline: the enclosed 工作要点's items.",
    ]))
