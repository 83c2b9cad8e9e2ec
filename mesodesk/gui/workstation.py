"""Who is at the workstation: the main window of the signed-in user, replaced by the next user's
window after *Switch user*, and by the sign-in window after *Sign out* (cancelling it quits).

Each user gets a main window of their own, built on services bound to them: nothing of the previous
user (their chart, their permissions, their dialogs) carries over to the next.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from mesodesk.gui.dialogs.sign_in import SignInDialog
from mesodesk.gui.main_window import MainWindow
from mesodesk.gui.settings import GuiSettings

if TYPE_CHECKING:
    from mesodesk.services.users import UserInfo

log = logging.getLogger("mesodesk.gui.main")


class Workstation(QObject):
    """``Workstation(system, db_label, clinic_name)``; ``open(user)`` shows that user's main window.
    ``window`` is the current main window (None while the sign-in window is up)."""

    sig_window = Signal(object)  # a main window was opened for the signed-in user

    def __init__(
        self,
        system: Any,
        db_label: str,
        clinic_name: str = "",
        settings: GuiSettings | None = None,
        quit_app: Callable[[], None] | None = None,
    ) -> None:
        super().__init__()
        self.system = system
        self.db_label = db_label
        self.clinic_name = clinic_name
        self.settings = settings
        self.quit_app = quit_app or QCoreApplication.quit
        self.window: MainWindow | None = None
        self.first_window: MainWindow | None = None
        self.sign_in_dialog: SignInDialog | None = None
        self._retired: list[MainWindow] = []

    def open(self, user: UserInfo) -> MainWindow:
        window = MainWindow(self.system.as_user(user.actor), self.db_label, user, settings=self.settings)
        window.sig_switch_user.connect(self.open)
        window.sig_signed_out.connect(self.signed_out)
        previous, self.window = self.window, window
        if self.first_window is None:
            self.first_window = window
        window.show()
        if previous is not None:
            self._retire(previous)
        log.info("main window shown (user id %s)", user.id)
        self.sig_window.emit(window)
        return window

    def signed_out(self) -> None:
        """The sign-in window again: who signs in next gets a window of their own; Cancel quits."""
        previous, self.window = self.window, None
        dialog = SignInDialog(self.system, self.clinic_name, self.db_label)
        self.sign_in_dialog = dialog
        dialog.sig_signed_in.connect(self._signed_in)
        dialog.rejected.connect(self._cancelled)
        dialog.show()
        if previous is not None:
            self._retire(previous)

    def _signed_in(self, user: UserInfo) -> None:
        self.sign_in_dialog = None
        self.open(user)

    def _cancelled(self) -> None:
        self.sign_in_dialog = None
        if self.window is None:
            self.quit_app()

    def _retire(self, window: MainWindow) -> None:
        """The previous user's window is gone from the screen; freed once no backup runs in it."""
        window.hide()
        task = getattr(window, "_backup_task", None)
        running = task is not None and task._thread.isRunning()
        if window is not self.first_window and not running:
            window.deleteLater()
        else:
            self._retired.append(window)  # run_gui waits for its backup at exit
