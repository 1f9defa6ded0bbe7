"""The ledger's write paths, gathered for callers that import them from one place.

Each kind of object has one module that changes it: draft.py (build, matches, recipients, plan and task
edits), publish.py (下发), actions.py (the flow's steps, and the locked update every assignment write
goes through), reports.py (报送 and attachments), filings.py (备案). Each checks who may do it
(access.py), changes the rows, and logs the change to the audit log (journal.py).
"""

from .access import allowed_steps, require_handler, require_issuer
from .actions import act, change_assignment, reopen
from .draft import add_recipient, build_plan, resolve_match, set_recipient, update_plan, update_task
from .errors import Conflict, LedgerError, NotAllowed
from .filings import file_plan, may_file
from .publish import pending_items, planned_assignments, planned_counts, publish
from .reads import expected_filers
from .reports import REPORTABLE, attachment_limit, check_attachment, submit_report

__all__ = ["Conflict", "LedgerError", "NotAllowed", "REPORTABLE", "act", "add_recipient", "allowed_steps",
           "attachment_limit", "build_plan", "change_assignment", "check_attachment", "expected_filers",
           "file_plan", "may_file", "pending_items", "planned_assignments", "planned_counts", "publish",
           "reopen", "require_handler", "require_issuer", "resolve_match", "set_recipient", "submit_report", "update_plan", "update_task"]
