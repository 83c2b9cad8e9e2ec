"""Lot recall: every patient and session that received a lot, directly or inside a mix."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from mesodesk.db.models import Patient, Product, ProductLot, SessionProduct, TreatmentSession, User
from mesodesk.domain.errors import KnownError, NotFoundError
from mesodesk.domain.rules import fold
from mesodesk.i18n import N_
from mesodesk.services.context import Permission, ServiceContext


class AmbiguousLotError(KnownError):
    """A lot number that several products share: the user must say which product is recalled."""

    def __init__(self, lot_number: str, products: list[str]) -> None:
        self.lot_number = lot_number
        self.products = products
        super().__init__(
            N_(
                "Lot {lot} is a lot of {count} products: {names}. "
                "Say which product is recalled (mesodesk report recall LOT --product NAME)."
            ),
            lot=lot_number,
            count=len(products),
            names="; ".join(products),
        )


@dataclass
class RecallRow:
    patient_id: int
    file_no: str
    patient_name: str
    phone: str
    email: str
    session_id: int
    performed_at: datetime
    practitioner: str
    product: str
    lot_number: str
    volume_ml: float
    formula_name: str


class RecallService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def lots_matching(self, lot_number: str) -> list[ProductLot]:
        with self.ctx.read() as s:
            return list(s.scalars(select(ProductLot).where(ProductLot.lot_number == lot_number.strip())))

    def products_with_lot(self, lot_number: str) -> list[tuple[int, str]]:
        """(product id, name) of every product that has a lot with this number, by name."""
        with self.ctx.read() as s:
            return [
                (pid, name)
                for pid, name in s.execute(
                    select(Product.id, Product.name)
                    .join(ProductLot, ProductLot.product_id == Product.id)
                    .where(ProductLot.lot_number == lot_number.strip())
                    .distinct()
                    .order_by(Product.name, Product.id)
                )
            ]

    def resolve_product(self, lot_number: str, product: str | int | None) -> int | None:
        """The product whose lot is meant: the only one with that lot number, or the one named.

        Raises AmbiguousLotError when several products share the lot number and none is named, and
        NotFoundError when the named product has no such lot (the message lists those that do).
        """
        candidates = self.products_with_lot(lot_number)
        if not candidates:
            raise NotFoundError("No lot numbered {lot_number}.", lot_number=lot_number.strip())
        if product is None or product == "":
            if len({pid for pid, _ in candidates}) > 1:
                raise AmbiguousLotError(lot_number.strip(), [name for _pid, name in candidates])
            return candidates[0][0]
        if isinstance(product, int):
            if product in {pid for pid, _ in candidates}:
                return product
        else:
            wanted = fold(product).strip()
            exact = [pid for pid, name in candidates if fold(name).strip() == wanted]
            prefix = [pid for pid, name in candidates if fold(name).strip().startswith(wanted)]
            for found in (exact, prefix):
                if len(found) == 1:
                    return found[0]
            if len(prefix) > 1:
                raise AmbiguousLotError(
                    lot_number.strip(), [name for pid, name in candidates if pid in prefix]
                )
        names = "; ".join(name for _pid, name in candidates)
        raise NotFoundError(
            "No product {product!r} has a lot {lot}; it is a lot of: {names}.",
            product=product,
            lot=lot_number.strip(),
            names=names,
        )

    def who_received(self, lot_number: str, product_id: int | None = None) -> list[RecallRow]:
        """Every session that used the lot (one row per session and ingredient use)."""
        self.ctx.require(Permission.CLINICAL_READ)
        q = (
            select(
                Patient.id,
                Patient.file_no,
                Patient.first_name,
                Patient.last_name,
                Patient.phone,
                Patient.email,
                TreatmentSession.id,
                TreatmentSession.performed_at,
                User.full_name,
                Product.name,
                ProductLot.lot_number,
                SessionProduct.volume_ml,
                TreatmentSession.formula_name,
            )
            .select_from(SessionProduct)
            .join(ProductLot, ProductLot.id == SessionProduct.lot_id)
            .join(Product, Product.id == ProductLot.product_id)
            .join(TreatmentSession, TreatmentSession.id == SessionProduct.session_id)
            .join(Patient, Patient.id == TreatmentSession.patient_id)
            .join(User, User.id == TreatmentSession.practitioner_id)
            .where(ProductLot.lot_number == lot_number.strip())
            .order_by(Patient.last_name, Patient.first_name, TreatmentSession.performed_at)
        )
        if product_id is not None:
            q = q.where(ProductLot.product_id == product_id)
        with self.ctx.read() as s:
            return [
                RecallRow(
                    pid, file_no, f"{last}, {first}", phone, email, sid, at, prac, prod, lot, vol, formula
                )
                for pid, file_no, first, last, phone, email, sid, at, prac, prod, lot, vol, formula in s.execute(
                    q
                )
            ]
