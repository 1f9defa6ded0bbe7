"""Oversight (督办): deadlines, lights, reminders, roll-up by level, rankings, bulletins and dashboards."""
