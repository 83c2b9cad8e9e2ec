"""A patient's record as a FHIR R4 Bundle an integrator can use (codes: mesodesk.interop.fhir_codes,
resources/docs/fhir_codes.md).

Resources: Patient, Practitioner, AllergyIntolerance, Condition and Observation (medical history and
risk factors), Medication (one per product lot, batch lotNumber / expirationDate), Procedure (one per
session; body sites in SNOMED CT, each treated area's technique, device, depth, needle, points and
volume as a MesoDesk extension with UCUM Quantities), MedicationAdministration (one per product used,
dose in mL, partOf the Procedure, route in SNOMED CT), AdverseEvent (reactions), Observation
(reaction assessments), CarePlan (plans), Task (follow-ups), Media (photos), Consent and Provenance
(the patient's signature on the consent).

Ids: every resource has an id, a UUID derived from the clinic file's UUID (made once at creation,
never from its name), the resource type and the database id — stable across exports and distinct
between clinics. fullUrl is ``urn:uuid:<id>``; references point at it. Identifiers use the clinic's
own system URL when it set one (clinic settings), else ``urn:uuid:`` systems derived from its UUID.
Each resource carries meta.lastUpdated where the database knows it and a generated narrative.

Bundle type "collection" (a document for a person), or "transaction" (``bundle_type``): each entry
then has ``request: {method: PUT, url: <Type>/<id>}``, so posting it twice to a FHIR server updates
instead of duplicating.

Extensible: BUILDERS is the list of resource builders, each ``builder(ctx: FhirContext) -> None``
adding resources with ``ctx.add``; builders of other modules (fhir_outcomes) are listed there explicitly.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from mesodesk.interop import fhir_codes as fc
from mesodesk.interop import fhir_outcomes
from mesodesk.interop.fhir_care import build_follow_ups, build_plans, build_reactions, build_sessions
from mesodesk.interop.fhir_context import Builder, FhirContext, category, instant, narrative
from mesodesk.interop.fhir_documents import build_consents, build_photos
from mesodesk.services.exports import PatientRecord

if TYPE_CHECKING:
    from fhir.resources.R4B.bundle import Bundle

FHIR_VERSION = "4.0.1"
BUNDLE_TYPES = ("collection", "transaction")

GENDER = {"F": "female", "M": "male", "X": "other", "U": "unknown"}
ALLERGY_CRITICALITY = {"mild": "low", "moderate": "low", "severe": "high", "life_threatening": "high"}
ALLERGY_SEVERITY = {"mild": "mild", "moderate": "moderate", "severe": "severe", "life_threatening": "severe"}


def build_patient(ctx: FhirContext) -> None:
    p = ctx.patient
    telecom = []
    if p["phone"]:
        telecom.append({"system": "phone", "value": p["phone"]})
    if p["email"]:
        telecom.append({"system": "email", "value": p["email"]})
    ctx.add(
        "Patient",
        p["id"],
        {
            "identifier": [ctx.identifier("file-number", p["file_no"])],
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
            "communication": _communication(p.get("preferred_language")),
        },
        summary=f"{p['first_name']} {p['last_name']}, file {p['file_no']}, born {p['date_of_birth'].isoformat()}",
        updated=p.get("updated_at"),
    )


def build_practitioners(ctx: FhirContext) -> None:
    t = ctx.tables
    users = {u["id"]: u for u in t["users"]}
    used = (
        {s["practitioner_id"] for s in t["treatment_sessions"]}
        | {c["practitioner_id"] for c in t["consents"]}
        | {s["signed_off_by_id"] for s in t["treatment_sessions"] if s.get("signed_off_by_id")}
    )
    for uid in sorted(u for u in used if u is not None):
        u = users.get(uid, {"full_name": f"User {uid}", "username": ""})
        ctx.add(
            "Practitioner",
            uid,
            {
                "identifier": [ctx.identifier("username", u["username"])] if u.get("username") else [],
                "name": [{"text": u["full_name"]}],
            },
            summary=f"Practitioner {u['full_name']}",
        )


def build_allergies(ctx: FhirContext) -> None:
    for a in ctx.tables["allergies"]:
        reaction = []
        if a["reaction"]:  # no reaction text: no reaction element (never the severity word)
            reaction.append(
                {
                    "manifestation": [fc.manifestation(a["reaction"])],
                    "severity": ALLERGY_SEVERITY.get(a["severity"], "moderate"),
                }
            )
        ctx.add(
            "AllergyIntolerance",
            a["id"],
            {
                "clinicalStatus": {
                    "coding": [
                        fc.coding(
                            "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active"
                        )
                    ]
                },
                "verificationStatus": {
                    "coding": [
                        fc.coding(
                            "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification",
                            "confirmed",
                        )
                    ]
                },
                "criticality": ALLERGY_CRITICALITY.get(a["severity"], "unable-to-assess"),
                "code": fc.substance(a["substance"]),
                "patient": ctx.patient_ref,
                "recordedDate": instant(a["created_at"]),
                "reaction": reaction,
            },
            summary=f"Allergy to {a['substance']} ({a['severity'].replace('_', ' ')})"
            + (f": {a['reaction']}" if a["reaction"] else ""),
            updated=a["created_at"],
        )


def build_history(ctx: FhirContext) -> None:
    """Medical history and risk factors: Conditions where a disorder is named, Observations else."""
    for h in ctx.tables["medical_histories"]:
        recorded = instant(h.get("reviewed_at"))
        asserter = ctx.user_ref(h.get("reviewed_by_id"))
        for column, (system, code, display, text) in fc.HISTORY_CONDITIONS.items():
            if h.get(column):
                ctx.add(
                    "Condition",
                    f"{h['id']}/{column}",
                    {
                        "clinicalStatus": {
                            "coding": [
                                fc.coding(
                                    "http://terminology.hl7.org/CodeSystem/condition-clinical", "active"
                                )
                            ]
                        },
                        "category": [
                            {
                                "coding": [
                                    fc.coding(
                                        "http://terminology.hl7.org/CodeSystem/condition-category",
                                        "problem-list-item",
                                    )
                                ]
                            }
                        ],
                        "code": {"coding": [fc.coding(system, code, display)], "text": text},
                        "subject": ctx.patient_ref,
                        "recordedDate": recorded,
                        "asserter": asserter,
                    },
                    summary=text,
                )
        for column, text in fc.HISTORY_OBSERVATIONS.items():
            if h.get(column):
                ctx.add(
                    "Observation",
                    f"history/{h['id']}/{column}",
                    {
                        "status": "final",
                        "category": [category("social-history")],
                        "code": fc.mesodesk_concept("risk-factor", column, text),
                        "subject": ctx.patient_ref,
                        "effectiveDateTime": recorded,
                        "valueBoolean": True,
                    },
                    summary=text,
                )
        if h.get("pregnant_or_breastfeeding"):
            system, code, display = fc.PREGNANCY_OBS
            ctx.add(
                "Observation",
                f"history/{h['id']}/pregnancy",
                {
                    "status": "final",
                    "category": [category("social-history")],
                    "code": {
                        "coding": [fc.coding(system, code, display)],
                        "text": "Pregnant or breast-feeding",
                    },
                    "subject": ctx.patient_ref,
                    "effectiveDateTime": recorded,
                    "valueCodeableConcept": {
                        "coding": [fc.coding(*fc.PREGNANT)],
                        "text": "Pregnant or breast-feeding",
                    },
                },
                summary="Pregnant or breast-feeding",
            )
        notes = "; ".join(x for x in (h.get("medications") or "", h.get("other") or "") if x)
        if notes:
            ctx.add(
                "Observation",
                f"history/{h['id']}/notes",
                {
                    "status": "final",
                    "category": [category("social-history")],
                    "code": fc.mesodesk_concept("risk-factor", "history-notes", "Medical history notes"),
                    "subject": ctx.patient_ref,
                    "effectiveDateTime": recorded,
                    "valueString": notes,
                },
                summary=f"Medical history: {notes}",
            )
    p = ctx.patient
    if p.get("fitzpatrick"):
        ctx.add(
            "Observation",
            f"fitzpatrick/{p['id']}",
            {
                "status": "final",
                "category": [category("exam")],
                "code": fc.mesodesk_concept("observation", "fitzpatrick", "Fitzpatrick skin type"),
                "subject": ctx.patient_ref,
                "valueInteger": p["fitzpatrick"],
            },
            summary=f"Fitzpatrick skin type {p['fitzpatrick']}",
        )


def build_medications(ctx: FhirContext) -> None:
    products = {pr["id"]: pr for pr in ctx.tables["products"]}
    for lot in ctx.tables["product_lots"]:
        product = products.get(lot["product_id"], {})
        name = product.get("name", "")
        ctx.add(
            "Medication",
            lot["id"],
            {
                "identifier": [ctx.identifier("lot", f"{lot['product_id']}/{lot['lot_number']}")],
                "code": {"text": name},
                "status": "inactive" if lot["recalled"] else "active",
                "batch": {"lotNumber": lot["lot_number"], "expirationDate": lot["expiry_date"].isoformat()},
            },
            summary=f"{name}, lot {lot['lot_number']}, expires {lot['expiry_date'].isoformat()}"
            + (" (recalled)" if lot["recalled"] else ""),
        )


#: the resource builders, in order; another module may append its own (see register_builder)
BUILDERS: list[Builder] = [
    build_patient,
    build_practitioners,
    build_allergies,
    build_history,
    build_medications,
    build_plans,
    build_sessions,
    build_reactions,
    build_follow_ups,
    build_photos,
    build_consents,
    fhir_outcomes.build_outcomes,  # measurements and scale scores
]


def register_builder(builder: Builder) -> Builder:
    """Add a resource builder (usable as a decorator); it runs after the built-in ones."""
    if builder not in BUILDERS:
        BUILDERS.append(builder)
    return builder


def _communication(lang: str | None) -> list[dict[str, Any]]:
    """Patient.communication: the preferred language as a BCP-47 code (urn:ietf:bcp:47)."""
    if not lang:
        return []
    from mesodesk.i18n import language_name

    coding = {"system": "urn:ietf:bcp:47", "code": lang, "display": language_name(lang)}
    return [{"language": {"coding": [coding], "text": language_name(lang)}, "preferred": True}]


def fhir_bundle(record: PatientRecord, bundle_type: str = "collection") -> dict[str, Any]:
    """The record as a FHIR R4 Bundle, checked against the fhir.resources R4B models."""
    if bundle_type not in BUNDLE_TYPES:
        from mesodesk.domain.errors import ValidationError

        raise ValidationError(
            "bundle",
            "{bundle_type!r} is not one of {choices}",
            bundle_type=bundle_type,
            choices=", ".join(BUNDLE_TYPES),
        )
    if not record.clinic_uuid:
        raise ValueError("the record carries no clinic UUID")
    namespace = uuid.UUID(record.clinic_uuid)
    ctx = FhirContext(record, namespace, record.identifier_system_url)
    for builder in BUILDERS:
        builder(ctx)
    entries = ctx.entries
    if bundle_type == "transaction":
        for entry in entries:
            res = entry["resource"]
            entry["request"] = {"method": "PUT", "url": f"{res['resourceType']}/{res['id']}"}
    bundle = {
        "resourceType": "Bundle",
        "id": str(uuid.uuid5(namespace, f"bundle/{record.patient_id}/{record.exported_at.isoformat()}")),
        "meta": {"lastUpdated": instant(record.exported_at)},
        "identifier": ctx.identifier(
            "bundle", f"{record.patient_id}-{record.exported_at.strftime('%Y%m%dT%H%M%S')}"
        ),
        "type": bundle_type,
        "timestamp": instant(record.exported_at),
        "entry": entries,
    }
    validate_bundle(bundle)
    return bundle


def validate_bundle(bundle: dict[str, Any]) -> Bundle:
    """Parse the bundle with fhir.resources' R4B models (raises pydantic.ValidationError if invalid)."""
    from fhir.resources.R4B.bundle import Bundle

    return Bundle.model_validate(bundle)


__all__ = [
    "FHIR_VERSION",
    "BUNDLE_TYPES",
    "BUILDERS",
    "Builder",
    "FhirContext",
    "register_builder",
    "fhir_bundle",
    "validate_bundle",
    "narrative",
    "instant",
]
