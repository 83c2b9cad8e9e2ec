"""Combo-box, local-time and default-button helpers for the editors, with the vocabulary they show.

The translated vocabulary and the number/date formats live in ``mesodesk.gui.vocabulary`` (the table models
use them too, and models must not import dialogs); they are re-exported here for the dialogs.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime, QTimeZone
from PySide6.QtWidgets import QComboBox, QPushButton, QWidget

from mesodesk.gui.vocabulary import (
    area_labels,
    device_labels,
    fmt_date,
    fmt_datetime,
    fmt_number,
    grade_labels,
    label,
    reaction_labels,
    severity_labels,
    technique_labels,
)

__all__ = [
    "area_labels",
    "device_labels",
    "fill_combo",
    "fmt_date",
    "fmt_datetime",
    "fmt_number",
    "from_qdate",
    "grade_labels",
    "label",
    "patient_banner",
    "reaction_labels",
    "select_data",
    "set_default_button",
    "severity_labels",
    "technique_labels",
    "to_local_qdatetime",
    "to_qdate",
    "to_utc",
]


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


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
