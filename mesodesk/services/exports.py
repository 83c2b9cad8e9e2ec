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

from sqlalchemy import Table, and_, or_, select
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


def _rows(s: Session, table: Table, where: Any, columns: Iterable[str] | None = None) -> list[Row]:
    cols = [table.c[c] for c in columns] if columns else list(table.c)
    result = s.execute(select(*cols).where(where).order_by(table.c.id))
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
                raise NotFoundError(f"No patient with id {patient_id}.")
            for name in (
                "medical_histories",
                "allergies",
                "consents",
                "treatment_plans",
                "treatment_sessions",
                "reactions",
                "follow_ups",
                "photos",
            ):
                tables[name] = _rows(s, t[name], t[name].c.patient_id == patient_id)
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
            entities = [e for names in AUDIT_ENTITIES.values() for e in names]
            clauses.append(
                and_(
                    ae.c.action == "delete",
                    ae.c.entity.in_(entities),
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
        if log_export:
            with self.ctx.write() as s:
                audit.record(s, self.ctx, "patient", patient_id, "export_record")
        ordered = {name: tables[name] for name in PATIENT_TABLES + REFERENCE_TABLES}
        return PatientRecord(patient_id, self.ctx.now(), self.ctx.actor.username, clinic, ordered)

    def patient_id_for_file_no(self, file_no: str) -> int:
        with self.ctx.read() as s:
            pid = s.scalar(select(m.Patient.id).where(m.Patient.file_no == file_no))
        if pid is None:
            raise NotFoundError(f"No patient with file number {file_no}.")
        return pid

    def calendar_items(self, start: date, end: date, *, include_done: bool = True) -> list[CalendarItem]:
        """Follow-ups due from start to end inclusive (cancelled ones too, so calendars drop them)."""
        self.ctx.require(Permission.FOLLOWUPS)
        fu, p = m.FollowUp, m.Patient
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
            )
            .join(p, p.id == fu.patient_id)
            .where(fu.due_date >= start, fu.due_date <= end, p.archived.is_(False))
            .order_by(fu.due_date, fu.id)
        )
        if not include_done:
            q = q.where(fu.status == "open")
        with self.ctx.read() as s:
            return [CalendarItem(*row) for row in s.execute(q)]

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

                def rows(result=result) -> Iterator[tuple]:  # type: ignore[no-untyped-def]
                    for row in result:
                        yield tuple(row)

                sink(table.name, columns, rows())
                names.append(table.name)
        return names
