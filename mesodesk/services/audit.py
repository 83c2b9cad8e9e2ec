"""The audit trail: every write adds one entry, chained by hash to the one before."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from mesodesk.db.models import AuditEntry
from mesodesk.services import signing
from mesodesk.services.context import ServiceContext
from mesodesk.services.signing import canonical, snapshot  # noqa: F401 - audit.snapshot for the services
from mesodesk.storage import trust

GENESIS = "0" * 64


def payload_digest(before_json: str | None, after_json: str | None) -> str:
    """Hash of an entry's before/after; kept when an erasure redacts the payload itself."""
    return hashlib.sha256(canonical([before_json, after_json]).encode()).hexdigest()


def entry_digest(prev_hash: str, entry: AuditEntry, key: trust.ClinicKey | None = None) -> str:
    """The chain link: who, when, what, and the payload's hash, chained to the previous entry.

    Keyed (HMAC-SHA-256 with the clinic's key, kept outside the database) for every entry after the chain
    was keyed; a plain SHA-256 for the entries made before (``key`` None).
    """
    payload = canonical(
        [
            prev_hash,
            entry.at.astimezone(UTC).isoformat(),
            entry.user_id,
            entry.username,
            entry.entity,
            entry.entity_id,
            entry.action,
            entry.payload_hash,
        ]
    )
    if key is not None:
        return key.mac(payload)
    return hashlib.sha256(payload.encode()).hexdigest()


def record(
    session: Session,
    ctx: ServiceContext,
    entity: str,
    entity_id: int | None,
    action: str,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditEntry:
    """Add an audit entry to the current transaction (flushes first so ids exist)."""
    session.flush()
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(4242)"))  # serialise the chain
    key = _key_for_writing(session)
    prev = session.scalar(select(AuditEntry.entry_hash).order_by(AuditEntry.id.desc()).limit(1)) or GENESIS
    entry = AuditEntry(
        at=ctx.now(),
        user_id=ctx.actor.user_id,
        username=ctx.actor.username,
        entity=entity,
        entity_id=entity_id,
        action=action,
        before_json=canonical(before) if before is not None else None,
        after_json=canonical(after) if after is not None else None,
        prev_hash=prev,
        redacted=False,
    )
    entry.payload_hash = payload_digest(entry.before_json, entry.after_json)
    entry.entry_hash = entry_digest(prev, entry, key)
    session.add(entry)
    if key is not None:
        session.info["mesodesk_audit_head"] = (key, entry)  # the anchor moves forward after the commit
    return entry


def _key_for_writing(session: Session) -> trust.ClinicKey | None:
    """The clinic's key; the first keyed entry makes it and seals what was already signed."""
    conn = session.connection()
    key = trust.clinic_key(conn)
    if key is None:
        key = trust.clinic_key(conn, create=True)
        if key is not None and signing.seal_unsealed(conn, key):
            session.info["mesodesk_sealed"] = True
    return key


# -- verification (run by `mesodesk check`) ------------------------------------------------------------------
#: The triggers that make the trail append-only (migration 0002); `check` reports any that was dropped.
SQLITE_TRIGGERS = ("audit_entries_no_delete", "audit_entries_no_update")
PG_TRIGGERS = ("audit_entries_append_only", "audit_entries_no_truncate")


def _missing_triggers(conn: Any) -> list[str]:
    if conn.dialect.name == "sqlite":
        found = set(conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'").scalars())
        wanted = SQLITE_TRIGGERS
    else:
        found = set(
            conn.execute(
                text(
                    "SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_entries'::regclass AND tgenabled <> 'D'"
                )
            ).scalars()
        )
        wanted = PG_TRIGGERS
    return [t for t in wanted if t not in found]


def verify_chain(engine: Engine, *, batch: int = 5000, scope: Any = None) -> list[str]:
    """Problems in the audit chain: an entry edited, removed, inserted or redacted behind the application's
    back, the newest entries cut off (against the anchor kept outside the database), a trigger dropped.
    Always the whole chain (``scope``, what else `check` verifies, does not narrow it)."""
    problems: list[str] = []
    with engine.connect() as conn:
        try:
            key = trust.clinic_key(conn)
        except trust.MissingKeyError as exc:
            return [str(exc)]
        problems += [
            f"the audit trail's protection (trigger {t}) was removed from the database"
            for t in _missing_triggers(conn)
        ]
    legacy = key.legacy_last_audit_id if key is not None else None
    prev = GENESIS
    last_id, last_hash = 0, GENESIS
    redacted: list[int] = []
    erased: set[int] = set()
    seals_removed_after: list[tuple[int, dict[str, int]]] = []
    with Session(engine) as s:
        while True:
            rows = list(
                s.scalars(
                    select(AuditEntry).where(AuditEntry.id > last_id).order_by(AuditEntry.id).limit(batch)
                )
            )
            if not rows:
                break
            for entry in rows:
                where = f"audit entry {entry.id}"
                if entry.prev_hash != prev:
                    problems.append(
                        f"{where} does not follow the entry before it (an entry was removed or inserted)"
                    )
                if entry.redacted:
                    redacted.append(entry.id)
                    if entry.before_json is not None or entry.after_json is not None:
                        problems.append(f"{where} is marked redacted but still holds data")
                elif entry.payload_hash != payload_digest(entry.before_json, entry.after_json):
                    problems.append(f"{where} was changed (its before/after no longer match its hash)")
                elif entry.action == "erase" and entry.after_json:
                    try:
                        details = json.loads(entry.after_json)
                    except ValueError:
                        details = {}
                    erased.update(int(i) for i in details.get("redacted_ids", ()))
                    seals_removed_after.append((entry.id, details.get("seals_removed") or {}))
                keyed = key if legacy is not None and entry.id > legacy else None
                if entry.entry_hash != entry_digest(entry.prev_hash, entry, keyed):
                    problems.append(
                        f"{where} was changed (user, time, entity or action no longer match its hash)"
                    )
                prev = entry.entry_hash
                last_id, last_hash = entry.id, entry.entry_hash
                if len(problems) >= 50:
                    return problems + ["(more problems not listed)"]
            s.expunge_all()
    outside = [i for i in redacted if i not in erased]
    if outside:
        problems.append(
            f"{len(outside)} audit entries were emptied outside an erasure (first: entry {outside[0]})"
        )
    problems += _anchor_problems(engine, key, last_id, last_hash, seals_removed_after)
    return problems


def _anchor_problems(
    engine: Engine,
    key: trust.ClinicKey | None,
    last_id: int,
    last_hash: str,
    seals_removed_after: list[tuple[int, dict[str, int]]],
) -> list[str]:
    """The database against the anchor kept outside it: the chain head and the number of sealed records."""
    if key is None:
        db_anchor = trust.anchor_path(engine, "none")
        if engine.dialect.name == "sqlite" and db_anchor.exists():
            return ["the audit trail's key record (trust_state) was removed from the database"]
        return []
    path = trust.anchor_path(engine, key.clinic_id)
    anchor = trust.read_anchor(path)
    if anchor is None:
        if last_id > key.legacy_last_audit_id:
            return [f"the audit trail's anchor ({path.name}) is missing: truncation cannot be ruled out"]
        return []
    if (
        anchor.get("unreadable")
        or not trust.anchor_valid(key, anchor)
        or anchor.get("clinic_id") != key.clinic_id
    ):
        return [f"the audit trail's anchor ({path.name}) was changed or belongs to another clinic"]
    anchored_id, anchored_head = int(anchor.get("last_id", 0)), str(anchor.get("head") or "")
    problems = head_problems(engine, anchored_id, anchored_head, "the anchor", last_id=last_id)
    counts = trust.sealed_counts(engine)
    for kind, anchored in (anchor.get("sealed") or {}).items():
        removed = sum(int(r.get(kind, 0)) for entry_id, r in seals_removed_after if entry_id > anchored_id)
        if counts.get(kind, 0) < int(anchored) - removed:
            problems.append(
                f"{int(anchored) - removed - counts.get(kind, 0)} sealed {kind} records are gone "
                f"({counts.get(kind, 0)} left of {int(anchored) - removed})"
            )
    return problems


def head_problems(
    engine: Engine, head_id: int, head_hash: str, recorded_in: str, *, last_id: int | None = None
) -> list[str]:
    """The trail against a chain head kept elsewhere (the anchor file, a printed monthly summary):
    cut short before it, or rewritten up to it."""
    with engine.connect() as conn:
        if last_id is None:
            last_id = int(conn.execute(select(func.max(AuditEntry.id))).scalar() or 0)
        stored = conn.execute(select(AuditEntry.entry_hash).where(AuditEntry.id == head_id)).scalar()
    if last_id < head_id:
        return [
            f"the audit trail was cut short: it ends at entry {last_id}, but {recorded_in} names entry {head_id}"
        ]
    if stored != head_hash:
        return [f"the audit trail was rewritten: entry {head_id} is not the one {recorded_in} names"]
    return []


# -- viewing and exporting (administrators) ------------------------------------------------------------------
@dataclass(frozen=True)
class AuditFilter:
    entity: str | None = None
    entity_id: int | None = None
    user: str | None = None  # user name
    action: str | None = None
    start: datetime | None = None  # inclusive
    end: datetime | None = None  # exclusive


EXPORT_COLUMNS = (
    "id",
    "at",
    "username",
    "user_id",
    "entity",
    "entity_id",
    "action",
    "redacted",
    "before",
    "after",
    "entry_hash",
)


class AuditService:
    """The audit trail as an administrator sees it: filter, page through, export."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    @staticmethod
    def _where(stmt: Select[AuditEntry], f: AuditFilter) -> Select[AuditEntry]:
        if f.entity:
            stmt = stmt.where(AuditEntry.entity == f.entity)
        if f.entity_id is not None:
            stmt = stmt.where(AuditEntry.entity_id == f.entity_id)
        if f.user:
            stmt = stmt.where(AuditEntry.username == f.user.strip().lower())
        if f.action:
            stmt = stmt.where(AuditEntry.action == f.action)
        if f.start is not None:
            stmt = stmt.where(AuditEntry.at >= f.start)
        if f.end is not None:
            stmt = stmt.where(AuditEntry.at < f.end)
        return stmt

    def entries(
        self, filters: AuditFilter | None = None, *, limit: int = 500, offset: int = 0
    ) -> list[AuditEntry]:
        """Newest first."""
        from mesodesk.services.context import Permission

        self.ctx.require(Permission.ADMIN)
        stmt = self._where(select(AuditEntry), filters or AuditFilter())
        with self.ctx.read() as s:
            return list(s.scalars(stmt.order_by(AuditEntry.id.desc()).limit(limit).offset(offset)))

    def count(self, filters: AuditFilter | None = None) -> int:
        from sqlalchemy import func

        from mesodesk.services.context import Permission

        self.ctx.require(Permission.ADMIN)
        stmt = self._where(select(func.count(AuditEntry.id)), filters or AuditFilter())
        with self.ctx.read() as s:
            return int(s.scalar(stmt) or 0)

    def entities(self) -> list[str]:
        from mesodesk.services.context import Permission

        self.ctx.require(Permission.ADMIN)
        with self.ctx.read() as s:
            return sorted(s.scalars(select(AuditEntry.entity).distinct()))

    def usernames(self) -> list[str]:
        from mesodesk.services.context import Permission

        self.ctx.require(Permission.ADMIN)
        with self.ctx.read() as s:
            return sorted(s.scalars(select(AuditEntry.username).distinct()))

    def actions(self) -> list[str]:
        from mesodesk.services.context import Permission

        self.ctx.require(Permission.ADMIN)
        with self.ctx.read() as s:
            return sorted(s.scalars(select(AuditEntry.action).distinct()))

    def export_csv(
        self,
        path: str | Path,
        filters: AuditFilter | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> int:
        """Write the matching entries (oldest first) to a CSV file, atomically; returns the row count."""
        import csv
        import os
        import tempfile

        from mesodesk.services.context import Permission

        self.ctx.require(Permission.ADMIN)
        path = Path(path)
        total = self.count(filters)
        f = filters or AuditFilter()
        fd, tmp = tempfile.mkstemp(prefix=".audit-", suffix=".csv", dir=path.parent)
        written = 0
        try:
            with os.fdopen(fd, "w", newline="", encoding="utf-8") as fh:
                out = csv.writer(fh)
                out.writerow(EXPORT_COLUMNS)
                last_id = 0
                while True:
                    with self.ctx.read() as s:
                        rows = list(
                            s.scalars(
                                self._where(select(AuditEntry), f)
                                .where(AuditEntry.id > last_id)
                                .order_by(AuditEntry.id)
                                .limit(2000)
                            )
                        )
                    if not rows:
                        break
                    for e in rows:
                        out.writerow(
                            [
                                e.id,
                                e.at.astimezone(UTC).isoformat(),
                                e.username,
                                e.user_id or "",
                                e.entity,
                                "" if e.entity_id is None else e.entity_id,
                                e.action,
                                int(bool(e.redacted)),
                                e.before_json or "",
                                e.after_json or "",
                                e.entry_hash,
                            ]
                        )
                        last_id = e.id
                    written += len(rows)
                    if progress:
                        progress(written, total)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return written
