"""Treatment plans and follow-ups: next-due dates, the call list, contact attempts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mesodesk.db.models import ContactAttempt, FollowUp, Patient, Protocol, TreatmentPlan, TreatmentSession
from mesodesk.domain import enums
from mesodesk.domain.enums import values
from mesodesk.domain.errors import ConflictError, NotFoundError, ValidationError
from mesodesk.domain.rules import (
    MAX_CHECK_CALL_HOURS,
    MAX_COURSE_SESSIONS,
    MAX_INTERVAL_DAYS,
    PlanSchedule,
    check_call_due,
    next_course_due,
)
from mesodesk.services import audit, validation
from mesodesk.services.context import Permission, ServiceContext


@dataclass
class PlanInput:
    patient_id: int
    name: str
    course_sessions: int
    course_interval_days: int
    maintenance_interval_days: int | None = None
    check_call_hours: int | None = 48
    start_date: date | None = None
    protocol_id: int | None = None
    notes: str = ""


@dataclass
class DueItem:
    """One line of the call list."""

    follow_up_id: int
    version: int
    patient_id: int
    file_no: str
    patient_name: str
    phone: str
    kind: str
    due_date: date
    status: str
    attempts: int
    last_outcome: str | None
    notes: str


def _schedule(plan: TreatmentPlan) -> PlanSchedule:
    return PlanSchedule(
        plan.course_sessions, plan.course_interval_days, plan.maintenance_interval_days, plan.check_call_hours
    )


def after_session(s: Session, ctx: ServiceContext, ts: TreatmentSession) -> list[FollowUp]:
    """Called inside the session's transaction: close what it fulfils, add what comes next."""
    plan = s.get(TreatmentPlan, ts.plan_id) if ts.plan_id else None
    if plan is None:
        plan = s.scalar(
            select(TreatmentPlan)
            .where(TreatmentPlan.patient_id == ts.patient_id, TreatmentPlan.active.is_(True))
            .order_by(TreatmentPlan.start_date.desc())
            .limit(1)
        )
        if plan is not None and ts.plan_id is None:
            ts.plan_id = plan.id
    day = ts.performed_at.astimezone().date()
    created: list[FollowUp] = []
    for open_fu in s.scalars(
        select(FollowUp).where(
            FollowUp.patient_id == ts.patient_id,
            FollowUp.status == enums.FollowUpStatus.OPEN,
            FollowUp.kind.in_([enums.FollowUpKind.COURSE, enums.FollowUpKind.MAINTENANCE]),
            FollowUp.due_date <= day + timedelta(days=14),
        )
    ):
        open_fu.status = enums.FollowUpStatus.DONE.value
        open_fu.done_at = ctx.now()
        open_fu.notes = (open_fu.notes + f"\nDone by session #{ts.id}").strip()
    if plan is None:
        return created
    schedule = _schedule(plan)
    done = (
        s.scalar(
            select(func.count(TreatmentSession.id)).where(
                TreatmentSession.plan_id == plan.id, TreatmentSession.status != enums.SessionStatus.VOID
            )
        )
        or 0
    )
    nxt = next_course_due(schedule, done, day)
    if nxt is not None:
        kind, due = nxt
        # One open visit per plan step: an earlier plan visit still open (due later than the window
        # above) is replaced by the one this session sets, never left beside it.
        for stale in s.scalars(
            select(FollowUp).where(
                FollowUp.plan_id == plan.id,
                FollowUp.status == enums.FollowUpStatus.OPEN,
                FollowUp.kind.in_([enums.FollowUpKind.COURSE, enums.FollowUpKind.MAINTENANCE]),
            )
        ):
            before = audit.snapshot(stale)
            stale.status = enums.FollowUpStatus.CANCELLED.value
            stale.done_at = ctx.now()
            stale.notes = (stale.notes + f"\nReplaced by the visit planned after session #{ts.id}").strip()
            s.flush()
            audit.record(s, ctx, "follow_up", stale.id, "replace", before, audit.snapshot(stale))
        created.append(
            FollowUp(
                patient_id=ts.patient_id,
                plan_id=plan.id,
                session_id=ts.id,
                kind=kind,
                due_date=due,
                created_at=ctx.now(),
            )
        )
    call_at = check_call_due(schedule, ts.performed_at)
    if call_at is not None:
        created.append(
            FollowUp(
                patient_id=ts.patient_id,
                plan_id=plan.id,
                session_id=ts.id,
                kind=enums.FollowUpKind.CHECK_CALL.value,
                due_date=call_at.astimezone().date(),
                due_at=call_at,
                created_at=ctx.now(),
            )
        )
    s.add_all(created)
    s.flush()
    for fu in created:
        audit.record(s, ctx, "follow_up", fu.id, "create", None, audit.snapshot(fu))
    return created


class FollowUpService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- plans ---------------------------------------------------------------
    def create_plan(self, data: PlanInput) -> TreatmentPlan:
        self.ctx.require(Permission.CLINICAL_WRITE)
        v = validation
        v.instance("plan", data, PlanInput)
        v.record_id("patient", data.patient_id)
        v.record_id("protocol", data.protocol_id, required=False)
        name = v.required_text("name", data.name, max_length=200)
        course = v.whole("course_sessions", data.course_sessions, low=1)
        if course is not None and course > MAX_COURSE_SESSIONS:
            raise ValidationError("course_sessions", "at most 100 sessions in a course")
        v.whole("course_interval_days", data.course_interval_days, low=1, high=MAX_INTERVAL_DAYS)
        v.at_least("maintenance_interval_days", data.maintenance_interval_days, 1, high=MAX_INTERVAL_DAYS)
        v.at_least("check_call_hours", data.check_call_hours, 1, high=MAX_CHECK_CALL_HOURS)
        v.near_day("start_date", data.start_date, self.ctx.today(), required=False)
        notes = v.optional_text("notes", data.notes)
        with self.ctx.write() as s:
            if s.get(Patient, data.patient_id) is None:
                raise ValidationError("patient", "unknown patient")
            start = data.start_date or self.ctx.today()
            plan = TreatmentPlan(
                patient_id=data.patient_id,
                protocol_id=data.protocol_id,
                name=name,
                course_sessions=data.course_sessions,
                course_interval_days=data.course_interval_days,
                maintenance_interval_days=data.maintenance_interval_days,
                check_call_hours=data.check_call_hours,
                start_date=start,
                notes=notes,
                created_at=self.ctx.now(),
            )
            s.add(plan)
            s.flush()
            has_sessions = (
                s.scalar(
                    select(func.count(TreatmentSession.id)).where(
                        TreatmentSession.patient_id == data.patient_id,
                        TreatmentSession.performed_at
                        >= datetime.combine(start, datetime.min.time()).astimezone(),
                    )
                )
                or 0
            )
            if not has_sessions:
                first = FollowUp(
                    patient_id=data.patient_id,
                    plan_id=plan.id,
                    kind=enums.FollowUpKind.COURSE.value,
                    due_date=start,
                    created_at=self.ctx.now(),
                    notes="First session of the course",
                )
                s.add(first)
            audit.record(s, self.ctx, "plan", plan.id, "create", None, audit.snapshot(plan))
        return plan

    def plan_from_protocol(
        self, patient_id: int, protocol_id: int, start: date | None = None
    ) -> TreatmentPlan:
        validation.record_id("patient", patient_id)
        validation.record_id("protocol", protocol_id)
        with self.ctx.read() as s:
            protocol = s.get(Protocol, protocol_id)
            if protocol is None:
                raise NotFoundError("No protocol with id {protocol_id}.", protocol_id=protocol_id)
        return self.create_plan(
            PlanInput(
                patient_id,
                protocol.name,
                protocol.course_sessions,
                protocol.course_interval_days,
                protocol.maintenance_interval_days,
                protocol.check_call_hours,
                start,
                protocol.id,
            )
        )

    def end_plan(self, plan_id: int) -> None:
        self.ctx.require(Permission.CLINICAL_WRITE)
        with self.ctx.write() as s:
            plan = s.get(TreatmentPlan, plan_id)
            if plan is None:
                raise NotFoundError("No plan with id {plan_id}.", plan_id=plan_id)
            plan.active = False
            for fu in s.scalars(
                select(FollowUp).where(
                    FollowUp.plan_id == plan_id, FollowUp.status == enums.FollowUpStatus.OPEN
                )
            ):
                fu.status = enums.FollowUpStatus.CANCELLED.value
            s.flush()
            audit.record(s, self.ctx, "plan", plan_id, "end")

    def plans(self, patient_id: int) -> list[TreatmentPlan]:
        with self.ctx.read() as s:
            return list(
                s.scalars(
                    select(TreatmentPlan)
                    .where(TreatmentPlan.patient_id == patient_id)
                    .order_by(TreatmentPlan.start_date.desc())
                )
            )

    # -- the call list -------------------------------------------------------
    def due(self, start: date | None, end: date, *, include_done: bool = False) -> list[DueItem]:
        """Follow-ups due between start and end (None: everything overdue up to end)."""
        self.ctx.require(Permission.FOLLOWUPS)
        with self.ctx.read() as s:
            attempts = (
                select(
                    ContactAttempt.follow_up_id,
                    func.count(ContactAttempt.id).label("n"),
                    func.max(ContactAttempt.id).label("last_id"),
                )
                .group_by(ContactAttempt.follow_up_id)
                .subquery()
            )
            q = (
                select(
                    FollowUp,
                    Patient.file_no,
                    Patient.first_name,
                    Patient.last_name,
                    Patient.phone,
                    attempts.c.n,
                    attempts.c.last_id,
                )
                .join(Patient, Patient.id == FollowUp.patient_id)
                .outerjoin(attempts, attempts.c.follow_up_id == FollowUp.id)
                .where(FollowUp.due_date <= end, Patient.archived.is_(False))
            )
            if start is not None:
                q = q.where(FollowUp.due_date >= start)
            if not include_done:
                q = q.where(FollowUp.status == enums.FollowUpStatus.OPEN)
            rows = list(s.execute(q.order_by(FollowUp.due_date, Patient.last_name).limit(20000)))
            last_ids = [r.last_id for r in rows if r.last_id]
            outcomes = {
                row.id: row.outcome
                for row in s.execute(
                    select(ContactAttempt.id, ContactAttempt.outcome).where(ContactAttempt.id.in_(last_ids))
                )
            }
        return [
            DueItem(
                fu.id,
                fu.version,
                fu.patient_id,
                file_no,
                f"{last}, {first}",
                phone,
                fu.kind,
                fu.due_date,
                fu.status,
                n or 0,
                outcomes.get(last_id),
                fu.notes,
            )
            for fu, file_no, first, last, phone, n, last_id in rows
        ]

    def due_today(self) -> list[DueItem]:
        today = self.ctx.today()
        return self.due(today, today)

    def due_this_week(self) -> list[DueItem]:
        today = self.ctx.today()
        return self.due(today, today + timedelta(days=6 - today.weekday()))

    def overdue(self) -> list[DueItem]:
        return self.due(None, self.ctx.today() - timedelta(days=1))

    def for_patient(self, patient_id: int) -> list[FollowUp]:
        with self.ctx.read() as s:
            return list(
                s.scalars(
                    select(FollowUp).where(FollowUp.patient_id == patient_id).order_by(FollowUp.due_date)
                )
            )

    def attempts(self, follow_up_id: int) -> list[ContactAttempt]:
        with self.ctx.read() as s:
            return list(
                s.scalars(
                    select(ContactAttempt)
                    .where(ContactAttempt.follow_up_id == follow_up_id)
                    .order_by(ContactAttempt.at)
                )
            )

    # -- actions -------------------------------------------------------------
    def log_attempt(self, follow_up_id: int, outcome: str, notes: str = "") -> ContactAttempt:
        self.ctx.require(Permission.FOLLOWUPS)
        validation.record_id("follow_up_id", follow_up_id)
        validation.choice("outcome", outcome, values(enums.ContactOutcome))
        attempt = ContactAttempt(
            follow_up_id=follow_up_id,
            at=self.ctx.now(),
            user_id=self.ctx.actor.user_id,
            outcome=outcome,
            notes=validation.optional_text("notes", notes, max_length=2000),
        )
        with self.ctx.write() as s:
            fu = self._get(s, follow_up_id, None)
            s.add(attempt)
            if outcome == enums.ContactOutcome.REACHED and fu.kind == enums.FollowUpKind.CHECK_CALL:
                fu.status = enums.FollowUpStatus.DONE.value
                fu.done_at = self.ctx.now()
            s.flush()
            audit.record(s, self.ctx, "contact_attempt", attempt.id, "create", None, audit.snapshot(attempt))
        return attempt

    def mark_done(self, follow_up_id: int, expected_version: int | None = None, notes: str = "") -> FollowUp:
        return self._set_status(follow_up_id, enums.FollowUpStatus.DONE, expected_version, notes)

    def cancel(self, follow_up_id: int, expected_version: int | None = None, notes: str = "") -> FollowUp:
        return self._set_status(follow_up_id, enums.FollowUpStatus.CANCELLED, expected_version, notes)

    def reschedule(self, follow_up_id: int, new_date: date, expected_version: int | None = None) -> FollowUp:
        self.ctx.require(Permission.FOLLOWUPS)
        validation.record_id("follow_up_id", follow_up_id)
        validation.near_day("due_date", new_date, self.ctx.today())
        with self.ctx.write() as s:
            fu = self._get(s, follow_up_id, expected_version)
            before = audit.snapshot(fu)
            fu.due_date = new_date
            fu.due_at = None
            s.flush()
            audit.record(s, self.ctx, "follow_up", fu.id, "reschedule", before, audit.snapshot(fu))
        return fu

    def add(self, patient_id: int, kind: str, due_date: date, notes: str = "") -> FollowUp:
        self.ctx.require(Permission.FOLLOWUPS)
        validation.record_id("patient", patient_id)
        validation.choice("kind", kind, values(enums.FollowUpKind))
        validation.near_day("due_date", due_date, self.ctx.today())
        fu = FollowUp(
            patient_id=patient_id,
            kind=kind,
            due_date=due_date,
            created_at=self.ctx.now(),
            notes=validation.optional_text("notes", notes, max_length=2000),
        )
        with self.ctx.write() as s:
            if s.get(Patient, patient_id) is None:
                raise ValidationError("patient", "unknown patient")
            s.add(fu)
            s.flush()
            audit.record(s, self.ctx, "follow_up", fu.id, "create", None, audit.snapshot(fu))
        return fu

    def _set_status(
        self, follow_up_id: int, status: str, expected_version: int | None, notes: str
    ) -> FollowUp:
        self.ctx.require(Permission.FOLLOWUPS)
        validation.record_id("follow_up_id", follow_up_id)
        notes = validation.optional_text("notes", notes, max_length=2000)
        with self.ctx.write() as s:
            fu = self._get(s, follow_up_id, expected_version)
            before = audit.snapshot(fu)
            fu.status = status
            fu.done_at = self.ctx.now() if status == enums.FollowUpStatus.DONE else None
            if notes:
                fu.notes = (fu.notes + "\n" + notes).strip()
            s.flush()
            audit.record(s, self.ctx, "follow_up", fu.id, status, before, audit.snapshot(fu))
        return fu

    @staticmethod
    def _get(s: Session, follow_up_id: int, expected_version: int | None) -> FollowUp:
        validation.record_id("follow_up_id", follow_up_id)
        fu = s.get(FollowUp, follow_up_id)
        if fu is None:
            raise NotFoundError("No follow-up with id {follow_up_id}.", follow_up_id=follow_up_id)
        if expected_version is not None and fu.version != expected_version:
            raise ConflictError("This follow-up was changed by someone else. Reload the list.")
        return fu
