"""Measurements and scale scores as FHIR R4 Observations (registered with fhir_export's builders).

LOINC where a code exists (body weight 29463-7 kg, body height 8302-2 cm, BMI 39156-5 kg/m2, waist
circumference 8280-0 cm, hip circumference 62409-8 cm), UCUM units, and MesoDesk's own coding for every
measure and scale; a scale's items travel as components, its severity grade as the interpretation.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from typing import Any

from mesodesk.domain.scales import BMI, Measure, Registry, Scale, bmi, measure_from_dict, scale_from_dict
from mesodesk.interop import fhir_codes as fc
from mesodesk.interop.fhir_context import FhirContext

VITAL_SIGNS = {"weight", "height", "bmi"}
SURVEY_SCALES = {"gais_subject", "satisfaction"}


def _category(code: str) -> dict[str, Any]:
    return {"coding": [fc.coding("http://terminology.hl7.org/CodeSystem/observation-category", code)]}


def _registry(ctx: FhirContext) -> Registry:
    registry = Registry()
    for row in ctx.tables.get("outcome_definitions", []):
        try:
            data = json.loads(row["definition_json"])
            registry.add(scale_from_dict(data) if row["kind"] == "scale" else measure_from_dict(data))
        except Exception:  # noqa: BLE001 - a definition that no longer parses: its codes go as text
            continue
    return registry


def measure_code(measure: Measure) -> dict[str, Any]:
    coding = []
    if measure.loinc:
        coding.append(fc.coding(fc.LOINC, measure.loinc, measure.name))
    coding.append(fc.coding(f"{fc.MESODESK_CS}/measure", measure.code, measure.name))
    return {"coding": coding, "text": measure.name}


def ucum_quantity(value: float, measure: Measure) -> dict[str, Any]:
    out: dict[str, Any] = {"value": value} if math.isfinite(value) else {}  # see fc.quantity
    return out | {"unit": measure.unit, "system": fc.UCUM, "code": measure.ucum}


def build_outcomes(ctx: FhirContext) -> None:
    registry = _registry(ctx)
    measurements = ctx.tables.get("measurements", [])
    heights = sorted((m["measured_on"], m["value"], m["id"]) for m in measurements if m["code"] == "height")
    for m in measurements:
        measure = registry.measures.get(m["code"]) or Measure(
            m["code"], m["code"], m["unit"], "{" + m["unit"] + "}"
        )
        ctx.add(
            "Observation",
            f"measurement/{m['id']}",
            {
                "identifier": [ctx.identifier("measurement", m["id"])],
                "status": "final",
                "category": [_category("vital-signs" if m["code"] in VITAL_SIGNS else "exam")],
                "code": measure_code(measure),
                "subject": ctx.patient_ref,
                "partOf": [ctx.ref("Procedure", m["session_id"])] if m.get("session_id") else [],
                "effectiveDateTime": m["measured_on"].isoformat(),
                "performer": [ref] if (ref := ctx.user_ref(m.get("recorded_by_id"))) else [],
                "valueQuantity": ucum_quantity(m["value"], measure),
                "bodySite": {"text": m["site"]} if m.get("site") else None,
                "note": [{"text": m["notes"]}] if m.get("notes") else [],
            },
            summary=f"{measure.name}: {m['value']:g} {measure.unit}"
            + (f" ({m['site']})" if m.get("site") else ""),
            updated=m.get("created_at"),
        )
        if m["code"] == "weight" and heights:
            taller = [h for h in heights if h[0] <= m["measured_on"]] or heights[:1]
            day, height, height_id = taller[-1]
            value = bmi(m["value"], height)
            ctx.add(
                "Observation",
                f"bmi/{m['id']}",
                {
                    "status": "final",
                    "category": [_category("vital-signs")],
                    "code": measure_code(BMI),
                    "subject": ctx.patient_ref,
                    "effectiveDateTime": m["measured_on"].isoformat(),
                    "valueQuantity": ucum_quantity(value, BMI),
                    "derivedFrom": [
                        ctx.ref("Observation", f"measurement/{m['id']}"),
                        ctx.ref("Observation", f"measurement/{height_id}"),
                    ],
                },
                summary=f"BMI {value:g} kg/m2 (weight {m['value']:g} kg, height {height:g} cm on {day.isoformat()})",
            )
    photos: dict[int, list[int]] = defaultdict(list)
    for link in ctx.tables.get("outcome_assessment_photos", []):
        photos[link["assessment_id"]].append(link["photo_id"])
    for a in ctx.tables.get("outcome_assessments", []):
        scale = registry.scales.get(a["scale_code"]) or Scale(
            a["scale_code"], a["scale_code"], (), "lower", ""
        )
        scores = json.loads(a.get("scores_json") or "{}")
        labels = {i.code: i.label for i in scale.items}
        band = scale.band(a["total"]) if scale.bands else ""
        total = int(a["total"]) if float(a["total"]).is_integer() else a["total"]
        ctx.add(
            "Observation",
            f"outcome/{a['id']}",
            {
                "identifier": [ctx.identifier("outcome-assessment", a["id"])],
                "status": "final",
                "category": [_category("survey" if a["scale_code"] in SURVEY_SCALES else "exam")],
                "code": fc.mesodesk_concept("scale", scale.code, scale.name),
                "subject": ctx.patient_ref,
                "partOf": [ctx.ref("Procedure", a["session_id"])] if a.get("session_id") else [],
                "effectiveDateTime": a["assessed_on"].isoformat(),
                "performer": [ref] if (ref := ctx.user_ref(a.get("assessed_by_id"))) else [],
                "valueInteger" if isinstance(total, int) else "valueQuantity": total
                if isinstance(total, int)
                else {"value": total},
                "interpretation": [fc.mesodesk_concept(f"scale/{scale.code}/band", band, band)]
                if band
                else [],
                "derivedFrom": [ctx.ref("Media", pid) for pid in photos.get(a["id"], [])],
                "component": [
                    {
                        "code": fc.mesodesk_concept(f"scale/{scale.code}", item, labels.get(item, item)),
                        "valueInteger": int(value),
                    }
                    for item, value in scores.items()
                ]
                if len(scores) > 1
                else [],
                "note": [{"text": a["notes"]}] if a.get("notes") else [],
            },
            summary=f"{scale.name}: {a['total']:g}" + (f" ({band})" if band else ""),
            updated=a.get("created_at"),
        )
