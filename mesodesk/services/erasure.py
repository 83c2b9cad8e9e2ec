"""Erasing a patient completely (the right to erasure): an explicit, audited administrator action.

Everything about the patient goes: the record and what cascades from it (history, allergies,
consents, sessions with their areas/products/marks/amendments, reactions, plans, follow-ups,
photos), the search-index entry, and the before/after of every audit entry about them (the
entries stay, redacted, so the hash chain still verifies). On SQLite the freed pages are
overwritten (secure_delete), the search index is merged, the WAL is checkpointed and truncated
and the file is vacuumed, so the name survives nowhere in the database file.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from mesodesk.db.models import (
    Allergy,
    AuditEntry,
    Consent,
    ContactAttempt,
    FollowUp,
    MedicalHistory,
    Patient,
    Photo,
    Reaction,
    ReactionAssessment,
    SessionAmendment,
    TreatmentPlan,
    TreatmentSession,
)
from mesodesk.domain.errors import NotFoundError, ValidationError
from mesodesk.services import audit
from mesodesk.services.context import Permission, ServiceContext

log = logging.getLogger("mesodesk.erasure")


@dataclass(frozen=True)
class ErasureResult:
    patient_id: int
    file_no_hash: str
    redacted_entries: int


def file_no_hash(file_no: str) -> str:
    return hashlib.sha256(("mesodesk-erased:" + file_no).encode()).hexdigest()


def _ids(s: Session, column, *where) -> list[int]:  # type: ignore[no-untyped-def]
    return list(s.scalars(select(column).where(*where)))


class ErasureService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def erase_patient(self, patient_id: int, confirm_file_no: str, *, compact: bool = True) -> ErasureResult:
        """Erase a patient; ``confirm_file_no`` must be the patient's file number, typed by the administrator."""
        self.ctx.require(Permission.ADMIN)
        with self.ctx.write() as s:
            patient = s.get(Patient, patient_id)
            if patient is None:
                raise NotFoundError("No patient with id {patient_id}.", patient_id=patient_id)
            if (confirm_file_no or "").strip() != patient.file_no:
                raise ValidationError(
                    "file_no", "does not match this patient's file number; nothing was erased"
                )
            digest = file_no_hash(patient.file_no)
            session_ids = _ids(s, TreatmentSession.id, TreatmentSession.patient_id == patient_id)
            reaction_ids = _ids(s, Reaction.id, Reaction.patient_id == patient_id)
            follow_up_ids = _ids(s, FollowUp.id, FollowUp.patient_id == patient_id)
            owned: dict[str, list[int]] = {
                "patient": [patient_id],
                "medical_history": _ids(s, MedicalHistory.id, MedicalHistory.patient_id == patient_id),
                "allergy": _ids(s, Allergy.id, Allergy.patient_id == patient_id),
                "consent": _ids(s, Consent.id, Consent.patient_id == patient_id),
                "session": session_ids,
                "session_amendment": _ids(
                    s, SessionAmendment.id, SessionAmendment.session_id.in_(session_ids)
                )
                if session_ids
                else [],
                "reaction": reaction_ids,
                "reaction_assessment": _ids(
                    s, ReactionAssessment.id, ReactionAssessment.reaction_id.in_(reaction_ids)
                )
                if reaction_ids
                else [],
                "plan": _ids(s, TreatmentPlan.id, TreatmentPlan.patient_id == patient_id),
                "follow_up": follow_up_ids,
                "contact_attempt": _ids(s, ContactAttempt.id, ContactAttempt.follow_up_id.in_(follow_up_ids))
                if follow_up_ids
                else [],
                "photo": _ids(s, Photo.id, Photo.patient_id == patient_id),
            }
            owned["treatment_session"] = owned["session"]  # other names a service may use for the same rows
            owned["treatment_plan"] = owned["plan"]
            # The database cascades the children (ON DELETE CASCADE) and its trigger drops the search entry.
            s.execute(Patient.__table__.delete().where(Patient.__table__.c.id == patient_id))
            about = [
                (AuditEntry.entity == entity) & AuditEntry.entity_id.in_(ids)
                for entity, ids in owned.items()
                if ids
            ]
            # Any other entry whose payload names the patient (e.g. an entity added later).
            needle = f'"patient_id":{patient_id}'
            about += [
                AuditEntry.before_json.like(f"%{needle},%"),
                AuditEntry.before_json.like(f"%{needle}}}%"),
                AuditEntry.after_json.like(f"%{needle},%"),
                AuditEntry.after_json.like(f"%{needle}}}%"),
            ]
            result = s.execute(
                update(AuditEntry)
                .where(or_(*about), AuditEntry.redacted.is_(False))
                .values(before_json=None, after_json=None, redacted=True)
                .execution_options(synchronize_session=False)
            )
            redacted = result.rowcount or 0
            audit.record(
                s,
                self.ctx,
                "patient",
                patient_id,
                "erase",
                None,
                {"file_no_sha256": digest, "redacted_entries": redacted},
            )
        log.info("patient %s erased (%s audit entries redacted)", patient_id, redacted)
        if compact:
            compact_database(self.ctx.engine)
        return ErasureResult(patient_id, digest, redacted)


def compact_database(engine) -> None:  # type: ignore[no-untyped-def]
    """Leave no freed page, merged-away index segment or WAL frame holding erased data (SQLite)."""
    if engine.dialect.name != "sqlite":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM patients, audit_entries, treatment_sessions, photos")  # dead tuples
        return
    engine.dispose()  # no pooled connection may hold an old snapshot of the WAL
    raw = engine.raw_connection()
    try:
        conn = raw.driver_connection
        conn.execute("PRAGMA secure_delete = ON")
        try:
            conn.execute("INSERT INTO patients_fts(patients_fts) VALUES ('optimize')")
        except Exception as exc:  # noqa: BLE001 - no search index (should not happen)
            log.warning("search index not optimised: %s", exc)
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()
    engine.dispose()
