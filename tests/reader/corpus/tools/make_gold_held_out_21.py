"""Hand-made reference parses for the twenty-first held-out set (tools/held_out_21.txt): twelve public pages found with the
search tool, chosen as what a county or city association's office receives day to day: news pages of county and city
associations (most without a headline), a city association's 简报, societies' notices to their members (会员 registration and
fees, a standing council's meeting, recommendations for 最美科技工作者) and a college's 转发 notice. Each block was written by
reading the document against parse-format.md; the reader was not run on any of them. Writes ../gold/<stem>.json."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_gold import doc, it  # noqa: E402  (importing make_gold rewrites the first corpus's gold: the same files)
from make_gold_held_out_2 import write, fw  # noqa: E402  (marks the gold found; rewrites the second set's: the same files)


def contact(name, phone, email=None):
    return {"name": name, "phone": phone, "email": email}


write(doc("slrm-shangli-spring-popsci-service-news.txt",
    doc_type="news",
    notes=[
        "Source: a county portal's page (m.slrm.cn) reporting a county association's 科普之春 service day: three paragraphs, no headline, no page date. Stored as txt.",
        "title null (no headline stored). date: the text's 3月20日 has no year anywhere in the copy: null. No issuer (a report, not a document of the association).",
        "The 县科协、县老科协联合… list of bodies (with a doubled 、、) is prose, not recipients. 《科普法》《纲要》 carry no 字号: no references. No numbered items.",
    ]))

write(doc("chongyi-2021-popsci-wallcharts-handout-news.html",
    doc_type="news",
    notes=[
        "Source: a county government portal (chongyi.gov.cn) news item of the county association handing out 科普宣传挂图: three paragraphs, no headline stored. Rebuilt as HTML around the stored text (the page title is the portal's name).",
        "title null. date: 4月28日 with no year in the copy (the year is only in the page's address): null. No issuer, no items.",
    ]))

write(doc("tskp-2022-lubei-market-popsci-news.html",
    doc_type="news",
    alternatives={"date": ["2022-03-07", "2022-03-10"]},
    notes=[
        "Source: a city popular-science site (tskp.org.cn) report of a district association's two market-day 三下乡 events: no headline, paragraphs alternating with photo captions (区科协主席郑向东…向群众发放科普宣传资料, 在韩城镇集市向群众发放科普宣传册 …), the last line a caption. Rebuilt as HTML around the stored text (the page title is the site's name).",
        "date: the report opens 3月份以来 and tells two events (3月7日, 3月10日; the year 2022 from the text): no single dateline, null; either event's day accepted. title null.",
        "The captions are no headings and no items; the named officials are participants, not signers. No numbered items.",
    ]))

write(doc("sckjw-baoxing-three-to-countryside-news.txt",
    doc_type="news",
    notes=[
        "Source: a provincial science-news site (sckjw.com.cn) item on a county association's 文化科技卫生三下乡 day: three paragraphs, no headline. Stored as txt.",
        "date: 1月23日 without a year in the copy: null. title null, no issuer, no items (the 三下乡 quotes are slogans).",
    ]))

write(doc("wzast-2024-zhejiang-workers-day-commendation-news.html",
    doc_type="news",
    notes=[
        "Source: a city association's site (wzast.wenzhou.gov.cn) news item relaying the provincial association's 通报表扬 for the 2024 全国科技工作者日: three paragraphs, then the list of commended bodies run into one paragraph (设区市科协(4个) … 县(市、区)科协(28 个) 杭州市:… 省级学会(6 个) … 高校科协(6 个) …), cut in the list. Rebuilt as HTML around the stored text; no headline stored.",
        "A news item about a commendation, not the 通报 itself: no issuer, no recipients; the listed bodies are the commended, not recipients. date: 近日, no day: null. title null.",
        "The list's groups (设区市科协(4个), 省级学会(6 个) …) are unnumbered: no outline.",
    ]))

write(doc("lgfwz-2014-anqing-science-day-briefing.txt",
    doc_type="news", title="市科協紮實開展“全國科普日”活動", date="2014-09-19",
    alternatives={"date": [None]},
    notes=[
        "Source: an essay site (lgfwz.com, 靈感範文站) filing a city association's 信息簡報 under 實用文 > 信息簡報 in traditional characters: the site name, a breadcrumb, the headline three times, four paragraphs, a 標籤 line. Stored as txt.",
        "doc_type news: a 简报 of what the association did (the spec counts 简报 as news). title: the headline as written (traditional).",
        "date: the event's 9月19日 with the year from the text (2014年的“全國科普日”): 2014-09-19 (null accepted). No issuer: the 市科協 is not named by its city in the copy.",
        "《中醫養生之道》 is a lecture's title: no reference. No numbered items.",
    ]))

write(doc("gdses-2020-environmental-society-most-beautiful-recommendation-notice.txt",
    doc_type="notice", issuer="广东省环境科学学会",
    title="关于开展寻找“最美科技工作者”学习宣传活动的通知",
    recipients=["各地市学会", "各会员及其他有关单位"], date="2020-03-11",
    contact=contact("李娟", "02083700890", "gdhjxh@126.com"),
    enclosed_title="寻找“最美科技工作者”学习宣传活动方案",
    alternatives={"recipients": [["各地市学会", "各会员", "其他有关单位"]]},
    notes=[
        "Source: a provincial society's site (gdses.org.cn): headline, 发布日期/浏览次数/更新时间 lines, the 主送 line without its colon, one paragraph issuing the 活动方案, 联系人/邮箱/地址 lines, 附件:1.–2., signature and date. Stored as txt.",
        "recipients: split on 、 only (各会员及其他有关单位 stays one entry; split on 及 accepted).",
        "contact: 联系人:李娟  02083700890 — the number follows the name on the same line. enclosed_title: the 活动方案 印发给你们.",
        "请于4月28日前… closes the whole request: no item deadline. The 附件 list is not an outline. No 字号 anywhere.",
    ]))

write(doc("yyxh-shandong-horticulture-society-member-registration-notice.txt",
    doc_type="notice", issuer="山东园艺学会秘书处",
    recipients=["各位会员", "团体会员", "园艺界科技", "教育", "推广", fw("产业部门(单位)和园艺工作者")],
    contact=contact("李国田", "0538-8261896", "sdyyxh8@163.com"),
    alternatives={"issuer": ["山东园艺学会", None],
                  "recipients": [["各位会员", "团体会员", fw("园艺界科技、教育、推广、产业部门(单位)和园艺工作者")]],
                  "contact": [contact("李国田", "0538-8261896"), contact("李国田", "13668680270", "sdyyxh8@163.com"),
                              contact("李国田", "13668680270")]},
    outline=[
        it("1", "一、", 1, "注册登记"),
        it("1.1", "1、", 3, "会员注册"),
        it("1.2", "2、", 3, "下载和填报《山东园艺学会会员申请表》和《山东园艺学会团体会员申请表》，并将申请表发至各专业委员会邮箱"),
        it("1.3", "3、", 3, "会员类别"),
        it("1.4", "4、", 3, "会员编号"),
        it("2", "二、", 1, "会费"),
        it("2.1", "1、", 3, "会费标准"),
        it("2.1.1", "（1）", 4, "个人会员"),
        it("2.1.2", "（2）", 4, "团体会员"),
        it("2.1.3", "（3）", 4, "终身会员"),
        it("2.2", "2、", 3, "会费交纳汇款信息"),
        it("2.3", "3、", 3, "汇款时请务必注明会费、单位全称、姓名，同时发《山东园艺学会会费汇款凭证信息表》（见附件）到学会秘书处电子邮箱"),
        it("3", "三、", 1, "会员证"),
    ],
    notes=[
        "Source: a provincial society's mobile page (yyxh.tatg.cn): no headline, 主送, one paragraph, 一、–三、 with 1、–4. and (1)–(3), the secretariat's name, 联系电话/联系人 lines and an 附件 list written 1、 / name on separate lines. Stored as txt.",
        "title null (no headline). date null (none stored). issuer: the closing 山东园艺学会秘书处 line (the society, or null, accepted).",
        "recipients: split on 、 as the spec says (园艺界科技、教育、推广、产业部门(单位)和园艺工作者 falls apart into four; read as one group accepted).",
        "contact: 联系人:李国田13668680270 has the mobile run into the name; the 联系电话 line's 0538-8261896 is the phone; the secretariat's mail in 二、3、 is the only address (the mobile, or no mail, accepted).",
        "Headings to the first 。/：; the account lines (收款单位/账号/开户行/统一社会信用代码) are labels, not items; the 附件 list 1、–3. is not part of the outline.",
    ]))

write(doc("csmpg-2005-society-member-reregistration-letter.html",
    doc_type="notice", title="关于我会会员重新登记和发展新会员的函",
    recipients=["各会员单位", "各位会员"], date="2005-10-27",
    alternatives={"doc_type": ["other"], "issuer": ["中国矿物岩石地球化学学会"], "date": [None]},
    outline=[
        it("1", "1）", 4, "本次重新登记只限于2001年以前加入学会的会员"),
        it("2", "2）", 4, "重新登记需重新填写入会登记表（可以直接到网上下载"),
        it("3", "3）", 4, "根据我会“会员管理条例”的要求，会员有按期缴纳会费的义务，我会会员可根据自身情况选择会费缴纳方式"),
        it("4", "4）", 4, "今后对会员的管理将以实时和动态为目标，这次登记资料将录入会员数据库，请务必认真填写，不要有空缺，尤其是通讯地址和联系方式一定要准确（如有变化，请及时通知学会秘书处）"),
        it("5", "5）", 4, "重新登记的表格请"),
    ],
    notes=[
        "Source: a national society's pages on its host institute's site (csmpg.gyig.cas.cn, 学会动态): the headline, an empty 文章来源 and 发布时间 2005-10-27, 主送, four paragraphs, 现将…通知如下, items 1)–5); cut in 5). Rebuilt as HTML around the stored text.",
        "doc_type: a 函 that announces 有关事宜通知如下 to members: notice (other accepted). issuer: no signature survives; the society is named only as the payee of the fees (accepted). date: the 发布时间 (null accepted).",
        "1)–5) with a closing bracket only: level 4 as （1） elsewhere in the corpus; markers full-width. Headings to the first 。；：, so 2) stops at the colon inside its bracket (下载:www.gyig.ac.cn) and 3) at the colon before the fee choices.",
        "The account details in 3) (开户行, 账号, 收款人) are no contact. No 字号, no deadline (no date given).",
    ]))

write(doc("caturday-2012-instrument-society-standing-council-notice.txt",
    doc_type="notice", recipients=[fw("各位常務(wù)理事")], date="2012-05-28",
    contact=contact("李靖", "010-8280097113701158832", "lijing768@163.com"),
    alternatives={"issuer": [fw("中國儀器儀表學(xué)會"), "中國儀器儀表學會", "中国仪器仪表学会"],
                  "recipients": [[fw("尊敬的各位常務(wù)理事")], ["各位常務理事"]],
                  "contact": [contact("李靖", "010-82800971", "lijing768@163.com"),
                              contact(fw("中國儀器儀表學(xué)會學(xué)會工作部李靖"), "010-8280097113701158832",
                                      "lijing768@163.com")]},
    outline=[
        it("1", "一、", 1, "會議安排"),
        it("2", "二、", 1, fw("會議主要內(nèi)容")),
        it("2.1", "1、", 3, fw("審議通過中國儀器儀表學(xué)會上報中國科協(xié)“學(xué)會能力提升專項(xiàng)科技社團(tuán)獎項(xiàng)”申報書")),
        it("2.2", "2、", 3, fw("審議通過中國儀器儀表學(xué)會上報中國科協(xié)的推薦“全國科技工作者”人選")),
        it("2.3", "3、", 3, fw("表決有關(guān)增補(bǔ)中國儀器儀表學(xué)會理事的提案")),
        it("2.4", "4、", 3, fw("匯報中國儀器儀表學(xué)會在國家民政部組織的社團(tuán)評估中獲得級社團(tuán)情況")),
        it("2.5", "5、", 3, fw("介紹中國儀器儀表學(xué)會近期重大活動安排")),
        it("3", "三、", 1, fw("會務(wù)")),
    ],
    notes=[
        "Source: a spam mirror (m.caturday.cn) of a national society's call to its standing council's 七屆九次 meeting, in traditional characters with pinyin glosses on some characters (務(wù), 協(xié)): salutation, two paragraphs, 一、–三、 with 1、–5. under 二、, 聯系人/電話/傳真/E-mail lines, the date. No headline, no signature. Stored as txt.",
        "Glossed text written as the copy writes it, brackets full-width (as in earlier mirrors); unglossed forms accepted where listed.",
        "recipients: the salutation 尊敬的各位常務(wù)理事 without its courtesy word (with it accepted). issuer: none stated as issuer; the society named in the body accepted. date: 2012年5月28日.",
        "contact: 聯系人 is 中國儀器儀表學會學會工作部李靖 — the person is 李靖 (the whole line accepted); 電話:010-8280097113701158832 is a landline and a mobile run together, kept as written (the landline alone accepted).",
        "請將回執於6月8日前回復 sits in the opening prose, before any item: no item deadline. 一、's 報到時間/會議時間/地址 are labels, not items. 二、 1、–5. headings to the first ；.",
    ]))

write(doc("joyo888-2019-food-society-most-beautiful-recommendation-notice.txt",
    doc_type="notice", title="關于組織推薦2019年“最美科技工作者”的通知",
    recipients=["各分支機構", "地方食品學會", "學會會員"],
    contact=contact(None, None, "cifst@163.com"),
    references=["科協發調字〔2019〕20號"],
    alternatives={"contact": [None]},
    notes=[
        "Source: a mirror (joyo888.com) of a national society's 通知 page in traditional characters: the headline, tab-indented 新聞來源:未知 / 瀏覽人次 lines, the headline again, 主送, two paragraphs, an E-mail line, an empty 附件: list. Stored as txt.",
        "issuer null: the copy says only 我學會 (the source line is 未知); the mail address hints at the society but names none. date null: no date stored.",
        "references: the cited 科協發調字〔2019〕20號 (already written with 〔〕). No enclosed_title: the notice acts on the cited 通知 (根據…), it neither forwards nor issues it.",
        "contact: only the E-mail line (null accepted). 請于2019年5月10日12點前… closes the whole request: no items, no item deadline.",
    ]))

write(doc("shzu-2017-life-sciences-workers-day-recommendation-forwarding.html",
    doc_type="notice", issuer="石河子大学生命科学学院",
    recipients=["各系", "实验中心及机关各部门"], date="2017-03-31",
    contact=contact("肖守德", "0993—2057216"),
    references=["科协办函调字〔2017〕68号"],
    enclosed_title="中国科协办公厅关于推荐宣传在创新争先行动中成就突出的优秀科技工作者的通知",
    alternatives={"contact": [contact("肖守德", "0993-2057216")],
                  "recipients": [["各系", "实验中心", "机关各部门"]]},
    notes=[
        "Source: a university college's site (skxy.shzu.edu.cn): 主送, two paragraphs forwarding the national association's 通知 with its 字号, 联 系 人 (spaced label)/联系电话 lines, 附件: with two .doc names numbered without a separator (1中国科协…, 2创新争先…), signature and date; no headline stored. Rebuilt as HTML around the stored text.",
        "title null (no headline). A 转发 notice: enclosed_title is the forwarded 通知 as the body cites it; references its 字号.",
        "recipients: split on 、 (实验中心及机关各部门 one entry; split on 及 accepted). contact: the phone as written with its long dash (the hyphen accepted).",
        "4月5日16:00前报送 closes the whole request: no item deadline. The 附件 lines are not an outline.",
    ]))
