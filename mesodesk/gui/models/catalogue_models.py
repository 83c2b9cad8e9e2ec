"""Table models of the catalogue: products, lots (with their state), formulas, protocols (read-only), and the
ingredients of a formula being edited."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt

from mesodesk.gui import theme
from mesodesk.gui import vocabulary as L
from mesodesk.gui.models.base_table_model import Index
from mesodesk.gui.models.editable_table_model import EditableRowTableModel
from mesodesk.services.catalogue import lot_problem

if TYPE_CHECKING:  # the GUI gets these objects from the services, detached
    from sqlalchemy.orm import Mapped

    from mesodesk.db.models import Formula, Product, ProductLot
    from mesodesk.db.models import Protocol as TreatmentProtocol

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class _Record(Protocol):
    id: Mapped[int]


RecordT = TypeVar("RecordT", bound=_Record)


class RecordTableModel(EditableRowTableModel[RecordT]):
    """Rows of ORM objects (detached, loaded by a service), one column per header; none is edited here."""

    def set_rows(self, rows: list[RecordT]) -> None:
        self._reset_rows(rows)

    def row_object(self, row: int) -> RecordT | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, object_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == object_id), -1)


class ProductsTableModel(RecordTableModel["Product"]):
    COL_NAME, COL_MANUFACTURER, COL_INGREDIENT, COL_CONCENTRATION, COL_UNIT, COL_THRESHOLD = range(6)
    COLUMN_COUNT = 6

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("CatalogueModels", "Name"),
            QCoreApplication.translate("CatalogueModels", "Manufacturer"),
            QCoreApplication.translate("CatalogueModels", "Active ingredient"),
            QCoreApplication.translate("CatalogueModels", "Concentration"),
            QCoreApplication.translate("CatalogueModels", "Unit"),
            QCoreApplication.translate("CatalogueModels", "Low stock at"),
        ]

    def cell(self, p: Product, index: Index, role: int) -> Any:
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                p.name,
                p.manufacturer,
                p.active_ingredient,
                p.concentration,
                p.unit,
                L.fmt_number(p.low_stock_threshold, 1),
            ][col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_THRESHOLD:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and p.archived:
            return theme.brush("muted")
        return None


class LotsTableModel(RecordTableModel["ProductLot"]):
    COL_PRODUCT, COL_LOT, COL_EXPIRY, COL_STOCK, COL_RECEIVED, COL_STATUS = range(6)
    COLUMN_COUNT = 6

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = date.today()
        self._warning_days = 30

    def set_rows(self, rows: list[ProductLot], today: date | None = None, warning_days: int = 30) -> None:
        self._today = today or date.today()
        self._warning_days = warning_days
        super().set_rows(rows)

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("CatalogueModels", "Product"),
            QCoreApplication.translate("CatalogueModels", "Lot"),
            QCoreApplication.translate("CatalogueModels", "Expiry"),
            QCoreApplication.translate("CatalogueModels", "In stock"),
            QCoreApplication.translate("CatalogueModels", "Received"),
            QCoreApplication.translate("CatalogueModels", "Status"),
        ]

    def state(self, lot: ProductLot) -> tuple[str, str]:
        """('recalled'|'expired'|'warn'|'ok', text)."""
        if lot_problem(lot, self._today) is not None:
            if lot.recalled:
                return "recalled", QCoreApplication.translate("CatalogueModels", "RECALLED: %1").replace(
                    "%1",
                    lot.recall_reason or QCoreApplication.translate("CatalogueModels", "no reason given"),
                )
            return "expired", QCoreApplication.translate("CatalogueModels", "EXPIRED")
        notes = []
        if lot.recalled:  # recall dated in the future
            notes.append(
                QCoreApplication.translate("CatalogueModels", "Recall from %1").replace(
                    "%1", L.fmt_date(lot.recalled_on)
                )
            )
        if lot.expiry_date <= self._today + timedelta(days=self._warning_days):
            notes.append(QCoreApplication.translate("CatalogueModels", "Expires soon"))
        if lot.quantity_in_stock <= lot.product.low_stock_threshold:
            notes.append(
                QCoreApplication.translate("CatalogueModels", "low stock")
                if notes
                else QCoreApplication.translate("CatalogueModels", "Low stock")
            )
        return (
            ("warn", " · ".join(notes))
            if notes
            else ("ok", QCoreApplication.translate("CatalogueModels", "Usable"))
        )

    def cell(self, lot: ProductLot, index: Index, role: int) -> Any:
        col = index.column()
        kind, text = self.state(lot)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_PRODUCT:
                return lot.product.name
            if col == self.COL_LOT:
                return lot.lot_number
            if col == self.COL_EXPIRY:
                return L.fmt_date(lot.expiry_date)
            if col == self.COL_STOCK:
                return f"{L.fmt_number(lot.quantity_in_stock, 1)} {lot.product.unit}"
            if col == self.COL_RECEIVED:
                return L.fmt_date(lot.received_on)
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_STOCK:
            return RIGHT
        if role == Qt.ItemDataRole.BackgroundRole:
            if kind in ("recalled", "expired"):
                return theme.brush("error_bg")
            if kind == "warn" and col in (self.COL_EXPIRY, self.COL_STOCK, self.COL_STATUS):
                return theme.brush("warning_bg")
        if role == Qt.ItemDataRole.ForegroundRole:
            if kind in ("recalled", "expired"):
                return theme.brush("error_strong")
            if kind == "warn" and col == self.COL_STATUS:
                return theme.brush("warning_strong")
        if role == Qt.ItemDataRole.FontRole and kind in ("recalled", "expired") and col == self.COL_STATUS:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and lot.recalled:
            return (
                QCoreApplication.translate("CatalogueModels", "Recalled on %1: %2")
                .replace("%1", L.fmt_date(lot.recalled_on))
                .replace("%2", lot.recall_reason)
            )
        return None


class FormulasTableModel(RecordTableModel["Formula"]):
    COL_NAME, COL_KIND, COL_INGREDIENTS = range(3)
    COLUMN_COUNT = 3

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("CatalogueModels", "Name"),
            QCoreApplication.translate("CatalogueModels", "Kind"),
            QCoreApplication.translate("CatalogueModels", "Ingredients"),
        ]

    def cell(self, f: Formula, index: Index, role: int) -> Any:
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_NAME:
                return f.name
            if col == self.COL_KIND:
                return (
                    QCoreApplication.translate("CatalogueModels", "Standard")
                    if f.is_standard
                    else QCoreApplication.translate("CatalogueModels", "Custom")
                )
            return ", ".join(f"{i.product.name} {L.fmt_number(i.amount, 2)} {i.unit}" for i in f.ingredients)
        if role == Qt.ItemDataRole.ForegroundRole and f.archived:
            return theme.brush("muted")
        return None


class ProtocolsTableModel(RecordTableModel["TreatmentProtocol"]):
    COL_NAME, COL_INDICATION, COL_AREAS, COL_COURSE = range(4)
    COLUMN_COUNT = 4

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("CatalogueModels", "Name"),
            QCoreApplication.translate("CatalogueModels", "Indication"),
            QCoreApplication.translate("CatalogueModels", "Areas"),
            QCoreApplication.translate("CatalogueModels", "Course"),
        ]

    def cell(self, p: TreatmentProtocol, index: Index, role: int) -> Any:
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_NAME:
                return p.name
            if col == self.COL_INDICATION:
                return p.indication
            if col == self.COL_AREAS:
                return ", ".join(L.label(L.area_labels(), a) for a in p.areas.split(",") if a)
            return (
                QCoreApplication.translate("CatalogueModels", "%1 × every %2 d")
                .replace("%1", str(p.course_sessions))
                .replace("%2", str(p.course_interval_days))
            )
        return None


class IngredientsModel(EditableRowTableModel[list[Any]]):
    """Editable ingredients of a formula being edited: product, amount, unit."""

    COL_PRODUCT, COL_AMOUNT, COL_UNIT = range(3)
    COLUMN_COUNT = 3
    EDITABLE_COLUMNS = frozenset(range(3))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)  # rows: [product_id, amount, unit]
        self._names: dict[int, str] = {}

    def set_products(self, products: list[Product]) -> None:
        self._names = {p.id: p.name for p in products}

    def set_rows(self, rows: list[tuple[int, float, str]]) -> None:
        self._reset_rows([list(r) for r in rows])

    def rows(self) -> list[tuple[int, float, str]]:
        return [(int(r[0]), float(r[1]), str(r[2])) for r in self._rows]

    def add_row(self, product_id: int) -> int:
        return self._append_row([product_id, 1.0, "ml"])

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("CatalogueModels", "Product"),
            QCoreApplication.translate("CatalogueModels", "Amount"),
            QCoreApplication.translate("CatalogueModels", "Unit"),
        ]

    def cell(self, row: list[Any], index: Index, role: int) -> Any:
        product_id, amount, unit = row
        col = index.column()
        if role == Qt.ItemDataRole.EditRole:
            return [product_id, amount, unit][col]
        if role == Qt.ItemDataRole.DisplayRole:
            return [self._names.get(product_id, "?"), L.fmt_number(amount, 2), unit][col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_AMOUNT:
            return RIGHT
        return None

    def set_cell(self, row: list[Any], index: Index, value: Any) -> bool:
        col = index.column()
        try:
            row[col] = int(value) if col == 0 else float(value) if col == 1 else str(value)
        except (TypeError, ValueError):
            return False
        return True
