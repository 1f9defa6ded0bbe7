"""文号 as one key: 黔科协发〔2022〕17号, 黔科协发[2022]17号 and 黔科协发（２０２２）１７号 are the same number.

Pure functions (no Django): the citation rows, Document.number_key and the data migration share them.
"""

from __future__ import annotations

import re
import unicodedata

# The brackets around a 文号's year as people type them: 〔〕 (the standard's), [] ［］ () （） 【】 ﹝﹞ 〖〗.
OPEN, CLOSE = "[(【﹝〔〖［（", "])】﹞〕〗］）"
_YEAR = re.compile(rf"[{re.escape(OPEN)}]\s*((?:19|20)\d\d)\s*[{re.escape(CLOSE)}]")
_SPACES = re.compile(r"\s+")
# The number after the year: 第 and leading zeros are spelling, not meaning (〔2022〕第017号 is 〔2022〕17号).
_SERIAL = re.compile(r"〕第?0*(\d{1,6})号")
# A key that is a 文号: an issuer's code (one to thirty characters, no brackets), the year, the serial, 号.
_KEY = re.compile(r"^[^\s〔〕《》“”\"'<>]{1,30}〔(?:19|20)\d\d〕\d{1,6}号$")
MAX_LENGTH = 100


def number_key(number: str | None) -> str:
    """The comparison form of a 文号, or "" when the text is not one (a malformed reference links nothing)."""
    if not number or not isinstance(number, str) or len(number) > MAX_LENGTH:
        return ""
    text = unicodedata.normalize("NFKC", number.replace("\x00", ""))  # full-width digits and letters
    text = _SPACES.sub("", text)
    text = _YEAR.sub(r"〔\1〕", text)
    text = _SERIAL.sub(r"〕\1号", text)
    return text if _KEY.match(text) else ""


def cited_title(text: str, number: str, window: int = 40) -> str:
    """The title the citing text gives the cited document: the 《…》 just before the number (with what follows
    it, such as 的通知), e.g. 《国务院关于…的意见》(国发〔2022〕2号); "" when the text names none."""
    if not text or not number:
        return ""
    at = text.find(number)
    while at != -1:
        before = text[max(0, at - 400):at]
        close = before.rfind("》")
        if close != -1 and len(before) - close <= window:
            start = before.rfind("《", 0, close)
            if start != -1 and "\n" not in before[start:]:
                tail = re.sub(r"[\s(（\[［〔]+$", "", before[close + 1:])
                title = before[start:close + 1] + (tail if "》" not in tail and "《" not in tail else "")
                return title[:500]
        at = text.find(number, at + len(number))
    return ""
