"""A table model over a list of rows shown cell by cell, some of whose columns the user may edit in place.

Subclasses give ``COLUMN_COUNT``, ``headers()`` (and ``header_tooltips()`` if the headers explain
themselves), ``cell(row, index, role)`` for what a cell shows, and, for the columns listed in
``EDITABLE_COLUMNS``, ``set_cell(row, index, value)``, which returns False to refuse a value. The base does
the Qt plumbing: counts, headers, flags (nothing is editable after ``set_read_only(True)``), the check of an
edit and the repaint of the edited row.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from mesodesk.gui.models.base_table_model import Index

R = TypeVar("R")


class EditableRowTableModel(QAbstractTableModel, Generic[R]):
    COLUMN_COUNT: int = 0
    #: Columns the user may edit (unless the model is read-only); none by default.
    EDITABLE_COLUMNS: frozenset[int] = frozenset()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self._read_only = False

    # -- to override ---------------------------------------------------------
    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def header_tooltips(self) -> Sequence[str] | None:
        return None

    def cell(self, row: R, index: Index, role: int) -> Any:
        raise NotImplementedError

    def set_cell(self, row: R, index: Index, value: Any) -> bool:
        return False

    # -- rows ----------------------------------------------------------------
    def _reset_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def _append_row(self, row: R) -> int:
        position = len(self._rows)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.append(row)
        self.endInsertRows()
        return position

    def remove_row(self, row: int) -> bool:
        """Remove the row at this position; False when there is none."""
        if not 0 <= row < len(self._rows):
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        return True

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMN_COUNT - 1))

    def _all_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.COLUMN_COUNT - 1))

    # -- Qt ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = self.header_tooltips()
            return None if tips is None else tips[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():  # the root is not an item
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self._read_only and index.column() in self.EDITABLE_COLUMNS:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self.cell(self._rows[index.row()], index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or not 0 <= index.row() < len(self._rows)
            or self._read_only
            or index.column() not in self.EDITABLE_COLUMNS
        ):
            return False
        if not self.set_cell(self._rows[index.row()], index, value):
            return False
        self._row_changed(index.row())
        return True
