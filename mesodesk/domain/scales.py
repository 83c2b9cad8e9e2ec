"""Outcome instruments as data: validated scales (items, ranges, anchors, reference, bands) and measures.

The built-in registry below is what every clinic starts with; a clinic adds its own scales and free
numeric measures (stored as definitions in the database, see ``scale_from_dict`` / ``measure_from_dict``).
Plain Python: nothing here imports the database or Qt.

Direction says how a score reads:
- ``lower`` — lower is better (CSS, wrinkle severity, Glogau, hair-loss grades, circumferences);
- ``higher`` — higher is better (satisfaction, corneometer units);
- ``rating`` — the score is itself a rating of change since baseline (GAIS), so it has no baseline.

A responder rule is ``(kind, value)``:
- ``("rating_at_most", 3)`` — the rating is this or better (GAIS "improved" or better);
- ``("band_drop", 1)`` — the severity band is at least this many bands better than at baseline;
- ``("change_at_least", 2.0)`` — improved by at least this much (in the direction of improvement).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from mesodesk.domain.errors import ValidationError
from mesodesk.domain.scale_types import (  # noqa: F401 - re-exported
    CODE_RE,
    DIRECTIONS,
    RESPONDER_RULES,
    Band,
    Item,
    Measure,
    Scale,
)


def _single(code: str, label: str, lo: int, hi: int, anchors: Iterable[tuple[int, str]]) -> tuple[Item, ...]:
    return (Item(code, label, lo, hi, tuple(anchors)),)


_GAIS_ANCHORS = (
    (1, "Very much improved: optimal cosmetic result"),
    (2, "Much improved: marked improvement, not completely optimal"),
    (3, "Improved: obvious improvement, a touch-up is indicated"),
    (4, "No change: the appearance is essentially the same as at baseline"),
    (5, "Worse: the appearance is worse than at baseline"),
)
_GAIS_REF = (
    "Global Aesthetic Improvement Scale. Narins RS et al., Dermatol Surg 2003;29(6):588-95; "
    "rating of the change since baseline (baseline photographs at hand)."
)
_CSS_ITEMS = (
    Item(
        "a_depressions",
        "A. Number of evident depressions",
        0,
        3,
        (
            (0, "None"),
            (1, "A small number: 1-4 depressions"),
            (2, "A moderate number: 5-9"),
            (3, "A large number: 10 or more"),
        ),
    ),
    Item(
        "b_depth",
        "B. Depth of depressions",
        0,
        3,
        ((0, "No depressions"), (1, "Superficial"), (2, "Medium depth"), (3, "Deep")),
    ),
    Item(
        "c_morphology",
        "C. Morphological appearance of skin surface alterations",
        0,
        3,
        (
            (0, "No raised areas"),
            (1, "'Orange peel' appearance"),
            (2, "'Cottage cheese' appearance"),
            (3, "'Mattress' appearance"),
        ),
    ),
    Item(
        "d_laxity",
        "D. Grade of laxity, flaccidity or sagging skin",
        0,
        3,
        (
            (0, "Absent"),
            (1, "Slight draped appearance"),
            (2, "Moderate draped appearance"),
            (3, "Severe draped appearance"),
        ),
    ),
    Item(
        "e_nurnberger",
        "E. Nürnberger-Müller classification",
        0,
        3,
        (
            (0, "Grade zero: no alteration to the skin surface"),
            (1, "Grade one: smooth standing and lying; alterations on pinching or muscle contraction"),
            (2, "Grade two: orange-peel or mattress appearance standing, without manipulation"),
            (3, "Grade three: alterations standing and lying"),
        ),
    ),
)

BUILTIN_SCALES: tuple[Scale, ...] = (
    Scale(
        "gais_investigator",
        "GAIS (investigator)",
        _single("rating", "Global aesthetic improvement (investigator)", 1, 5, _GAIS_ANCHORS),
        "rating",
        _GAIS_REF,
        responder=("rating_at_most", 3),
    ),
    Scale(
        "gais_subject",
        "GAIS (subject)",
        _single("rating", "Global aesthetic improvement (patient)", 1, 5, _GAIS_ANCHORS),
        "rating",
        _GAIS_REF,
        responder=("rating_at_most", 3),
    ),
    Scale(
        "css",
        "Cellulite severity scale (Hexsel CSS)",
        _CSS_ITEMS,
        "lower",
        "Hexsel DM, Dal'Forno T, Hexsel CL. A validated photonumeric cellulite severity scale. "
        "J Eur Acad Dermatol Venereol 2009;23(5):523-8.",
        bands=(Band(0, 0, "none"), Band(1, 5, "mild"), Band(6, 10, "moderate"), Band(11, 15, "severe")),
        responder=("band_drop", 1),
        indications=("cellulite",),
    ),
    Scale(
        "nurnberger_muller",
        "Nürnberger-Müller cellulite grade",
        _single("grade", "Cellulite grade", 0, 3, _CSS_ITEMS[4].anchors),
        "lower",
        "Nürnberger F, Müller G. So-called cellulite: an invented disease. "
        "J Dermatol Surg Oncol 1978;4(3):221-9.",
        responder=("change_at_least", 1),
        indications=("cellulite",),
    ),
    Scale(
        "wsrs",
        "Wrinkle severity rating scale (WSRS)",
        _single(
            "severity",
            "Wrinkle severity",
            1,
            5,
            (
                (1, "Absent: no visible fold, continuous skin line"),
                (2, "Mild: shallow but visible fold with a slight indentation"),
                (3, "Moderate: moderately deep folds, clear features at normal appearance"),
                (4, "Severe: very long and deep folds, prominent facial features"),
                (5, "Extreme: extremely deep and long folds, detrimental to facial appearance"),
            ),
        ),
        "lower",
        "Day DJ et al. The wrinkle severity rating scale: a validation study. Am J Clin Dermatol 2004;5(1):49-52.",
        responder=("change_at_least", 1),
        indications=("fine lines", "wrinkles"),
    ),
    Scale(
        "glogau",
        "Glogau photoageing type",
        _single(
            "type",
            "Photoageing type",
            1,
            4,
            (
                (1, "Type I, no wrinkles: early photoageing, mild pigmentary changes"),
                (2, "Type II, wrinkles in motion: early to moderate photoageing"),
                (3, "Type III, wrinkles at rest: advanced photoageing, dyschromia"),
                (4, "Type IV, only wrinkles: severe photoageing, yellow-grey skin"),
            ),
        ),
        "lower",
        "Glogau RG. Aesthetic and anatomic analysis of the aging skin. Semin Cutan Med Surg 1996;15(3):134-8.",
        responder=("change_at_least", 1),
        indications=("photoageing", "fine lines", "dull skin"),
    ),
    Scale(
        "ludwig",
        "Ludwig grade (female pattern hair loss)",
        _single(
            "grade",
            "Hair-loss grade",
            1,
            3,
            (
                (1, "Grade I: perceptible thinning of the crown, frontal line preserved"),
                (2, "Grade II: pronounced rarefaction of the crown"),
                (3, "Grade III: full baldness (denudation) of the crown"),
            ),
        ),
        "lower",
        "Ludwig E. Classification of the types of androgenetic alopecia (common baldness) occurring in "
        "the female sex. Br J Dermatol 1977;97(3):247-54.",
        responder=("change_at_least", 1),
        indications=("hair loss", "alopecia"),
    ),
    Scale(
        "norwood",
        "Norwood-Hamilton stage (male pattern hair loss)",
        _single(
            "stage",
            "Hair-loss stage",
            1,
            7,
            (
                (1, "Stage I: no or minimal recession of the hairline"),
                (2, "Stage II: triangular frontotemporal recession"),
                (3, "Stage III: deep frontotemporal recession (III vertex: with vertex loss)"),
                (4, "Stage IV: further recession and vertex loss, a band of hair between"),
                (5, "Stage V: the band between the areas narrows"),
                (6, "Stage VI: the bridge of hair is gone, areas joined"),
                (7, "Stage VII: only a horseshoe band of hair remains"),
            ),
        ),
        "lower",
        "Norwood OT. Male pattern baldness: classification and incidence. South Med J 1975;68(11):1359-65.",
        responder=("change_at_least", 1),
        indications=("hair loss", "alopecia"),
    ),
    Scale(
        "satisfaction",
        "Patient satisfaction (0-10)",
        _single(
            "score",
            "How satisfied are you with the result?",
            0,
            10,
            ((0, "Not at all satisfied"), (5, "Moderately satisfied"), (10, "Completely satisfied")),
        ),
        "higher",
        "Numeric rating scale 0-10 (patient-reported).",
        responder=("change_at_least", 2),
    ),
)

_CIRC_HINT = "e.g. 5 cm above the navel, standing, relaxed"
BUILTIN_MEASURES: tuple[Measure, ...] = (
    Measure("weight", "Weight", "kg", "kg", "lower", "29463-7", responder=("change_at_least", 2.0)),
    Measure("height", "Height", "cm", "cm", "higher", "8302-2"),
    Measure(
        "waist",
        "Waist circumference",
        "cm",
        "cm",
        "lower",
        "8280-0",
        "e.g. midway between the lowest rib and the iliac crest",
        ("change_at_least", 2.0),
        needs_site=True,
    ),
    Measure(
        "hips",
        "Hip circumference",
        "cm",
        "cm",
        "lower",
        "62409-8",
        "e.g. widest point over the buttocks",
        ("change_at_least", 2.0),
        needs_site=True,
    ),
    Measure(
        "thigh_left",
        "Thigh circumference, left",
        "cm",
        "cm",
        "lower",
        "",
        "e.g. 15 cm above the top of the patella",
        ("change_at_least", 1.0),
        needs_site=True,
    ),
    Measure(
        "thigh_right",
        "Thigh circumference, right",
        "cm",
        "cm",
        "lower",
        "",
        "e.g. 15 cm above the top of the patella",
        ("change_at_least", 1.0),
        needs_site=True,
    ),
    Measure(
        "arm_left",
        "Arm circumference, left",
        "cm",
        "cm",
        "lower",
        "",
        "e.g. midway shoulder to elbow, arm relaxed",
        ("change_at_least", 1.0),
        needs_site=True,
    ),
    Measure(
        "arm_right",
        "Arm circumference, right",
        "cm",
        "cm",
        "lower",
        "",
        "e.g. midway shoulder to elbow, arm relaxed",
        ("change_at_least", 1.0),
        needs_site=True,
    ),
)
BMI = Measure("bmi", "Body mass index", "kg/m²", "kg/m2", "lower", "39156-5")
del _CIRC_HINT


def bmi(weight_kg: float, height_cm: float) -> float:
    """Body mass index, kg/m², to one decimal."""
    if height_cm <= 0:
        raise ValidationError("height", "must be more than 0")
    return round(weight_kg / (height_cm / 100) ** 2, 1)


@dataclass
class Registry:
    """The built-ins plus a clinic's own definitions."""

    scales: dict[str, Scale] = field(default_factory=lambda: {s.code: s for s in BUILTIN_SCALES})
    measures: dict[str, Measure] = field(default_factory=lambda: {m.code: m for m in BUILTIN_MEASURES})
    #: A clinic's own instruments it no longer records (their recorded values are still shown).
    retired: set[str] = field(default_factory=set)

    def active_scales(self) -> dict[str, Scale]:
        return {c: s for c, s in self.scales.items() if c not in self.retired}

    def active_measures(self) -> dict[str, Measure]:
        return {c: m for c, m in self.measures.items() if c not in self.retired}

    def add(self, definition: Scale | Measure) -> None:
        if definition.code in self.scales or definition.code in self.measures or definition.code == "bmi":
            raise ValidationError(
                "code", "{code!r} is already used by another scale or measure", code=definition.code
            )
        target: dict = self.scales if isinstance(definition, Scale) else self.measures
        target[definition.code] = definition

    def scale(self, code: str) -> Scale:
        try:
            return self.scales[code]
        except KeyError:
            raise ValidationError("scale", "unknown scale {code!r}", code=code) from None

    def measure(self, code: str) -> Measure:
        if code == "bmi":
            return BMI
        try:
            return self.measures[code]
        except KeyError:
            raise ValidationError("measure", "unknown measure {code!r}", code=code) from None

    def instrument(self, code: str) -> Scale | Measure:
        return self.scales[code] if code in self.scales else self.measure(code)


def _code(value: Any, field: str = "code") -> str:
    code = str(value or "").strip()
    if not CODE_RE.match(code):
        raise ValidationError(field, "use 2-40 lower-case letters, digits or _ and start with a letter")
    return code


def _responder(value: Any) -> tuple[str, float] | None:
    if not value:
        return None
    try:
        kind, limit = value
        limit = float(limit)
    except (TypeError, ValueError):
        raise ValidationError("responder", "must be [rule, value]") from None
    if kind not in RESPONDER_RULES:
        raise ValidationError("responder", "must be one of {choices}", choices=", ".join(RESPONDER_RULES))
    return (kind, limit)


def _bands(raw_bands: Any, low: int, high: int) -> tuple[Band, ...]:
    """Severity bands of totals: each from <= to, inside the scale's range, not overlapping."""
    bands: list[Band] = []
    for n, raw in enumerate(raw_bands):
        try:
            lo, hi, label = raw
            lo, hi = float(lo), float(hi)
        except (TypeError, ValueError):
            raise ValidationError(f"bands[{n}]", "needs a from, a to and a label") from None
        label = str(label or "").strip()
        if not label:
            raise ValidationError(f"bands[{n}].label", "is required")
        if hi < lo:
            raise ValidationError(f"bands[{n}].high", "ends before it starts")
        if lo < low or hi > high:
            raise ValidationError(
                f"bands[{n}]", "must lie within the scale's total, {low}-{high}", low=low, high=high
            )
        if any(lo <= b.high and b.low <= hi for b in bands):
            raise ValidationError(f"bands[{n}]", "overlaps another band")
        bands.append(Band(lo, hi, label))
    return tuple(bands)


def _bound(data: Mapping[str, Any], key: str) -> float | None:
    value = data.get(key)
    if value is None or value == "":
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        raise ValidationError(key, "must be a number") from None


def scale_from_dict(data: Mapping[str, Any]) -> Scale:
    """A clinic's own scale from its stored definition (validated; errors name the field)."""
    code = _code(data.get("code"))
    name = str(data.get("name") or "").strip()
    if not name:
        raise ValidationError("name", "is required")
    direction = data.get("direction", "lower")
    if direction not in DIRECTIONS:
        raise ValidationError("direction", "must be one of {choices}", choices=", ".join(DIRECTIONS))
    raw_items = data.get("items") or []
    if not raw_items:
        raise ValidationError("items", "a scale needs at least one item")
    items = []
    seen = set()
    for n, raw in enumerate(raw_items):
        try:
            lo, hi = int(raw["min"]), int(raw["max"])
        except (KeyError, TypeError, ValueError):
            raise ValidationError(f"items[{n}]", "needs a whole-number min and max") from None
        if hi <= lo:
            raise ValidationError(f"items[{n}].max", "must be more than min")
        item_code = _code(raw.get("code") or f"item_{n + 1}", f"items[{n}].code")
        if item_code in seen:
            raise ValidationError(f"items[{n}].code", "{item_code!r} is used twice", item_code=item_code)
        seen.add(item_code)
        anchors = []
        for key, wording in (raw.get("anchors") or {}).items():
            try:
                value = int(key)
            except (TypeError, ValueError):
                raise ValidationError(
                    f"items[{n}].anchors", "{key!r} is not a whole number", key=key
                ) from None
            if not lo <= value <= hi:
                raise ValidationError(
                    f"items[{n}].anchors", "{value} is outside {low}-{high}", value=value, low=lo, high=hi
                )
            if str(wording or "").strip():
                anchors.append((value, str(wording).strip()))
        items.append(
            Item(item_code, str(raw.get("label") or item_code).strip(), lo, hi, tuple(sorted(anchors)))
        )
    bands = _bands(data.get("bands") or (), sum(i.minimum for i in items), sum(i.maximum for i in items))
    return Scale(
        code,
        name,
        tuple(items),
        direction,
        str(data.get("reference") or ""),
        bands,
        _responder(data.get("responder")),
        tuple(data.get("indications") or ()),
        builtin=False,
    )


def measure_from_dict(data: Mapping[str, Any]) -> Measure:
    code = _code(data.get("code"))
    name = str(data.get("name") or "").strip()
    if not name:
        raise ValidationError("name", "is required")
    unit = str(data.get("unit") or "").strip()
    if not unit:
        raise ValidationError("unit", "is required (e.g. cm, kg, AU)")
    direction = data.get("direction", "higher")
    if direction not in ("lower", "higher"):
        raise ValidationError("direction", "must be lower or higher")
    low, high = _bound(data, "min"), _bound(data, "max")
    if low is not None and high is not None and high <= low:
        raise ValidationError("max", "must be more than min")
    return Measure(
        code,
        name,
        unit,
        str(data.get("ucum") or "{" + unit.replace(" ", "_") + "}"),
        direction,
        "",
        str(data.get("site_hint") or ""),
        _responder(data.get("responder")),
        builtin=False,
        minimum=low,
        maximum=high,
    )
