"""Opening a clinic database: refuse what is not ours or too new, migrate, check."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import String, Text, inspect, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, OperationalError

from mesodesk.db import migrate
from mesodesk.db.engine import make_engine, resolve_url, sqlite_path
from mesodesk.db.probe import SQLITE_MAGIC, is_empty, probe_sqlite_file
from mesodesk.domain.errors import DatabaseError
from mesodesk.i18n import _
from mesodesk.storage import backup, lock

log = logging.getLogger("mesodesk.database")


class MigrationFailedError(DatabaseError):
    """A schema migration failed part-way; ``backup`` is the verified copy made just before it."""

    def __init__(self, message: str, backup: Path | None = None, /, **params: object) -> None:
        super().__init__(message, **params)
        self.backup = backup


def open_database(url: str | None = None, *, upgrade: bool = True, passphrase: str | None = None) -> Engine:
    """An engine on a database at the current schema (created or migrated as needed).

    A database that needs migrating is backed up first (verified); a migration that fails raises
    MigrationFailedError naming that backup. ``passphrase`` (or $MESODESK_PASSPHRASE) opens an
    SQLCipher-encrypted file.
    """
    import os

    resolved = resolve_url(url)
    path = sqlite_path(resolved)
    if passphrase is None:
        passphrase = os.environ.get("MESODESK_PASSPHRASE") or None
    if path is not None and passphrase is None:
        probe_sqlite_file(path)
    engine = make_engine(resolved, passphrase=passphrase)
    if path is not None:
        try:
            lock.hold_for(engine, path)
        except DatabaseError:
            engine.dispose()
            raise
        backup.clean_leftovers(path)
    try:
        state = migrate.schema_state(engine)
    except DatabaseError:
        engine.dispose()
        raise
    except (OperationalError, DBAPIError) as exc:
        engine.dispose()
        raise DatabaseError(
            "Cannot open the database at {url}: {reason}",
            url=engine.url.render_as_string(hide_password=True),
            reason=str(getattr(exc, "orig", exc)).strip().splitlines()[0],
        ) from exc
    if state != "current" and upgrade:
        backup_path = None
        if state == "behind":
            backup_path = _backup_before_migration(engine)
        log.info("migrating database schema (%s)", state)
        try:
            migrate.upgrade(engine)
            state = migrate.schema_state(engine)
        except Exception as exc:
            engine.dispose()
            log.exception("schema migration failed")
            if backup_path:
                raise MigrationFailedError(
                    "Updating the database to this version of MesoDesk failed part-way; "
                    "the backup made just before is {backup}.",
                    backup_path,
                    backup=backup_path,
                ) from exc
            raise MigrationFailedError(
                "Updating the database to this version of MesoDesk failed part-way.", None
            ) from exc
        if state != "current":
            engine.dispose()
            raise MigrationFailedError(
                "Updating the database did not finish (schema not current).", backup_path
            )
    return engine


def _backup_before_migration(engine: Engine) -> Path | None:
    """A verified backup before a migration touches the schema (SQLite always; PostgreSQL if pg_dump exists)."""
    try:
        return backup.backup_database(engine, reason="pre-migration").path
    except DatabaseError as exc:
        if engine.dialect.name == "postgresql":  # DDL is transactional there: a failure rolls back whole
            log.warning("no backup before migrating: %s", exc)
            return None
        engine.dispose()
        raise DatabaseError(
            "The database needs updating, but the backup before it failed: {error}", error=exc
        ) from exc


BUSY = (
    "The database is busy: another program has held its write lock for more than 10 seconds, so it could "
    "not be checked. Nothing is known to be wrong; try again when it has finished."
)


def invalid_text(
    conn: Connection,
    ranges: dict[str, list[tuple[int, int]] | None] | None = None,
    *,
    count: Callable[[str, int], None] | None = None,
) -> list[str]:
    """Text cells that are not valid UTF-8 (SQLite stores any bytes): named by table, column and row id,
    never by their content. Read as bytes, so a bad cell cannot crash the check. ``ranges``: per table the
    rowid ranges to read (a table not named, or None: all of it)."""
    from mesodesk.db import models  # noqa: F401 - the tables
    from mesodesk.db.base import Base

    raw = conn.connection.driver_connection  # the sqlite3 (or sqlcipher3) connection
    assert raw is not None  # None only once the connection is closed or invalidated
    problems: list[str] = []
    previous = raw.text_factory
    raw.text_factory = bytes
    try:
        for table in Base.metadata.sorted_tables:
            columns = [c.name for c in table.columns if isinstance(c.type, String | Text)]
            if not columns or "id" not in table.columns:
                continue
            query = f"SELECT id, {', '.join(columns)} FROM {table.name}"
            wanted = (ranges or {}).get(table.name)
            cursors = (
                [raw.execute(query)]
                if wanted is None
                else [raw.execute(f"{query} WHERE rowid BETWEEN ? AND ?", span) for span in wanted]
            )
            for cursor in cursors:
                while rows := cursor.fetchmany(5000):
                    if count:
                        count("rows read for the text check", len(rows))
                    for row in rows:
                        for name, value in zip(columns, row[1:], strict=True):
                            if isinstance(value, bytes):
                                try:
                                    value.decode("utf-8")
                                except UnicodeDecodeError:
                                    problems.append(
                                        f"{table.name} row {row[0]}: {name} holds text that is not valid UTF-8"
                                    )
    except Exception as exc:  # noqa: BLE001 - e.g. a table missing from an older schema
        problems.append(f"text could not be checked for valid UTF-8 ({type(exc).__name__})")
    finally:
        raw.text_factory = previous
    return problems[:20]


#: What the last check() could not look at (e.g. a read-only file), for the command to show.
notes: list[str] = []


def check(engine: Engine, *, quick: bool = False, utf8: bool = True) -> list[str]:
    """Problems found: integrity, foreign keys, schema version, drift, text that is not UTF-8 (unless
    ``utf8`` is False: `mesodesk check` runs that one with the signature checks, on what changed).
    Empty list: all good. A busy database raises DatabaseError (not a problem with the data)."""
    problems: list[str] = []
    notes.clear()
    try:
        state = migrate.schema_state(engine)
    except DatabaseError as exc:
        return [str(exc)]
    if state != "current":
        problems.append(_("schema is not at the latest migration ({state})", state=state))
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            pragma = "quick_check" if quick else "integrity_check"
            rows = [r[0] for r in conn.exec_driver_sql(f"PRAGMA {pragma}")]
            if rows != ["ok"]:
                problems.append(_("integrity check failed: {details}", details="; ".join(rows[:5])))
            fk = list(conn.exec_driver_sql("PRAGMA foreign_key_check"))
            if fk:
                problems.append(
                    _("{count} broken foreign keys (first in table {table})", count=len(fk), table=fk[0][0])
                )
            if not quick and "patients_fts" in inspect(conn).get_table_names():
                try:
                    conn.exec_driver_sql(
                        "INSERT INTO patients_fts(patients_fts, rank) VALUES ('integrity-check', 1)"
                    )
                except DBAPIError as exc:
                    text_ = str(exc.orig).lower()
                    if "locked" in text_ or "busy" in text_:
                        raise DatabaseError(BUSY) from None
                    if "readonly" in text_ or "read-only" in text_:
                        notes.append("the patient search index was not checked (the file is read-only)")
                    else:
                        problems.append(_("patient search index is damaged: {error}", error=exc.orig))
                conn.rollback()
            if not quick and utf8:
                problems += invalid_text(conn)
        else:
            conn.execute(text("SELECT 1"))
    if not quick and state == "current":
        drift = schema_drift(engine)
        if drift:
            problems.append(_("the schema differs from the models: {drift}", drift=drift[:3]))
    return problems


def schema_drift(engine: Engine) -> list:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from mesodesk.db import models  # noqa: F401  (registers the tables)
    from mesodesk.db.base import Base

    with engine.connect() as conn:
        mc = MigrationContext.configure(
            conn, opts={"include_object": migrate.include_object, "compare_type": True}
        )
        return compare_metadata(mc, Base.metadata)


__all__ = [
    "SQLITE_MAGIC",
    "MigrationFailedError",
    "check",
    "is_empty",
    "open_database",
    "probe_sqlite_file",
    "schema_drift",
]
