"""The Protocols tab of the catalogue: the session defaults and course of a protocol
(the ProtocolsTabMixin of CatalogueDialog).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mesodesk.gui.dialogs import editor_labels as L
from mesodesk.gui.dialogs.catalogue_tabs.host import CatalogueTabHost
from mesodesk.gui.models.catalogue_models import (
    ProtocolsTableModel,
)
from mesodesk.gui.operations import submit
from mesodesk.gui.widgets.field_errors import FieldErrors
from mesodesk.gui.widgets.tables import plain_table
from mesodesk.services.catalogue import ProtocolInput


class ProtocolsTabMixin(CatalogueTabHost):
    """Protocols: list, defaults, course, save."""

    # ------------------------------------------------------------------ protocols
    def _build_protocols(self) -> QWidget:
        splitter = QSplitter()
        self.protocols_model = ProtocolsTableModel(self)
        self.protocols_view = plain_table(self.protocols_model)
        self.protocols_view.setAccessibleName(self.tr("Protocols"))
        for col, width in ((0, 160), (1, 110), (2, 120)):
            self.protocols_view.horizontalHeader().resizeSection(col, width)
        splitter.addWidget(self.protocols_view)
        editor = QGroupBox(self.tr("Protocol"))
        outer = QVBoxLayout(editor)
        columns = QHBoxLayout()
        left, right = QFormLayout(), QFormLayout()
        self.protocol_errors = FieldErrors()
        self.protocol_name = QLineEdit()
        self.protocol_indication = QLineEdit()
        self.protocol_areas = QListWidget()
        self.protocol_areas.setFixedHeight(150)
        for value, text in L.area_labels().items():
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(value))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.protocol_areas.addItem(item)
        self.protocol_technique = QComboBox()
        L.fill_combo(self.protocol_technique, L.technique_labels())
        self.protocol_device = QComboBox()
        L.fill_combo(self.protocol_device, L.device_labels())
        self.protocol_gauge = QSpinBox()
        self.protocol_gauge.setRange(18, 34)
        self.protocol_gauge.setValue(32)
        self.protocol_gauge.setSuffix(self.tr(" G"))
        self.protocol_length = QDoubleSpinBox()
        self.protocol_length.setRange(0.5, 50)
        self.protocol_length.setValue(4.0)
        self.protocol_length.setSuffix(self.tr(" mm"))
        self.protocol_depth = QDoubleSpinBox()
        self.protocol_depth.setRange(0, 99)
        self.protocol_depth.setDecimals(1)
        self.protocol_depth.setValue(2.0)
        self.protocol_depth.setSuffix(self.tr(" mm"))
        self.protocol_points = QSpinBox()
        self.protocol_points.setRange(0, 9999)
        self.protocol_points.setValue(20)
        self.protocol_volume = QDoubleSpinBox()
        self.protocol_volume.setRange(0, 999)
        self.protocol_volume.setValue(2.0)
        self.protocol_volume.setSuffix(self.tr(" ml"))
        self.protocol_formula_combo = QComboBox()
        self.protocol_sessions = QSpinBox()
        self.protocol_sessions.setRange(1, 100)
        self.protocol_sessions.setValue(6)
        self.protocol_interval = QSpinBox()
        self.protocol_interval.setRange(1, 365)
        self.protocol_interval.setValue(7)
        self.protocol_interval.setSuffix(self.tr(" days"))
        self.protocol_maintenance = QSpinBox()
        self.protocol_maintenance.setRange(0, 365)
        self.protocol_maintenance.setValue(28)
        self.protocol_maintenance.setSpecialValueText(self.tr("none"))
        self.protocol_maintenance.setSuffix(self.tr(" days"))
        self.protocol_call = QSpinBox()
        self.protocol_call.setRange(0, 24 * 14)
        self.protocol_call.setValue(48)
        self.protocol_call.setSpecialValueText(self.tr("none"))
        self.protocol_call.setSuffix(self.tr(" h"))
        pe = self.protocol_errors
        pe.add_row(left, self.tr("&Name:"), self.protocol_name, "name")
        pe.add_row(left, self.tr("&Indication:"), self.protocol_indication, "indication")
        pe.add_row(left, self.tr("&Areas:"), self.protocol_areas, "areas")
        pe.add_row(left, self.tr("&Formula:"), self.protocol_formula_combo, "formula_id")
        pe.add_row(right, self.tr("&Technique:"), self.protocol_technique, "technique")
        pe.add_row(right, self.tr("&Device:"), self.protocol_device, "device")
        pe.add_row(right, self.tr("Needle &gauge:"), self.protocol_gauge, "needle_gauge")
        pe.add_row(right, self.tr("Needle &length:"), self.protocol_length, "needle_length_mm")
        pe.add_row(right, self.tr("De&pth:"), self.protocol_depth, "depth_mm")
        pe.add_row(right, self.tr("Points per area:"), self.protocol_points, "points_per_area")
        pe.add_row(right, self.tr("Volume per area:"), self.protocol_volume, "volume_ml_per_area")
        pe.add_row(right, self.tr("Course sessions:"), self.protocol_sessions, "course_sessions")
        pe.add_row(right, self.tr("Every:"), self.protocol_interval, "course_interval_days")
        pe.add_row(
            right, self.tr("Maintenance every:"), self.protocol_maintenance, "maintenance_interval_days"
        )
        pe.add_row(right, self.tr("Check call after:"), self.protocol_call, "check_call_hours")
        for form in (left, right):
            column = QVBoxLayout()
            column.addLayout(form)
            column.addStretch(1)
            columns.addLayout(column, 1)
        outer.addLayout(columns)
        outer.addWidget(pe.general)
        buttons = QHBoxLayout()
        self.new_protocol_button = QPushButton(self.tr("New protocol"))
        self.save_protocol_button = QPushButton(self.tr("Save protocol"))
        buttons.addWidget(self.new_protocol_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_protocol_button)
        outer.addLayout(buttons)
        outer.addStretch(1)
        splitter.addWidget(editor)
        splitter.setSizes([520, 660])
        self._protocol_id: int | None = None
        self.protocols_view.selectionModel().currentRowChanged.connect(self._protocol_selected)
        self.new_protocol_button.clicked.connect(self._new_protocol)
        self.save_protocol_button.clicked.connect(self.save_protocol)
        return splitter

    def _protocol_selected(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        p = self.protocols_model.row_object(current.row())
        if p is None:
            return
        self._protocol_id = p.id
        self.protocol_name.setText(p.name)
        self.protocol_indication.setText(p.indication)
        areas = set(p.areas.split(","))
        for i in range(self.protocol_areas.count()):
            item = self.protocol_areas.item(i)
            item.setCheckState(
                Qt.CheckState.Checked
                if item.data(Qt.ItemDataRole.UserRole) in areas
                else Qt.CheckState.Unchecked
            )
        L.select_data(self.protocol_technique, p.technique)
        L.select_data(self.protocol_device, p.device)
        self.protocol_gauge.setValue(p.needle_gauge)
        self.protocol_length.setValue(p.needle_length_mm)
        self.protocol_depth.setValue(p.depth_mm)
        self.protocol_points.setValue(p.points_per_area)
        self.protocol_volume.setValue(p.volume_ml_per_area)
        L.select_data(self.protocol_formula_combo, p.formula_id)
        self.protocol_sessions.setValue(p.course_sessions)
        self.protocol_interval.setValue(p.course_interval_days)
        self.protocol_maintenance.setValue(p.maintenance_interval_days or 0)
        self.protocol_call.setValue(p.check_call_hours or 0)
        self.protocol_errors.clear()
        self._mark_clean("protocol")

    def _new_protocol(self) -> None:
        self.protocols_view.clearSelection()
        self._protocol_id = None
        self.protocol_name.clear()
        self.protocol_indication.clear()
        for i in range(self.protocol_areas.count()):
            self.protocol_areas.item(i).setCheckState(Qt.CheckState.Unchecked)
        self.protocol_errors.clear()
        self.protocol_name.setFocus()
        self._mark_clean("protocol")

    def save_protocol(self) -> None:
        self.protocol_errors.clear()
        areas = [
            self.protocol_areas.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.protocol_areas.count())
            if self.protocol_areas.item(i).checkState() == Qt.CheckState.Checked
        ]
        data = ProtocolInput(
            self.protocol_name.text(),
            self.protocol_indication.text(),
            areas,
            self.protocol_technique.currentData(),
            self.protocol_device.currentData(),
            self.protocol_gauge.value(),
            self.protocol_length.value(),
            self.protocol_depth.value(),
            self.protocol_points.value(),
            self.protocol_volume.value(),
            self.protocol_formula_combo.currentData(),
            self.protocol_sessions.value(),
            self.protocol_interval.value(),
            self.protocol_maintenance.value() or None,
            self.protocol_call.value() or None,
        )
        done = submit(
            self, self._services.catalogue.save_protocol, data, self._protocol_id, errors=self.protocol_errors
        )
        if not done or done.value is None:
            return
        protocol = done.value
        self.refresh()
        self._select(self.protocols_view, self.protocols_model, protocol.id)
