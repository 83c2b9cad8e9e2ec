"""The Qt binding keeps Python's reference counts (CI aborted at exit with PySide6 6.12.0 on 3.11).

CI's run of 952 tests passed and then aborted: "Fatal Python error: bool_dealloc: deallocating True
or False" while the interpreter was finalizing. PySide6 6.12.0 releases None on every Qt call that
returns nothing and True on every signal emitted, under Python 3.11.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from mesodesk.gui import qt_check


def test_the_installed_binding_loses_no_reference_on_calls_the_application_makes(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget, box, line = QWidget(), QCheckBox(), QLineEdit()
    qtbot.addWidget(widget)

    def exercise() -> None:
        widget.setToolTip("x")
        widget.setEnabled(True)
        box.setChecked(not box.isChecked())
        line.setText(str(len(line.text())))

    assert qt_check.reference_leak(exercise) == (0, 0, 0)
    assert qt_check.binding_problem() is None


def test_a_binding_that_loses_references_is_named_with_what_to_do() -> None:
    decref = ctypes.pythonapi.Py_DecRef
    decref.argtypes = [ctypes.py_object]
    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]
    calls = 0

    def leaky() -> None:  # what PySide6 6.12.0 does to None on every void call
        nonlocal calls
        calls += 1
        decref(None)

    try:
        problem = qt_check.binding_problem(leaky)
    finally:
        for _ in range(calls):
            incref(None)
    assert problem is not None
    assert "PySide6" in problem and "Python 3.12" in problem
    assert f"{sys.version_info.major}.{sys.version_info.minor}" in problem


def test_the_application_refuses_a_leaking_binding_with_a_message_before_any_window(
    monkeypatch, message_boxes
) -> None:  # type: ignore[no-untyped-def]
    import argparse

    from mesodesk.gui import application

    opened: list[object] = []
    monkeypatch.setattr(qt_check, "reference_leak", lambda exercise=None: (qt_check.CALLS, 0, 0))
    monkeypatch.setattr(application, "open_clinic_database", lambda *a, **k: opened.append(a))
    code = application.run_gui(argparse.Namespace(db=None, verbose=False, quit_after=None))
    assert code == application.EXIT_QT_BINDING
    assert opened == []  # no database was opened
    assert message_boxes.kinds() == ["critical"]
    assert "PySide6" in message_boxes.texts() and "3.12" in message_boxes.texts()
