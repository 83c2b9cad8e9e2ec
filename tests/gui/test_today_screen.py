"""The home screen: Today shown while no patient is open, each item a click or Enter from its chart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")


def _texts(view) -> list[str]:  # type: ignore[no-untyped-def]
    return [view.item(i).text().strip() for i in range(view.count())]


def test_today_is_the_home_screen_and_opens_charts(qtbot, sqlite_clinic, fill_today, make_window):  # type: ignore[no-untyped-def]
    made = fill_today(sqlite_clinic)
    p = made["patients"]
    window = make_window(sqlite_clinic.as_practitioner, sqlite_clinic.practitioner)
    today = window.today
    assert window.chart.patient_id is None
    assert window.chart.stack.currentWidget() is today and today.isVisible()
    assert not today.nothing.isVisible()

    calls = _texts(today.calls.list)
    assert len(calls) == 2 and calls[0].startswith("Today-overdue, Overdue") and "overdue since" in calls[0]
    assert calls[1].startswith("Today-call, Call") and "due today" in calls[1]
    assert today.calls.heading.text() == "Calls and visits due (2)"
    assert today.calls.list.accessibleName() == "Calls and visits due (2)"
    drafts = _texts(today.drafts.list)
    assert [d.split("\n")[0] for d in drafts] == [
        "Today-recall, Recall",
        "Today-own, Own",
        "Today-other, Other",
    ]
    assert "Dr Olga Other" in drafts[2] and "Dr Zo" not in drafts[0]
    assert (
        _texts(today.reactions.list)[0].startswith("Today-reaction, Reaction")
        and "day 3 check" in (_texts(today.reactions.list)[0])
    )
    assert today.reactions.list.count() == 1
    recalls = _texts(today.recalls.list)
    assert any("HA-R2" in r and "patients who received it: 1" in r for r in recalls)
    assert any(r.startswith("Today-recall, Recall") for r in recalls)
    lots = _texts(today.lots.list)
    assert len(lots) == 2 and any("LI-LOW" in lot and "low stock" in lot for lot in lots)

    # Tab moves from list to list; Enter opens the chart of the current row
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    today.focus_first()
    assert today.calls.list.hasFocus() and today.calls.list.currentRow() == 0
    qtbot.keyClick(today.calls.list, Qt.Key.Key_Tab)
    assert today.drafts.list.hasFocus()
    qtbot.keyClick(today.drafts.list, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert today.calls.list.hasFocus()
    qtbot.keyClick(today.calls.list, Qt.Key.Key_Return)
    assert window.chart.patient_id == p["overdue"].id
    assert not today.isVisible()

    # Today again (Alt+Home), then a double-click on a reaction opens that patient
    window.act_today.trigger()
    assert window.chart.patient_id is None and today.isVisible()
    assert today.calls.list.hasFocus() and today.calls.list.currentRow() == 0
    view = today.reactions.list
    qtbot.mouseDClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualItemRect(view.item(0)).center()
    )
    assert window.chart.patient_id == p["reaction"].id

    # one click on a recall's patient opens them too
    window.show_today()
    view = today.recalls.list
    row = next(i for i, t in enumerate(_texts(view)) if t.startswith("Today-recall"))
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualItemRect(view.item(row)).center()
    )
    assert window.chart.patient_id == p["recall"].id


def test_a_lot_opens_the_catalogue_at_its_lots(qtbot, sqlite_clinic, fill_today, make_window):  # type: ignore[no-untyped-def]
    fill_today(sqlite_clinic)
    window = make_window(sqlite_clinic.as_practitioner, sqlite_clinic.practitioner)
    view = window.today.lots.list
    assert view.accessibleDescription() == "Enter or a click opens the lot in the catalogue."
    view.setFocus()
    view.setCurrentRow(0)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    dialog = window.last_dialog
    assert type(dialog).__name__ == "CatalogueDialog" and dialog.tabs.currentIndex() == 1
    assert window.chart.patient_id is None  # Today stays
    dialog.close()


def test_today_follows_a_sign_off_by_itself(qtbot, sqlite_clinic, fill_today, make_window):  # type: ignore[no-untyped-def]
    made = fill_today(sqlite_clinic)
    own = made["patients"]["own"]
    window = make_window(sqlite_clinic.as_practitioner, sqlite_clinic.practitioner)
    today = window.today
    assert today.drafts.list.count() == 3
    sqlite_clinic.ready_to_sign(own.id)
    session = next(
        s for s in sqlite_clinic.as_practitioner.sessions.for_patient(own.id) if s.status == "draft"
    )
    sqlite_clinic.as_practitioner.sessions.sign_off(session.id)
    assert today.drafts.list.count() == 2
    assert today.drafts.heading.text() == "Sessions awaiting sign-off (2)"
    assert not any(t.startswith("Today-own") for t in _texts(today.drafts.list))


def test_today_for_an_assistant_and_for_an_empty_clinic(qtbot, sqlite_clinic, fill_today, make_window):  # type: ignore[no-untyped-def]
    window = make_window(sqlite_clinic.as_practitioner, sqlite_clinic.practitioner)
    today = window.today
    # the fixture's clinic: only its recalled lot, which nobody received
    assert not today.calls.isVisible() and not today.drafts.isVisible() and not today.lots.isVisible()
    assert today.recalls.list.count() == 1
    window.close()

    fill_today(sqlite_clinic)
    window = make_window(sqlite_clinic.as_assistant, sqlite_clinic.assistant)
    today = window.today
    assert today.calls.list.count() == 2
    assert not today.drafts.isVisible() and not today.reactions.isVisible()
    assert today.lots.list.count() == 2
    assert all("received it" not in t for t in _texts(today.recalls.list))
    assert today.lots.list.item(0).data(Qt.ItemDataRole.UserRole) is None  # the catalogue is not theirs


def test_nothing_due_today(qtbot, sqlite_clinic, make_window):  # type: ignore[no-untyped-def]
    from sqlalchemy import delete

    from mesodesk.db import models as m

    # the fixture's recalled lot is the one thing in force: without it, nothing is due
    with sqlite_clinic.engine.begin() as conn:
        conn.execute(delete(m.ProductLot).where(m.ProductLot.id == sqlite_clinic.recalled_lot.id))
    window = make_window(sqlite_clinic.as_practitioner, sqlite_clinic.practitioner)
    assert window.today.nothing.isVisible() and window.today.nothing.text() == "Nothing due today"
    assert not any(s.isVisible() for s in window.today.sections())
