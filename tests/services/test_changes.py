"""Every committed write announces what it changed; a failed write announces nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from mesodesk.domain.errors import ValidationError
from mesodesk.services.changes import ChangeSet
from mesodesk.services.patients import PatientInput


@pytest.fixture
def heard(sqlite_clinic):  # type: ignore[no-untyped-def]
    changes: list[ChangeSet] = []
    unsubscribe = sqlite_clinic.services.ctx.changes.subscribe(changes.append)
    yield changes
    unsubscribe()


def test_creating_a_patient_announces_the_patient(sqlite_clinic, heard) -> None:  # type: ignore[no-untyped-def]
    patient = sqlite_clinic.patient()
    [change] = heard
    assert ("patient", patient.id, "create") in [(e.entity, e.entity_id, e.action) for e in change.entities]
    assert change.touches("patients") and change.touches_patient(patient.id)
    assert change.ids_of("patient") == {patient.id}


def test_an_allergy_announces_its_patient_and_table(sqlite_clinic, heard) -> None:  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    patient = c.patient()
    heard.clear()
    allergy = c.as_practitioner.patients.add_allergy(patient.id, "lidocaine", "hives", "severe")
    [change] = heard
    assert change.has_entity("allergy") and change.ids_of("allergy") == {allergy.id}
    assert change.touches("allergies") and change.patient_ids == {patient.id}
    heard.clear()
    c.as_practitioner.patients.remove_allergy(allergy.id)
    [removed] = heard
    assert removed.touches("allergies") and removed.patient_ids == {patient.id}


def test_a_session_announces_its_patient_even_from_its_child_rows(sqlite_clinic, heard) -> None:  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    patient = c.patient()
    heard.clear()
    when = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=1)
    result = c.as_practitioner.sessions.record(c.session_input(patient.id, when=when))
    [change] = heard
    assert change.touches("treatment_sessions", "session_areas", "session_products")
    assert change.patient_ids == {patient.id}
    assert result.session.id in change.ids_of("session")


def test_a_rolled_back_write_announces_nothing(sqlite_clinic, heard) -> None:  # type: ignore[no-untyped-def]
    from mesodesk.db.models import Allergy

    c = sqlite_clinic
    patient = c.patient()
    heard.clear()
    with pytest.raises(ValidationError), c.services.ctx.write() as s:
        s.add(
            Allergy(
                patient_id=patient.id,
                substance="latex",
                reaction="",
                severity="mild",
                created_at=c.services.ctx.now(),
            )
        )
        s.flush()  # the row was flushed, then the transaction is rolled back
        raise ValidationError("substance", "refused after the flush")
    assert heard == []
    assert c.services.patients.chart(patient.id, log_view=False).allergies == []


def test_catalogue_writes_name_their_tables(sqlite_clinic, heard) -> None:  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    c.services.catalogue.recall_lot(c.ha_lot.id, "supplier notice", c.today)
    [change] = heard
    assert change.touches("product_lots") and change.patient_ids == frozenset()


def test_every_user_of_the_database_hears_every_write(sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    assistant_heard: list[ChangeSet] = []
    c.as_assistant.ctx.changes.subscribe(assistant_heard.append)
    patient = c.as_practitioner.patients.create(PatientInput("Ana", "Lima", c.today.replace(year=1970)))
    assert [cs.ids_of("patient") for cs in assistant_heard] == [{patient.id}]


def test_a_failing_listener_neither_undoes_the_write_nor_silences_the_others(sqlite_clinic, heard) -> None:  # type: ignore[no-untyped-def]
    c = sqlite_clinic

    def broken(_changes: ChangeSet) -> None:
        raise RuntimeError("listener bug")

    unsubscribe = c.services.ctx.changes.subscribe(broken)
    try:
        patient = c.patient()
    finally:
        unsubscribe()
    assert c.services.patients.get(patient.id).id == patient.id
    assert len(heard) == 1
