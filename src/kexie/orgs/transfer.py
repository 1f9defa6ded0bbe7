"""Import and export of the organisation tree and of people as xlsx or csv, with Chinese column names.

An import either applies every row or none: a dry run applies them in a transaction that is rolled back,
so what it reports is exactly what a real run would do.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils.translation import gettext as _

from kexie.validation import check_for_field

from .models import Department, Kind, Level, Organisation, Person, Position, normalise_name
from .services import set_titles, upsert_department

# The files' own column names: data, which messages quote as written so the user finds the column.
ORG_COLUMNS = ["名称", "简称", "别名", "类型", "级别", "上级组织", "部门", "排序"]
PEOPLE_COLUMNS = ["姓名", "所属组织", "部门", "职务", "电话", "邮箱"]

KIND_NAMES = {label: value for value, label in Kind.choices}
KIND_NAMES.update({"学会": Kind.SOCIETY, "协会": Kind.SOCIETY, "研究会": Kind.SOCIETY, "科学技术协会": Kind.ASSOCIATION})
LEVEL_NAMES = {label: value for value, label in Level.choices}
LEVEL_NAMES.update({"国家级": Level.NATIONAL, "全国性": Level.NATIONAL, "省": Level.PROVINCE, "市": Level.CITY,
                    "地市级": Level.CITY, "县": Level.COUNTY, "县区级": Level.COUNTY, "乡镇级": Level.TOWNSHIP,
                    "街道": Level.TOWNSHIP})
SEPARATORS = re.compile(r"[、,，;；\n]+")
# The column each cell goes into, so a value SQLite would take and PostgreSQL refuse is refused on both;
# True when the cell is a list (split on 、 or ,) whose every item goes into the column.
ORG_CELLS = {"名称": (Organisation, "name", False), "简称": (Organisation, "short_name", False),
             "别名": (Organisation, "aliases", False), "上级组织": (Organisation, "name", False),
             "部门": (Department, "name", True), "排序": (Organisation, "order", False)}
PEOPLE_CELLS = {"姓名": (Person, "name", False), "所属组织": (Organisation, "name", False),
                "部门": (Department, "name", False), "职务": (Position, "title", True),
                "电话": (Person, "phone", False), "邮箱": (Person, "email", False)}
# A cell a spreadsheet would run as a formula (OWASP's CSV injection list). Exports put a single quote in front,
# which spreadsheets show as text; imports take exactly that quote off again, so export → import round-trips.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class TransferError(Exception):
    """A file that cannot be imported; the report says which rows are wrong."""

    def __init__(self, report: "Report"):
        super().__init__("; ".join(report.errors))
        self.report = report


@dataclass
class Report:
    dry_run: bool = False
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: int = 0
    errors: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        created = _("将新建：%(name)s") if self.dry_run else _("已新建：%(name)s")
        updated = _("将修改：%(change)s") if self.dry_run else _("已修改：%(change)s")
        out = [created % {"name": name} for name in self.created]
        out += [updated % {"change": change} for change in self.updated]
        counts = {"created": len(self.created), "updated": len(self.updated), "unchanged": self.unchanged}
        out.append((_("新建 %(created)d，修改 %(updated)d，不变 %(unchanged)d（试运行，未保存）") if self.dry_run
                    else _("新建 %(created)d，修改 %(updated)d，不变 %(unchanged)d")) % counts)
        return out


def split(value) -> list[str]:
    return [v.strip() for v in SEPARATORS.split(str(value or "")) if v.strip()]


def escape_formula(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def unescape_formula(value: str) -> str:
    if value.startswith("'") and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value


def cell_errors(line: int, row: dict, cells: dict) -> list[str]:
    """What is wrong with the row's cells for the columns they go into, each naming the row and the column."""
    errors = []
    for column, (model, field_name, is_list) in cells.items():
        value = row.get(column, "")
        if value in ("", None):
            continue
        for item in (split(value) if is_list else [value]):
            try:
                check_for_field(model, field_name, item, label=f"“{column}”")
            except ValidationError as e:
                errors.append(_row(line, e.messages[0]))
                break
    return errors


# Reading and writing tables

def read_table(data: bytes, filename: str) -> list[dict]:
    """Rows of the first sheet (xlsx) or of a csv (UTF-8, or GB18030 as Excel saves it in China)."""
    if filename.lower().endswith(".xlsx"):
        from openpyxl import load_workbook
        try:
            sheet = load_workbook(io.BytesIO(data), read_only=True, data_only=True).worksheets[0]
        except Exception as e:  # openpyxl raises many kinds of errors for a damaged file
            raise ValueError(_("%(file)s 不是可读的 xlsx 文件（%(error)s）")
                             % {"file": filename, "error": e.__class__.__name__}) from e
        rows = [["" if c is None else str(c).strip() for c in row] for row in sheet.iter_rows(values_only=True)]
    elif filename.lower().endswith(".csv"):
        for encoding in ("utf-8-sig", "gb18030"):
            try:
                text = data.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise ValueError(_("%(file)s 的编码无法识别，请另存为 UTF-8 的 csv") % {"file": filename})
        rows = [[c.strip() for c in row] for row in csv.reader(io.StringIO(text))]
    else:
        raise ValueError(_("%(file)s：只支持 .xlsx 和 .csv 文件") % {"file": filename})
    rows = [[unescape_formula(c) for c in r] for r in rows if any(r)]
    if not rows:
        return []
    header = rows[0]
    return [dict(zip(header, r + [""] * (len(header) - len(r)))) for r in rows[1:]]


def write_table(columns: list[str], rows: list[list], filename: str) -> bytes:
    if filename.lower().endswith(".xlsx"):
        from openpyxl import Workbook
        book = Workbook()
        sheet = book.active
        sheet.append(columns)
        for row in rows:
            sheet.append([escape_formula(c) for c in row])
        out = io.BytesIO()
        book.save(out)
        return out.getvalue()
    if filename.lower().endswith(".csv"):
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(columns)
        writer.writerows([escape_formula(c) for c in row] for row in rows)
        # With a BOM so Excel opens the Chinese text correctly.
        return out.getvalue().encode("utf-8-sig")
    raise ValueError(_("%(file)s：只支持 .xlsx 和 .csv 文件") % {"file": filename})


# Export

def export_organisations(root: Organisation | None = None) -> tuple[list[str], list[list]]:
    qs = Organisation.objects.subtree(root) if root else Organisation.objects.all()
    qs = qs.select_related("parent").prefetch_related("departments")
    rows = []
    for org in qs.order_by("path"):
        parent = org.parent.name if org.parent_id else ""
        rows.append([org.name, org.short_name, "、".join(org.alias_list), org.get_kind_display(),
                     org.get_level_display(), parent, "、".join(d.name for d in org.departments.all()), org.order])
    return ORG_COLUMNS, rows


def export_people(root: Organisation | None = None) -> tuple[list[str], list[list]]:
    qs = Person.objects.all() if root is None else Person.objects.filter(organisation__path__startswith=root.path)
    qs = qs.select_related("organisation", "department").prefetch_related("positions")
    rows = [[p.name, p.organisation.name, p.department.name if p.department else "",
             "、".join(pos.title for pos in p.positions.all()), p.phone, p.email]
            for p in qs.order_by("organisation__path", "order", "id")]
    return PEOPLE_COLUMNS, rows


# Import

def _find_org(name: str, within: Organisation | None):
    qs = Organisation.objects.named(name)
    if within is not None:
        qs = qs.filter(path__startswith=within.path)
    found = list(qs[:2])
    if len(found) > 1:
        exact = [o for o in found if o.name == normalise_name(name)]
        return exact[0] if len(exact) == 1 else "ambiguous"
    return found[0] if found else None


def _check_columns(rows: list[dict], required: list[str], report: Report) -> bool:
    if not rows:
        report.errors.append(_("文件里没有数据行"))
        return False
    missing = [c for c in required if c not in rows[0]]
    if missing:
        report.errors.append(_("缺少列：%(columns)s") % {"columns": "、".join(missing)})
        return False
    return True


def import_organisations(rows: list[dict], *, dry_run: bool = False, within: Organisation | None = None,
                         user=None) -> Report:
    """Create or update organisations by 名称; parents may be existing organisations or rows of the file.

    `within` limits the import to a subtree (an administrator's page): nothing outside it is touched.
    Raises TransferError (nothing changed) if any row is wrong.
    """
    report = Report(dry_run=dry_run)
    if not _check_columns(rows, ["名称", "级别"], report):
        raise TransferError(report)
    in_file = {normalise_name(r.get("名称", "")): (i, r) for i, r in enumerate(rows, start=2)}
    done: dict[str, Organisation] = {}

    def resolve(name: str, line: int, trail: tuple = ()) -> Organisation | None:
        name = normalise_name(name)
        if name in done:
            return done[name]
        if name in in_file and name not in trail:
            return apply(*in_file[name], trail=(*trail, name))
        if name in trail:
            report.errors.append(_row(line, _("上级组织形成了循环（%(name)s）") % {"name": name}))
            return None
        found = _find_org(name, within)
        if found == "ambiguous":
            report.errors.append(_row(line, _("有多个组织叫“%(name)s”，请写全称") % {"name": name}))
            return None
        if found is None:
            report.errors.append(_row(line, _("找不到上级组织“%(name)s”") % {"name": name}))
        return found

    def apply(line: int, row: dict, trail: tuple = ()) -> Organisation | None:
        name = normalise_name(row.get("名称", ""))
        if name in done:
            return done[name]
        if not name:
            report.errors.append(_row(line, _("名称为空")))
            return None
        bad = cell_errors(line, row, ORG_CELLS)
        if bad:
            report.errors.extend(bad)
            return None
        level = LEVEL_NAMES.get(row.get("级别", "").strip())
        kind = KIND_NAMES.get(row.get("类型", "").strip() or "科协")
        if level is None:
            report.errors.append(_row(line, _("级别“%(value)s”应为 %(choices)s")
                                      % {"value": row.get("级别", ""), "choices": "/".join(map(str, Level.labels))}))
        if kind is None:
            report.errors.append(_row(line, _("类型“%(value)s”应为 %(choices)s")
                                      % {"value": row.get("类型", ""), "choices": "/".join(map(str, Kind.labels))}))
        parent_name = row.get("上级组织", "").strip()
        parent = resolve(parent_name, line, (*trail, name)) if parent_name else None
        if parent_name and parent is None:
            return None
        order = int(float(row.get("排序") or 0))  # checked by cell_errors: a whole number in range
        existing = Organisation.objects.filter(name=name).first()
        if within is not None:
            if existing is not None and not existing.is_within(within):
                report.errors.append(_row(line, _("“%(name)s”不在您的管理范围内") % {"name": name}))
                return None
            if existing is not None and existing.pk == within.pk:
                parent = within.parent  # one's own place in the tree is set from above
            elif parent is None or not parent.is_within(within):
                report.errors.append(_row(line, _("“%(name)s”的上级组织须在您的管理范围内") % {"name": name}))
                return None
        if level is None or kind is None:
            return None
        org = existing or Organisation(name=name)
        before = _org_state(org) if existing else None
        org.short_name = normalise_name(row.get("简称", ""))
        org.set_aliases(split(row.get("别名", "")))
        org.kind, org.level, org.parent, org.order = kind, level, parent, order
        try:
            org.save()
        except ValueError as e:
            report.errors.append(_row(line, str(e)))
            return None
        for i, dept in enumerate(split(row.get("部门", ""))):
            if not org.departments.filter(name=normalise_name(dept)).exists():
                upsert_department(org, dept, order=i)
        after = _org_state(org)
        if before is None:
            report.created.append(name)
        elif before != after:
            report.updated.append(_changed(name, before, after))
        else:
            report.unchanged += 1
        done[name] = org
        return org

    with transaction.atomic():
        for line, row in sorted(in_file.values(), key=lambda t: t[0]):
            apply(line, row)
        if report.errors or dry_run:
            transaction.set_rollback(True)
        else:
            _log_import("import_organisations", report, within, user)
    if report.errors:
        raise TransferError(report)
    return report


def _log_import(action: str, report: Report, within: Organisation | None, user) -> None:
    """One audit entry per import, with its counts, owned by the subtree it was limited to."""
    from kexie.audit import log  # audit imports orgs' models: imported here, not at the top
    log.record(action, object_type="orgs.import", scope=within.path if within else "", user=user,
               after={"created": len(report.created), "updated": len(report.updated),
                      "unchanged": report.unchanged})


def _org_state(org: Organisation) -> dict:
    return {"简称": org.short_name, "别名": "、".join(org.alias_list), "类型": org.get_kind_display(),
            "级别": org.get_level_display(), "上级组织": org.parent.name if org.parent_id else "",
            "部门": "、".join(org.departments.values_list("name", flat=True)) if org.pk else "", "排序": org.order}


def _changed(name: str, before: dict, after: dict) -> str:
    """The row's name and what changed, column by column."""
    empty = _("空")
    changes = _("；").join(_("%(column)s：%(before)s → %(after)s")
                          % {"column": k, "before": before[k] or empty, "after": after[k] or empty}
                          for k in after if before[k] != after[k])
    return _("%(name)s（%(changes)s）") % {"name": name, "changes": changes}


def _row(line: int, message: str) -> str:
    return _("第%(line)d行：%(message)s") % {"line": line, "message": message}


def import_people(rows: list[dict], *, dry_run: bool = False, within: Organisation | None = None,
                  user=None) -> Report:
    """Create or update people by (所属组织, 姓名), with exactly the titles given; departments are created as needed."""
    report = Report(dry_run=dry_run)
    if not _check_columns(rows, ["姓名", "所属组织"], report):
        raise TransferError(report)
    with transaction.atomic():
        for line, row in enumerate(rows, start=2):
            name = normalise_name(row.get("姓名", ""))
            org_name = row.get("所属组织", "").strip()
            if not name or not org_name:
                report.errors.append(_row(line, _("姓名和所属组织不能为空")))
                continue
            bad = cell_errors(line, row, PEOPLE_CELLS)
            if bad:
                report.errors.extend(bad)
                continue
            org = _find_org(org_name, within)
            if org == "ambiguous":
                report.errors.append(_row(line, _("有多个组织叫“%(name)s”，请写全称") % {"name": org_name}))
                continue
            if org is None:
                report.errors.append(_row(line, (_("找不到组织“%(name)s”（或不在您的管理范围内）") if within
                                                 else _("找不到组织“%(name)s”")) % {"name": org_name}))
                continue
            person = Person.objects.filter(organisation=org, name=name).first()
            before = _person_state(person) if person else None
            if person is None:
                person = Person(organisation=org, name=name)
            dept_name = row.get("部门", "").strip()
            person.department = upsert_department(org, dept_name) if dept_name else None
            person.phone = row.get("电话", "").strip()
            person.email = row.get("邮箱", "").strip()
            try:
                validate_email(person.email) if person.email else None
            except ValidationError:
                report.errors.append(_row(line, _("邮箱“%(email)s”格式不对") % {"email": person.email}))
                continue
            person.save()
            set_titles(person, split(row.get("职务", "")))
            after = _person_state(person)
            label = f"{org.display_name}·{name}"
            if before is None:
                report.created.append(label)
            elif before != after:
                report.updated.append(_changed(label, before, after))
            else:
                report.unchanged += 1
        if report.errors or dry_run:
            transaction.set_rollback(True)
        else:
            _log_import("import_people", report, within, user)
    if report.errors:
        raise TransferError(report)
    return report


def _person_state(person: Person) -> dict:
    return {"部门": person.department.name if person.department_id else "", "职务": "、".join(person.titles),
            "电话": person.phone, "邮箱": person.email}
