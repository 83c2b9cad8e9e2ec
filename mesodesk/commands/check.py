"""`mesodesk check`: integrity, schema version, foreign keys."""

from __future__ import annotations

import argparse
import sys


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "check",
        help="check the database (integrity, schema, foreign keys)",
        description="Check the database; exits non-zero with a one-line reason on any problem.",
    )
    p.add_argument("--quick", action="store_true", help="quick integrity check only")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from mesodesk.db.engine import resolve_url, sqlite_path
    from mesodesk.domain.errors import DatabaseError
    from mesodesk.storage.database import check, open_database, probe_sqlite_file

    path = sqlite_path(resolve_url(args.db))
    if path is not None:
        if not path.exists():
            raise DatabaseError("No database at {path}.", path=path)
        import os

        if not os.environ.get("MESODESK_PASSPHRASE"):  # an encrypted file has no readable header to probe
            probe_sqlite_file(path)
    engine = open_database(args.db, upgrade=False)
    problems = check(engine, quick=args.quick)
    from mesodesk.services.integrity import run_checks

    problems += run_checks(engine)
    if problems:
        print(
            f"mesodesk check: FAILED: {problems[0]}"
            + (f" (+{len(problems) - 1} more)" if len(problems) > 1 else ""),
            file=sys.stderr,
        )
        for extra in problems[1:]:
            print(f"  {extra}", file=sys.stderr)
        return 1
    print("mesodesk check: OK")
    return 0
