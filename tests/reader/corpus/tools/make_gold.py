"""Hand-made reference parses for the held-out corpus. Each block below was written from the
document and parse-format.md, not from the reader's output. Writes ../gold/<stem>.json."""
import json, os, copy, re
G = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gold")


def it(id, marker, level, heading, resp=None, deadline=None, time_hint=None):
    x = {"id": id, "marker": marker, "level": level, "heading": heading, "text": None}
    if resp is not None:
        full = {"lead_leaders": [], "responsible_leaders": [], "departments": [], "lead_units": [], "partner_units": []}
        full.update(resp)
        x["responsibility"] = full
    x["deadline"] = deadline
    x["time_hint"] = time_hint
    return x


def people_either_way(d):
    """Several people on one 联系人 line: the gold accepts them with 、 or a space between, whichever it gives. The spec
    keeps the contact "as written" (a space where the page set the names apart) and earlier golds wrote 、; the mark
    between two names is all that differs, and the shared scorer, which takes spaces out, would count it a miss."""
    name = (d.get("contact") or {}).get("name")
    alts = d.get("alternatives") or {}
    given = [name] + list(alts.get("contact.name", []))
    extra = []
    for value in given:
        parts = [p for p in re.split(r"[、\s]+", value or "") if p]
        if len(parts) < 2:
            continue
        for form in ("、".join(parts), " ".join(parts)):
            if form not in given and form not in extra:
                extra.append(form)
    if extra:
        d["alternatives"] = alts
        alts["contact.name"] = given[1:] + extra


def doc(source, **kw):
    d = {"format": "kexie.parse/1", "source": source, "doc_type": None, "issuer": None, "doc_number": None,
         "title": None, "recipients": [], "signer": None, "date": None, "contact": None, "cc": [],
         "references": [], "enclosed_title": None, "outline": [], "leading_group": None, "segments": []}
    d.update(kw)
    return d


def write(d):
    people_either_way(d)
    stem = os.path.splitext(d["source"])[0]
    json.dump(d, open(os.path.join(G, stem + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)


# ---------------------------------------------------------------- 1 Hubei red-header notice
hubei = doc("hubei-2023-12-red-header-notice.txt",
    doc_type="notice", issuer="湖北省科学技术协会", doc_number="鄂科协发〔2023〕12号",
    title="关于开展2023年湖北省科技工作者日系列活动的通知",
    recipients=["各市", "州", "直管市", "神农架林区科协", "各省级学会（协会、研究会）", "各有关高校科协",
                "企业科协", "省科协机关各部门", "直属各单位"],
    signer="张伟", date="2023-03-08",
    contact={"name": "刘晓敏", "phone": "027-87861234", "email": "kjgzzr@hbast.org.cn"},
    cc=["中国科协科技工作者服务中心", "省委宣传部", "省科技厅"],
    references=["科协办函宣字〔2023〕38号"],
    outline=[
        it("1", "一、", 1, "活动主题"),
        it("2", "二、", 1, "活动时间", time_hint="2023年5月下旬至6月上旬，集中活动安排在5月30日前后开展"),
        it("3", "三、", 1, "主要活动"),
        it("3.1", "（一）", 2, "开展走访慰问活动"),
        it("3.1.1", "1.", 3, "走访看望老科学家"),
        it("3.1.2", "2.", 3, "慰问一线科技工作者"),
        it("3.2", "（二）", 2, "举办“科技工作者日”主题宣传活动"),
        it("3.2.1", "1.", 3, "组织集中宣传"),
        it("3.2.1.1", "（1）", 4, "省级层面"),
        it("3.2.1.2", "（2）", 4, "市州层面"),
        it("3.2.2", "2.", 3, "推选先进典型"),
        it("3.3", "（三）", 2, "开展“科创荆楚”服务活动"),
        it("4", "四、", 1, "工作要求"),
        it("4.1", "（一）", 2, "加强组织领导"),
        it("4.2", "（二）", 2, "注重宣传实效"),
        it("4.3", "（三）", 2, "及时报送信息", deadline="2023-06-10"),
    ],
    notes=[
        "签发人 sits on the 字号 line (鄂科协发〔2023〕12号 … 签发人：张　伟); the full-width space inside the name is not part of it.",
        "The title is printed on two lines (…科技工作者日 / 系列活动的通知) and is joined.",
        "Recipients are split mechanically on 、，；outside brackets, so 各市、州、直管市、神农架林区科协 gives four entries, while 各省级学会（协会、研究会） stays whole.",
        "date is the 成文日期 under the signature, written in Chinese numerals (二〇二三年三月八日); the 印发 date 2023年3月9日 is only the fallback.",
        "The attachment list (附件：1.… 2.…), the attachment pages after the signature (附件1 table rows 1/2/3, 附件2 blank form lines 1./2./3.) are not outline items.",
        "cc is the 抄送 line, which here stands after the attachments, before the 印发 line.",
        "（三）及时报送信息 states 于2023年6月10日前 → deadline 2023-06-10. 二、活动时间 states a period, not a deadline, so it is a time_hint.",
        "The 联系人 line gives 联系电话 with an area code; phone is kept as written.",
    ])
write(hubei)
h2 = copy.deepcopy(hubei)
h2["source"] = "hubei-2023-12-red-header-notice-pdf-extract.txt"
h2["notes"] = ["Same document as hubei-2023-12-red-header-notice.txt, as text pulled from its PDF (built by tools/make_damaged.py): "
               "page breaks inside sentences, three of them followed by a page-number line (— 2 —), a character repeated across two breaks "
               "(科技 / 技工作者, 女科 / 科技工作者, 感染 / 染力), spaces around numbers (2023 年 6 月 10 日前), 签 发 人:张 伟, and half-width "
               "punctuation in the contact line and in (一)/(1) markers. The parse must equal the clean one."] + hubei["notes"]
write(h2)

# ---------------------------------------------------------------- 2 Jiangxi office notice, 字号 under title
write(doc("jiangxi-2023-21-office-notice.txt",
    doc_type="notice", issuer="江西省科协办公室", doc_number="赣科协办字〔2023〕21号",
    title="江西省科协办公室关于做好2023年度省级学会综合能力评估工作的通知",
    recipients=["各省级学会（协会、研究会）"], date="2023-05-16",
    contact={"name": "陈思远", "phone": "0791-86251234", "email": "xhfwzx@jxast.org.cn"},
    references=["赣科协发〔2021〕35号"],
    outline=[
        it("1", "一、", 1, "评估对象"),
        it("2", "二、", 1, "评估内容"),
        it("2.1", "1、", 3, "组织建设情况"),
        it("2.2", "2、", 3, "学术交流情况"),
        it("2.3", "3、", 3, "科普工作情况"),
        it("2.4", "4、", 3, "服务创新发展情况"),
        it("3", "三、", 1, "时间安排"),
        it("3.1", "（一）", 2, "学会自评（2023年5月20日—6月20日）", deadline="2023-06-20", time_hint="2023年5月20日—6月20日"),
        it("3.2", "（二）", 2, "专家评审（2023年7月）", time_hint="2023年7月"),
        it("3.3", "（三）", 2, "结果公示（2023年8月）", time_hint="2023年8月"),
        it("4", "四、", 1, "有关要求"),
        it("4.1", "（一）", 2, "高度重视"),
        it("4.2", "（二）", 2, "如实填报"),
    ],
    notes=[
        "An office (办公室) notice: the title begins with the issuer and runs over two lines; the 字号 stands below the title, not above it.",
        "issuer is the body named in the title and signature, 江西省科协办公室 (no longer form is written).",
        "Items under 二、 are numbered 1、 2、 (with 、), which is level 3 like 1.",
        "The bracketed dates in （一）学会自评（2023年5月20日—6月20日） are not a responsibility annotation, so they stay in the heading; the item's 于6月20日前…提交 is its deadline.",
        "contact: 联系人 line reads 学会服务中心　陈思远　0791-86251234 — the department is not part of the name; the phone has no label but is the contact phone; e-mail on the next line.",
        "The single attachment (附件：…指标体系) is not an outline item; it is also not a forwarded document, so enclosed_title is null.",
    ]))

# ---------------------------------------------------------------- 3 Zhuzhou plan, （牵头单位：…；配合单位：…）
def lp(lead, partners):
    return {"lead_units": lead, "partner_units": partners}
zz = doc("zhuzhou-2023-science-literacy-plan.txt",
    doc_type="plan", issuer="株洲市全民科学素质工作领导小组办公室",
    title="株洲市2023年全民科学素质提升行动实施方案", date="2023-03-20",
    references=["国发〔2021〕9号", "湘政发〔2021〕19号"],
    outline=[
        it("1", "一、", 1, "总体目标", time_hint="到2023年底"),
        it("2", "二、", 1, "重点任务"),
        it("2.1", "（一）", 2, "实施青少年科学素质提升行动"),
        it("2.1.1", "1.", 3, "推进中小学科学教育", resp=lp(["市教育局"], ["市科协", "团市委"])),
        it("2.1.2", "2.", 3, "举办青少年科技创新大赛", resp=lp(["市科协"], ["市教育局", "市科技局"]), deadline="2023-06-30"),
        it("2.1.3", "3.", 3, "开展“科技馆里的科学课”活动", resp=lp(["市科技馆"], ["各县市区教育局"]), time_hint="每学期"),
        it("2.2", "（二）", 2, "实施农民科学素质提升行动"),
        it("2.2.1", "1.", 3, "开展高素质农民培训", resp=lp(["市农业农村局"], ["市科协", "市人社局"]), deadline="2023-12-31"),
        it("2.2.2", "2.", 3, "建设科技小院", resp=lp(["市科协"], ["市农业农村局", "湖南工业大学"]), deadline="2023-09-30"),
        it("2.3", "（三）", 2, "实施产业工人科学素质提升行动"),
        it("2.3.1", "1.", 3, "开展职业技能竞赛", resp=lp(["市总工会"], ["市人社局", "市科协"]), time_hint="每年"),
        it("2.3.2", "2.", 3, "推动企业科协建设", resp=lp(["市科协"], ["市工信局", "市国资委"]), time_hint="长期坚持"),
        it("2.4", "（四）", 2, "实施老年人科学素质提升行动"),
        it("2.4.1", "1.", 3, "开展智慧助老行动", resp=lp(["市卫健委"], ["市科协", "市民政局"]), deadline="2023-11-30"),
        it("2.5", "（五）", 2, "加强科普基础设施建设"),
        it("2.5.1", "1.", 3, "推进株洲科技馆展陈改造", resp=lp(["市科协"], ["市发改委", "市财政局", "市住建局"]), deadline="2023-10-31"),
        it("2.5.2", "2.", 3, "建设基层科普阵地", resp=lp(["市科协"], ["各县市区人民政府"])),
        it("3", "三、", 1, "保障措施"),
        it("3.1", "（一）", 2, "加强组织领导"),
        it("3.2", "（二）", 2, "强化经费保障"),
        it("3.3", "（三）", 2, "加强监测评估", time_hint="12月份"),
    ],
    notes=[
        "A stand-alone 实施方案 (no 印发 notice), so doc_type is plan; issuer is the signing body under the text.",
        "The numbers 1. 2. restart under each （一）（二）…, so ids restart too.",
        "Each （牵头单位：…；配合单位：…） annotation belongs to the item it follows; 配合单位 are partner_units.",
        "（配合单位：市农业农村局、湖南工业大学等相关单位）: the vague tail 等相关单位 is dropped, leaving 湖南工业大学.",
        "Deadlines: 2023年6月底前 → 2023-06-30; 年底前 → 2023-12-31 (document year 2023); 第三季度末前 → 2023-09-30; 完成时限：2023年11月底前 → 2023-11-30; 力争2023年10月底前完成 → 2023-10-31.",
        "完成时限：长期坚持 inside the annotation is a time_hint, not a deadline; 每年 / 每学期 are time hints.",
        "The 领导小组 in 三、（一） is named only as an existing body (its office 设在市科协) with no members, so leading_group is null.",
    ])
write(zz)
z2 = copy.deepcopy(zz)
z2["source"] = "zhuzhou-2023-science-literacy-plan-ocr.txt"
z2["notes"] = ["Same document as zhuzhou-2023-science-literacy-plan.txt as OCR text (tools/make_damaged.py): all ，：；（） half-width, "
               "spaces around numbers between Chinese characters (2023年 6 月底前), page breaks inside sentences with a repeated character "
               "(实践 / 践基地, 完成 / 成挂牌, 数字 / 字鸿沟, 投 / 投入) and two page-number lines. The parse must equal the clean one."] + zz["notes"]
write(z2)

# ---------------------------------------------------------------- 4 Tai'an work points, running numbers
def ru(*units):
    return {"lead_units": [units[0]], "partner_units": list(units[1:])}
write(doc("taian-2023-work-points.txt",
    doc_type="plan", issuer="泰安市科学技术协会", title="泰安市科协2023年工作要点", date="2023-02-20",
    references=["科协发办字〔2023〕3号", "鲁科协发〔2023〕5号"],
    outline=[
        it("1", "一、", 1, "坚持党建引领，强化政治引领和思想引领"),
        it("1.1", "1.", 3, "深入学习宣传贯彻党的二十大精神", resp=ru("办公室", "组织宣传部")),
        it("1.2", "2.", 3, "加强科技工作者思想政治引领", resp=ru("组织宣传部", "学会学术部")),
        it("1.3", "3.", 3, "全面从严治党", resp=ru("机关党委")),
        it("2", "二、", 1, "坚持服务创新，助力经济高质量发展"),
        it("2.4", "4.", 3, "深化“科创中国”建设", resp=ru("企业工作部", "学会学术部"), time_hint="全年"),
        it("2.5", "5.", 3, "推动院士专家工作站提质增效", resp=ru("企业工作部"), deadline="2023-12-31"),
        it("2.6", "6.", 3, "打造学术交流品牌", resp=ru("学会学术部"), time_hint="9月"),
        it("3", "三、", 1, "坚持普惠共享，提升全民科学素质"),
        it("3.7", "7.", 3, "组织重大科普活动", resp=ru("科学普及部", "泰安科技馆"), time_hint="5月30日前后；9月"),
        it("3.8", "8.", 3, "推进科普基础设施建设", resp=ru("泰安科技馆", "办公室"), deadline="2023-09-30"),
        it("4", "四、", 1, "坚持改革创新，加强科协自身建设"),
        it("4.9", "9.", 3, "深化基层科协组织“3+1”改革", resp=ru("组织宣传部"), time_hint="贯穿全年"),
        it("4.10", "10.", 3, "加强干部队伍建设", resp=ru("办公室")),
    ],
    notes=[
        "A 工作要点 numbered 一、 then 1. 2. 3. that run on across sections (二、 starts at 4.). The ids use each item's own written number under its parent (二、4. → 2.4); the spec says ids join the items' ordinal numbers, and the written number is the ordinal here.",
        "The document states once, before the list, that 排在第一位的为牵头单位 for every 责任单位 list. The first unit of each （责任单位：…） is therefore the lead unit and the others are partner units (the item names its 牵头单位 by position). Items with a single 责任单位 have only a lead unit.",
        "References are written with 【】 and ［］ brackets and normalised to 〔〕.",
        "年底前 in item 5 → 2023-12-31; 力争2023年9月底前 → 2023-09-30; 9月 / 5月30日前后 / 贯穿全年 / 全年 are time hints.",
        "The signature is under the text (泰安市科学技术协会 2023年2月20日); there is no 印发 notice, so doc_type is plan.",
    ]))

# ---------------------------------------------------------------- 5 Yinan plan, 一是/二是 and ①② inline, group as sentence
write(doc("yinan-2023-rural-revitalization-plan.txt",
    doc_type="plan", issuer="沂南县科学技术协会", title="沂南县科协2023年科技助力乡村振兴行动方案", date="2023-03-15",
    outline=[
        it("1", "一、", 1, "工作目标", time_hint="全年"),
        it("2", "二、", 1, "主要任务"),
        it("2.1", "（一）", 2, "强化科技人才支撑"),
        it("2.1.1", "一是", 5, "组建科技志愿服务队，围绕果蔬、畜牧、中药材等特色产业，选派100名科技志愿者结对联系新型农业经营主体"),
        it("2.1.2", "二是", 5, "开展“科技特派员”服务，每名科技志愿者每季度到联系点开展服务不少于1次", time_hint="每季度"),
        it("2.1.3", "三是", 5, "发挥县老科协作用，组织老专家开展技术指导"),
        it("2.2", "（二）", 2, "加强农村科普阵地建设"),
        it("2.2.1", "①", 5, "完善乡镇科普活动站功能，配齐科普设施"),
        it("2.2.2", "②", 5, "更新村级科普宣传栏内容，每季度更新一次", time_hint="每季度"),
        it("2.2.3", "③", 5, "建设“科普e站”，推送实用技术信息"),
        it("2.3", "（三）", 2, "发展农村专业技术协会"),
        it("2.3.1", "一是", 5, "新建苗木花卉、金银花等农村专业技术协会3个"),
        it("2.3.2", "二是", 5, "开展农技协“会建党支部”工作，推动农技协党组织覆盖"),
        it("2.3.3", "三是", 5, "支持农技协建设科技小院，引进推广新品种新技术"),
        it("2.4", "（四）", 2, "开展农民科学素质提升活动"),
        it("2.4.1", "一是", 5, "举办“科技之春”“全国科普日”等集中科普活动"),
        it("2.4.2", "二是", 5, "利用“沂南科普”微信公众号、乡村大喇叭等开展线上线下科普宣传，长期坚持、常态开展", time_hint="长期坚持"),
        it("3", "三、", 1, "保障措施"),
        it("3.1", "（一）", 2, "加强组织领导"),
        it("3.2", "（二）", 2, "强化工作落实"),
        it("3.3", "（三）", 2, "注重总结宣传", deadline="2023-11-30"),
    ],
    leading_group={
        "name": "县科协科技助力乡村振兴行动领导小组",
        "heads": [{"name": "王建国", "title": "县科协党组书记、主席"}],
        "deputies": [{"name": "李春梅", "title": "县科协副主席"}, {"name": "周海涛", "title": "县科协副主席"}],
        "members": [{"name": "赵丽", "title": "县科协办公室主任"}, {"name": "孙立军", "title": "科普部部长"},
                    {"name": "吴晓东", "title": "学会部部长"}],
        "office": "县科协科普部"},
    notes=[
        "一是/二是/三是 and ①②③ run inline inside the （一）…（四） paragraphs; each is its own level-5 item under that paragraph, id e.g. 2.1.1. Their heading runs to the first ；or 。.",
        "（二）'s heading stops at its first 。; the colon-introduced list ①②③ follows in the same paragraph.",
        "The leading group is written as one sentence: 由县科协党组书记、主席王建国任组长，县科协副主席李春梅、周海涛任副组长，… 为成员. The two deputies share the title 县科协副主席; the members' titles are the words before each name (县科协办公室主任 赵丽, 科普部部长 孙立军, 学会部部长 吴晓东).",
        "office: 领导小组办公室设在县科协科普部.",
        "（三）注重总结宣传 states 于11月底前 → 2023-11-30 (document year).",
    ]))

# ---------------------------------------------------------------- 6 Nanyang leading group as a list
write(doc("nanyang-2023-8-leading-group-notice.txt",
    doc_type="notice", issuer="南阳市科学技术协会", doc_number="宛科协〔2023〕8号",
    title="关于调整南阳市科协网络安全和信息化工作领导小组成员的通知",
    recipients=["机关各科室", "市科技馆"], date="2023-04-03",
    outline=[
        it("1", "（一）", 2, "贯彻落实党中央和省委、市委关于网络安全和信息化工作的决策部署，研究制定市科协网络安全和信息化工作规划和制度"),
        it("2", "（二）", 2, "统筹协调市科协门户网站、微信公众号等网络平台的建设管理和内容审核，落实网络意识形态工作责任制"),
        it("3", "（三）", 2, "组织开展网络安全检查和应急演练，及时处置网络安全事件"),
    ],
    leading_group={
        "name": "南阳市科协网络安全和信息化工作领导小组",
        "heads": [{"name": "刘建军", "title": "市科协党组书记、主席"}],
        "deputies": [{"name": "马丽华", "title": "市科协党组成员、副主席"}, {"name": "陈涛", "title": "市科协二级调研员"}],
        "members": [{"name": "王晓光", "title": "办公室主任"}, {"name": "赵敏", "title": "科学普及科科长"},
                    {"name": "孙海洋", "title": "学会学术科科长"}, {"name": "李静", "title": "市科技馆馆长"},
                    {"name": "周强", "title": "办公室副主任"}],
        "office": "市科协办公室"},
    notes=[
        "The leading group is a list: 组　长：/副组长：/成　员： each followed by name then title, with further deputies and members on indented continuation lines. Two-character names are padded with a full-width space (陈　涛, 赵　敏); the space is not part of the name.",
        "The three duties are numbered （一）（二）（三） with no 一、 above them: level 2 by their marker, ids 1, 2, 3.",
        "issuer: the header and signature read 南阳市科学技术协会 (no 文件 in the header line).",
    ]))

# ---------------------------------------------------------------- 7 Handan forwarding notice
write(doc("handan-2023-17-forwarding-notice.txt",
    doc_type="notice", issuer="邯郸市科学技术协会", doc_number="邯科协字〔2023〕17号",
    title="关于转发《河北省科协办公室关于开展2023年全国科普日活动的通知》的通知",
    recipients=["各县（市、区）科协", "市直各学会", "协会", "研究会", "各科普教育基地"], date="2023-08-10",
    contact={"name": "杨帆", "phone": "0310-3112345", "email": None},
    references=["冀科协办发〔2023〕42号", "科协办发普字〔2023〕15号"],
    enclosed_title="河北省科协办公室关于开展2023年全国科普日活动的通知",
    outline=[
        it("1", "一、", 1, "精心组织主场活动", time_hint="9月16日"),
        it("2", "二、", 1, "广泛开展基层活动", time_hint="9月中下旬"),
        it("3", "三、", 1, "及时报送活动信息", deadline="2023-09-30"),
    ],
    notes=[
        "A 转发 notice: enclosed_title is the forwarded document's title from 《…》.",
        "The notice's own number is written 邯科协字[2023]17号 and the forwarded one 冀科协办发（2023）42号 with full-width round brackets; both are normalised to 〔〕. The forwarded document's number is cited in the text, so it is a reference.",
        "Recipients split on 、，outside brackets: 市直各学会、协会、研究会 gives three entries.",
        "三、 states 于9月30日前 → 2023-09-30 (document year). 9月16日 is an event date and 9月中下旬 a period: time hints, not deadlines.",
        "contact: 联系人：科学普及部　杨帆 — the department is not part of the name.",
    ]))

# ---------------------------------------------------------------- 8 Zhejiang regulation
write(doc("zhejiang-popsci-fund-measures.txt",
    doc_type="regulation", title="浙江省科协科普专项资金管理办法", date="2023-06-12",
    references=["浙科协发〔2018〕56号"],
    alternatives={"issuer": ["浙江省科学技术协会", "浙江省科协"]},
    outline=[
        it("1", "第一章", 1, "总则"),
        it("1.1", "第一条", 2, "为规范和加强浙江省科协科普专项资金（以下简称专项资金）管理，提高资金使用效益，根据《中华人民共和国科学技术普及法》《浙江省省级财政专项资金管理办法》等有关规定，结合工作实际，制定本办法"),
        it("1.2", "第二条", 2, "本办法所称专项资金，是指省财政预算安排，由省科协统筹管理，用于支持全省科普工作的专项经费"),
        it("1.3", "第三条", 2, "专项资金的管理和使用遵循以下原则"),
        it("1.3.1", "（一）", 2, "公开公正，择优支持"),
        it("1.3.2", "（二）", 2, "突出重点，注重绩效"),
        it("1.3.3", "（三）", 2, "专款专用，规范管理"),
        it("2", "第二章", 1, "职责分工"),
        it("2.4", "第四条", 2, "省科协负责专项资金的统筹管理，主要职责是"),
        it("2.5", "第五条", 2, "各设区市科协、省级学会负责本地区、本学会项目的组织申报、初审推荐和实施管理，对申报材料的真实性负责"),
        it("3", "第三章", 1, "支持范围和方式"),
        it("3.6", "第六条", 2, "专项资金主要支持以下方面"),
        it("3.6.1", "（一）", 2, "科普基础设施建设，包括基层科普场馆、科普教育基地的展教设施更新"),
        it("3.6.2", "（二）", 2, "群众性科普活动，包括全国科普日、科技活动周等重大科普活动"),
        it("3.6.3", "（三）", 2, "科普人才培养，包括科普志愿者、科普讲解员培训"),
        it("3.6.4", "（四）", 2, "科普信息化建设，包括科普网站、新媒体平台和科普资源库建设"),
        it("3.7", "第七条", 2, "专项资金采取项目补助、以奖代补等方式予以支持"),
        it("4", "第四章", 1, "申报和审批"),
        it("4.8", "第八条", 2, "省科协每年3月底前发布年度申报指南，明确支持重点、申报条件和申报程序", time_hint="每年3月底前"),
        it("4.9", "第九条", 2, "省科协组织专家对申报项目进行评审，评审结果经省科协党组会议审定后，在省科协门户网站公示7天"),
        it("5", "第五章", 1, "监督检查"),
        it("5.10", "第十条", 2, "项目承担单位应当按照批准的预算使用资金，不得截留、挤占、挪用"),
        it("5.11", "第十一条", 2, "对违反本办法规定的，省科协将视情节轻重采取通报批评、收回资金、取消申报资格等措施"),
        it("6", "第六章", 1, "附则"),
        it("6.12", "第十二条", 2, "本办法由浙江省科学技术协会负责解释"),
        it("6.13", "第十三条", 2, "本办法自2023年7月1日起施行"),
    ],
    notes=[
        "A stand-alone 管理办法 with 第X章 (level 1) and 第X条 (level 2). Articles are numbered on across chapters; ids use each article's own number under its chapter (第二章 第四条 → 2.4).",
        "The （一）（二）… lists inside 第三条 and 第六条 are level 2 by the spec's marker table (（一） is level 2) but sit under their article, so their ids extend the article's (1.3.1). This is a case the spec's level table does not separate; see the corpus report.",
        "Chapter headings are written with a full-width space (总　则, 附　则); the heading is 总则 / 附则.",
        "An article's heading runs to its first 。；：, so it may be a whole sentence; （以下简称专项资金） is not a responsibility annotation and stays.",
        "date is the adoption date in the 题注 (2023年6月12日…审议通过), the 成文日期 of a regulation; 2023年7月1日 is the date it takes effect, not the document's date.",
        "There is no header or signature; the body names 浙江省科学技术协会 as interpreter, so issuer is left null with that name accepted.",
        "第八条's 每年3月底前 recurs every year, so it is a time_hint, not a single deadline.",
        "The repealed measure's number 浙科协发〔2018〕56号 is a reference.",
    ]))

# ---------------------------------------------------------------- 9 Funan work summary
write(doc("funan-2022-work-summary.txt",
    doc_type="summary", issuer="阜南县科学技术协会", title="阜南县科学技术协会2022年工作总结", date="2022-12-26",
    outline=[
        it("1", "一、", 1, "主要工作及成效"),
        it("1.1", "（一）", 2, "政治引领不断加强"),
        it("1.2", "（二）", 2, "科学普及深入开展"),
        it("1.3", "（三）", 2, "基层组织建设持续推进"),
        it("1.4", "（四）", 2, "人才服务成效明显"),
        it("1.5", "（五）", 2, "自身建设持续加强"),
        it("2", "二、", 1, "存在的不足"),
        it("2.1", "一是", 5, "科普基础设施相对薄弱，县科技馆尚未建成"),
        it("2.2", "二是", 5, "基层科协组织活力不足，部分乡镇科协作用发挥不明显"),
        it("2.3", "三是", 5, "科协工作人员力量不足，专业化水平有待提高"),
        it("3", "三、", 1, "2023年工作思路"),
        it("3.1", "1.", 3, "加强思想政治引领"),
        it("3.2", "2.", 3, "推进县科技馆建设", deadline="2023-12-31"),
        it("3.3", "3.", 3, "提升全民科学素质"),
        it("3.4", "4.", 3, "激发基层组织活力", time_hint="每年"),
    ],
    notes=[
        "A 工作总结 of work done: doc_type summary.",
        "The 一是/二是/三是 under 二、 stand directly under a level-1 item (no （一） between), so their ids are 2.1–2.3.",
        "Lines beginning with a year (2022年，县科协在…) are not numbered items.",
        "3.2 states 力争2023年底前开工 → 2023-12-31: the deadline's year is written (2023), not the document's year (2022).",
    ]))

# ---------------------------------------------------------------- 10 Meishan situation report
write(doc("meishan-2023-45-situation-report.txt",
    doc_type="summary", issuer="眉山市科学技术协会", doc_number="眉科协〔2023〕45号",
    title="眉山市科学技术协会关于2023年全国科普日活动开展情况的报告",
    recipients=["省科协"], signer="李国华", date="2023-10-12",
    contact={"name": "张琳", "phone": "028-38101234", "email": None},
    references=["川科协发〔2023〕61号"],
    outline=[
        it("1", "一、", 1, "基本情况"),
        it("2", "二、", 1, "主要做法"),
        it("2.1", "（一）", 2, "高位推动，上下联动"),
        it("2.2", "（二）", 2, "突出主题，打造品牌", time_hint="9月16日"),
        it("2.3", "（三）", 2, "创新形式，线上线下融合"),
        it("3", "三、", 1, "存在的问题"),
        it("3.1", "一是", 5, "部分区县活动形式较为单一，与群众需求结合不够紧密"),
        it("3.2", "二是", 5, "科普资源城乡分布不均衡，农村地区活动覆盖面有待扩大"),
        it("4", "四、", 1, "下一步工作打算"),
        it("4.1", "一是", 5, "总结推广科普日活动的好经验好做法，打造常态化科普品牌"),
        it("4.2", "二是", 5, "加强农村和偏远地区科普资源投入，推动优质科普资源下沉"),
        it("4.3", "三是", 5, "加强科普志愿者队伍建设，提升科普服务专业化水平"),
    ],
    notes=[
        "An upward 情况报告 (上行文) to 省科协 with 签发人 on the 字号 line: doc_type summary (报告 of work done).",
        "The title is printed as two lines, the first being the issuer's name (眉山市科学技术协会 / 关于…的报告); the title includes it, since it is the title's first line (the header line above the 字号 is the 发文机关标志).",
        "The contact line stands in brackets after the date: （联系人：张琳；联系电话：028-38101234）.",
    ]))

# ---------------------------------------------------------------- 11 Changzhou HTML news article
write(doc("changzhou-2023-news-article.html",
    doc_type="news", issuer="常州市科协", title="市科协召开2023年全市科协工作会议", date="2023-02-24",
    alternatives={"issuer": ["常州市科学技术协会", None]},
    outline=[
        it("1", "一是", 5, "强化政治引领，团结引领广大科技工作者坚定不移听党话、跟党走"),
        it("2", "二是", 5, "深化“科创中国”试点城市建设，推动科技经济深度融合"),
        it("3", "三是", 5, "实施全民科学素质提升行动，加快建设常州科技馆新馆"),
        it("4", "四是", 5, "深化科协组织改革，提升基层组织力和服务力"),
    ],
    notes=[
        "A single news article saved from the association's website: the navigation bar, breadcrumb (当前位置：首页 > 科协动态 > 工作动态), share/prev/next links, print links and footer are page furniture, not document text.",
        "title is the article headline (<h1>), not the <title> tag with its _工作动态_常州市科学技术协会 suffix.",
        "date is the 发布时间 dateline (2023-02-24 16:05); the meeting itself was 2月23日.",
        "issuer: the 来源 line names 常州市科协; the site owner 常州市科学技术协会 or null are accepted too.",
        "The footer's 联系电话 and 电子邮箱 are the website's, not a contact for this document, so contact is null.",
        "The four inline 一是…四是 in the body are numbered items with no parent: level 5, ids 1–4.",
    ]))

# ---------------------------------------------------------------- 12 Ningbo Markdown briefing
write(doc("ningbo-2023-5-briefing.md",
    doc_type="news", issuer="宁波市科学技术协会办公室",
    title="宁波市科协组织“科技专家服务团”赴象山开展海洋产业对接服务", date="2023-06-15",
    alternatives={"title": ["科协工作简报"],
                  "cc": [["中国科协办公厅", "省科协", "市委办公厅", "市政府办公厅"],
                         ["中国科协办公厅", "省科协", "市委办公厅", "市政府办公厅", "市科协领导班子成员"]],
                  "recipients": [["各区（县、市）科协", "市级学会", "机关各部室", "直属单位"]]},
    outline=[
        it("1", "一、", 1, "聚焦企业需求，精准开展对接"),
        it("1.1", "（一）", 2, "摸清企业技术需求"),
        it("1.2", "（二）", 2, "组建专家服务团队"),
        it("2", "二、", 1, "创新服务方式，提升对接实效"),
        it("2.1", "（一）", 2, "“一对一”上门问诊"),
        it("2.2", "（二）", 2, "“点对点”跟踪服务"),
        it("3", "三、", 1, "下一步打算", time_hint="每年"),
    ],
    notes=[
        "A Markdown export of a 工作简报 issue (# masthead, #### headings, **bold** item openers, --- rules); the Markdown marks are removed before reading.",
        "doc_type news (简报). issuer is the 编印 body under the masthead; date is that line's date.",
        "title is the headline of the single article the issue carries; the masthead 科协工作简报 (the periodical's name) is accepted as an alternative.",
        "2023年第5期（总第128期） is an issue number, not a 发文字号, so doc_number is null.",
        "The 报/送/发 distribution lines of a 简报 are neither 主送 nor 抄送 in the spec's sense; gold leaves recipients and cc empty and accepts 报 (and 报+送) as cc and 发 as recipients.",
        "（一）**摸清企业技术需求。** : the heading ends at the first 。 inside the bold run.",
    ]))

# ---------------------------------------------------------------- 13 Hubei science-tech news page
write(doc("hubei-sci-tech-news-page.txt",
    doc_type="news", date="2023-05-26",
    alternatives={"title": ["科协动态"], "date": [None], "issuer": ["湖北科技报"]},
    segments=[
        {"unit": "黄石市科协", "heading": "黄石市科协开展“科技志愿服务进社区”活动", "text": None},
        {"unit": "宜昌市科协", "heading": "宜昌：“院士专家进企业”活动启动", "text": None},
        {"unit": "十堰市科协", "heading": None, "text": None},
        {"unit": "襄阳市老科协", "heading": "襄阳市老科协为青少年讲授科普课", "text": None},
        {"unit": "鄂州市科协", "heading": "鄂州市科协召开学会党建工作推进会", "text": None},
    ],
    notes=[
        "A gathered newspaper page (湖北科技报 第6版 科协动态) with five short reports: the structure is in segments, outline is empty.",
        "Each report's unit comes from its byline at the end — （黄石市科协）, （宜昌市科协　张明） (unit before the reporter's name), （襄阳市老科协　通讯员　李华）, （鄂州市科协供稿） — or, for 十堰市科协, from the unit label line that stands instead of a headline (heading null).",
        "The sixteen names after 本版协办单位（排名不分先后）： are the page's co-organisers, not reports.",
        "The page's own dateline is 2023年5月26日, so date is that (null accepted); title and issuer are null for a gathered page (the section name 科协动态 and the paper 湖北科技报 accepted).",
    ]))

# ---------------------------------------------------------------- 14 Qujing docx with a task table
def tb(lead, partners):
    return {"lead_units": [lead], "partner_units": partners}
write(doc("qujing-2023-15-task-table-notice.docx",
    doc_type="notice", issuer="曲靖市科学技术协会", doc_number="曲科协发〔2023〕15号",
    title="关于印发《曲靖市科协2023年重点工作任务分解方案》的通知",
    recipients=["机关各部室", "市科技馆", "各县（市、区）科协"], date="2023-03-01",
    cc=["市委办公室", "市政府办公室", "云南省科协"],
    enclosed_title="曲靖市科协2023年重点工作任务分解方案",
    outline=[
        it("1", "1", 3, "深入学习宣传贯彻党的二十大精神", resp=tb("办公室", ["机关各部室"]), deadline="2023-12-31"),
        it("2", "2", 3, "推进“科创中国”试点城市建设", resp=tb("学会学术部", ["企业工作部", "各县（市、区）科协"]), deadline="2023-10-31"),
        it("3", "3", 3, "举办曲靖市第十届青少年科技创新大赛", resp=tb("科学普及部", ["市科技馆"]), deadline="2023-05-31"),
        it("4", "4", 3, "组织开展全国科普日活动", resp=tb("科学普及部", ["市科技馆", "各县（市、区）科协"]), time_hint="2023年9月"),
        it("5", "5", 3, "做好曲靖市青年科技奖评选工作", resp=tb("组织人事部", ["学会学术部"]), deadline="2023-09-30"),
        it("6", "6", 3, "加强“科技工作者之家”建设", resp=tb("组织人事部", ["各县（市、区）科协"]), time_hint="长期坚持"),
        it("7", "7", 3, "开展科技工作者状况调查", resp=tb("学会学术部", ["办公室"]), deadline="2023-06-30"),
        it("8", "8", 3, "推进基层科普阵地建设", resp=tb("科学普及部", ["各县（市、区）科协"]), deadline="2023-12-31"),
    ],
    notes=[
        "A .docx written with python-docx (tools/make_docx.py): a 印发 notice whose enclosed plan is one table 序号/重点任务/具体措施/牵头单位/责任单位/完成时限.",
        "Each table row is a numbered item: marker is the 序号 cell as written (1, 2, …; the scorer treats 1 and 1. alike), level 3 like 1., heading is the 重点任务 cell.",
        "The 牵头单位 column gives lead_units; since each row names a 牵头单位, its 责任单位 column gives partner_units.",
        "完成时限 column: 2023年12月底前 → 2023-12-31, 第三季度末 → 2023-09-30, 年底前 → 2023-12-31, 2023年6月30日前 → 2023-06-30; 2023年9月 names a month, not an end date, so it is a time_hint like 9月; 长期坚持 is a time_hint.",
        "date is the 成文日期 under the notice (2023年3月1日); the 印发 line (2023年3月2日) is the fallback only. 各牵头单位要于每季度末… in the notice body is not an item.",
    ]))
print("gold written")
