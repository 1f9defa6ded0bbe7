"""Ledger (台账): plans, tasks, assignments to departments and units, reports and their history."""
