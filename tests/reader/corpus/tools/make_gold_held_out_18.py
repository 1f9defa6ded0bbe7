"""Hand-made reference parses for the eighteenth held-out set (tools/held_out_18.txt): ten public pages found with the search
tool, official copies first where the index held any unused one (a city association's site ×2, a district association's site,
a city paper's e-edition, a national society's news mirror …): a community 科普日 plan with dated items and a second plan run on
below it, and news pages — association reports, a society congress, a press conference, and a report whose issuer's name a spam
mirror replaced. Each block was written by reading the document against parse-format.md; the reader was not run on any of them.
Writes ../gold/<stem>.json."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_gold import doc, it  # noqa: E402  (importing make_gold rewrites the first corpus's gold: the same files)
from make_gold_held_out_2 import write, fw  # noqa: E402  (marks the gold found; rewrites the second set's: the same files)


write(doc("kxjscz-2022-wujin-elder-association-community-news.html",
    doc_type="news", title="武进区老科协组织开展科普进社区活动", date="2022-05-30",
    alternatives={"issuer": ["武进区老科协"]},
    notes=[
        "Source: the city association's own site (kx.jscz.org.cn): 站内搜索/今天是, a 当前位置 path, the headline, 发布日期/来源/浏览次数/字号:〖 line, two paragraphs, 【返回顶部】 tools, the site footer (English copyright, 主办单位, 地址, 电话, 技术支持电话, ICP lines). Rebuilt as HTML around the stored text.",
        "date: the page's 发布日期. The footer's 电话 lines are the site's, not a contact. No numbered items.",
    ]))

write(doc("ntkx-2019-chongchuan-popsci-week-news.html",
    doc_type="news", title="崇川区2019科普周惠民活动亮点频现", date="2019-05-31",
    alternatives={"issuer": ["崇川区科协"], "date": ["2019-05-20"]},
    notes=[
        "Source: the city association's site (ntkx.com), 县市区科协 column: path, headline, 来源/发布时间 line, two long paragraphs, cut mid-word. Rebuilt as HTML around the stored text.",
        "date: the page's 发布时间 (the 5月20日 main event accepted). The 来源 line names the district association: issuer left null for a news page (accepted). No numbered items.",
    ]))

write(doc("chast-chenghua-smart-tech-community-news.html",
    doc_type="news",
    notes=[
        "Source: a district association's site (chast.org.cn): two paragraphs only — no headline, no date stored. Rebuilt as HTML around the stored text (the page title is the site's name).",
        "title and date null: nothing in the copy dates the event. No numbered items; 由区科协、区科信局、区政协科教医卫体委员会联合主办 is a news sentence, not an item's responsibility.",
    ]))

write(doc("cqrb-2023-zhongxian-community-popsci-news.txt",
    doc_type="news",
    alternatives={"date": ["2023-10-12"]},
    notes=[
        "Source: a city paper's e-edition (epaper.cqrb.cn, 科技报 page 04 of 2023-10-12): three paragraphs of a county association's report, no headline or date in the stored text. Stored as txt.",
        "date null: the text says only 近期; the edition date is in the address, not the copy (accepted). No numbered items; the 《》 are leaflets without 字号.",
    ]))

write(doc("luassane-2022-yuzhong-science-day-news.txt",
    doc_type="news", date="2022-09-16",
    alternatives={"date": [None]},
    notes=[
        "Source: a spam mirror (luassane.cn) of a district government page: four paragraphs with pinyin glosses and some lost characters (“燃?xì)獍踩薄氨茈U與自救” — mojibake), the writer in brackets, a 渝公網安備 line. No headline. Stored as txt.",
        "date: the dateline 9月16日 with the year of the event (渝中區2022年全國科普日主場活動): 2022-09-16 (null accepted).",
        "No numbered items. 活動由渝中區科協牽頭 is a news sentence, not an item.",
    ]))

write(doc("i182-2011-cast-eighth-congress-press-news.txt",
    doc_type="news", title=fw("中國(guó)科協(xié)八大將于5月27日在北京召開"), date="2011-05-15",
    alternatives={"title": ["中國科協八大將于5月27日在北京召開"]},
    notes=[
        "Source: a magazine mirror (i182.com): headline with glosses, a byline line with ? for lost separators (不詳 ?佚名 ? 2011年05月15日 ? ?第一看點), two photo captions, then the report, cut mid-word. Stored as txt.",
        "title: as written, gloss brackets full-width (the unglossed form accepted). date: the byline's 2011年05月15日 (the press conference's day too).",
        "The congress dates (5月27日至30日) are news, not deadlines; 《中國科學技術協會章程》 has no 字号. No numbered items.",
    ]))

write(doc("yibll-2014-vacuum-society-congress-news.txt",
    doc_type="news", title="中國真空學會第八次全國會員代表大會暨2014學術年會召開", date="2014-11-07",
    notes=[
        "Source: a mirror (yibll.com) of a research institute's news page in traditional characters: headline, an empty 來源: with 時間:2014-11-07 and 點擊數:, one run-on paragraph ending in a stray |. Stored as txt.",
        "date: the page's 時間 (also the congress's first day). No issuer (an institute's report: 我所). No numbered items.",
    ]))

write(doc("scimall-2018-wanxiu-community-popsci-news.txt",
    doc_type="news", title="梧州市万秀区科协开展科普进社区活动", date="2018-01-04",
    alternatives={"date": ["2017-12-27"]},
    outline=[
        it("1", "一是", 5, "要增加适合群众阅读的科普书籍，提升全民科学素质"),
        it("2", "二是", 5, "有专人负责科普工作，要扎实做好科普的基础性工作，提高社区科普业务水平"),
        it("3", "三是", 5, "认真总结今年科普的工作，重点要抓好明年的科普工作计划和各项活动"),
    ],
    notes=[
        "Source: a national association's aggregator (scimall.org.cn) repost of a provincial association's item: headline, 科技工作者之家 + date, paragraphs indented with spaces, writers in brackets, 来源/原文链接 lines, the aggregator's 版权声明, 电话 and 邮箱 lines. Stored as txt.",
        "date: the repost's 2018-01-04 (the event's 12月27日, read as 2017-12-27, accepted). The aggregator's 电话/邮箱 are no contact of the document.",
        "一是…三是 inline: level 5, headings to each ；/。. 二是's 有专人负责 names no body: no responsibility.",
    ]))

write(doc("99xueshu-2011-community-science-day-plan.txt",
    doc_type="plan", title="2011年**社区全国科普日活动方案", date="2011-09-17",
    alternatives={"title": ["全国科普日活动方案", "科普日活动方案范文"], "issuer": ["**社区"]},
    outline=[
        it("1", "一、", 1, "活动主题"),
        it("2", "二、", 1, "活动时间", time_hint="2011年9月17-23日"),
        it("3", "三、", 1, "活动内容"),
        it("3.1", "1、", 3, "9月17日在社区悬挂**街道为社区统一制定的标语，标语内容“加强科学技术普及 提高全民科学素质”同时在社区走廊张贴健康知识、两城同创、禁烟标识", time_hint="9月17日"),
        it("3.2", "2、", 3, "9月19日**大学的政法系在校学生为宣传普法、发放科普资料，宣传倡导低碳生活、宣传两城同创、建设美丽新区", time_hint="9月19日"),
        it("3.3", "3、", 3, "9月23日科普日宣传活动结束之际，**社区与**物业连合在**万家C园放映电影，纪念九、一八，欢度国庆", time_hint="9月23日"),
    ],
    notes=[
        "Source: an essay site's page (99xueshu.com) of 科普日活动方案范文: the page title and date, a blurb, 第一篇 — a community's 2011 plan (a label line 全国科普日活动方案, then its own title with ** for the masked name, a preamble, 一、–三、, 1、–3.) signed **社区 2011年9月17日 — then 第二篇, another plan, cut in its 一、. Stored as txt.",
        "The gold covers the first plan (the page's first document; its title, signature and date): the 第二篇 is another document run on below it, so its 一、指导思想 and inline 一是 are not in this outline (a reader that stops at 第二篇 is right).",
        "title: the plan's own line 2011年**社区全国科普日活动方案 (the label line above it and the page headline accepted). issuer: the signature **社区 is masked: null (accepted as written).",
        "Items 2、 and 3、 are broken across blank lines (…发放 / 科普资料…; …**物业 / 连合…纪念 / 九、一八…): joined. 九、一八 starting a line is the date 九一八 inside 3、, not an item 九、.",
        "1、–3. open with the day of the action: time_hint (no 前/截止: no deadline). 二、's 2011年9月17-23日 is a time_hint too.",
    ]))

write(doc("dgatm-2022-xiaogan-association-joint-meeting-news.txt",
    doc_type="news", title="威尼斯官方网址下载党政联席会扩大会议召开", date="2022-03-18",
    alternatives={"title": ["孝感市科协党政联席会扩大会议召开"], "date": [None]},
    notes=[
        "Source: a gambling spam mirror (dgatm.net) of a city association's news page in which every 孝感市科协 was replaced by the spam phrase 威尼斯官方网址下载 (the text keeps 助推孝感经济社会…, 科协领导机构): headline, paragraphs, cut mid-word. Stored as txt.",
        "title: as written (the restored 孝感市科协… accepted). date: 3月18日 with the year from the text (研究和安排2022年有关重点工作): 2022-03-18 (null accepted).",
        "No numbered items: the 要做强/要做实/要做精/要建优 sentences and 要强化/要明确/要坚持 are not markers. The 《…“八个一”事项(2022年)》 has no 字号.",
    ]))
