"""The patient chart: alerts that cannot be missed, the record in tabs, and actions from it."""

from __future__ import annotations

import sys
import types
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog

from mesodesk.gui.dialogs.history_dialog import HistoryDialog
from mesodesk.gui.models.chart_table_models import (
    ConsentTableModel,
    PatientFollowUpTableModel,
    PlanTableModel,
    ReactionTableModel,
    TimelineTableModel,
)
from mesodesk.gui.models.session_table_model import SessionTableModel
from mesodesk.gui.widgets.patient_chart import PatientChart
from mesodesk.services.followups import PlanInput
from mesodesk.services.reactions import ReactionInput

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")


def record_sessions(clinic, patient_id: int, count: int) -> None:  # type: ignore[no-untyped-def]
    start = datetime.now(UTC).replace(microsecond=0) - timedelta(days=7 * count)
    clinic.ready_to_sign(patient_id)
    for i in range(count):
        clinic.as_practitioner.sessions.record(
            clinic.session_input(patient_id, start + timedelta(days=7 * i)),
            sign_off=True,
            override_reason="discussed with the patient",
        )


def test_alert_banner_shows_allergy(qtbot, sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    patient = sqlite_clinic.patient()
    sqlite_clinic.services.patients.add_allergy(patient.id, "lidocaine", "hives", "severe")
    chart = PatientChart(sqlite_clinic.services)
    qtbot.addWidget(chart)
    chart.show()
    assert chart.set_patient(patient.id)
    assert chart.banner.isVisible()
    assert "lidocaine" in chart.banner.text.text() and "severe" in chart.banner.text.text()
    assert chart.header.name.text() == "Hélène O'Connor"
    assert patient.file_no in chart.header.identity.text()


def test_no_banner_without_alerts(qtbot, sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    patient = sqlite_clinic.patient("Marc", "Petit")
    chart = PatientChart(sqlite_clinic.services)
    qtbot.addWidget(chart)
    chart.show()
    chart.set_patient(patient.id)
    assert not chart.banner.isVisible()
    assert "never reviewed" in chart.header.review.text()


def test_chart_tabs_list_the_record(qtbot, sqlite_clinic, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    patient = c.patient()
    c.as_practitioner.followups.create_plan(PlanInput(patient.id, "Face course", 6, 7, 30))
    record_sessions(c, patient.id, 3)
    sessions = c.services.sessions.for_patient(patient.id)
    c.as_practitioner.reactions.record(
        ReactionInput(
            patient_id=patient.id,
            session_id=sessions[0].id,
            type="bruising",
            area="full_face",
            onset_at=datetime.now(UTC) - timedelta(hours=2),
            severity="severe",
        )
    )
    chart = PatientChart(c.services)
    qtbot.addWidget(chart)
    chart.show()
    chart.set_patient(patient.id)
    assert chart.session_model.rowCount() == 3
    assert chart.reaction_model.rowCount() == 1
    assert chart.plan_model.rowCount() == 1
    assert chart.followup_model.rowCount() >= 1
    kinds = [chart.timeline_model.row_at(r).kind for r in range(chart.timeline_model.rowCount())]
    assert kinds[0] == "due" and kinds.count("session") == 3 and "reaction" in kinds and "plan" in kinds
    assert any("Earlier severe bruising" in a for a in chart.banner.alerts)
    assert chart.session_model.index(0, SessionTableModel.COL_PRACTITIONER).data() == "Dr Zoë Ōtsuka"
    # selecting a session shows its details: areas, products and lots
    chart.tabs.setCurrentIndex(chart.TAB_SESSIONS)
    chart.session_view.selectRow(0)
    detail = chart.session_detail.toPlainText()
    assert "HA-001" in detail and "Full face" in detail
    for model in (
        chart.timeline_model,
        chart.session_model,
        chart.reaction_model,
        chart.plan_model,
        chart.followup_model,
        chart.consent_model,
    ):
        qtmodeltester.check(model)


def test_models_with_no_rows(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    for model in (
        TimelineTableModel(),
        SessionTableModel(),
        ReactionTableModel(),
        PlanTableModel(),
        PatientFollowUpTableModel(),
        ConsentTableModel(),
    ):
        qtmodeltester.check(model)
        assert model.rowCount() == 0 and model.columnCount() == len(model.HEADERS)


def test_assistant_sees_no_clinical_tabs(qtbot, sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    patient = sqlite_clinic.patient()
    record_sessions(sqlite_clinic, patient.id, 1)
    chart = PatientChart(sqlite_clinic.as_assistant)
    qtbot.addWidget(chart)
    chart.set_patient(patient.id)
    assert chart.header.name.text() == "Hélène O'Connor"
    assert not chart.tabs.isTabEnabled(chart.TAB_SESSIONS)
    assert chart.session_model.rowCount() == 0


def test_history_review_reaches_the_database(qtbot, main_window, sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    patient = sqlite_clinic.patient()
    main_window.open_patient(patient.id)
    qtbot.keyClick(main_window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dialog = main_window.last_dialog
    assert isinstance(dialog, HistoryDialog)
    qtbot.keyClick(dialog.checks["anticoagulants"], Qt.Key.Key_Space)
    qtbot.keyClicks(dialog.medications, "warfarin 5 mg")
    qtbot.keyClicks(dialog.substance, "lidocaine")
    qtbot.keyClicks(dialog.reaction, "hives")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.allergy_list.count() == 1
    qtbot.mouseClick(dialog.review_button, Qt.MouseButton.LeftButton)
    chart = sqlite_clinic.services.patients.chart(patient.id, log_view=False)
    assert chart.history.anticoagulants and chart.history.medications == "warfarin 5 mg"
    assert chart.history.reviewed_at is not None and chart.history.reviewed_by_id == sqlite_clinic.admin.id
    assert [a.substance for a in chart.allergies] == ["lidocaine"]
    banner = main_window.chart.banner
    assert banner.isVisible() and "lidocaine" in banner.text.text() and "Anticoagulants" in banner.text.text()


def test_history_refuses_an_empty_allergy(qtbot, sqlite_clinic, message_boxes) -> None:  # type: ignore[no-untyped-def]
    patient = sqlite_clinic.patient()
    dialog = HistoryDialog(sqlite_clinic.services, patient.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.allergy_error.isVisible() and "required" in dialog.allergy_error.text()
    assert sqlite_clinic.services.patients.chart(patient.id, log_view=False).allergies == []


class FakeSessionDialog(QDialog):
    sig_saved = Signal(int)
    opened: list = []

    def __init__(self, services, patient_id, session_id=None, parent=None):  # type: ignore[no-untyped-def]
        super().__init__(parent)
        FakeSessionDialog.opened.append((patient_id, session_id))


def test_double_click_on_a_session_opens_its_editor(qtbot, main_window, sqlite_clinic, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    module = types.ModuleType("mesodesk.gui.dialogs.fake_session")
    module.FakeSessionDialog = FakeSessionDialog  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, module.__name__, module)
    import mesodesk.gui.main_window as mw

    monkeypatch.setitem(mw.EXTERNAL_DIALOGS, "session", ("dialogs.fake_session", "FakeSessionDialog"))
    FakeSessionDialog.opened = []
    patient = sqlite_clinic.patient()
    record_sessions(sqlite_clinic, patient.id, 2)
    main_window.open_patient(patient.id)
    chart = main_window.chart
    chart.tabs.setCurrentIndex(chart.TAB_SESSIONS)
    view = chart.session_view
    qtbot.waitUntil(lambda: view.isVisible() and view.viewport().height() > 50)
    rect = view.visualRect(chart.session_model.index(1, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    session = chart.session_model.row_at(1)
    assert FakeSessionDialog.opened == [(patient.id, session.id)]
    dialog = main_window.last_dialog
    assert isinstance(dialog, FakeSessionDialog) and dialog.isVisible()
    # a save in that dialog refreshes the chart
    record_sessions(sqlite_clinic, patient.id, 1)
    dialog.sig_saved.emit(session.id)
    assert chart.session_model.rowCount() == 3
    dialog.close()


def test_missing_dialog_is_explained(qtbot, main_window, sqlite_clinic, message_boxes, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import mesodesk.gui.main_window as mw

    monkeypatch.setitem(mw.EXTERNAL_DIALOGS, "plan", ("dialogs.no_such_dialog", "PlanDialog"))
    patient = sqlite_clinic.patient()
    main_window.open_patient(patient.id)
    main_window.act_plan.trigger()
    assert message_boxes.kinds() == ["information"]
    assert "not available in this version" in message_boxes.texts()
    assert main_window.isVisible()


def test_age_and_birth_date_in_header(qtbot, sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    born = date.today().replace(year=date.today().year - 40) - timedelta(days=1)
    patient = sqlite_clinic.patient("Ana", "Lima", born)
    chart = PatientChart(sqlite_clinic.services)
    qtbot.addWidget(chart)
    chart.set_patient(patient.id)
    assert "40 years" in chart.header.identity.text()


class FakeEraseDialog(QDialog):
    """Stands in for the erase dialog: erases through the service, then says so."""

    sig_erased = Signal(int)

    def __init__(self, services, patient_id, parent=None):  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.services, self.patient_id = services, patient_id

    def erase(self) -> None:
        from mesodesk.services.erasure import ErasureService

        file_no = self.services.patients.get(self.patient_id).file_no
        ErasureService(self.services.ctx).erase_patient(self.patient_id, file_no, compact=False)
        self.sig_erased.emit(self.patient_id)


def test_erased_patient_leaves_the_window(
    qtbot, main_window, sqlite_clinic, monkeypatch, message_boxes
) -> None:  # type: ignore[no-untyped-def]
    module = types.ModuleType("mesodesk.gui.dialogs.fake_erase")
    module.FakeEraseDialog = FakeEraseDialog  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, module.__name__, module)
    import mesodesk.gui.main_window as mw

    monkeypatch.setitem(mw.EXTERNAL_DIALOGS, "erase", ("dialogs.fake_erase", "FakeEraseDialog"))
    patient = sqlite_clinic.patient()
    main_window.search_now()
    main_window.open_patient(patient.id)
    main_window.act_erase.trigger()
    main_window.last_dialog.erase()
    assert (
        main_window.chart.patient_id is None
        and main_window.chart.stack.currentWidget() is main_window.chart.empty
    )
    assert main_window.patient_model.rowCount() == 0
    assert not main_window.act_erase.isEnabled()
    assert message_boxes.calls == []  # no "patient not found" error along the way
    main_window.last_dialog.close()


def jpeg(colour: tuple[int, int, int]) -> bytes:
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (120, 160), colour).save(buffer, "JPEG")
    return buffer.getvalue()


def test_header_shows_the_latest_profile_photo(qtbot, sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    patient = sqlite_clinic.patient()
    chart = PatientChart(sqlite_clinic.services)
    qtbot.addWidget(chart)
    chart.show()
    chart.set_patient(patient.id)
    assert chart.header.photo.toolTip() == "No photo yet"  # initials instead
    photos = sqlite_clinic.as_practitioner.photos
    photos.add(patient.id, jpeg((200, 30, 30)), "old.jpg", "profile", "full_face", date(2024, 1, 1))
    photos.add(patient.id, jpeg((30, 30, 200)), "new.jpg", "profile", "full_face", date(2025, 6, 1))
    photos.add(patient.id, jpeg((30, 200, 30)), "after.jpg", "after", "full_face", date(2025, 7, 1))
    chart.refresh()
    assert "2025-06-01" in chart.header.photo.toolTip()
    image = chart.header.photo.pixmap().toImage()
    centre = image.pixelColor(image.width() // 2, image.height() // 2)
    assert centre.blue() > 150 and centre.red() < 80  # the newest profile photo, not the "after" one
    # the photo strip is made when its tab is first opened, then shows the patient's photos
    assert chart.photo_strip is None
    chart.tabs.setCurrentIndex(chart.TAB_PHOTOS)
    if chart.photo_strip:  # another module: present in this build
        assert chart._photos_for == patient.id


def test_selected_session_shows_its_injection_map(qtbot, sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    from mesodesk.services.sessions import MarkInput

    patient = sqlite_clinic.patient()
    data = sqlite_clinic.session_input(patient.id)
    data.marks = [MarkInput("face_front", 0.4, 0.3), MarkInput("face_front", 0.6, 0.3)]
    sqlite_clinic.as_practitioner.sessions.record(data)
    record_sessions(sqlite_clinic, patient.id, 1)  # an older session without marks
    chart = PatientChart(sqlite_clinic.services)
    qtbot.addWidget(chart)
    chart.show()
    chart.set_patient(patient.id)
    chart.tabs.setCurrentIndex(chart.TAB_SESSIONS)
    row = chart.session_model.find_row(lambda s: bool(s.marks))
    chart.session_view.selectRow(row)
    if chart.map_view is False:
        pytest.skip("the injection map is not part of this build")
    assert chart.map_view.isVisible() and len(chart.map_view.marks()) == 2
    chart.session_view.selectRow(1 - row)
    assert not chart.map_view.isVisible()
