"""Issue 13, failure 5 (second half): after an erasure, ids and file numbers were given again, so the erased
person's (redacted) audit entries attached to the next patient. Now neither is ever reused."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from mesodesk.db.models import AuditEntry
from mesodesk.services.erasure import ErasureService


def test_the_newest_patient_erased_leaves_its_id_and_file_number_unused(clinic):
    clinic.patient("First", "Kept")
    newest = clinic.patient("Erased", "Person")
    session = clinic.as_practitioner.sessions.record(
        clinic.session_input(newest.id, datetime.now(UTC))
    ).session
    ErasureService(clinic.services.ctx).erase_patient(newest.id, newest.file_no)
    after = clinic.patient("Next", "Patient")
    assert after.id > newest.id
    assert after.file_no != newest.file_no
    next_session = clinic.as_practitioner.sessions.record(
        clinic.session_input(after.id, datetime.now(UTC))
    ).session
    assert next_session.id > session.id
    with clinic.engine.connect() as conn:
        about_new = conn.execute(
            select(AuditEntry.action).where(AuditEntry.entity == "patient", AuditEntry.entity_id == after.id)
        ).all()
    assert [a for (a,) in about_new] == ["create"]  # none of the erased person's entries
