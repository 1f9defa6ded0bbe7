"""Hand-made reference parses for the fifteenth held-out set (tools/held_out_15.txt): twelve public pages found with the
search tool, weighted this time to official copies where the search index held any (a city association's site, a city and a
county government portal, a university, a provincial association's site, a county science-news site): five plans whose items say
who answers for them where the copy keeps it (…负责 in prose, 承办/协办单位 lines, a 职责分工 list), three 印发/转发 notices, a
township plan naming its 领导小组, a contest notice and two news pages. Each block was written by reading the document against
parse-format.md; the reader was not run on any of them. Writes ../gold/<stem>.json."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_gold import doc, it  # noqa: E402  (importing make_gold rewrites the first corpus's gold: the same files)
from make_gold_held_out_2 import write, lu, fw, pu, m  # noqa: E402  (marks the gold found; rewrites the second set's: the same files)


write(doc("lyskx-2024-caravan-touring-exhibition-plan-notice.html",
    doc_type="notice", issuer="龙岩市科协",
    title="龙岩市科协关于开展2024年“科普大篷车老区行”“中国流动科技馆巡展（福建龙岩站）”活动计划的通知",
    recipients=["各县（市、区）科协"], date="2024-02-29",
    alternatives={"doc_type": ["plan"], "issuer": ["龙岩市科学技术协会", None], "date": [None]},
    outline=[
        it("1", "一、", 1, "科普大篷车老区行活动安排"),
        it("1.1", "（一）", 2, "活动安排"),
        it("1.2", "（二）", 2, "活动内容"),
        it("1.2.1", "1.", 3, "依托科普大篷车展教设备，进行科普知识宣传"),
        it("1.2.2", "2.", 3, "结合省科技馆提供的科学活动资源包，开展“科技馆里的科学课”主题活动"),
        it("1.2.3", "3.", 3, "开展“科学家故事”宣讲活动，宣传科学家精神及开展科普小制作课堂"),
        it("1.2.4", "4.", 3, "参与社会治理创新，开展科普扫黑、反邪、反诈、禁毒和健康龙岩、平安龙岩等科普宣传"),
        it("1.3", "（三）", 2, "活动要求"),
        it("1.3.1", "1.", 3, "市科技馆负责“龙岩市科普大篷车老区行”活动的组织实施工作", resp=lu("市科技馆")),
        it("1.3.2", "2.", 3, "各县（市、区）科协负责所在地“龙岩市科普大篷车老区行”进驻学校的联系、落实与踩点，以及宣传报道工作",
           resp=lu("各县（市、区）科协")),
        it("1.3.3", "3.", 3, "进驻学校要提供室内活动场所（100-150平方米），协助展教器材搬装与布置，接受技术与讲解培训，维护与管理"),
    ],
    notes=[
        "Source: a city association's own site (lyskx.net, an ASP CMS): a welcome line with a stale date (2021年8月31日), the nav bar, a 'j 龙岩市科学技术协会 >> 通知 关闭窗口' path, the headline, a 发布人/发布时间/浏览次数 line, then the notice: 主送, one sentence, 一、 with (一) a three-column schedule table (时间/活动地区/具体地点; one cell on two lines), (二) 1.–4., (三) 1.–3.; the copy stops inside (三)3. Rebuilt as HTML around the stored text.",
        "issuer: the notice has no signature in the copy; its title opens with 龙岩市科协 (the site banner's 龙岩市科学技术协会 and null accepted). date: no dateline survives, so the page's 发布时间 (tcwy precedent; null accepted). doc_type: a notice announcing an activity plan (plan accepted). No enclosed title: the plan is the notice's own body.",
        "The schedule table's rows (3月 长汀县 …) are no numbered items and give no item a deadline or time_hint.",
        "(三)1./2. give the work in prose (…负责…): 市科技馆 is another body (a 馆, not one of the association's 部/办), and 各县（市、区）科协 are other associations — lead_units, the bracket kept whole. (三)3. says what the schools must do (要提供…), no 负责: no responsibility.",
        "Headings end at the first 。; the commas in 1.–4. are no stops.",
    ]))

write(doc("yueyang-2017-association-13th-five-year-plan-draft.html",
    doc_type="plan", title="岳阳市科学技术协会事业发展“十三五”规划（草案）",
    alternatives={"title": ["岳阳市科学技术协会事业发展“十三五”规划"], "issuer": ["岳阳市科学技术协会"], "date": ["2017-03-21"]},
    outline=[it("1", "一、", 1, "前言")],
    notes=[
        "Source: a city government portal's 科协动态 page (yueyang.gov.cn) of the city association's draft five-year plan: a 您现在的位置 path, the headline with a stray space (事业发展 “十三五”), a 编稿时间/来源:未知/作者:作者/浏览量 line, the plan's title again on two lines with (草  案) spaced, the preamble, 一、前言 and its paragraph, cut mid-sentence. Rebuilt as HTML around the stored text.",
        "title: the headline with the stray space removed (the body's two-line title agrees). No signature: issuer null (the association accepted); the 编稿时间 is the posting's (null; accepted).",
        "The plan's copy stops before any task: no item names a responsible body. The plans in 《》 carry no 字号: no references.",
    ]))

write(doc("5728338-county-science-day-food-safety-plan.txt",
    doc_type="plan", title=fw("科協(xié)全國(guó)科普日活動(dòng)實(shí)施方案"),
    alternatives={"title": ["科協全國科普日活動實施方案"]},
    outline=[
        it("1", "一、", 1, fw("活動(dòng)主題及時(shí)間")),
        it("1.1", "（一）", 2, "主題"),
        it("1.2", "（二）", 2, fw("時(shí)間"), time_hint="9月15日—21日"),
        it("2", "二、", 1, fw("重點(diǎn)活動(dòng)安排")),
        it("2.1", "（一）", 2, fw("召開(kāi)XXX鄉(xiāng)科技科普工作座談會(huì)")),
        it("2.1.1", "1.", 3, fw("時(shí)間"), time_hint="9月16日9:30—10:30"),
        it("2.1.2", "2.", 3, "主持人"),
        it("2.1.3", "3.", 3, fw("參會(huì)人員")),
        it("2.1.3.1", "⑴", 4, fw("縣領(lǐng)導(dǎo)")),
        it("2.1.3.2", "⑵", 4, "縣直部門"),
        it("2.1.4", "4.", 3, fw("會(huì)議議程")),
        it("2.1.4.1", "⑴", 4, fw("黨委副書(shū)記、鄉(xiāng)長(zhǎng)秦XX匯報(bào)該鄉(xiāng)科技科普工作開(kāi)展情況")),
        it("2.1.4.2", "⑵", 4, fw("參會(huì)縣級(jí)部門領(lǐng)導(dǎo)圍繞如何抓好農(nóng)村科技科普工作主題發(fā)言")),
        it("2.1.4.3", "⑶", 4, fw("縣領(lǐng)導(dǎo)講話")),
        it("2.1.5", "5.", 3, fw("整個(gè)座談會(huì)籌備工作由XXX鄉(xiāng)黨委和政府負(fù)責(zé)"),
           resp=lu(fw("XXX鄉(xiāng)黨委和政府"))),
        it("2.1.6", "6.", 3, fw("請(qǐng)電視臺(tái)、報(bào)社派記者參加活動(dòng)")),
        it("2.2", "（二）", 2, fw("全國(guó)科普日宣傳活動(dòng)")),
        it("2.2.1", "1.", 3, fw("XXX鄉(xiāng)綜合科普宣傳活動(dòng)")),
        it("2.2.1.1", "（1）", 4, fw("主辦、承辦、協(xié)辦單位")),
        it("2.2.1.1.1", "①", 5, "主辦單位"),
        it("2.2.1.1.2", "②", 5, "承辦單位", resp=lu(fw("XXX鄉(xiāng)黨委"), fw("XXX鄉(xiāng)人民政府"))),
        it("2.2.1.1.3", "③", 5, fw("協(xié)辦單位"), resp=pu(
            "縣科委", "縣食安辦", "縣教委", fw("縣食藥監(jiān)局"), fw("縣質(zhì)監(jiān)局"), "縣工商局", "縣氣象局",
            fw("縣農(nóng)委"), "縣畜牧局", "縣扶貧辦", fw("縣婦聯(lián)"))),
    ],
    notes=[
        "Source: a spam site's copy of a county 科普日 plan in traditional characters with pinyin glosses in half-width brackets after some characters (活動(dòng), 實(shí)): the title, the site's name (思而思學網) as a line, 一、二、 with (一)(二), 1.–6., ⑴⑵⑶ (the single parenthesised-digit characters) and (1) with ①②③; names blanked (XXX鄉, 劉XXX); cut inside ③'s list (團(tuá).",
        "Glosses are kept as written in headings and units, brackets full-width like the rest of the punctuation (eimio/cast precedent); the gloss-free title accepted. No issuer, no date.",
        "⑴⑵⑶ are written with the one-character parenthesised digits: marker as written, level 4 like (1). ① ② ③ are level 5. Spaced labels (時 間, 主 持 人, 縣 領 導) lose their stray spaces; each heading ends at its first ：/；/。 (主題：…, 時間：…), so most headings are the label.",
        "(二)時間 (9月15日—21日) and 1.時間 (9月16日9:30—10:30) are the item's time: time_hint, no deadline (the colon inside 9:30 is a number's, no stop).",
        "5. gives the preparations in prose (由XXX鄉黨委和政府負責): lead_units, kept as one entry as written (黨委和政府 not split — the spec splits lists on 、，；). ②承辦單位 is the spec's 承办 label → lead_units (no 牽頭單位 in the item); ③協辦單位 → partner_units, the cut last entry (團…) left out; ①主辦單位 is no label of the spec (yhwg8 precedent): no responsibility. 3.'s lists of attendees assign nothing.",
    ]))

write(doc("360docs-city-disaster-reduction-week-plan.txt",
    doc_type="plan", title="防灾减灾日宣传周活动方案",
    outline=[
        it("1", "一、", 1, "活动时间", time_hint="5月7日至5月13日"),
        it("2", "二、", 1, "活动内容"),
        it("3", "三、", 1, "职责分工"),
        it("3.1", "（一）", 2, "市委宣传部、文广新局", resp=lu("市委宣传部", "文广新局")),
        it("3.2", "（二）", 2, "民政局、红十字会", resp=lu("民政局", "红十字会")),
        it("3.3", "（三）", 2, "教育局", resp=lu("教育局")),
        it("3.4", "（四）", 2, "信息产业局", resp=lu("信息产业局")),
        it("3.5", "（五）", 2, "团市委", resp=lu("团市委")),
        it("3.6", "（六）", 2, "“三防办”", resp=lu("三防办")),
        it("3.7", "（七）", 2, "气象局", resp=lu("气象局")),
        it("3.8", "（八）", 2, "地震办", resp=lu("地震办")),
        it("3.9", "（九）", 2, "国土资源局", resp=lu("国土资源局")),
    ],
    notes=[
        "Source: a document-sharing site's preview (360docs.net): the title, the site's three '- 1、… 2、… 3、…' download notices, the title again, a city's 防灾减灾日 宣传周 plan: preamble, 一、二、三、 with (一)…(九) in 三、职责分工; cut inside (九).",
        "The site's '- 1、下载文档前…' notices are web furniture, not items.",
        "三、职责分工 names a body before the colon and what it does after (…：负责…): the item's prose assigns the work → lead_units; the bodies are city departments, not offices of an issuer (the plan has none). The heading is the part before the colon. '市有关部门配合' in (一) is a vague tail: no partner entry. (六)'s body is written in quotes (“三防办”): the entry without them.",
        "二、's '由相关职能部门负责整理' names no body (相关职能部门 is the vague tail itself): no responsibility. 一、's period is a time_hint; the plan has no year, so no deadline. No issuer, no date.",
    ]))

write(doc("alizhichou3-county-culture-bureau-science-week-plan.txt",
    doc_type="plan", title=fw("科技活動(dòng)周實(shí)施方案"),
    alternatives={"title": ["科技活動周實施方案"], "references": [[fw("*府辦〔20*〕101號(hào)")], ["*府辦〔20*〕101號"]]},
    outline=[
        it("1", "一、", 1, fw("指導(dǎo)思想")),
        it("2", "二、", 1, fw("活動(dòng)主題")),
        it("3", "三、", 1, fw("活動(dòng)內(nèi)容")),
        it("3.1", "（一）", 2, fw("活動(dòng)時(shí)間"), time_hint="20*年5月17日—5月23日"),
        it("3.2", "（二）", 2, "參與單位", resp=pu("縣文化館", "縣圖書館", "縣文管所", fw("縣文工團(tuán)"), fw("縣稽查隊(duì)"),
                                             "縣體校", "*州今典影視公司")),
        it("3.3", "（三）", 2, fw("活動(dòng)日程安排及責(zé)任人")),
        it("3.3.1", "1.", 3, fw("5月14日召開各直屬單位科技活動(dòng)周工作聯(lián)席會(hu")),
    ],
    notes=[
        "Source: a spam mirror of an essay site (alizhichou3.cn) in traditional characters with pinyin glosses: the title, the site's 時間 line (2022, the upload's) and 導語, the title again, a county culture bureau's 科技活動周 plan (the county starred out, *縣, 20*年): preamble, 一、二、三、 with (一)(二)(三) and the first line of the schedule, cut inside a gloss (會(hu).",
        "Glosses kept as written (gloss-free title accepted). No issuer (結合我局實際: a bureau that does not name itself), no date.",
        "references: the county office's notice is cited with its year starred out (*府辦〔20*〕101號): not a whole 字號, left out (the incomplete form accepted, as xiexiebang's).",
        "(二)參與單位 is the spec's 参与单位 label: the units it lists are partner_units (no lead named in the item).",
        "(三)'s schedule starts '1.5月14日召開…': the marker 1. glued to the date 5月14日, which reads like the decimal 1.5 — the item is 1., its heading starts with the date and runs to the copy's end (the gloss's bracket never closes). A meeting day is no deadline.",
    ]))

write(doc("ecust-2019-125-popsci-contest-forwarding.txt",
    doc_type="notice", issuer="教育部科学技术司", doc_number="教技司〔2019〕125号",
    title="教育部科技司关于组织开展“2019年全国科普讲解大赛”推荐活动的通知",
    recipients=["部属各高等学校"],
    contact={"name": "王晟", "phone": "010-66096933", "email": "zh@moe.edu.cn"},
    enclosed_title="科技部办公厅关于举办2019年全国科普讲解大赛的通知",
    alternatives={"issuer": ["教育部科技司"], "contact": [{"name": "王晟", "phone": "010-66096933", "email": None}]},
    outline=[
        it("1", "1.", 3, "各高校自愿组织选手报名参加，每校可择优推荐1名选手"),
        it("2", "2.", 3, "报名条件"),
        it("3", "3.", 3, "比赛内容"),
        it("4", "4.", 3, "报名要求"),
        it("5", "5.", 3, "联系方式"),
    ],
    notes=[
        "Source: a university research office's page (kjc.ecust.edu.cn) reposting the ministry department's 转发 notice, with the school's own lines appended: the headline, the 字号, 主送, the 转发 sentence, 1.–5., 附件 1./2., the department's name, then the school's 校内报名方式/截止时间/科研院联系人 lines.",
        "issuer: the signature 教育部科学技术司 (the title's 教育部科技司 accepted). No date survives under the signature: null. enclosed_title: the 科技部办公厅 notice forwarded, named in 《》 without 字号 (no references).",
        "contact: the notice's own 联系人/电话/邮箱 (王 晟 with its stray space removed); the school's appended 吴楠/64253496/keji@ecust.edu.cn is the reposting page's, not the notice's. 邮寄地址 is no contact field.",
        "1.–5. are the notice's requirements, level 3 without a 一、 above (ids 1–5). Headings end at the first 。/：, or the line end (5.联系方式). The 附件：1. 2. list is not outline. The school's 校内报名截止时间：5月14日 closes the whole call: no item deadline.",
    ]))

write(doc("jscz-2014-youth-science-club-activities-notice.html",
    doc_type="notice", issuer="常州市科学技术协会",
    recipients=["各辖市（区）科协", "教育局（教育文体局、社会事业局）", "各俱乐部"], date="2014-04-03",
    enclosed_title="2014年青少年科技俱乐部活动安排",
    alternatives={"issuer": ["常州市科学技术协会 常州市教育局", "常州市教育局"], "enclosed_title": [None]},
    notes=[
        "Source: a city association's site (kx.jscz.org.cn): the copy holds no headline, only the notice: 主送, three paragraphs, the 附件 line, two issuers on one line (常州市科学技术协会 常州市教育局) and the date. Rebuilt as HTML around the stored text (the page title is the site's).",
        "title: none in the copy (null). issuer: the joint signature's first body, the association whose site it is (the second or both accepted).",
        "recipients: 各辖市(区)科协、教育局(教育文体局、社会事业局),各俱乐部 split on 、 and ， outside brackets: three entries, the bracketed list kept whole.",
        "enclosed_title: the notice 'makes clear' the year's club activities 详见附件 and names the 附件: the arrangement it issues (null accepted). The 意见 in 《》 has no 字号: no references. No numbered items.",
    ]))

write(doc("changzhi-2021-association-work-points-notice.txt",
    doc_type="notice", issuer=fw("長(zhǎng)治市科學(xué)技術(shù)協(xié)會(huì)"),
    recipients=[fw("各縣區(qū)科協(xié)"), fw("高新區(qū)科協(xié)"), fw("市直各學(xué)會(huì)(協(xié)會(huì)、研究會(huì))"),
                fw("各企業(yè)科協(xié)"), fw("高校科協(xié)"), fw("經(jīng)開區(qū)科協(xié)"), fw("機(jī)關(guān)各部室及直屬事業(yè)單位")],
    date="2021-05-24", enclosed_title=fw("長(zhǎng)治市科學(xué)技術(shù)協(xié)會(huì)2021年工作要點(diǎn)"),
    alternatives={"issuer": ["長治市科學技術協會"], "enclosed_title": ["長治市科學技術協會2021年工作要點"]},
    outline=[
        it("1", "一、", 1, fw("強(qiáng)化政治引領(lǐng),實(shí)施凝心聚力服務(wù)工程,在服務(wù)科技工作者上踐行職責(zé)使命")),
        it("1.1", "1.", 3, fw("深學(xué)篤用習(xí)近平新時(shí)代中國(guó)特色社會")),
    ],
    notes=[
        "Source: a spam mirror (nubianyinyang.com) of a city government portal's 科协 计划规划 page (its path keeps …/czskxjsxh/…/jhgh/), in traditional characters with pinyin glosses after many characters: 主送, one 印发 sentence, the association's name and the date, the 工作要点's title line, its preamble, 一、 and 1., cut mid-sentence. The copy has no headline and no 字號.",
        "title: none (null). issuer and enclosed_title as written, glosses kept (gloss-free forms accepted). recipients split on 、 and ， outside brackets: seven entries, 市直各學會(協會、研究會) kept whole even with the gloss brackets nested inside.",
        "1. is level 3 directly under 一、 (no (一)); its heading runs to the copy's end. The plan's items name no responsible body in what the copy holds.",
    ]))

write(doc("wuyouwenku-2021-shuren-town-tech-plan-group.txt",
    doc_type="plan", title="最新2021年乡镇科技工作计划范文（三）",
    alternatives={"title": [None, "2021年乡镇科技工作计划"]},
    leading_group={"name": "树人镇科技工作领导小组", "heads": [m("湛谦", "党委书记")], "deputies": [m("黄晟", "副镇长")],
                   "members": [], "office": None},
    outline=[
        it("1", "一、", 1, "加强领导，组建机构", resp={"responsible_leaders": ["黄晟"]}),
        it("2", "二、", 1, "科技工作内容"),
        it("2.1", "（一）", 2, "科技宣传"),
        it("2.2", "（二）", 2, "技术示范"),
        it("2.2.1", "1、", 3, "白江洞、石岭岗肉牛养殖8500头，花椒120亩，猕猴桃500亩，新修公路1公里，新修便民路5公里"),
        it("2.2.2", "2、", 3, "万寿桥肉兔养殖2万只"),
        it("2.2.3", "3、", 3, "岩口场发展花椒1000亩"),
        it("2.2.4", "4、", 3, "大楼脚硬化公里4公里、三口井硬化公里5公里"),
        it("2.3", "（三）", 2, "产业发展"),
        it("2.3.1", "1、", 3, "粮食生产，计划播种面积52000亩，产量15200吨"),
        it("2.3.2", "2、", 3, "发展果菜，计划面积16200亩，产量3500吨"),
        it("2.3.3", "3、", 3, "花椒计划新发展花椒5000亩，技改2000亩"),
        it("2.3.4", "4、", 3, "土地流转9000亩，其中大户承包5000亩，个体承包4000亩"),
    ],
    notes=[
        "Source: an essay site's preview of a PDF (wuyouwenku.com): size and upload lines, the site's headline, then a township's 2021 科技工作计划 as the PDF's text: lines broken at the page width (树人镇科 / 技工作领导小组, 石岭 / 岗), spaces around numbers (8500 亩), a stray mark inside a word (结〃合); 一、二、 with (一)(二)(三), the numbered points 1、–4、 run into the paragraphs; cut inside (三)4、.",
        "title: the site's headline with its spaces removed (the plan has no title line of its own; null accepted). No issuer, no date (the 发布 date is the upload's).",
        "leading_group: 经研究成立树人镇科技工作领导小组 in 一、's prose, joined across the line break: 组长 湛谦 (党委书记), 副组长 黄晟 (副镇长); the members are offices' heads without names (经法办、党政办…单位负责人为成员): no member entries. No office.",
        "一、 also says 黄晟为科技分管领导: 分管领导 is the spec's responsible_leaders label, given in the item's prose → responsible_leaders 黄晟. 熊朝枢为科技站站长 and the village roles assign posts, not work. (一)'s 镇政府决定…宣传 names an actor without 由/负责/牵头: none (gdygsk precedent).",
        "The points 1、–4、 inside (二) and (三) run on in the paragraph (…示范片：1、… 2、…): separate level-3 items as the spec asks. (二)1.'s end is '5 公里.2、': the half-width full stop after 公里 ends the heading. (三)3.'s heading runs to 4、 (…技改 2000 亩，4、), its trailing comma dropped. Spaces around numbers are removed.",
    ]))

write(doc("qinghai-2023-popsci-explainer-contest-notice.html",
    doc_type="notice", recipients=["各有关单位"], date="2023-04-14",
    alternatives={"issuer": ["青海省科学技术厅", "省科技厅"], "date": [None]},
    outline=[
        it("1", "一、", 1, "大赛主题"),
        it("2", "二、", 1, "活动组织", resp=lu("青海省科学技术信息研究所", "青海省气象学会", "青海省科学技术馆")),
        it("3", "三、", 1, "赛事安排"),
        it("3.1", "（一）", 2, "预赛", resp=lu("各推荐单位"), deadline="2023-04-24"),
        it("3.2", "（二）", 2, "复赛", time_hint="5月上旬"),
        it("3.3", "（三）", 2, "决赛", time_hint="5月底"),
        it("4", "四、", 1, "有关要求"),
        it("4.1", "（一）", 2, "参赛名额"),
        it("4.1.1", "1.", 3, "市（州）科技行政主管部门和省直相关单位各推荐5名选手参赛"),
        it("4.1.2", "2.", 3, "各代表队安排领队1名，观摩人员2名，领队负责与大赛会务组对接并保障本地区或本系统参赛选手的组织、协调、安全等工作"),
        it("4.2", "（二）", 2, "参赛要求"),
        it("4.2.1", "1.", 3, "参赛选手为科普工作者、专职及兼职科普讲解人员、科学传播爱好者（职业不限、年龄16周岁以上）等，鼓励广大科技人员参赛"),
    ],
    notes=[
        "Source: a provincial government site's page (hdgyy.qinghai.gov.cn) reposting the provincial science department's contest notice: a 发布时间/来源 line, then 主送, the preamble, 一、–四、 with (一)(二)(三) and 1./2.; no headline was stored and the copy stops inside 四、(二)1. Rebuilt as HTML around the stored text (the page title is the 来源's).",
        "title: none in the copy (null). issuer: no header, no signature; the preamble's 省科技厅 and the 来源 name the department (accepted; null given). date: no dateline survives, the page's 发布时间 (null accepted).",
        "二、: 承办单位 is the spec's 承办 label → lead_units; 主办单位 is no label (yhwg8 precedent).",
        "(一)预赛: 预赛时间：2023年4月24日之前 is the item's deadline (2023-04-24), and 预赛组织：由各推荐单位（…）自行组织 gives the work in prose → lead_units 各推荐单位 (the bracket only explains who they are). (二)/(三)'s 暂定于5月上旬/5月底 are soft cues: time_hint; their 由大赛主办方组织举办 names the issuer itself by role: no responsibility. 四、(一)2.'s 领队负责… gives a person's duty, not a body's.",
        "Headings end at the first 。/；/： or the line end; the document in 《》 has no 字号.",
    ]))

write(doc("hbkx-2020-xishui-workers-day-plenary-news.html",
    doc_type="news", date="2020-05-27",
    alternatives={"date": [None], "issuer": ["浠水县科协"]},
    outline=[
        it("1", "一是", 5, "充分发挥桥梁和纽带作用，不断开创科协工作新局面"),
        it("2", "二是", 5, "创新科普方式，充分发挥广大科技工作者科普主力军的作用，勉励广大科技工作者继续干在实处、走在前列、勇立潮头，坚决夺取疫情防控和实现经济社会发展目标双胜利"),
    ],
    notes=[
        "Source: a provincial association's site (hbkx.org.cn) page of a county association's plenary and 科技工作者日 meeting: the stored text is the report's five paragraphs and the site's English copyright line — no headline, no date line. Rebuilt as HTML around the stored text (the page title is the site's name).",
        "title: none (null). date: only the report's 5月27日, its year from the text (对2020年的工作): 2020-05-27 (null accepted).",
        "一是/二是 are the speaker's two demands inline: level 5; 一是's heading ends at its ；, 二是's at the paragraph's 。. The report in 《》 has no 字号; 表彰/通报 of advanced collectives are reported, not listed.",
    ]))

write(doc("sykx-2012-xinning-association-forum-news.html",
    doc_type="news", title="新宁县召开科协工作座谈会", date="2012-04-23",
    alternatives={"date": [None]},
    outline=[
        it("1", "一是", 5, "要强化大局意识，围绕服务发展这一中心，充分发挥广大科技工作者在推进后发赶超中的先行军作用"),
        it("2", "二是", 5, "要强化责任意识，围绕提高全民科学素质这一基本，充分发挥科协组织在科普工作中的主力军作用"),
        it("3", "三是", 5, "要强化能力意识，围绕增强科协组织活力这一目标，充分发挥科协在创新创业和凝聚科技人才方面的生力军作用"),
    ],
    notes=[
        "Source: a city association's site (sykx.gov.cn) page of a county meeting report: the headline, three paragraphs ending with the writer in brackets, then the site's 最新推荐 list of 2025 headlines with their dates. Rebuilt as HTML around the stored text.",
        "date: no page date was stored; the report's 4月23日 with the year from the text (2012年科协工作座谈会): 2012-04-23 (null accepted). The 最新推荐 dates (2025/04) are other pages'.",
        "一是…三是 are the speaker's three demands inline: level 5, each heading to its ；/。.",
    ]))
