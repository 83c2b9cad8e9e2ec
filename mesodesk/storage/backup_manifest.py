"""A backup's SHA-256 manifest (checksum, time, reason, audit chain head) and the checks of a backup file."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from mesodesk.db.engine import (
    Passphrase,
)
from mesodesk.domain.errors import DatabaseError
from mesodesk.i18n import _
from mesodesk.storage.backup_files import connect_file, fsync_file

log = logging.getLogger("mesodesk.backup")

MANIFEST_SUFFIX = ".manifest.json"


def manifest_path(backup: Path) -> Path:
    return backup.with_name(backup.name + MANIFEST_SUFFIX)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def audit_head(conn: Any) -> dict[str, Any]:
    """The audit chain's head in a database (count, last id, last hash): anchored in the manifest."""
    try:
        count, last_id = conn.execute("SELECT count(*), max(id) FROM audit_entries").fetchone()
        row = conn.execute("SELECT entry_hash FROM audit_entries WHERE id = ?", (last_id,)).fetchone()
    except Exception:  # noqa: BLE001 - no audit table: not ours, verify_backup says so
        return {}
    return {"count": count, "last_id": last_id, "head": row[0] if row else None}


def write_manifest(backup: Path, created: datetime, reason: str, audit_head: dict[str, Any]) -> Path:
    """The SHA-256 of the backup's bytes (and the audit chain head it holds), written atomically beside it."""
    manifest = {
        "format": 1,
        "file": backup.name,
        "size": backup.stat().st_size,
        "sha256": file_sha256(backup),
        "created": created.astimezone(UTC).isoformat(),
        "reason": reason,
        "audit": audit_head,
    }
    target = manifest_path(backup)
    tmp = target.with_name(f".{target.name}.partial")
    tmp.write_text(json.dumps(manifest, indent=1, sort_keys=True), encoding="utf-8")
    fsync_file(tmp)
    os.replace(tmp, target)
    return target


def read_manifest(backup: Path) -> dict[str, Any] | None:
    path = manifest_path(backup)
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        return {"unreadable": True}
    return data if isinstance(data, dict) else {"unreadable": True}


def manifest_problem(backup: Path) -> str | None:
    """Why the backup's bytes do not match its manifest (None: they match, or there is no manifest)."""
    manifest = read_manifest(backup)
    if manifest is None:
        return None
    if manifest.get("unreadable"):
        return f"the checksum manifest of {backup.name} cannot be read"
    if manifest.get("size") != backup.stat().st_size or manifest.get("sha256") != file_sha256(backup):
        return f"{backup.name} does not match its SHA-256 checksum (the file was damaged or changed)"
    return None


def backup_status(backup: Path) -> str:
    """'ok', 'no manifest' or the problem: what `backup --list` and the GUI show beside each backup."""
    if not backup.is_file():
        return "missing"
    problem = manifest_problem(backup)
    if problem:
        return "DAMAGED: " + problem
    return "ok" if read_manifest(backup) is not None else "no checksum (made by an older MesoDesk)"


def verify_backup(path: str | Path, *, passphrase: Passphrase | str | None = None) -> list[str]:
    """Problems with a backup file (empty list: a sound MesoDesk database at a schema this version knows)."""
    from alembic.script import ScriptDirectory

    from mesodesk.db.migrate import alembic_config

    path = Path(path)
    if isinstance(passphrase, str):
        passphrase = Passphrase(passphrase)
    if not path.is_file() or path.stat().st_size == 0:
        return [_("{name} is missing or empty", name=path.name)]
    problem = manifest_problem(path)
    if problem:
        return [problem]
    if passphrase is None:
        with path.open("rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                return [_("{name} is not an SQLite database (or it is encrypted)", name=path.name)]
    try:
        conn = connect_file(path, passphrase)
    except DatabaseError as exc:
        return [str(exc)]
    except sqlite3.Error as exc:
        return [_("{name} cannot be opened: {error}", name=path.name, error=exc)]
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if rows != ["ok"]:
            return [_("integrity check failed: {details}", details="; ".join(rows[:3]))]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"alembic_version", "patients", "audit_entries"} <= tables:
            return [_("{name} is not a MesoDesk database", name=path.name)]
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except Exception as exc:  # noqa: BLE001 - sqlite3 or sqlcipher3 errors alike
        return [_("{name} cannot be read: {error}", name=path.name, error=exc)]
    finally:
        conn.close()
    known = {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if revision is None or revision[0] not in known:
        return [
            _(
                "{name} was made by a newer version of MesoDesk (schema {revision})",
                name=path.name,
                revision=revision and revision[0],
            )
        ]
    return []
