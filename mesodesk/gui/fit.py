"""Windows that hold word-wrapped text: Qt sizes a window by its width hint, not by the height its
wrapped labels need at the width it got."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def grow_to_fit_wrapped_text(window: QWidget) -> None:
    """Make ``window`` tall enough for its layout at its current width (never shorter)."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    needed = layout.totalHeightForWidth(window.width()) if layout.hasHeightForWidth() else 0
    if needed > window.height():
        window.resize(window.width(), needed)


def keep_on_screen(window: QWidget, area: QRect | None = None) -> None:
    """Shrink ``window`` to the screen's available area (never below its minimum) and move it inside.

    Dialogs are given a comfortable first size (the session editor 1180 × 860); on a 1366 × 768 laptop
    that put its Save and Sign buttons below the screen's edge (seen under a real X server).
    """
    if area is None:
        screen = window.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
    if area.isEmpty():
        return
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    width = max(min(window.width(), area.width()), least.width())
    height = max(min(window.height(), area.height()), least.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    x = min(max(window.x(), area.left()), max(area.left(), area.right() + 1 - width))
    y = min(max(window.y(), area.top()), max(area.top(), area.bottom() + 1 - height))
    if (x, y) != (window.x(), window.y()):
        window.move(x, y)


def _shown(watched: QObject) -> None:
    if (
        isinstance(watched, QWidget)
        and watched.isWindow()
        and watched.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog)
    ):
        keep_on_screen(watched)


def install(app: QCoreApplication) -> None:
    """Keep every window that is shown on its screen."""
    from mesodesk.gui import app_filters

    app_filters.on(app, QEvent.Type.Show, _shown)
