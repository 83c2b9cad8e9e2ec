"""Likely duplicates of the patient being saved: open one of them, or create anyway with a reason."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mesodesk.gui import theme
from mesodesk.gui.i18n import format_date
from mesodesk.gui.widgets.field_errors import ERROR_STYLE


class DuplicateDialog(QDialog):
    """``exec()`` returns Accepted with ``choice`` "open" (``chosen_id``) or "create" (``reason()``)."""

    def __init__(self, matches: list[Any], parent: QWidget | None = None, *, editing: bool = False) -> None:
        super().__init__(parent)
        self.matches = matches
        self.choice: str | None = None
        self.chosen_id: int | None = None
        self.setWindowTitle(self.tr("This patient may already be on file"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "These records look like the same person. Open the existing record rather than create a "
                "second one: its allergies and alerts would be missing from a duplicate."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setObjectName("duplicateMatches")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        for m in matches:
            reasons = {
                "same_birth_and_name": self.tr("same date of birth and a similar name"),
                "same_phone": self.tr("same phone number"),
                "same_email": self.tr("same e-mail address"),
            }
            lines = [
                f"{m.last_name.upper()} {m.first_name} · {m.file_no} · "
                + self.tr("born %1").replace("%1", format_date(m.date_of_birth))
                + (f" · {self.tr('archived')}" if m.archived else ""),
                self.tr("Why: %1").replace("%1", ", ".join(reasons.get(r, r) for r in m.reasons)),
            ]
            if m.alerts:
                lines.append("⚠ " + "  ·  ".join(m.alerts))
            item = QListWidgetItem("\n".join(lines))
            item.setData(Qt.ItemDataRole.UserRole, m.patient_id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        layout.addWidget(self.list, 1)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("duplicateReason")
        self.reason_edit.setPlaceholderText(
            self.tr("Reason to save a separate record (e.g. twin sister), kept in the audit trail")
        )
        self.reason_error = QLabel()
        theme.styled(self.reason_error, ERROR_STYLE)
        self.reason_error.hide()
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.reason_error)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open the selected record"))
        self.create_button = QPushButton(
            self.tr("&Save anyway") if editing else self.tr("&Create a new record anyway")
        )
        self.back_button = QPushButton(self.tr("&Back"))
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.create_button)
        layout.addLayout(buttons)
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self._open)
        self.list.itemActivated.connect(lambda _item: self._open())
        self.create_button.clicked.connect(self._create)
        self.back_button.clicked.connect(self.reject)
        self.list.setFocus()

    def _open(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.choice = "open"
        self.chosen_id = int(item.data(Qt.ItemDataRole.UserRole))
        self.accept()

    def _create(self) -> None:
        if not self.reason().strip():
            self.reason_error.setText(self.tr("Give the reason for a separate record."))
            self.reason_error.show()
            self.reason_edit.setFocus()
            return
        self.choice = "create"
        self.accept()

    def reason(self) -> str:
        return self.reason_edit.text().strip()
