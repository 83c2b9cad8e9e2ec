"""Typed errors. A KnownError is shown to the user as a message; anything else is a bug."""

from __future__ import annotations


class KnownError(Exception):
    """An error the user can understand and act on (bad input, a locked file, ...)."""


class ValidationError(KnownError):
    """Bad input: names the field and says why."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class NotFoundError(KnownError):
    pass


class ConflictError(KnownError):
    """Someone else saved the record since it was loaded."""


class PermissionDeniedError(KnownError):
    pass


class LockedRecordError(KnownError):
    """A signed-off record can only be changed by an amendment with a reason."""


class DatabaseError(KnownError):
    """The database cannot be used: not ours, too new, unreachable, damaged, disk full."""


class AuthenticationError(KnownError):
    pass
