"""Translated names of the domain vocabulary, and local-time / locale helpers for the editors.

Stored values stay the enum values; only what the user reads goes through Qt's translation.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone
from PySide6.QtWidgets import QComboBox, QPushButton, QWidget

from mesodesk.gui.labels import labels_of


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


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


def fill_combo(combo: QComboBox, labels: dict[str, str], *, blank: str | None = None) -> None:
    """Items showing the translated label with the stored value as item data."""
    combo.clear()
    if blank is not None:
        combo.addItem(blank, "")
    for value, text in labels.items():
        combo.addItem(text, str(value))


def select_data(combo: QComboBox, value: object) -> bool:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
    return index >= 0


# -- time and numbers ------------------------------------------------------------------
def to_utc(value: QDateTime) -> datetime:
    """A local QDateTime from an editor as an aware UTC datetime for the services."""
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)


def to_local_qdatetime(value: datetime | None = None) -> QDateTime:
    """An aware datetime (or now) as local QDateTime, to the minute."""
    if value is None:
        value = datetime.now(UTC)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    qdt = QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone.systemTimeZone())
    return QDateTime(qdt.date(), QTime(qdt.time().hour(), qdt.time().minute()), QTimeZone.systemTimeZone())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


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


def patient_banner(patient: object) -> str:
    """'O'CONNOR Hélène · MD-000001 · born 03/02/1980': who a dialog is about, to avoid the wrong patient."""
    return (
        _t("%1 %2 · %3 · born %4")
        .replace("%1", getattr(patient, "last_name", "").upper())
        .replace("%2", getattr(patient, "first_name", ""))
        .replace("%3", getattr(patient, "file_no", ""))
        .replace("%4", fmt_date(getattr(patient, "date_of_birth", None)))
    )


def set_default_button(dialog: QWidget, default: QPushButton | None) -> None:
    """Only ``default`` (or no button) reacts to Enter typed in a field: a stray Enter must not click
    "New product" or save a whole session half-typed."""
    for button in dialog.findChildren(QPushButton):
        button.setAutoDefault(False)
        button.setDefault(False)
    if default is not None:
        default.setAutoDefault(True)
        default.setDefault(True)
