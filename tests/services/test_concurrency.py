"""Two workstations on one database: the second save of a stale record is a conflict, never a silent overwrite."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from datetime import date

import pytest
from sqlalchemy.orm import Session

from mesodesk.db.models import Patient
from mesodesk.domain.errors import ConflictError
from mesodesk.services import Services
from mesodesk.services.context import ServiceContext
from mesodesk.services.database import open_database
from mesodesk.services.patients import PatientInput


def _second_workstation(clinic):  # type: ignore[no-untyped-def]
    """Another engine (its own connections) on the same database, signed in as the practitioner."""
    engine = open_database(clinic.engine.url.render_as_string(hide_password=False))
    return engine, Services(ServiceContext(engine, clinic.practitioner.actor))


def _input(p, **changes) -> PatientInput:  # type: ignore[no-untyped-def]
    fields = {
        "first_name": p.first_name,
        "last_name": p.last_name,
        "date_of_birth": p.date_of_birth,
        "phone": p.phone,
        "email": p.email,
        "notes": p.notes,
    }
    fields.update(changes)
    return PatientInput(**fields)


def test_stale_patient_edit_is_a_conflict_on_every_backend(clinic):
    patient = clinic.patient("Ana", "Lima")
    engine_b, station_b = _second_workstation(clinic)
    try:
        seen_a = clinic.services.patients.get(patient.id)
        seen_b = station_b.patients.get(patient.id)
        assert seen_a.version == seen_b.version
        clinic.services.patients.update(patient.id, _input(seen_a, phone="0102030405"), seen_a.version)
        with pytest.raises(ConflictError) as err:
            station_b.patients.update(patient.id, _input(seen_b, notes="from B"), seen_b.version)
        assert "changed by someone else" in str(err.value) and "Reload" in str(err.value)
        now = station_b.patients.get(patient.id)
        assert now.phone == "0102030405" and now.notes == ""  # A's save stands, B's did not slip in
        station_b.patients.update(
            patient.id, _input(now, notes="from B"), now.version
        )  # after a reload: fine
        final = clinic.services.patients.get(patient.id)
        assert (final.phone, final.notes) == ("0102030405", "from B")
    finally:
        engine_b.dispose()


def test_stale_session_draft_is_a_conflict_on_every_backend(clinic):
    patient = clinic.patient()
    saved = clinic.as_practitioner.sessions.record(clinic.session_input(patient.id, notes="first")).session
    engine_b, station_b = _second_workstation(clinic)
    try:
        clinic.as_practitioner.sessions.update_draft(
            saved.id, clinic.session_input(patient.id, notes="by A"), saved.version
        )
        with pytest.raises(ConflictError):
            station_b.sessions.update_draft(
                saved.id, clinic.session_input(patient.id, notes="by B"), saved.version
            )
        assert clinic.as_practitioner.sessions.get(saved.id).notes == "by A"
    finally:
        engine_b.dispose()


@pytest.mark.postgres
def test_the_version_column_catches_a_race_the_early_check_missed(pg_migrated_url):
    """Both transactions read version 1 before either writes: the version column stops the second."""
    from mesodesk.db.engine import writer

    engine = open_database(pg_migrated_url)
    engine_b = open_database(pg_migrated_url)
    try:
        system = Services(ServiceContext(engine))
        admin = system.users.create("admin", "Admin", "admin", "long password")
        patient = system.as_user(admin.actor).patients.create(PatientInput("Ana", "Lima", date(1990, 1, 1)))
        ctx_b = ServiceContext(engine_b, admin.actor)
        with pytest.raises(ConflictError), ctx_b.write() as s_b:
            row_b = s_b.get(Patient, patient.id)
            assert row_b.version == 1
            with Session(writer(engine)) as s_a, s_a.begin():
                s_a.get(Patient, patient.id).notes = "A was first"
            row_b.notes = "B would overwrite"
        with Session(engine) as s:
            assert s.get(Patient, patient.id).notes == "A was first"
    finally:
        engine.dispose()
        engine_b.dispose()


def test_two_processes_on_one_sqlite_file(sqlite_clinic):
    clinic = sqlite_clinic
    patient = clinic.patient("Ana", "Lima")
    stale = clinic.services.patients.get(patient.id)
    url = clinic.engine.url.render_as_string(hide_password=False)
    script = textwrap.dedent(f"""
        from mesodesk.services import Services
        from mesodesk.services.context import Actor, ServiceContext
        from mesodesk.services.database import open_database
        from mesodesk.services.patients import PatientInput
        engine = open_database({url!r}, upgrade=False)
        s = Services(ServiceContext(engine, Actor({clinic.admin.id}, "admin", "admin")))
        p = s.patients.get({patient.id})
        saved = s.patients.update(p.id, PatientInput(p.first_name, p.last_name, p.date_of_birth,
                                  phone="0999", notes="other workstation"), {stale.version})
        print(saved.version)
    """)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.strip()) == stale.version + 1
    with pytest.raises(ConflictError):
        clinic.services.patients.update(patient.id, _input(stale, notes="this workstation"), stale.version)
    assert clinic.services.patients.get(patient.id).notes == "other workstation"
