"""Clinic details printed on every document, and a few clinic-wide settings (administrators only)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.errors import KnownError, PermissionDeniedError, ValidationError
from mesodesk.gui import theme
from mesodesk.gui.dialogs.form_dialog import FormDialog
from mesodesk.gui.image_bytes import png_bytes
from mesodesk.gui.operations import show_error, submit
from mesodesk.gui.widgets.field_errors import FieldErrors
from mesodesk.services.clinic import ClinicInput

if TYPE_CHECKING:
    from mesodesk.services import Services

MAX_LOGO_PX = 800


class ClinicSettingsDialog(FormDialog):
    """Edit the clinic settings; only an administrator can save them. ``sig_saved(1)`` after saving."""

    sig_saved = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._logo: bytes | None = None
        self.setWindowTitle(self.tr("Clinic settings"))
        self.resize(680, 540)
        self._build()
        self._load()
        self.mark_clean()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.errors = FieldErrors()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_edit = QLineEdit()
        self.address_edit = QPlainTextEdit()
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setFixedHeight(72)
        self.phone_edit = QLineEdit()
        self.email_edit = QLineEdit()

        logo_box = QWidget()
        logo_row = QHBoxLayout(logo_box)
        logo_row.setContentsMargins(0, 0, 0, 0)
        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setFixedSize(180, 90)
        self.logo_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        theme.styled(self.logo_preview, "QLabel#logoPreview { background: $paper; color: $paper_muted; }")
        buttons = QVBoxLayout()
        self.load_logo_button = QPushButton(self.tr("Load logo…"))
        self.remove_logo_button = QPushButton(self.tr("Remove"))
        buttons.addWidget(self.load_logo_button)
        buttons.addWidget(self.remove_logo_button)
        buttons.addStretch(1)
        logo_row.addWidget(self.logo_preview)
        logo_row.addLayout(buttons)
        logo_row.addStretch(1)

        self.paper_combo = QComboBox()
        self.paper_combo.addItem(self.tr("A4"), "A4")
        self.paper_combo.addItem(self.tr("US Letter"), "Letter")
        self.prefix_edit = QLineEdit()
        self.prefix_edit.setMaxLength(10)
        self.prefix_edit.setMaximumWidth(120)
        self.expiry_spin = QSpinBox()
        self.expiry_spin.setRange(0, 365)
        self.expiry_spin.setSuffix(self.tr(" days before expiry"))
        self.idle_spin = QSpinBox()
        self.idle_spin.setRange(0, 240)
        self.idle_spin.setSpecialValueText(self.tr("never"))
        self.idle_spin.setSuffix(self.tr(" minutes idle"))

        e = self.errors
        e.add_row(form, self.tr("Clinic &name:"), self.name_edit, "name")
        e.add_row(form, self.tr("&Address:"), self.address_edit, "address")
        e.add_row(form, self.tr("&Phone:"), self.phone_edit, "phone")
        e.add_row(form, self.tr("&Email:"), self.email_edit, "email")
        e.add_row(form, self.tr("Logo:"), logo_box, "logo")
        e.add_row(form, self.tr("Pa&per size:"), self.paper_combo, "paper_size")
        e.add_row(form, self.tr("File number &prefix:"), self.prefix_edit, "file_no_prefix")
        e.add_row(form, self.tr("&Warn about lots:"), self.expiry_spin, "expiry_warning_days")
        e.add_row(form, self.tr("&Lock the screen after:"), self.idle_spin, "idle_lock_minutes")
        self.tabs = QTabWidget()
        clinic_page = QWidget()
        clinic_layout = QVBoxLayout(clinic_page)
        clinic_layout.addLayout(form)
        note = QLabel(
            self.tr("These details appear on every printed document. Only an administrator can change them.")
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        clinic_layout.addWidget(note)
        clinic_layout.addStretch(1)
        self.tabs.addTab(clinic_page, self.tr("&Clinic"))
        self.tabs.addTab(self._safety_page(), self.tr("&Safety and privacy"))
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.errors.general)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.load_logo_button.clicked.connect(self.load_logo)
        self.remove_logo_button.clicked.connect(lambda: self.set_logo(None))
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(self.save)

    def _gate_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("Required (sign-off refused)"), "require")
        combo.addItem(self.tr("Warn (sign off with a reason)"), "warn")
        combo.addItem(self.tr("Not checked"), "off")
        return combo

    def _safety_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.consent_gate_combo = self._gate_combo()
        self.history_gate_combo = self._gate_combo()
        self.history_months_spin = QSpinBox()
        self.history_months_spin.setRange(1, 120)
        self.history_months_spin.setSuffix(self.tr(" months"))
        self.history_months_spin.setMaximumWidth(140)
        self.risk_gate_combo = self._gate_combo()
        self.colleague_amend_combo = QComboBox()
        self.colleague_amend_combo.addItem(self.tr("Administrators only"), "admin")
        self.colleague_amend_combo.addItem(self.tr("Any practitioner (with a reason)"), "practitioner")
        self.keep_location_check = QCheckBox(self.tr("Keep the GPS position and other location tags"))
        self.lockout_spin = QSpinBox()
        self.lockout_spin.setRange(0, 100)
        self.lockout_spin.setSpecialValueText(self.tr("never"))
        self.lockout_spin.setSuffix(self.tr(" failed sign-ins in a row"))
        self.lockout_minutes_spin = QSpinBox()
        self.lockout_minutes_spin.setRange(1, 24 * 60)
        self.lockout_minutes_spin.setSuffix(self.tr(" minutes"))
        for spin in (self.lockout_spin, self.lockout_minutes_spin):  # as wide as their text, like the months
            spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        e = self.errors
        e.add_row(form, self.tr("Signed &consent on file:"), self.consent_gate_combo, "consent_gate")
        e.add_row(form, self.tr("Medical &history reviewed:"), self.history_gate_combo, "history_gate")
        e.add_row(form, self.tr("… within the last:"), self.history_months_spin, "history_review_months")
        e.add_row(form, self.tr("&Risks and allergies:"), self.risk_gate_combo, "risk_gate")
        e.add_row(
            form,
            self.tr("Amend a colleague's &signed session:"),
            self.colleague_amend_combo,
            "colleague_amend",
        )
        e.add_row(form, self.tr("Imported &photos:"), self.keep_location_check, "keep_photo_location")
        e.add_row(form, self.tr("Lock a user &name after:"), self.lockout_spin, "lockout_threshold")
        e.add_row(form, self.tr("… for:"), self.lockout_minutes_spin, "lockout_minutes")
        layout.addLayout(form)
        note = QLabel(
            self.tr(
                "Checked when a session is signed off. Risks are pregnancy or breast-feeding, anticoagulants, "
                "an active skin infection, a keloid tendency and allergies to what the session uses. A "
                "warning can be overridden with a reason, which is kept with the session and printed on it."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(note)
        layout.addStretch(1)
        return page

    def _load(self) -> None:
        s = self._services.clinic.settings()
        self._version = s.version if s.version else None
        self.name_edit.setText(s.name)
        self.address_edit.setPlainText(s.address)
        self.phone_edit.setText(s.phone)
        self.email_edit.setText(s.email)
        index = self.paper_combo.findData(s.paper_size)
        self.paper_combo.setCurrentIndex(max(index, 0))
        self.prefix_edit.setText(s.file_no_prefix)
        self.expiry_spin.setValue(s.expiry_warning_days)
        self.idle_spin.setValue(s.idle_lock_minutes)
        for combo, value in (
            (self.consent_gate_combo, s.consent_gate),
            (self.history_gate_combo, s.history_gate),
            (self.risk_gate_combo, s.risk_gate),
            (self.colleague_amend_combo, s.colleague_amend),
        ):
            combo.setCurrentIndex(max(combo.findData(value), 0))
        self.history_months_spin.setValue(s.history_review_months)
        self.keep_location_check.setChecked(bool(s.keep_photo_location))
        from mesodesk.services.users import DEFAULT_LOCKOUT_MINUTES, DEFAULT_LOCKOUT_THRESHOLD

        threshold, minutes = s.lockout_threshold, s.lockout_minutes  # None before the clinic is set up
        self.lockout_spin.setValue(DEFAULT_LOCKOUT_THRESHOLD if threshold is None else threshold)
        self.lockout_minutes_spin.setValue(DEFAULT_LOCKOUT_MINUTES if minutes is None else minutes)
        self.set_logo(s.logo_png)

    # -- logo -------------------------------------------------------------------
    def load_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the clinic logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.load_logo_file(path)

    def load_logo_file(self, path: str) -> bool:
        """Read a PNG or JPEG, scale it down if huge, and keep it as PNG bytes."""
        image = QImage(path)
        if image.isNull():
            self.errors.show(ValidationError("logo", self.tr("this file is not a PNG or JPEG image")))
            return False
        if max(image.width(), image.height()) > MAX_LOGO_PX:
            image = image.scaled(
                MAX_LOGO_PX,
                MAX_LOGO_PX,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        self.set_logo(png_bytes(image))
        return True

    def set_logo(self, png: bytes | None) -> None:
        self._logo = png or None
        if self._logo:
            pixmap = QPixmap()
            pixmap.loadFromData(self._logo)
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    self.logo_preview.size() * 0.9,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
        self.remove_logo_button.setEnabled(self._logo is not None)

    def logo_png(self) -> bytes | None:
        return self._logo

    # -- saving -----------------------------------------------------------------
    def clinic_input(self) -> ClinicInput:
        return ClinicInput(
            name=self.name_edit.text(),
            address=self.address_edit.toPlainText(),
            phone=self.phone_edit.text(),
            email=self.email_edit.text(),
            paper_size=self.paper_combo.currentData(),
            logo_png=self._logo,
            file_no_prefix=self.prefix_edit.text(),
            expiry_warning_days=self.expiry_spin.value(),
            idle_lock_minutes=self.idle_spin.value(),
            consent_gate=self.consent_gate_combo.currentData(),
            history_gate=self.history_gate_combo.currentData(),
            history_review_months=self.history_months_spin.value(),
            risk_gate=self.risk_gate_combo.currentData(),
            colleague_amend=self.colleague_amend_combo.currentData(),
            keep_photo_location=self.keep_location_check.isChecked(),
            lockout_threshold=self.lockout_spin.value(),
            lockout_minutes=self.lockout_minutes_spin.value(),
        )

    def form_state(self) -> str:
        return repr(self.clinic_input())

    def save(self) -> None:
        def refused(exc: KnownError) -> None:
            if not isinstance(exc, PermissionDeniedError):
                show_error(self, exc)
                return
            QMessageBox.warning(
                self,
                self.tr("Administrators only"),
                self.tr("Only an administrator can change the clinic settings.") + "\n\n" + str(exc),
            )

        settings = self._services.clinic.save_settings
        if not submit(
            self, settings, self.clinic_input(), self._version, errors=self.errors, on_known=refused
        ):
            return
        self.mark_clean()
        self.sig_saved.emit(1)  # the settings row's id: the main window applies the name and idle time
        self.accept()

    def discard_question(self) -> str:
        return self.tr("The settings have changes that are not saved. Discard them?")
