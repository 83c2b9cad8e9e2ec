"""What the main window shows while locked: no patient data, only a password field — and the way for
another user to sign in (Switch user) or for this one to leave (Sign out).

Laid out for any font and language: every label wraps, nothing has a fixed height, and the card is at
most about 40 letters wide (it grows taller, not wider)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mesodesk.gui import theme

# The card's greatest width, in widths of "M" of the application font (so it follows the font size).
CARD_MAX_EMS = 40


class LockScreen(QWidget):
    """Emits ``sig_unlock_requested(password)``, ``sig_switch_requested(username, password)``,
    ``sig_sign_out_requested()`` and ``sig_quit_requested()``; the main window checks and acts."""

    sig_unlock_requested = Signal(str)
    sig_switch_requested = Signal(str, str)
    sig_sign_out_requested = Signal()
    sig_quit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setAutoFillBackground(True)
        self._full_name = ""
        self._username = ""
        self.switching = False
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        self.card = card = QFrame()
        card.setObjectName("lockCard")
        theme.styled(
            card,
            "QFrame#lockCard { background: palette(base); border: 1px solid $line; border-radius: 8px; }",
        )
        card.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self._card_layout = layout = QVBoxLayout(card)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(10)
        self.title = QLabel()
        self.title.setObjectName("lockTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.who = QLabel()
        self.who.setObjectName("lockWho")
        self.who.setWordWrap(True)
        layout.addWidget(self.who)
        self.username = QLineEdit()
        self.username.setObjectName("lockUsername")
        self.username.setAccessibleName(self.tr("User name"))
        self.username.setPlaceholderText(self.tr("User name"))
        self.username.returnPressed.connect(self._to_password)
        self.username.hide()
        layout.addWidget(self.username)
        self.password = QLineEdit()
        self.password.setObjectName("lockPassword")
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.returnPressed.connect(self._submit)
        layout.addWidget(self.password)
        self.message = QLabel()
        self.message.setObjectName("lockMessage")
        theme.styled(self.message, "color: $error;")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._submit)
        layout.addWidget(self.unlock_button)
        row = QHBoxLayout()
        row.setSpacing(6)
        self.switch_button = QPushButton()
        self.switch_button.setObjectName("switchUser")
        self.switch_button.clicked.connect(self._toggle_switch)
        row.addWidget(self.switch_button)
        self.sign_out_button = QPushButton(self.tr("Sign &out"))
        self.sign_out_button.setObjectName("signOut")
        self.sign_out_button.setToolTip(self.tr("Close this user's work and return to the sign-in window"))
        self.sign_out_button.clicked.connect(self.sig_sign_out_requested.emit)
        row.addWidget(self.sign_out_button)
        row.addStretch(1)
        self.quit_button = QPushButton(self.tr("Quit MesoDesk"))
        self.quit_button.setObjectName("lockQuit")
        self.quit_button.setFlat(True)
        self.quit_button.clicked.connect(self.sig_quit_requested.emit)
        row.addWidget(self.quit_button)
        layout.addLayout(row)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(card, 100)  # up to its maximum width; the stretches centre it
        middle.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(1)
        self._show_mode()

    def prepare(self, full_name: str, username: str) -> None:
        """Ready for the locked user (``full_name``, ``username``): unlock mode, fields empty."""
        self._full_name, self._username = full_name, username
        self.switching = False
        self.username.clear()
        self.password.clear()
        self.message.hide()
        self.set_busy(False)
        self._show_mode()

    def _show_mode(self) -> None:
        if self.switching:
            self.title.setText(self.tr("Sign in as another user"))
            self.who.setText(
                self.tr(
                    "%1 is signed out when you sign in; nothing of theirs stays on screen. "
                    "Enter your user name and password."
                ).replace("%1", self._full_name)
            )
            self.unlock_button.setText(self.tr("&Sign in"))
            self.switch_button.setText(self.tr("&Back"))
            self.switch_button.setToolTip(self.tr("Back to unlocking as %1").replace("%1", self._full_name))
        else:
            self.title.setText(self.tr("MesoDesk is locked"))
            self.who.setText(
                self.tr(
                    "Patient data is hidden while MesoDesk is locked.\n"
                    "Enter the password of %1 (%2) to continue."
                )
                .replace("%1", self._full_name)
                .replace("%2", self._username)
            )
            self.unlock_button.setText(self.tr("&Unlock"))
            self.switch_button.setText(self.tr("S&witch user…"))
            self.switch_button.setToolTip(self.tr("Another user signs in on this workstation"))
        self.username.setVisible(self.switching)
        self.sign_out_button.setVisible(not self.switching)
        self._fit_card()
        (self.username if self.switching else self.password).setFocus()

    def _fit_card(self) -> None:
        """At most CARD_MAX_EMS wide (text wraps instead), but never narrower than its buttons need."""
        layout = self._card_layout
        layout.invalidate()
        em = self.card.fontMetrics().horizontalAdvance("M")
        self.card.setMaximumWidth(max(em * CARD_MAX_EMS, layout.totalMinimumSize().width()))

    def _to_password(self) -> None:
        self.password.setFocus()

    def _toggle_switch(self) -> None:
        self.switching = not self.switching
        self.username.clear()
        self.password.clear()
        self.message.hide()
        self._show_mode()

    def set_busy(self, busy: bool) -> None:
        """While a password is checked (off the GUI thread): nothing can be sent twice."""
        for widget in (
            self.username,
            self.password,
            self.unlock_button,
            self.switch_button,
            self.sign_out_button,
        ):
            widget.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.password.clear()
        self.password.setFocus()

    def _submit(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        if self.switching:
            if not self.username.text().strip():
                self.show_error(self.tr("Enter the user name of who is signing in."))
                self.username.setFocus()
                return
            self.sig_switch_requested.emit(self.username.text().strip(), self.password.text())
        else:
            self.sig_unlock_requested.emit(self.password.text())
