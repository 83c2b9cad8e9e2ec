"""`mesodesk --quit-after SECONDS`: the GUI starts, says what it shows, and quits by itself (smoke tests)."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication

from mesodesk.gui import application

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_installed_gui_starts_and_quits_by_itself(sqlite_clinic, sqlite_url) -> None:  # type: ignore[no-untyped-def]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "mesodesk", "--db", sqlite_url, "--quit-after", "1"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert "mesodesk: quit after 1 s, showing: Sign in — MesoDesk" in done.stderr
    assert "Traceback" not in done.stderr
    assert time.monotonic() - started < 100


def test_quit_after_is_hidden_from_help() -> None:
    from mesodesk.cli import build_parser

    assert "--quit-after" not in build_parser().format_help()
    assert build_parser().parse_args(["--quit-after", "2.5"]).quit_after == 2.5


def test_quit_after_ends_the_main_window_too(qtbot, sqlite_clinic, sqlite_url, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    from mesodesk.gui.main_window import MainWindow

    monkeypatch.setattr(application, "sign_in", lambda *a, **k: sqlite_clinic.practitioner)
    started = time.monotonic()
    try:
        code = application.run_gui(
            argparse.Namespace(db=sqlite_url, verbose=False, command=None, quit_after=0.5)
        )
    finally:
        # closing the last window posted a Quit for an event loop that has ended; left pending, it
        # would end every later test's event loop (in the application, the process exits here)
        QCoreApplication.removePostedEvents(None, QEvent.Type.Quit)
        # and the quit flag it set is cleared by a main loop, as at the start of every app.exec()
        QTimer.singleShot(0, QCoreApplication.quit)
        QCoreApplication.exec()
    assert code == 0
    assert time.monotonic() - started < 60
    assert "showing: My clinic — " in capsys.readouterr().err
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    assert windows and not any(w.isVisible() for w in windows), "the main window was closed"
    for window in windows:
        window.deleteLater()
