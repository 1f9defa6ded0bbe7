"""The demo's policy chain: 贵州省科协's 黔科协发〔2022〕17号 (which the 遵义 seed cites, and which cites
国发〔2022〕2号), so 国发〔2022〕2号 → 黔科协发〔2022〕17号 → 遵市科协字〔2022〕6号 → 正科协字〔2022〕3号 shows on the
documents' pages. The State Council's own document is not stored: the chain shows it as a placeholder."""

from __future__ import annotations

from kexie.documents.services import ingest
from kexie.orgs.models import Organisation

GUIZHOU_NOTICE = """贵州省科学技术协会文件

黔科协发〔2022〕17号

贵州省科学技术协会关于印发《贵州省科学技术协会关于贯彻国发〔2022〕2号文件实施方案》的通知

各市（州）科协，省级学会（协会、研究会），机关各部门、直属各单位：
现将《贵州省科学技术协会关于贯彻国发〔2022〕2号文件实施方案》印发给你们，请结合实际认真贯彻落实。

贵州省科学技术协会
2022年4月13日

贵州省科学技术协会关于贯彻国发〔2022〕2号文件实施方案

为深入贯彻落实《国务院关于支持贵州在新时代西部大开发上闯新路的意见》（国发〔2022〕2号），结合全省科协工作实际，制定本方案。

一、深入学习宣传贯彻新国发2号文件
（一）开展专题学习。省科协党组理论学习中心组开展专题学习研讨。
（二）组织宣传宣讲。组织科技工作者和科技志愿者开展宣讲活动。
二、推动各项任务落地见效
（一）指导市县科协制定实施方案。各市（州）科协结合实际制定本地实施方案。
（二）加强督促检查。省科协适时对落实情况开展督促检查。
"""


def build_demo_chain() -> str:
    """Store 贵州省科协's notice (once); the outcome for the demo's log."""
    guizhou = Organisation.objects.get(name="贵州省科学技术协会")
    document, created = ingest(GUIZHOU_NOTICE.encode(), "黔科协发〔2022〕17号.txt", guizhou)
    cited = ", ".join(document.citations.values_list("number", flat=True))
    return f"{document.doc_number} of {guizhou.display_name} ({'new' if created else 'unchanged'}), cites {cited}"
