"""segment.py: the same tokens for the index and for queries, with real strings from the seeds."""

import pytest

from kexie.search.segment import highlight_terms, index_tokens, query_terms, segment


@pytest.mark.parametrize("text, tokens", [
    ("科普日", ["科普", "普日", "日"]),
    ("科", ["科"]),
    ("全国科普日，", ["全国", "国科", "科普", "普日", "日"]),
    ("黔科协发〔2022〕17号", ["黔科", "科协", "协发", "发", "2022", "17", "号"]),
    ("黔科协发[2022]17号", ["黔科", "科协", "协发", "发", "2022", "17", "号"]),
    ("黔科协发［２０２２］１７号", ["黔科", "科协", "协发", "发", "2022", "17", "号"]),
    ("黔科协发(2022)17号", ["黔科", "科协", "协发", "发", "2022", "17", "号"]),
    ("遵市科协字〔2022〕06号", ["遵市", "市科", "科协", "协字", "字", "2022", "6", "号"]),
    ("雷洪、杨新露", ["雷洪", "洪", "杨新", "新露", "露"]),
    ("QQ群 WeChat 5G", ["qq", "群", "wechat", "5", "g"]),
    ("", []),
    ("“  ” * - ( ) : ^ NEAR", ["near"]),
])
def test_index_tokens(text, tokens):
    assert index_tokens(text) == tokens
    assert segment(text) == " ".join(tokens)


@pytest.mark.parametrize("query, terms", [
    ("科协", [("科协", False)]),
    ("科普日", [("科普", False), ("普日", False)]),
    ("科", [("科", True)]),
    ("2022 17", [("2022", False), ("17", False)]),
    ("[2022]17号", [("2022", False), ("17", False)]),
    ("黔科协发〔2022〕17号", [("黔科", False), ("科协", False), ("协发", False), ("2022", False), ("17", False)]),
    ("17 号", [("17", False), ("号", True)]),   # only a character right after the number is its unit
    ("2022年度", [("2022", False), ("年度", False)]),
    ('"科协" OR 科普* -NEAR(', [("科协", False), ("or", False), ("科普", False), ("near", False)]),
    ("科协 科协", [("科协", False)]),
    ("\"*-():^", []),
])
def test_query_terms(query, terms):
    assert query_terms(query) == terms


def test_every_query_term_is_a_plain_token():
    """Only Han characters, a–z and digits ever reach the FTS grammar, whatever is typed."""
    import re
    nasty = 'a"b*c-d(e)f:g^h NEAR/3 AND OR NOT \'x\' \\ ; -- DROP TABLE search_entry; ＃　\x00 科"协'
    for token, _prefix in query_terms(nasty):
        assert re.fullmatch(r"[a-z0-9\u3400-\u9fff]+", token), token


@pytest.mark.parametrize("query", ["黔科协发〔2022〕17号", "黔科协发[2022]17号", "黔科协发（2022）17号", "2022 17",
                                   "〔2022〕17号", "黔科协发［２０２２］１７号"])
def test_doc_number_forms_match_the_same_text(query):
    """Every term of each form of the 文号 is among the tokens of the seed's line citing it."""
    line = "《关于印发〈贵州省科协贯彻新国发2号文件实施方案〉的通知》(黔科协发〔2022〕17号)"
    tokens = set(index_tokens(line))
    for token, prefix in query_terms(query):
        assert token in tokens or (prefix and any(t.startswith(token) for t in tokens))


def test_highlight_terms():
    assert highlight_terms("科普日 [2022]１７号") == ["科普日", "2022", "17", "号"]


@pytest.mark.parametrize("text", ["黔科协发〔２０２２〕１７号（Ａ）", "Ａ\u0301 ｶﾞ ① Ⅻ ﬁ ² İ", "\u3000科协\u3000", "", "𠀀科普"])
def test_normalise_is_nfkc_lowered(text):
    import unicodedata

    from kexie.search.segment import normalise
    assert normalise(text) == unicodedata.normalize("NFKC", text).lower()
