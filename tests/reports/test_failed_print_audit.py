"""A PDF that failed to write still recorded "print_summary" (issue 13 item 8): the audit trail said a
patient's record was printed when nothing was. Now the print is recorded once the file is written, and
a failure as "<action>_failed" with the error's type."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from mesodesk.db.models import AuditEntry
from mesodesk.reports import exports
from mesodesk.reports.exports import ReportFileError
from mesodesk.services.reporting import ReportingService


def _actions(engine, patient_id: int) -> list[str]:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return list(
            conn.scalars(
                select(AuditEntry.action)
                .where(AuditEntry.entity == "patient", AuditEntry.entity_id == patient_id)
                .where(AuditEntry.action.like("print%"))
                .order_by(AuditEntry.id)
            )
        )


def test_a_summary_that_cannot_be_written_is_audited_as_failed_not_printed(sqlite_clinic, tmp_path) -> None:  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    patient = c.patient("Hélène", "Dupont")
    reporting = ReportingService(c.as_practitioner.ctx)
    with pytest.raises(ReportFileError):
        exports.export_patient_summary(reporting, patient.id, tmp_path / "no such folder" / "summary.pdf")
    assert _actions(c.engine, patient.id) == ["print_summary_failed"]
    written = exports.export_patient_summary(reporting, patient.id, tmp_path / "summary.pdf")
    assert written.exists()
    assert _actions(c.engine, patient.id) == ["print_summary_failed", "print_summary"]


def test_the_failure_entry_names_the_error_type_and_nothing_of_the_record(sqlite_clinic, tmp_path) -> None:  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    patient = c.patient("Quillon", "Brisk")
    reporting = ReportingService(c.as_practitioner.ctx)
    with pytest.raises(ReportFileError):
        exports.export_patient_summary(reporting, patient.id, tmp_path)  # a folder, not a file
    with c.engine.connect() as conn:
        details = conn.scalar(
            select(AuditEntry.after_json).where(AuditEntry.action == "print_summary_failed")
        )
    assert "ReportFileError" in (details or "")
    assert "Quillon" not in (details or "") and "Brisk" not in (details or "")
