"""The Outcomes tab (issue 15, item 4): a baseline, three follow-ups and a measurement series, plotted."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from mesodesk.gui.widgets.outcomes_tab import OutcomesTab
from mesodesk.services.followups import PlanInput

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")


def _sessions(clinic, patient, start: date, count: int = 4, course: int = 3):  # type: ignore[no-untyped-def]
    plan = clinic.as_practitioner.followups.create_plan(PlanInput(patient.id, "Cellulite", course, 14))
    for k in range(count):
        day = start + timedelta(days=14 * k)
        when = datetime(day.year, day.month, day.day, 10, tzinfo=UTC)
        clinic.as_practitioner.sessions.record(clinic.session_input(patient.id, when, plan_id=plan.id))


def _type_scores(qtbot, tab, scores):  # type: ignore[no-untyped-def]
    for code, value in scores.items():
        spin = tab.entry.item_spins[code]
        spin.selectAll()
        qtbot.keyClicks(spin, str(value))


def test_practitioner_records_baseline_follow_ups_and_measurements_and_sees_the_plots(
    qtbot, sqlite_clinic, tmp_path
):
    clinic = sqlite_clinic
    patient = clinic.patient("Inès", "Lefèvre")
    start = clinic.today - timedelta(days=120)
    _sessions(clinic, patient, start)
    tab = OutcomesTab(clinic.as_practitioner)
    qtbot.addWidget(tab)
    tab.resize(1100, 640)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    assert tab.set_patient(patient.id)
    assert tab.empty.isVisible() and not tab.plots
    # the form starts with weight, waist and hips; a new patient gets the first scale
    assert [r.code for r in tab.entry.rows] == ["weight", "waist", "hips"]
    tab.entry.scale.setCurrentIndex(tab.entry.scale.findData("css"))
    assert len(tab.entry.item_spins) == 5
    visits = [
        (
            start - timedelta(days=1),
            {"a_depressions": 3, "b_depth": 2, "c_morphology": 2, "d_laxity": 2, "e_nurnberger": 2},
            "88.0",
            "71.5",
        ),
        (
            start + timedelta(days=14),
            {"a_depressions": 2, "b_depth": 2, "c_morphology": 2, "d_laxity": 1, "e_nurnberger": 2},
            "86.5",
            "71.0",
        ),
        (
            start + timedelta(days=28),
            {"a_depressions": 1, "b_depth": 1, "c_morphology": 1, "d_laxity": 1, "e_nurnberger": 1},
            "85.0",
            "70.2",
        ),
        (
            start + timedelta(days=100),
            {"a_depressions": 2, "b_depth": 1, "c_morphology": 1, "d_laxity": 1, "e_nurnberger": 1},
            "85.5",
            "70.4",
        ),
    ]
    for day, scores, waist, weight in visits:
        tab.entry.set_day(day)
        _type_scores(qtbot, tab, scores)
        assert tab.entry.total.text().startswith(f"Total: {sum(scores.values())} / 15")
        qtbot.mouseClick(tab.entry.save_scale, Qt.MouseButton.LeftButton)
        assert not tab.entry.error.isVisible(), tab.entry.error.text()
        tab.entry.row("waist").site.setText("2 cm above the navel")
        qtbot.keyClicks(tab.entry.row("waist").value, waist.replace(".", tab.entry.locale().decimalPoint()))
        qtbot.keyClicks(tab.entry.row("weight").value, weight.replace(".", tab.entry.locale().decimalPoint()))
        qtbot.mouseClick(tab.entry.save_measures, Qt.MouseButton.LeftButton)
        assert not tab.entry.error.isVisible(), tab.entry.error.text()
    # the plots: one per series, sessions and periods handed over
    assert {p.series.code for p in tab.plots} == {"css", "waist", "weight"}
    css = tab.plot("css")
    assert [pt.value for pt in css.series.points] == [11, 9, 5, 6]
    assert css.series.points[0].is_baseline
    assert [pt.change for pt in css.series.points[1:]] == [-2, -6, -5]
    assert len(css.session_days) == 4 and [p.kind for p in css.periods] == ["course", "maintenance"]
    # the form now remembers the patient's usual measures, their site, and the scale
    assert [r.code for r in tab.entry.rows][:2] == ["waist", "weight"] or {
        r.code for r in tab.entry.rows
    } >= {"waist", "weight"}
    assert tab.entry.row("waist").site.text() == "2 cm above the navel"
    assert tab.entry.scale.currentData() == "css"
    # keyboard: the plot takes the focus, arrows move between values
    qtbot.waitUntil(css.isVisible)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    css.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(css.hasFocus)
    qtbot.keyClick(css, Qt.Key.Key_Home)
    assert "baseline" in css.accessibleDescription()
    qtbot.keyClick(css, Qt.Key.Key_Right)
    assert css.current == 1 and "-2" in css.accessibleDescription()
    # looked at as a picture
    tab.grab().save(str(tmp_path / "outcomes_tab.png"))
    image = css.grab().toImage()
    teal = sum(
        1
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
        if image.pixelColor(x, y).name() == "#d9efec"
    )
    assert teal > 50  # the course is shaded


def test_bad_values_are_shown_next_to_the_form_and_nothing_is_saved(qtbot, sqlite_clinic):
    clinic = sqlite_clinic
    patient = clinic.patient()
    tab = OutcomesTab(clinic.as_practitioner)
    qtbot.addWidget(tab)
    tab.set_patient(patient.id)
    qtbot.keyClicks(tab.entry.row("waist").value, "8")  # metres typed for centimetres
    qtbot.mouseClick(tab.entry.save_measures, Qt.MouseButton.LeftButton)
    assert tab.entry.error.isVisibleTo(tab) and "outside" in tab.entry.error.text()
    assert tab.entry.row("waist").value.text() == "8"  # kept for correction
    qtbot.mouseClick(tab.entry.save_measures, Qt.MouseButton.LeftButton)
    tab.entry.row("waist").value.clear()
    qtbot.mouseClick(tab.entry.save_measures, Qt.MouseButton.LeftButton)
    assert "at least one" in tab.entry.error.text()
    assert clinic.as_practitioner.outcomes.for_patient(patient.id).series == []
    tab.entry.day.set_date(clinic.today + timedelta(days=1))
    assert "future" in tab.entry.day.problem()  # a visit cannot be tomorrow


def test_the_chart_has_an_outcomes_tab_that_loads_when_opened(qtbot, sqlite_clinic):
    from mesodesk.gui.widgets.patient_chart import PatientChart
    from mesodesk.services.outcomes import MeasurementInput

    clinic = sqlite_clinic
    patient = clinic.patient()
    clinic.as_practitioner.outcomes.record_measurements(
        patient.id, clinic.today, [MeasurementInput("weight", 70)]
    )
    chart = PatientChart(clinic.as_practitioner)
    qtbot.addWidget(chart)
    assert chart.set_patient(patient.id)
    assert chart.tabs.tabText(chart.TAB_OUTCOMES) == "Outcomes"
    assert chart.outcomes_tab.patient_id is None  # loaded only when opened
    chart.tabs.setCurrentIndex(chart.TAB_OUTCOMES)
    assert chart.outcomes_tab.patient_id == patient.id
    assert [p.series.code for p in chart.outcomes_tab.plots] == ["weight"]
    # an assistant sees the tab disabled
    other = PatientChart(clinic.as_assistant)
    qtbot.addWidget(other)
    assert not other.tabs.isTabEnabled(other.TAB_OUTCOMES)


def test_an_assessment_linked_to_the_day_photos_shows_its_score_in_the_comparison(qtbot, sqlite_clinic):
    import io

    from PIL import Image

    from mesodesk.gui.dialogs.photo_compare import PhotoCompareDialog

    clinic = sqlite_clinic
    patient = clinic.patient()
    buf = io.BytesIO()
    Image.new("RGB", (120, 80), (200, 160, 140)).save(buf, "JPEG")
    before = clinic.as_practitioner.photos.add(
        patient.id, buf.getvalue(), "b.jpg", "before", "thighs", clinic.today
    )
    tab = OutcomesTab(clinic.as_practitioner)
    qtbot.addWidget(tab)
    tab.set_patient(patient.id)
    tab.entry.scale.setCurrentIndex(tab.entry.scale.findData("css"))
    _type_scores(
        qtbot, tab, {"a_depressions": 2, "b_depth": 2, "c_morphology": 2, "d_laxity": 1, "e_nurnberger": 2}
    )
    tab.entry.link_photos.setChecked(True)
    qtbot.mouseClick(tab.entry.save_scale, Qt.MouseButton.LeftButton)
    assert tab.plot("css").series.points[0].photo_ids == [before.id]
    dialog = PhotoCompareDialog(clinic.as_practitioner, patient.id)
    qtbot.addWidget(dialog)
    dialog.set_photos(before.id, before.id)
    assert "Cellulite severity scale (Hexsel CSS): 9 (moderate)" in dialog.before_caption.text()
