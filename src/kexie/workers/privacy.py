"""Who may see a register's personal data (phones, e-mail, birth year), and how it is masked for everyone else.

The rule the registers share (scientists, volunteers): the editors (管理员, 经办) of the keeping organisation
or of an organisation above it see a record whole; 督办 and 领导, and editors elsewhere in the tree who may see
the record at all, see it masked. Each view of a whole record is logged by the register that shows it.
"""

from __future__ import annotations

from kexie.orgs.access import membership_of
from kexie.orgs.models import Organisation


def may_see_personal_data(user, keeper: Organisation) -> bool:
    """True for an editor of `keeper` or of an organisation above it."""
    membership = membership_of(user)
    return bool(membership and membership.can_edit and keeper.path.startswith(membership.organisation.path))


def mask_phone(phone: str) -> str:
    """13912345678 → 139****5678; a short number keeps only its last two digits."""
    phone = (phone or "").strip()
    if not phone:
        return ""
    if len(phone) > 7:
        return phone[:3] + "*" * (len(phone) - 7) + phone[-4:]
    if len(phone) > 2:
        return "*" * (len(phone) - 2) + phone[-2:]
    return "**"


def mask_email(email: str) -> str:
    """zhang.san@example.cn → z***@example.cn"""
    local, at, domain = (email or "").partition("@")
    if not at:
        return "***" if email else ""
    return (local[:1] or "*") + "***@" + domain
