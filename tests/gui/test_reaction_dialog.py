"""The reaction dialog: graded assessments, and a serious allergic reaction offering an allergy."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMessageBox, QWidget

from mesodesk.gui.dialogs.reaction_dialog import ReactionDialog
from mesodesk.gui.models import reaction_assessments_model as R

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def patient_with_session(sqlite_clinic):  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    patient = c.patient()
    session = c.as_practitioner.sessions.record(
        c.session_input(patient.id, when=datetime.now(UTC).replace(microsecond=0) - timedelta(hours=5))
    ).session
    return patient, session


def choose_grade(qtbot, view, row: int, text: str) -> None:  # type: ignore[no-untyped-def]
    index = view.model().index(row, R.COL_GRADE)
    centre = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    [editor] = [w for w in view.viewport().findChildren(QComboBox) if w.isVisible()]
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not shiboken6.isValid(editor) or not editor.isVisible())


def pick(qtbot, combo: QComboBox, text: str) -> None:  # type: ignore[no-untyped-def]
    combo.setFocus()
    qtbot.keyClicks(combo, text)
    assert combo.currentText().startswith(text), combo.currentText()


def test_reaction_with_graded_assessments_is_saved(qtbot, sqlite_clinic, patient_with_session) -> None:  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    patient, session = patient_with_session
    dlg = ReactionDialog(c.as_practitioner, patient.id, session.id)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    assert dlg.session_combo.currentData() == session.id
    assert dlg.area_combo.currentData() == "full_face"  # the session's only area
    pick(qtbot, dlg.type_combo, "Bruising")
    pick(qtbot, dlg.severity_combo, "Moderate")
    qtbot.keyClicks(dlg.action_edit, "Arnica gel, cold compress")
    for _ in range(3):
        qtbot.mouseClick(dlg.add_assessment_button, Qt.MouseButton.LeftButton)
    assert [r.day for r in dlg.assessments_model.rows()] == [0, 1, 3]
    choose_grade(qtbot, dlg.assessments_view, 0, "Moderate")
    choose_grade(qtbot, dlg.assessments_view, 2, "None")
    with qtbot.waitSignal(dlg.sig_saved) as saved:
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert not dlg.isVisible()
    reaction = c.services.reactions.get(saved.args[0])
    assert (reaction.type, reaction.severity, reaction.session_id, reaction.area) == (
        "bruising",
        "moderate",
        session.id,
        "full_face",
    )
    assert reaction.action_taken == "Arnica gel, cold compress"
    assert [(a.day, a.symptom, a.grade) for a in reaction.assessments] == [
        (0, "bruising", "moderate"),
        (1, "bruising", "mild"),
        (3, "bruising", "none"),
    ]


def test_onset_before_the_session_is_refused_next_to_the_field(
    qtbot, sqlite_clinic, patient_with_session
) -> None:  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    patient, session = patient_with_session
    dlg = ReactionDialog(c.as_practitioner, patient.id, session.id)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.onset_edit.setDateTime(dlg.onset_edit.dateTime().addDays(-2))
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    error = dlg.findChild(QWidget, "error_onset_at")
    assert error.isVisible() and "before the session" in error.text()
    assert c.services.reactions.for_patient(patient.id) == []


def test_serious_hives_offer_an_allergy_that_is_added(
    qtbot, sqlite_clinic, patient_with_session, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    patient, session = patient_with_session
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    dlg = ReactionDialog(c.as_practitioner, patient.id, session.id)
    qtbot.addWidget(dlg)
    dlg.show()
    pick(qtbot, dlg.type_combo, "Hives")
    pick(qtbot, dlg.severity_combo, "Severe")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert any("allergy" in text for text in asked)
    [reaction] = c.services.reactions.for_patient(patient.id)
    form = dlg.allergy_form
    assert form is not None and form.isVisible()
    substances = [form.substance_combo.itemText(i) for i in range(form.substance_combo.count())]
    assert substances == ["sodium hyaluronate", "lidocaine"]
    form.substance_combo.lineEdit().selectAll()
    pick(qtbot, form.substance_combo, "lidocaine")
    with qtbot.waitSignal(form.sig_saved):
        qtbot.mouseClick(form.buttons.button(form.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert not dlg.isVisible()
    [allergy] = c.services.patients.chart(patient.id, log_view=False).allergies
    assert (allergy.substance, allergy.severity, allergy.source_reaction_id) == (
        "lidocaine",
        "severe",
        reaction.id,
    )


def test_mild_redness_does_not_offer_an_allergy(
    qtbot, sqlite_clinic, patient_with_session, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    patient, session = patient_with_session
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Yes
    )
    dlg = ReactionDialog(c.as_practitioner, patient.id, session.id)
    qtbot.addWidget(dlg)
    dlg.show()
    pick(qtbot, dlg.type_combo, "Redness")
    with qtbot.waitSignal(dlg.sig_saved):
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert asked == [] and dlg.allergy_form is None
    assert c.services.patients.chart(patient.id, log_view=False).allergies == []


@pytest.fixture(autouse=True)
def no_blocking_messages(monkeypatch):  # type: ignore[no-untyped-def]
    """A warning box would block the test: fail with its text instead."""

    def fail(_parent, _title, text, *a, **k):  # type: ignore[no-untyped-def]
        raise AssertionError(f"unexpected message: {text}")

    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, fail)
    # closing a dialog left with changes at teardown discards them
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


def test_existing_reaction_is_edited(qtbot, sqlite_clinic, patient_with_session) -> None:  # type: ignore[no-untyped-def]
    from mesodesk.services.reactions import AssessmentInput, ReactionInput

    c = sqlite_clinic
    patient, session = patient_with_session
    reaction = c.as_practitioner.reactions.record(
        ReactionInput(
            patient.id,
            "swelling",
            session.performed_at + timedelta(hours=1),
            session.id,
            "full_face",
            "mild",
            assessments=[AssessmentInput(0, "swelling", "mild")],
        )
    ).reaction
    dlg = ReactionDialog(c.as_practitioner, patient.id, reaction_id=reaction.id)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.type_combo.currentData() == "swelling" and dlg.assessments_model.rowCount() == 1
    qtbot.mouseClick(dlg.add_assessment_button, Qt.MouseButton.LeftButton)
    choose_grade(qtbot, dlg.assessments_view, 1, "None")
    qtbot.mouseClick(dlg.resolved_check, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dlg.sig_saved):
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    stored = c.services.reactions.get(reaction.id)
    assert [(a.day, a.grade) for a in stored.assessments] == [(0, "mild"), (1, "none")]
    assert stored.resolved_on is not None and stored.version == reaction.version + 1
