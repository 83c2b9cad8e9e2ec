"""The product catalogue: products, lots (stock, expiry, recall), formulas and protocols."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mesodesk.gui import theme
from mesodesk.gui.changes import watch_changes
from mesodesk.gui.dialogs import editor_labels as L
from mesodesk.gui.dialogs.catalogue_tabs.formulas_tab import FormulasTabMixin
from mesodesk.gui.dialogs.catalogue_tabs.lots_tab import LotsTabMixin
from mesodesk.gui.dialogs.catalogue_tabs.products_tab import ProductsTabMixin
from mesodesk.gui.dialogs.catalogue_tabs.protocols_tab import ProtocolsTabMixin
from mesodesk.gui.dialogs.recall_dialog import RecallDialog
from mesodesk.gui.widgets.field_errors import ERROR_STYLE
from mesodesk.services.changes import ChangeSet

if TYPE_CHECKING:
    from mesodesk.services import Services

#: What the catalogue shows; sessions are there because recording one uses stock.
CATALOGUE_TABLES = (
    "products",
    "product_lots",
    "formulas",
    "formula_ingredients",
    "protocols",
    "session_products",
)


class CatalogueDialog(ProductsTabMixin, LotsTabMixin, FormulasTabMixin, ProtocolsTabMixin, QDialog):
    """Tabs for products, lots, formulas and protocols; each saves through the catalogue service."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.recall_dialog: RecallDialog | None = None
        self.setWindowTitle(self.tr("Catalogue"))
        self.resize(1180, 720)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._build_products(), self.tr("&Products"))
        self.tabs.addTab(self._build_lots(), self.tr("&Lots and stock"))
        self.tabs.addTab(self._build_formulas(), self.tr("&Formulas"))
        self.tabs.addTab(self._build_protocols(), self.tr("P&rotocols"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.refresh()
        self._clean: dict[str, Any] = {}
        for part in ("product", "formula", "protocol"):
            self._mark_clean(part)
        # Enter saves the entry being typed, never a stray "New …" button.
        L.set_default_button(self, None)
        for edit in (
            self.product_name,
            self.product_manufacturer,
            self.product_ingredient,
            self.product_concentration,
        ):
            edit.returnPressed.connect(self.save_product)
        self.lot_number_edit.returnPressed.connect(self.add_lot)
        self.formula_name.returnPressed.connect(self.save_formula)
        self.protocol_name.returnPressed.connect(self.save_protocol)
        self.protocol_indication.returnPressed.connect(self.save_protocol)
        watch_changes(services, self._on_changes)

    # ------------------------------------------------------------------ data
    def refresh(self) -> None:
        cat = self._services.catalogue
        self._products = cat.products(include_archived=True)
        self.products_model.set_rows(self._products)
        self._fill_product_combo(self.lot_product_combo)
        self._fill_product_combo(self.lot_filter_combo, all_text=self.tr("All products"))
        self.ingredients_model.set_products(self._products)
        self._refresh_lots()
        self.formulas_model.set_rows(cat.formulas(include_archived=True))
        self._formulas = cat.formulas()
        chosen = self.protocol_formula_combo.currentData()
        self.protocol_formula_combo.clear()
        self.protocol_formula_combo.addItem(self.tr("— none —"), None)
        for f in self._formulas:
            self.protocol_formula_combo.addItem(f.name, f.id)
        L.select_data(self.protocol_formula_combo, chosen)
        self.protocols_model.set_rows(cat.protocols())

    def _on_changes(self, changes: ChangeSet) -> None:
        """The catalogue changed (here, in another window, or stock used by a session): reload the lists,
        and reselect each entry being shown unless its editor holds unsaved typing."""
        if not changes.touches(*CATALOGUE_TABLES):
            return
        unsaved = set(self.unsaved_parts())
        shown = {
            part: (view, model, model.row_object(view.currentIndex().row()))
            for part, view, model in (
                ("product", self.products_view, self.products_model),
                ("formula", self.formulas_view, self.formulas_model),
                ("protocol", self.protocols_view, self.protocols_model),
            )
        }
        self.refresh()
        for part, (view, model, row) in shown.items():
            if row is not None and part not in unsaved:
                self._select(view, model, row.id)

    def _refresh_lots(self) -> None:
        product_id = self.lot_filter_combo.currentData()
        lots = self._services.catalogue.lots(product_id)
        days = self._services.clinic.settings().expiry_warning_days
        self.lots_model.set_rows(lots, self._services.ctx.today(), days)

    def _fill_product_combo(self, combo: QComboBox, all_text: str | None = None) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        if all_text is not None:
            combo.addItem(all_text, None)
        for p in self._products:
            if not p.archived:
                combo.addItem(p.name, p.id)
        L.select_data(combo, current)
        combo.blockSignals(False)

    # ------------------------------------------------------------------ unsaved changes
    def _editor_state(self, part: str) -> Any:
        if part == "product":
            return (
                self.product_name.text(),
                self.product_manufacturer.text(),
                self.product_ingredient.text(),
                self.product_concentration.text(),
                self.product_unit.currentText(),
                self.product_threshold.value(),
            )
        if part == "formula":
            return (
                self.formula_name.text(),
                self.formula_standard.isChecked(),
                self.formula_notes.toPlainText(),
                self.ingredients_model.rows(),
            )
        return (
            self.protocol_name.text(),
            self.protocol_indication.text(),
            [
                self.protocol_areas.item(i).checkState() == Qt.CheckState.Checked
                for i in range(self.protocol_areas.count())
            ],
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
            self.protocol_maintenance.value(),
            self.protocol_call.value(),
        )

    def _mark_clean(self, part: str) -> None:
        if hasattr(self, "_clean"):
            self._clean[part] = self._editor_state(part)

    def unsaved_parts(self) -> list[str]:
        parts = [p for p in ("product", "formula", "protocol") if self._editor_state(p) != self._clean.get(p)]
        if self.lot_number_edit.text().strip():
            parts.append("lot")
        return parts

    def reject(self) -> None:
        if self.unsaved_parts():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("Some catalogue entries have changes that are not saved. Discard them?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    @staticmethod
    def _error_label(field: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"error_{field}")
        theme.styled(label, ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        return label
