"""PDF from the Word writer's docx, rendered by LibreOffice headless (Debian: libreoffice-writer-nogui).

Where soffice is missing the pages say how to install it and the docx still works: `available()` tells them.
Each conversion uses its own LibreOffice profile directory, so two at once do not lock each other out.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from django.utils.translation import gettext_lazy as _

FONTS = Path(__file__).with_name("fonts.conf")  # free stand-ins for the official fonts
TIMEOUT = 120  # seconds; a first start of LibreOffice takes a few
INSTALL_HINT = _("服务器未安装 LibreOffice，暂不能生成 PDF；Word 文件可照常下载。管理员可在服务器上执行 "
                 "apt-get install --no-install-recommends libreoffice-writer-nogui 后重试。")


class PdfUnavailable(Exception):
    pass


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def available() -> bool:
    return soffice() is not None


def docx_to_pdf(data: bytes) -> bytes:
    """The PDF of a docx; PdfUnavailable when LibreOffice is missing or fails."""
    binary = soffice()
    if binary is None:
        raise PdfUnavailable(str(INSTALL_HINT))
    with tempfile.TemporaryDirectory(prefix="kexie-pdf-") as work:
        source = os.path.join(work, "document.docx")
        with open(source, "wb") as f:
            f.write(data)
        profile = "file://" + os.path.join(work, "profile")
        try:
            subprocess.run([binary, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                            "--convert-to", "pdf", "--outdir", work, source],
                           check=True, timeout=TIMEOUT, capture_output=True, env={**os.environ, "HOME": work, "FONTCONFIG_FILE": str(FONTS)})
        except (subprocess.SubprocessError, OSError) as error:
            raise PdfUnavailable(str(_("PDF 生成失败，请下载 Word 文件。"))) from error
        target = os.path.join(work, "document.pdf")
        if not os.path.exists(target):
            raise PdfUnavailable(str(_("PDF 生成失败，请下载 Word 文件。")))
        with open(target, "rb") as f:
            return f.read()
