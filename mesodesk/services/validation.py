"""Field checks at the service boundary: the one place where input is type-checked, range-checked and
normalised. Each failure is a ValidationError naming its field (never a TypeError or an OverflowError).

* Text is normalised to NFC and stripped; control characters (C0, DEL, C1), terminal escapes, bidi
  overrides and isolates are refused, and so is text made only of invisible characters. Multi-line fields
  (notes: ``multiline=True``, the default for fields allowed 1,000 characters or more) keep line breaks
  and tabs (a Windows line break is stored as a plain one).
* Numbers must be real numbers (a bool is not one), finite and inside the range given.
* Dates must be dates (a datetime or a string is refused), date-times must carry a time zone.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any, Literal, TypeVar, overload

from mesodesk.domain.errors import ValidationError
from mesodesk.domain.rules import (
    EARLIEST_DATE,
    FOLLOW_UP_YEARS,
    MAX_NAME_LENGTH,
    MAX_NOTE_LENGTH,
    MAX_RECORD_ID,
    SESSION_FUTURE_TOLERANCE,
)

T = TypeVar("T")

#: Fields at least this long hold several lines (notes, addresses, reasons) unless told otherwise.
MULTILINE_FROM_LENGTH = 1000
ESC = "\x1b"
#: Bidi embeddings, overrides (U+202A–U+202E) and isolates (U+2066–U+2069): they reorder what is shown.
BIDI_CONTROLS = frozenset(chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)))
#: Characters that show nothing (a name made only of these looks empty but is not).
INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u061c\u180e")
_EDGE_SPACE = " \t\n\r"


def _is_control(ch: str) -> bool:
    code = ord(ch)
    return code < 0x20 or 0x7F <= code <= 0x9F


def _invisible_only(text: str) -> bool:
    return all(ch.isspace() or ch in INVISIBLE or unicodedata.category(ch) == "Cf" for ch in text)


def clean_text(
    field: str,
    value: object,
    *,
    required: bool,
    max_length: int,
    multiline: bool | None = None,
) -> str:
    """The text as stored (NFC, stripped), or a ValidationError saying what is wrong with it."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(field, "must be text")
    if multiline is None:
        multiline = max_length >= MULTILINE_FROM_LENGTH
    text = unicodedata.normalize("NFC", value)
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    body = text.strip(_EDGE_SPACE)
    if "\x00" in body:
        raise ValidationError(field, "contains a NUL character")
    if ESC in body or "\x9b" in body:  # ESC, or the one-byte CSI of C1
        raise ValidationError(field, "contains a terminal escape sequence")
    allowed = "\n\t" if multiline else ""
    for ch in body:
        if _is_control(ch) and ch not in allowed:
            raise ValidationError(field, "contains a control character (U+{code:04X})", code=ord(ch))
        if ch in BIDI_CONTROLS:
            raise ValidationError(field, "contains a text-direction override (U+{code:04X})", code=ord(ch))
        if not multiline and ch in "\u2028\u2029":
            raise ValidationError(field, "must be on one line")
    cleaned = text.strip()
    if cleaned and _invisible_only(cleaned):
        raise ValidationError(field, "contains only invisible characters")
    if required and not cleaned:
        raise ValidationError(field, "is required")
    if len(cleaned) > max_length:
        raise ValidationError(
            field,
            "is too long ({length} characters; at most {maximum})",
            length=len(cleaned),
            maximum=max_length,
        )
    return cleaned


def required_text(
    field: str, value: object, *, max_length: int = MAX_NAME_LENGTH, multiline: bool | None = None
) -> str:
    return clean_text(field, value, required=True, max_length=max_length, multiline=multiline)


def optional_text(
    field: str, value: object, *, max_length: int = MAX_NOTE_LENGTH, multiline: bool | None = None
) -> str:
    return clean_text(field, value, required=False, max_length=max_length, multiline=multiline)


def choice(field: str, value: object, allowed: list[str]) -> str:
    if not isinstance(value, str) or value not in allowed:
        shown = (
            value[:40]
            if isinstance(value, str)
            else value
            if isinstance(value, int | float)
            else type(value).__name__
        )
        raise ValidationError(
            field, "must be one of {allowed} (got {value!r})", allowed=", ".join(allowed), value=shown
        )
    return value


# -- numbers ---------------------------------------------------------------------------------------


def _g(value: float) -> str:
    return f"{value:g}"


@overload
def number(
    field: str,
    value: object,
    *,
    low: float | None = ...,
    high: float | None = ...,
    above: float | None = ...,
    required: Literal[True] = ...,
) -> float: ...
@overload
def number(
    field: str,
    value: object,
    *,
    low: float | None = ...,
    high: float | None = ...,
    above: float | None = ...,
    required: bool,
) -> float | None: ...
def number(
    field: str,
    value: object,
    *,
    low: float | None = None,
    high: float | None = None,
    above: float | None = None,
    required: bool = True,
) -> float | None:
    """A finite real number within [low, high] (or more than ``above``); None only when not required."""
    if value is None:
        if required:
            raise ValidationError(field, "is required")
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(field, "must be a number")
    try:
        result = float(value)
    except OverflowError:  # an int beyond any float
        raise ValidationError(field, "is far too large") from None
    if not math.isfinite(result):
        raise ValidationError(field, "must be a finite number")
    if above is not None and not result > above:
        if high is not None:
            raise ValidationError(
                field, "must be more than {low} and at most {high}", low=_g(above), high=_g(high)
            )
        raise ValidationError(field, "must be more than {low}", low=_g(above))
    if low is not None and result < low or high is not None and result > high:
        if low is not None and high is not None:
            raise ValidationError(field, "must be between {low} and {high}", low=_g(low), high=_g(high))
        if low is not None:
            raise ValidationError(field, "must be at least {minimum}", minimum=_g(low))
        raise ValidationError(field, "must be at most {maximum}", maximum=_g(high or 0))
    return result


@overload
def whole(
    field: str, value: object, *, low: int | None = ..., high: int | None = ..., required: Literal[True] = ...
) -> int: ...
@overload
def whole(
    field: str, value: object, *, low: int | None = ..., high: int | None = ..., required: bool
) -> int | None: ...
def whole(
    field: str, value: object, *, low: int | None = None, high: int | None = None, required: bool = True
) -> int | None:
    """A whole number within [low, high] (an integral float such as 3.0 is taken as 3)."""
    if value is None:
        if required:
            raise ValidationError(field, "is required")
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(field, "must be a whole number")
    if isinstance(value, float):
        if not value.is_integer():
            raise ValidationError(field, "must be a whole number")
        value = int(value)
    assert isinstance(value, int)
    if low is not None and value < low or high is not None and value > high:
        if low is not None and high is not None:
            raise ValidationError(field, "must be between {low} and {high}", low=low, high=high)
        if low is not None:
            raise ValidationError(field, "must be at least {minimum}", minimum=low)
        raise ValidationError(field, "must be at most {maximum}", maximum=high)
    return value


def not_negative(field: str, value: object, *, high: float | None = None) -> float | None:
    """A finite number, 0 or more (None allowed)."""
    return number(field, value, low=0.0, high=high, required=False)


def at_least(field: str, value: object, minimum: int, *, high: int | None = None) -> int | None:
    """A whole number of at least ``minimum`` (None allowed)."""
    return whole(field, value, low=minimum, high=high, required=False)


@overload
def record_id(field: str, value: object, *, required: Literal[True] = ...) -> int: ...
@overload
def record_id(field: str, value: object, *, required: bool) -> int | None: ...
def record_id(field: str, value: object, *, required: bool = True) -> int | None:
    """The id of a record (a positive whole number a database column can hold)."""
    if value is None and not required:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_RECORD_ID:
        raise ValidationError(field, "is not a valid record id")
    return value


def flag(field: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(field, "must be yes or no")
    return value


def binary(field: str, value: object, *, required: bool = False) -> bytes | None:
    if value is None or value == b"":
        if required:
            raise ValidationError(field, "is required")
        return None if value is None else b""
    if not isinstance(value, bytes | bytearray):
        raise ValidationError(field, "must be binary data")
    return bytes(value)


def entries(field: str, value: object, kind: type[T]) -> list[T]:
    """A list (or tuple) whose every entry is a ``kind``."""
    if value is None:
        return []
    if isinstance(value, str | bytes) or not isinstance(value, Sequence):
        raise ValidationError(field, "must be a list")
    for i, item in enumerate(value):
        if not isinstance(item, kind):
            raise ValidationError(f"{field}[{i}]", "is not a valid entry")
    return list(value)


def instance(field: str, value: Any, kind: type[T]) -> T:
    if not isinstance(value, kind):
        raise ValidationError(field, "is not a valid entry")
    return value


# -- dates -----------------------------------------------------------------------------------------


@overload
def day(
    field: str,
    value: object,
    *,
    earliest: date | None = ...,
    latest: date | None = ...,
    required: Literal[True] = ...,
) -> date: ...
@overload
def day(
    field: str,
    value: object,
    *,
    earliest: date | None = ...,
    latest: date | None = ...,
    required: bool,
) -> date | None: ...
def day(
    field: str,
    value: object,
    *,
    earliest: date | None = EARLIEST_DATE,
    latest: date | None = None,
    required: bool = True,
) -> date | None:
    """A calendar date (not a datetime, not a string) within [earliest, latest]."""
    if value is None:
        if required:
            raise ValidationError(field, "is required")
        return None
    if isinstance(value, datetime) or not isinstance(value, date):
        raise ValidationError(field, "must be a date")
    if earliest is not None and value < earliest:
        if earliest == EARLIEST_DATE:
            raise ValidationError(field, "is before 1900")
        raise ValidationError(field, "is before {date}", date=_date(earliest))
    if latest is not None and value > latest:
        raise ValidationError(field, "is after {date}", date=_date(latest))
    return value


def _date(value: date) -> str:
    from mesodesk.i18n import format_date

    return format_date(value, "short")


@overload
def moment(field: str, value: object, *, required: Literal[True] = ...) -> datetime: ...
@overload
def moment(field: str, value: object, *, required: bool) -> datetime | None: ...
def moment(field: str, value: object, *, required: bool = True) -> datetime | None:
    """A date and time with its time zone, from 1900 on."""
    if value is None:
        if required:
            raise ValidationError(field, "is required (with a time zone)")
        return None
    if not isinstance(value, datetime):
        raise ValidationError(field, "must be a date and time")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(field, "needs a time zone")
    try:
        too_early = value < datetime.combine(EARLIEST_DATE, datetime.min.time(), tzinfo=UTC)
    except OverflowError:  # year 1 with a positive offset
        too_early = True
    if too_early:
        raise ValidationError(field, "is before 1900")
    return value


@overload
def recent_moment(field: str, value: object, now: datetime, *, required: Literal[True] = ...) -> datetime: ...
@overload
def recent_moment(field: str, value: object, now: datetime, *, required: bool) -> datetime | None: ...
def recent_moment(field: str, value: object, now: datetime, *, required: bool = True) -> datetime | None:
    """A date and time from 1900 up to a day ahead of now (a session, a reaction)."""
    checked = moment(field, value, required=required)
    if checked is not None and checked > now + SESSION_FUTURE_TOLERANCE:
        raise ValidationError(field, "is more than a day in the future")
    return checked


def past_moment(field: str, value: object, now: datetime) -> datetime:
    """A date and time from 1900 up to now (a signature)."""
    checked = moment(field, value)
    if checked > now:
        raise ValidationError(field, "is in the future")
    return checked


@overload
def past_day(field: str, value: object, today: date, *, required: Literal[True] = ...) -> date: ...
@overload
def past_day(field: str, value: object, today: date, *, required: bool) -> date | None: ...
def past_day(field: str, value: object, today: date, *, required: bool = True) -> date | None:
    """A date from 1900 up to today (received, measured)."""
    checked = day(field, value, required=required)
    if checked is not None and checked > today:
        raise ValidationError(field, "is in the future")
    return checked


@overload
def near_day(field: str, value: object, today: date, *, required: Literal[True] = ...) -> date: ...
@overload
def near_day(field: str, value: object, today: date, *, required: bool) -> date | None: ...
def near_day(field: str, value: object, today: date, *, required: bool = True) -> date | None:
    """A date within ±FOLLOW_UP_YEARS of today (follow-ups, plan starts, recalls)."""
    checked = day(field, value, earliest=None, required=required)
    if checked is not None and not _years_before(today) <= checked <= _years_after(today):
        raise ValidationError(field, "must be within {years} years of today", years=FOLLOW_UP_YEARS)
    return checked


def _years_before(today: date, years: int = FOLLOW_UP_YEARS) -> date:
    return add_years(today, -years)


def _years_after(today: date, years: int = FOLLOW_UP_YEARS) -> date:
    return add_years(today, years)


def add_years(today: date, years: int) -> date:
    try:
        return today.replace(year=today.year + years)
    except ValueError:  # 29 February
        return today.replace(year=today.year + years, day=28)


def birth_date(field: str, value: object, today: date) -> date:
    checked = day(field, value)
    assert checked is not None
    if checked > today:
        raise ValidationError(field, "is in the future")
    return checked
