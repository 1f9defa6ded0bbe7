"""Round 23 audit on fresh pages: a portal's 发布部门 label names the issuer as its 来源 does (with a warning)."""
import pytest

from kexie.reader import header

CASES = [
    # huaxiataike (广东院士工作站 notice): the meta line lost its spaces, the bookmark button runs on
    ("发布时间：2024年07月02日11:32:18发布部门：广东省科学技术协会收藏\n省科协团体会员：\n", "广东省科学技术协会"),
    ("来源：浙江省科协    发布时间： 2018-03-30\n", "浙江省科协"),
    ("发布单位：河南省科学技术协会 分享\n", "河南省科学技术协会"),
    # a person or a site's word is no body
    ("发布部门：admin\n", None),
    ("发布部门：管理员收藏\n", None),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_page_label_names_issuer(text, expected):
    assert header._source_body(text) == expected
