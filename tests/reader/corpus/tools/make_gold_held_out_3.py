"""Hand-made reference parses for the third held-out set (tools/held_out_3.txt): ten public pages found with the
search tool after the second held-out set had been looked at, stored as the sites keep them. Each block was
written by reading the document against parse-format.md, before the reader was run on it. Writes ../gold/<stem>.json."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_gold import doc, it  # noqa: E402  (importing make_gold rewrites the first corpus's gold: the same files)
from make_gold_held_out_2 import write  # noqa: E402  (marks the gold found; rewrites the second set's: the same files)

write(doc("cast-2025-work-points-notice.txt",
    doc_type="notice", issuer="中国科协办公厅", title="中国科协办公厅关于印发《中国科协2025年工作要点》的通知",
    recipients=["各全国学会", "协会", "研究会", "各省", "自治区", "直辖市", "副省级城市科协", "新疆生产建设兵团科协",
                "中国科协各部门和直属单位"],
    date="2025-02-28", enclosed_title="中国科协2025年工作要点",
    alternatives={"issuer": ["中国科学技术协会办公厅"]},
    outline=[
        it("1", "一、", 1, "强化思想政治引领，激发科技界使命担当"),
        it("1.1", "1.", 3, "健全思想政治工作体系", resp={"departments": ["宣传文化部"]}),
        it("1.2", "2.", 3, "加强一体化宣传工作平台建设"),
    ],
    notes=[
        "Source: a mirror of the association's page: the headline (a space inside it), a 日期 line, the 印发 notice, its signature and date, then the plan's own title and text; the copy stops inside 2.",
        "date: the notice's 成文日期 under the signature (2025年2月28日), not the page's 2025-03-04.",
        "enclosed_title: the plan named in 《》 and repeated as the title line after the date.",
        "(牵头部门：宣传文化部) after item 1.: one of the issuer's own 部, so a department (as 责任部门).",
    ]))

write(doc("xingtai-2012-commendation-selection-notice.txt",
    doc_type="notice", title="关于评选表彰2011年度全市科协系统先进集体和先进工作者的通知",
    recipients=["各县（市、区）科协", "市级学会", "市科协各部室馆"], date="2012-01-05",
    contact={"name": "张军明", "phone": "2268822", "email": None},
    alternatives={"date": [None], "issuer": ["邢台市科协", "邢台市科学技术协会"]},
    outline=[
        it("1", "一、", 1, "奖项及名额"),
        it("1.1", "（一）", 2, "市科协机关先进部门4个，先进县（市、区）科协7个"),
        it("1.2", "（二）", 2, "先进市级学会8个"),
        it("1.3", "（三）", 2, "先进工作者72名"),
        it("2", "二、", 1, "申报及评选方式"),
        it("2.1", "（一）", 2, "县（市、区）科协先进集体根据2011年述职评议和市科协考核工作小组综合评定结果下达报送名单，填表后直接报市科协组人部，先进工作者报市科协普及部初审后，送市科协评审领导小组参评"),
        it("2.2", "（二）", 2, "市级学会先进集体、先进工作者报市科协学会部初审后，送市科协评审领导小组参评"),
        it("2.3", "（三）", 2, "市科协机关先进集体和科级以下先进工作者，根据2011年述职评议和市科协考核工作小组综合评定结果下达报送名单，由本部门和本人填表后报组人部"),
        it("2.4", "（四）", 2, "青少年科技教育先进工作者，报市科协科技馆初审后，送市科协评审领导小组参评"),
        it("3", "三、", 1, "有关要求"),
        it("3.1", "（一）", 2, "申报选进集体、先进个人，需分别报送《邢台市科协系统2011年度先进集体审批表》、《邢台市科协系统2011年度先进工作者审批表》一式二份"),
        it("3.2", "（二）", 2, "申报截止日期为1月9日", deadline="2012-01-09"),
        it("3.3", "（三）", 2, "申报联系单位"),
    ],
    notes=[
        "Source: a city association's 通知公告 page: breadcrumb with the column name, headline, 发布日期 line, the notice; no signature (the copy ends with the attachment list).",
        "issuer: only 市科协 in the text: null, the city association accepted. date: the page's 发布日期 (null accepted).",
        "三、(一)、 is written with a stray 、 after the bracket: marker （一）. (二) 申报截止日期为1月9日 is an item of its own whose whole content is the deadline: deadline 2012-01-09 (the document's year).",
        "The items say where material goes (报市科协组人部, 送…评审领导小组参评): routing, not responsibility. The 评审领导小组 has no members: leading_group null.",
        "contact: four 联系人 lines, one per department; the first one is taken (普及部 张军明 2268822).",
        "附件：1.… 3.… is the attachment list, not outline.",
    ]))

write(doc("cast-2023-paper-selection-extension-announcement.txt",
    doc_type="notice", issuer="中国科协科学技术创新部",
    title="关于延长第八届中国科协优秀科技论文遴选计划承担单位申报期限的通知",
    recipients=["各有关全国学会", "协会", "研究会秘书处（办公室）"], date="2023-04-14",
    notes=[
        "Source: a news portal's copy: a photo placeholder (资料图片), the notice, a signature and a date with a stray space (2023年4月 14 日), then the portal's 热门.",
        "The dates in the text (3月31日, 4月13日, the new closing day 2022年4月21日 as printed) are the story of the call, and there are no numbered items: no deadline. 特此公告 closes it.",
        "The URL of the earlier call is no contact and no reference.",
    ]))

write(doc("guoban-2006-18-literacy-leading-group.txt",
    doc_type="notice", issuer="国务院办公厅", doc_number="国办发〔2006〕18号",
    title="国务院办公厅关于成立全民科学素质工作领导小组的通知",
    recipients=["各省", "自治区", "直辖市人民政府", "国务院各部委", "各直属机构"], date="2006-03-19",
    references=["国发〔2015〕68号"],
    alternatives={"references": [[]]},
    leading_group={
        "name": "全民科学素质工作领导小组",
        "heads": [{"name": "陈至立", "title": "国务委员"}],
        "deputies": [{"name": "邓楠", "title": "中国科协副主席、书记处第一书记"}],
        "members": [
            {"name": "陈进玉", "title": "国务院副秘书长"}, {"name": "王东明", "title": "中组部副部长"},
            {"name": "欧阳坚", "title": "中宣部副部长"}, {"name": "张晓强", "title": "发展改革委副主任"},
            {"name": "陈小娅", "title": "教育部副部长"}, {"name": "李学勇", "title": "科技部副部长"},
            {"name": "张少春", "title": "财政部部长助理"}, {"name": "王晓初", "title": "人事部副部长"},
            {"name": "危朝安", "title": "农业部副部长"}, {"name": "张小建", "title": "劳动保障部副部长"},
            {"name": "雷元亮", "title": None},
        ],
        "office": None,
    },
    notes=[
        "Source: the government portal's policy page: an index block printed twice (索引号, 发文机关, 成文日期, 标题, 发文字号, 发布日期, 时效), the title on two lines, the 字号, the notice; the copy stops inside the member list (雷元亮 without his title).",
        "date: the 成文日期 2006年03月19日, not the 发布日期.",
        "references: the 时效 line cites 国发〔2015〕68号 (the decision that repealed the notice): it is in the stored page, so counted; as the portal's line, not the notice's, an empty list is accepted.",
        "Names spaced for width (邓 楠) are joined. The office paragraph is cut off: office null.",
    ]))

write(doc("seebrin-2025-xinghuo-application-notice.txt",
    doc_type="notice", issuer="科研处", title="关于组织申报中国科协“高校星火馆”项目的通知",
    recipients=["全校各相关单位"], date="2025-03-26",
    contact={"name": "李老师", "phone": "8312768", "email": "109718226@qq.com"},
    alternatives={"date": [None]},
    outline=[it("1", "一、", 1, "项目背景")],
    notes=[
        "Source: a university research office's page: site name, a navigation bar, 今天是:, breadcrumb, headline, a date/点击 line, the notice, signature 科研处 and a damaged date (2025年326), attachment links and footer.",
        "The page lost characters: the second heading reads 、有关事项 (its 二 is gone) and the date 2025年326. As the copy holds it, only 一、 is a numbered item; date is the 3月26日 the signature and the page's line both give (null accepted).",
        "contact: 联系人：李老师，联系电话：8312768 in the sentence that names the mailbox (邮箱：109718226@qq.com), which is kept as the e-mail.",
        "The 附件 list and the 附件【…】已下载 links are not outline.",
    ]))

write(doc("itemun-2017-popsci-project-application-notice.txt",
    doc_type="notice", title="关于申报2017年度精品科普活动项目的通知", recipients=["各有关学院", "单位"],
    date="2017-07-14", references=["闽科协发学〔2017〕29号"],
    contact={"name": "陈老师", "phone": "15280020478", "email": "kycchenhm@126.com"},
    alternatives={"date": [None]},
    outline=[
        it("1", "一、", 1, "申报内容"),
        it("1.1", "1.", 3, "在省科协年会当天，围绕科协活动主题组织开展的省科协年会科普展"),
        it("1.2", "2.", 3, "根据各自专业特点组织科技工作者广泛深入农村、社区、企业、校园送科技活动"),
        it("1.3", "3.", 3, "在各自专业纪念日等重大活动日期间开展的面向社会大众的科技咨询和科普活动"),
        it("1.4", "4.", 3, "面向企业和农村开展的技术推广和科技培训活动"),
        it("2", "二、", 1, "申报要求"),
        it("2.1", "1、", 3, "结合实际填写《2017年度高校科协科普活动申报表》（一式1份）（见附件2）以及《tyc1286太阳成集团科普宣传专项基金申请表》、《预算表》（一式2份，见附件3），于7月18日将电子文档发送至邮箱",
           deadline="2017-07-18"),
        it("2.2", "2、", 3, "每个单位限报一项科普活动项目"),
        it("2.3", "3、", 3, "精品科普活动须在2017年11月30日前完成，并在活动结束两周内将科普活动总结和照片（一式2份）及时报送至科技处学术交流办公室312",
           deadline="2017-11-30"),
    ],
    notes=[
        "Source: a university 科研动态 page (its school name replaced by the copy's site): breadcrumb, headline, a 发布日期/点击数 line, the notice; no signature.",
        "issuer: the 科技处 is named only as where to send material: null. date: the page's 发布日期 (null accepted).",
        "二、1、 sends the electronic file 于7月18日 and the sealed paper by 7月20日前: the item's first due date is taken (2017-07-18).",
        "The province's notice is cited with its number: a reference. 附件1…3 lines are attachments, not outline.",
    ]))

write(doc("cas-2024-popsci-committee-wuhu-news.txt",
    doc_type="news", title="中国科学院学部科学普及与教育工作委员会三届六次会议暨“科学与中国”芜湖行在安徽芜湖举办",
    date="2024-04-30",
    notes=[
        "Source: an academy division's news page: headline, a 日期 line, an empty 来源 with the 字号 switch, the report (the copy lost characters: 2024417-18日, 417日, some punctuation).",
        "issuer: the 来源 is empty: null. No numbered items, no group.",
    ]))

write(doc("bast-2022-popsci-committee-report-news.txt",
    doc_type="news", issuer="北京市科协科学技术普及部", title="北京市科协领导听取科普专委会秘书处工作汇报",
    date="2022-10-14",
    alternatives={"issuer": [None, "北京市科协"]},
    outline=[
        it("1", "一是", 5, "建议加强科普工作抓手，例如通过设立科普人才或科普成果奖项，调动科技工作者科普积极性，催发内生动力"),
        it("2", "二是", 5, "建议加强科普专家队伍建设，充分发挥高校、科研院所、企业等科协组织作用，多渠道推荐专家资源，形成专家库，为热点类科普、应急科普等方面工作做好支撑"),
        it("3", "三是", 5, "建议加强组织间交流，通过调研、走访、座谈等形式，挖掘优秀青年科技工作者，树立“科学家精神”典型代表，同时推动科普专家间、青年科技工作者与老科技工作者间交流，促进互相学习与共同进步"),
    ],
    notes=[
        "Source: a city association's news page: 返回资讯, headline, a 信息来源/发布时间 line, the report, the column name 工作动态 and the CMS footer.",
        "issuer: the 信息来源 (null accepted, as for a news page). date: 发布时间 (the meeting was 10月13日).",
        "一是…三是 inside one paragraph are inline numbered items with no parent: level 5 (as changzhou-2023-news-article).",
    ]))

write(doc("samm-2013-science-week-news.txt",
    doc_type="news", title="2013年全国科技活动周在京拉开帷幕", date="2013-05-26",
    alternatives={"issuer": ["中国有色金属网"]},
    notes=[
        "Source: an industry portal's news page: breadcrumb, headline, a 放大字体/缩小字体/site name/发布日期/浏览次数 line, a 核心提示 that repeats the lead (cut), the report (cut).",
        "issuer: the portal's own name on the date line is no 来源: null, the portal accepted.",
        "5月19至25日 is an event's dates: no deadline, no items.",
    ]))

write(doc("cas-gz-2025-branch-association-founded-news.txt",
    doc_type="news", title="中国科学院广州分院科学技术协会成立", date="2025-06-27",
    alternatives={"issuer": ["中国青年报"], "date": ["2025-06-26"]},
    notes=[
        "Source: a repost of a newspaper's app report on an unrelated site: site chrome (首页 游戏天地文章正文), headline, a line with the column, posting time, a count and admin, the report with two photo captions (the headline repeated, then with 罗政/摄).",
        "date: the posting day on the line under the headline (the event's 6月26日 accepted). issuer: no 来源 line; the report's 中国青年报客户端讯 is accepted.",
        "The new association's 主席/副主席 are its officers, not a leading group.",
    ]))
print("held-out-3 gold written")
