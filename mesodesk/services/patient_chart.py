"""A patient's chart: everything shown of one patient, read at once, with the alerts it raises."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from mesodesk.db.models import (
    Allergy,
    Consent,
    ConsentText,
    FollowUp,
    MedicalHistory,
    Patient,
    Photo,
    Reaction,
    SessionProduct,
    TreatmentPlan,
    TreatmentSession,
)
from mesodesk.domain import enums
from mesodesk.i18n import _, format_date
from mesodesk.i18n.labels import label
from mesodesk.services.risks import RISK_LABELS


@dataclass
class PatientChart:
    patient: Patient
    history: MedicalHistory | None
    allergies: list[Allergy]
    sessions: list[TreatmentSession]
    reactions: list[Reaction]
    plans: list[TreatmentPlan]
    follow_ups: list[FollowUp]
    consents: list[tuple[Consent, ConsentText]]
    photos: list[Photo]  # metadata and thumbnails; original bytes deferred
    alerts: list[str] = field(default_factory=list)
    merged_from: list[tuple[int, str, str]] = field(default_factory=list)  # (id, file number, name)

    @property
    def next_due(self) -> FollowUp | None:
        open_ = [f for f in self.follow_ups if f.status == enums.FollowUpStatus.OPEN]
        return min(open_, key=lambda f: f.due_date, default=None)


def read_chart(s: Session, patient: Patient, *, clinical: bool) -> PatientChart:
    """Everything the chart shows of ``patient``, read in ``s``; the clinical parts only when ``clinical``."""
    patient_id = patient.id
    history = None  # the medical history and allergies are clinical: not for an assistant
    allergies: list[Allergy] = []
    if clinical:
        history = s.scalar(select(MedicalHistory).where(MedicalHistory.patient_id == patient_id))
        allergies = list(
            s.scalars(select(Allergy).where(Allergy.patient_id == patient_id).order_by(Allergy.id))
        )
    sessions: list[TreatmentSession] = []
    reactions: list[Reaction] = []
    consents: list[tuple[Consent, ConsentText]] = []
    photos: list[Photo] = []
    if clinical:
        sessions = list(
            s.scalars(
                select(TreatmentSession)
                .where(TreatmentSession.patient_id == patient_id)
                .options(
                    selectinload(TreatmentSession.areas),
                    selectinload(TreatmentSession.products).selectinload(SessionProduct.lot),
                    selectinload(TreatmentSession.products).selectinload(SessionProduct.product),
                    selectinload(TreatmentSession.marks),
                )
                .order_by(TreatmentSession.performed_at.desc())
            )
        )
        reactions = list(
            s.scalars(
                select(Reaction)
                .where(Reaction.patient_id == patient_id)
                .options(selectinload(Reaction.assessments))
                .order_by(Reaction.onset_at.desc())
            )
        )
        consents = [
            (c, t)
            for c, t in s.execute(
                select(Consent, ConsentText)
                .join(ConsentText, Consent.consent_text_id == ConsentText.id)
                .where(Consent.patient_id == patient_id)
                .order_by(Consent.signed_at.desc())
            )
        ]
        from sqlalchemy.orm import defer

        photos = list(
            s.scalars(
                select(Photo)
                .where(Photo.patient_id == patient_id)
                .options(defer(Photo.data, raiseload=True))
                .order_by(Photo.taken_on, Photo.id)
            )
        )
    plans = list(
        s.scalars(
            select(TreatmentPlan)
            .where(TreatmentPlan.patient_id == patient_id)
            .order_by(TreatmentPlan.start_date.desc())
        )
    )
    follow_ups = list(
        s.scalars(select(FollowUp).where(FollowUp.patient_id == patient_id).order_by(FollowUp.due_date))
    )
    merged_from = merged_from_rows(s, patient_id)
    chart = PatientChart(
        patient, history, allergies, sessions, reactions, plans, follow_ups, consents, photos
    )
    chart.alerts = alerts_for(chart)
    chart.merged_from = merged_from
    return chart


def merged_from_rows(s: Session, patient_id: int) -> list[tuple[int, str, str]]:
    return [
        (pid, file_no, f"{first} {last}")
        for pid, file_no, first, last in s.execute(
            select(Patient.id, Patient.file_no, Patient.first_name, Patient.last_name)
            .where(Patient.merged_into_id == patient_id)
            .order_by(Patient.id)
        )
    ]


SERIOUS_REACTIONS = {
    enums.ReactionType.ANAPHYLAXIS,
    enums.ReactionType.HIVES,
    enums.ReactionType.INFECTION,
    enums.ReactionType.NODULES,
}


def alerts_for(chart: PatientChart) -> list[str]:
    """What a practitioner must see before injecting (in the current language)."""
    alerts = [
        _(
            "Allergy: {substance} ({severity})",
            substance=a.substance,
            severity=label("severity", a.severity).lower(),
        )
        + (f" — {a.reaction}" if a.reaction else "")
        for a in chart.allergies
    ]
    if chart.history:
        alerts += [_(text) for key, text in RISK_LABELS.items() if getattr(chart.history, key)]
    for r in chart.reactions:
        if r.type in SERIOUS_REACTIONS or r.severity == enums.Grade.SEVERE:
            alerts.append(
                _(
                    "Earlier {severity} {reaction} on {date}",
                    severity=label("severity", r.severity).lower(),
                    reaction=label("reaction", r.type).lower(),
                    date=format_date(r.onset_at.astimezone().date(), "short"),
                )
            )
    if chart.patient.contraindications:
        alerts.append(_("Contraindications: {text}", text=chart.patient.contraindications))
    return alerts
