"""Locking the application: the idle watcher, the covers over open dialogs, the password prompt,
and the main window's lock and unlock (the LockingMixin)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QFrame,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.errors import AuthenticationError
from mesodesk.gui.operations import show_error
from mesodesk.gui.widgets.lock_screen import LockScreen

if TYPE_CHECKING:
    from mesodesk.gui.main_window import MainWindow

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
        window.setWindowTitle(self.tr("MesoDesk — locked"))
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
        self.setWindowTitle(self.tr("MesoDesk — locked"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.lock_screen = LockScreen(self)
        layout.addWidget(self.lock_screen)
        self.resize(520, 330)

    def show_over(self, window: QWidget) -> None:
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


class LockingMixin:
    """The main window's idle lock: what is hidden, covered and restored around the password prompt."""

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
        try:
            self.services.users.authenticate(self.user.username, password)
        except AuthenticationError:
            self.lock_screen.show_error(self.tr("Wrong password. Try again."))
            return False
        except Exception as exc:
            show_error(self, exc)
            return False
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
        return True
