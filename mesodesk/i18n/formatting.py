"""Dates and numbers for documents, per locale, with Babel's CLDR data (no Qt)."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from decimal import Decimal
from functools import cache

from babel import dates as _dates
from babel import numbers as _numbers

from mesodesk.i18n.core import current_language, normalize_language

#: Babel locale used for each language (the clinic's usual country).
_LOCALES = {"en": "en_GB", "fr": "fr_FR", "it": "it_IT", "es": "es_ES", "de": "de_DE"}


def babel_locale(lang: str | None = None) -> str:
    return _LOCALES.get((normalize_language(lang) if lang else None) or current_language(), "en_GB")


@cache
def _decimal_symbol(locale: str) -> str:
    return _numbers.get_decimal_symbol(locale)


def format_date(value: date | None, fmt: str = "medium", *, lang: str | None = None, empty: str = "—") -> str:
    """A date in the language's usual form: "1 Dec 2026", "1 déc. 2026"; "short": 01/12/2026 (English: ISO)."""
    if value is None:
        return empty
    if isinstance(value, datetime):
        value = value.date()
    loc = babel_locale(lang)
    if fmt == "short" and loc.startswith("en"):
        return value.isoformat()  # English documents keep the unambiguous ISO form (2026-12-01)
    if fmt == "short":
        return _short_template(loc).format(d=value.day, m=value.month, y=value.year)
    return _dates.format_date(value, fmt, locale=loc)


@cache
def _short_template(loc: str) -> str:
    """The locale's short date as a str.format template, always dd, MM and a four-digit year.

    (CLDR's short form has two-digit years in some locales: birth dates need four.)
    """
    pattern = _dates.get_date_format("short", locale=loc).pattern
    fields = {"d": "{d:02d}", "M": "{m:02d}", "y": "{y:04d}"}
    literal = re.sub(r"'[^']*'", "", pattern)
    return re.sub(r"d+|M+|y+", lambda m: fields[m.group(0)[0]], literal.replace("{", "{{").replace("}", "}}"))


def format_time(value: time | datetime | None, *, lang: str | None = None, empty: str = "—") -> str:
    if value is None:
        return empty
    if isinstance(value, datetime):
        value = value.time()
    loc = babel_locale(lang)
    if _time_pattern(loc) == "HH:mm":  # every shipped locale: done without Babel's formatter
        return f"{value.hour:02d}:{value.minute:02d}"
    return _dates.format_time(value, "short", locale=loc)


@cache
def _time_pattern(loc: str) -> str:
    return _dates.get_time_format("short", locale=loc).pattern


def format_datetime(
    value: datetime | None, fmt: str = "medium", *, lang: str | None = None, empty: str = "—"
) -> str:
    """Date and time: "1 Dec 2026, 14:30" (the time in 24 hours in every shipped locale)."""
    if value is None:
        return empty
    return f"{format_date(value.date(), fmt, lang=lang)} {format_time(value.time(), lang=lang)}"


def format_decimal(
    value: float | int | Decimal | None,
    *,
    decimals: int = 2,
    trim: bool = True,
    lang: str | None = None,
    empty: str = "—",
) -> str:
    """A number with the locale's decimal separator: 2.5 -> "2,5" in French.

    Trailing zeros are dropped unless `trim` is False (then exactly `decimals` places: "100,0").
    """
    if value is None:
        return empty
    loc = babel_locale(lang)
    if -1000 < value < 1000:  # no grouping: the common case (depths, volumes), done without Babel's parser
        text = f"{value:.{max(decimals, 0)}f}"
        if trim and "." in text:
            text = text.rstrip("0").rstrip(".")
        return text.replace(".", _decimal_symbol(loc))
    pattern = "#,##0" + ("." + ("#" if trim else "0") * decimals if decimals > 0 else "")
    return _numbers.format_decimal(value, format=pattern, locale=loc)


def format_number(value: int | float | None, *, lang: str | None = None, empty: str = "—") -> str:
    """An integer (or a count) with the locale's grouping: 1,234 / 1 234 / 1.234."""
    if value is None:
        return empty
    if isinstance(value, int) and abs(value) < 1000:
        return str(value)
    return _numbers.format_decimal(value, locale=babel_locale(lang))
