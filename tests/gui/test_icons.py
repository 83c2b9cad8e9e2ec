"""The toolbar's and the menus' icons: Lucide SVGs shipped with their licence, one on every toolbar and menu
action, drawn in the palette's text colour and drawn again in the other scheme's colour."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon

from mesodesk import paths
from mesodesk.gui import icons, theme

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")

ROOT = Path(__file__).resolve().parents[2]


def test_every_icon_named_is_a_shipped_lucide_svg():
    folder = ROOT / "resources" / "icons" / "lucide"
    assert "ISC License" in (folder / "LICENSE.txt").read_text(encoding="utf-8")
    for action, name in icons.ACTION_ICONS.items():
        path = paths.resource(f"icons/lucide/{name}.svg")
        text = path.read_text(encoding="utf-8")
        assert 'stroke="currentColor"' in text and 'viewBox="0 0 24 24"' in text, (action, name)
        assert (folder / f"{name}.svg").is_file(), name
    assert len(set(icons.ACTION_ICONS.values())) == len(icons.ACTION_ICONS), "one icon for one action"


def test_a_missing_icon_is_a_null_icon_not_a_crash(qapp):
    assert icons.icon("no-such-icon").isNull()


def ink(icon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> set[str]:
    """The opaque colours of the icon drawn at 24 px."""
    image = icon.pixmap(QSize(24, 24), mode).toImage()
    found = set()
    for x in range(image.width()):
        for y in range(image.height()):
            pixel = image.pixelColor(x, y)
            if pixel.alpha() == 255:
                found.add(QColor(pixel.red(), pixel.green(), pixel.blue()).name())
    return found


def test_every_toolbar_and_menu_action_has_its_icon(main_window):
    toolbar = [a for a in main_window.toolbar.actions() if not a.isSeparator()]
    assert len(toolbar) >= 7
    assert main_window.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    for action in toolbar:
        assert not action.icon().isNull(), action.text()
    for menu in main_window.menus.values():
        for action in menu.actions():
            if action.isSeparator():
                continue
            assert not action.icon().isNull(), action.text()
            assert icons.ACTION_ICONS[action.objectName()] == action.property(icons.ICON_PROPERTY)


def test_the_icons_follow_the_scheme(qapp, main_window):
    theme.install(qapp, theme.LIGHT)
    action = main_window.act_new_patient
    light_text = theme.PALETTES[theme.LIGHT]["WindowText"][0]
    assert light_text in ink(action.icon())
    theme.apply(theme.DARK)
    dark_text = theme.PALETTES[theme.DARK]["WindowText"][0]
    colours = ink(action.icon())
    assert dark_text in colours and light_text not in colours
    disabled = theme.PALETTES[theme.DARK]["WindowText"][1]
    assert disabled in ink(action.icon(), QIcon.Mode.Disabled)
