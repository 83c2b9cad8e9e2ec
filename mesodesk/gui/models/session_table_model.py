"""A patient's treatment sessions (a patient may have hundreds), newest first."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt

from mesodesk.domain.rules import TYPICAL_DEPTH_MM
from mesodesk.gui import theme
from mesodesk.gui.i18n import QT_TRANSLATE_NOOP, format_datetime, format_number
from mesodesk.gui.labels import area_label, status_label
from mesodesk.gui.models.base_table_model import RowTableModel

if TYPE_CHECKING:  # the GUI gets these objects from the services, detached
    from mesodesk.db.models import TreatmentSession


class SessionTableModel(RowTableModel["TreatmentSession"]):
    """Rows are TreatmentSession objects as returned in ``services.patients.chart(...).sessions``."""

    COL_DATE = 0
    COL_AREAS = 1
    COL_FORMULA = 2
    COL_DEPTH = 3
    COL_VOLUME = 4
    COL_PRACTITIONER = 5
    COL_STATUS = 6
    HEADERS = (
        QT_TRANSLATE_NOOP("SessionTableModel", "Date"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Areas"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Formula"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Depth (mm)"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Volume (ml)"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Practitioner"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Status"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names: dict[int, str] = {}

    def set_user_names(self, names: dict[int, str]) -> None:
        self._names = dict(names)

    def display(self, row: TreatmentSession, column: int) -> Any:
        if column == self.COL_DATE:
            return format_datetime(row.performed_at)
        if column == self.COL_AREAS:
            return ", ".join(area_label(a.area) for a in row.areas)
        if column == self.COL_FORMULA:
            return row.formula_name + (self.tr(" (custom)") if row.formula_is_custom else "")
        if column == self.COL_DEPTH:
            depths = sorted({a.depth_mm for a in row.areas})
            if not depths:
                return ""
            if len(depths) == 1:
                return format_number(depths[0])
            return f"{format_number(depths[0])}–{format_number(depths[-1])}"
        if column == self.COL_VOLUME:
            return format_number(sum(a.volume_ml for a in row.areas))
        if column == self.COL_PRACTITIONER:
            return self._names.get(row.practitioner_id, "")
        if column == self.COL_STATUS:
            return status_label(row.status)
        return None

    def foreground(self, row: TreatmentSession, column: int) -> Any:
        if column == self.COL_DEPTH and any(
            not TYPICAL_DEPTH_MM[0] <= a.depth_mm <= TYPICAL_DEPTH_MM[1] for a in row.areas
        ):
            return theme.color("warning")
        if column == self.COL_STATUS and row.status == "draft":
            return theme.color("warning")
        if row.status == "void":
            return theme.color("muted")
        return None

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        if column in (self.COL_DEPTH, self.COL_VOLUME):
            return Qt.AlignmentFlag.AlignRight
        return None
