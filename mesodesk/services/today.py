"""The home screen's *Today*: calls and visits due, drafts to sign, reactions to check, stock and recalls.

Read-only. What a role may not read is left out, not refused: an assistant sees the calls and the stock.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from sqlalchemy import case, func, select
from sqlalchemy.orm import selectinload

from mesodesk.db.models import ClinicSettings, Patient, ProductLot, Reaction, TreatmentSession, User
from mesodesk.domain import enums
from mesodesk.domain.rules import EXPIRY_WARNING_DAYS, REACTION_CHECK_WINDOW_DAYS, reaction_check_due
from mesodesk.services.catalogue import lot_problem, lot_warnings
from mesodesk.services.context import Permission, ServiceContext
from mesodesk.services.followups import DueItem

#: At most this many rows of one kind (a list on the home screen is a reminder, not a report).
LIMIT = 200


@dataclass(frozen=True)
class DraftToSign:
    session_id: int
    patient_id: int
    file_no: str
    patient_name: str
    performed_at: datetime
    practitioner: str
    own: bool  # recorded by the signed-in user


@dataclass(frozen=True)
class ReactionCheck:
    reaction_id: int
    patient_id: int
    file_no: str
    patient_name: str
    type: str
    onset_at: datetime
    day: int  # the check due: day 1, 3 or 7 after the onset
    due: date


@dataclass(frozen=True)
class LotAlert:
    """A lot expiring soon or low in stock (``warnings`` already worded), or recalled."""

    lot_id: int
    product: str
    lot_number: str
    expiry_date: date
    quantity: float
    unit: str
    recalled: bool
    recall_reason: str
    recalled_on: date | None
    warnings: tuple[str, ...] = ()
    expiring: bool = False  # within the clinic's expiry warning period
    low: bool = False  # at or under the product's low-stock threshold
    #: For a recalled lot: how many patients received it (None when the role may not know).
    recipients: int | None = None


@dataclass(frozen=True)
class RecallRecipient:
    """A patient who received a recalled lot."""

    patient_id: int
    file_no: str
    patient_name: str
    lot_id: int
    product: str
    lot_number: str
    last_received: datetime


@dataclass
class Today:
    day: date
    calls: list[DueItem] = field(default_factory=list)  # overdue first, then due today (the first LIMIT)
    call_count: int = 0  # all of them
    drafts: list[DraftToSign] = field(default_factory=list)  # the user's own first
    reactions: list[ReactionCheck] = field(default_factory=list)
    lots: list[LotAlert] = field(default_factory=list)  # expiring or low
    recalls: list[LotAlert] = field(default_factory=list)  # recalled lots in force
    recipients: list[RecallRecipient] = field(default_factory=list)
    #: Whether the clinical lists were read (False for a role without clinical access).
    clinical: bool = False

    def is_empty(self) -> bool:
        return not (self.calls or self.drafts or self.reactions or self.lots or self.recalls)


def _name(first: str, last: str) -> str:
    return f"{last}, {first}"


class TodayService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def today(self) -> Today:
        day = self.ctx.today()
        clinical = self.ctx.can(Permission.CLINICAL_READ)
        out = Today(day, clinical=clinical)
        if self.ctx.can(Permission.FOLLOWUPS):
            from mesodesk.services.followups import FollowUpService

            followups = FollowUpService(self.ctx)  # the dashboard's own lists: overdue, then today
            calls = followups.overdue() + followups.due_today()
            out.calls, out.call_count = calls[:LIMIT], len(calls)
        if clinical:
            out.drafts = self.drafts()
            out.reactions = self.reaction_checks(day)
        out.lots, out.recalls = self.lot_alerts(day)
        if clinical and out.recalls:
            out.recipients, counts = self._recipients([a.lot_id for a in out.recalls])
            out.recalls = [_with_count(a, counts.get(a.lot_id, 0)) for a in out.recalls]
        return out

    def drafts(self) -> list[DraftToSign]:
        """Sessions still in draft: the signed-in user's own first, each group oldest first."""
        self.ctx.require(Permission.CLINICAL_READ)
        me = self.ctx.actor.user_id
        own = TreatmentSession.practitioner_id == (me if me is not None else -1)
        q = (
            select(
                TreatmentSession.id,
                TreatmentSession.patient_id,
                Patient.file_no,
                Patient.first_name,
                Patient.last_name,
                TreatmentSession.performed_at,
                User.full_name,
                TreatmentSession.practitioner_id,
            )
            .join(Patient, Patient.id == TreatmentSession.patient_id)
            .join(User, User.id == TreatmentSession.practitioner_id)
            .where(
                TreatmentSession.status == enums.SessionStatus.DRAFT,
                TreatmentSession.archived.is_(False),
                Patient.archived.is_(False),
            )
            .order_by(case((own, 0), else_=1), TreatmentSession.performed_at, TreatmentSession.id)
            .limit(LIMIT)
        )
        with self.ctx.read() as s:
            rows = list(s.execute(q))
        return [
            DraftToSign(sid, pid, file_no, _name(first, last), at, who, prac == me)
            for sid, pid, file_no, first, last, at, who, prac in rows
        ]

    def reaction_checks(self, day: date | None = None) -> list[ReactionCheck]:
        """Unresolved reactions whose day 1, 3 or 7 check is due on ``day`` or overdue, most overdue first."""
        self.ctx.require(Permission.CLINICAL_READ)
        day = day or self.ctx.today()
        since = datetime.combine(day - timedelta(days=REACTION_CHECK_WINDOW_DAYS), datetime.min.time())
        with self.ctx.read() as s:
            rows = list(
                s.execute(
                    select(Reaction, Patient.file_no, Patient.first_name, Patient.last_name)
                    .join(Patient, Patient.id == Reaction.patient_id)
                    .options(selectinload(Reaction.assessments))
                    .where(
                        Reaction.resolved_on.is_(None),
                        Reaction.onset_at >= since.astimezone(),
                        Patient.archived.is_(False),
                    )
                    .order_by(Reaction.onset_at)
                    .limit(LIMIT)
                )
            )
        out = []
        for reaction, file_no, first, last in rows:
            check = reaction_check_due(
                reaction.onset_at.astimezone().date(), {a.day for a in reaction.assessments}
            )
            if check is not None and check[1] <= day:
                out.append(
                    ReactionCheck(
                        reaction.id,
                        reaction.patient_id,
                        file_no,
                        _name(first, last),
                        reaction.type,
                        reaction.onset_at,
                        check[0],
                        check[1],
                    )
                )
        return sorted(out, key=lambda c: (c.due, c.onset_at))

    def lot_alerts(self, day: date | None = None) -> tuple[list[LotAlert], list[LotAlert]]:
        """(lots in stock expiring within the clinic's warning period or running low, recalled lots in force)."""
        from mesodesk.services.catalogue import CatalogueService

        day = day or self.ctx.today()
        with self.ctx.read() as s:
            days = s.scalar(select(ClinicSettings.expiry_warning_days).where(ClinicSettings.id == 1))
        days = days or EXPIRY_WARNING_DAYS
        alerts, recalls = [], []
        for lot in CatalogueService(self.ctx).lots():
            product = lot.product
            if product.archived:
                continue
            recalled = lot.recalled and (lot.recalled_on is None or lot.recalled_on <= day)
            if recalled:
                recalls.append(_alert(lot, ()))
            elif lot_problem(lot, day) is None and lot.quantity_in_stock > 0:
                warnings = lot_warnings(lot, product, day, days)
                if warnings:
                    expiring = lot.expiry_date <= day + timedelta(days=days)
                    low = lot.quantity_in_stock <= product.low_stock_threshold
                    alerts.append(replace(_alert(lot, tuple(warnings)), expiring=expiring, low=low))
        alerts.sort(key=lambda a: (a.expiry_date, a.product, a.lot_number))
        recalls.sort(key=lambda a: (a.recalled_on or day, a.product, a.lot_number), reverse=True)
        return alerts[:LIMIT], recalls[:LIMIT]

    def _recipients(self, lot_ids: list[int]) -> tuple[list[RecallRecipient], dict[int, int]]:
        """The patients who received these lots (one row per patient and lot) and their number per lot."""
        from mesodesk.db.models import Product, SessionProduct

        per = (  # one row per patient and lot
            Patient.id,
            Patient.file_no,
            Patient.first_name,
            Patient.last_name,
            ProductLot.id,
            Product.name,
            ProductLot.lot_number,
        )
        q = (
            select(*per, func.max(TreatmentSession.performed_at))
            .select_from(SessionProduct)
            .join(ProductLot, ProductLot.id == SessionProduct.lot_id)
            .join(Product, Product.id == ProductLot.product_id)
            .join(TreatmentSession, TreatmentSession.id == SessionProduct.session_id)
            .join(Patient, Patient.id == TreatmentSession.patient_id)
            .where(
                ProductLot.id.in_(lot_ids),
                TreatmentSession.status != enums.SessionStatus.VOID,
                Patient.archived.is_(False),
            )
            .group_by(*per)
            .order_by(Patient.last_name, Patient.first_name, Patient.id)
        )
        with self.ctx.read() as s:
            rows = list(s.execute(q))
        counts: dict[int, int] = {}
        for row in rows:
            counts[row[4]] = counts.get(row[4], 0) + 1
        recipients = [
            RecallRecipient(pid, file_no, _name(first, last), lot_id, product, number, at)
            for pid, file_no, first, last, lot_id, product, number, at in rows[:LIMIT]
        ]
        return recipients, counts


def _alert(lot: ProductLot, warnings: tuple[str, ...]) -> LotAlert:
    return LotAlert(
        lot.id,
        lot.product.name,
        lot.lot_number,
        lot.expiry_date,
        lot.quantity_in_stock,
        lot.product.unit,
        bool(lot.recalled),
        lot.recall_reason,
        lot.recalled_on,
        warnings,
    )


def _with_count(alert: LotAlert, count: int) -> LotAlert:
    return replace(alert, recipients=count)
