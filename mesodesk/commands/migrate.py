"""`mesodesk migrate`: bring the schema to the latest version (or show it)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("migrate", help="upgrade the database schema to this version of MesoDesk")
    p.add_argument("--status", action="store_true", help="only show the schema version")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from mesodesk.commands import open_engine
    from mesodesk.db import migrate

    engine = open_engine(args, upgrade=not args.status)
    current, head = migrate.current_revision(engine), migrate.head_revision()
    print(f"schema {current or 'empty'} (latest {head})")
    return 0
