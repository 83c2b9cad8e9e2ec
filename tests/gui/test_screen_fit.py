"""Every window fits its screen: under a real X server at 1280 × 800 the session editor opened 860 px
tall, its Save and Sign buttons below the screen's edge."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout

from mesodesk.gui import app_filters, fit

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")


def test_the_session_editor_fits_a_laptop_screen(qtbot, sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    from mesodesk.gui.dialogs.session_editor import SessionEditorDialog

    patient = sqlite_clinic.patient()
    editor = SessionEditorDialog(sqlite_clinic.as_practitioner, patient.id)
    qtbot.addWidget(editor)
    for area in (QRect(0, 0, 1366, 768), QRect(0, 0, 1024, 700), QRect(0, 32, 1280, 768)):
        editor.resize(1180, 860)
        editor.move(40, 0)
        fit.keep_on_screen(editor, area)
        assert area.contains(editor.geometry()), (area, editor.geometry())


def test_every_window_shown_is_kept_on_its_screen(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    fit.install(qapp)
    try:
        dialog = QDialog()
        QVBoxLayout(dialog).addWidget(QDialogButtonBox(QDialogButtonBox.StandardButton.Save))
        qtbot.addWidget(dialog)
        dialog.resize(5000, 5000)
        dialog.show()
        area = dialog.screen().availableGeometry()
        assert dialog.width() <= area.width() and dialog.height() <= area.height()
    finally:
        app_filters.remove_all(qapp)
