"""The Lots and stock tab of the catalogue: receive lots, recall them (the LotsTabMixin of CatalogueDialog)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.errors import ValidationError
from mesodesk.gui.dialogs.catalogue_tabs.host import CatalogueTabHost
from mesodesk.gui.dialogs.recall_dialog import RecallDialog
from mesodesk.gui.models.catalogue_models import (
    LotsTableModel,
)
from mesodesk.gui.operations import submit
from mesodesk.gui.widgets.date_field import DateField
from mesodesk.gui.widgets.field_errors import FieldErrors
from mesodesk.gui.widgets.tables import plain_table
from mesodesk.services.catalogue import LotInput


class LotsTabMixin(CatalogueTabHost):
    """Lots: list, receive, recall."""

    recall_dialog: RecallDialog | None  # the one open (CatalogueDialog starts with None)

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
        self.lots_view = plain_table(self.lots_model)
        self.lots_view.setObjectName("lotsCatalogue")
        self.lots_view.setAccessibleName(self.tr("Lots"))
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
        in_a_year = date.today().replace(year=date.today().year + 1, day=min(date.today().day, 28))
        self.lot_expiry_edit = DateField(near=in_a_year)
        self.lot_expiry_edit.setObjectName("lot_expiry")
        self.lot_expiry_edit.set_date(in_a_year)
        self.lot_quantity_spin = QDoubleSpinBox()
        self.lot_quantity_spin.setRange(0, 1_000_000)
        self.lot_quantity_spin.setDecimals(1)
        self.lot_received_edit = DateField(near=date.today())
        self.lot_received_edit.setObjectName("lot_received")
        self.lot_received_edit.set_date(date.today())
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
        if self.lot_expiry_edit.refuse_if_not_a_date(self.lot_errors, "expiry_date"):
            return
        if self.lot_received_edit.refuse_if_not_a_date(self.lot_errors, "received_on"):
            return
        data = LotInput(
            product_id,
            self.lot_number_edit.text(),
            self.lot_expiry_edit.date_or_none(),  # None: the service says it is required
            self.lot_quantity_spin.value(),
            self.lot_received_edit.date_or_none(),
        )
        done = submit(self, self._services.catalogue.save_lot, data, errors=self.lot_errors)
        if not done or done.value is None:
            return
        lot = done.value
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
        dialog = RecallDialog(f"{lot.lot_number} ({lot.product.name})", self)
        self.recall_dialog = dialog
        dialog.buttons.accepted.connect(lambda: self._recall(lot.id))
        dialog.open()

    def _recall(self, lot_id: int) -> None:
        dialog = self.recall_dialog
        assert dialog is not None

        def invalid(exc: ValidationError) -> None:
            dialog.error.setText(exc.message)
            dialog.error.show()

        if not submit(
            dialog, self._services.catalogue.recall_lot, lot_id, dialog.reason(), on_invalid=invalid
        ):
            return
        dialog.accept()
        self._refresh_lots()
        self._select(self.lots_view, self.lots_model, lot_id)
