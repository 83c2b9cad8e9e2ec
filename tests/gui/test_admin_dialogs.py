"""Administration dialogs: audit trail, backup and restore, user accounts, erasure, recovery at start."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from mesodesk.gui.dialogs.audit_dialog import AuditDialog, summary
from mesodesk.gui.dialogs.backup_dialog import BackupDialog
from mesodesk.gui.dialogs.erase_dialog import EraseDialog
from mesodesk.gui.dialogs.recovery_dialog import RecoveryDialog
from mesodesk.gui.dialogs.users_dialog import UsersDialog
from mesodesk.services import backup, startup

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SHOTS = os.environ.get("MESODESK_SHOTS")  # a folder: save what the dialogs look like


def _shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def _db(clinic) -> Path:  # type: ignore[no-untyped-def]
    from mesodesk.db.engine import sqlite_path

    return sqlite_path(clinic.engine.url.render_as_string(hide_password=False))


def test_audit_dialog_filters_shows_details_and_exports(
    qtbot, qtmodeltester, sqlite_clinic, tmp_path, message_boxes
):
    p = sqlite_clinic.patient("Ana", "Lima")
    sqlite_clinic.as_practitioner.patients.chart(p.id)
    dialog = AuditDialog(sqlite_clinic.services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtmodeltester.check(dialog.model)
    total = dialog.model.rowCount()
    assert total > 5 and "of" in dialog.status.text()
    dialog.action.setCurrentIndex(dialog.action.findData("view"))
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, dialog.model.COL_USER).data() == "dr.zoe"
    dialog.action.setCurrentIndex(0)
    dialog.entity.setCurrentIndex(dialog.entity.findData("patient"))
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    create_row = next(
        r
        for r in range(dialog.model.rowCount())
        if dialog.model.index(r, dialog.model.COL_ACTION).data() == "create"
    )
    assert "last_name: Lima" in dialog.model.index(create_row, dialog.model.COL_DETAILS).data()
    dialog.table.selectRow(create_row)
    assert '"last_name": "Lima"' in dialog.details.toPlainText()
    _shot(dialog, "audit_dialog")
    out = tmp_path / "trail.csv"
    dialog.export(str(out))
    qtbot.waitUntil(lambda: out.exists() and "exported" in dialog.status.text(), timeout=10_000)
    assert out.read_text(encoding="utf-8").count("\n") == dialog.model.rowCount() + 1
    assert message_boxes.calls == []


def test_audit_dialog_refuses_a_practitioner(qtbot, sqlite_clinic, message_boxes):
    dialog = AuditDialog(sqlite_clinic.as_practitioner)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    assert "warning" in message_boxes.kinds() and "does not allow" in message_boxes.texts()


def test_summary_of_a_change():
    assert summary('{"phone":"1","version":1}', '{"phone":"2","version":2}') == "phone: 1 → 2"
    assert summary(None, '{"name":"X"}') == "name: X"


def test_backup_dialog_backs_up_and_restores_with_confirmation(
    qtbot, qtmodeltester, sqlite_clinic, message_boxes
):
    sqlite_clinic.patient("Ana", "Lima")
    dialog = BackupDialog(sqlite_clinic.services, sqlite_clinic.engine)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 0 and not dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 and dialog.task is None, timeout=15_000)
    assert "verified" in dialog.status.text()
    qtmodeltester.check(dialog.model)
    sqlite_clinic.patient("Bo", "Chen")
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()
    _shot(dialog, "backup_dialog")
    message_boxes.answer = message_boxes.answer.No
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert message_boxes.kinds() == ["question"] and dialog.task is None  # declined: nothing happens
    message_boxes.answer = message_boxes.answer.Yes
    with qtbot.waitSignal(dialog.sig_restored, timeout=20_000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert "Restored from" in dialog.status.text()
    names = [h.last_name for h in sqlite_clinic.services.patients.search("", limit=50)]
    assert names == ["Lima"]  # the same engine now reads the restored file
    assert list(_db(sqlite_clinic).parent.glob("*.before-restore-*"))


def test_backup_dialog_restore_is_for_administrators(qtbot, sqlite_clinic):
    dialog = BackupDialog(sqlite_clinic.as_practitioner, sqlite_clinic.engine)
    qtbot.addWidget(dialog)
    backup.backup_database(sqlite_clinic.engine)
    dialog.refresh()
    dialog.table.selectRow(0)
    assert dialog.backup_button.isEnabled()
    assert not dialog.restore_button.isEnabled() and not dialog.restore_file_button.isEnabled()


def test_users_dialog_adds_changes_and_disables_accounts(
    qtbot, qtmodeltester, sqlite_clinic, monkeypatch, message_boxes
):
    dialog = UsersDialog(sqlite_clinic.services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 3
    qtbot.keyClicks(dialog.username, "Nina.Nurse")
    qtbot.keyClicks(dialog.full_name, "Nina Nurse")
    dialog.role.setCurrentIndex(dialog.role.findData("assistant"))
    qtbot.keyClicks(dialog.password, "short")
    qtbot.keyClicks(dialog.password2, "short")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    error = dialog.findChild(type(dialog.status), "error_password")
    assert error.isVisibleTo(dialog) and "at least" in error.text()
    dialog.password2.setText("different password")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert "differ" in dialog.findChild(type(dialog.status), "error_password2").text()
    dialog.password.setText("long enough password")
    dialog.password2.setText("long enough password")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 4 and "added" in dialog.status.text()
    nina = sqlite_clinic.services.users.authenticate("nina.nurse", "long enough password")
    assert nina.role == "assistant"
    assert dialog.selected().id == nina.id
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("practitioner"))
    qtbot.mouseClick(dialog.role_button, Qt.MouseButton.LeftButton)
    assert sqlite_clinic.services.users.get(nina.id).role == "practitioner"
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("another password", True)))
    qtbot.mouseClick(dialog.password_button, Qt.MouseButton.LeftButton)
    assert sqlite_clinic.services.users.authenticate("nina.nurse", "another password").id == nina.id
    qtbot.mouseClick(dialog.active_button, Qt.MouseButton.LeftButton)
    assert not sqlite_clinic.services.users.get(nina.id).is_active
    assert dialog.active_button.text().replace("&", "") == "Enable"
    _shot(dialog, "users_dialog")
    admin_row = dialog.model.find_row(lambda u: u.username == "admin")
    dialog.table.selectRow(admin_row)
    qtbot.mouseClick(dialog.active_button, Qt.MouseButton.LeftButton)  # the last administrator
    assert "warning" in message_boxes.kinds() and "at least one active administrator" in message_boxes.texts()
    assert sqlite_clinic.services.users.get(sqlite_clinic.admin.id).is_active


def test_erase_dialog_needs_the_file_number(qtbot, sqlite_clinic):
    p = sqlite_clinic.patient("Zebulon", "Quaxwhistle")
    keep = sqlite_clinic.patient("Anna", "Keep")
    dialog = EraseDialog(sqlite_clinic.services, p.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert p.file_no in dialog.heading.text() and not dialog.erase_button.isEnabled()
    qtbot.keyClicks(dialog.confirm, keep.file_no)
    assert not dialog.erase_button.isEnabled()
    dialog.confirm.clear()
    qtbot.keyClicks(dialog.confirm, p.file_no)
    assert dialog.erase_button.isEnabled()
    _shot(dialog, "erase_dialog")
    with qtbot.waitSignal(dialog.sig_erased, timeout=20_000) as erased:
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert erased.args == [p.id]
    assert [h.id for h in sqlite_clinic.services.patients.search("", limit=10)] == [keep.id]


def test_erase_dialog_is_closed_to_a_practitioner(qtbot, sqlite_clinic):
    p = sqlite_clinic.patient()
    dialog = EraseDialog(sqlite_clinic.as_practitioner, p.id)
    qtbot.addWidget(dialog)
    assert "Only an administrator" in dialog.heading.text()
    assert not dialog.confirm.isEnabled() and not dialog.erase_button.isEnabled()


def test_recovery_dialog_restores_the_newest_good_backup(qtbot, sqlite_clinic):
    for i in range(30):
        sqlite_clinic.patient(f"P{i}", "Recovered", notes="x" * 2000)
    good = backup.backup_database(sqlite_clinic.engine, reason="daily")
    db = _db(sqlite_clinic)
    sqlite_clinic.engine.dispose()
    with db.open("r+b") as fh:
        fh.truncate(db.stat().st_size // 3)
    result = startup.preflight(str(db))
    assert result.status == startup.DAMAGED
    dialog = RecoveryDialog(result)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.chosen() == str(good.path) and "damaged" in dialog.message.text()
    _shot(dialog, "recovery_dialog")
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.restored is not None and dialog.restored.kept_aside.exists()
    again = startup.preflight(str(db))
    assert again.ok
    again.engine.dispose()


def test_recovery_dialog_for_a_network_share_offers_no_restore(qtbot, tmp_path):
    result = startup.PreflightResult(
        startup.NETWORK_SHARE, "On a network share.", f"sqlite:///{tmp_path}/x.sqlite3"
    )
    dialog = RecoveryDialog(result)
    qtbot.addWidget(dialog)
    assert dialog.restore_button.isHidden() and "PostgreSQL" in dialog.advice.text()


@pytest.fixture(autouse=True)
def _no_real_file_dialogs(monkeypatch):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
