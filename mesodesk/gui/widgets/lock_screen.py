"""What the main window shows while locked: no patient data, only a password field."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget


class LockScreen(QWidget):
    """Emits ``sig_unlock_requested(password)``; the main window checks it with the user service."""

    sig_unlock_requested = Signal(str)
    sig_quit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setAutoFillBackground(True)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        card = QFrame()
        card.setObjectName("lockCard")
        card.setStyleSheet(
            "QFrame#lockCard { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 8px; }"
        )
        card.setFixedWidth(420)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(10)
        self.title = QLabel(self.tr("MesoDesk is locked"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.who = QLabel()
        self.who.setWordWrap(True)
        layout.addWidget(self.who)
        self.password = QLineEdit()
        self.password.setObjectName("lockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.returnPressed.connect(self._unlock)
        layout.addWidget(self.password)
        self.message = QLabel()
        self.message.setObjectName("lockMessage")
        self.message.setStyleSheet("color: #b91c1c;")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._unlock)
        layout.addWidget(self.unlock_button)
        self.quit_button = QPushButton(self.tr("Quit MesoDesk"))
        self.quit_button.setFlat(True)
        self.quit_button.clicked.connect(self.sig_quit_requested.emit)
        layout.addWidget(self.quit_button, 0, Qt.AlignmentFlag.AlignRight)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)

    def prepare(self, full_name: str, username: str) -> None:
        self.who.setText(
            self.tr(
                "Patient data is hidden while MesoDesk is locked.\nEnter the password of %1 (%2) to continue."
            )
            .replace("%1", full_name)
            .replace("%2", username)
        )
        self.password.clear()
        self.message.hide()
        self.password.setFocus()

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.password.clear()
        self.password.setFocus()

    def _unlock(self) -> None:
        self.sig_unlock_requested.emit(self.password.text())
