"""PostgreSQL backups: pg_dump in custom format and pg_restore into the database, with their manifest."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine, make_url

from mesodesk.storage.backup_files import (
    PG_SUFFIX,
    STAMP,
    BackupError,
    BackupInfo,
    RestoreResult,
    backups_dir,
    db_stem,
    fsync_dir,
    fsync_file,
)
from mesodesk.storage.backup_manifest import manifest_problem, write_manifest

log = logging.getLogger("mesodesk.backup")


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


def pg_tool(name: str) -> str:
    tool = shutil.which(name)
    if tool is None:
        raise BackupError(
            "PostgreSQL backups need the {name} program, which is not installed on this computer. Install the PostgreSQL client tools, or back up on the database server.",
            name=name,
        )
    return tool


def pg_dump(engine: Engine, dest: str | Path | None, *, reason: str, now: datetime) -> BackupInfo:
    tool = pg_tool("pg_dump")
    url = engine.url.render_as_string(hide_password=False)
    if dest is None or Path(dest).is_dir():
        folder = backups_dir() if dest is None else Path(dest)
        target = folder / f"{db_stem(engine)}-{now.strftime(STAMP)}-{reason}{PG_SUFFIX}"
    else:
        target = Path(dest)
        folder = target.parent
    folder.mkdir(parents=True, exist_ok=True)
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
    listing = subprocess.run([pg_tool("pg_restore"), "--list", str(tmp)], capture_output=True, text=True)
    if listing.returncode != 0 or "audit_entries" not in listing.stdout:
        tmp.unlink(missing_ok=True)
        raise BackupError("The PostgreSQL backup could not be verified; it was not kept.")
    fsync_file(tmp)
    os.replace(tmp, target)
    write_manifest(target, now, reason, pg_audit_head(engine))
    fsync_dir(folder)
    log.info("backup written (%s): %s", reason, target.name)
    return BackupInfo(target, now, target.stat().st_size, reason)


def pg_audit_head(engine: Engine) -> dict[str, Any]:
    from sqlalchemy import text

    with engine.connect() as conn:
        count, last_id = conn.execute(text("SELECT count(*), max(id) FROM audit_entries")).one()
        head = conn.scalar(text("SELECT entry_hash FROM audit_entries WHERE id = :i"), {"i": last_id})
    return {"count": count, "last_id": last_id, "head": head}


def pg_restore(backup: Path, url: str) -> RestoreResult:
    tool = pg_tool("pg_restore")
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
