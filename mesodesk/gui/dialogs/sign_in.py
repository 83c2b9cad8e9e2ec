"""Sign-in at start: user name and password checked by the user service."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.errors import AuthenticationError, KnownError
from mesodesk.gui.operations import show_error


class SignInDialog(QDialog):
    """``SignInDialog(services)`` (services of the system context); ``user`` holds the UserInfo after
    acceptance, also sent with ``sig_signed_in(user)``."""

    sig_signed_in = Signal(object)

    def __init__(
        self,
        services: Any,
        clinic_name: str = "",
        db_label: str = "",
        parent: QWidget | None = None,
        hint: str = "",
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.user: Any = None
        self.setWindowTitle(self.tr("Sign in — MesoDesk"))
        self.setMinimumWidth(400)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        title = QLabel(clinic_name or self.tr("MesoDesk"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        if db_label:
            where = QLabel(self.tr("Database: %1").replace("%1", db_label))
            where.setStyleSheet("color: palette(dark);")
            where.setWordWrap(True)
            layout.addWidget(where)
        if hint:
            note = QLabel(hint)
            note.setWordWrap(True)
            note.setObjectName("hint")
            layout.addWidget(note)
        form = QFormLayout()
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Password"), self.password)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setStyleSheet("color: #b91c1c;")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.sign_in_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_in_button.setText(self.tr("&Sign in"))
        self.sign_in_button.setObjectName("sign_in")
        self.buttons.accepted.connect(self.sign_in)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.username.setFocus()

    def sign_in(self) -> bool:
        self.message.hide()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            user = self.services.users.authenticate(self.username.text(), self.password.text())
        except AuthenticationError as exc:
            self.message.setText(
                self.tr("Unknown user name or wrong password. Try again.")
                if "wrong password" in str(exc)
                else str(exc)
            )
            self.message.show()
            self.password.clear()
            self.password.setFocus()
            return False
        except KnownError as exc:
            self.message.setText(str(exc))
            self.message.show()
            return False
        except Exception as exc:
            show_error(self, exc)
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.user = user
        self.sig_signed_in.emit(user)
        self.accept()
        return True
