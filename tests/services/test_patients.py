"""Patient rules: every bad input is refused with the field named and nothing saved."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from mesodesk.db.models import AuditEntry, Patient
from mesodesk.domain.errors import ConflictError, PermissionDeniedError, ValidationError
from mesodesk.services.patients import HistoryInput, PatientInput


def count_patients(engine) -> int:
    with engine.connect() as conn:
        return conn.scalar(select(func.count(Patient.id)))


def test_create_generates_file_number_and_audits(clinic):
    first = clinic.patient("Zoë", "Ōtsuka-Łukasiewicz")
    second = clinic.patient("Ольга", "Кузнецова")
    assert first.file_no == "MD-000001"
    assert second.file_no == "MD-000002"
    with clinic.engine.connect() as conn:
        actions = conn.execute(
            select(AuditEntry.action, AuditEntry.username).where(
                AuditEntry.entity == "patient", AuditEntry.entity_id == first.id
            )
        ).all()
    assert ("create", "admin") in actions


def test_a_kept_file_number_after_the_prefix_that_is_not_a_number_does_not_stop_numbering(clinic):
    """The highest number under the prefix is "MD-ARCHIVE": numbering goes on from the patient count."""
    clinic.patient("Zoë", "Ōtsuka-Łukasiewicz")
    clinic.patient("Ольга", "Кузнецова", file_no="MD-ARCHIVE")
    assert clinic.patient("Hélène", "Dupont").file_no == "MD-000003"


def test_clinic_file_number_kept_and_unique(clinic):
    clinic.patient(file_no="A-17")
    with pytest.raises(ValidationError) as err:
        clinic.patient("Other", "Person", file_no="A-17")
    assert err.value.field == "file_no"
    assert count_patients(clinic.engine) == 1


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"last_name": ""}, "last_name"),
        ({"last_name": "   "}, "last_name"),
        ({"first_name": ""}, "first_name"),
        ({"date_of_birth": date.today() + timedelta(days=1)}, "date_of_birth"),
        ({"date_of_birth": None}, "date_of_birth"),
        ({"date_of_birth": date(1850, 1, 1)}, "date_of_birth"),
        ({"notes": "x" * 25_000}, "notes"),
        ({"last_name": "x" * 101}, "last_name"),
        ({"email": "not-an-address"}, "email"),
        ({"phone": "call me"}, "phone"),
        ({"fitzpatrick": 7}, "fitzpatrick"),
        ({"sex": "Q"}, "sex"),
        ({"first_name": "A\x00B"}, "first_name"),
    ],
)
def test_bad_input_is_refused_with_field_and_nothing_saved(clinic, changes, field):
    data = PatientInput("Hélène", "Dubois", date(1980, 1, 1))
    for key, value in changes.items():
        setattr(data, key, value)
    with pytest.raises(ValidationError) as err:
        clinic.services.patients.create(data)
    assert err.value.field == field
    assert count_patients(clinic.engine) == 0


def test_long_notes_emoji_and_sql_metacharacters_are_stored_verbatim(clinic):
    name = "Robert'); DROP TABLE patients;--"
    notes = "🙂 " + "n" * 9_990
    patient = clinic.patient("Zoë 🙂", name, notes=notes)
    again = clinic.services.patients.get(patient.id)
    assert again.last_name == name
    assert again.first_name == "Zoë 🙂"
    assert again.notes == notes
    assert [h.id for h in clinic.services.patients.search("robert")] == [patient.id]


def test_update_with_stale_version_is_a_conflict(clinic):
    patient = clinic.patient()
    svc = clinic.services.patients
    data = PatientInput("Hélène", "O'Connor-Smith", date(1980, 2, 3))
    svc.update(patient.id, data, patient.version)
    with pytest.raises(ConflictError):
        svc.update(patient.id, PatientInput("Lost", "Update", date(1980, 2, 3)), patient.version)
    assert svc.get(patient.id).last_name == "O'Connor-Smith"


def test_birth_date_after_first_session_is_refused(clinic):
    patient = clinic.patient()
    from datetime import UTC, datetime

    clinic.as_practitioner.sessions.record(
        clinic.session_input(patient.id, when=datetime.now(UTC) - timedelta(days=10))
    )
    data = PatientInput("Hélène", "O'Connor", date.today() - timedelta(days=2))
    with pytest.raises(ValidationError) as err:
        clinic.services.patients.update(patient.id, data, clinic.services.patients.get(patient.id).version)
    assert err.value.field == "date_of_birth"


def test_archive_and_restore(clinic):
    patient = clinic.patient()
    svc = clinic.services.patients
    svc.archive(patient.id)
    assert svc.search("oconnor") == []
    assert [h.id for h in svc.search("oconnor", include_archived=True)] == [patient.id]
    svc.restore(patient.id)
    assert [h.id for h in svc.search("oconnor")] == [patient.id]
    assert count_patients(clinic.engine) == 1


def test_history_review_is_stamped_and_alerts_show(clinic):
    patient = clinic.patient()
    clinic.as_practitioner.patients.save_history(patient.id, HistoryInput(anticoagulants=True))
    clinic.as_practitioner.patients.add_allergy(patient.id, "Lidocaine", "hives", "severe")
    chart = clinic.as_practitioner.patients.chart(patient.id)
    assert chart.history is not None and chart.history.reviewed_at is not None
    assert chart.history.reviewed_by_id == clinic.practitioner.id
    assert any("Lidocaine" in a for a in chart.alerts)
    assert "Anticoagulants" in chart.alerts


def test_assistant_sees_demographics_but_not_clinical_records(clinic):
    patient = clinic.patient()
    clinic.as_practitioner.sessions.record(clinic.session_input(patient.id))
    chart = clinic.as_assistant.patients.chart(patient.id)
    assert chart.patient.id == patient.id
    assert chart.sessions == []
    with pytest.raises(PermissionDeniedError):
        clinic.as_assistant.sessions.for_patient(patient.id)
    with pytest.raises(PermissionDeniedError):
        clinic.as_assistant.patients.save_history(patient.id, HistoryInput())


def test_opening_a_chart_is_audited(clinic):
    patient = clinic.patient()
    clinic.as_practitioner.patients.chart(patient.id)
    with clinic.engine.connect() as conn:
        views = conn.scalar(
            select(func.count(AuditEntry.id)).where(
                AuditEntry.action == "view",
                AuditEntry.entity_id == patient.id,
                AuditEntry.user_id == clinic.practitioner.id,
            )
        )
    assert views == 1


def test_assistant_neither_sees_nor_wipes_clinical_free_text(clinic):
    patient = clinic.patient(notes="reacted badly to HA in 2019", contraindications="active acne on cheeks")
    seen = clinic.as_assistant.patients.get(patient.id)
    assert seen.notes == "" and seen.contraindications == ""
    assert clinic.as_assistant.patients.chart(patient.id).patient.notes == ""
    data = PatientInput("Hélène", "O'Connor", date(1980, 2, 3), phone="+33 6 00 00 00 01")
    returned = clinic.as_assistant.patients.update(patient.id, data, seen.version)
    assert returned.notes == ""
    stored = clinic.as_practitioner.patients.get(patient.id)
    assert stored.phone == "+33 6 00 00 00 01"
    assert stored.notes == "reacted badly to HA in 2019"
    assert stored.contraindications == "active acne on cheeks"
