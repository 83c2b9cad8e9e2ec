"""Numbers shown as the locale writes them: the French Outcomes tab said "30/11/2026: 68.5" (seen in
the real window under Xvfb), the injection map "1.5 ml"; Python's :g always writes a dot."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale

from mesodesk.gui.i18n import format_measure
from mesodesk.gui.widgets.outcome_plot import OutcomePlot
from mesodesk.services.outcomes import Point, Series


@pytest.fixture
def french():  # type: ignore[no-untyped-def]
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    yield
    QLocale.setDefault(previous)


def test_measures_use_the_decimal_comma(french) -> None:  # type: ignore[no-untyped-def]
    assert format_measure(68.5) == "68,5"
    assert format_measure(70.0) == "70"
    assert format_measure(1.5, signed=True) == "+1,5" and format_measure(-2.0, signed=True) == "-2"


def test_a_plot_point_is_read_out_in_french(qtbot, french) -> None:  # type: ignore[no-untyped-def]
    plot = OutcomePlot()
    qtbot.addWidget(plot)
    series = Series(
        "weight",
        "Weight",
        "kg",
        "measure",
        "lower",
        [Point(date(2026, 11, 1), 70.0, is_baseline=True), Point(date(2026, 11, 30), 68.5, change=-1.5)],
    )
    plot.set_series(series, [], [])
    assert plot.point_text(1).endswith("68,5 · -1,5")
    assert "68.5" not in plot.point_text(1)
