"""Patients: register, update, archive and restore, medical history, allergies, search, chart."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mesodesk.db.models import (
    Allergy,
    ClinicSettings,
    MedicalHistory,
    Patient,
    TreatmentSession,
)
from mesodesk.domain import enums
from mesodesk.domain.enums import values
from mesodesk.domain.errors import ConflictError, NotFoundError, ValidationError
from mesodesk.domain.rules import FITZPATRICK_TYPES, digits, format_file_no
from mesodesk.i18n import LANGUAGES
from mesodesk.services import audit, validation
from mesodesk.services.context import Permission, ServiceContext
from mesodesk.services.duplicates import (
    DuplicateMatch,
    PossibleDuplicateError,
    likely_duplicates,
    move_records,
)
from mesodesk.services.patient_chart import PatientChart, alerts_for, merged_from_rows, read_chart
from mesodesk.services.patient_search import SearchHit, build_search_text, search_patients, search_text_for
from mesodesk.services.risks import RISK_LABELS

__all__ = [
    "DuplicateMatch",
    "PossibleDuplicateError",
    "PatientChart",
    "SearchHit",
    "alerts_for",
    "build_search_text",
    "search_patients",
    "search_text_for",
]


@dataclass
class PatientInput:
    first_name: str
    last_name: str
    date_of_birth: date | None
    sex: str = enums.Sex.UNKNOWN.value
    file_no: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    fitzpatrick: int | None = None
    contraindications: str = ""
    notes: str = ""
    #: Language of the documents handed to the patient (mesodesk.i18n.LANGUAGES); None: the clinic's.
    preferred_language: str | None = None


@dataclass
class HistoryInput:
    anticoagulants: bool = False
    nsaids: bool = False
    supplements: bool = False
    pregnant_or_breastfeeding: bool = False
    autoimmune_disease: bool = False
    keloid_tendency: bool = False
    active_skin_infection: bool = False
    medications: str = ""
    other: str = ""


#: Free text on the patient row that is clinical, hidden from roles without clinical access.
CLINICAL_PATIENT_FIELDS = ("notes", "contraindications")

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE_RE = re.compile(r"^[0-9+()./\s-]*$")


def _clean(data: PatientInput, today: date) -> PatientInput:
    v = validation
    v.instance("patient", data, PatientInput)
    cleaned = PatientInput(
        first_name=v.required_text("first_name", data.first_name),
        last_name=v.required_text("last_name", data.last_name),
        date_of_birth=v.birth_date("date_of_birth", data.date_of_birth, today),
        sex=v.choice("sex", data.sex or "U", values(enums.Sex)),
        file_no=v.optional_text("file_no", data.file_no, max_length=40),
        phone=v.optional_text("phone", data.phone, max_length=50),
        email=v.optional_text("email", data.email, max_length=200),
        address=v.optional_text("address", data.address, max_length=1000),
        fitzpatrick=_fitzpatrick(data.fitzpatrick),
        contraindications=v.optional_text("contraindications", data.contraindications),
        notes=v.optional_text("notes", data.notes),
        preferred_language=_language(data.preferred_language),
    )
    if cleaned.email and not EMAIL_RE.match(cleaned.email):
        raise ValidationError("email", "is not an e-mail address")
    if cleaned.phone and not PHONE_RE.match(cleaned.phone):
        raise ValidationError("phone", "may hold only digits, spaces and + ( ) . / -")
    return cleaned


def _fitzpatrick(value: object) -> int | None:
    """A skin type I to VI as a whole number (2.5, True or "3" refused)."""
    low, high = FITZPATRICK_TYPES
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError("fitzpatrick", "must be a skin type from I to VI")
    return value


def _language(value: object) -> str | None:
    if value is None:
        return None
    code = validation.optional_text("preferred_language", value, max_length=10).lower()
    if not code:
        return None
    return validation.choice("preferred_language", code, list(LANGUAGES))


def _apply(p: Patient, data: PatientInput) -> None:
    for f in fields(PatientInput):
        if f.name == "file_no" and not data.file_no:
            continue
        setattr(p, f.name, getattr(data, f.name))
    p.phone_digits = digits(p.phone)
    p.search_text = build_search_text(p)


#: save_history without a version check (scripts, imports); an editor passes the version it loaded.
UNCHECKED: object = object()


def _next_file_no(session: Session) -> str:
    """The next file number: above the highest in use and above every one ever given (an erased patient's
    number is never given again; the counter is kept in id_counters)."""
    from mesodesk.db.ids import next_counter

    prefix = session.scalar(select(ClinicSettings.file_no_prefix).where(ClinicSettings.id == 1)) or "MD-"
    highest = session.scalar(select(func.max(Patient.file_no)).where(Patient.file_no.like(f"{prefix}%")))
    number = 0
    if highest:
        tail = highest[len(prefix) :]
        number = int(tail) if tail.isdigit() else session.execute(select(func.count(Patient.id))).scalar_one()
    given = next_counter(session.connection(), "file_no", number)
    return format_file_no(given if given is not None else number + 1, prefix)


#: The identity fields whose change re-runs the duplicate check on an edit.
IDENTITY_FIELDS = ("first_name", "last_name", "date_of_birth", "phone", "email")


class PatientService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- duplicates ----------------------------------------------------------
    def find_duplicates(self, data: PatientInput, *, exclude_id: int | None = None) -> list[DuplicateMatch]:
        """Likely matches on file for what is being typed, each with its alerts (for clinical roles)."""
        self.ctx.require(Permission.DEMOGRAPHICS)
        with self.ctx.read() as s:
            return self._duplicates(s, data, exclude_id)

    def _duplicates(self, s: Session, data: PatientInput, exclude_id: int | None) -> list[DuplicateMatch]:
        return likely_duplicates(
            s,
            first_name=data.first_name,
            last_name=data.last_name,
            date_of_birth=data.date_of_birth,
            phone=data.phone,
            email=data.email,
            exclude_id=exclude_id,
            with_alerts=self.ctx.can(Permission.CLINICAL_READ),
        )

    def _duplicate_gate(
        self, s: Session, data: PatientInput, exclude_id: int | None, reason: str | None
    ) -> dict:
        """Refuse a likely duplicate unless a reason is given; returns what the audit entry keeps."""
        matches = self._duplicates(s, data, exclude_id)
        if not matches:
            return {}
        reason = validation.optional_text("duplicate_reason", reason, max_length=2000)
        if not reason:
            raise PossibleDuplicateError(matches)
        return {"duplicate_reason": reason, "possible_duplicates": [m.patient_id for m in matches]}

    def _refuse_clinical_text(self, data: PatientInput) -> None:
        """A role without clinical access cannot write clinical free text: refused with a message, never
        dropped in silence (issue 12, item 6)."""
        if self.ctx.can(Permission.CLINICAL_WRITE):
            return
        typed = [name for name in CLINICAL_PATIENT_FIELDS if (getattr(data, name) or "").strip()]
        if typed:
            raise ValidationError(
                typed[0],
                "your role ({role}) cannot record clinical notes; nothing was saved. Ask a practitioner to record it.",
                role=self.ctx.actor.role,
            )

    # -- writes --------------------------------------------------------------
    def create(self, data: PatientInput, *, duplicate_reason: str | None = None) -> Patient:
        """Register a patient. A likely duplicate raises PossibleDuplicateError (with the matches) unless
        ``duplicate_reason`` says why a new record is right; the reason goes into the audit trail."""
        self.ctx.require(Permission.DEMOGRAPHICS)
        cleaned = _clean(data, self.ctx.today())
        self._refuse_clinical_text(cleaned)
        with self.ctx.write() as s:
            if cleaned.file_no and s.scalar(select(Patient.id).where(Patient.file_no == cleaned.file_no)):
                raise ValidationError(
                    "file_no", "{file_no} is already used by another patient", file_no=cleaned.file_no
                )
            extra = self._duplicate_gate(s, cleaned, None, duplicate_reason)
            patient = Patient(
                file_no=cleaned.file_no or _next_file_no(s),
                created_at=self.ctx.now(),
                updated_at=self.ctx.now(),
            )
            _apply(patient, cleaned)
            s.add(patient)
            s.flush()
            audit.record(s, self.ctx, "patient", patient.id, "create", None, audit.snapshot(patient) | extra)
        return patient

    def update(
        self,
        patient_id: int,
        data: PatientInput,
        expected_version: int,
        *,
        duplicate_reason: str | None = None,
    ) -> Patient:
        self.ctx.require(Permission.DEMOGRAPHICS)
        validation.record_id("patient_id", patient_id)
        cleaned = _clean(data, self.ctx.today())
        self._refuse_clinical_text(cleaned)
        with self.ctx.write() as s:
            patient = self._locked(s, patient_id, expected_version)
            extra: dict = {}
            if any(getattr(cleaned, f) != getattr(patient, f) for f in IDENTITY_FIELDS):
                extra = self._duplicate_gate(s, cleaned, patient_id, duplicate_reason)
            if (
                cleaned.file_no
                and cleaned.file_no != patient.file_no
                and s.scalar(select(Patient.id).where(Patient.file_no == cleaned.file_no))
            ):
                raise ValidationError(
                    "file_no", "{file_no} is already used by another patient", file_no=cleaned.file_no
                )
            first_session = s.scalar(
                select(func.min(TreatmentSession.performed_at)).where(
                    TreatmentSession.patient_id == patient_id
                )
            )
            if first_session and cleaned.date_of_birth and first_session.date() < cleaned.date_of_birth:
                raise ValidationError("date_of_birth", "is after the patient's first recorded session")
            if not self.ctx.can(Permission.CLINICAL_READ):  # fields this user never saw are kept as stored
                for name in CLINICAL_PATIENT_FIELDS:
                    setattr(cleaned, name, getattr(patient, name))
            before = audit.snapshot(patient)
            _apply(patient, cleaned)
            patient.updated_at = self.ctx.now()
            s.flush()
            audit.record(
                s, self.ctx, "patient", patient.id, "update", before, audit.snapshot(patient) | extra
            )
        return self._visible(patient)

    def merge(self, keep_id: int, merged_id: int, reason: str) -> Patient:
        """Administrator: move every session, consent, photo, allergy, reaction, plan and follow-up of
        ``merged_id`` onto ``keep_id``; the merged record is archived (never deleted) and points at the
        kept one, which shows "merged from" in its chart and summary."""
        self.ctx.require(Permission.ADMIN)
        reason = validation.required_text("reason", reason, max_length=2000)
        validation.record_id("keep_id", keep_id)
        validation.record_id("merged_id", merged_id)
        if keep_id == merged_id:
            raise ValidationError("merged_id", "a record cannot be merged into itself")
        with self.ctx.write() as s:
            keep = self._get(s, keep_id)
            merged = self._get(s, merged_id)
            if merged.merged_into_id is not None:
                raise ValidationError(
                    "merged_id", "{file_no} was already merged into another record", file_no=merged.file_no
                )
            if keep.merged_into_id is not None:
                raise ValidationError(
                    "keep_id", "{file_no} was merged into another record", file_no=keep.file_no
                )
            keep_before, merged_before = audit.snapshot(keep), audit.snapshot(merged)
            moved = move_records(s, merged_id, keep_id)
            kept_history = s.scalar(select(MedicalHistory).where(MedicalHistory.patient_id == keep_id))
            merged_history = s.scalar(select(MedicalHistory).where(MedicalHistory.patient_id == merged_id))
            if merged_history is not None and kept_history is None:
                merged_history.patient_id = keep_id
                moved["medical_histories"] = 1
            elif merged_history is not None and kept_history is not None:
                for key in RISK_LABELS:  # a risk on either record stays a risk
                    if getattr(merged_history, key):
                        setattr(kept_history, key, True)
                for key in ("medications", "other"):
                    extra_text = getattr(merged_history, key)
                    if extra_text and extra_text not in getattr(kept_history, key):
                        setattr(kept_history, key, f"{getattr(kept_history, key)}\n{extra_text}".strip())
            for key in ("contraindications", "notes"):
                extra_text = getattr(merged, key)
                if extra_text and extra_text not in getattr(keep, key):
                    setattr(keep, key, f"{getattr(keep, key)}\n[{merged.file_no}] {extra_text}".strip())
            for key in ("phone", "email", "address"):
                if not getattr(keep, key) and getattr(merged, key):
                    setattr(keep, key, getattr(merged, key))
            if keep.fitzpatrick is None:
                keep.fitzpatrick = merged.fitzpatrick
            keep.phone_digits = digits(keep.phone)
            keep.search_text = build_search_text(keep)
            keep.updated_at = merged.updated_at = self.ctx.now()
            merged.merged_into_id = keep_id
            merged.archived = True
            merged.archived_at = self.ctx.now()
            s.flush()
            audit.record(
                s,
                self.ctx,
                "patient",
                merged_id,
                "merge",
                merged_before,
                audit.snapshot(merged) | {"merged_into": keep.file_no, "reason": reason, "moved": moved},
            )
            audit.record(
                s,
                self.ctx,
                "patient",
                keep_id,
                "merge_into",
                keep_before,
                audit.snapshot(keep) | {"merged_from": merged.file_no, "reason": reason, "moved": moved},
            )
        return keep

    def merged_from(self, patient_id: int) -> list[tuple[int, str, str]]:
        """The records merged into this one: (id, file number, name)."""
        with self.ctx.read() as s:
            return merged_from_rows(s, patient_id)

    def set_archived(self, patient_id: int, archived: bool, expected_version: int | None = None) -> Patient:
        self.ctx.require(Permission.DEMOGRAPHICS)
        validation.record_id("patient_id", patient_id)
        validation.flag("archived", archived)
        with self.ctx.write() as s:
            patient = self._locked(s, patient_id, expected_version)
            before = audit.snapshot(patient)
            patient.archived = archived
            patient.archived_at = self.ctx.now() if archived else None
            patient.updated_at = self.ctx.now()
            s.flush()
            audit.record(
                s,
                self.ctx,
                "patient",
                patient.id,
                "archive" if archived else "restore",
                before,
                audit.snapshot(patient),
            )
        return patient

    def archive(self, patient_id: int, expected_version: int | None = None) -> Patient:
        return self.set_archived(patient_id, True, expected_version)

    def restore(self, patient_id: int, expected_version: int | None = None) -> Patient:
        return self.set_archived(patient_id, False, expected_version)

    def save_history(
        self,
        patient_id: int,
        data: HistoryInput,
        *,
        reviewed: bool = True,
        expected_version: int | None | object = UNCHECKED,
    ) -> MedicalHistory:
        """Save the medical history; ``reviewed`` stamps today's review by the current user.

        ``expected_version`` is the version the editor loaded, or None when it loaded no history at all
        (then a history saved meanwhile by someone else is a conflict, not silently overwritten).
        """
        self.ctx.require(Permission.CLINICAL_WRITE)
        validation.record_id("patient_id", patient_id)
        validation.instance("history", data, HistoryInput)
        flags = {
            f.name: validation.flag(f.name, getattr(data, f.name))
            for f in fields(HistoryInput)
            if f.type == "bool"
        }
        medications = validation.optional_text("medications", data.medications)
        other = validation.optional_text("other", data.other)
        reviewed = validation.flag("reviewed", reviewed)
        with self.ctx.write() as s:
            self._get(s, patient_id)
            history = s.scalar(select(MedicalHistory).where(MedicalHistory.patient_id == patient_id))
            before = audit.snapshot(history) if history else None
            if history is None:
                history = MedicalHistory(patient_id=patient_id)
                s.add(history)
            elif expected_version is not UNCHECKED and history.version != expected_version:
                raise ConflictError(
                    "The medical history was changed by someone else. Reload it and try again."
                )
            for name, value in flags.items():
                setattr(history, name, value)
            history.medications, history.other = medications, other
            if reviewed:
                history.reviewed_at = self.ctx.now()
                history.reviewed_by_id = self.ctx.actor.user_id
            s.flush()
            audit.record(
                s,
                self.ctx,
                "medical_history",
                history.id,
                "review" if reviewed else "update",
                before,
                audit.snapshot(history),
            )
        return history

    def add_allergy(
        self,
        patient_id: int,
        substance: str,
        reaction: str = "",
        severity: str = enums.Severity.MODERATE.value,
        source_reaction_id: int | None = None,
    ) -> Allergy:
        self.ctx.require(Permission.CLINICAL_WRITE)
        validation.record_id("patient_id", patient_id)
        validation.record_id("source_reaction_id", source_reaction_id, required=False)
        allergy = Allergy(
            patient_id=patient_id,
            substance=validation.required_text("substance", substance, max_length=200),
            reaction=validation.optional_text("reaction", reaction),
            severity=validation.choice("severity", severity, values(enums.Severity)),
            source_reaction_id=source_reaction_id,
            created_at=self.ctx.now(),
        )
        with self.ctx.write() as s:
            self._get(s, patient_id)
            s.add(allergy)
            s.flush()
            audit.record(s, self.ctx, "allergy", allergy.id, "create", None, audit.snapshot(allergy))
        return allergy

    def remove_allergy(self, allergy_id: int) -> None:
        self.ctx.require(Permission.CLINICAL_WRITE)
        validation.record_id("allergy_id", allergy_id)
        with self.ctx.write() as s:
            allergy = s.get(Allergy, allergy_id)
            if allergy is None:
                raise NotFoundError("No allergy with id {allergy_id}.", allergy_id=allergy_id)
            before = audit.snapshot(allergy)
            s.delete(allergy)
            audit.record(s, self.ctx, "allergy", allergy_id, "delete", before, None)

    # -- reads ---------------------------------------------------------------
    def get(self, patient_id: int) -> Patient:
        with self.ctx.read() as s:
            patient = self._get(s, patient_id)
        return self._visible(patient)

    def by_file_no(self, file_no: str) -> Patient:
        with self.ctx.read() as s:
            patient = s.scalar(select(Patient).where(Patient.file_no == file_no))
            if patient is None:
                raise NotFoundError("No patient with file number {file_no}.", file_no=file_no)
        return self._visible(patient)

    def _visible(self, patient: Patient) -> Patient:
        """The patient as this user may see it: without clinical free text for a role without clinical access.

        Called on the detached object after its session closed, so nothing here reaches the database.
        """
        if not self.ctx.can(Permission.CLINICAL_READ):
            for name in CLINICAL_PATIENT_FIELDS:
                setattr(patient, name, "")
        return patient

    def count(self, include_archived: bool = False) -> int:
        with self.ctx.read() as s:
            q = select(func.count(Patient.id))
            if not include_archived:
                q = q.where(Patient.archived.is_(False))
            return s.scalar(q) or 0

    def search(self, query: str, *, limit: int = 200, include_archived: bool = False) -> list[SearchHit]:
        """Name prefixes (case/accent-insensitive), file number, phone digits or a date of birth."""
        with self.ctx.read() as s:
            return search_patients(s, query, limit=limit, include_archived=include_archived)

    def chart(self, patient_id: int, *, log_view: bool = True) -> PatientChart:
        self.ctx.require(Permission.DEMOGRAPHICS)
        clinical = self.ctx.can(Permission.CLINICAL_READ)
        with self.ctx.read() as s:
            chart = read_chart(s, self._get(s, patient_id), clinical=clinical)
        if log_view:
            with self.ctx.write() as s:
                audit.record(s, self.ctx, "patient", patient_id, "view")
        chart.patient = self._visible(chart.patient)
        return chart

    # -- helpers -------------------------------------------------------------
    def _get(self, s: Session, patient_id: int) -> Patient:
        validation.record_id("patient_id", patient_id)
        patient = s.get(Patient, patient_id)
        if patient is None:
            raise NotFoundError("No patient with id {patient_id}.", patient_id=patient_id)
        return patient

    def _locked(self, s: Session, patient_id: int, expected_version: int | None) -> Patient:
        patient = self._get(s, patient_id)
        if expected_version is not None and patient.version != expected_version:
            raise ConflictError(
                "{first_name} {last_name}'s record was changed by someone else since you opened it. Reload it and make your change again.",
                first_name=patient.first_name,
                last_name=patient.last_name,
            )
        return patient
