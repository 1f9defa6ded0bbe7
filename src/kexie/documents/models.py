"""A stored document: the original's sha256 and size, the reader's parse, and its header fields for lists."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from kexie.audit.log import Audited

from kexie.orgs.models import Organisation
from kexie.reader import ParsedDocument

from . import storage
from .numbers import number_key



class StoredFile(models.Model):
    """A file kept as an original: its bytes in this store by sha256, the row naming it. Every concrete subclass
    is found by storage.blob_fields(), so backup carries its bytes and the sweep keeps them without a
    registration that a new kind of attachment could forget."""

    filename = models.CharField("文件名", max_length=255)
    sha256 = models.CharField("SHA-256", max_length=64, db_index=True)
    size = models.PositiveBigIntegerField("大小")
    content_type = models.CharField("类型", max_length=100)

    class Meta:
        abstract = True
        ordering = ["id"]

    def __str__(self) -> str:
        return self.filename


class DocType(models.TextChoices):
    # The reader's doc_type values (kexie.parse/1).
    NOTICE = "notice", "通知"
    PLAN = "plan", "方案/计划"
    REGULATION = "regulation", "制度/办法"
    NEWS = "news", "报道/简报"
    SUMMARY = "summary", "总结/报告"
    OTHER = "other", "其他"


class DocumentQuerySet(models.QuerySet):
    def within(self, org: Organisation) -> "DocumentQuerySet":
        return self.filter(organisation__path__startswith=org.path)


class Document(Audited, models.Model):
    # Unique per owner organisation, not globally: the same 文件 is rightly filed by the city that
    # received it and by the province that issued it, each with its own tasks and permissions. The
    # bytes themselves are stored once, since blobs are addressed by sha256 alone.
    organisation = models.ForeignKey(Organisation, verbose_name="所属组织", on_delete=models.PROTECT,
                                     related_name="documents")
    AUDIT_FIELDS = ("filename", "sha256", "size", "doc_type", "doc_number", "title", "date")

    filename = models.CharField("文件名", max_length=255)
    sha256 = models.CharField("SHA-256", max_length=64, db_index=True)
    size = models.PositiveBigIntegerField("大小")
    parse = models.JSONField("解析结果", default=dict)
    text = models.TextField("正文", blank=True, default="")
    doc_type = models.CharField("类型", max_length=20, choices=DocType.choices, default=DocType.OTHER)
    doc_number = models.CharField("发文字号", max_length=100, blank=True, default="", db_index=True)
    # doc_number in the one form citations are compared in (numbers.number_key), kept by save(): the policy
    # chain joins Citation.key to it, so a cited document links up the moment it is stored.
    number_key = models.CharField("文号键", max_length=100, blank=True, default="", editable=False, db_index=True)
    title = models.CharField("标题", max_length=500, blank=True, default="")
    date = models.DateField("成文日期", null=True, blank=True)
    issuer = models.CharField("发文机关", max_length=200, blank=True, default="")
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="上传人", null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+")
    uploaded_at = models.DateTimeField("上传时间", auto_now_add=True)

    objects = DocumentQuerySet.as_manager()

    class Meta:
        verbose_name = "文件"
        verbose_name_plural = "文件"
        ordering = ["-uploaded_at", "-id"]
        constraints = [models.UniqueConstraint(fields=["organisation", "sha256"], name="document_unique_per_org")]
        indexes = [models.Index(fields=["organisation", "-uploaded_at"])]

    def __str__(self) -> str:
        return self.display_title

    @property
    def display_title(self) -> str:
        return self.title or self.filename

    @property
    def parsed(self) -> ParsedDocument:
        return ParsedDocument.from_dict({**(self.parse or {}), "text": self.text})

    def save(self, *args, **kwargs):
        self.number_key = number_key(self.doc_number)
        if kwargs.get("update_fields") is not None and "doc_number" in kwargs["update_fields"]:
            kwargs["update_fields"] = {*kwargs["update_fields"], "number_key"}
        super().save(*args, **kwargs)

    def original_bytes(self) -> bytes:
        return storage.read_blob(self.sha256)

    def delete(self, *args, **kwargs):
        sha256 = self.sha256
        result = super().delete(*args, **kwargs)
        # The blob may be shared: another organisation's copy of the same file, or an attachment of the same bytes.
        storage.forget_unreferenced(sha256)
        return result


class Citation(models.Model):
    """A 文号 a document cites (its parse's references). The cited document is not a foreign key: it is whichever
    stored document has this key as its number_key and the viewer may see (documents.chain resolves it), so a
    citation of a document not yet stored is a placeholder that links up when it arrives, and a 文号 stored by two
    organisations links each viewer to the copy they may read."""

    document = models.ForeignKey(Document, verbose_name="引用文件", on_delete=models.CASCADE, related_name="citations")
    number = models.CharField("所引文号", max_length=100)
    key = models.CharField("文号键", max_length=100)
    title = models.CharField("所引标题", max_length=500, blank=True, default="")
    order = models.PositiveSmallIntegerField("顺序", default=0)

    class Meta:
        verbose_name = "引用"
        verbose_name_plural = "引用"
        ordering = ["document", "order"]
        constraints = [models.UniqueConstraint(fields=["document", "key"], name="citation_unique_key")]
        # Downstream ("who cites this 文号") and coverage read by key.
        indexes = [models.Index(fields=["key", "document"], name="citation_key")]

    def __str__(self) -> str:
        return self.number
