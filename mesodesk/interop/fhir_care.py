"""FHIR resources of the care given: Procedure and MedicationAdministration (sessions, with each
treated area and injection mark as a MesoDesk extension), AdverseEvent and Observation (reactions and
their assessments), CarePlan (plans) and Task (follow-ups). Listed in fhir_export.BUILDERS."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from mesodesk.interop import fhir_codes as fc
from mesodesk.interop.fhir_context import FhirContext, category, group_by, instant

PROCEDURE_STATUS = {"draft": "in-progress", "signed": "completed", "void": "entered-in-error"}
ADVERSE_SEVERITY = {"none": "mild", "mild": "mild", "moderate": "moderate", "severe": "severe"}
TASK_STATUS = {"open": "requested", "done": "completed", "cancelled": "cancelled"}
FOLLOW_UP_LABELS = {
    "course": "Course session",
    "maintenance": "Maintenance session",
    "check_call": "Check call",
    "review": "Review",
}


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
                    "category": [category("exam")],
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
