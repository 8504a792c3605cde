"""Errors that end a run with a one-line message (the CLI prints them without a traceback)."""


class CleanpipeError(Exception):
    """Base of errors whose message is meant for the user as it is."""


class InputError(CleanpipeError):
    """An input path that cannot be used at all (missing, unreadable, unknown format).

    Problems with single records are not errors: they go to the rejects table.
    """


class OutputError(CleanpipeError):
    """The output folder cannot be written (exists and is not empty, not writable)."""
