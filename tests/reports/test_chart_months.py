"""The month labels under the printed trend plots were English in every language ("Jan 2026" on a
French progress sheet): strftime follows the C locale, not the document's language."""

from __future__ import annotations

from datetime import date

import pytest
from reportlab.graphics.shapes import String

from mesodesk.i18n import use_language
from mesodesk.reports.outcome_charts import trend_drawing
from mesodesk.services.outcomes import Point, Series


def _strings(drawing) -> list[str]:  # type: ignore[no-untyped-def]
    found: list[str] = []

    def walk(node) -> None:  # type: ignore[no-untyped-def]
        if isinstance(node, String):
            found.append(node.text)
        for child in getattr(node, "contents", []):
            walk(child)

    walk(drawing)
    return found


@pytest.mark.parametrize(
    ("lang", "march"), [("fr", "mars 2026"), ("de", "März 2026"), ("es", "mar 2026"), ("it", "mar 2026")]
)
def test_month_labels_in_the_documents_language(lang: str, march: str) -> None:
    series = Series(
        "waist",
        "Waist",
        "cm",
        "measure",
        "lower",
        [Point(date(2026, 1, 10), 80.0), Point(date(2026, 4, 20), 77.5)],
    )
    with use_language(lang):
        labels = _strings(trend_drawing(series, [date(2026, 1, 10)], [], 400, 120))
    assert march in labels and "Mar 2026" not in labels, labels


def test_tick_values_use_the_documents_decimal_comma() -> None:
    series = Series(
        "score",
        "Score",
        "",
        "measure",
        "lower",
        [Point(date(2026, 1, 10), 1.0), Point(date(2026, 4, 20), 2.0)],
    )
    with use_language("fr"):
        labels = _strings(trend_drawing(series, [], [], 400, 120))
    assert "1,5" in labels and "1.5" not in labels, labels
