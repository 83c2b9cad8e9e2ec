"""Backups as a use case: who may back up and restore, and the audit entries for both.

The file plumbing (online backup, verification, rotation, restore, pg_dump) is :mod:`mesodesk.storage.backup`;
its public names are re-exported here so ``from mesodesk.services.backup import ...`` keeps working.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mesodesk.db.engine import engine_passphrase
from mesodesk.storage import backup as _storage
from mesodesk.storage.backup import (  # noqa: F401 - the old import path
    AUTOMATIC,
    BACKUP_SUFFIX,
    PG_SUFFIX,
    BackupError,
    BackupInfo,
    Progress,
    RestoreResult,
    backup_database,
    backup_if_due,
    backup_on_exit,
    backups_dir,
    list_backups,
    restore,
    rotate,
    verify_backup,
)


def __getattr__(name: str) -> Any:  # anything else of the storage module (old import path)
    return getattr(_storage, name)


class BackupService:
    """Backups for a signed-in user: anyone may back up; only an administrator may restore."""

    def __init__(self, ctx: Any) -> None:
        self.ctx = ctx

    def list(self) -> list[BackupInfo]:
        return list_backups(self.ctx.engine)

    def backup_now(self, dest: str | Path | None = None, progress: Progress | None = None) -> BackupInfo:
        info = backup_database(self.ctx.engine, dest, reason="manual", progress=progress)
        self._audit("backup", {"file": info.name})
        return info

    def restore(self, path: str | Path, progress: Progress | None = None) -> RestoreResult:
        """Restore a backup over the open database; the caller must open a new engine afterwards."""
        from mesodesk.services.context import Permission

        self.ctx.require(Permission.ADMIN)
        problems = verify_backup(path, passphrase=engine_passphrase(self.ctx.engine))
        if problems:
            raise BackupError(f"This backup cannot be restored: {problems[0]}. Nothing was changed.")
        self._audit("restore_started", {"file": Path(path).name})
        return restore(path, engine=self.ctx.engine, progress=progress)

    def _audit(self, action: str, after: dict[str, Any]) -> None:
        from mesodesk.services import audit

        with self.ctx.write() as s:
            audit.record(s, self.ctx, "database", None, action, None, after)
