"""Issue 12 on paper: the reason a sign-off warning was overridden is printed on the session record, and
the summary of a record that absorbed a duplicate says what it was merged from."""

from __future__ import annotations

import os
from datetime import date
from io import BytesIO

from pypdf import PdfReader

from mesodesk.reports.patient_summary import build_patient_summary
from mesodesk.reports.session_record import build_session_record
from mesodesk.services.reporting import ReportingService


def _text(build, data) -> str:  # type: ignore[no-untyped-def]
    out = BytesIO()
    build(data, out)
    if folder := os.environ.get("MESODESK_SHOTS"):  # for a person to look at
        with open(os.path.join(folder, f"{build.__name__}.pdf"), "wb") as f:
            f.write(out.getvalue())
    return " ".join(page.extract_text() for page in PdfReader(BytesIO(out.getvalue())).pages)


def test_session_record_prints_the_override_reason(sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    p = c.patient()
    c.ready_to_sign(p.id)
    c.services.patients.add_allergy(p.id, "Lidocaine", "hives", "severe")
    session = c.as_practitioner.sessions.record(
        c.session_input(p.id), sign_off=True, override_reason="Tolerated a test dose"
    ).session
    text = " ".join(
        _text(build_session_record, ReportingService(c.services.ctx).session_record(session.id)).split()
    )
    assert "Signed off despite warnings. Reason: Tolerated a test dose" in text
    assert "allergic to Lidocaine" in text


def test_summary_shows_merged_from(sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    keep = c.patient("Aoife", "Kowalczyk", date(1964, 9, 16))
    dup = c.patient("Aoife", "Kowalczyk", date(1964, 9, 16), duplicate_reason="test")
    c.services.patients.merge(keep.id, dup.id, "registered twice")
    text = _text(build_patient_summary, ReportingService(c.services.ctx).patient_summary(keep.id))
    assert f"Merged from: {dup.file_no} Aoife Kowalczyk" in " ".join(text.split())
