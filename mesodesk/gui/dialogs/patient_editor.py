"""Register or edit a patient: identity, contact, skin type, contraindications, notes."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.errors import ValidationError
from mesodesk.gui import theme
from mesodesk.gui.dialogs.form_dialog import FormDialog
from mesodesk.gui.dialogs.form_dialog import confirm_discard as confirm_discard
from mesodesk.gui.i18n import date_format
from mesodesk.gui.labels import FITZPATRICK, choices
from mesodesk.gui.operations import submit
from mesodesk.gui.widgets.date_field import DateField
from mesodesk.gui.widgets.field_errors import FieldErrors
from mesodesk.i18n import LANGUAGES, language_name
from mesodesk.services.context import Permission
from mesodesk.services.patients import IDENTITY_FIELDS, PatientInput

if TYPE_CHECKING:
    from mesodesk.services import Services


def ask_about_duplicates(parent: QWidget, matches: list, editing: bool) -> tuple[str | None, int | None, str]:
    """Show the likely duplicates; returns (choice "open"/"create"/None, the record to open, the reason)."""
    from PySide6.QtWidgets import QDialog

    from mesodesk.gui.dialogs.duplicate_dialog import DuplicateDialog

    dialog = DuplicateDialog(matches, parent, editing=editing)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None, None, ""
    return dialog.choice, dialog.chosen_id, dialog.reason()


class PatientEditorDialog(FormDialog):
    """``PatientEditorDialog(services, patient_id=None)``; emits ``sig_saved(patient_id)``, or
    ``sig_open_patient(patient_id)`` when the user opens an existing record instead of a duplicate."""

    sig_saved = Signal(int)
    sig_open_patient = Signal(int)

    def __init__(
        self, services: Services, patient_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.patient_id = patient_id
        self.version: int | None = None
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("New patient") if patient_id is None else self.tr("Edit patient"))
        self.setMinimumWidth(560)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.errors = FieldErrors()
        identity = QFormLayout()
        identity.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        identity.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.last_name = QLineEdit()
        self.last_name.setObjectName("last_name")
        self.first_name = QLineEdit()
        self.first_name.setObjectName("first_name")
        today = date.today()
        self.date_of_birth = DateField(birth=True, near=date(today.year - 40, 1, 1))
        self.date_of_birth.setObjectName("date_of_birth")
        self.date_of_birth.setToolTip(
            self.tr("Date of birth, typed with or without separators, e.g. %1").replace(
                "%1", QDate(1980, 2, 23).toString(date_format())
            )
        )
        self.sex = QComboBox()
        self.sex.setObjectName("sex")
        for value, text in choices("sex"):
            self.sex.addItem(text, value)
        self.sex.setCurrentIndex(self.sex.findData("U"))
        self.file_no = QLineEdit()
        self.file_no.setObjectName("file_no")
        self.file_no.setPlaceholderText(self.tr("given automatically if left empty"))
        self.phone = QLineEdit()
        self.phone.setObjectName("phone")
        self.email = QLineEdit()
        self.email.setObjectName("email")
        self.address = QPlainTextEdit()
        self.address.setObjectName("address")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.fitzpatrick = QComboBox()
        self.fitzpatrick.setObjectName("fitzpatrick")
        self.fitzpatrick.addItem(self.tr("not assessed"), None)
        for number, roman in enumerate(FITZPATRICK, start=1):
            self.fitzpatrick.addItem(self.tr("Type %1").replace("%1", roman), number)
        self.contraindications = QPlainTextEdit()
        self.contraindications.setObjectName("contraindications")
        self.contraindications.setTabChangesFocus(True)
        self.contraindications.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.language = QComboBox()
        self.language.setObjectName("preferred_language")
        self.language.addItem(self.tr("Clinic's language"), None)
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.language.setToolTip(self.tr("Language of the consent form, aftercare sheet and progress sheet"))
        self.language.setAccessibleName(self.tr("Preferred language for documents"))
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)

        add = self.errors.add_row
        add(identity, self.tr("&Last name"), self.last_name, "last_name")
        add(identity, self.tr("&First name"), self.first_name, "first_name")
        add(identity, self.tr("Date of &birth"), self.date_of_birth, "date_of_birth")
        add(identity, self.tr("&Sex"), self.sex, "sex")
        add(identity, self.tr("File &number"), self.file_no, "file_no")
        add(identity, self.tr("&Phone"), self.phone, "phone")
        add(identity, self.tr("&E-mail"), self.email, "email")
        add(identity, self.tr("&Address"), self.address, "address")
        add(identity, self.tr("Skin type (Fitzpatrick)"), self.fitzpatrick, "fitzpatrick")
        add(identity, self.tr("Lan&guage of documents"), self.language, "preferred_language")
        add(identity, self.tr("&Contraindications"), self.contraindications, "contraindications")
        add(identity, self.tr("N&otes"), self.notes, "notes")
        layout.addLayout(identity)
        # Clinical free text is neither shown nor writable for a role without clinical access (issue 12).
        self._clinical = bool(services.ctx.can(Permission.CLINICAL_WRITE))
        if not self._clinical:
            for widget in (self.contraindications, self.notes):
                widget.setReadOnly(True)
                row = widget.parentWidget()
                if row is not None:
                    identity.setRowVisible(row, False)
        layout.addWidget(self.errors.general)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save")
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        hint = QLabel(self.tr("Ctrl+S saves · Esc cancels"))
        theme.styled(hint, "color: $muted;")
        bottom.addWidget(hint)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save)

        order = [
            self.last_name,
            self.first_name,
            self.date_of_birth.edit,
            self.sex,
            self.file_no,
            self.phone,
            self.email,
            self.address,
            self.fitzpatrick,
            self.language,
            self.contraindications,
            self.notes,
            self.save_button,
        ]
        for a, b in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(a, b)

        if patient_id is not None:
            self.load()
        self.mark_clean()
        self.last_name.setFocus()

    # -- data ----------------------------------------------------------------
    def load(self) -> None:
        if self.patient_id is None:  # a new patient: nothing on file
            return
        patient = self.services.patients.get(self.patient_id)
        self.version = patient.version
        self.setWindowTitle(
            self.tr("Edit patient — %1").replace("%1", f"{patient.first_name} {patient.last_name}")
        )
        self.last_name.setText(patient.last_name)
        self.first_name.setText(patient.first_name)
        self.date_of_birth.set_date(patient.date_of_birth)
        self.sex.setCurrentIndex(max(0, self.sex.findData(patient.sex)))
        self.file_no.setText(patient.file_no)
        self.phone.setText(patient.phone)
        self.email.setText(patient.email)
        self.address.setPlainText(patient.address)
        self.fitzpatrick.setCurrentIndex(max(0, self.fitzpatrick.findData(patient.fitzpatrick)))
        self.language.setCurrentIndex(max(0, self.language.findData(patient.preferred_language)))
        self.contraindications.setPlainText(patient.contraindications)
        self.notes.setPlainText(patient.notes)
        self.mark_clean()

    def _birth(self) -> date | None:
        try:
            return self.date_of_birth.date()
        except ValueError:
            return None

    def current_input(self) -> PatientInput:
        return PatientInput(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            date_of_birth=self._birth(),
            sex=self.sex.currentData() or "U",
            file_no=self.file_no.text().strip(),
            phone=self.phone.text(),
            email=self.email.text(),
            address=self.address.toPlainText(),
            fitzpatrick=self.fitzpatrick.currentData(),
            contraindications=self.contraindications.toPlainText(),
            notes=self.notes.toPlainText(),
            preferred_language=self.language.currentData(),
        )

    def form_state(self) -> tuple:
        return self.current_input(), self.date_of_birth.text()

    def save(self) -> bool:
        self.errors.clear()
        if problem := self.date_of_birth.problem():  # what was typed is kept, with the reason
            self.errors.show(ValidationError("date_of_birth", problem))
            self.date_of_birth.setFocus()
            return False
        data = self.current_input()
        if not self._clinical:
            data.contraindications = data.notes = ""  # not shown: the service keeps what is on file
        checked = submit(self, self._duplicate_reason, data, errors=self.errors)
        if not checked or checked.value is False:
            return False
        reason = str(checked.value) or None
        if self.patient_id is None:
            done = submit(
                self, self.services.patients.create, data, duplicate_reason=reason, errors=self.errors
            )
        else:
            done = submit(
                self,
                self.services.patients.update,
                self.patient_id,
                data,
                self.version,
                duplicate_reason=reason,
                errors=self.errors,
                reload=self.load,
            )
        if not done or done.value is None:
            return False
        patient = done.value
        self.saved_id = patient.id
        self.patient_id = patient.id
        self.version = patient.version
        self.mark_clean()
        self.sig_saved.emit(patient.id)
        self.accept()
        return True

    def _duplicate_reason(self, data: PatientInput) -> str | bool:
        """Ask about likely duplicates before saving: "" (none), the reason to save anyway, or False
        (the user went back, or opened the existing record)."""
        stored = self._baseline[0] if isinstance(self._baseline, tuple) else None
        if (
            self.patient_id is not None
            and stored is not None
            and all(getattr(data, f) == getattr(stored, f) for f in IDENTITY_FIELDS)
        ):
            return ""
        if data.date_of_birth is None or not (data.first_name.strip() and data.last_name.strip()):
            return ""  # the service names the missing field
        matches = self.services.patients.find_duplicates(data, exclude_id=self.patient_id)
        if not matches:
            return ""
        choice, chosen, reason = ask_about_duplicates(self, matches, self.patient_id is not None)
        if choice == "open" and chosen is not None:
            self.mark_clean()  # nothing to discard: the user chose the record on file
            self.sig_open_patient.emit(chosen)
            self.reject()
            return False
        if choice == "create" and reason:
            return reason
        return False
