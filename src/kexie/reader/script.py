"""Traditional script: a document written in 繁體 (責任單位：市科協, 關於印發…的通知) is read through a matching copy in
simplified characters, one character for one, so that every word the reader looks for (role words, labels, kinds of
document, organisations) is found; what it reads is then given back in the document's own characters."""

from __future__ import annotations

import dataclasses
import re

# Traditional → simplified, for the characters of the words the reader itself uses (labels, role words, kinds,
# organisations, time words, the furniture of web pages) and their common neighbours. Only characters that are not
# also written in simplified text (著, 乾, 覆, 於's surname use aside) are in it: a simplified page stays as it is.
PAIRS = (
    "書书記记長长會会議议報报導导領领組组員员協协學学縣县區区鄉乡鎮镇務务門门單单實实開开動动時时間间節节劃划計计"
    "畫画點点規规辦办範范細细則则簡简態态總总結结關关於于發发轉转貫贯徹彻聯联繫系係系電电話话郵邮傳传號号題题"
    "標标準准級级機机構构廳厅處处廣广場场講讲為为與与參参負负責责牽牵頭头屬属黨党團团婦妇衛卫體体訊讯數数據据"
    "網网絡络資资質质檢检測测環环歷历獎奖勵励項项選选評评優优論论術术藝艺營营費费經经濟济業业農农興兴華华國国"
    "東东蘇苏億亿萬万條条設设屆届隊队陽阳際际陸陆內内擔担詞词簽签來来佈布擊击瀏浏覽览編编輯辑舉举啟启啓启儀仪"
    "現现將将給给請请認认執执進进審审專专預预價价這这個个們们對对從从後后無无樣样種种還还並并應应該该當当職职"
    "義义稱称揮挥週周歲岁兩两幾几齊齐產产備备籌筹說说課课圖图館馆競竞賽赛徵征錄录聽听觀观視视訪访調调壇坛識识"
    "綱纲紀纪檔档擬拟複复復复雜杂災灾減减險险廠厂礦矿鐵铁銀银錢钱園园醫医療疗藥药監监氣气護护綠绿畢毕紹绍頁页"
    "碼码載载線线獻献豐丰葉叶樂乐愛爱歡欢辭辞語语譯译讀读寫写師师歸归習习練练訓训帶带勞劳懲惩罰罚權权維维憲宪"
    "幹干問问聞闻誌志見见決决彙汇匯汇統统頒颁強强確确須须積积極极響响圍围繞绕變变邊边遠远運运過过達达連连遞递"
    "適适遺遗違违驗验試试訂订討讨證证諮咨詢询謝谢讓让謀谋談谈註注詳详紙纸緊紧績绩繼继續续織织約约終终絕绝綜综"
    "橋桥樓楼榮荣譽誉樹树莊庄裡里裏里麼么眾众衆众區区廳厅顧顾嚴严鄭郑劉刘張张楊杨趙赵孫孙吳吴韓韩馮冯蔣蒋許许"
    "鄧邓譚谭黃黄羅罗盧卢鍾钟鄒邹湯汤喬乔賀贺賴赖龔龚蕭萧陳陈龍龙雲云貴贵灣湾臺台遼辽陝陕廈厦貼贴寶宝館馆"
    "讚赞揚扬視视頻频創创業业務务態态級级屆届鑒鉴尋寻雙双餘余獨独極极離离難难雖虽鬥斗廟庙")

TRADITIONAL = {}
for _t, _s in zip(PAIRS[0::2], PAIRS[1::2]):
    TRADITIONAL.setdefault(_t, _s)
_TABLE = str.maketrans(TRADITIONAL)
_TRADITIONAL_CHAR = re.compile("[" + "".join(TRADITIONAL) + "]")


# A pinyin gloss that a mirror site's converter wrote after a character (協(xié), 會(huì ), 联(lián)): a bracketed run of
# pinyin letters with at least one tone mark, right after a Han character. The matching copy leaves it out.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_GLOSS = re.compile(rf"[(（](?<=[\u3400-\u9fff].)[a-zü]*[{_TONED}][a-zü{_TONED}]* ?[)）]")


_GLOSS_AT_END = re.compile(rf"[(（][a-zü]*[{_TONED}][a-zü{_TONED}]* ?[)）]$")


# 經(jīng)營 / (yíng)、在帶動……: a line wrapped between a character and its gloss goes on with the gloss
_GLOSS_AT_START = re.compile(rf"[(（][a-zü]*[{_TONED}][a-zü{_TONED}]* ?[)）]")


def gloss_opens(line: str) -> bool:
    """The line opens with a pinyin gloss: that of the last character of the line above."""
    return bool(_GLOSS_AT_START.match(line))


def gloss_ends_at(text: str, end: int) -> bool:
    """A pinyin gloss closes right before `end` (科協(xié)|科普部): its bracket closes no clause of the text."""
    return bool(_GLOSS_AT_END.search(text, max(0, end - 12), end))


def matching_copy(text: str) -> tuple[str, list[int] | None] | None:
    """The text in simplified characters without pinyin glosses, and where each of its characters stands in `text`
    (None when no gloss was left out: the same length, the same offsets); None when the text has no traditional
    character of the table and no gloss."""
    glossed = _GLOSS.search(text) is not None
    if not glossed and not _TRADITIONAL_CHAR.search(text):
        return None
    if not glossed:
        return text.translate(_TABLE), None
    kept, where, at = [], [], 0
    for m in _GLOSS.finditer(text):
        kept.append(text[at:m.start()])
        where.extend(range(at, m.start()))
        at = m.end()
    kept.append(text[at:])
    where.extend(range(at, len(text)))
    where.append(len(text))
    return "".join(kept).translate(_TABLE), where


class _Restorer:
    """Gives a string read from the matching copy back in the document's own characters (its glosses included)."""

    def __init__(self, original: str, matching: str, where: list[int] | None):
        self.original, self.matching = original, matching
        self.where = where or range(len(original) + 1)
        back: dict[str, set[str]] = {}
        for i, m in enumerate(matching):
            o = original[self.where[i]]
            if o != m or m in back:
                back.setdefault(m, set()).add(o)
        # a simplified character that the document only ever wrote one way goes back to that way
        self.back = str.maketrans({m: os.pop() for m, os in back.items() if len(os) == 1})

    def span(self, start: int, end: int) -> tuple[int, int]:
        """A stretch of the matching copy as a stretch of the document (a gloss after its last character with it)."""
        return self.where[start], self.where[end]

    def __call__(self, s: str) -> str:
        if not s or s.isascii():
            return s
        at = self.matching.find(s)
        if at >= 0:
            start, end = self.span(at, at + len(s))
            return self.original[start:end]  # a stretch of the text: its own characters, as written
        return s.translate(self.back)  # joined across a line or trimmed: character by character


    def unglossed(self, s: str) -> str:
        """A name as the document writes it, without the pinyin glosses it carries (瑯琊區(qū)科協(xié) → 瑯琊區科協)."""
        at = self.matching.find(s) if s and not s.isascii() else -1
        if at < 0:
            return self(s)
        return "".join(self.original[self.where[i]] for i in range(at, at + len(s)))


def restore(value, original: str, matching: str, where: list[int] | None = None):
    """`value` (the parsed document or any part of it) with every string read from `matching` given back in the
    characters of `original` (`where`: the place in `original` of each character of `matching`, when glosses were
    left out; spans are moved there too). The document's text and the reader's own warnings are left alone."""
    fix = _Restorer(original, matching, where)

    def walk(v):
        if isinstance(v, str):
            return fix(v)
        if isinstance(v, list):
            return [walk(x) for x in v]
        if isinstance(v, tuple):
            return v
        if dataclasses.is_dataclass(v):
            for f in dataclasses.fields(v):
                if f.name in ("text", "warnings") and hasattr(v, "outline"):
                    continue
                got = getattr(v, f.name)
                if f.name == "span" and where is not None and got is not None:
                    setattr(v, f.name, fix.span(*got))
                elif f.name in ("unit", "issuer") and isinstance(got, str):
                    # a segment's unit, a document's issuer name a body: its name, no reading aid
                    setattr(v, f.name, fix.unglossed(got))
                else:
                    setattr(v, f.name, walk(got))
            return v
        return v

    return walk(value)
