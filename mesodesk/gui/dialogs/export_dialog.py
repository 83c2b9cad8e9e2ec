"""Export a patient's whole record (right of access) as JSON or as a FHIR R4 Bundle."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mesodesk.gui.operations import Task, run_task

if TYPE_CHECKING:
    from mesodesk.services import Services


class ExportPatientDialog(QDialog):
    """Choose the format and the file; the export runs off the GUI thread."""

    FORMATS = ("json", "fhir")

    def __init__(self, services: Services, patient_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.patient_id = patient_id
        self.task: Task | None = None
        self.written: Path | None = None
        patient = services.patients.get(patient_id)
        self.file_no = patient.file_no
        self.setWindowTitle(
            self.tr("Export the record of {name}").format(name=f"{patient.first_name} {patient.last_name}")
        )
        intro = QLabel(
            self.tr(
                "Everything the clinic holds about {name} ({file_no}): identity, history, "
                "allergies, consents, sessions, reactions, follow-ups, photos and the audit "
                "trail. The file holds health data: keep it safe."
            ).format(name=f"{patient.first_name} {patient.last_name}", file_no=patient.file_no)
        )
        intro.setWordWrap(True)
        self.json_radio = QRadioButton(self.tr("Complete record (MesoDesk JSON)"))
        self.fhir_radio = QRadioButton(self.tr("FHIR R4 Bundle (for another health record system)"))
        self.json_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.json_radio)
        group.addButton(self.fhir_radio)
        self.json_radio.toggled.connect(self._format_changed)
        self.transaction_check = QCheckBox(self.tr("As a &transaction (to upload to a FHIR server)"))
        self.transaction_check.setObjectName("fhir_transaction")
        self.transaction_check.setToolTip(
            self.tr("Each resource with a PUT request: uploading it twice updates instead of duplicating.")
        )
        self.transaction_check.setEnabled(False)
        self.path_edit = QLineEdit(str(Path.home() / self._default_name()))
        self.path_edit.setObjectName("path")
        self.path_edit.setAccessibleName(self.tr("Save as"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._export)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.json_radio)
        form.addRow("", self.fhir_radio)
        form.addRow("", self.transaction_check)
        form.addRow(self.tr("Save as"), row)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(560, 0)

    def reject(self) -> None:
        if self.task is not None and self.export_button.isEnabled() is False and self.written is None:
            self.status.setText(self.tr("Please wait: the file is being written."))
            return  # the worker thread must finish before the dialog goes away
        super().reject()

    def fmt(self) -> str:
        return "json" if self.json_radio.isChecked() else "fhir"

    def _default_name(self, fmt: str = "json") -> str:
        safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in self.file_no)
        return f"record-{safe}.{'fhir.json' if fmt == 'fhir' else 'json'}"

    def _format_changed(self) -> None:
        self.transaction_check.setEnabled(self.fmt() == "fhir")
        current = Path(self.path_edit.text())
        for fmt in self.FORMATS:
            if current.name == self._default_name(fmt):
                self.path_edit.setText(str(current.with_name(self._default_name(self.fmt()))))
                break

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the record as"),
            self.path_edit.text(),
            self.tr("JSON files (*.json);;All files (*)"),
        )
        if path:
            self.path_edit.setText(path)

    def _export(self) -> None:
        from mesodesk.interop.record_export import export_patient

        text = self.path_edit.text().strip()
        if not text:
            self.status.setText(self.tr("Choose where to save the file."))
            return
        path, fmt, services, pid = Path(text), self.fmt(), self.services, self.patient_id
        bundle = "transaction" if fmt == "fhir" and self.transaction_check.isChecked() else "collection"
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Exporting…"))
        self.task = run_task(
            self,
            self.tr("Exporting the record"),
            lambda _progress: export_patient(services, pid, path, fmt, bundle),
            self._done,
            self._failed,
        )

    def _done(self, path: Path) -> None:
        self.written = path
        self.status.setText(self.tr("Saved to {path}").format(path=path))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from mesodesk.gui.operations import show_error

        self.export_button.setEnabled(True)
        self.task = None
        self.status.setText(str(exc) if str(exc) else self.tr("The export failed."))
        show_error(self, exc)
