"""Write the .svg diagrams in this folder from mesodesk/reports/diagram_shapes.py.

Run from the repository root:  python resources/diagrams/generate.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))  # a stand-alone script, not part of the package

from mesodesk.reports.diagram_shapes import (  # noqa: E402
    DIAGRAM_TITLES, DIAGRAMS, FILL, HEIGHT, STROKE, WIDTH, Ellipse, Line, Path, Primitive, bezier_segments,
)


def _n(value: float) -> str:
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _dash(dashed: bool) -> str:
    return ' stroke-dasharray="6 5"' if dashed else ""


def _path_d(path: Path) -> str:
    segments = bezier_segments(path)
    start = segments[0][0]
    parts = [f"M{_n(start[0])} {_n(start[1])}"]
    for _, c1, c2, end in segments:
        parts.append(f"C{_n(c1[0])} {_n(c1[1])} {_n(c2[0])} {_n(c2[1])} {_n(end[0])} {_n(end[1])}")
    if path.closed:
        parts.append("Z")
    return " ".join(parts)


def _element(prim: Primitive) -> str:
    if isinstance(prim, Path):
        fill = f' fill="{FILL}"' if prim.closed else ""
        return f'  <path d="{_path_d(prim)}" stroke-width="{_n(prim.width)}"{fill}{_dash(prim.dashed)}/>'
    if isinstance(prim, Ellipse):
        fill = f' fill="{FILL}"' if prim.fill else ""
        return (
            f'  <ellipse cx="{_n(prim.cx)}" cy="{_n(prim.cy)}" rx="{_n(prim.rx)}" ry="{_n(prim.ry)}"'
            f' stroke-width="{_n(prim.width)}"{fill}/>'
        )
    return (
        f'  <line x1="{_n(prim.x1)}" y1="{_n(prim.y1)}" x2="{_n(prim.x2)}" y2="{_n(prim.y2)}"'
        f' stroke-width="{_n(prim.width)}"{_dash(prim.dashed)}/>'
    )


def svg_text(name: str) -> str:
    """The SVG document of one diagram."""
    body = "\n".join(_element(p) for p in DIAGRAMS[name])
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_n(WIDTH)} {_n(HEIGHT)}"'
        f' width="{_n(WIDTH)}" height="{_n(HEIGHT)}">\n'
        f"  <title>{DIAGRAM_TITLES[name]} (MesoDesk, CC0)</title>\n"
        f'  <g fill="none" stroke="{STROKE}" stroke-linecap="round" stroke-linejoin="round">\n'
        f"{body}\n  </g>\n</svg>\n"
    )


def main() -> None:
    """Write every diagram next to this script."""
    for name in DIAGRAMS:
        (HERE / f"{name}.svg").write_text(svg_text(name), encoding="utf-8")


if __name__ == "__main__":
    main()
