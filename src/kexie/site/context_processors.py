"""Puts the signed-in user's membership (organisation and role) into every template."""

from kexie.orgs.access import membership_of


def membership(request):
    user = getattr(request, "user", None)
    return {"membership": membership_of(user) if user is not None else None}
