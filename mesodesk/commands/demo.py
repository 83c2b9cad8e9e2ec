"""`mesodesk demo`: fill a database with a demo clinic."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from sqlalchemy.engine import Engine

from mesodesk.commands import TextProgress, open_engine


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "demo",
        help="fill the database with a realistic demo clinic",
        description="Fill the database with a realistic, deterministic demo clinic. "
        "Demo accounts: admin, dr.martin, dr.rossi, dr.nowak, claire (password: mesodesk).",
    )
    p.add_argument("--patients", type=int, default=2000, help="number of patients (default 2000)")
    p.add_argument("--seed", type=int, default=1, help="random seed (same seed, same clinic)")
    p.add_argument("--add", action="store_true", help="add demo patients to a database that has records")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from mesodesk.db.engine import resolve_url, sqlite_path
    from mesodesk.domain.errors import ValidationError
    from mesodesk.paths import check_resources
    from mesodesk.services.demo import build_demo

    if args.patients < 1:
        raise ValidationError("--patients", "must be at least 1")
    # Before anything is created: a missing resource is a one-line error and no database is made.
    check_resources()
    path = sqlite_path(resolve_url(args.db))
    new_file = path is not None and (not path.exists() or path.stat().st_size == 0)
    engine = open_engine(args)
    started = time.perf_counter()
    try:
        summary = build_demo(
            engine, patients=args.patients, seed=args.seed, add=args.add, progress=TextProgress()
        )
    except BaseException:
        if new_file and path is not None:
            _remove_if_no_users(engine, path)
        raise
    print(
        f"Demo clinic ready: {summary.patients:,} patients, {summary.sessions:,} sessions, "
        f"{summary.reactions:,} reactions, {summary.follow_ups:,} open follow-ups "
        f"in {time.perf_counter() - started:.1f} s. Sign in as admin / mesodesk."
    )
    return 0


def _remove_if_no_users(engine: Engine, path: Path) -> None:
    """A demo that failed before its accounts were written leaves no new, user-less file behind."""
    from sqlalchemy import func, select

    from mesodesk.db.models import User

    try:
        with engine.connect() as conn:
            users = conn.scalar(select(func.count(User.id))) or 0
    except Exception:  # unreadable: it is ours and new, so it goes
        users = 0
    engine.dispose()
    if users:
        return  # whole chunks of patients with their accounts: a usable (smaller) clinic
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    print(
        f"mesodesk demo: the new database {path} was removed (the demo clinic was not built)", file=sys.stderr
    )
