"""文号 keys: one key however the brackets, digits and spaces are typed; anything else is no key at all."""

import pytest

from kexie.documents.numbers import cited_title, number_key


@pytest.mark.parametrize("typed", ["黔科协发〔2022〕17号", "黔科协发[2022]17号", "黔科协发［2022］17号",
                                   "黔科协发(2022)17号", "黔科协发（2022）17号", "黔科协发【2022】17号",
                                   "黔科协发〔２０２２〕１７号", " 黔科协发 〔2022〕 17 号", "黔科协发〔2022〕第17号",
                                   "黔科协发〔2022〕017号", "黔科协发﹝2022﹞17号"])
def test_every_spelling_of_a_number_is_one_key(typed):
    assert number_key(typed) == "黔科协发〔2022〕17号"


@pytest.mark.parametrize("bad", ["", None, 17, "〔2022〕17号", "黔科协发〔22〕17号", "黔科协发2022年17号",
                                 "黔科协发〔2022〕号", "x" * 200 + "〔2022〕1号", "《黔科协发〔2022〕17号",
                                 "黔科协发〔2022〕17号\x00", "国发〔2022〕1234567号", "SELECT * FROM x; --"])
def test_what_is_not_a_number_has_no_key(bad):
    assert number_key(bad) in ("", "黔科协发〔2022〕17号")  # a NUL is dropped, never kept in a key
    if bad != "黔科协发〔2022〕17号\x00":
        assert number_key(bad) == ""


def test_the_title_is_what_the_citing_text_gives():
    text = ("为贯彻落实《国务院关于支持贵州在新时代西部大开发上闯新路的意见》(国发〔2022〕2号),根据省科协关于印发"
            "《贵州省科学技术协会关于贯彻国发〔2022〕2号文件实施方案》的通知(黔科协发〔2022〕17号),结合实际。")
    assert cited_title(text, "国发〔2022〕2号") == "《国务院关于支持贵州在新时代西部大开发上闯新路的意见》"
    assert cited_title(text, "黔科协发〔2022〕17号") == "《贵州省科学技术协会关于贯彻国发〔2022〕2号文件实施方案》的通知"
    assert cited_title("依据国发〔2022〕2号文件", "国发〔2022〕2号") == ""
    assert cited_title("", "国发〔2022〕2号") == cited_title("x", "") == ""
