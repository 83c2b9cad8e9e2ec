"""Birth dates as spreadsheets write them: never a wrong date, a refusal instead.

- Orders: ``dmy`` (31/12/1980, 31.12.80: most of Europe), ``mdy`` (12/31/1980, 12/31/80: the United
  States, LibreOffice's and Excel's en-US short date) and ``ymd`` (1980-12-31, ISO). A four-digit
  first part is always year first.
- The order of a column is inferred from the whole column (``infer_order``): one value whose first
  part is over 12 proves day first, one whose second part is over 12 proves month first; a column
  with both is refused (mixed orders). A column where every value could be either stays
  ambiguous: the caller then uses the file's language (its headers) or the clinic's locale, says
  so, or asks.
- Two-digit years resolve to the most recent century in which the patient is at least the clinic's
  minimum age (default 18) and at most MAX_AGE (110): "05.06.25" is 1925, not 2025. A value for
  which no century fits is refused.
- Any birth date in the future, or of a patient older than MAX_AGE or younger than the minimum age,
  is refused with the reason (``check_plausible``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from mesodesk.domain.rules import age_on

ORDERS: tuple[str, ...] = ("dmy", "mdy", "ymd")
ORDER_LABELS: dict[str, str] = {
    "dmy": "day/month/year",
    "mdy": "month/day/year",
    "ymd": "year-month-day",
}
MAX_AGE = 110
DEFAULT_MIN_AGE = 18

_THREE = re.compile(
    r"^(\d{1,4})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{1,4})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$"
)


@dataclass(frozen=True)
class OrderGuess:
    """What a column says about its date order."""

    order: str | None  # None: ambiguous (or mixed)
    decided_by: str  # "column", "ambiguous", "mixed", "iso"
    evidence_row: int | None = None  # the row whose value decided it
    other_row: int | None = None  # for "mixed": a row proving the other order


def _parts(text: str) -> tuple[int, int, int, int, int] | None:
    """(a, b, c, len(a), len(c)) for 'a/b/c' (any one of / . - as separator), else None."""
    m = _THREE.match(text.strip())
    if not m:
        return None
    a, _sep, b, c = m.groups()
    return int(a), int(b), int(c), len(a), len(c)


def infer_order(values: Iterable[tuple[int, str]]) -> OrderGuess:
    """The order of a column of (row, text) values, from the whole column."""
    dmy_row = mdy_row = None
    any_ambiguous = False
    any_iso = False
    for row, text in values:
        parts = _parts(text) if isinstance(text, str) else None
        if parts is None:
            continue
        a, b, _c, len_a, _len_c = parts
        if len_a == 4:
            any_iso = True
            continue
        if a > 12 and b <= 12:
            dmy_row = dmy_row or row
        elif b > 12 and a <= 12:
            mdy_row = mdy_row or row
        elif a <= 12 and b <= 12 and a != b:
            any_ambiguous = True
    if dmy_row and mdy_row:
        return OrderGuess(None, "mixed", dmy_row, mdy_row)
    if dmy_row:
        return OrderGuess("dmy", "column", dmy_row)
    if mdy_row:
        return OrderGuess("mdy", "column", mdy_row)
    if any_ambiguous:
        return OrderGuess(None, "ambiguous")
    # every value is ISO, or day == month everywhere: any order reads the same dates
    return OrderGuess("ymd" if any_iso else "dmy", "iso" if any_iso else "column")


def resolve_two_digit_year(yy: int, month: int, day: int, today: date, min_age: int) -> date:
    """The birth date with year yy in the latest century that makes the patient min_age..MAX_AGE."""
    for century in (today.year // 100 * 100, today.year // 100 * 100 - 100, today.year // 100 * 100 - 200):
        try:
            born = date(century + yy, month, day)
        except ValueError:
            raise ValueError(f"is not a valid date: {day:02}/{month:02}/{yy:02}") from None
        if born > today:
            continue
        age = age_on(born, today)
        if age < min_age:
            continue
        if age > MAX_AGE:
            break
        return born
    raise ValueError(
        f"the two-digit year {yy:02} gives a patient younger than {min_age} or older than {MAX_AGE}; "
        "write the year with four digits"
    )


def parse_birth_date(
    value: str | date | datetime,
    order: str,
    today: date,
    min_age: int = DEFAULT_MIN_AGE,
    *,
    check: bool = True,
) -> date:
    """One birth date in the given order (ISO is always accepted); ValueError says why not."""
    if isinstance(value, datetime):
        born = value.date()
    elif isinstance(value, date):
        born = value
    else:
        text = value.strip()
        parts = _parts(text)
        if parts is None:
            raise ValueError(f"is not a date (expected {ORDER_LABELS[order]} or YYYY-MM-DD): {text!r}")
        a, b, c, len_a, len_c = parts
        two_digit = False
        if len_a == 4:
            y, mo, d = a, b, c
        elif len_a > 2 or len_c not in (2, 4) or order == "ymd":
            raise ValueError(f"is not a date in the order {ORDER_LABELS[order]}: {text!r}")
        else:
            d, mo = (a, b) if order == "dmy" else (b, a)
            y = c
            two_digit = len_c == 2
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            hint = ""
            if 1 <= d <= 12 and 1 <= mo <= 31:
                other = "mdy" if order == "dmy" else "dmy"
                hint = f" as {ORDER_LABELS[order]} (is the file {ORDER_LABELS[other]}?)"
            raise ValueError(f"is not a valid date{hint}: {text!r}")
        if two_digit:
            return resolve_two_digit_year(y, mo, d, today, min_age) if check else date(1900 + y, mo, d)
        try:
            born = date(y, mo, d)
        except ValueError:
            raise ValueError(f"is not a valid date: {text!r}") from None
    if check:
        check_plausible(born, today, min_age)
    return born


def check_plausible(born: date, today: date, min_age: int = DEFAULT_MIN_AGE) -> None:
    """ValueError if a patient with this birth date cannot be one of the clinic's patients."""
    if born > today:
        raise ValueError(f"is in the future: {born.isoformat()}")
    age = age_on(born, today)
    if age > MAX_AGE:
        raise ValueError(f"makes the patient {age} years old (over {MAX_AGE}): {born.isoformat()}")
    if age < min_age:
        raise ValueError(
            f"makes the patient {age} years old (the clinic's minimum age is {min_age}): {born.isoformat()}"
        )


__all__ = [
    "ORDERS",
    "ORDER_LABELS",
    "MAX_AGE",
    "DEFAULT_MIN_AGE",
    "OrderGuess",
    "infer_order",
    "parse_birth_date",
    "resolve_two_digit_year",
    "check_plausible",
]
