"""Excel ledgers (台账) into draft plans: reading a sheet into outline items, then building the draft from them.

Reading (check_file, read_ledger) is pure: bytes in, a Preview out, nothing written. It finds the header among
the first rows by the column names in COLUMN_NAMES, follows merged cells (a task merged down several rows, a
group row merged across), takes the outline level from the marker (一、 （一） 1． as the reader reads them)
and reads each 完成时限 as the reader reads a stated deadline. Writing (import_ledger) makes a DRAFT plan of the
Preview's items through ledger.draft.fill_draft, the same tasks and name matching as a plan built from a
document, in one transaction; the user then reviews names and recipients on the plan's review page.
"""

from __future__ import annotations

import datetime
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePath
from xml.etree.ElementTree import iterparse

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from kexie.ledger.draft import fill_draft
from kexie.ledger.errors import LedgerError, NotAllowed
from kexie.ledger.journal import record
from kexie.ledger.models import Duty, Plan
from kexie.orgs.access import may_act_for
from kexie.orgs.models import Department, normalise_name
from kexie.reader.outline import heading_of
from kexie.reader.patterns import DOC_NUMBER, nesting_rank, split_names, starts_with_marker
from kexie.reader.timecues import read_time

# What a column means, by the names offices give it. Exact names first, then the longest name the header
# contains (责任单位（部门） is 责任单位). UNIT_OR_DEPARTMENT is split per name when written: a name that is one of
# the issuer's departments is a 责任科室, any other a 牵头单位 (kexie's own export joins both in one column).
UNIT_OR_DEPARTMENT = "unit_or_department"
COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "marker": ("序号", "编号", "序列号"),
    "heading": ("工作任务", "重点任务", "任务内容", "工作内容", "主要任务", "任务名称", "工作事项", "重点工作", "工作项目"),
    "text": ("具体措施", "工作措施", "主要措施", "工作举措", "具体举措", "措施"),
    Duty.LEAD_LEADERS: ("牵头领导", "分管领导"),
    Duty.RESPONSIBLE_LEADERS: ("责任领导",),
    Duty.DEPARTMENTS: ("责任科室", "责任处室", "承办科室"),
    UNIT_OR_DEPARTMENT: ("责任科室/单位", "责任科室（单位）", "责任处室/单位"),
    Duty.LEAD_UNITS: ("责任单位", "牵头单位", "责任部门", "承办单位", "牵头部门", "主责单位"),
    Duty.PARTNER_UNITS: ("配合单位", "协办单位", "参与单位", "配合部门"),
    "due": ("完成时限", "时间节点", "完成时间", "时限要求", "完成期限", "时限"),
}
COLUMN_LABELS = {
    "marker": gettext_lazy("序号"), "heading": gettext_lazy("工作任务"), "text": gettext_lazy("具体措施"),
    Duty.LEAD_LEADERS: gettext_lazy("牵头领导"), Duty.RESPONSIBLE_LEADERS: gettext_lazy("责任领导"),
    Duty.DEPARTMENTS: gettext_lazy("责任科室"), UNIT_OR_DEPARTMENT: gettext_lazy("责任科室/单位"),
    Duty.LEAD_UNITS: gettext_lazy("牵头单位"), Duty.PARTNER_UNITS: gettext_lazy("配合单位"),
    "due": gettext_lazy("完成时限"),
}
NAME_ROLES = (*Duty.values, UNIT_OR_DEPARTMENT)
HEADER_SEARCH_ROWS = 10
NO_NAME = {"无", "—", "-", "/", "／", "——", "暂无"}

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP = b"PK\x03\x04"


class ImportRefused(LedgerError):
    """A spreadsheet kexie will not read, with one sentence saying what to fix."""


def _limit(name: str, default: int) -> int:
    return int(getattr(settings, name, default))


# --- checking the file before openpyxl opens it -------------------------------------------------------------

def check_file(data: bytes) -> None:
    """Refuse what is not a plain xlsx of a sane size: .xls, a password-protected file, a zip bomb."""
    max_bytes = _limit("KEXIE_IMPORT_MAX_BYTES", 20 << 20)
    if len(data) > max_bytes:
        raise ImportRefused(_("文件超过 %(mb)d MB，请删去不需要的工作表或图片后再导入。") % {"mb": max_bytes >> 20})
    if data.startswith(OLE2):
        # Excel's password protection wraps the xlsx in an OLE file with these two streams (MS-OFFCRYPTO)
        if any(name.encode("utf-16-le") in data for name in ("EncryptionInfo", "EncryptedPackage")):
            raise ImportRefused(_("文件设有打开密码，请在 Excel 或 WPS 中取消密码后另存为 .xlsx 再导入。"))
        raise ImportRefused(_("这是旧版 Excel（.xls）文件，请在 Excel 或 WPS 中另存为 .xlsx 后再导入。"))
    if not data.startswith(ZIP):
        raise ImportRefused(_("这不是 Excel 表格（.xlsx）文件，请选择 Excel 或 WPS 保存的 .xlsx 文件。"))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            names = {m.filename for m in members}
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        raise ImportRefused(_("文件已损坏，无法打开，请在 Excel 或 WPS 中重新保存为 .xlsx 后再导入。"))
    if "xl/workbook.xml" not in names:
        raise ImportRefused(_("这不是 Excel 表格（.xlsx）文件，请选择 Excel 或 WPS 保存的 .xlsx 文件。"))
    total = sum(m.file_size for m in members)
    packed = sum(m.compress_size for m in members)
    if total > _limit("KEXIE_IMPORT_MAX_UNZIPPED_BYTES", 200 << 20) or (
            total > (1 << 20) and total > _limit("KEXIE_IMPORT_MAX_RATIO", 100) * max(packed, 1)):
        raise ImportRefused(_("表格解压后过大，不像一份台账，请只保留台账工作表后再导入。"))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for m in members:
            if m.filename.startswith("xl/worksheets/") and m.filename.endswith(".xml"):
                _check_undimensioned(archive, m.filename)


def _too_many_rows() -> str:
    return _("表格超过 %(n)d 行，请拆分成几个文件分别导入。") % {"n": _limit("KEXIE_IMPORT_MAX_ROWS", 20000)}


_ROW_TAG = re.compile(rb"<(?:\w+:)?row[\s>]")


def _check_undimensioned(archive: zipfile.ZipFile, name: str) -> None:
    """A sheet that does not state its size is parsed whole by openpyxl before the first row is read; count its
    rows first, by a byte scan that stops at the bound, so a million such rows cost a second, not a minute."""
    bound = _limit("KEXIE_IMPORT_MAX_ROWS", 20000) + HEADER_SEARCH_ROWS
    rows = 0
    with archive.open(name) as xml:
        head = xml.read(1 << 14)
        if re.search(rb"<(?:\w+:)?dimension\s", head):
            return
        chunk = head
        while chunk:
            rows += len(_ROW_TAG.findall(chunk))
            if rows > bound:
                raise ImportRefused(_too_many_rows())
            chunk = xml.read(1 << 20)


# --- reading ----------------------------------------------------------------------------------------------

@dataclass
class Column:
    letter: str
    header: str
    role: str | None

    @property
    def label(self) -> str:
        return str(COLUMN_LABELS[self.role]) if self.role else ""


@dataclass
class Preview:
    """What an import would create: the plan's title, 发文字号 and year, its items in kexie.parse/1's shape
    (with each item's row and warnings), the columns recognised and those ignored."""

    filename: str
    title: str
    doc_number: str
    year: int
    sheet: str
    header_row: int
    columns: list[Column]
    items: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def recognised(self) -> list[Column]:
        return [c for c in self.columns if c.role]

    @property
    def ignored(self) -> list[Column]:
        return [c for c in self.columns if not c.role and c.header]

    @property
    def n_warnings(self) -> int:
        return sum(len(i["warnings"]) for i in self.items) + len(self.warnings)


def _header_key(value) -> str:
    return re.sub(r"[\s\u3000:：*＊]", "", str(value or "")).replace("(", "（").replace(")", "）")


_BY_NAME = {n: role for role, names in COLUMN_NAMES.items() for n in names}
_BY_LENGTH = sorted(_BY_NAME, key=len, reverse=True)


def column_role(header) -> str | None:
    key = _header_key(header)
    if not key:
        return None
    if key in _BY_NAME:
        return _BY_NAME[key]
    if len(key) > 12:  # a title (甲市2026年工作任务分解表) is no column name
        return None
    return next((_BY_NAME[n] for n in _BY_LENGTH if len(n) >= 4 and n in key), None)


def _letter(col: int) -> str:
    from openpyxl.utils import get_column_letter
    return get_column_letter(col + 1)


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return f"{value.year}年{value.month}月{value.day}日"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).replace("\x00", "").replace("\r\n", "\n").strip()


def _merged_ranges(data: bytes, sheet_path: str) -> list[tuple[int, int, int, int]]:
    """(first row, first col, last row, last col), 0-based, of the sheet's merged cells: read from its XML,
    streamed, because openpyxl's read-only mode does not keep them."""
    from openpyxl.utils.cell import range_boundaries
    found = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive, archive.open(sheet_path.lstrip("/")) as xml:
        for _event, elem in iterparse(xml):
            if elem.tag.endswith("}mergeCell") and elem.get("ref"):
                try:
                    c1, r1, c2, r2 = range_boundaries(elem.get("ref"))
                except ValueError:
                    continue
                found.append((r1 - 1, c1 - 1, r2 - 1, c2 - 1))
            elem.clear()
    return found


def _load_grid(data: bytes) -> tuple[str, list[list], list[tuple[int, int, int, int]]]:
    """The first sheet's values (bounded by the row and column limits) and its merged ranges."""
    from openpyxl import load_workbook
    max_rows, max_cols = _limit("KEXIE_IMPORT_MAX_ROWS", 20000), _limit("KEXIE_IMPORT_MAX_COLUMNS", 100)
    too_many_rows = _too_many_rows()
    too_many_cols = _("表格超过 %(n)d 列，请删去台账以外的列后再导入。") % {"n": max_cols}
    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds (KeyError, InvalidFileException, XML errors) for one cause
        raise ImportRefused(_("文件已损坏，无法打开，请在 Excel 或 WPS 中重新保存为 .xlsx 后再导入。"))
    try:
        if not wb.worksheets:
            raise ImportRefused(_("表格中没有工作表，请检查文件。"))
        ws = wb.worksheets[0]
        if (ws.max_column or 0) > max_cols:
            raise ImportRefused(too_many_cols)
        if (ws.max_row or 0) > max_rows + HEADER_SEARCH_ROWS:
            raise ImportRefused(too_many_rows)
        grid = []
        try:
            for row in ws.iter_rows(values_only=True):
                row = list(row)
                while row and row[-1] is None:
                    row.pop()
                if len(row) > max_cols:
                    raise ImportRefused(too_many_cols)
                grid.append(row)
                if len(grid) > max_rows + HEADER_SEARCH_ROWS:
                    raise ImportRefused(too_many_rows)
            merges = _merged_ranges(data, getattr(ws, "_worksheet_path", "") or "xl/worksheets/sheet1.xml")
        except ImportRefused:
            raise
        except Exception:
            raise ImportRefused(_("文件已损坏，无法打开，请在 Excel 或 WPS 中重新保存为 .xlsx 后再导入。"))
        return ws.title, grid, merges
    finally:
        wb.close()


def _resolve_merges(grid: list[list], merges) -> tuple[set[int], dict[tuple[int, int], int]]:
    """Copy a cell merged down several rows into each of them (one leader for three tasks); a cell merged
    across keeps its value in its first column only. Returns the rows merged across (group rows) and, for each
    cell merged down, the first row of its merge."""
    width = max((len(r) for r in grid), default=0)
    for row in grid:
        row.extend([None] * (width - len(row)))
    across, down = set(), {}
    for r1, c1, r2, c2 in merges:
        if r1 >= len(grid) or c1 >= width:
            continue
        if c2 > c1:
            across.update(range(r1, min(r2, len(grid) - 1) + 1))
        value = grid[r1][c1]
        for r in range(r1 + 1, min(r2, len(grid) - 1) + 1):
            grid[r][c1] = value
            down[(r, c1)] = down[(r1, c1)] = r1
    return across, down


def _find_header(grid: list[list]) -> tuple[int, int, dict[int, str]]:
    """(first header row, last header row, {column: header text}) of the best-scoring row or pair of rows
    among the first rows; a pair is a merged group header (责任分工) over the names under it."""
    best = (0, -1, -1, {})
    single: dict[int, int] = {}
    for r in range(min(HEADER_SEARCH_ROWS, len(grid))):
        for last in (r, r + 1):
            if last >= len(grid):
                continue
            headers = {}
            for c in range(len(grid[r])):
                lower, upper = _text(grid[last][c]), _text(grid[r][c])
                headers[c] = lower if column_role(lower) else (upper if column_role(upper) else lower or upper)
            roles = {column_role(h) for h in headers.values()} - {None}
            if not roles & {"heading", "text"}:
                continue
            score = len(roles)
            if last == r:
                single[r] = score
            elif score <= max(single.get(r, 0), _row_score(grid[last])):
                continue  # a pair only when the row above adds columns the row alone lacks
            if score > best[0] and score >= 2:
                best = (score, r, last, headers)
    if best[0] == 0:
        raise ImportRefused(_("在表格前 %(n)d 行中没有找到表头，请确认有“工作任务”“责任单位”“完成时限”等列名。")
                            % {"n": HEADER_SEARCH_ROWS})
    return best[1], best[2], best[3]


def _row_score(row) -> int:
    return len({column_role(_text(v)) for v in row} - {None})


def _columns(headers: dict[int, str]) -> list[Column]:
    seen, columns = set(), []
    for c, header in sorted(headers.items()):
        role = column_role(header)
        if role in seen:
            role = None  # a second 责任单位 column is listed, not merged into the first
        if role and role == "text" and "heading" not in seen and "heading" not in {column_role(h) for h in
                                                                                  headers.values()}:
            role = "heading"  # a ledger of measures only: each measure is a task
        seen.add(role)
        columns.append(Column(_letter(c), header, role))
    return columns


_NUMERIC_DATE = re.compile(r"((?:19|20)\d\d)\s*[-./／]\s*(\d{1,2})\s*[-./／]\s*(\d{1,2})")
_DOTTED = re.compile(r"^\d{1,3}(\.\d{1,3})+\.?$")


def read_due(value, year: int) -> tuple[str | None, str, str]:
    """(deadline ISO, time hint, warning) of a 完成时限 cell: an Excel date, 2022-06-30, 2022.6.30, or the
    reader's words (2022年6月底前, 6月30日 in the plan's year, 年底前); other words are kept as the time hint."""
    if value is None or value == "":
        return None, "", ""
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return value.isoformat(), "", ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 20000 < value < 80000:  # an Excel day number in a cell not formatted as a date
            from openpyxl.utils.datetime import from_excel
            return from_excel(value).date().isoformat(), "", ""
        return None, _text(value), _("完成时限“%(v)s”不是日期，未能识别。") % {"v": _text(value)}
    text = _text(value)
    m = _NUMERIC_DATE.search(text)
    if m:
        try:
            return datetime.date(*map(int, m.groups())).isoformat(), "", ""
        except ValueError:
            return None, text[:500], _("完成时限“%(v)s”不是有效日期。") % {"v": text[:40]}
    deadline, hint, dates = read_time("", year, stated=text[:500])
    if deadline:
        return deadline, "", ""
    warning = "" if dates or not re.search(r"\d", text) else \
        _("完成时限“%(v)s”未能识别为日期，已作为时间要求保留。") % {"v": text[:40]}
    return None, (hint or text)[:500], warning


def _marker(value: str, in_text: bool) -> tuple[str, float | None, int]:
    """(marker as written, nesting rank, its length in the text) of a 序号 cell or a heading's start."""
    if not value:
        return "", None, 0
    found = starts_with_marker(value)
    if found:
        level, _ordinal, written, length = found
        if in_text or length == len(value) or value[length:].strip() == "":
            return written, nesting_rank(level, written), length
    if in_text:
        return "", None, 0
    if _DOTTED.match(value):  # 1.2, 1.2.3: one level deeper per dot, below 1．
        return value, 3.0 + value.rstrip(".").count("."), len(value)
    bare = starts_with_marker(value + "、")  # 一, 1 alone in a 序号 column
    if bare and bare[3] == len(value) + 1:
        return value, nesting_rank(bare[0], bare[2]), len(value)
    return value[:20], None, len(value)


def _names(text: str) -> tuple[list[str], list[str]]:
    names, warnings = [], []
    for n in split_names(text.replace("\n", "、")):
        n = normalise_name(n)
        if not n or n in NO_NAME:
            continue
        if len(n) > 200:
            warnings.append(_("名称“%(n)s…”过长，已截断。") % {"n": n[:20]})
            n = n[:200]
        names.append(n)
    return names, warnings


GROUP_RANK, TASK_RANK = 0.0, 99.0


def _items(grid, first: int, columns: list[Column], across: set[int], down: dict, year: int) -> list[dict]:
    by_role = {c.role: i for i, c in enumerate(columns) if c.role}
    heading_col = by_role.get("heading")
    items, stack, top = [], [], 0  # stack: [rank, id, children so far]
    open_merge = None  # the first row of the merged 工作任务 whose measures are being read

    def place(rank: float) -> tuple[str, int]:
        """The outline id and level of the next item of this nesting rank."""
        nonlocal top
        while stack and stack[-1][0] >= rank:
            stack.pop()
        if stack:
            stack[-1][2] += 1
            item_id = f"{stack[-1][1]}.{stack[-1][2]}"
        else:
            top += 1
            item_id = str(top)
        stack.append([rank, item_id, 0])
        return item_id, len(stack)
    for r in range(first, len(grid)):
        row = grid[r]
        cells = {role: row[i] if i < len(row) else None for role, i in by_role.items()}
        texts = [_text(v) for v in row]
        filled = [i for i, t in enumerate(texts) if t]
        if not filled:
            continue
        if len(filled) >= 2 and all(_header_key(t) in _BY_NAME for t in texts if t):
            continue  # the header repeated (every printed page)
        warnings: list[str] = []
        marker_cell = _text(cells.get("marker"))
        heading = _text(cells.get("heading"))
        text = _text(cells.get("text"))
        others = [i for i in filled if i != by_role.get("marker")]
        group = r in across and len(others) == 1
        if not heading and len(others) == 1 and others[0] != heading_col and (group or not text):
            heading, group = texts[others[0]], True  # a group heading typed or merged in another column
            text = "" if others[0] == by_role.get("text") else text
        if not heading and text:
            heading = text
        marker, rank, _n = _marker(marker_cell, in_text=False)
        if not marker and heading:
            marker, rank, n = _marker(heading, in_text=True)
            heading = heading[n:].strip() if marker else heading
        if not heading:
            if marker_cell and len(filled) == 1:
                heading, group = marker_cell, True
                marker, rank, n = _marker(marker_cell, in_text=True)
                heading = heading[n:].strip() or heading
            else:
                continue  # names or a date without any task: nothing to assign
        if rank is None:
            rank = GROUP_RANK if group else TASK_RANK
        merged_from = down.get((r, heading_col))
        if merged_from is not None and text and not group and "text" in by_role:
            # one 工作任务 merged down beside several 具体措施: the task is their group, each measure a task
            if merged_from != open_merge:
                open_merge = merged_from
                item_id, level = place(rank if rank != TASK_RANK else TASK_RANK - 1)
                items.append({"id": item_id, "marker": marker[:20], "level": level, "heading": heading[:500],
                              "text": "", "responsibility": {}, "deadline": None, "time_hint": None,
                              "row": merged_from + 1, "group": True, "warnings": []})
            heading, marker, rank = text, "", TASK_RANK
        first_line = heading.split("\n", 1)[0]
        short = heading_of(first_line) or first_line
        if short != heading and not text:
            text = heading
        responsibility = {}
        for role in NAME_ROLES:
            if role in cells and not group:
                names, name_warnings = _names(_text(cells[role]))
                warnings += name_warnings
                if names:
                    responsibility[role] = names
        deadline, hint, date_warning = read_due(cells.get("due"), year) if not group else (None, "", "")
        if date_warning:
            warnings.append(date_warning)
        if len(short) > 500:
            warnings.append(_("工作任务超过 500 字，已截断；全文保留在具体措施中。"))
            text = text or heading
        item_id, level = place(rank)
        items.append({"id": item_id, "marker": marker[:20], "level": level, "heading": short[:500],
                      "text": text, "responsibility": responsibility, "deadline": deadline,
                      "time_hint": hint or None, "row": r + 1, "group": group, "warnings": warnings})
    return items


def _year(explicit: int | None, doc_number: str, title: str) -> int:
    if explicit:
        return explicit
    m = re.search(r"〔((?:19|20)\d\d)〕", doc_number) or re.search(r"((?:19|20)\d\d)\s*年", title)
    return int(m.group(1)) if m else timezone.localdate().year


def read_ledger(data: bytes, filename: str = "", year: int | None = None) -> Preview:
    """The Preview of an xlsx ledger; raises ImportRefused saying what to fix. Writes nothing."""
    check_file(data)
    sheet, grid, merges = _load_grid(data)
    across, down = _resolve_merges(grid, merges)
    head_first, head_last, headers = _find_header(grid)
    above = [t for row in grid[:head_first] for t in (_text(v) for v in row) if t]
    number = next((m.group(0) for t in above for m in [DOC_NUMBER.search(t)] if m), "")
    title = next((t for t in above if not re.match(r"(发文字号|文号|导出|制表|填报|单位[:：]|日期)", t)
                  and not DOC_NUMBER.fullmatch(t)), "")
    title = re.sub(r"\s+", " ", title)[:500] or PurePath(filename).stem[:500] or _("导入的台账")
    plan_year = _year(year, number, title)
    columns = _columns(headers)
    items = _items(grid, head_last + 1, columns, across, down, plan_year)
    if not items:
        raise ImportRefused(_("表头以下没有读到任务行，请确认任务写在“工作任务”等列中。"))
    return Preview(filename=PurePath(filename).name[:200], title=title, doc_number=number[:100], year=plan_year,
                   sheet=sheet, header_row=head_last + 1, columns=columns, items=items)


# --- writing ----------------------------------------------------------------------------------------------

def _outline(items: list[dict], department_names: set[str]) -> list[dict]:
    """The Preview's items as kexie.parse/1 outline items, 责任科室/单位 split by the issuer's departments."""
    outline = []
    for item in items:
        responsibility = {k: list(v) for k, v in item["responsibility"].items() if k != UNIT_OR_DEPARTMENT}
        for name in item["responsibility"].get(UNIT_OR_DEPARTMENT, []):
            role = Duty.DEPARTMENTS if normalise_name(name) in department_names else Duty.LEAD_UNITS
            responsibility.setdefault(role, []).append(name)
        outline.append({k: item[k] for k in ("id", "marker", "level", "heading", "text", "deadline", "time_hint")}
                       | {"responsibility": responsibility})
    return outline


@transaction.atomic
def import_ledger(preview: Preview, user, organisation) -> Plan:
    """A DRAFT plan of the organisation from a Preview: tasks, name matches, audited; all of it or nothing.

    With a user (the pages), only an editor acting for the organisation imports; the command passes None."""
    if user is not None and not may_act_for(user, organisation.pk):
        raise NotAllowed(_("只有本单位的管理员和经办人员可以导入台账。"))
    plan = Plan.objects.create(organisation=organisation, created_by=user, year=preview.year,
                               title=preview.title[:500], doc_number=preview.doc_number[:100],
                               default_due=datetime.date(preview.year, 12, 31))
    departments = set()
    for name, aliases in Department.objects.filter(organisation=organisation).values_list("name", "aliases"):
        departments.update(normalise_name(n) for n in [name, *aliases.split("\n")] if n.strip())
    fill_draft(plan, _outline(preview.items, departments))
    record(plan, "create", user, reason=_("由表格《%(name)s》导入") % {"name": preview.filename or preview.title})
    return plan
