"""What the backup modules share: the backup folder and file names, fsync, raw SQLite connections."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine, make_url

from mesodesk.db.engine import (
    Passphrase,
    apply_key,
    data_dir,
    resolve_url,
    sqlcipher_module,
    sqlite_path,
)
from mesodesk.domain.errors import DatabaseError

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


def fsync_dir(path: Path) -> None:
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


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def connect_file(path: Path, passphrase: Passphrase | None, *, readonly: bool = False) -> Any:
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


def file_stem(db_path: Path) -> str:
    return db_path.stem


def parse_name(stem: str, path: Path) -> tuple[datetime, str] | None:
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


def db_stem(engine_or_url: Engine | str) -> str:
    url = resolve_url(
        engine_or_url
        if isinstance(engine_or_url, str)
        else engine_or_url.url.render_as_string(hide_password=False)
    )
    path = sqlite_path(url)
    if path is not None:
        return file_stem(path)
    return make_url(url).database or "mesodesk"


def list_backups(engine_or_url: Engine | str, folder: Path | None = None) -> list[BackupInfo]:
    """Backups of this database in the backup folder, newest first."""
    folder = folder or backups_dir()
    stem = db_stem(engine_or_url)
    found: list[BackupInfo] = []
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        parsed = parse_name(stem, path)
        if parsed is None or not path.is_file():
            continue
        found.append(BackupInfo(path, parsed[0], path.stat().st_size, parsed[1]))
    found.sort(key=lambda b: (b.created, b.path.name), reverse=True)
    return found
