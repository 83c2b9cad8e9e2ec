"""The treatment session editor: areas, formula and lots, notes, injection map, sign-off and amendments.

Saving always asks the service first (``sessions.check``): a ValidationError is shown next to its
field and nothing is saved; warnings (unusual depth, lot near expiry or low, an ALLERGY match) are
shown in a panel inside the dialog that the user confirms with "Save anyway". Signing off also passes
the clinic's sign-off gates (consent, history review, risks, allergies): a required one cannot be
overridden (the session can be saved as a draft); a warning needs a reason, kept with the session.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain import enums
from mesodesk.domain.errors import KnownError, ValidationError
from mesodesk.gui import theme
from mesodesk.gui.changes import watch_changes
from mesodesk.gui.dialogs import editor_labels as L
from mesodesk.gui.dialogs.amend_dialog import AmendDialog
from mesodesk.gui.models.session_products_model import ProductRow
from mesodesk.gui.operations import submit
from mesodesk.gui.widgets.field_errors import FieldErrors
from mesodesk.services.changes import ChangeSet
from mesodesk.services.sessions import AreaInput, MarkInput, ProductUse, SessionInput

if TYPE_CHECKING:  # the GUI gets these objects from the services, detached
    from mesodesk.db.models import TreatmentSession
    from mesodesk.gui.widgets.injection_map import InjectionMapEditor
    from mesodesk.services import Services
    from mesodesk.services.signoff import Gate

from mesodesk.gui.dialogs.session_pages.frame import EditorFrameMixin
from mesodesk.gui.dialogs.session_pages.history_page import HistoryPageMixin
from mesodesk.gui.dialogs.session_pages.map_page import MapPageMixin
from mesodesk.gui.dialogs.session_pages.notes_page import NotesPageMixin
from mesodesk.gui.dialogs.session_pages.safety import SafetyMixin
from mesodesk.gui.dialogs.session_pages.session_page import SessionPageMixin

log = logging.getLogger("mesodesk.gui.session_editor")

#: What the alert banner is made of.
ALERT_TABLES = ("allergies", "medical_histories", "patients")

WARNING_PANEL_STYLE = """
QFrame#warningPanel { background: $warning_bg; border: 1px solid $warning_border; border-radius: 6px; }
QFrame#warningPanel QLabel { background: transparent; }
"""
HEADER_STYLE = "QFrame#patientHeader { background: palette(alternate-base); border-radius: 6px; }"
ALERT_STYLE = (
    "QLabel#alertBanner { background: $error_bg; color: $error_strong; border: 1px solid $error_border_soft; "
    "border-radius: 4px; padding: 4px 8px; font-weight: 600; }"
)
STATUS_SIGNED_STYLE = "color: $success; font-weight: 600;"


class SessionEditorDialog(
    EditorFrameMixin, SessionPageMixin, NotesPageMixin, MapPageMixin, HistoryPageMixin, SafetyMixin, QDialog
):
    """Record a new session or edit one; ``sig_saved(session_id)`` after every successful write."""

    sig_saved = Signal(int)

    def __init__(
        self,
        services: Services,
        patient_id: int,
        session_id: int | None = None,
        parent: QWidget | None = None,
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
        self._pending_gates: list[Gate] = []
        self._override_reason: str | None = None
        self._amend_dialog: AmendDialog | None = None
        self.map_editor: InjectionMapEditor | None = None

        self.setWindowTitle(self.tr("Treatment session"))
        self.resize(1180, 860)
        theme.styled(self, WARNING_PANEL_STYLE + HEADER_STYLE + ALERT_STYLE)

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
        watch_changes(services, self._on_changes)

    def _on_changes(self, changes: ChangeSet) -> None:
        """An allergy or the history of this patient saved anywhere: the banner shows it at once."""
        if not (changes.touches_patient(self._patient_id) and changes.touches(*ALERT_TABLES)):
            return
        try:
            self._chart = self._services.patients.chart(self._patient_id, log_view=False)
        except KnownError:  # the patient was archived or erased meanwhile: saving will say so
            return
        self._show_alerts(self._chart.alerts)

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
        self._user_names = {u.id: u.full_name for u in s.users.all_users()}

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setSpacing(8)
        outer.addWidget(self._build_header())
        outer.addWidget(self._build_exposure_label())

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
        self._fill_anaesthesia_lots()

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
        self._wire_safety()
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.activated.connect(self.save)
        self.repeat_shortcut = QShortcut(QKeySequence("Ctrl+R"), self)
        self.repeat_shortcut.activated.connect(self._repeat_if_offered)
        QWidget.setTabOrder(self.when_edit, self.practitioner_combo)
        QWidget.setTabOrder(self.practitioner_combo, self.indications_edit)
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
        self._select_anaesthesia(data.anaesthesia, data.anaesthesia_lot_id)
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
            anaesthesia_lot_id=ts.anaesthesia_lot_id,
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
            anaesthesia_lot_id=self.anaesthesia_lot_id(),
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
        if mode == "signed":
            self._offer_amend()
        self.save_button.setVisible(editable)
        self.save_button.setText(self.tr("&Save amendment…") if mode == "amend" else self.tr("&Save"))
        self.cancel_button.setText(
            {"signed": self.tr("Close"), "amend": self.tr("Cancel amendment")}.get(mode, self.tr("Cancel"))
        )
        self.repeat_button.setEnabled(mode == "new")
        self.repeat_button.setVisible(mode == "new")
        if mode == "new":
            self.setWindowTitle(self.tr("New treatment session"))
            self.status_label.setText(self.tr("New session"))
            theme.styled(self.status_label, "")
            self._select_practitioner(self._default_practitioner())
        elif mode == "draft":
            self.setWindowTitle(self.tr("Treatment session (draft)"))
            self.status_label.setText(self.tr("Draft — not signed off"))
            theme.styled(self.status_label, "color: $warning; font-weight: 600;")
        elif mode == "signed":
            self.setWindowTitle(self.tr("Treatment session (signed off)"))
            self.status_label.setText(self.tr("✔ Signed off — read only"))
            theme.styled(self.status_label, STATUS_SIGNED_STYLE)
        else:
            self.setWindowTitle(self.tr("Amending a signed session"))
            self.status_label.setText(self.tr("Amending — a reason will be asked when you save"))
            theme.styled(self.status_label, "color: $warning; font-weight: 600;")

    def _repeat_if_offered(self) -> None:
        if self.repeat_button.isEnabled() and self.repeat_button.isVisible():
            self.repeat_last()

    def _default_practitioner(self) -> int | None:
        me = self._services.ctx.actor.user_id
        if any(u.id == me for u in self._practitioners):
            return me
        return self._practitioners[0].id if self._practitioners else None

    def _set_editable(self, editable: bool) -> None:
        for line in (self.when_edit, self.indications_edit, self.custom_name_edit):
            line.setReadOnly(not editable)
        for text in (self.reactions_edit, self.notes_edit):
            text.setReadOnly(not editable)
        for w in (
            self.practitioner_combo,
            self.protocol_combo,
            self.protocol_button,
            self.formula_combo,
            self.custom_check,
            self.anaesthesia_combo,
            self.override_edit,
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

    def _offer_amend(self) -> None:
        """Amend is offered only to who may amend (a colleague's session: an administrator, or any
        practitioner if the clinic allows it); otherwise it is disabled and its tooltip says why."""
        refusal = None
        if self._session is not None:
            try:
                refusal = self._services.sessions.amend_refusal(self._session.id)
            except KnownError as exc:  # the session was erased meanwhile: saving would say so
                refusal = str(exc)
        self.amend_button.setEnabled(refusal is None)
        self.amend_button.setToolTip(refusal or self.tr("Change this signed session; a reason is asked."))

    def start_amendment(self) -> None:
        if self._mode == "signed" and self.amend_button.isEnabled():
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
        self._refresh_exposure()

        def check() -> tuple[SessionInput, list[str], list[Gate]]:  # reading the form can refuse a value too
            data = self.session_input()
            warnings = self._services.sessions.check(data)
            gates = self._services.sessions.signoff_check(data) if action == "sign_off" else []
            return data, warnings, gates

        checked = submit(self, check, on_invalid=self._show_validation)
        if not checked or checked.value is None:
            return
        data, warnings, gates = checked.value
        gate_messages = frozenset(g.message for g in gates)
        if gates and (
            any(g.blocking for g in gates)
            or not self._override_reason
            or not gate_messages <= self._confirmed
        ):
            self._show_warnings(warnings, action, data, gates)
            return
        if warnings and not frozenset(warnings) <= self._confirmed:
            self._show_warnings(warnings, action, data)
            return
        self._commit(action, data)

    def _commit(self, action: str, data: SessionInput) -> None:
        if action == "amend":
            self._ask_reason(data)
            return
        sessions = self._services.sessions
        current = self._session
        reason = self._override_reason if action == "sign_off" else None
        signed_off = [True]

        def write() -> int:
            if current is None:
                return sessions.record(data, sign_off=action == "sign_off", override_reason=reason).session.id
            session = sessions.update_draft(current.id, data, current.version).session
            if action == "sign_off":
                signed = submit(self, sessions.sign_off, session.id, session.version, override_reason=reason)
                signed_off[0] = bool(signed)  # refused: the draft is saved all the same
                if signed and signed.value is not None:
                    session = signed.value
            return session.id

        done = submit(self, write, on_invalid=self._show_validation, reload=self._reload)
        if done and done.value is not None:
            self._after_write(done.value, close=action == "save" and signed_off[0])

    def _ask_reason(self, data: SessionInput) -> None:
        self._amend_dialog = AmendDialog(self)
        self._amend_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self._amend_dialog.accepted.connect(lambda: self._amend(data))
        self._amend_dialog.open()

    def _amend(self, data: SessionInput) -> None:
        assert self._session is not None and self._amend_dialog is not None
        amend_dialog = self._amend_dialog

        def invalid(exc: ValidationError) -> None:
            if exc.field == "reason":
                amend_dialog.show_error(exc.message)
                amend_dialog.open()
            else:
                self._show_validation(exc)

        session = self._session
        amend = self._services.sessions.amend
        reason = amend_dialog.reason()
        if submit(
            self, amend, session.id, data, reason, session.version, on_invalid=invalid, reload=self._reload
        ):
            self._after_write(session.id, close=False)

    def _after_write(self, session_id: int, *, close: bool) -> None:
        self._confirmed = frozenset()
        self._override_reason = None
        self.override_edit.clear()
        self._lots = self._services.catalogue.lots()  # stock has changed
        self.products_model.set_catalogue(self._products, self._lots, self._warning_days)
        self.sig_saved.emit(session_id)
        if close:
            self._baseline = self._state()
            super().accept()
            return
        self._load_session(session_id)

    def _reload(self) -> None:
        """Someone else saved this session first: show what is stored now."""
        if self._session is not None:
            self._load_session(self._session.id)

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
