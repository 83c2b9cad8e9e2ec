"""The import wizard driven as a user would: file, mapping, report, import (and cancel)."""

from __future__ import annotations

import json
import threading
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWizard
from sqlalchemy import func, select

from mesodesk.db.models import AuditEntry, Patient
from mesodesk.gui.dialogs.export_dialog import ExportPatientDialog
from mesodesk.gui.dialogs.import_wizard import ImportWizard
from mesodesk.services.patient_import import PatientImportService

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def count(engine, model=Patient) -> int:
    with engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(model))


@pytest.fixture
def spreadsheet(tmp_path):
    """Excel, French locale: cp1252 and semicolons; an unknown column, a bad date in row 17."""
    lines = ["Nom de jeune fille;Prénom;Date de naissance;Courriel"]
    for row in range(2, 22):
        born = "31/02/1980" if row == 17 else f"{row:02d}/03/1971"
        lines.append(f"Légère{row:02d};Zoé;{born};")
    path = tmp_path / "patients.csv"
    path.write_bytes("\r\n".join(lines).encode("cp1252"))
    return path


def open_wizard(qtbot, clinic, path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    wizard = ImportWizard(clinic.services)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.mouseClick(wizard.file_page.browse_button, Qt.MouseButton.LeftButton)
    assert wizard.file_page.path_edit.text() == str(path)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    return wizard


def test_wizard_maps_reports_and_imports(
    qtbot, sqlite_clinic, spreadsheet, monkeypatch, message_boxes, tmp_path
):
    wizard = open_wizard(qtbot, sqlite_clinic, spreadsheet, monkeypatch)
    page = wizard.mapping_page
    assert wizard.currentPage() is page
    assert "cp1252" in page.info.text() and "20 rows" in page.info.text()
    # 'Nom de jeune fille' is not a known header: last name is missing, Next is disabled
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "Last name" in page.missing.text()
    assert page.model.rowCount() == 20 and page.model.columnCount() == 4
    assert "not imported" in page.model.headerData(0, Qt.Orientation.Horizontal)
    combo = page.combos[0]
    combo.setCurrentIndex(combo.findData("last_name"))
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "Last name" in page.model.headerData(0, Qt.Orientation.Horizontal)
    assert page.model.headerData(0, Qt.Orientation.Vertical) == "2"
    wizard.grab().save(str(tmp_path / "mapping.png"))

    wizard.next()
    report = wizard.report_page
    assert wizard.currentPage() is report
    assert "19 without problems" in report.summary.text()
    assert report.model.rowCount() == 1
    idx = report.model.index
    assert (report.model.data(idx(0, 0)), report.model.data(idx(0, 1))) == ("17", "Date of birth")
    assert count(sqlite_clinic.engine) == 0  # the check wrote nothing
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "Import"

    wizard.next()
    page = wizard.import_page
    qtbot.waitUntil(lambda: page.finished_ok, timeout=15000)
    assert "19 patients imported" in page.status.text()
    assert count(sqlite_clinic.engine) == 19
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    assert message_boxes.calls == []


def test_cancel_during_import_rolls_everything_back(
    qtbot, sqlite_clinic, spreadsheet, monkeypatch, message_boxes
):
    sqlite_clinic.patient("Already", "There")
    before = (count(sqlite_clinic.engine), count(sqlite_clinic.engine, AuditEntry))
    started, clicked = threading.Event(), threading.Event()
    original = PatientImportService.import_rows

    def slow_import(self, rows, **kw):  # type: ignore[no-untyped-def]
        cancel = kw["cancel"]

        def cancel_after_some(state={"n": 0}):  # type: ignore[no-untyped-def]  # noqa: B006 - a counter kept between calls
            state["n"] += 1
            if state["n"] == 5:  # five patients are written, then the user clicks Cancel
                started.set()
                clicked.wait(10)
            return cancel()

        kw["cancel"] = cancel_after_some
        return original(self, rows, **kw)

    monkeypatch.setattr(PatientImportService, "import_rows", slow_import)
    wizard = open_wizard(qtbot, sqlite_clinic, spreadsheet, monkeypatch)
    wizard.mapping_page.combos[0].setCurrentIndex(wizard.mapping_page.combos[0].findData("last_name"))
    wizard.next()
    wizard.next()
    page = wizard.import_page
    qtbot.waitUntil(started.is_set, timeout=15000)
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    clicked.set()
    qtbot.waitUntil(lambda: not page.running, timeout=15000)
    assert "cancelled" in page.status.text()
    assert (count(sqlite_clinic.engine), count(sqlite_clinic.engine, AuditEntry)) == before
    assert message_boxes.calls == []  # a cancel is not an error


def test_bad_file_is_refused_on_first_page(qtbot, sqlite_clinic, tmp_path, monkeypatch):
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\x00\x00\x00binary")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    wizard = ImportWizard(sqlite_clinic.services)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert "not a text" in wizard.file_page.error.text()


def test_export_dialog_writes_fhir(qtbot, sqlite_clinic, tmp_path, monkeypatch):
    patient = sqlite_clinic.patient("Hélène", "Lefèvre", date(1980, 2, 3))
    target = tmp_path / "out" / "bundle.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    dialog = ExportPatientDialog(sqlite_clinic.services, patient.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.path_edit.text().endswith(f"record-{patient.file_no}.json")
    dialog.fhir_radio.setChecked(True)
    assert dialog.path_edit.text().endswith(".fhir.json")
    dialog._browse()
    with qtbot.waitSignal(dialog.accepted, timeout=15000):
        dialog.export_button.click()
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["resourceType"] == "Bundle" and data["type"] == "collection"
    assert data["entry"][0]["resource"]["name"][0]["family"] == "Lefèvre"


def test_export_dialog_writes_a_fhir_transaction(qtbot, sqlite_clinic, tmp_path):
    patient = sqlite_clinic.patient("Hélène", "Lefèvre", date(1980, 2, 3))
    dialog = ExportPatientDialog(sqlite_clinic.services, patient.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.transaction_check.isEnabled()  # JSON has no bundle type
    dialog.fhir_radio.setChecked(True)
    assert dialog.transaction_check.isEnabled()
    qtbot.keyClick(dialog.transaction_check, Qt.Key.Key_Space)  # by keyboard
    assert dialog.transaction_check.isChecked()
    target = tmp_path / "tx.json"
    dialog.path_edit.setText(str(target))
    dialog.grab().save(str(tmp_path / "export.png"))
    with qtbot.waitSignal(dialog.accepted, timeout=15000):
        dialog.export_button.click()
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["type"] == "transaction" and all(e["request"]["method"] == "PUT" for e in data["entry"])


def test_main_window_opens_import_and_export(
    qtbot, main_window, sqlite_clinic, spreadsheet, monkeypatch, message_boxes
):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(spreadsheet), "")))
    main_window.act_import.trigger()
    wizard = main_window.last_dialog
    assert isinstance(wizard, ImportWizard) and wizard.isVisible()
    wizard.file_page.browse_button.click()
    wizard.next()
    wizard.mapping_page.combos[0].setCurrentIndex(wizard.mapping_page.combos[0].findData("last_name"))
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.import_page.finished_ok, timeout=15000)
    assert count(sqlite_clinic.engine) == 19
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert message_boxes.calls == []
    patient = sqlite_clinic.services.patients.search("legere17")
    assert patient == []  # row 17 (bad date) was left out
    pid = sqlite_clinic.services.patients.search("legere16")[0].id
    dialog = main_window.open_external("export", pid)
    assert isinstance(dialog, ExportPatientDialog) and dialog.patient_id == pid
    dialog.reject()


def test_table_models_pass_the_model_tester(qtmodeltester):
    from mesodesk.gui.models.import_models import IssueTableModel, PreviewTableModel
    from mesodesk.services.patient_import import ImportResult, PossibleDuplicate, RowProblem

    preview = PreviewTableModel()
    preview.set_table(
        ["Nom", "Prénom", "Shoe"],
        ["last_name", "first_name", ""],
        [(2, ["Dupont", "Jean", "42"]), (4, ["Durand", "Anne\nMarie"])],
    )  # a short row
    qtmodeltester.check(preview)
    assert preview.data(preview.index(1, 1)) == "Anne ⏎ Marie"
    assert preview.data(preview.index(1, 2)) == ""
    assert preview.headerData(1, Qt.Orientation.Vertical) == "4"
    issues = IssueTableModel()
    issues.set_result(
        ImportResult(
            total=3,
            problems=[RowProblem(3, "date_of_birth", "is in the future")],
            duplicates=[PossibleDuplicate(2, "file_no", 7, "A-1", "Jean Dupont")],
        )
    )
    qtmodeltester.check(issues)
    assert [issues.data(issues.index(r, 0)) for r in range(2)] == ["2", "3"]
    assert issues.data(issues.index(1, 1)) == "Date of birth"


def test_closing_the_wizard_during_import_cancels_it(
    qtbot, sqlite_clinic, spreadsheet, monkeypatch, message_boxes
):
    started, release = threading.Event(), threading.Event()
    original = PatientImportService.import_rows

    def held_import(self, rows, **kw):  # type: ignore[no-untyped-def]
        cancel = kw["cancel"]

        def wait_then_ask() -> bool:
            started.set()
            release.wait(10)
            return cancel()

        kw["cancel"] = wait_then_ask
        return original(self, rows, **kw)

    monkeypatch.setattr(PatientImportService, "import_rows", held_import)
    wizard = open_wizard(qtbot, sqlite_clinic, spreadsheet, monkeypatch)
    wizard.mapping_page.combos[0].setCurrentIndex(wizard.mapping_page.combos[0].findData("last_name"))
    wizard.next()
    wizard.next()
    qtbot.waitUntil(started.is_set, timeout=15000)
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert wizard.isVisible()  # it waits for the worker to roll back
    release.set()
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=15000)
    assert wizard.result() == QWizard.DialogCode.Rejected
    assert count(sqlite_clinic.engine) == 0
    assert message_boxes.calls == []


def test_wizard_asks_the_date_order_of_an_ambiguous_file(
    qtbot, sqlite_clinic, tmp_path, monkeypatch, message_boxes
):
    """Issue 14: English headers and every date <= 12/12: Next stays off until the order is chosen."""
    path = tmp_path / "us.csv"
    path.write_text("Last name,First name,DOB\nAdams,Ann,03/04/1975\nBaker,Bob,06/05/25\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    wizard = ImportWizard(sqlite_clinic.services, locale_hint="C")
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.mouseClick(wizard.file_page.browse_button, Qt.MouseButton.LeftButton)
    wizard.next()
    page = wizard.mapping_page
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "choose the order" in page.date_note.text()
    page.date_order.setFocus()
    qtbot.keyClick(page.date_order, Qt.Key.Key_Down)  # by keyboard: 'Day/month/year'
    qtbot.keyClick(page.date_order, Qt.Key.Key_Down)  # 'Month/day/year'
    assert page.date_order.currentData() == "mdy"
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "month/day/year" in page.date_note.text()
    wizard.resize(900, 560)
    wizard.grab().save(str(tmp_path / "date_order.png"))
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.import_page.finished_ok, timeout=15000)
    with sqlite_clinic.engine.connect() as conn:
        got = dict(conn.execute(select(Patient.last_name, Patient.date_of_birth)).all())
    assert got == {"Adams": date(1975, 3, 4), "Baker": date(1925, 6, 5)}
    assert message_boxes.calls == []


def test_wizard_imports_an_xlsx_workbook(qtbot, sqlite_clinic, monkeypatch, message_boxes):
    from pathlib import Path

    path = Path(__file__).parents[1] / "interop" / "fixtures" / "en_us.xlsx"
    wizard = open_wizard(qtbot, sqlite_clinic, path, monkeypatch)
    page = wizard.mapping_page
    assert "xlsx workbook" in page.info.text()
    assert "date cells" in page.date_note.text()
    assert page.model.data(page.model.index(0, 3)) == "1975-03-04"
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.import_page.finished_ok, timeout=15000)
    assert count(sqlite_clinic.engine) == 10
