"""Checks at the edge so SQLite and PostgreSQL accept the same data: lengths, integer ranges, NUL characters.

SQLite stores a 600-character name in a 100-character column, 99999999999 in an integer column and a NUL in
text; PostgreSQL refuses all three, so a backup moved from one to the other would not load. Forms, API
serializers and imports check values here first and answer 400 with one Chinese sentence instead.
Used by orgs, documents, imports and the ledger: a plain module below every app, since nothing imports site/.
"""

from __future__ import annotations

import math

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils.translation import gettext as _

# The ranges PostgreSQL enforces (SQLite has one 64-bit integer type for all of them).
INTEGER_RANGES = {
    "SmallIntegerField": (-32768, 32767),
    "PositiveSmallIntegerField": (0, 32767),
    "IntegerField": (-2147483648, 2147483647),
    "PositiveIntegerField": (0, 2147483647),
    "BigIntegerField": (-9223372036854775808, 9223372036854775807),
    "PositiveBigIntegerField": (0, 9223372036854775807),
    "AutoField": (1, 2147483647),
    "BigAutoField": (1, 9223372036854775807),
}
ID_RANGE = INTEGER_RANGES["BigAutoField"]


def refuse_nul(value) -> None:
    """A validator for form and serializer fields: PostgreSQL text columns cannot hold NUL (\\x00)."""
    if isinstance(value, str) and "\x00" in value:
        raise ValidationError(_("不能含有空字符（\\x00），请删去后再提交。"), code="null_characters_not_allowed")


def check_text(value, *, max_length: int | None = None, label: str = "") -> str:
    """value as a string with no NUL and at most max_length characters; ValidationError says which is wrong."""
    text = "" if value is None else str(value)
    if "\x00" in text:
        raise ValidationError(_("%(label)s不能含有空字符（\\x00）。") % {"label": label or _("内容")})
    if max_length is not None and len(text) > max_length:
        raise ValidationError(_("%(label)s最多 %(max)d 个字，现在有 %(n)d 个。")
                              % {"label": label or _("内容"), "max": max_length, "n": len(text)})
    return text


def check_integer(value, *, minimum: int | None = None, maximum: int | None = None, label: str = "") -> int:
    """A whole number from an int, an integral float or its text ("12", "12.0"); never bool, 1.5, inf or "abc"."""
    label = label or _("数值")
    number = None
    if isinstance(value, bool):
        number = None
    elif isinstance(value, int):
        number = value
    elif isinstance(value, (float, str)):
        text = str(value).strip()
        try:
            number = int(text)
        except ValueError:
            try:
                as_float = float(text)
            except ValueError:
                as_float = math.nan
            if math.isfinite(as_float) and as_float.is_integer():
                number = int(as_float)
    if number is None:
        raise ValidationError(_("%(label)s应为整数，“%(value)s”不是。") % {"label": label, "value": str(value)[:30]})
    if (minimum is not None and number < minimum) or (maximum is not None and number > maximum):
        raise ValidationError(_("%(label)s应在 %(min)s 到 %(max)s 之间，“%(value)s”超出了范围。")
                              % {"label": label, "min": minimum, "max": maximum, "value": str(value)[:30]})
    return number


def integer_range(field: models.Field) -> tuple[int, int] | None:
    for cls in type(field).__mro__:
        if cls.__name__ in INTEGER_RANGES:
            return INTEGER_RANGES[cls.__name__]
    return None


def check_for_field(model: type[models.Model], field_name: str, value, *, label: str = ""):
    """value checked against the column it goes into: its max_length, or its integer range, and NUL."""
    field = model._meta.get_field(field_name)
    label = label or str(field.verbose_name)
    bounds = integer_range(field)
    if bounds is not None:
        return check_integer(value, minimum=bounds[0], maximum=bounds[1], label=label)
    return check_text(value, max_length=getattr(field, "max_length", None), label=label)


def query_id(params, name: str, *, label: str = "") -> int | None:
    """An id from the query string (None when absent); a value that is not an id raises ValidationError → 400."""
    raw = params.get(name)
    if raw in (None, ""):
        return None
    return check_integer(raw, minimum=ID_RANGE[0], maximum=ID_RANGE[1], label=label or name)


def page_number(params, name: str = "page") -> int:
    """The page asked for: absent is 1, anything but a positive whole number is a 404 (there is no such page)."""
    raw = params.get(name) or "1"
    if not raw.isdigit() or len(raw) > 9 or int(raw) < 1:
        raise Http404(_("没有这一页。"))
    return int(raw)


def api_query_id(request, name: str, *, label: str = "") -> int | None:
    """query_id for an API view: a bad value is a DRF 400 naming the parameter."""
    from rest_framework.exceptions import ValidationError as ApiValidationError
    try:
        return query_id(request.query_params, name, label=label)
    except ValidationError as e:
        raise ApiValidationError({name: e.messages}) from None


def enforce_portable_integer_ranges() -> None:
    """Give every integer model field PostgreSQL's range as validators, on SQLite too.

    Django bounds an integer field by the running database, and SQLite's bound is 64 bits: a model form, the
    admin or a ModelSerializer on SQLite would take 99999999999 for a PositiveIntegerField that PostgreSQL then
    refuses. Called once from the site's AppConfig.ready, so every app's fields (the ledger's too) get the bound.
    """
    from django.apps import apps
    from django.core.validators import MaxValueValidator, MinValueValidator
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            bounds = None if field.primary_key or field.is_relation else integer_range(field)
            if bounds is None:
                continue
            # Into the computed list only (a cached property), never into _validators: that one is what
            # deconstruct() and so makemigrations read, and the bound is no change of the schema.
            field.__dict__["validators"] = [*field.validators, MinValueValidator(bounds[0]),
                                            MaxValueValidator(bounds[1])]
