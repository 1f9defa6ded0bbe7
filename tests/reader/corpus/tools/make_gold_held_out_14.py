"""Hand-made reference parses for the fourteenth held-out set (tools/held_out_14.txt): twelve public pages found with the
search tool alongside the thirteenth set, weighted to what a 科协 office receives and issues: five plans (a district's
科普日 plan with 由区科协组织 in prose, a document site's township 计划 with 由县科协牵头组织, a school 科技节 plan with
…负责 after its items, two model-essay plans in traditional characters, one whose 主辦 lines name no responsibility), three 印发 notices, a school plan whose 领导小组
has its roles but no names, a city association's 考评 notice and two news pages. Each block was written by reading the
document against parse-format.md; the reader was not run on any of them. Writes ../gold/<stem>.json."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_gold import doc, it  # noqa: E402  (importing make_gold rewrites the first corpus's gold: the same files)
from make_gold_held_out_2 import write, lu, dep  # noqa: E402  (marks the gold found; rewrites the second set's: the same files)


write(doc("gdygsk-district-science-day-plan.txt",
    doc_type="plan",
    outline=[
        it("1", "一、", 1, "指导思想"),
        it("2", "二、", 1, "活动主题"),
        it("3", "三、", 1, "活动时间"),
        it("4", "四、", 1, "活动方式"),
        it("5", "五、", 1, "活动安排"),
        it("5.1", "（一）", 2, "举办科普日广场大型宣传活动"),
        it("5.2", "（二）", 2, "举办大型科普报告会"),
        it("5.3", "（三）", 2, "更换科普画廊内容", resp=lu("区科协")),
        it("5.4", "（四）", 2, "开展青少年科普活动，组织学生以及辖区居民参观省、市科技馆和各类青少年科普教育基地"),
        it("5.5", "（五）", 2, "举办专题科普展板展览活动"),
        it("5.6", "（六）", 2, "区科协组织购买一批科技类和科普类的图书，分发到各镇、街、园，开展送科普图书进社区活动"),
    ],
    notes=[
        "Source: a model-essay site's page: its slogan line (优秀实用范文分享), then a district's 科普日 plan with every name and date blanked (__年, _街道, _年_月_日---_日): 一、to 五、, (一)…(六), and a lone ( where the copy stops.",
        "No title of its own, no issuer, no date. 三、活动时间 is all blanks: no time_hint.",
        "(三) 由区科协组织各镇、街、园对…进行内容更换: prose responsibility (由…组织, like 由…负责) → lead_units 区科协 (the plan never says whose it is, so the body is no office of an issuer). (一)'s 区科协与_街道…联合举办 and (六)'s 区科协组织购买… say who acts without 由/负责/牵头: left without responsibility — the spec's prose examples all carry such a cue.",
        "9月21日上午9点 is the event's hour: no deadline.",
    ]))

write(doc("taowenge-2020-township-popsci-work-plan.txt",
    doc_type="plan", title="2020年度乡镇科普工作计划",
    alternatives={"doc_type": ["summary"], "title": ["20xx年度乡镇科普工作计划"]},
    leading_group={"name": "县全民科学素质工作领导小组", "heads": [{"name": None, "title": "常务副县长"}],
                   "deputies": [], "members": [], "office": None},
    outline=[
        it("1", "一、", 1, "以实施科学素质纲要为重点，推进全县科学素质工作"),
        it("1.1", "（一）", 2, "调整了县全民科学素质工作领导小组领导成员"),
        it("1.2", "（二）", 2, "将全民科学素质工作纳入了全县经济社会发展目标综合考核", resp=lu("县科协")),
        it("1.3", "（三）", 2, "组织了日全食大型观测活动"),
    ],
    notes=[
        "Source: a document-sharing site's preview of a .doc: the file name, the site's line, then the text in the site's chunks (1、 2、 3、 — not items; 2、 and 3、 cut sentences: …重要 / 3、依据), the page numbers and title run into the text (120202020 年度…计划年度…计划), spaces around figures (20 xx, 12 月 710 日), and the site's own lead-in (下面是范文网小编整理的…). Cut after 7 月 22.",
        "title: the file name without .doc (the text's 20 xx 年度… accepted). The essay number (一) after the title is the site's 篇一, not an item. doc_type: the file calls itself a 计划 (plan), though its items report work done (summary accepted).",
        "Items run together on one line are separate: 一、… (一)调整了… (二)将… (三)组织了…; each heading ends at its first 。.",
        "(二) …12 月 710 日由县科协牵头组织，对所有乡镇的科学素质工作进行全面考核: 由…牵头 in prose → lead_units 县科协 (whose the plan is is unsaid). 710日 lost a separator (7-10日): an event, no deadline.",
        "leading_group: (一) reports the group's new head by role only (由科技副县长任组长改为常务副县长任组长): the corpus's convention for roles without names — a head with null name and the role as title; the old head is no member. 纲要办 is named, not where it sits: office null.",
    ]))

write(doc("yhwg8-2010-jingkou-science-day-plan.txt",
    doc_type="plan",
    alternatives={"title": ["井口鎮2010年全國科普日活動", "科普日活動方案"]},
    outline=[
        it("2", "二、", 1, "活動宗旨"),
        it("3", "三、", 1, "活動主題"),
        it("4", "四、", 1, "時間安排", time_hint="2010年9月18日——24日"),
        it("5", "五、", 1, "活動方式"),
        it("6", "六、", 1, "活動地點"),
        it("7", "七、", 1, "具體活動安排"),
        it("7.1", "1、", 3, "活動內容"),
        it("7.2", "2、", 3, "活動內容"),
    ],
    notes=[
        "Source: a model-essay site's page in traditional characters: the page's headline (科普日活動方案), an empty 時間 label, the author's name, the column (方案策劃), the essay's label (科普日活動方案一), then a town's 科普日 plan whose 一、活動名稱 label was lost: its value (井口鎮2010年全國科普日活動) stands alone, then 二、to 七、; activities 1、 2、 with 活動內容/活動時間/活動地點/主辦 lines; cut inside 2、.",
        "title: none of the plan's own survives (null; the orphaned 活動名稱 value and the page's headline accepted). No issuer, no date.",
        "The copy starts at 二、: ids keep the numerals as written (2…7); 一、 is not invented.",
        "1、活動內容:全國科普活動開幕日 — the heading ends at the colon (活動內容), as the spec's rule gives, though every activity opens with the same label. 主辦:井口鎮科協 under an activity names its host; 主辦 is not one of the spec's responsibility labels (責任/承辦/牽頭/配合…): no responsibility (zixin's 主办单位 likewise). Activity days (9月18日 8:30-11:30) are events, no deadlines.",
    ]))

write(doc("onlinecha-youth-popsci-activity-plan.txt",
    doc_type="plan", title="青少年科普活動策劃方案",
    alternatives={"title": ["青少年科普活動策劃方案（通用8篇）"]},
    outline=[
        it("1", "一、", 1, "活動宗旨"),
        it("2", "二、", 1, "活動主題"),
        it("3", "三、", 1, "活動組織機構"),
        it("4", "四、", 1, "活動時間", time_hint="20xx年5月18日~5月27日"),
        it("5", "五、", 1, "活動的具體安排"),
        it("5.1", "（一）", 2, "宣傳發動階段（5月份第二週）利用學校的櫥窗、宣傳欄、黑板報宣傳科普知識、科學人物，宣傳活動內容"),
        it("5.2", "（二）", 2, "活動的具體內容"),
        it("5.2.1", "（1）", 4, "主題不限"),
        it("5.2.2", "（2）", 4, "作品要能充分體現科技未來的幻想"),
        it("5.2.3", "（3）", 4, "作品尺寸"),
        it("5.2.4", "（4）", 4, "作品的畫種及材料不限，可以包括電腦繪畫"),
        it("5.2.5", "（5）", 4, "僅限個人作品，不得全部抄襲作品數量"),
        it("5.2.6", "（6）", 4, "智障專業輕度班每班至少交一件作品"),
        it("5.2.7", "（7）", 4, "聾三、五、六、九年級每班至少三件作品"),
        it("5.2.8", "1.", 3, "評選標準"),
        it("5.2.8.1", "（1）", 4, "想象力"),
        it("5.2.8.2", "（2）", 4, "科學性"),
        it("5.2.8.3", "（3）", 4, "繪畫水平"),
        it("5.2.9", "2.", 3, "各班出一期以科普知識為主題的黑板報"),
        it("5.2.10", "3.", 3, "觀看科普電影物件"),
    ],
    notes=[
        "Source: a model-essay site's page in traditional characters: a path line, the headline twice, the site's lead-in, then 青少年科普活動策劃方案1 (a special school's 科普活動周 plan): 一、to 五、, (一)(二), the 科幻畫 contest's requirements (1)…(7), then 1. 2. 3. with (1)(2)(3) run into 1.'s line, the 收繳時間/檢查負責人 lines; the copy stops at 活動組織安排 / 時間.",
        "title: the essay's title without its number (the headline with 通用8篇 accepted). No issuer, no date; years are blanked (20xx).",
        "(1)…(7) follow (二) directly, with no 1. between: level 4 under (二). The spec's ids join ordinals, which would give the later 1. the id 5.2.1 again; to keep ids unique the 1./2./3. count on after the seven (5.2.8…) — the scorer matches items by level, marker and heading, not id.",
        "1.評選標準:(1)想象力(2)科學性(3)繪畫水平: items run together on one line are separate (level 4 under 1.).",
        "三、活動組織機構 lists 領導人、負責人、成員 as roles with neither names nor a group's name: no leading_group. 收繳負責人 and 檢查負責人 have no names: no responsibility. 5月23日前完成 and 5月25日下午放學前 have no year (20xx): no deadline.",
    ]))

write(doc("zuowenred-xieqiao-school-science-festival-plan.txt",
    doc_type="plan", title="中学第一届科技节活动实施方案",
    alternatives={"title": ["斜桥中学第一届科技节活动实施方案"], "issuer": ["斜桥中学"]},
    outline=[
        it("1", "一、", 1, "指导思想"),
        it("2", "二、", 1, "活动原则", resp=dep("校长室", "办公室", "教导处", "团委", "总务处", "科学教研组")),
        it("3", "三、", 1, "活动时间", time_hint="XX年年3月5日~3月30日"),
        it("4", "四、", 1, "主题"),
        it("5", "五、", 1, "参与人员"),
        it("6", "六、", 1, "组织机构"),
        it("7", "七、", 1, "实施单位"),
        it("8", "八、", 1, "科技节宣传、安全、后勤工作"),
        it("8.1", "1、", 3, "每班出一期“科技在你身边、科技创造未来”为主题的宣传板报，政教处负责", resp=dep("政教处")),
        it("8.2", "2、", 3, "校区布置科普知识宣传画报，科普社负责", resp=lu("科普社")),
        it("8.3", "3、", 3, "科技节相关活动报道，办公室负责", resp=dep("办公室")),
        it("8.4", "4、", 3, "场地、奖品等后勤工作，总务处负责", resp=dep("总务处")),
        it("8.5", "5、", 3, "在宣传栏公布科技节活动安排、科技节海报等，行知科普社负责", resp=lu("行知科普社")),
        it("9", "九、", 1, "主要活动"),
        it("9.1", "（一）", 2, "科技竟赛、评比活动、科普宣传、展览活动"),
        it("9.1.1", "1、", 3, "科幻画优秀作品评选"),
    ],
    notes=[
        "Source: an essay site's copy of a middle school's first 科技节 plan with stray characters from other scripts spliced into the text (全유体师生, 科 ツ技, ฐ丁钰新, ☮全体) and a doubled character (顾问问): the headline, 一、to 九、, 1、…5、 under 八、 (two with a stray full stop after the numeral: 2、.校区…, 4、.场地…), (一) and 1、 under 九、; cut at 参加对象:.",
        "title: the headline (its body names the school: 斜桥中学… accepted). No issuer (the school accepted), no date.",
        "二、 assigns the festival in prose: 由校长室领衔，办公室、教导处、团委、总务处、科学教研组协调各部门精心组织各项活动 — the school's own offices → departments, the leading 校长室 and the five that organise (the spec's departments role has no lead/partner split). 七、实施单位 lists who carries out the whole festival, like a 主办单位 line: no item's responsibility.",
        "八、's points end …，政教处负责。: prose responsibility; 政教处/办公室/总务处 are the school's offices (departments); 科普社/行知科普社 is a student society, no office: lead_units. The stray . after 2、 and 4、 is not part of the heading.",
        "六、组织机构 sets up a 组委会 (顾问/主任/副主任/委员), not a 领导小组 with 组长/副组长/成员: leading_group null. (陈懋 老师负责) after 1、's heading is a teacher in charge of one contest: the bracket ends the heading, but a teacher is none of the spec's roles (no 牵头/责任领导, no unit): no responsibility.",
    ]))

write(doc("newton-guizhou-2022-16-literacy-plan-notice.txt",
    doc_type="notice", issuer="貴州省人民政府辦公廳", doc_number="黔府辦發〔2022〕16號",
    recipients=["各市", "自治州人民政府", "各縣（市、區、特區）人民政府", "省政府各部門", "各直屬機構"],
    date="2022-05-19", references=["國發〔2021〕9號", "國發〔2022〕2號"],
    enclosed_title="貴州省全民科學素質行動規劃綱要實施方案（2021—2025年）",
    outline=[
        it("1", "一、", 1, "總體要求"),
        it("1.1", "（一）", 2, "指導思想"),
        it("1.2", "（二）", 2, "發展目標"),
    ],
    notes=[
        "Source: an encyclopedia site's entry on a provincial 實施方案 in traditional characters: its section label 發布通知, the 字號, 主送, one sentence, signature and date, the section label 檔案全文, the plan's title, its preamble, 一、(一)(二); cut inside (二).",
        "title: the notice's own title line is not in the copy (the entry's headings 發布通知/檔案全文 are the site's): null. enclosed_title: the plan the notice prints.",
        "recipients split mechanically on 、 and ，: 各市、自治州人民政府 gives two entries, 各縣（市、區、特區）人民政府 stays whole. references: 國發〔2021〕9號 in the preamble and 國發〔2022〕2號 cited in (一)'s paragraph.",
        "(一)指導思想。以習近平… — the heading ends at the 。 right after the label.",
    ]))

write(doc("datong-2022-literacy-plan-notice.html",
    doc_type="notice", issuer="大同市人民政府办公室",
    title="关于印发大同市全民科学素质行动规划纲要实施方案（2021-2025年）的通知",
    recipients=["各县（区）人民政府", "大同经开区管委会", "市人民政府各委", "办", "局"], date="2022-12-22",
    references=["国发〔2021〕9号", "晋政办发〔2021〕93号"],
    enclosed_title="大同市全民科学素质行动规划纲要的实施方案（2021-2025年）",
    alternatives={"enclosed_title": ["大同市全民科学素质行动规划纲要实施方案（2021-2025年）"]},
    outline=[
        it("1", "一、", 1, "背景和意义"),
    ],
    notes=[
        "Source: a city government portal's page: an HTML fragment as its CMS stores it (no <html>/<head>; a 当前位置 path, the headline, a 发布时间/来源/字体 line, a TRS_Editor div), rebuilt around the stored text: the title again as the body's first line, 主送, one sentence, signature and date, (此件公开发布), the enclosed plan's title, its preamble, 一、 and three paragraphs; cut mid-sentence.",
        "date: the signature's 2022年12月22日 (the page's 2023-01-04 is the posting). No 字号 anywhere in the copy.",
        "recipients split mechanically: 市人民政府各委、办、局 gives three entries (各委, 办, 局), as 各省级学会、协会、研究会 does in the spec.",
        "enclosed_title: as the notice and the plan's title line write it, with 的 (纲要的实施方案); the headline's form without 的 accepted. references: 国发〔2021〕9号 and 晋政办发〔2021〕93号 in the preamble.",
    ]))

write(doc("fabao365-2012-32-science-camp-plan-notice.txt",
    doc_type="notice", issuer="中国科学技术协会", doc_number="科协办发青字〔2012〕32号",
    title="中国科学技术协会关于印发《2012年全国青少年高校科学营试点活动实施方案》和《2012年全国青少年高校科学营试点活动实施管理办法》的通知",
    recipients=["各省", "自治区", "直辖市科协", "教育厅（教委）", "新疆生产建设兵团科协", "教育局", "各有关高校"],
    enclosed_title="2012年全国青少年高校科学营试点活动实施方案",
    alternatives={"issuer": ["中国科协", "中国科协办公厅"],
                  "enclosed_title": ["2012年全国青少年高校科学营试点活动实施管理办法"]},
    outline=[
        it("1", "一、", 1, "活动目的和意义"),
    ],
    notes=[
        "Source: a law database's page of a 中国科协 印发 notice: the title, the 字号 in brackets on its own line, 主送, one paragraph, then — with no signature, date or title line between — 一、活动目的和意义 of the first enclosed 实施方案 and its long paragraph, cut mid-sentence.",
        "issuer: the title opens with the association (its office, which the 字号 办发 implies, accepted). date: none in the copy.",
        "enclosed_title: the notice encloses two documents; the first (the 实施方案, whose 一、 the copy prints) is given, the 管理办法 accepted. recipients split mechanically on 、 and ，; 教育厅（教委） stays whole.",
        "一、 belongs to the enclosed plan (the notice itself has no items). The 纲要 and 规划纲要 named in 《》 have no 字号: no references.",
    ]))

write(doc("oriental01-school-science-day-blank-group-plan.txt",
    doc_type="plan", title="全國科普日活動方案",
    alternatives={"title": ["全國科普日活動方案（通用20篇）"]},
    leading_group={"name": None, "heads": [], "deputies": [], "members": [], "office": None},
    outline=[
        it("1", "一、", 1, "指導思想"),
        it("2", "二、", 1, "領導小組"),
        it("3", "三、", 1, "活動主題與時間", time_hint="5月23日―29日"),
        it("4", "四、", 1, "主要活動安排"),
        it("4.1", "1.", 3, "校園門口懸掛科普標語橫幅，舉辦科技活動周開幕式，團委書記致開幕詞，布置科技活動周的一系列活動安排"),
        it("4.2", "2.", 3, "結合科技活動周召開一次主題班會（5月23日下午）"),
        it("4.3", "3.", 3, "出一期科普板報和科普畫廊"),
        it("4.3.1", "（1）", 4, "各班室內板報和校園板"),
    ],
    notes=[
        "Source: a spam site's model-essay page in traditional characters with a few pinyin glosses (發(fā)展, 創(chuàng)新, 節(jié)約): a keyword line, the headline, a 時間/活動方案/我要投稿 line, the headline with 通用20篇, the site's lead-in, then 全國科普日活動方案1 (a school's plan): 一、to 四、, 1. 2. 3. with their days in brackets, (1); cut inside (1).",
        "title: the essay's title without its number (the headline with 通用20篇 accepted). No issuer, no date.",
        "二、領導小組 sets up the group with its three roles blank (組長: / 副組長: / 組員: and nothing after): a leading_group with no name of its own, no people and no office — nothing to score, but not null: the document does set one up (as the spec's field is for).",
        "1.'s heading ends at its 。, before (5月23日上午); 2. has no stop, so its bracketed day stays in the heading (line end); 3.'s ends at 。. The bracketed days are events: no deadlines.",
    ]))

write(doc("xgnzh-2010-7-county-associations-evaluation-notice.html",
    doc_type="notice", doc_number="荊科協（xié）字〔2010〕7號",
    title="關于對各縣市區（qū）科協（xié）、開發（fā）區（qū）科協（xié）2009年度工作目標責任制完成情況進行考評的通知",
    recipients=["各縣", "市", "區（qū）科協（xié）", "開發（fā）區（qū）科協（xié）"],
    alternatives={"doc_number": ["荊科協字〔2010〕7號"],
                  "title": ["關于對各縣市區科協、開發區科協2009年度工作目標責任制完成情況進行考評的通知"],
                  "recipients": [["各縣", "市", "區科協", "開發區科協"]],
                  "issuer": ["荊州市科協", "荊州市科學技術協會"], "date": ["2010-03-17"]},
    outline=[
        it("1", "一、", 1, "考評依據（jù）"),
        it("2", "二、", 1, "考評內容"),
        it("2.1", "（一）", 2, "市科協（xié）與各縣市區（qū）科協（xié）、開發（fā）區（qū）科協（xié）簽訂的2009年度工作目標責任書中職能工作目標的完成情況"),
        it("2.2", "（二）", 2, "各縣市區（qū）科協（xié）、開發（fā）區（qū）科協（xié）2009年度獲得表彰的情況（僅限于當?shù)攸h委和政府表彰、市直正縣級單位表彰、中國科協（xié）和國家部委表彰）"),
        it("2.3", "（三）", 2, "按要求完成市科協（xié）交辦任務情況"),
        it("2.4", "（四）", 2, "檔案是否按規（guī）范化制度建立"),
        it("3", "三、", 1, "考評辦法"),
        it("3.1", "（一）", 2, "各縣市區（qū）科協（xié）、開發（fā）區（qū）科協（xié）以與市科協（xié）簽訂的2009年目標責任制書為基礎，對2009年的工作進行全面總結，在總結中必須詳細說明責任書中的所有職能工作目標的完成情況"),
        it("3.2", "（二）", 2, "市科協（xié）將成"),
    ],
    notes=[
        "Source: a spam mirror of a city association's site (a keyword line on top) in traditional characters with pinyin glosses after some characters (科協(xié), 區(qū)) and one run of mojibake (當?shù)攸h委): an HTML page rebuilt around the stored text — a 當前位置 path, the headline, a 被閱讀/日期 line, the 字號 with 【】 year brackets, 主送, a paragraph, 一、二、三、 with (一)…(四) run into one paragraph after a line break; cut inside 三、(二).",
        "Glosses kept as written (the gloss-free 字號, title and recipients accepted); 【2010】 is written 〔2010〕. issuer: the copy stops before any signature and the title names no body (the city association, 市科協 in the text, accepted). date: the page's 日期 only (null; accepted).",
        "recipients split mechanically on 、 and ，: 各縣、市、區(qū)科協(xié)、開發(fā)區(qū)科協(xié) gives four entries.",
        "Items run together on one line are separate: (一)…(二)…(三)…(四)…; each heading ends at its 。. (二)'s bracket is part of its sentence, not a responsibility annotation. A 考評 (evaluation of the counties' work) stands for this set's 評選 notice.",
    ]))

write(doc("xgnzh-2019-shashi-science-day-news.txt",
    doc_type="news", title="力爭科普工作全覆蓋2019年荊州市全國科普日活動（dòng）在我區（qū）舉行",
    date="2019-09-24",
    alternatives={"title": ["力爭科普工作全覆蓋2019年荊州市全國科普日活動在我區舉行"], "date": ["2019-09-19"]},
    notes=[
        "Source: the same spam mirror of a city association's site (a keyword line, a 當前位置 path down to 縣市區科協>沙市) with pinyin glosses after some characters and a run of mojibake (??萍脊ぷ髡叽碇隆犊破粘h書》): the headline, a 被閱讀/日期 line, the district's report, cut after 全方位.",
        "title: the headline as written, glosses kept (the gloss-free form accepted). date: the page's 日期 (the event's 9月19日 accepted). issuer: a news report, no 來源: null.",
        "No numbered items; the 倡議書 in 《》 (inside the mojibake) has no 字號.",
    ]))

write(doc("ahkjxww-2023-suzhou-association-work-meeting-news.html",
    doc_type="news", title="宿州市科协召开全市科协工作会议", date="2023-03-01",
    alternatives={"date": ["2023-02-17"], "issuer": ["安徽省科协", "宿州市科协"]},
    notes=[
        "Source: a provincial science newspaper's site: an HTML page rebuilt around the stored text — a list of the site's links (安徽科技报旗下新闻网, 举报 lines with a phone, the 当前位置 path) above the headline, a 来源/责编/发布 line, the report in <p> paragraphs, cut after 增量居全省第三位；.",
        "date: the page's 发布 (the meeting's 2月17日 accepted). issuer: a news report (来源 accepted).",
        "The four 表扬/表彰 notices and the 工作要点 named in 《》 have no 字号: no references, no enclosed title. The 举报电话 is the site's, no contact. No numbered items.",
    ]))
