"""Organisations (a tree kept as a materialised path), their departments, people and titles, and who acts for whom."""

from __future__ import annotations

from django.conf import settings
from django.db import models, transaction
from django.db.models import Q


class Kind(models.TextChoices):
    ASSOCIATION = "association", "科协"
    SOCIETY = "society", "学会/协会/研究会"
    UNIVERSITY = "university", "高校科协"
    ENTERPRISE = "enterprise", "企业科协"
    MUSEUM = "museum", "科技馆"
    SENIOR = "senior", "老科协"
    OTHER = "other", "其他"


class Level(models.IntegerChoices):
    # Numbers grow downwards so "the county level under me" is a comparison.
    NATIONAL = 1, "全国"
    PROVINCE = 2, "省级"
    CITY = 3, "市级"
    COUNTY = 4, "县级"
    TOWNSHIP = 5, "乡镇"


class MemberRole(models.TextChoices):
    ADMIN = "admin", "管理员"
    STAFF = "staff", "经办"
    SUPERVISOR = "supervisor", "督办"
    LEADER = "leader", "领导"


# The roles that change things (管理员, 经办): a membership's can_edit, and whom reminders and 催办 notify.
EDITOR_ROLES = (MemberRole.ADMIN, MemberRole.STAFF)

PATH_STEP = 8  # digits per step of the path: room for 10**8 organisations.


def normalise_name(name: str) -> str:
    """The form names are compared in: no spaces, full-width brackets."""
    return (name or "").strip().replace(" ", "").replace("\u3000", "").replace("(", "（").replace(")", "）")


class OrganisationQuerySet(models.QuerySet):
    def subtree(self, org: "Organisation") -> "OrganisationQuerySet":
        """The organisation and everything under it: one indexed prefix match."""
        return self.filter(path__startswith=org.path)

    def named(self, name: str) -> "OrganisationQuerySet":
        """Organisations known by this name, short name or alias."""
        name = normalise_name(name)
        return self.filter(Q(name=name) | Q(short_name=name) | Q(aliases__contains=f"\n{name}\n"))


class Organisation(models.Model):
    name = models.CharField("名称", max_length=100, unique=True)
    short_name = models.CharField("简称", max_length=50, blank=True,
                                  help_text="文件里常用的简称，例如 遵义市科协。")
    # Other names the documents use (市科协, 省科协); stored one per line between newlines so that
    # "known by this name" is a plain indexed-free substring match on both databases.
    aliases = models.TextField("别名", blank=True, default="",
                               help_text="每行一个，例如 市科协。")
    kind = models.CharField("类型", max_length=20, choices=Kind.choices, default=Kind.ASSOCIATION)
    level = models.PositiveSmallIntegerField("级别", choices=Level.choices)
    parent = models.ForeignKey("self", verbose_name="上级组织", null=True, blank=True,
                               on_delete=models.PROTECT, related_name="children")
    order = models.PositiveIntegerField("排序", default=0)
    # "00000001/00000004/": ancestors' ids and its own, so a subtree is path__startswith.
    path = models.CharField(max_length=255, editable=False, db_index=True, default="")
    depth = models.PositiveSmallIntegerField(editable=False, default=0)

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        verbose_name = "组织"
        verbose_name_plural = "组织"
        ordering = ["path"]

    def __str__(self) -> str:
        return self.name

    @classmethod
    def from_db(cls, db, field_names, values):
        org = super().from_db(db, field_names, values)
        org._stored_name = org.__dict__.get("name")  # save() tells a rename (signals.renamed)
        return org

    @property
    def display_name(self) -> str:
        return self.short_name or self.name

    @property
    def alias_list(self) -> list[str]:
        return [a for a in self.aliases.split("\n") if a.strip()]

    def set_aliases(self, names) -> None:
        names = [normalise_name(n) for n in names if normalise_name(n)]
        self.aliases = ("\n" + "\n".join(dict.fromkeys(names)) + "\n") if names else ""

    def names(self) -> list[str]:
        """Every name this organisation is known by, full name first."""
        return list(dict.fromkeys([self.name, *([self.short_name] if self.short_name else []), *self.alias_list]))

    def _compute_path(self) -> tuple[str, int]:
        prefix = self.parent.path if self.parent_id else ""
        return f"{prefix}{self.pk:0{PATH_STEP}d}/", (self.parent.depth + 1 if self.parent_id else 0)

    def save(self, *args, **kwargs):
        self.name = normalise_name(self.name)
        self.short_name = normalise_name(self.short_name)
        if self.aliases:
            self.set_aliases(self.aliases.split("\n"))
        with transaction.atomic():
            if self.parent_id and self.pk and self.parent.path.startswith(self.path or "\0"):
                raise ValueError(f"{self.name} cannot be placed under its own subtree")
            old_path = self.path
            super().save(*args, **kwargs)
            new_path, depth = self._compute_path()
            if new_path != old_path or depth != self.depth:
                self.path, self.depth = new_path, depth
                Organisation.objects.filter(pk=self.pk).update(path=new_path, depth=depth)
                if old_path:
                    self._move_descendants(old_path, new_path)
                    from .signals import subtree_moved
                    subtree_moved.send(sender=Organisation, organisation=self, old_path=old_path,
                                       new_path=new_path)
            stored_name = getattr(self, "_stored_name", None)
            if stored_name is not None and stored_name != self.name:
                from .signals import renamed
                renamed.send(sender=Organisation, organisation=self, old_name=stored_name)
            self._stored_name = self.name

    def _move_descendants(self, old_path: str, new_path: str) -> None:
        shift = new_path.count("/") - old_path.count("/")
        for child in Organisation.objects.filter(path__startswith=old_path).exclude(pk=self.pk):
            Organisation.objects.filter(pk=child.pk).update(
                path=new_path + child.path[len(old_path):], depth=child.depth + shift)

    def ancestors(self) -> "OrganisationQuerySet":
        ids = [int(step) for step in self.path.split("/") if step][:-1]
        return Organisation.objects.filter(pk__in=ids).order_by("depth")

    def descendants(self) -> "OrganisationQuerySet":
        return Organisation.objects.subtree(self).exclude(pk=self.pk)

    def is_within(self, other: "Organisation") -> bool:
        return self.path.startswith(other.path)

    def children_at_level(self, level: int, kind: str | None = Kind.ASSOCIATION) -> "OrganisationQuerySet":
        """Descendants at a level: 各县（市、区）科协 of a city are its county-level associations."""
        qs = self.descendants().filter(level=level)
        return qs.filter(kind=kind) if kind else qs


class Department(models.Model):
    organisation = models.ForeignKey(Organisation, verbose_name="组织", on_delete=models.CASCADE,
                                     related_name="departments")
    name = models.CharField("名称", max_length=100)
    aliases = models.TextField("别名", blank=True, default="", help_text="每行一个，例如 市科协办公室。")
    order = models.PositiveIntegerField("排序", default=0)

    class Meta:
        verbose_name = "部门"
        verbose_name_plural = "部门"
        ordering = ["organisation__path", "order", "name"]
        constraints = [models.UniqueConstraint(fields=["organisation", "name"], name="department_unique_name")]

    def __str__(self) -> str:
        return f"{self.organisation.display_name}·{self.name}"

    def save(self, *args, **kwargs):
        self.name = normalise_name(self.name)
        super().save(*args, **kwargs)


class Person(models.Model):
    organisation = models.ForeignKey(Organisation, verbose_name="组织", on_delete=models.CASCADE,
                                     related_name="people")
    department = models.ForeignKey(Department, verbose_name="部门", null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="people")
    name = models.CharField("姓名", max_length=50)
    phone = models.CharField("电话", max_length=50, blank=True)
    email = models.EmailField("邮箱", blank=True)
    order = models.PositiveIntegerField("排序", default=0)

    class Meta:
        verbose_name = "人员"
        verbose_name_plural = "人员"
        ordering = ["organisation__path", "order", "id"]
        constraints = [models.UniqueConstraint(fields=["organisation", "name"], name="person_unique_name")]

    def __str__(self) -> str:
        return self.name

    @property
    def titles(self) -> list[str]:
        return [p.title for p in self.positions.all()]


class Position(models.Model):
    """One title a person holds (党组书记, 主席, 业务部部长); a person may hold several."""

    person = models.ForeignKey(Person, verbose_name="人员", on_delete=models.CASCADE, related_name="positions")
    title = models.CharField("职务", max_length=50)
    order = models.PositiveSmallIntegerField("排序", default=0)

    class Meta:
        verbose_name = "职务"
        verbose_name_plural = "职务"
        ordering = ["order", "id"]
        constraints = [models.UniqueConstraint(fields=["person", "title"], name="position_unique_title")]

    def __str__(self) -> str:
        return self.title


class Membership(models.Model):
    """The one organisation a user acts for, and their role there."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, verbose_name="用户", on_delete=models.CASCADE,
                                related_name="membership")
    organisation = models.ForeignKey(Organisation, verbose_name="组织", on_delete=models.PROTECT,
                                     related_name="memberships")
    role = models.CharField("角色", max_length=20, choices=MemberRole.choices, default=MemberRole.STAFF)
    person = models.ForeignKey(Person, verbose_name="对应人员", null=True, blank=True, on_delete=models.SET_NULL,
                               related_name="memberships")

    class Meta:
        verbose_name = "用户角色"
        verbose_name_plural = "用户角色"

    def __str__(self) -> str:
        return f"{self.user} · {self.organisation.display_name} · {self.get_role_display()}"

    @property
    def can_edit(self) -> bool:
        """管理员 and 经办 change things; 督办 and 领导 read."""
        return self.role in EDITOR_ROLES

    @property
    def is_admin(self) -> bool:
        return self.role == MemberRole.ADMIN
