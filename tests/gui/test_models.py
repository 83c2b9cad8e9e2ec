"""Every table and list model of the application, filled with real rows, passes pytest-qt's model tester."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta

import pytest
from PIL import Image
from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel
from PySide6.QtWidgets import QWidget

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (180, 90, 60)).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def full_record(sqlite_clinic):  # type: ignore[no-untyped-def]
    """A patient with a session, a reaction, a plan and follow-ups, a consent, a photo and an allergy."""
    from mesodesk.services.clinic import ConsentInput
    from mesodesk.services.followups import PlanInput
    from mesodesk.services.reactions import AssessmentInput, ReactionInput

    c = sqlite_clinic
    svc = c.as_practitioner
    patient = c.patient()
    c.patient("Aoife", "Abbott")
    when = datetime.now(UTC).replace(microsecond=0) - timedelta(days=2)
    plan = svc.followups.create_plan(PlanInput(patient.id, "Face course", 4, 14, 42, 48))
    session = svc.sessions.record(c.session_input(patient.id, when=when, plan_id=plan.id)).session
    svc.reactions.record(
        ReactionInput(
            patient.id,
            "bruising",
            when + timedelta(hours=3),
            session.id,
            "full_face",
            "moderate",
            assessments=[AssessmentInput(1, "bruising", "mild")],
        )
    )
    svc.followups.add(patient.id, "review", date.today())
    svc.patients.add_allergy(patient.id, "latex", "rash", "mild")
    text = c.services.clinic.add_consent_text("meso", "1", "Mesotherapy consent", "I agree.")
    svc.clinic.record_consent(
        ConsentInput(patient.id, text.id, c.practitioner.id, when, "bruising", "glow", png())
    )
    svc.photos.add(
        patient.id, png(), "before.png", "before", "full_face", date.today(), session_id=session.id
    )
    return patient, session


def models_of(widget: QWidget) -> list[QAbstractItemModel]:
    found = [m for m in widget.findChildren(QAbstractItemModel) if not isinstance(m, QSortFilterProxyModel)]
    return [m for m in found if type(m).__module__.startswith("mesodesk.")]


def check_all(request, models: list[QAbstractItemModel]) -> set[str]:  # type: ignore[no-untyped-def]
    """pytest-qt's qtmodeltester on each model, one tester per model (disconnected before the next)."""
    from pytestqt.modeltest import ModelTester

    for model in models:
        tester = ModelTester(request.config)
        tester.check(model, force_py=True)
        tester._cleanup()  # what the qtmodeltester fixture does at teardown
    return {type(m).__name__ for m in models}


def test_the_main_window_chart_and_dashboard_models(qtbot, request, make_window, full_record) -> None:  # type: ignore[no-untyped-def]
    patient, _session = full_record
    window = make_window()
    window.open_patient(patient.id)
    window.chart.tabs.setCurrentIndex(window.chart.TAB_PHOTOS)
    window.show_followups()
    checked = check_all(request, models_of(window))
    assert {
        "PatientTableModel",
        "TimelineTableModel",
        "SessionTableModel",
        "ReactionTableModel",
        "PlanTableModel",
        "PatientFollowUpTableModel",
        "ConsentTableModel",
        "PhotoListModel",
        "FollowUpTableModel",
    } <= checked, checked
    assert window.chart.session_model.rowCount() == 1 and window.patient_model.rowCount() == 2


def test_the_editor_models(qtbot, request, sqlite_clinic, full_record, message_boxes) -> None:  # type: ignore[no-untyped-def]
    from mesodesk.gui.dialogs.catalogue_dialog import CatalogueDialog
    from mesodesk.gui.dialogs.reaction_dialog import ReactionDialog
    from mesodesk.gui.dialogs.session_editor import SessionEditorDialog
    from mesodesk.gui.dialogs.users_dialog import UsersDialog

    patient, session = full_record
    c = sqlite_clinic
    editor = SessionEditorDialog(c.as_practitioner, patient.id)
    editor.repeat_last()
    [reaction] = c.services.reactions.for_patient(patient.id)
    dialogs = [
        editor,
        ReactionDialog(c.as_practitioner, patient.id, session.id, reaction_id=reaction.id),
        CatalogueDialog(c.services),
        UsersDialog(c.services),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
    catalogue = dialogs[2]
    catalogue.formulas_view.selectRow(0)
    checked = check_all(request, [m for d in dialogs for m in models_of(d)])
    assert {
        "SessionAreasModel",
        "SessionProductsModel",
        "ReactionAssessmentsModel",
        "ProductsTableModel",
        "LotsTableModel",
        "FormulasTableModel",
        "IngredientsModel",
        "ProtocolsTableModel",
    } <= checked, checked
    assert editor.areas_model.rowCount() == 1 and editor.products_model.rowCount() == 2
