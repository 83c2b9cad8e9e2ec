"""Graded assessments of a reaction over the following days (day 0, 1, 3, 7 …)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from mesodesk.gui import theme
from mesodesk.gui.dialogs import editor_labels as L
from mesodesk.services.reactions import AssessmentInput

COL_DAY, COL_SYMPTOM, COL_GRADE, COL_NOTES = range(4)
COLUMN_COUNT = 4
USUAL_DAYS = (0, 1, 3, 7, 14, 21, 28)
FIELDS = {COL_DAY: "day", COL_SYMPTOM: "symptom", COL_GRADE: "grade", COL_NOTES: "notes"}
GRADE_COLOURS = {"none": "success", "mild": "success_mild", "moderate": "warning", "severe": "error_strong"}

Index = QModelIndex | QPersistentModelIndex


class ReactionAssessmentsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AssessmentInput] = []
        self._error_row: int | None = None
        self._read_only = False

    def set_rows(self, rows: list[AssessmentInput]) -> None:
        self.beginResetModel()
        self._rows = [replace(r) for r in rows]
        self._error_row = None
        self.endResetModel()

    def rows(self) -> list[AssessmentInput]:
        return [replace(r) for r in self._rows]

    def add_row(self, symptom: str, grade: str = "mild", day0_grade: str | None = None) -> int:
        """A new row on the next usual day after the last one graded for this symptom; a day-0 row takes
        ``day0_grade`` (the reaction's severity) when given."""
        days = [r.day for r in self._rows if r.symptom == symptom]
        last = max(days, default=-1)
        day = next((d for d in USUAL_DAYS if d > last), last + 7)
        if day == 0 and day0_grade:
            grade = day0_grade
        position = len(self._rows)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.append(AssessmentInput(day, symptom, grade))
        self.endInsertRows()
        return position

    def follow_severity(self, old: str, new: str) -> None:
        """Day-0 grades still equal to the old severity follow the new one (the user did not set them)."""
        for i, r in enumerate(self._rows):
            if r.day == 0 and r.grade == old:
                r.grade = new
                self.dataChanged.emit(self.index(i, 0), self.index(i, COLUMN_COUNT - 1))

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def set_error_row(self, row: int | None) -> None:
        self._error_row = row
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COLUMN_COUNT - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [
                QCoreApplication.translate("ReactionAssessmentsModel", "Day"),
                QCoreApplication.translate("ReactionAssessmentsModel", "Symptom"),
                QCoreApplication.translate("ReactionAssessmentsModel", "Grade"),
                QCoreApplication.translate("ReactionAssessmentsModel", "Notes"),
            ][section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base if self._read_only else base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        value = getattr(row, FIELDS[col])
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_DAY:
                return QCoreApplication.translate("ReactionAssessmentsModel", "Day %1").replace(
                    "%1", L.fmt_number(int(value), 0)
                )
            if col == COL_SYMPTOM:
                return L.label(L.reaction_labels(), value)
            if col == COL_GRADE:
                return L.label(L.grade_labels(), value)
            return value
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_GRADE:
            return theme.brush(GRADE_COLOURS.get(row.grade, "Text"))
        if role == Qt.ItemDataRole.BackgroundRole and self._error_row == index.row():
            return theme.brush("error_bg")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._read_only:
            return False
        col = index.column()
        try:
            value = int(value) if col == COL_DAY else str(value)
        except (TypeError, ValueError):
            return False
        setattr(self._rows[index.row()], FIELDS[col], value)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), COLUMN_COUNT - 1))
        return True
