"""The sign-in lockout as an administrator sees it (issue 13 item 9): the clinic settings hold the
threshold and the minutes, and the user accounts dialog shows a locked name with an Unlock button.
Before, both lived only in the services: nobody could change them or lift a lockout from the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from mesodesk.domain.errors import AuthenticationError
from mesodesk.gui.dialogs.clinic_settings_dialog import ClinicSettingsDialog
from mesodesk.gui.dialogs.users_dialog import UsersDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")


def test_the_lockout_is_set_in_the_clinic_settings(qtbot, sqlite_clinic, message_boxes) -> None:  # type: ignore[no-untyped-def]
    dialog = ClinicSettingsDialog(sqlite_clinic.services)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.lockout_spin.value() == 5 and dialog.lockout_minutes_spin.value() == 15  # the defaults
    dialog.tabs.setCurrentIndex(1)
    dialog.lockout_spin.setFocus()
    dialog.lockout_spin.selectAll()
    qtbot.keyClicks(dialog.lockout_spin, "3")
    dialog.lockout_minutes_spin.setFocus()
    dialog.lockout_minutes_spin.selectAll()
    qtbot.keyClicks(dialog.lockout_minutes_spin, "30")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settings = sqlite_clinic.services.clinic.settings()
    assert (settings.lockout_threshold, settings.lockout_minutes) == (3, 30)


def test_a_locked_name_shows_and_an_administrator_unlocks_it(qtbot, sqlite_clinic, message_boxes) -> None:  # type: ignore[no-untyped-def]
    from mesodesk.services.clinic import ClinicInput

    users = sqlite_clinic.services.users
    sqlite_clinic.services.clinic.save_settings(
        ClinicInput("Clinic", lockout_threshold=1, lockout_minutes=60)
    )
    with pytest.raises(AuthenticationError):
        users.authenticate("dr.zoe", "wrong password")
    assert users.is_locked(sqlite_clinic.practitioner.id)
    dialog = UsersDialog(sqlite_clinic.services)
    qtbot.addWidget(dialog)
    dialog.show()
    row = dialog.model.find_row(lambda u: u.username == "dr.zoe")
    state = dialog.model.index(row, dialog.model.COL_STATE).data()
    assert "locked" in state
    admin_row = dialog.model.find_row(lambda u: u.username == "admin")
    dialog.table.selectRow(admin_row)
    assert not dialog.unlock_button.isEnabled()  # only a locked name can be unlocked
    dialog.table.selectRow(row)
    assert dialog.unlock_button.isEnabled()
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert not users.is_locked(sqlite_clinic.practitioner.id)
    assert "dr.zoe" in dialog.status.text()
    assert not dialog.unlock_button.isEnabled()
    assert users.authenticate("dr.zoe", "battery staple").id == sqlite_clinic.practitioner.id
