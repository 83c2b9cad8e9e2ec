"""The treated areas of a session being edited: one row per area."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt

from mesodesk.domain.rules import TYPICAL_DEPTH_MM
from mesodesk.gui import theme
from mesodesk.gui import vocabulary as L
from mesodesk.gui.models.base_table_model import Index
from mesodesk.gui.models.editable_table_model import EditableRowTableModel
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


class SessionAreasModel(EditableRowTableModel[AreaInput]):
    """Editable rows of AreaInput; a cell named by a ValidationError can be highlighted."""

    COLUMN_COUNT = COLUMN_COUNT
    EDITABLE_COLUMNS = frozenset(FIELDS)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._error_cell: tuple[int, int] | None = None

    # -- rows ----------------------------------------------------------------
    def set_rows(self, rows: list[AreaInput]) -> None:
        self._error_cell = None
        self._reset_rows([replace(r) for r in rows])

    def rows(self) -> list[AreaInput]:
        return [replace(r) for r in self._rows]

    def add_row(self, row: AreaInput | None = None) -> int:
        if row is None:
            row = (
                replace(self._rows[-1])
                if self._rows
                else AreaInput(area="full_face", injection_points=20, volume_ml=2.0)
            )
        return self._append_row(row)

    def remove_row(self, row: int) -> bool:
        if not super().remove_row(row):
            return False
        self.clear_error()
        return True

    def set_error(self, row: int, field: str) -> QModelIndex:
        """Highlight the cell named by a service error ('depth_mm' of row 0); returns its index."""
        col = COLUMN_OF_FIELD.get(field, COL_AREA)
        self._error_cell = (row, col)
        index = self.index(row, col)
        self._row_changed(row)
        return index

    def clear_error(self) -> None:
        if self._error_cell is not None:
            row = self._error_cell[0]
            self._error_cell = None
            if row < len(self._rows):
                self._row_changed(row)

    def error_cell(self) -> tuple[int, int] | None:
        return self._error_cell

    # -- Qt model ------------------------------------------------------------
    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("SessionAreasModel", "Area"),
            QCoreApplication.translate("SessionAreasModel", "Technique"),
            QCoreApplication.translate("SessionAreasModel", "Device"),
            QCoreApplication.translate("SessionAreasModel", "Needle (G)"),
            QCoreApplication.translate("SessionAreasModel", "Length (mm)"),
            QCoreApplication.translate("SessionAreasModel", "Depth (mm)"),
            QCoreApplication.translate("SessionAreasModel", "Points"),
            QCoreApplication.translate("SessionAreasModel", "Volume (ml)"),
        ]

    def header_tooltips(self) -> list[str]:
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
            QCoreApplication.translate("SessionAreasModel", "Volume injected in this area, in millilitres"),
        ]

    def cell(self, row: AreaInput, index: Index, role: int) -> Any:
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

    def set_cell(self, row: AreaInput, index: Index, value: Any) -> bool:
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
        return True
