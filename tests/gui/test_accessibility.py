"""Accessibility of the main window and the main dialogs on a demo clinic: every control has a name a
screen reader can read (Qt's accessibility interface, what AT-SPI reads on Linux), no two controls of
one window share a name, and every control can be reached with Tab (or is part of a composite widget
that can). A real AT-SPI bus is not started here: the tests read ``QAccessibleInterface.text(Name)``,
which is what the AT-SPI bridge hands to the screen reader."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDockWidget,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenuBar,
    QPlainTextEdit,
    QRadioButton,
    QScrollBar,
    QSlider,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QToolButton,
    QWidget,
)
from sqlalchemy import func, select

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QSlider,
)
#: Widgets whose inner widgets are parts of one control (the spin box's line edit, a table's editors,
#: a tab bar's scroll buttons): the outer widget is walked, not its parts.
COMPOSITES: tuple[type, ...] = (
    QAbstractSpinBox,
    QComboBox,
    QAbstractItemView,
    QTabBar,
    QCalendarWidget,
    QScrollBar,
    QLineEdit,  # its clear button: Ctrl+A, Delete
)


def custom_controls() -> tuple[type, ...]:
    from mesodesk.gui.widgets.date_field import DateField
    from mesodesk.gui.widgets.map_canvas import _MapCanvas
    from mesodesk.gui.widgets.outcome_plot import OutcomePlot
    from mesodesk.gui.widgets.signature_pad import SignaturePad

    return (DateField, _MapCanvas, OutcomePlot, SignaturePad)


def explained_controls() -> tuple[type, ...]:
    """Controls a name alone does not explain: how to use them is in their accessible description."""
    from mesodesk.gui.widgets.map_canvas import _MapCanvas
    from mesodesk.gui.widgets.photo_grid import PhotoGridView
    from mesodesk.gui.widgets.signature_pad import SignaturePad

    return (_MapCanvas, PhotoGridView, SignaturePad)


def strip_accelerator(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def own_name(widget: QWidget, window: QWidget) -> str:
    """The name a user of a screen reader hears: the accessible name, a label's buddy, a button's text."""
    if widget.accessibleName().strip():
        return widget.accessibleName().strip()
    for label in window.findChildren(QLabel):
        if label.buddy() is widget and strip_accelerator(label.text()):
            return strip_accelerator(label.text())
    if isinstance(widget, QAbstractButton) and strip_accelerator(widget.text()):
        return strip_accelerator(widget.text())
    return ""


def qt_text(widget: QWidget, kind: QAccessible.Text) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return "" if iface is None else iface.text(kind).strip()


def qt_name(widget: QWidget) -> str:
    return qt_text(widget, QAccessible.Text.Name)


def in_composite(widget: QWidget, window: QWidget, composites: tuple[type, ...]) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, composites):
            return True
        parent = parent.parentWidget()
    return False


def menu_actions(window: QWidget) -> set[Any]:
    found: set[Any] = set()
    for bar in window.findChildren(QMenuBar):
        stack = list(bar.actions())
        while stack:
            action = stack.pop()
            found.add(action)
            if action.menu() is not None:
                stack.extend(action.menu().actions())
    return found


def controls(window: QWidget) -> Iterator[QWidget]:
    custom = custom_controls()
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        if not isinstance(widget, CONTROLS + custom) or isinstance(widget, QHeaderView):
            continue
        if widget.objectName().startswith("qt_") or in_composite(widget, window, COMPOSITES + custom):
            continue  # Qt's own parts (dock title buttons, toolbar extension) and parts of one control
        yield widget


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QAbstractButton, QLineEdit)) else ""
    parent = widget.parentWidget()
    return f"{type(widget).__name__}({widget.objectName() or '-'}, {text!r}) in {type(parent).__name__}"


def tab_states(window: QWidget) -> Iterator[None]:
    """Each page of each tab widget in turn (the walk sees the widgets of the current page)."""
    yield None
    for tabs in window.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            if index != current and tabs.isTabEnabled(index):
                tabs.setCurrentIndex(index)
                QApplication.processEvents()
                yield None
        tabs.setCurrentIndex(current)


def problems(window: QWidget, explained_seen: set[str]) -> list[str]:
    found: list[str] = []
    explained = explained_controls()
    in_menus = menu_actions(window)
    seen: set[int] = set()
    for _state in tab_states(window):
        names: dict[str, list[QWidget]] = defaultdict(list)
        for widget in controls(window):
            target = widget.focusProxy() or widget  # a composite's focused part is what is read
            name = own_name(target, window)
            if not name:
                found.append(f"no name: {describe(widget)}")
            elif not qt_name(target):
                found.append(f"no accessible name read by Qt: {describe(widget)} ({name!r})")
            if name:
                names[name.casefold()].append(widget)
            if isinstance(widget, explained) and not qt_text(widget, QAccessible.Text.Description):
                found.append(f"no accessible description: {describe(widget)}")
                explained_seen.add(type(widget).__name__)
            elif isinstance(widget, explained):
                explained_seen.add(type(widget).__name__)
            if id(widget) in seen:
                continue
            seen.add(id(widget))
            reachable = bool(target.focusPolicy() & Qt.FocusPolicy.TabFocus)
            if (
                not reachable
                and isinstance(widget, QToolButton)
                and isinstance(widget.parentWidget(), QToolBar)
            ):
                reachable = widget.defaultAction() in in_menus  # reached through the menu bar (F10/Alt)
            if not reachable and isinstance(widget, QRadioButton) and widget.group() is not None:
                # Tab reaches the group's checked button, the arrow keys the others (Qt's own rule)
                reachable = any(b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in widget.group().buttons())
            if not reachable and isinstance(widget, (QTextEdit, QPlainTextEdit)) and widget.isReadOnly():
                reachable = True  # a read-only display
            if not reachable:
                found.append(f"not reachable with Tab: {describe(widget)}")
        for name, widgets in names.items():
            actions = {w.defaultAction() if isinstance(w, QToolButton) else None for w in widgets}
            if len(widgets) > 1 and not (len(actions) == 1 and None not in actions):
                found.append(f"{len(widgets)} controls named {name!r}: " + "; ".join(map(describe, widgets)))
    return sorted(set(found))


@pytest.fixture
def demo(qtbot, sqlite_engine, gui_settings, message_boxes):  # type: ignore[no-untyped-def]
    """A shown main window of a demo clinic, with the patient with an allergy and most sessions open."""
    from mesodesk.db import models as m
    from mesodesk.gui.main_window import MainWindow
    from mesodesk.services import Services
    from mesodesk.services.context import ServiceContext
    from mesodesk.services.demo import build_demo

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    build_demo(sqlite_engine, patients=40)
    system = Services(ServiceContext(sqlite_engine))
    user = next(u for u in system.users.all_users() if u.username == "dr.martin")
    window = MainWindow(system.as_user(user.actor), "clinic.sqlite3", user, settings=gui_settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    with sqlite_engine.connect() as conn:
        patient_id = conn.scalar(
            select(m.TreatmentSession.patient_id)
            .join(m.Allergy, m.Allergy.patient_id == m.TreatmentSession.patient_id)
            .group_by(m.TreatmentSession.patient_id)
            .order_by(func.count(m.TreatmentSession.id).desc())
            .limit(1)
        )
    window.open_patient(patient_id)
    yield window, system
    QLocale.setDefault(QLocale.system())


def _scale_editor_with_an_item(window: Any) -> QWidget:
    """The scale editor with one item typed in, so its anchor wording table has rows."""
    from mesodesk.gui.dialogs.outcome_scale_editor import ScaleDefinitionDialog

    editor = ScaleDefinitionDialog(window.services, parent=window)
    editor.items_model.add_row(["Density", 0, 3, {}, ""])
    editor.items_view.setCurrentIndex(editor.items_model.index(0, 0))
    editor.add_band()
    return editor


def open_screens(window: Any, system: Any) -> Iterator[tuple[str, QWidget]]:
    """The main window and each main dialog, opened in turn (each closed before the next)."""
    from mesodesk.gui.dialogs.outcome_definition_editors import MeasureDefinitionDialog
    from mesodesk.gui.dialogs.preferences_dialog import PreferencesDialog
    from mesodesk.gui.dialogs.sign_in import SignInDialog

    window.show_followups()
    yield "main window", window
    for dock in window.findChildren(QDockWidget):
        dock.hide()
    opened: list[tuple[str, Any]] = [
        ("patient editor", window.edit_patient),
        ("history", window.edit_history),
        ("new session", window.new_session),
        ("session", lambda: window.open_session(window.chart.session_model.row_at(0).id)),
        ("reaction", lambda: window.open_external("reaction", window.patient_id())),
        ("plan", lambda: window.open_external("plan", window.patient_id())),
        ("consent", lambda: window.open_external("consent", window.patient_id())),
        ("catalogue", lambda: window.open_external("catalogue")),
        ("clinic settings", lambda: window.open_external("clinic_settings")),
        ("outcome scales and measures", lambda: window.open_external("outcome_definitions")),
        ("outcome measure editor", lambda: MeasureDefinitionDialog(window.services, parent=window)),
        ("outcome scale editor", lambda: _scale_editor_with_an_item(window)),
        ("users", lambda: window.open_external("users")),
        ("backup", lambda: window.open_external("backup", window.services.ctx.engine)),
        ("import", lambda: window.open_external("import")),
        ("patient report", lambda: window.open_external("patient_report", window.patient_id())),
        ("clinic reports", lambda: window.open_external("clinic_reports")),
        ("merge", lambda: window.open_external("merge", window.patient_id())),
        ("audit trail", lambda: window.open_external("audit")),
        ("export", lambda: window.open_external("export", window.patient_id())),
        ("compare photos", lambda: window.open_external("compare_photos", window.patient_id())),
        ("sign in", lambda: SignInDialog(system, "Clinique du Parc", "clinic.sqlite3")),
        ("preferences", lambda: PreferencesDialog(window.settings, window)),
    ]
    for title, opener in opened:
        dialog = opener()
        assert dialog is not None, title
        dialog.show()
        QApplication.processEvents()
        yield title, dialog
        if hasattr(dialog, "_baseline") and hasattr(dialog, "_state"):
            dialog._baseline = dialog._state()  # nothing to confirm on closing
        if hasattr(dialog, "mark_clean"):
            dialog.mark_clean()
        dialog.close()
        dialog.deleteLater()
        QApplication.processEvents()
    window.lock()
    QApplication.processEvents()
    yield "lock screen", window.lock_dialog


def test_every_control_is_named_and_reachable_by_keyboard(demo) -> None:  # type: ignore[no-untyped-def]
    window, system = demo
    report: dict[str, list[str]] = {}
    walked: dict[str, int] = {}
    explained_seen: set[str] = set()
    for title, screen in open_screens(window, system):
        walked[title] = sum(1 for _ in controls(screen))
        found = problems(screen, explained_seen)
        if found:
            report[title] = found
    assert all(count > 0 for count in walked.values()), walked  # the walk sees the controls
    assert explained_seen == {"_MapCanvas", "PhotoGridView", "SignaturePad"}, explained_seen
    assert not report, "\n".join(f"{title}:\n  " + "\n  ".join(found) for title, found in report.items())
