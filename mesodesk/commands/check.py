"""`mesodesk check`: integrity, schema version, foreign keys, the audit trail, signed records, photos, text.

Signatures, photos and text are verified where the file changed since the last clean check (``--full``:
everywhere); see docs/trust.md. A progress line is shown when the error output is a terminal.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from mesodesk.services.integrity import Verification


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "check",
        help="check the database (integrity, schema, foreign keys)",
        description="Check the database; exits non-zero with a one-line reason on any problem.",
    )
    p.add_argument("--quick", action="store_true", help="quick integrity check only")
    p.add_argument(
        "--full",
        action="store_true",
        help="verify every signature, photo and text cell again, not only what changed since the last "
        "clean check (the database's own checks and the audit trail are always checked in full)",
    )
    p.add_argument(
        "--no-progress",
        action="store_true",
        help="no progress display (it is shown only when the error output is a terminal anyway)",
    )
    p.add_argument(
        "--head",
        metavar="N:HASH",
        help="also check the audit trail against a chain head printed on a monthly audit summary "
        "(`mesodesk report audit --month YYYY-MM`)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from mesodesk.commands import open_engine
    from mesodesk.db.engine import resolve_url, sqlite_path
    from mesodesk.domain.errors import DatabaseError
    from mesodesk.services.audit import head_problems
    from mesodesk.services.audit_summary import parse_head
    from mesodesk.storage.database import check

    printed_head = parse_head(args.head) if getattr(args, "head", None) else None
    path = sqlite_path(resolve_url(args.db))
    if path is not None and not path.exists():
        raise DatabaseError("No database at {path}.", path=path)
    from sqlalchemy.exc import DBAPIError

    from mesodesk.services.integrity import verify
    from mesodesk.storage import database

    progress = None if args.no_progress or not sys.stderr.isatty() else LineProgress(sys.stderr)
    engine = open_engine(args, upgrade=False)
    result = None
    try:
        if progress:
            progress(0, 1, "SQLite integrity check")
        problems = check(engine, quick=args.quick, utf8=False)
        try:
            result = verify(engine, full=args.full, progress=progress, record=False)
            problems += result.problems
            if printed_head is not None:
                problems += head_problems(engine, *printed_head, "the printed audit summary")
        except DBAPIError as exc:
            problems.append(_known_failure(exc))
        if not problems and result is not None and result.commit is not None:
            result.recorded = result.commit()
    finally:
        if progress:
            progress.clear()
        engine.dispose()
    for note in database.notes + (result.notes if result else []):
        print(f"mesodesk check: note: {note}", file=sys.stderr)
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
    if result is not None:
        print(f"mesodesk check: {summary(result)}")
    return 0


def summary(result: Verification) -> str:
    """What the signature checks looked at, in one line."""
    kinds = ("signed sessions", "consents", "photos")
    counts = ", ".join(f"{result.verified.get(k, 0):,} {k}" for k in kinds)
    if result.full:
        return f"verified in full: {counts}"
    return (
        f"{result.changed_pages:,} of {result.pages:,} table pages changed since the last clean check; "
        f"verified again: {counts} (--full verifies every one)"
    )


class LineProgress:
    """One line on a terminal, rewritten as the check moves on (removed at the end)."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.width = 0

    def __call__(self, done: int, total: int, what: str) -> None:
        line = f"checking: {what}" + (f" {done:,}/{total:,}" if total > 1 else "...")
        self.stream.write("\r" + line.ljust(self.width))
        self.width = len(line)
        self.stream.flush()

    def clear(self) -> None:
        self.stream.write("\r" + " " * self.width + "\r")
        self.stream.flush()


def _known_failure(exc: Exception) -> str:
    """A database error met by a check, said without quoting the data (the message may hold a name)."""
    import re

    from mesodesk.domain.errors import DatabaseError

    text = str(getattr(exc, "orig", exc))
    lowered = text.lower()
    if "could not decode" in lowered:
        column = re.search(r"column '([^']+)'", text)
        return (
            "a text cell is not valid UTF-8"
            + (f" (column {column.group(1)})" if column else "")
            + ": the file was changed behind MesoDesk's back or is damaged"
        )
    if "locked" in lowered or "busy" in lowered:
        from mesodesk.storage.database import BUSY

        raise DatabaseError(BUSY) from None
    if "readonly" in lowered or "read-only" in lowered:
        raise DatabaseError(
            "The database file is read-only, and this check needs to read its journal."
        ) from None
    if "malformed" in lowered or "not a database" in lowered:
        return "the database file is damaged (SQLite: database disk image is malformed)"
    return f"a check could not be completed ({type(exc).__name__})"
