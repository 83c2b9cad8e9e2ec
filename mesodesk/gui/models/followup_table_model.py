"""The follow-up call list: rows are the service's DueItem objects."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from mesodesk.gui import theme
from mesodesk.gui.i18n import QT_TRANSLATE_NOOP, format_date
from mesodesk.gui.labels import followup_label, label
from mesodesk.gui.models.base_table_model import RowTableModel
from mesodesk.services.followups import DueItem


class FollowUpTableModel(RowTableModel[DueItem]):
    COL_DUE = 0
    COL_PATIENT = 1
    COL_PHONE = 2
    COL_KIND = 3
    COL_ATTEMPTS = 4
    COL_NOTES = 5
    HEADERS = (
        QT_TRANSLATE_NOOP("FollowUpTableModel", "Due"),
        QT_TRANSLATE_NOOP("FollowUpTableModel", "Patient"),
        QT_TRANSLATE_NOOP("FollowUpTableModel", "Phone"),
        QT_TRANSLATE_NOOP("FollowUpTableModel", "Follow-up"),
        QT_TRANSLATE_NOOP("FollowUpTableModel", "Calls"),
        QT_TRANSLATE_NOOP("FollowUpTableModel", "Notes"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = date.today()

    def row_id(self, row: DueItem) -> int | None:
        return row.follow_up_id

    def display(self, row: DueItem, column: int) -> Any:
        if column == self.COL_DUE:
            return format_date(row.due_date)
        if column == self.COL_PATIENT:
            return f"{row.patient_name} · {row.file_no}"
        if column == self.COL_PHONE:
            return row.phone
        if column == self.COL_KIND:
            return followup_label(row.kind)
        if column == self.COL_ATTEMPTS:
            if not row.attempts:
                return self.tr("not called yet")
            return (
                QCoreApplication.translate("FollowUpTableModel", "%n call(s)", None, row.attempts)
                + " · "
                + label("outcome", row.last_outcome)
            )
        if column == self.COL_NOTES:
            return " ".join(row.notes.split())
        return None

    def foreground(self, row: DueItem, column: int) -> Any:
        if column == self.COL_DUE and row.due_date < self.today:
            return theme.color("error")
        return None

    def tooltip(self, row: DueItem, column: int) -> str | None:
        return row.notes or None
