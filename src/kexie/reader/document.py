"""Clean text → ParsedDocument (STUB)."""
from .model import ParsedDocument


def parse_text(text, source=None):
    return ParsedDocument(source=source, text=text)
