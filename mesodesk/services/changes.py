"""What a write changed, announced after its transaction commits (plain Python: no Qt).

Every write goes through ``ServiceContext.write()``; while it runs, the rows the session flushes are noted
(their table, their patient) together with the audit entries it records (entity, id, action). After the
commit the context publishes one ``ChangeSet`` on its ``ChangeBus``; a rolled-back write publishes nothing.
No service has to remember to announce anything, so no write can forget.

The GUI bridges the bus to one Qt signal (mesodesk/gui/changes.py) and every view decides from the
ChangeSet whether it shows what changed.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mesodesk.db.models import AuditEntry

log = logging.getLogger("mesodesk.services.changes")

#: The key under which a write session collects its changes (``Session.info``).
COLLECTOR_KEY = "mesodesk.changes"


@dataclass(frozen=True)
class EntityChange:
    """One audit entry of the write: what the user did, to which record."""

    entity: str
    entity_id: int | None
    action: str


@dataclass(frozen=True)
class ChangeSet:
    """Everything one committed write changed."""

    entities: tuple[EntityChange, ...] = ()
    #: Tables with a row inserted, updated or deleted ("patients", "allergies", "treatment_sessions", …).
    tables: frozenset[str] = frozenset()
    #: The patients whose record changed (a row of theirs, or an audit entry about them).
    patient_ids: frozenset[int] = frozenset()

    def touches(self, *tables: str) -> bool:
        """Whether any of these tables changed."""
        return not self.tables.isdisjoint(tables)

    def touches_patient(self, patient_id: int | None) -> bool:
        return patient_id is not None and patient_id in self.patient_ids

    def has_entity(self, *entities: str) -> bool:
        return any(e.entity in entities for e in self.entities)

    def ids_of(self, entity: str) -> frozenset[int]:
        return frozenset(e.entity_id for e in self.entities if e.entity == entity and e.entity_id is not None)


@dataclass
class ChangeCollector:
    """Filled while one write session flushes; frozen into a ChangeSet after the commit."""

    entities: dict[EntityChange, None] = field(default_factory=dict)  # ordered, without repeats
    tables: set[str] = field(default_factory=set)
    patient_ids: set[int] = field(default_factory=set)

    def note_rows(self, rows: Iterable[Any]) -> None:
        for row in rows:
            table = getattr(row, "__tablename__", None)
            if table is None:
                continue
            if table == "audit_entries":
                self._note_audit(row)
                continue
            self.tables.add(table)
            patient_id = row.__dict__.get("id") if table == "patients" else _patient_of(row)
            if isinstance(patient_id, int):
                self.patient_ids.add(patient_id)

    def _note_audit(self, entry: AuditEntry) -> None:
        self.entities[EntityChange(entry.entity, entry.entity_id, entry.action)] = None
        if entry.entity == "patient" and isinstance(entry.entity_id, int):
            self.patient_ids.add(entry.entity_id)

    def __bool__(self) -> bool:
        return bool(self.entities or self.tables)

    def freeze(self) -> ChangeSet:
        return ChangeSet(tuple(self.entities), frozenset(self.tables), frozenset(self.patient_ids))


def _patient_of(row: Any) -> int | None:
    """The patient a row belongs to: its own patient_id, else that of a loaded parent (a session's area,
    a reaction's assessment, a follow-up's contact attempt). Never loads anything: this runs in a flush."""
    state = row.__dict__
    patient_id = state.get("patient_id")
    if isinstance(patient_id, int):
        return patient_id
    for value in state.values():
        parent_patient = (
            getattr(value, "__dict__", {}).get("patient_id") if hasattr(value, "__table__") else None
        )
        if isinstance(parent_patient, int):
            return parent_patient
    return None


Listener = Callable[[ChangeSet], None]


class ChangeBus:
    """Who wants to hear about committed writes. Listeners run in the thread that wrote; a listener that
    fails is logged and does not stop the others (the write is already committed)."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Add a listener; returns the function that removes it again."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def publish(self, changes: ChangeSet) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(changes)
            except Exception:
                log.exception("a change listener failed")
