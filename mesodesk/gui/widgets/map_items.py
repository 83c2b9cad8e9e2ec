"""The injection map's drawing items (numbered badges, zones), its undo command and the shared constants."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QPainter,
    QPainterPath,
    QPen,
    QUndoCommand,
)
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from mesodesk.domain.enums import MarkKind
from mesodesk.gui import theme
from mesodesk.gui.i18n import format_measure
from mesodesk.services.sessions import MarkInput

if TYPE_CHECKING:
    from mesodesk.gui.widgets.injection_map import InjectionMapEditor


DEFAULT_ZONE_RADIUS = 0.06  # of the diagram width
MIN_ZONE_RADIUS = 0.02
MAX_ZONE_RADIUS = 0.5
BADGE_RADIUS = 10.0  # screen pixels, whatever the zoom
DRAG_THRESHOLD = 3  # pixels before a press on a mark becomes a move
PAPER_MARGIN = 14.0
MAX_ZOOM = 4.0

_KIND_ROLE = 0
_INDEX_ROLE = 1


def _diagram_title(name: str) -> str:
    from PySide6.QtCore import QCoreApplication

    titles = {
        "face_front": QCoreApplication.translate("InjectionMap", "Face, front"),
        "face_left": QCoreApplication.translate("InjectionMap", "Face, left side"),
        "face_right": QCoreApplication.translate("InjectionMap", "Face, right side"),
        "neck_decollete": QCoreApplication.translate("InjectionMap", "Neck and décolleté"),
        "scalp": QCoreApplication.translate("InjectionMap", "Scalp, top view"),
        "body_front": QCoreApplication.translate("InjectionMap", "Body, front"),
        "body_back": QCoreApplication.translate("InjectionMap", "Body, back"),
    }
    return titles.get(name, name.replace("_", " ").capitalize())


def _clamp01(value: float) -> float:
    return min(1.0, max(0.0, value))


def _copy(marks: list[MarkInput]) -> list[MarkInput]:
    return [replace(m) for m in marks]


# -- scene items ---------------------------------------------------------------------------------


class _Badge(QGraphicsItem):
    """The numbered disc of a mark; keeps its size on screen at any zoom."""

    def __init__(self, index: int, number: int, zone: bool) -> None:
        super().__init__()
        self.index = index
        self.number = number
        self.zone = zone
        self.selected = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setZValue(10)
        self.setData(_INDEX_ROLE, index)
        self.setCursor(Qt.CursorShape.OpenHandCursor)

    def boundingRect(self) -> QRectF:
        r = BADGE_RADIUS + 5
        return QRectF(-r, -r, 2 * r, 2 * r + 1)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        r = BADGE_RADIUS + 2
        path.addEllipse(QPointF(0, 0), r, r)
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = BADGE_RADIUS
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.color("shadow", 45))
        painter.drawEllipse(QPointF(0, 1.2), r + 0.6, r + 0.6)
        if self.selected:
            painter.setBrush(theme.color("selected"))
            painter.drawEllipse(QPointF(0, 0), r + 4, r + 4)
        painter.setPen(QPen(theme.color("on_accent"), 1.6))
        painter.setBrush(theme.color("mark_dark" if self.zone else "mark"))
        painter.drawEllipse(QPointF(0, 0), r, r)
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(11 if self.number < 10 else 10 if self.number < 100 else 8)
        painter.setFont(font)
        painter.setPen(theme.color("on_accent"))
        painter.drawText(QRectF(-r, -r, 2 * r, 2 * r), Qt.AlignmentFlag.AlignCenter, str(self.number))


class _Zone(QGraphicsEllipseItem):
    """A zone's circle, in diagram coordinates."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index
        self.setZValue(5)
        self.set_selected(False)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_selected(self, selected: bool) -> None:
        pen = QPen(theme.color("selected" if selected else "mark"), 2.0 if selected else 1.6)
        pen.setCosmetic(True)
        pen.setStyle(Qt.PenStyle.SolidLine if selected else Qt.PenStyle.DashLine)
        self.setPen(pen)
        self.setBrush(theme.color("selected", 34) if selected else theme.color("mark", 40))

    def set_circle(self, centre: QPointF, radius: float) -> None:
        self.setRect(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius))


# -- undo ----------------------------------------------------------------------------------------


class _Change(QUndoCommand):
    """Replace the whole list of marks (small lists: simple and exact to undo)."""

    MERGE_ID = 4711

    def __init__(
        self,
        editor: InjectionMapEditor,
        text: str,
        after: list[MarkInput],
        select_after: int | None,
        merge_key: tuple | None = None,
    ) -> None:
        super().__init__(text)
        self._editor = editor
        self._before = _copy(editor._marks)
        self._select_before = editor._selected
        self._after = _copy(after)
        self._select_after = select_after
        self._diagram = editor._diagram
        self._merge_key = merge_key

    def id(self) -> int:
        return self.MERGE_ID if self._merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _Change) or other._merge_key != self._merge_key:
            return False
        self._after = other._after
        self._select_after = other._select_after
        return True

    def redo(self) -> None:
        self._editor._apply(self._after, self._select_after, self._diagram)

    def undo(self) -> None:
        self._editor._apply(self._before, self._select_before, self._diagram)


# -- the canvas ----------------------------------------------------------------------------------


def _tooltip(mark: MarkInput, number: int) -> str:
    from PySide6.QtCore import QCoreApplication

    parts = [
        (
            QCoreApplication.translate("InjectionMap", "Zone %1")
            if mark.kind == MarkKind.ZONE.value
            else QCoreApplication.translate("InjectionMap", "Point %1")
        ).replace("%1", str(number))
    ]
    if mark.depth_mm is not None:
        parts.append(
            QCoreApplication.translate("InjectionMap", "%1 mm deep").replace(
                "%1", format_measure(mark.depth_mm)
            )
        )
    if mark.volume_ml is not None:
        parts.append(
            QCoreApplication.translate("InjectionMap", "%1 ml").replace("%1", format_measure(mark.volume_ml))
        )
    if mark.note:
        parts.append(mark.note)
    return " · ".join(parts)


# -- the editor ----------------------------------------------------------------------------------
