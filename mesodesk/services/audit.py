"""The audit trail: every write adds one entry, chained by hash to the one before."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from mesodesk.db.models import AuditEntry
from mesodesk.services.context import ServiceContext

GENESIS = "0" * 64


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat() if value.tzinfo else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes):
        return {"bytes": len(value), "sha256": hashlib.sha256(value).hexdigest()}
    return value


def snapshot(obj: Any, *, exclude: tuple[str, ...] = ("search_text",)) -> dict[str, Any]:
    """Column values of a model instance, JSON-ready (binary columns as size and hash)."""
    mapper = inspect(obj).mapper
    return {
        attr.key: _plain(getattr(obj, attr.key)) for attr in mapper.column_attrs if attr.key not in exclude
    }


def canonical(data: Any) -> str:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def payload_digest(before_json: str | None, after_json: str | None) -> str:
    """Hash of an entry's before/after; kept when an erasure redacts the payload itself."""
    return hashlib.sha256(canonical([before_json, after_json]).encode()).hexdigest()


def entry_digest(prev_hash: str, entry: AuditEntry) -> str:
    """The chain link: who, when, what, and the payload's hash, chained to the previous entry."""
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
    entry.entry_hash = entry_digest(prev, entry)
    session.add(entry)
    return entry


# -- verification (run by `mesodesk check`) ------------------------------------------------------------------
def verify_chain(engine: Engine, *, batch: int = 5000) -> list[str]:
    """Problems in the audit chain: an entry edited, removed or inserted behind the application's back."""
    problems: list[str] = []
    prev = GENESIS
    last_id = 0
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
                    if entry.before_json is not None or entry.after_json is not None:
                        problems.append(f"{where} is marked redacted but still holds data")
                elif entry.payload_hash != payload_digest(entry.before_json, entry.after_json):
                    problems.append(f"{where} was changed (its before/after no longer match its hash)")
                if entry.entry_hash != entry_digest(entry.prev_hash, entry):
                    problems.append(
                        f"{where} was changed (user, time, entity or action no longer match its hash)"
                    )
                prev = entry.entry_hash
                last_id = entry.id
                if len(problems) >= 50:
                    return problems + ["(more problems not listed)"]
            s.expunge_all()
    return problems


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
    def _where(stmt, f: AuditFilter):  # type: ignore[no-untyped-def]
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

    def list(
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
