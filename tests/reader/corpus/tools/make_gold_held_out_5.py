"""Hand-made reference parses for the fifth held-out set (tools/held_out_5.txt): twelve public pages found with the
search tool after the fourth held-out set had been looked at, stored as the sites keep them. Each block was written
by reading the document against parse-format.md, before the reader was run on it. Writes ../gold/<stem>.json."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_gold import doc, it  # noqa: E402  (importing make_gold rewrites the first corpus's gold: the same files)
from make_gold_held_out_2 import write  # noqa: E402  (marks the gold found; rewrites the second set's: the same files)

write(doc("hast-2025-demo-county-summaries-notice.txt",
    doc_type="notice", issuer="省科协", title="关于报送2024年全国科普示范县（市、区）工作总结相关事项的通知",
    recipients=["各省辖市", "济源示范区科协"], date="2025-01-26",
    contact={"name": "孔德杰、王力", "phone": "0371-65707551", "email": "kepuhenan@126.com"},
    references=["科协普函基字〔2021〕1号"],
    alternatives={"issuer": ["河南省科学技术协会"], "contact.name": ["孔德杰", "孔德杰王力"]},
    notes=[
        "Source: a provincial association's page: a 您当前所在位置 path (the association, 科学普及, the 农技协 column), the title, a 来源/时间 line, the notice, two contact names on one line, 电  话/邮  箱 with spaced labels, an attachment naming the national notice, the signature 省科协 and the date, then the attachment's file name and 供稿人/审核人 lines.",
        "issuer: the signature 省科协 (the full name 河南省科学技术协会, which only the path prints, accepted). date: the signature's 2025年1月26日, not the page's 2025-02-05.",
        "于2月15日前报送 is the deadline of the whole call, in a document without numbered items: no outline. The attachment is a cited document, not an enclosed plan: enclosed_title null; its number is a reference.",
        "The 审核人 line (孔德杰 again) is page furniture, not a contact.",
    ]))

write(doc("changde-2011-8-popsci-villages-forwarding.txt",
    doc_type="notice", issuer="常德市科学技术协会", doc_number="常科协发〔2011〕8号",
    title="关于转发省科协、省财政厅《关于做好2011年“科普惠农兴村计划”项目申报推荐工作的通知》的通知",
    recipients=["各区", "县（市）科协"], date="2011-03-25",
    contact={"name": "王宏武", "phone": "7256501", "email": "cdkx7256502@163.com"},
    enclosed_title="关于做好2011年“科普惠农兴村计划”项目申报推荐工作的通知",
    alternatives={"recipients": [["各区、县（市）科协"]]},
    notes=[
        "Source: a city association's page as stored: the 转发 title, the 字号, the notice (one paragraph), contact, attachment, signature, date.",
        "recipients: 各区、县(市)科协 split on the 、 outside brackets (the whole accepted). enclosed_title: the forwarded notice, named in 《》.",
        "务必于2011年4月5日前 closes the whole call in a document without numbered items: no outline.",
    ]))

write(doc("xinxiang-2023-agri-popsci-bases-forwarding.txt",
    doc_type="notice", recipients=["各县（市、区）科技主管部门", "各有关单位"], date="2023-10-11",
    contact={"name": "刘涟、万雪营", "phone": "0373-5828882", "email": "kjj5828882@163.com"},
    enclosed_title="关于组织申报2024年河南省现代农业科普基地的通知",
    alternatives={"contact.name": ["刘涟", "刘涟万雪营"], "issuer": ["市科技局"]},
    outline=[
        it("1", "一、", 1, "申报要求", deadline="2023-10-27"),
        it("2", "二、", 1, "业务咨询"),
    ],
    notes=[
        "Source: a regional portal's copy of a city science bureau's 转发 notice: no title line and no signature (the copy starts at 主送 and ends with the date).",
        "issuer, title: not in the copy: null (市科技局, which the text names as the collecting body, accepted).",
        "一、: 于2023年10月27日前报送至省科技厅 is the item's deadline. 业务科室 is a department to ask, not a contact; the two names on the 联 系 人 line are spaced (刘 涟 万雪营).",
    ]))

write(doc("wuxue-popsci-units-publicity.txt",
    doc_type="other", title="关于第二批市级科普单位的公示",
    contact={"name": "徐超仁", "phone": "0713-6222439", "email": None},
    alternatives={"issuer": ["市科协"]},
    notes=[
        "Source: a city media platform's page: a login link (登录长江云平台账号), the title, the 公示 text (its list not stored), 监督电话 and 联系人 on one line, the site's ICP number.",
        "doc_type: a 公示 is other (as the corpus's other 公示). issuer: no signature; the text names 市科协 only by its short name: null (市科协 accepted). date: none in the copy.",
        "The 监督电话 here stands with a 联系人: the contact. 鄂ICP备18025580号-2A is a site registration, not a document number.",
    ]))

write(doc("hebi-2015-grassroots-popsci-publicity.txt",
    doc_type="other", issuer="鹤壁市科协", date="2015-11-27",
    contact={"name": None, "phone": "0392—3316119", "email": None},
    references=["豫科协发〔2015〕100号"],
    alternatives={"issuer": ["鹤壁市科协鹤壁市财政局"], "contact.phone": ["0392-3316119"]},
    outline=[
        it("1", "一、", 1, "科普示范社区"),
        it("1.1", "1.", 3, "淇滨区长江路办事处福兴社区"),
        it("1.2", "2.", 3, "鹤山区中山办事处馨苑社区"),
        it("2", "二、", 1, "先进农村专业技术协会"),
        it("2.1", "1.", 3, "鹤山区龙祥养殖协会"),
        it("2.2", "2.", 3, "淇县亿源生猪养殖协会"),
        it("2.3", "3.", 3, "浚县志方食用菌协会"),
        it("3", "三、", 1, "先进农村科普示范基地"),
        it("3.1", "1.", 3, "淇县裕丰林果科普示范基地"),
        it("3.2", "2.", 3, "浚县乐丰高效农业科技示范园"),
        it("4", "四、", 1, "科普带头人"),
    ],
    notes=[
        "Source: a regional portal's copy of a city association's 公示 without its title line: the reason, 公示时间, two phones (the association's and the finance bureau's, each after its name), the list by category, a joint signature, the date.",
        "issuer: the first of the joint signature 鹤壁市科协 鹤壁市财政局 (the two together accepted). contact: the first phone, with the association's name before it (市 科 协), which is a body, not a person: name null.",
        "公示时间 is a period, not a deadline. The list's categories and numbered entries are numbered items: outline.",
    ]))

write(doc("qinan-2012-popsci-candidates-publicity.html",
    doc_type="other", issuer="秦安县科协", date="2012-04-23",
    title="关于对秦安县养兔协会、秦安县王尹乡兴农草编科普示范基地负责人鲁瑞推荐为全国“科普惠农兴村计划”先进单位和个人候选对象的公示",
    contact={"name": "王淑芳", "phone": "6522744", "email": "qaxkx@gspst.com"},
    alternatives={"title": ["县科协推荐全国“科普惠农兴村计划”先进单位和个人候选对象的公示"],
                  "issuer": ["秦安县科协秦安县财政局"], "contact.phone": ["6522744 6525420", "6522744、6525420"]},
    notes=[
        "Source: a county government portal's page. An HTML fragment as the CMS stores it (no <html>/<head>/charset): the path 当前位置: 首页 >> 新闻中心 >> 通知公告 >> 正文, the page's headline, a 发布日期/来源/点击/字体/下载 block, then the 公示 in Word-pasted paragraphs: its own longer title, its date, the text, 联系人/联系邮箱/受理电话 (two numbers), a joint signature, the date in Chinese numerals, and a footer link.",
        "title: the document's own title line (the page's shorter headline accepted). issuer: the first of the joint signature (both together accepted). date: 二〇一二年四月二十三日.",
        "公示时间为2012年4月23日至5月3日 is a period: no deadline; no numbered items.",
    ]))

write(doc("zhenba-2024-7-government-work-rules.txt",
    doc_type="regulation", issuer="镇巴县人民政府", doc_number="镇政发〔2024〕7号", title="镇巴县人民政府工作规则",
    date="2024-04-06",
    alternatives={"issuer": [None]},
    outline=[
        it("1", "第一章", 1, "总则"),
        it("2", "一、", 1, "根据《中华人民共和国宪法》《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》，参照《陕西省人民政府工作规则》《汉中市人民政府工作规则》的有关规定，结合本县实际，制定本规则"),
        it("3", "二、", 1, "县政府工作的指导思想是，高举中国特色社会主义伟大旗帜，以习近平新时代中国特色社会主义思想为指导，在党中央、国务院和省委、省政府、市委、市政府、县委的坚强领导下，认真执行党的路线方针政策，严格遵守宪法和法律法规，全面正确履行政府职能，努力建设人民满意的法治政府、效能政府、廉洁政府、服务型政府，奋力谱写中国式现代化建设的镇巴新篇章"),
        it("4", "三、", 1, "县政府工作人员要旗帜鲜明讲政治，深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”，坚持用习近平新时代中国特色社会主义思想武装头脑、指导实践、推动工作，胸怀“两个大局”、牢记“国之大者”，自觉在思想上政治上行动上同以习近平同志为核心的党中央保持高度一致，在县委领导下开展工作，不断提高政治判断力、政治领悟力、政治执行力，把党的领导贯彻落实到政府工作全过程各领域"),
        it("5", "第二章", 1, "组成人员和政府职能"),
        it("6", "四、", 1, "县政府由县长、副县长、县政府党组成员，县政府各工作部门主要负责人组成"),
        it("7", "五、", 1, "县政府实行县长负责制"),
    ],
    notes=[
        "Source: a county government portal's page: 返回顶部, the title, an index block of bulleted labels each with its value on the next line (索引号, 发文机构: 县政府网站, 发文字号: 镇政发〔2024〕7号, 发文日期, 发布日期, empty 主题分类/来源/有效性/内容概述), the title again, then the rules (cut inside 五、).",
        "issuer: the government whose rules these are, named in the title; no signature (null accepted). 县政府网站 as 发文机构 is the site, not the issuer. date: 发文日期 2024年04月06日.",
        "The rules number their articles 一、二、… inside chapters: by parse-format 一、 is level 1 whatever stands above it, so the chapters and articles are siblings at level 1 (ids in order).",
    ]))

write(doc("changan-2015-university-association-meeting-news.txt",
    doc_type="news", title="长安大学科技创新与创业协会第三次院科协主席联会顺利召开", date="2015-11-30",
    alternatives={"issuer": ["长安大学科技创新与创业协会", "先锋家园"]},
    notes=[
        "Source: a university Youth League site's news page: a path (网站首页 > 先锋家园 > 团学新闻 >), the headline, the posting time with the column name, the report, caption and credits in brackets (供稿, 供图, 校对, 编辑), page links.",
        "issuer: no 来源; the column 先锋家园 and the association the report is about: null, both accepted.",
        "首先…随后…接着…最后 are no numbered items: no outline.",
    ]))

write(doc("njau-2006-sci-tech-statistics-meeting-notice.txt",
    doc_type="notice", recipients=["各学院", "各有关单位"],
    contact={"name": "胡健、邓丽群", "phone": "84396434", "email": None},
    alternatives={"contact.name": ["胡健", "胡健邓丽群"], "contact.phone": ["84396434 84395725", "84396434、84395725"],
                  "issuer": ["科技处"]},
    notes=[
        "Source: a university research institute's page as stored: the meeting notice without title, signature or date: 主送, one paragraph, two contacts (names spaced: 胡 健) and two phones on a line.",
        "issuer: none in the copy (科技处, whose room holds the meeting, accepted). date: 2006年12月27日 is the meeting's day, not the notice's: null.",
    ]))

write(doc("guiyang-2009-entrepreneurial-city-opinions-notice.txt",
    doc_type="notice", recipients=["各区", "市", "县人民政府", "市政府各工作部门"], date="2009-04-28",
    enclosed_title="贵阳市创建国家级创业型城市工作意见",
    references=["国发〔2008〕111号", "人社部发〔2008〕87号"],
    alternatives={"recipients": [["各区、市、县人民政府", "市政府各工作部门"]]},
    outline=[
        it("1", "一、", 1, "建设国家级创业型城市的指导思想和总体要求"),
        it("2", "二、", 1, "明确目标体系，全面实施创建国家级创业型城市“3261”工程"),
        it("2.1", "（一）", 2, "建立创业"),
    ],
    notes=[
        "Source: a law site's copy of a city government office's 印发 notice: no title line and no signature; 主送 and the notice on one line, the date in Chinese numerals (二○○九年四月二十八日), then the enclosed 工作意见's title and its start (cut inside (一)).",
        "issuer, title: not in the copy: null. enclosed_title: named in 《》 and standing again below the date. recipients: split on 、 (各区、市、县人民政府 whole accepted).",
        "The enclosed 意见's items are the document's outline; 指导思想: and 总体要求: are labels inside 一、, not items.",
    ]))

write(doc("sxct-2024-college-admin-leading-group-charter.txt",
    doc_type="regulation", title="智能制造工程学院行政工作领导小组工作章程（试行）", date="2024-10-15",
    alternatives={"date": [None], "issuer": ["智能制造工程学院"]},
    outline=[
        it("1", "第一章", 1, "总则"),
        it("1.1", "第一条", 2, "为规范智能制造工程学院行政管理工作，明确行政工作领导小组的职责、组织结构及运作方式，促进学院教学、科研、管理及服务的协调发展，特制定本工作章程"),
        it("1.2", "第二条", 2, "智能制造工程学院行政工作领导小组（以下简称行政工作领导小组”）是学院行政管理的重要机构，负责学院的日常行政事务、规划制定、资源配置、决策执行及监督反馈等工作"),
        it("1.3", "第三条", 2, "行政工作领导小组在学院党委的领导下，贯彻执行国家教育方针和学校规章制度，服务于学院整体发展目标，维护学院师生的合法权益"),
        it("2", "第二章", 1, "组织机构"),
        it("2.1", "第四条", 2, "行政工作领导小组由以下成员组成"),
        it("2.1.1", "1.", 3, "组长"),
        it("2.1.2", "2.", 3, "秘书"),
        it("2.1.3", "3.", 3, "成员学院党总支书记、组织委员办公室主任教工党支部委员分团委书记专业负责人等组成，分别代表不同职能领域（如教学、科研、学生工作、后勤服务等），参与决策讨论，执行相关任务"),
        it("3", "第三章", 1, "职责与权限"),
        it("3.1", "第五条", 2, "行政工作领导小组主要职责包括但不限于"),
        it("3.1.1", "1.", 3, "审议学院发展规划、年度工作计划及总结报告"),
        it("3.1.2", "2.", 3, "研究决定学院教学管理、科研组织、师资队伍建设、学生管理、财务预决算、基础设施建设与改造等重大事项"),
        it("3.1.3", "3.", 3, "协调解决学院内部各部门之间的工作问题，促进资源优化配置和共享"),
        it("3.1.4", "4.", 3, "监督学院各项规章制度的执行情况，提出改进意见"),
        it("3.1.5", "5.", 3, "代表学院与校内外相关单位进行沟通"),
    ],
    leading_group={
        "name": "智能制造工程学院行政工作领导小组",
        "heads": [{"name": None, "title": "学院院长"}],
        "deputies": [],
        "members": [{"name": None, "title": "学院党总支书记"}, {"name": None, "title": "组织委员"},
                    {"name": None, "title": "办公室主任"}, {"name": None, "title": "教工党支部委员"},
                    {"name": None, "title": "分团委书记"}, {"name": None, "title": "专业负责人"}],
        "office": "综合办公室",
    },
    notes=[
        "Source: a college's page: a path (首页 » 制度文件 » 正文), the column name 制度文件 three times, the title, 发布时间/浏览量 run together, then the charter (cut inside 第五条 5.).",
        "doc_type: a 章程 is a regulation. issuer: no signature (the college accepted). date: the page's 发布时间, the only date (null accepted).",
        "leading_group: offices, not people (as the corpus's other groups described by roles: name null). 组长: 学院院长. 成员 lost its separators on the page (学院党总支书记、组织委员办公室主任教工党支部委员…): read as six offices. The 秘书 is 综合办公室, which keeps the group's daily business: its office.",
    ]))

write(doc("swjtu-2023-deans-meeting-rules.txt",
    doc_type="regulation", issuer="校长办公室", title="西南交通大学院长工作例会制度", date="2023-03-13",
    alternatives={"issuer": ["西南交通大学校长办公室", "西南交通大学"]},
    outline=[
        it("1", "一、", 1, "院长例会参加人员为校领导和各学院院长，根据议题内容请有关党群部门、职能部处、直属单位主要负责人参会"),
        it("3", "三、", 1, "院长工作例会的主要内容为传达上级重要指示精神，布置、落实和督查学校重要工作部署，听取学院对学校重要工作的意见建议等"),
        it("4", "四、", 1, "院长工作例会的议题由副校长提出，校长办公室汇总报校长审定后列入会议议程"),
        it("5", "五、", 1, "院长不得无故缺席会议，因特殊原因不能参会、拟请本单位党委书记（党支部书记）或其他副职代为参加会议的，需书面向校长请假并征得同意"),
        it("6", "六、", 1, "为了保障院长工作例会顺利的召开，校长办公室要认真做好会议前的准备工作及会议中的服务工作，会议结束后要及时撰写会议纪要及相关会议新闻报道工作"),
    ],
    notes=[
        "Source: a copy on an unrelated site: the page title with the site's name (…制度-下载凯发k8) twice, the title, an 作者/发表时间/点击数 line (作者: 校长办公室), the rules, the signature 校长办公室 and the date, a 网站地图 link.",
        "issuer: the signature, an office (the university's accepted). date: the signature's 2023年3月13日, not the page's 2023-05-15.",
        "The copy lost 二、 (its paragraph 院长工作例会原则上每月召开一次… stands without marker): not an item; ids keep the ordinals as written.",
    ]))
print("held-out-5 gold written")
