"""Reactions after a session, graded over the following days."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from mesodesk.db.models import Patient, Reaction, ReactionAssessment, TreatmentSession
from mesodesk.domain import enums
from mesodesk.domain.enums import ALLERGIC_REACTIONS, values
from mesodesk.domain.errors import ConflictError, NotFoundError, ValidationError
from mesodesk.domain.rules import MAX_ASSESSMENT_DAY, SESSION_FUTURE_TOLERANCE
from mesodesk.services import audit, validation
from mesodesk.services.context import Permission, ServiceContext


@dataclass
class AssessmentInput:
    day: int
    symptom: str
    grade: str
    notes: str = ""


@dataclass
class ReactionInput:
    patient_id: int
    type: str
    onset_at: datetime
    session_id: int | None = None
    area: str = ""
    severity: str = enums.Grade.MILD.value
    action_taken: str = ""
    resolved_on: date | None = None
    notes: str = ""
    assessments: list[AssessmentInput] = field(default_factory=list)


@dataclass
class ReactionResult:
    reaction: Reaction
    suggest_allergy: bool  # a serious allergic reaction: offer to add an allergy to the record


def _is_serious_allergic(data: ReactionInput) -> bool:
    return data.type == enums.ReactionType.ANAPHYLAXIS or (
        data.type in ALLERGIC_REACTIONS and data.severity == enums.Grade.SEVERE
    )


def _validate(data: ReactionInput, now: datetime) -> ReactionInput:
    """The reaction as it is saved (a cleaned copy), or a ValidationError naming the field."""
    v = validation
    data = copy.deepcopy(v.instance("reaction", data, ReactionInput))
    v.record_id("patient", data.patient_id)
    v.record_id("session", data.session_id, required=False)
    v.choice("type", data.type, values(enums.ReactionType))
    v.choice("severity", data.severity, values(enums.Grade))
    if data.area:
        v.choice("area", data.area, values(enums.Area))
    data.area = data.area or ""
    onset = v.recent_moment("onset_at", data.onset_at, now)
    assert onset is not None
    v.day("resolved_on", data.resolved_on, required=False, latest=(now + SESSION_FUTURE_TOLERANCE).date())
    if data.resolved_on is not None and data.resolved_on < onset.astimezone().date():
        raise ValidationError("resolved_on", "is before the onset")
    data.action_taken = v.optional_text("action_taken", data.action_taken)
    data.notes = v.optional_text("notes", data.notes)
    days = set()
    for i, a in enumerate(v.entries("assessments", data.assessments, AssessmentInput)):
        _assessment(a, f"assessments[{i}].")
        if (a.day, a.symptom) in days:
            raise ValidationError(
                f"assessments[{i}].day",
                "day {day} is graded twice for {symptom}",
                day=a.day,
                symptom=a.symptom,
            )
        days.add((a.day, a.symptom))
    return data


def _assessment(a: AssessmentInput, prefix: str = "") -> None:
    """Check one day's grading and clean it in place."""
    day = validation.whole(f"{prefix}day", a.day, low=0, high=MAX_ASSESSMENT_DAY)
    assert day is not None
    a.day = day
    validation.choice(f"{prefix}symptom", a.symptom, values(enums.ReactionType))
    validation.choice(f"{prefix}grade", a.grade, values(enums.Grade))
    a.notes = validation.optional_text(f"{prefix}notes", a.notes, max_length=2000)


class ReactionService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def record(
        self, data: ReactionInput, reaction_id: int | None = None, expected_version: int | None = None
    ) -> ReactionResult:
        self.ctx.require(Permission.CLINICAL_WRITE)
        data = _validate(data, self.ctx.now())
        validation.record_id("reaction_id", reaction_id, required=False)
        with self.ctx.write() as s:
            patient = s.get(Patient, data.patient_id)
            if patient is None:
                raise ValidationError("patient", "unknown patient")
            if data.session_id is not None:
                ts = s.get(TreatmentSession, data.session_id)
                if ts is None or ts.patient_id != data.patient_id:
                    raise ValidationError("session", "is not a session of this patient")
                if data.onset_at < ts.performed_at:
                    raise ValidationError("onset_at", "is before the session")
            if reaction_id is None:
                reaction = Reaction(patient_id=data.patient_id, created_at=self.ctx.now())
                s.add(reaction)
                before = None
            else:
                found = s.scalar(
                    select(Reaction)
                    .where(Reaction.id == reaction_id)
                    .options(selectinload(Reaction.assessments))
                )
                if found is None:
                    raise NotFoundError("No reaction with id {reaction_id}.", reaction_id=reaction_id)
                reaction = found
                if expected_version is not None and reaction.version != expected_version:
                    raise ConflictError("This reaction was changed by someone else. Reload it.")
                before = self._snap(reaction)
            for key in ("session_id", "type", "area", "onset_at", "severity", "resolved_on"):
                setattr(reaction, key, getattr(data, key))
            reaction.action_taken = data.action_taken
            reaction.notes = data.notes
            reaction.assessments = [
                ReactionAssessment(day=a.day, symptom=a.symptom, grade=a.grade, notes=a.notes)
                for a in data.assessments
            ]
            s.flush()
            audit.record(
                s,
                self.ctx,
                "reaction",
                reaction.id,
                "create" if before is None else "update",
                before,
                self._snap(reaction),
            )
        return ReactionResult(self.get(reaction.id), _is_serious_allergic(data))

    def add_assessment(self, reaction_id: int, data: AssessmentInput) -> Reaction:
        self.ctx.require(Permission.CLINICAL_WRITE)
        validation.record_id("reaction_id", reaction_id)
        data = copy.deepcopy(validation.instance("assessment", data, AssessmentInput))
        _assessment(data)
        with self.ctx.write() as s:
            reaction = s.scalar(
                select(Reaction).where(Reaction.id == reaction_id).options(selectinload(Reaction.assessments))
            )
            if reaction is None:
                raise NotFoundError("No reaction with id {reaction_id}.", reaction_id=reaction_id)
            if any(a.day == data.day and a.symptom == data.symptom for a in reaction.assessments):
                raise ValidationError(
                    "day", "day {day} is already graded for {symptom}", day=data.day, symptom=data.symptom
                )
            item = ReactionAssessment(day=data.day, symptom=data.symptom, grade=data.grade, notes=data.notes)
            reaction.assessments.append(item)
            s.flush()
            audit.record(s, self.ctx, "reaction_assessment", item.id, "create", None, audit.snapshot(item))
        return self.get(reaction_id)

    def get(self, reaction_id: int) -> Reaction:
        self.ctx.require(Permission.CLINICAL_READ)
        with self.ctx.read() as s:
            reaction = s.scalar(
                select(Reaction).where(Reaction.id == reaction_id).options(selectinload(Reaction.assessments))
            )
            if reaction is None:
                raise NotFoundError("No reaction with id {reaction_id}.", reaction_id=reaction_id)
            return reaction

    def for_patient(self, patient_id: int) -> list[Reaction]:
        self.ctx.require(Permission.CLINICAL_READ)
        with self.ctx.read() as s:
            return list(
                s.scalars(
                    select(Reaction)
                    .where(Reaction.patient_id == patient_id)
                    .options(selectinload(Reaction.assessments))
                    .order_by(Reaction.onset_at.desc())
                )
            )

    @staticmethod
    def _snap(reaction: Reaction) -> dict:
        return audit.snapshot(reaction) | {"assessments": [audit.snapshot(a) for a in reaction.assessments]}
