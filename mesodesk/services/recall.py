"""Lot recall: every patient and session that received a lot, directly or inside a mix."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from mesodesk.db.models import Patient, Product, ProductLot, SessionProduct, TreatmentSession, User
from mesodesk.services.context import Permission, ServiceContext


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
