"""The kinds of outcome instrument: a validated scale (items, ranges, anchors, bands, responder rule)
and a numeric measure (unit, UCUM and LOINC codes). The built-in ones are in mesodesk.domain.scales."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from mesodesk.domain.errors import ValidationError

DIRECTIONS = ("lower", "higher", "rating")
RESPONDER_RULES = ("rating_at_most", "band_drop", "change_at_least")
CODE_RE = re.compile(r"^[a-z][a-z0-9_]{1,39}$")


@dataclass(frozen=True)
class Item:
    code: str
    label: str
    minimum: int
    maximum: int
    anchors: tuple[tuple[int, str], ...] = ()

    def anchor(self, score: int) -> str:
        return dict(self.anchors).get(score, "")


@dataclass(frozen=True)
class Band:
    low: float
    high: float
    label: str


@dataclass(frozen=True)
class Scale:
    code: str
    name: str
    items: tuple[Item, ...]
    direction: str
    reference: str
    bands: tuple[Band, ...] = ()
    responder: tuple[str, float] | None = None
    indications: tuple[str, ...] = ()  # where it is usually used (a hint for the entry form)
    builtin: bool = True

    @property
    def minimum(self) -> int:
        return sum(i.minimum for i in self.items)

    @property
    def maximum(self) -> int:
        return sum(i.maximum for i in self.items)

    @property
    def single(self) -> bool:
        return len(self.items) == 1

    def validate_scores(self, scores: Mapping[str, int]) -> dict[str, int]:
        """Every item scored once, inside its range; returns the scores in item order."""
        unknown = [k for k in scores if k not in {i.code for i in self.items}]
        if unknown:
            raise ValidationError(
                "scores", "{name} has no item {unknown!r}", name=self.name, unknown=unknown[0]
            )
        clean: dict[str, int] = {}
        for item in self.items:
            if item.code not in scores or scores[item.code] is None:
                raise ValidationError(f"scores.{item.code}", "{label}: a score is required", label=item.label)
            value = scores[item.code]
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValidationError(
                    f"scores.{item.code}", "{label}: must be a whole number", label=item.label
                )
            if not item.minimum <= value <= item.maximum:
                raise ValidationError(
                    f"scores.{item.code}",
                    "{label}: must be {minimum} to {maximum} (got {value})",
                    label=item.label,
                    minimum=item.minimum,
                    maximum=item.maximum,
                    value=value,
                )
            clean[item.code] = value
        return clean

    def total(self, scores: Mapping[str, int]) -> int:
        return sum(self.validate_scores(scores).values())

    def band(self, total: float) -> str:
        for b in self.bands:
            if b.low <= total <= b.high:
                return b.label
        return ""

    def band_index(self, total: float) -> int | None:
        for i, b in enumerate(self.bands):
            if b.low <= total <= b.high:
                return i
        return None

    def improvement(self, baseline: float, value: float) -> float:
        """How much better ``value`` is than ``baseline`` (positive = better)."""
        return baseline - value if self.direction == "lower" else value - baseline

    def is_responder(self, baseline: float | None, value: float) -> bool | None:
        """The scale's responder rule applied to one follow-up (None: cannot be judged)."""
        if self.responder is None:
            return None
        kind, limit = self.responder
        if kind == "rating_at_most":
            return value <= limit
        if baseline is None:
            return None
        if kind == "change_at_least":
            return self.improvement(baseline, value) >= limit
        before, after = self.band_index(baseline), self.band_index(value)
        if before is None or after is None:
            return None
        # bands are listed from best to worst for a lower-is-better scale
        moved = before - after if self.direction == "lower" else after - before
        return moved >= limit

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "direction": self.direction,
            "reference": self.reference,
            "items": [
                {
                    "code": i.code,
                    "label": i.label,
                    "min": i.minimum,
                    "max": i.maximum,
                    "anchors": {str(k): v for k, v in i.anchors},
                }
                for i in self.items
            ],
            "bands": [[b.low, b.high, b.label] for b in self.bands],
            "responder": list(self.responder) if self.responder else None,
            "indications": list(self.indications),
        }


@dataclass(frozen=True)
class Measure:
    """A numeric measurement (weight, a circumference, a device reading)."""

    code: str
    name: str
    unit: str  # as shown
    ucum: str  # UCUM code for exchange
    direction: str = "lower"
    loinc: str = ""
    site_hint: str = ""  # how to find the place again, shown as a placeholder
    responder: tuple[str, float] | None = None
    builtin: bool = True
    needs_site: bool = False
    minimum: float | None = None  # a clinic's plausible range: a value outside it is refused as a typo
    maximum: float | None = None

    def improvement(self, baseline: float, value: float) -> float:
        return baseline - value if self.direction == "lower" else value - baseline

    def is_responder(self, baseline: float | None, value: float) -> bool | None:
        if self.responder is None or baseline is None:
            return None
        return self.improvement(baseline, value) >= self.responder[1]

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "unit": self.unit,
            "ucum": self.ucum,
            "direction": self.direction,
            "loinc": self.loinc,
            "site_hint": self.site_hint,
            "responder": list(self.responder) if self.responder else None,
            "min": self.minimum,
            "max": self.maximum,
        }
