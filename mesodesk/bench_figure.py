"""One benchmark figure (a measured value beside its budget and floor) and the timing helpers."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    budget: float | None
    how: str
    floor: float | None = None
    floor_how: str = ""

    @property
    def ratio(self) -> float | None:
        return self.value / self.budget if self.budget else None

    @property
    def floor_ratio(self) -> float | None:
        return self.value / self.floor if self.floor else None

    def line(self) -> str:
        budget = (
            f"budget {self.budget:g} {self.unit}, {self.ratio:.2f}× budget" if self.budget else "no budget"
        )
        floor = ""
        if self.floor is not None:
            floor = f"; floor {self.floor:.2f} {self.unit} ({self.floor_how}), {self.floor_ratio:.2f}× floor"
        flag = "" if self.ratio is None or self.ratio <= 1 else "  << OVER BUDGET"
        return f"{self.name:<44} {self.value:>10.2f} {self.unit:<3} ({self.how}; {budget}{floor}){flag}"

    def as_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "value": self.value,
            "unit": self.unit,
            "budget": self.budget,
            "floor": self.floor,
            "ratio_budget": self.ratio,
            "ratio_floor": self.floor_ratio,
        }


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1))))
    return ordered[k]


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out
