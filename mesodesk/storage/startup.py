"""Start-up checks, before the main window: is the database where it may be, whole, and at our schema?

The application calls ``preflight(url)`` once at start (Qt-free, so the CLI and tests use it too):

    result = preflight(url, passphrase=...)
    if result.ok:          -> use result.engine
    else:                  -> show result.message; if result.backup: offer to restore it
                              (storage.backup.restore(result.backup.path, result.url)), then preflight again

Nothing here changes or deletes a damaged file: it stays where it is for inspection, and a
restore keeps it aside under a timestamped name.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import Engine

from mesodesk.db.engine import Passphrase, apply_key, resolve_url, sqlcipher_module, sqlite_path
from mesodesk.domain.errors import DatabaseError
from mesodesk.storage import backup as backups
from mesodesk.storage.database import MigrationFailedError, open_database

log = logging.getLogger("mesodesk.startup")

#: File-system types where SQLite's locking and WAL cannot be trusted.
NETWORK_FS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smbfs",
        "smb3",
        "9p",
        "fuse.sshfs",
        "sshfs",
        "afs",
        "ncpfs",
        "coda",
        "davfs",
        "fuse.davfs2",
        "glusterfs",
        "fuse.glusterfs",
        "ceph",
        "fuse.ceph",
        "lustre",
        "gpfs",
        "fuse.rclone",
        "fuse.s3fs",
        "ocfs2",
        "gfs2",
        "virtiofs",
    }
)

MOUNTS_FILE = Path("/proc/mounts")

#: Files larger than this get the header checks only at start (quick_check reads every page).
QUICK_CHECK_LIMIT = 64 * 1024 * 1024

OK = "ok"
NETWORK_SHARE = "network_share"
DAMAGED = "damaged"
NOT_OURS = "not_mesodesk"
WRONG_PASSPHRASE = "wrong_passphrase"
MIGRATION_FAILED = "migration_failed"
REFUSED = "refused"


@dataclass
class PreflightResult:
    status: str
    message: str
    url: str
    db_path: Path | None = None
    engine: Engine | None = None
    backup: backups.BackupInfo | None = None  # the newest good backup, offered when something is wrong

    @property
    def ok(self) -> bool:
        return self.status == OK


# -- network shares ---------------------------------------------------------------------------------------------
def _unescape_mount(field: str) -> str:
    return field.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n").replace("\\134", "\\")


def filesystem_type(path: Path, mounts: str | None = None) -> str | None:
    """The type of the file system holding ``path`` (from /proc/mounts; None if unknown)."""
    if mounts is None:
        try:
            mounts = MOUNTS_FILE.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    real = os.path.realpath(path)
    best, best_type = "", None
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = _unescape_mount(parts[1])
        inside = real == point or real.startswith(point.rstrip("/") + "/") or point == "/"
        if inside and len(point) >= len(best):
            best, best_type = point, parts[2]
    return best_type


def is_network_path(path: Path, mounts: str | None = None) -> bool:
    fs = filesystem_type(path, mounts)
    return fs is not None and (fs in NETWORK_FS or fs.split(".")[-1] in NETWORK_FS)


# -- damage ------------------------------------------------------------------------------------------------------
def damage(path: Path, passphrase: Passphrase | None = None, *, limit: int = QUICK_CHECK_LIMIT) -> str | None:
    """Why the SQLite file looks damaged (None: it looks whole). Reads only; never writes to the file."""
    size = path.stat().st_size
    if passphrase is None:
        with path.open("rb") as fh:
            header = fh.read(100)
        if not header.startswith(b"SQLite format 3\x00"):
            return None  # not an SQLite file at all: open_database refuses it with its own message
        if len(header) < 100:
            return "the file is truncated (shorter than its header)"
        page_size = int.from_bytes(header[16:18], "big")
        page_size = 65536 if page_size == 1 else page_size
        pages = int.from_bytes(header[28:32], "big")
        valid = header[24:28] == header[92:96]
        if valid and pages and size < pages * page_size:
            return f"the file is truncated ({size:,} bytes where {pages * page_size:,} were written)"
        if size % page_size:
            return "the file is truncated (not a whole number of pages)"
    module = sqlcipher_module() if passphrase is not None else sqlite3
    try:
        conn = module.connect(str(path), timeout=10, isolation_level=None)
    except Exception as exc:  # noqa: BLE001
        return f"the file cannot be opened ({exc})"
    try:
        if passphrase is not None:
            apply_key(conn, passphrase)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if size <= limit:
            rows = [r[0] for r in conn.execute("PRAGMA quick_check")]
            if rows != ["ok"]:
                return f"the integrity check failed ({'; '.join(rows[:2])})"
    except DatabaseError:
        raise
    except Exception as exc:  # noqa: BLE001 - sqlite3/sqlcipher3 "database disk image is malformed", ...
        return f"the database cannot be read ({exc})"
    finally:
        conn.close()
    return None


def _maybe_encrypted(path: Path) -> bool:
    """Could be an SQLCipher database: not plain SQLite, whole pages of random-looking bytes,
    and SQLCipher is here to try a passphrase on it (a text file or a spreadsheet is not asked about)."""
    size = path.stat().st_size
    if size < 1024 or size % 512:  # a database file is always a whole number of pages
        return False
    with path.open("rb") as fh:
        head = fh.read(4096)
    if head.startswith(b"SQLite format 3\x00"):
        return False
    printable = sum(32 <= b < 127 or b in (9, 10, 13) for b in head)
    if printable > 0.9 * len(head):  # text, not ciphertext
        return False
    try:
        sqlcipher_module()
    except DatabaseError:
        return False
    return True


def newest_good_backup(url: str, passphrase: Passphrase | None = None) -> backups.BackupInfo | None:
    for candidate in backups.list_backups(url):
        if candidate.path.suffix != backups.BACKUP_SUFFIX:
            continue
        if not backups.verify_backup(candidate.path, passphrase=passphrase):
            return candidate
        log.warning("backup %s failed verification; not offered", candidate.name)
    return None


def preflight(url: str | None = None, *, passphrase: str | None = None) -> PreflightResult:
    """Check the database before the application uses it; on success ``result.engine`` is open and current."""
    resolved = resolve_url(url)
    path = sqlite_path(resolved)
    secret = Passphrase(passphrase) if passphrase else None
    if path is not None:
        if is_network_path(path):
            return PreflightResult(
                NETWORK_SHARE,
                f"The database {path} is on a network share ({filesystem_type(path)}). SQLite cannot share a "
                "file safely between computers and records could be lost. Keep the file on this computer's "
                "own disk, or, for several workstations, use a PostgreSQL server (--db postgresql://…).",
                resolved,
                path,
            )
        if path.exists() and path.stat().st_size > 0:
            if secret is None and _maybe_encrypted(path):
                return PreflightResult(
                    WRONG_PASSPHRASE,
                    f"{path.name} is encrypted (or it is not a MesoDesk database): its passphrase is needed.",
                    resolved,
                    path,
                )
            try:
                why = damage(path, secret)
            except DatabaseError as exc:
                return PreflightResult(WRONG_PASSPHRASE, str(exc), resolved, path)
            if why is not None:
                log.error("database file damaged: %s", why)
                good = newest_good_backup(resolved, secret)
                return PreflightResult(
                    DAMAGED,
                    f"The database file {path.name} is damaged: {why}. It has been left as it is for inspection."
                    + (
                        f" The newest good backup is from {good.created.astimezone():%Y-%m-%d %H:%M}."
                        if good
                        else " No good backup was found."
                    ),
                    resolved,
                    path,
                    backup=good,
                )
    try:
        engine = open_database(resolved, passphrase=passphrase)
    except MigrationFailedError as exc:
        good = None
        if exc.backup is not None and not backups.verify_backup(exc.backup, passphrase=secret):
            good = next((b for b in backups.list_backups(resolved) if b.path == exc.backup), None)
        good = good or newest_good_backup(resolved, secret)
        return PreflightResult(MIGRATION_FAILED, str(exc), resolved, path, backup=good)
    except DatabaseError as exc:
        status = (
            WRONG_PASSPHRASE
            if "passphrase" in str(exc)
            else (NOT_OURS if "not a MesoDesk" in str(exc) else REFUSED)
        )
        return PreflightResult(status, str(exc), resolved, path)
    return PreflightResult(OK, "", resolved, path, engine=engine)
