"""An administrator merges a duplicate record (issue 12: Duplicate detection → merge)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from mesodesk.gui.dialogs.merge_dialog import MergeDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")


@pytest.fixture
def twins(sqlite_clinic):  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    keep = c.patient("Aoife", "Kowalczyk", date(1964, 9, 16))
    dup = c.patient("Aoife", "Kowalczyk", date(1964, 9, 16), duplicate_reason="registered twice")
    c.services.patients.add_allergy(dup.id, "Lidocaine", "hives", "moderate")
    c.as_practitioner.sessions.record(c.session_input(dup.id))
    return keep, dup


def test_admin_merges_the_duplicate_into_the_open_record(
    qtbot, make_window, sqlite_clinic, twins, message_boxes, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    keep, dup = twins
    window = make_window()
    window.open_patient(keep.id)
    assert window.act_merge in window.menus["Patient"].actions()
    assert window.act_merge.isVisible() and window.act_merge.isEnabled()
    window.act_merge.trigger()
    dialog = window.last_dialog
    assert isinstance(dialog, MergeDialog) and dialog.isVisible()
    qtbot.waitExposed(dialog)
    # the open patient is preselected as the record to keep; the focus waits in the duplicate's search
    assert dialog.keep.patient_id == keep.id and keep.file_no in dialog.keep.summary.text()
    assert not dialog.merge_button.isEnabled()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.duplicate.search.hasFocus(), timeout=10_000)
    qtbot.keyClicks(dialog.duplicate.search, dup.file_no)
    qtbot.keyClick(dialog.duplicate.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.duplicate.patient_id == dup.id, timeout=10_000)
    assert (
        dialog.isVisible() and message_boxes.calls == [] and not dialog.errors.text("reason")
    )  # Enter picked
    # side by side: name, birth date, file number, counts and allergies
    assert dialog.keep.geometry().right() < dialog.duplicate.geometry().left()
    shown = dialog.duplicate.summary.text()
    for text in ("Aoife Kowalczyk", dup.file_no, "Lidocaine", "Sessions", "Consents", "Photos"):
        assert text in shown, text
    assert dialog.duplicate.summary_data["sessions"] == 1
    assert "none recorded" in dialog.keep.summary.text()  # the kept record has no allergy yet
    dialog.grab().save(str(tmp_path / "merge_dialog.png"))
    # the reason is required: nothing is asked, nothing merged
    assert dialog.merge_button.isEnabled()
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.errors.text("reason")
    assert message_boxes.calls == [] and c.services.patients.merged_from(keep.id) == []
    qtbot.keyClicks(dialog.reason, "Registered twice at reception")
    # the confirmation says what will happen; Cancel merges nothing
    message_boxes.answer = QMessageBox.StandardButton.Cancel
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    [(kind, _title, question)] = message_boxes.calls
    assert kind == "question" and "archived, not deleted" in question
    assert dup.file_no in question and keep.file_no in question and "sessions 1" in question
    assert dialog.isVisible() and c.services.patients.merged_from(keep.id) == []
    message_boxes.answer = QMessageBox.StandardButton.Yes
    dialog.reason.setFocus()
    qtbot.waitUntil(dialog.reason.hasFocus, timeout=10_000)
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)  # Enter in the reason: merge, after the confirmation
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert [no for _id, no, _name in c.services.patients.merged_from(keep.id)] == [dup.file_no]
    assert c.services.patients.get(dup.id).archived  # archived, not deleted
    # the kept chart follows at once: its new allergy, the moved session, and "merged from"
    assert window.chart.patient_id == keep.id
    merged = window.chart.header.merged
    assert merged.isVisible() and dup.file_no in merged.text() and "Merged from" in merged.text()
    assert window.chart.session_model.rowCount() == 1
    assert "Lidocaine" in " ".join(window.chart.chart.alerts)


def test_merging_a_record_into_itself_is_not_offered(qtbot, sqlite_clinic, twins) -> None:  # type: ignore[no-untyped-def]
    keep, _dup = twins
    dialog = MergeDialog(sqlite_clinic.services, keep.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.duplicate.choose(keep.id)
    assert not dialog.merge_button.isEnabled() and "different" in dialog.merge_button.toolTip()


def test_merge_is_not_offered_to_a_practitioner(qtbot, make_window, sqlite_clinic, twins) -> None:  # type: ignore[no-untyped-def]
    keep, _dup = twins
    window = make_window(services=sqlite_clinic.as_practitioner, user=sqlite_clinic.practitioner)
    window.open_patient(keep.id)
    assert not window.act_merge.isVisible() and not window.act_merge.isEnabled()
    menu = window.menus["Patient"]
    assert window.act_merge not in [a for a in menu.actions() if a.isVisible()]
