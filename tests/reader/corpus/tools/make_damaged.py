"""Builds the two hand-damaged copies (PDF/OCR-style) from their clean originals.
Damage is placed by hand at fixed points so the result is reproducible."""
import os, re
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs")


def brk(text, anchor, page=None, repeat=False):
    """Put a page break right after `anchor` (which must occur once), optionally a page
    number line, optionally repeating the anchor's last character on the new page."""
    assert text.count(anchor) == 1, anchor
    tail = ("\n\n— %d —\n\n" % page) if page else "\n\n"
    if repeat:
        tail += anchor[-1]
    return text.replace(anchor, anchor + tail)


# 1. the Hubei red-header notice, as text pulled from its PDF
t = open(os.path.join(D, "hubei-2023-12-red-header-notice.txt"), encoding="utf-8").read()
t = brk(t, "营造尊重知识、尊重人", page=2)
t = brk(t, "把党和政府的关怀送到科技", repeat=True)
t = brk(t, "特别是青年科技工作者和女科", page=3, repeat=True)
t = brk(t, "推选10名左右在科技创新、科学普及等方面作出突出贡", page=4)
t = brk(t, "要坚持正确舆论导向，创新宣传方式，增强宣传的感染", repeat=True)
t = t.replace("2023年5月下旬至6月上旬", "2023 年 5 月下旬至 6 月上旬")
t = t.replace("推选10名左右", "推选 10 名左右")
t = t.replace("请各单位于2023年6月10日前", "请各单位于 2023 年 6 月 10 日前")
t = t.replace("签发人：张　伟", "签 发 人:张 伟")
t = t.replace("（一）开展走访慰问活动。", "(一)开展走访慰问活动.")
t = t.replace("（1）省级层面。", "(1)省级层面.")
t = t.replace("联系人：刘晓敏，联系电话：027-87861234，电子邮箱：kjgzzr@hbast.org.cn",
              "联系人:刘晓敏,联系电话:027-87861234,电子邮箱:kjgzzr@hbast.org.cn")
open(os.path.join(D, "hubei-2023-12-red-header-notice-pdf-extract.txt"), "w", encoding="utf-8").write(t)

# 2. the Zhuzhou plan, as OCR text: half-width punctuation throughout, broken pages
t = open(os.path.join(D, "zhuzhou-2023-science-literacy-plan.txt"), encoding="utf-8").read()
t = brk(t, "推动中小学校与科技馆、科普教育基地共建科学教育实践", repeat=True)
t = brk(t, "择优推荐优秀项目参加全省", page=2)
t = brk(t, "在我市特色产业集中区域新建科技小院3家，第三季度末前完成", repeat=True)
t = brk(t, "帮助老年人跨越“数字", page=3, repeat=True)
t = brk(t, "各级政府要将科普经费列入同级财政预算，逐步提高科普投", repeat=True)
for a, b in [("，", ","), ("：", ":"), ("；", ";"), ("（", "("), ("）", ")")]:
    t = t.replace(a, b)
t = re.sub(r"(?<=[\u4e00-\u9fff])(\d+)(?=[\u4e00-\u9fff])", r" \1 ", t)
open(os.path.join(D, "zhuzhou-2023-science-literacy-plan-ocr.txt"), "w", encoding="utf-8").write(t)
print("ok")
