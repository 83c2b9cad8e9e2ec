"""A patient's whole record: complete JSON (photos included) and a FHIR R4 Bundle that validates."""

from __future__ import annotations

import base64
import io
import json
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from mesodesk.db.base import Base
from mesodesk.db.models import AuditEntry
from mesodesk.interop.record_export import export_patient, fhir_bundle, record_json, validate_bundle
from mesodesk.services.exports import AUDIT_ENTITIES, PATIENT_TABLES, ExportService


def png(color=(200, 120, 90), size=(64, 48)) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", size, color).save(buf, "PNG")
    return buf.getvalue()


def full_patient(clinic):
    """A patient with a row in every table of the record."""
    from mesodesk.services.clinic import ConsentInput
    from mesodesk.services.followups import PlanInput
    from mesodesk.services.patients import HistoryInput
    from mesodesk.services.photos import PhotoService
    from mesodesk.services.reactions import AssessmentInput, ReactionInput
    from mesodesk.services.sessions import MarkInput

    svc = clinic.services
    patient = clinic.patient(
        "Hélène", "Lefèvre", date(1980, 2, 3), email="h@example.fr", phone="06 12 34 56 78"
    )
    other = clinic.patient("Other", "Person")  # must not leak into the export
    svc.patients.save_history(patient.id, HistoryInput(anticoagulants=True, medications="warfarin"))
    svc.patients.add_allergy(patient.id, "Lidocaine", "hives", "severe")
    gone = svc.patients.add_allergy(patient.id, "Latex", "rash", "mild")
    svc.patients.remove_allergy(gone.id)
    plan = svc.followups.create_plan(PlanInput(patient.id, "Face course", 4, 14, 42, 48))
    when = datetime.now(UTC).replace(microsecond=0) - timedelta(days=3)
    data = clinic.session_input(
        patient.id,
        when,
        marks=[MarkInput("face_front", 0.4, 0.3, depth_mm=2.0)],
        plan_id=plan.id,
        notes="Tolerated well",
    )
    ct = svc.clinic.add_consent_text("mesotherapy", "1", "Mesotherapy consent", "I agree to **mesotherapy**.")
    svc.clinic.record_consent(
        ConsentInput(
            patient.id, ct.id, clinic.practitioner.id, when, "bruising", "glow", png((0, 0, 0), (120, 40))
        )
    )
    ts = svc.sessions.record(
        data, sign_off=True, override_reason="Allergy and anticoagulants discussed with the patient"
    ).session
    svc.sessions.amend(
        ts.id,
        clinic.session_input(
            patient.id,
            when,
            depth=2.5,
            plan_id=plan.id,
            marks=[MarkInput("face_front", 0.4, 0.3, depth_mm=2.5), MarkInput("face_front", 0.6, 0.3)],
        ),
        "depth corrected",
        ts.version,
    )
    svc.sessions.record(clinic.session_input(other.id, when))
    reaction = svc.reactions.record(
        ReactionInput(
            patient.id,
            "bruising",
            when + timedelta(hours=5),
            ts.id,
            "full_face",
            "moderate",
            assessments=[AssessmentInput(1, "bruising", "moderate")],
        )
    ).reaction
    fu = svc.followups.add(patient.id, "review", date.today() + timedelta(days=7))
    svc.followups.log_attempt(fu.id, "no_answer", "voicemail full")
    photos = PhotoService(svc.ctx)
    photos.add(patient.id, png(), "before.png", "before", "full_face", date.today(), session_id=ts.id)
    photos.add(
        patient.id,
        png((10, 200, 10)),
        "bruise.png",
        "reaction",
        "full_face",
        date.today(),
        reaction_id=reaction.id,
    )
    return patient


def db_counts(engine, patient_id: int) -> dict[str, int]:
    """Row counts per table of the record, counted straight from the database."""
    t = Base.metadata.tables
    with Session(engine) as s:

        def n(table, where) -> int:
            return s.scalar(select(func.count()).select_from(t[table]).where(where))

        sessions = select(t["treatment_sessions"].c.id).where(
            t["treatment_sessions"].c.patient_id == patient_id
        )
        reactions = select(t["reactions"].c.id).where(t["reactions"].c.patient_id == patient_id)
        fus = select(t["follow_ups"].c.id).where(t["follow_ups"].c.patient_id == patient_id)
        out = {"patients": n("patients", t["patients"].c.id == patient_id)}
        for table in (
            "medical_histories",
            "allergies",
            "consents",
            "treatment_plans",
            "treatment_sessions",
            "reactions",
            "follow_ups",
            "photos",
        ):
            out[table] = n(table, t[table].c.patient_id == patient_id)
        for table in ("session_areas", "session_products", "injection_marks", "session_amendments"):
            out[table] = n(table, t[table].c.session_id.in_(sessions))
        out["reaction_assessments"] = n(
            "reaction_assessments", t["reaction_assessments"].c.reaction_id.in_(reactions)
        )
        out["contact_attempts"] = n("contact_attempts", t["contact_attempts"].c.follow_up_id.in_(fus))
    return out


def test_json_export_holds_every_record(clinic, tmp_path):
    patient = full_patient(clinic)
    path = export_patient(clinic.services, patient.id, tmp_path / "record.json", "json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "mesodesk.patient-record" and data["patient_id"] == patient.id
    expected = db_counts(clinic.engine, patient.id)
    assert [t for t in expected if expected[t] < 1] == []  # the fixture really fills every table
    for table, n in expected.items():
        assert len(data["tables"][table]) == n, table
        assert data["counts"][table] == n
    assert set(PATIENT_TABLES) <= set(data["tables"])
    # every column of every table is there
    for table in expected:
        assert set(data["tables"][table][0]) == {c.name for c in Base.metadata.tables[table].c}, table
    # photos: original bytes and thumbnails, base64
    with Session(clinic.engine) as s:
        originals = dict(
            s.execute(text("SELECT id, data FROM photos WHERE patient_id = :p"), {"p": patient.id}).all()
        )
    assert {p["id"]: base64.b64decode(p["data"]) for p in data["tables"]["photos"]} == originals
    assert data["binary_columns"]["photos"] == ["data", "thumbnail_png"]
    assert data["binary_columns"]["consents"] == ["signature_png"]
    assert base64.b64decode(data["tables"]["consents"][0]["signature_png"]).startswith(b"\x89PNG")
    # nothing from the other patient
    assert {s["patient_id"] for s in data["tables"]["treatment_sessions"]} == {patient.id}
    # the audit trail about the record, including the allergy removed since
    audit = data["tables"]["audit_entries"]
    assert {(a["entity"], a["action"]) for a in audit} >= {
        ("patient", "create"),
        ("allergy", "create"),
        ("allergy", "delete"),
        ("session", "amend"),
        ("photo", "create"),
        ("consent", "create"),
        ("contact_attempt", "create"),
        ("medical_history", "review"),
    }
    with Session(clinic.engine) as s:
        about = s.scalar(
            select(func.count(AuditEntry.id)).where(
                AuditEntry.entity.in_([e for es in AUDIT_ENTITIES.values() for e in es]),
                AuditEntry.entity_id.in_([row["id"] for rows in data["tables"].values() for row in rows]),
            )
        )
    assert len(audit) <= about + 1
    # referenced catalogue rows and staff (without password hashes)
    assert {u["username"] for u in data["tables"]["users"]} >= {"dr.zoe", "admin"}
    assert all("password_hash" not in u for u in data["tables"]["users"])
    assert {lot["lot_number"] for lot in data["tables"]["product_lots"]} == {"HA-001", "LI-001"}
    assert data["tables"]["consent_texts"][0]["body"].startswith("I agree")
    # the export itself is audited
    with Session(clinic.engine) as s:
        assert (
            s.scalar(
                select(func.count(AuditEntry.id)).where(
                    AuditEntry.action == "export_record", AuditEntry.entity_id == patient.id
                )
            )
            == 1
        )


def test_fhir_export_of_demo_patient_validates(sqlite_engine, tmp_path):
    from fhir.resources.R4B.bundle import Bundle

    from mesodesk.services import Services
    from mesodesk.services.context import ServiceContext
    from mesodesk.services.demo import build_demo

    build_demo(sqlite_engine, patients=50, seed=3)
    with sqlite_engine.connect() as conn:
        pid = conn.execute(
            text(
                "SELECT p.id FROM patients p WHERE EXISTS (SELECT 1 FROM allergies a WHERE a.patient_id = p.id) "
                "AND EXISTS (SELECT 1 FROM reactions r WHERE r.patient_id = p.id AND r.session_id IS NOT NULL) "
                "ORDER BY p.id LIMIT 1"
            )
        ).scalar()
        sessions = conn.execute(
            text("SELECT count(*) FROM treatment_sessions WHERE patient_id = :p"), {"p": pid}
        ).scalar()
        lots = conn.execute(
            text(
                "SELECT count(DISTINCT sp.lot_id) FROM session_products sp JOIN "
                "treatment_sessions ts ON ts.id = sp.session_id WHERE ts.patient_id = :p"
            ),
            {"p": pid},
        ).scalar()
    assert pid is not None
    services = Services(ServiceContext(sqlite_engine))
    path = export_patient(services, pid, tmp_path / "bundle.json", "fhir")
    parsed = Bundle.model_validate_json(path.read_text(encoding="utf-8"))  # parses back with the R4B models
    kinds = [e.resource.get_resource_type() for e in parsed.entry]
    assert kinds.count("Patient") == 1
    assert kinds.count("Procedure") == sessions
    assert kinds.count("Medication") == lots
    assert kinds.count("AllergyIntolerance") >= 1 and kinds.count("AdverseEvent") >= 1
    urls = {e.fullUrl for e in parsed.entry}
    procedures = [e.resource for e in parsed.entry if e.resource.get_resource_type() == "Procedure"]
    for proc in procedures:
        assert proc.performedDateTime is not None and proc.bodySite and proc.performer and proc.usedReference
        assert {r.reference for r in proc.usedReference} <= urls  # every lot reference resolves
        assert proc.subject.reference in urls
    meds = [e.resource for e in parsed.entry if e.resource.get_resource_type() == "Medication"]
    assert all(m.batch.lotNumber and m.batch.expirationDate for m in meds)
    events = [e.resource for e in parsed.entry if e.resource.get_resource_type() == "AdverseEvent"]
    assert any(ev.suspectEntity for ev in events)


def test_fhir_bundle_of_full_patient_has_consent_and_signature(sqlite_clinic):
    patient = full_patient(sqlite_clinic)
    record = ExportService(sqlite_clinic.services.ctx).patient_record(patient.id)
    bundle = fhir_bundle(record)
    parsed = validate_bundle(bundle)
    consent = next(e.resource for e in parsed.entry if e.resource.get_resource_type() == "Consent")
    assert consent.status == "active" and consent.patient.reference.startswith("urn:uuid:")
    provenance = next(e.resource for e in parsed.entry if e.resource.get_resource_type() == "Provenance")
    assert provenance.target[0].reference == f"urn:uuid:{consent.id}"
    assert provenance.signature[0].sigFormat == "image/png" and provenance.signature[0].data
    allergy = next(e.resource for e in parsed.entry if e.resource.get_resource_type() == "AllergyIntolerance")
    assert allergy.code.text == "Lidocaine" and allergy.criticality == "high"
    # the same record gives the same resource ids (stable references)
    again = fhir_bundle(ExportService(sqlite_clinic.services.ctx).patient_record(patient.id))
    assert [e["fullUrl"] for e in again["entry"]] == [e["fullUrl"] for e in bundle["entry"]]


def test_invalid_bundle_is_refused():
    import pydantic

    with pytest.raises(pydantic.ValidationError):
        validate_bundle(
            {
                "resourceType": "Bundle",
                "type": "collection",
                "entry": [{"resource": {"resourceType": "Procedure", "status": "completed"}}],
            }
        )


def test_assistant_cannot_export_clinical_record(sqlite_clinic, tmp_path):
    from mesodesk.domain.errors import PermissionDeniedError

    patient = sqlite_clinic.patient()
    with pytest.raises(PermissionDeniedError):
        export_patient(sqlite_clinic.as_assistant, patient.id, tmp_path / "x.json")
    assert not (tmp_path / "x.json").exists()


def test_record_json_is_plain_json(sqlite_clinic):
    patient = sqlite_clinic.patient()
    data = record_json(ExportService(sqlite_clinic.services.ctx).patient_record(patient.id, log_export=False))
    assert json.loads(json.dumps(data))["tables"]["patients"][0]["date_of_birth"] == "1980-02-03"


def test_json_schema_matches_the_export(sqlite_clinic):
    """The published schema names every column the export writes (and nothing else)."""
    from mesodesk.paths import resources_dir

    schema = json.loads((resources_dir() / "docs" / "patient_record.schema.json").read_text(encoding="utf-8"))
    patient = full_patient(sqlite_clinic)
    data = record_json(ExportService(sqlite_clinic.services.ctx).patient_record(patient.id))
    assert set(schema["required"]) == set(data)
    tables = schema["properties"]["tables"]["properties"]
    assert set(tables) == set(data["tables"])
    kinds = {"string": str, "integer": int, "number": (int, float), "boolean": bool, "null": type(None)}
    for name, rows in data["tables"].items():
        item = tables[name]["items"]
        for row in rows:
            assert set(row) == set(item["required"]), name
            for column, value in row.items():
                allowed = item["properties"][column]["type"]
                allowed = allowed if isinstance(allowed, list) else [allowed]
                assert isinstance(value, tuple(kinds[k] for k in allowed)), (name, column, value)
