"""Helpers of the search tests (a module of its own: every test directory has a conftest)."""


def ids(outcome, kind="document"):
    """The object ids of one kind among an Outcome's hits."""
    return {h.object_id for h in outcome.hits if h.kind == kind}
