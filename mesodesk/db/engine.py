"""Engine factory: SQLite (default, in the user data folder) or any SQLAlchemy URL."""

from __future__ import annotations

import logging
import os
import weakref
from pathlib import Path
from typing import Any, NoReturn

import platformdirs
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url

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


class Passphrase:
    """A database passphrase that never shows itself in a repr, a log line or a traceback's locals."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Passphrase(***)"

    __str__ = __repr__

    def __reduce__(self) -> NoReturn:
        raise TypeError("a passphrase cannot be pickled")


#: The passphrase of each encrypted engine (backups of it are keyed the same way).
_PASSPHRASES: weakref.WeakKeyDictionary[Any, Passphrase] = (
    weakref.WeakKeyDictionary()
)  # by engine.dialect (kept across dispose())


def sqlcipher_module() -> Any:
    """The SQLCipher DB-API module (the `encryption` extra), or a clear error."""
    from mesodesk.domain.errors import DatabaseError

    try:
        from sqlcipher3 import dbapi2
    except ImportError:
        raise DatabaseError(
            "This database is encrypted, but SQLCipher is not installed "
            "(install MesoDesk with the 'encryption' extra: pip install 'mesodesk[encryption]')."
        ) from None
    return dbapi2


def sql_quote(value: str) -> str:
    """A string literal for PRAGMA key / ATTACH ... KEY (which take no bound parameters)."""
    if "\x00" in value:
        raise ValueError("a passphrase cannot contain a NUL character")
    return "'" + value.replace("'", "''") + "'"


WRONG_PASSPHRASE = (
    "The passphrase is wrong, or this file is not an encrypted MesoDesk database. "
    "The file was left untouched."
)


def apply_key(dbapi_connection: Any, passphrase: Passphrase) -> None:
    """Key a fresh SQLCipher connection and prove the key opens the file, before anything else runs."""
    from mesodesk.domain.errors import DatabaseError

    cursor = dbapi_connection.cursor()
    try:
        try:  # noqa: SIM105 - the comment below says why this is not contextlib.suppress
            cursor.execute("PRAGMA cipher_log_level = NONE")  # no decrypt errors on stderr
        except Exception:  # noqa: BLE001 - an older SQLCipher without the pragma
            pass
        cursor.execute(f"PRAGMA key = {sql_quote(passphrase.reveal())}")
        cursor.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception as exc:  # the driver's own "file is not a database"
        if "not a database" in str(exc) or "encrypted" in str(exc):
            raise DatabaseError(WRONG_PASSPHRASE) from None
        raise
    finally:
        cursor.close()


def engine_passphrase(engine: Engine) -> Passphrase | None:
    """The passphrase an engine was made with (None: not encrypted)."""
    return _PASSPHRASES.get(engine.dialect)


def is_encrypted(engine: Engine) -> bool:
    return engine.dialect in _PASSPHRASES


_LIBPQ: Any = None


def _libpq() -> Any:
    """The libpq psycopg uses (bundled with psycopg-binary, else the system's), through ctypes."""
    global _LIBPQ
    if _LIBPQ is None:
        import ctypes
        import ctypes.util
        import glob

        import psycopg

        impl = psycopg.pq.__impl__
        candidates: list[str] = []
        if impl == "binary":
            import psycopg_binary

            candidates = glob.glob(
                os.path.join(
                    os.path.dirname(psycopg_binary.__file__), os.pardir, "psycopg_binary.libs", "libpq*"
                )
            )
        else:  # the C or ctypes implementation uses the system libpq
            found = ctypes.util.find_library("pq")
            candidates = [found] if found else []
        if len(candidates) != 1:  # never guess: another libpq's PGconn may have another layout
            raise OSError("libpq not found unambiguously")
        lib = ctypes.CDLL(candidates[0])
        lib.PQsetErrorVerbosity.restype = ctypes.c_int
        lib.PQsetErrorVerbosity.argtypes = [ctypes.c_void_p, ctypes.c_int]
        _LIBPQ = lib
    return _LIBPQ


def _terse_postgres_errors(dbapi_connection: Any, _record: Any) -> None:
    """PostgreSQL's error DETAIL repeats the failing row (patient names and notes): keep errors terse."""
    try:
        _libpq().PQsetErrorVerbosity(dbapi_connection.pgconn.pgconn_ptr, 0)  # PQERRORS_TERSE
    except Exception as exc:  # noqa: BLE001 - verbose errors are a privacy nuisance, not a failure
        log.debug("cannot make PostgreSQL errors terse: %s", type(exc).__name__)


def make_engine(
    url: str | None = None, *, passphrase: str | Passphrase | None = None, **kwargs: Any
) -> Engine:
    """An engine for the URL; SQLite gets WAL, foreign keys, FULL sync and a busy timeout.

    Transactions on SQLite are started by us (pysqlite's own handling is switched off, the
    SQLAlchemy recipe): a plain BEGIN for reads, BEGIN IMMEDIATE on a connection whose
    execution options carry ``write=True`` so a read-then-write cannot lose an update.

    With a ``passphrase`` the SQLite file is encrypted with SQLCipher (key derived from the
    passphrase by SQLCipher's PBKDF2); the passphrase lives only in the connect hook.
    """
    resolved = resolve_url(url)
    path = sqlite_path(resolved)
    kwargs.setdefault("hide_parameters", True)  # no patient data in error messages or logs
    secret = (
        passphrase if isinstance(passphrase, Passphrase) or passphrase is None else Passphrase(passphrase)
    )
    if secret is not None and not secret.reveal():
        secret = None
    if path is None:
        if secret is not None:
            from mesodesk.domain.errors import DatabaseError

            raise DatabaseError(
                "Encryption with a passphrase is for SQLite database files only "
                "(a PostgreSQL server encrypts its own storage)."
            )
        engine = create_engine(resolved, pool_pre_ping=True, **kwargs)
        if engine.dialect.driver == "psycopg":
            event.listen(engine, "connect", _terse_postgres_errors)
        return engine
    path.parent.mkdir(parents=True, exist_ok=True)
    if secret is not None:
        kwargs.setdefault("module", sqlcipher_module())
        from sqlalchemy.pool import QueuePool

        kwargs.setdefault("poolclass", QueuePool)  # keying a connection costs a PBKDF2 run: keep them
    engine = create_engine(resolved, connect_args={"timeout": 10, "check_same_thread": False}, **kwargs)
    if secret is not None:
        _PASSPHRASES[engine.dialect] = secret

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, record: Any) -> None:
        dbapi_connection.isolation_level = None
        if secret is not None:
            apply_key(dbapi_connection, secret)
        _sqlite_pragmas(dbapi_connection, record)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get("write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def writer(engine: Engine) -> Engine:
    """The same engine, flagged so SQLite takes the write lock when the transaction begins."""
    return engine.execution_options(write=True)
