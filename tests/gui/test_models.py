"""Every table and list model of the application, filled with real rows, passes pytest-qt's model tester."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel
from PySide6.QtWidgets import QWidget

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")


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
