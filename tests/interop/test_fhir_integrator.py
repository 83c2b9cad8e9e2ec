"""Issue 14, problem 5: a FHIR R4 export an integrator can use. Every bundle is read by fhir.resources
(R4B models) and by SMART's fhirclient (R4 models), a second, independent reader."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date

import pytest
from fhirclient.models.bundle import Bundle as SmartBundle
from test_record_export import full_patient

from mesodesk.interop import fhir_codes as fc
from mesodesk.interop.fhir_export import BUILDERS, fhir_bundle, register_builder, validate_bundle
from mesodesk.services.exports import ExportService


def smart(bundle: dict) -> SmartBundle:
    """SMART's models raise on any element they do not know or any wrong type (strict)."""
    return SmartBundle(json.loads(json.dumps(bundle)), strict=True)


def resources(bundle: dict, kind: str) -> list[dict]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def codes(node, system: str) -> set[str]:
    found: set[str] = set()
    if isinstance(node, dict):
        if node.get("system") == system and "code" in node:
            found.add(node["code"])
        for v in node.values():
            found |= codes(v, system)
    elif isinstance(node, list):
        for v in node:
            found |= codes(v, system)
    return found


@pytest.fixture
def bundle(sqlite_clinic):
    patient = full_patient(sqlite_clinic)
    record = ExportService(sqlite_clinic.services.ctx).patient_record(patient.id)
    return fhir_bundle(record)


def test_two_independent_readers_accept_it(bundle):
    validate_bundle(bundle)
    parsed = smart(bundle)
    kinds = Counter(e.resource.resource_type for e in parsed.entry)
    for kind in (
        "Patient",
        "Practitioner",
        "AllergyIntolerance",
        "Observation",
        "Medication",
        "Procedure",
        "MedicationAdministration",
        "AdverseEvent",
        "CarePlan",
        "Task",
        "Media",
        "Consent",
        "Provenance",
    ):
        assert kinds[kind] >= 1, kind


def test_snomed_ucum_and_links(bundle):
    snomed = codes(bundle, fc.SNOMED)
    assert "433590000" in snomed  # the procedure
    assert "89545001" in snomed  # full face, the body site
    assert "125667009" in snomed  # bruising, the reaction
    assert "387480006" in snomed  # lidocaine, the allergy substance
    assert "126485001" in snomed  # hives, its manifestation
    assert "372464004" in snomed  # intradermal route (papules)
    assert {"mL", "mm"} <= codes(bundle, fc.UCUM)
    (proc,) = [p for p in resources(bundle, "Procedure")]
    area = next(x for x in proc["extension"] if x["url"].endswith("/treated-area"))
    sub = {e["url"]: e for e in area["extension"]}
    assert sub["depth"]["valueQuantity"] == {"value": 2.5, "unit": "mm", "system": fc.UCUM, "code": "mm"}
    assert sub["needleGauge"]["valueInteger"] == 32
    assert sub["volume"]["valueQuantity"]["code"] == "mL"
    assert [x for x in proc["extension"] if x["url"].endswith("/injection-mark")]
    admins = resources(bundle, "MedicationAdministration")
    assert {a["dosage"]["dose"]["code"] for a in admins} == {"mL"}
    assert all(a["partOf"][0]["reference"] == f"urn:uuid:{proc['id']}" for a in admins)
    meds = {f"urn:uuid:{m['id']}": m for m in resources(bundle, "Medication")}
    for a in admins:
        med = meds[a["medicationReference"]["reference"]]
        assert med["batch"]["lotNumber"] and med["batch"]["expirationDate"]


def test_history_plans_followups_assessments_photos_consent(bundle):
    obs = resources(bundle, "Observation")
    texts = {o["code"]["text"] for o in obs}
    assert "Takes anticoagulants" in texts  # the medical history's risk factor
    assert any("focus" in o for o in obs)  # a reaction assessment, about its AdverseEvent
    assert resources(bundle, "CarePlan")[0]["title"] == "Face course"
    tasks = resources(bundle, "Task")
    assert {t["status"] for t in tasks} <= {"requested", "completed", "cancelled"}
    media = resources(bundle, "Media")[0]
    assert media["content"]["data"] and media["content"]["contentType"].startswith("image/")
    prov = resources(bundle, "Provenance")[0]
    assert prov["signature"][0]["data"]


def test_ids_narrative_and_no_severity_as_manifestation(bundle):
    for e in bundle["entry"]:
        res = e["resource"]
        assert e["fullUrl"] == f"urn:uuid:{res['id']}"
        assert res["text"]["status"] == "generated" and res["text"]["div"].startswith("<div")
    for a in resources(bundle, "AllergyIntolerance"):
        for r in a.get("reaction", []):
            assert all(m["text"] not in ("severe", "mild", "moderate") for m in r["manifestation"])


def test_identifier_system_per_clinic(sqlite_clinic):
    patient = full_patient(sqlite_clinic)
    exports = ExportService(sqlite_clinic.services.ctx)
    bundle = fhir_bundle(exports.patient_record(patient.id))
    (pat,) = resources(bundle, "Patient")
    system = pat["identifier"][0]["system"]
    assert system.startswith("urn:uuid:") and "mesodesk.example" not in json.dumps(bundle)
    from mesodesk.domain.errors import ValidationError
    from mesodesk.services.clinic import ClinicInput

    with pytest.raises(ValidationError, match="identifier_system_url"):
        sqlite_clinic.services.clinic.save_settings(ClinicInput("Clinic", identifier_system_url="not a url"))
    sqlite_clinic.services.clinic.save_settings(
        ClinicInput("Clinic", identifier_system_url="https://clinic.example.org/ids")
    )
    sqlite_clinic.services.clinic.save_settings(ClinicInput("Clinic renamed"))  # a dialog without the field
    bundle2 = fhir_bundle(exports.patient_record(patient.id))
    (pat2,) = resources(bundle2, "Patient")
    assert pat2["identifier"][0]["system"] == "https://clinic.example.org/ids/file-number"
    assert pat2["id"] == pat["id"]  # ids come from the clinic UUID, not the system URL


def test_two_clinics_named_alike_do_not_collide(sqlite_clinic, tmp_path):
    from mesodesk.services.exports import PatientRecord

    record = ExportService(sqlite_clinic.services.ctx).patient_record(full_patient(sqlite_clinic).id)
    import uuid

    other = PatientRecord(**{**record.__dict__, "clinic_uuid": str(uuid.uuid4())})
    a, b = fhir_bundle(record), fhir_bundle(other)
    assert record.clinic["name"] == other.clinic["name"]
    assert not {e["fullUrl"] for e in a["entry"]} & {e["fullUrl"] for e in b["entry"]}


def test_transaction_bundle_has_put_requests(sqlite_clinic, tmp_path):
    from mesodesk.cli import main

    patient = full_patient(sqlite_clinic)
    bundle = fhir_bundle(ExportService(sqlite_clinic.services.ctx).patient_record(patient.id), "transaction")
    assert bundle["type"] == "transaction"
    for e in bundle["entry"]:
        res = e["resource"]
        assert e["request"] == {"method": "PUT", "url": f"{res['resourceType']}/{res['id']}"}
    smart(bundle)
    validate_bundle(bundle)
    out = tmp_path / "tx.json"
    db = str(sqlite_clinic.engine.url.database)
    args = ["--db", db, "export", "patient", patient.file_no, "--format", "fhir", "--bundle", "transaction"]
    assert main([*args, "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["type"] == "transaction"


def test_builders_are_extensible(sqlite_clinic):
    def outcome(ctx):
        ctx.add(
            "Observation",
            "extra/1",
            {"status": "final", "code": {"text": "Extra"}, "subject": ctx.patient_ref},
            summary="Extra",
        )

    register_builder(outcome)
    try:
        patient = full_patient(sqlite_clinic)
        bundle = fhir_bundle(ExportService(sqlite_clinic.services.ctx).patient_record(patient.id))
        assert any(o["code"]["text"] == "Extra" for o in resources(bundle, "Observation"))
    finally:
        BUILDERS.remove(outcome)


def test_demo_patient_reads_in_both_libraries(tmp_path):
    """Done when: a demo patient's export reads in two independent FHIR libraries, SNOMED and UCUM in it."""
    from mesodesk.cli import main

    db = str(tmp_path / "demo.sqlite3")
    assert main(["--db", db, "demo", "--patients", "15"]) == 0
    from sqlalchemy import func, select

    from mesodesk.db.models import TreatmentSession
    from mesodesk.services.database import open_database

    engine = open_database(db)
    with engine.connect() as conn:
        pid = conn.scalar(
            select(TreatmentSession.patient_id)
            .group_by(TreatmentSession.patient_id)
            .order_by(func.count().desc())
        )
        from mesodesk.db.models import Patient

        file_no = conn.scalar(select(Patient.file_no).where(Patient.id == pid))
    engine.dispose()
    out = tmp_path / "demo.fhir.json"
    assert main(["--db", db, "export", "patient", file_no, "--format", "fhir", "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    validate_bundle(data)
    smart(data)
    assert codes(data, fc.SNOMED) and codes(data, fc.UCUM)
    assert date.fromisoformat(resources(data, "Patient")[0]["birthDate"])


def test_every_code_is_documented():
    from mesodesk.paths import resources_dir

    doc = (resources_dir() / "docs" / "fhir_codes.md").read_text(encoding="utf-8")
    listed = [fc.PROCEDURE_CODE[1], fc.PREGNANCY_OBS[1], fc.PREGNANT[1]]
    for table in (fc.BODY_SITES, fc.REACTIONS, fc.SUBSTANCES, fc.ROUTES):
        listed += [code for code, _display in table.values()]
    listed += [v[1] for v in fc.HISTORY_CONDITIONS.values()]
    assert [c for c in listed if c not in doc] == []
