"""Hand-made reference parses for the thirty-sixth held-out set (tools/held_out_36.txt): twelve public pages found with the
search tool for what county and district bodies (县/区/县级市 科协, 科技局 and government offices of Shaanxi, Inner Mongolia,
Yunnan, Anhui, Zhejiang, Chongqing, Shanghai and a Hainan county, with a Jiangsu and a Hubei city association writing to their
counties) issue and report: eight notices (a district government's 命名 notice under its metadata block, a district association's
申报 notice with its 字号 in the headline, a glossed traditional copy of a county government's 印发 notice whose 实施方案 follows,
a county's 基层科普行动计划 call with redacted 字号 stored as docx, a district 科技局's 科普基地 call in traditional characters as
docx, a district association's 公布 notice with its 字号 as docx, a city association's 表彰 notice to its counties as pdf, a glossed
city association's 备选 call to its counties as pdf), one plan (a township association's work plan without title, (一) and 1、
items), and three news pages (a county association's 通报表扬 report, two county associations' 科普日 reports on a caravan site,
one citing a 字号). Each block was written by reading the document against parse-format.md; the reader was not run on any of
them. Writes ../gold/<stem>.json."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_gold import doc, it  # noqa: E402  (importing make_gold rewrites the first corpus's gold: the same files)
from make_gold_held_out_2 import write, fw, head  # noqa: E402  (marks the gold found; rewrites the second set's: the same files)


write(doc("shiquan-2018-county-association-commended-news.txt",
    doc_type="news", title="县科协受中省市科协通报表扬", date="2018-12-26",
    notes=[
        "Source: a county government portal (shiquan.gov.cn) news page: the path 首页> 石泉要闻> 聚焦石泉>正文详情, the headline, a 时间/作者/源自 line (2018-12-26 14:40, 王美荣, 县科协), three paragraphs. Stored as txt.",
        "date: the page's 时间 2018-12-26 (the commendations are dated only 近日; the event 2018年9月下旬 has no day). issuer null: a report about the county association being commended (源自:县科协 names who supplied it).",
        "The 通报 of 中国科协办公厅 and the provinces are cited without 字号; the 纲要 is cited in 《》 without one: no references. No numbered items.",
    ]))

write(doc("kpfwpt-2023-horqin-science-day-caravan-news.txt",
    doc_type="news", title="内蒙古科尔沁区科协开展“全国科普日”科普大篷车进乡村宣传活动", date="2023-09-28",
    alternatives={"date": ["2023-08-24"]},
    notes=[
        "Source: a national science-caravan service platform (kpfwpt.cdstm.cn) 工作动态 page: the path, the headline, the posting time with the caravan's type (2023-09-28 10:30:38 车型:Ⅱ型大篷车), three paragraphs, 关闭. Stored as txt.",
        "date: the page's posting day 2023-09-28 (the event's 8月24日 with the year from the text accepted). issuer null (a district association's report on its own activity; no 供稿 line).",
        "No numbered items, no document numbers.",
    ]))

write(doc("kpfwpt-2023-xinping-science-day-display-news.txt",
    doc_type="news", title="云南省新平县科协开展2023年全国科普日集中展示活动", date="2023-10-16",
    references=["玉科协联发〔2023〕5号"],
    alternatives={"date": ["2023-09-18"]},
    notes=[
        "Source: the same caravan platform (kpfwpt.cdstm.cn): the platform's menu lines (展品管理系统, 微信小程序), the path, the headline, a line with the posting time, the 供稿 body (新平彝族傣族自治县科学技术协会) and the caravan's type, 分享到:, three paragraphs. Stored as txt.",
        "date: the posting time 2023-10-16 (the event's 9月18日 accepted). issuer null: the 供稿 line names who sent the report, not an issuer (as the 江津区科协 供稿 precedent).",
        "references: the city notice cited with its 字号 (玉科协联发〔2023〕5号), a basis of the activity (根据…文件要求), not a 转发: enclosed_title null.",
        "新平县各乡镇(街道)、全民科学素质工作领导小组成员单位 are prose; no numbered items, no leading_group (the 领导小组 is only named).",
    ]))

write(doc("mashsq-2008-huashan-popsci-demo-units-naming-notice.txt",
    doc_type="notice", issuer=fw("花山区政府(政府办公室)"), title="关于命名花山区第三批科普示范单位的通知",
    recipients=["各街道", "区直各部门", "各创建单位"], date="2008-12-29",
    alternatives={"issuer": [None, "花山区政府"]},
    notes=[
        "Source: a district government's disclosure page (mashsq.gov.cn): the metadata block twice (索引号, 信息分类, 发布机构 花山区政府(政府办公室), 文号 无编号, 成文日期 2008-12-29, 名称, 关键词), the headline, a 字体大小/浏览次数/信息来源/发布时间 line, 主送, three paragraphs; cut inside the third, before the signature. Stored as txt.",
        "issuer: no signature survives; the metadata's 发布机构 花山区政府(政府办公室) names the issuing office (null and 花山区政府 accepted). doc_number null: the metadata says 无编号. date: the metadata's 成文日期 2008-12-29 (the posting day agrees).",
        "The year-month 20076月 (2007年6月 with its characters lost) is the campaign's start, no date of the document. The 实施意见 is cited in 《》 without 字号: no references. A naming decision in notice form: no numbered items (the named communities are prose).",
    ]))

S = "nbyzkpw-2016-7-yinzhou-rural-popsci-bases-notice.txt"
write(doc(S,
    doc_type="notice", doc_number="鄞科协〔2016〕7号",
    title="关于组织开展“2016-2020年度鄞州区农村科普示范基地”申报工作的通知",
    recipients=[fw("各镇(乡)"), "街道科协"], date="2016-04-11",
    alternatives={"issuer": ["鄞州区科协", "鄞州区科学技术协会"], "date": [None],
                  "recipients": [[fw("各镇(乡)、街道科协")]],
                  "title": [fw("关于组织开展“2016-2020年度鄞州区农村科普示范基地”申报工作的通知(鄞科协〔2016〕7号)")]},
    outline=[
        it("1", "一、", 1, "申报范围"),
        it("2", "二、", 1, "申报条件"),
        it("2.1", "（一）", 2, "基地主导产业科技含量高、技术新，重点推广和发展现代农业新技术，推广绿色生态新理念"),
        it("2.2", "（二）", 2, "基地示范带动作用强，规模较大（如种植面积不少于50亩），辐射范围广"),
        it("2.3", "（三）", 2, "科普工作机构健全"),
        it("2.4", "（四）", 2, "具有开展科普活动的固定场所"),
        it("3", "三、", 1, "申报程序及材料要求", deadline="2016-07-15"),
    ],
    notes=[
        "Source: a district association's popular-science site (nbyzkpw.org.cn): the headline with the 字号 in brackets at its end, a 发布时间/浏览量 line, 主送, the opening, 一、–三、 with (一)–(四) under 二、; cut after 三、's paragraph, before 四、 and the signature. Stored as txt.",
        "doc_number from the headline's brackets; title the headline without them (with them accepted). issuer: no signature survives; the text says only 区科协 (null; the district association accepted). date: the page's 发布时间 2016-04-11 (null accepted).",
        "recipients: 各镇(乡)、街道科协 split on 、 outside the bracket (two entries; whole accepted: the 科协 belongs to both).",
        "三、 states 于2016年7月15日前报区科协 inside the item: its deadline. 由所在镇(乡)、街道科协组织申报 says who files, i.e. the applicants' channel, not a task the notice assigns to a unit of its own: no responsibility (as 报送至…办公室 in earlier sets).",
    ]))

write(doc("010zaixian-town-association-work-plan.txt",
    doc_type="plan",
    outline=[
        it("1", "（一）", 2, "加强科普设施建设，促使科普工作上台阶"),
        it("1.1", "1、", 3, "继续抓好村级科普“一站、一栏、一员”建设"),
        it("1.2", "2、", 3, "建立农民科技培训中心"),
        it("2", "（二）", 2, "重视农民实用技术培训，加强教学基地建设"),
        it("3", "（三）", 2, "积极筹备认真组织，做好20xx年科技活动周和全国科普日工作"),
        it("3.1", "1、", 3, "广泛发动社会力量，积极投身科技活动周和全国科普日活动中，营造科普宣传的社会氛围"),
        it("3.2", "2、", 3, "在科技活动周期间，积极与县农业局、县蚕茶果站烟技站联系，利用科技三下乡对全镇的种植、养殖户进行科普宣传和科普教育"),
    ],
    notes=[
        "Source: a model-text site (010zaixian.com) page holding a township's 科技、科协 work plan for next year: the opening (20xx年…总的指导思想是…我们计划明年主要抓下面几项工作:), (一)–(三) with 1、2、 under (一) and (三), the site's 本文来源 line. No title, issuer or date survive (the year is 20xx). Stored as txt.",
        "doc_type plan (计划明年主要抓…). (一)–(三) are level 2 with no 一、 above them: ids 1–3 (as orphan items in earlier sets); 1、2、 level 3 under them. Headings to the first 。 or ；.",
        "(三)2、 says the township will liaise with 县农业局 and 县蚕茶果站烟技站 (积极与…联系): partners of its own task, not units the plan assigns: no responsibility. (二)'s 全年计划举办… is the item's content, not a time cue worth a time_hint; no deadlines.",
    ]))

B = "hqbet6098-2022-baishui-literacy-plan-issuing-notice.html"
write(doc(B,
    doc_type="notice", issuer="白水縣人民政府",
    title=fw("關于印發貫徹《全民科學素質行動規劃綱要(2021-2035年)》實施方案的通知"),
    recipients=["各鎮人民政府", "城關街道辦事處", "縣政府各工作部門", "直屬機構"], date="2022-09-01",
    enclosed_title=fw("白水縣貫徹《全民科學素質行動規劃綱要(2021-2035年)》實施方案"),
    alternatives={"issuer": [fw("白水縣(xiàn)人民政府")],
                  "title": [fw("關(guān)于印發(fā)貫徹《全民科學(xué)素質(zhì)行動(dòng)規(guī)劃綱要(2021-2035年)》實(shí)施方案的通知")],
                  "recipients": [[fw("各鎮(zhèn)人民政府"), fw("城關(guān)街道辦事處"), fw("縣政府各工作部門(mén)"),
                                  fw("直屬機(jī)構(gòu)")]],
                  "enclosed_title": [fw("白水縣貫徹全民科學素質行動規劃綱要(2021—2035年)實施方案"),
                                     fw("白水縣貫徹《全民科學(xué)素質(zhì)行動(dòng)規(guī)劃綱要(2021-2035年)》實(shí)施方案")],
                  "date": ["2022-09-09"]},
    outline=[
        it("1", "一、", 1, head(B, "一、")),
    ],
    notes=[
        "Source: a spam site's copy (hqbet6098.com) of a county government's disclosure page in traditional characters with pinyin glosses on many characters (質(zhì), 規(guī)): stray <small>/<pre>/<td> tags and list numbers left by the spam template, the path, the headline, a 來源/發布時間 line (白水縣人民政府, 2022-09-09 16:54), 主送, one sentence issuing the plan, the signature, the date, the plan's own title, its preamble and 一、; cut inside 一、. Stored as html because the copy keeps markup.",
        "Header fields give the document's words without the glosses (glossed forms, full-width, accepted), as the 12366sw precedent; the recipients' 縣政府各工作部門 has a gloss (門(mén)) dropped the same way.",
        "date: the signature's 2022年9月1日 (成文日期), not the posting day 2022-09-09 (accepted). doc_type notice: a 印发 notice wrapping the plan. enclosed_title: the plan's own title line after the date (the form cited in the issuing sentence, without 《》 and with an en dash, accepted).",
        "The 陕西省 and 渭南市 plans are cited in 《》 without 字号: no references. The one item 一、主要目標 keeps its gloss as the copy prints it (head of the copy, as earlier glossed mirrors).",
    ]))

write(doc("jszhaobiao-hainan-county-grassroots-popsci-projects-notice.docx",
    doc_type="notice", recipients=["各有关单位", "机构"],
    references=[fw("琼科协〔(略)〕(略)号"), "琼财教规〔（略）〕5号"],
    alternatives={"references": [[]], "recipients": [["各有关单位、机构"]]},
    outline=[
        it("1", "一、", 1, "申报项目类别"),
        it("1.1", "（一）", 2, "科普教育基地"),
        it("1.1.1", "1.", 3, "设有用于科学技术教育、宣传与展示的固定场所，拥有主题内容明确、形式多样的科普展教资源"),
        it("1.1.2", "2.", 3, "配备稳定的专（兼）职科普工作管理人员和科普讲解员队伍"),
        it("1.1.3", "3.", 3, "实施对外开放"),
        it("1.1.4", "4.", 3, "重视科普工作"),
        it("1.2", "（二）", 2, "科普示范学校"),
        it("1.2.1", "1.", 3, "有明确的科普教育工作规划和任务目标"),
        it("1.2.2", "2.", 3, "具有开展科普活动的固定场所和科普设备，定期宣传更新科普内容"),
        it("1.2.3", "3.", 3, "建设有科学活动室或科普图书室，配置相关科普器材及资源包等设施，科普图书存量不少于（略）册"),
        it("1.2.4", "4.", 3, "科普活动"),
        it("1.3", "（三）", 2, "科技小院"),
        it("1.3.1", "1.", 3, "依托单位需建立相关的"),
    ],
    notes=[
        "Source: a tender-information site's copy (bid.jszhaobiao.com) of a Hainan county's call for 基层科普行动计划 projects, with numbers and names redacted as (略) by the site. Stored as docx: the document body only, as the copy gives it (it begins at 主送, no title or 字号 survived), to the cut inside (三)1.; the site's chrome was left out.",
        "No title, issuer, date or signature survive: all null (现在全县范围内 names no body).",
        "references: the two provincial rules are cited with 字号 whose year and number the site redacted (琼科协〔(略)〕(略)号, 琼财教规〔(略)〕5号), kept as written with full-width brackets (no references accepted: neither is a complete number).",
        "Items: 一、 with (一)–(三); 申报范围:/申报条件: are labels, not items; the 1.–4. under 申报条件 are level 3 under their (X). The stray line 构。 under (三) is the site's damage, not an item. Heading of 4.科普活动 ends at its colon. No responsibility, no deadlines (the 5次 and (略)天 are conditions).",
    ]))

write(doc("wq0csk-2022-hechuan-popsci-bases-recognition-notice.docx",
    doc_type="notice", issuer="重慶市合川區科學技術局",
    title="重慶市合川區科學技術局關于開展合川區科普基地認定工作的通知",
    recipients=["各有關單位"],
    alternatives={"title": ["關于開展合川區科普基地認定工作的通知"]},
    outline=[
        it("1", "一、", 1, "申報范圍"),
        it("2", "二、", 1, "認定標準"),
        it("2.1", "（一）", 2, "在本區行政區域內登記或注冊的法人單位，或受法人單位正式委托，能獨立開展科普活動的單位"),
        it("2.2", "（二）", 2, "在全區同行業中具有先進的科普展示水平、科學技術知識傳播能力、科普創作能力、展品研發能力，并具有較強示范、帶動和輻射作用"),
        it("2.3", "（三）", 2, "有具體的工作部門和完善的管理制度，有年度科普工作計劃和中長期科普工作規劃"),
        it("2.4", "（四）", 2, "具有穩定的經費來源，科普經費列入單位年度預算，能保證科普工作的正常開展"),
        it("2.5", "（五）", 2, "具備與開展科普工作相匹配的資源、設施、場所等條件"),
        it("2.6", "（六）", 2, "專職科普工作者不少于3名"),
        it("2.7", "（七）", 2, "具備一定的開展對外科普合作與交流能力"),
        it("2.8", "（八）", 2, "近2年累計組織開展2次及以上科普活動"),
        it("3", "三、", 1, "申報材料"),
        it("3.1", "1.", 3, "合川區科普基地申報函"),
        it("3.2", "2.", 3, "合川區科普基地申報表（包括申報單位詳細介紹，科普基礎設施設備情況，科普人員隊伍情況，近年來科普工作開展情況，科普工作管理制度和科普工作年度計劃等）"),
    ],
    notes=[
        "Source: a spam site's copy (wq0csk.cn, section 重慶區縣政策文件) in traditional characters of a district science bureau's call (page date 2022-06-24). Stored as docx: the document body only, from the issuer line and the title line to the cut after 三、2. (the rest of 三、 and the signature were not in the copy); the site's title line with 合川區 | and its 作者/發布時間/瀏覽量 line were left out.",
        "title: the issuer line and the title line are the document's two-line title, joined (as the yongchuan precedent; the 關于 line alone accepted). issuer from the issuer line. No signature, no date in the body: date null.",
        "The stray ? after 如下: is the copy's (a lost non-breaking space), kept. The Chongqing 辦法 is cited without 字号: no references.",
        "Items: 一、–三、, (一)–(八) under 二、 at level 2, 1.–2. under 三、 at level 3 (no (X) between: ids 3.1, 3.2). Headings to the first ；/。 or line end.",
    ]))

write(doc("shqp-2018-10-qingpu-popsci-creation-results-notice.docx",
    doc_type="notice", issuer="青浦区科学技术协会", doc_number="青科协〔2018〕10号",
    title="关于公布2018年青浦区科普创建结果的通知",
    recipients=[fw("各镇(街道)"), "有关单位"], date="2018-05-16",
    references=["青科协〔2018〕8号"],
    notes=[
        "Source: a district government's disclosure page (shqp.gov.cn): a metadata block (索引号, 主动公开, 青科协〔2018〕10号, 无, 青浦区科学技术委员会, 2018.05.25), 主送, three paragraphs, 特此通知, 附件, the signature, the date, then the attachment's table. Stored as docx: the document body only — the title (the page's 名称, set above the body), the 字号, 主送 to the signature and date; the metadata lines and the attachment's table were left out.",
        "issuer: the signature 青浦区科学技术协会 (the metadata's 青浦区科学技术委员会 is the publishing body). date: the signature's 2018年5月16日, not the posting day 2018.05.25.",
        "references: the earlier notice cited with its 字号 (青科协〔2018〕8号). The 规划 and 实施方案 are cited in 《》 without 字号. A naming decision in notice form: no numbered items (附件 is not outline).",
    ]))

write(doc("xzkx-2013-xuzhou-community-popsci-commendation-notice.pdf",
    doc_type="notice", issuer="徐州市科学技术协会",
    recipients=[fw("各县(市)"), "区科协", "各有关单位"], date="2013-10-28",
    alternatives={"doc_type": ["other"], "recipients": [[fw("各县(市)、区科协"), "各有关单位"]]},
    notes=[
        "Source: a city association's site (xzkx.com) page of its 表彰 decision to county and district associations: 主送, four paragraphs, the 附件 line, the signature, the date, then the attachment's list. Stored as pdf (made to docx, then pdf): the document body from 主送 to the date (no title or 字号 was in the copy); the attachment's list was left out.",
        "doc_type notice: a commendation issued to 各县(市)、区科协 (表彰…为…; other accepted, as 通报-like decisions in earlier sets). title null.",
        "recipients: 各县(市)、区科协 split on 、 outside the bracket (as 各省辖市、济源示范区科协 in set 27; unsplit accepted).",
        "No numbered items (the counts of units are prose), no document numbers. The 附件 line names a list, not an item.",
    ]))

write(doc("xgnzh-2012-city-grassroots-popsci-candidates-notice.pdf",
    doc_type="notice", title="關于報送2013年《基層科普行動計劃》《科普助力新農村計劃》（備選）項目單位入庫的通知",
    recipients=["各縣市區科協"],
    alternatives={"title": [fw("關(guān)于報(bào)送2013年《基層科普行動(dòng)計(jì)劃》《科普助力新農(nóng)村計(jì)劃》(備選)項(xiàng)目單位入庫(kù)的通知")],
                  "recipients": [[fw("各縣市區(qū)科協(xié)")]], "issuer": ["市科協"]},
    outline=[
        it("1", "一、", 1, "各縣市區（qū）科協（xié）準（zhǔn）備申報（bào）2013年“基層科普行動（dòng）計（jì）劃”和“科普助力新農（nóng）村行動（dòng）計（jì）劃”的農（nóng）村專業（yè）技術（shù）協（xié）會（huì）、科普示范基地單位（項（xiàng）目）范圍、標（biāo）準（zhǔn）和條件見（jiàn）附件"),
        it("2", "二、", 1, "在推薦候選單位（項（xiàng）目）過（guò）程中要注重向新農（nóng）村建設（shè）示范村傾斜，向基礎（chǔ）建設（shè）上規（guī）章制度建全、有特色、能規（guī）范化經（jīng）營（yíng）、在帶動（dòng）農（nóng）民科技"),
    ],
    notes=[
        "Source: a spam site's copy (xgnzh.com, column 科協動態) in traditional characters with pinyin glosses of a Hubei city association's call to its county associations (page date 2012-11-07; the city is not named in the copy). Stored as pdf (made to docx, then pdf): the title and the body from 主送 to the cut inside 二、; the site's banner, path and 被閱讀/日期 line were left out.",
        "Header fields without glosses (glossed accepted), as the 12366sw precedent. issuer: no signature; the text names only 市科協 (null; 市科協 accepted). date null: the page date is not in the body.",
        "Items 一、 and 二、 at level 1, headings as the copy prints them (glosses kept, brackets full-width; the stray space before 和 removed as a repair). 一、 refers to 附件 for standards: no deadline. No 字号 cited.",
    ]))
