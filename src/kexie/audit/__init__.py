"""The audit log: who changed which object of which organisation, when, from what to what, and why."""
