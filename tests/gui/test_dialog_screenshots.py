"""Render the session editor filled with realistic data to PNG (under $MESODESK_SCREENSHOTS if set)."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from mesodesk.gui.dialogs.session_editor import SessionEditorDialog
from mesodesk.services.sessions import AreaInput, MarkInput

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def distinct_colours(image: QImage, step: int = 7) -> int:
    return len(
        {image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)}
    )


def test_session_editor_screenshot(qtbot, sqlite_clinic, tmp_path) -> None:  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    out = Path(os.environ.get("MESODESK_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    patient = c.patient()
    c.services.patients.add_allergy(patient.id, "lidocaine", "hives", "moderate")
    data = c.session_input(
        patient.id,
        when=datetime.now(UTC) - timedelta(days=14),
        marks=[MarkInput("face_front", 0.42, 0.35), MarkInput("face_front", 0.58, 0.35)],
    )
    c.as_practitioner.sessions.record(data)

    dlg = SessionEditorDialog(c.as_practitioner, patient.id)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.repeat_last()
    dlg.indications_edit.setText("fine lines, skin hydration")
    dlg.areas_model.add_row(AreaInput("neck", "nappage", "multi_injector", 32, 4.0, 1.5, 60, 1.5))
    dlg.areas_model.add_row(AreaInput("periorbital", "point_by_point", "syringe", 32, 4.0, 5.0, 12, 0.4))
    dlg.save()  # stops at the warning panel: unusual depth, lidocaine allergy
    assert dlg.warning_panel.isVisible()
    path = out / "session_editor.png"
    assert dlg.grab().save(str(path))
    image = QImage(str(path))
    assert image.width() >= 1000 and image.height() >= 700
    assert distinct_colours(image) > 40  # text, tables, banners: not a blank window
    dlg.tabs.setCurrentIndex(2)
    map_path = out / "session_editor_map.png"
    assert dlg.grab().save(str(map_path))
    assert distinct_colours(QImage(str(map_path))) > 20
    dlg._baseline = dlg._state()  # nothing to confirm when the test closes it
