"""The header's date, issuer and 字号 by convention (round 22).

Date: GB/T 9704 7.3.5 puts the 成文日期 on a line of its own under the signature, so the date under a signature is read
before any other date line (a page's day above the title); a signature and its date run into one line (……科学技术协会
2019年5月8日, in Arabic or Chinese numerals, with or without the space between) are the two, and so is a date with the
enclosed document's title (or its file) run on after it; a signature date that lost its marks (2025327, 201958) is read
under a signature with its seal's note (（代）, a lending office's （……代章） line between), and where it reads two ways
(2022129: 1月29日 or 12月9日) the page's own day rules out a reading later than itself, else no date and a warning (the
page's day is no 成文日期).
Issuer: a body that signs by its department (科研部, 学生工作部) with its date run on is still the signature.
字号: the spaces a page puts around the year's brackets go (苏科协发 〔2019〕 82号), in every bracket form, also with a
blanked year (科协发普字[20**]14号).
Real lines from development documents (dev-25), their variants, and neighbours where nothing may be read."""
import pytest

from kexie.reader import parse_text
from kexie.reader.header import _lines

HEAD = "关于开展科普活动的通知\n各县（市、区）科协：\n为做好有关工作，现将有关事项通知如下：\n一、请各单位于2031年3月4日前报送材料。\n特此通知。\n"


def _doc(tail, head=HEAD):
    return parse_text(head + tail)


# ---------------------------------------------------------------- the signature and its date on one line
@pytest.mark.parametrize("tail, issuer, date", [
    # jiangsu: 江苏省科学技术协会 / 2019年5月8日; the line break lost
    ("江苏省科学技术协会\n2019年5月8日\n", "江苏省科学技术协会", "2019-05-08"),
    ("江苏省科学技术协会2019年5月8日\n", "江苏省科学技术协会", "2019-05-08"),
    ("江苏省科学技术协会　　2019年5月8日\n", "江苏省科学技术协会", "2019-05-08"),
    ("江苏省科学技术协会二〇一九年五月八日\n", "江苏省科学技术协会", "2019-05-08"),
    ("江苏省科学技术协会二○一九年五月八日\n", "江苏省科学技术协会", "2019-05-08"),
    ("江苏省科学技术协会2019 年 5 月 8 日\n", "江苏省科学技术协会", "2019-05-08"),
    # sqmc, zufedfc: a department signs
    ("科研部2021年5月10日\n", "科研部", "2021-05-10"),
    ("学生工作部　2014年4月2日\n", "学生工作部", "2014-04-02"),
    # kepuchina: the enclosure's title run on after the date; mianzhu: the enclosure's file
    ("中国岩石力学与工程学会2022年3月3日中国科协2022年科普工作要点\n", "中国岩石力学与工程学会", "2022-03-03"),
    ("中国岩石力学与工程学会\n2022年3月3日中国科协2022年科普工作要点\n", "中国岩石力学与工程学会", "2022-03-03"),
    ("绵竹市人民政府办公室2017年5月15日绵竹市全民科学素质行动计划纲要.doc\n", "绵竹市人民政府办公室", "2017-05-15"),
    # the 附注 under the date run on (GB/T 9704 7.3.6)
    ("江苏省科学技术协会\n2019年5月8日（此件公开发布）\n", "江苏省科学技术协会", "2019-05-08"),
    ("江苏省科学技术协会2019年5月8日（此件主动公开）\n", "江苏省科学技术协会", "2019-05-08"),
    ("江苏省科学技术协会\n2019年5月8日（联系人：姚红，电话：0991-1234567）\n", "江苏省科学技术协会", "2019-05-08"),
])
def test_a_signature_and_its_date_run_together(tail, issuer, date):
    doc = _doc(tail)
    assert (doc.issuer, doc.date) == (issuer, date)


@pytest.mark.parametrize("above, line", [
    ("", "市科协2023年5月12日召开全体干部会议"),      # a sentence: no title after the date
    ("", "各单位于2023年5月12日"),                    # no body signs
    ("", "本次活动时间为2023年5月12日"),
    ("特此通知。", "2023年5月12日起施行本办法的有关规定"),  # no body signs above the date
    ("江苏省科学技术协会", "2023年5月12日上午在会议室召开"),  # no title after it
])
def test_a_line_that_only_names_a_day_is_no_signature(above, line):
    lines = _lines((above + "\n" if above else "") + line)
    assert lines[-1] == line


def test_a_dated_sentence_is_no_date():
    assert _doc("本次活动时间为2023年5月12日至5月20日。\n").date is None


# ---------------------------------------------------------------- the date under the signature comes first
@pytest.mark.parametrize("head_line", [
    "2031年3月4日",                     # a page's day above the title
    "发布日期：2031年03月04日",
    "发布时间：2031-03-04 09:15",
    "来源：某某新闻网  发布时间：2031-03-04",
])
def test_the_signed_date_beats_the_page_day(head_line):
    doc = _doc("江苏省科学技术协会\n2019年5月8日\n", head=head_line + "\n" + HEAD)
    assert (doc.issuer, doc.date) == ("江苏省科学技术协会", "2019-05-08")


# ---------------------------------------------------------------- a signature date that lost its marks
@pytest.mark.parametrize("tail, date", [
    # 0596fc: the lending office's seal note between the signature and the date
    ("漳州市科技特派员工作联席会议办公室\n(漳州市科学技术局代章)\n2025327\n", "2025-03-27"),
    # ahshx: the signature's own note (（代）)
    ("歙县科技活动周和科技工作者日活动工作专班办公室(代)\n2025522\n", "2025-05-22"),
    # jiangsu: single-digit month and day, six digits
    ("江苏省科学技术协会\n201958\n", "2019-05-08"),
    ("江苏省科学技术协会\n2019508\n", "2019-05-08"),
    ("江苏省科学技术协会\n20190508\n", "2019-05-08"),
])
def test_an_unmarked_signature_date_reads_one_way(tail, date):
    doc = _doc(tail)
    assert doc.date == date
    assert any("缺少“年月日”" in w for w in doc.warnings)


@pytest.mark.parametrize("head_line, date", [
    # freewechat: 2022129 reads 1月29日 or 12月9日; the page went up on 2022-01-30, so 12月9日 cannot be
    ("发布时间：2022-01-30 10:00", "2022-01-29"),
    # both readings before the page's day: no date
    ("发布时间：2022-12-20 10:00", None),
    # no page day: no date, not the page's
    ("", None),
])
def test_an_ambiguous_unmarked_date_and_the_page_day(head_line, date):
    doc = _doc("中国科协办公厅\n2022129\n", head=(head_line + "\n" if head_line else "") + HEAD)
    assert doc.date == date
    assert any("缺少“年月日”" in w for w in doc.warnings)


def test_an_unmarked_number_without_a_signature_is_no_date():
    doc = _doc("联系电话：0551-1234567\n20190508\n")
    assert doc.date is None


# ---------------------------------------------------------------- 字号 with spaces and other brackets
@pytest.mark.parametrize("line, number", [
    ("苏科协发〔2019〕82号", "苏科协发〔2019〕82号"),
    ("苏科协发 〔2019〕 82号", "苏科协发〔2019〕82号"),
    ("苏科协发　〔2019〕　82号", "苏科协发〔2019〕82号"),
    ("苏科协发 [2019] 82号", "苏科协发〔2019〕82号"),
    ("苏科协发【2019】82号", "苏科协发〔2019〕82号"),
    ("苏科协发 （2019） 82号", "苏科协发〔2019〕82号"),
    ("苏科协发［2019］82号", "苏科协发〔2019〕82号"),
    ("苏科协发﹝2019﹞82号", "苏科协发〔2019〕82号"),          # the small brackets some offices print
    ("苏科协发〖2019〗82号", "苏科协发〔2019〕82号"),
    ("苏科协发〔２０１９〕８２号", "苏科协发〔2019〕82号"),      # full-width digits
    ("苏科协发〔2019〕８２号", "苏科协发〔2019〕82号"),
    ("苏 科协发〔2019〕82号", "苏科协发〔2019〕82号"),
    # gwgs6d: a blanked year in any bracket form
    ("科协发普字[20**]14号", "科协发普字〔20**〕14号"),
    ("科协发普字（20**）14号", "科协发普字〔20**〕14号"),
])
def test_the_number_in_any_brackets_and_spacing(line, number):
    doc = parse_text("江苏省科学技术协会文件\n" + line + "\n" + HEAD + "江苏省科学技术协会\n2019年5月8日\n")
    assert doc.doc_number == number


def test_a_cited_number_is_a_reference_not_the_number():
    doc = parse_text(HEAD.replace("现将", "根据《关于开展活动的通知》（科协发普字 〔2019〕 14号）要求，现将")
                     + "江苏省科学技术协会\n2019年5月8日\n")
    assert doc.doc_number is None
    assert doc.references == ["科协发普字〔2019〕14号"]


# ---------------------------------------------------------------- a 字号 that lost one bracket
@pytest.mark.parametrize("line, number", [
    ("甘卫宣传函〔202643", "甘卫宣传函〔2026〕43号"),       # the closing bracket and 号 lost
    ("苏科协发〔2019 82号", "苏科协发〔2019〕82号"),
    ("苏科协发2019〕82号", "苏科协发〔2019〕82号"),           # the opening bracket lost
    ("苏科协发[201982", "苏科协发〔2019〕82号"),
])
def test_a_number_that_lost_one_bracket(line, number):
    doc = parse_text("江苏省科学技术协会文件\n" + line + "\n" + HEAD + "江苏省科学技术协会\n2019年5月8日\n")
    assert doc.doc_number == number


@pytest.mark.parametrize("line", [
    "根据〔2019 82号文件精神",          # words after the number: a sentence
    "参赛作品〔2019",                    # no number after the year
    "活动时间2019〕至今",
])
def test_a_bracketed_year_in_a_line_is_no_number(line):
    doc = parse_text("江苏省科学技术协会文件\n" + line + "\n" + HEAD + "江苏省科学技术协会\n2019年5月8日\n")
    assert doc.doc_number is None


# ---------------------------------------------------------------- a news item's day
# A report is dated by the day its page or paper went up (发布时间, a byline's day, a masthead: dev golds date a report
# a day after its event where the page says so); only a report without any is dated by its lead, the paper's mark
# (本报讯（记者 …）) before it, where the first sentence names the year. The event's day and a later date in the text
# are no page's day.
NEWS_HEAD = "市科协举办全国科普日主场活动\n"
LEAD = ("本报讯（记者 王明）9月26日，市科协在科技馆举办2023年全国科普日主场活动，来自各界的300余名群众参加了活动。"
        "活动现场设置了科普展区和互动体验区。\n")


@pytest.mark.parametrize("page_line, date", [
    ("发布时间：2023-09-27 10:20  来源：市科协\n", "2023-09-27"),
    ("发布日期：2023年09月27日\n", "2023-09-27"),
    ("科技日报 2023-09-27\n", "2023-09-27"),
    ("", "2023-09-26"),   # no page day: the lead's day, the year from its sentence
])
def test_a_report_is_dated_by_its_page_else_its_lead(page_line, date):
    doc = parse_text(NEWS_HEAD + page_line + LEAD + "活动将持续到2023年10月15日。\n")
    assert (doc.doc_type, doc.date) == ("news", date)


def test_a_lead_without_its_year_gives_no_date():
    doc = parse_text(NEWS_HEAD + LEAD.replace("2023年", ""))
    assert doc.date is None


# ---------------------------------------------------------------- the signature's bodies (GB/T 9704 7.3.5)
# A joint signature names the 主办机关 first; each body may carry its seal's note; a lending office's note, a 联系人
# line or a person's name above the date is no issuer. (Bodies here are made up: 某市…)
SIGNED_HEAD = HEAD


@pytest.mark.parametrize("signature, issuer", [
    ("某市科学技术协会　　某市教育局", "某市科学技术协会"),
    ("某市科学技术协会 某市教育局 某市财政局", "某市科学技术协会"),
    ("某市科学技术协会（盖章）　　某市教育局（盖章）", "某市科学技术协会"),
    ("某市科学技术协会(盖章)某市教育局(盖章)", "某市科学技术协会"),
    ("某市科学技术协会\n某市教育局", "某市科学技术协会"),
    ("某市科学技术协会（盖章）\n某市教育局（盖章）", "某市科学技术协会"),
    ("某市科学技术协会（盖章）\n某市教育局（盖章）\n某市财政局（盖章）", "某市科学技术协会"),
    # the date on the signature's line too
    ("某市科学技术协会　　某市教育局　　2023年5月12日\n", "某市科学技术协会"),
    ("某市科学技术协会　　某市教育局2023年5月12日\n", "某市科学技术协会"),
    ("某市科学技术协会（盖章）　　某市教育局（盖章）　　2023年5月12日\n", "某市科学技术协会"),
    ("某市科学技术协会（盖章）2023年5月12日\n", "某市科学技术协会"),
    ("某市全民科学素质工作领导小组办公室（代章）　2023年5月12日\n", "某市全民科学素质工作领导小组办公室"),
    ("某市全民科学素质工作领导小组办公室\n（某市科学技术协会代章）2023年5月12日\n", "某市全民科学素质工作领导小组办公室"),
    ("某市全民科学素质工作领导小组办公室\n（某市科学技术协会代章）", "某市全民科学素质工作领导小组办公室"),
    ("某市全民科学素质工作领导小组办公室（代章）", "某市全民科学素质工作领导小组办公室"),
    ("某市科技活动周筹备工作领导小组（筹）", "某市科技活动周筹备工作领导小组（筹）"),
    # neighbours: no body signs
    ("联系人：张明", None),
    ("联系人：张明，电话：0551-1234567", None),
    ("张明", None),
])
def test_the_signature_names_the_issuer(signature, issuer):
    dated = signature if signature.endswith("\n") else signature + "\n2023年5月12日\n"
    doc = parse_text(SIGNED_HEAD + dated)
    assert (doc.issuer, doc.date) == (issuer, "2023-05-12")


def test_two_people_and_a_date_are_no_joint_signature():
    assert parse_text(SIGNED_HEAD + "张明　李华　2023年5月12日\n").issuer is None


@pytest.mark.parametrize("head, signature, issuer", [
    # the full name over the short one, wherever each stands
    ("某市科学技术协会文件\n某科协发〔2023〕5号\n", "某市科协", "某市科学技术协会"),
    ("", "某市科学技术协会", "某市科学技术协会"),
])
def test_the_full_name_over_the_short(head, signature, issuer):
    doc = parse_text(head + SIGNED_HEAD.replace("关于", "某市科协关于") + signature + "\n2023年5月12日\n")
    assert doc.issuer == issuer


# ---------------------------------------------------------------- the date line as an editor may write it
@pytest.mark.parametrize("date_line", [
    "２０２３年５月１２日",        # full-width digits
    "2023年5月12号",               # the day's 号 of speech
    "（2023年5月12日）",
    "二〇二三年五月十二日", "二○二三年五月十二日", "二0二三年五月十二日", "二零二三年五月十二日",
    "2023-05-12", "2023.5.12", "2023/5/12",   # the web's way, under a signature after the text
])
def test_a_signature_date_as_written(date_line):
    for head in ("", "发布时间：2031-01-01\n"):
        doc = parse_text(head + HEAD + "某市科学技术协会\n" + date_line + "\n")
        assert (doc.issuer, doc.date) == ("某市科学技术协会", "2023-05-12")


def test_a_web_date_under_a_headline_is_the_page_day_not_a_signature():
    # a page's source and day under its headline, before the text: the page's furniture
    doc = parse_text("市科协召开全体干部会议\n某市科学技术协会\n2023-05-12\n"
                     "5月12日，市科协召开全体干部会议，传达学习有关会议精神。会议由党组书记主持。\n")
    assert (doc.doc_type, doc.date) == ("news", "2023-05-12")
    assert not any("成文日期" in w for w in doc.warnings)


# ---------------------------------------------------------------- the 字号 where a page puts it
BODY = ("各县（市、区）科协：\n为做好有关工作，现将有关事项通知如下：\n一、请各单位于2031年3月4日前报送材料。\n特此通知。\n"
        "某市科学技术协会\n2023年5月12日\n")
TITLE, NUMBER = "关于开展科普活动的通知", "苏科协发〔2019〕82号"


@pytest.mark.parametrize("head", [
    "某市科学技术协会文件\n" + NUMBER + "\n" + TITLE,
    "某市科学技术协会文件" + NUMBER + "\n" + TITLE,
    "某市科学技术协会文件\n" + NUMBER + "　　签发人：张三\n" + TITLE,
    TITLE + "\n" + NUMBER,
    "发文字号：" + NUMBER + "\n" + TITLE,
    # run into the title line, as a page's headline writes it
    TITLE + "（" + NUMBER + "）",
    TITLE + "(" + NUMBER + ")",
    TITLE + NUMBER,
    TITLE + "　" + NUMBER,
    NUMBER + TITLE,
])
def test_the_number_wherever_the_head_puts_it(head):
    doc = parse_text(head + "\n" + BODY)
    assert (doc.doc_number, doc.title) == (NUMBER, TITLE)


def test_a_forwarded_headline_under_the_title_keeps_its_number():
    doc = parse_text("关于转发《关于开展科普活动的通知》的通知\n" + TITLE + "（" + NUMBER + "）\n" + BODY)
    assert doc.title == "关于转发《关于开展科普活动的通知》的通知"


def test_a_cited_number_in_the_text_is_no_own_number():
    doc = parse_text(TITLE + "\n" + BODY.replace("为做好", "根据《关于开展活动的通知》（" + NUMBER + "）要求，为做好"))
    assert (doc.doc_number, doc.references) == (None, [NUMBER])


# ---------------------------------------------------------------- a signature date that kept some of its marks
@pytest.mark.parametrize("date_line, date, warned", [
    ("2025年326", "2025-03-26", True),      # seebrin: 月 and 日 lost, one reading
    ("2025年326日", "2025-03-26", True),
    ("2025年1112", "2025-11-12", True),
    ("2025年112日", None, True),             # 1月12日 or 11月2日: no date
    ("2025年3月26", "2025-03-26", False),    # only 日 lost: the date as written
])
def test_a_signature_date_that_kept_its_year(date_line, date, warned):
    doc = parse_text(HEAD + "科研处\n" + date_line + "\n")
    assert (doc.issuer, doc.date) == ("科研处", date)
    assert any("缺少“年月日”" in w for w in doc.warnings) == warned


def test_a_month_alone_under_a_signature_is_no_date():
    assert parse_text(HEAD + "科研处\n2025年3月\n").date is None


@pytest.mark.parametrize("lead, date", [
    ("本报讯 9月26日，", "2023-09-26"),
    ("本网讯（通讯员 李华）9月26日，", "2023-09-26"),
    ("本报讯（记者 王明 通讯员 李华）9月26日上午，", "2023-09-26"),
    ("（记者 王明）9月26日，", "2023-09-26"),           # cas-gz, hzau: the reporter's bracket before the day
    ("9月26日讯，", "2023-09-26"),
    ("某某网9月26日讯 ", "2023-09-26"),                  # a site's dateline
    ("新华社北京9月26日电 ", "2023-09-26"),              # an agency's
])
def test_a_report_without_a_page_day_is_dated_by_its_dateline(lead, date):
    doc = parse_text(NEWS_HEAD + lead + "市科协在科技馆举办2023年全国科普日主场活动，来自各界的300余名群众参加了活动。"
                     "活动现场设置了科普展区和互动体验区。\n")
    assert (doc.doc_type, doc.date) == ("news", date)


@pytest.mark.parametrize("lead", [
    "新华社北京9月26日电 市科协在科技馆举办全国科普日主场活动，来自各界的300余名群众参加了活动。",  # no year named
    "9月26日电视台播出了2023年全国科普日主场活动的实况，来自各界的300余名群众参加了活动。",      # 电视台: no dateline
])
def test_a_dateline_without_its_year_gives_no_date(lead):
    assert parse_text(NEWS_HEAD + lead + "\n").date is None


# ---------------------------------------------------------------- the page's day by its label
@pytest.mark.parametrize("meta, date", [
    ("发布时间：2023-05-12 09:30", "2023-05-12"),
    ("(发布日期:2017-07-14 点击数:7)", "2017-07-14"),        # itemun: the label in brackets with the clicks
    ("更新时间：2023-05-12", "2023-05-12"),
    ("上传日期：2023-05-12", None),                          # a user's upload dates no document (round 20)
    ("作者：王明 时间：2023-05-12", "2023-05-12"),              # technoirc: a byline's bare label
    # another day's label: no page day
    ("访问时间：2025-01-02", None),
    ("采集时间：2025-01-02", None),
    ("报名截止时间：2023-05-20", None),
    ("活动时间：2023年5月20日", None),
    ("（时间：2023年5月20日—5月31日）", None),
])
def test_the_page_day_by_its_label(meta, date):
    doc = parse_text("关于开展科普活动的通知\n" + meta + "\n各县（市、区）科协：\n为做好有关工作，现将有关事项通知如下。\n")
    assert doc.date == date
