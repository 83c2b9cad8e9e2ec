"""CLI subcommands, one module each (register(subparsers) sets args.func)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TYPE_CHECKING, TextIO

from sqlalchemy.engine import Engine

from mesodesk.domain.errors import DatabaseError, KnownError, PassphraseNeededError

if TYPE_CHECKING:
    from mesodesk.services import Services

PASSPHRASE_TRIES = 3


def open_engine(args: argparse.Namespace, *, upgrade: bool = True) -> Engine:
    """The command's database; an encrypted file opened with $MESODESK_PASSPHRASE, or on a terminal
    with the passphrase typed at a prompt (three tries), else refused with what to do."""
    from mesodesk.storage.database import open_database

    passphrase = ask_passphrase_if_needed(args.db)
    for attempt in range(PASSPHRASE_TRIES):
        try:
            return open_database(args.db, upgrade=upgrade, passphrase=passphrase)
        except DatabaseError as exc:
            if passphrase is None or attempt == PASSPHRASE_TRIES - 1 or not _can_prompt():
                raise
            print(f"mesodesk: {exc}", file=sys.stderr)
            passphrase = _prompt(args.db)
    raise AssertionError("unreachable")  # pragma: no cover


def ask_passphrase_if_needed(db: str | None) -> str | None:
    """None when no passphrase is needed or $MESODESK_PASSPHRASE gives it; the typed passphrase when the
    file has no readable header and the command runs on a terminal. Raises the probe's message otherwise."""
    import os

    from mesodesk.db.engine import resolve_url, sqlite_path
    from mesodesk.db.probe import probe_sqlite_file

    if os.environ.get("MESODESK_PASSPHRASE"):
        return None  # open_database uses it
    path = sqlite_path(resolve_url(db))
    if path is None:
        return None
    try:
        probe_sqlite_file(path)
    except PassphraseNeededError:
        if not _can_prompt():
            raise
        return _prompt(db)
    return None


def _can_prompt() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _prompt(db: str | None) -> str | None:
    import getpass

    from mesodesk.db.engine import resolve_url, sqlite_path

    name = sqlite_path(resolve_url(db))
    text = getpass.getpass(f"Passphrase of the encrypted database {name.name if name else db}: ")
    return text or None


def services(args: argparse.Namespace) -> Services:
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

    def __init__(self, stream: TextIO | None = None) -> None:
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
