"""Anatomical outline diagrams as ReportLab drawings, with numbered injection marks."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from reportlab.graphics.shapes import (
    Circle,
    Drawing,
    String,
)
from reportlab.graphics.shapes import (
    Ellipse as RlEllipse,
)
from reportlab.graphics.shapes import (
    Line as RlLine,
)
from reportlab.graphics.shapes import (
    Path as RlPath,
)
from reportlab.lib.colors import Color, HexColor, white

from mesodesk.reports.diagram_shapes import (
    DIAGRAM_TITLES,
    DIAGRAMS,
    FILL,
    HEIGHT,
    STROKE,
    WIDTH,
    Ellipse,
    Line,
    Path,
    Primitive,
    bezier_segments,
)
from mesodesk.reports.fonts import FONT_BOLD, FONT_REGULAR, register_fonts

__all__ = ["DIAGRAM_NAMES", "DIAGRAM_TITLES", "Mark", "diagram_drawing", "diagram_marks"]

DIAGRAM_NAMES: tuple[str, ...] = tuple(DIAGRAMS)

MARK_COLOR = HexColor("#b91c1c")
ZONE_COLOR = HexColor("#7f1d1d")
ZONE_FILL = Color(185 / 255, 28 / 255, 28 / 255, alpha=0.16)
LABEL_COLOR = HexColor("#111827")
_STROKE = HexColor(STROKE)
_FILL = HexColor(FILL)
_DASH = [6, 5]
DEFAULT_ZONE_RADIUS = 0.06  # a zone stored without a radius; same as the map editor's default


#: (x, y, label) for a point; (x, y, label, radius) for a zone, radius a fraction of the diagram's width
#: (None for a point). x and y are 0..1 from the top-left, as stored in injection_marks.
Mark = tuple[float, float, str] | tuple[float, float, str, float | None]


def diagram_marks(marks: Iterable[Any], diagram: str) -> list[Mark]:
    """The marks of one diagram as drawing tuples, numbered 1, 2, ... in their order (as on screen).

    Accepts anything with diagram, x, y, kind and radius attributes (InjectionMark, MarkInput).
    """
    out: list[Mark] = []
    for mark in marks:
        if mark.diagram != diagram:
            continue
        radius = (
            (getattr(mark, "radius", None) or DEFAULT_ZONE_RADIUS)
            if getattr(mark, "kind", "point") == "zone"
            else None
        )
        out.append((mark.x, mark.y, str(len(out) + 1), radius))
    return out


def diagram_drawing(name: str, width_pt: float, marks: Sequence[Mark]) -> Drawing:
    """A diagram `width_pt` wide with marks at normalised (x, y) positions (top-left origin).

    A mark with a 4th element (radius, a fraction of the width) is a zone: a shaded circle
    with its numbered disc at the centre. Zones are drawn under every point.
    """
    if name not in DIAGRAMS:
        raise KeyError(f"unknown diagram {name!r}; expected one of {', '.join(DIAGRAM_NAMES)}")
    register_fonts()
    scale = width_pt / WIDTH
    height_pt = HEIGHT * scale
    drawing = Drawing(width_pt, height_pt)
    for prim in DIAGRAMS[name]:
        drawing.add(_shape(prim, scale, height_pt))
    radius = max(4.0, min(7.0, width_pt * 0.022))
    for mark in marks:
        if len(mark) > 3 and mark[3]:
            x, y, r = mark[0] * width_pt, (1.0 - mark[1]) * height_pt, mark[3] * width_pt
            drawing.add(
                Circle(
                    x,
                    y,
                    r,
                    fillColor=ZONE_FILL,
                    strokeColor=MARK_COLOR,
                    strokeWidth=0.9,
                    strokeDashArray=[2.5, 1.8],
                )
            )
    for mark in marks:
        zone = len(mark) > 3 and bool(mark[3])
        _add_mark(
            drawing,
            mark[0] * width_pt,
            (1.0 - mark[1]) * height_pt,
            mark[2],
            radius,
            ZONE_COLOR if zone else MARK_COLOR,
        )
    return drawing


def _shape(prim: Primitive, s: float, h: float) -> RlPath | RlEllipse | RlLine:
    if isinstance(prim, Path):
        return _path(prim, s, h)
    if isinstance(prim, Ellipse):
        return RlEllipse(
            prim.cx * s,
            h - prim.cy * s,
            prim.rx * s,
            prim.ry * s,
            strokeColor=_STROKE,
            strokeWidth=prim.width * s,
            fillColor=_FILL if prim.fill else None,
        )
    assert isinstance(prim, Line)
    return RlLine(
        prim.x1 * s,
        h - prim.y1 * s,
        prim.x2 * s,
        h - prim.y2 * s,
        strokeColor=_STROKE,
        strokeWidth=prim.width * s,
        strokeDashArray=_dashes(prim.dashed, s),
        strokeLineCap=1,
    )


def _path(prim: Path, s: float, h: float) -> RlPath:
    path = RlPath(
        strokeColor=_STROKE,
        strokeWidth=prim.width * s,
        fillColor=_FILL if prim.closed else None,
        strokeLineCap=1,
        strokeLineJoin=1,
        strokeDashArray=_dashes(prim.dashed, s),
    )
    segments = bezier_segments(prim)
    start = segments[0][0]
    path.moveTo(start[0] * s, h - start[1] * s)
    for _, c1, c2, end in segments:
        path.curveTo(c1[0] * s, h - c1[1] * s, c2[0] * s, h - c2[1] * s, end[0] * s, h - end[1] * s)
    if prim.closed:
        path.closePath()
    return path


def _dashes(dashed: bool, s: float) -> list[float] | None:
    return [d * s for d in _DASH] if dashed else None


def _add_mark(drawing: Drawing, x: float, y: float, label: str, r: float, color: Color = MARK_COLOR) -> None:
    drawing.add(Circle(x, y, r, fillColor=color, strokeColor=white, strokeWidth=0.6))
    if not label:
        return
    if len(label) <= 2:
        size = r * (1.15 if len(label) == 1 else 0.95)
        drawing.add(
            String(
                x,
                y - size * 0.36,
                label,
                fontName=FONT_BOLD,
                fontSize=size,
                fillColor=white,
                textAnchor="middle",
            )
        )
    else:
        size = r * 1.3
        drawing.add(
            String(
                x + r + 1.5,
                y - size * 0.36,
                label,
                fontName=FONT_REGULAR,
                fontSize=size,
                fillColor=LABEL_COLOR,
                textAnchor="start",
            )
        )
