"""Graded assessments of a reaction over the following days (day 0, 1, 3, 7 …)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from mesodesk.gui import theme
from mesodesk.gui import vocabulary as L
from mesodesk.gui.models.base_table_model import Index
from mesodesk.gui.models.editable_table_model import EditableRowTableModel
from mesodesk.services.reactions import AssessmentInput

COL_DAY, COL_SYMPTOM, COL_GRADE, COL_NOTES = range(4)
COLUMN_COUNT = 4
USUAL_DAYS = (0, 1, 3, 7, 14, 21, 28)
FIELDS = {COL_DAY: "day", COL_SYMPTOM: "symptom", COL_GRADE: "grade", COL_NOTES: "notes"}
GRADE_COLOURS = {"none": "success", "mild": "success_mild", "moderate": "warning", "severe": "error_strong"}


class ReactionAssessmentsModel(EditableRowTableModel[AssessmentInput]):
    COLUMN_COUNT = COLUMN_COUNT
    EDITABLE_COLUMNS = frozenset(FIELDS)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._error_row: int | None = None

    def set_rows(self, rows: list[AssessmentInput]) -> None:
        self._error_row = None
        self._reset_rows([replace(r) for r in rows])

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
        return self._append_row(AssessmentInput(day, symptom, grade))

    def follow_severity(self, old: str, new: str) -> None:
        """Day-0 grades still equal to the old severity follow the new one (the user did not set them)."""
        for i, r in enumerate(self._rows):
            if r.day == 0 and r.grade == old:
                r.grade = new
                self._row_changed(i)

    def set_error_row(self, row: int | None) -> None:
        self._error_row = row
        self._all_changed()

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("ReactionAssessmentsModel", "Day"),
            QCoreApplication.translate("ReactionAssessmentsModel", "Symptom"),
            QCoreApplication.translate("ReactionAssessmentsModel", "Grade"),
            QCoreApplication.translate("ReactionAssessmentsModel", "Notes"),
        ]

    def cell(self, row: AssessmentInput, index: Index, role: int) -> Any:
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

    def set_cell(self, row: AssessmentInput, index: Index, value: Any) -> bool:
        col = index.column()
        try:
            value = int(value) if col == COL_DAY else str(value)
        except (TypeError, ValueError):
            return False
        setattr(row, FIELDS[col], value)
        return True
