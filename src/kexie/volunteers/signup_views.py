"""The public sign-up page of an organisation (/volunteers/signup/<org id>/): no sign-in, held for review.

It shows nothing of the register: only the organisation's name and the form. A submission passes the public
forms' guards (a signed token not older than a day nor younger than a few seconds, the honeypot, and the flood
limit: the pending sign-ups this address left in the last hour), needs consent to the use of personal data, and
creates one pending volunteer through registry.sign_up; anything refused says why in one sentence (400 or 429).
"""

from __future__ import annotations

from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_protect

from kexie import public_forms
from kexie.orgs.access import parse_pk
from kexie.orgs.models import Organisation

from . import registry
from .models import ServiceKind, Volunteer, VolunteerState

SCOPE = "volunteers.signup"


@csrf_protect
def signup(request, pk):
    pk = parse_pk(pk)
    org = Organisation.objects.filter(pk=pk).first() if pk is not None else None
    if org is None:
        raise Http404("No such organisation")
    error, status, done = "", 200, False
    if request.method == "POST":
        try:
            public_forms.check_submission(request, SCOPE, org.pk)
            address = public_forms.client_address(request)
            pending = Volunteer.objects.filter(state=VolunteerState.PENDING)
            try:
                public_forms.check_flood(pending, address)
            except public_forms.Refused:
                status = 429
                raise
            data = {**request.POST.dict(), "service_kinds": request.POST.getlist("service_kinds")}
            registry.sign_up(org, data, address=address, consent=request.POST.get("consent") == "on")
            done = True
        except (public_forms.Refused, registry.VolunteerError) as e:
            error, status = str(e), status if status != 200 else 400
    return render(request, "volunteers/signup.html", {
        "org": org, "error": error, "done": done, "values": request.POST if error else {},
        "chosen_kinds": request.POST.getlist("service_kinds") if error else [],
        "kinds": ServiceKind.choices, "token": public_forms.form_token(SCOPE, org.pk),
        "honeypot": public_forms.HONEYPOT, "title": _("科技志愿者报名")}, status=status)
