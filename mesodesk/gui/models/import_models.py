"""The tables of the patient import wizard: a preview of the file as mapped, and what is wrong with it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor

from mesodesk.gui import theme
from mesodesk.gui.i18n import QT_TRANSLATE_NOOP
from mesodesk.gui.models.base_table_model import Index, RowTableModel
from mesodesk.interop.csv_import import FIELD_LABELS
from mesodesk.services.patient_import import ImportResult

#: A preview row: the file's row number and its cells (text, or a date from a workbook).
PreviewRow = tuple[int, list[Any]]
#: A problem: the file's row number, the field's label, what is wrong.
IssueRow = tuple[int, str, str]


def field_label(field: str) -> str:
    """The translated label of a patient field (literal strings, so that lupdate finds them)."""
    labels = {
        "file_no": QCoreApplication.translate("ImportWizard", "File number"),
        "last_name": QCoreApplication.translate("ImportWizard", "Last name"),
        "first_name": QCoreApplication.translate("ImportWizard", "First name"),
        "date_of_birth": QCoreApplication.translate("ImportWizard", "Date of birth"),
        "sex": QCoreApplication.translate("ImportWizard", "Sex"),
        "phone": QCoreApplication.translate("ImportWizard", "Phone"),
        "email": QCoreApplication.translate("ImportWizard", "E-mail"),
        "address": QCoreApplication.translate("ImportWizard", "Address"),
        "fitzpatrick": QCoreApplication.translate("ImportWizard", "Skin type (Fitzpatrick)"),
        "contraindications": QCoreApplication.translate("ImportWizard", "Contraindications"),
        "notes": QCoreApplication.translate("ImportWizard", "Notes"),
        "registered_on": QCoreApplication.translate("ImportWizard", "Registered on"),
        "mapping": QCoreApplication.translate("ImportWizard", "Columns"),
        "date_order": QCoreApplication.translate("ImportWizard", "Date order"),
    }
    return labels.get(field, FIELD_LABELS.get(field, field))


def _text(value: Any) -> str:
    return value.isoformat() if hasattr(value, "isoformat") else str(value)  # date cells of a workbook


class PreviewTableModel(RowTableModel[PreviewRow]):
    """The first rows of the file, one column per file column; headers show the mapping."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._mapping: list[str] = []

    def set_table(self, headers: list[str], mapping: list[str], rows: list[PreviewRow]) -> None:
        self.beginResetModel()
        self._headers, self._mapping, self._rows = list(headers), list(mapping), list(rows)
        self.endResetModel()

    def set_mapping(self, mapping: list[str]) -> None:
        self._mapping = list(mapping)
        if self._headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)

    def _cell_text(self, row: PreviewRow, column: int) -> str:
        cells = row[1]
        return _text(cells[column]) if column < len(cells) else ""

    def display(self, row: PreviewRow, column: int) -> str:
        return self._cell_text(row, column).replace("\r\n", " ⏎ ").replace("\n", " ⏎ ")

    def tooltip(self, row: PreviewRow, column: int) -> str | None:
        return self._cell_text(row, column) or None

    def foreground(self, row: PreviewRow, column: int) -> QColor | None:
        return None if self._mapping[column] else theme.color("muted")  # a column that is not imported

    def row_id(self, row: PreviewRow) -> int | None:
        return None

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(self._rows[section][0]) if 0 <= section < len(self._rows) else None
        if 0 <= section < len(self._headers):
            target = self._mapping[section] if section < len(self._mapping) else ""
            label = field_label(target) if target else self.tr("not imported")
            return f"{self._headers[section]}\n→ {label}"
        return None


class IssueTableModel(RowTableModel[IssueRow]):
    """Problems and possible duplicates of the file: row, field, what is wrong."""

    COL_ROW, COL_FIELD, COL_MESSAGE = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("IssueTableModel", "Row"),
        QT_TRANSLATE_NOOP("IssueTableModel", "Field"),
        QT_TRANSLATE_NOOP("IssueTableModel", "Problem"),
    )

    def set_result(self, result: ImportResult) -> None:
        rows = [(p.row, field_label(p.field), p.message) for p in result.problems]
        rows += [(d.row, self.tr("possible duplicate"), str(d).split(": ", 1)[-1]) for d in result.duplicates]
        self.set_rows(sorted(rows, key=lambda r: r[0]))

    def display(self, row: IssueRow, column: int) -> str:
        return str(row[column])

    def tooltip(self, row: IssueRow, column: int) -> str | None:
        return str(row[column])

    def row_id(self, row: IssueRow) -> int | None:
        return None
