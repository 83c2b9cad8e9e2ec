"""Issue 12 in the GUI: safety settings, duplicate patients, sign-off gates, dates typed in the locale."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from mesodesk.gui.dialogs.clinic_settings_dialog import ClinicSettingsDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")


def test_clinic_settings_edit_the_sign_off_gates_and_photo_privacy(qtbot, sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    dlg = ClinicSettingsDialog(c.services)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.consent_gate_combo.currentData() == "require"  # safe defaults shown
    assert dlg.history_gate_combo.currentData() == "warn" and dlg.history_months_spin.value() == 12
    dlg.tabs.setCurrentIndex(1)
    dlg.grab().save("/tmp/h12/clinic_settings_safety.png")
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
