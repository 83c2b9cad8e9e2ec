"""Reading data out for export: one patient's whole record, follow-ups for a calendar, every table.

The interop layer turns what these return into files (JSON, FHIR, iCalendar, CSV); this module
only reads (and audits the export of a patient's record). Row values are returned as Python
values (date, datetime, bytes, ...) keyed by column name, exactly as the database holds them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Result, Table, and_, or_, select
from sqlalchemy.orm import Session

from mesodesk import __version__
from mesodesk.db import models as m
from mesodesk.db.base import Base
from mesodesk.domain.errors import NotFoundError
from mesodesk.services import audit
from mesodesk.services.context import Permission, ServiceContext

Row = dict[str, Any]

#: The tables of a patient's record, in the order they are written out.
PATIENT_TABLES: tuple[str, ...] = (
    "patients",
    "medical_histories",
    "allergies",
    "consents",
    "treatment_plans",
    "treatment_sessions",
    "session_areas",
    "session_products",
    "injection_marks",
    "session_amendments",
    "reactions",
    "reaction_assessments",
    "follow_ups",
    "contact_attempts",
    "photos",
    "measurements",
    "outcome_assessments",
    "outcome_assessment_photos",
    "audit_entries",
)
#: Catalogue and staff rows the record refers to (users without their password hash).
REFERENCE_TABLES: tuple[str, ...] = (
    "consent_texts",
    "products",
    "product_lots",
    "formulas",
    "formula_ingredients",
    "protocols",
    "outcome_definitions",
    "users",
)
USER_COLUMNS: tuple[str, ...] = ("id", "username", "full_name", "role")

#: audit_entries.entity for each table of the record (what the services write).
AUDIT_ENTITIES: dict[str, tuple[str, ...]] = {
    "patients": ("patient",),
    "medical_histories": ("medical_history",),
    "allergies": ("allergy",),
    "consents": ("consent",),
    "treatment_plans": ("plan", "treatment_plan"),
    "treatment_sessions": ("session", "treatment_session"),
    "session_amendments": ("session_amendment",),
    "reactions": ("reaction",),
    "reaction_assessments": ("reaction_assessment",),
    "follow_ups": ("follow_up",),
    "contact_attempts": ("contact_attempt",),
    "photos": ("photo",),
    "measurements": ("measurement",),
    "outcome_assessments": ("outcome_assessment",),
}


@dataclass
class PatientRecord:
    """Everything the database holds about one patient, table by table."""

    patient_id: int
    exported_at: datetime
    exported_by: str
    clinic: Row
    tables: dict[str, list[Row]]  # PATIENT_TABLES and REFERENCE_TABLES, rows ordered by id
    application_version: str = __version__
    clinic_uuid: str = ""  # the clinic file's UUID (FHIR ids and identifier systems derive from it)
    identifier_system_url: str = ""  # the clinic's own identifier-system base URL, if it set one

    @property
    def patient(self) -> Row:
        return self.tables["patients"][0]

    def counts(self) -> dict[str, int]:
        return {name: len(rows) for name, rows in self.tables.items()}


@dataclass(frozen=True)
class CalendarItem:
    """A follow-up as a calendar needs it (no clinical detail)."""

    follow_up_id: int
    version: int
    patient_id: int
    file_no: str
    first_name: str
    last_name: str
    kind: str
    due_date: date
    due_at: datetime | None
    status: str
    created_at: datetime
    archived: bool = False  # the patient is archived: the event is cancelled
    in_range: bool = True  # False: published earlier, since moved out of the range


@dataclass(frozen=True)
class Publication:
    """What the last calendar export said about a follow-up."""

    sequence: int
    fingerprint: str
    cancelled: bool


def _rows(s: Session, table: Table, where: Any, columns: Iterable[str] | None = None) -> list[Row]:
    cols = [table.c[c] for c in columns] if columns else list(table.c)
    result = s.execute(select(*cols).where(where).order_by(*table.primary_key.columns))
    return [dict(r._mapping) for r in result]


def _ids(rows: list[Row], key: str = "id") -> set[int]:
    return {r[key] for r in rows if r.get(key) is not None}


class ExportService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def patient_record(self, patient_id: int, *, log_export: bool = True) -> PatientRecord:
        """The whole record (photos' bytes included); the export itself is audited."""
        self.ctx.require(Permission.CLINICAL_READ)
        t = Base.metadata.tables
        tables: dict[str, list[Row]] = {}
        with self.ctx.read() as s:
            tables["patients"] = _rows(s, t["patients"], t["patients"].c.id == patient_id)
            if not tables["patients"]:
                raise NotFoundError("No patient with id {patient_id}.", patient_id=patient_id)
            for name in (
                "medical_histories",
                "allergies",
                "consents",
                "treatment_plans",
                "treatment_sessions",
                "reactions",
                "follow_ups",
                "photos",
                "measurements",
                "outcome_assessments",
            ):
                tables[name] = _rows(s, t[name], t[name].c.patient_id == patient_id)
            assessment_ids = _ids(tables["outcome_assessments"])
            tables["outcome_assessment_photos"] = (
                _rows(
                    s,
                    t["outcome_assessment_photos"],
                    t["outcome_assessment_photos"].c.assessment_id.in_(assessment_ids),
                )
                if assessment_ids
                else []
            )
            session_ids = _ids(tables["treatment_sessions"])
            for name in ("session_areas", "session_products", "injection_marks", "session_amendments"):
                tables[name] = _rows(s, t[name], t[name].c.session_id.in_(session_ids)) if session_ids else []
            reaction_ids = _ids(tables["reactions"])
            tables["reaction_assessments"] = (
                _rows(s, t["reaction_assessments"], t["reaction_assessments"].c.reaction_id.in_(reaction_ids))
                if reaction_ids
                else []
            )
            fu_ids = _ids(tables["follow_ups"])
            tables["contact_attempts"] = (
                _rows(s, t["contact_attempts"], t["contact_attempts"].c.follow_up_id.in_(fu_ids))
                if fu_ids
                else []
            )
            ae = t["audit_entries"]
            clauses = []
            for name, entities in AUDIT_ENTITIES.items():
                ids = _ids(tables[name])
                if ids:
                    clauses.append(and_(ae.c.entity.in_(entities), ae.c.entity_id.in_(ids)))
            # rows deleted since (an allergy removed, a photo deleted) are found by their last snapshot
            all_entities = [e for names in AUDIT_ENTITIES.values() for e in names]
            clauses.append(
                and_(
                    ae.c.action == "delete",
                    ae.c.entity.in_(all_entities),
                    or_(
                        ae.c.before_json.like(f'%"patient_id":{int(patient_id)},%'),
                        ae.c.before_json.like(f'%"patient_id":{int(patient_id)}}}%'),
                    ),
                )
            )
            tables["audit_entries"] = _rows(s, ae, or_(*clauses))

            # what the record refers to
            consent_text_ids = _ids(tables["consents"], "consent_text_id")
            lot_ids = _ids(tables["session_products"], "lot_id")
            formula_ids = _ids(tables["treatment_sessions"], "formula_id")
            protocol_ids = _ids(tables["treatment_sessions"], "protocol_id") | _ids(
                tables["treatment_plans"], "protocol_id"
            )
            tables["consent_texts"] = _rows(
                s, t["consent_texts"], t["consent_texts"].c.id.in_(consent_text_ids)
            )
            tables["product_lots"] = _rows(s, t["product_lots"], t["product_lots"].c.id.in_(lot_ids))
            tables["formulas"] = _rows(s, t["formulas"], t["formulas"].c.id.in_(formula_ids))
            tables["formula_ingredients"] = _rows(
                s, t["formula_ingredients"], t["formula_ingredients"].c.formula_id.in_(formula_ids)
            )
            tables["protocols"] = _rows(s, t["protocols"], t["protocols"].c.id.in_(protocol_ids))
            outcome_codes = {r["code"] for r in tables["measurements"]} | {
                r["scale_code"] for r in tables["outcome_assessments"]
            }
            tables["outcome_definitions"] = (
                _rows(s, t["outcome_definitions"], t["outcome_definitions"].c.code.in_(outcome_codes))
                if outcome_codes
                else []
            )
            product_ids = (
                _ids(tables["session_products"], "product_id")
                | _ids(tables["product_lots"], "product_id")
                | _ids(tables["injection_marks"], "product_id")
                | _ids(tables["formula_ingredients"], "product_id")
            )
            tables["products"] = _rows(s, t["products"], t["products"].c.id.in_(product_ids))
            user_ids: set[int] = set()
            for name, keys in (
                ("treatment_sessions", ("practitioner_id", "signed_off_by_id")),
                ("consents", ("practitioner_id",)),
                ("session_amendments", ("amended_by_id",)),
                ("medical_histories", ("reviewed_by_id",)),
                ("contact_attempts", ("user_id",)),
                ("audit_entries", ("user_id",)),
                ("measurements", ("recorded_by_id",)),
                ("outcome_assessments", ("assessed_by_id",)),
            ):
                for key in keys:
                    user_ids |= _ids(tables[name], key)
            tables["users"] = _rows(s, t["users"], t["users"].c.id.in_(user_ids), USER_COLUMNS)
            settings = s.get(m.ClinicSettings, 1)
            clinic = (
                {
                    "name": settings.name,
                    "address": settings.address,
                    "phone": settings.phone,
                    "email": settings.email,
                }
                if settings
                else {"name": "", "address": "", "phone": "", "email": ""}
            )
            system_url = settings.identifier_system_url if settings else ""
        if log_export:
            with self.ctx.write() as s:
                audit.record(s, self.ctx, "patient", patient_id, "export_record")
        ordered = {name: tables[name] for name in PATIENT_TABLES + REFERENCE_TABLES}
        return PatientRecord(
            patient_id,
            self.ctx.now(),
            self.ctx.actor.username,
            clinic,
            ordered,
            clinic_uuid=self.clinic_uuid(),
            identifier_system_url=system_url,
        )

    def patient_id_for_file_no(self, file_no: str) -> int:
        with self.ctx.read() as s:
            pid = s.scalar(select(m.Patient.id).where(m.Patient.file_no == file_no))
        if pid is None:
            raise NotFoundError("No patient with file number {file_no}.", file_no=file_no)
        return pid

    def calendar_items(self, start: date, end: date, *, include_done: bool = True) -> list[CalendarItem]:
        """Follow-ups due from start to end inclusive (done and cancelled ones too, so calendars drop
        them), those of archived patients (to be cancelled), and those an earlier export published
        that have since moved out of the range (published again at their new date)."""
        self.ctx.require(Permission.FOLLOWUPS)
        fu, p, pub = m.FollowUp, m.Patient, m.CalendarPublication
        in_range = and_(fu.due_date >= start, fu.due_date <= end)
        q = (
            select(
                fu.id,
                fu.version,
                fu.patient_id,
                p.file_no,
                p.first_name,
                p.last_name,
                fu.kind,
                fu.due_date,
                fu.due_at,
                fu.status,
                fu.created_at,
                p.archived,
                in_range,
            )
            .join(p, p.id == fu.patient_id)
            .where(
                or_(
                    in_range,
                    fu.id.in_(select(pub.follow_up_id).where(pub.cancelled.is_(False))),
                )
            )
            .order_by(fu.due_date, fu.id)
        )
        if not include_done:
            q = q.where(fu.status == "open")
        with self.ctx.read() as s:
            return [
                CalendarItem(
                    fid,
                    version,
                    pid,
                    file_no,
                    first,
                    last,
                    kind,
                    due,
                    due_at,
                    status,
                    made,
                    archived,
                    in_range=bool(within),
                )
                for fid, version, pid, file_no, first, last, kind, due, due_at, status, made, archived, within in s.execute(
                    q
                )
            ]

    def clinic_uuid(self) -> str:
        """The clinic file's UUID (made once, by the migration; made here if a row is missing)."""
        import uuid as _uuid

        with self.ctx.read() as s:
            found = s.scalar(select(m.ClinicIdentity.clinic_uuid).where(m.ClinicIdentity.id == 1))
        if found:
            return found
        with self.ctx.write() as s:
            row = s.get(m.ClinicIdentity, 1)
            if row is None:
                row = m.ClinicIdentity(id=1, clinic_uuid=str(_uuid.uuid4()), created_at=self.ctx.now())
                s.add(row)
                s.flush()
                audit.record(s, self.ctx, "clinic_identity", 1, "create", None, audit.snapshot(row))
            return row.clinic_uuid

    def publications(self, follow_up_ids: Iterable[int]) -> dict[int, Publication]:
        ids = sorted(set(follow_up_ids))
        out: dict[int, Publication] = {}
        pub = m.CalendarPublication
        with self.ctx.read() as s:
            for i in range(0, len(ids), 500):
                for row in s.execute(
                    select(pub.follow_up_id, pub.sequence, pub.fingerprint, pub.cancelled).where(
                        pub.follow_up_id.in_(ids[i : i + 500])
                    )
                ):
                    out[row[0]] = Publication(row[1], row[2], row[3])
        return out

    def record_publications(self, published: dict[int, Publication]) -> None:
        """Remember what a calendar export said (one transaction, one audit entry for the export)."""
        self.ctx.require(Permission.FOLLOWUPS)
        if not published:
            return
        pub = m.CalendarPublication
        now = self.ctx.now()
        with self.ctx.write() as s:
            existing = {
                r.follow_up_id: r
                for r in s.scalars(select(pub).where(pub.follow_up_id.in_(sorted(published))))
            }
            changed = 0
            for fid, p in published.items():
                row = existing.get(fid)
                if row is None:
                    s.add(
                        pub(
                            follow_up_id=fid,
                            sequence=p.sequence,
                            fingerprint=p.fingerprint,
                            cancelled=p.cancelled,
                            published_at=now,
                        )
                    )
                    changed += 1
                elif (row.sequence, row.fingerprint, row.cancelled) != (
                    p.sequence,
                    p.fingerprint,
                    p.cancelled,
                ):
                    row.sequence, row.fingerprint, row.cancelled = p.sequence, p.fingerprint, p.cancelled
                    row.published_at = now
                    changed += 1
            if changed:
                s.flush()
                audit.record(
                    s,
                    self.ctx,
                    "calendar",
                    None,
                    "publish",
                    None,
                    {"events": len(published), "changed": changed},
                )

    def clinic_settings(self) -> Row:
        with self.ctx.read() as s:
            settings = s.get(m.ClinicSettings, 1)
            return {"name": settings.name if settings else "My clinic"}

    def dump_tables(
        self, sink: Callable[[str, list[str], Iterator[tuple]], None], *, batch: int = 2000
    ) -> list[str]:
        """Hand every table (columns, then rows streamed in id order) to ``sink``; administrators only.

        Everything is read in one transaction, so the tables agree with each other.
        """
        self.ctx.require(Permission.ADMIN)
        names = []
        with self.ctx.read() as s:
            for table in Base.metadata.sorted_tables:
                columns = [c.name for c in table.c]
                order = list(table.primary_key.columns) or list(table.c)
                result = s.execute(select(table).order_by(*order), execution_options={"yield_per": batch})

                def rows(result: Result[Any] = result) -> Iterator[tuple[Any, ...]]:
                    for row in result:
                        yield tuple(row)

                sink(table.name, columns, rows())
                names.append(table.name)
        return names
