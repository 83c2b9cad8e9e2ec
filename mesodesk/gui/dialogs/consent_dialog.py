"""Record a patient's informed consent: the versioned text, what was discussed, and a signature."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.errors import ValidationError
from mesodesk.gui import theme
from mesodesk.gui.dialogs import editor_labels as L
from mesodesk.gui.dialogs.form_dialog import FormDialog
from mesodesk.gui.operations import show_error, submit
from mesodesk.gui.widgets.field_errors import ERROR_STYLE, FieldErrors
from mesodesk.gui.widgets.signature_pad import SignaturePad
from mesodesk.services.clinic import ConsentInput

if TYPE_CHECKING:
    from mesodesk.services import Services

STANDARD_TEXT = "consent_mesotherapy_v1"
STANDARD_CODE = "mesotherapy"


class ConsentDialog(FormDialog):
    """Record a consent for a patient; ``sig_saved(consent_id)``."""

    sig_saved = Signal(int)

    def __init__(self, services: Services, patient_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._patient_id = patient_id
        self._patient = services.patients.get(patient_id)
        self._practitioners = services.users.practitioners()
        self.setWindowTitle(
            self.tr("Consent — %1 %2")
            .replace("%1", self._patient.first_name)
            .replace("%2", self._patient.last_name)
        )
        self.resize(1120, 760)
        self._build()
        self._load_texts()
        L.set_default_button(self, self.save_button)
        self.mark_clean()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.errors = FieldErrors()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(splitter, 1)

        # Left: the text the patient reads.
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        row = QHBoxLayout()
        label = QLabel(self.tr("Consent &text:"))
        self.text_combo = QComboBox()
        label.setBuddy(self.text_combo)
        row.addWidget(label)
        row.addWidget(self.text_combo, 1)
        left_layout.addLayout(row)
        self.text_error = QLabel()
        self.text_error.setObjectName("error_consent_text")
        theme.styled(self.text_error, ERROR_STYLE)
        self.text_error.hide()
        left_layout.addWidget(self.text_error)
        self.errors.register("consent_text", self.text_combo, self.text_error)
        self.no_text_banner = QFrame()
        self.no_text_banner.setObjectName("noTextBanner")
        theme.styled(
            self.no_text_banner,
            "QFrame#noTextBanner { background: $info_bg; border: 1px solid $info_border; border-radius: 6px; }",
        )
        banner_layout = QHBoxLayout(self.no_text_banner)
        banner_text = QLabel(self.tr("No consent text has been set up for this clinic yet."))
        banner_text.setWordWrap(True)
        self.create_text_button = QPushButton(self.tr("Create version 1 from the standard text"))
        banner_layout.addWidget(banner_text, 1)
        banner_layout.addWidget(self.create_text_button)
        left_layout.addWidget(self.no_text_banner)
        self.body_view = QTextBrowser()
        self.body_view.setOpenExternalLinks(False)
        self.body_view.setObjectName("consentBody")
        self.body_view.setAccessibleName(self.tr("Text of the consent"))
        left_layout.addWidget(self.body_view, 1)
        splitter.addWidget(left)

        # Right: what was discussed, who, when, the signature.
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.risks_edit = QPlainTextEdit(
            self.tr(
                "Bruising, swelling, redness and discomfort at the injection sites; itching, wheals, nodules, "
                "small visible vessels, infection, nausea; rarely an allergic reaction, exceptionally severe."
            )
        )
        self.risks_edit.setTabChangesFocus(True)
        self.risks_edit.setFixedHeight(96)
        self.benefits_edit = QPlainTextEdit(
            self.tr(
                "Improved skin hydration, elasticity and radiance; softer fine lines. Results vary and are not "
                "permanent: a course of sessions then maintenance is needed. Alternatives were discussed."
            )
        )
        self.benefits_edit.setTabChangesFocus(True)
        self.benefits_edit.setFixedHeight(96)
        self.when_edit = QDateTimeEdit(L.to_local_qdatetime())
        self.when_edit.setCalendarPopup(True)
        self.practitioner_combo = QComboBox()
        for u in self._practitioners:
            self.practitioner_combo.addItem(u.full_name, u.id)
        me = self._services.ctx.actor.user_id
        L.select_data(self.practitioner_combo, me)
        self.errors.add_row(form, self.tr("&Risks discussed:"), self.risks_edit, "risks_discussed")
        self.errors.add_row(form, self.tr("&Benefits discussed:"), self.benefits_edit, "benefits_discussed")
        self.errors.add_row(form, self.tr("&Date:"), self.when_edit, "signed_at")
        self.errors.add_row(form, self.tr("&Practitioner:"), self.practitioner_combo, "practitioner")
        right_layout.addLayout(form)

        sig_label = QLabel(
            self.tr("Patient's signature (%1 %2):")
            .replace("%1", self._patient.first_name)
            .replace("%2", self._patient.last_name)
        )
        sig_label.setStyleSheet("font-weight: 600;")
        right_layout.addSpacing(6)
        right_layout.addWidget(sig_label)
        self.signature_pad = SignaturePad()
        sig_label.setBuddy(self.signature_pad)
        right_layout.addWidget(self.signature_pad)
        self.signature_error = QLabel()
        self.signature_error.setObjectName("error_signature")
        theme.styled(self.signature_error, ERROR_STYLE)
        self.signature_error.hide()
        right_layout.addWidget(self.signature_error)
        self.errors.register("signature", self.signature_pad, self.signature_error)
        pad_buttons = QHBoxLayout()
        self.clear_button = QPushButton(self.tr("C&lear"))
        self.scan_button = QPushButton(self.tr("Load scanned signature…"))
        self.signature_source = QLabel()
        self.signature_source.setStyleSheet("color: palette(placeholder-text);")
        pad_buttons.addWidget(self.clear_button)
        pad_buttons.addWidget(self.scan_button)
        pad_buttons.addStretch(1)
        pad_buttons.addWidget(self.signature_source)
        right_layout.addLayout(pad_buttons)
        right_layout.addStretch(1)
        splitter.addWidget(right)
        splitter.setSizes([560, 540])

        outer.addWidget(self.errors.general)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Record consent"))
        outer.addWidget(self.buttons)

        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.text_combo.currentIndexChanged.connect(self._show_text)
        self.create_text_button.clicked.connect(self.create_standard_text)
        self.clear_button.clicked.connect(self.signature_pad.clear)
        self.scan_button.clicked.connect(self.load_scan)
        self.signature_pad.sig_changed.connect(self._signature_changed)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(self.save)

    # ------------------------------------------------------------------ texts
    def _load_texts(self, select_id: int | None = None) -> None:
        self._texts = self._services.clinic.consent_texts()
        self.text_combo.blockSignals(True)
        self.text_combo.clear()
        for t in self._texts:
            self.text_combo.addItem(
                self.tr("%1 (version %2)").replace("%1", t.title).replace("%2", t.version), t.id
            )
        self.text_combo.blockSignals(False)
        if select_id is not None:
            L.select_data(self.text_combo, select_id)
        self.no_text_banner.setVisible(not self._texts)
        self.text_combo.setEnabled(bool(self._texts))
        self._show_text()

    def _show_text(self, _index: int = 0) -> None:
        text = next((t for t in self._texts if t.id == self.text_combo.currentData()), None)
        if text is None:
            self.body_view.setPlainText("")
            return
        self.body_view.setMarkdown(text.body)

    def create_standard_text(self) -> None:
        from mesodesk.reports.texts import load_text, parse_simple_markdown

        try:
            body = load_text(STANDARD_TEXT)
        except (OSError, RuntimeError) as exc:
            show_error(self, exc)
            return
        title = next(
            (content for kind, content in parse_simple_markdown(body) if kind == "title"),
            self.tr("Consent to mesotherapy treatment"),
        )
        done = submit(self, self._services.clinic.add_consent_text, STANDARD_CODE, "1", title, body)
        if done and done.value is not None:  # e.g. only an administrator may add texts
            self._load_texts(done.value.id)

    # ------------------------------------------------------------------ signature
    def load_scan(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Load a scanned signature"),
            "",
            self.tr("Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)"),
        )
        if path:
            self.load_scan_file(path)

    def load_scan_file(self, path: str) -> bool:
        image = QImage(path)
        if image.isNull():
            self.signature_error.setText(self.tr("This file is not an image that can be read."))
            self.signature_error.show()
            return False
        if image.width() > 1600:
            image = image.scaledToWidth(1600, Qt.TransformationMode.SmoothTransformation)
        self.signature_pad.set_image(image)
        return True

    def _signature_changed(self) -> None:
        self.signature_error.hide()
        if self.signature_pad.is_empty():
            self.signature_source.setText("")
        elif self.signature_pad.has_scan():
            self.signature_source.setText(self.tr("Scanned signature"))
        else:
            self.signature_source.setText(self.tr("Signed on screen"))

    # ------------------------------------------------------------------ saving
    def consent_input(self) -> ConsentInput:
        return ConsentInput(
            patient_id=self._patient_id,
            consent_text_id=self.text_combo.currentData() or 0,
            practitioner_id=self.practitioner_combo.currentData() or 0,
            signed_at=L.to_utc(self.when_edit.dateTime()),
            risks_discussed=self.risks_edit.toPlainText(),
            benefits_discussed=self.benefits_edit.toPlainText(),
            signature_png=self.signature_pad.to_png() or None,
            signature_source="scanned" if self.signature_pad.has_scan() else "drawn",
        )

    def form_state(self) -> tuple:
        return (
            self.text_combo.currentData(),
            self.risks_edit.toPlainText(),
            self.benefits_edit.toPlainText(),
            self.practitioner_combo.currentData(),
            self.signature_pad.is_empty(),
            self.signature_pad.stroke_count(),
        )

    def save(self) -> None:
        self.errors.clear()
        if self.text_combo.currentData() is None:
            self.errors.show(
                ValidationError("consent_text", self.tr("choose the consent text the patient read"))
            )
            return
        done = submit(self, self._services.clinic.record_consent, self.consent_input(), errors=self.errors)
        if not done or done.value is None:
            return
        consent = done.value
        self.mark_clean()
        self.sig_saved.emit(consent.id)
        self.accept()

    def field_error(self, field: str) -> str:
        label = self.findChild(QLabel, f"error_{field}")
        return label.text() if label is not None and not label.isHidden() else ""

    def discard_question(self) -> str:
        return self.tr("This consent is not recorded yet. Discard it?")
