"""The audit trail: every write adds one entry, chained by hash to the one before."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import inspect, select, text
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
        attr.key: _plain(getattr(obj, attr.key))
        for attr in mapper.column_attrs
        if attr.key not in exclude
    }


def canonical(data: Any) -> str:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def payload_digest(before_json: str | None, after_json: str | None) -> str:
    """Hash of an entry's before/after; kept when an erasure redacts the payload itself."""
    return hashlib.sha256(canonical([before_json, after_json]).encode()).hexdigest()


def entry_digest(prev_hash: str, entry: AuditEntry) -> str:
    """The chain link: who, when, what, and the payload's hash, chained to the previous entry."""
    payload = canonical(
        [prev_hash, entry.at.astimezone(UTC).isoformat(), entry.user_id, entry.username, entry.entity,
         entry.entity_id, entry.action, entry.payload_hash]
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
