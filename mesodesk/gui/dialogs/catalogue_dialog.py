"""The product catalogue: products, lots (stock, expiry, recall), formulas and protocols."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.errors import ValidationError
from mesodesk.gui.dialogs import editor_labels as L
from mesodesk.gui.models.catalogue_models import (
    FormulasTableModel,
    IngredientsModel,
    LotsTableModel,
    ProductsTableModel,
    ProtocolsTableModel,
)
from mesodesk.gui.operations import show_error
from mesodesk.gui.widgets.field_errors import ERROR_STYLE, FieldErrors
from mesodesk.gui.widgets.table_delegates import ComboDelegate, SpinDelegate
from mesodesk.services.catalogue import FormulaInput, IngredientInput, LotInput, ProductInput, ProtocolInput


def _table(model: Any) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(26)
    view.horizontalHeader().setStretchLastSection(True)
    view.setSortingEnabled(False)
    return view


class RecallDialog(QDialog):
    """Ask the reason for recalling a lot."""

    def __init__(self, lot_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recall a lot"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Lot %1 will be refused for every new session. Patients who received it "
                "can be listed with the recall report."
            ).replace("%1", lot_text)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        label = QLabel(self.tr("&Reason:"))
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(80)
        self.reason_edit.setPlaceholderText(self.tr("e.g. manufacturer recall notice of 12 March"))
        label.setBuddy(self.reason_edit)
        layout.addWidget(label)
        layout.addWidget(self.reason_edit)
        self.error = QLabel()
        self.error.setObjectName("error_recall_reason")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Recall lot"))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()


class CatalogueDialog(QDialog):
    """Tabs for products, lots, formulas and protocols; each saves through the catalogue service."""

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
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
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        return label

    # ------------------------------------------------------------------ products
    def _build_products(self) -> QWidget:
        splitter = QSplitter()
        self.products_model = ProductsTableModel(self)
        self.products_view = _table(self.products_model)
        self.products_view.setObjectName("productsCatalogue")
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

    def _product_selected(self, current: Any, _previous: Any = None) -> None:
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
        try:
            product = self._services.catalogue.save_product(data, self._product_id, self._product_version)
        except ValidationError as exc:
            self.product_errors.show(exc)
            return
        except Exception as exc:
            show_error(self, exc)
            return
        self.refresh()
        self._select(self.products_view, self.products_model, product.id)

    def _select(self, view: QTableView, model: Any, object_id: int) -> None:
        row = model.row_of(object_id)
        if row >= 0:
            view.selectionModel().setCurrentIndex(
                model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )

    # ------------------------------------------------------------------ lots
    def _build_lots(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        flabel = QLabel(self.tr("&Show:"))
        self.lot_filter_combo = QComboBox()
        self.lot_filter_combo.setMinimumWidth(220)
        flabel.setBuddy(self.lot_filter_combo)
        top.addWidget(flabel)
        top.addWidget(self.lot_filter_combo)
        top.addStretch(1)
        self.recall_button = QPushButton(self.tr("&Recall…"))
        self.recall_button.setToolTip(self.tr("Refuse the selected lot for every new session"))
        top.addWidget(self.recall_button)
        layout.addLayout(top)
        self.lots_model = LotsTableModel(self)
        self.lots_view = _table(self.lots_model)
        self.lots_view.setObjectName("lotsCatalogue")
        header = self.lots_view.horizontalHeader()
        for col, width in ((0, 220), (1, 130), (2, 110), (3, 100), (4, 110)):
            header.resizeSection(col, width)
        layout.addWidget(self.lots_view, 1)
        self.lots_message = self._error_label("lots")
        layout.addWidget(self.lots_message)

        box = QGroupBox(self.tr("Add a lot received"))
        grid = QHBoxLayout(box)
        form_left, form_right = QFormLayout(), QFormLayout()
        self.lot_errors = FieldErrors()
        self.lot_product_combo = QComboBox()
        self.lot_number_edit = QLineEdit()
        self.lot_number_edit.setPlaceholderText(self.tr("as printed on the vial"))
        self.lot_expiry_edit = QDateEdit(QDate.currentDate().addYears(1))
        self.lot_expiry_edit.setCalendarPopup(True)
        self.lot_quantity_spin = QDoubleSpinBox()
        self.lot_quantity_spin.setRange(0, 1_000_000)
        self.lot_quantity_spin.setDecimals(1)
        self.lot_received_edit = QDateEdit(QDate.currentDate())
        self.lot_received_edit.setCalendarPopup(True)
        self.lot_errors.add_row(form_left, self.tr("Pro&duct:"), self.lot_product_combo, "product")
        self.lot_errors.add_row(form_left, self.tr("Lot &number:"), self.lot_number_edit, "lot_number")
        self.lot_errors.add_row(form_left, self.tr("&Expiry:"), self.lot_expiry_edit, "expiry_date")
        self.lot_errors.add_row(
            form_right, self.tr("&Quantity:"), self.lot_quantity_spin, "quantity_in_stock"
        )
        self.lot_errors.add_row(form_right, self.tr("Recei&ved on:"), self.lot_received_edit, "received_on")
        self.add_lot_button = QPushButton(self.tr("Add lot"))
        form_right.addRow("", self.add_lot_button)
        form_right.addRow(self.lot_errors.general)
        grid.addLayout(form_left, 1)
        grid.addLayout(form_right, 1)
        layout.addWidget(box)

        self.lot_filter_combo.currentIndexChanged.connect(lambda _i: self._refresh_lots())
        self.add_lot_button.clicked.connect(self.add_lot)
        self.recall_button.clicked.connect(self.recall_selected)
        return page

    def add_lot(self) -> None:
        self.lot_errors.clear()
        product_id = self.lot_product_combo.currentData()
        if product_id is None:
            self.lot_errors.show(ValidationError("product", self.tr("add a product first")))
            return
        data = LotInput(
            product_id,
            self.lot_number_edit.text(),
            L.from_qdate(self.lot_expiry_edit.date()),
            self.lot_quantity_spin.value(),
            L.from_qdate(self.lot_received_edit.date()),
        )
        try:
            lot = self._services.catalogue.save_lot(data)
        except ValidationError as exc:
            self.lot_errors.show(exc)
            return
        except Exception as exc:
            show_error(self, exc)
            return
        self.lot_number_edit.clear()
        self._refresh_lots()
        self._select(self.lots_view, self.lots_model, lot.id)

    def recall_selected(self) -> None:
        self.lots_message.hide()
        lot = self.lots_model.row_object(self.lots_view.currentIndex().row())
        if lot is None:
            self.lots_message.setText(self.tr("Select the lot to recall in the table."))
            self.lots_message.show()
            return
        if lot.recalled:
            self.lots_message.setText(self.tr("Lot %1 is already recalled.").replace("%1", lot.lot_number))
            self.lots_message.show()
            return
        self.recall_dialog = RecallDialog(f"{lot.lot_number} ({lot.product.name})", self)
        self.recall_dialog.buttons.accepted.connect(lambda: self._recall(lot.id))
        self.recall_dialog.open()

    def _recall(self, lot_id: int) -> None:
        dialog = self.recall_dialog
        assert dialog is not None
        try:
            self._services.catalogue.recall_lot(lot_id, dialog.reason())
        except ValidationError as exc:
            dialog.error.setText(exc.message)
            dialog.error.show()
            return
        except Exception as exc:
            show_error(dialog, exc)
            return
        dialog.accept()
        self._refresh_lots()
        self._select(self.lots_view, self.lots_model, lot_id)

    # ------------------------------------------------------------------ formulas
    def _build_formulas(self) -> QWidget:
        splitter = QSplitter()
        self.formulas_model = FormulasTableModel(self)
        self.formulas_view = _table(self.formulas_model)
        self.formulas_view.horizontalHeader().resizeSection(0, 200)
        self.formulas_view.horizontalHeader().resizeSection(1, 80)
        splitter.addWidget(self.formulas_view)
        editor = QGroupBox(self.tr("Formula"))
        layout = QVBoxLayout(editor)
        form = QFormLayout()
        self.formula_errors = FieldErrors()
        self.formula_name = QLineEdit()
        self.formula_standard = QCheckBox(self.tr("Standard formula (offered in the session editor)"))
        self.formula_standard.setChecked(True)
        self.formula_notes = QPlainTextEdit()
        self.formula_notes.setTabChangesFocus(True)
        self.formula_notes.setFixedHeight(56)
        self.formula_errors.add_row(form, self.tr("&Name:"), self.formula_name, "name")
        form.addRow("", self.formula_standard)
        self.formula_errors.add_row(form, self.tr("N&otes:"), self.formula_notes, "notes")
        layout.addLayout(form)
        self.ingredients_model = IngredientsModel(self)
        self.ingredients_view = _table(self.ingredients_model)
        self.ingredients_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.ingredients_view.setItemDelegateForColumn(
            0,
            ComboDelegate(
                lambda _i: [(p.id, p.name, not p.archived) for p in self._products], self.ingredients_view
            ),
        )
        self.ingredients_view.setItemDelegateForColumn(
            1, SpinDelegate(0, 10000, 2, 0.1, "", self.ingredients_view)
        )
        self.ingredients_view.setItemDelegateForColumn(
            2,
            ComboDelegate(lambda _i: [(u, u, True) for u in ("ml", "mg", "IU", "%")], self.ingredients_view),
        )
        self.ingredients_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.ingredients_view.horizontalHeader().setStretchLastSection(False)
        layout.addWidget(QLabel(self.tr("Ingredients:")))
        layout.addWidget(self.ingredients_view, 1)
        self.ingredients_error = self._error_label("ingredients")
        layout.addWidget(self.ingredients_error)
        self.formula_errors.register("ingredients", self.ingredients_view, self.ingredients_error)
        row = QHBoxLayout()
        self.add_ingredient_button = QPushButton(self.tr("Add ingredient"))
        self.remove_ingredient_button = QPushButton(self.tr("Remove"))
        row.addWidget(self.add_ingredient_button)
        row.addWidget(self.remove_ingredient_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.formula_errors.general)
        buttons = QHBoxLayout()
        self.new_formula_button = QPushButton(self.tr("New formula"))
        self.save_formula_button = QPushButton(self.tr("Save formula"))
        buttons.addWidget(self.new_formula_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_formula_button)
        layout.addLayout(buttons)
        splitter.addWidget(editor)
        splitter.setSizes([620, 520])
        self._formula_id: int | None = None
        self._formula_version: int | None = None
        self.formulas_view.selectionModel().currentRowChanged.connect(self._formula_selected)
        self.add_ingredient_button.clicked.connect(self._add_ingredient)
        self.remove_ingredient_button.clicked.connect(
            lambda: self.ingredients_model.remove_row(self.ingredients_view.currentIndex().row())
        )
        self.new_formula_button.clicked.connect(self._new_formula)
        self.save_formula_button.clicked.connect(self.save_formula)
        return splitter

    def _add_ingredient(self) -> None:
        active = [p for p in self._products if not p.archived]
        if not active:
            self.formula_errors.show(ValidationError("ingredients", self.tr("add a product first")))
            return
        used = {r[0] for r in self.ingredients_model.rows()}
        product = next((p for p in active if p.id not in used), active[0])
        row = self.ingredients_model.add_row(product.id)
        self.ingredients_view.setCurrentIndex(self.ingredients_model.index(row, 0))

    def _formula_selected(self, current: Any, _previous: Any = None) -> None:
        f = self.formulas_model.row_object(current.row())
        if f is None:
            return
        self._formula_id, self._formula_version = f.id, f.version
        self.formula_name.setText(f.name)
        self.formula_standard.setChecked(f.is_standard)
        self.formula_notes.setPlainText(f.notes)
        self.ingredients_model.set_rows([(i.product_id, i.amount, i.unit) for i in f.ingredients])
        self.formula_errors.clear()
        self._mark_clean("formula")

    def _new_formula(self) -> None:
        self.formulas_view.clearSelection()
        self._formula_id = self._formula_version = None
        self.formula_name.clear()
        self.formula_notes.clear()
        self.formula_standard.setChecked(True)
        self.ingredients_model.set_rows([])
        self.formula_errors.clear()
        self.formula_name.setFocus()
        self._mark_clean("formula")

    def save_formula(self) -> None:
        self.formula_errors.clear()
        if self.ingredients_view.state() == QAbstractItemView.State.EditingState:
            self.ingredients_view.setFocus()
        data = FormulaInput(
            self.formula_name.text(),
            self.formula_standard.isChecked(),
            self.formula_notes.toPlainText(),
            [IngredientInput(p, a, u) for p, a, u in self.ingredients_model.rows()],
        )
        try:
            formula = self._services.catalogue.save_formula(data, self._formula_id, self._formula_version)
        except ValidationError as exc:
            self.formula_errors.show(exc)
            return
        except Exception as exc:
            show_error(self, exc)
            return
        self.refresh()
        self._select(self.formulas_view, self.formulas_model, formula.id)

    # ------------------------------------------------------------------ protocols
    def _build_protocols(self) -> QWidget:
        splitter = QSplitter()
        self.protocols_model = ProtocolsTableModel(self)
        self.protocols_view = _table(self.protocols_model)
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

    def _protocol_selected(self, current: Any, _previous: Any = None) -> None:
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
        try:
            protocol = self._services.catalogue.save_protocol(data, self._protocol_id)
        except ValidationError as exc:
            self.protocol_errors.show(exc)
            return
        except Exception as exc:
            show_error(self, exc)
            return
        self.refresh()
        self._select(self.protocols_view, self.protocols_model, protocol.id)
