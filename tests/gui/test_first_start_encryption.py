"""First start of a new clinic file: encrypt it with a passphrase, or not (issue 5, encryption at rest)."""

from __future__ import annotations

import argparse
import logging

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from mesodesk.domain.errors import DatabaseError
from mesodesk.gui import application
from mesodesk.gui.dialogs.first_start import FirstStartDialog, NewClinicSecurityDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")

SECRET = "Plum orchard 'nine' lanterns"
SQLITE_HEADER = b"SQLite format 3\x00"


def needs_sqlcipher() -> None:
    pytest.importorskip("sqlcipher3", reason="SQLCipher (the 'encryption' extra) is not installed")


@pytest.fixture(autouse=True)
def no_env_passphrase(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.delenv("MESODESK_PASSPHRASE", raising=False)


def error(dialog: QDialog, field: str) -> str:
    label = dialog.findChild(QLabel, f"error_{field}")
    return label.text() if label is not None and not label.isHidden() else ""


# -- the dialog ---------------------------------------------------------------------------------------------------
def test_dialog_refuses_short_and_mismatched_passphrases(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = NewClinicSecurityDialog("/tmp/clinic.sqlite3")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.encrypt.isChecked()  # recommended, so ticked
    assert dialog.passphrase_edit.echoMode() == dialog.passphrase_edit.EchoMode.Password
    assert dialog.passphrase2_edit.echoMode() == dialog.passphrase2_edit.EchoMode.Password
    assert "cannot be recovered" in dialog.warning.text()

    qtbot.keyClicks(dialog.passphrase_edit, "too short")  # 9 characters
    qtbot.keyClicks(dialog.passphrase2_edit, "too short")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "at least 10" in error(dialog, "passphrase")
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted and dialog.passphrase is None

    dialog.passphrase_edit.clear()
    dialog.passphrase2_edit.clear()
    qtbot.keyClicks(dialog.passphrase_edit, SECRET)
    qtbot.keyClicks(dialog.passphrase2_edit, SECRET + "x")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert error(dialog, "passphrase") == ""
    assert "differ" in error(dialog, "passphrase2")
    assert dialog.isVisible() and dialog.passphrase is None
    assert SECRET not in error(dialog, "passphrase2")

    qtbot.keyClick(dialog.passphrase2_edit, Qt.Key.Key_Backspace)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.passphrase == SECRET
    assert error(dialog, "passphrase2") == ""


def test_dialog_without_encryption_needs_no_passphrase(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = NewClinicSecurityDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase_edit, "short")
    qtbot.mouseClick(dialog.encrypt, Qt.MouseButton.LeftButton)
    assert not dialog.encrypt.isChecked() and not dialog.passphrase_edit.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.passphrase is None


# -- run_gui on a new clinic file ---------------------------------------------------------------------------------
def drive_security(monkeypatch, encrypt: bool, first: str = SECRET, second: str = SECRET):  # type: ignore[no-untyped-def]
    shown: list[NewClinicSecurityDialog] = []

    def exec_(dialog: NewClinicSecurityDialog) -> int:
        shown.append(dialog)
        dialog.encrypt.setChecked(encrypt)
        dialog.passphrase_edit.setText(first)
        dialog.passphrase2_edit.setText(second)
        dialog.ok_button.click()
        if dialog.result() != QDialog.DialogCode.Accepted:
            dialog.reject()  # what Cancel does after a refused passphrase
        return dialog.result()

    monkeypatch.setattr(NewClinicSecurityDialog, "exec", exec_)
    return shown


@pytest.fixture
def new_clinic(monkeypatch, tmp_path, message_boxes):  # type: ignore[no-untyped-def]
    """run_gui on a new file: the first start makes an empty clinic; sign-in is cancelled. -> (db, engines, signed)"""
    engines: list = []
    real_open = application.open_clinic_database

    def open_clinic_database(url, parent=None, passphrase=None):  # type: ignore[no-untyped-def]
        engine = real_open(url, parent, passphrase=passphrase)
        engines.append(engine)
        return engine

    def first_start_exec(dialog: FirstStartDialog) -> int:
        dialog.empty_button.click()
        dialog.clinic_name.setText("Clinique des Tilleuls")
        dialog.full_name.setText("Dr Anna Weiss")
        dialog.password.setText("admin password")
        dialog.password2.setText("admin password")
        assert dialog.create_empty()
        dialog.accept()
        return dialog.result()

    signed: list = []
    monkeypatch.setattr(application, "open_clinic_database", open_clinic_database)
    monkeypatch.setattr(FirstStartDialog, "exec", first_start_exec)
    monkeypatch.setattr(application, "sign_in", lambda system, engine, name, hint="": signed.append(name))
    monkeypatch.setattr(type(QApplication.instance()), "exec", lambda *a: 0)
    yield tmp_path / "new-clinic.sqlite3", engines, signed
    for engine in engines:
        if engine is not None:
            engine.dispose()


def run(db) -> int:  # type: ignore[no-untyped-def]
    return application.run_gui(argparse.Namespace(db=str(db), verbose=False, command=None))


def test_run_gui_creates_an_encrypted_clinic(new_clinic, monkeypatch, message_boxes, caplog) -> None:  # type: ignore[no-untyped-def]
    from mesodesk.services import Services
    from mesodesk.services.context import ServiceContext
    from mesodesk.services.database import open_database

    needs_sqlcipher()
    caplog.set_level(logging.DEBUG)
    db, engines, signed = new_clinic
    shown = drive_security(monkeypatch, encrypt=True)
    assert run(db) == 0
    assert len(shown) == 1 and signed == ["Clinique des Tilleuls"]  # first start went on to sign-in
    for engine in engines:
        engine.dispose()
    assert db.read_bytes()[:16] != SQLITE_HEADER
    assert SECRET not in caplog.text and SECRET not in message_boxes.texts()
    with pytest.raises(DatabaseError):
        open_database(str(db))
    engine = open_database(str(db), passphrase=SECRET)
    try:
        system = Services(ServiceContext(engine))
        assert system.clinic.settings().name == "Clinique des Tilleuls"
        assert system.users.authenticate("admin", "admin password").role == "admin"
    finally:
        engine.dispose()


def test_run_gui_creates_a_plain_clinic_when_unticked(new_clinic, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from mesodesk.services.database import open_database

    needs_sqlcipher()
    db, engines, signed = new_clinic
    shown = drive_security(monkeypatch, encrypt=False, first="", second="")
    assert run(db) == 0
    assert len(shown) == 1 and signed == ["Clinique des Tilleuls"]
    for engine in engines:
        engine.dispose()
    assert db.read_bytes()[:16] == SQLITE_HEADER
    open_database(str(db)).dispose()


def test_cancelling_the_question_creates_nothing(new_clinic, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    needs_sqlcipher()
    db, engines, signed = new_clinic
    shown = drive_security(monkeypatch, encrypt=True, first=SECRET, second="something else")
    assert run(db) == 0
    assert len(shown) == 1 and not engines and not signed
    assert not db.exists()


def test_not_asked_without_sqlcipher_or_with_the_environment_passphrase(new_clinic, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import mesodesk.db.engine as db_engine

    db, engines, signed = new_clinic
    shown = drive_security(monkeypatch, encrypt=True)

    def missing():  # type: ignore[no-untyped-def]
        raise DatabaseError("SQLCipher is not installed")

    with monkeypatch.context() as m:
        m.setattr(db_engine, "sqlcipher_module", missing)
        assert application.choose_new_clinic_security(str(db)) == (True, None)
    monkeypatch.setenv("MESODESK_PASSPHRASE", SECRET)
    assert application.choose_new_clinic_security(str(db)) == (True, None)
    assert not shown


def test_not_asked_for_an_existing_clinic(qtbot, sqlite_url, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown = drive_security(monkeypatch, encrypt=True)
    assert application.choose_new_clinic_security(sqlite_url) == (True, None)
    assert application.choose_new_clinic_security("postgresql://db.example/clinic") == (True, None)
    assert not shown
