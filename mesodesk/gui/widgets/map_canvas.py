"""The injection map's canvas: the diagram in a QGraphicsView, placing, moving and zooming marks."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QContextMenuEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtSvgWidgets import QGraphicsSvgItem
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QMenu,
    QSizePolicy,
)

from mesodesk.domain.enums import MarkKind
from mesodesk.gui import theme
from mesodesk.gui.widgets.map_items import (
    DEFAULT_ZONE_RADIUS,
    DRAG_THRESHOLD,
    MAX_ZONE_RADIUS,
    MAX_ZOOM,
    MIN_ZONE_RADIUS,
    PAPER_MARGIN,
    _Badge,
    _clamp01,
    _tooltip,
    _Zone,
)
from mesodesk.paths import diagram_path
from mesodesk.reports.diagram_shapes import HEIGHT, WIDTH
from mesodesk.services.sessions import MarkInput

if TYPE_CHECKING:
    from mesodesk.gui.widgets.injection_map import InjectionMapEditor


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
        self.setBackgroundBrush(theme.color("canvas_bg"))
        theme.notifier().changed.connect(self._scheme_changed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(240, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._renderers: dict[str, QSvgRenderer] = {}
        m = PAPER_MARGIN
        self._scene.setSceneRect(QRectF(-m, -m, WIDTH + 2 * m, HEIGHT + 2 * m))
        shadow = QGraphicsRectItem(QRectF(1.5, 2.5, WIDTH, HEIGHT))
        shadow.setPen(Qt.PenStyle.NoPen)
        shadow.setBrush(theme.color("shadow", 22))
        self._scene.addItem(shadow)
        paper = QGraphicsRectItem(QRectF(0, 0, WIDTH, HEIGHT))
        paper.setBrush(theme.color("paper"))
        self._paper = paper
        self._scheme_changed()
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

    def _scheme_changed(self, *_scheme: object) -> None:
        """The room around the diagram in the colours of the scheme (the diagram stays on white paper)."""
        self.setBackgroundBrush(theme.color("canvas_bg"))
        edge = QPen(theme.color("paper_edge"), 1)
        edge.setCosmetic(True)
        self._paper.setPen(edge)

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

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.set_zoom(self._zoom * 1.25**steps, event.position().toPoint())
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:
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
    def mousePressEvent(self, event: QMouseEvent) -> None:
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

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
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

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
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

    def keyPressEvent(self, event: QKeyEvent) -> None:
        deleting = event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        if deleting and not self._editor.is_read_only() and self._editor.selected_index() is not None:
            self._editor.delete_selected()
            return
        if event.key() == Qt.Key.Key_Escape:
            self._editor.select(None)
            return
        adding = event.key() in (Qt.Key.Key_Insert, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if adding and not self._editor.is_read_only():
            # without a mouse: a mark in the middle of the diagram, or beside the selected one, which
            # the arrow keys then move into place
            x, y = 0.5, 0.5
            selected = self._editor.selected_index()
            if selected is not None:
                mark = self._editor.marks()[selected]
                x, y = min(mark.x + 0.04, 1.0), min(mark.y + 0.04, 1.0)
            self._editor.add_mark(x, y, kind=self._editor.mode())
            return
        steps: dict[int, tuple[int, int]] = {
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

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if self._editor.is_read_only():
            return
        badge = self.badge_at(event.pos())
        if badge is None:
            return
        self._editor.select(badge.index)
        menu = QMenu(self)
        delete = menu.addAction(
            QCoreApplication.translate("InjectionMapEditor", "Delete mark %1").replace(
                "%1", str(badge.number)
            )
        )
        delete.triggered.connect(self._editor.delete_selected)
        menu.popup(event.globalPos())

    def _clamped(self, p: QPointF) -> QPointF:
        return QPointF(min(WIDTH, max(0.0, p.x())), min(HEIGHT, max(0.0, p.y())))
