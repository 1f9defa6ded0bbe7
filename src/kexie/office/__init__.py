"""Office (办公): xlsx ledger export/import, docx briefings and bulletins, exports of any list."""
