"""Sign-in at start: user name and password checked by the user service, off the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

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
from mesodesk.gui import theme
from mesodesk.gui.fit import grow_to_fit_wrapped_text
from mesodesk.gui.operations import Task, run_task, show_error

if TYPE_CHECKING:
    from mesodesk.services import Services
    from mesodesk.services.users import UserInfo


class SignInDialog(QDialog):
    """``SignInDialog(services)`` (services of the system context); ``user`` holds the UserInfo after
    acceptance, also sent with ``sig_signed_in(user)``."""

    sig_signed_in = Signal(object)
    sig_refused = Signal(str)  # the message shown

    def __init__(
        self,
        services: Services,
        clinic_name: str = "",
        db_label: str = "",
        parent: QWidget | None = None,
        hint: str = "",
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.user: UserInfo | None = None
        self._task: Task | None = None
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
            theme.styled(where, "color: $muted;")
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
        theme.styled(self.message, "color: $error;")
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
        """Check the name and password off the GUI thread (Argon2 takes a moment; the window stays
        responsive). Returns False when nothing was started (an attempt is already running)."""
        if self._task is not None:
            return False
        self.message.hide()
        username, password = self.username.text(), self.password.text()
        self._set_busy(True)
        self._task = run_task(
            self,
            self.tr("Signing in"),
            lambda _progress: self.services.users.authenticate(username, password),
            self._signed_in,
            self._refused,
            show_progress=False,
        )
        return True

    def wait(self, ms: int = 30_000) -> None:
        """Until the running attempt has finished (tests; the GUI never waits)."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop

        deadline = QDeadlineTimer(ms)
        while self._task is not None and not deadline.hasExpired():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.username, self.password, self.sign_in_button):
            widget.setEnabled(not busy)
        if busy:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            QGuiApplication.restoreOverrideCursor()

    def _signed_in(self, user: UserInfo) -> None:
        self._task = None
        self._set_busy(False)
        self.user = user
        self.sig_signed_in.emit(user)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self._task = None
        self._set_busy(False)
        if isinstance(exc, AuthenticationError):
            self.message.setText(
                self.tr("Unknown user name or wrong password. Try again.")
                if "wrong password" in str(exc)
                else str(exc)  # slowed down or locked out: the service says for how long
            )
            self.message.show()
            self.password.clear()
            self.password.setFocus()
        elif isinstance(exc, KnownError):
            self.message.setText(str(exc))
            self.message.show()
            self.password.setFocus()
        else:
            show_error(self, exc)
        grow_to_fit_wrapped_text(self)  # a long refusal is shown whole
        self.sig_refused.emit(self.message.text())
