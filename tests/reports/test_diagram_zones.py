"""Maps in print: zones drawn as shaded circles of the stored size, numbered like the editor."""

from __future__ import annotations

import io

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Circle

from mesodesk.reports.diagrams import ZONE_FILL, diagram_drawing, diagram_marks
from mesodesk.services.sessions import MarkInput


def test_zone_and_points_numbered_per_diagram() -> None:
    marks = [
        MarkInput("face_front", 0.3, 0.3),
        MarkInput("scalp", 0.5, 0.5),
        MarkInput("face_front", 0.5, 0.4, kind="zone", radius=0.1),
        MarkInput("face_front", 0.7, 0.3),
    ]
    tuples = diagram_marks(marks, "face_front")
    assert tuples == [(0.3, 0.3, "1", None), (0.5, 0.4, "2", 0.1), (0.7, 0.3, "3", None)]
    drawing = diagram_drawing("face_front", 200, tuples)
    zones = [s for s in drawing.contents if isinstance(s, Circle) and s.fillColor == ZONE_FILL]
    assert len(zones) == 1 and abs(zones[0].r - 20) < 1e-9
    assert (zones[0].cx, zones[0].cy) == (100, (1 - 0.4) * 250)
    # old three-element marks still work, and the drawing renders to PDF
    buf = io.BytesIO()
    renderPDF.drawToFile(diagram_drawing("scalp", 150, [(0.5, 0.5, "1")]), buf)
    assert buf.getvalue().startswith(b"%PDF")
