"""Writes a .docx with one paragraph per line of a text file (python-docx; run with the project venv).
usage: text_to_docx.py IN.txt OUT.docx"""
import sys
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn

source, target = sys.argv[1], sys.argv[2]
document = Document()
style = document.styles["Normal"]
style.font.name = "仿宋_GB2312"
style.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
style.font.size = Pt(16)
for line in open(source, encoding="utf-8").read().splitlines():
    document.add_paragraph(line)
document.save(target)
