"""Hand-made reference parses for the seventeenth held-out set (tools/held_out_17.txt): ten public pages found with the search
tool, official copies first where the index held any unused one (a provincial government portal's district association page, a
provincial association's site, a national society's site, a party site, a law database): two plans whose items name who answers
for them (项目负责人/负责人 lines) — one with its group's names —, 转发/印发 notices, activity notices with contacts, a society's
call for its year's meetings and three news pages. Each block was written by reading the document against parse-format.md; the
reader was not run on any of them. Writes ../gold/<stem>.json."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_gold import doc, it  # noqa: E402  (importing make_gold rewrites the first corpus's gold: the same files)
from make_gold_held_out_2 import write, fw, m  # noqa: E402  (marks the gold found; rewrites the second set's: the same files)


def rl(*people):
    return {"responsible_leaders": list(people)}


write(doc("meidekan-suyu-school-science-day-plan-group.txt",
    doc_type="plan", title="科普展馆建设实施方案范文简短篇一",
    alternatives={"title": [None, fw("最新科普展馆建设实施方案范文简短(大全20篇)")]},
    leading_group={"name": None, "heads": [m("王彬")], "deputies": [m("杨宏齐")],
                   "members": [m("池斌"), m("王胜江"), m("王宏"), m("黄怀华"), m("卢海燕"), m("王振仁"), m("单利民")],
                   "office": None},
    outline=[
        it("1", "（一）", 2, "前期活动安排"),
        it("1.1", "1、", 3, "横幅标题制作"),
        it("1.2", "2、", 3, "布置橱窗布置"),
        it("1.3", "3、", 3, "相关活动摄影", resp=rl("张x"), time_hint="9月18日"),
        it("2", "（二）", 2, "具体活动"),
        it("2.1", "1、", 3, "升旗仪式做“科普日”活动启动仪式"),
    ],
    notes=[
        "Source: an essay site's page (meidekan.com) of '科普展馆建设实施方案范文' whose first sample is a middle school's (宿豫一中) 全国科普日 plan: the site's 手机阅读/格式/上传日期 lines, its blurb, then the plan with its section headings (主题, 时间, 组织机构 …) dropped by the site: two slogans, a date line, 组长/副组长/组员 lines, (一) 1、–3., (二) 1、, cut inside a (负责人:王 bracket. Stored as txt.",
        "title: the sample's heading (the plan has none of its own; null and the page headline accepted). No issuer, no date (20xx).",
        "leading_group: 组长 王彬, 副组长 杨宏齐, 组员 seven names written with no separator (池斌王胜江王宏黄怀华卢海燕王振仁单利民), split by name length as read: 池斌/王胜江/王宏/黄怀华/卢海燕/王振仁/单利民. The group's name was among the dropped headings: name null. No titles.",
        "(一) and (二) open the outline with no 一、 above them: level 2, ids 1 and 2.",
        "(负责人:张x9月18日) on its own line after 3、 is the bracketed annotation of 3、: the person (masked as written, 张x) → responsible_leaders (负责人 is no spec label; a named person answering for the item is read as its responsible leader); 9月18日 has no usable year (20xx): no deadline, time_hint. The last (负责人:王 is cut before the name closes: no responsibility for (二)1、.",
    ]))

write(doc("fupindai-school-science-festival-project-leads-plan.txt",
    doc_type="plan",
    outline=[
        it("1", "一、", 1, "指导思想"),
        it("2", "二、", 1, "活动主题"),
        it("3", "三、", 1, "活动时间", time_hint="20xx 年7月1日至 12月30日"),
        it("4", "四、", 1, "科技节组委会"),
        it("5", "五、", 1, "活动内容"),
        it("5.1", "（一）", 2, "科普宣传"),
        it("5.1.1", "1.", 3, "充分利用国旗下讲话，做好校主题科技节宣传发动工作"),
        it("5.1.2", "2.", 3, "校电子显示屏更改宣传标语，组织进行以“科技筑梦 创新成长”为主题的屏幕设计，创设浓郁的科技节氛围"),
        it("5.2", "（二）", 2, "活动安排"),
        it("5.2.1", "1、", 3, "科学幻想画比赛，项目负责人", resp=rl("罗宏泽")),
        it("5.2.2", "2、", 3, "“纸船承重”比赛，项目负责人", resp=rl("陈荷叶", "徐少玲")),
        it("5.2.3", "3、", 3, "“鸡蛋撞地球”比赛，项目负责人", resp=rl("徐少玲", "曹光聪")),
        it("5.2.4", "4、", 3, "魔方比赛，项目负责人", resp=rl("徐云跑", "徐少玲")),
        it("5.2.5", "5、", 3, "七巧科技，项目负责人", resp={"departments": ["美术组"]}),
    ],
    notes=[
        "Source: a content-farm page (m.fupindai.com) holding a school's 科技节 plan without its title: 一、–五、, a 组委会 of empty 组长/副组长/成员 labels, (一) 1.–2., (二) 1、–5. each naming its 项目负责人 and a (具体见…方案) bracket. Stored as txt.",
        "No title, issuer or date in the copy (20xx). 三、's time cue kept as written (spaces included) in time_hint: the year is 20xx, so no deadline.",
        "四、's 组委会 has empty 组长/副组长/成员 labels: no leading_group (no names; and a 组委会). 组委会办公室:政教处负责方案设计… is a label line, not an item: no responsibility.",
        "(二)1、–5.: heading to the first ： as the spec says (…比赛，项目负责人), the label left in the heading. 项目负责人: named people → responsible_leaders (负责人 is no spec label; as in the seventeenth set's meidekan); 5、's 美术组 is a group of the school itself → departments. The (具体见…方案) brackets name other plans: no references.",
    ]))

write(doc("lncxrc-2018-13-science-workers-day-forwarding.html",
    doc_type="notice",
    title="关于转发《中国科协科技部关于开展2018年“全国科技工作者日”活动的通知》的通知",
    recipients=["各市科协", "科技局", "各省级学会（协会、研究会）"], date="2018-05-12",
    references=["科协发厅字〔2018〕13号"],
    enclosed_title="中国科协科技部关于开展2018年“全国科技工作者日”活动的通知",
    alternatives={"title": ["关于转发《中国科协 科技部关于开展2018年“全国科技工作者日”活动的通知》的通知"],
                  "issuer": ["辽宁省科学技术协会", "辽宁省科协"], "date": [None],
                  "enclosed_title": ["中国科协 科技部关于开展2018年“全国科技工作者日”活动的通知"]},
    outline=[
        it("1", "一是", 5, "各市科协、科技局，省级学会要高度重视，积极争取当地党委政府、理事长单位和社会各界对“全国科技工作者日”活动的重视和支持，努力形成全社会广泛参与的工作局面"),
        it("2", "二是", 5, "各市科协、科技局，省级学会要切实把组织开展庆祝活动与“五大基地”建设、深入实施“五大区域发展战略”紧密结合，进一步激发科技工作者为辽宁全面振兴发展作贡献的活力和热情"),
        it("3", "三是", 5, "各市科协、科技局，省级学会要充分发挥各类传统媒体和新媒体的作用，对优秀科技工作者典型代表和科学家精神集中宣传，扩大活动的影响力"),
        it("4", "四是", 5, "各市科协、科技局，省级学会要认真做好总结，请于6月10日前报送2", deadline="2018-06-10"),
    ],
    notes=[
        "Source: a Liaoning talent-service site (lncxrc.com) carrying the provincial association's 转发 notice: a 工作时间 line, 微信, the headline with stray spaces (科技部关于开展 2018年, 》 的通知), a 2018/5/12 10:39:52 | 1621次浏览 line, a download link named after the forwarded notice, 主送, the 转发 sentence with the 字号, a paragraph of context, then 一是…四是 as separate paragraphs; cut in 四是. Rebuilt as HTML around the stored text.",
        "title: stray spaces removed, the space between the joint issuers too (the copy with it kept accepted). issuer: the copy keeps no signature (the province's association accepted). date: the posting time (null accepted).",
        "recipients: split on 、 and ，: 各市科协 / 科技局 / 各省级学会（协会、研究会） (the bracket kept whole).",
        "enclosed_title: the forwarded notice as the body cites it (no space between 中国科协 and 科技部; the link's spacing accepted). references: its 字号.",
        "一是…四是 open their own paragraphs: level 5, headings to the first 。 (四是 cut mid-sentence). 四是's 请于6月10日前报送 → 2018-06-10 (the document's year). The four demands name 各市科协、科技局，省级学会 as subjects (…要…), not as bodies answering for the item: no responsibility.",
    ]))

write(doc("lawyee-2007-57-science-day-summary-notice.txt",
    doc_type="notice", issuer="中国科学技术协会", doc_number="科协普发综字〔2007〕57号",
    title="中国科学技术协会关于开展2007年全国科普日活动总结工作的通知",
    recipients=["各有关全国学会", "协会", "研究会科普部（普委会）", "各省", "自治区", "直辖市科协科普部",
                "新疆生产建设兵团科协科普部"],
    date="2007-10-19",
    contact={"name": "夏瑞军", "phone": "010-68571988", "email": None},
    alternatives={"contact": [{"name": "李春雨", "phone": "010-63906628", "email": "kphd@cast.org.cn"},
                              {"name": "夏瑞军", "phone": "010-68571988", "email": "kphd@cast.org.cn"}]},
    notes=[
        "Source: a law database (lawyee.com.cn) copy: the title, the 字号 in brackets with [] (科协普发综字[2007]57号 → 〔2007〕), 主送, two paragraphs, 联系方式 for two offices (科普部: 联 系 人 夏瑞军, 联系电话; 科普活动中心: 联 系 人 李春雨, 地址, 邮编, 电话, 传 真, 电子邮箱), 附件:, the dateline 二○○七年十月十九日 with ○ for zero, then the attached 调查表 as a '|' table. Stored as txt.",
        "issuer: the title's 中国科学技术协会 (no signature line survives). date: 二○○七年十月十九日.",
        "recipients: split on 、 and ， as the spec says, so 各有关全国学会、协会、研究会科普部（普委会） gives three entries and 各省、自治区、直辖市科协科普部 three.",
        "contact: two 联系人 blocks; the first as written (夏瑞军, 010-68571988); the e-mail sits in the second block (李春雨's), so the first contact has none. The second block, or the first with the mail, accepted. Spaced labels (联 系 人, 传 真).",
        "No numbered items: 2007年11月8日前 closes the whole request (no item to carry a deadline). The 附件 table is a blank form: not part of the outline. 《科普法》《全民科学素质行动计划纲要》 carry no 字号: no references.",
    ]))

write(doc("qzlc-2017-licheng-science-workers-day-notice.html",
    doc_type="notice", title="关于开展2017年鲤城区首个“全国科技工作者日”活动的通知",
    recipients=["高新区科协", "各街道", "企业", "学校科协", "各学会（协会）"], date="2017-05-26",
    references=["泉科协〔2017〕37号"],
    alternatives={"issuer": ["鲤城区科学技术协会", "泉州市鲤城区科学技术协会"], "date": [None], "references": [[]]},
    outline=[
        it("1", "一、", 1, "活动时间", time_hint="5月下旬"),
        it("2", "二、", 1, "活动主题"),
        it("3", "三、", 1, "活动内容"),
        it("3.1", "1.", 3, "组织维护科技工作者权益活动"),
        it("3.2", "2.", 3, "组织开展走访慰问活动"),
        it("3.3", "3.", 3, "组织开展系列主题宣传报道"),
    ],
    notes=[
        "Source: a district association's page on the district government's site (kx.qzlc.gov.cn): 当前位置 path, the headline broken by a space (全国科技 工作者日), 发布时间/字号 line, 主送, a paragraph whose digits lost their characters (2017 530 for 2017年5月30日; 泉科协〔201737号 for 泉科协〔2017〕37号), 一、–三、, 1.–3.; cut in 3. Rebuilt as HTML around the stored text.",
        "title: the headline, the space removed. issuer: no signature survives; the body says 区科学技术协会 only (the district's association accepted). date: the page's 发布时间 (null accepted).",
        "references: the cited 泉科协〔201737号 read as 泉科协〔2017〕37号 (the year and number run together where 〕 was lost); none accepted.",
        "一、's 5月下旬 is a soft time cue of the item: time_hint. 1.–3. headings end at the first 。. 1.'s 区科协将与…联合成立… is an action, not a 负责/牵头 assignment: no responsibility.",
    ]))

write(doc("93gov-2007-cast-plenary-han-qide-news.html",
    doc_type="news", title="韩启德主席出席中国科协七届二次全会并做工作报告", date="2007-01-16",
    alternatives={"date": [None]},
    notes=[
        "Source: a democratic party's central site (93.gov.cn) news page: a stray 密码: login label, the headline, three paragraphs, cut mid-word. Rebuilt as HTML around the stored text.",
        "date: no page date was stored; the dateline 1月16日 with the year from the text (回顾总结2006年的工作，研究部署2007年的任务): 2007-01-16 (null accepted). No issuer (a party site's report).",
        "No numbered items (the demands are run in prose with ；).",
    ]))

write(doc("hast-2025-mengzhou-workers-day-meeting-news.html",
    doc_type="news", date="2025-05-20",
    alternatives={"date": [None], "issuer": ["孟州市科协"]},
    outline=[
        it("1", "一是", 5, "要突出政治引领，体现对科技工作者的关怀"),
        it("2", "二是", 5, "要创新形式，扩大线上线下参与度"),
        it("3", "三是", 5, "加强宣传，联动主流媒体与新媒体平台"),
        it("4", "四是", 5, "做好活动总结，形成长效服务机制"),
    ],
    notes=[
        "Source: the provincial association's site (hast.net.cn) report of a county-level city association's meeting: no headline stored, three paragraphs, 供稿人/审核人 lines. Rebuilt as HTML around the stored text (the page title is the site's name).",
        "date: 5月20日 with the year from the text (《2025年孟州市全国科技工作者日活动方案》): 2025-05-20 (null accepted). title null (no headline).",
        "一是…四是 inline in one sentence: level 5, headings to each ；/。. The 活动方案 in 《》 has no 字号. 供稿人 is no contact.",
    ]))

write(doc("cncos-2019-optics-society-committees-meeting-news.html",
    doc_type="news", title="2019年中国光学学会专业委员会工作会议在京召开", date="2019-12-05",
    alternatives={"date": ["2019-12-01"], "issuer": ["中国光学学会"]},
    notes=[
        "Source: a national society's own site (cncos.org.cn): headline, 发布时间/阅读次数 line, paragraphs with photo captions between them (…会议现场, 专委会工作汇报, 刘旭秘书长发言), cut mid-word. Rebuilt as HTML around the stored text.",
        "date: the page's 发布时间 2019-12-05 (the meeting's 12月1日 accepted). The captions are no items; three 管理办法 in 《》 carry no 字号: no references.",
    ]))

write(doc("12366sw-2024-caravan-measures-issuing-notice.txt",
    doc_type="notice", issuer=fw("中國(guó)科協(xié)辦公廳"),
    recipients=[fw(x) for x in ["各省", "自治區(qū)", "直轄市科協(xié)", "新疆生產(chǎn)建設(shè)兵團(tuán)科協(xié)", "各有關(guān)單位"]],
    date="2024-12-30",
    enclosed_title=fw("全國(guó)科普大篷車(chē)項(xiàng)目管理辦法"),
    alternatives={"issuer": ["中國科協辦公廳", "中国科协办公厅"],
                  "recipients": [["各省", "自治區", "直轄市科協", "新疆生產建設兵團科協", "各有關單位"]],
                  "enclosed_title": ["全國科普大篷車項目管理辦法", "全国科普大篷车项目管理办法"]},
    notes=[
        "Source: a spam mirror (12366sw.com) of the national association's 通知公告 page: 發布日期 2025.01.07, 主送, one sentence issuing the 管理辦法, 附件: line with a .pdf name, signature and date. Every few characters carry a pinyin gloss in brackets (協(xié), 車(chē)), as in earlier mirrors. No headline and no 字号 stored. Stored as txt.",
        "Glossed fields are written as the copy writes them, brackets made full-width (the 5728338 precedent); the unglossed forms accepted.",
        "issuer: the signature 中國(guó)科協(xié)辦公廳. date: the dateline 2024年12月30日, not the page's 發布日期. title: none stored (null).",
        "recipients: split on 、 and ，; the gloss brackets hold no separators. enclosed_title: the 管理辦法 in 《》 (the 附件 line repeats it with .pdf). 《全民科學素質行動規劃綱要(2021—2035年)》 has no 字号: no references. No numbered items.",
    ]))

write(doc("lipsmiley-2022-chemical-society-activities-notice.txt",
    doc_type="notice", issuer="中國化學會",
    recipients=[fw("各學科/專業(yè)委員會"), "女化學工作者委員會", "青年化學工作者委員會", "各單位會員"],
    date="2022-12-08",
    contact={"name": None, "phone": None, "email": "juhuajun@iccas.ac.cn"},
    alternatives={"issuer": [None, "中国化学会"], "contact": [None],
                  "recipients": [["各學科/專業委員會", "女化學工作者委員會", "青年化學工作者委員會", "各單位會員"]]},
    outline=[
        it("1", "一、", 1, "申報范圍"),
        it("1.1", "1.", 3, "學科、專業（yè）領域的連續性學術會議"),
        it("1.2", "2.", 3, "面向學科發（fā）展前沿、交叉、熱點的前瞻性研討會或論壇"),
        it("1.3", "3.", 3, "其它全國性的學術活動等"),
        it("2", "二、", 1, "申報指南", deadline="2022-12-30"),
        it("3", "三、", 1, "有關要求"),
        it("3.1", "1.", 3, "為提高學術交流質量，提升為會員服務水平，打造中國化學會學術會議品牌，加大學術活動宣傳力度，要求中國化學會（含分支機構）主辦的學術會議使用“中國化學會會議管理系統（tǒng）”，相關介紹另附"),
        it("3.2", "2.", 3, "根據（jù）上級要求，由中國化學會（含分支機構）主辦的學術活動，注冊費應統（tǒng）一由中國化學會秘書處收取并管理"),
        it("3.3", "3.", 3, "會議切忌鋪張浪費，須嚴格按照國家財"),
    ],
    notes=[
        "Source: a spam mirror (lipsmiley.com) of a national society's notice: 發布時間/來源 line, 主送, one sentence, 一、–三、 with 1.–3. under 一、 and 三、; glosses on some characters; no headline; cut in 三、3. Stored as txt.",
        "issuer: the 來源 line's 中國化學會 (no signature survives; null accepted). date: the 發布時間. title null (no headline).",
        "contact: no 联系人; the one address given is the secretariat's mail for the forms (…發送電子版至秘書處(juhuajun@iccas.ac.cn)) — kept as the contact's e-mail (null accepted).",
        "二、's heading is the label 申報指南; its text asks for the forms 於2022年12月30日前 → the item's deadline (it closes this item, not a separate closing line of the document).",
        "Headings end at the first 。/；; glosses kept as written, brackets full-width.",
    ]))
