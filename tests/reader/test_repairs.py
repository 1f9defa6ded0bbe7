"""Each repair the reader makes, shown on a real line from the seed documents."""

import pytest

from kexie.reader.clean import clean

REPAIRS = [
    # a sentence cut by a page break is joined (shaanxi, the seed itself)
    ("深入学\n\n学习贯彻习近平新时代中国特色社会主义思想，深入学习贯彻党的十九届五中全会精神。",
     "深入学习贯彻习近平新时代中国特色社会主义思想，深入学习贯彻党的十九届五中全会精神。"),
    # the same without a repeated character (zunyi)
    ("衷心拥护“两个确立”，忠诚践行“两个维\n\n护”。要深入科协系统基层组织开展宣传宣讲。",
     "衷心拥护“两个确立”，忠诚践行“两个维护”。要深入科协系统基层组织开展宣传宣讲。"),
    # several characters printed again on the next page (sichuan: 高质量发展 / 量发展提供)
    ("为中山市经济社会高质量发展\n\n量发展提供科技支撑和服务力量。", "为中山市经济社会高质量发展提供科技支撑和服务力量。"),
    # a quotation or title cannot end open: 《党旗更 / 鲜艳》 (sichuan)
    ("文艺汇演在舞蹈《党旗更\n\n鲜艳》中拉开帷幕。", "文艺汇演在舞蹈《党旗更鲜艳》中拉开帷幕。"),
    # a signature, a date or a label cut in two (guangdong, zunyi)
    ("广东\n\n省科学技术协会\n2022年6月30日", "广东省科学技术协会\n2022年6月30日"),
    ("广东省科学技术协\n\n会\n2022年6月30日", "广东省科学技术协会\n2022年6月30日"),
    ("遵义市科学技术协会\n\n2022年\n\n4月13日印发", "遵义市科学技术协会\n\n2022年4月13日印发"),
    ("抄\n\n报：省科协\n\n遵义市科学技术协会", "抄报：省科协\n\n遵义市科学技术协会"),
    # page numbers between pages go, and the sentence they cut is joined across them
    ("要深入科协系统基层组织开展宣传\n\n— 2 —\n\n宣讲，推动文件精神落地生根。", "要深入科协系统基层组织开展宣传宣讲，推动文件精神落地生根。"),
    ("全市科协系统要把学习新国发2号文件与学习\n-3-\n习近平总书记视察贵州重要讲话精神有机结合。",
     "全市科协系统要把学习新国发2号文件与学习习近平总书记视察贵州重要讲话精神有机结合。"),
    ("一、总体要求\n\n第1页 共8页\n\n二、主要任务", "一、总体要求\n\n二、主要任务"),
    # stray spaces inside Chinese text
    ("遵义市科协贯彻新国发 2 号文件实施方案", "遵义市科协贯彻新国发2号文件实施方案"),
    ("充分发挥报刊、电视、广播和新闻网站、微信公众号、移动 终端的作用。", "充分发挥报刊、电视、广播和新闻网站、微信公众号、移动终端的作用。"),
    # half-width punctuation in Chinese text becomes full-width
    ("2021年春节前夕,习近平总书记视察贵州,为新发展阶段贵州工作指明了前进方向.",
     "2021年春节前夕，习近平总书记视察贵州，为新发展阶段贵州工作指明了前进方向。"),
    ("(国发〔2022〕2号)", "（国发〔2022〕2号）"),
    ("#### (一)加强领导,统筹安排", "（一）加强领导，统筹安排"),
    # numbers, e-mail addresses and URLs keep theirs
    ("联系人:魏爽;电话 28223788;邮箱 1075764075@qq.com.", "联系人：魏爽；电话28223788；邮箱1075764075@qq.com。"),
    ("增长1.5倍,详见 https://www.cast.org.cn/a.html 。", "增长1.5倍，详见 https://www.cast.org.cn/a.html 。"),
    # Markdown residue from converters
    ("# 保定市科学技术协会", "保定市科学技术协会"),
    ("**重点任务**", "重点任务"),
    # OCR misreads of the 签发人 label, and a year in square brackets
    ("答发人: 孙增军", "签发人：孙增军"),
    ("签 发 人：孙增军", "签发人：孙增军"),
    ("市科协[2021]9号", "市科协〔2021〕9号"),
    ("京科协发【2023】12号", "京科协发〔2023〕12号"),
    # straight quotes pair up
    ('开展"我为科技工作者办实事"工作活动', "开展“我为科技工作者办实事”工作活动"),
]


@pytest.mark.parametrize("damaged, repaired", REPAIRS)
def test_repair(damaged, repaired):
    assert clean(damaged) == repaired


def test_headings_and_headlines_are_not_joined_to_the_text_after_them():
    text = "一、深刻认识新国发2号文件的重大意义\n\n2021年春节前夕，习近平总书记视察贵州。"
    assert clean(text).split("\n") == ["一、深刻认识新国发2号文件的重大意义", "", "2021年春节前夕，习近平总书记视察贵州。"]
    news = "省科协召开定点帮扶乡城县工作对接会\n\n本报讯 为深入学习贯彻党的二十大精神，11月3日召开对接会。"
    assert clean(news).split("\n")[0] == "省科协召开定点帮扶乡城县工作对接会"


def test_a_heading_cut_short_by_a_page_break_is_joined():
    assert clean("二、深\n\n入学习宣传贯彻落实新国发2号文件\n\n全市科协系统要把学习新国发2号文件。").split("\n")[0] == \
        "二、深入学习宣传贯彻落实新国发2号文件"
