"""Backups and restore: SQLite online backup API (verified, fsynced, rotated); pg_dump for PostgreSQL.

What the application calls:
- ``backup_if_due(engine)`` at start (and on a timer): one automatic backup a day;
- ``backup_on_exit(engine)`` when the main window closes;
- ``backup_database(engine, reason="pre-migration")`` is called by ``open_database`` before a migration;
- ``restore(backup_path, url, engine=...)`` from the GUI or ``mesodesk restore``.

Backups go to ``data_dir()/backups`` as ``<db name>-YYYYmmdd-HHMMSS-<reason>.sqlite3``; the automatic
ones (daily, exit) are rotated: the newest of each of the last 7 days, 4 weeks and 12 months are kept.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine, make_url

from mesodesk.db.engine import (
    Passphrase,
    apply_key,
    data_dir,
    engine_passphrase,
    resolve_url,
    sql_quote,
    sqlcipher_module,
    sqlite_path,
)
from mesodesk.db.probe import is_empty
from mesodesk.domain.errors import DatabaseError, KnownError
from mesodesk.i18n import _
from mesodesk.storage import lock

log = logging.getLogger("mesodesk.backup")

BACKUP_SUFFIX = ".sqlite3"
PG_SUFFIX = ".pgdump"
STAMP = "%Y%m%d-%H%M%S"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
PAGES_PER_STEP = 1024
#: Backups the rotation may delete; manual and pre-migration backups are kept until removed by hand.
AUTOMATIC = ("daily", "exit")

Progress = Callable[[int, int], None]


class BackupError(DatabaseError):
    """A backup could not be written or verified, or a backup file is not usable."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime  # UTC
    size: int
    reason: str = ""

    @property
    def name(self) -> str:
        return self.path.name


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    kept_aside: Path | None  # the database as it was before the restore


def backups_dir() -> Path:
    return data_dir() / "backups"


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _connect(path: Path, passphrase: Passphrase | None, *, readonly: bool = False) -> Any:
    """A raw DB-API connection (SQLCipher-keyed when there is a passphrase)."""
    module = sqlcipher_module() if passphrase is not None else sqlite3
    target = f"file:{path}?mode=ro" if readonly else str(path)
    conn = module.connect(target, uri=readonly, timeout=10, isolation_level=None)
    if passphrase is not None:
        try:
            apply_key(conn, passphrase)
        except BaseException:
            conn.close()
            raise
    return conn


def _stem(db_path: Path) -> str:
    return db_path.stem


def _parse_name(stem: str, path: Path) -> tuple[datetime, str] | None:
    name = path.name
    if not name.startswith(stem + "-") or not (name.endswith(BACKUP_SUFFIX) or name.endswith(PG_SUFFIX)):
        return None
    rest = name[len(stem) + 1 :].rsplit(".", 1)[0]
    stamp, _sep, reason = rest[:15], rest[15:16], rest[16:]
    try:
        created = datetime.strptime(stamp, STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None
    return created, reason


def _db_stem(engine_or_url: Engine | str) -> str:
    url = resolve_url(
        engine_or_url
        if isinstance(engine_or_url, str)
        else engine_or_url.url.render_as_string(hide_password=False)
    )
    path = sqlite_path(url)
    if path is not None:
        return _stem(path)
    return make_url(url).database or "mesodesk"


def list_backups(engine_or_url: Engine | str, folder: Path | None = None) -> list[BackupInfo]:
    """Backups of this database in the backup folder, newest first."""
    folder = folder or backups_dir()
    stem = _db_stem(engine_or_url)
    found: list[BackupInfo] = []
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        parsed = _parse_name(stem, path)
        if parsed is None or not path.is_file():
            continue
        found.append(BackupInfo(path, parsed[0], path.stat().st_size, parsed[1]))
    found.sort(key=lambda b: (b.created, b.path.name), reverse=True)
    return found


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
        return _pg_dump(engine, dest, reason=reason, now=now)
    src_path = sqlite_path(engine.url.render_as_string(hide_password=False))
    if src_path is None:
        raise BackupError("Only SQLite files and PostgreSQL databases can be backed up.")
    to_folder = dest is None or Path(dest).is_dir()
    folder = backups_dir() if dest is None else (Path(dest) if to_folder else Path(dest).parent)
    folder.mkdir(parents=True, exist_ok=True)
    target = (
        folder / f"{_stem(src_path)}-{now.strftime(STAMP)}-{reason}{BACKUP_SUFFIX}"
        if to_folder
        else Path(dest)
    )
    passphrase = engine_passphrase(engine)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=folder)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        raw = engine.raw_connection()
        try:
            source = raw.driver_connection
            copy = _connect(tmp, passphrase)
            try:

                def _step(status: int, remaining: int, total: int) -> None:
                    if progress is not None:
                        progress(total - remaining, total)

                source.backup(copy, pages=PAGES_PER_STEP, progress=_step)
                copy.execute("PRAGMA journal_mode = DELETE")  # the backup is one self-contained file
                head = _audit_head(copy)
            finally:
                copy.close()
        finally:
            raw.close()
        problems = verify_backup(tmp, passphrase=passphrase)
        if problems:
            raise BackupError(
                "The backup could not be verified ({problem}); it was not kept.", problem=problems[0]
            )
        _fsync_file(tmp)
        os.replace(tmp, target)
        write_manifest(target, now, reason, head)
        _fsync_dir(folder)
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


MANIFEST_SUFFIX = ".manifest.json"


def manifest_path(backup: Path) -> Path:
    return backup.with_name(backup.name + MANIFEST_SUFFIX)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _audit_head(conn: Any) -> dict[str, Any]:
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
    _fsync_file(tmp)
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
        conn = _connect(path, passphrase)
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
        return _pg_restore(backup, resolved)
    if not backup.is_file():
        raise BackupError("No backup file at {backup}.", backup=backup)
    plain = _is_plain_sqlite(backup)
    problems = verify_backup(backup, passphrase=None if plain else passphrase)
    if problems:
        raise BackupError(
            "This backup cannot be restored: {problem}. Nothing was changed.", problem=problems[0]
        )
    if passphrase is None and db.exists() and db.stat().st_size > 0 and not _is_plain_sqlite(db):
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
        plain = _is_plain_sqlite(tmp)
        if verify_backup(tmp, passphrase=None if plain else passphrase):
            raise BackupError("The copy of the backup could not be verified; nothing was changed.")
        if plain and passphrase is not None:  # an encrypted clinic stays encrypted
            tmp = _encrypt_copy(tmp, passphrase)
            if verify_backup(tmp, passphrase=passphrase):
                raise BackupError(
                    "The encrypted copy of the backup could not be verified; nothing was changed."
                )
        aside = _set_aside(db, passphrase, now) if db.exists() else None
        os.replace(tmp, db)
        _fsync_dir(db.parent)
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


def _is_plain_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def _encrypt_copy(plain: Path, passphrase: Passphrase) -> Path:
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
    _fsync_file(target)
    plain.unlink(missing_ok=True)
    return target


def _set_aside(db: Path, passphrase: Passphrase | None, now: datetime) -> Path:
    """Keep the current database (and its WAL) under a timestamped name; the database path stays in place."""
    try:  # fold the WAL into the main file so the copy set aside is whole
        conn = _connect(db, passphrase)
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
def _pg_env_args(url: str) -> tuple[list[str], dict[str, str]]:
    """libpq arguments without the password (it goes in PGPASSWORD, not on a command line)."""
    u = make_url(url)
    args = []
    if u.host:
        args += ["-h", u.host]
    if u.port:
        args += ["-p", str(u.port)]
    if u.username:
        args += ["-U", u.username]
    env = dict(os.environ)
    if u.password:
        env["PGPASSWORD"] = str(u.password)
    options = u.query.get("options")
    if options:
        env["PGOPTIONS"] = options if isinstance(options, str) else " ".join(options)
    return args + ["-d", u.database or ""], env


def _schema_of(url: str) -> str | None:
    options = make_url(url).query.get("options") or ""
    options = options if isinstance(options, str) else " ".join(options)
    for part in options.split():
        if part.startswith("-csearch_path="):
            return part.split("=", 1)[1].split(",")[0]
    return None


def _pg_tool(name: str) -> str:
    tool = shutil.which(name)
    if tool is None:
        raise BackupError(
            "PostgreSQL backups need the {name} program, which is not installed on this computer. Install the PostgreSQL client tools, or back up on the database server.",
            name=name,
        )
    return tool


def _pg_dump(engine: Engine, dest: str | Path | None, *, reason: str, now: datetime) -> BackupInfo:
    tool = _pg_tool("pg_dump")
    url = engine.url.render_as_string(hide_password=False)
    to_folder = dest is None or Path(dest).is_dir()
    folder = backups_dir() if dest is None else (Path(dest) if to_folder else Path(dest).parent)
    folder.mkdir(parents=True, exist_ok=True)
    target = (
        folder / f"{_db_stem(engine)}-{now.strftime(STAMP)}-{reason}{PG_SUFFIX}" if to_folder else Path(dest)
    )
    args, env = _pg_env_args(url)
    schema = _schema_of(url)
    if schema:
        args += ["-n", schema]
    tmp = target.with_name(f".{target.name}.partial")
    proc = subprocess.run(
        [tool, "-Fc", "--no-owner", "-f", str(tmp), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=3600,
    )
    if proc.returncode != 0:
        tmp.unlink(missing_ok=True)
        raise BackupError(
            "pg_dump failed: {detail}",
            detail=proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "",
        )
    listing = subprocess.run([_pg_tool("pg_restore"), "--list", str(tmp)], capture_output=True, text=True)
    if listing.returncode != 0 or "audit_entries" not in listing.stdout:
        tmp.unlink(missing_ok=True)
        raise BackupError("The PostgreSQL backup could not be verified; it was not kept.")
    _fsync_file(tmp)
    os.replace(tmp, target)
    write_manifest(target, now, reason, _pg_audit_head(engine))
    _fsync_dir(folder)
    log.info("backup written (%s): %s", reason, target.name)
    return BackupInfo(target, now, target.stat().st_size, reason)


def _pg_audit_head(engine: Engine) -> dict[str, Any]:
    from sqlalchemy import text

    with engine.connect() as conn:
        count, last_id = conn.execute(text("SELECT count(*), max(id) FROM audit_entries")).one()
        head = conn.scalar(text("SELECT entry_hash FROM audit_entries WHERE id = :i"), {"i": last_id})
    return {"count": count, "last_id": last_id, "head": head}


def _pg_restore(backup: Path, url: str) -> RestoreResult:
    tool = _pg_tool("pg_restore")
    if not backup.is_file():
        raise BackupError("No backup file at {backup}.", backup=backup)
    problem = manifest_problem(backup)
    if problem:
        raise BackupError("This backup cannot be restored: {problem}. Nothing was changed.", problem=problem)
    listing = subprocess.run([tool, "--list", str(backup)], capture_output=True, text=True)
    if listing.returncode != 0 or "audit_entries" not in listing.stdout:
        raise BackupError(
            "{name} is not a MesoDesk PostgreSQL backup. Nothing was changed.", name=backup.name
        )
    args, env = _pg_env_args(url)
    proc = subprocess.run(
        [tool, "--clean", "--if-exists", "--no-owner", "--single-transaction", *args, str(backup)],
        env=env,
        capture_output=True,
        text=True,
        timeout=3600,
    )
    if proc.returncode != 0:
        raise BackupError(
            "pg_restore failed (the database was left as it was): {detail}",
            detail=proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "",
        )
    return RestoreResult(backup, None)
