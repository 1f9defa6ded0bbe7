"""The register's xlsx import: a dry run that sorts every row (to add, duplicate, error), then the import itself.

Both passes stream the sheet (openpyxl read_only) in batches of BATCH rows, so 50,000 rows stay in bounded memory:
a batch's duplicates are looked up in one query (by name, then name + unit + phone in Python), the keys already
seen in the file are kept as hashes, and the preview keeps only the first PREVIEW rows of each kind. The import
writes the rows to add in one transaction (bulk inserts, their tags and audit entries); duplicates and rows with
errors are skipped, as the preview says.
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from kexie.audit.log import record_many, snapshot

from .errors import WorkersError
from .models import Scientist, ScientistTag, refresh_counts
from .services import clean_scientist

BATCH = 1000
PREVIEW = 200
HEADER_ROWS = 5
HEADERS = {
    "name": ("姓名",), "gender": ("性别",), "birth_year": ("出生年份", "出生年", "出生年月"),
    "work_unit": ("工作单位", "单位"), "field": ("专业领域", "领域", "专业", "研究领域"), "title": ("职称",),
    "honours": ("荣誉称号", "荣誉"), "phone": ("联系电话", "电话", "手机", "手机号码"),
    "email": ("电子邮箱", "邮箱", "Email", "E-mail"), "tags": ("标签", "人才类别", "类别"),
}
_BY_HEADER = {re.sub(r"\s", "", n).lower(): key for key, names in HEADERS.items() for n in names}
ZIP = b"PK\x03\x04"


def _max_rows() -> int:
    return int(getattr(settings, "KEXIE_WORKERS_IMPORT_MAX_ROWS", 100_000))


@dataclass
class Outcome:
    """The sorted rows of a file: counts of each kind and the first PREVIEW of each, with their row numbers."""
    to_add: int = 0
    duplicates: int = 0
    errors: int = 0
    added: int = 0
    add_rows: list = field(default_factory=list)  # (row number, name, work unit)
    duplicate_rows: list = field(default_factory=list)  # (row number, sentence)
    error_rows: list = field(default_factory=list)  # (row number, sentence)

    @property
    def total(self) -> int:
        return self.to_add + self.duplicates + self.errors


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if hasattr(value, "year") and hasattr(value, "month"):
        value = value.year  # 出生年月 as a date: the year is what the register keeps
    return str(value).strip()


def _open(data: bytes):
    max_bytes = int(getattr(settings, "KEXIE_IMPORT_MAX_BYTES", 20 << 20))
    if len(data) > max_bytes:
        raise WorkersError(_("文件超过 %(mb)d MB，请拆分后再导入。") % {"mb": max_bytes >> 20})
    if not data.startswith(ZIP):
        raise WorkersError(_("这不是 Excel 表格（.xlsx）文件，请选择 Excel 或 WPS 保存的 .xlsx 文件。"))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(m.file_size for m in archive.infolist())
    except zipfile.BadZipFile:
        raise WorkersError(_("文件已损坏，无法打开，请在 Excel 或 WPS 中重新保存为 .xlsx 后再导入。")) from None
    if unpacked > int(getattr(settings, "KEXIE_IMPORT_MAX_UNZIPPED_BYTES", 200 << 20)):
        raise WorkersError(_("表格解压后过大，请只保留名录工作表后再导入。"))
    from openpyxl import load_workbook
    try:
        return load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds for one cause: not a workbook it can read
        raise WorkersError(_("文件已损坏，无法打开，请在 Excel 或 WPS 中重新保存为 .xlsx 后再导入。")) from None


def _rows(data: bytes):
    """(row number, {field: text}) of the first sheet's data rows, after the header found in its first rows."""
    book = _open(data)
    try:
        ws = book.worksheets[0]
        columns = None
        for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
            if columns is None:
                found = {i: _BY_HEADER.get(re.sub(r"\s", "", _text(v)).lower()) for i, v in enumerate(values)}
                found = {i: k for i, k in found.items() if k}
                if "name" in found.values():
                    columns = found
                elif number >= HEADER_ROWS:
                    raise WorkersError(_("在表格前 %(n)d 行中没有找到表头，请确认有“姓名”“工作单位”“联系电话”等列名。")
                                       % {"n": HEADER_ROWS})
                continue
            row = {k: _text(values[i]) if i < len(values) else "" for i, k in columns.items()}
            if not any(row.values()):
                continue
            if number > _max_rows() + HEADER_ROWS:
                raise WorkersError(_("表格超过 %(n)d 行，请拆分成几个文件分别导入。") % {"n": _max_rows()})
            yield number, row
        if columns is None:
            raise WorkersError(_("表格是空的，没有找到“姓名”列。"))
    finally:
        book.close()


def _key(values: dict) -> bytes:
    return hashlib.blake2b("\x1f".join((values["name"], values["work_unit"], values["phone"])).encode(),
                           digest_size=12).digest()


def _batches(rows):
    batch = []
    for item in rows:
        batch.append(item)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def sort_rows(data: bytes, organisation, write_for=None) -> Outcome:
    """Sort every row of the file; with write_for (the importing user) also create the rows to add."""
    out = Outcome()
    tags = {t.name: t for t in ScientistTag.objects.all()}
    seen: set[bytes] = set()
    for batch in _batches(_rows(data)):
        cleaned = []
        for number, row in batch:
            try:
                cleaned.append((number, clean_scientist(row, tags)))
            except WorkersError as e:
                out.errors += 1
                if len(out.error_rows) < PREVIEW:
                    out.error_rows.append((number, str(e)))
        names = {v["name"] for _n, v in cleaned}
        existing = {_key({"name": n, "work_unit": u, "phone": p}): pk for pk, n, u, p in
                    Scientist.objects.filter(organisation=organisation, name__in=names)
                    .values_list("pk", "name", "work_unit", "phone")}
        new = []
        for number, values in cleaned:
            key = _key(values)
            if key in existing or key in seen:
                out.duplicates += 1
                if len(out.duplicate_rows) < PREVIEW:
                    where = (_("与名录中已有的记录（编号 %(pk)d）重复") % {"pk": existing[key]} if key in existing
                             else _("与表格中前面的一行重复"))
                    out.duplicate_rows.append((number, _("%(name)s（%(unit)s）：姓名、工作单位和电话%(where)s，将跳过。")
                                               % {"name": values["name"], "unit": values["work_unit"] or "—",
                                                  "where": where}))
                continue
            seen.add(key)
            out.to_add += 1
            if len(out.add_rows) < PREVIEW:
                out.add_rows.append((number, values["name"], values["work_unit"]))
            new.append(values)
        if write_for is not None and new:
            out.added += _create(new, organisation, write_for)
    return out


def _create(rows: list[dict], organisation, user) -> int:
    now = timezone.now()
    objs = [Scientist(organisation=organisation, created_by=user,
                      **{k: v for k, v in values.items() if k != "tags"}) for values in rows]
    Scientist.objects.bulk_create(objs)
    through = Scientist.tags.through
    through.objects.bulk_create([through(scientist_id=s.pk, scientisttag_id=t.pk)
                                 for s, values in zip(objs, rows) for t in values["tags"]])
    actor = getattr(getattr(user, "membership", None), "organisation_id", None)
    # One entry per record, in the audit log's COLUMNS order (COPY on PostgreSQL).
    record_many((now, user.pk, actor, "workers.import", "workers.scientist", s.pk, organisation.path, None, {},
                 snapshot(s), "") for s in objs)
    return len(objs)


def preview(data: bytes, organisation) -> Outcome:
    return sort_rows(data, organisation)


def import_file(data: bytes, organisation, user) -> Outcome:
    """Create the rows to add, all in one transaction (a failure half way leaves nothing)."""
    with transaction.atomic():
        outcome = sort_rows(data, organisation, write_for=user)
        refresh_counts([organisation.pk])
        return outcome
