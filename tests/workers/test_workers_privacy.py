"""Masking of personal data in the registers, and who sees it whole."""

import pytest

from kexie.workers.privacy import mask_email, mask_phone, may_see_personal_data


@pytest.mark.parametrize("phone, masked", [
    ("13912345678", "139****5678"),
    ("0851-28221234", "085******1234"),
    ("1234567", "*****67"),
    ("12", "**"),
    ("", ""),
])
def test_mask_phone_keeps_only_the_ends(phone, masked):
    assert mask_phone(phone) == masked


def test_mask_email_keeps_the_first_letter_and_the_domain():
    assert mask_email("zhang.san@example.cn") == "z***@example.cn"
    assert mask_email("no-at-sign") == "***"
    assert mask_email("") == ""


@pytest.mark.parametrize("username, keeper, whole", [
    ("zunyi-staff", "遵义市科协", True),       # an editor of the keeper
    ("zunyi-admin", "正安县科协", True),       # an editor above the keeper
    ("zhengan-staff", "遵义市科协", False),    # an editor below the keeper
    ("zunyi-supervisor", "遵义市科协", False),  # a reader of the keeper
    ("zunyi-leader", "正安县科协", False),
    ("sichuan-admin", "遵义市科协", False),    # another province
])
def test_only_editors_of_the_keeper_or_above_see_personal_data(user, org, username, keeper, whole):
    assert may_see_personal_data(user(username), org(keeper)) is whole
