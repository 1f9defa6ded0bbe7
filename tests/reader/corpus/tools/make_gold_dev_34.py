"""Hand-made reference parses for the development documents of round 34 (branch d34): public pages found with the search
tool to widen development of `segments` — pages that gather several units' items on one page, and pages that look
gathered but are not. Four gathered pages (a city association's monthly list of each county association's work, in
simplified script on its own site and twice in glossed traditional script on a mirror, one with the page's own title and
posting time, two without; a provincial society's news page carrying its own item and its branch's) and two that
are not (a magazine's report of one veterans' association's year under unnumbered subheadings; a provincial society's
meeting report in which several local societies speak). Each block was written by reading the document against
parse-format.md, before any reader was run on it (none was run). Writes ../gold/<stem>.json (marked found)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_gold import doc, it  # noqa: E402  (importing make_gold rewrites the first corpus's gold: the same files)
from make_gold_held_out_2 import write, fw, head  # noqa: E402  (marks the gold found; rewrites the second set's: the same files)


def seg(unit, heading=None):
    return {"unit": unit, "heading": heading, "text": None}


write(doc("czkx-2016-chuzhou-county-november-work-briefing.txt",
    doc_type="news", title=fw("各县(市、区)科协2016年11月份重点工作完成情况及2016年12月份重点工作计划"), date="2016-12-12",
    alternatives={"title": [None]},
    segments=[seg("琅琊区科协"), seg("南谯区科协"), seg("来安县科协"), seg("全椒县科协"), seg("天长市科协"),
              seg("定远县科协"), seg("凤阳县科协")],
    notes=[
        "Source: a city association's site (czkx.org.cn, 滁州) page under 您当前的位置:通知公告: the page's title, an 作者/来源/编辑/发布时间/阅读 line, then 一、各县(市、区)201611月份重点工作完成情况 and one block per county association, (一)琅琊区科协(3项) with its 1、2、3、 list; cut inside (七)凤阳县科协's first item. Stored as txt (the same site's 2015 page is chuzhou-2015-county-monthly-work; this is another month).",
        "A gathered page: one segment per county association block, the unit as the label names it (the (3项) count is no part of it), heading null (each block has only its label), text null. The copy stops inside the seventh block, whose label is whole, so it counts. 一、 only heads the blocks; the structure is in segments and outline is empty (as chuzhou's gold).",
        "title: the page's own title (null accepted, as chuzhou's gold); date: the 发布时间 2016-12-12; issuer null (the city association is not named). 201611月份 is the copy's (年 lost): nothing to normalise. The 6. item with a half-width stop is the county's list, not outline.",
    ]))

write(doc("jichengzao-2017-chuzhou-county-march-work-briefing.txt",
    doc_type="news",
    segments=[seg("瑯琊區科協"), seg("南譙區科協"), seg("來安縣科協"), seg("全椒縣科協"), seg("天長市科協")],
    notes=[
        "Source: a mirror (jichengzao.cc) of the same city association's monthly list for March 2017, in traditional script with pinyin glosses after characters (區(qū), 科協(xié)) and stray commas (1,、), run into one paragraph; no page title, no date line. It begins at 一,、各縣(市,、區(qū))2017年3月份重點工作完成情況 and is cut at the sixth block's label (六)定遠. Stored as txt.",
        "A gathered page: one segment per county association block, unit as the label names the body, written without the glosses (瑯琊區科協 for 瑯琊區(qū)科協(xié)); heading and text null. The cut label (六)定遠 names no whole body and carries no text: no segment (as chuzhou's gold stops at the last whole block).",
        "title null (the copy has none; 一、… is the first heading of the list), date null (2017年3月份 is the month reported, not a date), issuer null. outline empty: a gathered page's structure is its segments.",
    ]))

write(doc("jichengzao-2016-chuzhou-county-july-work-briefing.txt",
    doc_type="news",
    segments=[seg("瑯琊區科協"), seg("南譙區科協"), seg("來安縣科協"), seg("全椒縣科協"), seg("天長市科協")],
    notes=[
        "Source: the same mirror's copy of the city association's list for July 2016 (traditional script, glosses, doubled commas, one paragraph): 一、各縣(市、區(qū))2016年7月份重點工作完成情況, five county association blocks with (3項)…(9項) counts; cut inside (五)天長市科協's first item. Stored as txt.",
        "A gathered page: five segments, units as the labels name them without glosses; the fifth label is whole, so it counts although its text is cut. heading and text null; title, issuer and date null (no page title or date in the copy); outline empty.",
    ]))

write(doc("zenfang-2020-jiangsu-mechanical-society-news-page.txt",
    doc_type="news", references=["科協辦函普字〔2020〕158號"],
    segments=[seg("江蘇省機械工程學會", "熱烈祝賀我會聯辦的科普活動被中國科協評為--優秀科普活動"),
              seg("江蘇省機械工程學會機械設計與傳動分會")],
    notes=[
        "Source: a provincial mechanical engineering society's site (zenfang.cn preview page) in traditional script: a dash line, a headline between dashes (--熱烈祝賀我會聯辦的科普活動被中國科協評為--優秀科普活動) with its paragraph, then a second item without headline (the society's 機械設計與傳動分會 council meeting of 2020年12月04日) in five paragraphs, cut at 只要. Stored as txt.",
        "A gathered page of two items by two bodies: the society's own item (我會; the text names 江蘇省機械工程學會 first of the three joint organisers, so that is its unit; its heading the headline without the leading dashes, the inner -- kept as written) and its branch's report (unit the branch as the text names it, heading null: no headline).",
        "references: the 中国科协办公厅 notice's 字号 科協辦函普字【2020】158號 normalised to 〔〕 (traditional script kept). title, issuer and date null (the page has none of its own; 12月21日 and 2020年12月04日 are the items' days).",
    ]))

S = "zgxnczz-2023-ankang-veteran-association-year-record-news.txt"
write(doc(S,
    doc_type="news", title="凝聚银发力量 展示桑榆担当", date="2023-02-24",
    alternatives={"title": ["凝聚银发力量展示桑榆担当", "凝聚银发力量 展示桑榆担当——安康市老科协2022年工作纪实"],
                  "doc_type": ["summary"]},
    outline=[it("1", "一是", 5, head(S, "通过学习,一是"))],
    notes=[
        "Source: a rural news portal (zgxnczz.com): site furniture (收藏本站, a list of provinces, 首页 >科教文卫 > 正文), the headline 凝聚银发力量 展示桑榆担当 with the subtitle ——安康市老科协2022年工作纪实, a posting time, 来源, a byline (本刊记者 … 通讯员 …), a lead paragraph and a first unnumbered subheading (加强政治学习、提高政治站位) with its paragraph; cut inside 做到“两个维. Stored as txt.",
        "NOT a gathered page: one unit's (安康市老科协's) year told under subheadings; the 省老科协、市科协和市老干局 in the lead are who guided it, not items. segments empty.",
        "title: the headline (its space kept; without the space, or with the subtitle, accepted). date: the posting time 2023-2-24. issuer null (a journalist's report). doc_type news (a magazine report; summary accepted: it is a year's record).",
        "outline: the unnumbered subheading is no item; the inline 一是 in the last paragraph is (level 5), its heading read to the copy's end (no 。；： before the cut; the commas are the copy's half-width ones, made full-width). No 二是 survives.",
    ]))

write(doc("jstjxh-2023-jiangsu-civil-society-local-societies-meeting-news.txt",
    doc_type="news", title="江苏省土木建筑学会2023年地方学会工作年会在盐城举行", date="2023-05-21",
    alternatives={"date": [None], "issuer": ["江苏省土木建筑学会"]},
    notes=[
        "Source: a provincial civil engineering society's site (jstjxh.org.cn): the headline and the report of its 2023 meeting of local societies, with 镇江学会 and 无锡学会 speaking (…作交流发言:…); cut inside the second speaker's words. Stored as txt.",
        "NOT a gathered page: one report of one meeting held by one body; the local societies' words are what they said at it (each introduced by a person's 作交流发言), not items of their own. segments empty, outline empty (no numbered items).",
        "date: no page date survives; the meeting's day 2023年5月21日 opens the report (null accepted). issuer null (the society is the report's subject; accepted).",
    ]))
