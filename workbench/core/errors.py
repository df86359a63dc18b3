"""Exceptions the core raises, with messages written for a fact-checker, not a programmer."""

from __future__ import annotations


class WorkbenchError(Exception):
    """Base of every error the workbench reports to its user as one clear line."""


class LibraryError(WorkbenchError):
    """The library file can't be opened, created, migrated or written."""


class ReadOnlyError(LibraryError):
    """The library is open read-only (a read-only file, folder or medium, or --read-only)."""


class DamagedLibraryError(LibraryError):
    """The library file is damaged: SQLite can't read it, or its checks fail."""


class ConflictError(WorkbenchError):
    """An undo or an edit would overwrite a newer change made by someone else."""


class NotFoundError(WorkbenchError):
    """No record matches an id or id prefix."""


class AmbiguousIdError(WorkbenchError):
    """An id prefix matches more than one record."""


class InputError(WorkbenchError):
    """What the user gave can't be used: an empty or binary file, a quote not in the text, ..."""


class FetchError(WorkbenchError):
    """A URL could not be fetched, or its answer was refused."""


class ExtractionError(WorkbenchError):
    """No usable text could be extracted from a document."""


class Cancelled(WorkbenchError):
    """Long work was cancelled by the user."""
