"""Builds docs/qujing-2023-15-task-table-notice.docx (python-docx). Run with the project venv."""
import os
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "qujing-2023-15-task-table-notice.docx")

doc = Document()
style = doc.styles["Normal"]
style.font.name = "仿宋_GB2312"
style.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
style.font.size = Pt(16)


def para(text, size=16, bold=False, center=False, right=False, red=False, font=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    if font:
        r.font.name = font
        r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    if red:
        r.font.color.rgb = RGBColor(0xFF, 0, 0)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


para("曲靖市科学技术协会文件", size=36, center=True, red=True, font="方正小标宋简体")
para("曲科协发〔2023〕15号", center=True)
para("")
para("关于印发《曲靖市科协2023年重点工作", size=22, center=True, font="方正小标宋简体")
para("任务分解方案》的通知", size=22, center=True, font="方正小标宋简体")
para("")
para("机关各部室，市科技馆，各县（市、区）科协：")
para("　　《曲靖市科协2023年重点工作任务分解方案》已经市科协党组会议研究同意，现印发给你们，请认真抓好落实。各牵头单位要于每季度末向办公室报送工作进展情况。")
para("")
para("曲靖市科学技术协会", right=True)
para("2023年3月1日", right=True)
para("")
para("曲靖市科协2023年重点工作任务分解方案", size=22, center=True, font="方正小标宋简体")
para("　　为确保市科协2023年各项重点工作落到实处，现将重点工作任务分解如下：")

rows = [
    ("序号", "重点任务", "具体措施", "牵头单位", "责任单位", "完成时限"),
    ("1", "深入学习宣传贯彻党的二十大精神", "组织党组理论学习中心组专题学习不少于12次，开展“党的二十大精神进学会、进企业”宣讲活动。", "办公室", "机关各部室", "2023年12月底前"),
    ("2", "推进“科创中国”试点城市建设", "征集发布企业技术需求不少于50项，组织产学研对接活动不少于10场。", "学会学术部", "企业工作部、各县（市、区）科协", "2023年10月底前"),
    ("3", "举办曲靖市第十届青少年科技创新大赛", "完成作品征集、初评和终评，择优推荐参加云南省青少年科技创新大赛。", "科学普及部", "市科技馆", "2023年5月底前"),
    ("4", "组织开展全国科普日活动", "举办全国科普日曲靖主场活动，指导各县（市、区）开展特色科普活动。", "科学普及部", "市科技馆、各县（市、区）科协", "2023年9月"),
    ("5", "做好曲靖市青年科技奖评选工作", "完成第六届曲靖市青年科技奖申报、评审和表彰工作。", "组织人事部", "学会学术部", "第三季度末"),
    ("6", "加强“科技工作者之家”建设", "在高校、企业、园区建设“科技工作者之家”，常态化开展联系服务科技工作者活动。", "组织人事部", "各县（市、区）科协", "长期坚持"),
    ("7", "开展科技工作者状况调查", "完成全市科技工作者状况调查站点数据采集，形成调查报告报市委、市政府。", "学会学术部", "办公室", "2023年6月30日前"),
    ("8", "推进基层科普阵地建设", "新建基层科普e站20个，完成已建站点内容更新和运行维护。", "科学普及部", "各县（市、区）科协", "年底前"),
]
table = doc.add_table(rows=len(rows), cols=6)
table.style = "Table Grid"
for i, row in enumerate(rows):
    for j, val in enumerate(row):
        cell = table.cell(i, j)
        cell.text = val
        if i == 0:
            for r in cell.paragraphs[0].runs:
                r.bold = True

para("")
para("抄送：市委办公室，市政府办公室，云南省科协。")
para("曲靖市科学技术协会办公室　　　　　　2023年3月2日印发")
doc.core_properties.author = "qjkx"
doc.save(OUT)
print("wrote", OUT)
