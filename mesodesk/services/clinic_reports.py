"""Clinic-wide reports: follow-ups due, reactions by product/lot/practitioner, recall, activity.

The patient documents are in services/reporting.py; ReportingService offers both.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import ColumnElement, Subquery, distinct, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from mesodesk.db.models import (
    ClinicSettings,
    Patient,
    Product,
    ProductLot,
    Reaction,
    SessionArea,
    SessionProduct,
    TreatmentSession,
    User,
)
from mesodesk.domain import enums
from mesodesk.domain.errors import NotFoundError, ValidationError
from mesodesk.i18n import _, format_date
from mesodesk.services import audit
from mesodesk.services.context import Permission, ServiceContext
from mesodesk.services.recall import RecallService
from mesodesk.services.report_data import (
    GRANULARITIES,
    NOT_RECORDED,
    ActivityReportData,
    ActivityRow,
    ClinicInfo,
    FollowUpRow,
    FollowUpsReportData,
    ReactionStatsData,
    RecallLotInfo,
    RecallPatientRow,
    RecallReportData,
    StatRow,
    _check_period,
    label,
    local_start,
)

_PendingPrint = tuple["ReportingBase", str, "int | None", str, "dict | None"]
_PENDING_PRINTS: ContextVar[list[_PendingPrint] | None] = ContextVar("pending_prints", default=None)


@contextmanager
def audited_print() -> Iterator[None]:
    """The audit entries of the reports gathered in the block are written when it ends: as they are
    when the document was written, as ``<action>_failed`` (with the error's type, nothing of the
    record) when it raised — a PDF that could not be written is not recorded as printed."""
    pending: list[_PendingPrint] = []
    token = _PENDING_PRINTS.set(pending)
    try:
        yield
    except BaseException as exc:
        _PENDING_PRINTS.reset(token)
        for owner, entity, entity_id, action, details in pending:
            owner._log(
                entity, entity_id, f"{action}_failed", {**(details or {}), "error": type(exc).__name__}
            )
        raise
    _PENDING_PRINTS.reset(token)
    for owner, entity, entity_id, action, details in pending:
        owner._log(entity, entity_id, action, details)


class ReportingBase:
    """What every report query shares: the clinic's details, user names, the audit entry for a print."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- shared -------------------------------------------------------------
    def clinic(self) -> ClinicInfo:
        with self.ctx.read() as s:
            row = s.get(ClinicSettings, 1)
        if row is None:
            return ClinicInfo(name="")
        return ClinicInfo(row.name, row.address, row.phone, row.email, row.logo_png, row.paper_size or "A4")

    def _users(self, s: Session) -> dict[int, str]:
        return dict(s.execute(select(User.id, User.full_name)).all())

    def _log(self, entity: str, entity_id: int | None, action: str, details: dict | None = None) -> None:
        """Printing or exporting clinical data is recorded in the audit trail (inside ``audited_print``:
        once the document is written, or as ``<action>_failed`` when it could not be)."""
        pending = _PENDING_PRINTS.get()
        if pending is not None:
            pending.append((self, entity, entity_id, action, details))
            return
        with self.ctx.write() as s:
            audit.record(s, self.ctx, entity, entity_id, action, None, details)


class ClinicReports(ReportingBase):
    """The clinic reports, each gathered in one read."""

    # -- clinic reports ----------------------------------------------------------
    def follow_ups_due(self, start: date, end: date, *, include_done: bool = False) -> FollowUpsReportData:
        from mesodesk.services.followups import FollowUpService

        start, end = _check_period(start, end)
        items = FollowUpService(self.ctx).due(start, end, include_done=include_done)
        rows = [
            FollowUpRow(
                i.due_date,
                i.kind,
                i.status,
                i.file_no,
                i.patient_name,
                i.phone,
                i.attempts,
                i.last_outcome,
                i.notes,
            )
            for i in items
        ]
        return FollowUpsReportData(self.clinic(), start, end, rows, self.ctx.today())

    def _period_sessions(self, start: date, end: date) -> Subquery:
        """A subquery of the ids of the sessions performed in the period (not void, not archived)."""
        return (
            select(TreatmentSession.id.label("sid"))
            .where(
                TreatmentSession.performed_at >= local_start(start),
                TreatmentSession.performed_at < local_start(end + timedelta(days=1)),
                TreatmentSession.status != enums.SessionStatus.VOID.value,
                TreatmentSession.archived.is_(False),
            )
            .subquery()
        )

    def reaction_stats(self, start: date, end: date) -> ReactionStatsData:
        """Reactions after the sessions performed in a period, grouped, with rates per 100 sessions.

        A group's rate divides the reactions after the group's sessions by the number of those
        sessions: e.g. product X: reactions after sessions that used X / sessions that used X.
        """
        self.ctx.require(Permission.CLINICAL_READ)
        start, end = _check_period(start, end)
        period = self._period_sessions(start, end)
        in_period = TreatmentSession.id.in_(select(period.c.sid))
        with self.ctx.read() as s:
            sessions = s.scalar(select(func.count()).select_from(period)) or 0
            reactions = (
                s.scalar(select(func.count(Reaction.id)).where(Reaction.session_id.in_(select(period.c.sid))))
                or 0
            )
            unlinked = (
                s.scalar(
                    select(func.count(Reaction.id)).where(
                        Reaction.session_id.is_(None),
                        Reaction.onset_at >= local_start(start),
                        Reaction.onset_at < local_start(end + timedelta(days=1)),
                    )
                )
                or 0
            )
            by_type = [
                StatRow(label(t), sessions, n)
                for t, n in s.execute(
                    select(Reaction.type, func.count(Reaction.id))
                    .where(Reaction.session_id.in_(select(period.c.sid)))
                    .group_by(Reaction.type)
                    .order_by(func.count(Reaction.id).desc(), Reaction.type)
                )
            ]

            def grouped(
                key_cols: list[InstrumentedAttribute[str]],
                join_model: type[SessionProduct],
                join_on: ColumnElement[bool],
                label_fn: Callable[..., str],
            ) -> list[StatRow]:
                """Sessions per group, and reactions after those sessions per group."""
                pairs = (
                    select(*key_cols, join_model.session_id.label("sid"))
                    .where(join_model.session_id.in_(select(period.c.sid)), join_on)
                    .distinct()
                    .subquery()
                )
                keys = [pairs.c[c.key] for c in key_cols]
                session_counts = {
                    tuple(r[:-1]): r[-1]
                    for r in s.execute(select(*keys, func.count(pairs.c.sid)).group_by(*keys))
                }
                reaction_counts = {
                    tuple(r[:-1]): r[-1]
                    for r in s.execute(
                        select(*keys, func.count(distinct(Reaction.id)))
                        .join(Reaction, Reaction.session_id == pairs.c.sid)
                        .group_by(*keys)
                    )
                }
                rows = [
                    StatRow(label_fn(*k), n, reaction_counts.get(k, 0)) for k, n in session_counts.items()
                ]
                return sorted(rows, key=lambda r: (-(r.rate or 0), -r.reactions, r.label))

            by_product = grouped(
                [Product.name], SessionProduct, Product.id == SessionProduct.product_id, lambda name: name
            )
            by_lot = grouped(
                [Product.name, ProductLot.lot_number],
                SessionProduct,
                (ProductLot.id == SessionProduct.lot_id) & (Product.id == ProductLot.product_id),
                lambda name, lot: f"{name} · lot {lot}",
            )
            by_practitioner = sorted(
                [
                    StatRow(name or "?", n_sessions, n_reactions)
                    for name, n_sessions, n_reactions in s.execute(
                        select(
                            User.full_name, func.count(distinct(TreatmentSession.id)), func.count(Reaction.id)
                        )
                        .select_from(TreatmentSession)
                        .join(User, User.id == TreatmentSession.practitioner_id)
                        .outerjoin(Reaction, Reaction.session_id == TreatmentSession.id)
                        .where(in_period)
                        .group_by(User.id, User.full_name)
                    )
                ],
                key=lambda r: (-(r.rate or 0), r.label),
            )
            area_sessions = dict(
                s.execute(
                    select(SessionArea.area, func.count(distinct(SessionArea.session_id)))
                    .where(SessionArea.session_id.in_(select(period.c.sid)))
                    .group_by(SessionArea.area)
                ).all()
            )
            area_reactions = dict(
                s.execute(
                    select(Reaction.area, func.count(Reaction.id))
                    .where(Reaction.session_id.in_(select(period.c.sid)))
                    .group_by(Reaction.area)
                ).all()
            )
        by_area = [StatRow(label(a), n, area_reactions.get(a, 0)) for a, n in area_sessions.items()]
        if area_reactions.get("", 0):
            by_area.append(StatRow(_(NOT_RECORDED), None, area_reactions[""]))
        for a, n in area_reactions.items():
            if a and a not in area_sessions:  # a reaction outside the areas treated that day
                by_area.append(StatRow(label(a), 0, n))
        by_area.sort(key=lambda r: (r.sessions is None, -(r.rate or 0), r.label))
        return ReactionStatsData(
            self.clinic(),
            start,
            end,
            sessions,
            reactions,
            unlinked,
            by_type,
            by_product,
            by_lot,
            by_practitioner,
            by_area,
            self.ctx.today(),
        )

    def recall(self, lot_number: str, product: str | int | None = None) -> RecallReportData:
        """Every patient and session that received the lot (directly or inside a formula mix).

        A lot number several products share must name the product (by name or id): otherwise
        AmbiguousLotError lists them, and nothing of the two products is merged."""
        lot_number = (lot_number or "").strip()
        if not lot_number:
            raise ValidationError("lot", "enter a lot number")
        self.ctx.require(Permission.CLINICAL_READ)
        recall = RecallService(self.ctx)
        product_id = recall.resolve_product(lot_number, product)
        rows = recall.who_received(lot_number, product_id)
        with self.ctx.read() as s:
            lots = [
                RecallLotInfo(
                    name, lot.lot_number, lot.expiry_date, lot.recalled, lot.recalled_on, lot.recall_reason
                )
                for lot, name in s.execute(
                    select(ProductLot, Product.name)
                    .join(Product, Product.id == ProductLot.product_id)
                    .where(ProductLot.lot_number == lot_number, ProductLot.product_id == product_id)
                    .order_by(Product.name)
                )
            ]
            addresses = (
                dict(
                    s.execute(
                        select(Patient.id, Patient.address).where(
                            Patient.id.in_({r.patient_id for r in rows})
                        )
                    ).all()
                )
                if rows
                else {}
            )
        if not lots:
            raise NotFoundError("No lot numbered {lot_number}.", lot_number=lot_number)
        data = RecallReportData(
            self.clinic(),
            lot_number,
            lots,
            [
                RecallPatientRow(
                    r.file_no,
                    r.patient_name,
                    r.phone,
                    r.email,
                    addresses.get(r.patient_id, ""),
                    r.session_id,
                    r.performed_at.astimezone(),
                    r.practitioner,
                    r.product,
                    r.lot_number,
                    r.volume_ml,
                    r.formula_name,
                )
                for r in rows
            ],
            self.ctx.today(),
        )
        self._log(
            "product_lot",
            None,
            "print_recall",
            {"lot_number": lot_number, "product_id": product_id, "rows": len(rows)},
        )
        return data

    def activity(self, start: date, end: date, granularity: str = "month") -> ActivityReportData:
        """Sessions, patients, new patients, reactions and volume per day, week or month."""
        self.ctx.require(Permission.CLINICAL_READ)
        start, end = _check_period(start, end)
        if granularity not in GRANULARITIES:
            raise ValidationError("granularity", "choose one of {choices}", choices=", ".join(GRANULARITIES))
        lo, hi = local_start(start), local_start(end + timedelta(days=1))
        period = self._period_sessions(start, end)
        with self.ctx.read() as s:
            # Bucketing by local calendar period is done here rather than in SQL, so it agrees with
            # the workstation's time zone on SQLite and PostgreSQL alike; the rows are narrow.
            volume = (
                select(SessionArea.session_id, func.sum(SessionArea.volume_ml).label("ml"))
                .group_by(SessionArea.session_id)
                .subquery()
            )
            sessions = list(
                s.execute(
                    select(TreatmentSession.performed_at, TreatmentSession.patient_id, volume.c.ml)
                    .outerjoin(volume, volume.c.session_id == TreatmentSession.id)
                    .where(TreatmentSession.id.in_(select(period.c.sid)))
                )
            )
            # a patient is new when they joined: the registration date an import carried, else their
            # first session (record creation says nothing: an import creates every record at once)
            firsts = (
                select(TreatmentSession.patient_id, func.min(TreatmentSession.performed_at).label("first"))
                .where(TreatmentSession.status != "void")
                .group_by(TreatmentSession.patient_id)
                .subquery()
            )
            new_patients: list[date] = [
                at.astimezone().date()
                for at in s.scalars(
                    select(firsts.c.first)
                    .join(Patient, Patient.id == firsts.c.patient_id)
                    .where(Patient.registered_on.is_(None), firsts.c.first >= lo, firsts.c.first < hi)
                )
            ]
            new_patients += list(
                s.scalars(
                    select(Patient.registered_on).where(
                        Patient.registered_on >= start, Patient.registered_on <= end
                    )
                )
            )
            reactions = list(
                s.scalars(select(Reaction.onset_at).where(Reaction.onset_at >= lo, Reaction.onset_at < hi))
            )
            by_practitioner = [
                (name, n, p)
                for name, n, p in s.execute(
                    select(
                        User.full_name,
                        func.count(TreatmentSession.id),
                        func.count(distinct(TreatmentSession.patient_id)),
                    )
                    .join(User, User.id == TreatmentSession.practitioner_id)
                    .where(TreatmentSession.id.in_(select(period.c.sid)))
                    .group_by(User.id, User.full_name)
                    .order_by(func.count(TreatmentSession.id).desc(), User.full_name)
                )
            ]
            by_area = [
                (label(area), n, float(ml or 0))
                for area, n, ml in s.execute(
                    select(
                        SessionArea.area,
                        func.count(distinct(SessionArea.session_id)),
                        func.sum(SessionArea.volume_ml),
                    )
                    .where(SessionArea.session_id.in_(select(period.c.sid)))
                    .group_by(SessionArea.area)
                    .order_by(func.count(distinct(SessionArea.session_id)).desc(), SessionArea.area)
                )
            ]
        buckets = {first: _Bucket() for first in _period_starts(start, end, granularity)}
        for at, patient_id, ml in sessions:
            b = buckets[_bucket(at.astimezone().date(), granularity)]
            b.sessions += 1
            b.patients.add(patient_id)
            b.ml += float(ml or 0)
        for day in new_patients:
            buckets[_bucket(day, granularity)].new += 1
        for at in reactions:
            buckets[_bucket(at.astimezone().date(), granularity)].reactions += 1
        rows = [
            ActivityRow(
                _period_label(first, granularity),
                first,
                b.sessions,
                len(b.patients),
                b.new,
                b.reactions,
                round(b.ml, 2),
            )
            for first, b in buckets.items()
        ]
        data = ActivityReportData(
            self.clinic(), start, end, granularity, rows, by_practitioner, by_area, self.ctx.today()
        )
        data.distinct_patients = len({pid for _, pid, _ in sessions})
        return data


@dataclass
class _Bucket:
    """One period of the activity report, as it is counted."""

    sessions: int = 0
    patients: set[int] = field(default_factory=set)
    new: int = 0
    reactions: int = 0
    ml: float = 0.0


def _bucket(day: date, granularity: str) -> date:
    if granularity == "day":
        return day
    if granularity == "week":
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


def _period_starts(start: date, end: date, granularity: str) -> list[date]:
    out: list[date] = []
    current = _bucket(start, granularity)
    while current <= end:
        out.append(current)
        if granularity == "day":
            current += timedelta(days=1)
        elif granularity == "week":
            current += timedelta(days=7)
        else:
            current = (current.replace(day=28) + timedelta(days=4)).replace(day=1)
    return out


def _period_label(first: date, granularity: str) -> str:
    if granularity == "day":
        return format_date(first, "short")
    if granularity == "week":
        year, week, _day = first.isocalendar()
        return _(
            "{year}-W{week} (from {date})", year=year, week=f"{week:02d}", date=format_date(first, "d MMM")
        )
    return f"{first.year}-{first.month:02d} ({format_date(first, 'LLLL')})"
