"""Erasing a patient completely: the administrator types the file number to confirm."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mesodesk.gui import theme
from mesodesk.gui.i18n import format_date
from mesodesk.gui.operations import Task, call, run_task
from mesodesk.gui.widgets.field_errors import ERROR_STYLE
from mesodesk.services.context import Permission

if TYPE_CHECKING:
    from mesodesk.services import Services


class EraseDialog(QDialog):
    """``sig_erased(patient_id)`` after the erasure: the window must drop the patient from view."""

    sig_erased = Signal(int)

    def __init__(self, services: Services, patient_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Erase a patient"))
        self.setMinimumWidth(560)
        self.resize(580, 400)
        self.services = services
        self.patient_id = patient_id
        self.service = services.erasure
        self.task: Task | None = None
        self.patient = call(self, services.patients.get, patient_id) if patient_id is not None else None

        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.warning = QLabel(
            self.tr(
                "Erasing removes this patient and everything about them for good: sessions, injection maps, "
                "photos, consents, reactions, follow-ups, and the details of their audit entries. It cannot be "
                "undone. Backups made before today still hold the patient until they are rotated away.\n\n"
                "Archive the patient instead unless the record must be erased (for example, at the patient's "
                "request under data-protection law)."
            )
        )
        self.warning.setWordWrap(True)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("confirm")
        self.error = QLabel()
        self.error.setObjectName("error")
        theme.styled(self.error, ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = QPushButton(self.tr("&Erase for good"))
        self.erase_button.setObjectName("erase")
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.reject)
        self.erase_button.clicked.connect(self.erase)
        self.confirm.textChanged.connect(self._update)
        self.confirm.returnPressed.connect(self.erase)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.warning)
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        layout.addWidget(self.prompt)
        layout.addWidget(self.confirm)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)

        if self.patient is None:
            self.heading.setText(self.tr("Open a patient's chart first."))
            self.confirm.setEnabled(False)
        elif not services.ctx.can(Permission.ADMIN):
            self.heading.setText(self.tr("Only an administrator can erase a patient."))
            self.confirm.setEnabled(False)
        else:
            p = self.patient
            self.heading.setText(
                self.tr("<b>%1 %2</b>, file number %3, born %4")
                .replace("%1", p.first_name)
                .replace("%2", p.last_name)
                .replace("%3", p.file_no)
                .replace("%4", format_date(p.date_of_birth))
            )
            self.prompt.setText(self.tr("Type the file number (%1) to confirm:").replace("%1", p.file_no))
        self._update()

    def _update(self, *_: Any) -> None:
        ready = (
            self.patient is not None
            and self.task is None
            and self.confirm.text().strip() == self.patient.file_no
        )
        self.erase_button.setEnabled(ready)

    def erase(self) -> None:
        if not self.erase_button.isEnabled() or self.patient is None:
            return
        typed = self.confirm.text().strip()
        patient_id = self.patient.id
        self.error.hide()
        self.task = run_task(
            self,
            self.tr("Erasing the patient"),
            lambda _progress: self.service.erase_patient(patient_id, typed),
            on_done=self._erased,
            on_error=self._failed,
        )
        self._update()

    def _erased(self, result: Any) -> None:
        self.task = None
        self.sig_erased.emit(result.patient_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from mesodesk.domain.errors import KnownError
        from mesodesk.gui.operations import show_error

        self.task = None
        self._update()
        if isinstance(exc, KnownError):
            self.error.setText(str(exc))
            self.error.show()
        else:
            show_error(self, exc)
