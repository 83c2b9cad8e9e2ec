"""Plain data for the printed reports: gathered here (services may query), laid out in reports/.

Every method returns frozen-free dataclasses holding only Python values (str, int, float,
date, aware datetime, bytes), so the report builders never touch the ORM or the database.
Dates and times are converted to the workstation's local time here, once.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Literal

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session, selectinload

from mesodesk.db.models import (
    Allergy,
    ClinicSettings,
    Consent,
    ConsentText,
    Patient,
    Photo,
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
from mesodesk.services import audit
from mesodesk.services.context import Permission, ServiceContext
from mesodesk.services.patients import RISK_LABELS, PatientChart, PatientService
from mesodesk.services.recall import RecallService

#: What the patient summary can hold, in print order (the identity block is always printed).
SUMMARY_SECTIONS: tuple[str, ...] = (
    "alerts",
    "history",
    "sessions",
    "maps",
    "reactions",
    "plan",
    "consents",
    "photos",
)
SECTION_TITLES: dict[str, str] = {
    "alerts": "Alerts and allergies",
    "history": "Medical history",
    "sessions": "Sessions",
    "maps": "Injection maps",
    "reactions": "Reactions",
    "plan": "Plan and follow-up",
    "consents": "Consents",
    "photos": "Photos",
}
Granularity = Literal["day", "week", "month"]
GRANULARITIES: tuple[str, ...] = ("day", "week", "month")
NOT_RECORDED = "(not recorded)"
PRINT_PHOTO_PX = 1000  # long side of a printed photo: about 300 dpi at the 80 mm it is printed


def label(value: str) -> str:
    """A stored enum value as printed: 'point_by_point' -> 'Point by point'."""
    text = (value or "").replace("_", " ").strip()
    return text[:1].upper() + text[1:]


# --- the data handed to the report builders ------------------------------------------------


@dataclass
class ClinicInfo:
    name: str
    address: str = ""
    phone: str = ""
    email: str = ""
    logo_png: bytes | None = None
    paper_size: str = "A4"


@dataclass
class PatientInfo:
    id: int
    file_no: str
    first_name: str
    last_name: str
    date_of_birth: date
    sex: str = "U"
    phone: str = ""
    email: str = ""
    address: str = ""
    fitzpatrick: int | None = None
    contraindications: str = ""
    notes: str = ""
    archived: bool = False

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def running_label(self) -> str:
        """Printed at the foot of every page of a patient document."""
        return f"{self.full_name} · born {self.date_of_birth.isoformat()} · {self.file_no}"


@dataclass
class HistoryInfo:
    risks: list[str]
    medications: str
    other: str
    reviewed_at: datetime | None  # local time
    reviewed_by: str


@dataclass
class AllergyInfo:
    substance: str
    reaction: str
    severity: str


@dataclass
class AreaRow:
    area: str
    technique: str
    device: str
    needle_gauge: int | None
    needle_length_mm: float | None
    depth_mm: float
    injection_points: int
    volume_ml: float


@dataclass
class ProductRow:
    product: str
    lot_number: str
    expiry_date: date
    volume_ml: float
    recalled: bool = False


@dataclass
class MarkRow:
    diagram: str
    x: float
    y: float
    kind: str
    depth_mm: float | None
    volume_ml: float | None
    note: str = ""
    radius: float | None = None  # zones: a fraction of the diagram's width


@dataclass
class SessionInfo:
    id: int
    performed_at: datetime  # local time
    practitioner: str
    indications: list[str]
    status: str
    formula_name: str
    formula_is_custom: bool
    anaesthesia: str
    immediate_reactions: str
    notes: str
    areas: list[AreaRow]
    products: list[ProductRow]
    marks: list[MarkRow]
    signed_off_at: datetime | None = None  # local time
    signed_off_by: str = ""


@dataclass
class AssessmentRow:
    day: int
    symptom: str
    grade: str
    notes: str = ""


@dataclass
class ReactionInfo:
    id: int
    session_id: int | None
    session_date: date | None
    type: str
    area: str
    onset_at: datetime  # local time
    severity: str
    action_taken: str
    resolved_on: date | None
    notes: str
    assessments: list[AssessmentRow]


@dataclass
class PlanInfo:
    name: str
    start_date: date
    course_sessions: int
    course_interval_days: int
    maintenance_interval_days: int | None
    check_call_hours: int | None
    active: bool
    notes: str
    sessions_done: int


@dataclass
class FollowUpInfo:
    kind: str
    due_date: date
    status: str
    notes: str


@dataclass
class ConsentInfo:
    id: int
    title: str
    code: str
    version: str
    signed_at: datetime  # local time
    practitioner: str


@dataclass
class PhotoInfo:
    id: int
    session_id: int | None
    kind: str
    area: str
    taken_on: date
    caption: str
    width: int
    height: int
    data: bytes


@dataclass
class PatientSummaryData:
    clinic: ClinicInfo
    patient: PatientInfo
    generated_on: date
    sections: tuple[str, ...]
    date_from: date | None = None
    date_to: date | None = None
    alerts: list[str] = field(default_factory=list)
    allergies: list[AllergyInfo] = field(default_factory=list)
    history: HistoryInfo | None = None
    sessions: list[SessionInfo] = field(default_factory=list)  # oldest first
    reactions: list[ReactionInfo] = field(default_factory=list)  # oldest first
    plans: list[PlanInfo] = field(default_factory=list)
    open_follow_ups: list[FollowUpInfo] = field(default_factory=list)
    next_due: FollowUpInfo | None = None
    consents: list[ConsentInfo] = field(default_factory=list)
    photos: list[PhotoInfo] = field(default_factory=list)
    clinical_access: bool = True

    def has(self, section: str) -> bool:
        return section in self.sections


@dataclass
class SessionRecordData:
    clinic: ClinicInfo
    patient: PatientInfo
    session: SessionInfo
    reactions: list[ReactionInfo]
    photos: list[PhotoInfo]
    allergies: list[AllergyInfo]
    generated_on: date


@dataclass
class ConsentFormData:
    clinic: ClinicInfo
    patient: PatientInfo
    consent: ConsentInfo
    body: str
    risks_discussed: str
    benefits_discussed: str
    signature_png: bytes | None
    signature_source: str
    content_hash: str | None
    generated_on: date


@dataclass
class AftercareData:
    clinic: ClinicInfo
    text: str
    patient: PatientInfo | None
    generated_on: date


@dataclass
class FollowUpRow:
    due_date: date
    kind: str
    status: str
    file_no: str
    patient_name: str
    phone: str
    attempts: int
    last_outcome: str | None
    notes: str


@dataclass
class FollowUpsReportData:
    clinic: ClinicInfo
    start: date
    end: date
    rows: list[FollowUpRow]
    generated_on: date


@dataclass
class StatRow:
    """One group of the reactions report: reactions among the sessions of that group."""

    label: str
    sessions: int | None  # None: no meaningful denominator for this group
    reactions: int

    @property
    def rate(self) -> float | None:
        """Reactions per 100 sessions of the group."""
        if not self.sessions:
            return None
        return self.reactions * 100.0 / self.sessions


@dataclass
class ReactionStatsData:
    clinic: ClinicInfo
    start: date
    end: date
    sessions: int  # sessions performed in the period (not void, not archived)
    reactions: int  # reactions linked to those sessions
    unlinked_reactions: int  # reactions with onset in the period but no session
    by_type: list[StatRow]
    by_product: list[StatRow]
    by_lot: list[StatRow]
    by_practitioner: list[StatRow]
    by_area: list[StatRow]
    generated_on: date

    @property
    def rate(self) -> float | None:
        return StatRow("all", self.sessions, self.reactions).rate


@dataclass
class RecallLotInfo:
    product: str
    lot_number: str
    expiry_date: date
    recalled: bool
    recalled_on: date | None
    recall_reason: str


@dataclass
class RecallPatientRow:
    file_no: str
    patient_name: str
    phone: str
    email: str
    address: str
    session_id: int
    performed_at: datetime  # local time
    practitioner: str
    product: str
    lot_number: str
    volume_ml: float
    formula_name: str


@dataclass
class RecallReportData:
    clinic: ClinicInfo
    lot_number: str
    lots: list[RecallLotInfo]
    rows: list[RecallPatientRow]
    generated_on: date

    @property
    def patient_count(self) -> int:
        return len({r.file_no for r in self.rows})


@dataclass
class ActivityRow:
    period: str  # "2024-05", "2024-W18" or "2024-05-01"
    start: date
    sessions: int
    patients: int
    new_patients: int
    reactions: int
    volume_ml: float


@dataclass
class ActivityReportData:
    clinic: ClinicInfo
    start: date
    end: date
    granularity: str
    rows: list[ActivityRow]
    by_practitioner: list[tuple[str, int, int]]  # name, sessions, patients
    by_area: list[tuple[str, int, float]]  # area, sessions, volume ml
    generated_on: date

    @property
    def totals(self) -> ActivityRow:
        return ActivityRow(
            "Total",
            self.start,
            sum(r.sessions for r in self.rows),
            self.distinct_patients,
            sum(r.new_patients for r in self.rows),
            sum(r.reactions for r in self.rows),
            sum(r.volume_ml for r in self.rows),
        )

    distinct_patients: int = 0


# --- helpers -------------------------------------------------------------------------------


def local_start(day: date) -> datetime:
    """Midnight at the start of a local calendar day, as an aware datetime."""
    return datetime.combine(day, time.min).astimezone()


def _local(value: datetime | None) -> datetime | None:
    return value.astimezone() if value is not None else None


def _check_period(start: date | None, end: date | None) -> tuple[date, date]:
    if start is None:
        raise ValidationError("from", "is required")
    if end is None:
        raise ValidationError("to", "is required")
    if end < start:
        raise ValidationError("to", "is before the start of the period")
    return start, end


def _patient_info(p: Patient) -> PatientInfo:
    return PatientInfo(
        p.id,
        p.file_no,
        p.first_name,
        p.last_name,
        p.date_of_birth,
        p.sex,
        p.phone,
        p.email,
        p.address,
        p.fitzpatrick,
        p.contraindications,
        p.notes,
        p.archived,
    )


def _session_info(ts: TreatmentSession, users: dict[int, str]) -> SessionInfo:
    return SessionInfo(
        id=ts.id,
        performed_at=ts.performed_at.astimezone(),
        practitioner=users.get(ts.practitioner_id, "?"),
        indications=[i.strip() for i in ts.indications.split(",") if i.strip()],
        status=ts.status,
        formula_name=ts.formula_name,
        formula_is_custom=ts.formula_is_custom,
        anaesthesia=ts.anaesthesia,
        immediate_reactions=ts.immediate_reactions,
        notes=ts.notes,
        areas=[
            AreaRow(
                a.area,
                a.technique,
                a.device,
                a.needle_gauge,
                a.needle_length_mm,
                a.depth_mm,
                a.injection_points,
                a.volume_ml,
            )
            for a in ts.areas
        ],
        products=[
            ProductRow(p.product.name, p.lot.lot_number, p.lot.expiry_date, p.volume_ml, p.lot.recalled)
            for p in ts.products
        ],
        marks=[
            MarkRow(m.diagram, m.x, m.y, m.kind, m.depth_mm, m.volume_ml, m.note, m.radius) for m in ts.marks
        ],
        signed_off_at=_local(ts.signed_off_at),
        signed_off_by=users.get(ts.signed_off_by_id, "") if ts.signed_off_by_id else "",
    )


def _reaction_info(r: Reaction, session_dates: dict[int, date]) -> ReactionInfo:
    return ReactionInfo(
        id=r.id,
        session_id=r.session_id,
        session_date=session_dates.get(r.session_id) if r.session_id else None,
        type=r.type,
        area=r.area,
        onset_at=r.onset_at.astimezone(),
        severity=r.severity,
        action_taken=r.action_taken,
        resolved_on=r.resolved_on,
        notes=r.notes,
        assessments=[AssessmentRow(a.day, a.symptom, a.grade, a.notes) for a in r.assessments],
    )


def _in_range(day: date, start: date | None, end: date | None) -> bool:
    return (start is None or day >= start) and (end is None or day <= end)


class ReportingService:
    """Gathers what each printed document needs; no ReportLab here, no SQL in reports/."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- shared -------------------------------------------------------------
    def clinic(self) -> ClinicInfo:
        with self.ctx.read() as s:
            row = s.get(ClinicSettings, 1)
        if row is None:
            return ClinicInfo(name="My clinic")
        return ClinicInfo(row.name, row.address, row.phone, row.email, row.logo_png, row.paper_size or "A4")

    def _users(self, s: Session) -> dict[int, str]:
        return dict(s.execute(select(User.id, User.full_name)).all())

    def _log(self, entity: str, entity_id: int | None, action: str, details: dict | None = None) -> None:
        """Printing or exporting clinical data is recorded in the audit trail."""
        with self.ctx.write() as s:
            audit.record(s, self.ctx, entity, entity_id, action, None, details)

    def _print_photos(
        self,
        patient_id: int,
        *,
        session_id: int | None = None,
        start: date | None = None,
        end: date | None = None,
    ) -> list[PhotoInfo]:
        """Photos marked for printing, upright and scaled for print (through PhotoService when present)."""
        try:
            from mesodesk.services.photos import PhotoService
        except ImportError:  # the imaging service is optional: read the stored bytes directly
            return self._print_photos_query(patient_id, session_id=session_id, start=start, end=end)
        photos = PhotoService(self.ctx)
        chosen = [p for p in photos.printable(patient_id, session_id) if _in_range(p.taken_on, start, end)]
        images = _print_images([photos.data(p.id) for p in chosen])
        return [
            PhotoInfo(p.id, p.session_id, p.kind, p.area, p.taken_on, p.caption, width, height, data)
            for p, (data, width, height) in zip(chosen, images)
        ]

    def _print_photos_query(
        self,
        patient_id: int,
        *,
        session_id: int | None = None,
        start: date | None = None,
        end: date | None = None,
    ) -> list[PhotoInfo]:
        q = select(
            Photo.id,
            Photo.session_id,
            Photo.kind,
            Photo.area,
            Photo.taken_on,
            Photo.caption,
            Photo.width,
            Photo.height,
            Photo.data,
        ).where(Photo.patient_id == patient_id, Photo.include_in_print.is_(True))
        if session_id is not None:
            q = q.where(Photo.session_id == session_id)
        if start is not None:
            q = q.where(Photo.taken_on >= start)
        if end is not None:
            q = q.where(Photo.taken_on <= end)
        with self.ctx.read() as s:
            rows = list(s.execute(q.order_by(Photo.taken_on, Photo.id)))
        images = _print_images([row[-1] for row in rows])
        return [PhotoInfo(*row[:6], width, height, data) for row, (data, width, height) in zip(rows, images)]

    # -- patient documents -----------------------------------------------------
    def patient_id_for_file_no(self, file_no: str) -> int:
        return PatientService(self.ctx).by_file_no(file_no.strip()).id

    def patient_summary(
        self,
        patient_id: int,
        *,
        sections: tuple[str, ...] | list[str] | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        photos: bool = True,
    ) -> PatientSummaryData:
        """Everything the patient summary prints, filtered by sections and a date range."""
        chosen = tuple(SUMMARY_SECTIONS if sections is None else sections)
        unknown = [sec for sec in chosen if sec not in SUMMARY_SECTIONS]
        if unknown:
            raise ValidationError(
                "sections", f"unknown section {unknown[0]!r}; choose from " + ", ".join(SUMMARY_SECTIONS)
            )
        if date_from and date_to and date_to < date_from:
            raise ValidationError("to", "is before the start of the period")
        if not photos:
            chosen = tuple(sec for sec in chosen if sec != "photos")
        chosen = tuple(sec for sec in SUMMARY_SECTIONS if sec in chosen)
        chart = PatientService(self.ctx).chart(patient_id, log_view=False)
        with self.ctx.read() as s:
            users = self._users(s)
        photo_rows = (
            self._print_photos(patient_id, start=date_from, end=date_to)
            if "photos" in chosen and self.ctx.can(Permission.CLINICAL_READ)
            else []
        )
        data = self._summary_from_chart(chart, users, chosen, date_from, date_to)
        data.photos = photo_rows
        self._log(
            "patient",
            patient_id,
            "print_summary",
            {
                "sections": list(chosen),
                "from": date_from.isoformat() if date_from else None,
                "to": date_to.isoformat() if date_to else None,
            },
        )
        return data

    def _summary_from_chart(
        self,
        chart: PatientChart,
        users: dict[int, str],
        sections: tuple[str, ...],
        start: date | None,
        end: date | None,
    ) -> PatientSummaryData:
        sessions = [
            ts
            for ts in reversed(chart.sessions)
            if not ts.archived and _in_range(ts.performed_at.astimezone().date(), start, end)
        ]
        session_dates = {ts.id: ts.performed_at.astimezone().date() for ts in chart.sessions}
        reactions = [
            r for r in reversed(chart.reactions) if _in_range(r.onset_at.astimezone().date(), start, end)
        ]
        history = None
        if chart.history is not None:
            h = chart.history
            history = HistoryInfo(
                [lbl for key, lbl in RISK_LABELS.items() if getattr(h, key)],
                h.medications,
                h.other,
                _local(h.reviewed_at),
                users.get(h.reviewed_by_id, "") if h.reviewed_by_id else "",
            )
        done_by_plan: dict[int, int] = defaultdict(int)
        for ts in chart.sessions:
            if ts.plan_id is not None and ts.status != enums.SessionStatus.VOID:
                done_by_plan[ts.plan_id] += 1
        open_fus = [
            FollowUpInfo(f.kind, f.due_date, f.status, f.notes)
            for f in chart.follow_ups
            if f.status == enums.FollowUpStatus.OPEN
        ]
        nxt = chart.next_due
        return PatientSummaryData(
            clinic=self.clinic(),
            patient=_patient_info(chart.patient),
            generated_on=self.ctx.today(),
            sections=sections,
            date_from=start,
            date_to=end,
            alerts=list(chart.alerts),
            allergies=[AllergyInfo(a.substance, a.reaction, a.severity) for a in chart.allergies],
            history=history,
            sessions=[_session_info(ts, users) for ts in sessions],
            reactions=[_reaction_info(r, session_dates) for r in reactions],
            plans=[
                PlanInfo(
                    p.name,
                    p.start_date,
                    p.course_sessions,
                    p.course_interval_days,
                    p.maintenance_interval_days,
                    p.check_call_hours,
                    p.active,
                    p.notes,
                    done_by_plan.get(p.id, 0),
                )
                for p in chart.plans
            ],
            open_follow_ups=open_fus,
            next_due=FollowUpInfo(nxt.kind, nxt.due_date, nxt.status, nxt.notes) if nxt else None,
            consents=[
                ConsentInfo(
                    c.id,
                    t.title,
                    t.code,
                    t.version,
                    c.signed_at.astimezone(),
                    users.get(c.practitioner_id, "?"),
                )
                for c, t in chart.consents
            ],
            clinical_access=self.ctx.can(Permission.CLINICAL_READ),
        )

    def session_record(self, session_id: int) -> SessionRecordData:
        from mesodesk.services.sessions import SessionService

        ts = SessionService(self.ctx).get(session_id)
        with self.ctx.read() as s:
            patient = s.get(Patient, ts.patient_id)
            assert patient is not None
            users = self._users(s)
            reactions = list(
                s.scalars(
                    select(Reaction)
                    .where(Reaction.session_id == session_id)
                    .options(selectinload(Reaction.assessments))
                    .order_by(Reaction.onset_at)
                )
            )
            allergies = [
                AllergyInfo(a.substance, a.reaction, a.severity)
                for a in s.scalars(
                    select(Allergy).where(Allergy.patient_id == ts.patient_id).order_by(Allergy.id)
                )
            ]
        photos = self._print_photos(ts.patient_id, session_id=session_id)
        day = ts.performed_at.astimezone().date()
        self._log("session", session_id, "print_record")
        return SessionRecordData(
            self.clinic(),
            _patient_info(patient),
            _session_info(ts, users),
            [_reaction_info(r, {ts.id: day}) for r in reactions],
            photos,
            allergies,
            self.ctx.today(),
        )

    def consent_form(self, consent_id: int) -> ConsentFormData:
        self.ctx.require(Permission.CLINICAL_READ)
        with self.ctx.read() as s:
            consent = s.get(Consent, consent_id)
            if consent is None:
                raise NotFoundError(f"No consent with id {consent_id}.")
            text = s.get(ConsentText, consent.consent_text_id)
            patient = s.get(Patient, consent.patient_id)
            assert text is not None and patient is not None
            users = self._users(s)
        info = ConsentInfo(
            consent.id,
            text.title,
            text.code,
            text.version,
            consent.signed_at.astimezone(),
            users.get(consent.practitioner_id, "?"),
        )
        self._log("consent", consent_id, "print_consent")
        return ConsentFormData(
            self.clinic(),
            _patient_info(patient),
            info,
            text.body,
            consent.risks_discussed,
            consent.benefits_discussed,
            consent.signature_png,
            consent.signature_source,
            consent.content_hash,
            self.ctx.today(),
        )

    def consents_for(self, patient_id: int) -> list[ConsentInfo]:
        """The patient's signed consents, newest first (for choosing one to print)."""
        self.ctx.require(Permission.CLINICAL_READ)
        with self.ctx.read() as s:
            users = self._users(s)
            rows = s.execute(
                select(Consent, ConsentText)
                .join(ConsentText, Consent.consent_text_id == ConsentText.id)
                .where(Consent.patient_id == patient_id)
                .order_by(Consent.signed_at.desc())
            )
            return [
                ConsentInfo(
                    c.id,
                    t.title,
                    t.code,
                    t.version,
                    c.signed_at.astimezone(),
                    users.get(c.practitioner_id, "?"),
                )
                for c, t in rows
            ]

    def sessions_for(self, patient_id: int) -> list[tuple[int, datetime, str, str]]:
        """(id, local time, practitioner, indications) of the patient's sessions, newest first."""
        self.ctx.require(Permission.CLINICAL_READ)
        with self.ctx.read() as s:
            rows = s.execute(
                select(
                    TreatmentSession.id,
                    TreatmentSession.performed_at,
                    User.full_name,
                    TreatmentSession.indications,
                )
                .join(User, User.id == TreatmentSession.practitioner_id)
                .where(TreatmentSession.patient_id == patient_id, TreatmentSession.archived.is_(False))
                .order_by(TreatmentSession.performed_at.desc())
            )
            return [(sid, at.astimezone(), name, ind.replace(",", ", ")) for sid, at, name, ind in rows]

    def aftercare(self, patient_id: int | None = None, text_name: str = "aftercare_en") -> AftercareData:
        from mesodesk.paths import text_path

        patient = _patient_info(PatientService(self.ctx).get(patient_id)) if patient_id is not None else None
        try:
            text = text_path(text_name).read_text(encoding="utf-8")
        except FileNotFoundError as exc:
            raise NotFoundError(f"The aftercare text is missing: {exc}") from exc
        return AftercareData(self.clinic(), text, patient, self.ctx.today())

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

    def _period_sessions(self, start: date, end: date):  # type: ignore[no-untyped-def]
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

            def grouped(key_cols, join_model, join_on, label_fn):  # type: ignore[no-untyped-def]
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
            by_area.append(StatRow(NOT_RECORDED, None, area_reactions[""]))
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

    def recall(self, lot_number: str) -> RecallReportData:
        """Every patient and session that received the lot (directly or inside a formula mix)."""
        lot_number = (lot_number or "").strip()
        if not lot_number:
            raise ValidationError("lot", "enter a lot number")
        recall = RecallService(self.ctx)
        rows = recall.who_received(lot_number)
        with self.ctx.read() as s:
            lots = [
                RecallLotInfo(
                    name, lot.lot_number, lot.expiry_date, lot.recalled, lot.recalled_on, lot.recall_reason
                )
                for lot, name in s.execute(
                    select(ProductLot, Product.name)
                    .join(Product, Product.id == ProductLot.product_id)
                    .where(ProductLot.lot_number == lot_number)
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
            raise NotFoundError(f"No lot numbered {lot_number}.")
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
        self._log("product_lot", None, "print_recall", {"lot_number": lot_number, "rows": len(rows)})
        return data

    def activity(self, start: date, end: date, granularity: str = "month") -> ActivityReportData:
        """Sessions, patients, new patients, reactions and volume per day, week or month."""
        self.ctx.require(Permission.CLINICAL_READ)
        start, end = _check_period(start, end)
        if granularity not in GRANULARITIES:
            raise ValidationError("granularity", f"choose one of {', '.join(GRANULARITIES)}")
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
            new_patients = list(
                s.scalars(select(Patient.created_at).where(Patient.created_at >= lo, Patient.created_at < hi))
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
        buckets: dict[date, dict] = {}
        for first in _period_starts(start, end, granularity):
            buckets[first] = {"sessions": 0, "patients": set(), "new": 0, "reactions": 0, "ml": 0.0}
        for at, patient_id, ml in sessions:
            b = buckets[_bucket(at.astimezone().date(), granularity)]
            b["sessions"] += 1
            b["patients"].add(patient_id)
            b["ml"] += float(ml or 0)
        for at in new_patients:
            buckets[_bucket(at.astimezone().date(), granularity)]["new"] += 1
        for at in reactions:
            buckets[_bucket(at.astimezone().date(), granularity)]["reactions"] += 1
        rows = [
            ActivityRow(
                _period_label(first, granularity),
                first,
                b["sessions"],
                len(b["patients"]),
                b["new"],
                b["reactions"],
                round(b["ml"], 2),
            )
            for first, b in buckets.items()
        ]
        data = ActivityReportData(
            self.clinic(), start, end, granularity, rows, by_practitioner, by_area, self.ctx.today()
        )
        data.distinct_patients = len({pid for _, pid, _ in sessions})
        return data


def _print_images(originals: list[bytes]) -> list[tuple[bytes, int, int]]:
    """print_image over several photos, decoded in parallel (Pillow releases the GIL while decoding)."""
    if len(originals) < 2:
        return [print_image(o) for o in originals]
    import os
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1, len(originals))) as pool:
        return list(pool.map(print_image, originals))


def print_image(original: bytes, max_px: int = PRINT_PHOTO_PX) -> tuple[bytes, int, int]:
    """A photo ready to embed in a PDF: (bytes, width, height), upright and at most about max_px.

    An upright JPEG of moderate size is passed through untouched (ReportLab embeds JPEG data as
    is, without decoding it), which keeps a summary with several photos fast. Anything else is
    turned upright (EXIF orientation), scaled down (JPEG draft mode decodes at a reduced size)
    and re-encoded.
    """
    from io import BytesIO

    from PIL import Image, ImageOps

    image = Image.open(BytesIO(original))
    orientation = image.getexif().get(0x0112, 1)
    if (
        image.format == "JPEG"
        and orientation == 1
        and image.mode in ("RGB", "L")
        and max(image.size) <= 2 * max_px
    ):
        return bytes(original), image.width, image.height
    if image.format == "JPEG":  # decode at 1/2, 1/4 or 1/8 scale: the least that still covers max_px
        scale = max_px / max(image.size)
        image.draft("RGB", (max(1, int(image.width * scale)), max(1, int(image.height * scale))))
    image = ImageOps.exif_transpose(image)
    image.thumbnail((max_px, max_px), Image.Resampling.BICUBIC)
    out = BytesIO()
    if image.mode in ("RGBA", "LA", "P"):
        image.save(out, "PNG")
    else:
        image.convert("RGB").save(out, "JPEG", quality=88)
    return out.getvalue(), image.width, image.height


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
        return first.isoformat()
    if granularity == "week":
        year, week, _ = first.isocalendar()
        return f"{year}-W{week:02d} (from {first.strftime('%d %b')})"
    return first.strftime("%Y-%m (%B)")
