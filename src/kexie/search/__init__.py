"""检索与政策链: the full-text index over documents, tasks and reports, the policy chain and coverage."""
