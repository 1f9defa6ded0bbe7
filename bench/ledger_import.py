"""Bench of the ledger import: read a 5,000-row xlsx ledger (preview) and import it as a draft, on SQLite or PostgreSQL.

    .venv/bin/python bench/ledger_import.py                                   # SQLite (a temporary file)
    KEXIE_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres .venv/bin/python bench/ledger_import.py

Creates its own database (test_kexie_bench_import) and drops it at the end. The ledger has 50 merged group rows
and 4,950 tasks under them, each naming a leader, a 责任单位 of 100 counties, a 配合单位 and a date; prints the
seconds to read it, to import it, and the import's query count.
"""

from __future__ import annotations

import datetime
import io
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kexie.site.settings")
os.environ.setdefault("KEXIE_DATA_DIR", tempfile.mkdtemp(prefix="kexie-bench-"))

import django  # noqa: E402

N_ROWS, N_GROUPS, N_UNITS = 5000, 50, 100


def ledger() -> bytes:
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.append(["基准市科协2026年重点工作台账"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "工作任务", "具体措施", "牵头领导", "责任单位", "配合单位", "完成时限", "备注"])
    per_group = N_ROWS // N_GROUPS - 1
    for g in range(N_GROUPS):
        ws.append([f"{g + 1}", f"第{g + 1}组重点工作"])
        ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=8)
        for i in range(per_group):
            n = g * per_group + i
            ws.append([i + 1, f"开展第{n + 1}项科普活动", "制定方案，组织实施，总结上报。", f"领导{n % 5 + 1}",
                       f"基准{n % N_UNITS + 1}县科协", "办公室", datetime.date(2026, n % 12 + 1, 28), ""])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def main() -> int:
    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    settings.DATABASES["default"].setdefault("TEST", {})["NAME"] = "test_kexie_bench_import"
    name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        from kexie.office.ledger_import import import_ledger, read_ledger
        from kexie.orgs.models import Organisation, Person
        from kexie.orgs.services import upsert_department

        city = Organisation.objects.create(name="基准市科学技术协会", short_name="基准市科协", level=3)
        upsert_department(city, "办公室")
        for i in range(5):
            Person.objects.create(organisation=city, name=f"领导{i + 1}")
        for i in range(N_UNITS):
            Organisation.objects.create(name=f"基准第{i + 1}县科学技术协会", short_name=f"基准{i + 1}县科协",
                                        level=4, parent=city)
        data = ledger()
        t0 = time.perf_counter()
        preview = read_ledger(data, "bench.xlsx")
        t1 = time.perf_counter()
        with CaptureQueriesContext(connection) as ctx:
            plan = import_ledger(preview, None, city)
        t2 = time.perf_counter()
        print(f"{connection.vendor}: {len(data) / 1e6:.1f} MB, {len(preview.items)} rows read in {t1 - t0:.2f} s; "
              f"imported ({plan.tasks.count()} tasks, {plan.tasks.filter(name_matches__state='confirmed').count()} "
              f"confirmed names) in {t2 - t1:.2f} s with {len(ctx.captured_queries)} queries")
    finally:
        connection.creation.destroy_test_db(name, verbosity=0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
