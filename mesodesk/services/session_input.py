"""What a session is made of as input (areas, products, marks), and its shape checked before the database."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import datetime

from mesodesk.db.models import (
    TreatmentSession,
)
from mesodesk.domain import enums
from mesodesk.domain.enums import values
from mesodesk.domain.errors import ValidationError
from mesodesk.domain.rules import (
    MAX_DEPTH_MM,
    MAX_INJECTION_POINTS,
    MAX_NEEDLE_LENGTH_MM,
    MAX_VOLUME_ML,
    NEEDLE_GAUGES,
    depth_warning,
)
from mesodesk.i18n.labels import label
from mesodesk.services import validation
from mesodesk.services.signoff import (
    Gate,
    SignOffBlockedError,
    SignOffWarningError,
)

__all__ = ["Gate", "SignOffBlockedError", "SignOffWarningError"]


@dataclass
class AreaInput:
    area: str
    technique: str = enums.Technique.PAPULES.value
    device: str = enums.Device.SYRINGE.value
    needle_gauge: int | None = 32
    needle_length_mm: float | None = 4.0
    depth_mm: float = 2.0
    injection_points: int = 0
    volume_ml: float = 0.0


@dataclass
class ProductUse:
    lot_id: int
    volume_ml: float


@dataclass
class MarkInput:
    diagram: str
    x: float
    y: float
    kind: str = enums.MarkKind.POINT.value
    radius: float | None = None
    depth_mm: float | None = None
    volume_ml: float | None = None
    product_id: int | None = None
    note: str = ""


@dataclass
class SessionInput:
    patient_id: int
    practitioner_id: int
    performed_at: datetime
    indications: list[str] = field(default_factory=list)
    areas: list[AreaInput] = field(default_factory=list)
    products: list[ProductUse] = field(default_factory=list)
    marks: list[MarkInput] = field(default_factory=list)
    formula_id: int | None = None
    formula_name: str = ""
    formula_is_custom: bool = False
    anaesthesia: str = ""
    immediate_reactions: str = ""
    notes: str = ""
    protocol_id: int | None = None
    plan_id: int | None = None
    anaesthesia_lot_id: int | None = None  # the anaesthetic, when chosen from the catalogue


@dataclass
class SaveResult:
    session: TreatmentSession
    warnings: list[str]


def validate_shape(data: SessionInput, now: datetime) -> tuple[SessionInput, list[str]]:
    """Checks that need no database: the input as it is saved (a cleaned copy: text normalised, numbers
    as floats) and the warnings the caller can show."""
    v = validation
    data = copy.deepcopy(v.instance("session", data, SessionInput))
    warnings: list[str] = []
    v.record_id("patient", data.patient_id)
    v.record_id("practitioner", data.practitioner_id)
    v.recent_moment("performed_at", data.performed_at, now)
    indications = [
        cleaned
        for i, item in enumerate(v.entries("indications", data.indications, str))
        if (cleaned := v.optional_text(f"indications[{i}]", item, max_length=400))
    ]
    if any("," in item for item in indications):
        raise ValidationError("indications", "an indication cannot hold a comma")
    data.indications = indications
    v.optional_text("indications", ", ".join(indications), max_length=400)
    data.formula_name = v.optional_text("formula_name", data.formula_name, max_length=200)
    data.formula_is_custom = v.flag("formula_is_custom", data.formula_is_custom)
    data.anaesthesia = v.optional_text("anaesthesia", data.anaesthesia, max_length=200)
    data.immediate_reactions = v.optional_text("immediate_reactions", data.immediate_reactions)
    data.notes = v.optional_text("notes", data.notes)
    for name in ("formula_id", "protocol_id", "plan_id", "anaesthesia_lot_id"):
        v.record_id(name, getattr(data, name), required=False)
    areas = v.entries("areas", data.areas, AreaInput)
    if not areas:
        raise ValidationError("areas", "record at least one treated area")
    for i, area in enumerate(areas):
        prefix = f"areas[{i}]"
        v.choice(f"{prefix}.area", area.area, values(enums.Area))
        v.choice(f"{prefix}.technique", area.technique, values(enums.Technique))
        v.choice(f"{prefix}.device", area.device, values(enums.Device))
        depth = v.number(f"{prefix}.depth_mm", area.depth_mm, above=0.0, high=MAX_DEPTH_MM)
        assert depth is not None
        area.depth_mm = depth
        if (w := depth_warning(depth)) is not None:
            warnings.append(f"{label('area', area.area)}: {w}")
        points = v.whole(
            f"{prefix}.injection_points", area.injection_points, low=0, high=MAX_INJECTION_POINTS
        )
        assert points is not None
        area.injection_points = points
        volume = v.number(f"{prefix}.volume_ml", area.volume_ml, low=0.0, high=MAX_VOLUME_ML)
        assert volume is not None
        area.volume_ml = volume
        gauge_low, gauge_high = NEEDLE_GAUGES
        if area.needle_gauge is not None:
            gauge = v.whole(f"{prefix}.needle_gauge", area.needle_gauge, required=False)
            if gauge is None or not gauge_low <= gauge <= gauge_high:
                raise ValidationError(f"{prefix}.needle_gauge", "must be between 18G and 34G")
            area.needle_gauge = gauge
        area.needle_length_mm = v.number(
            f"{prefix}.needle_length_mm",
            area.needle_length_mm,
            above=0.0,
            high=MAX_NEEDLE_LENGTH_MM,
            required=False,
        )
    for i, use in enumerate(v.entries("products", data.products, ProductUse)):
        v.record_id(f"products[{i}].lot", use.lot_id)
        if (
            isinstance(use.volume_ml, int | float)
            and not isinstance(use.volume_ml, bool)
            and use.volume_ml == 0
        ):
            raise ValidationError(
                f"products[{i}].volume_ml", "must be more than 0 ml (remove the line if unused)"
            )
        volume = v.number(f"products[{i}].volume_ml", use.volume_ml, above=0.0, high=MAX_VOLUME_ML)
        assert volume is not None
        use.volume_ml = volume
    for i, mark in enumerate(v.entries("marks", data.marks, MarkInput)):
        mark.diagram = v.required_text(f"marks[{i}].diagram", mark.diagram, max_length=40)
        x = v.number(f"marks[{i}].x", mark.x)
        y = v.number(f"marks[{i}].y", mark.y)
        assert x is not None and y is not None
        if not (0 <= x <= 1 and 0 <= y <= 1):
            raise ValidationError(f"marks[{i}]", "is outside the diagram")
        mark.x, mark.y = x, y
        v.choice(f"marks[{i}].kind", mark.kind, values(enums.MarkKind))
        mark.radius = v.number(f"marks[{i}].radius", mark.radius, low=0.0, high=1.0, required=False)
        mark.depth_mm = v.number(
            f"marks[{i}].depth_mm", mark.depth_mm, above=0.0, high=MAX_DEPTH_MM, required=False
        )
        mark.volume_ml = v.number(
            f"marks[{i}].volume_ml", mark.volume_ml, low=0.0, high=MAX_VOLUME_ML, required=False
        )
        v.record_id(f"marks[{i}].product", mark.product_id, required=False)
        mark.note = v.optional_text(f"marks[{i}].note", mark.note, max_length=2000)
    return data, warnings
