"""The clinic's audit key (kept outside the database) and the anchor of the audit chain (kept outside too).

- The key: 32 random bytes per clinic, made when the first audit entry is keyed. On SQLite it is a file in
  the user's config folder (``clinic-keys/<clinic id>.key``, mode 0600), never in the database or a backup;
  on PostgreSQL it is the ``audit_secret`` table, readable by the database owner only (REVOKE ALL FROM
  PUBLIC), since several workstations must share it. ``trust_state`` in the database names the clinic.
- The anchor: after every committed write, the chain head (last entry id and hash) and the number of sealed
  records, with an HMAC over them, written beside the SQLite file (``<db>.anchor``; PostgreSQL: in the data
  folder). Every backup's manifest carries the head too. `mesodesk check` compares the database with it, so
  removing the newest entries or re-writing the chain shows even when the result is a consistent chain.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import secrets
import threading
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs
from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine

from mesodesk.db.engine import APP_NAME, data_dir, sqlite_path
from mesodesk.domain.errors import DatabaseError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

log = logging.getLogger("mesodesk.trust")


class MissingKeyError(DatabaseError):
    """The clinic's audit key is not on this computer."""


@dataclass(frozen=True)
class ClinicKey:
    clinic_id: str
    key: bytes
    legacy_last_audit_id: int  # entries up to this id were made before the chain was keyed

    def mac(self, payload: str) -> str:
        return hmac.new(self.key, payload.encode(), hashlib.sha256).hexdigest()

    def __repr__(self) -> str:
        return f"ClinicKey({self.clinic_id}, ***)"


def key_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "clinic-keys"


def key_file(clinic_id: str) -> Path:
    return key_dir() / f"{clinic_id}.key"


_CACHE: dict[tuple[str, str], bytes] = {}
_GUARD = threading.Lock()


def _write_key_file(clinic_id: str, key: bytes) -> None:
    path = key_file(clinic_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.partial")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, key.hex().encode())
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)


def _read_key(conn: Connection, clinic_id: str) -> bytes:
    cache_key = (conn.dialect.name, clinic_id)
    with _GUARD:
        if cache_key in _CACHE:
            return _CACHE[cache_key]
    if conn.dialect.name == "postgresql":
        value = conn.execute(text("SELECT secret FROM audit_secret WHERE id = 1")).scalar()
        if not value:
            raise MissingKeyError(
                "The clinic's audit key is missing from the database server (table audit_secret). "
                "Restore it from the server's backup; until then changes cannot be recorded."
            )
    else:
        path = key_file(clinic_id)
        try:
            value = path.read_text(encoding="ascii").strip()
        except OSError:
            raise MissingKeyError(
                "The audit key of this clinic is not on this computer ({path}). Copy that file from the "
                "computer the clinic was used on (it is kept apart from the database on purpose); until then "
                "changes cannot be recorded and the audit trail cannot be verified.",
                path=path,
            ) from None
    try:
        key = bytes.fromhex(value)
    except ValueError:
        raise MissingKeyError("The clinic's audit key is damaged (not a key).") from None
    with _GUARD:
        _CACHE[cache_key] = key
    return key


def clinic_key(conn: Connection, *, create: bool = False) -> ClinicKey | None:
    """The clinic's key; with ``create`` the first call makes it (in the caller's transaction)."""
    try:
        row = conn.execute(
            text("SELECT clinic_id, legacy_last_audit_id FROM trust_state WHERE id = 1")
        ).first()
    except Exception:  # noqa: BLE001 - a database from before migration 0010 (no trust_state)
        return None
    if row is not None:
        return ClinicKey(row[0], _read_key(conn, row[0]), int(row[1]))
    if not create:
        return None
    clinic_id = str(uuid.uuid4())
    key = secrets.token_bytes(32)
    legacy = conn.execute(text("SELECT coalesce(max(id), 0) FROM audit_entries")).scalar() or 0
    if conn.dialect.name == "postgresql":
        conn.execute(text("INSERT INTO audit_secret (id, secret) VALUES (1, :s)"), {"s": key.hex()})
    else:
        _write_key_file(clinic_id, key)
    from datetime import UTC, datetime

    from sqlalchemy import insert

    from mesodesk.db.models import TrustState

    conn.execute(
        insert(TrustState).values(
            id=1, clinic_id=clinic_id, legacy_last_audit_id=int(legacy), created_at=datetime.now(UTC)
        )
    )
    with _GUARD:
        _CACHE[(conn.dialect.name, clinic_id)] = key
    log.info("audit key made for clinic %s", clinic_id)
    return ClinicKey(clinic_id, key, int(legacy))


# -- the anchor --------------------------------------------------------------------------------------------------
def anchor_path(engine: Engine, clinic_id: str) -> Path:
    db = sqlite_path(engine.url.render_as_string(hide_password=False))
    if db is not None:
        return db.with_name(db.name + ".anchor")
    return data_dir() / "anchors" / f"{clinic_id}.json"


def _canonical(data: Any) -> str:
    return json.dumps(data, sort_keys=True, separators=(",", ":"))


_ANCHOR_GUARD = threading.Lock()


def read_anchor(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, UnicodeDecodeError):
        return {"unreadable": True}
    return data if isinstance(data, dict) else {"unreadable": True}


def anchor_valid(key: ClinicKey, anchor: dict[str, Any]) -> bool:
    body = {k: v for k, v in anchor.items() if k != "mac"}
    return hmac.compare_digest(str(anchor.get("mac", "")), key.mac(_canonical(body)))


#: The anchor this process wrote last, per file (saves reading it back before every write).
_WRITTEN: dict[Path, tuple[int, dict[str, int]]] = {}


def write_anchor(
    engine: Engine, key: ClinicKey, last_id: int, head: str, sealed: dict[str, int] | None = None
) -> None:
    """Move the anchor forward to (last_id, head); never backward (another thread may have gone further)."""
    path = anchor_path(engine, key.clinic_id)
    with _ANCHOR_GUARD:
        known = _WRITTEN.get(path)
        if known is None or not path.exists():
            current = read_anchor(path)
            known = None
            if current and not current.get("unreadable") and anchor_valid(key, current):
                known = (int(current.get("last_id", 0)), dict(current.get("sealed") or {}))
        if known is not None:
            if known[0] > last_id:
                return
            if sealed is None:
                sealed = known[1]
        body = {"clinic_id": key.clinic_id, "last_id": last_id, "head": head, "sealed": sealed or {}}
        body["mac"] = key.mac(_canonical(body))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.partial")
            tmp.write_text(_canonical(body), encoding="utf-8")
            os.replace(tmp, path)
            _WRITTEN[path] = (last_id, dict(sealed or {}))
        except OSError as exc:  # the save itself is committed; check will say the anchor is behind
            log.warning("could not move the audit anchor forward: %s", type(exc).__name__)


def sealed_counts(engine: Engine) -> dict[str, int]:
    from sqlalchemy import func, select

    from mesodesk.db.models import Seal

    with engine.connect() as conn:
        return {k: int(n) for k, n in conn.execute(select(Seal.kind, func.count()).group_by(Seal.kind))}


def after_commit(engine: Engine, session: Session) -> None:
    """Move the anchor to the chain head a write session just committed (called by ServiceContext.write)."""
    head = session.info.pop("mesodesk_audit_head", None)
    sealed = session.info.pop("mesodesk_sealed", False)
    if head is None:
        return
    key, entry = head
    write_anchor(engine, key, entry.id, entry.entry_hash, sealed_counts(engine) if sealed else None)
