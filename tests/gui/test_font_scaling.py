"""Larger text (125 % and 150 % of the application font, as a user with low vision sets it): no label
or button of the main window, the patient editor, the session editor or the reaction dialog is
clipped once the layout has settled. MESODESK_SCREENSHOTS=dir keeps PNGs of the 150 % windows."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDockWidget,
    QHeaderView,
    QLabel,
    QTabWidget,
    QWidget,
)
from sqlalchemy import func, select

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")

SCREEN = QSize(1280, 800)


def clipped(widget: QWidget) -> str:
    """Why the widget's text does not fit in its geometry ("" when it fits)."""
    if isinstance(widget, QLabel):
        if not widget.text().strip() or widget.pixmap() is not None and not widget.pixmap().isNull():
            return ""
        if widget.wordWrap():
            need = widget.heightForWidth(widget.width())
            if need > widget.height() + 1:
                return f"wrapped text needs {need} px height, has {widget.height()}"
            return ""
    elif isinstance(widget, QAbstractButton):
        if not widget.text().strip():
            return ""
    else:
        return ""
    hint = widget.sizeHint()
    if hint.width() > widget.width() + 1 or hint.height() > widget.height() + 1:
        return f"needs {hint.width()}x{hint.height()}, has {widget.width()}x{widget.height()}"
    return ""


def clipped_headers(header: QHeaderView) -> list[str]:
    """Column titles cut off: a section narrower than its title (the last, stretched one may be)."""
    found = []
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return found
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) == 0:
            continue
        need = header.sectionSizeFromContents(section).width()
        if need > header.sectionSize(section) + 1:
            title = model.headerData(section, Qt.Orientation.Horizontal)
            found.append(f"column {title!r} needs {need} px, has {header.sectionSize(section)}")
    return found


def visible_pages(window: QWidget) -> Iterator[None]:
    yield None
    for tabs in window.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            if index != current and tabs.isTabEnabled(index):
                tabs.setCurrentIndex(index)
                flush()
                yield None
        tabs.setCurrentIndex(current)
        flush()


def clipping(window: QWidget, shots: Path | None = None) -> list[str]:
    found = set()
    for page, _state in enumerate(visible_pages(window)):
        if shots is not None and os.environ.get("MESODESK_SCREENSHOTS"):
            window.grab().save(str(shots.with_name(f"{shots.stem}_{page}.png")))
        for widget in window.findChildren(QWidget):
            if widget.isVisible() and widget.window() is window:
                if isinstance(widget, QHeaderView):
                    view = type(widget.parentWidget()).__name__
                    found.update(f"{view} header: {why}" for why in clipped_headers(widget))
                    continue
                why = clipped(widget)
                if why:
                    text = widget.text()  # type: ignore[attr-defined]
                    found.add(f"{type(widget).__name__}({widget.objectName() or '-'}) {text[:50]!r}: {why}")
    return sorted(found)


def flush() -> None:
    """Let the layouts settle: a layout request posted while handling another is handled in the
    next pass of the event loop (a scroll area fits its contents one pass after they changed)."""
    for _ in range(3):
        QApplication.processEvents()


def settle(widget: QWidget, size: QSize | None = None) -> None:
    flush()
    if size is None:  # a dialog opens at its size hint, within the screen
        size = widget.sizeHint().expandedTo(widget.size()).boundedTo(SCREEN)
    widget.resize(size)
    flush()


@pytest.fixture
def larger_font(request) -> Iterator[float]:  # type: ignore[no-untyped-def]
    from mesodesk.gui import theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.install(app, theme.LIGHT)  # the application's look: its buttons and fields are styled
    before = app.font()
    font = app.font()
    font.setPointSizeF(before.pointSizeF() * request.param)
    app.setFont(font)
    yield request.param
    app.setFont(before)


@pytest.mark.parametrize("larger_font", [1.25, 1.5], indirect=True, ids=["125%", "150%"])
def test_no_text_is_clipped_with_larger_fonts(  # type: ignore[no-untyped-def]
    larger_font, qtbot, sqlite_engine, gui_settings, message_boxes, tmp_path
) -> None:
    from mesodesk.db import models as m
    from mesodesk.gui.dialogs.outcome_definition_editors import MeasureDefinitionDialog
    from mesodesk.gui.dialogs.outcome_scale_editor import ScaleDefinitionDialog
    from mesodesk.gui.main_window import MainWindow
    from mesodesk.services import Services
    from mesodesk.services.context import ServiceContext
    from mesodesk.services.demo import build_demo

    shots = Path(os.environ.get("MESODESK_SCREENSHOTS") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        build_demo(sqlite_engine, patients=40)
        system = Services(ServiceContext(sqlite_engine))
        user = next(u for u in system.users.all_users() if u.username == "dr.martin")
        window = MainWindow(system.as_user(user.actor), "clinic.sqlite3", user, settings=gui_settings)
        qtbot.addWidget(window)
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
        settle(window, SCREEN)
        tag = f"{round(larger_font * 100)}"
        report: dict[str, list[str]] = {}
        screens: list[tuple[str, Any]] = [
            ("main window", lambda: window),
            ("patient editor", window.edit_patient),
            ("session editor", lambda: window.open_session(window.chart.session_model.row_at(0).id)),
            ("reaction dialog", lambda: window.open_external("reaction", window.patient_id())),
            ("outcome definitions", lambda: window.open_external("outcome_definitions")),
            ("outcome measure editor", lambda: MeasureDefinitionDialog(window.services, parent=window)),
            ("outcome scale editor", lambda: ScaleDefinitionDialog(window.services, parent=window)),
        ]
        for title, opener in screens:
            screen = opener()
            assert screen is not None, title
            if screen is not window:
                for dock in window.findChildren(QDockWidget):
                    dock.hide()
                screen.show()
                settle(screen)
            found = clipping(screen, shots / f"font{tag}_{title.replace(' ', '_')}_pages.png")
            if found:
                report[title] = found
            assert screen.grab().save(str(shots / f"font{tag}_{title.replace(' ', '_')}.png"))
            if screen is not window:
                if hasattr(screen, "_baseline") and hasattr(screen, "_state"):
                    screen._baseline = screen._state()
                screen.close()
        assert not report, "\n".join(f"{title}:\n  " + "\n  ".join(found) for title, found in report.items())
    finally:
        QLocale.setDefault(QLocale.system())


def elided_cells(view: Any, columns: tuple[int, ...]) -> list[str]:
    """Cells of the view whose text is wider than their column (drawn with an ellipsis)."""
    from PySide6.QtWidgets import QStyle

    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    metrics = view.fontMetrics()
    model = view.model()
    found = []
    for row in range(model.rowCount()):
        for column in columns:
            text = str(model.index(row, column).data() or "")
            need = metrics.horizontalAdvance(text) + margin
            if need > view.columnWidth(column):
                found.append(
                    f"row {row} column {column} {text!r}: needs {need} px, has {view.columnWidth(column)}"
                )
    return found


@pytest.mark.parametrize("larger_font", [1.0, 1.25, 1.5], indirect=True, ids=["100%", "125%", "150%"])
def test_the_patient_list_grows_with_the_font(  # type: ignore[no-untyped-def]
    larger_font, qtbot, sqlite_engine, gui_settings, message_boxes
) -> None:
    """The list's date of birth and file number are shown whole, and its pane keeps room for a name of
    twelve characters beside them on a 1280-px screen, whatever the font size (no column or pane sized in
    pixels: at 150 % the pixel widths cut "1972-01-29" to "1972-01-…" and left names ten characters)."""
    from mesodesk.gui.main_window import MainWindow
    from mesodesk.gui.models.patient_table_model import PatientTableModel as P
    from mesodesk.services import Services
    from mesodesk.services.context import ServiceContext
    from mesodesk.services.demo import build_demo

    build_demo(sqlite_engine, patients=20)
    system = Services(ServiceContext(sqlite_engine))
    user = next(u for u in system.users.all_users() if u.username == "dr.martin")
    window = MainWindow(system.as_user(user.actor), "clinic.sqlite3", user, settings=gui_settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    settle(window, SCREEN)
    view = window.patient_view
    assert view.model().rowCount() > 0
    assert not elided_cells(view, (P.COL_BORN, P.COL_FILE_NO))
    name_room = 12 * view.fontMetrics().averageCharWidth()
    assert view.columnWidth(P.COL_NAME) >= name_room, (view.columnWidth(P.COL_NAME), name_room)
    # a new layout (Settings ▸ Reset window layout) keeps that room
    window.splitter.setSizes([200, 2000])
    window.reset_layout()
    flush()
    assert view.columnWidth(P.COL_NAME) >= name_room
