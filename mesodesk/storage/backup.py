"""Backups and restore: SQLite online backup API (verified, fsynced, rotated); pg_dump for PostgreSQL.

What the application calls:
- ``backup_if_due(engine)`` at start (and on a timer): one automatic backup a day;
- ``backup_on_exit(engine)`` when the main window closes;
- ``backup_database(engine, reason="pre-migration")`` is called by ``open_database`` before a migration;
- ``restore(backup_path, url, engine=...)`` from the GUI or ``mesodesk restore``.

Backups go to ``data_dir()/backups`` as ``<db name>-YYYYmmdd-HHMMSS-<reason>.sqlite3``; the automatic
ones (daily, exit) are rotated: the newest of each of the last 7 days, 4 weeks and 12 months are kept.

The pieces: backup_files (names, folder, fsync), backup_manifest (checksums and verification),
backup_pg (pg_dump and pg_restore), restore (restore and the copies it sets aside).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine

from mesodesk.db.engine import (
    engine_passphrase,
    sqlite_path,
)
from mesodesk.db.probe import is_empty
from mesodesk.domain.errors import KnownError
from mesodesk.storage.backup_files import (  # noqa: F401 - re-exported
    AUTOMATIC,
    BACKUP_SUFFIX,
    KEEP_DAILY,
    KEEP_MONTHLY,
    KEEP_WEEKLY,
    PAGES_PER_STEP,
    PG_SUFFIX,
    STAMP,
    BackupError,
    BackupInfo,
    Progress,
    RestoreResult,
    backups_dir,
    connect_file,
    db_stem,
    file_stem,
    fsync_dir,
    fsync_file,
    list_backups,
    parse_name,
)
from mesodesk.storage.backup_manifest import (  # noqa: F401 - re-exported
    MANIFEST_SUFFIX,
    audit_head,
    backup_status,
    file_sha256,
    manifest_path,
    manifest_problem,
    read_manifest,
    verify_backup,
    write_manifest,
)
from mesodesk.storage.backup_pg import (  # noqa: F401 - re-exported
    pg_audit_head,
    pg_dump,
    pg_restore,
    pg_tool,
)
from mesodesk.storage.restore import (  # noqa: F401 - re-exported
    KEEP_ASIDE,
    STALE_PARTIAL_S,
    clean_leftovers,
    copies_set_aside,
    encrypt_copy,
    is_plain_sqlite,
    leftover_copies,
    restore,
    set_aside,
)

log = logging.getLogger("mesodesk.backup")


# -- writing a backup ----------------------------------------------------------------------------------------
def backup_database(
    engine: Engine,
    dest: str | Path | None = None,
    *,
    reason: str = "manual",
    progress: Progress | None = None,
    now: datetime | None = None,
    rotate_after: bool = True,
) -> BackupInfo:
    """Copy the database to ``dest`` (a file or folder; default: the backup folder), verified and fsynced.

    An encrypted database gives an encrypted backup (same passphrase).
    """
    now = (now or datetime.now(UTC)).astimezone(UTC)
    if engine.dialect.name == "postgresql":
        return pg_dump(engine, dest, reason=reason, now=now)
    src_path = sqlite_path(engine.url.render_as_string(hide_password=False))
    if src_path is None:
        raise BackupError("Only SQLite files and PostgreSQL databases can be backed up.")
    to_folder = dest is None or Path(dest).is_dir()
    if dest is None or to_folder:
        folder = backups_dir() if dest is None else Path(dest)
        target = folder / f"{file_stem(src_path)}-{now.strftime(STAMP)}-{reason}{BACKUP_SUFFIX}"
    else:
        target = Path(dest)
        folder = target.parent
    folder.mkdir(parents=True, exist_ok=True)
    passphrase = engine_passphrase(engine)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=folder)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        raw = engine.raw_connection()
        try:
            source: Any = raw.driver_connection  # sqlite3 (or SQLCipher) connection
            copy = connect_file(tmp, passphrase)
            try:

                def _step(status: int, remaining: int, total: int) -> None:
                    if progress is not None:
                        progress(total - remaining, total)

                source.backup(copy, pages=PAGES_PER_STEP, progress=_step)
                copy.execute("PRAGMA journal_mode = DELETE")  # the backup is one self-contained file
                head = audit_head(copy)
            finally:
                copy.close()
        finally:
            raw.close()
        problems = verify_backup(tmp, passphrase=passphrase)
        if problems:
            raise BackupError(
                "The backup could not be verified ({problem}); it was not kept.", problem=problems[0]
            )
        fsync_file(tmp)
        os.replace(tmp, target)
        write_manifest(target, now, reason, head)
        fsync_dir(folder)
    except sqlite3.Error as exc:
        raise BackupError("The backup failed: {error}", error=exc) from exc
    except OSError as exc:
        raise BackupError(
            "The backup could not be written to {folder}: {reason}", folder=folder, reason=exc.strerror or exc
        ) from exc
    finally:
        tmp.unlink(missing_ok=True)
        for extra in ("-wal", "-shm", "-journal"):
            Path(str(tmp) + extra).unlink(missing_ok=True)
    log.info("backup written (%s): %s", reason, target.name)
    info = BackupInfo(target, now, target.stat().st_size, reason)
    if to_folder and rotate_after:
        rotate(engine, folder, now=now)
    return info


def rotate(
    engine_or_url: Engine | str, folder: Path | None = None, *, now: datetime | None = None
) -> list[Path]:
    """Delete automatic backups beyond the newest per day (7), ISO week (4) and month (12); returns deleted."""
    backups = [b for b in list_backups(engine_or_url, folder) if b.reason in AUTOMATIC]
    keep: set[Path] = set()
    if backups:
        keep.add(backups[0].path)
    for key, count in (
        (lambda d: d.date(), KEEP_DAILY),
        (lambda d: d.isocalendar()[:2], KEEP_WEEKLY),
        (lambda d: (d.year, d.month), KEEP_MONTHLY),
    ):
        seen: list[Any] = []
        for b in backups:  # newest first: the first of each bucket is its newest
            bucket = key(b.created)
            if bucket in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(bucket)
            keep.add(b.path)
    deleted: list[Path] = []
    for b in backups:
        if b.path not in keep:
            try:
                b.path.unlink()
                manifest_path(b.path).unlink(missing_ok=True)
                deleted.append(b.path)
            except OSError as exc:
                log.warning("could not delete old backup %s: %s", b.path.name, exc)
    return deleted


def _is_empty(engine: Engine) -> bool:
    try:
        return is_empty(engine)
    except Exception:  # noqa: BLE001 - no tables yet
        return True


def backup_if_due(
    engine: Engine, *, now: datetime | None = None, every: timedelta = timedelta(days=1)
) -> BackupInfo | None:
    """The automatic daily backup: made when the newest backup is older than a day (or there is none)."""
    now = (now or datetime.now(UTC)).astimezone(UTC)
    if _is_empty(engine):
        return None
    newest = next(iter(list_backups(engine)), None)
    if newest is not None and now - newest.created < every:
        return None
    return backup_database(engine, reason="daily", now=now)


def backup_on_exit(engine: Engine, *, now: datetime | None = None) -> BackupInfo | None:
    """Called when the application closes; failures are logged, never raised (the data is safe in the DB).

    Skipped when nothing was written since the newest backup (the file and its WAL are older than it).
    """
    if _is_empty(engine):
        return None
    newest = next(iter(list_backups(engine)), None)
    db = sqlite_path(engine.url.render_as_string(hide_password=False))
    if newest is not None and db is not None:
        changed = max((p.stat().st_mtime for p in (db, Path(f"{db}-wal")) if p.exists()), default=0.0)
        if changed < newest.path.stat().st_mtime:
            return None
    try:
        return backup_database(engine, reason="exit", now=now)
    except KnownError as exc:
        log.warning("backup on exit failed: %s", exc)
        return None
