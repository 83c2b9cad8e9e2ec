"""Injection maps: numbered points and zones placed on an anatomical diagram, with undo.

``InjectionMapEditor`` is embedded in the session editor; ``InjectionMapView`` is the same
widget, read-only, for the chart. Marks are ``MarkInput`` values: x and y are 0..1 of the
diagram (top-left origin); a zone's radius is a fraction of the diagram's width. Marks are
numbered per diagram in the order they were placed, as in the printed record
(mesodesk.reports.diagrams.diagram_marks).
"""

from __future__ import annotations

import math
from dataclasses import replace

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPen,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtSvgWidgets import QGraphicsSvgItem
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QStyleOptionGraphicsItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.enums import MarkKind
from mesodesk.domain.rules import MAX_DEPTH_MM
from mesodesk.paths import diagram_path
from mesodesk.reports.diagram_shapes import HEIGHT, WIDTH
from mesodesk.reports.diagrams import DIAGRAM_NAMES
from mesodesk.services.sessions import MarkInput

__all__ = ["InjectionMapEditor", "InjectionMapView", "DEFAULT_ZONE_RADIUS"]

MARK_RED = QColor("#b91c1c")
MARK_RED_DARK = QColor("#7f1d1d")
SELECTED = QColor("#2563eb")
ZONE_FILL = QColor(185, 28, 28, 40)
CANVAS_BG = QColor("#eef0f3")
PAPER_EDGE = QColor("#d1d5db")

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
        painter.setBrush(QColor(0, 0, 0, 45))
        painter.drawEllipse(QPointF(0, 1.2), r + 0.6, r + 0.6)
        if self.selected:
            painter.setBrush(SELECTED)
            painter.drawEllipse(QPointF(0, 0), r + 4, r + 4)
        painter.setPen(QPen(QColor("white"), 1.6))
        painter.setBrush(MARK_RED_DARK if self.zone else MARK_RED)
        painter.drawEllipse(QPointF(0, 0), r, r)
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(11 if self.number < 10 else 10 if self.number < 100 else 8)
        painter.setFont(font)
        painter.setPen(QColor("white"))
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
        pen = QPen(SELECTED if selected else MARK_RED, 2.0 if selected else 1.6)
        pen.setCosmetic(True)
        pen.setStyle(Qt.PenStyle.SolidLine if selected else Qt.PenStyle.DashLine)
        self.setPen(pen)
        self.setBrush(QColor(37, 99, 235, 34) if selected else ZONE_FILL)

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


class _MapCanvas(QGraphicsView):
    """Shows one diagram and its marks; turns clicks and drags into editor commands."""

    def __init__(self, editor: InjectionMapEditor) -> None:
        super().__init__()
        self._editor = editor
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
            | QPainter.RenderHint.TextAntialiasing
        )
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundBrush(CANVAS_BG)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(240, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._renderers: dict[str, QSvgRenderer] = {}
        m = PAPER_MARGIN
        self._scene.setSceneRect(QRectF(-m, -m, WIDTH + 2 * m, HEIGHT + 2 * m))
        shadow = QGraphicsRectItem(QRectF(1.5, 2.5, WIDTH, HEIGHT))
        shadow.setPen(Qt.PenStyle.NoPen)
        shadow.setBrush(QColor(0, 0, 0, 22))
        self._scene.addItem(shadow)
        paper = QGraphicsRectItem(QRectF(0, 0, WIDTH, HEIGHT))
        edge = QPen(PAPER_EDGE, 1)
        edge.setCosmetic(True)
        paper.setPen(edge)
        paper.setBrush(QColor("white"))
        self._scene.addItem(paper)
        self._svg = QGraphicsSvgItem()
        self._svg.setZValue(1)
        self._scene.addItem(self._svg)
        self._badges: list[_Badge] = []
        self._zones: list[_Zone] = []
        self._press: QPoint | None = None
        self._drag_index: int | None = None
        self._dragging = False
        self._new_zone: _Zone | None = None
        self._zone_centre = QPointF()
        self._zoom = 1.0

    # geometry: the whole diagram fits the view at zoom 1; the wheel zooms in (up to MAX_ZOOM) about the cursor
    def _fit(self) -> None:
        rect = self._scene.sceneRect()
        if self.viewport().width() <= 0 or rect.isEmpty():
            return
        scale = (
            min(self.viewport().width() / rect.width(), self.viewport().height() / rect.height()) * self._zoom
        )
        self.resetTransform()
        self.scale(scale, scale)
        policy = (
            Qt.ScrollBarPolicy.ScrollBarAsNeeded if self._zoom > 1 else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        self.setHorizontalScrollBarPolicy(policy)
        self.setVerticalScrollBarPolicy(policy)

    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, zoom: float, anchor: QPoint | None = None) -> None:
        zoom = min(MAX_ZOOM, max(1.0, zoom))
        if zoom == self._zoom:
            return
        anchor = anchor if anchor is not None else self.viewport().rect().center()
        before = self.mapToScene(anchor)
        self._zoom = zoom
        self._fit()
        if zoom > 1:
            delta = self.mapToScene(anchor) - before
            self.centerOn(self.mapToScene(self.viewport().rect().center()) - delta)

    def wheelEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        steps = event.angleDelta().y() / 120
        if steps:
            self.set_zoom(self._zoom * 1.25**steps, event.position().toPoint())
        event.accept()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self._fit()

    def sizeHint(self) -> QSize:
        return QSize(400, 500)

    def to_scene(self, x: float, y: float) -> QPointF:
        return QPointF(x * WIDTH, y * HEIGHT)

    def to_unit(self, p: QPointF) -> tuple[float, float]:
        return _clamp01(p.x() / WIDTH), _clamp01(p.y() / HEIGHT)

    def inside(self, p: QPointF) -> bool:
        return 0 <= p.x() <= WIDTH and 0 <= p.y() <= HEIGHT

    # content
    def show_diagram(self, name: str) -> None:
        renderer = self._renderers.get(name)
        if renderer is None:
            renderer = QSvgRenderer(str(diagram_path(name)), self)
            self._renderers[name] = renderer
        self._svg.setSharedRenderer(renderer)
        size = renderer.defaultSize()
        if size.width() > 0:
            self._svg.setScale(WIDTH / size.width())

    def show_marks(self, marks: list[tuple[int, int, MarkInput]], selected: int | None) -> None:
        """(index in the editor's list, number on this diagram, mark)."""
        for item in (*self._badges, *self._zones):
            self._scene.removeItem(item)
        self._badges, self._zones = [], []
        for index, number, mark in marks:
            centre = self.to_scene(mark.x, mark.y)
            zone = mark.kind == MarkKind.ZONE.value
            if zone:
                circle = _Zone(index)
                circle.set_circle(centre, (mark.radius or DEFAULT_ZONE_RADIUS) * WIDTH)
                circle.set_selected(index == selected)
                self._scene.addItem(circle)
                self._zones.append(circle)
            badge = _Badge(index, number, zone)
            badge.selected = index == selected
            badge.setPos(centre)
            badge.setToolTip(_tooltip(mark, number))
            self._scene.addItem(badge)
            self._badges.append(badge)

    def badge_at(self, pos: QPoint) -> _Badge | None:
        for item in self.items(pos):
            if isinstance(item, _Badge):
                return item
        return None

    def badge(self, index: int) -> _Badge | None:
        return next((b for b in self._badges if b.index == index), None)

    def zone(self, index: int) -> _Zone | None:
        return next((z for z in self._zones if z.index == index), None)

    # interaction
    def mousePressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        pos = event.position().toPoint()
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        badge = self.badge_at(pos)
        self._press = pos
        if badge is not None:
            self._editor.select(badge.index)
            if not self._editor.is_read_only():
                self._drag_index = badge.index
                self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            return
        if self._editor.is_read_only():
            self._editor.select(None)
            return
        scene_pos = self.mapToScene(pos)
        if not self.inside(scene_pos):
            self._editor.select(None)
            return
        if self._editor.mode() == MarkKind.ZONE.value:
            self._zone_centre = scene_pos
            self._new_zone = _Zone(-1)
            self._new_zone.set_selected(True)
            self._new_zone.set_circle(scene_pos, MIN_ZONE_RADIUS * WIDTH)
            self._scene.addItem(self._new_zone)
            return
        x, y = self.to_unit(scene_pos)
        self._editor.add_mark(x, y)

    def mouseMoveEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        pos = event.position().toPoint()
        if self._new_zone is not None:
            radius = math.dist(
                (self._zone_centre.x(), self._zone_centre.y()),
                (self.mapToScene(pos).x(), self.mapToScene(pos).y()),
            )
            self._new_zone.set_circle(
                self._zone_centre, min(max(radius, MIN_ZONE_RADIUS * WIDTH), MAX_ZONE_RADIUS * WIDTH)
            )
            return
        if self._drag_index is not None and self._press is not None:
            if not self._dragging and (pos - self._press).manhattanLength() < DRAG_THRESHOLD:
                return
            self._dragging = True
            scene_pos = self._clamped(self.mapToScene(pos))
            if (badge := self.badge(self._drag_index)) is not None:
                badge.setPos(scene_pos)
            if (zone := self.zone(self._drag_index)) is not None:
                r = zone.rect().width() / 2
                zone.set_circle(scene_pos, r)
            return
        if not self._editor.is_read_only():
            over = self.badge_at(pos) is not None
            inside = self.inside(self.mapToScene(pos))
            self.viewport().setCursor(
                Qt.CursorShape.OpenHandCursor
                if over
                else Qt.CursorShape.CrossCursor
                if inside
                else Qt.CursorShape.ArrowCursor
            )
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        pos = event.position().toPoint()
        if self._new_zone is not None:
            zone, self._new_zone = self._new_zone, None
            dragged = self._press is not None and (pos - self._press).manhattanLength() >= DRAG_THRESHOLD
            radius = zone.rect().width() / 2 / WIDTH if dragged else DEFAULT_ZONE_RADIUS
            self._scene.removeItem(zone)
            x, y = self.to_unit(self._zone_centre)
            self._editor.add_mark(x, y, kind=MarkKind.ZONE.value, radius=round(radius, 4))
        elif self._drag_index is not None:
            index, self._drag_index = self._drag_index, None
            if self._dragging:
                x, y = self.to_unit(self._clamped(self.mapToScene(pos)))
                self._editor.move_mark(index, x, y)
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        self._dragging = False
        self._press = None
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not self._editor.is_read_only():
            if self._editor.selected_index() is not None:
                self._editor.delete_selected()
                return
        if event.key() == Qt.Key.Key_Escape:
            self._editor.select(None)
            return
        steps = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if (
            event.key() in steps
            and self._editor.selected_index() is not None
            and not self._editor.is_read_only()
        ):
            dx, dy = steps[event.key()]
            step = 10.0 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1.0  # diagram units
            self._editor.nudge_selected(dx * step / WIDTH, dy * step / HEIGHT)
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self._editor.is_read_only():
            return
        badge = self.badge_at(event.pos())
        if badge is None:
            return
        self._editor.select(badge.index)
        menu = QMenu(self)
        delete = menu.addAction(self._editor.tr("Delete mark %1").replace("%1", str(badge.number)))
        delete.triggered.connect(self._editor.delete_selected)
        menu.popup(event.globalPos())

    def _clamped(self, p: QPointF) -> QPointF:
        return QPointF(min(WIDTH, max(0.0, p.x())), min(HEIGHT, max(0.0, p.y())))


def _tooltip(mark: MarkInput, number: int) -> str:
    from PySide6.QtCore import QCoreApplication

    def tr(text: str) -> str:
        return QCoreApplication.translate("InjectionMap", text)

    parts = [
        (tr("Zone %1") if mark.kind == MarkKind.ZONE.value else tr("Point %1")).replace("%1", str(number))
    ]
    if mark.depth_mm is not None:
        parts.append(tr("%1 mm deep").replace("%1", f"{mark.depth_mm:g}"))
    if mark.volume_ml is not None:
        parts.append(tr("%1 ml").replace("%1", f"{mark.volume_ml:g}"))
    if mark.note:
        parts.append(mark.note)
    return " · ".join(parts)


# -- the editor ----------------------------------------------------------------------------------


class InjectionMapEditor(QWidget):
    """Place, move and delete numbered points and zones on anatomical diagrams, with undo.

    ``marks()`` returns every mark on every diagram, in the order they were placed;
    ``sig_changed`` is emitted after each change made by the user (and by undo/redo).
    """

    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._marks: list[MarkInput] = []
        self._selected: int | None = None
        self._diagram = DIAGRAM_NAMES[0]
        self._read_only = False
        self._updating = False
        self._products: list[tuple[int, str]] = []
        self._defaults: dict[str, float | int | None] = {
            "depth_mm": None,
            "volume_ml": None,
            "product_id": None,
        }
        self._undo = QUndoStack(self)
        self._build()
        self._canvas.show_diagram(self._diagram)
        self._refresh()

    # -- construction --------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)

        bar = QHBoxLayout()
        bar.setSpacing(4)
        self._diagram_box = QComboBox()
        self._diagram_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for name in DIAGRAM_NAMES:
            self._diagram_box.addItem(_diagram_title(name), name)
        self._diagram_box.setToolTip(self.tr("Diagram"))
        self._diagram_box.currentIndexChanged.connect(self._on_diagram_chosen)
        bar.addWidget(self._diagram_box)
        bar.addSpacing(8)

        self._point_button = self._tool(
            self.tr("Point"), self.tr("Click on the diagram to place an injection point")
        )
        self._zone_button = self._tool(
            self.tr("Zone"), self.tr("Press and drag on the diagram to mark a zone")
        )
        self._point_button.setCheckable(True)
        self._zone_button.setCheckable(True)
        self._point_button.setChecked(True)
        self._modes = QButtonGroup(self)
        self._modes.setExclusive(True)
        self._modes.addButton(self._point_button)
        self._modes.addButton(self._zone_button)
        self._edit_tools: list[QWidget] = [self._point_button, self._zone_button]
        bar.addWidget(self._point_button)
        bar.addWidget(self._zone_button)
        bar.addSpacing(8)

        self._undo_action = QAction(self.tr("Undo"), self)
        self._undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self._undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._undo_action.triggered.connect(self._undo.undo)
        self._redo_action = QAction(self.tr("Redo"), self)
        self._redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self._redo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._redo_action.triggered.connect(self._undo.redo)
        self.addAction(self._undo_action)
        self.addAction(self._redo_action)
        self._undo.canUndoChanged.connect(
            lambda can: self._undo_action.setEnabled(can and not self._read_only)
        )
        self._undo.canRedoChanged.connect(
            lambda can: self._redo_action.setEnabled(can and not self._read_only)
        )
        self._undo_action.setEnabled(False)
        self._redo_action.setEnabled(False)
        undo_button = QToolButton()
        undo_button.setDefaultAction(self._undo_action)
        undo_button.setToolTip(self.tr("Undo (Ctrl+Z)"))
        redo_button = QToolButton()
        redo_button.setDefaultAction(self._redo_action)
        redo_button.setToolTip(self.tr("Redo (Ctrl+Shift+Z)"))
        self._delete_action = QAction(self.tr("Delete"), self)
        self._delete_action.triggered.connect(self.delete_selected)
        delete_button = QToolButton()
        delete_button.setDefaultAction(self._delete_action)
        delete_button.setToolTip(self.tr("Delete the selected mark (Delete key)"))
        for button in (undo_button, redo_button, delete_button):
            button.setAutoRaise(False)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            bar.addWidget(button)
            self._edit_tools.append(button)
        bar.addStretch(1)
        self._count_label = QLabel()
        self._count_label.setStyleSheet("color: #4b5563;")
        bar.addWidget(self._count_label)
        outer.addLayout(bar)

        body = QHBoxLayout()
        body.setSpacing(8)
        self._canvas = _MapCanvas(self)
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame_layout = QVBoxLayout(frame)
        frame_layout.setContentsMargins(1, 1, 1, 1)
        frame_layout.addWidget(self._canvas)
        body.addWidget(frame, 1)
        body.addWidget(self._build_panel())
        outer.addLayout(body, 1)

        self._hint = QLabel()
        self._hint.setStyleSheet("color: #6b7280; font-size: 90%;")
        self._hint.setWordWrap(True)
        outer.addWidget(self._hint)
        self._zone_button.toggled.connect(self._update_hint)
        self._update_hint(False)

    def _tool(self, text: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setMinimumWidth(56)
        return button

    def _build_panel(self) -> QWidget:
        panel = QFrame()
        panel.setObjectName("markPanel")
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel.setFixedWidth(220)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        self._panel_title = QLabel()
        title_font = QFont(self._panel_title.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.1)
        self._panel_title.setFont(title_font)
        layout.addWidget(self._panel_title)
        self._panel_empty = QLabel(self.tr("Select a mark to see and edit its depth, volume and product."))
        self._panel_empty.setWordWrap(True)
        self._panel_empty.setStyleSheet("color: #6b7280;")
        layout.addWidget(self._panel_empty)

        self._fields = QWidget()
        form = QFormLayout(self._fields)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._depth = QDoubleSpinBox()
        self._depth.setRange(0.0, MAX_DEPTH_MM)
        self._depth.setDecimals(1)
        self._depth.setSingleStep(0.5)
        self._depth.setSuffix(self.tr(" mm"))
        self._depth.setSpecialValueText(self.tr("not set"))
        self._volume = QDoubleSpinBox()
        self._volume.setRange(0.0, 50.0)
        self._volume.setDecimals(2)
        self._volume.setSingleStep(0.05)
        self._volume.setSuffix(self.tr(" ml"))
        self._volume.setSpecialValueText(self.tr("not set"))
        self._product = QComboBox()
        self._radius = QDoubleSpinBox()
        self._radius.setRange(MIN_ZONE_RADIUS * 100, MAX_ZONE_RADIUS * 100)
        self._radius.setDecimals(0)
        self._radius.setSuffix(self.tr(" %"))
        self._radius.setToolTip(self.tr("Radius of the zone, as a share of the diagram's width"))
        self._note = QLineEdit()
        self._note.setMaxLength(200)
        self._note.setPlaceholderText(self.tr("optional"))
        form.addRow(self.tr("Depth"), self._depth)
        form.addRow(self.tr("Volume"), self._volume)
        self._product_label = QLabel(self.tr("Product"))
        form.addRow(self._product_label, self._product)
        self._radius_label = QLabel(self.tr("Size"))
        form.addRow(self._radius_label, self._radius)
        form.addRow(self.tr("Note"), self._note)
        layout.addWidget(self._fields)
        self._legend = QLabel()
        self._legend.setWordWrap(True)
        self._legend.setTextFormat(Qt.TextFormat.RichText)
        self._legend.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._legend_scroll = QScrollArea()
        self._legend_scroll.setWidget(self._legend)
        self._legend_scroll.setWidgetResizable(True)
        self._legend_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._legend_scroll.hide()
        layout.addWidget(self._legend_scroll, 100)
        self._depth.valueChanged.connect(lambda v: self._edit("depth_mm", v if v > 0 else None))
        self._volume.valueChanged.connect(lambda v: self._edit("volume_ml", v if v > 0 else None))
        self._radius.valueChanged.connect(lambda v: self._edit("radius", round(v / 100, 4)))
        self._product.currentIndexChanged.connect(
            lambda _i: self._edit("product_id", self._product.currentData())
        )
        self._note.editingFinished.connect(lambda: self._edit("note", self._note.text().strip()))
        layout.addStretch(1)
        self._summary = QLabel()
        self._summary.setWordWrap(True)
        self._summary.setStyleSheet("color: #374151;")
        layout.addWidget(self._summary)
        self._fill_products()
        return panel

    # -- public API ----------------------------------------------------------
    def marks(self) -> list[MarkInput]:
        """Every mark on every diagram (copies), in the order they were placed."""
        return _copy(self._marks)

    def set_marks(self, marks: list[MarkInput]) -> None:
        """Load marks (e.g. a saved session's); clears the undo history; no sig_changed."""
        self._marks = _copy(marks)
        self._selected = None
        self._undo.clear()
        if marks and not any(m.diagram == self._diagram for m in self._marks):
            first = next((m.diagram for m in self._marks if m.diagram in DIAGRAM_NAMES), None)
            if first is not None:
                self._set_diagram(first)
        self._refresh()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for widget in self._edit_tools:
            widget.setVisible(not read_only)
        self._undo_action.setEnabled(not read_only and self._undo.canUndo())
        self._redo_action.setEnabled(not read_only and self._undo.canRedo())
        self._delete_action.setEnabled(not read_only and self._selected is not None)
        self._hint.setVisible(not read_only)
        self._refresh()

    def is_read_only(self) -> bool:
        return self._read_only

    def set_products(self, products: list[tuple[int, str]]) -> None:
        """The products a mark can name: (product id, label)."""
        self._products = list(products)
        self._fill_products()
        self._refresh()

    def set_defaults(
        self, depth_mm: float | None = None, volume_ml: float | None = None, product_id: int | None = None
    ) -> None:
        """Values given to new marks (e.g. the session's depth and main product)."""
        self._defaults = {"depth_mm": depth_mm, "volume_ml": volume_ml, "product_id": product_id}

    def current_diagram(self) -> str:
        return self._diagram

    def set_diagram(self, name: str) -> None:
        if name not in DIAGRAM_NAMES:
            raise KeyError(name)
        self._set_diagram(name)
        self._refresh()

    def mode(self) -> str:
        return MarkKind.ZONE.value if self._zone_button.isChecked() else MarkKind.POINT.value

    def set_mode(self, kind: str) -> None:
        (self._zone_button if kind == MarkKind.ZONE.value else self._point_button).setChecked(True)

    def selected_index(self) -> int | None:
        return self._selected

    def undo_stack(self) -> QUndoStack:
        return self._undo

    def canvas(self) -> QGraphicsView:
        return self._canvas

    def viewport_pos(self, x: float, y: float) -> QPoint:
        """Where the normalised diagram point (x, y) is on the canvas's viewport."""
        return self._canvas.mapFromScene(self._canvas.to_scene(x, y))

    # -- editing (used by the canvas; usable by code) -------------------------
    def add_mark(
        self, x: float, y: float, *, kind: str = MarkKind.POINT.value, radius: float | None = None
    ) -> None:
        if self._read_only:
            return
        mark = MarkInput(
            self._diagram,
            round(_clamp01(x), 4),
            round(_clamp01(y), 4),
            kind=kind,
            radius=(radius or DEFAULT_ZONE_RADIUS) if kind == MarkKind.ZONE.value else None,
            depth_mm=self._defaults["depth_mm"],
            volume_ml=self._defaults["volume_ml"],  # type: ignore[arg-type]
            product_id=self._defaults["product_id"],
        )  # type: ignore[arg-type]
        after = [*self._marks, mark]
        text = self.tr("Add zone") if kind == MarkKind.ZONE.value else self.tr("Add point")
        self._undo.push(_Change(self, text, after, len(after) - 1))

    def move_mark(self, index: int, x: float, y: float) -> None:
        if self._read_only:
            return
        after = _copy(self._marks)
        after[index] = replace(after[index], x=round(_clamp01(x), 4), y=round(_clamp01(y), 4))
        self._undo.push(_Change(self, self.tr("Move mark"), after, index))

    def nudge_selected(self, dx: float, dy: float) -> None:
        """Move the selected mark a little (arrow keys); successive nudges undo as one move."""
        if self._read_only or self._selected is None:
            return
        after = _copy(self._marks)
        mark = after[self._selected]
        after[self._selected] = replace(
            mark, x=round(_clamp01(mark.x + dx), 4), y=round(_clamp01(mark.y + dy), 4)
        )
        self._undo.push(
            _Change(self, self.tr("Move mark"), after, self._selected, merge_key=(self._selected, "nudge"))
        )

    def delete_selected(self) -> None:
        if self._read_only or self._selected is None:
            return
        after = _copy(self._marks)
        del after[self._selected]
        self._undo.push(_Change(self, self.tr("Delete mark"), after, None))

    def select(self, index: int | None) -> None:
        if index == self._selected:
            return
        self._selected = index
        self._refresh()

    # -- internals -------------------------------------------------------------
    def _edit(self, field: str, value: object) -> None:
        if self._updating or self._read_only or self._selected is None:
            return
        current = self._marks[self._selected]
        if getattr(current, field) == value:
            return
        after = _copy(self._marks)
        after[self._selected] = replace(current, **{field: value})
        self._undo.push(
            _Change(self, self.tr("Change mark"), after, self._selected, merge_key=(self._selected, field))
        )

    def _apply(self, marks: list[MarkInput], selected: int | None, diagram: str) -> None:
        """Called by undo commands: show this state and announce it."""
        self._marks = _copy(marks)
        self._selected = selected if selected is not None and selected < len(self._marks) else None
        if diagram != self._diagram:
            self._set_diagram(diagram)
        self._refresh()
        self.sig_changed.emit()

    def _set_diagram(self, name: str) -> None:
        self._diagram = name
        self._canvas.show_diagram(name)
        self._updating = True
        try:
            self._diagram_box.setCurrentIndex(max(0, self._diagram_box.findData(name)))
        finally:
            self._updating = False

    def _on_diagram_chosen(self, _index: int) -> None:
        if self._updating:
            return
        name = self._diagram_box.currentData()
        if name and name != self._diagram:
            self._diagram = name
            self._canvas.show_diagram(name)
            if self._selected is not None and self._marks[self._selected].diagram != name:
                self._selected = None
            self._refresh()

    def _on_this_diagram(self) -> list[tuple[int, int, MarkInput]]:
        out = []
        for index, mark in enumerate(self._marks):
            if mark.diagram == self._diagram:
                out.append((index, len(out) + 1, mark))
        return out

    def _fill_products(self) -> None:
        self._updating = True
        try:
            self._product.clear()
            self._product.addItem(self.tr("not set"), None)
            for product_id, label in self._products:
                self._product.addItem(label, product_id)
        finally:
            self._updating = False

    def _refresh(self) -> None:
        shown = self._on_this_diagram()
        if self._selected is not None and (
            self._selected >= len(self._marks) or self._marks[self._selected].diagram != self._diagram
        ):
            self._selected = None
        self._canvas.show_marks(shown, self._selected)
        self._delete_action.setEnabled(not self._read_only and self._selected is not None)
        self._update_counts(shown)
        self._update_panel(shown)

    def _update_counts(self, shown: list[tuple[int, int, MarkInput]]) -> None:
        counts: dict[str, int] = {}
        for mark in self._marks:
            counts[mark.diagram] = counts.get(mark.diagram, 0) + 1
        for i in range(self._diagram_box.count()):
            name = self._diagram_box.itemData(i)
            n = counts.get(name, 0)
            self._diagram_box.setItemText(i, _diagram_title(name) + (f"  ({n})" if n else ""))
        points = sum(1 for _, _, m in shown if m.kind != MarkKind.ZONE.value)
        zones = len(shown) - points
        text = self.tr("1 point") if points == 1 else self.tr("%1 points").replace("%1", str(points))
        if zones:
            text += " · " + (
                self.tr("1 zone") if zones == 1 else self.tr("%1 zones").replace("%1", str(zones))
            )
        self._count_label.setText(text)
        volume = sum(m.volume_ml or 0.0 for _, _, m in shown)
        self._summary.setText(
            self.tr("Total on this diagram: %1 ml").replace("%1", f"{volume:.2f}") if volume else ""
        )

    def _update_panel(self, shown: list[tuple[int, int, MarkInput]]) -> None:
        entry = next(((n, m) for i, n, m in shown if i == self._selected), None)
        self._legend_scroll.setVisible(self._read_only)
        if self._read_only:
            self._fields.hide()
            self._panel_empty.setVisible(not shown)
            self._panel_empty.setText(self.tr("No marks on this diagram."))
            self._panel_title.setText(self.tr("Marks"))
            self._legend.setText(self._legend_html(shown))
            return
        self._fields.setVisible(entry is not None)
        self._panel_empty.setVisible(entry is None)
        if entry is None:
            self._panel_title.setText(self.tr("Injection map"))
            self._panel_empty.setText(self.tr("Select a mark to see and edit its depth, volume and product."))
            return
        number, mark = entry
        zone = mark.kind == MarkKind.ZONE.value
        self._panel_title.setText(
            (self.tr("Zone %1") if zone else self.tr("Point %1")).replace("%1", str(number))
        )
        self._updating = True
        try:
            self._depth.setValue(mark.depth_mm or 0.0)
            self._volume.setValue(mark.volume_ml or 0.0)
            index = self._product.findData(mark.product_id) if mark.product_id is not None else 0
            if index < 0:
                self._product.addItem(
                    self.tr("Product #%1").replace("%1", str(mark.product_id)), mark.product_id
                )
                index = self._product.count() - 1
            self._product.setCurrentIndex(index)
            self._radius.setValue((mark.radius or DEFAULT_ZONE_RADIUS) * 100)
            self._note.setText(mark.note)
        finally:
            self._updating = False
        self._radius.setVisible(zone)
        self._radius_label.setVisible(zone)
        has_products = self._product.count() > 1  # offered when the session editor gave the products
        self._product.setVisible(has_products)
        self._product_label.setVisible(has_products)

    def _legend_html(self, shown: list[tuple[int, int, MarkInput]]) -> str:
        from html import escape

        names = dict(self._products)
        rows = []
        for index, number, mark in shown:
            bits = []
            if mark.kind == MarkKind.ZONE.value:
                bits.append(self.tr("zone"))
            if mark.depth_mm is not None:
                bits.append(self.tr("%1 mm").replace("%1", f"{mark.depth_mm:g}"))
            if mark.volume_ml is not None:
                bits.append(self.tr("%1 ml").replace("%1", f"{mark.volume_ml:g}"))
            if mark.product_id is not None:
                bits.append(
                    names.get(mark.product_id) or self.tr("Product #%1").replace("%1", str(mark.product_id))
                )
            if mark.note:
                bits.append(mark.note)
            text = escape(" · ".join(bits)) if bits else "<span style='color:#9ca3af'>—</span>"
            style = "background:#dbeafe;" if index == self._selected else ""
            colour = "#7f1d1d" if mark.kind == MarkKind.ZONE.value else "#b91c1c"
            rows.append(
                f"<tr style='{style}'><td style='color:{colour}; font-weight:bold; padding-right:6px' "
                f"align='right'>{number}</td><td>{text}</td></tr>"
            )
        return "<table cellspacing='0' cellpadding='2' width='100%'>" + "".join(rows) + "</table>"

    def _update_hint(self, zone: bool) -> None:
        self._hint.setText(
            self.tr(
                "Press and drag to draw a zone (a click gives a standard size) · drag a number to move it · "
                "Delete removes the selected mark · wheel zooms · Ctrl+Z undoes"
            )
            if zone
            else self.tr(
                "Click to place a point · drag a number to move it (or arrow keys) · "
                "Delete removes the selected mark · wheel zooms · Ctrl+Z undoes"
            )
        )


class InjectionMapView(InjectionMapEditor):
    """The read-only map shown in the chart: choose a diagram, select a mark to read its details."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_read_only(True)
