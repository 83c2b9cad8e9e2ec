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

import base64
import uuid
from datetime import timedelta
from typing import Any

from mesodesk.interop import fhir_codes as fc
from mesodesk.interop import fhir_outcomes
from mesodesk.interop.fhir_context import Builder, FhirContext, group_by, instant, narrative
from mesodesk.services.exports import PatientRecord

FHIR_VERSION = "4.0.1"
BUNDLE_TYPES = ("collection", "transaction")

GENDER = {"F": "female", "M": "male", "X": "other", "U": "unknown"}
PROCEDURE_STATUS = {"draft": "in-progress", "signed": "completed", "void": "entered-in-error"}
ALLERGY_CRITICALITY = {"mild": "low", "moderate": "low", "severe": "high", "life_threatening": "high"}
ALLERGY_SEVERITY = {"mild": "mild", "moderate": "moderate", "severe": "severe", "life_threatening": "severe"}
ADVERSE_SEVERITY = {"none": "mild", "mild": "mild", "moderate": "moderate", "severe": "severe"}
TASK_STATUS = {"open": "requested", "done": "completed", "cancelled": "cancelled"}
FOLLOW_UP_LABELS = {
    "course": "Course session",
    "maintenance": "Maintenance session",
    "check_call": "Check call",
    "review": "Review",
}


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
                        "category": [_category("social-history")],
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
                    "category": [_category("social-history")],
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
                    "category": [_category("social-history")],
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
                "category": [_category("exam")],
                "code": fc.mesodesk_concept("observation", "fitzpatrick", "Fitzpatrick skin type"),
                "subject": ctx.patient_ref,
                "valueInteger": p["fitzpatrick"],
            },
            summary=f"Fitzpatrick skin type {p['fitzpatrick']}",
        )


def _category(code: str) -> dict[str, Any]:
    return {"coding": [fc.coding("http://terminology.hl7.org/CodeSystem/observation-category", code)]}


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


def _area_extension(area: dict[str, Any]) -> dict[str, Any]:
    sub: list[dict[str, Any]] = [
        {"url": "area", "valueCodeableConcept": fc.body_site(area["area"])},
        {
            "url": "technique",
            "valueCodeableConcept": fc.mesodesk_concept(
                "technique", area["technique"], area["technique"].replace("_", " ")
            ),
        },
        {
            "url": "device",
            "valueCodeableConcept": fc.mesodesk_concept(
                "device", area["device"], area["device"].replace("_", " ")
            ),
        },
        {"url": "depth", "valueQuantity": fc.quantity(float(area["depth_mm"]), "mm")},
        {"url": "injectionPoints", "valueInteger": int(area["injection_points"])},
        {"url": "volume", "valueQuantity": fc.quantity(float(area["volume_ml"]), "mL")},
    ]
    if area.get("needle_gauge"):
        sub.append({"url": "needleGauge", "valueInteger": int(area["needle_gauge"])})
    if area.get("needle_length_mm"):
        sub.append(
            {"url": "needleLength", "valueQuantity": fc.quantity(float(area["needle_length_mm"]), "mm")}
        )
    return {"url": f"{fc.MESODESK_SD}/treated-area", "extension": sub}


def _mark_extension(mark: dict[str, Any], products: dict[int, dict[str, Any]]) -> dict[str, Any]:
    sub: list[dict[str, Any]] = [
        {"url": "diagram", "valueString": mark["diagram"]},
        {"url": "kind", "valueString": mark["kind"]},
        {"url": "x", "valueDecimal": float(mark["x"])},
        {"url": "y", "valueDecimal": float(mark["y"])},
    ]
    if mark.get("depth_mm") is not None:
        sub.append({"url": "depth", "valueQuantity": fc.quantity(float(mark["depth_mm"]), "mm")})
    if mark.get("volume_ml") is not None:
        sub.append({"url": "volume", "valueQuantity": fc.quantity(float(mark["volume_ml"]), "mL")})
    if mark.get("product_id") in products:
        sub.append({"url": "product", "valueString": products[mark["product_id"]]["name"]})
    if mark.get("note"):
        sub.append({"url": "note", "valueString": mark["note"]})
    return {"url": f"{fc.MESODESK_SD}/injection-mark", "extension": sub}


def build_sessions(ctx: FhirContext) -> None:
    t = ctx.tables
    products = {pr["id"]: pr for pr in t["products"]}
    areas = group_by(t["session_areas"], "session_id")
    uses = group_by(t["session_products"], "session_id")
    marks = group_by(t["injection_marks"], "session_id")
    amendments = group_by(t["session_amendments"], "session_id")
    for s in t["treatment_sessions"]:
        session_areas = sorted(areas.get(s["id"], []), key=lambda a: a["position"])
        notes = []
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
        system, code, display = fc.PROCEDURE_CODE
        title = "Mesotherapy" + (f" ({s['formula_name']})" if s["formula_name"] else "")
        ctx.add(
            "Procedure",
            s["id"],
            {
                "extension": [_area_extension(a) for a in session_areas]
                + [
                    _mark_extension(mk, products)
                    for mk in sorted(marks.get(s["id"], []), key=lambda m: m["position"])
                ],
                "identifier": [ctx.identifier("session", s["id"])],
                "basedOn": [ctx.ref("CarePlan", s["plan_id"])] if s.get("plan_id") else [],
                "status": PROCEDURE_STATUS.get(s["status"], "unknown"),
                "code": {"coding": [fc.coding(system, code, display)], "text": title},
                "subject": ctx.patient_ref,
                "performedDateTime": instant(s["performed_at"]),
                "performer": [{"actor": ctx.user_ref(s["practitioner_id"])}],
                "reasonCode": [{"text": i.strip()} for i in s["indications"].split(",") if i.strip()],
                "bodySite": [fc.body_site(a["area"]) for a in session_areas],
                "note": [{"text": n} for n in notes],
                "usedReference": [ctx.ref("Medication", sp["lot_id"]) for sp in uses.get(s["id"], [])],
            },
            summary=f"{title} on {instant(s['performed_at'])}: "
            + ", ".join(
                f"{a['area'].replace('_', ' ')} {a['volume_ml']:g} mL at {a['depth_mm']:g} mm"
                for a in session_areas
            ),
            updated=s.get("updated_at"),
        )
        route = fc.ROUTES.get(session_areas[0]["technique"]) if session_areas else None
        for sp in uses.get(s["id"], []):
            name = products.get(sp["product_id"], {}).get("name", "product")
            dosage: dict[str, Any] = {"dose": fc.quantity(float(sp["volume_ml"]), "mL")}
            if route:
                dosage["route"] = fc.concept(route, route[1])
            ctx.add(
                "MedicationAdministration",
                sp["id"],
                {
                    "status": "completed"
                    if s["status"] == "signed"
                    else "in-progress"
                    if s["status"] == "draft"
                    else "entered-in-error",
                    "medicationReference": ctx.ref("Medication", sp["lot_id"], name),
                    "subject": ctx.patient_ref,
                    "partOf": [ctx.ref("Procedure", s["id"])],
                    "effectiveDateTime": instant(s["performed_at"]),
                    "performer": [{"actor": ctx.user_ref(s["practitioner_id"])}],
                    "dosage": dosage,
                },
                summary=f"{name}: {sp['volume_ml']:g} mL",
            )


def build_reactions(ctx: FhirContext) -> None:
    t = ctx.tables
    uses = group_by(t["session_products"], "session_id")
    assessments = group_by(t["reaction_assessments"], "reaction_id")
    for r in t["reactions"]:
        suspects = []
        if r["session_id"]:
            suspects.append({"instance": ctx.ref("Procedure", r["session_id"])})
            suspects += [
                {"instance": ctx.ref("Medication", sp["lot_id"])} for sp in uses.get(r["session_id"], [])
            ]
        event = fc.reaction_concept(r["type"], r["area"])
        ctx.add(
            "AdverseEvent",
            r["id"],
            {
                "identifier": ctx.identifier("reaction", r["id"]),
                "actuality": "actual",
                "event": event,
                "subject": ctx.patient_ref,
                "date": instant(r["onset_at"]),
                "recordedDate": instant(r["created_at"]),
                "location": None,
                "severity": {
                    "coding": [
                        fc.coding(
                            "http://terminology.hl7.org/CodeSystem/adverse-event-severity",
                            ADVERSE_SEVERITY.get(r["severity"], "mild"),
                        )
                    ]
                },
                "outcome": {
                    "coding": [
                        fc.coding(
                            "http://terminology.hl7.org/CodeSystem/adverse-event-outcome",
                            "resolved" if r["resolved_on"] else "ongoing",
                        )
                    ]
                },
                "suspectEntity": suspects,
            },
            summary=f"Reaction: {event['text']}, {r['severity']}",
            updated=r.get("created_at"),
        )
        for ra in assessments.get(r["id"], []):
            symptom = ra["symptom"]
            ctx.add(
                "Observation",
                f"assessment/{ra['id']}",
                {
                    "status": "final",
                    "category": [_category("exam")],
                    "code": fc.reaction_concept(symptom)
                    if symptom in fc.REACTIONS
                    else {"text": symptom.replace("_", " ")},
                    "subject": ctx.patient_ref,
                    "focus": [ctx.ref("AdverseEvent", r["id"])],
                    "effectiveDateTime": instant(r["onset_at"] + timedelta(days=int(ra["day"])))
                    if r.get("onset_at") is not None
                    else None,
                    "valueCodeableConcept": fc.mesodesk_concept("grade", ra["grade"], ra["grade"]),
                    "note": [{"text": ra["notes"]}] if ra.get("notes") else [],
                },
                summary=f"{symptom.replace('_', ' ')}, day {ra['day']} after onset: {ra['grade']}",
            )


def build_plans(ctx: FhirContext) -> None:
    for plan in ctx.tables["treatment_plans"]:
        activity = []
        if plan.get("course_sessions"):
            activity.append(
                {
                    "detail": {
                        "kind": "ServiceRequest",
                        "code": {"text": "Course session"},
                        "status": "in-progress" if plan["active"] else "completed",
                        "scheduledTiming": {
                            "repeat": {
                                "count": int(plan["course_sessions"]),
                                "period": int(plan["course_interval_days"] or 7),
                                "periodUnit": "d",
                            }
                        },
                    }
                }
            )
        if plan.get("maintenance_interval_days"):
            activity.append(
                {
                    "detail": {
                        "kind": "ServiceRequest",
                        "code": {"text": "Maintenance session"},
                        "status": "scheduled" if plan["active"] else "completed",
                        "scheduledTiming": {
                            "repeat": {"period": int(plan["maintenance_interval_days"]), "periodUnit": "d"}
                        },
                    }
                }
            )
        ctx.add(
            "CarePlan",
            plan["id"],
            {
                "status": "active" if plan["active"] else "completed",
                "intent": "plan",
                "title": plan["name"],
                "description": plan.get("notes") or None,
                "subject": ctx.patient_ref,
                "period": {"start": instant(plan["start_date"])} if plan.get("start_date") else None,
                "created": instant(plan["created_at"]),
                "activity": activity,
            },
            summary=f"Plan {plan['name']}",
            updated=plan.get("created_at"),
        )


def build_follow_ups(ctx: FhirContext) -> None:
    for fu in ctx.tables["follow_ups"]:
        label = FOLLOW_UP_LABELS.get(fu["kind"], fu["kind"])
        due = instant(fu["due_at"]) if fu.get("due_at") else instant(fu["due_date"])
        ctx.add(
            "Task",
            fu["id"],
            {
                "identifier": [ctx.identifier("follow-up", fu["id"])],
                "basedOn": [ctx.ref("CarePlan", fu["plan_id"])] if fu.get("plan_id") else [],
                "status": TASK_STATUS.get(fu["status"], "requested"),
                "intent": "plan",
                "code": fc.mesodesk_concept("follow-up", fu["kind"], label),
                "for": ctx.patient_ref,
                "focus": ctx.ref("Procedure", fu["session_id"]) if fu.get("session_id") else None,
                "authoredOn": instant(fu["created_at"]),
                "restriction": {"period": {"end": due}},
                "executionPeriod": {"end": instant(fu["done_at"])} if fu.get("done_at") else None,
                "note": [{"text": fu["notes"]}] if fu.get("notes") else [],
            },
            summary=f"{label} due {due} ({fu['status']})",
        )


def build_photos(ctx: FhirContext) -> None:
    for ph in ctx.tables["photos"]:
        ctx.add(
            "Media",
            ph["id"],
            {
                "status": "completed",
                "type": {
                    "coding": [
                        fc.coding("http://terminology.hl7.org/CodeSystem/media-type", "image", "Image")
                    ]
                },
                "subject": ctx.patient_ref,
                "partOf": [ctx.ref("Procedure", ph["session_id"])] if ph.get("session_id") else [],
                "createdDateTime": instant(ph["taken_on"]),
                "bodySite": fc.body_site(ph.get("area")),
                "width": ph.get("width"),
                "height": ph.get("height"),
                "content": {
                    "contentType": ph["mime_type"],
                    "data": base64.b64encode(bytes(ph["data"])).decode("ascii"),
                    "size": ph["size_bytes"],
                    "title": ph["filename"],
                    "creation": instant(ph["created_at"]),
                },
                "note": [{"text": ph["caption"]}] if ph.get("caption") else [],
            },
            summary=f"Photo ({ph['kind']}) {ph['filename']} taken {instant(ph['taken_on'])}",
        )


def build_consents(ctx: FhirContext) -> None:
    texts = {ct["id"]: ct for ct in ctx.tables["consent_texts"]}
    for c in ctx.tables["consents"]:
        text = texts.get(c["consent_text_id"], {})
        title = f"{text.get('title', 'Consent')} ({text.get('code', '')} v{text.get('version', '')})"
        ctx.add(
            "Consent",
            c["id"],
            {
                "status": "active",
                "scope": {
                    "coding": [fc.coding("http://terminology.hl7.org/CodeSystem/consentscope", "treatment")]
                },
                "category": [
                    {
                        "coding": [fc.coding(fc.LOINC, "59284-0", "Consent Document")],
                        "text": "Consent for treatment",
                    }
                ],
                "patient": ctx.patient_ref,
                "dateTime": instant(c["signed_at"]),
                "performer": [ctx.patient_ref],
                "policyRule": {
                    "coding": [fc.coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "OPTIN")]
                },
                "sourceAttachment": {
                    "contentType": "text/markdown",
                    "title": title,
                    "data": base64.b64encode(text.get("body", "").encode()).decode("ascii"),
                },
                "provision": {
                    "type": "permit",
                    "actor": [
                        {
                            "role": {
                                "coding": [
                                    fc.coding(
                                        "http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "PRF"
                                    )
                                ]
                            },
                            "reference": ctx.user_ref(c["practitioner_id"]),
                        }
                    ],
                },
            },
            summary=f"Consent {title} signed {instant(c['signed_at'])}",
        )
        if c.get("signature_png"):
            # the patient's signature: a Provenance of the Consent (R4 Consent has no signature)
            ctx.add(
                "Provenance",
                f"consent/{c['id']}",
                {
                    "target": [ctx.ref("Consent", c["id"])],
                    "recorded": instant(c["created_at"]),
                    "agent": [{"who": ctx.patient_ref}],
                    "signature": [
                        {
                            "type": [
                                fc.coding(
                                    "urn:iso-astm:E1762-95:2013",
                                    "1.2.840.10065.1.12.1.7",
                                    "Consent Signature",
                                )
                            ],
                            "when": instant(c["signed_at"]),
                            "who": ctx.patient_ref,
                            "sigFormat": "image/png",
                            "data": base64.b64encode(bytes(c["signature_png"])).decode("ascii"),
                        }
                    ],
                },
                summary=f"Patient's signature ({c.get('signature_source') or 'drawn'}) on consent {title}",
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


def validate_bundle(bundle: dict[str, Any]):  # type: ignore[no-untyped-def]
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
