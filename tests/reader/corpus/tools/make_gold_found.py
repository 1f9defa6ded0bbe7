"""Hand-made reference parses for the 26 documents found with the search tool (public pages of 科协, 学会,
government bodies and universities, stored as the sites keep them). Each block was written by reading the
document against parse-format.md, not from the reader's output. Writes ../gold/<stem>.json.

HELD_OUT (tools/held_out.txt) lists the third kept out of development: their parses were not looked at until the final score."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_gold import doc, it  # noqa: E402  (importing make_gold rewrites the first corpus's gold: the same files)
from make_gold import write as write_gold  # noqa: E402


def write(d):
    """Found documents are marked, so that the tests hold them to the scorer's floor, not to exact equality."""
    d["found"] = True
    write_gold(d)

HELD_OUT = [line.strip() for line in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "held_out.txt"),
                                                encoding="utf-8") if line.strip() and not line.startswith("#")]


def m(name, title=None):
    return {"name": name, "title": title}


def lu(*units):
    return {"lead_units": list(units)}


# ---------------------------------------------------------------- leading groups
write(doc("zhejiang-2018-theme-year-leading-group.txt",
    doc_type="notice", issuer="浙江省科协", title="关于成立“传承 创新 发展”主题年工作领导小组的通知",
    recipients=["机关各部门", "各直属事业单位"], date="2018-03-30", references=["科协发厅〔2018〕5号"],
    alternatives={"issuer": ["浙江省科学技术协会", None]},
    outline=[it("1", "一、", 1, "主要职责"), it("2", "二、", 1, "组成人员"), it("3", "三、", 1, "工作机构")],
    leading_group={
        "name": "“传承 创新 发展”主题年工作领导小组",
        "heads": [m("郑金平", "浙江省科协党组书记、副主席")],
        "deputies": [m("姜长才", "浙江省科协党组成员、副主席"), m("陆锦", "浙江省科协党组成员、副主席"),
                     m("王忠民", "浙江省科协党组成员、副主席"), m("田梅", "浙江省科协副主席"),
                     m("谢牧人", "浙江省科协党组成员、秘书长")],
        "members": [m("黄国范", "浙江省科协办公室主任"), m("王央杰", "浙江省科协组织人事部部长"),
                    m("戴力", "浙江省科协学会部部长、企业办主任"), m("汪光年", "浙江省科协科普部部长、科技馆馆长"),
                    m("李凤", "浙江省科协宣传部部长"), m("任秉文", "浙江省科协机关党委副书记、机关纪委书记"),
                    m("张世丹", "浙江省国际民间科技交流中心主任"), m("姜晓东", "浙江省科技教育中心主任"),
                    m("李瑞宏", "浙江省科协信息中心主任"), m("俞立群", "浙江省科技咨询中心主任"),
                    m("江正", "浙江省科协综合服务中心副主任"), m("季良纲", "《科学24小时》杂志社社长、总编"),
                    m("郭寄良", "浙江省院士专家工作站服务中心主任")],
        "office": "办公室"},
    notes=[
        "Source: the association's web page as stored (breadcrumb 首页 > 专栏 > …, a 来源/发布时间/点击数 line). The page furniture is not document text.",
        "The role label (组  长：, 副组长：, 成  员：) stands only on the first line of each block; the lines after it (陆  锦  浙江省科协…) belong to the same role. Two-character names are spaced out (陆  锦, 田  梅); the spaces are not part of the name.",
        "There is no signature: issuer is the 来源 line's 浙江省科协 (the full name or null accepted); date is the 发布时间.",
        "科协发厅[2018]5号 is cited in brackets and normalised to 〔〕.",
        "office: 领导小组下设办公室，设在办公室 — the association's own 办公室.",
    ]))

write(doc("dongguan-2003-248-public-health-leading-group.txt",
    doc_type="notice", issuer="东莞市人民政府办公室", doc_number="东府办函〔2003〕248号",
    title="东莞市人民政府办公室关于成立市公共卫生体系建设领导小组的通知",
    recipients=["各镇人民政府（区办事处）", "市府直属有关单位"], date="2003-12-16",
    leading_group={
        "name": "市公共卫生体系建设领导小组",
        "heads": [m("张顺彩", "市政府副市长")],
        "deputies": [m("周华驹", "市政府副秘书长"), m("洪耀坚", "市卫生局局长")],
        "members": [m("何伟森", "市市政局"), m("钟超", "市发展计划局"), m("陈锐康", "市财政局"),
                    m("黎小成", "市建设局"), m("卢沛超", "市城建规划局")],
        "office": None},
    notes=[
        "Source: a law database's copy; its second line (东府办函[2003]248号2003年12月16日广东省) is the database's metadata run together.",
        "Titles stand in brackets after names: 张顺彩(市政府副市长); for members the bracket gives the body (何伟森(市市政局)), which is their title as written.",
        "副组长： and 成员： stand on their own lines with the people on the lines below.",
        "领导小组不设办公室: office null. outline is empty (no numbered items).",
        "date: the 成文日期 in Chinese numerals under the signature (二○○三年十二月十六日).",
    ]))

write(doc("guoban-2015-48-manufacturing-leading-group.txt",
    doc_type="notice", issuer="国务院办公厅", doc_number="国办发〔2015〕48号",
    title="国务院办公厅关于成立国家制造强国建设领导小组的通知",
    recipients=["各省", "自治区", "直辖市人民政府", "国务院各部委", "各直属机构"], date="2015-06-25",
    alternatives={"date": [None]},
    outline=[it("1", "一、", 1, "主要职责"), it("2", "二、", 1, "组成人员")],
    leading_group={
        "name": "国家制造强国建设领导小组",
        "heads": [m("马凯", "国务院副总理")],
        "deputies": [m("苗圩", "工业和信息化部部长"), m("肖亚庆", "国务院副秘书长"), m("林念修", "发展改革委副主任"),
                     m("曹健林", "科技部副部长"), m("刘昆", "财政部副部长")],
        "members": [m("鲁昕", "教育部副部长"), m("毛伟明", "工业和信息化部副部长"), m("汤涛", "人力资源社会保障部副部长"),
                    m("翟青", "环境保护部副部长"), m("王昌顺", "交通运输部副部长"), m("钱克明", "商务部副部长"),
                    m("孙志刚", "卫生计生委副主任"), m("潘功胜", "人民银行副行长"), m("黄丹华", "国资委副主任"),
                    m("张志勇", "税务总局副局长"), m("刘俊臣", "工商总局副局长"), m("陈钢", "质检总局副局长"),
                    m("孙华山", "安全监管总局副局长"), m("贺化", "知识产权局副局长"), m("陈左宁", "工程院副院长"),
                    m("周慕冰", "银监会副主席"), m("刘新华", "证监会副主席"), m("梁涛", "保监会主席助理"),
                    m("刘琦", "能源局副局长"), m("许达哲", "国防科工局局长")],
        "office": None},
    notes=[
        "Source: a chamber of commerce's page: search box, breadcrumb, the title repeated with a space, a 浏览次数/日期 line. The stored copy stops after the member list (三、 and the signature are cut off).",
        "The title is printed on two lines (国务院办公厅关于成立 / 国家制造强国建设领导小组的通知).",
        "Role labels only on the first line of each block; continuation lines are indented with spaces; names spaced out (马 凯, 苗 圩, 刘 昆).",
        "No 成文日期 survives: date is the page's 日期 (null accepted). Recipients split on 、 and ，: 各省、自治区、直辖市人民政府 gives three.",
    ]))

write(doc("suichang-2013-64-literacy-leading-group.docx",
    doc_type="notice", issuer="遂昌县教育局", doc_number="遂教发〔2013〕64号",
    title="遂昌县教育局关于成立教育系统扫盲工作领导小组的通知",
    recipients=["县属学校", "各乡镇（街道）中小学", "中心成人文化技术学校"], date="2013-06-13",
    references=["丽教办〔2013〕74号"],
    outline=[
        it("1", "一、", 1, "遂昌县教育系统扫盲工作领导小组"),
        it("2", "二、", 1, "专项小组"),
        it("2.1", "1.", 3, "工作小组", resp=lu("职成教科", "基础教育科")),
        it("2.2", "2.", 3, "督查小组", resp=lu("督导室", "纪检监察室", "教育工会")),
        it("2.3", "3.", 3, "宣传小组", resp=lu("办公室")),
        it("2.4", "4.", 3, "保障小组", resp=lu("计财科")),
        it("3", "三、", 1, "各专项小组工作职责"),
        it("3.1", "1.", 3, "工作小组"),
        it("3.2", "2.", 3, "督查小组"),
        it("3.3", "3.", 3, "宣传小组"),
        it("3.4", "4.", 3, "保障小组"),
    ],
    leading_group={
        "name": "遂昌县教育系统扫盲工作领导小组",
        "heads": [m("雷伟东")],
        "deputies": [m("朱建英"), m("雷永春"), m("林建立"), m("王其孔")],
        "members": [m("吴立忠"), m("雷土松"), m("廖观雄"), m("肖飞"), m("姜良年"), m("肖缙超"), m("叶珠香")],
        "office": None},
    notes=[
        "Source: a county education bureau's public notice, made a .docx (one paragraph per line, tools/text_to_docx.py) to have a Word file among the found documents.",
        "The leading group lists names without titles, separated by 、 (title null).",
        "The 专项小组 each have a 组长 and a 联络人: they are working groups under the leading group, not its heads or its contact; contact is null.",
        "责任单位：… under each 专项小组 is a labelled responsibility: lead_units (the spec maps 责任单位 to lead units).",
        "三、1. says 职成教科负责…；基础教育科负责… — a description of duties, like 第四条 省科协负责… in zhejiang-popsci-fund-measures, whose gold counts no responsibility; so none here either (first written as departments, changed for consistency with that gold).",
    ]))

write(doc("wuzhou-2008-117-school-flood-safety-group.txt",
    doc_type="notice", issuer="梧州市人民政府办公室", doc_number="梧政办发〔2008〕117号",
    title="梧州市人民政府办公室关于成立2008年汛期学校安全防范工作领导小组的通知",
    recipients=["各县（市、区）政府", "市政府各有关部门"],
    outline=[
        it("1", "一、", 1, "领导小组成员"),
        it("2", "二、", 1, "领导小组主要职责"),
        it("2.1", "（一）", 2, "统筹协调全市学校汛期安全防范工作的重大问题，统一部署有关重大行动"),
        it("2.2", "（二）", 2, "督促检查全市学校汛期安全防范工作的进展情况，以及对自治区和我市各项工作部署的贯彻落实情况"),
        it("3", "三、", 1, "领导小组下设机构和工作职责"),
        it("3.1", "（一）", 2, "宣传教育组", resp=lu("市教育局")),
        it("3.2", "（二）", 2, "安全检测组"),
    ],
    leading_group={
        "name": "2008年汛期学校安全防范工作领导小组",
        "heads": [m("王凯", "市长")],
        "deputies": [m("谢红星", "市委常委、副市长"), m("陈爱民", "梧州学院副书记"), m("徐远洲", "市政府秘书长")],
        "members": [m("梁振培", "市政府副秘书长"), m("崔桂雄", "市政府办副调研员"), m("廖毅斌", "市委宣传部副部长"),
                    m("何炎明", "市教育局局长"), m("叶剑强", "市监察局局长"), m("韦俊", "市建规委主任"),
                    m("王奕森", "市国土资源局局长"), m("李伟强", "市安全监管局局长"), m("梁菲", "市教育局副局长"),
                    m("叶凌峰", "万秀区区长"), m("刘建宇", "蝶山区区长"), m("吴浩岭", "长洲区区长"),
                    m("严伯贵", "苍梧县县长"), m("刘廷", "岑溪市市长"), m("何棠", "藤县县长"), m("蓝明月", "蒙山县县长")],
        "office": "市教育局"},
    notes=[
        "HELD OUT. Source: a law site's copy; the 字号 stands in brackets under the title; the stored copy stops inside 三、（二）, so there is no signature or date.",
        "Role label only on the first line of each block, names spaced (王 凯, 韦 俊, 梁 菲).",
        "office: 领导小组下设办公室（设在市教育局）.",
        "三、（一）宣传教育组 ends 此项工作由市教育局负责: prose responsibility of another body, a lead unit.",
    ]))

write(doc("ynmg-2011-literacy-joint-meeting-notice.txt",
    doc_type="notice", recipients=["各乡镇人民政府", "县级有关部门"], date="2011-09-26",
    references=["国发〔2006〕7号", "云政办发〔2011〕168号"],
    outline=[it("1", "一、", 1, "联席会议组成人员"), it("2", "二、", 1, "联席会议职责")],
    notes=[
        "HELD OUT. Source: a county government site; the stored copy has no title and no signature line, only the date (二〇一一年九月二十六日) and 主题词.",
        "A 联席会议 with 总召集人/召集人/成员 is a joint-meeting system, not a 领导小组: leading_group is null.",
        "主题词 is not cc. 以下简称纲要 is not a reference.",
    ]))

# ---------------------------------------------------------------- notices with contacts
write(doc("henan-2018-society-activity-guide-notice.txt",
    doc_type="notice", issuer="河南省科协办公室",
    recipients=["各全省学会", "协会", "研究会", "各省辖市", "省直管县（市）科协"], date="2018-04-23",
    contact={"name": "邓洪军、袁宾", "phone": "0371-65707540", "email": "hnkxxhb@vip.163.com"},
    alternatives={"contact.name": ["邓洪军"]},
    outline=[
        it("1", "一、", 1, "各全省学会认真研究本年度活动计划，填写并报送《2018年度全省学会活动计划表》（见附件1）"),
        it("2", "二、", 1, "各省辖市科协根据年度重要活动工作计划，填写并报送《2018年度省辖市科协学会工作重要活动计划表》（见附件2）"),
        it("3", "三、", 1, "省科协将根据各相关单位报送材料编制《河南省科协2018年学会活动指南》，并在省科协网站等公开发布，加大对活动的宣传和支持"),
        it("4", "四、", 1, "各相关单位须与5月21日前将电子版表格发送到省科协学会学术部邮箱", deadline="2018-05-21"),
    ],
    notes=[
        "Source: the provincial association's news page body; the stored copy has no title line. 供稿人：学会学术部 under the date is the website's byline.",
        "Two contact people share one phone and mailbox: name as written (邓洪军、袁宾), the first alone accepted.",
        "四、 须与(于)5月21日前 → 2018-05-21 (document year). The attachment list is not outline.",
    ]))

write(doc("wuhan-2019-conference-funding-notice.txt",
    doc_type="notice", issuer="武汉市科学技术协会", date="2019-03-06",
    recipients=["各在汉高校", "科研院所", "大型企业", "科技社团"],
    contact={"name": "常勇", "phone": "027-65692041", "email": "wast1012@126.com"},
    outline=[
        it("1", "一、", 1, "本次申报资助的会议应为2019年1—11月内在汉举办的高端国际学术会议，申报截止时间为2019年9月30日（邮递材料以邮戳日期为准）"),
        it("2", "二、", 1, "《武汉市科协资助在汉举办高端国际学术会议暂行办法》及《武汉市科协资助国际学术会议申报书》可在武汉市科协网站相关栏目中下载（http://www.whkx.org.cn）"),
        it("3", "三、", 1, "申报单位按要求填写《申报书》一式三份，加盖公章后连同管理办法要求的其他材料，按规定时间报送武汉市科协学会部"),
        it("3.4", "（四）", 2, "项目应以武汉市科协为主办单位或支持单位，申报单位为承办单位，不得转包，如发现此类情况将取消申报资格"),
    ],
    notes=[
        "Source: a university research office's page reposting the city association's notice, with its own 校科协联系人 block after the signature. The document's contact is the city association's (市科协联系人：常 勇, spaced name).",
        "申报截止时间为2019年9月30日 closes the whole call (the document's submission date), so it is not item 一's deadline.",
        "The fourth item is written （四） after 三、 (the writer's slip); marker as written, level 2, nested under 三、.",
        "date: 2019年3月6 日 (a stray space before 日).",
    ]))

write(doc("foshan-2009-forwarding-popsci-works.html",
    doc_type="notice", issuer="佛山市信息协会", doc_number="佛信协〔2009〕14号",
    title="转发市科协关于征集优秀科普作品的通知", recipients=["各有关单位"], date="2009-08-06",
    contact={"name": "区妙玲", "phone": "83288828", "email": None},
    references=["佛科协〔2009〕32号"], enclosed_title="关于征集优秀科普作品的通知",
    alternatives={"enclosed_title": ["市科协关于征集优秀科普作品的通知"]},
    notes=[
        "Source: an association's news page. The text is the page's; the markup around it is Word-pasted (MsoNormal paragraphs, styled spans, &nbsp; runs) inside a layout table with a breadcrumb and footer, the way such CMS pages store it — rebuilt around the stored text, whose plain copy lost the characters split across spans (佛信协〔200914, 2009911日前).",
        "The headline and the 2009-08-14 来源 line are the site's; the document's own date is the 成文日期 at the end (二〇〇九年八月六日).",
        "A 转发 notice: enclosed_title is the forwarded 《关于征集优秀科普作品的通知》; its number 佛科协[2009]32号 is a reference (also repeated in the attachment line).",
        "contact: 联系人 and 联系电话 on one line. No numbered items.",
    ]))

write(doc("liaoning-2018-workers-day-forwarding.txt",
    doc_type="notice", title="关于转发《中国科协 科技部关于开展 2018年“全国科技工作者日”活动的通知》 的通知",
    recipients=["各市科协", "科技局", "各省级学会（协会、研究会）"], date="2018-05-12",
    references=["科协发厅字〔2018〕13号"],
    enclosed_title="中国科协科技部关于开展2018年“全国科技工作者日”活动的通知",
    alternatives={"date": [None]},
    outline=[
        it("1", "一是", 5, "各市科协、科技局，省级学会要高度重视，积极争取当地党委政府、理事长单位和社会各界对“全国科技工作者日”活动的重视和支持，努力形成全社会广泛参与的工作局面"),
        it("2", "二是", 5, "各市科协、科技局，省级学会要切实把组织开展庆祝活动与“五大基地”建设、深入实施“五大区域发展战略”紧密结合，进一步激发科技工作者为辽宁全面振兴发展作贡献的活力和热情"),
        it("3", "三是", 5, "各市科协、科技局，省级学会要充分发挥各类传统媒体和新媒体的作用，对优秀科技工作者典型代表和科学家精神集中宣传，扩大活动的影响力"),
    ],
    notes=[
        "Source: a talent-service site's page: office hours, 微信, the title, a 2018/5/12 10:39:52 | 1621次浏览 line and a download link to the forwarded notice. The stored copy stops before the signature, so issuer is null and date the page's posting date (null accepted).",
        "The title has stray spaces (开展 2018年, 》 的通知) which are not part of it.",
        "Each 一是/二是/三是 opens its own paragraph: level-5 items with no parent, heading to the first 。.",
    ]))

write(doc("xinxiang-2017-popsci-works-forwarding.txt",
    doc_type="notice", issuer="新乡市科学技术局", title="关于转发省科技厅《关于推荐2017年全国优秀科普作品的通知》的通知",
    recipients=["各县（市）区科技主管部门", "各有关单位"], date="2017-06-22",
    contact={"name": "王海东、苏婕", "phone": "0373-5820665", "email": None},
    enclosed_title="关于推荐2017年全国优秀科普作品的通知",
    alternatives={"contact.name": ["王海东", "王海东苏婕"], "enclosed_title": ["省科技厅关于推荐2017年全国优秀科普作品的通知"]},
    outline=[
        it("1", "一、", 1, "申报时间 受理截止时间为2017年7月5日", deadline="2017-07-05"),
        it("2", "二、", 1, "申报地点 新乡市人民路与新二街交叉口东南角三合一综合办公楼4楼479室社会发展科，电子版发送至"),
        it("3", "三、", 1, "需提交材料 各县（市）区科技主管部门汇总统一报送，《2017年全国优秀科普作品推荐表》（见附件）和作品6份（套）"),
    ],
    notes=[
        "HELD OUT. Source: a regional science-tech news site that stored the whole notice as one line after the title; 留言与评论 is the site's.",
        "Items run together on one line (… 一、申报时间 受理截止时间为… 二、申报地点 …) are still separate items; each heading runs to its first 。 or ：, so the space between the label and the sentence stays inside it.",
        "一、申报时间's whole content is 受理截止时间为2017年7月5日: an item about when applications close has that date as its own deadline (as 申报截止日期为1月9日 in xingtai-2012 and 申报时间 in technoirc-2021; corrected in round 23, the earlier gold read it as the whole call's closing date).",
        "电子版发送至：[email protected] is an address hidden by the site, not an e-mail: contact email null. Two contact names with a space (王海东 苏 婕).",
        "The attachment list (附 件：1.… 2.…) is not outline.",
    ]))

write(doc("printing-2014-44-forwarding-notice.txt",
    doc_type="notice", issuer="中国印刷技术协会", doc_number="中印协办字〔2014〕44号",
    recipients=["各省区", "市印刷协会", "各分支机构", "各会员单位和相关单位"], date="2014-05-30",
    contact={"name": None, "phone": None, "email": "zgyslyl@126.com"},
    enclosed_title="中国科协关于开展第六届全国优秀科技工作者推荐评选工作的通知",
    notes=[
        "Source: an association's page that stored the notice without its title line; the 字号 has a space before 号.",
        "The forwarded document is named in 《》 in the body: enclosed_title.",
        "The only contact is the mailbox in prose (并发邮件到zgyslyl@126.com).",
        "主题词 is not cc; the 印发 line names the issuer; date is the 成文日期 二○一四年五月三十日.",
        "《<全国优秀科技工作者评选表彰办法>实施细则》 is a title, not a reference (no number).",
    ]))

write(doc("yingtan-2008-meeting-notice.txt",
    doc_type="notice", issuer="鹰潭市科学技术协会", date="2008-03-05",
    recipients=["各县（市、区）科协", "龙虎山景区文卫局", "市工业园区经济发展局", "各市级学会", "厂矿科协"],
    outline=[
        it("1", "一、", 1, "参会人员"),
        it("2", "二、", 1, "会议内容"),
        it("2.1", "（一）", 2, "传达中央书记处、中国科协及省科协工作会议精神"),
        it("2.2", "（二）", 2, "总结2007年工作和部署2008年工作"),
        it("2.3", "（三）", 2, "表彰2007年度先进单位和先进个人"),
        it("2.4", "（四）", 2, "市委领导作重要讲话"),
    ],
    notes=[
        "HELD OUT. Source: an association's page; the stored copy has no title line.",
        "date: 二OO八年三月五日 is written with the Latin letter O for 〇; the 印发 line's 2008年3月5日 agrees.",
        "2008年3月12日 is the meeting's date, not a deadline.",
    ]))

write(doc("jiangsu-2019-82-chief-experts-notice.txt",
    doc_type="notice", issuer="江苏省科学技术协会", doc_number="苏科协发〔2019〕82号",
    recipients=["各省级学会", "协会", "研究会", "各设区市科协"], date="2019-05-08",
    references=["苏科协发〔2014〕25号"],
    notes=[
        "HELD OUT. Source: the provincial popular-science site; no title line in the stored copy.",
        "The attached list of 首席科技传播专家 (a table flattened to | lines) is an expert list, not a 领导小组: leading_group null.",
        "附件：… is the attachment, not an enclosed plan of a 印发 notice: enclosed_title null.",
    ]))

write(doc("cast-2019-141-world-conference-notice.html",
    doc_type="notice", issuer="中国科协办公厅", doc_number="科协办函普字〔2019〕141号",
    title="中国科协办公厅关于举办2019年世界公众科学素质促进大会的通知",
    recipients=["各全国学会", "协会", "研究会", "各省", "自治区", "直辖市", "副省级城市科协", "新疆生产建设兵团科协"],
    date="2019-09-18",
    outline=[
        it("1", "一、", 1, "大会名称"), it("2", "二、", 1, "大会主题"), it("3", "三、", 1, "时间地点"),
        it("4", "四、", 1, "主要日程"), it("5", "五、", 1, "参会安排"),
        it("5.1", "（一）", 2, "各全国学会、协会、研究会负责人，每单位1位参会人员"),
        it("5.2", "（二）", 2, "各省、自治区、直辖市、副省级城市和新疆生产建设兵团科协负责人，每单位1位参会人员"),
    ],
    notes=[
        "Source: a research institute's news page reposting the notice. An HTML fragment as the CMS stores it (no <html>/<head>/charset): top links, the headline, a 来源/发布时间 line, the body in a TRS_Editor div with &nbsp; indents and <strong> item headings, a footer. The stored plain copy lost the opening bracket of the 字号 (科协办函普字2019〕141号), restored here.",
        "The stored copy stops inside 五、; no signature: date is the 发布时间.",
        "Schedule lines (10月16日 上午：报到；) are not items and carry no deadlines.",
    ]))

# ---------------------------------------------------------------- 印发 notices with the plan after the date
write(doc("guangzhou-2016-29-literacy-plan-notice.txt",
    doc_type="notice", issuer="广州市人民政府办公厅", doc_number="穗府办〔2016〕29号",
    title="广州市人民政府办公厅关于印发广州市全民科学素质行动计划纲要实施方案[2016—2020年]的通知",
    recipients=["各区人民政府", "市政府各部门", "各直属机构"], date="2016-12-20",
    references=["国发〔2006〕7号", "国办发〔2016〕10号"],
    enclosed_title="广州市全民科学素质行动计划纲要实施方案（2016—2020年）",
    notes=[
        "Source: a law database page: menus, 发文标题/发文文号/发文部门/发文时间 metadata, 阅读人次, then 发文内容 with the notice. The title is the database's 发文标题 (the notice's own title line is not in the body).",
        "The enclosed plan's title line follows the notice's signature and date, with its years in brackets.",
        "The copy is cut inside the plan's first sentence (…(粤府办[201): that cut number is not a reference.",
    ]))

write(doc("danzhou-2022-39-literacy-plan-notice.txt",
    doc_type="notice", issuer="儋州市人民政府办公室", doc_number="儋府办〔2022〕39号",
    title="儋州市人民政府办公室关于印发《儋州市全民科学素质行动规划纲要实施方案(2021-2025年)》的通知",
    recipients=["各镇人民政府", "地方农林场", "市政府直属各单位", "派出机构"], date="2022-09-20",
    enclosed_title="儋州市全民科学素质行动规划纲要实施方案（2021-2025年）",
    outline=[
        it("1", "一、", 1, "总体要求"),
        it("1.1", "（一）", 2, "指导思想和原则"),
        it("1.2", "（二）", 2, "工作目标"),
    ],
    notes=[
        "HELD OUT. Source: the city government's page; the copy stops inside the plan.",
        "Title on two lines (…办公室关于 / 印发《…》的通知). The plan's own title follows the date and (此件主动公开), printed on two lines (…规划纲要 / 实施方案(2021-2025年)).",
        "《海南省…实施方案(2021-2025年)》 is cited without a number: no reference.",
    ]))

write(doc("gangyaoban-2018-3-work-points-notice.txt",
    doc_type="notice", issuer="全民科学素质纲要实施工作办公室", doc_number="纲要办发〔2018〕3号",
    recipients=["全民科学素质纲要实施工作办公室各成员单位", "各省", "自治区", "直辖市", "副省级城市纲要办（科协）",
                "新疆生产建设兵团纲要办（科协）"],
    date="2018-03-19", enclosed_title="2018年全民科学素质行动工作要点",
    outline=[
        it("1", "一、", 1, "深入学习贯彻习近平新时代中国特色社会主义思想和党的十九大精神，加强党对新时代公民科学素质建设的领导"),
        it("1.1", "（一）", 2, "深入学习贯彻党的十九大精神"),
        it("1.1.1", "1.", 3, "深刻理解习近平新时代中国特色社会主义思想丰富内涵，准确把握新时代全民科学素质工作在实现人民美好生活、实现中华民族伟大复兴中国梦以及服务构建人类命运共同体中的重要历史使命，深入分析新时代全民科学素质工作不平衡不充分主要矛盾的具体表现和深层原因，不断提高推动工作跨越发展"),
    ],
    notes=[
        "Source: a news site's copy without the title line; the copy stops inside the first 1. item.",
        "Signature 全民科学素质纲要实施工作办公室 with (中国科协办公厅代章) under it: the seal-lending office is not the issuer.",
        "The 工作要点 the notice 印发 follows the date as its own title line: enclosed_title.",
    ]))

write(doc("chibi-2012-3-literacy-plan-notice.txt",
    doc_type="notice", issuer="市人民政府办公室", doc_number="赤政办发〔2012〕3号",
    title="市人民政府办公室关于印发赤壁市全民科学素质行动计划纲要实施方案（2011-2015年）的通知",
    recipients=["各乡镇人民政府", "办事处", "场", "市政府各部门"], date="2012-01-12",
    references=["鄂政发〔2006〕46号", "鄂政办发〔2011〕96号"],
    enclosed_title="赤壁市全民科学素质行动计划纲要实施方案（2011-2015年）",
    alternatives={"issuer": ["赤壁市人民政府办公室"], "date": ["2012-09-28"]},
    outline=[it("1", "一、", 1, "背景和意义")],
    notes=[
        "Source: the city government's open-government page: 热词搜索, a metadata table (索引号, 文号, 发文单位 = the website, 发布日期, 有效性) and the notice, with blank lines of spaces between paragraphs.",
        "The title is printed on three lines (市人民政府办公室关于 / 印发…纲要 / 实施方案(2011-2015年)的通知) and names the issuer without the city; the full name is accepted.",
        "date: the 成文日期 reads 一二年一月十二日 — 二〇一二年 with its 〇 lost in the page; 2012-01-12. The metadata's 发文日期 2012-09-28 is accepted.",
        "The enclosed plan's title follows the date on its own line.",
    ]))

write(doc("liuyang-2022-literacy-plan-notice.txt",
    doc_type="notice", issuer="浏阳市人民政府办公室",
    title="浏阳市人民政府办公室关于印发《浏阳市全民科学素质行动规划纲要实施方案(2021—2025年)》的通知",
    recipients=["各乡", "镇人民政府", "街道办事处", "市直各单位"], date="2022-10-31",
    references=["国发〔2021〕9号", "湘政办发〔2021〕74号", "长政办发〔2021〕81号"],
    enclosed_title="浏阳市全民科学素质行动规划纲要实施方案（2021—2025年）",
    outline=[it("1", "一、", 1, "指导思想、原则和目标"), it("1.1", "（一）", 2, "指导思想")],
    notes=[
        "HELD OUT. Source: the city government's page (logo, 长者服务专区, 发布时间/来源 line naming the justice bureau as the page's source).",
        "Signature and date are padded with trailing spaces; the plan's title line follows (此件主动公开).",
        "Recipients split mechanically: 各乡、镇人民政府 gives 各乡 and 镇人民政府.",
    ]))

# ---------------------------------------------------------------- regulations
write(doc("qiqihar-society-activity-preview-rules.txt",
    doc_type="regulation", title="齐齐哈尔市科学技术协会所属学会（协会、研究会）重要学术活动预告制度",
    alternatives={"issuer": ["齐齐哈尔市科学技术协会"]},
    outline=[
        it("1", "一、", 1, "预告活动范围"),
        it("1.1", "1、", 3, "学会主办的学术年会、学术研讨会、学术报告会、科技考察活动、科普宣传活动"),
        it("1.2", "2、", 3, "围绕市委、市政府的中心工作，由学会组织的专项论证咨询活动"),
        it("1.3", "3、", 3, "学会承办的各级学术会议"),
        it("1.4", "4、", 3, "多个学会联合主办的学术活动"),
        it("2", "二、", 1, "预告主要内容"),
        it("2.1", "1、", 3, "活动的名称、时间、地点、联系人及其联系电话"),
        it("2.2", "2、", 3, "活动方式及活动的主要内容"),
        it("2.3", "3、", 3, "参会人员、人数"),
        it("3", "三、", 1, "有关要求"),
        it("3.1", "1、", 3, "市级学会（协会、研究会）在开展活动前15天，将《齐齐哈尔市科学技术协会市级学会重要学术活动申报表》报市科协学会部"),
        it("3.2", "2、", 3, "市级学会（协会、研究会）重要活动的有关文件、资料，报市科协学会部存档"),
        it("4", "四、", 1, "公布方式"),
    ],
    notes=[
        "A 制度 (rules) numbered 一、 and 1、: doc_type regulation. No header or signature: issuer null, the body in the title accepted.",
        "The title line has a stray space inside the bracket (协会、 研究会).",
        "1.4's bracket (由牵头学会负责预告) is an annotation after the item; it names no body, so no responsibility.",
        "联系人及其联系电话 in 二、1、 is a field to report, not a contact: contact null.",
    ]))

write(doc("cast-2014-society-general-rules.txt",
    doc_type="regulation", title="中国科学技术协会全国学会组织通则（试行）",
    alternatives={"issuer": ["中国科学技术协会", "中国科协"], "date": ["2014-06-12"]},
    outline=[
        it("1", "第一章", 1, "总则"),
        it("1.1", "第一条", 2, "根据《社会团体登记管理条例》、《中国科学技术协会章程》，为规范中国科学技术协会（以下简称中国科协）业务主管的全国学会、协会、研究会（以下简称全国学会）组织工作，促进全国学会组织发展，制定本通则"),
        it("1.2", "第二条", 2, "全国学会是按科学技术领域中的基础科学、技术科学、工程技术及相关科学的学科组建，或以促进科学技术发展和普及为宗旨的学术性、科普性社会团体"),
        it("1.3", "第三条", 2, "全国学会贯彻国家科学技术工作自主创新、重点跨越、支撑发展、引领未来的指导方针，弘扬尊重劳动、尊重知识、尊重人才、尊重创造的风尚，倡导“献身、创新、求实、协作”的精神，坚持独立自主、民主办会的原则和“百花齐放、百家争鸣”的方针"),
        it("1.4", "第四条", 2, "全国学会的主要任务是"),
        it("1.4.1", "（一）", 2, "开展学术交流，活跃学术思想，促进学科发展，推动自主创新"),
        it("1.4.2", "（二）", 2, "弘扬科学精神，普及科学知识，传播科学思想和科学方法"),
    ],
    notes=[
        "A 通则 is a regulation. Source: a popular-science site's page (breadcrumb, 【信息来源:】【信息时间:2014-06-12】); the copy stops inside 第四条.",
        "No issuer line; the body in the title accepted. date: no 成文日期 in the copy; the page's 信息时间 is accepted, null preferred.",
        "第X章 level 1, 第X条 level 2, the （一）（二） inside 第四条 nest under it (as in zhejiang-popsci-fund-measures).",
    ]))

# ---------------------------------------------------------------- news and gathered briefings
write(doc("chuzhou-2015-county-monthly-work.txt",
    doc_type="news", title="各县（市、区）科协2015年7月份重点工作完成情况及8月份重点工作计划", date="2015-08-19",
    alternatives={"title": [None]},
    segments=[{"unit": u, "heading": None, "text": None}
              for u in ["琅琊区科协", "南谯区科协", "来安县科协", "全椒县科协", "天长市科协"]],
    notes=[
        "A gathered briefing: one block per county association, each under （一）琅琊区科协（6项） with its numbered list. It is segments, outline empty; the title is the page's own, not the first unit's.",
        "date is the page's 发布时间. The copy stops after the fifth unit.",
    ]))

write(doc("taoyuan-society-work-meeting-news.txt",
    doc_type="news", title="县科协召开学会工作会议",
    notes=["A single news item from a county government site with login furniture after it; no date, source or issuer on the page."]))

write(doc("macheng-popsci-city-supervision-news.txt",
    doc_type="news", title="全国科普示范市创建工作稳步推进",
    notes=[
        "HELD OUT. A single news item; the dateline 7月26日 has no year, so date is null. The reporters' names in brackets at the end are a byline.",
    ]))

write(doc("zhengzhou-2014-air-pollution-group-news.txt",
    doc_type="news", title="河南省郑州市成立大气污染防治工作领导小组", date="2014-05-30",
    leading_group={"name": "大气污染防治工作领导小组", "heads": [m(None, "市长")],
                   "deputies": [m(None, "常务副市长"), m(None, "分管副市长")], "members": [], "office": "市环保局"},
    notes=[
        "A news page about a 领导小组 written in prose with offices, not people (组长由市长担任，常务副市长任常务副组长，分管副市长任执行副组长，成员由各相关单位组成). As in the spec's Guangdong reference parse, roles without names are heads/deputies with a null name; 常务/执行副组长 are deputies; 各相关单位 are bodies, not members (first written as leading_group null, changed to follow that reference).",
        "Site header, breadcrumb and footer (Copyright …) are furniture; date from the page's 2014-05-30 22:12 line.",
    ]))
# ---------------------------------------------------------------- a second batch, found after the first fixes
STATE_COUNCIL_RECIPIENTS = ["各省", "自治区", "直辖市人民政府", "国务院各部委", "各直属机构"]

write(doc("guoban-2022-33-asian-games-leading-group.txt",
    doc_type="notice", issuer="国务院办公厅", doc_number="国办函〔2022〕33号",
    title="国务院办公厅关于成立第19届亚运会和第4届亚残运会工作领导小组的通知", recipients=STATE_COUNCIL_RECIPIENTS,
    outline=[it("1", "一、", 1, "主要职责"), it("2", "二、", 1, "组成人员")],
    leading_group={
        "name": "第19届亚运会和第4届亚残运会工作领导小组",
        "heads": [m("孙春兰", "国务院副总理")],
        "deputies": [m("王勇", "国务委员"), m("袁家军", "中共浙江省委书记"),
                     m("苟仲文", "体育总局局长、第19届亚运会组委会主席、第4届亚残运会组委会主席"),
                     m("张海迪", "中国残联主席、第4届亚残运会组委会主席")],
        "members": [m("王浩", "浙江省省长、第19届亚运会组委会主席、第4届亚残运会组委会主席"),
                    m("孔绍逊", "中央办公厅副主任兼秘书局局长"), m("吕岩松", "中央宣传部副部长"), m("牛一兵", "中央网信办副主任"),
                    m("龙明彪", "中央台办副主任"), m("刘建超", "中央外办副主任"), m("孟扬", "国务院副秘书长"),
                    m("王志清", "国务院副秘书长"), m("马朝旭", "外交部副部长"), m("田玉龙", "工业和信息化部党组成员、总工程师"),
                    m("林锐", "公安部副部长"), m("石好勇", "安全部副部长"), m("欧文汉", "财政部部长助理"),
                    m("赵英民", "生态环境部副部长"), m("赵冲久", "交通运输部副部长"), m("马有祥", "农业农村部副部长"),
                    m("王受文", "商务部副部长"), m("雷海潮", "国家卫生健康委副主任"), m("孙玉宁", "海关总署副署长"),
                    m("王道树", "税务总局副局长"), m("唐军", "市场监管总局副局长"), m("杨小伟", "广电总局副局长"),
                    m("高志丹", "体育总局副局长"), m("黄柳权", "国务院港澳办副主任"), m("余勇", "中国气象局副局长"),
                    m("曲云海", "国家移民局副局长"), m("李春良", "国家林草局副局长")],
        "office": None},
    notes=[
        "Source: a culture site's copy, cut inside the member list (its last, cut name is left out of the doc).",
        "Each role label stands alone on its line (组长：, 第一副组长：, 副组长：, 成员：) with the people on the lines below, name then title separated by one space.",
        "第一副组长 is a deputy, listed first among the deputies.",
        "No signature or date survives: date null.",
    ]))

write(doc("guoban-2016-97-new-materials-leading-group.txt",
    doc_type="notice", issuer="国务院办公厅", doc_number="国办发〔2016〕97号",
    title="国务院办公厅关于成立国家新材料产业发展领导小组的通知", recipients=STATE_COUNCIL_RECIPIENTS,
    date="2016-12-23", alternatives={"date": [None]},
    outline=[it("1", "一、", 1, "主要职责"), it("2", "二、", 1, "组成人员"), it("3", "三、", 1, "工作机构")],
    leading_group={
        "name": "国家新材料产业发展领导小组",
        "heads": [m("马凯", "国务院副总理")],
        "deputies": [m("苗圩", "工业和信息化部部长"), m("肖亚庆", "国资委主任"), m("林念修", "发展改革委副主任"),
                     m("阴和俊", "科技部副部长"), m("刘昆", "财政部副部长")],
        "members": [m("杜占元", "教育部副部长"), m("徐乐江", "工业和信息化部副部长"), m("汤涛", "人力资源社会保障部副部长"),
                    m("张骥", "商务部部长助理"), m("潘功胜", "人民银行副行长"), m("黄丹华", "国资委副主任"),
                    m("李国", "海关总署副署长"), m("孙瑞标", "税务总局副局长"), m("田世宏", "质检总局党组成员、国家标准委主任"),
                    m("许宪春", "统计局副局长"), m("贺化", "知识产权局副局长"), m("张亚平", "中科院副院长"),
                    m("徐德龙", "工程院副院长"), m("王兆星", "银监会副主席"), m("方星海", "证监会副主席"), m("梁涛", "保监会副主席"),
                    m("高瑞平", "自然科学基金会副主任"), m("张克俭", "国防科工局副局长"), m("陆明", "外专局副局长"),
                    m("冯丹宇", "中央军委装备发展部副部长")],
        "office": "工业和信息化部"},
    notes=[
        "HELD OUT. Source: a wiki's copy: the title, then a metadata line (title, 字号, 2016年12月23日, 发布机关 …|), then the title's second line and the notice. The copy stops after 三、's first paragraph.",
        "date: the metadata's 2016年12月23日 (no signature survives); null accepted.",
        "Role label on the first line of each block; names padded with a space (马 凯, 张 骥).",
    ]))

write(doc("wuhan-2011-eighth-congress-study-notice.txt",
    doc_type="notice", issuer="武汉市科学技术协会", date="2011-07-03",
    recipients=["各学会（协会、研究会）", "各区科协", "各企事业科协", "机关各部室", "各直属事业单位"],
    contact={"name": None, "phone": None, "email": "whskx-bgs@163.com"},
    alternatives={"doc_type": ["other"]},
    notes=[
        "Source: the city association's page without its title line: a short request to report how the congress's spirit is studied.",
        "doc_type notice (a 通知 in all but its lost title line); other accepted, as nothing in the text names its kind.",
        "The mailbox in brackets after the office the report goes to (至市科协办公室(whskx-bgs@163.com)) is the contact's e-mail.",
    ]))

write(doc("csf-2019-chief-science-communicators-notice.txt",
    doc_type="notice", issuer="中国科协", title="中国科协关于聘任第六批首席科学传播专家的通知", date="2019-02-01",
    recipients=["各全国学会", "协会", "研究会", "各省", "自治区", "直辖市科协", "新疆生产建设兵团科协"],
    references=["科协办发普字〔2013〕40号"],
    alternatives={"issuer": ["中国科学技术协会"], "date": [None]},
    notes=[
        "Source: a learned society's page (login box, breadcrumb, a 2019/2/1 19:27:05 新闻来源 line); the copy stops before the signature.",
        "issuer: named at the head of the title (中国科协); date: the page's posting date (null accepted).",
        "A notice appointing experts: no leading group, no outline.",
        "The 201412月 (2014年12月 with 年 lost) is not a date the reader should use.",
    ]))

write(doc("linyi-lanshan-literacy-group-news.txt",
    doc_type="news", alternatives={"doc_type": ["other"], "issuer": ["临沂市科学技术协会"]},
    notes=[
        "A news blurb from a city association's site, stored without its headline; the footer (site owner, address, 电话, ICP number) is the website's: no contact.",
        "The 领导小组 is described by offices only (区委、区政府分管领导任组长，…分管负责人为成员). As in the spec's reference parse of the Guangdong plan (组长 党组书记, name null), roles without names are the group's heads and members with a null name; 区委、区政府分管领导 is one role (first written as leading_group null, changed to follow that reference).",
    ],
    leading_group={"name": "全民科学素质工作领导小组", "heads": [m(None, "区委、区政府分管领导")], "deputies": [],
                   "members": [m(None, "区组织、宣传、人事、教育、环保等有关单位分管负责人")], "office": "区科协"}))

write(doc("xjbl-literacy-office-members-and-duties.txt",
    doc_type="other",
    outline=[
        it("1", "一、", 1, "实施未成年人科学素质行动",
           resp={"lead_units": ["教育部", "共青团中央"],
                 "partner_units": ["中央宣部", "科技部", "人力资源社会保障部", "环境保护部", "卫生部", "广电总局", "中科院",
                                   "社科院", "工程院", "气象局", "自然科学基金会", "全国妇联", "中国科协"]}),
        it("2", "二、", 1, "实施农民科学素质行动",
           resp={"lead_units": ["农业部", "中国科协"],
                 "partner_units": ["中央组织部", "中央宣传部", "教育部", "科技部", "国家民委", "人力资源社会保障部",
                                   "环境保护部", "卫生部", "广电总局", "安全监管总局", "林业局", "中科院", "工程院", "气象局",
                                   "全国总工会", "共青团中央", "全国妇联"]}),
    ],
    notes=[
        "Source: a county site's copy of a fragment: the members of a 纲要 implementation office (主任/副主任/成员) and the member units' duties. No title, issuer or date.",
        "主任/副主任 of an office are not a 领导小组: leading_group null.",
        "Each duty's bracket (由教育部、共青团中央牵头，…参加) names lead units, then the units that take part (参加): partner units. The heading stops at the bracket.",
    ]))

write(doc("nanchang-2021-27-literacy-plan-notice.txt",
    doc_type="notice", issuer="南昌市人民政府", doc_number="洪府发〔2021〕27号",
    title="南昌市人民政府关于印发南昌市全民科学素质行动规划纲要实施方案(2021-2025年)的通知",
    recipients=["各县（区）人民政府", "开发区管委会", "市政府各部门"], date="2021-12-21",
    enclosed_title="南昌市全民科学素质行动规划纲要实施方案（2021—2025年）",
    outline=[it("1", "一、", 1, "指导思想、基本原则和主要目标"), it("1.1", "（一）", 2, "指导思想")],
    notes=[
        "Source: the city government's gazette page; the date stands without a signature line; the copy stops inside the plan.",
        "The enclosed plan's own title line follows (此件主动公开), with — where the notice wrote -.",
        "The documents cited in the plan's first sentence have no numbers: no references.",
    ]))

write(doc("wulong-2021-popsci-joint-meeting-notice.txt",
    doc_type="notice", issuer="重庆市武隆区人民政府办公室",
    title="重庆市武隆区人民政府办公室关于建立武隆区科学技术普及工作联席会议制度的通知",
    recipients=["各街道办事处", "各乡镇人民政府", "区政府各部门", "有关单位"],
    notes=[
        "HELD OUT. Source: the district's gazette page, with characters lost in the list (组　长 → 长：, 区委宣传部 → 委宣传部, 成　员 → 员：); the copy stops before the signature.",
        "A 联席会议, not a 领导小组: leading_group null (its 副组长 label notwithstanding).",
    ]))

write(doc("sichuan-2014-member-day-notice.txt",
    doc_type="notice", date="2014-12-05", recipients=["协会各理事", "常务理事及会员单位", "社会有关单位"],
    references=["科协办发组字〔2014〕44号"], alternatives={"doc_type": ["other"]},
    outline=[
        it("1", "1、", 3, "启动仪式"),
        it("2", "2、", 3, "颁发“第六届全国优秀科技工作者”奖励"),
        it("3", "3、", 3, "举行会员入会仪式"),
        it("4", "4、", 3, "“第六届全国优秀科技工作者”四川获奖者座谈会"),
        it("5", "5、", 3, "开展趣味体育活动"),
        it("6", "6、", 3, "参观科技馆"),
        it("7", "7、", 3, "举行四川省科学道德和学风建设宣讲教育活动"),
    ],
    notes=[
        "HELD OUT. Source: an association's page without title or signature, only the date.",
        "The activities are numbered 1、…7、: level 3 items without a parent. 2014年12月16日 is the event's date, not a deadline.",
        "科协办发组字【2014】44号 normalised to 〔〕. doc_type notice, other accepted (no title names it).",
    ]))
# ---------------------------------------------------------------- a third batch
write(doc("hengshui-jingxian-popsci-publicity-news.txt",
    doc_type="news", issuer="景县科协", title="景县科协多形式做实科普宣传工作", date="2016-03-17",
    alternatives={"issuer": [None]},
    notes=[
        "A single news item on a city association's site: breadcrumb, headline, 发布时间/来源 line, four paragraphs opened by a phrase (举办知识讲座。) that are not numbered items, a byline (景县科协：李瑞景) and a browser note.",
        "issuer: the 来源 line's 景县科协 (null accepted, as for a news page).",
    ]))

write(doc("sina-2003-cast-annual-meeting-notice.txt",
    doc_type="notice", title="关于举办中国科协2003年学术年会的通知", date="2003-09-10",
    recipients=["各全国性学会", "协会", "研究会", "各省", "自治区", "直辖市科协", "各有关单位"],
    alternatives={"date": [None], "issuer": ["中国科协"]},
    outline=[
        it("1", "一、", 1, "学术年会的主题、宗旨和目的 2003年学术年会的主题"),
        it("1.1", "（一）", 2, "组织跨学科、跨部门、跨地区的科技工作者，围绕科学技术发展过程中具有全局性、战略性、前瞻性的问题和建设与发展中的热点、难点问题，促进不同学科的交叉和融合，广泛交流学术思想，充分展现科技发展的创新思想和观点，促进学科发展和科技进步，推动我国科技事业的繁荣与发展"),
        it("1.2", "（二）", 2, "召开综合性、开放性、大规模的学术年会，构筑高水平的学术交流平台，集中展示广大科技工作者和专家学者的最新科技成果，为全面建设小康社会，大力实施科教兴国和可持续发展战略，提高劳动者素质，走新型工业化道路作出贡献"),
    ],
    notes=[
        "HELD OUT. Source: a news portal's copy: the title and the portal's table marks (|, ---|), a URL and dateline line, then the whole notice on one line; the copy stops inside 一、.",
        "Items run together on the line are separate items; 一、's heading runs to its first ：, so the space before 2003年 stays inside it. 2003年7月下旬 is when a notice will be sent, not a deadline.",
        "No signature: issuer null (中国科协, named as organiser, accepted); date the portal's 2003年09月10日 (null accepted).",
    ]))

write(doc("wangcang-2019-science-to-countryside-news.txt",
    doc_type="news", date="2019-03-11",
    notes=[
        "HELD OUT. A county site's news item stored without its headline: the site's masthead (今天是2024年11月03日 星期日…, the day the page was saved) and a 时间/来源 line, then the report with two photo captions in 【】.",
        "date: the item's 时间 (2019-03-11), not the masthead's day.",
    ]))

write(doc("bsmz-county-association-work-summary.txt",
    doc_type="summary", title="县科协201*年工作总结", alternatives={"date": ["2019-05-27"]},
    outline=[
        it("1", "一、", 1, "201*年工作总结"),
        it("1.1", "1、", 3, "以“创建”工作为契机，完善科协组织网络阵地建设"),
    ],
    leading_group={"name": "__县创建科普示范县领导小组", "heads": [m("刘辉", "县委书记、县长")],
                   "deputies": [m(None, "分管县长")], "members": [], "office": "县科协"},
    notes=[
        "Source: a model-documents site (a county's summary with its name and year blanked: __县, 201*): breadcrumb, the title three times, a 网站/时间/移动端 line, the site's 论文联盟编辑。 run into the text before 一、.",
        "一、 follows 。 on the same line: an item run on by the converter.",
        "The group is described inside a sentence: 由县委书记、县长刘辉同志任组长，分管县长为副组长，各有关部门为成员的…领导小组 — a named head with two titles, a deputy by role only (name null, as in the spec's Guangdong reference), bodies as members (not people: none). office: 创建领导小组办公室设在县科协.",
        "No date in the document; the site's posting time is accepted.",
    ]))

write(doc("school-2021-science-week-summary.txt",
    doc_type="summary", title="2021年科技活动周工作总结",
    alternatives={"title": ["工作总结科技活动周工作总结", "2021年科技活动周工作总结（学校）"]},
    outline=[
        it("1", "一、", 1, "加强领导，深入宣传"),
        it("2", "二、", 1, "活动丰富，内容充实"),
        it("2.1", "1.", 3, "举办“科技活动周”开幕式"),
    ],
    leading_group={"name": "活动领导小组", "heads": [m("韦有岭", "校长")],
                   "deputies": [m("陈志强"), m("顾绍安")], "members": [m("孙传东"), m("朱科学")], "office": None},
    notes=[
        "Source: a documents-sharing site's page of a school's summary: the site's file name, the title repeated, 【第1篇】… before the text; the copy stops inside 二、1.",
        "The group is written 以韦有岭校长为组长，以陈志强、顾绍安为副组长，以孙传东、朱科学等为组员: the title after the name (韦有岭校长), names without titles; 等 ends the list.",
        "5月23日-5月29日 is the week's dates, not a deadline.",
    ]))
# ---------------------------------------------------------------- a fourth batch: contacts and deadlines
write(doc("cinnet-2022-popsci-nomination-forwarding.txt",
    doc_type="notice", title="关于转发中国科协办公厅开展“典赞·2022科普中国”活动的通知", recipients=["各有关单位"],
    contact={"name": "陈星", "phone": "010-65299826、13810623960", "email": "hhkp@cinnet.cn"},
    references=["科协办发普字〔2022〕21号"],
    enclosed_title="中国科协办公厅关于开展“典赞·2022科普中国”活动的通知",
    alternatives={"contact.phone": ["010-65299826"]},
    notes=[
        "Source: a learned society's page: the title twice (page headline, then the document's), no signature or date in the copy.",
        "A 转发 notice whose title has no 《》: the forwarded notice is named in 《》 in the body.",
        "Two phones for one contact, as written (010-65299826、13810623960); the first alone accepted.",
        "材料报送截止日期为2022年8月31日 closes the whole document; there are no items.",
    ]))

write(doc("hubei-2018-popsci-base-application-notice.txt",
    doc_type="notice", issuer="湖北省科学技术协会", date="2018-06-19",
    recipients=["各全省学会", "协会", "研究会", "各市（州）", "省直管市", "神农架林区科协", "各直属基层科协", "各相关单位"],
    contact={"name": "陈玉芬", "phone": "027-87832892", "email": None},
    outline=[it("1", "1、", 3, "申报方式"), it("2", "2、", 3, "申报时间"), it("3", "3、", 3, "申报材料"),
             it("4", "4、", 3, "联系方式及联系人")],
    notes=[
        "HELD OUT. Source: a copy without the title line. The contacts are two lines of name and phone under 4、联系方式及联系人：; the first is the contact.",
        "申报时间：7月1日—7月31日 is a period, not a deadline.",
    ]))

write(doc("ysu-2024-lab-open-day-notice.txt",
    doc_type="notice", issuer="燕山大学大学生科学技术协会", date="2024-09-09", recipients=["各学院科协"],
    outline=[
        it("1", "1.", 3, "活动内容"), it("2", "2.", 3, "活动主题"), it("3", "3.", 3, "活动时间"), it("4", "4.", 3, "活动地点"),
        it("5", "5.", 3, "活动要求"),
        it("5.1", "（1）", 4, "本活动由各学院院科协积极响应组织筹办，本次活动将纳入院科协评优评分细则"),
        it("5.2", "（2）", 4, "活动参观时间定于9月19日-9月24日，各院科协确定好参观时间后需上报校科协，校科协将分派督导进行全程跟进，观察并记录参观过程"),
        it("5.3", "（3）", 4, "在参观过程中新生需遵守以下规定"),
        it("5.3.1", "①", 5, "严格遵守实验室规则，未经允许，不可私自触摸实验药品或实验仪器"),
        it("5.3.2", "②", 5, "保持实验室卫生，参观过程中不得出现乱扔垃圾等行为"),
        it("5.3.3", "③", 5, "注意维持秩序，在参观过程中不得大声喧哗"),
        it("5.3.4", "④", 5, "新生必须听从统一指挥，不可随意走动或擅自离开"),
        it("5.4", "（4）", 4, "活动结束后，请于9月28日前，整理上交活动相关资料（策划案、新闻稿、活动现场照片、活动总结等），将其整理成一个文件压缩包并命名为“××学院科普进实验室活动资料”，交由校科协整理备案", deadline="2024-09-28"),
    ],
    notes=[
        "Source: a university's student science association page, without the title line.",
        "3.活动时间 and （2）'s 9月19日-9月24日 are periods, not deadlines; （4） 请于9月28日前 is that item's deadline (document year 2024).",
        "①…④ run inline inside （3）: level-5 items under it.",
        "（1） 由各学院院科协…组织筹办 assigns no named body: no responsibility.",
    ]))

write(doc("ucas-2021-public-science-day-call.txt",
    doc_type="notice", issuer="科协秘书处", date="2021-04-16", recipients=["校属各部门/学院（系、中心）"],
    contact={"name": "余老师", "phone": "010-69671136", "email": "kexie@ucas.ac.cn"},
    outline=[
        it("1", "一、", 1, "项目主要内容"),
        it("1.1", "（一）", 2, "展示创新成果，传播科学知识"),
        it("1.2", "（二）", 2, "讲好中科院故事，弘扬科学精神"),
        it("1.3", "（三）", 2, "回应社会热点，厚植科学文化"),
        it("1.4", "（四）", 2, "彰显科技惠民，营造科学氛围"),
        it("2", "二、", 1, "报名及咨询方式"),
    ],
    notes=[
        "Source: a university association's page without the title line; signed by its 科协秘书处.",
        "Recipients: one entry (校属各部门/学院（系、中心）): / is not a separator.",
        "Contact labels are spaced (电 话：, 邮 箱：).",
        "于4月28日前发送 is when applications close (the whole call's date): no item deadline.",
    ]))

write(doc("jiangsu-2020-11-academician-lectures-letter.txt",
    doc_type="other", doc_number="苏青科函〔2020〕11号", title="关于开展2020年江苏省院士专家科普报告进校园活动的函",
    recipients=["各设区市科协", "相关学校"], date="2020-10-10",
    contact={"name": "宗晓静", "phone": "025-86670711", "email": "jsqzjh@163.com"},
    alternatives={"date": [None], "issuer": ["省青少年科技中心", "江苏省青少年科技中心"]},
    outline=[
        it("1", "一、", 1, "活动主题"), it("2", "二、", 1, "活动时间"), it("3", "三、", 1, "组织要求"),
        it("3.1", "1、", 3, "各设区市科协、相关学校根据当地疫情防控要求，密切联合教育部门，安排专人负责，认真做好组织协调及疫情防范工作"),
        it("3.2", "2、", 3, "做好项目总结工作，充分利用信息化手段，加强宣传，确保活动取得实效"),
        it("3.3", "3、", 3, "各设区市科协根据名额分配表（见附件3）统一汇总申报，申报时间2020年10月12日-10月19日，申报表（盖公章）发送至邮箱"),
        it("4", "四、", 1, "经费"), it("5", "五、", 1, "其他", resp={"partner_units": ["江苏省青少年科技教育协会"]}),
    ],
    notes=[
        "HELD OUT. A 函 (doc_type other). Source: a youth science centre's page (本文发布于 line); the copy stops in the attachment list, before the signature.",
        "The contact stands inside item 三、3、 in prose (发送至邮箱：…　联系人：宗晓静，办公电话：…).",
        "二、活动时间 and the 申报时间 are periods: no deadlines. 由省青少年科技中心承担 (costs) is not responsibility for an item.",
        "Corrected in round 17 (the spec read literally): 五、其他's 本次活动协办单位：江苏省青少年科技教育协会 is that item's responsibility → partner_units (协办单位 is a partner label of the spec; the earlier gold dropped it as the event's own organiser).",
    ]))

write(doc("harbin-2023-popsci-nominees-announcement.txt",
    doc_type="other", issuer="哈尔滨市科学技术协会", date="2023-07-13", references=["黑科协普字〔2023〕45号"],
    contact={"name": "刘俣", "phone": None, "email": "hkxpjb@163.com"},
    notes=[
        "Source: a 公示 (public notice of nominees) without its title line: doc_type other.",
        "监督举报电话 is the line for complaints, not the contact's phone: the contact (联系人：刘俣) has an e-mail only.",
        "公示期 2023年7月13日至7月17日 is a period; 联系电话 in the sentence is a field objectors must give.",
    ]))
print("found-corpus gold written")
