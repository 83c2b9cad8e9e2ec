"""The plain data handed to the report builders, and the conversions from the stored records.

Every dataclass holds only Python values (str, int, float, date, aware datetime, bytes), so the report
builders never touch the ORM or the database. The queries that fill them are in services/reporting.py
(patient documents) and services/clinic_reports.py (clinic-wide reports).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Literal

from mesodesk.db.models import (
    Patient,
    Reaction,
    TreatmentSession,
)
from mesodesk.domain.errors import ValidationError
from mesodesk.i18n import N_, _, format_date
from mesodesk.i18n.labels import label as vocab_label

if TYPE_CHECKING:
    from mesodesk.services.outcomes import PatientOutcomes

#: What the patient summary can hold, in print order (the identity block is always printed).
SUMMARY_SECTIONS: tuple[str, ...] = (
    "alerts",
    "history",
    "sessions",
    "maps",
    "reactions",
    "plan",
    "outcomes",
    "consents",
    "photos",
)
#: English source texts (message ids); translate where shown: _(SECTION_TITLES[key]).
SECTION_TITLES: dict[str, str] = {
    "alerts": N_("Alerts and allergies"),
    "history": N_("Medical history"),
    "sessions": N_("Sessions"),
    "maps": N_("Injection maps"),
    "reactions": N_("Reactions"),
    "plan": N_("Plan and follow-up"),
    "outcomes": N_("Outcomes"),
    "consents": N_("Consents"),
    "photos": N_("Photos"),
}
Granularity = Literal["day", "week", "month"]
GRANULARITIES: tuple[str, ...] = ("day", "week", "month")
NOT_RECORDED = N_("(not recorded)")
PRINT_PHOTO_PX = 1000  # long side of a printed photo: about 300 dpi at the 80 mm it is printed


def label(value: str) -> str:
    """A stored enum value as printed, in the current language: 'point_by_point' -> 'Point by point'."""
    return vocab_label(None, value)


# --- the data handed to the report builders ------------------------------------------------


@dataclass
class ClinicInfo:
    name: str  # "" before the clinic settings are saved: printed as display_name
    address: str = ""
    phone: str = ""
    email: str = ""
    logo_png: bytes | None = None
    paper_size: str = "A4"

    @property
    def display_name(self) -> str:
        """The clinic's name, or "My clinic" in the language of the document being built."""
        return self.name or _("My clinic")


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
    merged_from: list[str] = field(default_factory=list)  # "file number name" of records merged into it
    #: The patient's preferred language for documents handed to them (None: the clinic's).
    preferred_language: str | None = None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def running_label(self) -> str:
        """Printed at the foot of every page of a patient document."""
        born = _("born {date}", date=format_date(self.date_of_birth, "short"))
        return f"{self.full_name} · {born} · {self.file_no}"


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
    override_reason: str = ""  # why it was signed off despite its warnings (reason, then each warning)


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
    outcomes: PatientOutcomes | None = None  # when the section is printed

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
    language: str | None = None  # the consent text's language: the form is printed in it


@dataclass
class AftercareData:
    clinic: ClinicInfo
    text: str
    patient: PatientInfo | None
    generated_on: date
    language: str | None = None  # the language of `text`: the sheet is printed in it


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
            _("Total"),
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
        preferred_language=p.preferred_language,
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
        override_reason=ts.override_reason,
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
