"""Hand-made reference parses for the seventh held-out set (tools/held_out_7.txt): twelve public pages found with the
search tool after the sixth held-out set had been looked at, stored as the sites keep them. Each block was written
by reading the document against parse-format.md, before the reader was run on it. Writes ../gold/<stem>.json."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_gold import doc, it  # noqa: E402  (importing make_gold rewrites the first corpus's gold: the same files)
from make_gold_held_out_2 import write  # noqa: E402  (marks the gold found; rewrites the second set's: the same files)


write(doc("fengdu-2024-46-research-projects-measures-notice.txt",
    doc_type="notice", issuer="丰都县科学技术局", doc_number="丰科技发〔2024〕46号",
    title="关于印发《丰都县科研项目管理办法（试行）》的通知",
    recipients=["各乡镇人民政府", "街道办事处", "县级各部门", "各企事业单位"], date="2024-12-16",
    references=["渝府办发〔2022〕95号", "渝科局发〔2023〕35号"],
    enclosed_title="丰都县科研项目管理办法（试行）",
    alternatives={"title": ["丰都县科学技术局丰都县财政局关于印发《丰都县科研项目管理办法（试行）》的通知"],
                  "issuer": ["丰都县科学技术局 丰都县财政局"]},
    outline=[
        it("1", "第一章", 1, "总则"),
        it("1.1", "第一条", 2, "为加强和规范丰都县科研项目（以下简称项目）管理，根据《关于改革完善市级财政科研经费管理若干措施的通知》（渝府办发〔2022〕95号）和《关于印发〈重庆市科研项目管理办法〉的通知》（渝科局发〔2023〕35号）有关要求，结合我县实际，制订本办法"),
        it("1.2", "第二条", 2, "本办法所称丰都县科研项目是指县科技局根据全县经济社会发展和科技创新需要，利用财政科技发展资金等资助的科学技术研究开发活动"),
        it("1.3", "第三条", 2, "项目管理坚持“权责清晰、配置科学、管理透明、程序规范、监督有力”的原则，本办法适用于科研项目申报、立项、实施、结题等组织与管理工作"),
        it("2", "第二章", 1, "项目设置"),
        it("2.1", "第四条", 2, "项目实行分类管理，分为技术创新与应用发展项目、基础研究与应用基础研究项目、技术预见与制度创新项目、科学普及与技术推广项目四大类"),
        it("2.2", "第五条", 2, "技术创新与应用发展项目，主要聚焦我县新材料、新能源、新文旅、新农业等重点产业和主导产业领域内的重大科技攻关及科技成果转化需求，按照“企业主体、政府引导、院所参与”的原则，支持高等院校、科研机构、科技企业开展产学研合作，推动具有创新性的科技成果在县内开展技术创新和转化应用，促进我县科技创新和产业创新深度融合发展"),
    ],
    notes=[
        "Source: a county portal's page of a 行政规范性文件: the portal's label line, the two bodies' names one a line, the title, the 字号 under it, 主送, one sentence, the joint signature on one line, the date, (此件公开发布), the enclosed 办法 (cut after 第五条).",
        "issuer: the joint signature's first body (主办机关) 科学技术局; the title as printed (the two bodies above it are the 发文机关标志, accepted with the title).",
        "enclosed_title: the 办法 the notice prints. Outline: the 办法's chapters (level 1) and articles (level 2).",
    ]))

write(doc("pzxy-2008-school-history-materials-bulletin.txt",
    doc_type="other", issuer="示范院校建设办公室", title="关于征集校史资料情况的通报", date="2008-03-28",
    alternatives={"issuer": ["建设办"], "date": ["2008-04-02"], "doc_type": ["notice"]},
    notes=[
        "Source: a college page: title, 发布时间/文章来源(建设办)/浏览次数 line, one paragraph, the signature, the date, the page's 关闭 打印 and editor line.",
        "通报 is a kind of its own (other). date: the signature's date (成文日期), not the posting day. The people named (成教处处长于励鹏 …) are praised, no contact.",
    ]))

write(doc("ctbu-2025-service-hall-trial-notice.txt",
    doc_type="notice", issuer="党政办公室", title="关于茶园校区综合服务大厅继续试运行的通知",
    recipients=["校内各单位"], date="2025-12-12",
    contact={"name": "刘榴", "phone": None, "email": None},
    alternatives={"contact.name": ["刘榴、张成功"]},
    outline=[
        it("1", "一、", 1, "运行模式"),
        it("1.1", "（一）", 2, "综合服务大厅设置“代办窗口”，试运行期间由产教融合学院每日安排人员值班，负责收集茶园校区师生需要前往南岸校区各职能部门办理事项的材料，并代为送至主校区各职能部门办理"),
        it("1.2", "（二）", 2, "综合服务大厅设置“财务窗口”，每周三统一办理财务相关业务"),
        it("1.3", "（三）", 2, "其余延伸管理部门，按照试运行前模式进行延伸管理"),
        it("2", "二、", 1, "值班安排与要求"),
        it("2.1", "（一）", 2, "值班时间"),
        it("2.2", "（二）", 2, "值班地点"),
        it("2.3", "（三）", 2, "工作要求"),
        it("2.3.1", "1、", 3, "各部门指定一名联络员负责与“代办窗口”工作人员进行日常业务对接与协调"),
        it("2.3.2", "2、", 3, "各部门收到代办业务材料后，后续处理须与委托代办人（师生）联系"),
        it("2.3.3", "3、", 3, "试运行期间，各部门应及时反馈遇到的问题和建议，便于持续优化运行机制和服务流程"),
        it("3", "三、", 1, "其他事项"),
        it("3.1", "（一）", 2, "请各部门认真做好内部传达和准备工作，确保值班任务落实到位"),
        it("3.2", "（二）", 2, "大厅管理中心联系人"),
    ],
    notes=[
        "Source: a university page: the column name, a breadcrumb (首页 >> 通知公告 >> 正文), the column name again, the notice, 收藏.",
        "The 值班 period (2025年12月15日至本学期结束) is no deadline. contact: the first of two named on the (二) line, each with an office in brackets, no phone.",
    ]))

write(doc("nfu-2018-15-leaders-reception-days-notice.txt",
    doc_type="notice", issuer="中山大学南方学院", doc_number="中大南方院办〔2018〕15号",
    title="中山大学南方学院关于2018学年第一学期校领导接待日的通知",
    recipients=["各教学单位", "各室", "部", "中心", "馆"], date="2018-09-12",
    contact={"name": "赖昀充", "phone": "6178-7272", "email": None},
    alternatives={"title": ["关于2018学年第一学期校领导接待日的通知"],
                  "recipients": [["各教学单位", "各室、部、中心、馆"]],
                  "contact.email": ["zdnfxybgs@163.com"]},
    outline=[
        it("1", "一、", 1, "接待时间"),
        it("2", "二、", 1, "接待地点"),
        it("3", "三、", 1, "接待对象"),
        it("4", "四、", 1, "接待事项"),
        it("5", "五、", 1, "组织安排"),
        it("5.1", "（一）", 2, "校领导接待日原则上每学期每月两次（周末及节假日、寒暑假除外），具体时间以通知为准"),
        it("5.2", "（二）", 2, "接待实行预约登记制"),
        it("5.3", "（三）", 2, "学院办公室提前一个工作日电话通知预约来访人员接待日具体时间及相关安排"),
    ],
    notes=[
        "Source: a college page: the column name twice (and NOTICE), the page's short headline, a 来源/时间 line, the 字号, the document's own title with the college's name, 主送, items, 特此通知, two attachment lines, the signature, the date, the contact in brackets.",
        "title: the document's own (the headline without the college's name accepted). 主送 各室、部、中心、馆 split on 、 (kept whole accepted).",
        "The attachments are no outline. The mailbox is where appointments go; the contact line gives name and phone.",
    ]))

write(doc("hast-2022-ten-practical-things-notice.txt",
    doc_type="notice",
    recipients=["各省辖市和济源市示范区科协", "各全省学会", "协会", "研究会", "各高校科协", "企业科协", "医疗卫生机构科协",
                "省科协机关各部室", "各直属事业单位"],
    contact={"name": "王红松", "phone": "0371-65708038", "email": "hnskxbgswm@163.com"},
    alternatives={"issuer": ["河南省科学技术协会", "河南省科协", "省科协办公室"], "contact.name": ["王红松、刘小英"],
                  "contact.phone": ["0371-65708038、0371-65707511", "0371-65708038 0371-65707511"]},
    outline=[
        it("1", "1.", 3, "请各省辖市和济源示范区科协于2022年12月19日（周一）前将上述材料PDF版（盖章）和WORD版反馈至省科协办公室", deadline="2022-12-19"),
        it("2", "2.", 3, "请各全省学会、协会、研究会和企业科协于2022年12月19日（周一）前将上述材料PDF版（盖章）和WORD版反馈至省科协学会学术部", deadline="2022-12-19"),
        it("3", "3.", 3, "请高校科协、医疗卫生机构科协于2022年12月19日（周一）前将上述材料PDF版（盖章）和WORD版反馈至省科协组织人事部", deadline="2022-12-19"),
        it("4", "4.", 3, "请省科协机关各部室，各直属事业单位于2022年12月19日（周一）前将谋划2023年全省科协系统“十件实事”材料反馈至省科协办公室", deadline="2022-12-19"),
    ],
    notes=[
        "Source: a provincial association's page as stored: no title, no signature, no date (the copy starts at 主送 and is cut inside the attachment list).",
        "issuer: none in the copy (the association accepted). contact: the first item's contact (two names on its line, two phones); three more follow.",
        "The attachment list (附件: 1.… 4.…) is no outline. The offices the papers go to are receivers, not responsibility.",
    ]))

write(doc("jbxc-2019-science-day-launch-news.txt",
    doc_type="news", title="我县举办全国科普日启动仪式暨科普进社区活动", date="2019-09-23",
    alternatives={"issuer": ["靖边新闻信息网"], "date": ["2019-09-17"]},
    notes=[
        "Source: a county portal's page: a breadcrumb with slashes, the headline, 来源/发布时间 line, the report, the web editor.",
        "issuer: the 来源 is a news site, no body (accepted). The decisions read out at the event (关于命名…的决定) are not this page's title or references.",
    ]))

write(doc("keputaihu-2017-science-day-news.txt",
    doc_type="news", title="让科普之花绚丽绽放", date="2017-09-22",
    alternatives={"issuer": ["太湖科协"]},
    outline=[
        it("1", "一是", 5, "实"),
        it("2", "二是", 5, "新"),
    ],
    notes=[
        "Source: a county association's page: 今天是:, a breadcrumb, the headline, 浏览次数/发布时间 line, the reporters' line, the report (cut inside 二是).",
        "一是实。二是新。 are inline items (level 5), headed by the one character before 。. The activity's days are no deadlines.",
    ]))

write(doc("xuancheng-2020-health-plan-hearing-prenotice.txt",
    doc_type="notice", issuer="宣城市卫生健康委员会",
    title="关于召开《健康宣城行动实施方案（代拟稿）》征求意见会的预通知",
    recipients=["宣州区人民政府", "宣城经开区", "合工大宣城校区", "宣城职业技术学院", "市直有关单位"], date="2020-10-21",
    contact={"name": "张建", "phone": "18805636080", "email": "xcsagws@163.com"},
    alternatives={"contact.phone": ["18805636080、3020501"], "contact.email": [None]},
    notes=[
        "Source: a city portal's page: its link bar, a path, an index block (索引号, 发布机构, 名称, 文号 empty, 发布日期), the title, a 发布时间/来源 line, the notice, two contacts (each with two phones), the attachment list, the date, the first attachment's list of units (cut).",
        "issuer: no signature; the index block's 发布机构 and the 来源. The attachments (1. 2.) and the list of units are no outline. No deadline (the meeting's time is to come).",
    ]))

write(doc("hubic-2023-twentieth-congress-plan-forwarding.txt",
    doc_type="notice", issuer="湖北省科学技术协会",
    recipients=["各全省学会", "协会", "研究会", "高校科协", "企业科协", "院所科协", "各市（州）", "直管市", "神农架林区科协",
                "省科协机关各部处室", "各直属事业单位"],
    date="2023-03-03",
    enclosed_title="中国科协关于深入学习宣传贯彻党的二十大精神的实施方案",
    outline=[it("1", "一、", 1, "指导思想")],
    notes=[
        "Source: a provincial association's page as stored: no title line; 主送, the 转发 sentence, 附件, the signature, the date, then the enclosed plan (its title on two lines) cut inside 一、.",
        "enclosed_title: the plan the notice forwards (its own title below the date). Outline: the plan's items.",
    ]))

write(doc("swsmjs-2013-south-gate-design-opinions-notice.txt",
    doc_type="notice", issuer="总务处", title="关于学院南校区南大门建设方案及西门建设选址征集意见的通知",
    date="2013-04-10",
    contact={"name": "吴守法", "phone": "5775121", "email": None},
    alternatives={"date": ["2013-04-11", None], "contact.phone": ["5775121，13635533666", "13635533666"]},
    notes=[
        "Source: a college page: En, two column names, the title, 发稿/发布时间 line, the notice, two collection points each with a contact and two phones, the signature, the date in Chinese numerals without the century (一三年四月十日).",
        "date: 一三年 is 2013 (the posting day is 2013-04-11; both accepted, and null). The collection period 2013411日—417日 lost its 年/月 and is no item's deadline.",
    ]))

write(doc("sntcm-2023-science-workers-day-notice.txt",
    doc_type="notice", issuer="陕西中医药大学科学技术协会", title="关于开展2023年“全国科技工作者日”活动的通知",
    recipients=["各相关单位", "科普基地"], date="2023-05-12",
    contact={"name": "王晶", "phone": "38185062", "email": "kjc@sntcm.edu.cn"},
    references=["陕科协发〔2023〕宣字7号"],
    alternatives={"issuer": ["科技处"]},
    outline=[
        it("1", "一、", 1, "根据通知相关要求，在5月上旬至6月上旬期间以“点亮精神火炬”为主题组织开展特色活动，弘扬科学家精神，展现科技工作者风采，以实际行动迎接第七个“全国科技工作者日”的到来，为科技工作者送上节日祝福，团结和激励科技工作者贯彻落实党的二十大精神，创新争先、勇攀高峰"),
        it("2", "二、", 1, "各单位拟开展的活动信息，请于520日之前，报送相关信息到校科协，校科协可协调配合联系相关媒体报道", deadline="2023-05-20"),
        it("3", "三、", 1, "请各有关单位认真总结活动开展情况和工作成效，梳理总结典型经验，提出意见建议，于615日前将工作总结、文字信息、影像资料等（工作总结3000字以内，盖章PDF版和word版）报送至校科协（科技处416办公室）", deadline="2023-06-15"),
    ],
    notes=[
        "Source: a university office's page: the title, a 来源/作者/点击数/发表时间 line, 字号: [双击滚屏], the notice; the page lost the characters 月 and 日 in its dates (530日, 520日, 615日, 2023512).",
        "date: the signature's 2023512 is 2023-05-12, as the posting time says. Deadlines: 520日之前 and 615日前 are May 20 and June 15 of the document's year.",
        "references: the province's 字号 (cited twice, once in the attachment line).",
    ]))

write(doc("qdhhc-2022-science-day-branch-events-notice.txt",
    doc_type="notice", title="关于申报2022年全国科普日山东主场分活动的通知", recipients=["各二级学院"], date="2022-07-28",
    contact={"name": "刘老师", "phone": "83175768", "email": None},
    alternatives={"title": ["关于申报2022年全国科普日山东主场分活动的通知（截止时间：8月8日）"],
                  "issuer": ["科研服务部"], "contact.email": ["qdhhxykx@126.com"]},
    notes=[
        "Source: a college page: a path, the headline with (截止时间:8月8日) after it, 发布时间/浏览量 line, the notice (one paragraph), contact, attachment, the date far to the right; no signature.",
        "The cited 中国科协等18部门 notice carries no number. No numbered items, so the 8月8日 deadline has no item to go to.",
    ]))
