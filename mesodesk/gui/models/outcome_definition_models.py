"""Table models of the outcome definitions dialog: the registry's list, and the editable items, anchor
wordings and bands of a scale being defined."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt

from mesodesk.domain.scales import Scale
from mesodesk.gui import theme
from mesodesk.gui import vocabulary as L
from mesodesk.gui.models.base_table_model import Index, RowTableModel
from mesodesk.services.outcomes import Definition


def origin_text(definition: Definition) -> str:
    if definition.builtin:
        return QCoreApplication.translate("OutcomeDefinitions", "Built-in")
    return (
        QCoreApplication.translate("OutcomeDefinitions", "The clinic's own, retired")
        if definition.retired
        else QCoreApplication.translate("OutcomeDefinitions", "The clinic's own")
    )


def range_text(definition: Definition) -> str:
    """'0–15 points, 5 items' for a scale, the unit (and range) for a measure."""
    instrument = definition.instrument
    if isinstance(instrument, Scale):
        text = (
            QCoreApplication.translate("OutcomeDefinitions", "%1–%2 points")
            .replace("%1", str(instrument.minimum))
            .replace("%2", str(instrument.maximum))
        )
        if len(instrument.items) > 1:
            text += ", " + QCoreApplication.translate(
                "OutcomeDefinitions", "%n item(s)", "", len(instrument.items)
            )
        return text
    low, high = getattr(instrument, "minimum", None), getattr(instrument, "maximum", None)
    if low is None and high is None:
        return instrument.unit
    low_text = short_number(low) if low is not None else "…"
    high_text = short_number(high) if high is not None else "…"
    return f"{instrument.unit} ({low_text}–{high_text})"


def short_number(value: float | None) -> str:
    """12 as "12", 12.5 as "12.5", 0.25 as "0.25" (in the user's locale)."""
    if value is None:
        return ""
    if float(value).is_integer():
        return L.fmt_number(int(value), 0)
    return L.fmt_number(value, 1 if float(value * 10).is_integer() else 2)


class DefinitionsTableModel(RowTableModel[Definition]):
    """Every scale and measure of the registry (``Definition`` rows of ``OutcomeService.definitions``)."""

    COL_NAME, COL_KIND, COL_RANGE, COL_ORIGIN = range(4)
    HEADERS = (
        str(QT_TRANSLATE_NOOP("DefinitionsTableModel", "Name")),
        str(QT_TRANSLATE_NOOP("DefinitionsTableModel", "Kind")),
        str(QT_TRANSLATE_NOOP("DefinitionsTableModel", "Range or unit")),
        str(QT_TRANSLATE_NOOP("DefinitionsTableModel", "Origin")),
    )

    def display(self, row: Definition, column: int) -> Any:
        if column == self.COL_NAME:
            return row.instrument.name
        if column == self.COL_KIND:
            return (
                QCoreApplication.translate("OutcomeDefinitions", "Scale")
                if row.kind == "scale"
                else QCoreApplication.translate("OutcomeDefinitions", "Measure")
            )
        if column == self.COL_RANGE:
            return range_text(row)
        return origin_text(row)

    def row_id(self, row: Definition) -> int | None:
        return None

    def tooltip(self, row: Definition, column: int) -> str | None:
        return row.instrument.name if column == self.COL_NAME else None

    def foreground(self, row: Definition, column: int) -> Any:
        return theme.brush("muted") if row.retired else None

    def row_of(self, code: str) -> int:
        return self.find_row(lambda d: d.code == code)


class EditableRowsModel(RowTableModel[list[Any]]):
    """Rows of plain values typed into a table; ``KINDS`` says how each column is read ("text", "int",
    "float"). A cell named by a service error can be highlighted with ``set_error``."""

    KINDS: Sequence[str] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._error_cell: tuple[int, int] | None = None

    def set_rows(self, rows: Sequence[list[Any]]) -> None:
        self._error_cell = None
        super().set_rows([list(r) for r in rows])

    def values(self) -> list[list[Any]]:
        return [list(r) for r in self._rows]

    def add_row(self, row: list[Any]) -> int:
        position = len(self._rows)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.append(list(row))
        self.endInsertRows()
        return position

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
            self.clear_error()

    def set_error(self, row: int, column: int) -> QModelIndex:
        self.clear_error()
        self._error_cell = (row, column)
        index = self.index(row, column)
        self.dataChanged.emit(index, index)
        return index

    def clear_error(self) -> None:
        if self._error_cell is not None:
            row, column = self._error_cell
            self._error_cell = None
            index = self.index(row, column)
            if index.isValid():
                self.dataChanged.emit(index, index)

    def error_cell(self) -> tuple[int, int] | None:
        return self._error_cell

    def display(self, row: list[Any], column: int) -> Any:
        value = row[column]
        if self.KINDS[column] == "float":
            return short_number(value)
        return value

    def editable(self, column: int) -> bool:
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.editable(index.column()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignRight if self.KINDS[column] != "text" else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and 0 <= index.row() < len(self._rows):
            if role == Qt.ItemDataRole.EditRole:
                return self._rows[index.row()][index.column()]
            if self._error_cell == (index.row(), index.column()):
                if role == Qt.ItemDataRole.BackgroundRole:
                    return theme.brush("error_bg")
                if role == Qt.ItemDataRole.ForegroundRole:
                    return theme.brush("error_strong")
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self.editable(index.column()):
            return False
        kind = self.KINDS[index.column()]
        try:
            value = int(value) if kind == "int" else float(value) if kind == "float" else str(value).strip()
        except (TypeError, ValueError):
            return False
        self._rows[index.row()][index.column()] = value
        if self._error_cell == (index.row(), index.column()):
            self._error_cell = None
        self.dataChanged.emit(index, index)
        return True


class ScaleItemsModel(EditableRowsModel):
    """The items of a scale being defined: [label, min, max, {value: anchor wording}]."""

    COL_LABEL, COL_MIN, COL_MAX = range(3)
    HEADERS = (
        str(QT_TRANSLATE_NOOP("ScaleItemsModel", "Item")),
        str(QT_TRANSLATE_NOOP("ScaleItemsModel", "Min")),
        str(QT_TRANSLATE_NOOP("ScaleItemsModel", "Max")),
    )
    KINDS = ("text", "int", "int")

    def anchors(self, row: int) -> dict[int, str]:
        return self._rows[row][3] if 0 <= row < len(self._rows) else {}


class AnchorsModel(EditableRowsModel):
    """The anchor wording of each score of one item: [score, wording]; written back into the item."""

    COL_SCORE, COL_WORDING = range(2)
    HEADERS = (
        str(QT_TRANSLATE_NOOP("AnchorsModel", "Score")),
        str(QT_TRANSLATE_NOOP("AnchorsModel", "Wording")),
    )
    KINDS = ("int", "text")
    #: Anchor wording is offered for items of at most this many scores (a 0-100 scale has none).
    MOST = 21

    def __init__(self, items: ScaleItemsModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._items = items
        self._item = -1

    def show_item(self, row: int) -> None:
        self._item = row
        values = self._items.row_at(row)
        if values is None or not isinstance(values[1], int) or not isinstance(values[2], int):
            self.set_rows([])
            return
        low, high = values[1], values[2]
        wording = values[3]
        scores = range(low, high + 1) if 0 < high - low + 1 <= self.MOST else range(0)
        self.set_rows([[score, wording.get(score, "")] for score in scores])

    def item(self) -> int:
        return self._item

    def editable(self, column: int) -> bool:
        return column == self.COL_WORDING

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not super().setData(index, value, role):
            return False
        values = self._items.row_at(self._item)
        if values is not None:
            score, wording = self._rows[index.row()]
            if wording:
                values[3][score] = wording
            else:
                values[3].pop(score, None)
        return True


class BandsModel(EditableRowsModel):
    """Severity bands of a scale's total: [from, to, label]."""

    COL_LOW, COL_HIGH, COL_LABEL = range(3)
    HEADERS = (
        str(QT_TRANSLATE_NOOP("BandsModel", "From")),
        str(QT_TRANSLATE_NOOP("BandsModel", "To")),
        str(QT_TRANSLATE_NOOP("BandsModel", "Label")),
    )
    KINDS = ("float", "float", "text")
