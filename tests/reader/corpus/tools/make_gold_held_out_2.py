"""Hand-made reference parses for the second held-out set (tools/held_out_2.txt): twelve public pages found with
the search tool after the first held-out third had been looked at, stored as the sites keep them. Each block was
written by reading the document against parse-format.md, before the reader was run on it. Writes ../gold/<stem>.json."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_gold import doc, it  # noqa: E402  (importing make_gold rewrites the first corpus's gold: the same files)
from make_gold import write as write_gold  # noqa: E402


def write(d):
    """Found documents are marked, so that the tests hold them to the scorer's floor, not to exact equality."""
    d["found"] = True
    contact_alternatives_by_part(d)
    write_gold(d)


def contact_alternatives_by_part(d):
    """A whole-contact alternative ({"contact": [{name, phone, email}, …]}) becomes the keys the shared scorer reads:
    it scores name, phone and e-mail apart, as contact.name / contact.phone / contact.email, and reads no other. (An
    alternative of no contact at all has no such key: the scorer counts a missed contact whatever the gold accepts.)"""
    alts = d.get("alternatives") or {}
    gold = d.get("contact") or {}
    for whole in alts.pop("contact", None) or []:
        for part in ("name", "phone", "email") if whole else ():
            value = whole.get(part)
            if value is not None and value != gold.get(part):
                accepted = alts.setdefault("contact." + part, [])
                if value not in accepted:
                    accepted.append(value)


def lu(*units):
    return {"lead_units": list(units)}


# The small builders later sets' scripts share (they import them from here, with write and lu).
def dep(*names):
    return {"departments": list(names)}


def pu(*units):
    return {"partner_units": list(units)}


def m(name, title=None):
    return {"name": name, "title": title}


def head(stem, anchor):
    """The text after `anchor` up to its first 。；： or line end, full-width — read off the copy so glosses are not retyped."""
    text = fw(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", stem), encoding="utf-8").read())
    rest = text.split(fw(anchor), 1)[1]
    for stop in "。；：\n<":
        rest = rest.split(stop, 1)[0]
    return rest


def fw(s):
    """The spec's full-width punctuation inside Chinese text (the copies write , : ; ( ) half-width)."""
    return s.replace(",", "，").replace(":", "：").replace(";", "；").replace("(", "（").replace(")", "）")


write(doc("yongchuan-2019-103-popsci-joint-meeting-adjustment.txt",
    doc_type="notice", issuer="重庆市永川区人民政府办公室", doc_number="永川府办发〔2019〕103号",
    title="重庆市永川区人民政府办公室关于调整永川区科普工作联席会议制度的通知",
    recipients=["各镇人民政府", "街道办事处", "区政府各部门", "有关单位"], date="2019-09-10",
    alternatives={"title": ["关于调整永川区科普工作联席会议制度的通知"], "date": [None]},
    outline=[it("1", "一、", 1, "科普工作联席会议主要职责"), it("2", "二、", 1, "科普工作联席会议组成")],
    notes=[
        "Source: an industrial-park portal's copy of a district gazette page: the headline with the 字号 in brackets, an 作者/来源/浏览 line, the posting day and month on two lines (10 / 2019-09), the headline again, the 字号 with its brackets lost (永川府办发2019103), then the document's own head: issuer line, title line. The copy stops inside 二、, before the signature.",
        "title: the issuer line and the title line are the document's two-line title (as the page's headline writes it); the title line alone accepted.",
        "A 联席会议 (召集, 主持人, 成员单位, 联络员) is not a 领导小组: leading_group null.",
        "二、 says who convenes the meeting (由区科技局负责召集): a description of the system's structure, not an item's task (as 第四条 省科协负责… in zhejiang-popsci-fund-measures): no responsibility.",
        "No 成文日期 survives: date is the page's posting day (10 / 2019-09), null accepted.",
    ]))

write(doc("csrme-2024-chinarock-satellite-venues-notice.txt",
    doc_type="notice", title="关于组织CHINAROCK2024卫星会场的通知", date="2024-07-26",
    contact={"name": "马老师", "phone": None, "email": None},
    alternatives={"date": [None], "issuer": ["中国岩石力学与工程学会"]},
    outline=[
        it("1", "一、", 1, "会议时间"), it("2", "二、", 1, "会议地点"), it("3", "三、", 1, "参会人员"),
        it("4", "四、", 1, "注册费标准"),
        it("4.1", "1.", 3, "参会人数大于2000人，该卫星会场免收注册费"),
        it("4.2", "2.", 3, "参会人数小于2000人，本科生，一律免费"),
        it("5", "五、", 1, "组织流程", deadline="2024-10-30"),
    ],
    notes=[
        "Source: a learned society's page: headline, a 发布时间/浏览数 line, the notice without recipients or signature; the copy stops in the middle of 步骤四.",
        "issuer: the society is named only in the text (成为中国岩石力学与工程学会会员): null, the society accepted. date: the posting date (null accepted).",
        "一、会议时间 2024年11月2日-3日 is the meeting's dates, not a deadline. 步骤一…步骤四 are steps, not numbered items.",
        "五、's 会场所有布置工作请于10月30日之前完成 is that item's deadline (document year 2024).",
        "contact: the society's 卫星会场联系人马老师 (reached by a QR code, no phone or e-mail given).",
    ]))

write(doc("jingzhou-2015-18-decision-consulting-forwarding.txt",
    doc_type="notice", doc_number="荆科协办〔2015〕18号",
    title="关于转发湖北省科协《关于开展2015年度优秀决策咨询成果征集评选活动的通知》的通知",
    recipients=["各县市区", "荆州开发区科协", "各全市学会（协会、研究会）", "各基层科协", "各有关单位"],
    date="2015-09-11", references=["鄂科协宣〔2015〕85号"],
    enclosed_title="关于开展2015年度优秀决策咨询成果征集评选活动的通知",
    alternatives={"date": [None], "issuer": ["荆州市科协", "荆州市科学技术协会"],
                  "title": ["关于转发省科协《2015年度优秀决策咨询成果征集评选活动的通知》的通知"]},
    outline=[
        it("1", "1、", 3, "各单位要高度重视优秀决策咨询成果的征集评选活动，将此活动作为服务科技工作者的重要内容，鼓励科技工作者为党和政府提供决策咨询意见，提高科技工作者开展决策咨询活动的积极性和主动性"),
        it("2", "2、", 3, "各县市区、荆州开发区科协、荆州市科技思想库专家委员会委员至少上报1篇以上优秀决策咨询成果"),
        it("3", "3、", 3, "申报个人按要求填写《优秀决策咨询成果评选申报表》，并将所推荐的优秀决策咨询成果用A4纸打印，一式6份",
           deadline="2015-10-10"),
        it("4", "4、", 3, "对报送的优秀决策咨询成果，市科协将在省科协评比的基础上，组织专家根据《荆州市科协优秀决策咨询成果评选奖励办法（试行）》评选出市级优秀决策咨询成果"),
        it("5", "5、", 3, "市科协办公室负责报送材料的收集、整理、上报等工作", resp={"departments": ["市科协办公室"]}),
    ],
    notes=[
        "Source: a city association's page: breadcrumb, the page's headline (worded differently), a 被阅读/日期 line, the 字号 (荆科协办[2015] 18号, normalised), the document's own title on two lines, then the notice; the copy stops after 5、 (no signature).",
        "title: the document's own title line (joined), the page's headline accepted. issuer: not in the copy (null; the city association accepted). date: the page's 日期 (null accepted).",
        "enclosed_title: the forwarded notice named in 《》 in the title.",
        "3、 材料请于2015年10月10日前报送 is that item's deadline (the item is the submission).",
        "5、 市科协办公室负责…: prose responsibility of the issuer's own office: a department. 4、 市科协将… is the issuer itself: no responsibility.",
        "The e-mail for submissions (jzskxbgs@163.com) has no contact label: contact null.",
    ]))

write(doc("shanghai-2015-002-popsci-bases-commendation.txt",
    doc_type="other", issuer="上海市科普教育基地联合会", doc_number="沪科教基联〔2015〕第002号",
    title="关于表彰2014年度先进集体和优秀科普讲解员的决定", recipients=["各科普教育基地"], date="2015-02-13",
    cc=["上海市科普工作联席会议办公室", "上海市科学技术委员会科普工作处", "各区", "县科委（科协）科普部"],
    references=["沪科教基联〔2014〕第005号"],
    notes=[
        "A 决定 (commendation): doc_type other. The 字号 is written with () brackets: normalised to 〔〕.",
        "date: 二O一五年二月十三日 (a letter O for 〇). 特此通报 closes the text.",
        "cc: the 抄报 line and its continuation line, and the 抄送 line, split like recipients (各区、县科委（科协）科普部 gives two). 主题词 is not cc.",
        "The attachment line is not an outline item; there are no numbered items.",
    ]))

write(doc("most-2010-218-popsci-commendation-decision.txt",
    doc_type="other", issuer="科学技术部", doc_number="国科发政〔2010〕218号",
    title="关于表彰全国科普工作先进集体和先进工作者的决定",
    recipients=["各省", "自治区", "直辖市科技厅（委）", "党委宣传部", "科协", "新疆生产建设兵团科技局",
                "中央", "国务院各有关部门", "直属机构", "各有关人民团体办公厅（室）", "解放军总政治部办公厅"],
    date="2010-05-14",
    alternatives={"issuer": ["科学技术部 中共中央宣传部 中国科协", "科技部", None]},
    notes=[
        "Source: a consultancy's copy: headline, a 发布时间/作者/来源/点击 line, the 字号, the decision.",
        "A joint 决定 signed by three bodies (科学技术部 中共中央宣传部 / 中 国 科 协): issuer is the first signer (the three together, the 来源's 科技部, or null accepted).",
        "Recipients split mechanically on 、，outside brackets; the repeated 党委宣传部 and 科协 count once.",
        "date: 二O一O年五月十四日. The 纲要 cited has no number: no references. The attachment list is not outline.",
    ]))

write(doc("cast-2021-54-literacy-commendation-decision.txt",
    doc_type="other", issuer="中国科协", doc_number="科协发普字〔2021〕54号",
    title="中国科协关于表彰全民科学素质工作先进集体和先进个人的决定",
    recipients=["各省", "自治区", "直辖市科协", "新疆生产建设兵团科协", "全民科学素质纲要实施工作办公室成员单位"],
    date="2021-11-30",
    alternatives={"issuer": ["中国科学技术协会"]},
    notes=[
        "Source: a science news site's copy: a 来源/发布时间 line and 选择字号: before the headline, a 特别声明 after the date (cut short).",
        "A 决定: doc_type other. date: the 成文日期 under the signature, not the page's 2021/12/7.",
        "附件1/附件2 lines are attachments, not outline.",
    ]))

write(doc("tianjin-2013-popsci-commendation-publicity.txt",
    doc_type="other", contact={"name": "党馨", "phone": "58832853", "email": None},
    alternatives={"issuer": ["天津市科学技术委员会"]},
    notes=[
        "Source: a policy site's copy of a 公示 without its title, issuer line or date: doc_type other (as harbin-2023's 公示).",
        "公示期 2013年5月3日起至5月9日 is a period, not the document's date: date null.",
        "contact: 联 系 人：党馨 联系电话：58832853 on one line (spaced label); 传真 is not a phone. The objectors' 有效联系电话和联系人 in the prose is a field, not a contact.",
        "附件：一、… 二、… is the list of attachments: no outline.",
    ]))

write(doc("scrme-2022-science-day-forwarding.txt",
    doc_type="notice",
    title="关于转发四川省科学技术协会《中国科协等18部门关于举办2022年全国科普日活动的通知》的通知",
    recipients=["各理事单位"], references=["川科协发〔2022〕103号"],
    enclosed_title="中国科协等18部门关于举办2022年全国科普日活动的通知",
    contact={"name": "刘丹", "phone": "028-87371456", "email": "ssrme@vip.163.com"},
    alternatives={"title": ["关于转发省科协2022年全国科普日活动的通知"], "issuer": ["四川省岩石力学与工程学会"]},
    outline=[
        it("1", "一、", 1, "请各理事单位围绕“喜迎二十大，科普向未来”主题，重点结合《通知》中明确的活动内容，结合自身职能和优势，在全国科普日活动期间举办社会需要、特色鲜明、群众喜爱、影响力大、服务面广的科普活动"),
        it("2", "二、", 1, "做好活动登记发布等工作"),
        it("2.1", "（1）", 4, "登记发布"),
        it("2.2", "（2）", 4, "信息完善", deadline="2022-10-14"),
        it("2.3", "（3）", 4, "活动总结和推荐", deadline="2022-10-14"),
    ],
    notes=[
        "Source: a learned society's 通知公告 page: the page's headline, then the document's own title on two lines; no signature or date in the copy.",
        "川科协发﹝2022﹞103号 (small brackets) normalised; cited twice, once as an attachment: one reference.",
        "（1） stands under 二、 with no level between: level 4, id 2.1. （1）'s 2022年8月15日-9月28日期间 is a period; （2） 2022年10月14日前 and （3） 于10月14日前 are deadlines.",
        "contact: 联系人：刘丹 028-87371456 (name and phone on one line), the e-mail on its own line; the postal address is not a contact field.",
        "issuer: 本学会, named only as 四川省岩石力学与工程学会秘书处 in the text: null, the society accepted.",
    ]))

write(doc("yangtzeu-2018-university-associations-forum-news.txt",
    doc_type="news", title="第六届“江苏——湖北”高校科协建设论坛在荆州召开", date="2018-05-11",
    alternatives={"issuer": ["长江大学"]},
    notes=[
        "A university news site's item: greeting, breadcrumb, column name, headline, a 发布时间/作者/浏览次数 line; cut off mid-sentence.",
        "date: the item's 发布时间 (the event was on 5月10日). No 来源: issuer null.",
        "The people named with their posts are participants, not a leading group.",
    ]))

write(doc("gmw-2007-academician-lectures-news.txt",
    doc_type="news", issuer="光明日报", title="院士专家巡讲在中部地区广受欢迎", date="2007-09-27",
    alternatives={"issuer": [None]},
    notes=[
        "A newspaper's web page: an English link, headline, a date/来源/我有话说 line, the report (a sentence broken over a blank line, cut off at the end).",
        "issuer: the 来源 line's 光明日报 (null accepted, as for a news page). 巡讲团 is not a leading group.",
    ]))

write(doc("cast-2016-ninth-congress-arrangements-notice.txt",
    doc_type="notice", issuer="中国科协办公厅", title="中国科协办公厅关于中国科学技术协会第九次全国代表大会会务工作",
    recipients=["各全国学会", "协会", "研究会", "各省", "自治区", "直辖市科协", "新疆生产建设兵团科协"],
    references=["科协发厅字〔2016〕41号", "科协办函厅字〔2016〕101号", "科协发厅字〔2016〕40号", "科协办函厅字〔2016〕99号"],
    alternatives={"date": ["2017-07-29"]},
    outline=[
        it("1", "1.", 3, "请将《中国科协关于召开中国科学技术协会第九次全国代表大会的通知》（科协发厅字〔2016〕41号）、《中国科协办公厅关于征集中国科协第九次全国代表大会代表建议案的通知》（科协办函厅字〔2016〕101号）转送给你单位选举产生的正式代表"),
        it("2", "2.", 3, "各省、自治区、直辖市科协分别组成代表团，届时请协助有关全国学会选举产生的在本省、自治区、直辖市的正式代表、列席代表和特邀代表的报到，组织正式代表、列席代表和特邀代表在当地集中后，统一赴京报到"),
        it("3", "3.", 3, "请各省、自治区、直辖市科协协助邀请并落实地方党政领导出席九大会议的有关活动安排"),
        it("4", "4.", 3, "各全国学会按《关于中国科学技术协会第九次全国代表大会组成代表团的通知》关于组团的安排，与有关学会协商，组成代表团"),
    ],
    notes=[
        "Source: a science portal's repost by a society (中国科学探险协会 | 2017-07-29 05:03); the headline as the copy holds it (its 的通知 is cut), the copy stops inside 4.",
        "issuer: named at the head of the title. The reposting society is not the issuer.",
        "date: no 成文日期; the repost's day (2017-07-29) is after the congress itself and is not the document's: null, the page's day accepted.",
        "Four document numbers cited in brackets: references. The 组成代表团 notice is cited without a number.",
        "2. and 3. address the recipients (各省…科协): no responsibility.",
    ]))

write(doc("peixian-2012-literacy-plan-news.txt",
    doc_type="news", issuer="沛县科协", title="沛县印发《沛县全民科学素质行动计划纲要实施方案(2011-2015)》", date="2012-07-04",
    references=["沛政办发〔2012〕40号"],
    alternatives={"issuer": [None]},
    notes=[
        "A city association's news item about a county's plan: breadcrumb, headline, a 时间/来源/作者/字体 line run together, two paragraphs.",
        "issuer: the 来源 line's 沛县科协 (null accepted). The plan's notice number is cited: a reference. enclosed_title is for 印发 notices, not news about one: null.",
        "健全…领导小组 mentions a group without members: leading_group null. 到2015年末 is a target, not an item's deadline (no items).",
    ]))
print("held-out-2 gold written")
