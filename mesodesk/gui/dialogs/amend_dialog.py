"""Ask why a signed-off session is being changed; the reason is stored with the amendment."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from mesodesk.gui import theme
from mesodesk.gui.widgets.field_errors import ERROR_STYLE


class AmendDialog(QDialog):
    """A required reason for an amendment. ``reason()`` after ``accepted``."""

    def __init__(self, parent: QWidget | None = None, summary: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Amend a signed session"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "This session has been signed off. The original stays in the record; "
                "please say why it is being changed."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if summary:
            what = QLabel(summary)
            what.setWordWrap(True)
            theme.styled(what, "color: $muted;")
            layout.addWidget(what)
        label = QLabel(self.tr("&Reason for the amendment:"))
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setPlaceholderText(
            self.tr("e.g. wrong lot number entered; corrected from the vial label")
        )
        self.reason_edit.setFixedHeight(90)
        label.setBuddy(self.reason_edit)
        layout.addWidget(label)
        layout.addWidget(self.reason_edit)
        self.error = QLabel()
        self.error.setObjectName("error_reason")
        theme.styled(self.error, ERROR_STYLE)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save amendment"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.reason_edit.setFocus()

    def accept(self) -> None:
        if not self.reason():
            self.show_error(self.tr("A reason is required."))
            return
        super().accept()
