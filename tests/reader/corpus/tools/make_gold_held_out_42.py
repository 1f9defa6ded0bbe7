"""Hand-made reference parses for the forty-second held-out set (tools/held_out_42.txt): twelve public documents found with the
search tool for the supervision side of a 科协 office's work (督查/督导 notices and reports, 考评/考核 notices and results,
巡察整改 progress reports, a 半年总结, a 绩效 self-assessment 公示): four notices and 通报 (a provincial literacy office's
督查 notice with 一、/(一)/1、 running across parts, a provincial association's 督导 notice with two dated items, a city
government office's 通报 of assessment results, a city association's 公示 with the self-assessment report that follows its
date), four reports of work done (three 巡察整改 progress reports of city associations' party groups, a district
association's half-year summary on a spam site) and four news pages (a county association's 督查, a county's 督查 of its
popsci-county drive with damaged 字号, a county's report of a prefecture 督查组's visit, a glossed county item on 考核 with
一是–五是). Three are stored as .docx and two as .pdf (the document body only, made with text_to_docx.py and soffice); seven
as .txt as the search returned them. Each block was written by reading
the document against parse-format.md; the reader was not run on any of them. Writes ../gold/<stem>.json."""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_gold import doc, it  # noqa: E402  (importing make_gold rewrites the first corpus's gold: the same files)
from make_gold_held_out_2 import write, fw, head  # noqa: E402  (marks the gold found; rewrites the second set's: the same files)

DOCS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs")
GLOSS = re.compile(r"\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")


def line(stem, start):
    """The first line of the copy that starts with `start`, stripped — read off the copy so glossed text is not retyped."""
    for x in open(os.path.join(DOCS, stem), encoding="utf-8").read().splitlines():
        if x.strip().startswith(start):
            return x.strip()
    raise KeyError(start)


def ungloss(s):
    """The document's words without the pinyin glosses a spam mirror put after many characters (協(xié) → 協)."""
    return GLOSS.sub("", s)


def dhead(stem, anchor, after=None):
    """head() for a .docx body: the text after `anchor` (after `after`, if given) to the first 。；： or paragraph end."""
    import docx
    text = fw("\n".join(p.text for p in docx.Document(os.path.join(DOCS, stem)).paragraphs))
    if after:
        text = text.split(fw(after), 1)[1]
    rest = text.split(fw(anchor), 1)[1]
    for stop in "。；：\n":
        rest = rest.split(stop, 1)[0]
    return rest.replace(" ", "")


H = "hbkx-2017-1-hubei-literacy-responsibility-inspection-notice.docx"
write(doc(H,
    doc_type="notice", doc_number="鄂全科组办发〔2017〕1号",
    title="关于开展湖北省“十三五”公民科学素质建设目标责任制督查工作的通知",
    recipients=["各市", "州", "直管市", "神农架林区全民科学素质工作领导小组办公室"],
    alternatives={"issuer": ["湖北省全民科学素质工作领导小组办公室"]},
    outline=[
        it("1", "一、", 1, "督查内容"),
        it("1.1", "（一）", 2, "加强领导方面"),
        it("1.1.1", "1、", 3, dhead(H, "1、")),
        it("1.1.2", "2、", 3, dhead(H, "2、")),
        it("1.2", "（二）", 2, "加大投入方面"),
        it("1.2.3", "3、", 3, dhead(H, "3、")),
        it("1.3", "（三）", 2, "构建机制方面"),
        it("1.3.4", "4、", 3, dhead(H, "4、")),
        it("1.4", "（四）", 2, "落实任务方面"),
    ],
    notes=[
        "Source: a provincial association's site (hbkx.org.cn) 通知公告 page of a provincial literacy office's 督查 notice: chrome (学习强国 | 中国科协, the path), the headline, a posting time (2017-07-06 15:11) and an empty 文章来源, the 字号, 主送, the preamble, 一、督查内容 with (一)–(四) and items 1、–4、 numbered on across the parts; the copy stops inside 5、 (5、大力). Stored as .docx: the document body only, from the title line to (四)落实任务方面 (the cut 5、 left out), in the page's order (title above the 字号).",
        "issuer: no signature survives and no header line names the office; the 字号 鄂全科组办 and the text's 省全民科学素质工作领导小组 name it only by abbreviation and in prose: null (the office's full name accepted). date null: the page's posting time is not in the stored body.",
        "recipients split on 、 outside brackets (各市、州、直管市、神农架林区… gives four entries, as the hubei-2023 precedent).",
        "The 1、–4、 run on across (一)–(三): ids take the marker's own number under each part (1.2.3, 1.3.4), as the running numbers of taian-2023. Headings to the first 。 or ；; 各区(县、市) stays inside its heading. 7—8月 is the whole 督查's time, not an item's: no time_hint. The 目标责任书, 条例 and 实施方案 cited carry no 字号: no references.",
    ]))

A = "baogaosu-2018-anhui-society-reform-pilot-inspection-notice.docx"
write(doc(A,
    doc_type="notice", issuer="安徽省科学技术协会", title="关于开展省级学会深化改革试点工作督导的通知",
    recipients=["各有关省级学会", "协会", "研究会"], date="2018-06-01",
    contact={"name": "姚德祥", "phone": "0551-62915615", "email": None},
    references=["皖科协学秘〔2018〕1号"],
    outline=[
        it("1", "一、", 1, "督导时间、范围", time_hint="6月下旬"),
        it("2", "二、", 1, "督导内容"),
        it("2.1", "1.", 3, dhead(A, "1.")),
        it("2.2", "2.", 3, dhead(A, "2.")),
        it("3", "三、", 1, "督导方式和要求"),
        it("3.1", "1.", 3, dhead(A, "1.", after="三、"), deadline="2018-06-15"),
        it("3.2", "2.", 3, dhead(A, "2.", after="三、"), deadline="2018-06-30"),
    ],
    notes=[
        "Source: a city news aggregator's page (hefei.baogaosu.com) copying a provincial association's notice: the headline, a time line (06.06.2018 20:54), 主送, the preamble citing its basis with 字号, 一、–三、 with 1.–2. under 二、 and 三、, 联系人, 联系电话, 附件, the signature and the date, then a link to the attachment. Stored as .docx: the body from the title to the date (the page's indentation kept, the trailing attachment link left out).",
        "recipients: 各有关省级学会、协会、研究会 gives three entries. date: the signature's 2018年6月1日 (the page's 06.06.2018 is its posting).",
        "一、's 拟于6月下旬 is the item's softer time: time_hint 6月下旬. 三、1.'s 6月15日前完成相关准备工作 → 2018-06-15 (the document's year); 三、2. 督导工作将于6月中旬开始，6月30日前结束 → deadline 2018-06-30 (its own closing date, not the whole document's reply date).",
        "The 各试点学会 in 三、1. are the recipients addressed, not an assignment to a named body: no responsibility. The 附件 line is not outline. The 1. under 二、 and 三、 sit directly under level-1 items (level 3 by marker).",
    ]))

D = "jiwei-2024-dongying-association-inspection-rectification-report.docx"
write(doc(D,
    doc_type="summary", issuer="中共东营市科学技术协会党组",
    title="中共东营市科学技术协会党组关于市委第二巡察组反馈意见集中整改进展情况的通报",
    alternatives={"doc_type": ["other"], "issuer": [None]},
    outline=[
        it("1", "一、", 1, "关于贯彻落实党中央决策部署和省委、市委工作要求有差距方面"),
        it("1.1", "1.", 3, "政治站位不高，“第一议题”制度落实不到位问题"),
        it("1.1.1", "（1）", 4, dhead(D, "（1）")),
        it("1.1.2", "（2）", 4, dhead(D, "（2）")),
        it("1.2", "2.", 3, "标准要求不严，履职尽责有弱项问题"),
        it("1.2.1", "（1）", 4, dhead(D, "（1）", after="2.标准")),
    ],
    notes=[
        "Source: a city discipline commission's site (jiwei.gov.cn) page of a city association's party group's public 通报 on rectifying what a party inspection found: the headline, the opening paragraph, 一、 with 1. and (1)(2), 2. with (1); the copy stops inside 2.(1). Stored as .docx: the body from the title to the last whole sentence of 2.(1) (cut at 目前已开展7次。).",
        "doc_type summary: a report of work done under a 通报 title (as glgov-2025; other accepted). issuer: the party group at the head of its title (null accepted). date null: 2024年3月25日至6月7日 and 2024年8月23日 are the inspection's and the feedback's days.",
        "Headings to the first 。 (the stray space before a comma in (2) is the copy's and is dropped). The 《市科协党组会议制度》 etc. and the 安排意见 and 通知 cited carry no 字号: no references. No item names who answers for it: no responsibility, no deadline (截至目前/2024年以来 report the past).",
    ]))

Y = "yuxi-2018-16-science-innovation-assessment-results-notice.pdf"
write(doc(Y,
    doc_type="other", issuer="玉溪市人民政府办公室", doc_number="玉政办函〔2018〕16号",
    title="玉溪市人民政府办公室关于2017年度科技创新目标任务考核结果的通报",
    recipients=["各县区人民政府", "市直各委", "办", "局", "各人民团体和企事业单位", "中央", "省驻玉单位"],
    date="2018-03-16",
    alternatives={"doc_type": ["notice"],
                  "recipients": [["各县区人民政府", "市直各委、办、局", "各人民团体和企事业单位", "中央、省驻玉单位"]]},
    notes=[
        "Source: a city government's portal (m.yuxi.gov.cn) 通知公告 page: the headline, a 发布时间/来源 line, the 字号, 主送, the opening, 一等奖 and 二等奖 each with its county governments one a line, the closing wish, 附件, the signature and the date, then the attachment's score table. Stored as .pdf: the body from the title to the date (the score table after the date left out).",
        "doc_type other: a 通报 of assessment results (as the set-7, set-27 and set-34 通报; notice accepted). date: the signature's 2018年3月16日 (the page's 2018-03-19 is its posting).",
        "recipients split mechanically on 、 and ， (市直各委、办、局 gives 市直各委 / 办 / 局, 中央、省驻玉单位 gives 中央 / 省驻玉单位); the unsplit reading accepted.",
        "一等奖/二等奖 are labels over lists of winners, not numbered items: outline empty. The 实施方案 cited has no 字号: no references.",
    ]))

S = "sykx-2018-shaoyang-association-performance-self-assessment-publicity.pdf"
write(doc(S,
    doc_type="other", issuer="邵阳市科学技术协会", title="关于邵阳市科协2017年绩效考核年度自评报告的公示",
    date="2018-01-04", contact={"name": "雷嗣霖", "phone": "07395313505", "email": None},
    references=["邵绩办发〔2017〕113号"], enclosed_title="邵阳市科协2017年绩效考核年度自评报告",
    leading_group={"name": "禁毒工作领导小组", "heads": [{"name": "苏进富", "title": "党组书记"}], "deputies": [],
                   "members": [], "office": None},
    alternatives={"doc_type": ["notice", "summary"], "enclosed_title": [None], "leading_group": [None],
                  "contact.phone": ["07395026916或07395026072", "07395026916"]},
    outline=[
        it("1", "一、", 1, "省绩效考核与小康社会建设考核指标（20分）"),
        it("1.1", "一是", 5, "加强禁毒工作的组织领导"),
        it("1.2", "二是", 5, "大力宣传"),
        it("1.3", "三是", 5, "积极开展“无毒单位”、“无毒家庭”创建工作"),
    ],
    notes=[
        "Source: a city association's own site (sykx.gov.cn) page: the headline, the 公示's title on two lines (…年度 / 自评报告的公示), its paragraph, the two offices' phones and a 监督联系人, the signature and the date, then the 自评报告 itself: its title, preamble with a 字号 in [], 一、 with 一是–三是 run together; the copy stops inside 三是. Stored as .pdf: from the 公示's title to the last whole sentence (三是…创建工作。).",
        "doc_type other: a 公示 (as earlier 公示; notice accepted, summary accepted for the report it carries). title: the two title lines joined. date: the signature's 2018年1月4日; 公示期为2018年1月4至11日 is the objection window of the whole document, not an item's deadline.",
        "enclosed_title: the report the 公示 publishes, which follows the date with its own title (as an enclosed text after a 印发 notice; null accepted). Its 一、 and the inline 一是–三是 are the outline (level 1 and level 5, ids 1.1–1.3); 每季度更新一次 inside 二是 is the bulletin board's rhythm, not the item's time.",
        "contact: the 监督联系人 雷嗣霖, the phone the association's office's (07395313505); the 绩效办's numbers accepted, as the line does not say whose office he sits in. references: 邵绩办发[2017]113号 normalised to 〔〕.",
        "leading_group: the 禁毒工作领导小组 with 党组书记苏进富 as 组长, named in the report (no deputies, members or office given; null accepted, as the group is reported, not set up, by this document).",
    ]))

L = "lyskx-2020-longyan-association-inspection-rectification-report.txt"
write(doc(L,
    doc_type="summary", issuer="中共龙岩市科学技术协会党组",
    title="中共龙岩市科学技术协会党组关于巡察整改进展情况的通报", date="2020-06-22",
    alternatives={"doc_type": ["other"], "issuer": [None], "date": [None]},
    outline=[
        it("1", "一、", 1, "强化组织领导推进整改落实"),
        it("1.1", "（一）", 2, "统一思想，提高政治站位"),
        it("1.2", "（二）", 2, "强化领导，凝聚整改合力"),
        it("1.2.1", "一是", 5, head(L, "一是")),
    ],
    notes=[
        "Source: a city association's own site (lyskx.net): the welcome line with the day of the crawl (2021年8月31日), the menu, a path with a mis-decoded column name (锟斤拷…), the headline, a 发布人/发布时间/浏览次数 line (2020/6/22), the opening, 一、 with (一)(二); the copy stops inside (二)'s 一是. Stored as txt.",
        "doc_type summary: a report of rectification done under a 通报 title (as glgov-2025; other accepted). issuer: the party group at the head of its title (null accepted). date: no signature survives; the page's 发布时间 2020-06-22 (as earlier documents without signature; null accepted); the crawl day 2021年8月31日 is the site's.",
        "(一)(二) headings to the first 。. 一是 inside (二) is an inline item (level 5, id 1.2.1), cut mid-word (“一岗): heading read off the copy. The 整改工作领导小组 has only 党组书记任组长 without a name: leading_group null. 每半月左右召开一次会议 is the group's rhythm, not the item's time.",
    ]))

G = "xushengjz-2018-gangbei-association-half-year-summary.txt"
write(doc(G,
    doc_type="summary", title="科协2018年上半年工作总结及下半年工作计划",
    alternatives={"title": ["科协2015|科协2018年上半年工作总结及下半年工作计划"], "date": ["2020-09-13"]},
    outline=[
        it("1", "一、", 1, "上半年我们主要做了以下几项工作"),
        it("1.1", "（一）", 2, "开展送温暖送慰问活动"),
        it("1.2", "（二）", 2, "深化群团改革工作"),
        it("1.2.1", "1、", 3, "健全完善全区科协组织建设"),
        it("1.2.1.1", "一是", 5, "企业科协组织建设"),
        it("1.2.1.2", "二是", 5, "积极推进农技协建设"),
        it("1.2.2", "2、", 3, "建立健全乡镇（街道）科协组织建设"),
    ],
    notes=[
        "Source: a model-essay site (xushengjz.com) copy of a district association's half-year summary (港北区, from the text): the headline with the site's tag prefix (科协2015|), an 更新时间/来源/点击 line, the site's tag line, the opening, 一、 with (一)(二), 1、 and 2、 under (二) with 一是/二是 inside 1、; cut inside 2、. Stored as txt.",
        "title: the headline without the site's tag prefix 科协2015| (the whole headline accepted). issuer null: the summary names itself only as 区科协/我会. date null: 更新时间 2020-09-13 is the model-essay site's (accepted), years after the half-year reported.",
        "(二)'s heading to its first 。 (深化群团改革工作); its 2017年12月25日… sentence is prose. 一是/二是 inside 1、 are inline items at level 5 (ids 1.2.1.1, 1.2.1.2), headings to the first 。. The 实施方案 and 方案 cited have no 字号: no references. The dates in the text report the past: no deadlines.",
    ]))

write(doc("lszkx-2017-zhaojue-literacy-outline-inspection-news.txt",
    doc_type="news", title="全面实施《全民科学素质行动计划纲要》切实提升公民基本科学素质", date="2017-01-20",
    alternatives={"title": ["全面实施《全民科学素质行动计划纲要》 切实提升公民基本科学素质"], "date": ["2017-01-19"]},
    notes=[
        "Source: a mirror (t.lszkx.tjsjnet.com) of a prefecture association's news page: the headline in two parts with a space between, a 时间/来源 line (2017.01.20, 昭觉县科协), an opening clause broken off on its own line (…督查通知要求,) before the paragraph it belongs to, one paragraph on a prefecture 督查组's visit, 分享:. Stored as txt.",
        "title: the headline with the space between its two halves removed (kept accepted). date: the page's 时间 2017-01-20 (the 督查's last day 1月19日 accepted). issuer null (a report).",
        "The 纲要 and the county's 工作汇报 are cited in 《》 without 字号: no references. The 第四督查组 with its 组长 is a visiting team, not a 领导小组 set up by the text: leading_group null. No numbered items.",
    ]))

F = "feidongkexie-2018-feidong-township-associations-inspection-news.txt"
write(doc(F,
    doc_type="news", title="肥东县督查调研乡镇科协工作",
    notes=[
        "Source: a county association's own site (feidongkexie.cn) news item: the headline and four paragraphs on its 督查 of township associations and 农技协; no page date stored. Stored as txt.",
        "date null: 日前 and the 2018 of the text give no day. issuer null (a report). No numbered items (the 优秀、合格、一般 grades are prose); the 实施方案 cited has no 字号: no references.",
    ]))

K = "lszkx-2015-huili-popsci-county-inspection-news.txt"
write(doc(K,
    doc_type="news", title="会理县对“创建全国科普示范县”工作进行督查", date="2015-09-16",
    references=["会目督〔2015〕8号", "会委发〔2015〕11号"],
    alternatives={"references": [["会目督〔20158号", "会委发〔201511号"]]},
    notes=[
        "Source: a mirror (t.lszkx.tjsjnet.com) of a prefecture association's news page: the headline, a 时间/来源 line (2015.09.16, 会理县科协), two paragraphs in which the site dropped characters around numbers (20159月, 2015年9月14, 2015915日至930日) and inside the two 字号 (会目督〔20158号, 会委发〔201511号: the closing bracket lost), then 分享:. Stored as txt.",
        "references: the two 字号 normalised with the year's closing bracket restored (会目督〔2015〕8号, 会委发〔2015〕11号; the copy's damaged forms accepted). date: the page's 时间 2015-09-16 (the text's 9月14日 notice is the 督查 office's, not the report's).",
        "No numbered items; 督查时间 2015年9月15日至30日 is the 督查's span told in a report, not an item. The 各责任单位 are unnamed: no responsibility.",
    ]))

I = "yiyang-2024-city-association-inspection-rectification-report.txt"
write(doc(I,
    doc_type="summary",
    alternatives={"doc_type": ["other"], "issuer": ["市科协党组", "市科协"]},
    outline=[
        it("1", "一、", 1, "强化主体责任，周密部署整改任务"),
        it("1.1", "（一）", 2, "强化组织领导，压实主体责任"),
        it("1.2", "（二）", 2, "强化政治站位，研究落实意见"),
    ],
    notes=[
        "Source: a city discipline commission's site (yyjw.yiyang.gov.cn) page of a city association's party group's public report on rectifying what a party inspection found: the opening paragraph, 一、 with (一)(二) as headings on their own lines; cut inside (二). No headline, signature or page date stored. Stored as txt.",
        "doc_type summary: a report of rectification done (as glgov-2025; other accepted). issuer null: the body is named only in prose (市科协党组, accepted). title and date null: 2023年7月25日至9月25日, 2023年12月26日 and the 2024 meeting days are the inspection's, the feedback's and the meetings', not the report's.",
        "The 巡察整改工作领导小组 in (一) is given by roles only (党组书记、主席为组长, 其他党组成员为副组长), without names: leading_group null. (二)'s 落实分管责任领导、责任部室、责任人和整改时限 says responsibility was assigned without naming anyone: no responsibility. No 字号 cited.",
    ]))

N = "tefltesol-2013-ningnan-township-associations-assessment-news.txt"
N_TITLE = line(N, "寧南縣首次")
write(doc(N,
    doc_type="news", title=ungloss(N_TITLE), date="2013-08-29",
    references=["寧督辦〔2013〕3號"],
    alternatives={"title": [N_TITLE, fw(N_TITLE)], "references": [["寧督辦〔20133號"]]},
    outline=[
        it("1", "一是", 5, head(N, "一是")),
        it("2", "二是", 5, head(N, "二是")),
        it("3", "三是", 5, head(N, "三是")),
        it("4", "四是", 5, head(N, "四是")),
        it("5", "五是", 5, head(N, "五是")),
    ],
    notes=[
        "Source: a spam site's copy (tefltesolthailand.com) under a banner of pornographic link text of a prefecture association's news item in traditional characters with pinyin glosses: the headline, a 時間/來源 line (2013.08.29, 來源:寧南), three paragraphs, 分享:. Stored as txt.",
        "title: the headline without glosses (the glossed form accepted, as the set-27 12366sw precedent). date: the page's 時間 2013-08-29. references: 寧督辦〔20133號 has lost its closing bracket: normalised 寧督辦〔2013〕3號 (the damaged form accepted).",
        "一是–五是 in the 考核 paragraph are inline items at level 5 without ancestors (ids 1–5, as jichengzao in set 31), headings read off the copy to the first ； or 。 (glosses kept); 五是's 每年開展科普宣傳活動不少于2次 follows its first ； and is no sixth item. No responsibility or deadline.",
    ]))
