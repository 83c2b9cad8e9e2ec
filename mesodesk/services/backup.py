"""Backups as a use case: who may back up and restore, and the audit entries for both.

The file plumbing (online backup, verification, rotation, restore, pg_dump) is :mod:`mesodesk.storage.backup`;
its public names are re-exported here so ``from mesodesk.services.backup import ...`` keeps working.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from mesodesk.services.context import ServiceContext


def __getattr__(name: str) -> Any:  # anything else of the storage module (old import path)
    return getattr(_storage, name)


class BackupService:
    """Backups for a signed-in user: only an administrator may back up (a backup is the whole clinic) or
    restore. Both are recorded in the live audit trail (the restore in the restored database, after it)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def backups(self) -> list[BackupInfo]:
        return list_backups(self.ctx.engine)

    def status(self, info: BackupInfo) -> str:
        """'ok', 'no checksum …' or 'DAMAGED: …' (the backup's bytes against its SHA-256 manifest)."""
        return _storage.backup_status(info.path)

    def backup_now(self, dest: str | Path | None = None, progress: Progress | None = None) -> BackupInfo:
        from mesodesk.services.context import Permission

        self.ctx.require(Permission.ADMIN)
        info = backup_database(self.ctx.engine, dest, reason="manual", progress=progress)
        self._audit(self.ctx, "backup", {"file": info.name})
        return info

    def restore(self, path: str | Path, progress: Progress | None = None) -> RestoreResult:
        """Restore a backup over the open database; the caller must open a new engine afterwards.

        Refused while another process has the clinic file open (its saves would be lost). The restore is
        then recorded in the restored database's own trail, so the live trail shows it.
        """
        from mesodesk.services.context import Permission
        from mesodesk.storage.database import open_database

        self.ctx.require(Permission.ADMIN)
        passphrase = engine_passphrase(self.ctx.engine)
        problems = verify_backup(path, passphrase=passphrase)
        if problems:
            raise BackupError(
                "This backup cannot be restored: {problem}. Nothing was changed.", problem=problems[0]
            )
        url = self.ctx.engine.url.render_as_string(hide_password=False)
        result = restore(path, engine=self.ctx.engine, progress=progress)
        engine = open_database(url, passphrase=passphrase.reveal() if passphrase else None)
        try:
            self._audit(
                self.ctx.with_engine(engine),
                "restore",
                {
                    "file": Path(path).name,
                    "kept_aside": result.kept_aside.name if result.kept_aside else None,
                },
            )
        finally:
            engine.dispose()
        return result

    @staticmethod
    def _audit(ctx: ServiceContext, action: str, after: dict[str, Any]) -> None:
        from mesodesk.services import audit

        with ctx.write() as s:
            audit.record(s, ctx, "database", None, action, None, after)


def record_restore(engine: Engine, result: RestoreResult, ctx: ServiceContext | None = None) -> None:
    """The restore, in the live trail: an entry in the database the restore put in place."""
    from mesodesk.services.context import ServiceContext

    live = ctx.with_engine(engine) if ctx is not None else ServiceContext(engine)
    BackupService._audit(
        live,
        "restore",
        {
            "file": result.restored_from.name,
            "kept_aside": result.kept_aside.name if result.kept_aside else None,
        },
    )
