"""The print dialogs: choose, save (QFileDialog patched), build off the GUI thread, open the PDF."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from mesodesk.gui.dialogs.report_dialog import ClinicReportsDialog, PatientReportDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def opened(monkeypatch):  # type: ignore[no-untyped-def]
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: urls.append(url) or True))
    return urls


def _save_to(monkeypatch, path: Path) -> list[str]:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def fake(parent, caption, directory, filter_=""):  # type: ignore[no-untyped-def]
        asked.append(directory)
        return str(path), "PDF files (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return asked


def _text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(BytesIO(path.read_bytes())).pages)


@pytest.fixture
def patient(sqlite_clinic):  # type: ignore[no-untyped-def]
    p = sqlite_clinic.patient("Zoë", "Ōtsuka-Łukasiewicz")
    when = datetime.now(UTC).replace(microsecond=0) - timedelta(days=400)
    sqlite_clinic.services.sessions.record(sqlite_clinic.session_input(p.id, when))
    sqlite_clinic.services.sessions.record(sqlite_clinic.session_input(p.id, when + timedelta(days=390)))
    return p


def test_patient_summary_is_written_and_opened(
    qtbot, sqlite_clinic, patient, tmp_path_factory, monkeypatch, opened, message_boxes
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path_factory.mktemp("out") / "summary"
    asked = _save_to(monkeypatch, target)
    dialog = PatientReportDialog(sqlite_clinic.services, patient.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.section_boxes["history"].setChecked(False)
    dialog.limit_dates.setChecked(True)  # the last year only: one of the two sessions
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=20_000)
    written = target.with_suffix(".pdf")
    assert opened[0].toLocalFile() == str(written) and dialog.written == written
    assert asked[0].endswith("summary-MD-000001.pdf")
    text = _text(written)
    assert "ŌTSUKA-ŁUKASIEWICZ, Zoë" in text and "Sessions (1)" in text and "Medical history" not in text
    assert message_boxes.calls == []


def test_session_record_and_bad_path(
    qtbot, sqlite_clinic, patient, tmp_path_factory, monkeypatch, opened, message_boxes
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("out")
    dialog = PatientReportDialog(sqlite_clinic.services, patient.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.session_combo.count() == 2 and not dialog.radios["consent"].isEnabled()
    dialog.radios["session"].setChecked(True)
    assert not dialog.summary_box.isEnabled() and dialog.session_combo.isEnabled()
    _save_to(monkeypatch, folder / "missing" / "session.pdf")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(message_boxes.calls), timeout=20_000)
    assert message_boxes.kinds() == ["warning"] and "does not exist" in message_boxes.texts()
    assert "does not exist" in dialog.status.text() and dialog.save_button.isEnabled() and opened == []
    _save_to(monkeypatch, folder / "session.pdf")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=20_000)
    assert "Session record" in _text(folder / "session.pdf")


def test_clinic_reports_dialog(
    qtbot, sqlite_clinic, patient, tmp_path_factory, monkeypatch, opened, message_boxes
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("out")
    dialog = ClinicReportsDialog(sqlite_clinic.services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.setCurrentIndex(dialog.kind.findData("recall"))
    assert dialog.lot_edit.isVisible() and not dialog.dates_row.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "lot number" in dialog.status.text() and opened == []
    qtbot.keyClicks(dialog.lot_edit, "LI-001")
    _save_to(monkeypatch, folder / "recall.pdf")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=20_000)
    assert "Ōtsuka-Łukasiewicz" in _text(folder / "recall.pdf")

    dialog.kind.setCurrentIndex(dialog.kind.findData("reactions"))
    dialog.date_to.set_date(dialog.date_from.date() - timedelta(days=1))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "before the start" in dialog.status.text()
    dialog.date_to.set_date(date.today())
    _save_to(monkeypatch, folder / "reactions.pdf")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=20_000)
    assert "By product" in _text(folder / "reactions.pdf")
    assert message_boxes.calls == []


def test_assistant_sees_only_what_the_role_allows(qtbot, sqlite_clinic, patient) -> None:  # type: ignore[no-untyped-def]
    dialog = ClinicReportsDialog(sqlite_clinic.as_assistant)
    qtbot.addWidget(dialog)
    assert [dialog.kind.itemData(i) for i in range(dialog.kind.count())] == ["followups"]
    patient_dialog = PatientReportDialog(sqlite_clinic.as_assistant, patient.id)
    qtbot.addWidget(patient_dialog)
    assert not patient_dialog.radios["session"].isEnabled()
    assert (
        not patient_dialog.section_boxes["sessions"].isEnabled() and not patient_dialog.photos_box.isChecked()
    )


def test_main_window_opens_the_dialogs(main_window, sqlite_clinic, patient) -> None:  # type: ignore[no-untyped-def]
    dialog = main_window.open_external("patient_report", patient.id)
    assert isinstance(dialog, PatientReportDialog) and dialog.patient_id == patient.id
    assert isinstance(main_window.open_external("clinic_reports"), ClinicReportsDialog)
