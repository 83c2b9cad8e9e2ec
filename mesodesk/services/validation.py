"""Field checks shared by the services; each failure names its field."""

from __future__ import annotations

from datetime import date

from mesodesk.domain.errors import ValidationError
from mesodesk.domain.rules import MAX_NAME_LENGTH, MAX_NOTE_LENGTH


def required_text(field: str, value: str | None, *, max_length: int = MAX_NAME_LENGTH) -> str:
    cleaned = (value or "").strip()
    if not cleaned:
        raise ValidationError(field, "is required")
    return optional_text(field, cleaned, max_length=max_length)


def optional_text(field: str, value: str | None, *, max_length: int = MAX_NOTE_LENGTH) -> str:
    cleaned = (value or "").strip()
    if len(cleaned) > max_length:
        raise ValidationError(
            field,
            "is too long ({length} characters; at most {maximum})",
            length=len(cleaned),
            maximum=max_length,
        )
    if "\x00" in cleaned:
        raise ValidationError(field, "contains a NUL character")
    return cleaned


def choice(field: str, value: str, allowed: list[str]) -> str:
    if value not in allowed:
        raise ValidationError(
            field, "must be one of {allowed} (got {value!r})", allowed=", ".join(allowed), value=value
        )
    return value


def not_negative(field: str, value: float | int | None) -> None:
    if value is None:
        return
    if value < 0:
        raise ValidationError(field, "cannot be negative")


def at_least(field: str, value: int | None, minimum: int) -> None:
    if value is not None and value < minimum:
        raise ValidationError(field, "must be at least {minimum}", minimum=minimum)


def birth_date(field: str, value: date | None, today: date) -> date:
    if value is None:
        raise ValidationError(field, "is required")
    if value > today:
        raise ValidationError(field, "is in the future")
    if value.year < 1900:
        raise ValidationError(field, "is before 1900")
    return value
