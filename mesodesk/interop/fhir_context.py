"""What every FHIR resource builder shares: the record being exported, ids, identifiers, narrative.

Apart from mesodesk.interop.fhir_export so that builders in other modules (fhir_care, fhir_documents, fhir_outcomes) import this
and the exporter imports them, one direction only.
"""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from mesodesk.interop import fhir_codes as fc
from mesodesk.services.exports import PatientRecord


def instant(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=UTC)
        return aware.astimezone(UTC).replace(microsecond=0).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def narrative(text: str) -> dict[str, str]:
    return {
        "status": "generated",
        "div": f'<div xmlns="http://www.w3.org/1999/xhtml"><p>{html.escape(text)}</p></div>',
    }


@dataclass
class FhirContext:
    """What a builder needs: the record, stable ids, the patient's reference, and ``add``."""

    record: PatientRecord
    namespace: uuid.UUID
    system_base: str  # the clinic's identifier-system base ('' for urn:uuid systems)
    entries: list[dict[str, Any]] = field(default_factory=list)

    @property
    def tables(self) -> dict[str, list[dict[str, Any]]]:
        return self.record.tables

    @property
    def patient(self) -> dict[str, Any]:
        return self.record.patient

    def id(self, kind: str, ident: Any) -> str:
        return str(uuid.uuid5(self.namespace, f"{kind}/{ident}"))

    def url(self, kind: str, ident: Any) -> str:
        return f"urn:uuid:{self.id(kind, ident)}"

    def ref(self, kind: str, ident: Any, display: str | None = None) -> dict[str, str]:
        out = {"reference": self.url(kind, ident)}
        if display:
            out["display"] = display
        return out

    def system(self, what: str) -> str:
        """The identifier system for ``what`` (file-number, session, lot, ...) of this clinic."""
        if self.system_base:
            return f"{self.system_base.rstrip('/')}/{what}"
        return f"urn:uuid:{uuid.uuid5(self.namespace, f'identifier-system/{what}')}"

    def identifier(self, what: str, value: Any) -> dict[str, str]:
        return {"system": self.system(what), "value": str(value)}

    @property
    def patient_ref(self) -> dict[str, str]:
        p = self.patient
        return self.ref("Patient", p["id"], f"{p['first_name']} {p['last_name']}")

    def user_ref(self, user_id: int | None) -> dict[str, str] | None:
        if user_id is None:
            return None
        users = {u["id"]: u for u in self.tables.get("users", [])}
        return self.ref("Practitioner", user_id, users.get(user_id, {}).get("full_name"))

    def add(
        self,
        kind: str,
        ident: Any,
        resource: dict[str, Any],
        *,
        summary: str,
        updated: Any = None,
    ) -> dict[str, Any]:
        body = {k: v for k, v in resource.items() if v not in (None, [], "", {})}
        out: dict[str, Any] = {"resourceType": kind, "id": self.id(kind, ident)}
        if updated is not None:
            out["meta"] = {"lastUpdated": instant(updated)}
        out["text"] = narrative(summary)
        out.update(body)
        self.entries.append({"fullUrl": self.url(kind, ident), "resource": out})
        return out


Builder = Callable[[FhirContext], None]


def group_by(rows: list[dict[str, Any]], key: str) -> dict[Any, list[dict[str, Any]]]:
    out: dict[Any, list[dict[str, Any]]] = {}
    for r in rows:
        out.setdefault(r[key], []).append(r)
    return out


# -- builders ------------------------------------------------------------------------------------


def category(code: str) -> dict[str, Any]:
    """An Observation category from HL7's observation-category system (exam, social-history, ...)."""
    return {"coding": [fc.coding("http://terminology.hl7.org/CodeSystem/observation-category", code)]}
