"""Plan and consent dialogs, driven through their widgets."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from mesodesk.gui.dialogs.consent_dialog import ConsentDialog
from mesodesk.gui.dialogs.plan_dialog import PlanDialog
from mesodesk.gui.widgets.signature_pad import SignaturePad
from mesodesk.services.catalogue import ProtocolInput

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def no_blocking_messages(monkeypatch):  # type: ignore[no-untyped-def]
    def fail(_parent, _title, text, *a, **k):  # type: ignore[no-untyped-def]
        raise AssertionError(f"unexpected message: {text}")

    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, fail)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


def set_spin(qtbot, spin, value: int) -> None:  # type: ignore[no-untyped-def]
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))
    spin.interpretText()


def test_plan_created_gives_follow_ups(qtbot, sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    patient = c.patient()
    dlg = PlanDialog(c.as_practitioner, patient.id)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.keyClicks(dlg.name_edit, "Cellulite course")
    set_spin(qtbot, dlg.sessions_spin, 4)
    set_spin(qtbot, dlg.interval_spin, 10)
    set_spin(qtbot, dlg.maintenance_spin, 30)
    start = date.today() + timedelta(days=3)
    dlg.start_edit.set_date(dlg.start_edit.date() + timedelta(days=3))
    sessions = [d for d, what in dlg.preview_dates() if what.startswith("Session")]
    assert sessions == [start + timedelta(days=10 * i) for i in range(4)]
    assert dlg.preview.topLevelItemCount() == 4 + 4 + 3  # sessions, check calls, maintenance
    with qtbot.waitSignal(dlg.sig_saved) as saved:
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    chart = c.services.patients.chart(patient.id, log_view=False)
    [plan] = chart.plans
    assert plan.id == saved.args[0]
    assert (
        plan.name,
        plan.course_sessions,
        plan.course_interval_days,
        plan.maintenance_interval_days,
        plan.check_call_hours,
        plan.start_date,
    ) == ("Cellulite course", 4, 10, 30, 48, start)
    assert [(f.kind, f.due_date) for f in chart.follow_ups] == [("course", start)]


def test_plan_from_protocol_and_missing_name(qtbot, sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    c.services.catalogue.save_protocol(
        ProtocolInput(
            "Hair loss",
            "alopecia",
            ["scalp"],
            course_sessions=8,
            course_interval_days=14,
            maintenance_interval_days=None,
            check_call_hours=24,
        )
    )
    patient = c.patient()
    dlg = PlanDialog(c.as_practitioner, patient.id)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)  # no name yet
    assert dlg.findChild(type(dlg.errors.general), "error_name").text() == "is required"
    assert c.services.patients.chart(patient.id, log_view=False).plans == []
    dlg.protocol_combo.setFocus()
    qtbot.keyClick(dlg.protocol_combo, Qt.Key.Key_Down)
    assert dlg.name_edit.text() == "Hair loss" and dlg.sessions_spin.value() == 8
    assert not dlg.maintenance_check.isChecked()
    with qtbot.waitSignal(dlg.sig_saved):
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    [plan] = c.services.patients.chart(patient.id, log_view=False).plans
    assert (
        plan.course_sessions,
        plan.course_interval_days,
        plan.maintenance_interval_days,
        plan.check_call_hours,
    ) == (8, 14, None, 24)
    assert plan.protocol_id is not None


def draw_signature(qtbot, pad: SignaturePad) -> None:  # type: ignore[no-untyped-def]
    h = pad.height()
    for stroke in (
        [(30, h // 2), (60, h // 3), (90, h // 2), (120, h // 3), (150, h // 2)],
        [(170, h // 3), (200, 2 * h // 3), (240, h // 3)],
    ):
        QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*stroke[0]))
        for x, y in stroke[1:]:
            QTest.mouseMove(pad, QPoint(x, y))
        QTest.mouseRelease(
            pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*stroke[-1])
        )


def test_consent_with_drawn_signature_is_stored(qtbot, sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    patient = c.patient()
    dlg = ConsentDialog(c.services, patient.id)  # the administrator may set up the consent text
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    assert dlg.no_text_banner.isVisible() and dlg.text_combo.count() == 0
    qtbot.mouseClick(dlg.create_text_button, Qt.MouseButton.LeftButton)
    [text] = c.services.clinic.consent_texts()
    assert (text.code, text.version) == ("mesotherapy", "1") and "mesotherapy" in text.title.lower()
    assert not dlg.no_text_banner.isVisible() and "Risks and side effects" in dlg.body_view.toPlainText()

    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)  # not signed yet
    assert "signature" in dlg.field_error("signature")
    assert c.services.patients.chart(patient.id, log_view=False).consents == []

    draw_signature(qtbot, dlg.signature_pad)
    assert not dlg.signature_pad.is_empty() and dlg.signature_pad.stroke_count() == 2
    with qtbot.waitSignal(dlg.sig_saved):
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    [(consent, consent_text)] = c.services.patients.chart(patient.id, log_view=False).consents
    assert consent_text.id == text.id and consent.signature_source == "drawn"
    assert consent.practitioner_id == c.admin.id
    assert "Bruising" in consent.risks_discussed
    png = QImage.fromData(consent.signature_png, "PNG")
    assert consent.signature_png.startswith(b"\x89PNG") and not png.isNull()
    inked = sum(
        1
        for x in range(0, png.width(), 2)
        for y in range(0, png.height(), 2)
        if png.pixelColor(x, y).alpha() > 0
    )
    assert inked > 50  # real strokes, not an empty canvas


def test_scanned_signature_and_clear(qtbot, sqlite_clinic, tmp_path) -> None:  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    c.services.clinic.add_consent_text("mesotherapy", "1", "Consent", "# Consent\n\nText.")
    patient = c.patient()
    dlg = ConsentDialog(c.as_practitioner, patient.id)
    qtbot.addWidget(dlg)
    dlg.show()
    draw_signature(qtbot, dlg.signature_pad)
    qtbot.mouseClick(dlg.clear_button, Qt.MouseButton.LeftButton)
    assert dlg.signature_pad.is_empty() and dlg.signature_pad.to_png() == b""
    scan = QImage(300, 100, QImage.Format.Format_RGB32)
    scan.fill(QColor("white"))
    scan.save(str(tmp_path / "scan.png"))
    assert dlg.load_scan_file(str(tmp_path / "scan.png"))
    assert dlg.signature_source.text() == "Scanned signature"
    with qtbot.waitSignal(dlg.sig_saved):
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    [(consent, _)] = c.services.patients.chart(patient.id, log_view=False).consents
    assert consent.signature_source == "scanned" and consent.practitioner_id == c.practitioner.id


def test_signature_pad_follows_a_pen_with_pressure(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QInputDevice, QPointingDevice, QTabletEvent
    from PySide6.QtWidgets import QApplication

    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(400, 150)
    pad.show()
    pen = QPointingDevice(
        "test pen",
        1,
        QInputDevice.DeviceType.Stylus,
        QPointingDevice.PointerType.Pen,
        QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
        1,
        3,
    )

    def send(kind, x: float, pressure: float, buttons) -> None:  # type: ignore[no-untyped-def]
        QApplication.sendEvent(
            pad,
            QTabletEvent(
                kind,
                pen,
                QPointF(x, 60),
                QPointF(x, 60),
                pressure,
                0.0,
                0.0,
                0.0,
                0.0,
                0.0,
                Qt.KeyboardModifier.NoModifier,
                Qt.MouseButton.LeftButton,
                buttons,
            ),
        )

    with qtbot.waitSignal(pad.sig_changed):
        send(QEvent.Type.TabletPress, 20, 0.2, Qt.MouseButton.LeftButton)
        for i in range(1, 8):
            send(QEvent.Type.TabletMove, 20 + 15 * i, 0.2 + 0.1 * i, Qt.MouseButton.LeftButton)
        send(QEvent.Type.TabletRelease, 140, 0.0, Qt.MouseButton.NoButton)
    assert pad.stroke_count() == 1 and not pad.is_empty()
    pressures = [p for _, p in pad._strokes[0]]
    assert pressures[0] == pytest.approx(0.2) and max(pressures) > 0.8  # the line thickens as the pen presses
    assert QImage.fromData(pad.to_png(), "PNG").width() > 200
