"""The search index's table: one entry per indexed object, with what the filters and the scope need.

The tokens themselves live beside it, in the database's own full-text structure (index.py): an FTS5 table
search_fts (rowid = entry id) on SQLite, the tsv column with a GIN index on PostgreSQL, both made by the
migration for that database only.
"""

from django.db import models


class Entry(models.Model):
    # kind is a registered source's name (sources.py): "document", "task", "report", later a register's items.
    kind = models.CharField("类别", max_length=20)
    object_id = models.BigIntegerField("对象")
    # The object's owner (document: its organisation; task: its plan's issuer; report: the reporting unit): the
    # scope and the 组织 filter join its path, so moving a unit (orgs/transfer.py) needs no reindex.
    # No database constraint: an organisation is never deleted while it owns documents or plans (PROTECT).
    organisation = models.ForeignKey("orgs.Organisation", verbose_name="组织", null=True, on_delete=models.DO_NOTHING,
                                     db_constraint=False, related_name="+")
    # The ledger's plan of a task or report: tasks are visible as their plan is (ledger/access.py).
    plan_id = models.BigIntegerField("台账", null=True)
    title = models.CharField("标题", max_length=500, default="")
    doc_number = models.CharField("发文字号", max_length=100, default="")
    doc_type = models.CharField("类型", max_length=20, default="")
    issuer = models.CharField("发文机关", max_length=200, default="")
    date = models.DateField("日期", null=True)

    class Meta:
        verbose_name = "检索条目"
        verbose_name_plural = "检索条目"
        db_table = "search_entry"
        constraints = [models.UniqueConstraint(fields=["kind", "object_id"], name="search_entry_unique_object")]
        indexes = [models.Index(fields=["date", "id"], name="search_entry_date"),
                   models.Index(fields=["organisation_id", "date"], name="search_entry_org")]

    def __str__(self) -> str:
        return f"{self.kind} {self.object_id}: {self.title}"
