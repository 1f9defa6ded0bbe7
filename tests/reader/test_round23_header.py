"""Round 23: header fields and contacts — a joint signature with an office's short name, a news headline under a column
name, a meeting's day that is no masthead, phones as written, a colour picker and lost spaces that are no text."""
import pytest

from kexie.reader import parse_text
from kexie.reader.clean import clean
from kexie.reader.header import _phones_as_written
from kexie.reader import patterns as P

NOTICE_BODY = ("各省辖市科协、文明办：\n\n为进一步加强基层科普能力建设，现将认定名单予以公布。\n\n"
               "附件：1.名单\n\n")


@pytest.mark.parametrize("signature, issuer", [
    ("                         河南省科协 河南省文明办", "河南省科协"),  # smxast: the first of the joint signature
    ("河南省科学技术协会　河南省精神文明建设委员会办公室", "河南省科学技术协会"),
    ("                         河南省科协", "河南省科协"),
])
def test_a_joint_signature_with_an_offices_short_name(signature, issuer):
    text = "关于公布科普教育基地认定名单的通知\n\n" + NOTICE_BODY + signature + "\n\n                  2022年4月18日\n"
    assert parse_text(text).issuer == issuer


@pytest.mark.parametrize("head, title, issuer", [
    # zzast: the crawl day, the column's name, the headline, the page's dated meta line
    ("2024年05月20日星期一\n\n要闻聚焦\n\n河南省委宣传部调研科技馆\n\n来源:未知     发布时间:2023-06-07     阅读次数: 378\n\n",
     "河南省委宣传部调研科技馆", None),
    ("工作动态\n\n省科协调研基层科普工作\n\n发布时间:2023-06-07\n\n", "省科协调研基层科普工作", None),  # the headline's subject issues no report (w6)
])
def test_a_news_headline_under_a_column_name(head, title, issuer):
    text = head + ("2023年6月7日，河南省委宣传部精神文明建设二处副处长一行到郑州科技馆，就公共文化设施志愿服务工作"
                   "开展情况进行考察。\n\n市科协二级调研员陪同调研。\n")
    doc = parse_text(text)
    assert (doc.title, doc.issuer, doc.doc_type) == (title, issuer, "news")


@pytest.mark.parametrize("line, action", [
    ("河南省委宣传部调研科技馆", True),
    ("省林学会召开理事会", True),
    ("郑州科技馆", False),
    ("河南省科普教育基地管理办公室", False),
])
def test_a_line_that_tells_an_action_is_no_bodys_name(line, action):
    assert P.tells_an_action(line) is action


def test_a_meetings_day_in_the_text_is_no_masthead():
    # cqast: a notice cut before its signature; its meeting's day (星期二) dates no document: null, not a guess
    text = ("渝科协发〔2020〕43号\n重庆市科学技术协会\n关于召开市科协五届五次全会的通知\n"
            "各区县科协：\n经研究，决定召开市科协五届五次全会，现将有关事宜通知如下：\n一、会议时间\n"
            "2020年5月19日（星期二）9:30—11:30，会期半天。\n二、会议地点\n渝州宾馆中华厅。\n")
    assert parse_text(text).date is None


@pytest.mark.parametrize("found, after, phones", [
    ("0431-85682025 85261379", "", "0431-85682025 85261379"),  # jlskx: two numbers a space apart, as written
    ("4319811 8255040", " 。", "4319811 8255040"),
    ("0311—68123415、67507091", "（传真）\n邮 编", "0311—68123415、67507091（传真）"),  # lycy: the number's note kept
    ("010 6529 9826", "", "01065299826"),  # spaces inside one number
    ("28223788", "（周一至周五）", "28223788"),  # an office's hours are no note of the number
])
def test_phones_as_written(found, after, phones):
    assert _phones_as_written(found, after) == phones


def test_a_contacts_phones_and_fax_note_in_a_notice():
    text = ("关于征集奖励项目的通知\n各市林学会：\n请于4月15日前报送。\n联 系 人：刘春鹏、李莹\n"
            "电    话：0311—68123415、67507091（传真）\n电子邮箱：hbslxhbgs@163.com\n")
    c = parse_text(text).contact
    assert (c.name, c.phone, c.email) == ("刘春鹏、李莹", "0311—68123415、67507091（传真）", "hbslxhbgs@163.com")


def test_a_colour_picker_is_no_recipient():
    # lycy: the site's 保护视力色: control (its swatches lost) right above the 主送 line
    text = ("河北省林学会关于征集2022年度省科学技术奖报奖项目的通知\n作者: | 文章来源: | 发表时间:2022-01-06 | 点击率:6814\n"
            "保护视力色:\n各市林(果)学会,省林学会各工作、专业委员会,各有关单位:\n根据有关文件精神，现将有关事项通知如下：\n")
    assert parse_text(text).recipients == ["各市林（果）学会", "省林学会各工作", "专业委员会", "各有关单位"]


@pytest.mark.parametrize("line, cleaned", [
    ("各全国学会、协会、研究会:?", "各全国学会、协会、研究会："),  # 12366sw: a lost space after the 主送 colon
    ("中国科协? ? ?", "中国科协"),  # lost spaces after the signature
    ("你知道什么是科普吗???", "你知道什么是科普吗？??"),  # a question keeps its marks
])
def test_question_marks_that_were_spaces(line, cleaned):
    assert clean(line) == cleaned
