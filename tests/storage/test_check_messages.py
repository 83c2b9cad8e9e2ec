"""Issue 13, failure 7 (second half) and the log promise: `mesodesk check` tells busy from damaged, reports a
text cell of invalid UTF-8 instead of crashing, and no traceback puts a patient's name in the log."""

from __future__ import annotations

import sqlite3
import threading
import time

from mesodesk import cli
from mesodesk.app import log_dir
from mesodesk.db.engine import sqlite_path

NAME = "Quartermaine"


def _path(clinic):  # type: ignore[no-untyped-def]
    path = sqlite_path(clinic.engine.url.render_as_string(hide_password=False))
    assert path is not None
    return path


def _log_text() -> str:
    """Every log file the 'mesodesk' logger writes to (the first CLI call of the test run set it up)."""
    import logging
    import logging.handlers
    from pathlib import Path

    paths = {log_dir() / "mesodesk.log"}
    for handler in logging.getLogger("mesodesk").handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            handler.flush()
            paths.add(Path(handler.baseFilename))
    return "".join(p.read_text(encoding="utf-8", errors="replace") for p in paths if p.exists())


def test_invalid_utf8_is_reported_and_never_logged(sqlite_clinic, capsys):
    patient = sqlite_clinic.patient("Zoë", NAME, notes="reacts to lidocaine")
    path = _path(sqlite_clinic)
    sqlite_clinic.engine.dispose()
    conn = sqlite3.connect(path)
    conn.execute(
        "UPDATE patients SET notes = CAST(? AS TEXT) WHERE id = ?",
        (f"{NAME} \xff".encode("latin-1"), patient.id),
    )
    conn.commit()
    conn.close()
    assert cli.main(["--db", str(path), "check"]) == 1  # a finding, not a crash (exit 70)
    err = capsys.readouterr().err
    assert f"patients row {patient.id}: notes holds text that is not valid UTF-8" in err
    assert NAME not in err and NAME not in _log_text()


def test_a_long_write_lock_is_busy_not_a_damaged_index(sqlite_clinic, capsys):
    sqlite_clinic.patient()
    path = _path(sqlite_clinic)
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    released = threading.Event()

    def release_later() -> None:
        time.sleep(14)
        holder.execute("ROLLBACK")
        released.set()

    threading.Thread(target=release_later, daemon=True).start()
    try:
        assert cli.main(["--db", str(path), "check"]) == 2  # a known condition, said plainly
    finally:
        released.wait(30)
        holder.close()
    err = capsys.readouterr().err
    assert "busy" in err and "damaged" not in err


def test_a_folder_given_as_the_database_is_a_clear_message(tmp_path, capsys):
    assert cli.main(["--db", str(tmp_path), "check"]) == 2
    assert "is a folder" in capsys.readouterr().err


def test_a_traceback_in_the_log_holds_types_and_places_only(sqlite_clinic, monkeypatch, capsys):
    """The canary: a patient's name in a failing path never reaches the log file."""
    from mesodesk.services import integrity

    def failing(engine, **_):  # type: ignore[no-untyped-def]
        raise RuntimeError(f"photo caption: {NAME}, left cheek")

    monkeypatch.setattr(integrity, "CHECKS", (failing,))
    path = _path(sqlite_clinic)
    assert cli.main(["--db", str(path), "check"]) == 70
    log = _log_text()
    assert "RuntimeError" in log and "failing" in log and "Traceback" in log
    assert NAME not in log and NAME not in capsys.readouterr().err
