"""The outcome scales and measures dialog (issue 15, item 2): a clinic adds its own measure and scale with
the keyboard, sees errors beside their fields, and the patient's Outcomes tab offers them at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QTableView

from mesodesk.gui.dialogs.outcome_definition_editors import MeasureDefinitionDialog
from mesodesk.gui.dialogs.outcome_definitions_dialog import OutcomeDefinitionsDialog
from mesodesk.gui.dialogs.outcome_scale_editor import ScaleDefinitionDialog
from mesodesk.gui.models.outcome_definition_models import BandsModel, ScaleItemsModel
from mesodesk.gui.widgets.outcomes_tab import OutcomesTab
from mesodesk.services.outcomes import AssessmentInput

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")

HYDRATION = {"code": "corneometer", "name": "Skin hydration", "unit": "AU"}


def _shown(qtbot, widget):  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def _tab(qtbot, services, patient_id):  # type: ignore[no-untyped-def]
    tab = _shown(qtbot, OutcomesTab(services))
    assert tab.set_patient(patient_id)
    return tab


def _editor(qtbot, dialog, button):  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    editor = dialog.editor
    assert editor is not None and editor.isVisible()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def _type_cell(qtbot, view: QTableView, row: int, column: int, text: str) -> None:
    """Type into a table cell as a user does: go to it, type (the first key opens the editor), Enter."""
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, column))
    qtbot.keyClicks(view, text[0])
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not view, "typing did not open the cell's editor"
    if len(text) > 1:
        qtbot.keyClicks(editor, text[1:])
    _commit(qtbot, view, editor)


def _commit(qtbot, view: QTableView, editor) -> None:  # type: ignore[no-untyped-def]
    """Enter: the delegate writes the cell and closes its editor (queued, as Qt does)."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: view.indexWidget(view.currentIndex()) is None and QApplication.focusWidget() is not editor
    )


def _type_new_item(qtbot, editor: ScaleDefinitionDialog, label: str, low: int, high: int) -> None:
    qtbot.mouseClick(editor.add_item_button, Qt.MouseButton.LeftButton)
    cell_editor = QApplication.focusWidget()  # "Add item" opens the new item's label for typing
    assert cell_editor is not None and cell_editor.parent() is editor.items_view.viewport()
    qtbot.keyClicks(cell_editor, label)
    _commit(qtbot, editor.items_view, cell_editor)
    row = editor.items_model.rowCount() - 1
    _type_cell(qtbot, editor.items_view, row, ScaleItemsModel.COL_MIN, str(low))
    _type_cell(qtbot, editor.items_view, row, ScaleItemsModel.COL_MAX, str(high))


def test_a_measure_and_a_three_item_scale_typed_in_are_stored_and_offered_in_the_outcomes_tab(
    qtbot, sqlite_clinic
):
    clinic = sqlite_clinic
    patient = clinic.patient()
    tab = _tab(qtbot, clinic.as_practitioner, patient.id)
    assert tab.entry.add_measure.findData("skin_hydration") < 0
    dialog = _shown(qtbot, OutcomeDefinitionsDialog(clinic.as_practitioner))

    measure = _editor(qtbot, dialog, dialog.add_measure_button)
    assert isinstance(measure, MeasureDefinitionDialog)
    qtbot.keyClicks(measure.name_edit, "Skin hydration")
    assert measure.code_edit.text() == "skin_hydration"  # suggested from the name
    qtbot.keyClicks(measure.unit_edit, "AU")
    qtbot.keyClicks(measure.min_edit, "0")
    qtbot.keyClicks(measure.max_edit, "120")
    qtbot.keyClicks(measure.site_edit, "left cheek, 2 cm below the cheekbone")
    qtbot.keyClick(measure.site_edit, Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: not measure.isVisible())
    stored = clinic.services.outcomes.registry().measure("skin_hydration")
    assert (stored.name, stored.unit, stored.minimum, stored.maximum, stored.direction) == (
        "Skin hydration",
        "AU",
        0,
        120,
        "higher",
    )
    assert stored.site_hint == "left cheek, 2 cm below the cheekbone"
    # the chart's quick entry offers it at once, and the list selects it
    assert tab.entry.add_measure.findData("skin_hydration") >= 0
    assert dialog.current_code() == "skin_hydration"

    scale = _editor(qtbot, dialog, dialog.add_scale_button)
    assert isinstance(scale, ScaleDefinitionDialog)
    qtbot.keyClicks(scale.name_edit, "Scalp density")
    qtbot.keyClicks(scale.reference_edit, "Clinic protocol 2026")
    for label, low, high in (("Frontal", 0, 3), ("Vertex", 0, 4), ("Occipital", 1, 3)):
        _type_new_item(qtbot, scale, label, low, high)
    assert scale.total_label.text() == "Total: 1 to 10"
    _type_cell(qtbot, scale.items_view, 0, ScaleItemsModel.COL_LABEL, "Frontal line")  # retyped
    scale.items_view.setCurrentIndex(scale.items_model.index(0, 0))
    _type_cell(qtbot, scale.anchors_view, 0, 1, "Sparse, scalp visible")
    _type_cell(qtbot, scale.anchors_view, 3, 1, "Dense")
    qtbot.mouseClick(scale.add_band_button, Qt.MouseButton.LeftButton)
    _type_cell(qtbot, scale.bands_view, 0, BandsModel.COL_HIGH, "5")
    _type_cell(qtbot, scale.bands_view, 0, BandsModel.COL_LABEL, "sparse")
    qtbot.mouseClick(scale.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not scale.isVisible())

    stored_scale = clinic.services.outcomes.registry().scale("scalp_density")
    assert [(i.label, i.minimum, i.maximum) for i in stored_scale.items] == [
        ("Frontal line", 0, 3),
        ("Vertex", 0, 4),
        ("Occipital", 1, 3),
    ]
    assert stored_scale.items[0].anchors == ((0, "Sparse, scalp visible"), (3, "Dense"))
    assert stored_scale.reference == "Clinic protocol 2026"
    assert stored_scale.band(4) == "sparse" and stored_scale.band(6) == ""
    assert not stored_scale.builtin
    # offered in the Outcomes tab without reloading the patient: one spin box per item
    combo = tab.entry.scale
    assert combo.findData("scalp_density") >= 0
    combo.setCurrentIndex(combo.findData("scalp_density"))
    assert list(tab.entry.item_spins) == ["item_1", "item_2", "item_3"]
    assert tab.entry.item_spins["item_3"].minimum() == 1
    assert "Scalp density" in dialog.details.toPlainText()


def test_a_bad_range_or_a_duplicate_code_is_shown_beside_its_field_and_stores_nothing(
    qtbot, sqlite_clinic, message_boxes
):
    clinic = sqlite_clinic
    dialog = _shown(qtbot, OutcomeDefinitionsDialog(clinic.services))
    before = clinic.services.outcomes.registry()

    scale = _editor(qtbot, dialog, dialog.add_scale_button)
    qtbot.keyClicks(scale.name_edit, "Upside down")
    qtbot.mouseClick(scale.save_button, Qt.MouseButton.LeftButton)
    assert scale.items_error.isVisible() and scale.items_error.text() == "a scale needs at least one item"
    _type_new_item(qtbot, scale, "Only item", 0, 3)
    qtbot.mouseClick(scale.add_band_button, Qt.MouseButton.LeftButton)
    _type_cell(qtbot, scale.bands_view, 0, BandsModel.COL_HIGH, "9")
    _type_cell(qtbot, scale.bands_view, 0, BandsModel.COL_LABEL, "severe")
    qtbot.mouseClick(scale.save_button, Qt.MouseButton.LeftButton)
    assert not scale.items_error.isVisible()
    assert scale.bands_error.text() == "Band 1: must lie within the scale's total, 0-3"
    assert scale.bands_model.error_cell() == (0, BandsModel.COL_LOW)
    qtbot.mouseClick(scale.remove_band_button, Qt.MouseButton.LeftButton)
    assert scale.bands_model.rowCount() == 0
    _type_cell(qtbot, scale.items_view, 0, ScaleItemsModel.COL_MIN, "3")
    _type_cell(qtbot, scale.items_view, 0, ScaleItemsModel.COL_MAX, "1")
    qtbot.mouseClick(scale.save_button, Qt.MouseButton.LeftButton)
    assert scale.isVisible()  # kept open, with what was typed
    assert scale.items_error.isVisible()
    assert scale.items_error.text() == "Item 1: must be more than min"
    assert scale.items_model.error_cell() == (0, ScaleItemsModel.COL_MAX)
    assert "upside_down" not in clinic.services.outcomes.registry().scales
    scale.mark_clean()
    scale.close()

    measure = _editor(qtbot, dialog, dialog.add_measure_button)
    qtbot.keyClicks(measure.name_edit, "My waist")
    measure.code_edit.clear()
    qtbot.keyClicks(measure.code_edit, "waist")  # a built-in's code
    qtbot.keyClicks(measure.unit_edit, "cm")
    qtbot.mouseClick(measure.save_button, Qt.MouseButton.LeftButton)
    error = measure.findChild(type(measure.errors.general), "error_code")
    assert error.isVisible() and "already used" in error.text()
    assert measure.code_edit.hasFocus()
    measure.code_edit.clear()
    qtbot.keyClicks(measure.code_edit, "my_waist")
    qtbot.keyClicks(measure.min_edit, "90")
    qtbot.keyClicks(measure.max_edit, "10")
    qtbot.mouseClick(measure.save_button, Qt.MouseButton.LeftButton)
    assert not error.isVisible()
    range_error = measure.findChild(type(measure.errors.general), "error_min")
    assert range_error.isVisible() and range_error.text() == "must be more than min"
    assert measure.isVisible()
    after = clinic.services.outcomes.registry()
    assert set(after.measures) == set(before.measures) and set(after.scales) == set(before.scales)
    assert message_boxes.calls == []  # shown beside the fields, not as message boxes


def test_typed_input_is_not_discarded_without_asking(qtbot, sqlite_clinic, message_boxes):
    dialog = _shown(qtbot, OutcomeDefinitionsDialog(sqlite_clinic.services))
    measure = _editor(qtbot, dialog, dialog.add_measure_button)
    qtbot.keyClicks(measure.name_edit, "Elasticity")
    message_boxes.answer = QMessageBox.StandardButton.Cancel
    qtbot.keyClick(measure, Qt.Key.Key_Escape)
    assert measure.isVisible() and message_boxes.kinds() == ["question"]
    message_boxes.answer = QMessageBox.StandardButton.Discard
    qtbot.keyClick(measure, Qt.Key.Key_Escape)
    assert not measure.isVisible()
    assert "elasticity" not in sqlite_clinic.services.outcomes.registry().measures
    untouched = _editor(qtbot, dialog, dialog.add_scale_button)
    qtbot.keyClick(untouched, Qt.Key.Key_Escape)  # nothing typed: closes without a question
    assert not untouched.isVisible() and message_boxes.kinds() == ["question", "question"]


def test_a_user_without_the_catalogue_permission_sees_the_registry_but_cannot_add(
    qtbot, sqlite_clinic, make_window
):
    clinic = sqlite_clinic
    clinic.services.outcomes.define("measure", HYDRATION)
    dialog = _shown(qtbot, OutcomeDefinitionsDialog(clinic.as_assistant))
    assert dialog.model.row_of("css") >= 0 and dialog.model.row_of("corneometer") >= 0
    assert dialog.select("corneometer")
    for button in (
        dialog.add_measure_button,
        dialog.add_scale_button,
        dialog.edit_button,
        dialog.retire_button,
    ):
        assert not button.isEnabled()
    qtbot.mouseClick(dialog.add_measure_button, Qt.MouseButton.LeftButton)
    assert dialog.add_measure() is None and dialog.add_scale() is None and dialog.editor is None
    assert not dialog.toggle_retired()
    assert clinic.services.outcomes.registry().retired == set()
    assistant_window = make_window(services=clinic.as_assistant, user=clinic.assistant)
    assert not assistant_window.act_outcome_definitions.isEnabled()
    admin_window = make_window()
    assert admin_window.act_outcome_definitions.isEnabled()
    assert admin_window.act_outcome_definitions in admin_window.menus["Catalogue"].actions()


def test_an_unused_definition_is_changed_a_used_one_retired_and_the_tab_follows(
    qtbot, sqlite_clinic, message_boxes
):
    clinic = sqlite_clinic
    svc = clinic.services.outcomes
    svc.define("measure", HYDRATION)
    svc.define(
        "scale",
        {
            "code": "density",
            "name": "Density",
            "items": [{"code": "density", "label": "Density", "min": 0, "max": 4}],
        },
    )
    patient = clinic.patient()
    clinic.as_practitioner.outcomes.record_assessment(
        AssessmentInput(patient.id, "density", {"density": 2}, clinic.today)
    )
    tab = _tab(qtbot, clinic.as_practitioner, patient.id)
    dialog = _shown(qtbot, OutcomeDefinitionsDialog(clinic.services))

    dialog.select("density")  # values recorded: retire, not change
    assert not dialog.edit_button.isEnabled() and dialog.retire_button.isEnabled()
    assert "1 value" in dialog.details.toPlainText()  # "1 value recorded" once the catalogue has it
    message_boxes.answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(dialog.retire_button, Qt.MouseButton.LeftButton)
    assert message_boxes.kinds() == ["question"]
    assert svc.registry().retired == {"density"}
    assert tab.entry.scale.findData("density") < 0  # no longer offered for new values
    assert dialog.retire_button.text().replace("&", "") == "Offer again"
    assert dialog.model.display(dialog.current(), dialog.model.COL_ORIGIN) == "The clinic's own, retired"
    tab.set_patient(patient.id)
    assert tab.plot("density") is not None  # its recorded value is still plotted
    qtbot.mouseClick(dialog.retire_button, Qt.MouseButton.LeftButton)  # offered again, no question
    assert svc.registry().retired == set() and tab.entry.scale.findData("density") >= 0

    dialog.select("corneometer")
    assert dialog.edit_button.isEnabled()
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)  # Enter on the row opens it, as "Change…" does
    qtbot.waitUntil(lambda: dialog.editor is not None)
    editor = dialog.editor
    assert isinstance(editor, MeasureDefinitionDialog) and editor.isVisible()  # open, not saved at once
    qtbot.waitExposed(editor)
    assert editor.code_edit.isReadOnly() and editor.unit_edit.text() == "AU"
    editor.name_edit.clear()
    qtbot.keyClicks(editor.name_edit, "Skin hydration (corneometer)")
    assert editor.code_edit.text() == "corneometer"  # the code stays
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert svc.registry().measure("corneometer").name == "Skin hydration (corneometer)"
    row = tab.entry.add_measure.findData("corneometer")
    assert tab.entry.add_measure.itemText(row) == "Skin hydration (corneometer)"


def test_screenshots_empty_a_scale_being_defined_and_an_error(qtbot, sqlite_clinic, tmp_path):
    """Rendered to PNG (under $MESODESK_SCREENSHOTS if set) to be looked at."""
    import os
    from pathlib import Path

    from PySide6.QtGui import QImage

    out = Path(os.environ.get("MESODESK_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    sqlite_clinic.services.outcomes.define("measure", HYDRATION | {"min": 0, "max": 120})
    dialog = _shown(qtbot, OutcomeDefinitionsDialog(sqlite_clinic.services))
    dialog.select("css")
    assert "Nürnberger" in dialog.details.toPlainText() and "Hexsel" in dialog.details.toPlainText()
    scale = _editor(qtbot, dialog, dialog.add_scale_button)
    shots = {"outcome_definitions.png": dialog, "outcome_scale_empty.png": scale}
    for name, widget in shots.items():
        assert widget.grab().save(str(out / name))
    scale.name_edit.setText("Scalp density")
    scale.code_edit.setText("scalp_density")
    for label, high in (("Frontal", 3), ("Vertex", 4), ("Occipital", 3)):
        scale.items_model.add_row([label, 0, high, {}, ""])
    scale.items_view.setCurrentIndex(scale.items_model.index(0, 0))
    scale.anchors_model.setData(scale.anchors_model.index(0, 1), "Sparse, scalp visible")
    scale.bands_model.add_row([0, 4, "sparse"])
    assert scale.grab().save(str(out / "outcome_scale_defined.png"))
    scale.items_model.setData(scale.items_model.index(2, ScaleItemsModel.COL_MIN), 5)
    assert not scale.save()
    assert scale.items_error.isVisible()
    assert scale.grab().save(str(out / "outcome_scale_error.png"))
    sizes = {name: QImage(str(out / name)).size() for name in (*shots, "outcome_scale_error.png")}
    assert all(size.width() >= 900 and size.height() >= 600 for size in sizes.values()), sizes
    scale.mark_clean()


def test_the_models_pass_the_model_tester(qtbot, qtmodeltester, sqlite_clinic):
    sqlite_clinic.services.outcomes.define("measure", HYDRATION)
    dialog = _shown(qtbot, OutcomeDefinitionsDialog(sqlite_clinic.services))
    qtmodeltester.check(dialog.model, force_py=True)
    scale = ScaleDefinitionDialog(sqlite_clinic.services)
    qtbot.addWidget(scale)
    scale.items_model.add_row(["Density", 0, 3, {1: "sparse"}, ""])
    scale.items_view.setCurrentIndex(scale.items_model.index(0, 0))
    scale.bands_model.add_row([0, 1, "sparse"])
    assert scale.anchors_model.rowCount() == 4 and scale.anchors_model.index(1, 1).data() == "sparse"
    for model in (scale.items_model, scale.anchors_model, scale.bands_model):
        qtmodeltester.check(model, force_py=True)
    assert not scale.anchors_model.setData(scale.anchors_model.index(1, 0), 7)  # the score is not typed
    assert not scale.items_model.setData(scale.items_model.index(0, 1), "three")
    scale.mark_clean()
