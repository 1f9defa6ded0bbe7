"""Hand-made reference parses for the twenty-ninth held-out set (tools/held_out_29.txt): twelve public pages found with the
search tool for an ordinary week's inflow of a city or county 科协 office, from places and bodies earlier sets used little
(Jiangsu, Guangdong, Fujian, Shanghai, Beijing and Tianjin city and county associations and bureaus, a Beijing 研究会, a
高校科协 meeting, a 企业科协, with a Hunan district's summary): seven notices, 公示, regulations and summaries (a city
association's notice with its 字号 and dated steps, a county-level city association's 公示 of funded projects, a city bureau's
转发 of a provincial association's notice with its contact in brackets after the date, a city association's call for
comments without headline, a city association's 公示 whose dates lost 月 and 日, a Beijing 研究会's 章程 under its path, a
district association's 工作总结 whose 1 lost its 、) and five news pages (a city association's page under its banner and
footer, a city association's year-end meeting with image names, an electric company's 企业科协 item without date, a
高校科协 meeting with 一是…五是 and no headline, a digest page of two items). Each block was written by reading the document
against parse-format.md; the reader was not run on any of them. Writes ../gold/<stem>.json."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_gold import doc, it  # noqa: E402  (importing make_gold rewrites the first corpus's gold: the same files)
from make_gold_held_out_2 import write, fw, head  # noqa: E402  (marks the gold found; rewrites the second set's: the same files)


write(doc("kxyancheng-2017-52-haizhi-workstations-application-notice.txt",
    doc_type="notice", issuer="盐城市科学技术协会", doc_number="盐科协〔2017〕52号",
    recipients=[fw("各县(市、区)科协"), "盐城经济技术开发区", "城南新区科协"], date="2017-10-24",
    contact={"name": "马春阳", "phone": "86662424", "email": "yckxzxb@126.com"},
    references=["盐科协〔2015〕22号"],
    alternatives={"recipients": [[fw("各县(市、区)科协"), "盐城经济技术开发区、城南新区科协"]]},
    outline=[
        it("1", "一、", 1, "申报对象"),
        it("2", "二、", 1, "申报时间和程序"),
        it("2.1", "1、", 3, fw("11月22日前,申报对象向所在地科协提出申请,报送《盐城海智工作站申报表》及其附件材料"),
           deadline="2017-11-22"),
        it("2.2", "2、", 3, fw("11月28日前,所在地科协对申报材料进行初步审核、实地调研后,提出初步意见,完善相关材料"),
           deadline="2017-11-28"),
        it("2.3", "3、", 3, fw("11月30日前,所在地科协报送《盐城海智工作站申报表》及其附件材料纸质版(2份)和电子版"),
           deadline="2017-11-30"),
        it("3", "三、", 1, "有关要求"),
        it("3.1", "1、", 3, fw("各地科协要高度重视,积极发动,认真组织遴选符合条件的单位申报")),
        it("3.2", "2、", 3, fw("各申报单位要充分用好2017中国(昆山)国际创新创业大会提供的海智创新资源,主动做好人才和项目对接工作,力争取得实效")),
        it("3.3", "3、", 3, fw("各地在工作中有什么好的做法和建议,及时报送市科协")),
    ],
    notes=[
        "Source: a city association's own site (kx.yancheng.gov.cn) page of its notice: the 字号 line first (no headline or title line stored), 主送, the preamble citing a 管理办法 with its 字号, 一、–三、 with 1、–3、 under 二、 and 三、, the 盐城海智办 contact on one line, signature and date. Stored as txt.",
        "title null: the copy has no title line and no headline (the preamble's 现就推荐申报…有关事项通知如下 is no title). issuer from the signature; date the signature's 2017年10月24日.",
        "recipients split on ， and 、 outside brackets: 盐城经济技术开发区、城南新区科协 gives two entries (the shared 科协 read as belonging to both; unsplit accepted); 各县(市、区)科协 stays whole.",
        "references: the 管理办法's 盐科协〔2015〕22号 (the 实施方案 cited has no 字号). Nothing is forwarded or issued: enclosed_title null.",
        "二、's 1、–3、 each open with their own day (11月22日前 …): item deadlines, in the document's year 2017. 所在地科协 is a generic body that acts in a step, not a named unit assigned to it: no responsibility (as the set-23 precedent of bodies that 受理审查).",
        "contact: the label 盐城海智办联系人 names the office before 联系人; the person 马春阳, 联系电话 and 电子邮箱 as written (the closing 。 after the e-mail is no part of it).",
    ]))

write(doc("kxjiangyin-2025-innovation-service-projects-publicity.txt",
    doc_type="other", issuer="江阴市科学技术协会", date="2025-09-12",
    recipients=[fw("各镇(街道)科协"), "高新区科协", "临港开发区科协", fw("各市级学会(协会、研究会)"), "各企事业单位科协"],
    contact={"name": None, "phone": "86861547", "email": None},
    alternatives={"doc_type": ["notice"], "contact.name": ["市科协学会工作部、国际交流部"]},
    notes=[
        "Source: a county-level city association's own site (kx.jiangyin.gov.cn) 公示 page as the search stored it: no headline, 主送, two paragraphs, the attachment's file name, signature, date and a stray | from the page's layout. Stored as txt.",
        "doc_type other: a 公示 of projects to be funded (as the corpus's other 公示; notice accepted). title null (no headline stored). issuer and date from the signature (2025年9月12日, also the first day of the 公示期).",
        "recipients split on ， outside brackets: 各镇(街道)科协 and 各市级学会(协会、研究会) stay whole.",
        "contact: the objection line names two of the association's departments and a phone in brackets (电话86861547): phone as written; departments are no person: name null (the departments accepted, as ezskx's 联系单位). 公示时间 is a period, not a deadline; the five project kinds are prose, not items.",
    ]))

write(doc("kjjgz-2023-guangzhou-popsci-bases-assessment-forward-notice.txt",
    doc_type="notice", issuer="广州市科学技术局",
    title="广州市科学技术局转发关于开展2022年度广东省科普教育基地考核工作的通知",
    recipients=["各有关单位"], date="2023-02-11",
    contact={"name": "王春艳、袁耀飞", "phone": "83124156、83124180", "email": None},
    references=["粤科协普〔2023〕2号"],
    enclosed_title="关于开展2022年度广东省科普教育基地考核工作的通知",
    alternatives={"contact.name": ["王春艳"], "contact.phone": ["83124156"]},
    notes=[
        "Source: a city science bureau's portal (kjj.gz.gov.cn) page: the title, 主送, one paragraph forwarding a provincial association's notice, 特此通知, the attachment's file name, signature, date, then the contact in brackets below the date. Stored as txt.",
        "enclosed_title: the forwarded 通知 as the body cites it in 《》 (广东省科学技术协会 before it is its issuer, outside the 《》); references: its 字号 粤科协普〔2023〕2号.",
        "The 2023年2月20日前 submission date closes the whole notice (no numbered items): no deadline anywhere in the outline, which is empty.",
        "contact: the bracketed line after the date, two names and two phones with 、 as written (the first of each accepted).",
    ]))

write(doc("szsta-2024-shenzhen-annual-review-negative-list-consultation-notice.txt",
    doc_type="notice", issuer="深圳市科学技术协会", date="2024-04-28",
    contact={"name": "叶老师", "phone": "0755-23914304", "email": None},
    alternatives={"doc_type": ["other"], "contact.email": ["kxxhb@shenzhen.gov.cn"]},
    notes=[
        "Source: a city association's own site (szsta.org) 通知公告 page as the search stored it: no headline, two paragraphs (a 负面清单 drafted, comments invited by 2024年5月14日18:00), 联系人 with name and phone on one line, signature, date, then the attachment line. Stored as txt.",
        "doc_type notice: a call for comments addressed to the public (征求意见; other accepted). title null (no headline in the copy); no 主送 (面向社会): recipients empty. issuer and date from the signature.",
        "contact: 叶老师 and the phone after it as written. The mailbox kxxhb@shenzhen.gov.cn is where comments are sent (市科协学会学术部邮箱), not the contact's line: email null (accepted as the contact's e-mail, as an earlier precedent).",
        "The 负面清单(征求意见稿) is drafted, not issued with this notice, and carries no 字号: enclosed_title null, no references. The closing date belongs to the whole notice: no items.",
    ]))

write(doc("fzkx-2022-fuzhou-scientist-spirit-bases-publicity.txt",
    doc_type="other", issuer="福州市科协",
    title="福州市科协关于首批福州市“科学家精神教育基地”入选名单的公示", date="2022-05-20",
    contact={"name": None, "phone": "0591-83333743", "email": None},
    references=["榕科协综〔2022〕13号"],
    alternatives={"doc_type": ["notice"], "contact.name": ["科协组联部"]},
    notes=[
        "Source: a city association's history site (an IP address, 百年英华 column) page: path, the column name, the headline, a 发表时间/编辑 line, the 公示's own title on two lines (…教育基地” / 入选名单的公示), one paragraph, 受理电话 and address, the signature and date far indented, then the list as a table one cell a line. Stored as txt.",
        "title: the headline, which the document's two title lines repeat (joined). issuer: the signature 福州市科协. date: the signature's 2022520 (its 年 kept, 月 and 日 lost, as in 公示期为2022年520日至524日) read 2022-05-20; the page's 发表时间 2022-05-20 agrees.",
        "references: the joint notice's 字号 榕科协综〔2022〕13号. contact: 受理电话 with no person: name null (科协组联部, where objections go, accepted).",
        "The list after the signature (序号 1–8, 基地名称, 申报单位, one cell a line) has numbers without marks: table rows after the document, not outline.",
    ]))

B = "bjiids-beijing-innovation-strategy-society-charter-regulation.txt"
write(doc(B,
    doc_type="regulation", title="北京市创新与发展战略研究会章程",
    alternatives={"issuer": ["北京市创新与发展战略研究会"]},
    outline=[
        it("1", "第一章", 1, "总则"),
        it("1.1", "第一条", 2, "本会的名称是"),
        it("1.2", "第二条", 2, "本会依照《社会团体登记管理条例》的规定，由中国科学院大学等科研机构和一批知名专家、学者自愿联合发起成立，是经北京市社团登记管理机关核准登记的非营利性社会团体法人"),
        it("1.3", "第三条", 2, "本会的宗旨是"),
        it("1.4", "第四条", 2, "本会坚持中国共产党的全面领导，根据中国共产党章程的规定，设立中国共产党的组织，开展党的活动，为党组织的活动提供必要条件"),
        it("1.5", "第五条", 2, "本会的业务主管单位是北京市民政局，登记管理机关是北京市民政局，党建工作机构是北京市行业协会商会综合委员会"),
        it("1.6", "第六条", 2, "本会会员分布和活动地域"),
    ],
    notes=[
        "Source: a Beijing 研究会's own site (bjiids.cn): the path 首页 >> 关于我们 >>信息公开 >>章程 >> with the title, 详细内容, the 章程's title, 第一章 总则, 第一条–第六条 each followed by two spaces, paragraphs of 第三条, 第五条 and 第六条 without numbers; cut inside 第六条's second paragraph. Stored as txt.",
        "doc_type regulation: a 章程 (the spec's 办法/规定/细则/制度 family; as the corpus's other 章程). issuer null: no issuer line or signature; the body the 章程 constitutes is named in its title (accepted). date null: no date in the copy.",
        "第一章 level 1 (heading 总则), 第X条 level 2 with headings to the first 。 or ：; the unnumbered paragraphs belong to the article above. 第五条 describes who supervises the society, not a task: no responsibility. No 字号: no references.",
    ]))

Y = "yuhua-2021-changsha-district-association-work-summary.txt"
write(doc(Y,
    doc_type="summary", title="雨花区科协2021年工作总结", date="2022-01-18",
    alternatives={"issuer": ["雨花区科协"], "date": [None]},
    outline=[
        it("1", "一、", 1, "基本情况"),
        it("2", "二、", 1, "特色亮点工作"),
        it("2.1", "（一）", 2, "积极搭建科技人才成长服务平台，在深化人才发展体制机制改革战略中主动作为"),
        it("2.1.1", "1", 3, "深化院士工作站建设"),
    ],
    notes=[
        "Source: a district government portal's 信息公开 page (yuhua.gov.cn): the title, a 发布日期/来源:区科协/字体大小 line, the preamble, 一、基本情况, 二、特色亮点工作 with (一) and its first item whose 、 was lost (1深化院士工作站建设。); cut inside that item. Stored as txt.",
        "doc_type summary: a 工作总结 of the year's work. issuer null: no signature; 来源:区科协 and the title name the body by its short name only (雨花区科协 accepted). date: the 发布日期 2022-01-18, the day the summary was published (null accepted: no 成文日期).",
        "1深化院士工作站建设。 is the first numbered point under (一) with its 、 lost: an item at level 3, its marker as written (1), heading to the first 。. The slogan 一贯彻、二遵循、三围绕、四着力、五突出 in quotes inside 一、 is prose, not items; 20212025 and 20214月 are the copy's damaged dates, not deadlines.",
    ]))

write(doc("lyskx-2021-shanghang-popsci-creation-base-news.txt",
    doc_type="news", title="龙岩首个“福建省科普创作基地”在上杭县文联挂牌", date="2021-11-10",
    alternatives={"date": ["2021-10-29"]},
    notes=[
        "Source: a city association's own site (lyskx.net): a welcome line with a stale date (2021年8月31日) and 在线投稿/设为主页/加入收藏, the menu, a path whose column name is mojibake (锟斤拷…) and 关闭窗口, the headline, a 发布人/发布时间/浏览次数 line, four paragraphs, the site's footer (版权所有, ICP and 公安 numbers, 主办, 地址, 邮编, 电话, 传真; cut at 电子). Stored as txt.",
        "date: the 发布时间 2021/11/10 (the visit's 10月29日 accepted); the welcome line's 2021年8月31日 is the site's. issuer null (a report; 发布人 shxkx is an account name).",
        "contact null: the footer's 电话/传真 are the site's, not the item's (as earlier footers). 闽ICP备16038052号-1 is a licence, not a 字号. No numbered items.",
    ]))

write(doc("shkjdw-2019-shanghai-association-year-end-commendation-news.txt",
    doc_type="news", title="市科协召开2018年度总结表彰会", date="2019-02-02",
    alternatives={"date": ["2019-02-01"]},
    notes=[
        "Source: a Shanghai science-and-technology party site's page (shkjdw.gov.cn): the headline, 发布时间, three image names (kexiebiaozhang02/03/01), five paragraphs; cut in the last. Stored as txt.",
        "date: the 发布时间 2019-02-02 (the meeting's 2月1日 accepted). issuer null (a report on the association's own meeting). The image names are furniture.",
        "The 7个“度” and the ‘4321’ points are prose in one sentence, not numbered items: outline empty. The awards read out carry no 字号.",
    ]))

write(doc("tjdl-tianjin-power-company-association-survey-news.txt",
    doc_type="news", title="国网天津市电力公司科协积极参与完成中国科协调研活动",
    notes=[
        "Source: a Tianjin power society's site (tjdl.org.cn, 协会信息): the headline, two paragraphs on an electric company's 企业科协 filling in a 中国科协 questionnaire, the (公司科协) line. Stored as txt.",
        "date null: 日前 gives no day and the copy holds no posting date (the page's address carries one; an address is not the document). issuer null: a report; (公司科协) names who sent it.",
        "The 调查问卷 in 《》 has no 字号; the three 建议 are prose joined by ；, not numbered: outline empty.",
    ]))

H = "hust-2013-beijing-university-associations-meeting-news.txt"
write(doc(H,
    doc_type="news", date="2013-04-27",
    alternatives={"date": [None]},
    outline=[
        it("1", "一是", 5, head(H, "一是")),
        it("2", "二是", 5, head(H, "二是")),
        it("3", "三是", 5, head(H, "三是")),
        it("4", "四是", 5, head(H, "四是")),
        it("5", "五是", 5, head(H, "五是")),
    ],
    notes=[
        "Source: a university association's site (kexie.hust.edu.cn) copy of a Beijing 高校科协 meeting report: no headline, path or page date stored; three paragraphs, the third with 一是…五是; cut inside 五是. Stored as txt.",
        "title null (no headline). date: the meeting's 4月27日 with the year from the meeting's own name (北京市2013年高校科协暨科普工作会): 2013-04-27 (null accepted). issuer null.",
        "一是…五是 are the speaker's demands, inline items at level 5 with no parent (ids 1–5), headings to the first ； or 。 (五是 to the end of the cut line, its trailing ， kept as the copy ends). No bodies are assigned tasks (北京科学营工作要…, 高校科协要…): no responsibility; 今年 gives no deadline.",
    ]))

write(doc("zrbzfyjzz-cast-society-service-centre-digest-news.txt",
    doc_type="news",
    alternatives={"title": ["最新科协动态"]},
    segments=[
        {"unit": "中国科协", "heading": "中国科协直属全国学会会员日活动协调会召开", "text": None},
        {"unit": "中国科协", "heading": "中国科协第245次青年科学家论坛在北京召开", "text": None},
    ],
    notes=[
        "Source: a periodical site's page (m.zrbzfyjzz.cn, 期刊导读) holding a digest: the column line 最新科协动态, then two items, each a headline and its paragraph (the 学会服务中心's coordination meeting for 16 societies; a 青年科学家论坛); cut inside the second. Stored as txt.",
        "A gathered page: one segment per item, outline empty. unit: 中国科协, which each headline names (the first item's actor is its 学会服务中心, as stdaily's 基层专题调研组 gave its association). title null: 最新科协动态 is the column's label, not the page's own title (accepted); date null: 10月26日 without a year; issuer null.",
        "The sixteen societies named in the first item are attendees, not a list of items.",
    ]))
