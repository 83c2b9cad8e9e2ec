"""Logs and error messages hold no health data beyond record ids."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from mesodesk.services import backup
from mesodesk.services.erasure import ErasureService

NAME = "Quaxwhistle"


def test_database_errors_do_not_repeat_the_values_they_were_given(clinic):
    with pytest.raises(DBAPIError) as err, clinic.engine.begin() as conn:
        conn.execute(
            text("INSERT INTO patients (file_no, first_name) VALUES (:f, :n)"), {"f": None, "n": NAME}
        )
    assert NAME not in str(err.value)


def test_everyday_work_logs_no_names_or_notes(sqlite_clinic, caplog):
    caplog.set_level(logging.DEBUG)
    clinic = sqlite_clinic
    p = clinic.patient("Zebulon", NAME, notes=f"{NAME} is anxious about needles")
    clinic.ready_to_sign(p.id)
    clinic.as_practitioner.sessions.record(clinic.session_input(p.id, notes=f"{NAME} fine"), sign_off=True)
    clinic.services.patients.chart(p.id)
    backup.backup_database(clinic.engine)
    ErasureService(clinic.services.ctx).erase_patient(p.id, p.file_no)
    assert caplog.records  # something was logged (erasure, backup)
    for record in caplog.records:
        message = record.getMessage()
        assert NAME not in message and "Zebulon" not in message and "needles" not in message, message
