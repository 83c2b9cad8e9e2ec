"""The Formulas tab of the catalogue: ingredients and concentrations (the FormulasTabMixin of CatalogueDialog)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.errors import ValidationError
from mesodesk.gui.dialogs.catalogue_tabs.host import CatalogueTabHost
from mesodesk.gui.models.catalogue_models import (
    FormulasTableModel,
    IngredientsModel,
)
from mesodesk.gui.operations import submit
from mesodesk.gui.widgets.field_errors import FieldErrors
from mesodesk.gui.widgets.table_delegates import ComboDelegate, SpinDelegate
from mesodesk.gui.widgets.tables import plain_table
from mesodesk.services.catalogue import FormulaInput, IngredientInput


class FormulasTabMixin(CatalogueTabHost):
    """Formulas: list, ingredients, save."""

    # ------------------------------------------------------------------ formulas
    def _build_formulas(self) -> QWidget:
        splitter = QSplitter()
        self.formulas_model = FormulasTableModel(self)
        self.formulas_view = plain_table(self.formulas_model)
        self.formulas_view.setAccessibleName(self.tr("Formulas"))
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
        self.ingredients_view = plain_table(self.ingredients_model)
        self.ingredients_view.setAccessibleName(self.tr("Ingredients of the formula"))
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

    def _formula_selected(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
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
        done = submit(
            self,
            self._services.catalogue.save_formula,
            data,
            self._formula_id,
            self._formula_version,
            errors=self.formula_errors,
        )
        if not done or done.value is None:
            return
        formula = done.value
        self.refresh()
        self._select(self.formulas_view, self.formulas_model, formula.id)
