"""The treated areas of a session being edited: one row per area."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from mesodesk.domain.rules import TYPICAL_DEPTH_MM
from mesodesk.gui import theme
from mesodesk.gui.dialogs import editor_labels as L
from mesodesk.services.sessions import AreaInput

COL_AREA, COL_TECHNIQUE, COL_DEVICE, COL_GAUGE, COL_LENGTH, COL_DEPTH, COL_POINTS, COL_VOLUME = range(8)
COLUMN_COUNT = 8

#: AreaInput attribute edited in each column.
FIELDS = {
    COL_AREA: "area",
    COL_TECHNIQUE: "technique",
    COL_DEVICE: "device",
    COL_GAUGE: "needle_gauge",
    COL_LENGTH: "needle_length_mm",
    COL_DEPTH: "depth_mm",
    COL_POINTS: "injection_points",
    COL_VOLUME: "volume_ml",
}
COLUMN_OF_FIELD = {name: col for col, name in FIELDS.items()}


Index = QModelIndex | QPersistentModelIndex


class SessionAreasModel(QAbstractTableModel):
    """Editable rows of AreaInput; a cell named by a ValidationError can be highlighted."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AreaInput] = []
        self._error_cell: tuple[int, int] | None = None
        self._read_only = False

    # -- rows ----------------------------------------------------------------
    def set_rows(self, rows: list[AreaInput]) -> None:
        self.beginResetModel()
        self._rows = [replace(r) for r in rows]
        self._error_cell = None
        self.endResetModel()

    def rows(self) -> list[AreaInput]:
        return [replace(r) for r in self._rows]

    def add_row(self, row: AreaInput | None = None) -> int:
        if row is None:
            row = (
                replace(self._rows[-1])
                if self._rows
                else AreaInput(area="full_face", injection_points=20, volume_ml=2.0)
            )
        position = len(self._rows)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.append(row)
        self.endInsertRows()
        return position

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
            self.clear_error()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only

    def set_error(self, row: int, field: str) -> QModelIndex:
        """Highlight the cell named by a service error ('depth_mm' of row 0); returns its index."""
        col = COLUMN_OF_FIELD.get(field, COL_AREA)
        self._error_cell = (row, col)
        index = self.index(row, col)
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))
        return index

    def clear_error(self) -> None:
        if self._error_cell is not None:
            row = self._error_cell[0]
            self._error_cell = None
            if row < len(self._rows):
                self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))

    def error_cell(self) -> tuple[int, int] | None:
        return self._error_cell

    # -- Qt model ------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                QCoreApplication.translate("SessionAreasModel", "Area"),
                QCoreApplication.translate("SessionAreasModel", "Technique"),
                QCoreApplication.translate("SessionAreasModel", "Device"),
                QCoreApplication.translate("SessionAreasModel", "Needle (G)"),
                QCoreApplication.translate("SessionAreasModel", "Length (mm)"),
                QCoreApplication.translate("SessionAreasModel", "Depth (mm)"),
                QCoreApplication.translate("SessionAreasModel", "Points"),
                QCoreApplication.translate("SessionAreasModel", "Volume (ml)"),
            ][section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return [
                QCoreApplication.translate("SessionAreasModel", "Treated area"),
                QCoreApplication.translate("SessionAreasModel", "Injection technique"),
                QCoreApplication.translate("SessionAreasModel", "Injection device"),
                QCoreApplication.translate("SessionAreasModel", "Needle gauge"),
                QCoreApplication.translate("SessionAreasModel", "Needle length in millimetres"),
                QCoreApplication.translate(
                    "SessionAreasModel", "Injection depth in millimetres (usually 1–4 mm)"
                ),
                QCoreApplication.translate("SessionAreasModel", "Number of injection points"),
                QCoreApplication.translate(
                    "SessionAreasModel", "Volume injected in this area, in millilitres"
                ),
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
            if col == COL_AREA:
                return L.label(L.area_labels(), value)
            if col == COL_TECHNIQUE:
                return L.label(L.technique_labels(), value)
            if col == COL_DEVICE:
                return L.label(L.device_labels(), value)
            if col == COL_GAUGE:
                return (
                    QCoreApplication.translate("SessionAreasModel", "%1G").replace("%1", str(value))
                    if value is not None
                    else ""
                )
            if col in (COL_LENGTH, COL_DEPTH):
                return L.fmt_number(value, 1)
            if col == COL_POINTS:
                return L.fmt_number(int(value or 0), 0)
            if col == COL_VOLUME:
                return L.fmt_number(value, 2)
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= COL_GAUGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if self._error_cell == (index.row(), col):
                return theme.brush("error_bg")
            if col == COL_DEPTH and self._unusual_depth(row.depth_mm):
                return theme.brush("warning_bg")
        if role == Qt.ItemDataRole.ForegroundRole and self._error_cell == (index.row(), col):
            return theme.brush("error_strong")
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_DEPTH and self._unusual_depth(row.depth_mm):
            return theme.brush("warning_strong")
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_DEPTH and self._unusual_depth(row.depth_mm):
            low, high = TYPICAL_DEPTH_MM
            return (
                QCoreApplication.translate("SessionAreasModel", "Outside the usual %1–%2 mm for mesotherapy")
                .replace("%1", L.fmt_number(low, 0))
                .replace("%2", L.fmt_number(high, 0))
            )
        return None

    @staticmethod
    def _unusual_depth(depth: float | None) -> bool:
        low, high = TYPICAL_DEPTH_MM
        return depth is not None and not low <= depth <= high

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._read_only:
            return False
        row = self._rows[index.row()]
        col = index.column()
        try:
            if col in (COL_GAUGE, COL_POINTS):
                value = int(value)
            elif col in (COL_LENGTH, COL_DEPTH, COL_VOLUME):
                value = round(float(value), 2)
            else:
                value = str(value)
        except (TypeError, ValueError):
            return False
        setattr(row, FIELDS[col], value)
        if self._error_cell is not None and self._error_cell[0] == index.row():
            self._error_cell = None
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), COLUMN_COUNT - 1))
        return True
