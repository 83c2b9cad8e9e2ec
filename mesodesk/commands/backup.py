"""`mesodesk backup [--to PATH] [--list]`: a verified copy of the database (encrypted if the database is)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "backup",
        help="back up the database (verified; rotated in the backup folder)",
        description="Copy the database with SQLite's online backup (pg_dump for PostgreSQL), "
        "verify the copy, write its SHA-256 manifest beside it, and print its path. Without --to the copy "
        "goes to the backup folder, where older automatic backups are rotated.",
    )
    p.add_argument("--to", metavar="PATH", help="a file or folder to write the backup to")
    p.add_argument(
        "--list",
        action="store_true",
        help="list the backups in the backup folder instead, each checked against its SHA-256 manifest",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from mesodesk.commands import TextProgress, open_engine
    from mesodesk.storage import backup

    engine = open_engine(args)
    try:
        if args.list:
            damaged = 0
            for b in backup.list_backups(engine):
                status = backup.backup_status(b.path)
                damaged += status.startswith("DAMAGED")
                print(
                    f"{b.created.astimezone():%Y-%m-%d %H:%M:%S}  {b.size:>12,}  {b.reason:<14} {b.path}  {status}"
                )
            return 1 if damaged else 0
        progress = TextProgress()
        info = backup.backup_database(
            engine, args.to, progress=lambda done, total: progress(done, total, "pages")
        )
        print(info.path)
        return 0
    finally:
        engine.dispose()
