"""The one error the reader raises: a document that cannot be read, said in one sentence."""


class ReaderError(Exception):
    """The input is not a readable document; str(error) tells what was wrong and what to do."""
