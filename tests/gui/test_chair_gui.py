"""Issue 12 in the GUI: safety settings, duplicate patients, sign-off gates, dates typed in the locale."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from mesodesk.gui.dialogs.clinic_settings_dialog import ClinicSettingsDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise|grabbing)")


@pytest.fixture(autouse=True)
def _no_modal_boxes(message_boxes):  # type: ignore[no-untyped-def]
    """Every message box is recorded and answered, so a failing test never hangs on one."""
    return message_boxes


def shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    """Save a picture of the widget for a person to look at, when MESODESK_SHOTS names a folder."""
    folder = os.environ.get("MESODESK_SHOTS")
    if folder:
        widget.grab().save(os.path.join(folder, f"{name}.png"))


def test_clinic_settings_edit_the_sign_off_gates_and_photo_privacy(qtbot, sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    dlg = ClinicSettingsDialog(c.services)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.consent_gate_combo.currentData() == "require"  # safe defaults shown
    assert dlg.history_gate_combo.currentData() == "warn" and dlg.history_months_spin.value() == 12
    dlg.tabs.setCurrentIndex(1)
    shot(dlg, "clinic_settings_safety")
    dlg.history_gate_combo.setCurrentIndex(dlg.history_gate_combo.findData("require"))
    dlg.history_months_spin.setValue(6)
    dlg.keep_location_check.setChecked(True)
    with qtbot.waitSignal(dlg.sig_saved):
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    s = c.services.clinic.settings()
    assert (s.consent_gate, s.history_gate, s.history_review_months, s.keep_photo_location) == (
        "require",
        "require",
        6,
        True,
    )


# ---------------------------------------------------------------------- the session editor
@pytest.fixture
def editor(qtbot, sqlite_clinic, message_boxes):  # type: ignore[no-untyped-def]
    from mesodesk.gui.dialogs.session_editor import SessionEditorDialog

    def make(patient_id: int, session_id: int | None = None):  # type: ignore[no-untyped-def]
        dialog = SessionEditorDialog(sqlite_clinic.as_practitioner, patient_id, session_id)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def test_sign_off_without_consent_is_refused_and_saved_as_draft(qtbot, sqlite_clinic, editor) -> None:  # type: ignore[no-untyped-def]
    """The quoted problem: a new patient's session was signed with no consent and no history, no warning."""
    from test_session_editor import fill_two_areas

    c = sqlite_clinic
    patient = c.patient()
    dlg = editor(patient.id)
    fill_two_areas(qtbot, dlg)
    qtbot.mouseClick(dlg.sign_off_button, Qt.MouseButton.LeftButton)
    assert dlg.warning_panel.isVisible()
    text = dlg.warning_text.text()
    assert "Required by the clinic" in text and "consent" in text and "never been reviewed" in text
    assert not dlg.override_edit.isVisible() and dlg.save_anyway_button.text() == "Save as draft"
    shot(dlg, "editor_blocked")
    assert c.services.sessions.for_patient(patient.id) == []
    with qtbot.waitSignal(dlg.sig_saved) as saved:
        qtbot.mouseClick(dlg.save_anyway_button, Qt.MouseButton.LeftButton)
    assert c.services.sessions.get(saved.args[0]).status == "draft"


def test_sign_off_warning_needs_a_reason_kept_with_the_session(qtbot, sqlite_clinic, editor) -> None:  # type: ignore[no-untyped-def]
    from test_session_editor import fill_two_areas

    c = sqlite_clinic
    patient = c.patient()
    c.ready_to_sign(patient.id)
    c.services.patients.add_allergy(patient.id, "Lidocaine", "hives", "severe")
    dlg = editor(patient.id)
    fill_two_areas(qtbot, dlg)
    qtbot.mouseClick(dlg.sign_off_button, Qt.MouseButton.LeftButton)
    assert dlg.warning_panel.isVisible() and dlg.override_edit.isVisible()
    assert dlg.save_anyway_button.text() == "Sign off anyway"
    qtbot.mouseClick(dlg.save_anyway_button, Qt.MouseButton.LeftButton)  # one click is not enough
    assert dlg.override_error.isVisible() and c.services.sessions.for_patient(patient.id) == []
    shot(dlg, "editor_reason")
    qtbot.keyClicks(dlg.override_edit, "Tolerated lidocaine test dose on 01/06")
    with qtbot.waitSignal(dlg.sig_saved) as saved:
        qtbot.mouseClick(dlg.save_anyway_button, Qt.MouseButton.LeftButton)
    stored = c.services.sessions.get(saved.args[0])
    assert stored.status == "signed"
    assert stored.override_reason.startswith("Tolerated lidocaine test dose")
    assert "Lidocaine 2%" in stored.override_reason


def test_allergy_line_follows_the_session_as_it_is_typed(qtbot, sqlite_clinic, editor) -> None:  # type: ignore[no-untyped-def]
    """The quoted problem: after removing Lidocaine 2% (or ticking custom formula) the warning stayed, and
    'topical lidocaine cream' typed as anaesthesia was never checked."""
    from test_session_editor import fill_two_areas

    c = sqlite_clinic
    patient = c.patient()
    c.services.patients.add_allergy(patient.id, "Lidocaine", "hives", "severe")
    dlg = editor(patient.id)
    fill_two_areas(qtbot, dlg)
    qtbot.waitUntil(lambda: dlg.exposure_label.isVisible())
    assert any("Lidocaine 2%" in w for w in dlg.exposure_warnings())
    shot(dlg, "editor_exposure")
    dlg.products_view.setCurrentIndex(dlg.products_model.index(1, 0))
    qtbot.mouseClick(dlg.remove_product_button, Qt.MouseButton.LeftButton)
    assert dlg.exposure_warnings() == []
    qtbot.mouseClick(dlg.custom_check, Qt.MouseButton.LeftButton)
    assert dlg.exposure_warnings() == []
    dlg.tabs.setCurrentIndex(1)
    dlg.anaesthesia_combo.setCurrentText("topical lidocaine cream")
    (warning,) = dlg.exposure_warnings()
    assert "Lidocaine" in warning and "topical lidocaine cream" in warning


def test_anaesthetic_chosen_from_the_catalogue_keeps_its_lot(qtbot, sqlite_clinic, editor) -> None:  # type: ignore[no-untyped-def]
    from test_session_editor import fill_two_areas

    c = sqlite_clinic
    patient = c.patient()
    dlg = editor(patient.id)
    fill_two_areas(qtbot, dlg)
    index = dlg.anaesthesia_combo.findData(c.lido_lot.id)
    assert index > 0 and "LI-001" in dlg.anaesthesia_combo.itemText(index)
    assert dlg.anaesthesia_combo.findData(c.expired_lot.id) < 0
    dlg.anaesthesia_combo.setCurrentIndex(index)
    with qtbot.waitSignal(dlg.sig_saved) as saved:
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    stored = c.services.sessions.get(saved.args[0])
    assert stored.anaesthesia_lot_id == c.lido_lot.id and "LI-001" in stored.anaesthesia


# ---------------------------------------------------------------------- the patient editor
def test_second_aoife_is_shown_the_record_on_file_and_opens_it(
    qtbot, main_window, sqlite_clinic, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The quoted problem: a second 'Aoife Kowalczyk, born 16/09/1964' was accepted silently."""
    from datetime import date

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from mesodesk.gui.dialogs.duplicate_dialog import DuplicateDialog
    from mesodesk.gui.dialogs.patient_editor import PatientEditorDialog

    c = sqlite_clinic
    first = c.patient("Aoife", "Kowalczyk", date(1964, 9, 16))
    c.services.patients.add_allergy(first.id, "Lidocaine", "hives", "severe")
    dialog = main_window.new_patient()
    assert isinstance(dialog, PatientEditorDialog)
    qtbot.keyClicks(dialog.last_name, "KOWALCZYK")
    qtbot.keyClicks(dialog.first_name, "Aoife")
    dialog.date_of_birth.setDate(date(1964, 9, 16))
    seen: list[str] = []

    def answer() -> None:
        box = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, DuplicateDialog) and w.isVisible()
        )
        seen.append(box.list.item(0).text())
        shot(box, "duplicate_dialog")
        qtbot.mouseClick(box.open_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(200, answer)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert seen and "Lidocaine" in seen[0] and first.file_no in seen[0]
    assert c.services.patients.count() == 1  # no duplicate
    assert not dialog.isVisible() and main_window.chart.patient_id == first.id


def test_create_anyway_needs_a_reason(qtbot, sqlite_clinic, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    import mesodesk.gui.dialogs.patient_editor as pe

    c = sqlite_clinic
    c.patient("Aoife", "Kowalczyk", date(1964, 9, 16))
    answers = iter([("create", None, "twin sister")])
    monkeypatch.setattr(pe, "ask_about_duplicates", lambda parent, matches, editing: next(answers))
    dialog = pe.PatientEditorDialog(c.services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.last_name, "Kowalczyk")
    qtbot.keyClicks(dialog.first_name, "Aoife")
    dialog.date_of_birth.setDate(date(1964, 9, 16))
    with qtbot.waitSignal(dialog.sig_saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert c.services.patients.count() == 2


@pytest.mark.parametrize("typed", ["16091964", "16/09/1964", "16.9.64", "1964-09-16"])
def test_birth_date_typed_in_the_locale_is_kept(qtbot, sqlite_clinic, typed) -> None:  # type: ignore[no-untyped-def]
    """The quoted problem: digits typed into the date of birth were discarded on leaving the field."""
    from datetime import date

    from PySide6.QtCore import QLocale

    from mesodesk.gui.dialogs.patient_editor import PatientEditorDialog

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))  # day first
    try:
        dialog = PatientEditorDialog(sqlite_clinic.services)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.last_name, "Kowalczyk")
        qtbot.keyClicks(dialog.first_name, "Aoife")
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        dialog.date_of_birth.edit.setFocus()
        qtbot.keyClicks(dialog.date_of_birth.edit, typed)
        qtbot.keyClick(dialog.date_of_birth.edit, Qt.Key.Key_Tab)  # leave the field
        qtbot.waitUntil(lambda: not dialog.date_of_birth.edit.hasFocus())
        assert dialog.date_of_birth.text() == "16/09/1964"  # the one format of the locale
        with qtbot.waitSignal(dialog.sig_saved) as saved:
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert sqlite_clinic.services.patients.get(saved.args[0]).date_of_birth == date(1964, 9, 16)
    finally:
        QLocale.setDefault(previous)


@pytest.fixture
def day_first_locale():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    yield
    QLocale.setDefault(previous)


def test_a_date_that_is_not_one_is_kept_with_the_reason(qtbot, sqlite_clinic, day_first_locale) -> None:  # type: ignore[no-untyped-def]
    from mesodesk.gui.dialogs.patient_editor import PatientEditorDialog

    dialog = PatientEditorDialog(sqlite_clinic.services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.last_name, "Kowalczyk")
    qtbot.keyClicks(dialog.first_name, "Aoife")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.date_of_birth.edit.setFocus()
    qtbot.keyClicks(dialog.date_of_birth.edit, "31021964")
    qtbot.keyClick(dialog.date_of_birth.edit, Qt.Key.Key_Tab)
    assert dialog.date_of_birth.text() == "31021964"  # not dropped
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and sqlite_clinic.services.patients.count() == 0
    assert "day 31" in dialog.findChild(QLabel, "error_date_of_birth").text()


def test_birth_calendar_opens_near_a_sensible_date(qtbot, sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from mesodesk.gui.dialogs.patient_editor import PatientEditorDialog

    dialog = PatientEditorDialog(sqlite_clinic.services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.date_of_birth.open_calendar()
    cal = dialog.date_of_birth.calendar
    assert date.today().year - 60 < cal.yearShown() < date.today().year - 18  # not December 1899
    dialog.date_of_birth._menu.hide()


def test_assistant_does_not_see_clinical_fields(qtbot, sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    """The quoted problem: an assistant typed into an editable Contraindications field; nothing was stored."""
    from mesodesk.gui.dialogs.patient_editor import PatientEditorDialog

    c = sqlite_clinic
    patient = c.patient(contraindications="Keloids")
    dialog = PatientEditorDialog(c.as_assistant, patient.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.contraindications.isVisibleTo(dialog) and not dialog.notes.isVisibleTo(dialog)
    shot(dialog, "patient_editor_assistant")
    dialog.phone.setText("01 02 03 04 05")
    with qtbot.waitSignal(dialog.sig_saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    stored = c.services.patients.get(patient.id)
    assert stored.phone == "01 02 03 04 05" and stored.contraindications == "Keloids"


def test_day0_grade_follows_the_severity(qtbot, sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    """The quoted problem: the day-0 grade defaulted to Mild even when the severity was Moderate."""
    from datetime import UTC, datetime, timedelta

    from mesodesk.gui.dialogs.reaction_dialog import ReactionDialog

    c = sqlite_clinic
    patient = c.patient()
    session = c.as_practitioner.sessions.record(
        c.session_input(patient.id, when=datetime.now(UTC).replace(microsecond=0) - timedelta(hours=5))
    ).session
    dlg = ReactionDialog(c.as_practitioner, patient.id, session.id)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.severity_combo.setCurrentIndex(dlg.severity_combo.findData("moderate"))
    qtbot.mouseClick(dlg.add_assessment_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dlg.add_assessment_button, Qt.MouseButton.LeftButton)
    assert [(r.day, r.grade) for r in dlg.assessments_model.rows()] == [(0, "moderate"), (1, "mild")]
    dlg.severity_combo.setCurrentIndex(dlg.severity_combo.findData("severe"))
    assert dlg.assessments_model.rows()[0].grade == "severe"


def test_zero_volume_line_is_refused_next_to_the_products(qtbot, sqlite_clinic, editor) -> None:  # type: ignore[no-untyped-def]
    """The quoted problem: a 0.00 ml product line was accepted."""
    from test_session_editor import fill_two_areas, type_in_cell

    from mesodesk.gui.models import session_products_model as P

    c = sqlite_clinic
    patient = c.patient()
    dlg = editor(patient.id)
    fill_two_areas(qtbot, dlg)
    type_in_cell(qtbot, dlg.products_view, 0, P.COL_VOLUME, "0")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert c.services.sessions.for_patient(patient.id) == []
    assert "more than 0 ml" in dlg.field_error("products")


# ---------------------------------------------------------------------- the main window
def test_ctrl_l_is_audited_and_logged_as_a_manual_lock(qtbot, main_window, sqlite_clinic, caplog) -> None:  # type: ignore[no-untyped-def]
    """The quoted problem: Ctrl+L was logged as "locked after inactivity"."""
    import logging

    from sqlalchemy import select

    from mesodesk.db.models import AuditEntry

    caplog.set_level(logging.INFO, "mesodesk.gui.main")
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    qtbot.keyClick(main_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(main_window.is_locked)
    assert any("locked manually" in r.getMessage() for r in caplog.records)
    assert not any("after inactivity" in r.getMessage() for r in caplog.records)
    with sqlite_clinic.engine.connect() as conn:
        actions = list(conn.scalars(select(AuditEntry.action).where(AuditEntry.action.like("lock%"))))
    assert actions == ["lock_manual"]


def test_ctrl_e_works_while_typing_in_the_search_box(qtbot, main_window, sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    """The quoted problem: Ctrl+E did nothing while the focus was in the search box."""
    from mesodesk.gui.dialogs.patient_editor import PatientEditorDialog

    patient = sqlite_clinic.patient()
    main_window.open_patient(patient.id)
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    main_window.search_box.setFocus()
    qtbot.keyClicks(main_window.search_box, "o'c")
    qtbot.keyClick(main_window.search_box, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(main_window.last_dialog, PatientEditorDialog))
    assert main_window.last_dialog.patient_id == patient.id


def test_ctrl_e_wins_over_a_search_box_that_keeps_it(qtbot, make_window, sqlite_clinic, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Under X11 a line edit claims Ctrl+E (end of line, Emacs binding) in its ShortcutOverride, so the
    window's Ctrl+E never fired while typing a search. The offscreen platform uses another key scheme:
    the line edit here claims Ctrl+E as it does under X11; the focused search box gets the key press."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QLineEdit

    import mesodesk.gui.main_window as main_window_module
    from mesodesk.gui.dialogs.patient_editor import PatientEditorDialog

    class X11LineEdit(QLineEdit):
        def event(self, event):  # type: ignore[no-untyped-def]
            if (
                event.type() == QEvent.Type.ShortcutOverride
                and event.key() == Qt.Key.Key_E
                and event.modifiers() == Qt.KeyboardModifier.ControlModifier
            ):
                event.accept()  # "this key is mine": Qt delivers it as a key press, not as the shortcut
                return True
            return super().event(event)

    monkeypatch.setattr(main_window_module, "QLineEdit", X11LineEdit)
    main_window = make_window()
    patient = sqlite_clinic.patient()
    main_window.open_patient(patient.id)
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow, timeout=10_000)
    main_window.search_box.setFocus()
    qtbot.waitUntil(main_window.search_box.hasFocus, timeout=10_000)
    focused = QApplication.focusWidget()
    assert focused is main_window.search_box
    assert isinstance(focused, X11LineEdit)
    qtbot.keyClicks(focused, "o'c")
    qtbot.keyClick(focused, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(main_window.last_dialog, PatientEditorDialog), timeout=10_000)
    assert main_window.last_dialog.patient_id == patient.id
    assert main_window.act_edit.shortcut().toString() == "Ctrl+E"


def test_repeat_last_session_has_a_shortcut_and_does_not_move_with_the_banner(
    qtbot, sqlite_clinic, editor
) -> None:  # type: ignore[no-untyped-def]
    """The quoted problem: Repeat last session moved when the banner showed, and had no shortcut."""
    from datetime import UTC, datetime, timedelta

    c = sqlite_clinic
    plain = c.patient("Ana", "Plain")
    alerted = c.patient("Bea", "Alerted")
    c.services.patients.add_allergy(alerted.id, "Latex", "rash", "mild")
    for p in (plain, alerted):
        c.as_practitioner.sessions.record(
            c.session_input(p.id, when=datetime.now(UTC) - timedelta(days=10), depth=3.0)
        )
    places = []
    for p in (plain, alerted):
        dlg = editor(p.id)
        dlg.resize(1000, 700)
        qtbot.wait(50)
        places.append(dlg.height() - dlg.repeat_button.mapTo(dlg, dlg.repeat_button.rect().topLeft()).y())
        assert dlg.alert_banner.isVisible() == (p is alerted)
        dlg.activateWindow()
        qtbot.waitUntil(dlg.isActiveWindow)
        qtbot.keyClick(dlg, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
        [area] = dlg.areas_model.rows()
        assert area.depth_mm == 3.0  # filled from the last session
    assert places[0] == places[1]


def test_header_avatar_is_never_a_clinical_photo(qtbot, sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    """The quoted problem: the header avatar was a clinical (before) photo, not a Profile one."""
    import io
    from datetime import date

    from PIL import Image

    from mesodesk.gui.widgets.patient_chart import PatientChart

    buffer = io.BytesIO()
    Image.new("RGB", (120, 160), (200, 30, 30)).save(buffer, "JPEG")
    patient = sqlite_clinic.patient()
    sqlite_clinic.as_practitioner.photos.add(
        patient.id, buffer.getvalue(), "b.jpg", "before", "full_face", date(2025, 1, 1)
    )
    chart = PatientChart(sqlite_clinic.services)
    qtbot.addWidget(chart)
    chart.show()
    chart.set_patient(patient.id)
    assert chart.header.photo.toolTip() == "No photo yet"  # initials, not the before photo


def test_each_imported_photo_keeps_its_own_kind(qtbot, sqlite_clinic, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The quoted problem: several photos imported at once all got one kind ("Before")."""
    import io

    from PIL import Image
    from PySide6.QtWidgets import QDialogButtonBox

    from mesodesk.gui.widgets.photo_strip import PhotoStrip

    for name in ("img_001.jpg", "img_002.jpg", "img_003.jpg"):
        buffer = io.BytesIO()
        Image.new("RGB", (60, 40), (90, 120, 200)).save(buffer, "JPEG")
        (tmp_path / name).write_bytes(buffer.getvalue())
    patient = sqlite_clinic.patient()
    strip = PhotoStrip(sqlite_clinic.as_practitioner)
    qtbot.addWidget(strip)
    strip.set_patient(patient.id)
    strip.show()
    strip.add_files([str(tmp_path / n) for n in ("img_001.jpg", "img_002.jpg", "img_003.jpg")])
    dialog = strip.tag_dialog
    assert len(dialog.file_kinds_combos) == 3
    for combo, kind in zip(dialog.file_kinds_combos, ("before", "after", "profile"), strict=True):
        combo.setCurrentIndex(combo.findData(kind))
    shot(dialog, "photo_kinds")
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
        Qt.MouseButton.LeftButton,
    )
    stored = {p.filename: p.kind for p in sqlite_clinic.services.photos.for_patient(patient.id)}
    assert stored == {"img_001.jpg": "before", "img_002.jpg": "after", "img_003.jpg": "profile"}
