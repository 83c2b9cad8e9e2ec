"""Dates and numbers for documents, per locale, with Babel's CLDR data (no Qt)."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

from babel import dates as _dates
from babel import numbers as _numbers

from mesodesk.i18n.core import current_language, normalize_language

#: Babel locale used for each language (the clinic's usual country).
_LOCALES = {"en": "en_GB", "fr": "fr_FR", "it": "it_IT", "es": "es_ES", "de": "de_DE"}


def babel_locale(lang: str | None = None) -> str:
    return _LOCALES.get(normalize_language(lang) or current_language(), "en_GB")


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
        # CLDR's short form has two-digit years in some locales: birth dates need four.
        pattern = _dates.get_date_format("short", locale=loc).pattern
        if "yyyy" not in pattern:
            pattern = pattern.replace("yy", "yyyy")
        if "dd" not in pattern:
            pattern = pattern.replace("d", "dd")
        if "MM" not in pattern:
            pattern = pattern.replace("M", "MM")
        return _dates.format_date(value, pattern, locale=loc)
    return _dates.format_date(value, fmt, locale=loc)


def format_time(value: time | datetime | None, *, lang: str | None = None, empty: str = "—") -> str:
    if value is None:
        return empty
    if isinstance(value, datetime):
        value = value.time()
    return _dates.format_time(value, "short", locale=babel_locale(lang))


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
    pattern = "#,##0" + ("." + ("#" if trim else "0") * decimals if decimals > 0 else "")
    return _numbers.format_decimal(value, format=pattern, locale=babel_locale(lang))


def format_number(value: int | float | None, *, lang: str | None = None, empty: str = "—") -> str:
    """An integer (or a count) with the locale's grouping: 1,234 / 1 234 / 1.234."""
    if value is None:
        return empty
    return _numbers.format_decimal(value, locale=babel_locale(lang))
