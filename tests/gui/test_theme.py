"""The light and dark themes: text contrast of at least 4.5:1 (WCAG 2 AA) for every text colour on every
background it is drawn on, the choice in Preferences applied live and kept, no colour written outside
gui/theme.py."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from mesodesk.gui import theme

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")

GUI = Path(__file__).resolve().parents[2] / "mesodesk" / "gui"
AA = 4.5


def relative_luminance(hex_colour: str) -> float:
    """WCAG 2's relative luminance of an sRGB colour "#rrggbb"."""
    digits = hex_colour.lstrip("#")
    assert len(digits) == 6, hex_colour

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(int(digits[i : i + 2], 16)) for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    high, low = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_contrast_formula():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast("#9aa3ae", "#ffffff") == pytest.approx(2.55, abs=0.01)  # the old hint grey
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # the lightest AA grey


def all_pairs() -> list[tuple[str, str]]:
    pairs = list(theme.PALETTE_PAIRS)
    for name, token in theme.TOKENS.items():
        pairs += [(name, background) for background in token.on]
    return pairs


@pytest.mark.parametrize("scheme", theme.SCHEMES)
def test_every_text_colour_reaches_aa_on_its_backgrounds(scheme):
    failures = []
    for text, background in all_pairs():
        fg, bg = theme.value(scheme, text), theme.value(scheme, background)
        ratio = contrast(fg, bg)
        if ratio < AA:
            failures.append(f"{text} {fg} on {background} {bg}: {ratio:.2f}:1")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("scheme", theme.SCHEMES)
def test_edges_and_the_focus_ring_are_seen(scheme):
    """Field and button edges, the focus ring, selections and plot lines: 3:1 (WCAG 2.1, 1.4.11)."""
    failures = []
    for edge, background in theme.NON_TEXT_PAIRS:
        fg, bg = theme.value(scheme, edge), theme.value(scheme, background)
        if contrast(fg, bg) < 3.0:
            failures.append(f"{edge} {fg} on {background} {bg}: {contrast(fg, bg):.2f}:1")
    assert not failures, "\n".join(failures)
    assert ("focus", "Window") in theme.NON_TEXT_PAIRS and ("border", "Base") in theme.NON_TEXT_PAIRS


def test_every_background_named_by_a_text_colour_exists():
    names = set(theme.TOKENS) | set(theme.PALETTES[theme.LIGHT])
    for text, background in all_pairs() + list(theme.NON_TEXT_PAIRS):
        assert text in names and background in names, (text, background)


@pytest.mark.parametrize("scheme", theme.SCHEMES)
def test_the_palette_sets_every_role_in_every_group(scheme):
    palette = theme.build_palette(scheme)
    spec = theme.PALETTES[scheme]
    for role_name in (
        "Window",
        "WindowText",
        "Base",
        "AlternateBase",
        "Text",
        "PlaceholderText",
        "Button",
        "ButtonText",
        "BrightText",
        "Highlight",
        "HighlightedText",
        "Link",
        "LinkVisited",
        "ToolTipBase",
        "ToolTipText",
        "Light",
        "Midlight",
        "Mid",
        "Dark",
        "Shadow",
    ):
        role = getattr(QPalette.ColorRole, role_name)
        active, disabled = spec[role_name]
        assert palette.color(QPalette.ColorGroup.Active, role).name() == active
        assert palette.color(QPalette.ColorGroup.Inactive, role).name() == active
        assert palette.color(QPalette.ColorGroup.Disabled, role).name() == disabled
    # disabled text is told apart from enabled text
    assert spec["Text"][1] != spec["Text"][0]


@pytest.mark.parametrize("scheme", theme.SCHEMES)
def test_disabled_text_is_quieter_but_still_read(scheme):
    """WCAG leaves disabled controls out; a signed-off session shows its values in them, so they stay
    readable (3:1) while told apart from enabled text."""
    spec = theme.PALETTES[scheme]
    for text, background in (("WindowText", "Window"), ("Text", "Base"), ("ButtonText", "Button")):
        disabled, enabled = spec[text][1], spec[text][0]
        assert contrast(disabled, spec[background][1]) >= 3.0, (text, disabled, spec[background][1])
        assert contrast(disabled, spec[background][1]) < contrast(enabled, spec[background][0])
    assert theme.TOKENS["disabled_text"].value(scheme) == spec["Text"][1]


def test_the_two_schemes_differ_where_it_matters():
    light, dark = theme.PALETTES[theme.LIGHT], theme.PALETTES[theme.DARK]
    assert relative_luminance(light["Window"][0]) > 0.8 > 0.05 > relative_luminance(dark["Window"][0])
    for name in ("muted", "error", "warning", "focus", "card", "grid_bg"):
        token = theme.TOKENS[name]
        assert token.light != token.dark, name


HEX = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")
NAMED = re.compile(r"QColor\(\s*(\"[a-zA-Z]+\"|\d+\s*,)")


def test_no_colour_is_written_outside_the_theme():
    found = []
    for path in sorted(GUI.rglob("*.py")):
        if path.name == "theme.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if HEX.search(line) or NAMED.search(line):
                found.append(f"{path.relative_to(GUI)}:{number}: {line.strip()}")
    assert not found, "\n".join(found)


# -- applied to the application ----------------------------------------------------------------------


def test_switching_to_dark_restyles_an_open_main_window(qapp, main_window):
    from mesodesk.gui.widgets.field_errors import ERROR_STYLE

    theme.install(qapp, theme.LIGHT)
    assert theme._State.style_name == "fusion"
    light_window = main_window.palette().color(QPalette.ColorRole.Window).name()
    label = main_window.result_label
    light_sheet = label.styleSheet()
    assert theme.TOKENS["muted"].light in light_sheet
    errors = [
        w for w in main_window.findChildren(type(label)) if w.property(theme.STYLE_PROPERTY) == ERROR_STYLE
    ]

    theme.apply(theme.DARK)
    QApplication.processEvents()
    assert theme.current_scheme() == theme.DARK
    dark_window = main_window.palette().color(QPalette.ColorRole.Window).name()
    assert light_window == theme.PALETTES[theme.LIGHT]["Window"][0]
    assert dark_window == theme.PALETTES[theme.DARK]["Window"][0]
    assert theme.TOKENS["muted"].dark in label.styleSheet()
    for widget in errors:
        assert theme.TOKENS["error"].dark in widget.styleSheet()
    assert theme.TOKENS["focus"].dark in qapp.styleSheet()


def test_the_open_chart_is_written_again_in_the_other_scheme(qapp, main_window, sqlite_clinic):
    """The chart's rich texts carry their colours inline: a change of scheme writes them again."""
    from datetime import date

    from mesodesk.services.patients import PatientInput

    svc = sqlite_clinic.services
    patient_id = svc.patients.create(PatientInput("Anna", "Rossi", date(1980, 5, 1))).id
    svc.patients.add_allergy(patient_id, "Lidocaine", "hives", "severe")
    theme.install(qapp, theme.LIGHT)
    main_window.open_patient(patient_id)
    html = main_window.chart.history_view.toHtml().lower()
    assert theme.TOKENS["error"].light in html
    theme.apply(theme.DARK)
    html = main_window.chart.history_view.toHtml().lower()
    assert theme.TOKENS["error"].dark in html and theme.TOKENS["error"].light not in html


def test_the_system_scheme_is_followed_only_when_chosen(qapp, monkeypatch):
    from PySide6.QtGui import QGuiApplication

    theme.install(qapp, theme.SYSTEM)
    assert theme.current_scheme() == theme.LIGHT  # the offscreen platform says nothing: light
    monkeypatch.setattr(theme, "system_scheme", lambda: theme.DARK)
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # the desktop turns dark
    assert theme.current_scheme() == theme.DARK
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == theme.PALETTES[theme.DARK]["Window"][0]
    theme.apply(theme.LIGHT)
    theme._system_changed()  # the user chose light: the desktop's dark is not followed
    assert theme.current_scheme() == theme.LIGHT


def test_the_preference_is_applied_live_and_kept(qapp, qtbot, main_window, gui_settings):
    from mesodesk.gui.dialogs.preferences_dialog import PreferencesDialog
    from mesodesk.gui.settings import GuiSettings

    theme.install(qapp, gui_settings.preferences.theme)
    assert gui_settings.preferences.theme == theme.SYSTEM
    dialog = PreferencesDialog(gui_settings, main_window)
    qtbot.addWidget(dialog)
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData(theme.DARK))
    dialog.accept()
    assert theme.current_scheme() == theme.DARK
    assert (
        main_window.palette().color(QPalette.ColorRole.Window).name()
        == theme.PALETTES[theme.DARK]["Window"][0]
    )
    assert GuiSettings(gui_settings.file_name).preferences.theme == theme.DARK

    again = PreferencesDialog(GuiSettings(gui_settings.file_name), main_window)
    qtbot.addWidget(again)
    assert again.theme_combo.currentData() == theme.DARK


def test_make_application_applies_the_saved_scheme(qapp, tmp_path, monkeypatch):
    from mesodesk.gui import application, i18n
    from mesodesk.gui.settings import GuiSettings

    saved = GuiSettings(tmp_path / "gui.ini")
    saved.preferences.theme = theme.DARK
    saved.save()
    monkeypatch.setattr("mesodesk.gui.settings.GuiSettings", lambda: GuiSettings(tmp_path / "gui.ini"))
    monkeypatch.setattr(i18n, "install_translators", lambda app, language: [])
    application.make_application()
    assert theme.current_scheme() == theme.DARK
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == theme.PALETTES[theme.DARK]["Window"][0]


def focus_pixels(widget, colour: str) -> int:
    """Pixels of the widget's picture within a few steps of ``colour`` (the ring is antialiased)."""
    from PySide6.QtGui import QColor

    QApplication.processEvents()
    image = widget.grab().toImage()
    target = QColor(colour)
    count = 0
    for x in range(image.width()):
        for y in range(image.height()):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - target.red())
                + abs(pixel.green() - target.green())
                + abs(pixel.blue() - target.blue())
                < 24
            ):
                count += 1
    return count


@pytest.mark.parametrize("scheme", theme.SCHEMES)
def test_keyboard_focus_is_drawn_as_a_ring(qapp, qtbot, scheme):
    from PySide6.QtWidgets import (
        QCheckBox,
        QComboBox,
        QLineEdit,
        QPushButton,
        QSpinBox,
        QTableWidget,
        QTabWidget,
        QVBoxLayout,
        QWidget,
    )

    theme.install(qapp, scheme)
    ring = theme.TOKENS["focus"].value(scheme)
    dialog = QWidget()  # not a dialog: there the focused button becomes the default one, filled
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    combo = QComboBox()
    combo.addItems(["Light", "Dark"])
    table = QTableWidget(2, 2)
    tabs = QTabWidget()
    tabs.addTab(QWidget(), "Overview")
    tabs.addTab(QWidget(), "Sessions")
    widgets = [
        QLineEdit("text"),
        QPushButton("Button"),
        combo,
        QSpinBox(),
        QCheckBox("Check"),
        table,
        tabs.tabBar(),
    ]
    for widget in [*widgets[:-1], tabs]:
        layout.addWidget(widget)
    dialog.show()
    qtbot.waitExposed(dialog)
    for widget in widgets:
        dialog.activateWindow()
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(widget.hasFocus)
        focused = focus_pixels(widget, ring)
        widgets[0 if widget is not widgets[0] else 1].setFocus(Qt.FocusReason.TabFocusReason)
        unfocused = focus_pixels(widget, ring)
        name = type(widget).__name__
        assert focused >= 2 * widget.fontMetrics().height(), (name, focused)
        assert focused > 3 * unfocused, (name, focused, unfocused)
