"""The codes the FHIR export uses (resources/docs/fhir_codes.md says why each one).

SNOMED CT only where a standard concept says exactly what MesoDesk means; everything else goes as
text, or as a code of MesoDesk's own code system (MESODESK_CS) so nothing is coded wrongly.
"""

from __future__ import annotations

import math
from typing import Any

SNOMED = "http://snomed.info/sct"
LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
MESODESK_BASE = "https://mesodesk.app/fhir"  # MesoDesk's own definitions (not clinic identifiers)
MESODESK_CS = f"{MESODESK_BASE}/CodeSystem"
MESODESK_SD = f"{MESODESK_BASE}/StructureDefinition"

#: Procedure.code for every session: the SNOMED CT concept covering an injection of a substance
#: by a given route; the technique and the route travel on the MedicationAdministrations.
PROCEDURE_CODE = (SNOMED, "433590000", "Administration of substance via specific route")

#: session_areas.area / reactions.area / photos.area -> SNOMED CT body structure
BODY_SITES: dict[str, tuple[str, str]] = {
    "forehead": ("52795006", "Forehead structure"),
    "cheeks": ("60819002", "Cheek structure"),
    "perioral": ("123851003", "Mouth region structure"),
    "jawline": ("661005", "Jaw region structure"),
    "full_face": ("89545001", "Face structure"),
    "neck": ("45048000", "Neck structure"),
    "decollete": ("78904004", "Chest wall structure"),
    "hands": ("85562004", "Hand structure"),
    "scalp": ("41695006", "Scalp structure"),
    "abdomen": ("113345001", "Abdominal structure"),
    "flanks": ("58602004", "Flank structure"),
    "thighs": ("68367000", "Thigh structure"),
    "buttocks": ("46862004", "Buttock structure"),
    "arms": ("40983000", "Upper arm structure"),
    "knees": ("72696002", "Knee region structure"),
}

#: reactions.type -> SNOMED CT clinical finding (AdverseEvent.event, allergy manifestation)
REACTIONS: dict[str, tuple[str, str]] = {
    "bruising": ("125667009", "Contusion"),
    "swelling": ("65124004", "Swelling"),
    "redness": ("247441003", "Erythema"),
    "pain": ("22253000", "Pain"),
    "itching": ("418290006", "Itching"),
    "hives": ("126485001", "Urticaria"),
    "nodules": ("27925004", "Nodule"),
    "telangiectasia": ("247479008", "Telangiectasia"),
    "infection": ("40733004", "Infectious disease"),
    "nausea": ("422587007", "Nausea"),
    "anaphylaxis": ("39579001", "Anaphylaxis"),
}

#: free-text words of an allergy's reaction -> the reaction type coded above
MANIFESTATION_WORDS: dict[str, str] = {
    "hives": "hives",
    "urticaria": "hives",
    "wheals": "hives",
    "itching": "itching",
    "itch": "itching",
    "pruritus": "itching",
    "anaphylaxis": "anaphylaxis",
    "anaphylactic": "anaphylaxis",
    "swelling": "swelling",
    "oedema": "swelling",
    "edema": "swelling",
    "redness": "redness",
    "erythema": "redness",
    "rash": "redness",
    "nausea": "nausea",
    "pain": "pain",
}

#: allergy substances MesoDesk can recognise by name (folded) -> SNOMED CT substance
SUBSTANCES: dict[str, tuple[str, str]] = {
    "lidocaine": ("387480006", "Lidocaine"),
    "lignocaine": ("387480006", "Lidocaine"),
    "latex": ("111088007", "Latex"),
    "penicillin": ("764146007", "Penicillin"),
    "aspirin": ("387458008", "Aspirin"),
    "peanut": ("762952008", "Peanut"),
    "iodine": ("44588005", "Iodine"),
}

#: session_areas.technique -> route of the MedicationAdministration (SNOMED CT route qualifier)
ROUTES: dict[str, tuple[str, str]] = {
    "nappage": ("372464004", "Intradermal route"),
    "papules": ("372464004", "Intradermal route"),
    "point_by_point": ("372464004", "Intradermal route"),
    "linear": ("34206005", "Subcutaneous route"),
}

#: medical_histories flags -> (resource, coding) of the risk factor
HISTORY_CONDITIONS: dict[str, tuple[str, str, str, str]] = {
    # column: (system, code, display, text)
    "autoimmune_disease": (SNOMED, "85828009", "Autoimmune disease", "Autoimmune disease"),
    "keloid_tendency": (SNOMED, "49420001", "Keloid scar", "Tendency to keloid scarring"),
    "active_skin_infection": (SNOMED, "108365000", "Infection of skin", "Active skin infection"),
}
#: medication flags raise bruising risk; no single standard concept says "takes X": MesoDesk codes
HISTORY_OBSERVATIONS: dict[str, str] = {
    "anticoagulants": "Takes anticoagulants",
    "nsaids": "Takes NSAIDs",
    "supplements": "Takes supplements that raise bruising risk",
}
PREGNANCY_OBS = (LOINC, "82810-3", "Pregnancy status")
PREGNANT = (SNOMED, "77386006", "Pregnant")

#: ucum units used
UNITS = {"mL": "mL", "mm": "mm", "h": "h", "d": "d", "wk": "wk"}


def coding(system: str, code: str, display: str | None = None) -> dict[str, str]:
    out = {"system": system, "code": code}
    if display:
        out["display"] = display
    return out


def concept(pair: tuple[str, str] | None, text: str, system: str = SNOMED) -> dict[str, Any]:
    """A CodeableConcept: coded when ``pair`` (code, display) is known, always with the text."""
    out: dict[str, Any] = {"text": text}
    if pair:
        out["coding"] = [coding(system, pair[0], pair[1])]
    return out


def mesodesk_concept(kind: str, code: str, text: str) -> dict[str, Any]:
    return {"coding": [coding(f"{MESODESK_CS}/{kind}", code, text)], "text": text}


def quantity(value: float | int, unit: str) -> dict[str, Any]:
    """A UCUM quantity; a non-finite number (refused by the services, possible in an older record) is
    left out, as FHIR allows, never written as the non-JSON Infinity/NaN."""
    out: dict[str, Any] = {"value": value} if math.isfinite(value) else {}
    return out | {"unit": unit, "system": UCUM, "code": UNITS[unit]}


def body_site(area: str | None) -> dict[str, Any] | None:
    if not area:
        return None
    label = area.replace("_", " ")
    return concept(BODY_SITES.get(area), label)


def reaction_concept(kind: str, area: str | None = None) -> dict[str, Any]:
    text = kind.replace("_", " ") + (f" ({area.replace('_', ' ')})" if area else "")
    return concept(REACTIONS.get(kind), text)


def manifestation(text: str) -> dict[str, Any]:
    from mesodesk.domain.rules import fold

    words = fold(text).replace(",", " ").split()
    for w in words:
        if w in MANIFESTATION_WORDS:
            return concept(REACTIONS[MANIFESTATION_WORDS[w]], text)
    return {"text": text}


def substance(name: str) -> dict[str, Any]:
    from mesodesk.domain.rules import fold

    key = fold(name).strip()
    for word, pair in SUBSTANCES.items():
        if key == word or key.startswith(word + " ") or key.endswith(" " + word):
            return concept(pair, name)
    return {"text": name}


__all__ = [
    "SNOMED",
    "LOINC",
    "UCUM",
    "MESODESK_CS",
    "MESODESK_SD",
    "PROCEDURE_CODE",
    "BODY_SITES",
    "REACTIONS",
    "SUBSTANCES",
    "ROUTES",
    "coding",
    "concept",
    "quantity",
    "body_site",
    "reaction_concept",
    "manifestation",
    "substance",
]
