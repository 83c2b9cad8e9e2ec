"""Dates as people type them, in their locale's order, with or without separators.

"16091964", "16/09/1964", "16.9.64", "16 9 1964" and "1964-09-16" are all 16 September 1964 in a
day-first locale ("dmy"); "09161964" and "9/16/64" are the same in a month-first one ("mdy"). A
two-digit year of a birth date resolves to the century that makes the person ``min_age`` to 110
years old ("05.06.25" is 1925, not 2025); any other two-digit year to the nearest century. Nothing
is guessed silently: a text that is not a date raises ``TypedDateError`` (a ValueError) with the
reason as a message id, rendered in the user's language when shown.
"""

from __future__ import annotations

import re
from datetime import date

from mesodesk.domain.errors import KnownError
from mesodesk.domain.rules import age_on

MAX_AGE = 110
_SPLIT = re.compile(r"\s*[/.\-\s]\s*")


class TypedDateError(KnownError, ValueError):
    """Why a typed text is not a date (``str()`` is the reason in the current language)."""


def order_of(pattern: str) -> str:
    """'dmy', 'mdy' or 'ymd' from a date pattern such as 'dd/MM/yyyy' or 'M/d/yy'."""
    positions = {c: pattern.find(c) for c in "dMy"}
    if -1 in positions.values():
        return "dmy"
    return "".join(sorted(positions, key=positions.__getitem__)).lower()


def _year(yy: int, month: int, day: int, today: date, birth: bool, min_age: int) -> date:
    if birth:
        for century in (today.year // 100 * 100, today.year // 100 * 100 - 100):
            candidate = date(century + yy, month, day)
            if candidate <= today and min_age <= age_on(candidate, today) <= MAX_AGE:
                return candidate
        raise TypedDateError(
            "the year {yy} gives an age under {min_age} or over {max_age}; type four digits",
            yy=f"{yy:02d}",
            min_age=min_age,
            max_age=MAX_AGE,
        )
    candidates = [
        date(c + yy, month, day)
        for c in (today.year // 100 * 100 - 100, today.year // 100 * 100, today.year // 100 * 100 + 100)
    ]
    return min(candidates, key=lambda d: abs((d - today).days))


def parse_typed_date(
    text: str, order: str, today: date, *, birth: bool = False, min_age: int = 18
) -> date | None:
    """The date the text says (None for an empty text); ValueError with the reason otherwise."""
    text = text.strip()
    if not text:
        return None
    if "-" in text and len(text.split("-")[0]) == 4:
        order = "ymd"  # ISO is always understood
    parts = [p for p in _SPLIT.split(text) if p]
    if len(parts) == 1 and parts[0].isdigit():
        digits = parts[0]
        if len(digits) == 8:
            parts = (
                [digits[:4], digits[4:6], digits[6:]]
                if order == "ymd"
                else [digits[:2], digits[2:4], digits[4:]]
            )
        elif len(digits) == 6:
            parts = [digits[:2], digits[2:4], digits[4:]]
        else:
            raise TypedDateError("type the day, month and year (e.g. 16091964 or 16/09/1964)")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        raise TypedDateError("is not a date (e.g. 16/09/1964)")
    if order == "ymd":
        y, m, d = parts
    elif order == "mdy":
        m, d, y = parts
    else:
        d, m, y = parts
    day, month, year = int(d), int(m), int(y)
    if not 1 <= month <= 12:
        raise TypedDateError("has no month {month}", month=month)
    try:
        date(2000, month, day)
    except ValueError:
        raise TypedDateError("has no day {day} in month {month}", day=day, month=month) from None
    if len(y) <= 2:
        return _year(year, month, day, today, birth, min_age)
    if len(y) != 4:
        raise TypedDateError("write the year with four digits")
    try:
        return date(year, month, day)
    except ValueError:
        raise TypedDateError(
            "{day}/{month}/{year} is not a date", day=f"{day:02d}", month=f"{month:02d}", year=year
        ) from None
