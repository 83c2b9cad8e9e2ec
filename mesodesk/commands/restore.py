"""`mesodesk restore PATH`: replace the database with a verified backup (the current one is kept aside)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "restore",
        help="restore the database from a backup",
        description="Verify the backup (its SHA-256 checksum and the database inside), keep the current "
        "database aside under a timestamped name, then put the backup in its place (never a half-restored "
        "file). Refused while MesoDesk has the clinic file open elsewhere. An encrypted clinic stays "
        "encrypted: its passphrase comes from $MESODESK_PASSPHRASE.",
    )
    p.add_argument("path", help="the backup file")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import os

    from mesodesk.commands import TextProgress
    from mesodesk.db.engine import resolve_url
    from mesodesk.services.backup import record_restore
    from mesodesk.storage import backup
    from mesodesk.storage.database import open_database

    url = resolve_url(args.db)
    passphrase = os.environ.get("MESODESK_PASSPHRASE") or None
    progress = TextProgress()
    result = backup.restore(
        args.path, url, passphrase=passphrase, progress=lambda done, total: progress(done, total, "bytes")
    )
    engine = open_database(url, passphrase=passphrase)  # an older backup is brought to the current schema
    try:
        record_restore(engine, result)
    finally:
        engine.dispose()
    print(f"restored from {result.restored_from}")
    if result.kept_aside:
        print(f"the previous database was kept as {result.kept_aside}")
    return 0
