"""Issue 12 in the GUI: safety settings, duplicate patients, sign-off gates, dates typed in the locale."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt

from mesodesk.gui.dialogs.clinic_settings_dialog import ClinicSettingsDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")


def shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    """Save a picture of the widget for a person to look at, when MESODESK_SHOTS names a folder."""
    folder = os.environ.get("MESODESK_SHOTS")
    if folder:
        widget.grab().save(os.path.join(folder, f"{name}.png"))


def test_clinic_settings_edit_the_sign_off_gates_and_photo_privacy(qtbot, sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    dlg = ClinicSettingsDialog(c.services)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.consent_gate_combo.currentData() == "require"  # safe defaults shown
    assert dlg.history_gate_combo.currentData() == "warn" and dlg.history_months_spin.value() == 12
    dlg.tabs.setCurrentIndex(1)
    shot(dlg, "clinic_settings_safety")
    dlg.history_gate_combo.setCurrentIndex(dlg.history_gate_combo.findData("require"))
    dlg.history_months_spin.setValue(6)
    dlg.keep_location_check.setChecked(True)
    with qtbot.waitSignal(dlg.sig_saved):
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    s = c.services.clinic.settings()
    assert (s.consent_gate, s.history_gate, s.history_review_months, s.keep_photo_location) == (
        "require",
        "require",
        6,
        True,
    )


# ---------------------------------------------------------------------- the session editor
@pytest.fixture
def editor(qtbot, sqlite_clinic, message_boxes):  # type: ignore[no-untyped-def]
    from mesodesk.gui.dialogs.session_editor import SessionEditorDialog

    def make(patient_id: int, session_id: int | None = None):  # type: ignore[no-untyped-def]
        dialog = SessionEditorDialog(sqlite_clinic.as_practitioner, patient_id, session_id)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def test_sign_off_without_consent_is_refused_and_saved_as_draft(qtbot, sqlite_clinic, editor) -> None:  # type: ignore[no-untyped-def]
    """The quoted problem: a new patient's session was signed with no consent and no history, no warning."""
    from test_session_editor import fill_two_areas

    c = sqlite_clinic
    patient = c.patient()
    dlg = editor(patient.id)
    fill_two_areas(qtbot, dlg)
    qtbot.mouseClick(dlg.sign_off_button, Qt.MouseButton.LeftButton)
    assert dlg.warning_panel.isVisible()
    text = dlg.warning_text.text()
    assert "Required by the clinic" in text and "consent" in text and "never been reviewed" in text
    assert not dlg.override_edit.isVisible() and dlg.save_anyway_button.text() == "Save as draft"
    shot(dlg, "editor_blocked")
    assert c.services.sessions.for_patient(patient.id) == []
    with qtbot.waitSignal(dlg.sig_saved) as saved:
        qtbot.mouseClick(dlg.save_anyway_button, Qt.MouseButton.LeftButton)
    assert c.services.sessions.get(saved.args[0]).status == "draft"


def test_sign_off_warning_needs_a_reason_kept_with_the_session(qtbot, sqlite_clinic, editor) -> None:  # type: ignore[no-untyped-def]
    from test_session_editor import fill_two_areas

    c = sqlite_clinic
    patient = c.patient()
    c.ready_to_sign(patient.id)
    c.services.patients.add_allergy(patient.id, "Lidocaine", "hives", "severe")
    dlg = editor(patient.id)
    fill_two_areas(qtbot, dlg)
    qtbot.mouseClick(dlg.sign_off_button, Qt.MouseButton.LeftButton)
    assert dlg.warning_panel.isVisible() and dlg.override_edit.isVisible()
    assert dlg.save_anyway_button.text() == "Sign off anyway"
    qtbot.mouseClick(dlg.save_anyway_button, Qt.MouseButton.LeftButton)  # one click is not enough
    assert dlg.override_error.isVisible() and c.services.sessions.for_patient(patient.id) == []
    shot(dlg, "editor_reason")
    qtbot.keyClicks(dlg.override_edit, "Tolerated lidocaine test dose on 01/06")
    with qtbot.waitSignal(dlg.sig_saved) as saved:
        qtbot.mouseClick(dlg.save_anyway_button, Qt.MouseButton.LeftButton)
    stored = c.services.sessions.get(saved.args[0])
    assert stored.status == "signed"
    assert stored.override_reason.startswith("Tolerated lidocaine test dose")
    assert "Lidocaine 2%" in stored.override_reason


def test_allergy_line_follows_the_session_as_it_is_typed(qtbot, sqlite_clinic, editor) -> None:  # type: ignore[no-untyped-def]
    """The quoted problem: after removing Lidocaine 2% (or ticking custom formula) the warning stayed, and
    'topical lidocaine cream' typed as anaesthesia was never checked."""
    from test_session_editor import fill_two_areas

    c = sqlite_clinic
    patient = c.patient()
    c.services.patients.add_allergy(patient.id, "Lidocaine", "hives", "severe")
    dlg = editor(patient.id)
    fill_two_areas(qtbot, dlg)
    qtbot.waitUntil(lambda: dlg.exposure_label.isVisible())
    assert any("Lidocaine 2%" in w for w in dlg.exposure_warnings())
    shot(dlg, "editor_exposure")
    dlg.products_view.setCurrentIndex(dlg.products_model.index(1, 0))
    qtbot.mouseClick(dlg.remove_product_button, Qt.MouseButton.LeftButton)
    assert dlg.exposure_warnings() == []
    qtbot.mouseClick(dlg.custom_check, Qt.MouseButton.LeftButton)
    assert dlg.exposure_warnings() == []
    dlg.tabs.setCurrentIndex(1)
    dlg.anaesthesia_combo.setCurrentText("topical lidocaine cream")
    (warning,) = dlg.exposure_warnings()
    assert "Lidocaine" in warning and "topical lidocaine cream" in warning


def test_anaesthetic_chosen_from_the_catalogue_keeps_its_lot(qtbot, sqlite_clinic, editor) -> None:  # type: ignore[no-untyped-def]
    from test_session_editor import fill_two_areas

    c = sqlite_clinic
    patient = c.patient()
    dlg = editor(patient.id)
    fill_two_areas(qtbot, dlg)
    index = dlg.anaesthesia_combo.findData(c.lido_lot.id)
    assert index > 0 and "LI-001" in dlg.anaesthesia_combo.itemText(index)
    assert dlg.anaesthesia_combo.findData(c.expired_lot.id) < 0
    dlg.anaesthesia_combo.setCurrentIndex(index)
    with qtbot.waitSignal(dlg.sig_saved) as saved:
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    stored = c.services.sessions.get(saved.args[0])
    assert stored.anaesthesia_lot_id == c.lido_lot.id and "LI-001" in stored.anaesthesia
