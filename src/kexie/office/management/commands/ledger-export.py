"""`kexie ledger-export PLAN_ID FILE.xlsx [--as USERNAME]`: a plan's 台账 as the xlsx the ledger page gives."""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.http import Http404
from django.utils import translation

from kexie.ledger.access import get_plan_for_user
from kexie.ledger.lights import Clock
from kexie.office import ledger_export, xlsx


class Command(BaseCommand):
    help = ("Export a plan's ledger (台账 and 分单位明细) to an xlsx file; by default as its issuer sees it, or as "
            "--as USERNAME sees it (a recipient's export holds only its own subtree's rows).")

    def add_arguments(self, parser):
        parser.add_argument("plan_id", type=int)
        parser.add_argument("file")
        parser.add_argument("--as", dest="username", default="",
                            help="the user whose view to export (default: the plan's issuer side)")

    def handle(self, plan_id, file, username, **options):
        from kexie.ledger.models import Plan

        path = Path(file)
        if path.suffix.lower() != ".xlsx":
            raise CommandError("the file must end in .xlsx")
        if username:
            user = get_user_model().objects.filter(username=username).first()
            if user is None:
                raise CommandError(f"no user {username!r}")
            try:
                plan = get_plan_for_user(user, plan_id)
            except Http404:
                raise CommandError(f"plan {plan_id} does not exist or is not visible to {username}")
        else:
            plan = Plan.objects.select_related("published_by", "created_by").filter(pk=plan_id).first()
            if plan is None:
                raise CommandError(f"plan {plan_id} does not exist")
            # Someone of the issuing organisation sees every assignment (the issuer side).
            user = (get_user_model().objects.filter(membership__organisation_id=plan.organisation_id)
                    .order_by("id").first())
            if user is None:
                raise CommandError(f"plan {plan_id}: nobody of its issuer to export as; give --as USERNAME")
            plan = get_plan_for_user(user, plan_id)
        clock = Clock.at()
        with translation.override(ledger_export.LANGUAGE):
            sheets = ledger_export.sheets(user, plan, clock)
            xlsx.write(sheets, path)
        self.stdout.write(f"{path}: {sheets[0].n_rows} task rows, {sheets[1].n_rows} assignment rows")
