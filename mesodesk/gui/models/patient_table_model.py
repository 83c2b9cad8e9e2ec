"""The patient list beside the search box: at most a few hundred search hits at a time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from mesodesk.gui import theme
from mesodesk.gui.i18n import QT_TRANSLATE_NOOP, format_date
from mesodesk.gui.models.base_table_model import RowTableModel
from mesodesk.services.patients import SearchHit


class PatientTableModel(RowTableModel[SearchHit]):
    """Rows are the service's SearchHit objects (``services.patients.search``)."""

    COL_NAME = 0
    COL_BORN = 1
    COL_FILE_NO = 2
    COL_PHONE = 3
    HEADERS = (
        QT_TRANSLATE_NOOP("PatientTableModel", "Name"),
        QT_TRANSLATE_NOOP("PatientTableModel", "Born"),
        QT_TRANSLATE_NOOP("PatientTableModel", "File no."),
        QT_TRANSLATE_NOOP("PatientTableModel", "Phone"),
    )

    def display(self, row: SearchHit, column: int) -> Any:
        if column == self.COL_NAME:
            name = f"{row.last_name}, {row.first_name}" if row.first_name else row.last_name
            return name + (self.tr(" (archived)") if row.archived else "")
        if column == self.COL_BORN:
            return format_date(row.date_of_birth)
        if column == self.COL_FILE_NO:
            return row.file_no
        if column == self.COL_PHONE:
            return row.phone
        return None

    def foreground(self, row: SearchHit, column: int) -> Any:
        return theme.color("muted") if row.archived else None

    def font(self, row: SearchHit, column: int) -> Any:
        if row.archived:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignLeft

    def row_of_patient(self, patient_id: int) -> int:
        return self.find_row(lambda hit: hit.id == patient_id)
