"""Round 23, fifth wave (header): site controls are no issuer, a colon-less index row gives its 文号, a joint signature
over several lines signs with its first body, a report's 对…进行表彰 lead, an item's closing hour is no page date, a
发布： label dates its page, a 转发 title's forwarded notice keeps its 的通知."""

import pytest

from kexie.reader import parse_text

NOTICE_BODY = "各单位：\n为做好有关工作，现将有关事项通知如下：\n一、活动时间\n2021年9月13日至17日。\n"


@pytest.mark.parametrize("text, field, expected", [
    # the portal's account links above the headline (spt-2021): no body, whatever 中心 they end with
    ("无障碍浏览 长者模式\n登录个人中心\n首页 政府信息公开 新闻中心 网上办事\n\n关于举办2021年全国科普日活动的通知\n\n"
     + NOTICE_BODY, "issuer", None),
    # the open-government index row without colons (spt-2021): its 文号 is the document's own number
    ("关于举办2021年中卫沙坡头区全国科普日活动的通知\n\n索引号 640502030/2021-00042 文号 卫沙全科组办发〔2021〕5号 "
     "生成日期 2021-09-08\n\n" + NOTICE_BODY, "doc_number", "卫沙全科组办发〔2021〕5号"),
    # four bodies signing over two lines (xiaoxiaotong-2025-69): the first line's first body
    ("自治区科协 文明办 教育厅 宁夏广播电视台关于第十一届宁夏青少年科普剧竞赛结果的通报\n宁科协发普字〔2025〕69 号\n"
     "各市、县(区)科协、文明办、教育局,有关单位:\n对以上单位及个人通报表扬。\n附件:第十一届宁夏青少年科普剧竞赛结果\n"
     "宁夏回族自治区科学技术协会 宁夏回族自治区精神文明建设办公室\n宁夏回族自治区教育厅 宁夏广播电视台\n2025年12月30日\n",
     "issuer", "宁夏回族自治区科学技术协会"),
    # a deadline with its hour in an item (npoall-2024-15) is no day the page went up
    ("中科探发〔2024〕第15号\n各部门、分支机构、团体会员单位：\n根据有关规定，现将有关事项通知如下：\n一、申报时间\n"
     "申报时间：自通知之日起至2024年11月10日24:00时截止。\n二、申报条件\n1.协会正式会员。\n", "date", None),
    # a page's 發布 line, label and day and hour (sebastienbranche-2015), read through the simplified copy
    # (the converter ran the first paragraph on to it)
    ("陜西省安全防護紡織聯盟成員大會召開\n發布：2015-07-29 11:33?????？點擊： "
     "27日上午，陜西省安全防護用紡織服裝產業技術創新戰略聯盟首次全體成員大會在陜西省紡織科學研究所召開。\n",
     "date", "2015-07-29"),
    # 关于转发X的通知 (sntcm-2025): the forwarded notice is X的通知
    ("关于转发陕西省科技资源统筹中心成立陕西省科普志愿服务队及招募科普志愿者的通知\n各单位：\n"
     "现将有关通知转发给你们，请结合实际做好相关工作。具体通知如下：\n一、服务队主要任务\n（一）开展科普宣传活动\n",
     "enclosed_title", "陕西省科技资源统筹中心成立陕西省科普志愿服务队及招募科普志愿者的通知"),
    # a 转发 title that names a plan keeps its name as it is (kjzch-2013-76)
    ("河南省人民政府办公厅关于转发河南省气象科普发展规划（2013—2020年）的通知\n各省辖市人民政府：\n"
     "省气象局制订的河南省气象科普发展规划（2013—2020年）已经省政府同意，现转发给你们，请认真贯彻执行。\n",
     "enclosed_title", "河南省气象科普发展规划（2013—2020年）"),
    # a report without headline whose unit 对…进行表彰 (xiaoxiaotong-2021)
    ("近日,甘肃省科学技术协会对2021年度全省科普大篷车社会化运行项目工作先进集体和先进个人进行表彰,"
     "兰州市科协科普大篷车荣获先进集体。\n2021年兰州市科协科普大篷车深入机关、社区开展主题巡展活动。\n",
     "doc_type", "news"),
])
def test_round23_w5_header(text, field, expected):
    assert parse_text(text).to_dict()[field] == expected


@pytest.mark.parametrize("text, field, expected", [
    # a sentence's 时间：…（至…） inside a line of the page is still no index row: only 索引号 opens one
    ("关于开展科普活动的通知\n\n文号 是指发文字号 时间 2021年9月\n\n" + NOTICE_BODY, "doc_number", None),
    # one body a line over a signer's name: no joint signature
    ("关于开展科普活动的通知\n" + NOTICE_BODY + "某某市科学技术协会\n2021年9月8日\n", "issuer", "某某市科学技术协会"),
])
def test_round23_w5_header_leaves_alone(text, field, expected):
    assert parse_text(text).to_dict()[field] == expected
