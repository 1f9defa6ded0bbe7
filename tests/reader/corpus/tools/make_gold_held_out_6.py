"""Hand-made reference parses for the sixth held-out set (tools/held_out_6.txt): twelve public pages found with the
search tool after the fifth held-out set had been looked at, stored as the sites keep them. Each block was written
by reading the document against parse-format.md, before the reader was run on it. Writes ../gold/<stem>.json."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_gold import doc, it  # noqa: E402  (importing make_gold rewrites the first corpus's gold: the same files)
from make_gold_held_out_2 import write  # noqa: E402  (marks the gold found; rewrites the second set's: the same files)


def dept(*offices):
    return {"departments": list(offices)}


write(doc("huaibei-2023-science-day-commendation-repost.txt",
    doc_type="notice", issuer="中国科协办公厅", doc_number="科协办函普字〔2023〕102号",
    title="中国科协办公厅关于对2023年全国科普日有关组织单位和活动予以表扬的通知",
    recipients=["各全国学会", "协会", "研究会", "各省", "自治区", "直辖市", "副省级城市科协", "新疆生产建设兵团科协",
                "各有关单位"],
    date="2023-12-27", references=["科协发普字〔2023〕34号"],
    alternatives={"doc_type": ["news"], "title": ["关于对2023年全国科普日有关组织单位和活动予以表扬的通知"]},
    notes=[
        "Source: a city forum's post: the forum's register/login lines, then one run-on paragraph (a county's two honours, then the national notice's title, its 字号 and its 主送 on the same line), the notice, the signature and date on one line with the first attachment's name, the second attachment's name.",
        "The post carries the whole 中国科协办公厅 notice: doc_type notice (a news page accepted), its title, 字号, 主送 and date; the forum's lead-in is no title. 《关于对…的通知》 in the lead-in is the same notice, not an enclosed one.",
        "The two 名单(淮北部分) lines are attachments, not outline; no numbered items.",
    ]))

write(doc("cast-home-research-projects-notice.txt",
    doc_type="notice", title="关于申报“科技工作者之家”组织建设研究项目的通知", recipients=["各有关单位及教师"],
    alternatives={"issuer": ["科技处"], "recipients": [["各有关单位", "教师"]]},
    outline=[
        it("1", "一、", 1, "项目介绍"),
        it("2", "二、", 1, "申报要求"),
        it("3", "三、", 1, "工作要求"),
        it("3.1", "1.", 3, "项目负责人应根据工作需要，按照约定认真开展研究和建设工作，积极创造实施本项目的工作条件，配齐配强工作力量"),
        it("3.2", "2.", 3, "项目负责人应严格按照项目要求按时提交项目成果，产出真实效益"),
        it("3.3", "3.", 3, "项目负责人一般应按项目实施计划完成项目任务并提交结题申请报告，按照约定配合完成项目结题验收和后续收尾等工作"),
        it("3.4", "4.", 3, "项目负责人形成的该项目研究成果归中国科协所有，未经授权不得公开发表或用于其他用途"),
    ],
    notes=[
        "Source: a university page copied onto a gambling site: the site's name line (js06金沙所有网址js), the notice's title, 主送, the notice (cut after 三、4.; no signature, no date).",
        "issuer: no signature; 科技处, to which the papers go, accepted. date: none in the copy.",
        "二、: 在6月19日前…报送至科技处 has no year anywhere in the copy: deadline null. 申报指南/申报书 are attachments, not references.",
    ]))

write(doc("ankang-2017-xunyang-science-day-news.txt",
    doc_type="news", title="旬阳县精心安排全国科普日活动", date="2017-09-13",
    alternatives={"issuer": ["安康市科学技术协会"]},
    outline=[
        it("1", "一是", 5, "定于9月21日——22日在铜钱关镇举办全国科普日旬阳主场活动"),
        it("2", "二是", 5, "开展全国科普日系列联合行动"),
    ],
    notes=[
        "Source: a city association's page: accessibility and search links, a 联系我们 block (联系人:安康市科学技术协会, 电话, 传真, 邮编, 网址, 地址), the column name, a path, the headline, a 来源/作者/日期/属于 line, the report, the WeChat block, the copyright line.",
        "contact: the 联系我们 block is the site's, not the report's (its 联系人 is a body anyway): null. issuer: 来源 empty: null (the site's association accepted).",
        "一是/二是 are inline items (level 5). The activity's dates are no deadlines.",
    ]))

write(doc("wenzhou-2022-pilot-city-meeting-news.txt",
    doc_type="news", issuer="温州科协", title="市科协召开专题会议研究“科创中国”试点城市建设2022年工作计划",
    date="2022-03-07",
    alternatives={"issuer": [None, "温州市科学技术协会"]},
    notes=[
        "Source: a national platform's copy of a city association's news item: headline, 发布时间, the report, 来源:温州科协, the platform's copyright lines (twice).",
        "issuer: the 来源, the association's short name (null accepted). 京ICP备16016202号-20 is a site registration, no reference.",
    ]))

write(doc("guat-2019-anniversary-meeting-notice.txt",
    doc_type="notice", issuer="校长办公室", recipients=["各部门单位"], date="2019-10-10",
    outline=[
        it("1", "一、", 1, "参加人员"),
        it("1.1", "1.", 3, "全体校领导"),
        it("1.2", "2.", 3, "校庆各工作组组长（含一至十院的书记、院长）"),
        it("2", "二、", 1, "会议内容"),
        it("2.1", "1.", 3, "各工作组（含一至十院）组长汇报校庆筹备工作进展情况（每组发言5分钟，讲进展、讲问题）"),
        it("2.2", "2.", 3, "学校领导部署40周年校庆有关工作"),
        it("3", "三、", 1, "相关要求"),
        it("3.1", "1.", 3, "请一至十院提前安排好本学院的校庆主要活动方案表，10月11日前报校庆办编入《40周年校庆服务指南》",
           deadline="2019-10-11"),
        it("3.2", "2.", 3, "请各工作组组长做好汇报发言准备"),
    ],
    notes=[
        "Source: a university's page as stored: no title line; 主送, the meeting notice, the signature 校长办公室 and the date.",
        "title: none in the copy. doc_type: 通知如下 makes it a notice. The meeting's own day (2019年10月12日) is no deadline; 10月11日前报校庆办 is 三、1.'s, in the document's year.",
    ]))

write(doc("sysu-2016-congress-work-meeting-notice.txt",
    doc_type="notice", issuer="“双代会”筹备工作领导小组",
    title="关于召开中山大学第九届教职工代表大会、第二十届工会会员代表大会工作会议的通知",
    recipients=["各“双代会”代表团"], date="2016-12-12",
    contact={"name": "诸华", "phone": "020-84115101", "email": "stszhuh@mail.sysu.edu.cn"},
    references=["中大党发〔2016〕39号"],
    outline=[
        it("1", "一、", 1, "会议时间"),
        it("2", "二、", 1, "会议地点"),
        it("3", "三、", 1, "参会人员"),
        it("4", "四、", 1, "会议内容"),
        it("4.1", "1.", 3, "校党委李萍副书记通报“双代会”筹备工作进展"),
        it("4.2", "2.", 3, "校工会李烨副主席介绍“双代会”代表履职以及提案工作的相关要求"),
    ],
    notes=[
        "Source: a university trade union's page: title, 主送, the notice, the attachment, the signature of a preparatory group with (代章), the date, the contact in brackets after the date, the posting date in brackets, the attachment link.",
        "issuer: the signing group (代章: it signs with another body's seal). A 筹备工作领导小组 named without members or office is no leading_group.",
        "于2016年12月14日上午下班前交校工会 (the reply slip) closes the whole notice after 四、2.: not an item's deadline.",
    ]))

write(doc("college-2023-opening-ceremony-notice.txt",
    doc_type="notice", issuer="生物与材料工程学院（筹）", title="关于举行2023级新生开学典礼暨开学第一讲的通知",
    recipients=["各系", "各部门"], date="2023-09-23",
    alternatives={"issuer": ["生物与材料工程学院"]},
    outline=[
        it("1", "一、", 1, "时间"),
        it("2", "二、", 1, "地点"),
        it("3", "三、", 1, "参加人员"),
        it("4", "四、", 1, "有关要求"),
        it("4.1", "1.", 3, "请各系、各部门精心组织，及时通知有关人员参加，任何人不准无故缺席、迟到", deadline="2023-09-23"),
        it("4.2", "2.", 3, "请学工办提前20分钟完成学生进场组织工作，其他与会人员请提前10分钟到达会场指定位置就座",
           resp=dept("学工办")),
        it("4.3", "3.", 3, "请参加典礼人员，男士着白色长袖衬衫，深色裤子、穿黑色皮鞋"),
        it("4.4", "4.", 3, "请院办做好发言人员组织工作，请新媒体中心做好氛围营造、宣传报道工作，请学工办负责典礼的组织协调、秩序维护、后勤保障等工作",
           resp=dept("院办", "新媒体中心", "学工办")),
    ],
    notes=[
        "Source: a college page copied onto a gambling site: title, 主送, the notice, a line of the site's (beat365游戏官方网站入口) run in above the signature, the signature and date.",
        "issuer: the signature, the college with (筹) (without it accepted). The site's line above it is no part of the signature.",
        "四、1.: 于9月23日下午下班前将…名单报院办备案 is the item's deadline (the document's year). 四、2. and 4.: tasks given in prose to the college's own offices (请学工办…, 请院办…, 请新媒体中心…): departments.",
    ]))

write(doc("guoban-2021-minors-leading-group-tail.txt",
    doc_type="notice", issuer="国务院办公厅", date="2021-04-21",
    alternatives={"doc_type": ["other"]},
    outline=[
        it("3", "三、", 1, "其他事项"),
        it("3.1", "（一）", 2, "领导小组办公室设在民政部，承担领导小组日常工作"),
        it("3.2", "（二）", 2, "领导小组实行工作会议制度，工作会议由组长或其委托的副组长召集，根据工作需要定期或不定期召开，参加人员为领导小组成员，必要时可邀请其他有关单位人员参加"),
    ],
    leading_group={"name": None, "heads": [], "deputies": [], "members": [], "office": "民政部"},
    notes=[
        "Source: a news site's copy of the end of a 国务院办公厅 领导小组 notice: only 三、其他事项 ((一) the office, (二) the meeting system), the signature and the date survive.",
        "title: none in the copy. leading_group: the copy names no group and no member, only where its office sits (民政部); the office's 主任/副主任 are not the group's heads or deputies.",
        "三、 is the copy's first item: its id keeps its own number (3).",
    ]))

write(doc("gmrb-2013-development-leading-groups-news.txt",
    doc_type="news",
    alternatives={"issuer": ["新华社"]},
    leading_group={"name": "国务院西部地区开发领导小组",
                   "heads": [{"name": "李克强", "title": "国务院总理"}],
                   "deputies": [{"name": "张高丽", "title": "副总理"}], "members": [], "office": None},
    notes=[
        "Source: a newspaper page's report (as stored: no headline, the 新华社 dateline first): two 国务院 领导小组 adjusted, their 组长 and 副组长 named in prose, their member bodies listed.",
        "date: the dateline 7月8日 has no year in the copy: null. issuer: the agency (新华社) accepted, null given.",
        "leading_group: the first group named (both have the same 组长 and 副组长); the member bodies are bodies, not members (as zhengzhou-2014-air-pollution-group-news). 具体工作由发展改革委承担 is no office named: null.",
    ]))

write(doc("jnsw-2013-association-committee-meeting-news.txt",
    doc_type="news", date="2013-01-18",
    alternatives={"issuer": ["市科协"]},
    notes=[
        "Source: a city government portal's news item as stored: no headline; 发布日期, an empty 信息来源, the report.",
        "date: the posting day (the meeting was 1月17日). title: none in the copy. issuer: 信息来源 empty: null.",
    ]))

write(doc("anqing-2010-plenary-session-news.txt",
    doc_type="news", title="市科协召开六届七次全委（扩大）会议",
    alternatives={"issuer": ["市科协"]},
    notes=[
        "Source: a city portal's page: a 免费发布信息 link, a path (首页 > 新闻频道 > 本地快讯 >), the headline, the report, an empty 关键词 line.",
        "date: 3月18日 without a year, no posting date: null. issuer: none named as source: null.",
    ]))

write(doc("dfzyxy-2023-weekly-meeting-schedule-rules.txt",
    doc_type="regulation", issuer="学校办公室", date="2023-10-10",
    contact={"name": "毕成国", "phone": "81636259", "email": None},
    alternatives={"title": ["《每周会议安排》管理办法"]},
    outline=[
        it("1", "一、", 1, "《每周会议安排》是安排由校领导主持召开，由多个单位参加，规模较大的会议"),
        it("2", "二、", 1, "《每周会议安排》办理程序"),
        it("3", "三、", 1, "已经在校园网上公布的会议，原则上要严格按照会议安排中的有关时间和地点执行，会议如有变动，要由会议提出部门通知有关人员"),
        it("4", "四、", 1, "《每周会议安排》表中未安排的会议，原则上不另行安排"),
        it("5", "五、", 1, "《每周会议安排》表联系人及联系方式"),
    ],
    notes=[
        "Source: a college's page as stored: no title line; the preamble (特制定《每周会议安排》管理办法), five articles, a 联系人/地点/电话 line, the signature 学校办公室 and the date.",
        "doc_type: the text makes itself a 管理办法: regulation. title: no title line (the 办法's name from the preamble accepted).",
        "二、: 申请表至少在会议召开前一周的周五11:30之前上报 is a standing rule, no dated deadline.",
    ]))
