"""The main window as a whole, the application start, and what happens on an unexpected error."""

from __future__ import annotations

import argparse
import logging
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from mesodesk.gui import application
from mesodesk.gui.application import ErrorHooks, run_gui
from mesodesk.gui.settings import GuiSettings

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")


def menu_texts(window) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    return {
        title: [a.text().replace("&", "") for a in menu.actions() if a.text()]
        for title, menu in window.menus.items()
    }


def test_status_bar_shows_database_and_user(main_window) -> None:  # type: ignore[no-untyped-def]
    assert main_window.db_status.text() == "Database: test-clinic.sqlite3"
    assert main_window.user_status.text() == "Signed in: Ada Admin (Administrator)"


def test_menus_and_roles(make_window, sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    admin = make_window()
    menus = menu_texts(admin)
    assert "New patient…" in menus["File"] and "Quit" in menus["File"]
    assert {
        "Edit patient…",
        "New session…",
        "Record reaction…",
        "Plan a course…",
        "Record consent…",
        "Medical history and allergies…",
        "Archive patient…",
    } <= set(menus["Patient"])
    assert menus["Admin"] == ["Users…", "Audit trail…", "Backup and restore…", "Erase patient…"]
    assert admin.menus["Admin"].menuAction().isVisible()
    assert not admin.act_new_session.isEnabled()  # no patient open yet
    patient = sqlite_clinic.patient()
    admin.open_patient(patient.id)
    assert admin.act_new_session.isEnabled() and admin.act_erase.isEnabled()

    assistant = make_window(sqlite_clinic.as_assistant, sqlite_clinic.assistant)
    assistant.open_patient(patient.id)
    assert not assistant.menus["Admin"].menuAction().isVisible()
    assert not assistant.act_new_session.isEnabled() and not assistant.act_history.isEnabled()
    assert assistant.act_edit.isEnabled() and assistant.act_new_patient.isEnabled()
    assert not assistant.act_catalogue.isEnabled()


def test_window_layout_is_remembered(qtbot, make_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "layout.ini"
    first = make_window(settings=GuiSettings(path))
    first.resize(760, 640)  # within the offscreen platform's 800×800 screen
    first.splitter.setSizes([310, 440])
    first.show_followups()
    sizes, size = first.splitter.sizes(), first.size()
    first.close()
    again = make_window(settings=GuiSettings(path))
    qtbot.waitUntil(lambda: again.splitter.sizes() == sizes, timeout=2000)
    assert again.size() == size
    assert again.followups_dock.isVisible()
    assert GuiSettings(path).preferences.followups_visible is True


def test_archive_asks_first(main_window, sqlite_clinic, message_boxes) -> None:  # type: ignore[no-untyped-def]
    patient = sqlite_clinic.patient()
    main_window.open_patient(patient.id)
    message_boxes.answer = QMessageBox.StandardButton.No
    main_window.act_archive.trigger()
    assert not sqlite_clinic.services.patients.get(patient.id).archived
    message_boxes.answer = QMessageBox.StandardButton.Yes
    main_window.act_archive.trigger()
    assert sqlite_clinic.services.patients.get(patient.id).archived
    assert main_window.patient_model.rowCount() == 0  # archived patients leave the list
    assert main_window.act_archive.text() == "Rest&ore patient…"
    main_window.act_archive.trigger()
    assert not sqlite_clinic.services.patients.get(patient.id).archived


def test_unexpected_exception_is_logged_and_shown(qtbot, tmp_path, message_boxes, caplog) -> None:  # type: ignore[no-untyped-def]
    hooks = ErrorHooks(tmp_path / "mesodesk.log")
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        kind, exc, tb = sys.exc_info()
    with caplog.at_level(logging.ERROR, logger="mesodesk.gui"):
        hooks.handle_exception(kind, exc, tb)  # type: ignore[arg-type]
    assert "boom in a slot" in caplog.text and "Traceback" in caplog.text
    assert message_boxes.kinds() == ["critical"]
    assert "Something went wrong" in message_boxes.texts() and "mesodesk.log" in message_boxes.texts()
    assert QApplication.instance() is not None  # still running


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_reaches_the_hook(qtbot, tmp_path, message_boxes) -> None:  # type: ignore[no-untyped-def]
    hooks = ErrorHooks(tmp_path / "mesodesk.log").install()
    try:

        def fail() -> None:
            raise ValueError("broken slot")

        QTimer.singleShot(0, fail)
        qtbot.waitUntil(lambda: hooks.shown == 1, timeout=2000)
    finally:
        hooks.uninstall()
    assert message_boxes.kinds() == ["critical"]
    assert sys.excepthook is not hooks.handle_exception


def test_qt_messages_are_logged(tmp_path, caplog) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QtMsgType

    hooks = ErrorHooks(tmp_path / "x.log")
    with caplog.at_level(logging.WARNING, logger="mesodesk.qt"):
        hooks.handle_qt_message(QtMsgType.QtCriticalMsg, None, "a critical Qt message")
    assert "a critical Qt message" in caplog.text


def test_a_file_that_is_not_a_database_exits_with_a_message(
    qtbot, tmp_path, message_boxes, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog

    asked: list = []  # with SQLCipher installed, such a file may also be an encrypted database: it asks first
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: asked.append(a) or ("", False)))
    bogus = tmp_path / "notes.sqlite3"
    bogus.write_bytes(b"these are not the droids\n" * 100)
    code = run_gui(argparse.Namespace(db=str(bogus), verbose=False, command=None))
    assert code == 2
    if not asked:
        assert message_boxes.kinds() == ["critical"] and "not a MesoDesk database" in message_boxes.texts()
    assert bogus.read_bytes().startswith(b"these are not")  # left untouched


def test_run_gui_signs_in_and_shows_the_main_window(qtbot, sqlite_clinic, sqlite_url, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from mesodesk.gui.main_window import MainWindow

    monkeypatch.setattr(application, "sign_in", lambda *a, **k: sqlite_clinic.practitioner)
    seen: list[MainWindow] = []
    monkeypatch.setattr(
        type(QApplication.instance()),
        "exec",
        lambda *a: (
            seen.extend(
                w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
            ),
            0,
        )[1],
    )
    code = run_gui(argparse.Namespace(db=sqlite_url, verbose=False, command=None))
    assert code == 0
    assert len(seen) == 1
    window = seen[0]
    try:
        assert window.user.username == "dr.zoe"
        assert window.services.ctx.actor.username == "dr.zoe"
        assert window.patient_model.rowCount() == 0
    finally:
        window.close()
        window.deleteLater()


def test_damaged_database_offers_the_newest_backup(qtbot, monkeypatch, message_boxes, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime
    from types import SimpleNamespace

    from mesodesk.services import startup

    backup = SimpleNamespace(path=tmp_path / "b.mdbak", created=datetime(2026, 1, 2, 3, 4, tzinfo=UTC))
    calls: list[str] = []

    def preflight(url, passphrase=None):  # type: ignore[no-untyped-def]
        calls.append(url)
        return startup.PreflightResult(
            startup.DAMAGED, "The database file x is damaged: bad page.", url, backup=backup
        )  # type: ignore[arg-type]

    monkeypatch.setattr(startup, "preflight", preflight)
    message_boxes.answer = QMessageBox.StandardButton.No  # do not restore
    assert application.open_clinic_database("sqlite:///x.sqlite3") is None
    assert message_boxes.kinds() == ["question"] and "Restore the newest good backup" in message_boxes.texts()
    restored: list = []
    monkeypatch.setattr(application, "restore_backup", lambda *a: restored.append(a) or True)
    results = iter([preflight("u"), startup.PreflightResult(startup.OK, "", "u", engine="ENGINE")])  # type: ignore[arg-type]
    monkeypatch.setattr(startup, "preflight", lambda url, passphrase=None: next(results))
    message_boxes.answer = QMessageBox.StandardButton.Yes
    assert application.open_clinic_database("u") == "ENGINE"
    assert restored and restored[0][0] == backup.path


def test_encrypted_database_asks_for_the_passphrase(qtbot, monkeypatch, message_boxes) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog

    from mesodesk.services import startup

    tried: list = []

    def preflight(url, passphrase=None):  # type: ignore[no-untyped-def]
        tried.append(passphrase)
        if passphrase == "open sesame":
            return startup.PreflightResult(startup.OK, "", url, engine="ENGINE")  # type: ignore[arg-type]
        return startup.PreflightResult(startup.WRONG_PASSPHRASE, "wrong passphrase", url)

    answers = iter([("guess", True), ("open sesame", True)])
    monkeypatch.setattr(startup, "preflight", preflight)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: next(answers)))
    assert application.open_clinic_database("u") == "ENGINE"
    assert tried == [None, "guess", "open sesame"]
    # giving up (Cancel) ends the start without a traceback
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", False)))
    assert application.open_clinic_database("u") is None


def test_the_exit_backup_runs_after_the_window_has_left_the_screen(
    qtbot, sqlite_clinic, sqlite_url, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Closing must not leave a frozen window on screen while the exit backup copies the clinic."""
    from mesodesk.gui.main_window import MainWindow

    monkeypatch.setattr(application, "sign_in", lambda *a, **k: sqlite_clinic.practitioner)
    windows: list[MainWindow] = []

    def exec_stub(*_a):  # quit from the menu: exec returns while the window is still shown
        windows.extend(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        return 0

    monkeypatch.setattr(type(QApplication.instance()), "exec", exec_stub)
    visible_during_backup: list[bool] = []
    monkeypatch.setattr(
        application, "backup_at_exit", lambda engine: visible_during_backup.append(windows[0].isVisible())
    )
    assert run_gui(argparse.Namespace(db=sqlite_url, verbose=False, command=None)) == 0
    try:
        assert visible_during_backup == [False]
    finally:
        windows[0].close()
        windows[0].deleteLater()
