"""`mesodesk demo`: fill a database with a demo clinic."""

from __future__ import annotations

import argparse
import time

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
    from mesodesk.domain.errors import ValidationError
    from mesodesk.services.demo import build_demo

    if args.patients < 1:
        raise ValidationError("--patients", "must be at least 1")
    engine = open_engine(args)
    started = time.perf_counter()
    summary = build_demo(
        engine, patients=args.patients, seed=args.seed, add=args.add, progress=TextProgress()
    )
    print(
        f"Demo clinic ready: {summary.patients:,} patients, {summary.sessions:,} sessions, "
        f"{summary.reactions:,} reactions, {summary.follow_ups:,} open follow-ups "
        f"in {time.perf_counter() - started:.1f} s. Sign in as admin / mesodesk."
    )
    return 0
