"""Restore a verified backup in place of the database, and the copies a restore or a killed backup leaves.

The database being replaced is set aside (``<name>.before-restore-<time>``), the newest few kept;
``clean_leftovers`` removes older ones and stale ``.partial`` files at start.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.engine import Engine

from mesodesk.db.engine import (
    Passphrase,
    engine_passphrase,
    resolve_url,
    sql_quote,
    sqlcipher_module,
    sqlite_path,
)
from mesodesk.storage import lock
from mesodesk.storage.backup_files import (
    STAMP,
    BackupError,
    Progress,
    RestoreResult,
    backups_dir,
    connect_file,
    fsync_dir,
    fsync_file,
    list_backups,
)
from mesodesk.storage.backup_manifest import verify_backup
from mesodesk.storage.backup_pg import pg_restore

log = logging.getLogger("mesodesk.backup")


# -- restore --------------------------------------------------------------------------------------------------
def restore(
    backup: str | Path,
    url: str | None = None,
    *,
    engine: Engine | None = None,
    passphrase: str | Passphrase | None = None,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> RestoreResult:
    """Replace the database with a verified backup; the current one is kept aside, never half-replaced.

    ``engine`` (if given) is disposed first: the caller opens a new engine afterwards.
    """
    backup = Path(backup)
    now = (now or datetime.now(UTC)).astimezone(UTC)
    if engine is not None:
        url = url or engine.url.render_as_string(hide_password=False)
        passphrase = passphrase or engine_passphrase(engine)
        engine.dispose()
    resolved = resolve_url(url)
    if isinstance(passphrase, str):
        passphrase = Passphrase(passphrase) if passphrase else None
    db = sqlite_path(resolved)
    if db is None:
        return pg_restore(backup, resolved)
    if not backup.is_file():
        raise BackupError("No backup file at {backup}.", backup=backup)
    plain = is_plain_sqlite(backup)
    problems = verify_backup(backup, passphrase=None if plain else passphrase)
    if problems:
        raise BackupError(
            "This backup cannot be restored: {problem}. Nothing was changed.", problem=problems[0]
        )
    if passphrase is None and db.exists() and db.stat().st_size > 0 and not is_plain_sqlite(db):
        raise BackupError(
            "This clinic's database is encrypted: give its passphrase (set MESODESK_PASSPHRASE) so the "
            "restored database is encrypted too. Nothing was changed."
        )
    db.parent.mkdir(parents=True, exist_ok=True)
    with lock.exclusive(db, "restore a backup"):
        aside = _replace_file(backup, db, passphrase, now, progress)
    log.info("database restored from %s (previous database kept as %s)", backup.name, aside and aside.name)
    return RestoreResult(backup, aside)


def _replace_file(
    backup: Path, db: Path, passphrase: Passphrase | None, now: datetime, progress: Progress | None
) -> Path | None:
    """Copy the backup beside the database, verify the copy, set the database aside, rename the copy in."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{db.name}.restore-", suffix=".partial", dir=db.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out, backup.open("rb") as src:
            total = backup.stat().st_size
            done = 0
            while chunk := src.read(1 << 20):
                out.write(chunk)
                done += len(chunk)
                if progress:
                    progress(done, total)
            out.flush()
            os.fsync(out.fileno())
        plain = is_plain_sqlite(tmp)
        if verify_backup(tmp, passphrase=None if plain else passphrase):
            raise BackupError("The copy of the backup could not be verified; nothing was changed.")
        if plain and passphrase is not None:  # an encrypted clinic stays encrypted
            tmp = encrypt_copy(tmp, passphrase)
            if verify_backup(tmp, passphrase=passphrase):
                raise BackupError(
                    "The encrypted copy of the backup could not be verified; nothing was changed."
                )
        aside = set_aside(db, passphrase, now) if db.exists() else None
        os.replace(tmp, db)
        fsync_dir(db.parent)
    except OSError as exc:
        raise BackupError(
            "The restore failed ({reason}); the database was not changed.", reason=exc.strerror or exc
        ) from exc
    finally:
        tmp.unlink(missing_ok=True)
    return aside


#: Copies set aside by restores that are kept (the newest); older ones are deleted by clean_leftovers.
KEEP_ASIDE = 3
#: A ``.partial`` file not written to for this long belongs to a backup or restore that was killed.
STALE_PARTIAL_S = 600.0


def copies_set_aside(db: Path) -> list[Path]:
    """The databases restores kept aside (``<db>.before-restore-*``), newest first."""
    found = [p for p in db.parent.glob(f"{db.name}.before-restore-*") if p.suffix not in (".lock",)]
    found = [p for p in found if not p.name.endswith(("-wal", "-shm", "-journal"))]
    return sorted(found, key=lambda p: p.name, reverse=True)


def _partials(db: Path) -> list[Path]:
    folders = {db.parent, backups_dir()}
    return [p for f in folders if f.is_dir() for p in f.glob(".*.partial")]


def clean_leftovers(db: Path, *, now: float | None = None) -> list[Path]:
    """Delete what killed backups and restores left (stale ``.partial`` files) and all but the newest
    KEEP_ASIDE copies set aside by restores; returns what was deleted (run when a clinic file is opened)."""
    import time

    now = time.time() if now is None else now
    deleted: list[Path] = []
    for partial in _partials(db):
        try:
            if now - partial.stat().st_mtime >= STALE_PARTIAL_S:
                partial.unlink()
                deleted.append(partial)
        except OSError:
            continue
    for old in copies_set_aside(db)[KEEP_ASIDE:]:
        for path in (old, Path(f"{old}-wal"), Path(f"{old}-shm")):
            try:
                path.unlink()
                deleted.append(path)
            except FileNotFoundError:
                continue
            except OSError as exc:
                log.warning("could not delete an old copy set aside: %s", type(exc).__name__)
    if deleted:
        log.info("deleted %d leftover copies (killed backups, old restores)", len(deleted))
    return deleted


def leftover_copies(engine_or_url: Engine | str) -> list[Path]:
    """Every copy of the clinic the application keeps outside the live file: backups, copies set aside by
    restores, and partial files (what an administrator must also deal with after an erasure)."""
    url = resolve_url(
        engine_or_url
        if isinstance(engine_or_url, str)
        else engine_or_url.url.render_as_string(hide_password=False)
    )
    found = [b.path for b in list_backups(url)]
    db = sqlite_path(url)
    if db is not None:
        found += copies_set_aside(db) + _partials(db)
    return found


def is_plain_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def encrypt_copy(plain: Path, passphrase: Passphrase) -> Path:
    """An SQLCipher-encrypted copy of a plain database (sqlcipher_export), beside it; the plain one removed."""
    target = plain.with_name(plain.name.replace(".partial", ".enc.partial"))
    target.unlink(missing_ok=True)
    conn = sqlcipher_module().connect(str(plain), isolation_level=None)
    try:
        conn.execute(
            f"ATTACH DATABASE {sql_quote(str(target))} AS encrypted KEY {sql_quote(passphrase.reveal())}"
        )
        conn.execute("SELECT sqlcipher_export('encrypted')")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()
    fsync_file(target)
    plain.unlink(missing_ok=True)
    return target


def set_aside(db: Path, passphrase: Passphrase | None, now: datetime) -> Path:
    """Keep the current database (and its WAL) under a timestamped name; the database path stays in place."""
    try:  # fold the WAL into the main file so the copy set aside is whole
        conn = connect_file(db, passphrase)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    except Exception as exc:  # noqa: BLE001 - a damaged database: keep it as it is, WAL included
        log.warning("could not checkpoint the database before restoring: %s", exc)
    aside = db.with_name(f"{db.name}.before-restore-{now.strftime(STAMP)}")
    n = 1
    while aside.exists():
        aside = db.with_name(f"{db.name}.before-restore-{now.strftime(STAMP)}-{n}")
        n += 1
    try:
        os.link(db, aside)
    except OSError:
        shutil.copy2(db, aside)
    for extra in ("-wal", "-shm"):
        side = Path(str(db) + extra)
        if side.exists():
            os.replace(side, Path(str(aside) + extra))  # a stale WAL must never meet the restored file
    return aside


# -- PostgreSQL ------------------------------------------------------------------------------------------------
