"""The Session page of the session editor: when, who, indications, protocol, treated areas, formula and
products with their lots (the SessionPageMixin of SessionEditorDialog).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.errors import KnownError
from mesodesk.gui.dialogs import editor_labels as L
from mesodesk.gui.dialogs.session_pages.host import SessionEditorHost
from mesodesk.gui.models import session_areas_model as A
from mesodesk.gui.models import session_products_model as P
from mesodesk.gui.models.session_areas_model import SessionAreasModel
from mesodesk.gui.models.session_products_model import ProductRow, SessionProductsModel
from mesodesk.gui.operations import show_error
from mesodesk.gui.widgets.table_delegates import ComboDelegate, SpinDelegate
from mesodesk.gui.widgets.tables import fit_sections
from mesodesk.services.sessions import AreaInput

if TYPE_CHECKING:  # the GUI gets these objects from the services, detached
    pass


class SessionPageMixin(SessionEditorHost):
    """Builds the Session page and fills it from a protocol or the last session."""

    def _build_session_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 10, 4, 4)

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        self.when_edit = QDateTimeEdit()
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat(self._datetime_format())
        self.when_edit.setDateTime(L.to_local_qdatetime())
        self.when_edit.setMinimumWidth(190)
        self.when_edit.setMaximumWidth(260)
        self.practitioner_combo = QComboBox()
        for u in self._practitioners:
            self.practitioner_combo.addItem(u.full_name, u.id)
        self.indications_edit = QLineEdit()
        self.indications_edit.setPlaceholderText(self.tr("e.g. fine lines, skin hydration"))
        self.protocol_combo = QComboBox()
        self.protocol_combo.addItem(self.tr("— choose a protocol —"), None)
        for proto in self._protocols:
            self.protocol_combo.addItem(proto.name, proto.id)
        self.protocol_button = QPushButton(self.tr("Start from protocol"))
        self.repeat_button = QPushButton(self.tr("Repeat last session"))
        self.repeat_button.setText(self.tr("&Repeat last session"))
        self.repeat_button.setToolTip(self.tr("Fill this session from the patient's last one (Ctrl+R)"))

        def labelled(text: str, buddy: QWidget) -> QLabel:
            lab = QLabel(text)
            lab.setBuddy(buddy)
            return lab

        self.when_error = self._error_label("performed_at")
        self.practitioner_error = self._error_label("practitioner")
        self.indications_error = self._error_label("indications")
        grid.addWidget(labelled(self.tr("&Date and time:"), self.when_edit), 0, 0)
        grid.addWidget(self.when_edit, 0, 1)
        grid.addWidget(self.when_error, 1, 1)
        grid.addWidget(labelled(self.tr("&Practitioner:"), self.practitioner_combo), 0, 2)
        grid.addWidget(self.practitioner_combo, 0, 3)
        grid.addWidget(self.practitioner_error, 1, 3)
        grid.addWidget(labelled(self.tr("&Indications:"), self.indications_edit), 2, 0)
        grid.addWidget(self.indications_edit, 2, 1)
        grid.addWidget(self.indications_error, 3, 1)
        proto_row = QHBoxLayout()
        proto_row.addWidget(self.protocol_combo, 1)
        proto_row.addWidget(self.protocol_button)
        grid.addWidget(labelled(self.tr("P&rotocol:"), self.protocol_combo), 2, 2)
        grid.addLayout(proto_row, 2, 3)
        # "Repeat last session" sits in the button row at the foot (frame.py): it never moves with the
        # alert banner or an error shown above it, and Ctrl+R presses it.
        self.errors.register("performed_at", self.when_edit, self.when_error)
        self.errors.register("practitioner", self.practitioner_combo, self.practitioner_error)
        self.errors.register("indications", self.indications_edit, self.indications_error)
        layout.addLayout(grid)

        # -- areas
        areas_box = QGroupBox(self.tr("Treated areas"))
        areas_layout = QVBoxLayout(areas_box)
        self.areas_model = SessionAreasModel(self)
        self.areas_view = QTableView()
        self.areas_view.setObjectName("areasTable")
        self.areas_view.setAccessibleName(self.tr("Treated areas"))
        self.areas_view.setModel(self.areas_model)
        self._setup_table(self.areas_view)
        self.areas_view.setItemDelegateForColumn(
            A.COL_AREA,
            ComboDelegate(lambda _i: [(v, t, True) for v, t in L.area_labels().items()], self.areas_view),
        )
        self.areas_view.setItemDelegateForColumn(
            A.COL_TECHNIQUE,
            ComboDelegate(
                lambda _i: [(v, t, True) for v, t in L.technique_labels().items()], self.areas_view
            ),
        )
        self.areas_view.setItemDelegateForColumn(
            A.COL_DEVICE,
            ComboDelegate(lambda _i: [(v, t, True) for v, t in L.device_labels().items()], self.areas_view),
        )
        # Wide ranges on purpose: the service's limits decide, and say why, next to the table.
        self.areas_view.setItemDelegateForColumn(A.COL_GAUGE, SpinDelegate(10, 40, 0, 1, "", self.areas_view))
        self.areas_view.setItemDelegateForColumn(
            A.COL_LENGTH, SpinDelegate(0, 50, 1, 0.5, "", self.areas_view)
        )
        self.areas_view.setItemDelegateForColumn(
            A.COL_DEPTH, SpinDelegate(0, 99.9, 1, 0.5, "", self.areas_view)
        )
        self.areas_view.setItemDelegateForColumn(
            A.COL_POINTS, SpinDelegate(0, 9999, 0, 5, "", self.areas_view)
        )
        self.areas_view.setItemDelegateForColumn(
            A.COL_VOLUME, SpinDelegate(0, 999, 2, 0.1, "", self.areas_view)
        )
        header = self.areas_view.horizontalHeader()
        header.setSectionResizeMode(A.COL_AREA, QHeaderView.ResizeMode.Stretch)
        fit_sections(
            header,
            {
                A.COL_TECHNIQUE: 130,
                A.COL_DEVICE: 130,
                A.COL_GAUGE: 90,
                A.COL_LENGTH: 100,
                A.COL_DEPTH: 95,
                A.COL_POINTS: 70,
                A.COL_VOLUME: 100,
            },
        )
        areas_layout.addWidget(self.areas_view)
        self.areas_error = self._error_label("areas")
        areas_layout.addWidget(self.areas_error)
        row = QHBoxLayout()
        self.add_area_button = QPushButton(self.tr("Add area"))
        self.remove_area_button = QPushButton(self.tr("Remove area"))
        row.addWidget(self.add_area_button)
        row.addWidget(self.remove_area_button)
        row.addStretch(1)
        self.areas_hint = QLabel(
            self.tr("Usual depth for mesotherapy: 1–4 mm. Double-click a cell to change it.")
        )
        self.areas_hint.setStyleSheet("color: palette(placeholder-text);")
        row.addWidget(self.areas_hint)
        areas_layout.addLayout(row)
        self.errors.register("areas", self.areas_view, self.areas_error)
        layout.addWidget(areas_box, 3)

        # -- formula and products
        prod_box = QGroupBox(self.tr("Formula and products"))
        prod_layout = QVBoxLayout(prod_box)
        frow = QHBoxLayout()
        self.formula_combo = QComboBox()
        self.formula_combo.setMinimumWidth(260)
        self.formula_combo.addItem(self.tr("— no standard formula —"), None)
        for f in self._formulas:
            if f.is_standard and not f.archived:
                self.formula_combo.addItem(f.name, f.id)
        self.custom_check = QCheckBox(self.tr("&Custom formula for this patient"))
        self.custom_name_edit = QLineEdit()
        self.custom_name_edit.setAccessibleName(self.tr("Name of the custom formula"))
        self.custom_name_edit.setPlaceholderText(self.tr("Name of the custom formula"))
        self.custom_name_edit.setEnabled(False)
        flabel = QLabel(self.tr("&Formula:"))
        flabel.setBuddy(self.formula_combo)
        frow.addWidget(flabel)
        frow.addWidget(self.formula_combo)
        frow.addSpacing(12)
        frow.addWidget(self.custom_check)
        frow.addWidget(self.custom_name_edit, 1)
        prod_layout.addLayout(frow)

        self.products_model = SessionProductsModel(self)
        self.products_model.set_catalogue(self._products, self._lots, self._warning_days)
        self.products_view = QTableView()
        self.products_view.setObjectName("productsTable")
        self.products_view.setAccessibleName(self.tr("Products and lots used"))
        self.products_view.setModel(self.products_model)
        self._setup_table(self.products_view)
        self.products_view.setItemDelegateForColumn(
            P.COL_PRODUCT,
            ComboDelegate(
                lambda _i: [(p.id, p.name, not p.archived) for p in self.products_model.products()],
                self.products_view,
            ),
        )
        self.products_view.setItemDelegateForColumn(
            P.COL_LOT, ComboDelegate(lambda i: self.products_model.lot_choices(i.row()), self.products_view)
        )
        self.products_view.setItemDelegateForColumn(
            P.COL_VOLUME, SpinDelegate(0, 999, 2, 0.1, "", self.products_view)
        )
        header = self.products_view.horizontalHeader()
        header.setSectionResizeMode(P.COL_PRODUCT, QHeaderView.ResizeMode.Stretch)
        fit_sections(
            header,
            {P.COL_LOT: 150, P.COL_EXPIRY: 110, P.COL_STOCK: 100, P.COL_VOLUME: 100, P.COL_STATUS: 230},
        )
        prod_layout.addWidget(self.products_view)
        self.products_error = self._error_label("products")
        prod_layout.addWidget(self.products_error)
        row = QHBoxLayout()
        self.add_product_button = QPushButton(self.tr("Add product"))
        self.remove_product_button = QPushButton(self.tr("Remove product"))
        row.addWidget(self.add_product_button)
        row.addWidget(self.remove_product_button)
        row.addStretch(1)
        self.products_hint = QLabel(self.tr("Expired and recalled lots cannot be chosen."))
        self.products_hint.setStyleSheet("color: palette(placeholder-text);")
        row.addWidget(self.products_hint)
        prod_layout.addLayout(row)
        self.errors.register("products", self.products_view, self.products_error)
        layout.addWidget(prod_box, 2)
        return page

    def _setup_table(self, view: QTableView) -> None:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        view.setAlternatingRowColors(True)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(max(28, view.fontMetrics().height() + 10))
        view.setTabKeyNavigation(False)
        view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        view.setMinimumHeight(110)

    def _datetime_format(self) -> str:
        from PySide6.QtCore import QLocale

        from mesodesk.gui.i18n import date_format

        return date_format() + " " + QLocale().timeFormat(QLocale.FormatType.ShortFormat)

    def _add_area(self) -> None:
        row = self.areas_model.add_row()
        index = self.areas_model.index(row, A.COL_AREA)
        self.areas_view.setCurrentIndex(index)
        self.areas_view.setFocus()

    def _add_product(self) -> None:
        row = self.products_model.add_row()
        if row is None:
            self.products_error.setText(self.tr("The catalogue has no products yet."))
            self.products_error.show()
            return
        self.products_view.setCurrentIndex(self.products_model.index(row, P.COL_PRODUCT))
        self.products_view.setFocus()

    def _lot_refused(self, message: str) -> None:
        self.products_error.setText(message + " " + self.tr("Choose another lot."))
        self.products_error.show()

    def _formula_chosen(self, _index: int = 0) -> None:
        formula_id = self.formula_combo.currentData()
        formula = next((f for f in self._formulas if f.id == formula_id), None)
        if formula is None:
            return
        self.products_model.set_rows(
            [
                ProductRow(
                    ing.product_id,
                    self.products_model.default_lot(ing.product_id),
                    ing.amount if ing.unit == "ml" else 0.0,
                )
                for ing in formula.ingredients
            ]
        )

    def start_from_protocol(self) -> None:
        protocol_id = self.protocol_combo.currentData()
        proto = next((p for p in self._protocols if p.id == protocol_id), None)
        if proto is None:
            self.protocol_combo.setFocus()
            return
        self._protocol_id = proto.id
        if not self.indications_edit.text().strip() and proto.indication:
            self.indications_edit.setText(proto.indication)
        self.areas_model.set_rows(
            [
                AreaInput(
                    area,
                    proto.technique,
                    proto.device,
                    proto.needle_gauge,
                    proto.needle_length_mm,
                    proto.depth_mm,
                    proto.points_per_area,
                    proto.volume_ml_per_area,
                )
                for area in proto.areas.split(",")
                if area
            ]
        )
        if proto.formula_id is not None:
            self._select_formula(proto.formula_id, "", False)
            self._formula_chosen()

    def repeat_last(self) -> None:
        try:
            data = self._services.sessions.repeat_last(
                self._patient_id, self._practitioner_id() or 0, L.to_utc(self.when_edit.dateTime())
            )
        except KnownError as exc:
            show_error(self, exc)
            return
        if data is None:
            QMessageBox.information(
                self,
                self.tr("Repeat last session"),
                self.tr("This patient has no earlier session to repeat."),
            )
            return
        data.indications = [i.strip() for i in data.indications if i.strip()]
        self._fill(data, keep_when=True)
