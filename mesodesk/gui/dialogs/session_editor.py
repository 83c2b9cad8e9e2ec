"""The treatment session editor: areas, formula and lots, notes, injection map, sign-off and amendments.

Saving always asks the service first (``sessions.check``): a ValidationError is shown next to its
field and nothing is saved; warnings (unusual depth, lot near expiry or low, an ALLERGY match) are
shown in a panel inside the dialog that the user confirms with "Save anyway".
"""

from __future__ import annotations

import json
import logging
import re
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain import enums
from mesodesk.domain.errors import ConflictError, KnownError, ValidationError
from mesodesk.domain.rules import age_on
from mesodesk.gui.dialogs import editor_labels as L
from mesodesk.gui.dialogs.amend_dialog import AmendDialog
from mesodesk.gui.models import session_areas_model as A
from mesodesk.gui.models import session_products_model as P
from mesodesk.gui.models.session_areas_model import SessionAreasModel
from mesodesk.gui.models.session_products_model import ProductRow, SessionProductsModel
from mesodesk.gui.operations import show_error
from mesodesk.gui.widgets.field_errors import ERROR_STYLE, FieldErrors
from mesodesk.gui.widgets.table_delegates import ComboDelegate, SpinDelegate
from mesodesk.services.sessions import AreaInput, MarkInput, ProductUse, SessionInput

if TYPE_CHECKING:  # the GUI gets these objects from the services, detached
    from mesodesk.db.models import TreatmentSession

log = logging.getLogger("mesodesk.gui.session_editor")

_ITEM = re.compile(r"^(areas|products|marks)\[(\d+)\](?:\.(\w+))?$")

WARNING_PANEL_STYLE = """
QFrame#warningPanel { background: #fff8e6; border: 1px solid #e8b84a; border-radius: 6px; }
QFrame#warningPanel QLabel { background: transparent; }
"""
HEADER_STYLE = "QFrame#patientHeader { background: palette(alternate-base); border-radius: 6px; }"
ALERT_STYLE = (
    "QLabel#alertBanner { background: #fdecec; color: #8a1c1c; border: 1px solid #e6a3a3; "
    "border-radius: 4px; padding: 4px 8px; font-weight: 600; }"
)
STATUS_SIGNED_STYLE = "color: #166534; font-weight: 600;"


class SessionEditorDialog(QDialog):
    """Record a new session or edit one; ``sig_saved(session_id)`` after every successful write."""

    sig_saved = Signal(int)

    def __init__(
        self, services: Any, patient_id: int, session_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._patient_id = patient_id
        self._session: TreatmentSession | None = None
        self._mode = "new"  # new | draft | signed | amend
        self._protocol_id: int | None = None
        self._plan_id: int | None = None
        self._confirmed: frozenset[str] = frozenset()
        self._pending_action: str | None = None
        self._pending_warnings: frozenset[str] = frozenset()
        self._amend_dialog: AmendDialog | None = None
        self.map_editor: Any = None

        self.setWindowTitle(self.tr("Treatment session"))
        self.resize(1180, 860)
        self.setStyleSheet(WARNING_PANEL_STYLE + HEADER_STYLE + ALERT_STYLE)

        self._load_reference_data()
        self._build()
        self._wire()
        if session_id is not None:
            self._load_session(session_id)
        else:
            self._set_mode("new")
        # Enter in a field does nothing here: Ctrl+S saves, so a stray Enter never records a half-typed session.
        L.set_default_button(self, None)
        self._baseline = self._state()

    # ------------------------------------------------------------------ data in
    def _load_reference_data(self) -> None:
        s = self._services
        self._chart = s.patients.chart(self._patient_id, log_view=False)
        self._practitioners = s.users.practitioners()
        self._formulas = s.catalogue.formulas(include_archived=True)
        self._protocols = s.catalogue.protocols()
        self._products = s.catalogue.products(include_archived=True)
        self._lots = s.catalogue.lots()
        self._warning_days = s.clinic.settings().expiry_warning_days
        self._user_names = {u.id: u.full_name for u in s.users.list()}

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setSpacing(8)
        outer.addWidget(self._build_header())

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        outer.addWidget(self.tabs, 1)
        self.errors = FieldErrors()
        self.tabs.addTab(self._build_session_page(), self.tr("&Session"))
        self.tabs.addTab(self._build_notes_page(), self.tr("&Notes"))
        self.tabs.addTab(self._build_map_page(), self.tr("Injection &map"))
        self.history_page = self._build_history_page()
        self.tabs.addTab(self.history_page, self.tr("&Amendments"))
        self.tabs.setTabVisible(3, False)

        outer.addWidget(self._build_warning_panel())
        outer.addWidget(self.errors.general)
        outer.addLayout(self._build_buttons())

    def _build_header(self) -> QWidget:
        frame = QFrame()
        frame.setObjectName("patientHeader")
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        p = self._chart.patient
        top = QHBoxLayout()
        name = QLabel(f"{p.last_name.upper()} {p.first_name}")
        font = name.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        name.setFont(font)
        name.setObjectName("patientName")
        details = QLabel(
            self.tr("File %1 · born %2 (%3 years)")
            .replace("%1", p.file_no)
            .replace("%2", L.fmt_date(p.date_of_birth))
            .replace("%3", str(age_on(p.date_of_birth, date.today())))
        )
        details.setStyleSheet("color: palette(placeholder-text);")
        top.addWidget(name)
        top.addSpacing(12)
        top.addWidget(details)
        top.addStretch(1)
        self.status_label = QLabel()
        self.status_label.setObjectName("sessionStatus")
        top.addWidget(self.status_label)
        layout.addLayout(top)
        self.alert_banner = QLabel()
        self.alert_banner.setObjectName("alertBanner")
        self.alert_banner.setWordWrap(True)
        if self._chart.alerts:
            self.alert_banner.setText("⚠ " + "  ·  ".join(self._chart.alerts))
        else:
            self.alert_banner.hide()
        layout.addWidget(self.alert_banner)
        return frame

    def _error_label(self, field: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"error_{field}")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        return label

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
        self.repeat_button.setToolTip(self.tr("Fill this session from the patient's last one"))

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
        grid.addWidget(self.repeat_button, 0, 4)
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
        for col, width in (
            (A.COL_TECHNIQUE, 130),
            (A.COL_DEVICE, 130),
            (A.COL_GAUGE, 90),
            (A.COL_LENGTH, 100),
            (A.COL_DEPTH, 95),
            (A.COL_POINTS, 70),
            (A.COL_VOLUME, 100),
        ):
            header.resizeSection(col, width)
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
        for col, width in (
            (P.COL_LOT, 150),
            (P.COL_EXPIRY, 110),
            (P.COL_STOCK, 100),
            (P.COL_VOLUME, 100),
            (P.COL_STATUS, 230),
        ):
            header.resizeSection(col, width)
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

    def _build_notes_page(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setContentsMargins(4, 10, 4, 4)
        self.anaesthesia_combo = QComboBox()
        self.anaesthesia_combo.setEditable(True)
        self.anaesthesia_combo.addItems(
            [
                "",
                self.tr("None"),
                self.tr("Topical anaesthetic cream"),
                self.tr("Ice / cooling"),
                self.tr("Lidocaine in the formula"),
            ]
        )
        self.anaesthesia_combo.lineEdit().setPlaceholderText(
            self.tr("e.g. topical anaesthetic cream, 30 minutes")
        )
        self.reactions_edit = QPlainTextEdit()
        self.reactions_edit.setTabChangesFocus(True)
        self.reactions_edit.setPlaceholderText(
            self.tr("Bleeding, bruising, redness, pain during the session…")
        )
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_error = self._error_label("notes")
        self.anaesthesia_error = self._error_label("anaesthesia")
        self.reactions_error = self._error_label("immediate_reactions")
        for r, (text, widget, error) in enumerate(
            (
                (self.tr("A&naesthesia:"), self.anaesthesia_combo, self.anaesthesia_error),
                (self.tr("Immediate &reactions:"), self.reactions_edit, self.reactions_error),
                (self.tr("N&otes:"), self.notes_edit, self.notes_error),
            )
        ):
            lab = QLabel(text)
            lab.setBuddy(widget)
            lab.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(lab, 2 * r, 0)
            grid.addWidget(widget, 2 * r, 1)
            grid.addWidget(error, 2 * r + 1, 1)
        grid.setRowStretch(2, 1)
        grid.setRowStretch(4, 2)
        self.errors.register("anaesthesia", self.anaesthesia_combo, self.anaesthesia_error)
        self.errors.register("immediate_reactions", self.reactions_edit, self.reactions_error)
        self.errors.register("notes", self.notes_edit, self.notes_error)
        return page

    def _build_map_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 10, 4, 4)
        try:
            from mesodesk.gui.widgets.injection_map import InjectionMapEditor
        except ImportError:  # the widget is optional for the editor to work
            log.info("injection map widget not available")
            placeholder = QLabel(self.tr("The injection map is not available in this installation."))
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            placeholder.setObjectName("mapPlaceholder")
            layout.addWidget(placeholder)
        else:
            self.map_editor = InjectionMapEditor(page)
            layout.addWidget(self.map_editor)
        self.map_error = self._error_label("marks")
        layout.addWidget(self.map_error)
        self.errors.register("marks", self.map_editor or page, self.map_error)
        return page

    def _build_history_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 10, 4, 4)
        self.signed_label = QLabel()
        self.signed_label.setWordWrap(True)
        layout.addWidget(self.signed_label)
        self.history_tree = QTreeWidget()
        self.history_tree.setRootIsDecorated(False)
        self.history_tree.setAlternatingRowColors(True)
        self.history_tree.setHeaderLabels(
            [self.tr("When"), self.tr("By"), self.tr("What changed"), self.tr("Reason")]
        )
        self.history_tree.header().resizeSection(0, 150)
        self.history_tree.header().resizeSection(1, 180)
        self.history_tree.header().resizeSection(2, 260)
        layout.addWidget(self.history_tree)
        return page

    def _build_warning_panel(self) -> QWidget:
        self.warning_panel = QFrame()
        self.warning_panel.setObjectName("warningPanel")
        layout = QHBoxLayout(self.warning_panel)
        layout.setContentsMargins(12, 10, 12, 10)
        icon = QLabel("⚠")
        icon.setStyleSheet("font-size: 22pt; color: #b7791f;")
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(icon)
        text_box = QVBoxLayout()
        self.warning_title = QLabel(self.tr("Please check before saving"))
        self.warning_title.setStyleSheet("font-weight: 600; color: #7a4b00;")
        self.warning_text = QLabel()
        self.warning_text.setObjectName("warningText")
        self.warning_text.setWordWrap(True)
        self.warning_text.setTextFormat(Qt.TextFormat.RichText)
        text_box.addWidget(self.warning_title)
        text_box.addWidget(self.warning_text)
        layout.addLayout(text_box, 1)
        buttons = QVBoxLayout()
        self.save_anyway_button = QPushButton(self.tr("Save anyway"))
        self.go_back_button = QPushButton(self.tr("Go back and change"))
        buttons.addWidget(self.save_anyway_button)
        buttons.addWidget(self.go_back_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.warning_panel.hide()
        return self.warning_panel

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.sign_off_button = QPushButton(self.tr("Save and sign &off"))
        self.sign_off_button.setToolTip(self.tr("After sign-off, changes need an amendment with a reason"))
        self.amend_button = QPushButton(self.tr("A&mend…"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save the session (Ctrl+S)"))
        row.addWidget(self.sign_off_button)
        row.addWidget(self.amend_button)
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        return row

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
        view.verticalHeader().setDefaultSectionSize(28)
        view.setTabKeyNavigation(False)
        view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        view.setMinimumHeight(110)

    def _datetime_format(self) -> str:
        from PySide6.QtCore import QLocale

        from mesodesk.gui.i18n import date_format

        return date_format() + " " + QLocale().timeFormat(QLocale.FormatType.ShortFormat)

    def _wire(self) -> None:
        self.add_area_button.clicked.connect(self._add_area)
        self.remove_area_button.clicked.connect(
            lambda: self.areas_model.remove_row(self.areas_view.currentIndex().row())
        )
        self.add_product_button.clicked.connect(self._add_product)
        self.remove_product_button.clicked.connect(
            lambda: self.products_model.remove_row(self.products_view.currentIndex().row())
        )
        self.products_model.sig_refused.connect(self._lot_refused)
        self.formula_combo.activated.connect(self._formula_chosen)
        self.custom_check.toggled.connect(self.custom_name_edit.setEnabled)
        self.protocol_button.clicked.connect(self.start_from_protocol)
        self.repeat_button.clicked.connect(self.repeat_last)
        self.when_edit.dateTimeChanged.connect(
            lambda v: self.products_model.set_day(L.to_utc(v).astimezone().date())
        )
        self.save_button.clicked.connect(self.save)
        self.sign_off_button.clicked.connect(self.sign_off)
        self.amend_button.clicked.connect(self.start_amendment)
        self.cancel_button.clicked.connect(self.reject)
        self.save_anyway_button.clicked.connect(self._save_anyway)
        self.go_back_button.clicked.connect(self._hide_warnings)
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.activated.connect(self.save)
        QWidget.setTabOrder(self.when_edit, self.practitioner_combo)
        QWidget.setTabOrder(self.practitioner_combo, self.repeat_button)
        QWidget.setTabOrder(self.repeat_button, self.indications_edit)
        QWidget.setTabOrder(self.indications_edit, self.protocol_combo)
        QWidget.setTabOrder(self.protocol_combo, self.protocol_button)
        QWidget.setTabOrder(self.protocol_button, self.areas_view)
        QWidget.setTabOrder(self.areas_view, self.add_area_button)
        QWidget.setTabOrder(self.add_area_button, self.remove_area_button)
        QWidget.setTabOrder(self.remove_area_button, self.formula_combo)
        QWidget.setTabOrder(self.formula_combo, self.custom_check)
        QWidget.setTabOrder(self.custom_check, self.custom_name_edit)
        QWidget.setTabOrder(self.custom_name_edit, self.products_view)
        QWidget.setTabOrder(self.products_view, self.add_product_button)
        QWidget.setTabOrder(self.add_product_button, self.remove_product_button)
        QWidget.setTabOrder(self.remove_product_button, self.save_button)
        self.when_edit.setFocus()

    # ------------------------------------------------------------------ filling
    def _select_practitioner(self, user_id: int | None) -> None:
        if user_id is not None and L.select_data(self.practitioner_combo, user_id):
            return
        if user_id is not None:  # a former practitioner on an old session
            self.practitioner_combo.addItem(self._user_names.get(user_id, f"#{user_id}"), user_id)
            L.select_data(self.practitioner_combo, user_id)

    def _fill(self, data: SessionInput, *, keep_when: bool = False) -> None:
        if not keep_when:
            self.when_edit.setDateTime(L.to_local_qdatetime(data.performed_at))
            self._select_practitioner(data.practitioner_id)
        self.indications_edit.setText(", ".join(data.indications))
        self.areas_model.set_rows(data.areas)
        self.products_model.set_rows(
            [ProductRow(self._lot_product(u.lot_id), u.lot_id, u.volume_ml) for u in data.products]
        )
        self._select_formula(data.formula_id, data.formula_name, data.formula_is_custom)
        self.anaesthesia_combo.setCurrentText(data.anaesthesia)
        self.reactions_edit.setPlainText(data.immediate_reactions)
        self.notes_edit.setPlainText(data.notes)
        self._protocol_id = data.protocol_id
        self._plan_id = data.plan_id
        L.select_data(self.protocol_combo, data.protocol_id)
        if self.map_editor is not None:
            self.map_editor.set_marks(list(data.marks))

    def _lot_product(self, lot_id: int) -> int:
        lot = self.products_model.lot(lot_id)
        return lot.product_id if lot is not None else 0

    def _select_formula(self, formula_id: int | None, name: str, custom: bool) -> None:
        if formula_id is not None and self.formula_combo.findData(formula_id) < 0:
            formula = next((f for f in self._formulas if f.id == formula_id), None)
            self.formula_combo.addItem(formula.name if formula else name, formula_id)
        L.select_data(self.formula_combo, formula_id)
        self.custom_check.setChecked(custom)
        self.custom_name_edit.setText(name if custom else "")

    def _load_session(self, session_id: int) -> None:
        ts = self._services.sessions.get(session_id)
        self._session = ts
        data = SessionInput(
            patient_id=ts.patient_id,
            practitioner_id=ts.practitioner_id,
            performed_at=ts.performed_at,
            indications=[i.strip() for i in ts.indications.split(",") if i.strip()],
            formula_id=ts.formula_id,
            formula_name=ts.formula_name,
            formula_is_custom=ts.formula_is_custom,
            anaesthesia=ts.anaesthesia,
            immediate_reactions=ts.immediate_reactions,
            notes=ts.notes,
            protocol_id=ts.protocol_id,
            plan_id=ts.plan_id,
            areas=[
                AreaInput(
                    a.area,
                    a.technique,
                    a.device,
                    a.needle_gauge,
                    a.needle_length_mm,
                    a.depth_mm,
                    a.injection_points,
                    a.volume_ml,
                )
                for a in ts.areas
            ],
            products=[ProductUse(p.lot_id, p.volume_ml) for p in ts.products],
            marks=[
                MarkInput(
                    m.diagram, m.x, m.y, m.kind, m.radius, m.depth_mm, m.volume_ml, m.product_id, m.note
                )
                for m in ts.marks
            ],
        )
        reserved: dict[int, float] = {}
        for use in ts.products:
            reserved[use.lot_id] = reserved.get(use.lot_id, 0.0) + use.volume_ml
        self.products_model.set_reserved(reserved)
        self._fill(data)
        self._load_history()
        self._set_mode("signed" if ts.status == enums.SessionStatus.SIGNED else "draft")
        self._baseline = self._state()

    def _load_history(self) -> None:
        if self._session is None:
            return
        ts = self._session
        self.history_tree.clear()
        for amendment in self._services.sessions.amendments(ts.id):
            item = QTreeWidgetItem(
                [
                    L.fmt_datetime(amendment.amended_at),
                    self._user_names.get(amendment.amended_by_id, ""),
                    self._changed_fields(amendment.before_json, amendment.after_json),
                    amendment.reason,
                ]
            )
            item.setToolTip(3, amendment.reason)
            self.history_tree.addTopLevelItem(item)
        if ts.signed_off_at is not None:
            self.signed_label.setText(
                self.tr("Signed off by %1 on %2.")
                .replace("%1", self._user_names.get(ts.signed_off_by_id or 0, ""))
                .replace("%2", L.fmt_datetime(ts.signed_off_at))
            )
        else:
            self.signed_label.setText(self.tr("Draft: not signed off yet."))
        count = self.history_tree.topLevelItemCount()
        self.tabs.setTabText(
            3, self.tr("&Amendments (%1)").replace("%1", str(count)) if count else self.tr("&Amendments")
        )
        self.tabs.setTabVisible(3, True)

    def _changed_fields(self, before_json: str, after_json: str) -> str:
        """The parts of the session an amendment changed, in words."""
        try:
            before, after = json.loads(before_json), json.loads(after_json)
        except ValueError:
            return ""
        names = {
            "performed_at": self.tr("date and time"),
            "practitioner_id": self.tr("practitioner"),
            "indications": self.tr("indications"),
            "areas": self.tr("areas"),
            "products": self.tr("products"),
            "marks": self.tr("injection map"),
            "formula_id": self.tr("formula"),
            "formula_name": self.tr("formula"),
            "formula_is_custom": self.tr("formula"),
            "anaesthesia": self.tr("anaesthesia"),
            "immediate_reactions": self.tr("immediate reactions"),
            "notes": self.tr("notes"),
            "protocol_id": self.tr("protocol"),
        }

        def content(value: Any) -> Any:  # rows are re-inserted on every change: ignore their ids
            if isinstance(value, list):
                return [
                    {k: v for k, v in row.items() if k not in ("id", "session_id")}
                    if isinstance(row, dict)
                    else row
                    for row in value
                ]
            return value

        changed = [
            names[key]
            for key in sorted(set(before) | set(after))
            if key in names and content(before.get(key)) != content(after.get(key))
        ]
        return ", ".join(dict.fromkeys(changed))

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

    # ------------------------------------------------------------------ reading
    def _practitioner_id(self) -> int | None:
        value = self.practitioner_combo.currentData()
        return int(value) if value is not None else None

    def session_input(self) -> SessionInput:
        """What the form says now (raises ValidationError for what only the form can know)."""
        practitioner = self._practitioner_id()
        if practitioner is None:
            raise ValidationError("practitioner", self.tr("choose the treating practitioner"))
        products = []
        for i, row in enumerate(self.products_model.rows()):
            if row.lot_id is None:
                raise ValidationError(f"products[{i}].lot", self.tr("choose the lot that was used"))
            products.append(ProductUse(row.lot_id, row.volume_ml))
        formula_id = self.formula_combo.currentData()
        custom = self.custom_check.isChecked()
        if custom:
            name = self.custom_name_edit.text().strip()
        else:
            name = self.formula_combo.currentText() if formula_id is not None else ""
        marks = list(self.map_editor.marks()) if self.map_editor is not None else []
        return SessionInput(
            patient_id=self._patient_id,
            practitioner_id=practitioner,
            performed_at=L.to_utc(self.when_edit.dateTime()),
            indications=[i.strip() for i in self.indications_edit.text().split(",") if i.strip()],
            areas=self.areas_model.rows(),
            products=products,
            marks=marks,
            formula_id=formula_id,
            formula_name=name,
            formula_is_custom=custom,
            anaesthesia=self.anaesthesia_combo.currentText().strip(),
            immediate_reactions=self.reactions_edit.toPlainText(),
            notes=self.notes_edit.toPlainText(),
            protocol_id=self._protocol_id,
            plan_id=self._plan_id,
        )

    def _state(self) -> tuple:
        marks = repr(self.map_editor.marks()) if self.map_editor is not None else ""
        return (
            self.when_edit.dateTime().toSecsSinceEpoch(),
            self.practitioner_combo.currentData(),
            self.indications_edit.text(),
            repr(self.areas_model.rows()),
            repr(self.products_model.rows()),
            self.formula_combo.currentData(),
            self.custom_check.isChecked(),
            self.custom_name_edit.text(),
            self.anaesthesia_combo.currentText(),
            self.reactions_edit.toPlainText(),
            self.notes_edit.toPlainText(),
            marks,
            self._protocol_id,
        )

    def is_dirty(self) -> bool:
        return self._state() != self._baseline

    # ------------------------------------------------------------------ modes
    def _set_mode(self, mode: str) -> None:
        self._mode = mode
        editable = mode in ("new", "draft", "amend")
        self._set_editable(editable)
        self.sign_off_button.setVisible(mode in ("new", "draft"))
        self.amend_button.setVisible(mode == "signed")
        self.save_button.setVisible(editable)
        self.save_button.setText(self.tr("&Save amendment…") if mode == "amend" else self.tr("&Save"))
        self.cancel_button.setText(
            {"signed": self.tr("Close"), "amend": self.tr("Cancel amendment")}.get(mode, self.tr("Cancel"))
        )
        self.repeat_button.setEnabled(mode == "new")
        if mode == "new":
            self.setWindowTitle(self.tr("New treatment session"))
            self.status_label.setText(self.tr("New session"))
            self.status_label.setStyleSheet("")
            self._select_practitioner(self._default_practitioner())
        elif mode == "draft":
            self.setWindowTitle(self.tr("Treatment session (draft)"))
            self.status_label.setText(self.tr("Draft — not signed off"))
            self.status_label.setStyleSheet("color: #92400e; font-weight: 600;")
        elif mode == "signed":
            self.setWindowTitle(self.tr("Treatment session (signed off)"))
            self.status_label.setText(self.tr("✔ Signed off — read only"))
            self.status_label.setStyleSheet(STATUS_SIGNED_STYLE)
        else:
            self.setWindowTitle(self.tr("Amending a signed session"))
            self.status_label.setText(self.tr("Amending — a reason will be asked when you save"))
            self.status_label.setStyleSheet("color: #92400e; font-weight: 600;")

    def _default_practitioner(self) -> int | None:
        me = self._services.ctx.actor.user_id
        if any(u.id == me for u in self._practitioners):
            return me
        return self._practitioners[0].id if self._practitioners else None

    def _set_editable(self, editable: bool) -> None:
        for w in (self.when_edit, self.indications_edit, self.custom_name_edit):
            w.setReadOnly(not editable)
        for w in (self.reactions_edit, self.notes_edit):
            w.setReadOnly(not editable)
        for w in (
            self.practitioner_combo,
            self.protocol_combo,
            self.protocol_button,
            self.formula_combo,
            self.custom_check,
            self.anaesthesia_combo,
            self.add_area_button,
            self.remove_area_button,
            self.add_product_button,
            self.remove_product_button,
        ):
            w.setEnabled(editable)
        if editable:
            self.custom_name_edit.setEnabled(self.custom_check.isChecked())
        self.areas_hint.setVisible(editable)
        self.products_hint.setVisible(editable)
        self.areas_model.set_read_only(not editable)
        self.products_model.set_read_only(not editable)
        triggers = (
            (
                QAbstractItemView.EditTrigger.DoubleClicked
                | QAbstractItemView.EditTrigger.EditKeyPressed
                | QAbstractItemView.EditTrigger.AnyKeyPressed
            )
            if editable
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        self.areas_view.setEditTriggers(triggers)
        self.products_view.setEditTriggers(triggers)
        if self.map_editor is not None:
            self.map_editor.set_read_only(not editable)

    def is_read_only(self) -> bool:
        return self._mode == "signed"

    # ------------------------------------------------------------------ saving
    def save(self) -> None:
        if self._mode == "signed":
            return
        self._run("amend" if self._mode == "amend" else "save")

    def sign_off(self) -> None:
        if self._mode in ("new", "draft"):
            self._run("sign_off")

    def start_amendment(self) -> None:
        if self._mode == "signed":
            self._set_mode("amend")
            self.tabs.setCurrentIndex(0)
            self.when_edit.setFocus()

    def _commit_open_editors(self) -> None:
        """A cell still being edited (Ctrl+S while typing) is committed before reading the form."""
        for view in (self.areas_view, self.products_view):
            if view.state() == QAbstractItemView.State.EditingState:
                view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _run(self, action: str) -> None:
        self._commit_open_editors()
        self._clear_errors()
        try:
            data = self.session_input()
            warnings = self._services.sessions.check(data)
        except ValidationError as exc:
            self._show_validation(exc)
            return
        except Exception as exc:  # known errors as messages, bugs logged
            show_error(self, exc)
            return
        if warnings and not frozenset(warnings) <= self._confirmed:
            self._show_warnings(warnings, action, data)
            return
        self._commit(action, data)

    def _show_warnings(self, warnings: list[str], action: str, data: SessionInput) -> None:
        self._pending_action = action
        items = []
        for w in sorted(warnings, key=lambda w: not w.startswith("ALLERGY")):
            escaped = w.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            if w.startswith("ALLERGY"):
                items.append(f"<li><b style='color:#b91c1c'>{escaped}</b></li>")
            else:
                items.append(f"<li>{escaped}</li>")
        self.warning_text.setText(f"<ul style='margin: 0; -qt-list-indent: 1;'>{''.join(items)}</ul>")
        self._pending_warnings = frozenset(warnings)
        self.save_anyway_button.setText(
            self.tr("Sign off anyway") if action == "sign_off" else self.tr("Save anyway")
        )
        self.warning_panel.show()
        self.save_anyway_button.setFocus()

    def warnings_shown(self) -> list[str]:
        """The warnings in the panel (empty when hidden)."""
        if self.warning_panel.isHidden():
            return []
        return sorted(self._pending_warnings)

    def _hide_warnings(self) -> None:
        self.warning_panel.hide()
        self._pending_action = None

    def _save_anyway(self) -> None:
        action = self._pending_action
        self._confirmed = self._confirmed | self._pending_warnings
        self.warning_panel.hide()
        if action is not None:
            self._run(action)

    def _commit(self, action: str, data: SessionInput) -> None:
        if action == "amend":
            self._ask_reason(data)
            return
        sessions = self._services.sessions
        try:
            if self._session is None:
                result = sessions.record(data, sign_off=action == "sign_off")
                session = result.session
            else:
                result = sessions.update_draft(self._session.id, data, self._session.version)
                session = result.session
                if action == "sign_off":
                    session = sessions.sign_off(session.id, session.version)
        except ValidationError as exc:
            self._show_validation(exc)
            return
        except ConflictError as exc:
            self._conflict(exc)
            return
        except Exception as exc:
            show_error(self, exc)
            return
        self._after_write(session.id, close=action == "save")

    def _ask_reason(self, data: SessionInput) -> None:
        self._amend_dialog = AmendDialog(self)
        self._amend_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self._amend_dialog.accepted.connect(lambda: self._amend(data))
        self._amend_dialog.open()

    def _amend(self, data: SessionInput) -> None:
        assert self._session is not None and self._amend_dialog is not None
        try:
            self._services.sessions.amend(
                self._session.id, data, self._amend_dialog.reason(), self._session.version
            )
        except ValidationError as exc:
            if exc.field == "reason":
                self._amend_dialog.show_error(exc.message)
                self._amend_dialog.open()
            else:
                self._show_validation(exc)
            return
        except ConflictError as exc:
            self._conflict(exc)
            return
        except Exception as exc:
            show_error(self, exc)
            return
        self._after_write(self._session.id, close=False)

    def _after_write(self, session_id: int, *, close: bool) -> None:
        self._confirmed = frozenset()
        self._lots = self._services.catalogue.lots()  # stock has changed
        self.products_model.set_catalogue(self._products, self._lots, self._warning_days)
        self.sig_saved.emit(session_id)
        if close:
            self._baseline = self._state()
            super().accept()
            return
        self._load_session(session_id)

    def _conflict(self, exc: ConflictError) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Changed by someone else"),
            self.tr(
                "This session was changed on another workstation since you opened it.\n\n"
                "Reload it now? Your changes in this window will be lost."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes and self._session is not None:
            self._load_session(self._session.id)

    # ------------------------------------------------------------------ errors
    def _clear_errors(self) -> None:
        self.errors.clear()
        self.areas_model.clear_error()
        self.products_model.set_error_row(None)
        self.warning_panel.hide()

    def _show_validation(self, exc: ValidationError) -> None:
        label = self.errors.show(exc)
        match = _ITEM.match(exc.field)
        if match is not None:
            kind, row, attr = match.group(1), int(match.group(2)), match.group(3) or ""
            if kind == "areas":
                index = self.areas_model.set_error(row, attr)
                self._point_at(self.areas_view, index)
                area = self.areas_model.rows()[row].area if row < self.areas_model.rowCount() else ""
                column = self.areas_model.headerData(index.column(), Qt.Orientation.Horizontal)
                label.setText(
                    self.tr("Area %1 (%2), %3: %4")
                    .replace("%1", str(row + 1))
                    .replace("%2", L.label(L.area_labels(), area))
                    .replace("%3", str(column))
                    .replace("%4", exc.message)
                )
            elif kind == "products":
                self.products_model.set_error_row(row)
                index = self.products_model.index(row, P.COL_LOT if attr == "lot" else P.COL_VOLUME)
                self._point_at(self.products_view, index)
                rows = self.products_model.rows()
                product = self.products_model.product(rows[row].product_id) if row < len(rows) else None
                label.setText(
                    self.tr("%1: %2")
                    .replace("%1", product.name if product else "?")
                    .replace("%2", exc.message)
                )
        page = {"anaesthesia": 1, "immediate_reactions": 1, "notes": 1, "marks": 2}.get(
            exc.field.split("[")[0].split(".")[0], 0
        )
        self.tabs.setCurrentIndex(page)

    @staticmethod
    def _point_at(view: QTableView, index: Any) -> None:
        """Make the faulty cell current without selecting the row, so its red background shows."""
        view.clearSelection()
        view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        view.scrollTo(index)

    def field_error(self, field: str) -> str:
        """The error text shown for a field ('areas', 'products', 'performed_at', …), or ''."""
        label = self.findChild(QLabel, f"error_{field}")
        return label.text() if label is not None and not label.isHidden() else ""

    # ------------------------------------------------------------------ closing
    def reject(self) -> None:
        if (
            self._mode == "amend" and self._session is not None
        ):  # Esc/Cancel leaves the amendment, not the dialog
            if self.is_dirty() and not self._confirm_discard():
                return
            self._load_session(self._session.id)
            return
        if self._mode != "signed" and self.is_dirty() and not self._confirm_discard():
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """The window's close button closes the dialog (after asking), even while amending."""
        if self.is_dirty() and self._mode != "signed" and not self._confirm_discard():
            event.ignore()
            return
        self._baseline = self._state()
        self._mode = "signed" if self._mode == "amend" else self._mode
        super().closeEvent(event)

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("This session has changes that are not saved. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard
