"""CLI subcommands, one module each (register(subparsers) sets args.func)."""

from __future__ import annotations

import argparse
from datetime import date

from sqlalchemy.engine import Engine

from mesodesk.domain.errors import KnownError


def open_engine(args: argparse.Namespace) -> Engine:
    from mesodesk.storage.database import open_database

    return open_database(args.db)


def services(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """Services acting as the system user (administrator scripts)."""
    from mesodesk.services import Services
    from mesodesk.services.context import ServiceContext

    return Services(ServiceContext(open_engine(args)))


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


class TextProgress:
    """A one-line progress display on stderr."""

    def __init__(self, stream=None) -> None:  # type: ignore[no-untyped-def]
        import sys

        self.stream = stream or sys.stderr
        self.last = -1

    def __call__(self, done: int, total: int, what: str = "") -> None:
        percent = int(done * 100 / total) if total else 100
        if percent != self.last:
            self.last = percent
            self.stream.write(f"\r{what} {done:,}/{total:,} ({percent}%)")
            if done >= total:
                self.stream.write("\n")
            self.stream.flush()


__all__ = ["KnownError", "open_engine", "services", "iso_date", "TextProgress"]
