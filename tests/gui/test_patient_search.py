"""Finding a patient from the keyboard: search as you type, ↑/↓ and Enter."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from mesodesk.gui.models.patient_table_model import PatientTableModel

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")


@pytest.fixture
def patients(sqlite_clinic):  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    return {
        "helene": c.patient("Hélène", "Dubois", date(1975, 5, 6)),
        "oconnor": c.patient("Siobhán", "O'Connor", date(1988, 1, 2)),
        "helmut": c.patient("Helmut", "Schröder", date(1960, 3, 4)),
        "marco": c.patient("Marco", "Rossi", date(1990, 7, 8)),
    }


def names(window) -> list[str]:  # type: ignore[no-untyped-def]
    model = window.patient_model
    return [model.index(r, PatientTableModel.COL_NAME).data() for r in range(model.rowCount())]


def test_empty_search_lists_patients_by_name(patients, main_window) -> None:  # type: ignore[no-untyped-def]
    assert names(main_window) == ["Dubois, Hélène", "O'Connor, Siobhán", "Rossi, Marco", "Schröder, Helmut"]


def test_search_as_you_type_finds_accented_names(qtbot, patients, main_window) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(main_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert main_window.search_box.hasFocus()
    qtbot.keyClicks(main_window.search_box, "hel")
    qtbot.waitUntil(lambda: len(names(main_window)) == 2, timeout=2000)  # after the short debounce
    assert set(names(main_window)) == {"Dubois, Hélène", "Schröder, Helmut"}
    qtbot.keyClicks(main_window.search_box, "e")
    main_window.search_now()  # what the debounce timer does; immediate here
    assert names(main_window) == ["Dubois, Hélène"]


def test_search_ignores_apostrophes(qtbot, patients, main_window) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(main_window.search_box, "oconn")
    main_window.search_now()
    assert names(main_window) == ["O'Connor, Siobhán"]


def test_arrows_and_enter_open_the_chart(qtbot, patients, main_window) -> None:  # type: ignore[no-untyped-def]
    box = main_window.search_box
    qtbot.keyClicks(box, "hel")
    qtbot.keyClick(box, Qt.Key.Key_Down)  # runs the pending search at once, then moves down
    second = main_window.patient_model.row_at(1)
    assert main_window.selected_patient_id() == second.id
    qtbot.keyClick(box, Qt.Key.Key_Up)
    first = main_window.patient_model.row_at(0)
    assert main_window.selected_patient_id() == first.id
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert main_window.chart.patient_id == second.id
    assert main_window.chart.header.name.text() == f"{second.first_name} {second.last_name}"
    assert box.hasFocus()  # typing can go on


def test_no_hit_says_so(qtbot, patients, main_window) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(main_window.search_box, "zzzz")
    main_window.search_now()
    assert names(main_window) == []
    assert "No patient found" in main_window.result_label.text()
    qtbot.keyClick(main_window.search_box, Qt.Key.Key_Return)  # nothing to open, nothing breaks
    assert main_window.chart.patient_id is None


def test_clicking_a_patient_opens_the_chart(qtbot, patients, main_window) -> None:  # type: ignore[no-untyped-def]
    view = main_window.patient_view
    row = main_window.patient_model.row_of_patient(patients["marco"].id)
    rect = view.visualRect(main_window.patient_model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert main_window.chart.patient_id == patients["marco"].id


def test_patient_table_model(qtmodeltester, patients, sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    model = PatientTableModel()
    model.set_rows(sqlite_clinic.services.patients.search(""))
    qtmodeltester.check(model)
    assert model.rowCount() == 4
    sqlite_clinic.services.patients.archive(patients["marco"].id)
    model.set_rows(sqlite_clinic.services.patients.search("", include_archived=True))
    qtmodeltester.check(model)
    row = model.row_of_patient(patients["marco"].id)
    assert model.index(row, PatientTableModel.COL_NAME).data().endswith("(archived)")
