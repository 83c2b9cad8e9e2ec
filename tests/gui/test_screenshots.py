"""Render the main window of a demo clinic to PNG files (MESODESK_SCREENSHOTS=dir keeps them)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import func, select

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")


def save(widget: QWidget, folder: Path, name: str) -> Path:
    QApplication.processEvents()
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


def assert_non_trivial(path: Path) -> None:
    assert path.stat().st_size > 8_000, path
    image = QImage(str(path))
    assert image.width() >= 300 and image.height() >= 200
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 40, f"{path} is nearly one colour"


@pytest.fixture
def shots_dir(tmp_path) -> Path:  # type: ignore[no-untyped-def]
    folder = Path(os.environ.get("MESODESK_SCREENSHOTS") or tmp_path / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_main_window_screenshots(qtbot, sqlite_engine, gui_settings, shots_dir, message_boxes) -> None:  # type: ignore[no-untyped-def]
    from mesodesk.db import models as m
    from mesodesk.gui.main_window import MainWindow
    from mesodesk.services import Services
    from mesodesk.services.context import ServiceContext
    from mesodesk.services.demo import build_demo

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        build_demo(sqlite_engine, patients=300)
        system = Services(ServiceContext(sqlite_engine))
        user = next(u for u in system.users.all_users() if u.username == "dr.martin")
        services = system.as_user(user.actor)
        window = MainWindow(services, "clinic.sqlite3", user, settings=gui_settings)
        qtbot.addWidget(window)
        window.resize(1400, 880)
        window.show()
        qtbot.waitExposed(window)
        with sqlite_engine.connect() as conn:  # a patient with an allergy and the most sessions
            patient_id = conn.scalar(
                select(m.TreatmentSession.patient_id)
                .join(m.Allergy, m.Allergy.patient_id == m.TreatmentSession.patient_id)
                .group_by(m.TreatmentSession.patient_id)
                .order_by(func.count(m.TreatmentSession.id).desc())
                .limit(1)
            )
        shots = [save(window, shots_dir, "today")]  # the home screen: no patient open yet
        window.open_patient(patient_id)
        assert window.chart.banner.isVisible()
        shots.append(save(window, shots_dir, "main_window"))
        window.chart.tabs.setCurrentIndex(window.chart.TAB_SESSIONS)
        window.chart.session_view.selectRow(0)
        shots.append(save(window, shots_dir, "chart_sessions"))
        window.chart.tabs.setCurrentIndex(window.chart.TAB_HISTORY)
        shots.append(save(window, shots_dir, "chart_history"))
        window.show_followups()
        window.chart.tabs.setCurrentIndex(window.chart.TAB_PLAN)
        shots.append(save(window, shots_dir, "followups"))
        window.followups_dock.hide()
        editor = window.edit_patient()
        shots.append(save(editor, shots_dir, "patient_editor"))
        editor.close()
        session_id = window.chart.session_model.row_at(0).id
        session_editor = window.open_session(session_id)
        if session_editor is not None:  # the session editor is another module; shown when present
            session_editor.resize(1200, 800)
            shots.append(save(session_editor, shots_dir, "session_editor"))
            session_editor.close()
        window.lock()
        shots.append(save(window.lock_dialog, shots_dir, "locked"))
        for path in shots:
            assert_non_trivial(path)
    finally:
        QLocale.setDefault(QLocale.system())
