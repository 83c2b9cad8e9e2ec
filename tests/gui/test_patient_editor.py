"""Registering and editing patients through the editor, as a user would."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from mesodesk.gui.dialogs.patient_editor import PatientEditorDialog
from mesodesk.services.patients import PatientInput

# the offscreen platform says so whenever a window's minimum size is set
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")


def open_new_editor(qtbot, window) -> PatientEditorDialog:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.last_dialog
    assert isinstance(dialog, PatientEditorDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def error_text(dialog: PatientEditorDialog, field: str) -> str:
    label = dialog.findChild(QLabel, f"error_{field}")
    return label.text() if label is not None and label.isVisible() else ""


def test_create_patient_through_the_editor(qtbot, main_window, sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    dialog = open_new_editor(qtbot, main_window)
    qtbot.keyClicks(dialog.last_name, "Lef")
    dialog.last_name.insert("è")  # QTest types ASCII only; accented letters come as input-method text
    qtbot.keyClicks(dialog.last_name, "vre")
    qtbot.keyClicks(dialog.first_name, "Amelie")
    dialog.date_of_birth.setDate(QDate(1985, 4, 12))
    dialog.sex.setCurrentIndex(dialog.sex.findData("F"))
    qtbot.keyClicks(dialog.phone, "+33 6 12 34 56 78")
    qtbot.keyClicks(dialog.email, "amelie@example.org")
    dialog.fitzpatrick.setCurrentIndex(dialog.fitzpatrick.findData(3))
    qtbot.keyClicks(dialog.notes, "Prefers morning appointments")
    with qtbot.waitSignal(dialog.sig_saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    patient = sqlite_clinic.services.patients.get(saved.args[0])
    assert (patient.last_name, patient.first_name, patient.date_of_birth) == (
        "Lefèvre",
        "Amelie",
        date(1985, 4, 12),
    )
    assert patient.sex == "F" and patient.fitzpatrick == 3 and patient.email == "amelie@example.org"
    assert patient.phone == "+33 6 12 34 56 78" and patient.notes == "Prefers morning appointments"
    assert patient.file_no  # generated because left empty
    assert not dialog.isVisible()
    assert main_window.chart.patient_id == patient.id  # the new patient's chart is open
    assert main_window.chart.header.name.text() == "Amelie Lefèvre"


def test_future_birth_date_is_refused_next_to_the_field(qtbot, main_window, sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    dialog = open_new_editor(qtbot, main_window)
    qtbot.keyClicks(dialog.last_name, "Futur")
    qtbot.keyClicks(dialog.first_name, "Zoe")
    tomorrow = date.today() + timedelta(days=30)
    dialog.date_of_birth.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "future" in error_text(dialog, "date_of_birth")
    assert dialog.isVisible()
    assert sqlite_clinic.services.patients.count() == 0


def test_empty_last_name_is_refused(qtbot, main_window, sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    dialog = open_new_editor(qtbot, main_window)
    qtbot.keyClicks(dialog.first_name, "Helene")
    dialog.date_of_birth.setDate(QDate(1970, 1, 1))
    qtbot.keyClick(dialog.first_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S saves
    assert "required" in error_text(dialog, "last_name")
    assert error_text(dialog, "date_of_birth") == ""
    assert sqlite_clinic.services.patients.count() == 0
    # correcting the field and saving with Ctrl+S clears the message and saves
    qtbot.keyClicks(dialog.last_name, "Dubois")
    qtbot.keyClick(dialog.last_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert sqlite_clinic.services.patients.count() == 1


def test_missing_birth_date_is_refused(qtbot, main_window, sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    dialog = open_new_editor(qtbot, main_window)
    qtbot.keyClicks(dialog.last_name, "Sans")
    qtbot.keyClicks(dialog.first_name, "Date")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "required" in error_text(dialog, "date_of_birth")
    assert sqlite_clinic.services.patients.count() == 0


def test_edit_existing_patient(qtbot, main_window, sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    patient = sqlite_clinic.patient("Hélène", "O'Connor", phone="0601020304")
    main_window.open_patient(patient.id)
    qtbot.keyClick(main_window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = main_window.last_dialog
    assert isinstance(dialog, PatientEditorDialog)
    assert dialog.last_name.text() == "O'Connor"
    dialog.phone.clear()
    qtbot.keyClicks(dialog.phone, "0611111111")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert sqlite_clinic.services.patients.get(patient.id).phone == "0611111111"
    assert "0611111111" in main_window.chart.header.contact.text()


def test_conflicting_save_offers_reload_and_overwrites_nothing(
    qtbot,
    main_window,
    sqlite_clinic,  # type: ignore[no-untyped-def]
    message_boxes,
) -> None:
    patient = sqlite_clinic.patient("Marco", "Rossi")
    dialog = PatientEditorDialog(sqlite_clinic.services, patient.id)
    qtbot.addWidget(dialog)
    dialog.show()
    # someone else saves first
    sqlite_clinic.services.patients.update(
        patient.id, PatientInput("Marco", "Rossi-Bianchi", date(1980, 2, 3)), patient.version
    )
    dialog.notes.setPlainText("my note")
    message_boxes.answer = QMessageBox.StandardButton.Yes  # reload
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "question" in message_boxes.kinds() and "changed by someone else" in message_boxes.texts()
    stored = sqlite_clinic.services.patients.get(patient.id)
    assert stored.last_name == "Rossi-Bianchi" and stored.notes == ""
    assert dialog.last_name.text() == "Rossi-Bianchi"  # reloaded
    # after the reload, a save succeeds
    dialog.notes.setPlainText("my note")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert sqlite_clinic.services.patients.get(patient.id).notes == "my note"


def test_escape_with_unsaved_changes_asks_first(qtbot, main_window, sqlite_clinic, message_boxes) -> None:  # type: ignore[no-untyped-def]
    dialog = open_new_editor(qtbot, main_window)
    qtbot.keyClicks(dialog.last_name, "Brouillon")
    message_boxes.answer = QMessageBox.StandardButton.Cancel
    qtbot.keyClick(dialog.last_name, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.last_name.text() == "Brouillon"
    assert message_boxes.kinds() == ["question"]
    message_boxes.answer = QMessageBox.StandardButton.Discard
    qtbot.keyClick(dialog.last_name, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert sqlite_clinic.services.patients.count() == 0


def test_escape_without_changes_closes_without_asking(qtbot, main_window, message_boxes) -> None:  # type: ignore[no-untyped-def]
    dialog = open_new_editor(qtbot, main_window)
    qtbot.keyClick(dialog.last_name, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert message_boxes.calls == []
