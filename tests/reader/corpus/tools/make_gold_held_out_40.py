"""Hand-made reference parses for the fortieth held-out set (tools/held_out_40.txt): twelve public pages found with the
search tool for the bodies beside and under a 科协 that it works with: universities (a vocational college's 科普月 notice
with 负责部门 under each activity, a university 科研处's 科普日 notice assigning activities in prose, a university 科协's
founding news), 老科协 at three levels (a city 老科协's numbered notice with two dates, a city 老科协's 转发 of a provincial
notice under a bare 通 知 headline, a city 老科协's essay call with its 字号 and date damaged, a provincial 老科协's 转发 with a
字号 that lost its 号, the national 老科协's 老科技工作者日 notice, a city 老科协's office-meeting news), and government offices
in joint work with the 科协 (a county education bureau's mobile-museum notice with two phones, a city education bureau's
科普日 notice with three item deadlines, a city government office's glossed 印发 notice of a youth-contest plan whose (一)
is mojibake). Formats: seven .txt as the search returned them (no page markup survived, so no .html), three .docx and two
.pdf made from the document body (title or 字号 line to the signature/date, as far as each copy goes). Each block was
written by reading the document against parse-format.md; the reader was not run on any of them. Writes ../gold/<stem>.json."""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_gold import doc, it  # noqa: E402  (importing make_gold rewrites the first corpus's gold: the same files)
from make_gold_held_out_2 import write, fw, head  # noqa: E402  (marks the gold found; rewrites the second set's: the same files)

DOCS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs")
GLOSS = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")


def line_of(stem, n):
    """Line n (0-based) of a stored copy, as written."""
    return open(os.path.join(DOCS, stem), encoding="utf-8").read().split("\n")[n]


def ug(s):
    """A glossed line without its pinyin glosses (發(fā) → 發)."""
    return GLOSS.sub("", s)


J = "jmslkx-2022-13-jiamusi-veteran-association-congress-activities-notice.txt"
write(doc(J,
    doc_type="notice", doc_number="佳老科协发〔2022〕13号", title="关于开展喜迎党的二十大活动的通知",
    recipients=[fw("各县(市)区老科协"), "市直老科协各分会"], date="2022-08-10",
    contact={"name": None, "phone": None, "email": "jmsslkx@163.com"},
    alternatives={"issuer": ["佳木斯市老科学技术工作者协会", "佳木斯市老科协"], "date": [None]},
    outline=[
        it("1", "一、", 1, head(J, "一、")),
        it("2", "二、", 1, head(J, "二、")),
        it("3", "三、", 1, head(J, "三、"), deadline="2022-10-31"),
        it("4", "四、", 1, head(J, "四、"), deadline="2022-08-30"),
    ],
    notes=[
        "Source: a city 老科协's own site (jmslkx.com): welcome line, search box, path 首页 > 系统广角 > 市老科协, the headline, the posting time (2022/8/10 10:29:06), the 字号 line, the title again, 主送, a preamble, 一、–四、 each followed by an unnumbered paragraph, the mailbox line, then 附件: cut inside the attachment's name. No signature survives. Stored as txt.",
        "issuer null: no header line or signature survives; the site's welcome line names the association as the site, not as the sender (the association accepted). date: the posting day 2022-08-10 (null accepted).",
        "recipients: 各县(市)区老科协 keeps its bracket (one body), 市直老科协各分会; split on 、.",
        "Items: 一、–四、 are sentences, heading to the first 。. 三、 states 于10月底前上报 → 2022-10-31 (its following paragraph, still under 三、, adds 8月30前 for the 建言献策文稿; the item's own first date is kept). 四、's following paragraph states 8月30日前报至 → 2022-08-30. No unit is assigned (各单位/各县市区 are the recipients).",
        "contact: only the mailbox given for submissions (电子邮箱：jmsslkx@163.com); no name or phone. The cited 通知 carry no 字号: no references. The attachment (a 转发 of a provincial notice) is not forwarded by this notice: enclosed_title null.",
    ]))

M = "mlkx-2017-mudanjiang-veteran-association-singing-forwarding.txt"
write(doc(M,
    doc_type="notice", issuer="牡丹江市老科学技术工作者协会", title="通知",
    recipients=["各县()", "区", "院校科研所老科协", "市直行业分会"], date="2017-09-25",
    enclosed_title="关于2017年老科技工作者日组织开展“放声唱”活动的通知",
    alternatives={"title": [None],
                  "recipients": [["各县()、区", "院校科研所老科协", "市直行业分会"]],
                  "enclosed_title": ["黑龙江省老科学技术工作者协会关于2017年老科技工作者日组织开展“放声唱”活动的通知"]},
    outline=[
        it("1", "1.", 3, head(M, "1.")),
        it("2", "2.", 3, head(M, "2.")),
    ],
    notes=[
        "Source: a city 老科协's site (mlkx.net): 加入收藏 line, path 协会动态 >> 通 知, the headline 通 知, a time/来源/浏览 line, 主送, one sentence forwarding the provincial notice, the signature, the date in 二○一七年 form; then the forwarded notice: its issuer line, its title on two lines, its 主送, two paragraphs and 1.–2.; cut inside 2. Stored as txt.",
        "title: the document's own title is the bare 通 知 (spaces removed: 通知; null accepted). issuer and date from the forwarding notice's signature and date (二○一七年九月二十五日).",
        "recipients: 各县()、区 lost the 市 inside its bracket; split mechanically on 、 and ， outside brackets (各县()、区 whole accepted).",
        "enclosed_title: the forwarded notice's title, its two lines joined (with its issuer line accepted). The forwarded notice's 1. and 2. are the outline (level 3, no parent item); its 老科技工作者日(1028日重阳节) lost its 月 and is no deadline.",
    ]))

P = "pucheng-2018-education-bureau-mobile-museum-visit-notice.txt"
write(doc(P,
    doc_type="notice", issuer="蒲城县教育局", title="关于组织参观流动科技馆的通知",
    recipients=["城区各中小学"], date="2018-03-06",
    contact={"name": None, "phone": "0913-7221932", "email": None},
    alternatives={"title": ["蒲城县教育局关于组织参观流动科技馆的通知"],
                  "contact.name": ["基教一股"], "contact.phone": ["0913-7221932、0913-7211096"]},
    outline=[
        it("1", "一、", 1, "活动主题和内容"),
        it("2", "二、", 1, "活动地点"),
        it("3", "三、", 1, "活动时间"),
        it("4", "四、", 1, "活动对象"),
        it("5", "五、", 1, "工作要求"),
        it("5.1", "（一）", 2, head(P, "(一)")),
    ],
    notes=[
        "Source: a county portal page (61.185.82.93) of the county education bureau's notice: the issuer line, the title line, 主送, a preamble split across a line (进一 / 步提高: joined), 一、–五、 with one (一) under 五、, two phone lines (基教一股 and 县科协), the issuer again and the date. Stored as txt.",
        "title: the 关于… line; the issuer line above it joined accepted. issuer and date from the signature.",
        "contact: two offices' phones with no person; the bureau's own office 基教一股 first (its phone as contact; the office as name and both numbers accepted). 县科协's phone is the partner's.",
        "Items: 一、–五、 are short label headings; 三、活动时间 points to an attachment (no date, no time_hint). 五、(一) is addressed to the recipients (各校要…): no responsibility. No 字号 cited.",
    ]))

X = "xiaoxiaotong-2024-cast-veteran-workers-day-notice.txt"
write(doc(X,
    doc_type="notice", title="关于组织开展2024年全国老科技工作者日活动的通知",
    recipients=["中国老科协各分会", "各单位会员"], date="2024-09-30",
    alternatives={"issuer": ["中国老科学技术工作者协会"], "date": [None]},
    outline=[
        it("1", "一、", 1, "活动时间"),
        it("2", "二、", 1, "活动主题"),
        it("3", "三、", 1, "活动内容"),
        it("3.1", "（一）", 2, "北京主场活动和文艺演出"),
        it("3.1.1", "1.", 3, "北京主场活动10月11日上午9:00-10:30"),
        it("3.1.1.1", "（1）", 4, "参加人员"),
        it("3.1.1.2", "（2）", 4, "活动内容"),
    ],
    notes=[
        "Source: a national platform (xiaoxiaotong.org) page: the province bar, search labels, path 首页 > 工作通知 > 基层动态, the headline, a meta line run together (2024-09-30中国老科学技术工作者协会本文被阅读过101次[推荐]…), 主送, preamble, 一、–三、 with (一) 1. (1)(2); cut inside (2). Stored as txt.",
        "issuer null: no header or signature survives; the meta line names the posting body (中国老科学技术工作者协会 accepted). date: the meta line's posting day (null accepted).",
        "Items: 一、活动时间's 2024 年10月11日…前后 is the event's day, no deadline. 1.'s heading runs to the line end: the clock's colons (9:00) are no stops and stay half-width; the space before 10月 is removed.",
    ]))

Y = "dyerandpostasalon-2018-59-yinchuan-youth-contest-plan-issuing.txt"
YT = ug(line_of(Y, 1))
YR = ug(line_of(Y, 3)).rstrip(":")
YE = ug(line_of(Y, 7))
write(doc(Y,
    doc_type="notice", issuer="銀川市人民政府辦公廳", doc_number=ug(line_of(Y, 2)), title=YT,
    recipients=[fw(r) for r in re.split(r"[,、]", YR)], date="2018-04-12", enclosed_title=YE,
    alternatives={"doc_number": [line_of(Y, 2)], "title": [line_of(Y, 1)], "enclosed_title": [line_of(Y, 7)],
                  "recipients": [[fw(r) for r in re.split(r"[,、]", line_of(Y, 3).rstrip(":"))]]},
    outline=[
        it("1", "一、", 1, head(Y, "一、")),
        it("2", "二、", 1, head(Y, "二、")),
        it("3", "三、", 1, head(Y, "三、")),
        it("3.1", "1.", 3, head(Y, "1.")),
        it("3.2", "2.", 3, head(Y, "2.")),
    ],
    notes=[
        "Source: a spam site's copy (dyerandpostasalon.com) of a city government office's 印发 notice in traditional characters with pinyin glosses on many characters (發(fā), 號(hào)): a headline made of the 字号 and the title in 《》, the title, the 字号, 主送, one sentence issuing the 方案, the signature, the date, then the 方案: title, preamble, 一、–三、; cut inside 三、's 2.承辦單位. Stored as txt.",
        "Header fields give the document's words without the glosses (銀政辦發〔2018〕59號, the title, 主送 and the 方案's name; the glossed forms accepted), as the sdlongrun and 12366sw precedents. issuer and date from the signature (unglossed on the page).",
        "recipients: 各縣(市)區人民政府，市政府各部門、各直屬機構 → three entries, the bracket kept. enclosed_title: the 方案's title on its own line after the date.",
        "Items: 一、–三、 at level 1, headings read off the copy (glosses kept, as earlier glossed mirrors). Under 三、 the line that held (一)舉辦單位 is mojibake (?。ㄒ唬┡e辦單位。): no marker can be read, so no item; 1.主辦單位 and 2.承辦單位 are items of 三、 at level 3 (ids 3.1, 3.2). Host and organiser lists are not responsibility for an item. 大賽時間 (2018年4月13日-15日) is the event's span, no deadline.",
    ]))

write(doc("dhu-2018-donghua-university-association-founding-news.txt",
    doc_type="news", title="东华大学科学技术协会挂牌成立", date="2018-06-20",
    alternatives={"issuer": ["东华大学"], "date": ["2018-06-19"]},
    outline=[
        it("1", "一是", 5, "要增强服务能力，建好科技工作者之家"),
        it("2", "二是", 5, "要坚持立德树人，营造良好校园学术氛围"),
        it("3", "三是", 5, "要坚持科技创新，积极举荐优秀科技人才"),
        it("4", "四是", 5, "要普及科技知识，促进科技创新服务社"),
    ],
    notes=[
        "Source: a university 科协's own site (kexie.dhu.edu.cn) news page: the headline, a 发布人/发布时间/浏览次数 line, three paragraphs (the event day written 619, its 月/日 lost); cut inside the new chairman's four points. Stored as txt.",
        "date: the page's 发布时间 2018-06-20 (the meeting's 6月19日 accepted). issuer null: a university's report on its own 科协 (东华大学 accepted).",
        "Items: the chairman's 一是…四是 are inline items (level 5) as in earlier news golds; headings to the first ；, the last cut at the copy's end. 科研处处长王宏志主持 chairs a meeting: no responsibility. The 章程(草案) has no 字号.",
    ]))

B = "bjmjrcw-2025-yibin-veteran-association-office-meeting-news.txt"
write(doc(B,
    doc_type="news", title="宜宾市老科协召开六届十六次会长办公会研究布置上半年主要工作", date="2025-02-18",
    alternatives={"issuer": ["宜宾市老科协"], "date": ["2025-02-14"]},
    outline=[
        it("1", "（一）", 2, "启动银龄科技服务团工作"),
        it("1.1", "一是", 5, head(B, "一是"), deadline="2025-05-31"),
        it("1.2", "二是", 5, head(B, "二是")),
    ],
    notes=[
        "Source: a mirror site (bjmjrcw.com) of a city 老科协's news: 搜索, the headline, a 来源/作者/time/浏览量 line (2025-02-18 10:05:50), four paragraphs and the chairman's (一) with 一是/二是; cut inside 二是. Stored as txt.",
        "date: the page's 2025-02-18 (the meeting's 2025年2月14日 accepted). issuer null (the 老科协 accepted).",
        "Items: (一) at level 2 without a parent (id 1), its 一是/二是 inline (level 5). 一是 states 时间上最迟在5月底以前完成 → 2025-05-31 (the year from the meeting's 2025). 与江安县老科协进行对接 / 与市老龄事业中心、市科协做好项目对接 name partners to contact, not who answers: no responsibility.",
    ]))

write(doc("zlxy-2025-henan-quality-college-popsci-month-notice.docx",
    doc_type="notice", issuer="河南质量工程职业学院", title="河南质量工程职业学院关于举办2025年全国科普月活动的通知",
    recipients=["各单位", "各部门"],
    alternatives={"issuer": [None]},
    outline=[
        it("1", "一、", 1, "活动主题"),
        it("2", "二、", 1, "活动时间"),
        it("3", "三、", 1, "活动内容"),
        it("3.1", "（一）", 2, "科普基地开放体验活动"),
        it("3.1.1", "1.", 3, "葡萄酒生产实训基地体验", resp={"departments": ["食品与化工学院"]}),
        it("3.1.2", "2.", 3, "食品安全实验室开放日",
           resp={"departments": ["平顶山市食品安全检测科研中心", "食品与化工学院"]}),
        it("3.1.3", "3.", 3, "3D打印、智能制造实验室参观", resp={"departments": ["机电工程学院"]}),
        it("3.1.4", "4.", 3, "建筑消防实训基地、智能建造虚拟仿真实训基地体验", resp={"departments": ["建筑工程学院"]}),
        it("3.2", "（二）", 2, "科普互动与知识普及"),
        it("3.2.1", "1.", 3, "“科普微创作”活动"),
    ],
    notes=[
        "Source: a vocational college's own site (zlxy.edu.cn) notice; stored as .docx holding only the document from its title line as far as the copy goes (cut inside 三、(二)1.); the site's path, the 作者:科研外事处/点击数/更新时间 line dropped, so no date remains in the body (date null).",
        "issuer: the college named in the title (no signature survives; null accepted).",
        "Items: 一、二、 are label headings (2025 年 10 月至11月 is the activity's span: no deadline). Each 1.–4. under (一) carries 内容: and 负责部门: lines: the 负责部门 bodies are the item's departments (a 责任部门 label, as the spec reads it), including the outside 平顶山市食品安全检测科研中心 the label names. 3.3D 打印: marker 3., heading 3D打印… with the stray space removed.",
    ]))

write(doc("theoldenorthchapel-2020-university-research-office-science-day-notice.docx",
    doc_type="notice", recipients=["各二级学院"], references=["陕科协发〔2020〕普字28号"],
    alternatives={"issuer": ["科研处"]},
    outline=[
        it("1", "一、", 1, "主题和时间"),
        it("2", "二、", 1, "活动内容"),
        it("2.1", "（一）", 2, "弘扬科学精神，展现科学价值"),
        it("2.2", "（二）", 2, "助力疫情防控，推动健康科普"),
        it("2.3", "（三）", 2, "聚焦脱贫攻坚，决胜全面小康"),
        it("3", "三、", 1, "主要活动"),
        it("3.1", "（一）", 2, "校园科普行动"),
        it("3.2", "（二）", 2, "农村科普行动", resp={"departments": ["科研处"]}),
        it("3.3", "（三）", 2, "卫生健康科普行动", resp={"lead_units": ["医学院"]}),
        it("3.4", "（四）", 2, "科普教育基地科普行动", resp={"lead_units": ["农生学院"]}),
    ],
    notes=[
        "Source: a mirror (theoldenorthchapel.com) of a Shaanxi university's 科研处 notice for the 2020 科普日; the copy starts at 主送 (no title line, no 字号) and is cut inside 三、(四). Stored as .docx holding the document as far as the copy goes, one paragraph a line.",
        "issuer null: no header or signature; the text's 科研处将组织… names the office in prose (科研处 accepted). title and date null.",
        "references: the provincial joint notice's 字号 陕科协发〔2020〕普字 28 号 with its spaces removed; the notice is cited as a basis, not forwarded: enclosed_title null.",
        "Responsibility in prose: 由科研处牵头 → departments (the issuing office itself, a …处); 由医学院牵头, 由农生学院牵头 → lead units (colleges, not offices of the issuer). 时 间：2020 年 9 月20日至9月25日 is the activity's span, no deadline.",
    ]))

write(doc("jmslkx-2020-3-jiamusi-veteran-association-epidemic-essay-notice.docx",
    doc_type="notice", issuer="佳木斯市老科学技术工作者协会", doc_number="佳老科协发〔2020〕3号",
    title="关于开展老科协抗疫主题征文的通知", recipients=["各县（市）", "区老科协"], date="2020-06-29",
    contact={"name": "孙卿", "phone": "8668837", "email": "jmsslkx@163.com"},
    alternatives={"doc_number": ["佳老科协发〔20203", "佳老科协发〔2020〕3"], "date": [None],
                  "recipients": [["各县（市）、区老科协"]], "contact.email": [None]},
    outline=[
        it("1", "1、", 3, "征文对象"),
        it("2", "2、", 3, "征文内容"),
        it("2.1", "1）", 4, "围绕抗击疫情的建言献策"),
        it("2.2", "2）", 4, "老科协和会员抗击疫情期间的先进事迹"),
        it("2.3", "3）", 4, "抗击疫情有关的原创诗歌、散文等"),
        it("3", "3、", 3, "征文时间", deadline="2020-07-31"),
        it("4", "4、", 3, "征文投稿方式"),
        it("5", "5、", 3, "征文联系人"),
    ],
    notes=[
        "Source: a city 老科协's own site (jmslkx.com) notice; stored as .docx holding only the document: its title line (the page headline), then from the 字号 line to the date; the site's welcome line, search box, path and posting time (2020/6/30 13:33:51) dropped.",
        "doc_number: the page wrote 佳老科协发 〔20203 (the closing bracket and 号 lost): normalised to 佳老科协发〔2020〕3号 (the damaged forms accepted). date: the signature's 2020629 (年/月/日 lost) read as 2020-06-29 (null accepted).",
        "recipients: 各县(市)、区老科协 split mechanically on the 、 outside the bracket (whole accepted).",
        "Items: 1、–5、 at level 3; 2、's 1) 2) 3) (only the closing bracket written) at level 4. 3、 states 即日起至731日截止 (月 lost) → 2020-07-31, the item's own date. contact: 5、's 征文联系人 孙卿 and 8668837; the mailbox in 4、 is where essays go (given as the email; null accepted).",
    ]))

G = "gzdjg-2022-guangzhou-education-bureau-science-day-projects-notice.pdf"
write(doc(G,
    doc_type="notice", issuer="广州市教育局", title="广州市教育局关于报送2022年广州市全国科普日活动项目的通知",
    recipients=["市属各高校", "各区教育局", "局属各单位"],
    contact={"name": None, "phone": None, "email": "qiugj@gz.gov.cn"},
    alternatives={"issuer": [None], "contact.email": [None]},
    outline=[
        it("1", "一、", 1, "请各单位高度重视，围绕“喜迎二十大，科普向未来”主题，重点结合《广州市科协关于举办2022年广州市全国科普日活动的通知》（详见附件1）的活动内容，根据自身特点和条件，组织好2022年广州市全国科普日期间的各项科普活动"),
        it("2", "二、", 1, "请有意参加9月17日在华南国家植物园主会场展示的单位，填写《2022年广州市全国科普日主会场活动项目信息表》（附件2），自行安排时间地点组织开展活动的单位填写《2022年广州市全国科普日系列活动项目信息表》（附件3），于2022年8月24日前将电子版发送至邮箱",
           deadline="2022-08-24"),
        it("3", "三、", 1, "请活动举办单位于2022年8月15至9月28日期间，注册登录全国科普日网站（www.kepuri.cn）或下载“科普中国”客户端，登记发布活动信息，并于10月14日前及时补充完善活动信息和进展，包括活动照片视频、新闻报道链接等，提交活动总结材料",
           deadline="2022-10-14"),
        it("4", "四、", 1, "请各单位于10月10日前将申请优秀组织单位和优秀活动的单位将总结材料同步发送到qiugj@gz.gov.cn，统一进行报送推荐",
           deadline="2022-10-10"),
    ],
    notes=[
        "Source: a college 科普馆 site (kpg.gzdjg.edu.cn) copy of a city education bureau's notice; stored as .pdf (made via docx) holding the document from its two-line title to the attachment list, where the copy stops (附件 3.2…). No signature or date survives: date null.",
        "title: the two title lines joined. issuer: the bureau named in the title (null accepted).",
        "Items: 一、–四、 are requests to the recipients, heading to the first 。 or ：. Deadlines: 二、 2022年8月24日前; 三、 10月14日前 (the 8月15至9月28日 registration window is a span, the 前 date the deadline); 四、 10月10日前 (year from the document). The 广州市科协 notice cited in 《》 has no 字号: no references, and it is enclosed as an attachment, not forwarded: enclosed_title null.",
        "contact: the submission mailbox qiugj@gz.gov.cn (no name or phone; null accepted). The attachment list is not outline.",
    ]))

write(doc("hblkx-2020-15-hebei-veteran-workers-day-forwarding.pdf",
    doc_type="notice", issuer="河北省老科学技术工作者协会", doc_number="冀老科协〔2020〕15",
    title="转发《关于组织开展2020年全国老科技工作者日活动的通知》",
    recipients=[fw("各设区市(定州市、辛集市)老科协"), "省老科协各分会", "各直属企事业单位老科协"], date="2020-10-13",
    enclosed_title="关于组织开展2020年全国老科技工作者日活动的通知",
    alternatives={"doc_number": ["冀老科协〔2020〕15号"]},
    outline=[
        it("1", "一、", 1, "活动时间"),
        it("2", "二、", 1, "活动内容"),
        it("2.1", "（一）", 2, "北京主场活动"),
        it("2.2", "（二）", 2, "全国统一活动"),
    ],
    notes=[
        "Source: a provincial 老科协's page on a national platform (hblkx.xiaoxiaotong.org); stored as .pdf (made via docx) holding the document from its issuer line to the date, then the forwarded notice as the page gives it (no title of its own: it starts at its 主送), cut inside 二、(二); the site's 主办单位 line, the headline and the 发布时间/来源 line dropped.",
        "doc_number: 冀老科协〔2020〕 15 with the space removed; its 号 was never written (with 号 accepted). title: the 转发《…》 line, a title without 关于. date from the signature.",
        "enclosed_title: the forwarded 中国老科协 notice's name in 《》 (its own title line is absent). recipients: the bracket (定州市、辛集市) kept whole.",
        "Items: the forwarded notice's 一、二、 and (一)(二). 2020年10月25日 is the event's day, no deadline. 请及时报省老科协秘书处 names where to report, not who answers: no responsibility.",
    ]))
