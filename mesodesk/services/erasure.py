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
from pathlib import Path

from sqlalchemy import ColumnElement, delete, or_, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import InstrumentedAttribute, Session

from mesodesk.db.dml import changed_rows
from mesodesk.db.engine import engine_passphrase, sqlite_path
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
    Seal,
    SessionAmendment,
    TreatmentPlan,
    TreatmentSession,
)
from mesodesk.domain.errors import DatabaseError, NotFoundError, ValidationError
from mesodesk.i18n import N_, gettext
from mesodesk.services import audit, signing
from mesodesk.services.context import Permission, ServiceContext
from mesodesk.storage import backup as backups
from mesodesk.storage import lock

log = logging.getLogger("mesodesk.erasure")


@dataclass(frozen=True)
class ErasureResult:
    patient_id: int
    file_no_hash: str
    redacted_entries: int
    #: Copies the application keeps that may still hold the patient (backups, copies set aside by restores):
    #: shown to the administrator, who must deal with them (they go as the rotation deletes them).
    leftover_copies: tuple[Path, ...] = ()


class ErasureIncompleteError(DatabaseError):
    """The records are deleted, but traces remain in the file (another program holds it open)."""


def file_no_hash(file_no: str) -> str:
    return hashlib.sha256(("mesodesk-erased:" + file_no).encode()).hexdigest()


def _ids(s: Session, column: InstrumentedAttribute[int], *where: ColumnElement[bool]) -> list[int]:
    return list(s.scalars(select(column).where(*where)))


class ErasureService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def erase_patient(self, patient_id: int, confirm_file_no: str, *, compact: bool = True) -> ErasureResult:
        """Erase a patient; ``confirm_file_no`` must be the patient's file number, typed by the administrator.

        On SQLite the clinic file must be this process's alone (another MesoDesk process would keep old
        pages alive): the erasure is refused before anything is deleted while one has it open.
        """
        self.ctx.require(Permission.ADMIN)
        db = sqlite_path(self.ctx.engine.url.render_as_string(hide_password=False))
        if db is None:
            return self._erase(patient_id, confirm_file_no, compact=compact)
        with lock.exclusive(db, "erase a patient"):
            return self._erase(patient_id, confirm_file_no, compact=compact)

    def _erase(self, patient_id: int, confirm_file_no: str, *, compact: bool) -> ErasureResult:
        with self.ctx.write() as s:
            patient = s.get(Patient, patient_id)
            if patient is None:
                raise NotFoundError("No patient with id {patient_id}.", patient_id=patient_id)
            if (confirm_file_no or "").strip() != patient.file_no:
                raise ValidationError(
                    "file_no", "does not match this patient's file number; nothing was erased"
                )
            digest = file_no_hash(patient.file_no)
            traces = (patient.first_name + patient.last_name).encode()
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
            about: list[ColumnElement[bool]] = [
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
            redacted_ids = list(
                s.scalars(select(AuditEntry.id).where(or_(*about), AuditEntry.redacted.is_(False)))
            )
            for chunk in range(0, len(redacted_ids), 500):
                s.execute(
                    update(AuditEntry)
                    .where(AuditEntry.id.in_(redacted_ids[chunk : chunk + 500]))
                    .values(before_json=None, after_json=None, redacted=True)
                    .execution_options(synchronize_session=False)
                )
            redacted = len(redacted_ids)
            seals_removed: dict[str, int] = {}
            for kind, ids in (
                (signing.SESSION, owned["session"]),
                (signing.CONSENT, owned["consent"]),
                (signing.PHOTO, owned["photo"]),
            ):
                if ids:
                    gone = changed_rows(
                        s.execute(delete(Seal).where(Seal.kind == kind, Seal.record_id.in_(ids)))
                    )
                    if gone:
                        seals_removed[kind] = gone
            if seals_removed:
                s.info["mesodesk_sealed"] = True
            audit.record(
                s,
                self.ctx,
                "patient",
                patient_id,
                "erase",
                None,
                {
                    "file_no_sha256": digest,
                    "redacted_entries": redacted,
                    "redacted_ids": redacted_ids,  # `check` accepts these redactions, and no others
                    "seals_removed": seals_removed,
                },
            )
        log.info("patient %s erased (%s audit entries redacted)", patient_id, redacted)
        if compact:
            compact_database(self.ctx.engine, traces)
        return ErasureResult(patient_id, digest, redacted, tuple(backups.leftover_copies(self.ctx.engine)))


#: How long compaction waits for another reader of the file to let go before it gives up.
CHECKPOINT_TRIES, CHECKPOINT_PAUSE_S = 20, 0.25

INCOMPLETE = N_(
    "The patient's records were deleted, but traces remain in the database file because another program is "
    "reading it ({why}). Close every other program using the clinic file, then run "
    "`mesodesk erase --compact` to finish the erasure."
)


def compact_database(engine: Engine, traces: bytes | None = None) -> None:
    """Leave no freed page, merged-away index segment or WAL frame holding erased data (SQLite).

    The WAL checkpoint's result is checked (a reader holding an old snapshot keeps frames alive): it is
    retried for a few seconds, then ErasureIncompleteError is raised. With ``traces`` (the erased name's
    bytes) the file and its WAL are searched afterwards: success is never reported with the name left.
    """
    import time

    if engine.dialect.name != "sqlite":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM patients, audit_entries, treatment_sessions, photos")  # dead tuples
        return
    engine.dispose()  # no pooled connection may hold an old snapshot of the WAL
    raw = engine.raw_connection()
    try:
        driver = raw.driver_connection  # the sqlite3 (or sqlcipher3) connection itself
        assert driver is not None  # None only once the connection is closed or invalidated
        driver.execute("PRAGMA secure_delete = ON")
        try:
            driver.execute("INSERT INTO patients_fts(patients_fts) VALUES ('optimize')")
        except Exception as exc:  # noqa: BLE001 - no search index (should not happen)
            log.warning("search index not optimised: %s", type(exc).__name__)
        try:
            driver.execute("VACUUM")
        except Exception as exc:  # noqa: BLE001 - "database is locked" while another reader is open
            raise ErasureIncompleteError(INCOMPLETE, why=gettext("the file could not be rewritten")) from exc
        # each try waits at most the pause for readers (not the engine's 10 s busy timeout: twenty
        # tries of that kept the administrator waiting over three minutes)
        driver.execute(f"PRAGMA busy_timeout = {int(CHECKPOINT_PAUSE_S * 1000)}")
        for _ in range(CHECKPOINT_TRIES):
            busy, _frames, _done = driver.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if busy == 0:
                break
            time.sleep(CHECKPOINT_PAUSE_S)
        else:
            raise ErasureIncompleteError(INCOMPLETE, why=gettext("its journal could not be emptied"))
    finally:
        raw.close()
    engine.dispose()
    db = sqlite_path(engine.url.render_as_string(hide_password=False))
    if traces and db is not None and engine_passphrase(engine) is None:
        for path in (db, Path(f"{db}-wal")):
            if path.exists() and traces in path.read_bytes():
                raise ErasureIncompleteError(
                    INCOMPLETE, why=gettext("the name is still in {file}", file=path.name)
                )
