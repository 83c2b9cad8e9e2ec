"""Recalling a lot: the reason, and who received it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mesodesk.gui import theme
from mesodesk.gui.widgets.field_errors import ERROR_STYLE


class RecallDialog(QDialog):
    """Ask the reason for recalling a lot."""

    def __init__(self, lot_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recall a lot"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Lot %1 will be refused for every new session. Patients who received it "
                "can be listed with the recall report."
            ).replace("%1", lot_text)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        label = QLabel(self.tr("&Reason:"))
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(80)
        self.reason_edit.setPlaceholderText(self.tr("e.g. manufacturer recall notice of 12 March"))
        label.setBuddy(self.reason_edit)
        layout.addWidget(label)
        layout.addWidget(self.reason_edit)
        self.error = QLabel()
        self.error.setObjectName("error_recall_reason")
        theme.styled(self.error, ERROR_STYLE)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Recall lot"))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()
