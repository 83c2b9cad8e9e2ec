"""What the catalogue tabs use of the dialog that mixes them in (CatalogueDialog), declared once.

For the type checker each tab mixin is a QDialog with these attributes and methods; at run time the base
is a plain object (CatalogueDialog itself derives from QDialog), so nothing here runs or shadows anything.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QLabel, QTableView, QTabWidget

    from mesodesk.db.models import Product
    from mesodesk.gui.models.catalogue_models import RecordTableModel
    from mesodesk.services import Services

    _DialogBase = QDialog
else:
    _DialogBase = object


class CatalogueTabHost(_DialogBase):
    """The base of every catalogue tab mixin; ``_select`` is shared by the tabs."""

    _services: Services
    _products: list[Product]  # every product, archived too (refresh)
    tabs: QTabWidget

    def _select(self, view: QTableView, model: RecordTableModel[Any], object_id: int) -> None:
        row = model.row_of(object_id)
        if row >= 0:
            view.selectionModel().setCurrentIndex(
                model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )

    # (declared last: Qt's lupdate loses the class of every tr() after such a block)
    if TYPE_CHECKING:

        def refresh(self) -> None: ...

        def _refresh_lots(self) -> None: ...

        def _mark_clean(self, part: str) -> None: ...

        @staticmethod
        def _error_label(field: str) -> QLabel: ...
