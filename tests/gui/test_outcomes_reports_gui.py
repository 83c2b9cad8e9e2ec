"""The GUI twins of `mesodesk report outcomes` and `report progress` (issue 15, items 5 and 6)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from mesodesk.gui.dialogs.report_dialog import ClinicReportsDialog, PatientReportDialog
from mesodesk.services.followups import PlanInput
from mesodesk.services.outcomes import MeasurementInput

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(BytesIO(path.read_bytes())).pages).split())


@pytest.fixture
def saved(monkeypatch):  # type: ignore[no-untyped-def]
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    target: dict[str, Path] = {}
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(
            lambda parent, caption, directory, filter_="": (str(target["path"]), "PDF files (*.pdf)")
        ),
    )
    return opened, target


@pytest.fixture
def patient(sqlite_clinic):  # type: ignore[no-untyped-def]
    clinic = sqlite_clinic
    p = clinic.patient("Zoë", "Ōtsuka")
    start = clinic.today - timedelta(days=60)
    plan = clinic.as_practitioner.followups.create_plan(PlanInput(p.id, "Waist course", 2, 7))
    for k in range(2):
        day = start + timedelta(days=7 * k)
        when = datetime(day.year, day.month, day.day, 10, tzinfo=UTC)
        clinic.as_practitioner.sessions.record(clinic.session_input(p.id, when, plan_id=plan.id))
    for days, waist in ((0, 90.0), (8, 87.0)):
        clinic.as_practitioner.outcomes.record_measurements(
            p.id, start + timedelta(days=days), [MeasurementInput("waist", waist)]
        )
    return p


def test_outcomes_report_and_csv_from_the_clinic_reports_dialog(
    qtbot, sqlite_clinic, patient, tmp_path, saved
):
    opened, target = saved
    dialog = ClinicReportsDialog(sqlite_clinic.services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.setCurrentIndex(dialog.kind.findData("outcomes"))
    assert dialog.group_by.isVisible() and dialog.with_csv.isVisible() and not dialog.lot_edit.isVisible()
    dialog.group_by.setCurrentIndex(dialog.group_by.findData("formula"))
    dialog.with_csv.setChecked(True)
    target["path"] = tmp_path / "outcomes.pdf"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=30_000)
    text = _text(tmp_path / "outcomes.pdf")
    assert "by formula" in text and "Face revitalisation" in text and "-3.0" in text and "100%" in text
    assert (tmp_path / "outcomes.csv").read_text(encoding="utf-8-sig").startswith("formula,course_id")


def test_progress_sheet_from_the_patient_print_dialog(qtbot, sqlite_clinic, patient, tmp_path, saved):
    opened, target = saved
    dialog = PatientReportDialog(sqlite_clinic.services, patient.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.radios["progress"].setChecked(True)
    target["path"] = tmp_path / "progress.pdf"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=30_000)
    assert "3 cm less than at the start: better" in _text(tmp_path / "progress.pdf")
    assistant = PatientReportDialog(sqlite_clinic.as_assistant, patient.id)
    qtbot.addWidget(assistant)
    assert not assistant.radios["progress"].isEnabled()
