"""Catalogue and clinic settings dialogs, driven through their widgets."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import shiboken6
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox, QWidget

from mesodesk.gui.dialogs.catalogue_dialog import CatalogueDialog
from mesodesk.gui.dialogs.clinic_settings_dialog import ClinicSettingsDialog
from mesodesk.gui.models.catalogue_models import (
    FormulasTableModel,
    LotsTableModel,
    ProductsTableModel,
    ProtocolsTableModel,
)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def messages(monkeypatch):  # type: ignore[no-untyped-def]
    shown: list[str] = []
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(
            QMessageBox,
            kind,
            lambda _p, _t, text, *a, **k: shown.append(text) or QMessageBox.StandardButton.Ok,
        )
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    return shown


def open_catalogue(qtbot, services) -> CatalogueDialog:  # type: ignore[no-untyped-def]
    dlg = CatalogueDialog(services)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def test_models_pass_the_model_tester(qtmodeltester, sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    cat = sqlite_clinic.services.catalogue
    for model, rows in (
        (ProductsTableModel(), cat.products()),
        (FormulasTableModel(), cat.formulas()),
        (ProtocolsTableModel(), cat.protocols()),
    ):
        model.set_rows(rows)
        qtmodeltester.check(model)
    lots = LotsTableModel()
    lots.set_rows(cat.lots(), date.today(), 30)
    qtmodeltester.check(lots)


def test_add_product_then_lot_then_recall_with_a_reason(qtbot, sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    dlg = open_catalogue(qtbot, c.as_practitioner)
    # -- product: a missing name is refused next to the field
    qtbot.mouseClick(dlg.new_product_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dlg.save_product_button, Qt.MouseButton.LeftButton)
    assert dlg.product_errors.text("name") == "is required"
    qtbot.keyClicks(dlg.product_name, "Vitamin C 10%")
    qtbot.keyClicks(dlg.product_manufacturer, "Dermalab")
    qtbot.keyClicks(dlg.product_ingredient, "ascorbic acid")
    qtbot.keyClick(dlg.product_ingredient, Qt.Key.Key_Return)  # Enter saves the product being typed
    vitamin = next(p for p in c.services.catalogue.products() if p.name == "Vitamin C 10%")
    assert (vitamin.manufacturer, vitamin.active_ingredient, vitamin.unit) == (
        "Dermalab",
        "ascorbic acid",
        "ml",
    )
    assert dlg.products_model.rowCount() == 3

    # -- lot
    dlg.tabs.setCurrentIndex(1)
    dlg.lot_product_combo.setCurrentIndex(dlg.lot_product_combo.findText("Vitamin C 10%"))
    qtbot.keyClicks(dlg.lot_number_edit, "VC-2031")
    dlg.lot_expiry_edit.setDate(QDate.currentDate().addDays(200))
    dlg.lot_quantity_spin.selectAll()
    qtbot.keyClicks(dlg.lot_quantity_spin, "40")
    qtbot.mouseClick(dlg.add_lot_button, Qt.MouseButton.LeftButton)
    [lot] = c.services.catalogue.lots(vitamin.id)
    assert (lot.lot_number, lot.quantity_in_stock, lot.expiry_date) == (
        "VC-2031",
        40.0,
        date.today() + timedelta(days=200),
    )
    # the same number twice is refused next to the lot number
    qtbot.keyClicks(dlg.lot_number_edit, "VC-2031")
    qtbot.mouseClick(dlg.add_lot_button, Qt.MouseButton.LeftButton)
    assert "already recorded" in dlg.findChild(QWidget, "error_lot_number").text()
    assert len(c.services.catalogue.lots(vitamin.id)) == 1

    # -- expired and recalled lots are visibly marked
    states = {
        dlg.lots_model.row_object(r).lot_number: dlg.lots_model.state(dlg.lots_model.row_object(r))[0]
        for r in range(dlg.lots_model.rowCount())
    }
    assert states["HA-OLD"] == "expired" and states["HA-REC"] == "recalled" and states["HA-001"] == "ok"
    rec_row = next(
        r for r in range(dlg.lots_model.rowCount()) if dlg.lots_model.row_object(r).lot_number == "HA-REC"
    )
    assert "sterility concern" in dlg.lots_model.index(rec_row, LotsTableModel.COL_STATUS).data()
    assert dlg.lots_model.index(rec_row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None

    # -- recall with a reason
    row = dlg.lots_model.row_of(lot.id)
    dlg.lots_view.setCurrentIndex(dlg.lots_model.index(row, 0))
    qtbot.mouseClick(dlg.recall_button, Qt.MouseButton.LeftButton)
    recall = dlg.recall_dialog
    assert recall is not None and recall.isVisible()
    recall.buttons.button(recall.buttons.StandardButton.Ok).click()  # no reason: refused
    assert recall.isVisible() and recall.error.text() == "is required"
    qtbot.keyClicks(recall.reason_edit, "Supplier notice: particles")
    qtbot.mouseClick(recall.buttons.button(recall.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert not recall.isVisible()
    [lot] = c.services.catalogue.lots(vitamin.id)
    assert lot.recalled and lot.recall_reason == "Supplier notice: particles"
    assert dlg.lots_model.state(dlg.lots_model.row_object(dlg.lots_model.row_of(lot.id)))[0] == "recalled"


def test_formula_and_protocol(qtbot, sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    dlg = open_catalogue(qtbot, c.as_practitioner)
    dlg.tabs.setCurrentIndex(2)
    qtbot.mouseClick(dlg.new_formula_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dlg.formula_name, "Scalp cocktail")
    qtbot.mouseClick(dlg.save_formula_button, Qt.MouseButton.LeftButton)  # no ingredients
    assert "at least one ingredient" in dlg.findChild(QWidget, "error_ingredients").text()
    qtbot.mouseClick(dlg.add_ingredient_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dlg.add_ingredient_button, Qt.MouseButton.LeftButton)
    view = dlg.ingredients_view
    index = dlg.ingredients_model.index(1, 1)
    centre = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    [editor] = [
        w for w in view.viewport().findChildren(QWidget) if w.isVisible() and w.inherits("QAbstractSpinBox")
    ]
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "0.25".replace(".", QLocale().decimalPoint()))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not shiboken6.isValid(editor) or not editor.isVisible())
    qtbot.mouseClick(dlg.save_formula_button, Qt.MouseButton.LeftButton)
    formula = next(f for f in c.services.catalogue.formulas() if f.name == "Scalp cocktail")
    assert [(i.product.name, i.amount) for i in formula.ingredients] == [
        ("Hyaluronic acid", 1.0),
        ("Lidocaine 2%", 0.25),
    ]

    dlg.tabs.setCurrentIndex(3)
    qtbot.keyClicks(dlg.protocol_name, "Hair loss")
    qtbot.keyClicks(dlg.protocol_indication, "androgenetic alopecia")
    scalp = next(
        i
        for i in range(dlg.protocol_areas.count())
        if dlg.protocol_areas.item(i).data(Qt.ItemDataRole.UserRole) == "scalp"
    )
    dlg.protocol_areas.item(scalp).setCheckState(Qt.CheckState.Checked)
    dlg.protocol_depth.selectAll()
    qtbot.keyClicks(dlg.protocol_depth, "20")
    qtbot.mouseClick(dlg.save_protocol_button, Qt.MouseButton.LeftButton)
    assert "at most 15" in dlg.findChild(QWidget, "error_depth_mm").text()
    assert c.services.catalogue.protocols() == []
    dlg.protocol_depth.selectAll()
    qtbot.keyClicks(dlg.protocol_depth, "2.5".replace(".", QLocale().decimalPoint()))
    dlg.protocol_formula_combo.setCurrentIndex(dlg.protocol_formula_combo.findText("Scalp cocktail"))
    qtbot.mouseClick(dlg.save_protocol_button, Qt.MouseButton.LeftButton)
    [protocol] = c.services.catalogue.protocols()
    assert (protocol.name, protocol.areas, protocol.depth_mm, protocol.formula_id) == (
        "Hair loss",
        "scalp",
        2.5,
        formula.id,
    )


def test_clinic_settings_saved_with_logo(qtbot, sqlite_clinic, tmp_path) -> None:  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    dlg = ClinicSettingsDialog(c.services)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.name_edit.clear()
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert dlg.findChild(QWidget, "error_name").text() == "is required" and dlg.isVisible()
    qtbot.keyClicks(dlg.name_edit, "Clinique Saint-Étienne")
    qtbot.keyClicks(dlg.address_edit, "12 rue des Lilas")
    qtbot.keyClick(dlg.address_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(dlg.address_edit, "75011 Paris")
    qtbot.keyClicks(dlg.phone_edit, "+33 1 23 45 67 89")
    logo = QImage(1200, 400, QImage.Format.Format_RGB32)
    logo.fill(QColor("#2a6f97"))
    logo.save(str(tmp_path / "logo.jpg"), "JPEG")
    assert dlg.load_logo_file(str(tmp_path / "logo.jpg"))
    assert not dlg.logo_preview.pixmap().isNull()
    dlg.paper_combo.setCurrentIndex(dlg.paper_combo.findData("Letter"))
    dlg.expiry_spin.selectAll()
    qtbot.keyClicks(dlg.expiry_spin, "45")
    with qtbot.waitSignal(dlg.sig_saved):
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert not dlg.isVisible()
    s = c.services.clinic.settings()
    assert (s.name, s.phone, s.paper_size, s.expiry_warning_days) == (
        "Clinique Saint-Étienne",
        "+33 1 23 45 67 89",
        "Letter",
        45,
    )
    assert s.address == "12 rue des Lilas\n75011 Paris"
    stored = QImage.fromData(s.logo_png, "PNG")
    assert s.logo_png.startswith(b"\x89PNG") and stored.width() == 800 and 265 <= stored.height() <= 267


def test_clinic_settings_by_a_practitioner_is_refused(qtbot, sqlite_clinic, messages) -> None:  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    dlg = ClinicSettingsDialog(c.as_practitioner)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.keyClicks(dlg.name_edit, "Mine now")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert dlg.isVisible() and any("administrator" in m for m in messages)
    assert c.services.clinic.settings().name != "My clinicMine now"


def test_closing_with_an_unsaved_product_asks_first(qtbot, sqlite_clinic, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    dlg = open_catalogue(qtbot, c.as_practitioner)
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)  # nothing changed: closes without asking
    assert not dlg.isVisible()
    dlg = open_catalogue(qtbot, c.as_practitioner)
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Cancel,
    )
    qtbot.mouseClick(dlg.new_product_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dlg.product_name, "Organic silicium")
    qtbot.keyClick(dlg.product_name, Qt.Key.Key_Escape)
    assert asked and dlg.isVisible() and dlg.unsaved_parts() == ["product"]
    qtbot.mouseClick(dlg.save_product_button, Qt.MouseButton.LeftButton)
    assert dlg.unsaved_parts() == []
    qtbot.keyClick(dlg.product_name, Qt.Key.Key_Escape)
    assert not dlg.isVisible() and len(asked) == 1
