"""The follow-up call list: what is due, and the calls logged from it reaching the database."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from mesodesk.gui.models.followup_table_model import FollowUpTableModel
from mesodesk.gui.widgets.followups_dashboard import FollowUpsDashboard

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")


@pytest.fixture
def due(sqlite_clinic):  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    today = date.today()
    late = c.patient("Hélène", "O'Connor", phone="0601020304")
    now = c.patient("Marco", "Rossi")
    fu = c.services.followups
    return {
        "overdue": fu.add(late.id, "check_call", today - timedelta(days=3), "ask about bruising"),
        "today": fu.add(now.id, "review", today),
        "late_patient": late,
        "now_patient": now,
    }


@pytest.fixture
def dashboard(qtbot, sqlite_clinic, due):  # type: ignore[no-untyped-def]
    widget = FollowUpsDashboard(sqlite_clinic.as_assistant)  # an assistant makes the calls
    qtbot.addWidget(widget)
    widget.resize(1100, 400)
    widget.show()
    return widget


def rows(widget: FollowUpsDashboard, section: int) -> list[int]:
    model = widget.models[section]
    return [model.row_at(r).follow_up_id for r in range(model.rowCount())]


def test_lists_overdue_and_today(dashboard, due) -> None:  # type: ignore[no-untyped-def]
    assert rows(dashboard, dashboard.SECTION_OVERDUE) == [due["overdue"].id]
    assert rows(dashboard, dashboard.SECTION_TODAY) == [due["today"].id]
    assert due["today"].id in rows(dashboard, dashboard.SECTION_WEEK)
    assert dashboard.tabs.tabText(dashboard.SECTION_OVERDUE) == "Overdue (1)"
    model = dashboard.models[dashboard.SECTION_OVERDUE]
    assert model.index(0, FollowUpTableModel.COL_PATIENT).data().startswith("O'Connor, Hélène")
    assert model.index(0, FollowUpTableModel.COL_ATTEMPTS).data() == "not called yet"
    assert not dashboard.reached_button.isEnabled()  # nothing selected yet


def test_log_attempt_then_mark_done(qtbot, dashboard, due, sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    dashboard.select(dashboard.SECTION_OVERDUE, 0)
    qtbot.mouseClick(dashboard.no_answer_button, Qt.MouseButton.LeftButton)
    attempts = sqlite_clinic.services.followups.attempts(due["overdue"].id)
    assert [(a.outcome, a.user_id) for a in attempts] == [("no_answer", sqlite_clinic.assistant.id)]
    model = dashboard.models[dashboard.SECTION_OVERDUE]
    assert model.index(0, FollowUpTableModel.COL_ATTEMPTS).data() == "1 call · No answer"
    assert dashboard.selected_item().follow_up_id == due["overdue"].id  # selection kept after refresh
    qtbot.mouseClick(dashboard.message_button, Qt.MouseButton.LeftButton)
    assert model.index(0, FollowUpTableModel.COL_ATTEMPTS).data() == "2 calls · Message left"
    qtbot.mouseClick(dashboard.done_button, Qt.MouseButton.LeftButton)
    stored = [f for f in sqlite_clinic.services.followups.for_patient(due["late_patient"].id)]
    assert [f.status for f in stored] == ["done"]
    assert rows(dashboard, dashboard.SECTION_OVERDUE) == []


def test_reached_check_call_closes_it(qtbot, dashboard, due, sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    dashboard.select(dashboard.SECTION_OVERDUE, 0)
    qtbot.mouseClick(dashboard.reached_button, Qt.MouseButton.LeftButton)
    assert sqlite_clinic.services.followups.for_patient(due["late_patient"].id)[0].status == "done"
    assert rows(dashboard, dashboard.SECTION_OVERDUE) == []


def test_reschedule(qtbot, dashboard, due, sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    new = date.today() + timedelta(days=20)
    dashboard.select(dashboard.SECTION_OVERDUE, 0)
    dashboard.reschedule_date.set_date(new)
    qtbot.mouseClick(dashboard.reschedule_button, Qt.MouseButton.LeftButton)
    assert sqlite_clinic.services.followups.for_patient(due["late_patient"].id)[0].due_date == new
    assert rows(dashboard, dashboard.SECTION_OVERDUE) == []


def test_open_patient_from_the_list(qtbot, main_window, due) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(
        main_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    dashboard = main_window.dashboard
    assert dashboard is not None and main_window.followups_dock.isVisible()
    dashboard.select(dashboard.SECTION_TODAY, 0)
    qtbot.mouseClick(dashboard.open_button, Qt.MouseButton.LeftButton)
    assert main_window.chart.patient_id == due["now_patient"].id


def test_call_list_model(qtmodeltester, sqlite_clinic, due) -> None:  # type: ignore[no-untyped-def]
    model = FollowUpTableModel()
    qtmodeltester.check(model)
    model.set_rows(sqlite_clinic.services.followups.due(None, date.today() + timedelta(days=7)))
    assert model.rowCount() == 2
    qtmodeltester.check(model)
