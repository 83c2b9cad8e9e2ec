"""Typed errors. A KnownError is shown to the user as a message; anything else is a bug.

A known error carries a message id (English source text with ``{named}`` placeholders) and its
parameters, and renders them in the current language when shown (``str(exc)``, ``exc.message``)::

    raise ValidationError("depth_mm", "must be between {low} and {high} mm", low=0.5, high=4.0)
    raise NotFoundError("No patient with id {id}.", id=patient_id)

The message id must be a literal so that ``pybabel extract`` finds it (see docs/i18n.md).
"""

from __future__ import annotations

from typing import Any


def _render(msgid: str, params: dict[str, Any]) -> str:
    from mesodesk.i18n import gettext  # domain-level and Qt-free; imported late to keep domain light

    return gettext(msgid, **params)


class KnownError(Exception):
    """An error the user can understand and act on (bad input, a locked file, ...)."""

    def __init__(self, message: str = "", /, *args: object, **params: Any) -> None:
        super().__init__(message, *args)
        self.msgid = message
        self.params = params

    @property
    def message(self) -> str:
        """The message in the current language."""
        return _render(self.msgid, self.params)

    def render(self, lang: str | None = None) -> str:
        from mesodesk.i18n import gettext

        return gettext(self.msgid, lang=lang, **self.params)

    def __str__(self) -> str:
        return self.message


class ValidationError(KnownError):
    """Bad input: names the field and says why (the why as a message id with parameters)."""

    def __init__(self, field: str, message: str, /, **params: Any) -> None:
        super().__init__(message, **params)
        self.args = (field, message)
        self.field = field

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


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


class PassphraseNeededError(DatabaseError):
    """The file has no readable SQLite header: an encrypted clinic (its passphrase opens it) or not ours."""


class AuthenticationError(KnownError):
    pass
