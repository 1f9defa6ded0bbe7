"""Volunteers from an xlsx: a dry run that sorts every row (new, duplicate phone, error), then the import.

The sheet is streamed (openpyxl read_only), never loaded whole: a pass keeps only the phones seen so far and the
first SAMPLE rows of each kind for the preview, and the import writes in batches of BATCH rows (bulk insert, the
audit entries by COPY on PostgreSQL), so 100,000 rows stay in bounded memory (bench/volunteers.py measures it).
A phone is a duplicate when an earlier row of the file has it, or a live registration (pending or active) does;
a row with an error names its row number and says in one sentence what is wrong. The import writes the new rows
only, in one transaction, with the same checks as a registration by hand (registry.clean).
"""

from __future__ import annotations

import io
import tempfile
import zipfile
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from kexie.audit.log import record_many, snapshot

from . import counts
from .models import Volunteer, VolunteerState
from .registry import VolunteerError, clean, duplicate_message, live_phones

HEADERS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "名字", "志愿者姓名"),
    "phone": ("联系电话", "手机", "手机号", "手机号码", "电话", "联系方式"),
    "region": ("所在地区", "地区", "所在地", "区域"),
    "work_unit": ("工作单位", "单位"),
    "expertise": ("专业特长", "特长", "专业"),
    "service_kinds": ("服务类别", "服务类型", "志愿服务类别"),
    "tags": ("标签", "人才标签", "类型标签"),
    "is_sanzhang": ("三长",),
    "is_local_talent": ("乡土人才",),
    "availability": ("可服务时间", "服务时间"),
}
HEADER_ROWS = 10
SAMPLE = 200  # rows of each kind the preview lists; the counts are of every row
BATCH = 2000
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def max_rows() -> int:
    return int(getattr(settings, "KEXIE_VOLUNTEER_IMPORT_MAX_ROWS", 100_000))


def check_file(path: Path) -> None:
    """Refuse what is not a plain xlsx of a sane size before openpyxl opens it (.xls, a zip bomb, junk)."""
    size = path.stat().st_size
    max_bytes = int(getattr(settings, "KEXIE_IMPORT_MAX_BYTES", 20 << 20))
    if size > max_bytes:
        raise VolunteerError(_("文件超过 %(mb)d MB，请拆分后再导入。") % {"mb": max_bytes >> 20})
    with open(path, "rb") as f:
        head = f.read(8)
    if head == OLE2:
        raise VolunteerError(_("这是旧版 Excel（.xls）或设有密码的文件，请在 Excel 或 WPS 中另存为 .xlsx 后再导入。"))
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        raise VolunteerError(_("这不是 Excel 表格（.xlsx）文件，或文件已损坏，请重新保存为 .xlsx 后再导入。")) from None
    if "xl/workbook.xml" not in {m.filename for m in members}:
        raise VolunteerError(_("这不是 Excel 表格（.xlsx）文件，或文件已损坏，请重新保存为 .xlsx 后再导入。"))
    unzipped = sum(m.file_size for m in members)
    if unzipped > int(getattr(settings, "KEXIE_IMPORT_MAX_UNZIPPED_BYTES", 200 << 20)) or (
            unzipped > (1 << 20) and unzipped > int(getattr(settings, "KEXIE_IMPORT_MAX_RATIO", 100))
            * max(sum(m.compress_size for m in members), 1)):
        raise VolunteerError(_("表格解压后过大，请只保留志愿者名单工作表后再导入。"))


def read_upload(chosen) -> bytes:
    """An uploaded file's bytes once it passed check_file (in a temporary file: only a readable sheet is kept)."""
    max_bytes = int(getattr(settings, "KEXIE_IMPORT_MAX_BYTES", 20 << 20))
    if chosen is None:
        raise VolunteerError(_("请选择一个 .xlsx 文件。"))
    if chosen.size > max_bytes:
        raise VolunteerError(_("文件超过 %(mb)d MB，请拆分后再导入。") % {"mb": max_bytes >> 20})
    data = chosen.read()
    with tempfile.NamedTemporaryFile(suffix=".xlsx") as tmp:
        tmp.write(data)
        tmp.flush()
        check_file(Path(tmp.name))
    return data


def _key(header) -> str:
    return "".join(str(header or "").split()).strip("*＊：:")


def _columns(row) -> dict[int, str]:
    known = {name: role for role, names in HEADERS.items() for name in names}
    return {i: known[_key(v)] for i, v in enumerate(row) if _key(v) in known}


def rows(path: Path):
    """(row number, dict of raw values by role) for every data row, streamed; VolunteerError for a sheet
    without 姓名 and 联系电话 columns or with too many rows."""
    from openpyxl import load_workbook
    handle = open(path, "rb")  # a file, not a name: stored uploads have no .xlsx suffix for openpyxl to check
    try:
        book = load_workbook(handle, read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds on a damaged file
        handle.close()
        raise VolunteerError(_("这不是 Excel 表格（.xlsx）文件，或文件已损坏，请重新保存为 .xlsx 后再导入。")) from None
    try:
        sheet = book.worksheets[0]
        it = sheet.iter_rows(values_only=True)
        columns = {}
        for number, row in enumerate(islice(it, HEADER_ROWS), start=1):
            columns = _columns(row)
            if {"name", "phone"} <= set(columns.values()):
                break
        else:
            raise VolunteerError(_("表格前 %(n)d 行里没有“姓名”和“联系电话”两列，请按模板填写表头。")
                                 % {"n": HEADER_ROWS})
        limit = max_rows()
        n = 0
        for number, row in enumerate(it, start=number + 1):
            if not any(v not in (None, "") for v in row):
                continue
            n += 1
            if n > limit:
                raise VolunteerError(_("表格超过 %(n)d 行，请拆分成几个文件分别导入。") % {"n": limit})
            values = {}
            for i, role in columns.items():
                if i < len(row) and row[i] is not None:
                    values[role] = row[i]
            yield number, values
    finally:
        book.close()
        handle.close()


def _record(values: dict) -> dict:
    """registry.clean of a sheet's row: numbers as text (a phone Excel stored as 13912345678.0), tags split."""
    data = {k: (str(int(v)) if isinstance(v, float) and v.is_integer() else v) for k, v in values.items()}
    tags = str(data.pop("tags", "") or "")
    data["is_sanzhang"] = data.get("is_sanzhang") or ("三长" in tags)
    data["is_local_talent"] = data.get("is_local_talent") or ("乡土人才" in tags)
    return clean(data)


@dataclass
class Preview:
    new: int = 0
    duplicates: int = 0
    errors: int = 0
    new_rows: list = field(default_factory=list)  # (row number, cleaned values) of the first SAMPLE
    duplicate_rows: list = field(default_factory=list)  # (row number, name, sentence)
    error_rows: list = field(default_factory=list)  # (row number, sentence)

    @property
    def total(self) -> int:
        return self.new + self.duplicates + self.errors


def _sorted_rows(path: Path, preview: Preview):
    """Every row sorted into new / duplicate / error (counted into preview); yields the new ones' values."""
    seen: dict[str, int] = {}  # phone → first row number in the file

    def batches():
        batch = []
        for number, values in rows(path):
            try:
                batch.append((number, _record(values)))
            except VolunteerError as e:
                preview.errors += 1
                if len(preview.error_rows) < SAMPLE:
                    preview.error_rows.append((number, str(e)))
            if len(batch) >= BATCH:
                yield batch
                batch = []
        if batch:
            yield batch

    for batch in batches():
        registered = live_phones(v["phone"] for _n, v in batch)
        for number, values in batch:
            phone = values["phone"]
            if phone in seen or phone in registered:
                preview.duplicates += 1
                if len(preview.duplicate_rows) < SAMPLE:
                    sentence = (_("与第 %(row)d 行的联系电话 %(phone)s 重复。") % {"row": seen[phone], "phone": phone}
                                if phone in seen else duplicate_message(phone))
                    preview.duplicate_rows.append((number, values["name"], sentence))
                continue
            seen[phone] = number
            preview.new += 1
            yield number, values


def read_preview(path: Path) -> Preview:
    """The dry run: nothing is written."""
    check_file(path)
    preview = Preview()
    for number, values in _sorted_rows(path, preview):
        if len(preview.new_rows) < SAMPLE:
            preview.new_rows.append((number, values))
    return preview


@transaction.atomic
def import_volunteers(user, organisation, path: Path) -> Preview:
    """Write the file's new rows as active volunteers of `organisation` (the user's own, checked by the caller),
    each with an audit entry; duplicates and rows with errors are left out (the preview listed them)."""
    check_file(path)
    preview = Preview()
    now = timezone.now()

    def chunks(it):
        while chunk := list(islice(it, BATCH)):
            yield chunk

    try:
        for chunk in chunks(_sorted_rows(path, preview)):
            made = Volunteer.objects.bulk_create(
                [Volunteer(organisation=organisation, created_by=user, state=VolunteerState.ACTIVE, **values)
                 for _n, values in chunk], batch_size=BATCH)
            actor = organisation.pk
            record_many((now, user.pk, actor, "import", "volunteers.volunteer", v.pk, organisation.path, None,
                         {}, snapshot(v), "") for v in made)
        counts.volunteers(organisation.pk, preview.new)  # the file's new volunteers, in one statement
    except IntegrityError:
        raise VolunteerError(_("导入期间有相同手机号的志愿者刚被登记，请重新上传预览后再导入。")) from None
    return preview


def template_bytes() -> bytes:
    """A sheet with the columns this import reads and one example row (the 下载模板 link). Its headers stay
    Chinese in every language: they are what the import reads."""
    from openpyxl import Workbook
    book = Workbook(write_only=True)
    sheet = book.create_sheet("志愿者名单")
    sheet.append(["姓名", "联系电话", "所在地区", "工作单位", "专业特长", "服务类别", "标签", "可服务时间"])
    sheet.append(["张三", "13900000000", "遵义市正安县", "正安县农业农村局", "茶叶种植", "技术服务、科普服务",
                  "乡土人才", "周末"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
