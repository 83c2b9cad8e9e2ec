"""Dates typed as a practitioner types them, in every date field of the forms (issue 12 item 7): the
lot's expiry and receipt, a plan's first session and a reaction's resolution took only Qt's sectioned
date editor, so "31122027" (without separators, as on a vial's label) could not be typed at all."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from mesodesk.gui.i18n import format_date

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")


def digits_of(day: date) -> str:
    """The date as the locale writes it, separators left out (how a hurried user types it)."""
    return "".join(ch for ch in format_date(day) if ch.isdigit())


@pytest.fixture(autouse=True)
def _closing_discards(monkeypatch):  # type: ignore[no-untyped-def]
    """Closing a form with unsaved typing asks first; the tests' teardown answers Discard."""
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


def type_into(qtbot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    field.edit.clear()
    field.setFocus()
    qtbot.keyClicks(field.edit, text)


def test_a_lot_expiry_typed_without_separators_is_saved(qtbot, sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    from mesodesk.gui.dialogs.catalogue_dialog import CatalogueDialog

    dlg = CatalogueDialog(sqlite_clinic.as_practitioner)
    qtbot.addWidget(dlg)
    dlg.show()
    expiry = date.today() + timedelta(days=400)
    dlg.lot_product_combo.setCurrentIndex(0)
    qtbot.keyClicks(dlg.lot_number_edit, "TYP-1")
    type_into(qtbot, dlg.lot_expiry_edit, digits_of(expiry))
    qtbot.mouseClick(dlg.add_lot_button, Qt.MouseButton.LeftButton)
    lots = [lot for lot in sqlite_clinic.services.catalogue.lots() if lot.lot_number == "TYP-1"]
    assert [lot.expiry_date for lot in lots] == [expiry]


def test_a_date_that_is_not_one_is_refused_next_to_the_field_and_kept(qtbot, sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    from mesodesk.gui.dialogs.catalogue_dialog import CatalogueDialog

    dlg = CatalogueDialog(sqlite_clinic.as_practitioner)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.lot_product_combo.setCurrentIndex(0)
    qtbot.keyClicks(dlg.lot_number_edit, "TYP-2")
    type_into(qtbot, dlg.lot_received_edit, "99999999")
    qtbot.mouseClick(dlg.add_lot_button, Qt.MouseButton.LeftButton)
    assert dlg.findChild(QWidget, "error_received_on").text()
    assert dlg.lot_received_edit.text() == "99999999"  # what was typed stays
    assert not [lot for lot in sqlite_clinic.services.catalogue.lots() if lot.lot_number == "TYP-2"]
