"""A patient's preferred language: validated, stored, exported (JSON and FHIR communication)."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import date

import pytest

from mesodesk.domain.errors import ValidationError
from mesodesk.i18n import use_language
from mesodesk.interop.record_export import fhir_bundle, record_json, validate_bundle
from mesodesk.services.exports import ExportService
from mesodesk.services.patients import PatientInput


def _input(patient, **changes):  # type: ignore[no-untyped-def]
    values = {f.name: getattr(patient, f.name) for f in fields(PatientInput)}
    return replace(PatientInput(**values), **changes)


def test_preferred_language_is_validated_and_kept(clinic):  # type: ignore[no-untyped-def]
    p = clinic.services.patients.create(
        PatientInput("Élodie", "Martin", date(1985, 4, 2), preferred_language=" FR ")
    )
    assert clinic.services.patients.get(p.id).preferred_language == "fr"
    again = clinic.services.patients.update(p.id, _input(p, preferred_language="de"), p.version)
    assert clinic.services.patients.get(p.id).preferred_language == "de"
    with pytest.raises(ValidationError) as caught:
        clinic.services.patients.update(p.id, _input(again, preferred_language="klingon"), again.version)
    assert caught.value.field == "preferred_language"
    assert clinic.services.patients.get(p.id).preferred_language == "de"  # nothing half-saved
    cleared = clinic.services.patients.update(p.id, _input(again, preferred_language=""), again.version)
    assert clinic.services.patients.get(cleared.id).preferred_language is None  # the clinic's language


def test_the_refusal_is_shown_in_the_users_language(clinic):  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        clinic.services.patients.create(PatientInput("A", "B", date(1985, 4, 2), preferred_language="xx"))
    with use_language("fr"):
        assert "doit être l’une des valeurs" in str(caught.value)
    assert str(caught.value).startswith("preferred_language: must be one of en, fr, it, es, de")


def test_exports_carry_the_preferred_language(sqlite_clinic):  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    p = c.services.patients.create(PatientInput("Giulia", "Rossi", date(1979, 9, 9), preferred_language="it"))
    record = ExportService(c.services.ctx).patient_record(p.id)
    assert record_json(record)["tables"]["patients"][0]["preferred_language"] == "it"
    bundle = fhir_bundle(record)
    validate_bundle(bundle)
    patient = next(e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Patient")
    assert patient["communication"] == [
        {
            "language": {
                "coding": [{"system": "urn:ietf:bcp:47", "code": "it", "display": "Italiano"}],
                "text": "Italiano",
            },
            "preferred": True,
        }
    ]
    other = c.services.patients.create(PatientInput("Ann", "Lee", date(1979, 9, 9)))
    plain = fhir_bundle(ExportService(c.services.ctx).patient_record(other.id))
    patient = next(e["resource"] for e in plain["entry"] if e["resource"]["resourceType"] == "Patient")
    assert "communication" not in patient
