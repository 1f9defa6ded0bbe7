"""Hand-made reference parses for the thirty-eighth held-out set (tools/held_out_38.txt): twelve public pages found with the
search tool for what city (地级市) associations for science and technology and their neighbours issue: seven notices and
calls (a city association's evaluation call for 院士工作站 with two cited 字号, a city association's meeting notice with
numbered parts and agenda, a city education bureau's and science bureau's joint red-header notice with its brackets lost,
a city association's call to accept society projects with three numbered requirements, a glossed city 转发 notice with a
department's task in prose, a glossed city notice of a youth innovation contest run into one line, a county-level city's
科技之春 notice with a hidden middle and a stray tag), a city association's 公示 of nominees, a city association's plenary
work report behind a model-essay site's chrome, and three news pages (a city association's inspection report with image
names, a city's contest coordination meeting without year, a glossed spam copy of a city's 科普日 launch). Three are stored
as .docx, two as .pdf (the document body only), two as .html and five as .txt. Each block was written by reading the
document against parse-format.md; the reader was not run on any of them. Writes ../gold/<stem>.json."""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_gold import doc, it  # noqa: E402  (importing make_gold rewrites the first corpus's gold: the same files)
from make_gold_held_out_2 import write, fw, head  # noqa: E402  (marks the gold found; rewrites the second set's: the same files)

DOCS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs")


def nth_head(stem, anchor, n, stops="。；：\n"):
    """The text after the n-th `anchor` (1-based) up to its first stop, full-width, read off the copy (glosses kept)."""
    text = fw(open(os.path.join(DOCS, stem), encoding="utf-8").read())
    rest = text.split(fw(anchor), n)[n]
    for stop in stops:
        rest = rest.split(stop, 1)[0]
    return rest


def unglossed(s):
    """The document's words without the pinyin glosses the mirror put after many characters (協(xié) → 協)."""
    return re.sub(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]", "", s)


# ---------------------------------------------------------------- docx: Wuhan 院士工作站 evaluation call
write(doc("tgf3-2023-wuhan-academician-stations-evaluation-notice.docx",
    doc_type="notice", title="关于开展2023年度第一批武汉市院士工作站评价工作的通知",
    recipients=["各有关院士工作站建站单位"],
    contact={"name": "蔡超", "phone": "65692030", "email": None},
    references=["武科协〔2017〕40号", "武科协〔2016〕92号"],
    alternatives={"issuer": ["武汉市科协", "武汉市科学技术协会"], "contact.name": ["市科协企事业部 蔡超"]},
    outline=[
        it("1", "一、", 1, "评价对象"),
        it("2", "二、", 1, "评价内容与要求", deadline="2023-06-01"),
        it("3", "三、", 1, "评价程序与结果运用", resp={"departments": ["市科协企事业部"]}),
    ],
    notes=[
        "Source: a mirror (tgf3.com, news_show.aspx?id=75597) of a city association's 公告栏 page: site name, column, headline, a 发布日期/来源/作者 line (2023/5/17), a 字体显示 widget, 主送, the preamble citing two 管理办法 with their 字号, 一、–三、, 联 系 人 and 联系电话; cut at 联系邮(箱). Stored as .docx: from the title to the cut, the site name, column, 发布日期 and font lines dropped (text_to_docx.py, one paragraph a line).",
        "issuer: no header line or signature in the stored body: null (the city association, named in the text, accepted). date: none in the body (the page's 2023-05-17 was dropped with the chrome): null.",
        "references: 武科协〔2017〕40号 and 武科协〔2016〕92号 in order; the 评价细则 and 申报表 are attachments without 字号.",
        "二、 states 于2023年6月1日前报送至市科协 inside the item: its deadline; 报送至 names where to send, not who does the task. 三、: 评价申报材料经市科协企事业部审核 assigns the review to one of the issuer's own departments in prose: departments [市科协企事业部] (as the spec's prose rule; the reader may give it without 市科协).",
        "contact: 联 系 人 with spaces in the label; the value 市科协企事业部   蔡 超 names a department then a person: the person (蔡超, the space inside the name is stray and the scorer drops spaces), the whole accepted. phone 65692030; the mailbox line was cut: email null.",
    ]))

# ---------------------------------------------------------------- docx: Changde meeting notice
C = "cdast-2021-changde-county-chairs-meeting-notice.docx"
write(doc(C,
    doc_type="notice", issuer="常德市科学技术协会",
    title=fw("关于召开2021年度区县(市)科协党组书记(主席)会议的通知"), date="2021-04-12",
    contact={"name": None, "phone": None, "email": "cdkx7256512@126.com"},
    alternatives={"contact.email": [None]},
    outline=[
        it("1", "一、", 1, "时间"),
        it("2", "二、", 1, "地点"),
        it("3", "三、", 1, "参会人员"),
        it("3.1", "1.", 3, "市科协领导"),
        it("3.2", "2.", 3, fw("区县(市)、六区科协主要负责同志1名")),
        it("3.3", "3.", 3, fw("市科协各部室(直属单位)负责同志")),
        it("4", "四、", 1, "主要议程"),
        it("4.1", "1.", 3, "学习传达上级重要指示精神"),
        it("4.2", "2.", 3, "通报《市科协2021年工作思路及重点工作安排》"),
        it("4.3", "3.", 3, fw("宣读《关于申报2021年度常德市基层科协组织“三融合”示范项目的通知(征求意见稿)》")),
        it("4.4", "4.", 3, "科普信息员队伍建设及相关科普工作安排"),
        it("4.5", "5.", 3, "科技馆参观及科普大篷车进学校相关工作安排"),
        it("4.6", "6.", 3, fw("区县(市)、六区交流发言")),
        it("4.7", "7.", 3, "领导讲话"),
        it("5", "五、", 1, "相关要求", deadline="2021-04-13"),
    ],
    notes=[
        "Source: a city association's own site (cdast.org.cn, 综合动态/通知公告) page of its meeting notice: the title, 一、–五、 with 1.–3. under 参会人员 and 1.–7. under 主要议程, 附件:会议回执, the signature and the date. No 主送 line and no 字号. Stored as .docx: the title to the date (the page carried no chrome in the copy).",
        "recipients []: the notice has no 主送 line (the 区县(市)、六区科协 in 五、 are addressed in the text, not as 主送).",
        "Items: 一、时 间：… and 二、地 点：… are short headings with their value after the colon; the spaces inside 时 间/地 点 are stray and the heading is 时间/地点. 主持:谭卿平 is a label line inside 四、, not an item; the 1.–7. after it are 四、's agenda items at level 3. The meeting day 4月15日 is no deadline.",
        "五、 asks for the 回执 by 4月13日(周二)下班前: its deadline, the document's year (2021-04-13). contact: no 联系人 or phone; the 回执 mailbox is the only contact given (null accepted). The 工作思路 and the 征求意见稿 named in the agenda carry no 字号: no references.",
    ]))

# ---------------------------------------------------------------- docx: Guangzhou joint red-header notice
write(doc("gzdjg-2019-17-guangzhou-popsci-quiz-notice.docx",
    doc_type="notice", issuer="广州市教育局", doc_number="穗教科〔2019〕17号",
    title="关于举办2019年广州市中小学生科普知识竞赛的通知",
    recipients=["各区教育局", "科技管理部门", "市教育局属各学校", "各有关单位"], date="2019-03-21",
    contact={"name": "邱国俊", "phone": "22083723", "email": None},
    alternatives={"doc_number": ["穗教科〔201917"], "date": [None],
                  "issuer": ["广州市教育局 广州市科学技术局", "广州市教育局广州市科学技术局"],
                  "title": ["广州市教育局广州市科学技术局关于举办2019年广州市中小学生科普知识竞赛的通知"]},
    notes=[
        "Source: a city science museum's site (kpg.gzdjg.edu.cn) page of a joint notice of the city's education and science bureaus: the headline, then the document as its converter left it: the 字号 line with its closing bracket and 号 lost (穗教科〔201917), the two issuers on one line, the title on two lines, 主送, one paragraph, 附件 1.–2., the joint signature, the date with its 年/月/日 lost (2019321), and a bracketed 联系人 line cut before its closing bracket. Stored as .docx: from the 字号 line to the 联系人 line, the page's headline dropped.",
        "doc_number: 穗教科〔2019〕17号 read from the run-together digits (the copy's form accepted). date: 2019321 read as 2019-03-21 (null accepted). issuer: the first body of the joint header and signature (both accepted).",
        "title: the two title lines joined, without the issuer line (with it accepted). recipients split on ， and 、.",
        "No numbered items: the 附件 list (1.竞赛方案 2.推荐名单) is not outline. The 青少年科技教育工作计划 has no 字号: no references. contact from the bracketed line after the date.",
    ]))

# ---------------------------------------------------------------- pdf: Suzhou 公示 of nominees
write(doc("ahszkx-2023-suzhou-advanced-nominees-publicity.pdf",
    doc_type="other", issuer="宿州市科学技术协会", date="2023-10-26",
    contact={"name": None, "phone": "0557-3044190", "email": None},
    references=["皖科协组秘〔2023〕21号"],
    alternatives={"doc_type": ["notice"]},
    notes=[
        "Source: a city association's site (ahszkx.cn, 通知公告) page of a 公示: one paragraph citing the provincial notice with its 字号, the nominees (先进集体 three lines, 先进个人 five lines with spaced names), 公示时间, 联系电话, 联系地址, the signature and the date. No headline in the copy. Stored as .pdf (text_to_docx.py, then soffice): the whole copy, paragraph to date.",
        "doc_type other: a 公示 of nominees, as the hao-2015 and ezskx-2024 publicity precedents (notice accepted). title null (none stored).",
        "No items: the nominee lists are labelled lines (先进集体:/先进个人:), not numbered. The 公示时间 span is no deadline. contact: only 联系电话; the 联系地址 is no contact field; no 联系人 (the 市科协办公室 receives objections).",
    ]))

# ---------------------------------------------------------------- pdf: Yangzhou acceptance call
Y = "palomahomehealth-2021-yangzhou-society-projects-acceptance-notice.pdf"
write(doc(Y,
    doc_type="notice",
    recipients=[fw("各有关市级学会(协会、研究会)"), "高校科协"],
    contact={"name": "朱梅君 吴鹏飞", "phone": "0514-87336887 18936220927", "email": "yzkxxhb@163.com"},
    alternatives={"issuer": ["扬州市科协"], "contact.name": ["朱梅君"], "contact.phone": ["0514-87336887"]},
    outline=[
        it("1", "1、", 3, "本次验收将通过专家组评分方式进行，每类项目基本合格分为80分，并按评分高低排序确定通过验收项目"),
        it("2", "2、", 3, "学术交流精品由各立项单位按照验收标准提交验收报告书和附件材料，2021年12月15日前将纸质材料1份报送市科协学会部，电子档发送至学会部邮箱",
           deadline="2021-12-15"),
        it("3", "3、", 3, "创先争优学会，“特专优精”学会，学会、高校科协专家工作站将在12月17日由市科协组织验收评估会进行现场汇报验收，各立项单位须提交验收报告书并准备5分钟的PPT汇报材料，报告书电子版及PPT汇报材料请于12月15日前发送至学会部邮箱",
           deadline="2021-12-15"),
    ],
    notes=[
        "Source: a spam mirror (palomahomehealth.com/kexie) of a city association's call: 主送, the preamble, 1、–3、, a closing request, the download hint with the city site's URL, 联系人, 电子邮箱, 联系电话, 地址 and 附:. No headline, signature or date in the copy. Stored as .pdf (text_to_docx.py, then soffice): the whole copy.",
        "issuer null (no header or signature; 扬州市科协 appears only in the plan's name and the URL; accepted). title and date null.",
        "Items 1、–3、 are the document's top level: level 3 (1、), ids 1–3. Headings run to the first ；/。. 2、 and 3、 state 12月15日前 for their own material: deadlines 2021-12-15 (the year from 2021年12月15日 in 2、). 12月17日 in 3、 is the day of the evaluation meeting, no deadline. 报送市科协学会部 names where to send: no responsibility.",
        "contact: two names with a space and two phones with a space, as written (the first of each accepted). The 附: line names an attachment: not outline. The 实施方案 cited has no 字号.",
    ]))

# ---------------------------------------------------------------- txt: Jingzhou glossed 转发 notice
J = "xgnzh-2015-19-jingzhou-scientists-proposals-forwarding.txt"
jt = open(os.path.join(DOCS, J), encoding="utf-8").read().split("\n")
title_glossed = fw(jt[1] + jt[2])
write(doc(J,
    doc_type="notice", doc_number="荊科協辦〔2015〕19號",
    title=unglossed(title_glossed),
    recipients=["各縣市區", "荊州開發區科協", fw("各全市學會(協會、研究會)"), "各基層科協", "各有關單位"],
    contact={"name": None, "phone": None, "email": "jzskxbgs@163.com"},
    references=["鄂科協宣〔2015〕86號"],
    enclosed_title="關于開展2015年度優秀科技工作者建議征集評選活動的通知",
    alternatives={"doc_number": [fw("荊科協(xié)辦〔2015〕19號")], "title": [title_glossed],
                  "issuer": ["荊州市科協"], "contact.email": [None],
                  "references": [[fw("鄂科協(xié)宣〔2015〕86號")]],
                  "enclosed_title": [fw("關(guān)于開展2015年度優(yōu)秀科技工作者建議征集評選活動的通知")],
                  "recipients": [[fw(x) for x in ["各縣市區(qū)", "荊州開發(fā)區(qū)科協(xié)", "各全市學(xué)會(協(xié)會、研究會)",
                                                  "各基層科協(xié)", "各有關(guān)單位"]]]},
    outline=[
        it("1", "1、", 3, head(J, "1、")),
        it("2", "2、", 3, head(J, "2、")),
        it("3", "3、", 3, head(J, "3、"), deadline="2015-10-10"),
        it("4", "4、", 3, head(J, "4、")),
        it("5", "5、", 3, head(J, "5、"), resp={"departments": [fw("市科協(xié)辦公室")]}),
    ],
    notes=[
        "Source: a mirror (xgnzh.com, index.php?c=show&id=1115) of a city association's 转发 notice in traditional characters with pinyin glosses on many characters (協(xié), 關(guān)): the 字号 line, the title on two lines, 主送, the preamble citing the provincial notice with its 字号, 1、–5、; cut at 6 (its 、 and text lost). Stored as .txt as the search returned it. (The city's 18号 sister notice on decision-consulting results is jingzhou-2015-18; this is another document.)",
        "Header fields give the document's words without the glosses (荊科協辦〔2015〕19號, the title, 主送, the forwarded notice's name; the glossed forms, full-width, accepted), as the 12366sw and sdlongrun precedents. doc_number: [2015] normalised to 〔〕.",
        "enclosed_title: the provincial notice the document 转发给你们. references: its 字号 鄂科協宣〔2015〕86號. issuer null (no signature survives; the city association accepted); date null.",
        "recipients: 各縣市區、荊州開發區科協 split on 、 (two entries, as the spec splits mechanically); 各全市學會(協會、研究會) stays whole.",
        "Items 1、–5、 at level 3 (no 一、 above them), headings to the first 。 as the page prints them (glosses kept). 3、 states 2015年10月10日前報送: its deadline. 5、 市科協辦公室負責… assigns the task to the issuer's own office in prose: departments [市科協(xié)辦公室] as printed. The trailing 6 has no marker: not an item. contact: no 联系人; the return mailbox in 3、 is the only contact (null accepted).",
    ]))

# ---------------------------------------------------------------- txt: Chuzhou glossed contest notice
Z = "jichengzao-2021-chuzhou-youth-innovation-contest-notice.txt"
zt = fw(open(os.path.join(DOCS, Z), encoding="utf-8").read())


def zh(start, stop_marker, stops="。；："):
    """Heading of a run-together item: after `start`, up to the next marker or a stop, trimmed."""
    rest = zt.split(fw(start), 1)[1]
    if stop_marker:
        rest = rest.split(fw(stop_marker), 1)[0]
    for s in stops:
        rest = rest.split(s, 1)[0]
    return rest.strip()


second = zt.split("三，、有關（guān）要求", 1)[1]


def zh3(start, stop_marker):
    rest = second.split(fw(start), 1)[1]
    if stop_marker:
        rest = rest.split(fw(stop_marker), 1)[0]
    return rest.split("。", 1)[0].strip()


write(doc(Z,
    doc_type="notice",
    recipients=[fw("各縣(市、區)科協"), "教體局", "各相關學校"],
    alternatives={"issuer": ["滁州市科學技術協會", fw("滁州市科學技術(shù)協(xié)會")],
                  "recipients": [[fw("各縣(市,、區(qū))科協(xié)"), "教體局", fw("各相關(guān)學校")],
                                 [fw("各縣(市"), fw("區)科協"), "教體局", "各相關學校"]]},
    outline=[
        it("1", "一、", 1, zh("一，、", "（一）")),
        it("1.1", "（一）", 2, zh("（一）", "（二）")),
        it("1.2", "（二）", 2, zh("（二）", "（三）")),
        it("1.3", "（三）", 2, zh("（三）", "（四）")),
        it("1.4", "（四）", 2, zh("（四）", "二，、")),
        it("2", "二、", 1, zh("二，、", "青少年科技創（chuàng）新成果、")),
        it("3", "三、", 1, zh("三，、", "為使")),
        it("3.1", "（一）", 2, zh3("（一）", "（二）")),
        it("3.2", "（二）", 2, zh3("（二）", "（三）")),
        it("3.3", "（三）", 2, zh3("（三）", "（四）")),
        it("3.4", "（四）", 2, zh3("（四）", None)),
    ],
    notes=[
        "Source: a spam mirror (m.jichengzao.cc/news/3/2021-11-18/8723.html) of a city association's notice in traditional characters with pinyin glosses (協(xié)) and stray commas before many 、 and 。 (一,、 / 舉辦,。), the whole copy on one line, with some characters turned to mojibake (當?shù)乜茀f(xié) for 當地科協). No headline, signature or date; cut inside 三、(四). Stored as .txt as the search returned it.",
        "Header: no title, issuer or date survive (the city association named in the text as co-organiser accepted as issuer; the page's 2021-11-18 is not in the copy). recipients: 各縣(市,、區(qū))科協(xié),、教體局,各相關(guān)學校 without glosses and stray commas (as written, full-width, accepted; a mechanical split at the 、 inside the bracket accepted too).",
        "Items run together on one line are still separate items (spec). Markers with the stray comma (一,、) are given as 一、 etc. (the comma is the mirror's damage). Headings: up to the next item's marker or the first 。；：, glosses and stray commas kept as printed; 一、比賽項目 / 二、獎項設置 / 三、有關要求 are short headings with their text following on the same line, so each heading ends where its text begins.",
        "三、(二) says 由當地科協、教體局等相關部門共同負責 — a generic body (the local association, its damaged name) and a vague tail: no responsibility given (a reader giving 教體局 as a lead unit is not wrong in spirit but the gold leaves it out). 三、(三)'s 7月1日往前推 is an eligibility window, no deadline. The 大賽章程 has no 字号.",
    ]))

# ---------------------------------------------------------------- txt: Pinghu work report
write(doc("wm114-2013-pinghu-association-plenary-work-report.txt",
    doc_type="summary", title=fw("市科协2013年全委(扩大)会议上的工作报告"), date="2013-03-14",
    alternatives={"title": ["着力自主创新推动科学发展为建设富裕和谐的现代化“金平湖”作出新贡献",
                            "着力自主创新 推动科学发展 为建设富裕和谐的现代化“金平湖”作出新贡献"],
                  "date": ["2013-04-03"]},
    outline=[
        it("1", "一、", 1, "发挥智力优势，全力服务中心工作"),
    ],
    notes=[
        "Source: a model-essay site (wm114.cn, 新文秘网) page of a county-level city association's plenary work report: the path, the headline, a 发表时间 line (2013/4/3), a 目录/提纲 box listing five 一、–五、 headings and three more 一、–三、 headings with …… between, the report's own two-line title and its subtitle (——在**市科协八届二次全委(扩大)会议上的工作报告, the city's name starred out), the headline again, the date in brackets (2013年3月14日), the salutation, 2012年工作回顾, a paragraph, and 一、; cut inside 一、. Stored as .txt as the search returned it.",
        "doc_type summary: a 工作报告 reviewing the year's work. title: the page's headline, repeated under the subtitle as the document's own label (the two-line main title accepted). date: the report's (2013年3月14日); the page's 2013/4/3 accepted. issuer null (the city is starred out).",
        "outline: only the body's 一、 (cut after a few characters of its text). The 目录/提纲 box is the site's table of contents (its numbering restarts, with …… between two lists), not the document's items; 2012年工作回顾 is an unnumbered section heading.",
    ]))

# ---------------------------------------------------------------- txt: Ezhou inspection news
write(doc("ezskx-2017-ezhou-provincial-inspection-news.txt",
    doc_type="news", title="省科协领导督查鄂州市公民科学素质建设和科协系统深化改革工作", date="2017-08-24",
    alternatives={"issuer": ["鄂州市科学技术协会"], "date": ["2017-08-17"]},
    notes=[
        "Source: a city association's own site (ezskx.cn, 中心工作动态 > 工作动态): the column, the path, the headline, a 发布时间/来源 line (来源:鄂州市科学技术协会), paragraphs with two image file names and their captions, and the site's link list (科普鄂州, 科普湖北, 科普). Stored as .txt as the search returned it.",
        "date: the page's 发布时间 2017-08-24 (the visit's last day 8月17日 accepted). issuer null: the 来源 names the site's owner as source of a news report (accepted).",
        "No numbered items; the image names (1503288395641005275.jpg, 图片3.jpg) and captions are page furniture. The 领导小组 named (副组长 王家绪) is a person's title in a report, not a group the document sets up.",
    ]))

# ---------------------------------------------------------------- txt: Heyuan contest coordination news
write(doc("jacobosuarezdetangil-heyuan-innovation-contest-coordination-news.txt",
    doc_type="news", title="河源市政府召开第14届青少年科技创新大赛协调会",
    notes=[
        "Source: a spam mirror (jacobosuarezdetangil.com, path kyguanwangmanbetx/jckx/hy/hys, content_26240) of a city association's news page: the headline, an empty 阅读: 次 counter, three paragraphs, 用户登录. No page date. Stored as .txt as the search returned it.",
        "date null: 12月6-8日 and 11月25日 carry no year anywhere in the copy. issuer null (a news report).",
        "The 4点工作要求 are listed in prose (加强领导、精心组织…), not numbered: no items. The units listed are attendees and organisers, no responsibility.",
    ]))

# ---------------------------------------------------------------- html: Linfen 科普日 launch on a spam page
write(doc("zhubaowd-2023-linfen-popsci-day-launch-news.html",
    doc_type="news", title="臨汾市舉辦2023年全國科普日活動啟動儀式", date="2023-09-22",
    alternatives={"date": ["2023-09-21"], "title": ["我市舉辦2023年全國科普日活動啟動儀式"]},
    notes=[
        "Source: a spam site (zhubaowd.com/linfen/shizheng) copying a city news site's report in traditional characters with some glosses (統(tǒng)戰(zhàn)) and a run of mojibake (授牌??萍脊ぷ髡叽硇x了 for 授牌。科技工作者代表宣读了): a line of spam keywords, stray tags (<strike>, <center>, <ol>, <output>), the headline, a time/来源 line (2023-09-22 09:20:49 來源:臨汾新聞網), the newspaper's own head and subhead, four paragraphs; cut mid-sentence. Stored as .html as the search returned it (the stray markup kept).",
        "title: the page headline (the newspaper's 我市舉辦… headline accepted; the slogan line above it is a kicker). date: the page's 2023-09-22 (the event's 9月21日 accepted). issuer null (a report: 市科協 is one organiser).",
        "No numbered items; 14個部門 and the officials named are organisers and attendees.",
    ]))

# ---------------------------------------------------------------- html: county-level city 科技之春 notice
E = "enzhico-2020-science-spring-month-notice.html"
write(doc(E,
    doc_type="notice", title="关于举办2020年“科技之春”科普活动月的通知",
    recipients=["各乡镇", "市级有关部门", "各有关单位"],
    references=["德市科发〔2020〕2号"],
    alternatives={"title": ["关于举办2019年“科技之春”科普活动月的通知"]},
    outline=[
        it("1", "一、", 1, "活动主题"),
        it("3", "三、", 1, "工作要求"),
    ],
    notes=[
        "Source: a model-essay site (enzhico.com/fanwen17/614.html) page: the site's headline (…2019年…), a 时间 line (2023-06-01, the site's), the headline again with [此文共1888字], then the notice: its own title (…2020年…), 主送 without colon, the preamble citing the city's joint notice with its 字号, 一、 活动主题, then ……此处隐藏581个字…… and a raw paragraph tag (p style=\"…\">) that the site left in, the end of 二、's text, 三、 工作要求; cut inside 三、. Stored as .html (the tag survives).",
        "title: the notice's own title under the page's headline (2020, as its text says 2020年3月; the site's 2019 headline accepted). issuer null: a county-level city under 德阳 whose name never appears (市级有关部门, 在全市举办); no signature. date null (the page's 2023-06-01 is the site's).",
        "references: 德市科发〔2020〕2号, the city-level joint notice the document follows (根据…精神), not a 转发: enclosed_title null.",
        "outline: 一、 and 三、 survive (a space after each marker); 二、's marker and heading fell in the hidden part, so no item 2 is given (ids keep the document's ordinals: 1 and 3). The 2020年3月中下旬 in the surviving text of 二、 belongs to no item the copy shows.",
    ]))
