"""Engine factory: SQLite (default, in the user data folder) or any SQLAlchemy URL."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy import create_engine

log = logging.getLogger("mesodesk.db")

APP_NAME = "MesoDesk"
ENV_DB = "MESODESK_DB"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_url() -> str:
    return f"sqlite:///{data_dir() / 'mesodesk.sqlite3'}"


def resolve_url(url: str | None = None) -> str:
    """--db URL wins, then $MESODESK_DB, then the default file; a bare path means SQLite."""
    chosen = url or os.environ.get(ENV_DB) or default_url()
    if "://" not in chosen:
        chosen = f"sqlite:///{Path(chosen).expanduser().resolve()}"
    return chosen


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout = 10000")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA secure_delete = ON")
    cursor.close()


def make_engine(url: str | None = None, **kwargs: Any) -> Engine:
    """An engine for the URL; SQLite gets WAL, foreign keys, FULL sync and a busy timeout.

    Transactions on SQLite are started by us (pysqlite's own handling is switched off, the
    SQLAlchemy recipe): a plain BEGIN for reads, BEGIN IMMEDIATE on a connection whose
    execution options carry ``write=True`` so a read-then-write cannot lose an update.
    """
    resolved = resolve_url(url)
    path = sqlite_path(resolved)
    if path is None:
        return create_engine(resolved, pool_pre_ping=True, **kwargs)
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(resolved, connect_args={"timeout": 10}, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, record: Any) -> None:
        dbapi_connection.isolation_level = None
        _sqlite_pragmas(dbapi_connection, record)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get("write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def writer(engine: Engine) -> Engine:
    """The same engine, flagged so SQLite takes the write lock when the transaction begins."""
    return engine.execution_options(write=True)
