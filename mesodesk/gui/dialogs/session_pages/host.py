"""What the session editor's pages use of the dialog and of each other, declared once.

For the type checker each page mixin is a QDialog with these attributes and methods; at run time the base
is a plain object (SessionEditorDialog itself derives from QDialog), so nothing here runs or shadows
anything. Each attribute is made by the dialog (``session_editor.py``) or by the page named beside it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import (
        QCheckBox,
        QComboBox,
        QDateTimeEdit,
        QDialog,
        QFrame,
        QLabel,
        QPushButton,
        QTableView,
        QTabWidget,
        QWidget,
    )

    from mesodesk.db.models import Formula, Product, ProductLot, TreatmentSession
    from mesodesk.db.models import Protocol as TreatmentProtocol
    from mesodesk.gui.models.session_areas_model import SessionAreasModel
    from mesodesk.gui.models.session_products_model import SessionProductsModel
    from mesodesk.gui.widgets.field_errors import FieldErrors
    from mesodesk.gui.widgets.injection_map import InjectionMapEditor
    from mesodesk.services import Services
    from mesodesk.services.patient_chart import PatientChart
    from mesodesk.services.sessions import SessionInput
    from mesodesk.services.signoff import Gate
    from mesodesk.services.users import UserInfo

    _DialogBase = QDialog
else:
    _DialogBase = object


class SessionEditorHost(_DialogBase):
    """The base of every page mixin of SessionEditorDialog."""

    # the dialog: the patient, the record, what the pickers offer
    _services: Services
    _patient_id: int
    _session: TreatmentSession | None
    _protocol_id: int | None  # the protocol the session follows (session_page.py picks it)
    _chart: PatientChart
    _user_names: dict[int, str]
    _practitioners: list[UserInfo]
    _formulas: list[Formula]
    _protocols: list[TreatmentProtocol]
    _products: list[Product]
    _lots: list[ProductLot]
    _warning_days: int
    errors: FieldErrors
    tabs: QTabWidget
    # the dialog: the warnings confirmed or waiting (safety.py shows them)
    _confirmed: frozenset[str]
    _pending_action: str | None
    _pending_warnings: frozenset[str]
    _pending_gates: list[Gate]
    _override_reason: str | None
    # session_page.py
    when_edit: QDateTimeEdit
    repeat_button: QPushButton
    formula_combo: QComboBox
    custom_check: QCheckBox
    areas_model: SessionAreasModel
    areas_view: QTableView
    products_model: SessionProductsModel
    products_view: QTableView
    # notes_page.py
    anaesthesia_combo: QComboBox
    # map_page.py (made when the map tab is first shown)
    map_editor: InjectionMapEditor | None
    # frame.py
    warning_panel: QFrame
    warning_title: QLabel
    warning_text: QLabel
    save_anyway_button: QPushButton

    # (declared last: Qt's lupdate loses the class of every tr() after such a block)
    if TYPE_CHECKING:
        # session_editor.py
        def _fill(self, data: SessionInput, *, keep_when: bool = False) -> None: ...

        def _select_formula(self, formula_id: int | None, name: str, custom: bool) -> None: ...

        def _practitioner_id(self) -> int | None: ...

        def _run(self, action: str) -> None: ...

        # frame.py
        def _error_label(self, field: str) -> QLabel: ...

        # safety.py
        def _build_override_row(self) -> list[QWidget]: ...
