"""Hand-made reference parses for the thirty-first held-out set (tools/held_out_31.txt): twelve public pages found with the
search tool for what a city or county 科协 receives from above and sends up: national and provincial notices (a provincial
association office's 印发 notice of its 工作要点 in glossed traditional characters, a 中国科协 department's 印发 notice of a
管理办法 in glossed characters without title, a 中国科协办公厅 notice of reform pilot units on a tips site with censored words and
a contact glued to the phone, a provincial association's study notice on a university site cut inside 三、, a provincial
association's 印发 notice with the start of its 工作要点), two provincial 全民科学素质 实施方案 (one under a news lead, one in
traditional characters under a news summary), a city association's 命名 decision with its list after the signature, two
summaries (a provincial association's congress report on a template site, a county association's 工作情况总结 run into one
paragraph) and two news pages (a provincial association's report in glossed characters under a spam banner, a provincial 会员日
表彰大会 report). Each block was written by reading the document against parse-format.md; the reader was not run on any of
them. Writes ../gold/<stem>.json."""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_gold import doc, it  # noqa: E402  (importing make_gold rewrites the first corpus's gold: the same files)
from make_gold_held_out_2 import write, fw, head  # noqa: E402  (marks the gold found; rewrites the second set's: the same files)


def unglossed(s):
    """The words without the pinyin glosses a spam mirror put after characters (協(xié) → 協); (試行) stays."""
    return re.sub(r"[(（](?=[^()（）]*[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[^()（）]*[)）]", "", s)


def split_recipients(raw):
    """主送 split on 、 ， , and ; outside brackets (the spec's rule), each part full-width."""
    out, depth, cur = [], 0, ""
    for ch in raw:
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            depth -= 1
        if depth == 0 and ch in "、，,；;":
            out.append(cur)
            cur = ""
        else:
            cur += ch
    out.append(cur)
    return [fw(p.strip()) for p in out if p.strip()]


SD_RECIPIENTS = "各省級學會(huì)、協會(huì)、研究會(hπuì),各市(shì)科(kē)協,省科(kē)協機(jī)關各部室、各直屬單位"
SD_TITLE = "山(shān)東(dōng)省科(kē)協辦公室關于印發《山(shān)東(dōng)省科(kē)協2017年(nián)工(gōng)作(zu♦ò)要(yào)點》的(de)通(tōng)知(zhī)"
SD_ENCLOSED = "山(shān)東(dōng)省科(kē)協2017年(nián)工(gōng)作(zuò)要(yào)點"
write(doc("25en-2017-shandong-association-work-points-issuing-notice.txt",
    doc_type="notice", issuer="山東省科協辦公室", title=unglossed(SD_TITLE),
    recipients=[unglossed(r) for r in split_recipients(SD_RECIPIENTS)], date="2017-03-06",
    enclosed_title=unglossed(SD_ENCLOSED),
    alternatives={"issuer": [fw("山(shān)東(dōng)省科(kē)協辦公室")], "title": [fw(SD_TITLE)],
                  "recipients": [split_recipients(SD_RECIPIENTS)], "enclosed_title": [fw(SD_ENCLOSED)],
                  "date": ["2017-03-07"], "doc_type": ["plan"]},
    notes=[
        "Source: a spam site's copy (25en.com) of a provincial association office's 印发 notice in traditional characters with pinyin glosses after many characters (協(xié)) and stray symbols inside some glosses (zu♦ò, hπuì, ↓hé, 強>省): the headline (a space before 《), a 訪問次數/發布時間 line, 主送, one sentence, the signature, the date, then the enclosed 工作要點's title and its opening paragraph; cut there. Stored as txt.",
        "Header fields give the document's words without the glosses (山東省科協辦公室, its title, 主送 and the 要點's name; the glossed forms, full-width, accepted), as the 12366sw precedent of set 27. The headline's space before 《 is a stray space: removed.",
        "doc_type notice: an 印发 notice wrapping the 工作要點 that follows the date (plan accepted). enclosed_title: the 要點's own title line below the date. No 字号 survives.",
        "date: the signature's 2017年3月6日 (成文日期), not the page's 發布時間 2017-03-07 (accepted). recipients: 各省級學會、協會、研究會 gives three entries; 省科協機關各部室、各直屬單位 two.",
        "No numbered items: the copy stops after the 要點's 總體工作思路 paragraph, before its 一、.",
    ]))

IW_RECIPIENTS = ("各全國學(xué)會、協(xié)會、研究會科普部,各省、自治區(qū)、直轄市、副省級城市科協(xié)科普部,"
                 "新疆生產(chǎn)建設(shè)兵團(tuán)科協(xié)科普部,各有關(guān)機(jī)構(gòu)")
IW_ENCLOSED = "科普中國共建基地項(xiàng)目管理辦法(試行)"
write(doc("iwl360-2020-cast-popsci-cobuilt-bases-measures-notice.txt",
    doc_type="notice", issuer="中國科協科普部",
    recipients=[unglossed(r) for r in split_recipients(IW_RECIPIENTS)], date="2020-05-08",
    enclosed_title=fw(unglossed(IW_ENCLOSED)),
    alternatives={"issuer": [fw("中國科協(xié)科普部")], "recipients": [split_recipients(IW_RECIPIENTS)],
                  "enclosed_title": [fw(IW_ENCLOSED), unglossed(IW_ENCLOSED).replace("(試行)", "")]},
    notes=[
        "Source: a spam site's copy (iwl360.com) of a 中国科协 department's 印发 notice in traditional characters with pinyin glosses: 主送, one paragraph, the 附件 line (a .doc file name), the signature 中國科協(xié)科普部, the date. No headline, no 字号. Stored as txt.",
        "title null (no headline survives). Header fields without the glosses (the glossed forms, full-width, accepted).",
        "enclosed_title: the 管理辦法(試行) the notice issues (現印發給你們), named in the text and in the 附件 line (without (試行) accepted); the .doc suffix is the file's, not the title's.",
        "recipients split mechanically on 、 and ，: 各全國學會、協會、研究會科普部 gives three entries (the last 研究會科普部), 各省、自治區、直轄市、副省級城市科協科普部 four, as the spec splits 各市、州、直管市… .",
        "No numbered items (the 附件 line is no outline); no references; no contact.",
    ]))

write(doc("363616-2017-cast-reform-pilot-units-notice.txt",
    doc_type="notice", issuer="中国科学技术协会办公厅",
    title="中国科协办公厅关于确定2017年地方科协深化改革工作试点单位的通知",
    recipients=["各省", "自治区", "直辖市", "*生产建设兵团科协"], date="2017-08-16",
    contact={"name": "李兴川", "phone": "010-68788416", "email": None},
    references=["科技部协调函〔2017〕30号"],
    alternatives={"issuer": ["中国科协办公厅"], "recipients": [["各省", "自治区", "直辖市", "新疆生产建设兵团科协"]]},
    notes=[
        "Source: a popular-science tips site (363616.com) that copied a 中国科协办公厅 notice through a filter: a welcome line, the path, the headline, the site's 科普小知识 posting time (2021-08-11), 主送, three paragraphs reworded by a machine (科技部协调函 for the 字号's organ, * for censored words), 联系人 with the phone glued to the name, 附件, the signature, the date. Stored as txt.",
        "issuer: the signature 中国科学技术协会办公厅 (the full name; the title's 中国科协办公厅 accepted). date: the signature's 2017年8月16日; the site's 2021-08-11 is its own posting time.",
        "recipients: split on 、 (the spec's mechanical rule); the censored *生产建设兵团科协 is kept as written (新疆生产建设兵团科协 accepted).",
        "references: the cited 申报 notice's 字号 as the copy writes it (科技部协调函〔2017〕30号; the filter's rewording is the copy's). No 字号 of its own survives.",
        "contact: 联系人:李兴川010-68788416: the name and the phone are split where the digits begin. No numbered items; the 附件 list name is no outline.",
    ]))

H = "hfut-2017-anhui-plenary-spirit-study-notice.txt"
write(doc(H,
    doc_type="notice", title="关于认真学习贯彻安徽省科协九届九次全委会议精神的通知",
    recipients=["各位委员", "各省级学会", "各市及省直管县科协", "各直属高校", "企业", "园区科协", "机关各部室", "各直属单位"],
    date="2017-04-01",
    alternatives={"issuer": ["安徽省科协", "安徽省科学技术协会"], "date": [None],
                  "recipients": [["各位委员", "各省级学会", "各市及省直管县科协", "各直属高校、企业、园区科协", "机关各部室",
                                  "各直属单位"]]},
    outline=[
        it("1", "一、", 1, "及时学习汇报会议精神"),
        it("2", "二、", 1, "抓好贯彻落实"),
        it("3", "三、", 1, "推进科协改革创新"),
    ],
    notes=[
        "Source: a university association's site (ast.hfut.edu.cn) copy of a provincial association's notice: the headline, a 发布者/发布时间/浏览次数 line (the university's poster, 2017-04-01), 主送 without its colon, the preamble, 一、–三、 with their headings run into their text; cut inside 三、 before the signature. Stored as txt.",
        "issuer null: no header line or signature survives and the title does not name the body (安徽省科协, whose 全委会议 it is and whose 机关各部室 it addresses, accepted). date: the page's 发布时间 (as earlier notices without signature; null accepted).",
        "recipients split on ， and 、: 各直属高校、企业、园区科协 gives three entries (whole accepted).",
        "Items: each heading ends at its first 。 (及时学习汇报会议精神 etc.). The 常委会工作报告(见附件) has no 字号: no references. 2017年2月23—24日 is the meeting's time, no deadline.",
    ]))

F = "fjnxh-2020-fujian-association-work-points-notice.txt"
write(doc(F,
    doc_type="notice", issuer="福建省科学技术协会", title="福建省科学技术协会关于印发福建省科协2020年工作要点的通知",
    recipients=[fw("各省级学会(协会、研究会)"), "各市", fw("县(区)科协"), "省科协机关各部室", "各直属单位"],
    date="2020-04-30", enclosed_title="福建省科协2020年工作要点",
    alternatives={"recipients": [[fw("各省级学会(协会、研究会)"), fw("各市、县(区)科协"), "省科协机关各部室", "各直属单位"]],
                  "doc_type": ["plan"], "title": ["关于印发福建省科协2020年工作要点的通知"]},
    outline=[
        it("1", "一、", 1, "坚定政治立场，深入学习贯彻习近平新时代中国特色社会主义思想"),
        it("1.1", "1.", 3, "加强理论学习"),
    ],
    notes=[
        "Source: a provincial society's site (fjnxh.org) copy of the provincial association's 印发 notice: the path, the headline, a 时间/来源 line (2020-05-01), 主送, one sentence, the signature, the date, then the enclosed 工作要点: its title, the 总体思路 paragraph, 一、 and its 1.; cut inside 1.. Stored as txt.",
        "doc_type notice: an 印发 notice wrapping the 要点 that follows the date (plan accepted). enclosed_title: the 要点's title line (the headline names it without 《》). date: the signature's 2020年4月30日, not the page's 2020-05-01.",
        "recipients: 各省级学会(协会、研究会) keeps its bracket; 各市、县(区)科协 splits on its 、 (各市 / 县(区)科协; whole accepted).",
        "Items: 一、 (its heading to the line end, the comma kept), 1. under it at level 3 without a (一) between (id 1.1), heading to its first 。. No responsibility annotations survive in the copy; no 字号 cited.",
    ]))

G = "gzstv-2022-guizhou-literacy-action-plan.txt"
write(doc(G,
    doc_type="plan", title=fw("贵州省全民科学素质行动规划纲要实施方案(2021—2025年)"),
    references=["国发〔2021〕9号", "国发〔2022〕2号"],
    alternatives={"issuer": ["省政府办公厅", "贵州省人民政府办公厅"], "doc_type": ["news"]},
    outline=[
        it("1", "一、", 1, "总体要求"),
        it("1.1", "（一）", 2, "指导思想"),
        it("1.2", "（二）", 2, "发展目标"),
    ],
    notes=[
        "Source: a provincial broadcaster's site (movement.gzstv.com) page: one lead sentence (经省人民政府同意，近日，省政府办公厅印发…，全文如下), then the plan: its title, preamble, 一、总体要求 with (一) and (二); cut inside (二). Stored as txt.",
        "doc_type plan: the page carries the 实施方案's full text under one lead line (news accepted). title: the plan's own title line. issuer null: the plan has no header or signature; the lead names 省政府办公厅 in prose (accepted, with the province's full name).",
        "references: 国发〔2021〕9号 (the 纲要's 印发 notice) and 国发〔2022〕2号 (the 意见 cited in brackets), in order. date null: 近日 gives no day and no 成文日期 survives.",
        "Items: (一)指导思想。 and (二)发展目标。 have their heading before the first 。. 到2025年 in (二) is the plan's target, not an item's deadline (as earlier 到2015年末 targets); no time_hint.",
    ]))

N = "ezralogistics-2021-ningxia-literacy-action-plan.txt"
write(doc(N,
    doc_type="plan", title=fw("寧夏回族自治區全民科學素質行動規劃綱要實施方案(2021年—2025年)"),
    alternatives={"issuer": ["寧夏回族自治區政府辦公廳"], "doc_type": ["news"]},
    outline=[
        it("1", "一、", 1, "指導思想、原則和工作目標"),
        it("1.1", "（一）", 2, "指導思想"),
    ],
    notes=[
        "Source: an unrelated company site's copy (ezralogistics.com) in traditional characters of a regional news report: four paragraphs summarising the 實施方案 (日前, 自治區政府辦公廳印發…), then the plan's title, its preamble, 一、 and (一)指導思想。 with the start of its paragraph; cut there. Stored as txt.",
        "doc_type plan: most of the page is the plan's own text under a news summary (news accepted). title: the plan's title line (the news summary cites it in 《》 too). issuer null: no header or signature; the summary names 寧夏回族自治區政府辦公廳 in prose (accepted).",
        "date null: 日前 gives no day. No 字号 cited (the 綱要 and the 十四五 規劃 are cited by name only): no references.",
        "Items: 一、's heading is its whole line; (一)指導思想。 on its own line, heading before the 。. The 提升行動 and 工程 named in the summary are prose, not items.",
    ]))

write(doc("twgreatdaily-2020-chuzhou-popsci-bases-naming-decision.txt",
    doc_type="notice", issuer="滁州市科学技术协会", title="关于命名2020-2024年滁州市科普教育基地的通知",
    recipients=["各县", "市", "区科协", "各有关单位"], date="2020-03-19",
    alternatives={"doc_type": ["other"], "date": ["2020-03-26"],
                  "recipients": [["各县、市、区科协", "各有关单位"]]},
    notes=[
        "Source: an aggregator's copy (twgreatdaily.com) of a city association's WeChat post: the post's own headline 命名决定!, its day and account (2020-03-26 美好滁州), the notice's title on two lines, 主送, two paragraphs, the signature, the date, then the list of eleven bases (its title on two lines, 1.–11.), 来源:滁州市科协 and the aggregator's 文章来源 line. Stored as txt.",
        "title: the notice's own two title lines joined (关于命名…的通知), not the post's headline 命名决定!. doc_type notice: a 命名 decision issued as a 通知 (现决定命名…), as the set-27 smxast precedent (other accepted).",
        "date: the signature's 2020年3月19日, not the post's 2020-03-26 (accepted). recipients: 各县、市、区科协 split on 、 (three entries; whole accepted).",
        "No outline: the numbered 1.–11. list of bases follows the signature (an attachment list, not the document's items). The 纲要 has no 字号: no references.",
    ]))

write(doc("fanwen118-hubei-association-seventh-committee-work-report.txt",
    doc_type="summary", title="省科协工作报告",
    alternatives={"issuer": ["湖北省科协", "省科协第七届委员会"], "title": [None, "工作报告"], "date": ["2024-04-19"]},
    outline=[
        it("1", "一、", 1, "坚持服务经济建设，在湖北跨越式发展中勇于担当"),
    ],
    notes=[
        "Source: a model-essay site's copy (fanwen118.com) of a provincial association's congress work report: the headline 省科协工作报告, the site's 时间:2024.4.19, the speaker's line (省科协主席…樊明武同志 / 作省科协七届委员会《工作报告》), the address to the delegates, 五年来的主要工作。, 一、 and its paragraph; cut inside it. Years in the text were masked by the site (20xx). Stored as txt.",
        "doc_type summary: a report of five years' work done. title: the page's headline, which is also the report's name (工作报告 and null accepted). issuer null: a report delivered by a committee's chairman, with no header or signature (the province's association accepted). signer null: 樊明武 delivers the report, no 签发人.",
        "date null: the site's 2024.4.19 is its own posting time (years inside the text are masked); accepted for readers that take the page's day.",
        "Items: 五年来的主要工作。 is an unnumbered section line, no item; 一、's heading to its closing 。. The figures (1325场次 etc.) are no deadlines.",
    ]))

S = "900ppt-2021-county-association-work-summary.txt"
write(doc(S,
    doc_type="summary", title="xx县科学技术协会2021年工作情况总结",
    alternatives={"issuer": ["xx县科学技术协会"]},
    outline=[
        it("1", "一、", 1, "2021年工作总结"),
        it("1.1", "（一）", 2, "多措并举，加强自身建设"),
        it("1.1.1", "一是", 5, "强化党的建设"),
        it("1.1.2", "二是", 5, "积极主动汇报"),
    ],
    notes=[
        "Source: a document-template site's page (900ppt.com) of a county association's 工作情况总结 (names masked as xx): the breadcrumb with the .DOCX file name and the site's 【…均可编辑】, the title twice, then the whole text on one line (the title a third time glued to the first sentence, 一、, (一), 一是/二是 run together); cut mid-sentence. Stored as txt.",
        "doc_type summary (总结 of the year's work, 报告如下). title: the document's title line as written, xx kept. issuer null: the masked county has no name (the masked name accepted). date null: no date survives and the site gives none.",
        "Items run together on one line are still separate items (spec): 一、2021年工作总结 (heading up to the next marker), (一) whose heading 多措并举,加强自身建设 was glued to its first sentence (为切实做好工作…): the heading is read as the section's own words, up to where the body begins; 一是 and 二是 under (一) at level 5, each to its first 。.",
        "The 2022年工作计划 announced in the preamble is not in the copy. 科普法 and 《科学素质纲要》 carry no 字号: no references.",
    ]))

J = "jichengzao-2022-anhui-cast-cooperation-agreement-news.txt"
J_TITLE = "省政府常務會議審議省政府與中國科協(xié)全面戰(zhàn)略合作協(xié)議"
write(doc(J,
    doc_type="news", title=unglossed(J_TITLE), date="2022-06-16",
    alternatives={"title": [fw(J_TITLE)], "date": ["2022-06-07"], "issuer": ["安徽省科協"]},
    outline=[
        it("1", "一是", 5, head(J, "一是")),
    ],
    notes=[
        "Source: a spam site's copy (jichengzao.cc) under a banner of pornographic link text: the column 上級科協工作動態 (a city or county association's column for news from above), the headline, a 來源:安徽省科協/發布時間/閱讀 line, three paragraphs in traditional characters with pinyin glosses and doubled commas (,, and ,、); cut inside 一是. Stored as txt.",
        "title without the glosses (the glossed form, full-width, accepted). date: the page's 發布時間 2022-06-16 (the meeting's 6月7日 accepted). issuer null: a news report whose 來源 names the provincial association (accepted).",
        "The 協議(送審稿) has no 字号: no references. 一是 is the one inline item (level 5, no ancestors: id 1); its heading is read off the copy to the first stop (doubled comma kept as the copy has it, the item cut short).",
    ]))

write(doc("2862-2010-anhui-member-day-commendation-news.txt",
    doc_type="news", title="表彰创新典型 营造创新氛围", date="2010-12-15",
    alternatives={"title": ["表彰创新典型营造创新氛围", "表彰创新典型 营造创新氛围——安徽省2010年中国科协会员日暨表彰大会在合肥召开"],
                  "date": [None]},
    notes=[
        "Source: a document-sharing site's page (2862.com.cn) of a provincial news report: a stray 领导批示: label, the headline, its subtitle line (——安徽省2010年中国科协会员日暨表彰大会在合肥召开), four paragraphs on the 会员日 表彰大会; cut mid-sentence. No page date. Stored as txt.",
        "title: the headline with the space between its two phrases kept as a separator (removed accepted; with the subtitle accepted). date: the meeting's 2010年12月15日 from the text, the only date (null accepted).",
        "No issuer (a report on the meeting). The three 表彰决定 read out are named without 字号: no references. No numbered items; the people and titles are attendees, not a group.",
    ]))
