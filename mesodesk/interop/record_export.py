"""A patient's whole record (right of access): complete JSON, and a FHIR R4 Bundle.

JSON (``record_json``) — the documented, complete form; see resources/docs/patient_record_json.md
and resources/docs/patient_record.schema.json. Shape::

    {
      "format": "mesodesk.patient-record", "format_version": 1,
      "exported_at": "2026-01-02T10:00:00+00:00", "exported_by": "admin",
      "application": "MesoDesk 0.1.0",
      "clinic": {"name": ..., "address": ..., "phone": ..., "email": ...},
      "patient_id": 12,
      "binary_encoding": "base64",
      "binary_columns": {"photos": ["data", "thumbnail_png"], "consents": ["signature_png"], ...},
      "counts": {"patients": 1, "treatment_sessions": 7, ...},
      "tables": {"patients": [{column: value, ...}], "medical_histories": [...], ...}
    }

``tables`` holds every row the database keeps about the patient, one list per table, with every
column: patients, medical_histories, allergies, consents (signature included), treatment_plans,
treatment_sessions, session_areas, session_products, injection_marks, session_amendments,
reactions, reaction_assessments, follow_ups, contact_attempts, photos (original and thumbnail),
audit_entries about any of these rows; and the rows they refer to: consent_texts, products,
product_lots, formulas, formula_ingredients, protocols, users (id, username, full_name, role
only). Dates are ISO 8601 (YYYY-MM-DD), times ISO 8601 in UTC, binary columns base64 strings.

FHIR (``fhir_bundle``) — a Bundle of type "collection" in FHIR R4 (4.0.1 wire format), validated
with the R4B models of fhir.resources (the installed fhir.resources 8 defaults to R5 and ships
no R4 package; for the resources used here R4B and R4 define the same elements). Resources:
Patient, Practitioner, AllergyIntolerance, Medication (one per product lot: code, batch
lotNumber/expirationDate), Procedure (one per session: performedDateTime, bodySite per area,
performer, note, usedReference to the lots' Medication), AdverseEvent (one per reaction,
suspectEntity the session's Procedure), Consent (sourceAttachment: the signature PNG).
References are urn:uuid full URLs, stable for a given clinic and record id.
"""

from __future__ import annotations

import base64
import json
import os
import tempfile
import uuid
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from mesodesk.domain.errors import KnownError
from mesodesk.services.exports import ExportService, PatientRecord

FORMAT = "mesodesk.patient-record"
FORMAT_VERSION = 1
FHIR_VERSION = "4.0.1"
NAMESPACE = uuid.UUID("6f1f6f1e-5b8a-4d3e-9a59-6d6573b0d35b")  # MesoDesk's namespace for stable ids


class ExportWriteError(KnownError):
    pass


# -- JSON ----------------------------------------------------------------------------------------


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return (value.astimezone(UTC) if value.tzinfo else value).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def record_json(record: PatientRecord) -> dict[str, Any]:
    """The complete record as JSON-ready data (see the module docstring)."""
    from mesodesk import __version__

    binary: dict[str, list[str]] = {}
    tables: dict[str, list[dict[str, Any]]] = {}
    for name, rows in record.tables.items():
        tables[name] = [{k: _json_value(v) for k, v in row.items()} for row in rows]
        cols = sorted(
            {k for row in rows for k, v in row.items() if isinstance(v, (bytes, bytearray, memoryview))}
        )
        if cols:
            binary[name] = cols
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": _json_value(record.exported_at),
        "exported_by": record.exported_by,
        "application": f"MesoDesk {__version__}",
        "clinic": record.clinic,
        "patient_id": record.patient_id,
        "binary_encoding": "base64",
        "binary_columns": binary,
        "counts": record.counts(),
        "tables": tables,
    }


def export_patient(services, patient_id: int, path: str | Path, fmt: str = "json") -> Path:  # type: ignore[no-untyped-def]
    """Write one patient's record as 'json' or 'fhir' (a Bundle) to path, atomically."""
    record = ExportService(services.ctx).patient_record(patient_id)
    data = record_json(record) if fmt == "json" else fhir_bundle(record)
    text = json.dumps(data, ensure_ascii=False, indent=1 if fmt == "fhir" else None)
    return write_text_atomically(Path(path), text)


def write_text_atomically(path: Path, text: str) -> Path:
    return write_bytes_atomically(path, text.encode("utf-8"))


def write_bytes_atomically(path: Path, data: bytes) -> Path:
    """Write to a temporary file beside path, fsync, then rename over it."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
    except OSError as exc:
        raise ExportWriteError(f"Cannot write {path}: {exc.strerror or exc}") from exc
    return path


# -- FHIR ----------------------------------------------------------------------------------------

GENDER = {"F": "female", "M": "male", "X": "other", "U": "unknown"}
PROCEDURE_STATUS = {"draft": "in-progress", "signed": "completed", "void": "entered-in-error"}
ALLERGY_CRITICALITY = {"mild": "low", "moderate": "low", "severe": "high", "life_threatening": "high"}
ALLERGY_SEVERITY = {"mild": "mild", "moderate": "moderate", "severe": "severe", "life_threatening": "severe"}
ADVERSE_SEVERITY = {"none": "mild", "mild": "mild", "moderate": "moderate", "severe": "severe"}
SNOMED = "http://snomed.info/sct"
MESODESK = "https://mesodesk.example/fhir"


def _text(text: str) -> dict[str, str]:
    return {"text": text}


def _instant(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC).isoformat()
    return value.isoformat()


class _Ids:
    def __init__(self, clinic: str) -> None:
        self.clinic = clinic

    def url(self, kind: str, ident: Any) -> str:
        return f"urn:uuid:{uuid.uuid5(NAMESPACE, f'{self.clinic}/{kind}/{ident}')}"

    def ref(self, kind: str, ident: Any, display: str | None = None) -> dict[str, str]:
        out = {"reference": self.url(kind, ident)}
        if display:
            out["display"] = display
        return out


def fhir_bundle(record: PatientRecord) -> dict[str, Any]:
    """The record as a FHIR R4 Bundle (collection), checked against the fhir.resources R4B models."""
    t = record.tables
    p = record.patient
    ids = _Ids(record.clinic.get("name", ""))
    entries: list[dict[str, Any]] = []

    def add(kind: str, ident: Any, resource: dict[str, Any]) -> None:
        resource = {"resourceType": kind, **{k: v for k, v in resource.items() if v not in (None, [], "")}}
        entries.append({"fullUrl": ids.url(kind, ident), "resource": resource})

    pref = ids.ref("Patient", p["id"], f"{p['first_name']} {p['last_name']}")
    telecom = []
    if p["phone"]:
        telecom.append({"system": "phone", "value": p["phone"]})
    if p["email"]:
        telecom.append({"system": "email", "value": p["email"]})
    add(
        "Patient",
        p["id"],
        {
            "identifier": [{"system": f"{MESODESK}/file-number", "value": p["file_no"]}],
            "active": not p["archived"],
            "name": [
                {
                    "family": p["last_name"],
                    "given": p["first_name"].split() or [p["first_name"]],
                    "text": f"{p['first_name']} {p['last_name']}",
                }
            ],
            "gender": GENDER.get(p["sex"], "unknown"),
            "birthDate": p["date_of_birth"].isoformat(),
            "telecom": telecom,
            "address": [{"text": p["address"]}] if p["address"] else [],
        },
    )

    users = {u["id"]: u for u in t["users"]}
    used_users = {s["practitioner_id"] for s in t["treatment_sessions"]} | {
        c["practitioner_id"] for c in t["consents"]
    }
    for uid in sorted(used_users):
        u = users.get(uid, {"full_name": f"User {uid}", "username": ""})
        add(
            "Practitioner",
            uid,
            {
                "identifier": [{"system": f"{MESODESK}/username", "value": u["username"]}]
                if u.get("username")
                else [],
                "name": [{"text": u["full_name"]}],
            },
        )

    def user_ref(uid: int) -> dict[str, str]:
        return ids.ref("Practitioner", uid, users.get(uid, {}).get("full_name"))

    for a in t["allergies"]:
        add(
            "AllergyIntolerance",
            a["id"],
            {
                "clinicalStatus": {
                    "coding": [
                        {
                            "system": "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical",
                            "code": "active",
                        }
                    ]
                },
                "verificationStatus": {
                    "coding": [
                        {
                            "system": "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification",
                            "code": "confirmed",
                        }
                    ]
                },
                "criticality": ALLERGY_CRITICALITY.get(a["severity"], "unable-to-assess"),
                "code": _text(a["substance"]),
                "patient": pref,
                "recordedDate": _instant(a["created_at"]),
                "reaction": [
                    {
                        "manifestation": [_text(a["reaction"] or a["severity"].replace("_", " "))],
                        "severity": ALLERGY_SEVERITY.get(a["severity"], "moderate"),
                    }
                ],
            },
        )

    products = {pr["id"]: pr for pr in t["products"]}
    for lot in t["product_lots"]:
        product = products.get(lot["product_id"], {})
        add(
            "Medication",
            lot["id"],
            {
                "identifier": [
                    {"system": f"{MESODESK}/lot", "value": f"{lot['product_id']}/{lot['lot_number']}"}
                ],
                "code": _text(product.get("name", "")),
                "status": "inactive" if lot["recalled"] else "active",
                "batch": {"lotNumber": lot["lot_number"], "expirationDate": lot["expiry_date"].isoformat()},
            },
        )

    areas_by_session: dict[int, list[dict]] = {}
    for area in t["session_areas"]:
        areas_by_session.setdefault(area["session_id"], []).append(area)
    lots_by_session: dict[int, list[dict]] = {}
    for sp in t["session_products"]:
        lots_by_session.setdefault(sp["session_id"], []).append(sp)
    amendments: dict[int, list[dict]] = {}
    for am in t["session_amendments"]:
        amendments.setdefault(am["session_id"], []).append(am)
    for s in t["treatment_sessions"]:
        notes = []
        for area in areas_by_session.get(s["id"], []):
            gauge = f", {area['needle_gauge']}G" if area["needle_gauge"] else ""
            length = f" {area['needle_length_mm']:g} mm needle" if area["needle_length_mm"] else ""
            notes.append(
                f"{area['area'].replace('_', ' ')}: {area['technique'].replace('_', ' ')}, "
                f"{area['device'].replace('_', ' ')}{gauge}{length}, depth {area['depth_mm']:g} mm, "
                f"{area['injection_points']} points, {area['volume_ml']:g} ml"
            )
        for sp in lots_by_session.get(s["id"], []):
            notes.append(
                f"{products.get(sp['product_id'], {}).get('name', 'product')}: {sp['volume_ml']:g} ml"
            )
        for label, key in (
            ("Formula", "formula_name"),
            ("Anaesthesia", "anaesthesia"),
            ("Immediate reactions", "immediate_reactions"),
            ("Notes", "notes"),
        ):
            if s[key]:
                notes.append(f"{label}: {s[key]}")
        for am in amendments.get(s["id"], []):
            notes.append(f"Amended {am['amended_at'].date().isoformat()}: {am['reason']}")
        add(
            "Procedure",
            s["id"],
            {
                "identifier": [{"system": f"{MESODESK}/session", "value": str(s["id"])}],
                "status": PROCEDURE_STATUS.get(s["status"], "unknown"),
                "code": {"text": "Mesotherapy" + (f" ({s['formula_name']})" if s["formula_name"] else "")},
                "subject": pref,
                "performedDateTime": _instant(s["performed_at"]),
                "performer": [{"actor": user_ref(s["practitioner_id"])}],
                "reasonCode": [_text(i.strip()) for i in s["indications"].split(",") if i.strip()],
                "bodySite": [
                    _text(area["area"].replace("_", " ")) for area in areas_by_session.get(s["id"], [])
                ],
                "note": [{"text": n} for n in notes],
                "usedReference": [
                    ids.ref("Medication", sp["lot_id"]) for sp in lots_by_session.get(s["id"], [])
                ],
            },
        )

    assessments: dict[int, list[dict]] = {}
    for ra in t["reaction_assessments"]:
        assessments.setdefault(ra["reaction_id"], []).append(ra)
    for r in t["reactions"]:
        suspects = []
        if r["session_id"]:
            suspects.append({"instance": ids.ref("Procedure", r["session_id"])})
            suspects += [
                {"instance": ids.ref("Medication", sp["lot_id"])}
                for sp in lots_by_session.get(r["session_id"], [])
            ]
        add(
            "AdverseEvent",
            r["id"],
            {
                "identifier": {"system": f"{MESODESK}/reaction", "value": str(r["id"])},
                "actuality": "actual",
                "event": _text(
                    r["type"].replace("_", " ") + (f" ({r['area'].replace('_', ' ')})" if r["area"] else "")
                ),
                "subject": pref,
                "date": _instant(r["onset_at"]),
                "recordedDate": _instant(r["created_at"]),
                "severity": {
                    "coding": [
                        {
                            "system": "http://terminology.hl7.org/CodeSystem/adverse-event-severity",
                            "code": ADVERSE_SEVERITY.get(r["severity"], "mild"),
                        }
                    ]
                },
                "outcome": {
                    "coding": [
                        {
                            "system": "http://terminology.hl7.org/CodeSystem/adverse-event-outcome",
                            "code": "resolved" if r["resolved_on"] else "ongoing",
                        }
                    ]
                },
                "suspectEntity": suspects,
            },
        )

    texts = {ct["id"]: ct for ct in t["consent_texts"]}
    for c in t["consents"]:
        text = texts.get(c["consent_text_id"], {})
        attachment = {
            "contentType": "text/markdown",
            "title": f"{text.get('title', 'Consent')} ({text.get('code', '')} v{text.get('version', '')})",
            "data": base64.b64encode(text.get("body", "").encode()).decode("ascii"),
        }
        resource = {
            "status": "active",
            "scope": {
                "coding": [
                    {"system": "http://terminology.hl7.org/CodeSystem/consentscope", "code": "treatment"}
                ]
            },
            "category": [
                {
                    "coding": [{"system": "http://loinc.org", "code": "59284-0"}],
                    "text": "Consent for treatment",
                }
            ],
            "patient": pref,
            "dateTime": _instant(c["signed_at"]),
            "performer": [pref],
            "policyRule": {
                "coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "OPTIN"}]
            },
            "sourceAttachment": attachment,
        }
        if c["signature_png"]:
            # the signed form's signature, as the patient signed it
            resource["extension"] = [
                {
                    "url": f"{MESODESK}/StructureDefinition/consent-signature",
                    "valueAttachment": {
                        "contentType": "image/png",
                        "title": "Patient signature",
                        "data": base64.b64encode(c["signature_png"]).decode(),
                    },
                }
            ]
        resource["provision"] = {
            "type": "permit",
            "actor": [
                {
                    "role": {
                        "coding": [
                            {
                                "system": "http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
                                "code": "PRF",
                            }
                        ]
                    },
                    "reference": user_ref(c["practitioner_id"]),
                }
            ],
        }
        add("Consent", c["id"], resource)

    bundle = {
        "resourceType": "Bundle",
        "id": str(uuid.uuid5(NAMESPACE, f"{ids.clinic}/bundle/{p['id']}/{record.exported_at.isoformat()}")),
        "meta": {"tag": [{"system": f"{MESODESK}/fhir-version", "code": FHIR_VERSION}]},
        "type": "collection",
        "timestamp": _instant(record.exported_at),
        "entry": entries,
    }
    validate_bundle(bundle)
    return bundle


def validate_bundle(bundle: dict[str, Any]):  # type: ignore[no-untyped-def]
    """Parse the bundle with fhir.resources' R4B models (raises pydantic.ValidationError if invalid)."""
    from fhir.resources.R4B.bundle import Bundle

    return Bundle.model_validate(bundle)
