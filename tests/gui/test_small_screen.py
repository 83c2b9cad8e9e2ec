"""The main window on a small screen (issue 12, item 9): usable at 1024×700."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QWidget

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")


def inside(window: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def test_main_window_fits_1024_by_700(qtbot, make_window, sqlite_clinic, tmp_path) -> None:  # type: ignore[no-untyped-def]
    patient = sqlite_clinic.patient()
    sqlite_clinic.services.patients.add_allergy(patient.id, "lidocaine")
    window = make_window()
    window.open_patient(patient.id)
    window.show_followups()
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 700, hint
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024 and window.height() == 700, timeout=10_000)
    QApplication.processEvents()
    window.grab().save(str(tmp_path / "main_1024x700.png"))
    area = window.rect()
    chart = window.chart
    key = {
        "search box": window.search_box,
        "patient list": window.patient_view,
        "chart tabs": chart.tabs.tabBar(),
        "chart page": chart.tabs.currentWidget(),
        "toolbar": window.toolbar,
        "menu bar": window.menuBar(),
        "status": window.user_status,
    }
    for name, widget in key.items():
        place = inside(window, widget)
        assert widget.isVisible(), name
        assert area.contains(place), f"{name} {place} outside {area}"
        assert place.width() >= widget.minimumSizeHint().width(), name
        assert place.height() >= widget.minimumSizeHint().height(), name
    # the list and the chart side by side, not over one another
    assert not inside(window, window.patient_view).intersects(inside(window, chart))
    assert inside(window, window.patient_view).height() >= 150
    assert inside(window, chart.tabs.currentWidget()).height() >= 150
    # every tab of the chart shows its label, and the main actions on the toolbar are all there
    bar = chart.tabs.tabBar()
    for i in range(bar.count()):
        assert area.contains(QRect(bar.mapTo(window, bar.tabRect(i).topLeft()), bar.tabRect(i).size())), i
        assert bar.tabRect(i).width() >= bar.tabSizeHint(i).width(), f"tab {bar.tabText(i)!r} is elided"
    assert chart.tabs.tabText(chart.TAB_HISTORY) == "History && allergies"  # the short title
    assert chart.tabs.tabToolTip(chart.TAB_HISTORY) == "Medical history & allergies"
    # wide again: the full titles come back
    window.resize(1400, 880)
    qtbot.waitUntil(
        lambda: chart.tabs.tabText(chart.TAB_HISTORY) == "Medical history && allergies", timeout=10_000
    )
    for action in (window.act_new_patient, window.act_new_session):
        button = window.toolbar.widgetForAction(action)
        assert button is not None and button.isVisible(), action.text()
        assert area.contains(inside(window, button)), action.text()


def test_the_first_window_fits_a_laptop_screen() -> None:
    """Seen under a real X server on a 1280 × 800 screen: the first window was 1400 px wide, and the
    Today screen's right column ran off the edge."""
    from PySide6.QtCore import QRect

    from mesodesk.gui.window_layout import default_window_size

    assert default_window_size(QRect(0, 0, 1280, 800)) == (1280, 800)
    assert default_window_size(QRect(0, 0, 1024, 740)) == (1024, 740)
    assert default_window_size(QRect(0, 0, 2560, 1440)) == (1400, 880)
    assert default_window_size(QRect(0, 0, 800, 800)) == (1400, 880)  # too small to lay out for anyway


def test_the_window_opens_within_the_screen_it_is_on(main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QRect

    class Laptop:
        def availableGeometry(self) -> QRect:  # noqa: N802 - Qt's name
            return QRect(0, 24, 1280, 776)

    monkeypatch.setattr(type(main_window), "screen", lambda self: Laptop())
    main_window.reset_layout()
    assert main_window.width() <= 1280 and main_window.height() <= 776
    assert main_window.pos().y() >= 24
