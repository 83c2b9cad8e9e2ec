"""Outcomes of treatment: measurements and scale assessments, baselines and change, per patient.

A course is a treatment plan's first ``course_sessions`` sessions; what follows in the same plan is
maintenance. The last assessment of a scale (or the last measurement of a measure) on or before a
course's first session is that course's baseline; every later value shows its change from it.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, selectinload

from mesodesk.db.models import (
    AssessmentPhoto,
    Measurement,
    OutcomeAssessment,
    OutcomeDefinition,
    Patient,
    Photo,
    TreatmentPlan,
    TreatmentSession,
)
from mesodesk.domain import enums
from mesodesk.domain.errors import NotFoundError, ValidationError
from mesodesk.domain.scales import BMI, Measure, Registry, Scale, measure_from_dict, scale_from_dict
from mesodesk.services import audit, validation
from mesodesk.services.context import Permission, ServiceContext
from mesodesk.services.outcome_series import (  # noqa: F401 - the outcome series are part of this module's API
    PatientOutcomes,
    Period,
    Point,
    Series,
    annotate,
    build_patient_outcomes,
    course_periods,
)

#: Plausible ranges of the built-in measures (a typo such as 6.5 m of waist is refused, naming the field).
PLAUSIBLE = {
    "weight": (20.0, 400.0),
    "height": (100.0, 250.0),
    "waist": (30.0, 250.0),
    "hips": (30.0, 250.0),
    "thigh_left": (15.0, 150.0),
    "thigh_right": (15.0, 150.0),
    "arm_left": (10.0, 100.0),
    "arm_right": (10.0, 100.0),
}


@dataclass
class MeasurementInput:
    code: str
    value: float
    site: str = ""
    unit: str = ""  # empty: the measure's unit
    notes: str = ""


@dataclass
class AssessmentInput:
    patient_id: int
    scale_code: str
    scores: dict[str, int]
    assessed_on: date
    session_id: int | None = None
    area: str = ""
    notes: str = ""
    photo_ids: list[int] = field(default_factory=list)


@dataclass
class Definition:
    """One instrument of the registry as the definitions dialog lists it."""

    kind: str  # "scale" or "measure"
    instrument: Scale | Measure
    retired: bool = False
    records: int = 0  # values recorded with it (a clinic's own; 0 for the built-ins)

    @property
    def code(self) -> str:
        return self.instrument.code

    @property
    def builtin(self) -> bool:
        return self.instrument.builtin


def _parse(kind: str, data: dict) -> Scale | Measure:
    return scale_from_dict(data) if kind == "scale" else measure_from_dict(data)


def load_registry(s: Session) -> Registry:
    """The built-ins and the clinic's own; retired ones are listed in ``registry.retired``."""
    registry = Registry()
    for row in s.scalars(select(OutcomeDefinition).order_by(OutcomeDefinition.id)):
        registry.add(_parse(row.kind, json.loads(row.definition_json)))
        if row.archived:
            registry.retired.add(row.code)
    return registry


def _check_plausible(field: str, measure: Measure, value: float) -> None:
    """A built-in's plausible range, or the one a clinic gave its own measure (either end may be open)."""
    low, high = PLAUSIBLE.get(measure.code, (measure.minimum, measure.maximum))
    params = {"name": measure.name, "value": value, "unit": measure.unit, "low": low, "high": high}
    if low is not None and high is not None and not low <= value <= high:
        raise ValidationError(field, "{name} of {value:g} {unit} is outside {low:g}-{high:g}", **params)
    if low is not None and value < low:
        raise ValidationError(field, "{name} of {value:g} {unit} is below {low:g}", **params)
    if high is not None and value > high:
        raise ValidationError(field, "{name} of {value:g} {unit} is above {high:g}", **params)


def _records(s: Session, code: str) -> int:
    measured = s.scalar(select(func.count()).select_from(Measurement).where(Measurement.code == code))
    assessed = s.scalar(
        select(func.count()).select_from(OutcomeAssessment).where(OutcomeAssessment.scale_code == code)
    )
    return int(measured or 0) + int(assessed or 0)


class OutcomeService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- the registry ----------------------------------------------------------------------
    def registry(self) -> Registry:
        with self.ctx.read() as s:
            return load_registry(s)

    def define(self, kind: str, definition: dict) -> Scale | Measure:
        """Add a clinic's own scale or measure (validated; the code must be new)."""
        self.ctx.require(Permission.CATALOGUE)
        validation.choice("kind", kind, ["scale", "measure"])
        if not isinstance(definition, dict):
            raise ValidationError("definition", "is not a valid entry")
        parsed = _parse(kind, definition)
        with self.ctx.write() as s:
            load_registry(s).add(parsed)  # refuses a code already in use
            row = OutcomeDefinition(
                kind=kind,
                code=parsed.code,
                name=parsed.name,
                definition_json=json.dumps(parsed.to_dict(), ensure_ascii=False, sort_keys=True),
                created_at=self.ctx.now(),
            )
            s.add(row)
            s.flush()
            audit.record(s, self.ctx, "outcome_definition", row.id, "create", None, audit.snapshot(row))
        return parsed

    def definitions(self) -> list[Definition]:
        """Every scale and measure: the built-ins, then the clinic's own (with their use and state)."""
        with self.ctx.read() as s:
            registry = load_registry(s)
            own = {
                row.code: row.kind
                for row in s.scalars(select(OutcomeDefinition).order_by(OutcomeDefinition.id))
            }
            counts = {code: _records(s, code) for code in own}
        listed: list[Definition] = []
        for kind, instruments in (("scale", registry.scales), ("measure", registry.measures)):
            listed += [Definition(kind, i) for i in instruments.values() if i.builtin]
        for code, kind in own.items():
            instrument = registry.scales[code] if kind == "scale" else registry.measures[code]
            listed.append(Definition(kind, instrument, code in registry.retired, counts[code]))
        return listed

    def _own(self, s: Session, code: str) -> OutcomeDefinition:
        row = s.scalars(select(OutcomeDefinition).where(OutcomeDefinition.code == code)).first()
        if row is None:
            raise NotFoundError("No scale or measure of the clinic with code {code}.", code=code)
        return row

    def redefine(self, code: str, definition: dict) -> Scale | Measure:
        """Change a clinic's own instrument (its name, wording, items) while nothing is recorded with it."""
        self.ctx.require(Permission.CATALOGUE)
        if not isinstance(definition, dict):
            raise ValidationError("definition", "is not a valid entry")
        with self.ctx.write() as s:
            row = self._own(s, code)
            parsed = _parse(row.kind, definition)
            if parsed.code != code:
                raise ValidationError("code", "cannot be changed once defined")
            if _records(s, code):
                raise ValidationError(
                    "definition",
                    "{name} already has recorded values: it can be retired, not changed",
                    name=row.name,
                )
            before = audit.snapshot(row)
            row.name = parsed.name
            row.definition_json = json.dumps(parsed.to_dict(), ensure_ascii=False, sort_keys=True)
            s.flush()
            audit.record(s, self.ctx, "outcome_definition", row.id, "update", before, audit.snapshot(row))
        return parsed

    def retire(self, code: str, retired: bool = True) -> None:
        """Stop offering a clinic's own instrument for new values (``retired=False``: offer it again).
        Nothing recorded with it is changed: its values stay in charts, reports and exports."""
        self.ctx.require(Permission.CATALOGUE)
        with self.ctx.write() as s:
            row = self._own(s, code)
            if row.archived == retired:
                return
            before = audit.snapshot(row)
            row.archived = retired
            s.flush()
            audit.record(s, self.ctx, "outcome_definition", row.id, "update", before, audit.snapshot(row))

    # -- recording -------------------------------------------------------------------------
    def _check_visit(self, s: Session, patient_id: int, day: date, session_id: int | None, name: str) -> None:
        patient = s.get(Patient, patient_id)
        if patient is None:
            raise ValidationError("patient", "unknown patient")
        if day is None:
            raise ValidationError(name, "is required")
        if day > self.ctx.today():
            raise ValidationError(name, "is in the future")
        if day < patient.date_of_birth:
            raise ValidationError(name, "is before the patient's date of birth")
        if session_id is not None:
            ts = s.get(TreatmentSession, session_id)
            if ts is None or ts.patient_id != patient_id:
                raise ValidationError("session", "is not a session of this patient")

    def record_measurements(
        self,
        patient_id: int,
        measured_on: date,
        values: Sequence[MeasurementInput],
        session_id: int | None = None,
    ) -> list[Measurement]:
        """Several measurements taken at one visit: all saved, or none (one audit entry)."""
        self.ctx.require(Permission.CLINICAL_WRITE)
        validation.record_id("patient", patient_id)
        validation.record_id("session", session_id, required=False)
        validation.past_day("measured_on", measured_on, self.ctx.today())
        values = validation.entries("measurements", values, MeasurementInput)
        if not values:
            raise ValidationError("measurements", "enter at least one measurement")
        for i, item in enumerate(values):
            validation.required_text(f"measurements[{i}].code", item.code, max_length=40)
            validation.optional_text(f"measurements[{i}].unit", item.unit, max_length=20)
        with self.ctx.write() as s:
            self._check_visit(s, patient_id, measured_on, session_id, "measured_on")
            registry = load_registry(s)
            rows: list[Measurement] = []
            seen: set[str] = set()
            for i, item in enumerate(values):
                where = f"measurements[{i}]"
                if item.code == BMI.code:
                    raise ValidationError(f"{where}.code", "BMI is computed from weight and height")
                measure = registry.measure(item.code)
                if item.code in registry.retired:
                    raise ValidationError(f"{where}.code", "{name} is retired", name=measure.name)
                if item.code in seen:
                    raise ValidationError(f"{where}.code", "{name} is entered twice", name=measure.name)
                seen.add(item.code)
                value = validation.number(f"{where}.value", item.value)
                assert value is not None
                _check_plausible(f"{where}.value", measure, value)
                unit = (item.unit or measure.unit).strip()
                if unit != measure.unit:
                    raise ValidationError(
                        f"{where}.unit", "{name} is recorded in {unit}", name=measure.name, unit=measure.unit
                    )
                site = validation.optional_text(f"{where}.site", item.site, max_length=200)
                rows.append(
                    Measurement(
                        patient_id=patient_id,
                        session_id=session_id,
                        measured_on=measured_on,
                        code=item.code,
                        value=value,
                        unit=unit,
                        site=site,
                        notes=validation.optional_text(f"{where}.notes", item.notes),
                        recorded_by_id=self.ctx.actor.user_id,
                        created_at=self.ctx.now(),
                    )
                )
            s.add_all(rows)
            s.flush()
            audit.record(
                s,
                self.ctx,
                "measurement",
                rows[0].id,
                "create",
                None,
                {
                    "patient_id": patient_id,
                    "measured_on": measured_on.isoformat(),
                    "session_id": session_id,
                    "values": [audit.snapshot(r) for r in rows],
                },
            )
        return rows

    def record_assessment(self, data: AssessmentInput) -> OutcomeAssessment:
        self.ctx.require(Permission.CLINICAL_WRITE)
        v = validation
        v.instance("assessment", data, AssessmentInput)
        v.record_id("patient", data.patient_id)
        v.record_id("session", data.session_id, required=False)
        v.required_text("scale", data.scale_code, max_length=40)
        v.past_day("assessed_on", data.assessed_on, self.ctx.today())
        if not isinstance(data.scores, dict) or not all(isinstance(k, str) for k in data.scores):
            raise ValidationError("scores", "is not a valid entry")
        for i, pid in enumerate(v.entries("photos", data.photo_ids, int)):
            v.record_id(f"photos[{i}]", pid)
        if data.area:
            v.choice("area", data.area, enums.values(enums.Area))
        notes = v.optional_text("notes", data.notes)
        with self.ctx.write() as s:
            self._check_visit(s, data.patient_id, data.assessed_on, data.session_id, "assessed_on")
            registry = load_registry(s)
            scale = registry.scale(data.scale_code)
            if scale.code in registry.retired:
                raise ValidationError("scale", "{name} is retired", name=scale.name)
            scores = scale.validate_scores(data.scores)
            photo_ids = list(dict.fromkeys(data.photo_ids))
            if photo_ids:
                owners = dict(
                    s.execute(select(Photo.id, Photo.patient_id).where(Photo.id.in_(photo_ids))).all()
                )
                for pid in photo_ids:
                    if owners.get(pid) != data.patient_id:
                        raise ValidationError("photos", "photo {pid} is not a photo of this patient", pid=pid)
            row = OutcomeAssessment(
                patient_id=data.patient_id,
                session_id=data.session_id,
                assessed_on=data.assessed_on,
                scale_code=scale.code,
                scores_json=json.dumps(scores, sort_keys=True),
                total=float(sum(scores.values())),
                area=data.area or "",
                notes=notes,
                assessed_by_id=self.ctx.actor.user_id,
                created_at=self.ctx.now(),
                photos=[AssessmentPhoto(photo_id=pid) for pid in photo_ids],
            )
            s.add(row)
            s.flush()
            audit.record(
                s,
                self.ctx,
                "outcome_assessment",
                row.id,
                "create",
                None,
                audit.snapshot(row) | {"photo_ids": photo_ids},
            )
        return row

    def remove_measurement(self, measurement_id: int) -> None:
        self._remove(Measurement, measurement_id, "measurement")

    def remove_assessment(self, assessment_id: int) -> None:
        self._remove(OutcomeAssessment, assessment_id, "outcome_assessment")

    def _remove(self, model: type, record_id: int, entity: str) -> None:
        self.ctx.require(Permission.CLINICAL_WRITE)
        with self.ctx.write() as s:
            row = s.get(model, record_id)
            if row is None:
                raise NotFoundError("No {kind} with id {id}.", kind=entity.replace("_", " "), id=record_id)
            before = audit.snapshot(row)
            if model is OutcomeAssessment:
                s.execute(delete(AssessmentPhoto).where(AssessmentPhoto.assessment_id == record_id))
            s.delete(row)
            audit.record(s, self.ctx, entity, record_id, "delete", before, None)

    # -- reading ---------------------------------------------------------------------------
    def for_patient(self, patient_id: int) -> PatientOutcomes:
        """Every series of the patient with baselines and change, the sessions and the periods."""
        self.ctx.require(Permission.CLINICAL_READ)
        with self.ctx.read() as s:
            if s.get(Patient, patient_id) is None:
                raise NotFoundError("No patient with id {patient_id}.", patient_id=patient_id)
            registry = load_registry(s)
            measurements = list(
                s.scalars(
                    select(Measurement)
                    .where(Measurement.patient_id == patient_id)
                    .order_by(Measurement.measured_on, Measurement.id)
                )
            )
            assessments = list(
                s.scalars(
                    select(OutcomeAssessment)
                    .where(OutcomeAssessment.patient_id == patient_id)
                    .options(selectinload(OutcomeAssessment.photos))
                    .order_by(OutcomeAssessment.assessed_on, OutcomeAssessment.id)
                )
            )
            session_rows = s.execute(
                select(TreatmentSession.plan_id, TreatmentSession.performed_at)
                .where(
                    TreatmentSession.patient_id == patient_id,
                    TreatmentSession.status != enums.SessionStatus.VOID.value,
                    TreatmentSession.archived.is_(False),
                )
                .order_by(TreatmentSession.performed_at)
            ).all()
            plans = s.execute(
                select(TreatmentPlan.id, TreatmentPlan.name, TreatmentPlan.course_sessions).where(
                    TreatmentPlan.patient_id == patient_id
                )
            ).all()
        sessions = [(plan_id, at.astimezone().date()) for plan_id, at in session_rows]
        periods = course_periods([(p.id, p.name, p.course_sessions) for p in plans], sessions)
        starts = [p.start for p in periods if p.kind == "course"]
        return build_patient_outcomes(
            patient_id, registry, measurements, assessments, sessions, periods, starts
        )

    def photo_scores(self, photo_ids: Sequence[int]) -> dict[int, list[str]]:
        """For each photo, the assessments it documents, as short texts ("CSS 9 (moderate)")."""
        self.ctx.require(Permission.CLINICAL_READ)
        if not photo_ids:
            return {}
        with self.ctx.read() as s:
            registry = load_registry(s)
            rows = s.execute(
                select(AssessmentPhoto.photo_id, OutcomeAssessment.scale_code, OutcomeAssessment.total)
                .join(OutcomeAssessment, OutcomeAssessment.id == AssessmentPhoto.assessment_id)
                .where(AssessmentPhoto.photo_id.in_(list(photo_ids)))
                .order_by(OutcomeAssessment.id)
            ).all()
        out: dict[int, list[str]] = defaultdict(list)
        for photo_id, code, total in rows:
            scale = registry.scales.get(code)
            name = scale.name if scale else code
            band = scale.band(total) if scale else ""
            out[photo_id].append(f"{name}: {total:g}" + (f" ({band})" if band else ""))
        return dict(out)
