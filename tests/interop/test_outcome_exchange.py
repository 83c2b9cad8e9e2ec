"""Outcomes in the exchange formats (issue 15, item 7): JSON export and FHIR Observations."""

from __future__ import annotations

import json
from datetime import timedelta

from mesodesk.interop import fhir_codes as fc
from mesodesk.interop.fhir_export import fhir_bundle, validate_bundle
from mesodesk.interop.record_export import record_json
from mesodesk.services.exports import ExportService
from mesodesk.services.outcomes import AssessmentInput, MeasurementInput

CSS = {"a_depressions": 2, "b_depth": 2, "c_morphology": 2, "d_laxity": 1, "e_nurnberger": 2}


def _patient(clinic):  # type: ignore[no-untyped-def]
    p = clinic.patient()
    out = clinic.as_practitioner.outcomes
    day = clinic.today - timedelta(days=10)
    out.define("measure", {"code": "corneometer", "name": "Skin hydration", "unit": "AU"})
    out.record_measurements(
        p.id,
        day,
        [
            MeasurementInput("weight", 70.0),
            MeasurementInput("height", 170.0),
            MeasurementInput("waist", 82.5, site="navel"),
            MeasurementInput("corneometer", 41.0),
        ],
    )
    out.record_assessment(AssessmentInput(p.id, "css", CSS, day))
    out.record_assessment(AssessmentInput(p.id, "satisfaction", {"score": 8}, clinic.today))
    return p


def _observations(bundle):  # type: ignore[no-untyped-def]
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Observation"]


def _codes(obs, system):  # type: ignore[no-untyped-def]
    return {c["code"] for c in obs["code"].get("coding", []) if c["system"] == system}


def test_json_export_holds_measurements_scores_and_the_clinic_definitions(sqlite_clinic):
    p = _patient(sqlite_clinic)
    data = record_json(ExportService(sqlite_clinic.services.ctx).patient_record(p.id, log_export=False))
    tables = data["tables"]
    assert {(m["code"], m["value"], m["unit"]) for m in tables["measurements"]} >= {
        ("weight", 70.0, "kg"),
        ("waist", 82.5, "cm"),
        ("corneometer", 41.0, "AU"),
    }
    css = next(a for a in tables["outcome_assessments"] if a["scale_code"] == "css")
    assert css["total"] == 9 and json.loads(css["scores_json"]) == CSS
    assert [d["code"] for d in tables["outcome_definitions"]] == ["corneometer"]
    assert data["counts"]["measurements"] == 4
    json.dumps(data)


def test_fhir_observations_with_loinc_and_ucum_and_our_own_scale_coding(sqlite_clinic):
    p = _patient(sqlite_clinic)
    record = ExportService(sqlite_clinic.services.ctx).patient_record(p.id, log_export=False)
    bundle = fhir_bundle(record)
    validate_bundle(bundle)
    obs = _observations(bundle)
    by_loinc = {code: o for o in obs for code in _codes(o, fc.LOINC)}
    assert by_loinc["29463-7"]["valueQuantity"] == {
        "value": 70.0,
        "unit": "kg",
        "system": fc.UCUM,
        "code": "kg",
    }
    assert by_loinc["8302-2"]["valueQuantity"]["code"] == "cm"
    assert (
        by_loinc["8280-0"]["valueQuantity"]["value"] == 82.5
        and by_loinc["8280-0"]["bodySite"]["text"] == "navel"
    )
    assert by_loinc["39156-5"]["valueQuantity"] == {
        "value": 24.2,
        "unit": "kg/m²",
        "system": fc.UCUM,
        "code": "kg/m2",
    }
    assert len(by_loinc["39156-5"]["derivedFrom"]) == 2
    assert by_loinc["29463-7"]["category"][0]["coding"][0]["code"] == "vital-signs"
    css = next(o for o in obs if _codes(o, f"{fc.MESODESK_CS}/scale") == {"css"})
    assert css["valueInteger"] == 9 and len(css["component"]) == 5
    assert css["interpretation"][0]["text"] == "moderate"
    corneo = next(o for o in obs if _codes(o, f"{fc.MESODESK_CS}/measure") == {"corneometer"})
    assert not _codes(corneo, fc.LOINC) and corneo["valueQuantity"]["code"] == "{AU}"
    sat = next(o for o in obs if _codes(o, f"{fc.MESODESK_CS}/scale") == {"satisfaction"})
    assert sat["category"][0]["coding"][0]["code"] == "survey" and sat["valueInteger"] == 8
