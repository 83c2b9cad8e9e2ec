"""Looking at a database without changing it: is a file one of ours (read-only probe), is a database empty."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import column, func, select, table
from sqlalchemy.engine import Engine

from mesodesk.db import migrate
from mesodesk.domain.errors import DatabaseError, PassphraseNeededError

SQLITE_MAGIC = b"SQLite format 3\x00"


def probe_sqlite_file(path: Path) -> None:
    """Refuse, without writing a byte to it, a file that is not a MesoDesk database we can open.

    Done read-only before the engine switches the file to WAL (which rewrites its header).
    """
    if not path.exists():
        return
    if path.is_dir():
        raise DatabaseError("{path} is a folder, not a MesoDesk database file.", path=path)
    if path.stat().st_size == 0:
        raise DatabaseError(
            "{path} is empty (0 bytes), not a MesoDesk database; it was left untouched.", path=path
        )
    with path.open("rb") as fh:
        head = fh.read(16)
    if head != SQLITE_MAGIC:
        raise PassphraseNeededError(
            "{path} is encrypted, or it is not a MesoDesk database. If it is an encrypted clinic, give its "
            "passphrase (set MESODESK_PASSPHRASE, or type it when asked). The file was left untouched.",
            path=path,
        )
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(
            "{path} cannot be read as a database ({error}); it was left untouched.", path=path, error=exc
        ) from exc
    if tables and revision is None:
        raise DatabaseError(
            "{path} was not made by MesoDesk (it has tables but no MesoDesk schema version); it was left untouched.",
            path=path,
        )
    if revision is not None and revision not in migrate.known_revisions():
        raise DatabaseError(
            "{path} was made by a newer version of MesoDesk (schema {revision}); please update MesoDesk to open it. The file was left untouched.",
            path=path,
            revision=revision,
        )


# Lightweight tables, not the ORM models: start-up opens the file before the models are mapped.
_PATIENTS = table("patients", column("id"))
_USERS = table("users", column("id"))


def is_empty(engine: Engine) -> bool:
    with engine.connect() as conn:
        return not (
            conn.scalar(select(func.count(_PATIENTS.c.id))) or conn.scalar(select(func.count(_USERS.c.id)))
        )
