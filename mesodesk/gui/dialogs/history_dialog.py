"""Review of the medical history and allergies; "Reviewed today" stamps the date and reviewer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mesodesk.gui import theme
from mesodesk.gui.changes import watch_changes
from mesodesk.gui.dialogs.form_dialog import FormDialog
from mesodesk.gui.i18n import format_datetime
from mesodesk.gui.labels import choices, label
from mesodesk.gui.operations import call, submit
from mesodesk.gui.widgets.chart_content import RISK_FIELDS
from mesodesk.gui.widgets.field_errors import FieldErrors
from mesodesk.services.changes import ChangeSet
from mesodesk.services.patients import HistoryInput

if TYPE_CHECKING:
    from mesodesk.services import Services


class HistoryDialog(FormDialog):
    """``HistoryDialog(services, patient_id)``; emits ``sig_saved(patient_id)`` after each change."""

    sig_saved = Signal(int)

    def __init__(self, services: Services, patient_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.patient_id = patient_id
        self.version: int | None = None
        self.setWindowTitle(self.tr("Medical history and allergies"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.errors = FieldErrors()

        self.reviewed = QLabel()
        self.reviewed.setObjectName("reviewed")
        layout.addWidget(self.reviewed)

        risks = QGroupBox(self.tr("Risk factors"))
        grid = QGridLayout(risks)
        self.checks: dict[str, QCheckBox] = {}
        for i, key in enumerate(RISK_FIELDS):
            box = QCheckBox(label("risk", key))
            box.setObjectName(key)
            self.checks[key] = box
            grid.addWidget(box, i // 2, i % 2)
        layout.addWidget(risks)

        form = QFormLayout()
        self.medications = QPlainTextEdit()
        self.medications.setObjectName("medications")
        self.medications.setTabChangesFocus(True)
        self.medications.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.other = QPlainTextEdit()
        self.other.setObjectName("other")
        self.other.setTabChangesFocus(True)
        self.other.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.errors.add_row(form, self.tr("&Medications"), self.medications, "medications")
        self.errors.add_row(form, self.tr("O&ther"), self.other, "other")
        layout.addLayout(form)

        allergies = QGroupBox(self.tr("Allergies (saved as soon as added or removed)"))
        a_layout = QVBoxLayout(allergies)
        self.allergy_list = QListWidget()
        self.allergy_list.setObjectName("allergies")
        self.allergy_list.setAccessibleName(self.tr("Allergies"))
        self.allergy_list.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        a_layout.addWidget(self.allergy_list)
        row = QHBoxLayout()
        self.substance = QLineEdit()
        self.substance.setObjectName("substance")
        self.substance.setAccessibleName(self.tr("Substance of the new allergy"))
        self.substance.setPlaceholderText(self.tr("Substance, e.g. lidocaine"))
        self.reaction = QLineEdit()
        self.reaction.setObjectName("reaction")
        self.reaction.setAccessibleName(self.tr("Reaction to the substance"))
        self.reaction.setPlaceholderText(self.tr("Reaction, e.g. hives"))
        self.severity = QComboBox()
        self.severity.setObjectName("severity")
        self.severity.setAccessibleName(self.tr("Severity of the allergy"))
        for value, text in choices("severity"):
            self.severity.addItem(text, value)
        self.severity.setCurrentIndex(self.severity.findData("moderate"))
        self.add_button = QPushButton(self.tr("&Add allergy"))
        self.add_button.setObjectName("add_allergy")
        self.add_button.clicked.connect(self.add_allergy)
        self.substance.returnPressed.connect(self.add_allergy)
        self.remove_button = QPushButton(self.tr("&Remove selected"))
        self.remove_button.setObjectName("remove_allergy")
        self.remove_button.clicked.connect(self.remove_allergy)
        row.addWidget(self.substance, 2)
        row.addWidget(self.reaction, 2)
        row.addWidget(self.severity, 1)
        row.addWidget(self.add_button)
        a_layout.addLayout(row)
        self.allergy_error = QLabel()
        self.allergy_errors = FieldErrors(self.allergy_error)
        self.allergy_errors.register("substance", self.substance, self.allergy_error)
        a_layout.addWidget(self.allergy_error)
        rm = QHBoxLayout()
        rm.addStretch(1)
        rm.addWidget(self.remove_button)
        a_layout.addLayout(rm)
        layout.addWidget(allergies)
        layout.addWidget(self.errors.general)

        self.buttons = QDialogButtonBox()
        self.review_button = self.buttons.addButton(
            self.tr("Save as &reviewed today"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.review_button.setObjectName("reviewed_today")
        self.review_button.setDefault(True)
        self.save_button = self.buttons.addButton(
            self.tr("&Save without review"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.save_button.setObjectName("save")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.review_button.clicked.connect(lambda: self.save(reviewed=True))
        self.save_button.clicked.connect(lambda: self.save(reviewed=False))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(lambda: self.save(reviewed=True))
        self.load()
        watch_changes(services, self._on_changes)

    def load(self) -> None:
        chart = call(self, self.services.patients.chart, self.patient_id, log_view=False)
        if chart is None:
            return
        p = chart.patient
        self.setWindowTitle(
            self.tr("Medical history and allergies — %1").replace("%1", f"{p.first_name} {p.last_name}")
        )
        history = chart.history
        self.version = history.version if history is not None else None
        for key, box in self.checks.items():
            box.setChecked(bool(getattr(history, key, False)) if history is not None else False)
        self.medications.setPlainText(history.medications if history else "")
        self.other.setPlainText(history.other if history else "")
        if history is None or history.reviewed_at is None:
            self.reviewed.setText(self.tr("This medical history has never been reviewed."))
            theme.styled(self.reviewed, "color: $warning; font-weight: bold;")
        else:
            self.reviewed.setText(
                self.tr("Last reviewed %1").replace("%1", format_datetime(history.reviewed_at))
            )
            theme.styled(self.reviewed, "")
        self._fill_allergies(chart.allergies)
        self.mark_clean()

    def _fill_allergies(self, allergies: list) -> None:
        self.allergy_list.clear()
        for a in allergies:
            text = f"{a.substance} — {label('severity', a.severity)}" + (
                f" ({a.reaction})" if a.reaction else ""
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            self.allergy_list.addItem(item)

    def current_input(self) -> HistoryInput:
        values = {key: box.isChecked() for key, box in self.checks.items()}
        return HistoryInput(
            **values, medications=self.medications.toPlainText(), other=self.other.toPlainText()
        )

    def form_state(self) -> HistoryInput:
        return self.current_input()

    def save(self, reviewed: bool = True) -> bool:
        done = submit(
            self,
            self.services.patients.save_history,
            self.patient_id,
            self.current_input(),
            reviewed=reviewed,
            expected_version=self.version,
            errors=self.errors,
            reload=self.load,
        )
        if not done:
            return False
        self.mark_clean()
        self.sig_saved.emit(self.patient_id)
        self.accept()
        return True

    def add_allergy(self) -> None:
        patients = self.services.patients
        substance, reaction, severity = (
            self.substance.text(),
            self.reaction.text(),
            self.severity.currentData(),
        )
        if submit(
            self,
            patients.add_allergy,
            self.patient_id,
            substance,
            reaction,
            severity,
            errors=self.allergy_errors,
        ):
            self.substance.clear()
            self.reaction.clear()
            self.sig_saved.emit(self.patient_id)

    def remove_allergy(self) -> None:
        item = self.allergy_list.currentItem()
        if item is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove allergy"),
            self.tr("Remove “%1” from the patient's allergies?").replace("%1", item.text()),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if submit(self, self.services.patients.remove_allergy, item.data(Qt.ItemDataRole.UserRole)):
            self.sig_saved.emit(self.patient_id)

    def _on_changes(self, changes: ChangeSet) -> None:
        """An allergy of this patient added or removed (here or elsewhere): the list shows it."""
        if changes.touches("allergies") and changes.touches_patient(self.patient_id):
            self._reload_allergies()

    def _reload_allergies(self) -> None:
        chart = call(self, self.services.patients.chart, self.patient_id, log_view=False)
        if chart is not None:
            self._fill_allergies(chart.allergies)
