"""The one error the workers' services raise: a sentence saying what was wrong and what to do."""


class WorkersError(ValueError):
    """Refused input or action; str(error) is one Chinese sentence for the user."""
