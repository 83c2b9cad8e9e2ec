"""The injection map's tool panel: mode buttons, the selected mark's fields, counts, legend and hints
(the MapPanelMixin of InjectionMapEditor).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QFont,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.enums import MarkKind
from mesodesk.domain.rules import MAX_DEPTH_MM
from mesodesk.gui import theme
from mesodesk.gui.i18n import format_measure
from mesodesk.gui.widgets.map_items import (
    DEFAULT_ZONE_RADIUS,
    MAX_ZONE_RADIUS,
    MIN_ZONE_RADIUS,
    _diagram_title,
)
from mesodesk.services.sessions import MarkInput

if TYPE_CHECKING:
    _WidgetBase = QWidget
else:
    _WidgetBase = object


class MapPanelMixin(_WidgetBase):
    """Builds and updates the panel beside the canvas (mixed into InjectionMapEditor, which makes these)."""

    _marks: list[MarkInput]
    _selected: int | None
    _read_only: bool
    _products: list[tuple[int, str]]  # (id, name) offered for a mark
    _diagram_box: QComboBox
    _count_label: QLabel
    _hint: QLabel

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
        theme.styled(self._panel_empty, "color: $muted;")
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
        theme.styled(self._summary, "color: $secondary;")
        layout.addWidget(self._summary)
        self._fill_products()
        return panel

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
                bits.append(self.tr("%1 mm").replace("%1", format_measure(mark.depth_mm)))
            if mark.volume_ml is not None:
                bits.append(self.tr("%1 ml").replace("%1", format_measure(mark.volume_ml)))
            if mark.product_id is not None:
                bits.append(
                    names.get(mark.product_id) or self.tr("Product #%1").replace("%1", str(mark.product_id))
                )
            if mark.note:
                bits.append(mark.note)
            text = escape(" · ".join(bits)) if bits else f"<span style='color:{theme.css('muted')}'>—</span>"
            style = f"background:{theme.css('info_bg')};" if index == self._selected else ""
            colour = theme.css("error_strong" if mark.kind == MarkKind.ZONE.value else "error")
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
                "Click or press Insert to place a point · drag a number to move it (or arrow keys) · "
                "Delete removes the selected mark · wheel zooms · Ctrl+Z undoes"
            )
        )

    # (declared last: Qt's lupdate loses the class of every tr() after such a block)
    if TYPE_CHECKING:

        def _edit(self, field: str, value: object) -> None: ...

        def _fill_products(self) -> None: ...
