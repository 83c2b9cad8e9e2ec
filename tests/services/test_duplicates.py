"""Issue 12 item 3: duplicate patients are found at creation and edit, and an administrator merges them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from mesodesk.db.models import AuditEntry
from mesodesk.domain.errors import PermissionDeniedError, ValidationError
from mesodesk.services.duplicates import (
    SAME_BIRTH_AND_NAME,
    SAME_EMAIL,
    SAME_PHONE,
    PossibleDuplicateError,
    names_similar,
)
from mesodesk.services.patients import PatientInput

BORN = date(1964, 9, 16)


def png() -> bytes:
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (32, 24), (200, 120, 90)).save(buf, "PNG")
    return buf.getvalue()


@pytest.mark.parametrize(
    ("first", "last"),
    [
        ("Aoife", "Kowalczyk"),
        ("AOIFE", "KOWALCZYK"),
        ("Aoífe", "Kowalczyk"),
        ("Kowalczyk", "Aoife"),  # first and last names swapped
        ("Aoife", "Kowal-czyk"),
        ("Aoife", "Kowalcyzk"),  # one slip of the fingers
    ],
)
def test_similar_names(first, last):
    assert names_similar(first, last, "Aoife", "Kowalczyk")


@pytest.mark.parametrize(("first", "last"), [("Anna", "Kowalczyk"), ("Aoife", "Kowalski"), ("Mary", "Smith")])
def test_different_names(first, last):
    assert not names_similar(first, last, "Aoife", "Kowalczyk")


def test_second_aoife_born_the_same_day_is_not_created_silently(clinic):
    """The quoted problem: a second 'Aoife Kowalczyk, born 16/09/1964' was accepted without a word."""
    first = clinic.patient("Aoife", "Kowalczyk", BORN, phone="06 12 34 56 78")
    clinic.as_practitioner.patients.add_allergy(first.id, "Lidocaine", "hives", "severe")
    svc = clinic.as_practitioner.patients
    with pytest.raises(PossibleDuplicateError) as err:
        svc.create(PatientInput("Aoife", "KOWALCZYK", BORN))
    (match,) = err.value.matches
    assert match.patient_id == first.id and match.reasons == [SAME_BIRTH_AND_NAME]
    assert any("Lidocaine" in a for a in match.alerts)  # the alerts the duplicate would lack
    assert svc.count() == 1  # nothing saved
    found = svc.find_duplicates(PatientInput("Kowalczyk", "Aoife", BORN))
    assert [m.patient_id for m in found] == [first.id]


def test_create_anyway_with_a_reason_is_audited(clinic):
    first = clinic.patient("Aoife", "Kowalczyk", BORN)
    svc = clinic.as_practitioner.patients
    second = svc.create(PatientInput("Aoife", "Kowalczyk", BORN), duplicate_reason="twin sister")
    assert second.id != first.id
    with clinic.engine.connect() as conn:
        after = conn.scalar(
            select(AuditEntry.after_json).where(
                AuditEntry.entity == "patient",
                AuditEntry.entity_id == second.id,
                AuditEntry.action == "create",
            )
        )
    assert '"duplicate_reason":"twin sister"' in after and f'"possible_duplicates":[{first.id}]' in after


def test_same_phone_or_email_is_a_likely_duplicate(clinic):
    first = clinic.patient("Marie", "Durand", date(1970, 1, 1), phone="+33 6 12 34 56 78", email="M.D@ex.fr")
    svc = clinic.services.patients
    by_phone = svc.find_duplicates(PatientInput("Jean", "Martin", date(1990, 5, 5), phone="06.12.34.56.78"))
    assert [(m.patient_id, m.reasons) for m in by_phone] == [(first.id, [SAME_PHONE])]
    by_mail = svc.find_duplicates(PatientInput("Jean", "Martin", date(1990, 5, 5), email="m.d@EX.fr"))
    assert [(m.patient_id, m.reasons) for m in by_mail] == [(first.id, [SAME_EMAIL])]
    assert svc.find_duplicates(PatientInput("Marie", "Durand", date(1971, 1, 1))) == []


def test_assistant_sees_matches_without_clinical_alerts(clinic):
    first = clinic.patient("Aoife", "Kowalczyk", BORN)
    clinic.as_practitioner.patients.add_allergy(first.id, "Latex")
    (match,) = clinic.as_assistant.patients.find_duplicates(PatientInput("Aoife", "Kowalczyk", BORN))
    assert match.alerts == []


def test_edit_that_makes_a_duplicate_asks_for_a_reason(clinic):
    clinic.patient("Aoife", "Kowalczyk", BORN)
    other = clinic.patient("Aoife", "Kowalczyk", date(1964, 9, 17))
    svc = clinic.services.patients
    with pytest.raises(PossibleDuplicateError):
        svc.update(other.id, PatientInput("Aoife", "Kowalczyk", BORN), other.version)
    saved = svc.update(
        other.id, PatientInput("Aoife", "Kowalczyk", BORN), other.version, duplicate_reason="twins"
    )
    # an edit that leaves the identity alone does not ask again
    svc.update(saved.id, PatientInput("Aoife", "Kowalczyk", BORN, address="1 rue X"), saved.version)


def test_admin_merges_two_records(clinic):
    from mesodesk.services.clinic import ConsentInput
    from mesodesk.services.patients import HistoryInput

    keep = clinic.patient("Aoife", "Kowalczyk", BORN)
    dup = clinic.patient("Aoife", "Kowalczyk", BORN, duplicate_reason="registered twice by mistake")
    doc = clinic.as_practitioner
    doc.patients.add_allergy(dup.id, "Lidocaine", "hives", "severe")
    doc.patients.save_history(dup.id, HistoryInput(anticoagulants=True))
    session = doc.sessions.record(clinic.session_input(dup.id)).session
    text = clinic.services.clinic.add_consent_text("mesotherapy", "1", "Consent", "…")
    when = datetime.now(UTC) - timedelta(days=1)
    doc.clinic.record_consent(ConsentInput(dup.id, text.id, clinic.practitioner.id, when, signature_png=b"x"))
    doc.photos.add(dup.id, png(), "a.png", "before", "full_face", date.today())
    with pytest.raises(PermissionDeniedError):
        doc.patients.merge(keep.id, dup.id, "same person")
    with pytest.raises(ValidationError):
        clinic.services.patients.merge(keep.id, dup.id, " ")
    clinic.services.patients.merge(keep.id, dup.id, "same person, registered twice")
    chart = clinic.services.patients.chart(keep.id)
    assert [s.id for s in chart.sessions] == [session.id]
    assert len(chart.consents) == 1 and len(chart.photos) == 1
    assert [a.substance for a in chart.allergies] == ["Lidocaine"]
    assert chart.history is not None and chart.history.anticoagulants
    assert chart.merged_from == [(dup.id, dup.file_no, "Aoife Kowalczyk")]
    merged = clinic.services.patients.get(dup.id)  # archived, not deleted
    assert merged.archived and merged.merged_into_id == keep.id
    # a merged record is never offered again as a duplicate, and cannot be merged twice
    assert [
        m.patient_id
        for m in clinic.services.patients.find_duplicates(PatientInput("Aoife", "Kowalczyk", BORN))
    ] == [keep.id]
    with pytest.raises(ValidationError):
        clinic.services.patients.merge(keep.id, dup.id, "again")
    with clinic.engine.connect() as conn:
        actions = set(
            conn.execute(
                select(AuditEntry.entity_id, AuditEntry.action).where(AuditEntry.action.like("merge%"))
            )
        )
    assert actions == {(dup.id, "merge"), (keep.id, "merge_into")}
