"""The toolbar's and the menus' icons: Lucide SVGs (resources/icons/lucide, ISC licence), drawn in the
colour of the palette's text so they read in the light and the dark scheme, and drawn again when the
scheme changes (gui/theme.py)."""

from __future__ import annotations

import logging
from functools import lru_cache

from PySide6.QtCore import QByteArray, QObject, QRectF, Qt
from PySide6.QtGui import QAction, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from mesodesk.gui import theme
from mesodesk.paths import MissingResourceError, icon_path

log = logging.getLogger("mesodesk.gui.icons")

#: The main window's actions (by object name, gui/main_actions.py) and the Lucide icon each shows.
ACTION_ICONS: dict[str, str] = {
    "today": "house",
    "new_patient": "user-plus",
    "new_session": "syringe",
    "followups": "calendar-clock",
    "clinic_reports": "chart-column",
    "catalogue": "package",
    "outcome_definitions": "ruler",
    "clinic_settings": "settings",
    "find": "search",
    "import": "file-input",
    "export": "file-output",
    "quit": "log-out",
    "edit_patient": "user-pen",
    "reaction": "triangle-alert",
    "plan": "calendar-range",
    "consent": "signature",
    "history": "heart-pulse",
    "compare_photos": "images",
    "archive": "archive",
    "merge": "merge",
    "patient_report": "file-text",
    "users": "users",
    "audit": "scroll-text",
    "backup": "database-backup",
    "erase": "trash-2",
    "lock": "lock",
    "about": "info",
    "reset_layout": "panels-top-left",
    "preferences": "sliders-horizontal",
}

#: Pixel sizes drawn for each icon: the menus' 16 px and the toolbar's 20 px on screens scaled 1x to 3x
#: (Qt picks the nearest, so an icon is drawn at its own size rather than scaled from another).
SIZES = (16, 20, 24, 32, 40, 48, 64)
ICON_PROPERTY = "mesodesk_icon"


def svg_path(name: str) -> str:
    return str(icon_path(f"lucide/{name}.svg"))


@lru_cache(maxsize=256)
def _svg_text(name: str) -> str:
    with open(svg_path(name), encoding="utf-8") as handle:
        return handle.read()


def _pixmap(renderer: QSvgRenderer, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


@lru_cache(maxsize=256)
def _icon(name: str, normal: str, disabled: str) -> QIcon:
    text = _svg_text(name)
    icon = QIcon()
    for mode, colour in ((QIcon.Mode.Normal, normal), (QIcon.Mode.Disabled, disabled)):
        renderer = QSvgRenderer(QByteArray(text.replace("currentColor", colour).encode("utf-8")))
        for size in SIZES:
            icon.addPixmap(_pixmap(renderer, size), mode)
    return icon


def icon(name: str) -> QIcon:
    """The Lucide icon ``name`` ("house") in the text colour of the scheme in use; a null icon (and a log
    line) if the file is not installed."""
    scheme = theme.current_scheme()
    try:
        return _icon(
            name,
            theme.palette_color(scheme, "WindowText"),
            theme.palette_color(scheme, "WindowText", disabled=True),
        )
    except (MissingResourceError, OSError) as exc:
        log.warning("icon %s: %s", name, exc)
        return QIcon()


def set_action_icon(action: QAction, name: str | None) -> None:
    """Give the action its icon, kept in the scheme's colours when the scheme changes."""
    if not name:
        return
    action.setProperty(ICON_PROPERTY, name)
    action.setIcon(icon(name))


def _retint(*_scheme: object) -> None:
    for window in QApplication.topLevelWidgets():
        for action in window.findChildren(QAction):
            name = action.property(ICON_PROPERTY)
            if isinstance(name, str) and name:
                action.setIcon(icon(name))


class _Follower(QObject):
    connected = False


def follow_theme() -> None:
    """Draw the icons again whenever the scheme changes (once per process)."""
    if not _Follower.connected:
        theme.notifier().changed.connect(_retint)
        _Follower.connected = True
