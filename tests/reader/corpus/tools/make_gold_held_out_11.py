"""Hand-made reference parses for the eleventh held-out set (tools/held_out_11.txt): twelve public pages found with the
search tool after the tenth held-out set had been looked at, weighted to plans whose items name who answers for them
(责任单位 lines under an activity, （负责部门：…） after an item), 印发/转发 notices with 主送, and a few news pages. Each block
was written by reading the document against parse-format.md, before the reader was run on it. Writes ../gold/<stem>.json."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_gold import doc, it  # noqa: E402  (importing make_gold rewrites the first corpus's gold: the same files)
from make_gold_held_out_2 import write, lu, dep  # noqa: E402  (marks the gold found; rewrites the second set's: the same files)


write(doc("zixin-2012-district-science-week-plan.txt",
    doc_type="plan", title="全区科技活动整体方案",
    alternatives={"title": ["全区科技活动整体实施方案", "全区科技活动整体实施方案.docx"]},
    outline=[
        it("1", "一、", 1, "主题提高科学素质争做首善先锋携手建设创新型XX县区"),
        it("2", "二、", 1, "时间2012年5月15日21日"),
        it("3", "三、", 1, "主办单位中共区委宣传部、区科技局、区科协"),
        it("4", "四、", 1, "主要活动内容"),
        it("4.1", "（一）", 2, "主办2012年市科技周启动仪式暨科普知识大型展览活动围绕“携手建设创新型城市”的主题，突出“节约能源资源、"
           "保护生态环境、保障安全健康、促进创新创造”的科普内容，与市科技局、市科协、市教育局、市公安局等单位共同做好2012年市科技周启动仪式暨科普知识大型展览活动",
           resp=lu("区科技局", "区教育局", "香港中路街道办事处")),
        it("4.2", "（二）", 2, "开展“牵手基地科技惠民”互动体验活动积极发挥科技界的优势和作用，组织各类科研机构、高校、有条件的企业面向公众开放"),
    ],
    notes=[
        "Source: a document-sharing site's page of a docx: the file name, an uploader/size line, page thumbnails (第1页 / 共5页 …), then the text run into paragraphs numbered by the site (1、 2、 — the preview's chunks, not items; 2、 cuts a sentence: 与市科技局、市科协 / 2、、市教育局), cut inside (二).",
        "The converter ran each paragraph onto one line and left a space where the docx broke the line: 一、主题 提高科学素质… / (一)主办…展览活动 围绕…. First written with each heading ending at that space (the label); changed in round 12 to follow parse-format.md literally (a heading runs to its first 。；： or line end, and a space is no line end), as xinxiang's gold reads such lines: 一、二、三、 run to the next item on the line, (一) to its stop across the chunk number 2、 (left out), (二) to its stop.",
        "title: the text's own first line 全区科技活动整体方案 (the file name's 实施方案 accepted). No issuer, no date (the upload day is the site's).",
        "三、主办单位 names the hosts of the whole week: no item's responsibility. (一)'s 责任单位:区科技局、区教育局、香港中路街道办事处 → lead_units; its 时间 (2010年5月15日上午, the event's day) is no deadline.",
    ]))

write(doc("juzijia-2009-popsci-festival-plan.txt",
    doc_type="plan",
    outline=[
        it("1", "一、", 1, "活動主題"),
        it("2", "二、", 1, "舉辦時間"),
        it("3", "三、", 1, "活動內容"),
        it("3.1", "1、", 3, "*市2009年科普節開幕式暨廣場科普文藝演出活動", resp=lu("市科協")),
        it("3.1.1", "（1）", 4, "市領導致開幕詞"),
        it("3.1.2", "（2）", 4, "市領導宣布*市20*~20*年度優秀學術論文獲獎人員、2009年科普先進工作者和第三批科普示范基地名單"),
        it("3.1.3", "（3）", 4, "市領導向優秀學術論文獲獎者、科普先進工作者、第三批科普示范基地頒獎"),
        it("3.1.4", "（4）", 4, "市領導向鎮鄉（街道）、學（協）會及社區科協贈送《2010年科普歷書》、《科普知識叢書》"),
        it("3.1.5", "（5）", 4, "廣場科普文藝演出"),
        it("3.1.6", "（6）", 4, "市領導看望廣場科普宣傳人員"),
        it("3.2", "2、", 3, "廣場科普宣傳活動", resp=lu("市科協")),
    ],
    notes=[
        "Source: a model-essay site's page in traditional characters: its 前言 line (本站為你精心整理了…范文), then a city's 科普節 plan with its names starred out (*市, *公園): a paragraph, 一、二、三、, activities 1、 2、 each with 責任單位/時間/地點 lines, 議程 (1)…(6) under 1、, cut inside 2、.",
        "No title line of the plan's own (the 前言 names the site's essay), no issuer, no date. doc_type: an activity plan (具體方案如下).",
        "責任單位:市科協 under each activity → lead_units of that activity (written as the page writes it). 參加單位 / 參加人員 list who takes part in the event (the spec's partner labels are 配合/參與/協辦單位): no responsibility. The activity days (9月18日) are no deadlines.",
        "(1)…(6) are the 議程's points: level 4 under 1、; 一、's heading ends at its colon.",
    ]))

write(doc("wuzhou-2012-3-innovation-plan-notice.txt",
    doc_type="notice", issuer="梧州市人民政府", doc_number="梧政发〔2012〕3号",
    title="梧州市人民政府关于印发我市创新计划2011至2015年实施方案的通知",
    recipients=["各县（市、区）政府", "市政府各部门", "各园区管委会"], date="2012-01-29",
    enclosed_title="梧州市创新计划（2011至2015年）实施方案",
    alternatives={"doc_type": ["plan"]},
    outline=[
        it("1", "一、", 1, "指导思想"),
        it("2", "二、", 1, "基本原则"),
        it("2.1", "（一）", 2, "坚持政府推动与市场导向相结合"),
        it("2.2", "（二）", 2, "坚持突出重点与统筹兼顾相结合"),
        it("2.3", "（三）", 2, "坚持支撑发展与提升能力相结合"),
    ],
    notes=[
        "Source: a law database's page of a city government's 印发 notice: title, the 字号 in brackets, 主送, one sentence, the date in Chinese numerals (no signature line), the enclosed 实施方案's title, its preamble, 一、二、 with (一)(二)(三), cut inside (三).",
        "issuer: the title opens with the government. date: 二○一二年一月二十九日. enclosed_title: the plan the notice prints (its title line below the date agrees).",
        "The principles name nobody: no responsibility, no deadline.",
    ]))

write(doc("jiangmen-2023-popsci-works-forwarding.txt",
    doc_type="notice", issuer="江门市科学技术局", date="2023-08-04",
    recipients=["各县（市、区）科技主管部门", "各有关单位"],
    contact={"name": "邹国俊", "phone": "8220683,13702282917", "email": "kjjzjzlhzk@jiangmen.gov.cn"},
    references=["粤科函智字〔2023〕1045号"],
    enclosed_title="广东省科学技术厅关于开展2023年全国优秀科普作品推荐工作的通知",
    alternatives={"contact.phone": ["8220683"]},
    notes=[
        "Source: a city bureau's 转发 notice page without its title line: 主送, one paragraph (the forwarded notice named in 《》 with its 字号, 于8月21日前 to the bureau's 邮箱 and address), the signature, the date, then the contact in brackets (联系人:…,联系电话:… two numbers).",
        "enclosed_title: the document the notice forwards. references: its 字号. No numbered items, so 8月21日前 is no item's deadline.",
        "contact: the person and both numbers as written (the first alone accepted); the e-mail is the 邮箱 the text gives for the replies.",
    ]))

write(doc("cast-2010-17-popsci-symposium-prenotice.txt",
    doc_type="notice", issuer="中国科学技术协会", doc_number="科协普函综字〔2010〕17号",
    title="中国科学技术协会关于召开2010年地方科协科普工作座谈会的预备通知",
    recipients=["各省", "自治区", "直辖市", "副省级城市科协科普部", "新疆生产建设兵团科协科普部"],
    alternatives={"issuer": ["中国科协科普部"]},
    outline=[
        it("1", "一、", 1, "会议内容"),
        it("2", "二、", 1, "参会人员"),
        it("3", "三、", 1, "报送有关材料"),
    ],
    notes=[
        "Source: a law database's page of a 中国科协 预备通知: title, the 字号 in brackets with [] year brackets, 主送, a paragraph, 一、二、 and the heading 三、报送有关材料 (cut there, before the signature and date).",
        "issuer: the title opens with the association (its 科普部, which the text says holds the meeting, accepted). date: none survives.",
        "recipients split mechanically on 、 and ，. The meeting's days (4月21-23日) are no deadlines.",
    ]))

write(doc("chayi5-school-science-festival-plan.txt",
    doc_type="plan", title="科技节活动方案",
    alternatives={"title": ["科技活动周实施方案【最新10篇】", "科技活动周实施方案"]},
    outline=[
        it("1", "一、", 1, "指导思想"),
        it("2", "二、", 1, "活动主要板块"),
        it("2.1", "1.", 3, "少儿书法评比", resp=dep("教科室")),
        it("2.2", "2.", 3, "班级布置评比", resp=dep("大队部")),
        it("2.3", "3.", 3, "广播操、集体舞比赛", resp=dep("校长室体育组")),
        it("2.4", "4、", 3, "少儿艺术表演大赛", resp=dep("大队部")),
        it("2.5", "5、", 3, "科技节比赛", resp=dep("教科室")),
        it("2.6", "6.", 3, "六一表彰大会", resp=dep("校长室")),
        it("3", "三、", 1, "各板块活动具体安排"),
        it("3.1", "（一）", 2, "书法现场比赛"),
        it("3.2", "（二）", 2, "广播操、集体舞比赛"),
    ],
    notes=[
        "Source: a model-essay site's page: breadcrumb, the page's headline (科技活动周实施方案【最新10篇】), an empty 发布时间, the site's lead-in, then the first essay 科技节活动方案 篇一 (a school's plan): 一、二、 (six activities, each with （负责部门：…） after it, numbered 1. and 4、 alike), 三、 with (一)(二) and 时间/地点/参赛对象 lines, cut inside (二).",
        "title: the essay's own title without 篇一 (the page's headline accepted). No issuer, no date.",
        "（负责部门：教科室） is a 责任部门 by another name: the school's own offices → departments (校长室体育组 as written). Each heading ends at the bracket.",
        "一、二、三等奖 and 一——六年级 inside the text open no items; the days (5月17日) are the events', no deadlines.",
    ]))

write(doc("wenku365-2016-township-science-day-plan.txt",
    doc_type="plan", title="乡镇2016年“全国科普日”集中宣传活动方案", recipients=["各村", "三办三中心"],
    outline=[
        it("1", "一、", 1, "活动主题创新放飞梦想、科技引领未来"),
        it("2", "二、", 1, "活动宗旨开展2016年“全国科普日”集中宣传活动，要以科学展观为统领，以实现全面建成小小康社会和创新驱动发展战战略为目标，以全国科普日日活动开展为主线，结合我我镇实际，利用我镇教育、、卫生、经济等方面的优势势，密切联系群众生产生活活的实际需要，深入实际、、深入基层、深入群众，创创造性地开展活动，让科技技成果惠及广大人民群众，，积极营造“讲科学、爱科科学、学科学、用科学”的的良好社会氛围，提高公众众素质，促进我镇经济社会会发展"),
        it("3", "三、", 1, "活动时间2016年10月8日至220日"),
        it("4", "四、", 1, "活动安排"),
        it("4.1", "（一）", 2, "采取多种形式，营营造活动氛围"),
        it("4.1.1", "1.", 3, "利用场场天，在集镇人员密集的场场所开展集中宣传活动"),
        it("4.1.2", "2.", 3, "各科普责任单位，悬挂挂活动主题条幅或打滚动字字幕，内容为“创新放飞梦梦想、科技引领未来”"),
        it("4.1.3", "3.", 3, "各科普责任单位位，采取多种方式，结合本本单位工作实际，开展活动动主题宣传和科普知识宣传传活动"),
        it("4.2", "（二）", 2, "开展全全镇中小学生科普知识教育育活动在校园开展科普知知识讨论会、科技创新大赛赛等科普活动，科普进校园园，把科学知识、科学方法法、科学精神送给青少年，，启迪他们的科学思维和创创新意识"),
    ],
    notes=[
        "Source: a document-sharing site's preview: ID/size/pages/time lines, the file's name, then the text in the site's chunks (1、 2、 3、 — not items; 2、 and 3、 cut words: 深入群 / 2、众, 科普知知识 / 3、讨论会), characters doubled at the converter's line ends (营营造, 场场所), the title printed twice, 主送, 一、to 四、 run into one line, cut at (三) (no heading: not counted).",
        "Each label runs into its paragraph with no break (一、活动主题创新放飞梦想…。): the heading is read to the first stop, as the spec says, with the doubled characters as written and the chunk numbers left out.",
        "Items run together on one line are separate: 四、活动安排(一)…1.…;2.…;3.…。(二)…. 各科普责任单位 names nobody: no responsibility. 2016年10月8日至220日 is the activity's period, no deadline.",
    ]))

write(doc("xuexila-xian-science-day-plan.txt",
    doc_type="plan",
    alternatives={"doc_type": ["notice"], "title": ["全国科普日主题活动方案万能"], "issuer": ["西安市科协"]},
    outline=[
        it("1", "一、", 1, "活动主题和时间"),
        it("2", "二、", 1, "活动内容安排"),
        it("2.1", "（一）", 2, "大力普及传播发展理念"),
        it("2.2", "（二）", 2, "大力倡导创新创造创业"),
    ],
    notes=[
        "Source: a model-essay site's page: breadcrumb, the page's headline (全国科普日主题活动方案万能), the author's name, the site's lead-in, then 篇1: a city association's 科普日 activity plan with its year blanked (20__年): a paragraph (…现将有关事项通知如下), 一、二、 with (一)(二), cut inside (二).",
        "title: the page's headline is the site's, the plan has none of its own (null; the headline accepted). doc_type: an activity plan (notice accepted: it is written as one). issuer: no signature (西安市科协, which the text names as organiser, accepted).",
        "活动时间 …主题宣传活动贯穿全年 is a period, no deadline. No responsibility is assigned.",
    ]))

write(doc("heshui-2024-association-halfyear-meeting-news.txt",
    doc_type="news", title="合水县科协召开2024年上半年工作总结和下半年工作安排部署会议", date="2024-07-11",
    alternatives={"title": ["基层动态|合水县科协召开2024年上半年工作总结和下半年工作安排部署会议"], "issuer": ["合水县科协"]},
    outline=[
        it("1", "一要", 5, "进一步坚定信心，保持上半年良好态势，找准科协围绕中心、服务大局的结合点和着力点，不断开创科协工作新局面"),
        it("2", "二要", 5, "补齐短板弱项，优化工作举措，全面查漏补缺，认清形势，适应形势，在新形势新要求下负重前行，打破思维定势、工作惯性和路径依赖，创造性开展工作"),
        it("3", "三要", 5, "突出一个“干”字，苦干实干加巧干，“挂图督战”，业务工作继续实行“周部署、月小结、季评比”，各项重点工作台账管理，重点突破，继续团结一致，齐心协力，赢得全年红、满堂彩"),
    ],
    notes=[
        "Source: a provincial association's page of a county association's report: the headline with its column tag (基层动态|), 发布时间, the report with an image file name (IMG_0727.jpeg), the meeting's three demands (一要 二要 三要), 来源:科普庆阳 (a media account).",
        "title: the headline without the column tag (with it accepted). date: 发布时间 (the meeting was 近日). issuer: a news report; 来源 names a media account, not a body: null (the association accepted).",
        "一要…三要 are inline items (level 5); each heading ends at its 。.",
    ]))

write(doc("yuan-2024-literacy-group-meeting-news.txt",
    doc_type="news", title="裕安区2024年全民科学素质工作领导小组（扩大）会议召开", date="2024-03-29",
    alternatives={"date": ["2024-03-27"], "issuer": ["裕安区融媒体中心"]},
    notes=[
        "Source: an investment portal's copy of a district media centre's report: headline, a 发布时间/来源/发布开发区 line, the report.",
        "date: the page's 发布时间 (the meeting's 3月27日 accepted). issuer: a news report (its 来源 accepted).",
        "The 领导小组 is reported on, not set up: no members, leading_group null. The speaker's 要…；要…；要… carry no numerals: no items. The plan named in 《》 has no 字号: no reference.",
    ]))

write(doc("cast-2022-forum-dispatch-meeting-news.txt",
    doc_type="news",
    alternatives={"issuer": ["中国科协科学技术创新部", "中国科协"]},
    outline=[
        it("1", "一是", 5, "要提高站位，把论坛作为面向国际科技界宣传党的二十大精神的重要平台，面向国际科技界发出中国声音、阐明中国立场、贡献中国方案"),
        it("2", "二是", 5, "要加强工作协同，抓紧落实好领导出席、疫情防控、会务保障等环节的筹备工作"),
        it("3", "三是", 5, "要守住底线，做好风险研判和应对，提前做好应急预案"),
        it("4", "四是", 5, "要做好论坛统一宣传，持续扩大论坛影响"),
    ],
    notes=[
        "Source: a national association's news page without headline: the report run into one paragraph, 一是…四是 (each closing on ；), the department that wrote it (…供稿), 责任编辑, then the page's sidebar (科协要闻, 图片要闻, dates 11-29).",
        "date: the report says only 11月9日上午, with no year anywhere in the copy: null (the sidebar's 11-29 is furniture). title: none. issuer: a news report (the department that supplied it accepted).",
        "一是…四是 are inline items; each heading ends at its ；.",
    ]))

write(doc("vanbien-2018-cast-party-group-meeting-news.txt",
    doc_type="news", title="中国科协党组研究部署中国科技峰会等近期重点工作", date="2018-04-25",
    alternatives={"date": ["2018-04-23"], "issuer": ["中国科协"]},
    notes=[
        "Source: a site's copy of a 中国科协 report: a 来源/发布时间 line, the text-size control (选择字号:), the headline, the report (cut at 中央纪).",
        "date: 发布时间 (the meeting's 4月23日 accepted). issuer: a news report (中国科协 accepted); 来源 names a website.",
        "No numbered items; the 方案 and 办法 named in 《》 have no 字号.",
    ]))
