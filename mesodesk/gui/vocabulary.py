"""Translated names of the domain vocabulary and the locale's numbers and dates, for tables and editors.

Stored values stay the enum values; only what the user reads goes through Qt's translation. No widgets
here: the table models use it as well as the dialogs (``mesodesk.gui.dialogs.editor_labels`` re-exports it).
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QLocale

from mesodesk.gui.labels import labels_of


def area_labels() -> dict[str, str]:
    return labels_of("area")


def technique_labels() -> dict[str, str]:
    return labels_of("technique")


def device_labels() -> dict[str, str]:
    return labels_of("device")


def reaction_labels() -> dict[str, str]:
    return labels_of("reaction")


def grade_labels() -> dict[str, str]:
    return labels_of("grade")


def severity_labels() -> dict[str, str]:
    return labels_of("severity")


def label(labels: dict[str, str], value: str | None) -> str:
    if not value:
        return ""
    return labels.get(value, value.replace("_", " ").capitalize())


def fmt_date(value: date | None, long: bool = False) -> str:
    """One date format across the application (see mesodesk.gui.i18n)."""
    from mesodesk.gui.i18n import format_date

    return format_date(value, long)


def fmt_datetime(value: datetime | None) -> str:
    from mesodesk.gui.i18n import format_datetime

    return format_datetime(value)


def fmt_number(value: float | int | None, decimals: int = 1) -> str:
    if value is None:
        return ""
    if isinstance(value, int) or float(value).is_integer() and decimals == 0:
        return QLocale().toString(int(value))
    text = QLocale().toString(float(value), "f", decimals)
    return text
