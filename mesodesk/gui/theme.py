"""The look of MesoDesk: a light and a dark palette, named colours, and the focus ring.

Every colour the GUI uses is named here, with a value for the light scheme and one for the dark
scheme (:data:`TOKENS`); widgets never write a ``#rrggbb`` of their own (tests/gui/test_theme.py).

- :func:`color` gives a token's colour in the scheme in use, for painting and for table models
  (they are asked again at each repaint, so they follow a change of scheme by themselves);
- :func:`styled` sets a widget's style sheet from a template naming tokens (``"color: $error;"``)
  and sets it again, with the other scheme's values, when the scheme changes;
- :func:`install` puts the Fusion style (it draws with the palette everywhere), the palette and the
  application style sheet (the keyboard focus ring) on the application, following the system's
  light or dark setting (Qt ≥ 6.5) unless the user chose one in Preferences.

The text colours are chosen for a contrast of at least 4.5:1 (WCAG 2 AA) on the backgrounds they are
drawn on: each text token names those backgrounds (``on``), and the test checks every pair.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from string import Template

from PySide6.QtCore import QObject, QRect, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QProxyStyle,
    QPushButton,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionComplex,
    QWidget,
)

log = logging.getLogger("mesodesk.gui.theme")

LIGHT = "light"
DARK = "dark"
SCHEMES = (LIGHT, DARK)
#: What the user can choose in Preferences; "system" follows the desktop's setting.
SYSTEM = "system"
CHOICES = (SYSTEM, LIGHT, DARK)


@dataclass(frozen=True)
class Token:
    """One named colour: its value in the light and in the dark scheme.

    ``on``: for a text colour, the backgrounds it is drawn on (palette role names such as "Base",
    or other tokens); each pair must reach a contrast of 4.5:1 in both schemes."""

    light: str
    dark: str
    on: tuple[str, ...] = ()

    def value(self, scheme: str) -> str:
        return self.dark if scheme == DARK else self.light


_SURFACES = ("Window", "Base", "AlternateBase")
KINDS = ("before", "after", "reaction", "profile", "other")  # the kinds of photo, each with a colour

TOKENS: dict[str, Token] = {
    # -- text ------------------------------------------------------------------------------------
    # secondary text: hints, counts, captions, archived rows (instead of palette(dark)/palette(mid))
    "muted": Token(
        "#5f6b7a",
        "#a8b0bb",
        (
            *_SURFACES,
            "Button",
            "card",
            "card_selected",
            "grid_bg",
            "info_bg",
            "plot_bg",
            "band_course",
            "band_maintenance",
        ),
    ),
    # text a step quieter than the body but louder than muted: summaries, captions under photos
    "secondary": Token("#374151", "#d1d5db", (*_SURFACES, "card", "card_selected")),
    "error": Token("#b91c1c", "#f87171", (*_SURFACES, "card")),
    # text on an error background: refused rows, allergy banners; also the severe grade
    "error_strong": Token("#991b1b", "#fecaca", (*_SURFACES, "error_bg")),
    "warning": Token("#92400e", "#fbbf24", (*_SURFACES, "warning_bg")),
    # text on a warning background: unlisted products, the warning panel's title, first start's box
    "warning_strong": Token("#78350f", "#fde68a", (*_SURFACES, "warning_bg")),
    # the large ⚠ beside a warning panel's title
    "warning_icon": Token("#b45309", "#fbbf24", ("warning_bg",)),
    "success": Token("#166534", "#86efac", _SURFACES),
    "success_mild": Token("#3f6212", "#bef264", _SURFACES),
    # upcoming (not yet due) follow-ups
    "info": Token("#1d4ed8", "#93c5fd", _SURFACES),
    # the session markers of the outcome chart and its legend
    "series_session": Token("#6d28d9", "#c4b5fd", (*_SURFACES, "plot_bg")),
    # on filled shapes: the default button, the kind pills of photos, the marks of the injection map
    "on_accent": Token("#ffffff", "#ffffff", ("accent", "mark", *(f"kind_{k}" for k in KINDS))),
    "avatar_text": Token("#334e68", "#e2e8f0", ("avatar_bg",)),
    # on white paper in both schemes (the signature pad, the logo as printed)
    "ink": Token("#1a2a4a", "#1a2a4a", ("paper",)),
    "paper_muted": Token("#4b5563", "#4b5563", ("paper",)),
    # the photo comparison's dark viewing room (dark in both schemes, as a lightbox is)
    "viewer_text": Token("#9ca3af", "#9ca3af", ("viewer_bg",)),
    # -- backgrounds -----------------------------------------------------------------------------
    "error_bg": Token("#fde8e8", "#3b1d1d"),
    "field_error_bg": Token("#fff5f5", "#2a1a1a"),
    "warning_bg": Token("#fff4d6", "#3a2e12"),
    "info_bg": Token("#e8f1fb", "#1e2a3a"),
    "accent": Token("#0f766e", "#0f766e"),
    "accent_hover": Token("#115e59", "#0d6b63"),
    "button_hover": Token("#e3e7ec", "#333942"),
    "button_pressed": Token("#d5dbe2", "#3b424c"),
    "card": Token("#ffffff", "#16191e"),
    "card_selected": Token("#eff6ff", "#1e2a3a"),
    "grid_bg": Token("#f9fafb", "#1c2026"),
    "thumb_bg": Token("#f3f4f6", "#262b33"),
    "avatar_bg": Token("#dbe4f0", "#334155"),
    "plot_bg": Token("#ffffff", "#16191e"),
    "band_course": Token("#d9efec", "#15332f"),
    "band_maintenance": Token("#fbf0d9", "#2b2719"),
    "canvas_bg": Token("#eef0f3", "#262b33"),
    "paper": Token("#ffffff", "#ffffff"),
    "viewer_bg": Token("#1f2329", "#1f2329"),
    "kind_before": Token("#2563eb", "#2563eb"),
    "kind_after": Token("#047857", "#047857"),
    "kind_reaction": Token("#b91c1c", "#b91c1c"),
    "kind_profile": Token("#7c3aed", "#7c3aed"),
    "kind_other": Token("#6b7280", "#6b7280"),
    # -- lines and marks -------------------------------------------------------------------------
    "focus": Token("#0f766e", "#2dd4bf"),
    "border": Token("#818b9a", "#727d8c"),  # edges of fields, buttons, lists, check boxes
    "line": Token("#d1d5db", "#3a414b"),
    "error_border": Token("#c81e1e", "#ef4444"),
    "error_border_soft": Token("#e6a3a3", "#7f1d1d"),
    "warning_border": Token("#e8b84a", "#a16207"),
    "info_border": Token("#b9cde6", "#3b5275"),
    "selected": Token("#2563eb", "#60a5fa"),
    "series_line": Token("#0f766e", "#2dd4bf"),
    "paper_line": Token("#c9ced6", "#c9ced6"),
    "paper_guide": Token("#d5d9e0", "#d5d9e0"),
    "paper_edge": Token("#d1d5db", "#0b0d10"),
    # marks on the injection map's diagram: drawn on white paper in both schemes
    "mark": Token("#b91c1c", "#b91c1c"),
    "mark_dark": Token("#7f1d1d", "#7f1d1d"),
    "shadow": Token("#000000", "#000000"),  # used see-through
    "disabled_text": Token("#7a828e", "#7d8590"),
}

#: The palette of each scheme: role -> (colour in the active and inactive groups, colour when disabled).
_PaletteSpec = dict[str, tuple[str, str]]
PALETTES: dict[str, _PaletteSpec] = {
    LIGHT: {
        "Window": ("#f5f7fa", "#f0f2f5"),
        "WindowText": ("#1f2937", "#7a828e"),
        "Base": ("#ffffff", "#f5f7fa"),
        "AlternateBase": ("#f3f5f8", "#f0f2f5"),
        "Text": ("#1f2937", "#7a828e"),
        "PlaceholderText": ("#636d7c", "#a3aab4"),
        "Button": ("#eef1f5", "#f0f2f5"),
        "ButtonText": ("#1f2937", "#7a828e"),
        "BrightText": ("#ffffff", "#ffffff"),
        "Light": ("#ffffff", "#ffffff"),
        "Midlight": ("#e5e8ec", "#e5e8ec"),
        "Mid": ("#c4cad3", "#d5d9df"),
        "Dark": ("#6b7280", "#9aa1ac"),
        "Shadow": ("#9aa3ae", "#b6bdc7"),
        "Highlight": ("#0f766e", "#c4cad3"),
        "HighlightedText": ("#ffffff", "#f5f7fa"),
        "Accent": ("#0f766e", "#c4cad3"),
        "Link": ("#0f766e", "#7a828e"),
        "LinkVisited": ("#6d28d9", "#7a828e"),
        "ToolTipBase": ("#1f2937", "#1f2937"),
        "ToolTipText": ("#f9fafb", "#f9fafb"),
    },
    DARK: {
        "Window": ("#1e2228", "#1b1f24"),
        "WindowText": ("#e5e7eb", "#7d8590"),
        "Base": ("#16191e", "#1b1f24"),
        "AlternateBase": ("#1c2026", "#1b1f24"),
        "Text": ("#e5e7eb", "#7d8590"),
        "PlaceholderText": ("#9ca3af", "#5b626d"),
        "Button": ("#2a2f37", "#23272e"),
        "ButtonText": ("#e5e7eb", "#7d8590"),
        "BrightText": ("#ffffff", "#ffffff"),
        "Light": ("#3a414b", "#30363f"),
        "Midlight": ("#2f353e", "#2a2f37"),
        "Mid": ("#252a31", "#23272e"),
        "Dark": ("#111317", "#111317"),
        "Shadow": ("#000000", "#000000"),
        "Highlight": ("#0f766e", "#30363f"),
        "HighlightedText": ("#ffffff", "#9ca3af"),
        "Accent": ("#0f766e", "#30363f"),
        "Link": ("#5eead4", "#6b7280"),
        "LinkVisited": ("#c4b5fd", "#6b7280"),
        "ToolTipBase": ("#2f353e", "#2f353e"),
        "ToolTipText": ("#f3f4f6", "#f3f4f6"),
    },
}

#: Text roles of the palette and the backgrounds they are drawn on (checked for 4.5:1 like the tokens).
PALETTE_PAIRS: tuple[tuple[str, str], ...] = (
    ("WindowText", "Window"),
    ("Text", "Base"),
    ("Text", "AlternateBase"),
    ("ButtonText", "Button"),
    ("HighlightedText", "Highlight"),
    ("ToolTipText", "ToolTipBase"),
    ("PlaceholderText", "Base"),
    ("PlaceholderText", "Window"),  # palette(placeholder-text) is used for hints in dialogs
    ("Link", "Base"),
    ("Link", "Window"),
    ("BrightText", "Dark"),
    # the body text on the tinted backgrounds of tokens
    ("Text", "error_bg"),
    ("Text", "field_error_bg"),
    ("Text", "warning_bg"),
    ("Text", "info_bg"),
    ("Text", "card"),
    ("Text", "card_selected"),
    ("Text", "thumb_bg"),
    ("Text", "plot_bg"),
    ("Text", "band_course"),
    ("Text", "band_maintenance"),
    ("on_accent", "accent_hover"),
)


#: Edges and marks that are not text but must be seen (WCAG 2.1, 1.4.11): 3:1 on what is around them.
NON_TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("border", "Window"),
    ("border", "Base"),
    ("border", "AlternateBase"),
    ("focus", "Window"),
    ("focus", "Base"),
    ("focus", "AlternateBase"),
    ("focus", "Button"),
    ("Highlight", "Base"),  # the selected row
    ("selected", "card"),
    ("selected", "grid_bg"),
    ("error_border", "Window"),
    ("error_border", "field_error_bg"),
    ("series_line", "plot_bg"),
    ("series_session", "plot_bg"),
)


def palette_color(scheme: str, role: str, disabled: bool = False) -> str:
    active, inactive = PALETTES[scheme][role]
    return inactive if disabled else active


def value(scheme: str, name: str) -> str:
    """``name``'s colour in ``scheme``: a token, else a palette role (as "#rrggbb")."""
    token = TOKENS.get(name)
    if token is not None:
        return token.value(scheme)
    return palette_color(scheme, name)


def build_palette(scheme: str) -> QPalette:
    """The QPalette of a scheme, every role set in the active, inactive and disabled groups."""
    palette = QPalette()
    groups = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)
    for role_name, (normal, disabled) in PALETTES[scheme].items():
        role = getattr(QPalette.ColorRole, role_name, None)
        if role is None:  # Accent arrived in Qt 6.6
            continue
        for group in groups:
            palette.setColor(group, role, QColor(normal))
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return palette


# -- the scheme in use ------------------------------------------------------------------------------


class _Notifier(QObject):
    changed = Signal(str)  # the scheme now in use: "light" or "dark"


class _State:
    choice = SYSTEM
    scheme = LIGHT
    notifier: _Notifier | None = None
    following_system = False
    style_name = ""  # the widget style install() put on the application ("fusion")
    applying = False  # apply() is telling the platform: its colorSchemeChanged is our own


STYLE_PROPERTY = "mesodesk_style_template"


def notifier() -> _Notifier:
    """Emits ``changed(scheme)`` after the scheme changed (for views that render HTML with colours)."""
    if _State.notifier is None:
        _State.notifier = _Notifier()
    return _State.notifier


def current_scheme() -> str:
    return _State.scheme


def current_choice() -> str:
    return _State.choice


def color(name: str, alpha: int | None = None) -> QColor:
    """A token's (or palette role's) colour in the scheme in use; ``alpha`` (0-255) makes it see-through."""
    colour = QColor(value(_State.scheme, name))
    if alpha is not None:
        colour.setAlpha(alpha)
    return colour


def brush(name: str) -> QBrush:
    """A token's colour as a brush (a table model's background or foreground role)."""
    return QBrush(color(name))


def css(name: str) -> str:
    """A token's colour in the scheme in use, as "#rrggbb" for style sheets and rich text."""
    return value(_State.scheme, name)


def render(template: str, scheme: str | None = None) -> str:
    """A style-sheet template with ``$token`` placeholders filled for ``scheme`` (default: in use)."""
    chosen = scheme or _State.scheme
    return Template(template).substitute({name: token.value(chosen) for name, token in TOKENS.items()})


def styled(widget: QWidget, template: str) -> None:
    """Set the widget's style sheet from ``template`` ("color: $muted;"), again at each change of scheme."""
    widget.setProperty(STYLE_PROPERTY, template)
    widget.setStyleSheet(render(template))


def system_scheme() -> str:
    """The desktop's setting (Qt ≥ 6.5), light when it says nothing."""
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    if scheme is None:
        return LIGHT
    return DARK if scheme() == Qt.ColorScheme.Dark else LIGHT


def resolve(choice: str) -> str:
    return choice if choice in SCHEMES else system_scheme()


#: The application style sheet: the keyboard focus ring (2 px in the focus colour) on line edits,
#: text areas, buttons and list/table views, and the buttons drawn to match.
APP_STYLE = """
QLineEdit, QPlainTextEdit, QTextEdit {
    border: 1px solid $border; border-radius: 4px; padding: 1px;
    background: palette(base);
}
QLineEdit { padding: 2px 5px; }
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus { border: 2px solid $focus; padding: 0px; }
QLineEdit:focus { padding: 1px 4px; }
QLineEdit:disabled, QPlainTextEdit:disabled, QTextEdit:disabled { color: $disabled_text; background: palette(window); }
QListView, QTreeView, QTableView { border: 1px solid $border; padding: 1px; }
QListView:focus, QTreeView:focus, QTableView:focus { border: 2px solid $focus; padding: 0px; }
QPushButton {
    background: palette(button); color: palette(button-text);
    border: 1px solid $border; border-radius: 4px; padding: 4px 12px; min-height: 1.3em;
}
QPushButton:hover { background: $button_hover; }
QPushButton:pressed, QPushButton:checked { background: $button_pressed; }
QPushButton:default { background: $accent; color: $on_accent; border-color: $accent; }
QPushButton:default:hover { background: $accent_hover; }
QPushButton:focus { border: 2px solid $focus; padding: 3px 11px; }
QPushButton:default:focus { border: 2px solid palette(text); }
QPushButton:disabled { color: $disabled_text; background: palette(window); border-color: $line; }
QPushButton:flat { border: none; background: transparent; }
"""


class FocusRingStyle(QProxyStyle):
    """Fusion with a clear keyboard focus ring where the style sheet cannot draw one without replacing
    the whole control: combo boxes, spin and date boxes, check boxes, radio buttons, tabs."""

    RING = 2.0

    def _ring(self, painter: QPainter, rect: QRect, radius: float = 4.0) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(color("focus"), self.RING))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = self.RING / 2
        painter.drawRoundedRect(rect.toRectF().adjusted(half, half, -half, -half), radius, radius)
        painter.restore()

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if (
            control in (QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox)
            and option.state & QStyle.StateFlag.State_HasFocus
            and option.state & QStyle.StateFlag.State_Enabled
        ):
            self._ring(painter, option.rect)

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        if (
            element == QStyle.ControlElement.CE_TabBarTabLabel
            and option.state & QStyle.StateFlag.State_HasFocus
            and option.state & QStyle.StateFlag.State_Enabled
        ):
            self._ring(painter, option.rect.adjusted(2, 2, -2, -1), 3.0)  # Fusion draws no focus on a tab

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            if isinstance(widget, QPushButton):
                return  # the style sheet's 2-px border is the button's ring
            if not isinstance(widget, QAbstractItemView):
                self._ring(painter, option.rect, 3.0)  # check boxes, radio buttons: around their text
                return
        super().drawPrimitive(element, option, painter, widget)
        if element in (
            QStyle.PrimitiveElement.PE_IndicatorCheckBox,
            QStyle.PrimitiveElement.PE_IndicatorRadioButton,
        ):
            # Fusion's edge is the window colour darkened, next to invisible on the dark scheme
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(color("border"), 1.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            box = option.rect.toRectF().adjusted(0.5, 0.5, -0.5, -0.5)
            if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
                painter.drawEllipse(box)
            else:
                painter.drawRoundedRect(box, 2.0, 2.0)
            painter.restore()


def app_style_sheet(scheme: str | None = None) -> str:
    return render(APP_STYLE, scheme)


def apply(choice: str, app: QApplication | None = None) -> str:
    """Use ``choice`` ("system", "light" or "dark") now: palette, style sheets, every open window.

    Returns the scheme in use."""
    if app is None:
        instance = QApplication.instance()
        app = instance if isinstance(instance, QApplication) else None
    _State.choice = choice if choice in CHOICES else SYSTEM
    if app is not None:
        _State.applying = True
        try:  # first: after "system", the desktop's own setting is read, not the one last forced
            _tell_platform(_State.choice)
        finally:
            _State.applying = False
    scheme = resolve(_State.choice)
    _State.scheme = scheme
    if app is None:
        return scheme
    app.setPalette(build_palette(scheme))
    app.setStyleSheet(app_style_sheet(scheme))
    for widget in app.allWidgets():
        template = widget.property(STYLE_PROPERTY)
        if isinstance(template, str):
            widget.setStyleSheet(render(template, scheme))
        widget.update()
    notifier().changed.emit(scheme)
    return scheme


def _tell_platform(choice: str) -> None:
    """Let the window system draw title bars to match (Qt ≥ 6.8); "system" gives it back its own."""
    hints = QGuiApplication.styleHints()
    try:
        if choice == SYSTEM:
            if hasattr(hints, "unsetColorScheme"):
                hints.unsetColorScheme()
        elif hasattr(hints, "setColorScheme"):
            hints.setColorScheme(Qt.ColorScheme.Dark if choice == DARK else Qt.ColorScheme.Light)
    except RuntimeError:  # a platform that refuses: the palette is enough
        log.debug("the platform does not take a colour scheme")


def _system_changed(*_args: object) -> None:
    if not _State.applying and _State.choice == SYSTEM and system_scheme() != _State.scheme:
        apply(SYSTEM)


def install(app: QApplication, choice: str = SYSTEM) -> str:
    """The Fusion style and the chosen scheme on ``app``, following the system's changes while the
    choice is "system". Returns the scheme in use."""
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        name = fusion.name()
        app.setStyle(FocusRingStyle(fusion))  # takes the Fusion style over
        _State.style_name = name
    if not _State.following_system:
        changed = getattr(QGuiApplication.styleHints(), "colorSchemeChanged", None)
        if changed is not None:
            changed.connect(_system_changed)
        _State.following_system = True
    return apply(choice, app)
