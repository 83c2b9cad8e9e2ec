"""The Products tab of the catalogue (the ProductsTabMixin of CatalogueDialog)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QWidget,
)

from mesodesk.gui.dialogs.catalogue_tabs.host import CatalogueTabHost
from mesodesk.gui.models.catalogue_models import (
    ProductsTableModel,
)
from mesodesk.gui.operations import submit
from mesodesk.gui.widgets.field_errors import FieldErrors
from mesodesk.gui.widgets.tables import plain_table
from mesodesk.services.catalogue import ProductInput


class ProductsTabMixin(CatalogueTabHost):
    """Products: list, editor, save."""

    # ------------------------------------------------------------------ products
    def _build_products(self) -> QWidget:
        splitter = QSplitter()
        self.products_model = ProductsTableModel(self)
        self.products_view = plain_table(self.products_model)
        self.products_view.setObjectName("productsCatalogue")
        self.products_view.setAccessibleName(self.tr("Products"))
        header = self.products_view.horizontalHeader()
        for col, width in ((0, 170), (1, 110), (2, 150), (3, 105), (4, 50)):
            header.resizeSection(col, width)
        splitter.addWidget(self.products_view)

        editor = QGroupBox(self.tr("Product"))
        form = QFormLayout(editor)
        self.product_errors = FieldErrors()
        self.product_name = QLineEdit()
        self.product_manufacturer = QLineEdit()
        self.product_ingredient = QLineEdit()
        self.product_ingredient.setPlaceholderText(self.tr("checked against patients' allergies"))
        self.product_concentration = QLineEdit()
        self.product_unit = QComboBox()
        self.product_unit.setEditable(True)
        self.product_unit.addItems(["ml", "mg", "vial", "ampoule"])
        self.product_threshold = QDoubleSpinBox()
        self.product_threshold.setRange(0, 100000)
        self.product_threshold.setDecimals(1)
        self.product_threshold.setValue(10.0)
        for text, widget, field in (
            (self.tr("&Name:"), self.product_name, "name"),
            (self.tr("&Manufacturer:"), self.product_manufacturer, "manufacturer"),
            (self.tr("Active &ingredient:"), self.product_ingredient, "active_ingredient"),
            (self.tr("&Concentration:"), self.product_concentration, "concentration"),
            (self.tr("&Unit:"), self.product_unit, "unit"),
            (self.tr("Low stock &at:"), self.product_threshold, "low_stock_threshold"),
        ):
            self.product_errors.add_row(form, text, widget, field)
        form.addRow(self.product_errors.general)
        buttons = QHBoxLayout()
        self.new_product_button = QPushButton(self.tr("New product"))
        self.save_product_button = QPushButton(self.tr("Save product"))
        self.save_product_button.setDefault(False)
        buttons.addWidget(self.new_product_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_product_button)
        form.addRow(buttons)
        splitter.addWidget(editor)
        splitter.setSizes([740, 400])
        self._product_id: int | None = None
        self._product_version: int | None = None
        self.products_view.selectionModel().currentRowChanged.connect(self._product_selected)
        self.new_product_button.clicked.connect(self._new_product)
        self.save_product_button.clicked.connect(self.save_product)
        return splitter

    def _product_selected(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        p = self.products_model.row_object(current.row())
        if p is None:
            return
        self._product_id, self._product_version = p.id, p.version
        self.product_name.setText(p.name)
        self.product_manufacturer.setText(p.manufacturer)
        self.product_ingredient.setText(p.active_ingredient)
        self.product_concentration.setText(p.concentration)
        self.product_unit.setCurrentText(p.unit)
        self.product_threshold.setValue(p.low_stock_threshold)
        self.product_errors.clear()
        self._mark_clean("product")

    def _new_product(self) -> None:
        self.products_view.clearSelection()
        self._product_id = self._product_version = None
        for w in (
            self.product_name,
            self.product_manufacturer,
            self.product_ingredient,
            self.product_concentration,
        ):
            w.clear()
        self.product_unit.setCurrentText("ml")
        self.product_threshold.setValue(10.0)
        self.product_errors.clear()
        self.product_name.setFocus()
        self._mark_clean("product")

    def save_product(self) -> None:
        self.product_errors.clear()
        data = ProductInput(
            self.product_name.text(),
            self.product_manufacturer.text(),
            self.product_ingredient.text(),
            self.product_concentration.text(),
            self.product_unit.currentText(),
            self.product_threshold.value(),
        )
        done = submit(
            self,
            self._services.catalogue.save_product,
            data,
            self._product_id,
            self._product_version,
            errors=self.product_errors,
        )
        if not done or done.value is None:
            return
        product = done.value
        self.refresh()
        self._select(self.products_view, self.products_model, product.id)
