"""The session editor driven as a user would: clicks, double-clicks on cells, typing, keys."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import shiboken6
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QMessageBox, QWidget

from mesodesk.gui.dialogs.session_editor import SessionEditorDialog
from mesodesk.gui.models import session_areas_model as A
from mesodesk.gui.models import session_products_model as P
from mesodesk.gui.models.session_products_model import ProductRow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def closed(editor: QWidget) -> bool:
    return not shiboken6.isValid(editor) or not editor.isVisible()


def open_cell_editor(qtbot, view, row: int, col: int) -> QWidget:  # type: ignore[no-untyped-def]
    index = view.model().index(row, col)
    view.scrollTo(index)
    centre = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    editors = [
        w
        for w in view.viewport().findChildren(QWidget)
        if isinstance(w, (QAbstractSpinBox, QComboBox)) and w.isVisible()
    ]
    assert len(editors) == 1, editors
    return editors[0]


def localised(number: str) -> str:
    """A decimal typed as the user's locale writes it ('2.5' -> '2,5' in French)."""
    return number.replace(".", QLocale().decimalPoint())


def type_in_cell(qtbot, view, row: int, col: int, text: str) -> None:  # type: ignore[no-untyped-def]
    editor = open_cell_editor(qtbot, view, row, col)
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, localised(text))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: closed(editor))  # the view commits and closes the editor queued


def choose_in_cell(qtbot, view, row: int, col: int, text: str) -> None:  # type: ignore[no-untyped-def]
    editor = open_cell_editor(qtbot, view, row, col)
    qtbot.keyClicks(editor, text)  # keyboard search, as when typing into a closed combo box
    assert editor.currentText().startswith(text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: closed(editor))


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch):  # type: ignore[no-untyped-def]
    """No modal message box can block a test: each is recorded and answered (Discard/Ok)."""
    shown: list[tuple[str, str]] = []

    def fake(kind, answer):  # type: ignore[no-untyped-def]
        return lambda parent, title, text, *a, **k: shown.append((kind, text)) or answer

    monkeypatch.setattr(QMessageBox, "question", fake("question", QMessageBox.StandardButton.Discard))
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, fake(kind, QMessageBox.StandardButton.Ok))
    return shown


@pytest.fixture
def open_editor(qtbot, sqlite_clinic):  # type: ignore[no-untyped-def]
    def make(patient_id: int, session_id: int | None = None, services=None) -> SessionEditorDialog:  # type: ignore[no-untyped-def]
        dialog = SessionEditorDialog(services or sqlite_clinic.as_practitioner, patient_id, session_id)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def fill_two_areas(qtbot, dlg: SessionEditorDialog, depth: str = "2.5") -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(dlg.indications_edit, "fine lines, hydration")
    qtbot.mouseClick(dlg.add_area_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dlg.add_area_button, Qt.MouseButton.LeftButton)
    choose_in_cell(qtbot, dlg.areas_view, 1, A.COL_AREA, "Neck")
    choose_in_cell(qtbot, dlg.areas_view, 1, A.COL_TECHNIQUE, "Nappage")
    type_in_cell(qtbot, dlg.areas_view, 0, A.COL_DEPTH, depth)
    type_in_cell(qtbot, dlg.areas_view, 0, A.COL_POINTS, "40")
    type_in_cell(qtbot, dlg.areas_view, 1, A.COL_VOLUME, "1.5")
    # The standard formula fills its ingredient products with the lot that expires first.
    dlg.formula_combo.setFocus()
    qtbot.keyClick(dlg.formula_combo, Qt.Key.Key_Down)
    assert dlg.products_model.rowCount() == 2


def test_record_session_with_two_areas_and_lots(qtbot, sqlite_clinic, open_editor) -> None:  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    patient = c.patient()
    dlg = open_editor(patient.id)
    assert dlg.practitioner_combo.currentData() == c.practitioner.id  # the signed-in practitioner
    fill_two_areas(qtbot, dlg)
    assert [r.lot_id for r in dlg.products_model.rows()] == [c.ha_lot.id, c.lido_lot.id]
    type_in_cell(qtbot, dlg.products_view, 0, P.COL_VOLUME, "1.8")
    with qtbot.waitSignal(dlg.sig_saved) as saved:
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert not dlg.isVisible()
    stored = c.services.sessions.get(saved.args[0])
    assert [(a.area, a.technique, a.depth_mm, a.injection_points, a.volume_ml) for a in stored.areas] == [
        ("full_face", "papules", 2.5, 40, 2.0),
        ("neck", "nappage", 2.0, 20, 1.5),
    ]
    assert stored.indications == "fine lines,hydration"
    assert stored.formula_id == c.formula.id and stored.formula_name == "Face revitalisation"
    assert [(p.lot.lot_number, p.volume_ml) for p in stored.products] == [("HA-001", 1.8), ("LI-001", 0.5)]
    lots = {lot.id: lot for lot in c.services.catalogue.lots()}
    assert lots[c.ha_lot.id].quantity_in_stock == pytest.approx(98.2)
    assert lots[c.lido_lot.id].quantity_in_stock == pytest.approx(49.5)


def test_depth_20_is_refused_next_to_the_area_table(qtbot, sqlite_clinic, open_editor) -> None:  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    patient = c.patient()
    dlg = open_editor(patient.id)
    fill_two_areas(qtbot, dlg, depth="20")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert dlg.isVisible()
    message = dlg.field_error("areas")
    assert "Area 1" in message and "at most 15" in message
    assert dlg.areas_model.error_cell() == (0, A.COL_DEPTH)
    assert dlg.areas_view.currentIndex().column() == A.COL_DEPTH
    assert c.services.sessions.for_patient(patient.id) == []
    assert {lot.id: lot.quantity_in_stock for lot in c.services.catalogue.lots()}[c.ha_lot.id] == 100.0


def test_depth_5_saves_after_the_warning_is_confirmed(qtbot, sqlite_clinic, open_editor) -> None:  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    patient = c.patient()
    dlg = open_editor(patient.id)
    fill_two_areas(qtbot, dlg, depth="5")
    qtbot.keyClick(dlg.indications_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S saves
    assert dlg.isVisible() and dlg.warning_panel.isVisible()
    assert any("Depth 5 mm is outside" in w for w in dlg.warnings_shown())
    assert c.services.sessions.for_patient(patient.id) == []
    with qtbot.waitSignal(dlg.sig_saved):
        qtbot.mouseClick(dlg.save_anyway_button, Qt.MouseButton.LeftButton)
    [stored] = c.services.sessions.for_patient(patient.id)
    assert stored.areas[0].depth_mm == 5.0


def test_expired_and_recalled_lots_cannot_be_chosen(qtbot, sqlite_clinic, open_editor) -> None:  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    patient = c.patient()
    dlg = open_editor(patient.id)
    fill_two_areas(qtbot, dlg)
    editor = open_cell_editor(qtbot, dlg.products_view, 0, P.COL_LOT)
    texts = {
        editor.itemText(i): bool(editor.model().index(i, 0).flags() & Qt.ItemFlag.ItemIsEnabled)
        for i in range(editor.count())
    }
    assert {t.split(" ")[0]: ok for t, ok in texts.items()} == {
        "HA-OLD": False,
        "HA-001": True,
        "HA-REC": False,
    }
    assert any("RECALLED" in t for t in texts) and any("EXPIRED" in t for t in texts)
    # Forcing a disabled entry does not reach the row.
    editor.setCurrentIndex(editor.findText(next(t for t in texts if t.startswith("HA-REC"))))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: closed(editor))
    assert dlg.products_model.rows()[0].lot_id == c.ha_lot.id
    # Nor does a direct attempt on the model: it is refused with the reason under the products table.
    assert not dlg.products_model.setData(dlg.products_model.index(0, P.COL_LOT), c.recalled_lot.id)
    assert "recalled" in dlg.field_error("products") and "sterility concern" in dlg.field_error("products")


@pytest.mark.parametrize("which", ["expired_lot", "recalled_lot"])
def test_unusable_lot_is_refused_on_save(qtbot, sqlite_clinic, open_editor, which) -> None:  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    patient = c.patient()
    dlg = open_editor(patient.id)
    fill_two_areas(qtbot, dlg)
    bad = getattr(c, which)
    # e.g. a draft prepared earlier whose lot has since expired or been recalled
    dlg.products_model.set_rows([ProductRow(c.ha.id, bad.id, 2.0), ProductRow(c.lido.id, c.lido_lot.id, 0.5)])
    assert dlg.products_model.status(dlg.products_model.rows()[0])[0] == "refused"
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    message = dlg.field_error("products")
    assert "Hyaluronic acid" in message and "refused" in message and bad.lot_number in message
    assert c.services.sessions.for_patient(patient.id) == []
    assert {lot.id: lot.quantity_in_stock for lot in c.services.catalogue.lots()}[c.lido_lot.id] == 50.0


def test_allergy_warning_when_patient_is_allergic_to_lidocaine(qtbot, sqlite_clinic, open_editor) -> None:  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    patient = c.patient()
    c.services.patients.add_allergy(patient.id, "Lidocaine", "hives", "severe")
    dlg = open_editor(patient.id)
    assert "lidocaine" in dlg.alert_banner.text().lower() and dlg.alert_banner.isVisible()
    fill_two_areas(qtbot, dlg)
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert dlg.warning_panel.isVisible()
    [warning] = [w for w in dlg.warnings_shown() if w.startswith("ALLERGY")]
    assert "Lidocaine 2%" in warning
    assert "ALLERGY" in dlg.warning_text.text()
    assert c.services.sessions.for_patient(patient.id) == []
    qtbot.mouseClick(dlg.go_back_button, Qt.MouseButton.LeftButton)
    assert not dlg.warning_panel.isVisible()
    assert c.services.sessions.for_patient(patient.id) == []


def test_sign_off_makes_read_only_and_amendment_keeps_a_reason(qtbot, sqlite_clinic, open_editor) -> None:  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    patient = c.patient()
    c.ready_to_sign(patient.id)
    dlg = open_editor(patient.id)
    fill_two_areas(qtbot, dlg)
    with qtbot.waitSignal(dlg.sig_saved) as saved:
        qtbot.mouseClick(dlg.sign_off_button, Qt.MouseButton.LeftButton)
    session_id = saved.args[0]
    assert c.services.sessions.get(session_id).status == "signed"
    assert dlg.isVisible() and dlg.is_read_only()
    assert dlg.when_edit.isReadOnly() and dlg.notes_edit.isReadOnly()
    assert not dlg.add_area_button.isEnabled() and not dlg.save_button.isVisible()
    assert not dlg.areas_model.flags(dlg.areas_model.index(0, A.COL_DEPTH)) & Qt.ItemFlag.ItemIsEditable
    assert dlg.amend_button.isVisible()

    qtbot.mouseClick(dlg.amend_button, Qt.MouseButton.LeftButton)
    assert not dlg.notes_edit.isReadOnly()
    dlg.tabs.setCurrentIndex(1)
    qtbot.keyClicks(dlg.notes_edit, "Slight bruising on the neck.")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    amend = dlg._amend_dialog
    assert amend is not None and amend.isVisible()
    amend.buttons.button(amend.buttons.StandardButton.Ok).click()  # no reason: refused
    assert amend.isVisible() and "reason" in amend.error.text().lower()
    qtbot.keyClicks(amend.reason_edit, "Note added after the patient called")
    with qtbot.waitSignal(dlg.sig_saved):
        qtbot.mouseClick(amend.buttons.button(amend.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    [amendment] = c.services.sessions.amendments(session_id)
    assert amendment.reason == "Note added after the patient called"
    assert c.services.sessions.get(session_id).notes == "Slight bruising on the neck."
    assert dlg.is_read_only() and dlg.history_tree.topLevelItemCount() == 1
    assert dlg.history_tree.topLevelItem(0).text(2) == "notes"
    # Esc while amending leaves the amendment (changes discarded), not the dialog
    qtbot.mouseClick(dlg.amend_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dlg.indications_edit, ", typo")
    qtbot.keyClick(dlg.indications_edit, Qt.Key.Key_Escape)
    assert dlg.isVisible() and dlg.is_read_only()
    assert dlg.indications_edit.text() == "fine lines, hydration"
    assert len(c.services.sessions.amendments(session_id)) == 1


def test_repeat_last_session_prefills(qtbot, sqlite_clinic, open_editor) -> None:  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    patient = c.patient()
    c.as_practitioner.sessions.record(
        c.session_input(
            patient.id, when=datetime.now(UTC) - timedelta(days=10), depth=3.0, anaesthesia="Topical cream"
        )
    )
    dlg = open_editor(patient.id)
    qtbot.mouseClick(dlg.repeat_button, Qt.MouseButton.LeftButton)
    [area] = dlg.areas_model.rows()
    assert (area.area, area.depth_mm, area.injection_points) == ("full_face", 3.0, 40)
    assert [r.lot_id for r in dlg.products_model.rows()] == [c.ha_lot.id, c.lido_lot.id]
    assert dlg.indications_edit.text() == "fine lines"
    assert dlg.anaesthesia_combo.currentText() == "Topical cream"
    assert dlg.formula_combo.currentData() == c.formula.id


def test_closing_with_unsaved_changes_asks_first(qtbot, sqlite_clinic, open_editor, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    patient = c.patient()
    dlg = open_editor(patient.id)
    asked = []
    answer = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or answer[0])
    qtbot.keyClicks(dlg.indications_edit, "cellulite")
    qtbot.keyClick(dlg.indications_edit, Qt.Key.Key_Escape)
    assert asked and dlg.isVisible()
    answer[0] = QMessageBox.StandardButton.Discard
    qtbot.keyClick(dlg.indications_edit, Qt.Key.Key_Escape)
    assert not dlg.isVisible()
    assert c.services.sessions.for_patient(patient.id) == []


def test_existing_draft_opens_with_its_data_and_updates(qtbot, sqlite_clinic, open_editor) -> None:  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    patient = c.patient()
    saved = c.as_practitioner.sessions.record(c.session_input(patient.id)).session
    dlg = open_editor(patient.id, saved.id)
    assert not dlg.is_read_only() and dlg.areas_model.rowCount() == 1
    assert not dlg.is_dirty()
    type_in_cell(qtbot, dlg.areas_view, 0, A.COL_POINTS, "55")
    with qtbot.waitSignal(dlg.sig_saved):
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert c.services.sessions.get(saved.id).areas[0].injection_points == 55


def test_injection_map_points_are_saved_with_the_session(qtbot, sqlite_clinic, open_editor) -> None:  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    patient = c.patient()
    dlg = open_editor(patient.id)
    fill_two_areas(qtbot, dlg)
    dlg.tabs.setCurrentIndex(2)
    editor = dlg.map_editor
    assert editor is not None  # the injection map widget is installed
    canvas = editor.canvas()
    qtbot.waitUntil(lambda: canvas.isVisible())
    for x, y in ((0.40, 0.30), (0.60, 0.30), (0.50, 0.55)):
        qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=editor.viewport_pos(x, y))
    assert len(editor.marks()) == 3
    with qtbot.waitSignal(dlg.sig_saved) as saved:
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    marks = c.services.sessions.get(saved.args[0]).marks
    assert [m.diagram for m in marks] == ["face_front"] * 3
    assert [v for m in marks for v in (m.x, m.y)] == pytest.approx(
        [0.40, 0.30, 0.60, 0.30, 0.50, 0.55], abs=0.01
    )


def test_signed_session_opens_read_only_with_its_map(qtbot, sqlite_clinic, open_editor) -> None:  # type: ignore[no-untyped-def]
    from mesodesk.services.sessions import MarkInput

    c = sqlite_clinic
    patient = c.patient()
    data = c.session_input(patient.id, marks=[MarkInput("face_front", 0.5, 0.4)])
    c.ready_to_sign(patient.id)
    saved = c.as_practitioner.sessions.record(data, sign_off=True).session
    dlg = open_editor(patient.id, saved.id)
    assert dlg.is_read_only() and dlg.map_editor.is_read_only()
    assert len(dlg.map_editor.marks()) == 1
    assert "Signed off by Dr Zoë Ōtsuka" in dlg.signed_label.text()


def test_conflict_offers_to_reload(qtbot, sqlite_clinic, open_editor, message_boxes, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    patient = c.patient()
    saved = c.as_practitioner.sessions.record(c.session_input(patient.id)).session
    dlg = open_editor(patient.id, saved.id)
    # someone else changes it on another workstation
    other = c.session_input(patient.id, notes="changed elsewhere")
    c.as_practitioner.sessions.update_draft(saved.id, other, saved.version)
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text, *a, **k: (
            message_boxes.append(("question", text)) or QMessageBox.StandardButton.Yes
        ),
    )
    qtbot.keyClicks(dlg.indications_edit, ", mine")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert any("another workstation" in text for _, text in message_boxes)
    assert dlg.isVisible() and dlg.notes_edit.toPlainText() == "changed elsewhere"  # reloaded
    assert c.services.sessions.get(saved.id).indications == "fine lines"


def test_near_expiry_and_low_stock_lot_warns_before_saving(qtbot, sqlite_clinic, open_editor) -> None:  # type: ignore[no-untyped-def]
    from mesodesk.services.catalogue import LotInput

    c = sqlite_clinic
    soon = c.services.catalogue.save_lot(LotInput(c.lido.id, "LI-SOON", c.today + timedelta(days=12), 5.0))
    patient = c.patient()
    dlg = open_editor(patient.id)
    fill_two_areas(qtbot, dlg)
    assert dlg.products_model.rows()[1].lot_id == soon.id  # first in, first out: it expires first
    kind, text = dlg.products_model.status(dlg.products_model.rows()[1])
    assert kind == "warn" and "12" in text and "Low stock" in text
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    shown = dlg.warnings_shown()
    assert any("LI-SOON expires on" in w for w in shown) and any("LI-SOON: low stock" in w for w in shown)
    assert c.services.sessions.for_patient(patient.id) == []
    # choosing the other lot in the table removes both warnings
    editor = open_cell_editor(qtbot, dlg.products_view, 1, P.COL_LOT)
    qtbot.keyClicks(editor, "LI-001")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: closed(editor))
    assert dlg.products_model.rows()[1].lot_id == c.lido_lot.id
    with qtbot.waitSignal(dlg.sig_saved):
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    [stored] = c.services.sessions.for_patient(patient.id)
    assert [p.lot.lot_number for p in stored.products] == ["HA-001", "LI-001"]


def test_start_from_protocol_fills_areas_and_formula(qtbot, sqlite_clinic, open_editor) -> None:  # type: ignore[no-untyped-def]
    from mesodesk.services.catalogue import ProtocolInput

    c = sqlite_clinic
    c.services.catalogue.save_protocol(
        ProtocolInput(
            "Neck and décolleté",
            "skin laxity",
            ["neck", "decollete"],
            "nappage",
            "multi_injector",
            30,
            4.0,
            1.5,
            50,
            1.5,
            c.formula.id,
        )
    )
    patient = c.patient()
    dlg = open_editor(patient.id)
    dlg.protocol_combo.setFocus()
    qtbot.keyClick(dlg.protocol_combo, Qt.Key.Key_Down)
    qtbot.mouseClick(dlg.protocol_button, Qt.MouseButton.LeftButton)
    assert [
        (a.area, a.technique, a.device, a.needle_gauge, a.depth_mm, a.injection_points, a.volume_ml)
        for a in dlg.areas_model.rows()
    ] == [
        ("neck", "nappage", "multi_injector", 30, 1.5, 50, 1.5),
        ("decollete", "nappage", "multi_injector", 30, 1.5, 50, 1.5),
    ]
    assert dlg.indications_edit.text() == "skin laxity"
    assert [r.lot_id for r in dlg.products_model.rows()] == [c.ha_lot.id, c.lido_lot.id]
    with qtbot.waitSignal(dlg.sig_saved) as saved:
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    stored = c.services.sessions.get(saved.args[0])
    assert stored.protocol_id is not None and stored.formula_id == c.formula.id


def test_date_before_birth_is_refused_under_the_date(qtbot, sqlite_clinic, open_editor) -> None:  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    patient = c.patient()  # born 1980
    dlg = open_editor(patient.id)
    fill_two_areas(qtbot, dlg)
    dlg.when_edit.setDate(dlg.when_edit.date().addYears(-50))
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert dlg.field_error("performed_at") == "is before the patient's date of birth"
    assert dlg.field_error("areas") == ""
    assert c.services.sessions.for_patient(patient.id) == []


def test_enter_in_a_field_does_not_save_the_session(qtbot, sqlite_clinic, open_editor) -> None:  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    patient = c.patient()
    dlg = open_editor(patient.id)
    fill_two_areas(qtbot, dlg)
    qtbot.keyClick(dlg.indications_edit, Qt.Key.Key_Return)
    assert dlg.isVisible() and dlg.areas_model.rowCount() == 2
    assert c.services.sessions.for_patient(patient.id) == []


def test_amend_on_a_colleagues_signed_session_is_disabled_and_says_why(
    qtbot, sqlite_clinic, open_editor
) -> None:  # type: ignore[no-untyped-def]
    """Issue 12: a practitioner who may not amend a colleague's session is not offered Amend."""
    from mesodesk.services.clinic import ClinicInput

    c = sqlite_clinic
    patient = c.patient()
    c.ready_to_sign(patient.id)
    saved = c.as_practitioner.sessions.record(c.session_input(patient.id), sign_off=True).session
    other = c.services.users.create("dr.other", "Dr Other", "practitioner", "password 123")
    colleague = open_editor(patient.id, saved.id, services=c.services.as_user(other.actor))
    assert colleague.amend_button.isVisible() and not colleague.amend_button.isEnabled()
    assert "only an administrator" in colleague.amend_button.toolTip()
    qtbot.keyClick(
        colleague, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier
    )  # its accelerator: still read-only
    assert colleague.is_read_only()
    # the author and an administrator may amend it
    for services in (c.as_practitioner, c.services):
        dlg = open_editor(patient.id, saved.id, services=services)
        assert dlg.amend_button.isEnabled() and "reason" in dlg.amend_button.toolTip()
    # the clinic lets any practitioner amend with a reason: the colleague is offered Amend
    c.services.clinic.save_settings(ClinicInput("Clinique", colleague_amend="practitioner"))
    allowed = open_editor(patient.id, saved.id, services=c.services.as_user(other.actor))
    assert allowed.amend_button.isEnabled()
    qtbot.mouseClick(allowed.amend_button, Qt.MouseButton.LeftButton)
    assert not allowed.is_read_only()
