"""Every view shows the current record after a save anywhere (issue 11 item 3, issue 12 items 1 and 2).

Saves are made the way a user makes them — through a dialog of this window — or by another user on
another workstation of the same database (a service call of another ``Services``); no test calls a
refresh by hand: the views follow the services' change notification.
"""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMessageBox

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")


def png(colour: tuple[int, int, int] = (200, 120, 90)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), colour).save(out, "PNG")
    return out.getvalue()


def selected_patient(window) -> int | None:  # type: ignore[no-untyped-def]
    return window.selected_patient_id()


def list_names(window) -> list[str]:  # type: ignore[no-untyped-def]
    model = window.patient_model
    return [f"{model.row_at(r).first_name} {model.row_at(r).last_name}" for r in range(model.rowCount())]


def pick(qtbot, combo: QComboBox, text: str) -> None:  # type: ignore[no-untyped-def]
    combo.setFocus()
    qtbot.keyClicks(combo, text)
    assert combo.currentText().startswith(text), combo.currentText()


@pytest.fixture
def open_chart(main_window, sqlite_clinic, qtbot):  # type: ignore[no-untyped-def]
    """The window with a patient who had one session, their chart open (a few other patients listed)."""
    c = sqlite_clinic
    for first, last in (("Aoife", "Abbott"), ("Bea", "Byrne"), ("Cian", "Coyle"), ("Orla", "O'Brien")):
        c.patient(first, last)
    patient = c.patient("Hélène", "O'Connor")
    when = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=5)
    session = c.as_practitioner.sessions.record(c.session_input(patient.id, when=when)).session
    main_window.search_now()
    main_window.open_patient(patient.id)
    assert main_window.chart.patient_id == patient.id
    return main_window, patient, session


# -- issue 12 item 1: an allergy added from the reaction dialog ------------------------------------
def test_allergy_added_from_the_reaction_dialog_shows_at_once_in_chart_and_banner(
    qtbot, open_chart, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window, patient, session = open_chart
    chart = window.chart
    assert "lidocaine" not in " ".join(chart.banner.alerts).lower()
    assert "No known allergies recorded" in chart.history_view.toPlainText()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog = window.open_external("reaction", patient.id)
    pick(qtbot, dialog.type_combo, "Hives")
    pick(qtbot, dialog.severity_combo, "Severe")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    form = dialog.allergy_form
    assert form is not None and form.isVisible()
    form.substance_combo.lineEdit().selectAll()
    pick(qtbot, form.substance_combo, "lidocaine")
    qtbot.mouseClick(form.buttons.button(form.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "lidocaine" in " ".join(chart.banner.alerts).lower(), timeout=3000)
    assert chart.banner.isVisible()
    assert "No known allergies recorded" not in chart.history_view.toPlainText()
    assert "lidocaine" in chart.history_view.toPlainText().lower()
    assert chart.patient_id == patient.id  # the same chart, not reopened
    assert chart.reaction_model.rowCount() == 1  # and the reaction itself is in the chart too


# -- issue 12 item 2: the list keeps the open patient selected -------------------------------------
def test_after_saving_a_session_the_list_keeps_the_open_patient_selected(
    qtbot, open_chart, sqlite_clinic
) -> None:  # type: ignore[no-untyped-def]
    window, patient, _session = open_chart
    qtbot.keyClicks(window.search_box, "o")  # O'Brien, O'Connor …: the open patient is not row 0
    window.search_now()
    window.open_patient(patient.id)
    assert window.patient_model.row_of_patient(patient.id) > 0
    assert selected_patient(window) == patient.id
    editor = window.new_session()
    editor.repeat_last()  # the areas, formula and lots of the last session
    with qtbot.waitSignal(editor.sig_saved, timeout=3000):
        editor.save()
    qtbot.waitUntil(lambda: window.chart.session_model.rowCount() == 2, timeout=3000)
    assert selected_patient(window) == patient.id
    assert window.chart.patient_id == patient.id


def test_after_saving_a_new_patient_the_list_selects_that_patient(qtbot, open_chart) -> None:  # type: ignore[no-untyped-def]
    window, _patient, _session = open_chart
    qtbot.keyClicks(window.search_box, "Abb")  # searched, not found, so registered: Ctrl+N
    window.search_now()
    assert list_names(window) == ["Aoife Abbott"]
    editor = window.new_patient()
    editor.first_name.setText("Brid")
    editor.last_name.setText("Brennan")
    editor.date_of_birth.set_date(date(1975, 4, 3))
    with qtbot.waitSignal(editor.sig_saved, timeout=3000) as saved:
        editor.save()
    new_id = saved.args[0]
    qtbot.waitUntil(lambda: window.chart.patient_id == new_id, timeout=3000)
    assert window.chart.header.name.text() == "Brid Brennan"
    qtbot.waitUntil(lambda: selected_patient(window) == new_id, timeout=3000)
    assert "Brid Brennan" in list_names(window)  # the search that hid them was cleared


def test_a_patient_not_in_the_filtered_list_leaves_no_other_patient_highlighted(
    qtbot, open_chart, sqlite_clinic
) -> None:  # type: ignore[no-untyped-def]
    window, patient, _session = open_chart
    qtbot.keyClicks(window.search_box, "Abb")
    window.search_now()
    assert list_names(window) == ["Aoife Abbott"] and selected_patient(window) is not None
    sqlite_clinic.as_practitioner.patients.add_allergy(patient.id, "latex", "rash", "mild")
    qtbot.waitUntil(lambda: "latex" in " ".join(window.chart.banner.alerts).lower(), timeout=3000)
    assert selected_patient(window) is None  # the open patient is not listed: nobody is highlighted


# -- one test per kind of record: a save elsewhere refreshes every view of it ----------------------
def test_patient_saved_elsewhere_updates_the_chart_header_and_the_list(
    qtbot, open_chart, sqlite_clinic
) -> None:  # type: ignore[no-untyped-def]
    from mesodesk.services.patients import PatientInput

    window, patient, _session = open_chart
    other = sqlite_clinic.as_assistant.patients
    current = sqlite_clinic.services.patients.get(patient.id)
    other.update(patient.id, PatientInput("Hélène", "O'Connor-Walsh", current.date_of_birth), current.version)
    qtbot.waitUntil(lambda: window.chart.header.name.text() == "Hélène O'Connor-Walsh", timeout=3000)
    qtbot.waitUntil(lambda: "Hélène O'Connor-Walsh" in list_names(window), timeout=3000)
    assert selected_patient(window) == patient.id


def test_history_and_allergy_saved_elsewhere_update_chart_banner_and_an_open_session_editor(
    qtbot, open_chart, sqlite_clinic
) -> None:  # type: ignore[no-untyped-def]
    from mesodesk.services.patients import HistoryInput

    window, patient, _session = open_chart
    editor = window.new_session()
    assert not editor.alert_banner.isVisible()
    practitioner = sqlite_clinic.as_practitioner.patients
    practitioner.save_history(patient.id, HistoryInput(anticoagulants=True, medications="warfarin"))
    practitioner.add_allergy(patient.id, "Lidocaine", "hives", "severe")
    qtbot.waitUntil(lambda: "lidocaine" in " ".join(window.chart.banner.alerts).lower(), timeout=3000)
    assert "warfarin" in window.chart.history_view.toPlainText()
    qtbot.waitUntil(lambda: "lidocaine" in editor.alert_banner.text().lower(), timeout=3000)
    assert editor.alert_banner.isVisible()
    assert not editor.is_dirty()  # the banner changed, not what the user typed


def test_session_saved_elsewhere_updates_chart_tabs_and_the_catalogue_stock(
    qtbot, open_chart, sqlite_clinic
) -> None:  # type: ignore[no-untyped-def]
    window, patient, _session = open_chart
    catalogue = window.open_external("catalogue")
    lots = catalogue.lots_model

    def stock_of(lot_id: int) -> float:
        rows = [lots.row_object(r) for r in range(lots.rowCount())]
        return next(lot.quantity_in_stock for lot in rows if lot.id == lot_id)

    before = stock_of(sqlite_clinic.ha_lot.id)
    timeline_before = window.chart.timeline_model.rowCount()
    when = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=1)
    sqlite_clinic.as_practitioner.sessions.record(sqlite_clinic.session_input(patient.id, when=when))
    qtbot.waitUntil(lambda: window.chart.session_model.rowCount() == 2, timeout=3000)
    assert window.chart.timeline_model.rowCount() == timeline_before + 1
    qtbot.waitUntil(lambda: stock_of(sqlite_clinic.ha_lot.id) == pytest.approx(before - 2.0), timeout=3000)


def test_reaction_saved_elsewhere_updates_the_chart(qtbot, open_chart, sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    from mesodesk.services.reactions import ReactionInput

    window, patient, session = open_chart
    assert window.chart.reaction_model.rowCount() == 0
    sqlite_clinic.as_practitioner.reactions.record(
        ReactionInput(
            patient.id, "bruising", session.performed_at + timedelta(hours=2), session.id, "full_face"
        )
    )
    qtbot.waitUntil(lambda: window.chart.reaction_model.rowCount() == 1, timeout=3000)
    assert [e.kind for e in window.chart.timeline_model.rows()].count("reaction") == 1


def test_plan_and_follow_up_saved_elsewhere_update_chart_and_dashboard(
    qtbot, open_chart, sqlite_clinic
) -> None:  # type: ignore[no-untyped-def]
    from mesodesk.services.followups import PlanInput

    window, patient, _session = open_chart
    window.show_followups()
    dashboard = window.dashboard
    fu = sqlite_clinic.as_practitioner.followups
    fu.create_plan(PlanInput(patient.id, "Face course", 4, 14, 42, 48))
    qtbot.waitUntil(lambda: window.chart.plan_model.rowCount() == 1, timeout=3000)
    in_chart = window.chart.followup_model.rowCount()
    today = dashboard.models[dashboard.SECTION_TODAY]
    listed = today.rowCount()
    fu.add(patient.id, "review", date.today())
    qtbot.waitUntil(lambda: today.rowCount() == listed + 1, timeout=3000)
    assert window.chart.followup_model.rowCount() == in_chart + 1


def test_consent_saved_elsewhere_updates_the_chart(qtbot, open_chart, sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    from mesodesk.services.clinic import ConsentInput

    window, patient, session = open_chart
    clinic = sqlite_clinic.services.clinic
    text = clinic.add_consent_text("meso", "1", "Mesotherapy consent", "I agree to **mesotherapy**.")
    assert window.chart.consent_model.rowCount() == 0
    sqlite_clinic.as_practitioner.clinic.record_consent(
        ConsentInput(
            patient.id,
            text.id,
            sqlite_clinic.practitioner.id,
            session.performed_at,
            "bruising",
            "glow",
            png(),
        )
    )
    qtbot.waitUntil(lambda: window.chart.consent_model.rowCount() == 1, timeout=3000)


def test_photo_saved_elsewhere_updates_the_photo_strip_and_the_header(
    qtbot, open_chart, sqlite_clinic
) -> None:  # type: ignore[no-untyped-def]
    window, patient, _session = open_chart
    chart = window.chart
    chart.tabs.setCurrentIndex(chart.TAB_PHOTOS)
    strip = chart.photo_strip
    assert strip.model.rowCount() == 0
    assert chart.header.photo.toolTip() == "No photo yet"
    photos = sqlite_clinic.as_practitioner.photos
    photo = photos.add(patient.id, png(), "profile.png", "profile", "full_face", date.today())
    qtbot.waitUntil(lambda: strip.model.rowCount() == 1, timeout=3000)
    qtbot.waitUntil(lambda: chart.header.photo.toolTip() != "No photo yet", timeout=3000)
    photos.delete(photo.id)
    qtbot.waitUntil(lambda: strip.model.rowCount() == 0, timeout=3000)


def test_catalogue_saved_elsewhere_updates_an_open_catalogue_keeping_what_is_typed(
    qtbot, main_window, sqlite_clinic
) -> None:  # type: ignore[no-untyped-def]
    from mesodesk.services.catalogue import LotInput, ProductInput

    catalogue = main_window.open_external("catalogue")
    products = catalogue.products_model.rowCount()
    catalogue.product_name.setText("Half-typed product")  # unsaved typing in the product editor
    other = sqlite_clinic.as_practitioner.catalogue
    vitamin = other.save_product(ProductInput("Vitamin C", "MesoLab", "ascorbic acid", "100 mg/ml"))
    qtbot.waitUntil(lambda: catalogue.products_model.rowCount() == products + 1, timeout=3000)
    assert catalogue.product_name.text() == "Half-typed product"
    other.save_lot(LotInput(vitamin.id, "VC-001", date.today() + timedelta(days=300), 20.0))
    lots = catalogue.lots_model
    qtbot.waitUntil(
        lambda: any(lots.row_object(r).lot_number == "VC-001" for r in range(lots.rowCount())), timeout=3000
    )


# -- the bridge itself -----------------------------------------------------------------------------
def test_changes_from_a_worker_arrive_merged_on_the_gui_thread_and_stop_with_the_view(
    qtbot, sqlite_clinic
) -> None:  # type: ignore[no-untyped-def]
    import threading

    from PySide6.QtWidgets import QWidget

    from mesodesk.gui.changes import notifier_for
    from mesodesk.services.changes import ChangeSet

    notifier = notifier_for(sqlite_clinic.services)
    assert notifier is notifier_for(sqlite_clinic.as_assistant)  # one per database, whoever signed in
    heard: list[tuple[ChangeSet, bool]] = []

    class View(QWidget):
        def on_changes(self, changes: ChangeSet) -> None:
            heard.append((changes, threading.current_thread() is threading.main_thread()))

    view = View()
    notifier.sig_changed.connect(view.on_changes)
    people = [
        ("Ann", "Ash", date(1961, 1, 2)),
        ("Ben", "Birch", date(1972, 3, 4)),
        ("Cy", "Cedar", date(1983, 5, 6)),
    ]
    worker = threading.Thread(
        target=lambda: [sqlite_clinic.patient(f, last, born) for f, last, born in people]
    )
    worker.start()
    worker.join()
    assert heard == []  # nothing is delivered from inside the writing thread
    qtbot.waitUntil(lambda: bool(heard), timeout=3000)
    qtbot.wait(50)
    merged = [c for c, _ in heard]
    assert all(on_gui for _, on_gui in heard)
    assert sum(len(c.ids_of("patient")) for c in merged) == 3
    view.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(view), timeout=3000)
    heard.clear()
    sqlite_clinic.patient("After", "Deletion")
    qtbot.wait(100)
    assert heard == []
