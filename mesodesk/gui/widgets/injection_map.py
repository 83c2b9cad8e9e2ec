"""Injection maps: numbered points and zones placed on an anatomical diagram, with undo.

``InjectionMapEditor`` is embedded in the session editor; ``InjectionMapView`` is the same
widget, read-only, for the chart. Marks are ``MarkInput`` values: x and y are 0..1 of the
diagram (top-left origin); a zone's radius is a fraction of the diagram's width. Marks are
numbered per diagram in the order they were placed, as in the printed record
(mesodesk.reports.diagrams.diagram_marks).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.enums import MarkKind
from mesodesk.gui import theme
from mesodesk.gui.widgets.map_canvas import _MapCanvas
from mesodesk.gui.widgets.map_items import (
    DEFAULT_ZONE_RADIUS,
    _Change,
    _clamp01,
    _copy,
    _diagram_title,
)
from mesodesk.gui.widgets.map_panel import MapPanelMixin
from mesodesk.reports.diagrams import DIAGRAM_NAMES
from mesodesk.services.sessions import MarkInput

__all__ = ["InjectionMapEditor", "InjectionMapView", "DEFAULT_ZONE_RADIUS"]


class InjectionMapEditor(MapPanelMixin, QWidget):
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
        self._defaults = MarkInput("", 0.0, 0.0)  # what a new mark takes (depth, volume, product)
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
        self._diagram_box.setAccessibleName(self.tr("Diagram"))
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
        theme.styled(self._count_label, "color: $muted;")
        bar.addWidget(self._count_label)
        outer.addLayout(bar)

        body = QHBoxLayout()
        body.setSpacing(8)
        self._canvas = _MapCanvas(self)
        self._canvas.setAccessibleName(self.tr("Injection map"))
        self._canvas.setAccessibleDescription(
            self.tr(
                "The diagram with the numbered injection points. Click or press Insert to add a point; the "
                "arrow keys move the selected point (with Shift in larger steps), Delete removes it and Esc "
                "deselects it."
            )
        )
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame_layout = QVBoxLayout(frame)
        frame_layout.setContentsMargins(1, 1, 1, 1)
        frame_layout.addWidget(self._canvas)
        body.addWidget(frame, 1)
        body.addWidget(self._build_panel())
        outer.addLayout(body, 1)

        self._hint = QLabel()
        theme.styled(self._hint, "color: $muted; font-size: 90%;")
        self._hint.setWordWrap(True)
        outer.addWidget(self._hint)
        self._zone_button.toggled.connect(self._update_hint)
        self._update_hint(False)

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
        self._defaults = MarkInput(
            "", 0.0, 0.0, depth_mm=depth_mm, volume_ml=volume_ml, product_id=product_id
        )

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
            depth_mm=self._defaults.depth_mm,
            volume_ml=self._defaults.volume_ml,
            product_id=self._defaults.product_id,
        )
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
        edited = replace(current)
        setattr(edited, field, value)
        after[self._selected] = edited
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
        out: list[tuple[int, int, MarkInput]] = []
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


class InjectionMapView(InjectionMapEditor):
    """The read-only map shown in the chart: choose a diagram, select a mark to read its details."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_read_only(True)
