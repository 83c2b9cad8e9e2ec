"""The products of a session being edited: each ingredient product with the lot used and its volume.

Lots that cannot be injected on the session's day (expired or recalled) are refused here as well as by
the service; lots near expiry or running low are marked so the user sees it before saving.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from mesodesk.gui import theme
from mesodesk.gui import vocabulary as L
from mesodesk.gui.models.base_table_model import Index
from mesodesk.gui.models.editable_table_model import EditableRowTableModel
from mesodesk.services.catalogue import lot_problem

if TYPE_CHECKING:  # the GUI gets these objects from the services, detached
    from mesodesk.db.models import Product, ProductLot

COL_PRODUCT, COL_LOT, COL_EXPIRY, COL_STOCK, COL_VOLUME, COL_STATUS = range(6)
COLUMN_COUNT = 6


@dataclass
class ProductRow:
    product_id: int
    lot_id: int | None
    volume_ml: float


class SessionProductsModel(EditableRowTableModel[ProductRow]):
    """Rows of (product, lot, volume); the catalogue is handed in with set_catalogue()."""

    COLUMN_COUNT = COLUMN_COUNT
    EDITABLE_COLUMNS = frozenset((COL_PRODUCT, COL_LOT, COL_VOLUME))

    sig_refused = Signal(str)  # a lot that cannot be used was picked: the reason

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._products: dict[int, Product] = {}
        self._lots: dict[int, ProductLot] = {}
        self._day = date.today()
        self._warning_days = 30
        self._error_row: int | None = None
        self._reserved: dict[int, float] = {}

    # -- catalogue and rows ----------------------------------------------------
    def set_catalogue(self, products: list[Product], lots: list[ProductLot], warning_days: int = 30) -> None:
        self.beginResetModel()
        self._products = {p.id: p for p in products}
        self._lots = {lot.id: lot for lot in lots}
        for lot in lots:  # archived products still used by a lot
            if lot.product_id not in self._products and getattr(lot, "product", None) is not None:
                self._products[lot.product_id] = lot.product
        self._warning_days = warning_days
        self.endResetModel()

    def set_reserved(self, volumes: dict[int, float]) -> None:
        """Volumes per lot already taken from stock by the session being edited (not counted twice)."""
        self._reserved = dict(volumes)
        self._all_changed()

    def set_day(self, day: date) -> None:
        if day != self._day:
            self._day = day
            self._all_changed()

    def set_rows(self, rows: list[ProductRow]) -> None:
        self._error_row = None
        self._reset_rows([ProductRow(r.product_id, r.lot_id, float(r.volume_ml)) for r in rows])

    def rows(self) -> list[ProductRow]:
        return [ProductRow(r.product_id, r.lot_id, r.volume_ml) for r in self._rows]

    def products(self) -> list[Product]:
        return sorted(self._products.values(), key=lambda p: p.name.casefold())

    def product(self, product_id: int) -> Product | None:
        return self._products.get(product_id)

    def lot(self, lot_id: int | None) -> ProductLot | None:
        return self._lots.get(lot_id) if lot_id is not None else None

    def add_row(self, product_id: int | None = None, volume_ml: float = 0.0) -> int | None:
        if product_id is None:
            used = {r.product_id for r in self._rows}
            free = [p.id for p in self.products() if p.id not in used and not p.archived]
            if not free:
                free = [p.id for p in self.products()]
            if not free:
                return None
            product_id = free[0]
        return self._append_row(ProductRow(product_id, self.default_lot(product_id), volume_ml))

    def remove_row(self, row: int) -> bool:
        if not super().remove_row(row):
            return False
        self._error_row = None
        return True

    def set_error_row(self, row: int | None) -> None:
        self._error_row = row
        self._all_changed()

    # -- lots ------------------------------------------------------------------
    def lots_of(self, product_id: int) -> list[ProductLot]:
        return sorted(
            (lot for lot in self._lots.values() if lot.product_id == product_id),
            key=lambda lot: (lot.expiry_date, lot.lot_number),
        )

    def problem(self, lot: ProductLot) -> str | None:
        """Why a lot is refused on the session's day, in the user's language, or None."""
        if lot_problem(lot, self._day) is None:
            return None
        if lot.recalled:
            reason = lot.recall_reason or QCoreApplication.translate(
                "SessionProductsModel", "no reason given"
            )
            return (
                QCoreApplication.translate("SessionProductsModel", "Lot %1 has been recalled (%2).")
                .replace("%1", lot.lot_number)
                .replace("%2", reason)
            )
        return (
            QCoreApplication.translate("SessionProductsModel", "Lot %1 expired on %2.")
            .replace("%1", lot.lot_number)
            .replace("%2", L.fmt_date(lot.expiry_date))
        )

    def usable(self, lot: ProductLot) -> bool:
        return self.problem(lot) is None

    def default_lot(self, product_id: int) -> int | None:
        """The usable lot that expires first and still has stock (first in, first out)."""
        usable = [lot for lot in self.lots_of(product_id) if self.usable(lot)]
        in_stock = [lot for lot in usable if lot.quantity_in_stock > 0]
        candidates = in_stock or usable
        return candidates[0].id if candidates else None

    def lot_choices(self, row: int) -> list[tuple[int, str, bool]]:
        out = []
        for lot in self.lots_of(self._rows[row].product_id):
            text = (
                QCoreApplication.translate("SessionProductsModel", "%1 · exp. %2 · %3 left")
                .replace("%1", lot.lot_number)
                .replace("%2", L.fmt_date(lot.expiry_date))
                .replace("%3", L.fmt_number(lot.quantity_in_stock, 1))
            )
            if lot_problem(lot, self._day) is not None:
                text += "  — " + (
                    QCoreApplication.translate("SessionProductsModel", "RECALLED")
                    if lot.recalled
                    else QCoreApplication.translate("SessionProductsModel", "EXPIRED")
                )
            out.append((lot.id, text, self.usable(lot)))
        return out

    def status(self, row: ProductRow) -> tuple[str, str]:
        """('refused'|'warn'|'ok'|'missing', text) for the status column; nothing for a record that is only
        read (a signed session's lots are not "low in stock" or "expired" for what was injected then)."""
        if self._read_only:
            return "ok", ""
        lot = self.lot(row.lot_id)
        if lot is None:
            return "missing", QCoreApplication.translate("SessionProductsModel", "Choose a lot")
        if lot_problem(lot, self._day) is not None:
            return "refused", QCoreApplication.translate(
                "SessionProductsModel", "Recalled — refused"
            ) if lot.recalled else QCoreApplication.translate("SessionProductsModel", "Expired — refused")
        notes = []
        if self._day <= lot.expiry_date <= self._day + timedelta(days=self._warning_days):
            days = (lot.expiry_date - self._day).days
            notes.append(
                QCoreApplication.translate("SessionProductsModel", "Expires in %n day(s)", None, days)
                if days
                else QCoreApplication.translate("SessionProductsModel", "Expires today")
            )
        product = self.product(lot.product_id)
        threshold = product.low_stock_threshold if product is not None else 0
        if lot.quantity_in_stock + self._reserved.get(lot.id, 0.0) - row.volume_ml <= threshold:
            notes.append(QCoreApplication.translate("SessionProductsModel", "Low stock"))
        if notes:
            return "warn", ", ".join(notes)
        return "ok", QCoreApplication.translate("SessionProductsModel", "OK")

    # -- Qt model ----------------------------------------------------------------
    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("SessionProductsModel", "Product"),
            QCoreApplication.translate("SessionProductsModel", "Lot"),
            QCoreApplication.translate("SessionProductsModel", "Expiry"),
            QCoreApplication.translate("SessionProductsModel", "In stock"),
            QCoreApplication.translate("SessionProductsModel", "Volume (ml)"),
            QCoreApplication.translate("SessionProductsModel", "Status"),
        ]

    def cell(self, row: ProductRow, index: Index, role: int) -> Any:
        col = index.column()
        lot = self.lot(row.lot_id)
        product = self.product(row.product_id)
        if role == Qt.ItemDataRole.EditRole:
            return {COL_PRODUCT: row.product_id, COL_LOT: row.lot_id, COL_VOLUME: row.volume_ml}.get(col)
        kind, text = self.status(row)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_PRODUCT:
                return product.name if product is not None else "?"
            if col == COL_LOT:
                return (
                    lot.lot_number
                    if lot is not None
                    else QCoreApplication.translate("SessionProductsModel", "— choose —")
                )
            if col == COL_EXPIRY:
                return L.fmt_date(lot.expiry_date) if lot is not None else ""
            if col == COL_STOCK:
                if lot is None or self._read_only:  # today's stock says nothing about a signed session
                    return ""
                unit = product.unit if product is not None else "ml"
                return f"{L.fmt_number(lot.quantity_in_stock, 1)} {unit}"
            if col == COL_VOLUME:
                return L.fmt_number(row.volume_ml, 2)
            if col == COL_STATUS:
                return text
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_STOCK, COL_VOLUME):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if kind == "refused" or self._error_row == index.row():
                return theme.brush("error_bg")
            if kind == "warn" and col in (COL_LOT, COL_EXPIRY, COL_STOCK, COL_STATUS):
                return theme.brush("warning_bg")
        if role == Qt.ItemDataRole.ForegroundRole:
            if kind in ("refused", "missing") and col in (COL_LOT, COL_STATUS):
                return theme.brush("error_strong")
            if kind == "warn" and col == COL_STATUS:
                return theme.brush("warning_strong")
        if role == Qt.ItemDataRole.ToolTipRole and lot is not None:
            return self.problem(lot) or text
        return None

    def set_cell(self, row: ProductRow, index: Index, value: Any) -> bool:
        col = index.column()
        if col == COL_PRODUCT:
            if value not in self._products:
                return False
            if value != row.product_id:
                row.product_id = int(value)
                row.lot_id = self.default_lot(row.product_id)
        elif col == COL_LOT:
            lot = self.lot(value)
            if lot is None or lot.product_id != row.product_id:
                return False
            if (problem := self.problem(lot)) is not None:
                self.sig_refused.emit(problem)
                return False
            row.lot_id = lot.id
        elif col == COL_VOLUME:
            try:
                row.volume_ml = round(float(value), 2)
            except (TypeError, ValueError):
                return False
        else:
            return False
        if self._error_row == index.row():
            self._error_row = None
        return True
