"""Locking the application: the idle watcher, the covers over open dialogs, the password prompt,
and the main window's lock and unlock (the LockingMixin)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QDeadlineTimer,
    QEvent,
    QEventLoop,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QFrame,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.errors import AuthenticationError, KnownError
from mesodesk.gui.operations import Task, run_task, show_error
from mesodesk.gui.widgets.lock_screen import LockScreen
from mesodesk.gui.window_host import MainWindowHost

if TYPE_CHECKING:
    from mesodesk.gui.main_window import MainWindow
    from mesodesk.services.users import UserInfo

log = logging.getLogger("mesodesk.gui.main")

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
        QEvent.Type.ContextMenu,
    }
)
COVERED_WINDOW_TYPES = (Qt.WindowType.Window, Qt.WindowType.Dialog, Qt.WindowType.Sheet)
ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    """Application-wide event filter: restarts the idle timer on input, and while the window is locked
    lets input reach only the lock screen."""

    sig_idle = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.sig_idle.emit)
        self.interval_ms = 0

    def set_interval_ms(self, ms: int) -> None:
        self.interval_ms = max(0, int(ms))
        self.timer.stop()
        if self.interval_ms:
            self.timer.start(self.interval_ms)

    def poke(self) -> None:
        if self.interval_ms and not self.window.is_locked():
            self.timer.start(self.interval_ms)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if self.window.is_locked():
            if kind == QEvent.Type.Shortcut:
                return True
            if kind in INPUT_EVENTS and isinstance(obj, QWidget):
                lock = self.window.lock_screen
                return not (obj is lock or lock.isAncestorOf(obj))
            return False
        if kind in ACTIVITY_EVENTS:
            self.poke()
        return False


class _LockCover(QFrame):
    """Covers an open dialog while the application is locked, keeping everything typed in it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockCover")
        self.setAutoFillBackground(True)
        self.setStyleSheet("QFrame#lockCover { background: palette(window); }")
        layout = QVBoxLayout(self)
        text = QLabel(self.tr("Locked. Unlock in the main MesoDesk window; nothing you typed here is lost."))
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(text)
        self.title = window.windowTitle()
        window.setWindowTitle(self.tr("Locked"))
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self.show()
        self.raise_()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and isinstance(obj, QWidget):
            self.setGeometry(obj.rect())
            self.raise_()
        elif event.type() == QEvent.Type.ChildAdded:
            self.raise_()
        return False

    def remove(self) -> None:
        if not shiboken6.isValid(self):  # its window was closed and deleted meanwhile
            return
        parent = self.parentWidget()
        if parent is not None:
            parent.removeEventFilter(self)
            parent.setWindowTitle(self.title)
        self.hide()
        self.deleteLater()


class LockDialog(QDialog):
    """The password prompt while locked: application-modal, above every other window; cannot be dismissed."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lockDialog")
        self.setWindowTitle(self.tr("Locked"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.lock_screen = LockScreen(self)
        layout.addWidget(self.lock_screen)

    def fit(self) -> None:
        """As wide as the card may be, as tall as its wrapped text needs (any font, any language)."""
        layout, screen_layout = self.layout(), self.lock_screen.layout()
        if layout is None or screen_layout is None:  # both made in __init__
            return
        layout.activate()
        card = self.lock_screen.card
        margins = screen_layout.contentsMargins()
        width = max(self.minimumSizeHint().width(), card.maximumWidth() + margins.left() + margins.right())
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:
            width = max(self.minimumSizeHint().width(), min(width, screen.width() - 40))
        self.resize(width, max(self.height(), layout.totalHeightForWidth(width)))
        self._keep_tall_enough()

    def _keep_tall_enough(self) -> None:
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            need = layout.totalHeightForWidth(self.width())
            if self.minimumHeight() != need:
                self.setMinimumHeight(need)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._keep_tall_enough()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # a message shown, another mode: grow to hold it
            self._keep_tall_enough()
        return handled

    def show_over(self, window: QWidget) -> None:
        self.fit()
        self.show()
        geometry = self.frameGeometry()
        geometry.moveCenter(window.frameGeometry().center())
        self.move(geometry.topLeft())
        self.raise_()
        self.activateWindow()
        self.lock_screen.password.setFocus()

    def reject(self) -> None:  # Esc does not dismiss the lock
        pass

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        event.ignore()


class LockingMixin(MainWindowHost):
    """The main window's idle lock: what is hidden, covered and restored around the password prompt."""

    # the lock's state (MainWindow starts it unlocked)
    _locked: bool
    _covers: list[_LockCover]  # one over each other top-level window while locked
    _docks_before_lock: list[QDockWidget]
    _auth_task: Task | None  # the password being checked

    def set_idle_interval_ms(self, ms: int) -> None:
        """Lock after ``ms`` milliseconds without input (0: never)."""
        self.idle.set_interval_ms(ms)

    def is_locked(self) -> bool:
        return self._locked

    def lock_now(self) -> None:
        """Ctrl+L / "Lock now": locked by the user, and logged and audited as such."""
        self.lock(manual=True)

    def lock(self, manual: bool = False) -> None:
        if self._locked:
            return
        self._locked = True
        self.idle.timer.stop()
        self._search_timer.stop()
        self._docks_before_lock = [d for d in self.findChildren(QDockWidget) if d.isVisible()]
        for dock in self._docks_before_lock:
            dock.hide()
        self.toolbar.setEnabled(False)
        self.menuBar().setEnabled(False)
        for widget in QApplication.topLevelWidgets():
            if widget is not self and widget.isVisible() and widget.windowType() in COVERED_WINDOW_TYPES:
                self._covers.append(_LockCover(widget))
        self.lock_screen.prepare(self.user.full_name, self.user.username)
        self.stack.setCurrentWidget(self.locked_page)
        self.lock_dialog.show_over(self)
        log.info("locked %s (user id %s)", "manually" if manual else "after inactivity", self.user.id)
        try:
            self.services.users.record_lock(manual=manual)
        except Exception:  # the lock itself must never fail: the entry is logged as missing
            log.exception("cannot record the lock in the audit trail (user id %s)", self.user.id)

    def unlock(self, password: str) -> bool:
        """Check the locked user's password off the GUI thread (Argon2 and the slow-down after failures
        take a while; the window stays responsive). Returns False when nothing was started."""
        return self._check_password(self.user.username, password, self._unlocked)

    def _check_password(self, username: str, password: str, on_done: Any) -> bool:
        if not self._locked or self._auth_task is not None:
            return False
        self.lock_screen.set_busy(True)
        self.lock_screen.message.hide()
        users = self.services.users

        def done(user: UserInfo) -> None:
            self._auth_task = None
            self.lock_screen.set_busy(False)
            on_done(user)

        def failed(exc: BaseException) -> None:
            self._auth_task = None
            self.lock_screen.set_busy(False)
            if isinstance(exc, AuthenticationError):
                self.lock_screen.show_error(
                    self.tr("Wrong password. Try again.")
                    if "wrong password" in str(exc)
                    else str(exc)  # slowed down or locked out: the service says for how long
                )
            elif isinstance(exc, KnownError):
                self.lock_screen.show_error(str(exc))
            else:
                show_error(self.lock_dialog, exc)
            self.sig_lock_refused.emit(self.lock_screen.message.text())

        self._auth_task = run_task(
            self.lock_dialog,
            self.tr("Checking the password"),
            lambda _progress: users.authenticate(username, password),
            done,
            failed,
            show_progress=False,
        )
        return True

    def wait_for_password_check(self, ms: int = 30_000) -> None:
        """Until a running password check has finished (tests; the GUI never waits)."""
        deadline = QDeadlineTimer(ms)
        while self._auth_task is not None and not deadline.hasExpired():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

    def _unlocked(self, _user: UserInfo | None = None) -> None:
        self._locked = False
        self.lock_dialog.hide()
        self.stack.setCurrentWidget(self.splitter)
        self.toolbar.setEnabled(True)
        self.menuBar().setEnabled(True)
        for dock in self._docks_before_lock:
            dock.show()
        self._docks_before_lock = []
        for cover in self._covers:
            cover.remove()
        self._covers = []
        self.lock_screen.password.clear()
        self.idle.poke()
        log.info("unlocked (user id %s)", self.user.id)
        self.sig_unlocked.emit()

    # -- leaving: another user, or back to the sign-in window ------------------
    def unsaved_windows(self) -> list[QWidget]:
        """This user's open editors with changes not saved yet (covered while locked)."""
        found = []
        for widget in QApplication.topLevelWidgets():
            if widget is self or widget is self.lock_dialog or not widget.isVisible():
                continue
            is_dirty = getattr(widget, "is_dirty", None)
            try:
                dirty = bool(is_dirty()) if callable(is_dirty) else False
            except Exception:  # a form that cannot say: counted as unsaved, nothing is lost
                log.exception("cannot tell whether %s has unsaved changes", type(widget).__name__)
                dirty = True
            if dirty:
                found.append(widget)
        return found

    def _refuse_leaving(self) -> bool:
        """Whether the locked user still has unsaved work: then nobody else signs in and nobody signs
        out until they unlock and save or discard it (said on the lock screen)."""
        unsaved = self.unsaved_windows()
        if not unsaved:
            return False
        titles = ", ".join(
            f"“{cover.title}”"
            for cover in self._covers
            if shiboken6.isValid(cover) and cover.parentWidget() in unsaved
        )
        self.lock_screen.show_error(
            self.tr(
                "%1 has changes that are not saved (%2). %1 must unlock and save or discard them first; "
                "nothing was closed."
            )
            .replace("%1", self.user.full_name)
            .replace("%2", titles or str(len(unsaved)))
        )
        self.sig_lock_refused.emit(self.lock_screen.message.text())
        return True

    def switch_user(self, username: str, password: str) -> bool:
        """Another user signs in from the lock screen (Switch user); the window is then theirs
        (``sig_switch_user(user)``). Refused while the locked user has unsaved work."""
        if not self._locked or self._refuse_leaving():
            return False
        return self._check_password(username, password, self._switched)

    def _switched(self, user: UserInfo) -> None:
        if user.id == self.user.id:  # the same person: an ordinary unlock
            self._unlocked(user)
            return
        if self._refuse_leaving():  # an editor became dirty meanwhile: cannot happen while locked
            return
        try:
            self.services.users.record_sign_out(switched_to=user.username)
        except Exception:  # the switch itself goes on: the entry is logged as missing
            log.exception("cannot record the user switch in the audit trail (user id %s)", self.user.id)
        log.info("user switched from id %s to id %s", self.user.id, user.id)
        self._leave(lambda: self.sig_switch_user.emit(user))

    def sign_out(self) -> bool:
        """Back to the sign-in window (``sig_signed_out``); refused while there is unsaved work."""
        if self._auth_task is not None or self._refuse_leaving():
            return False
        try:
            self.services.users.record_sign_out()
        except Exception:
            log.exception("cannot record the sign-out in the audit trail (user id %s)", self.user.id)
        log.info("signed out (user id %s)", self.user.id)
        self._leave(self.sig_signed_out.emit)
        return True

    def _leave(self, announce: Any) -> None:
        """Close everything of this user (nothing unsaved is left: checked before), let ``announce()``
        open what comes next (the next user's window, the sign-in window), then close this window."""
        for cover in self._covers:
            cover.remove()
        self._covers = []
        for widget in QApplication.topLevelWidgets():
            if widget is self or widget is self.lock_dialog or not widget.isVisible():
                continue
            if isinstance(widget, QDialog) and widget.parentWidget() is not None:
                widget.done(QDialog.DialogCode.Rejected)
                widget.hide()
        self.lock_dialog.hide()
        self.stack.setCurrentWidget(self.locked_page)
        self.leaving = True
        announce()  # before closing: the application must never be left without a window
        self.close()
