"""Hand-made reference parses for the fourth held-out set (tools/held_out_4.txt): ten public pages found with the
search tool after the third held-out set had been looked at, stored as the sites keep them. Each block was
written by reading the document against parse-format.md, before the reader was run on it. Writes ../gold/<stem>.json."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_gold import doc, it  # noqa: E402  (importing make_gold rewrites the first corpus's gold: the same files)
from make_gold_held_out_2 import write  # noqa: E402  (marks the gold found; rewrites the second set's: the same files)

write(doc("sqmc-2021-campus-science-week-notice.txt",
    doc_type="notice", issuer="科研部", recipients=["各单位"], date="2021-05-21",
    contact={"name": "李泽隆", "phone": "15686125251", "email": "sqxykyb@163.com"},
    outline=[
        it("1", "一、", 1, "时间与主题"),
        it("1.1", "（一）", 2, "2021年5月25-28日"),
        it("1.2", "（二）", 2, "主题"),
        it("1.3", "（三）", 2, "主要内容"),
        it("1.3.1", "1.", 3, "突出宣传党对科技全面领导和方向指引"),
        it("1.3.2", "2.", 3, "大力弘扬科学家精神"),
        it("1.3.3", "3.", 3, "举办青少年科技创新活动"),
        it("1.3.4", "4.", 3, "开展科技为民服务活动"),
        it("2", "二、", 1, "有关要求"),
        it("3", "三、", 1, "申报方式及活动准备"),
    ],
    notes=[
        "Source: a college research office's page as stored: the notice without its title line (the copy starts at 主送), contact lines, an attachment link, the signature 科研部 and the date.",
        "title: lost with the page's head: null. issuer: the signature, a department (科研部).",
        "(一)2021年5月25-28日 is the activity week (a period, not a deadline). 材料送交截止时间为5月24日 closes the submission of the whole call: no item's deadline (parse-format: a date that closes the whole document).",
        "附件2:…pdf is an attachment link, not outline.",
    ]))

write(doc("aku-2011-02-tech-culture-festival-notice.txt",
    doc_type="notice", doc_number="团发〔2011〕02号", title="关于举办安康学院第三届大学生科技文化节的通知",
    recipients=["各院系团总支", "学生分会"], date="2011-04-01",
    alternatives={"date": [None], "issuer": ["安康学院团委"]},
    outline=[
        it("1", "一、", 1, "活动名称"),
        it("2", "二、", 1, "活动目的"),
        it("3", "三、", 1, "活动主题"),
        it("4", "四、", 1, "活动时间"),
        it("5", "五、", 1, "活动安排"),
        it("5.1", "1、", 3, "组织策划阶段（3月30日—4月2日）"),
        it("5.2", "2、", 3, "活动开展阶段（4月1"),
    ],
    notes=[
        "Source: a college Youth League page: the page headline, a 发布日期/浏览次数 line, the notice's own title on two lines, 团发【2011】02号, the notice; a table flattened to one cell a line (序号, 活动项目, 时间, 主办单位, 承办单位); the copy stops inside 五、2、.",
        "issuer: no signature in the copy; the text names 我院团委、学生会 as deciding: null (the college's 团委 accepted). date: the page's 发布日期 (null accepted).",
        "The table's bare row numbers (1, 2, … alone on a line) are no markers: not outline. 4月初, 4月上旬 in the table are the rows' times, not deadlines.",
    ]))

write(doc("sdlivc-leading-groups-review-notice.txt",
    doc_type="notice", recipients=["各系院", "各处室"],
    contact={"name": "郭文静", "phone": "13210674877", "email": None},
    outline=[
        it("1", "一、", 1, "工作范围"),
        it("2", "二、", 1, "工作任务"),
        it("2.1", "（一）", 2, "认真排查梳理"),
        it("2.2", "（二）", 2, "调整机构及组成人员"),
        it("2.3", "（三）", 2, "明确分管校领导"),
        it("3", "三、", 1, "有关要求"),
        it("3.1", "1.", 3, "各领导小组、议事协调机构办公室设在部门，负责本领导小组议事协调机构组成人员名单的调整和报送工作"),
        it("3.2", "2.", 3, "涉及领导小组、议事协调机构新成立事项，需按照有关要求单独提出申请"),
        it("3.3", "3.", 3, "请各相关单位于8月31日17:00前将附件1、附件2经分管校领导签字后报送至党政办公室，同时将两个附件电子版报送至党政办郭文静企业微信邮箱"),
    ],
    notes=[
        "Source: a vocational college's office page as stored: no title line, no signature, no date; the copy ends with the contact line.",
        "issuer, title, date: none in the copy (党政办公室 is where material goes): null.",
        "3. 于8月31日17:00前: the copy has no year, so no ISO deadline can be given: null.",
        "The notice is about reviewing the school's 领导小组 in general: no group is formed or listed, leading_group null.",
    ]))

write(doc("mianzhu-2017-literacy-plan-notice.txt",
    doc_type="notice", issuer="绵竹市人民政府办公室",
    recipients=["各镇乡人民政府", "德阿园区管委会", "绵竹经开区管委会", "市级各部门"], date="2017-05-15",
    enclosed_title="绵竹市全民科学素质行动计划纲要实施方案（2016-2020年）",
    notes=[
        "Source: a county-level city's open-government page as stored: the 印发 notice without its title line, signature, date and the attached plan as a .doc link.",
        "title: lost: null. enclosed_title: the plan named in 《》. The .doc link is an attachment, not a title.",
    ]))

write(doc("hebei-2016-14-literacy-plan-notice.txt",
    doc_type="notice", issuer="河北省人民政府办公厅", doc_number="冀政办发〔2016〕14号",
    title="河北省人民政府办公厅关于印发河北省全民科学素质行动计划纲要实施方案[2016—2020年]的通知",
    recipients=["各市（含定州、辛集市）人民政府", "各县（市、区）人民政府", "省政府各部门"], date="2016-05-04",
    references=["国办发〔2016〕10号"],
    enclosed_title="河北省全民科学素质行动计划纲要实施方案（2016—2020年）",
    outline=[it("1", "一、", 1, "总体目标")],
    notes=[
        "Source: a law database page: menus, the 发文标题/发文文号/发文部门/发文时间 block, 阅读人次, then 发文内容 with the notice, its signature and date, the plan's title on two lines and the plan's start (cut inside 一、).",
        "title: the database's 发文标题, the notice's own title line being absent from the body. recipients: 各市(含定州、辛集市)人民政府 stays whole (its 、 is inside brackets).",
        "enclosed_title: named in 《》 and repeated on two lines after the date. 一、总体目标 is the plan's first item.",
    ]))

write(doc("tianjin-2005-90-trade-associations-measures.txt",
    doc_type="regulation", issuer="天津市人民政府", doc_number="津政令第90号", title="天津市行业协会管理办法",
    date="2005-06-28",
    outline=[
        it("1", "第一条", 2, "为规范本市行业协会行为，促进行业协会健康发展，根据有关法律、法规规定，结合本市实际情况，制定本办法"),
        it("2", "第二条", 2, "在本市行政区域内发起组建行业协会，开展行业协会活动，以及对行业协会实施监督管理，适用本办法"),
        it("3", "第三条", 2, "本市鼓励和支持同一行业不同所有制形式的经济组织按照自主办会、自愿入会的原则组建行业协会，自理会务、自筹经费，发挥行业自律、行业代表、行业服务和行业协调等职能，加强与社会、政府的沟通和联系，促进行业经济的发展"),
        it("4", "第四条", 2, "市和区县人民政府及其工作部门应当扶持和促进行业协会的发展，加快政府职能转变，将行业协会能够自律管理的事项逐步转移由行业协会承担，支持和保障行业协会独立开展活动"),
        it("5", "第五条", 2, "市行业协会主管部门负责全市行业协会的发展规划、布局调整和政策制订，依法履行《社会团体登记管理条例》赋予业务主管单位的监督管理职责"),
    ],
    notes=[
        "Source: a law-reference site's page: breadcrumb, the title, a 时间/来源/作者/阅读 line (the site's own), a download link, the title again, the government, the title a third time, 津政令第90号, the 公布 sentence, 市长 戴相龙 and the date, then the measures (cut inside 第五条).",
        "doc_number: a 政府令 number, 津政令第90号 (no year). date: the 公布 date 二○○五年六月二十八日, not the site's 2024-07-12.",
        "signer: 市长 戴相龙 signs the 令; parse-format's signer is 签发人, which a 令 does not print: null.",
        "No chapters: each 第X条 is level 2 with no parent (ids 1…5).",
    ]))

write(doc("aba-2023-npc-office-document-handling-measures.txt",
    doc_type="regulation", issuer="阿坝藏族羌族自治州人民代表大会常务委员会",
    title="阿坝藏族羌族自治州人民代表大会常务委员会机关公文处理办法", date="2023-08-28",
    alternatives={"issuer": [None, "州人大", "阿坝州人大常委会"], "date": [None, "2024-01-12"]},
    outline=[
        it("1", "第一章", 1, ""),
        it("1.1", "第一条", 2, "为实现阿坝藏族羌族自治州人民代表大会常务委员会机关（以下简称州人大常委会机关）公文处理工作规范化、制度化、科学化，提高公文质量和公文处理工作效率，根据《中共阿坝州委办公室、阿坝州人民政府办公室关于印发<党政机关公文处理工作条例><党政机关公文格式>的通知》要求，参照《四川省人大常委会机关公文处理办法》，结合州人大常委会机关实际，制定本办法"),
        it("1.2", "第二条", 2, "州人大常委会机关公文，是州人大及其常委会在依法行使各项职权过程中形成的具有特定效力和规范格式的文书，是发布地方性法规、决议、决定、公告，指导、布置和商洽工作，请示和答复问题，报告和交流情况的工具"),
        it("1.3", "第三条", 2, "州人大常委会机关公文处理，包括公文拟制、办理、管理、立卷归档在内的一系列衔接有序的工作"),
        it("1.4", "第四条", 2, "在公文处理工作中必须严格执行国家保密法律法规确保国家秘密的安全"),
        it("1.5", "第五条", 2, "州人大常委会办公室是负责机关公文处理、协调和指导本机关各委室公文处理的工作机构"),
    ],
    notes=[
        "Source: a prefecture people's congress page: the site's slogan, a search box, 主任之窗 with the chairman's name, the column 自身建设, the title, 来源:州人大/访问量/更新日期, the title again on two lines, two revision lines whose dates lost 年 and 月 (2017822日, 2023828日), then the measures (cut inside 第五条).",
        "issuer: the standing committee whose 主任会议 adopted the measures (来源 州人大; null accepted). date: the latest revision, 2023828日 read as 2023-08-28 (null and the page's 更新日期 accepted).",
        "第一章 lost its name (总则): an item with an empty heading. The page's 李为国 under 主任之窗 is site furniture, not a signer.",
    ]))

write(doc("bazhou-2024-county-associations-planning-news.txt",
    doc_type="news", title="巴州科协召开科协系统2024年度工作务虚会", date="2024-01-25",
    alternatives={"issuer": ["巴州科学技术协会", "巴州科协"]},
    outline=[
        it("1", "一是", 5, "要充分发挥乡村科普馆科普宣传主阵地作用，强化对乡村科普馆的运行管理，提升讲解员业务水平，落实联席会议制度，实行部门轮班制，点对点、订单式地在乡村科普馆开展活动，做到周周有内容，月月有主题，使乡村科普馆成为群众普及科学知识的体验园、科技服务的供给平台、教育学习的实践课堂、引领风尚的价值阵地、凝聚人心的引领高地、健身娱乐的公共场所"),
        it("2", "二是", 5, "要积极组织开展“科技之冬”活动，要切实了解群众想听什么，我们就安排什么，促使“科技之冬”活动，成为乡村振兴工作的助推器"),
        it("3", "三要", 5, "积极推进科普信息化传播矩阵建设，充分利用新媒体平台的传播力，打造文化传播矩阵，开通抖音、微博、B站、快手等账号，发挥新媒体科学传播的优势，推动科普资源的精准传播，提高科普信息化覆盖面"),
        it("4", "四是", 5, "进一步提升学会、协会建设，切实把科协组织“一体两翼”的“学会之翼”建设好、发展好，为自治州经济社会高质量发展"),
    ],
    notes=[
        "Source: a prefecture association's news page as stored: headline, 发布时间, the report (cut inside 四是).",
        "issuer: no 来源 line: null (the association the report is about accepted). date: 发布时间 (the meeting was 1月24日).",
        "一是、二是、三要、四是 inside one paragraph: four inline items, level 5; the writer's 三要 (for 三是) is the third of them.",
    ]))

write(doc("linfen-2025-plenary-session-news.txt",
    doc_type="news", title="临汾市科协召开一届四次全委会 加大科技赋能", date="2025-03-12",
    alternatives={"issuer": ["黄河新闻网临汾频道", "临汾市科协"]},
    notes=[
        "Source: a repost on an unrelated aggregator: headline, a chrome line (360影视 国产动漫, posting time, a count), a 摘要 that repeats the lead (cut), the report, the reporter in brackets, 来源:黄河新闻网临汾频道 and 相关推荐.",
        "date: the posting day on the line under the headline. issuer: the 来源 is a news outlet, not the body the report is about: null, both accepted.",
        "No numbered items, no group.",
    ]))

write(doc("geo-census-2013-leading-group-repost.txt",
    doc_type="news", title="国务院成立地理国情普查领导小组 张高丽任组长",
    recipients=["各省", "自治区", "直辖市人民政府", "国务院各部委", "各直属机构"],
    references=["国发〔2013〕9号"],
    alternatives={"doc_type": ["notice"], "title": ["国务院办公厅关于成立第一次全国地理国情普查领导小组的通知"],
                  "issuer": ["国务院办公厅", "中新网"], "recipients": [[]]},
    outline=[
        it("1", "一、", 1, "主要职责负责第一次全国地理国情普查的组织和领导，协调解决普查中的重大问题"),
        it("2", "二、", 1, "组成人员组长"),
        it("3", "三、", 1, "工作机构及其职责领导小组办公室设在测绘地信局，承担领导小组的日"),
    ],
    leading_group={
        "name": "第一次全国地理国情普查领导小组",
        "heads": [{"name": "张高丽", "title": "国务院副总理"}],
        "deputies": [{"name": "姜大明", "title": "国土资源部部长"}, {"name": "丁向阳", "title": "国务院副秘书长"},
                     {"name": "马建堂", "title": "统计局局长"}, {"name": "徐德明", "title": "测绘地信局局长"}],
        "members": [
            {"name": "吴恒权", "title": "中央宣传部副部长"}, {"name": "张业遂", "title": "外交部党委书记、副部长"},
            {"name": "杜鹰", "title": "发展改革委副主任"}, {"name": "朱宏任", "title": "工业和信息化部总工程师"},
            {"name": "杨焕宁", "title": "公安部副部长"}, {"name": "戴均良", "title": "民政部副部长"},
            {"name": "张少春", "title": "财政部副部长"}, {"name": "杨士秋", "title": "人力资源社会保障部副部长"},
            {"name": "胡存智", "title": "国土资源部副部长"}, {"name": "吴晓青", "title": "环境保护部副部长"},
            {"name": "唐凯", "title": "住房城乡建设部总规划师"}, {"name": "翁孟勇", "title": "交通运输部副部长"},
            {"name": "矫勇", "title": "水利部副部长"}, {"name": "余欣荣", "title": "农业部副部长"},
            {"name": "董大胜", "title": "审计署副审计长"}, {"name": "李强", "title": "统计局副局长"},
            {"name": "张建龙", "title": "林业局副局长"}, {"name": "吴文学", "title": "旅游局党组成员"},
            {"name": "修济刚", "title": "地震局副局长"}, {"name": "刘琦", "title": "能源局副局长"},
            {"name": "王宏", "title": "海洋局副局长"}, {"name": "李维森", "title": "测绘地信局副局长"},
            {"name": "夏兴华", "title": "民航局副局长"}, {"name": "童明康", "title": "文物局副局长"},
            {"name": "孙刚", "title": "总参谋部测绘导航局副局长"}, {"name": "黄海辉", "title": "武警部队副参谋长"},
        ],
        "office": "测绘地信局",
    },
    notes=[
        "Source: a forum's archive of a news agency's report: the headline, then one line holding 原标题, the agency's lead (6月13日电, no year) and the whole 国务院办公厅 notice run together (its title, 主送, 一、二、三、, the member list with each name glued to its title); the copy stops inside 三、.",
        "doc_type: the page is a news report carrying the notice: news, with its headline as title (notice and the notice's title accepted; the notice's issuer or the agency accepted as issuer). date: 6月13日 without a year: null.",
        "recipients: the enclosed notice's 主送 (none accepted, as on a news page). references: the 国发〔2013〕9号 cited.",
        "outline: the line breaks are lost, so each heading runs up to the first 。 or ： (一、主要职责负责…; 二、组成人员组长).",
        "leading_group: names glued to titles are split at the title's body (部, 局, 委, 国务院, 署, 部队); 外交部.党.委.书.记.、副部长 is printed with the site's anti-copy dots, read as 外交部党委书记、副部长.",
    ]))
print("held-out-4 gold written")
