"""One writer per clinic file: a lock file beside the SQLite database, held by every MesoDesk process using it.

Every process that opens the database holds a *shared* lock on ``<db>.lock`` for as long as one of its
engines is alive (several windows of one process share it). Work that must be alone with the file — a
restore, which sets the file aside and puts another in its place, and the compaction after an erasure —
takes the *exclusive* lock first and is refused, with a clear message, while another process holds the
file. A process starting while that work runs is refused too, so no acknowledged save can land in a file
that is then set aside.

POSIX record locks (``lockf``) are per process: a process converting its own shared lock to an exclusive
one succeeds exactly when no other process holds the file. (On Windows, where there are no shared locks,
the lock is exclusive: one MesoDesk process per clinic file.)
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from mesodesk.domain.errors import DatabaseError
from mesodesk.i18n import N_

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

log = logging.getLogger("mesodesk.lock")

LOCK_SUFFIX = ".lock"


class FileInUseError(DatabaseError):
    """Another MesoDesk process has the clinic file open (or is restoring it)."""


def lock_path(db: Path) -> Path:
    return db.with_name(db.name + LOCK_SUFFIX)


class _Held:
    __slots__ = ("fd", "users", "exclusive", "engines")

    def __init__(self, fd: int) -> None:
        self.fd = fd  # -1: no lock file could be made (a read-only folder: nothing can be written anyway)
        self.users = 0
        self.exclusive = 0
        self.engines: weakref.WeakSet[Engine] = weakref.WeakSet()


_HELD: dict[str, _Held] = {}
_GUARD = threading.RLock()


def _key(db: Path) -> str:
    return os.path.realpath(db)


if sys.platform != "win32":
    import fcntl

    def _try(fd: int, exclusive: bool) -> bool:
        if fd < 0:
            return True
        try:
            fcntl.lockf(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _shared_again(fd: int) -> None:
        if fd >= 0:
            fcntl.lockf(fd, fcntl.LOCK_SH)  # converting one's own exclusive lock never waits

else:  # pragma: no cover - Windows: exclusive only
    import msvcrt

    def _try(fd: int, exclusive: bool) -> bool:
        if fd < 0:
            return True
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _shared_again(fd: int) -> None:
        pass


def _open(db: Path) -> _Held:
    key = _key(db)
    held = _HELD.get(key)
    if held is None:
        path = lock_path(db)
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            log.warning("no lock file beside the database (%s)", type(exc).__name__)
            fd = -1
        held = _Held(fd)
        _HELD[key] = held
    return held


def _close_if_unused(db: Path) -> None:
    key = _key(db)
    held = _HELD.get(key)
    if held is not None and held.users <= 0 and held.exclusive <= 0:
        if held.fd >= 0:
            os.close(held.fd)  # closing the descriptor drops the process's lock
        del _HELD[key]


IN_USE = N_(
    "Another MesoDesk window or program is using the clinic file {name} (or restoring it). "
    "Close MesoDesk everywhere else on this computer and try again."
)


def acquire_shared(db: Path) -> None:
    """Take (or share) this process's lock on ``db``; refused while another process restores it."""
    with _GUARD:
        held = _open(db)
        if held.users == 0 and held.exclusive == 0 and not _try(held.fd, exclusive=sys.platform == "win32"):
            _close_if_unused(db)
            raise FileInUseError(IN_USE, name=db.name)
        held.users += 1


def release_shared(db: Path) -> None:
    with _GUARD:
        held = _HELD.get(_key(db))
        if held is None:
            return
        held.users -= 1
        _close_if_unused(db)


def hold_for(engine: Engine, db: Path) -> None:
    """Hold the shared lock on ``db`` for as long as ``engine`` lives."""
    acquire_shared(db)
    with _GUARD:
        _HELD[_key(db)].engines.add(engine)
    weakref.finalize(engine, release_shared, db)


def others_present(db: Path) -> bool:
    """Does another process hold the clinic file? (This process's own lock does not count.)"""
    with _GUARD:
        held = _open(db)
        try:
            if held.exclusive:
                return False
            if not _try(held.fd, exclusive=True):
                return True
            if held.users:
                _shared_again(held.fd)
            return False
        finally:
            _close_if_unused(db)


@contextmanager
def exclusive(db: Path, what: str = "this") -> Iterator[None]:
    """Be alone with the clinic file: refused (FileInUseError) while another process holds it."""
    with _GUARD:
        held = _open(db)
        if not held.exclusive and not _try(held.fd, exclusive=True):
            _close_if_unused(db)
            raise FileInUseError(
                "Cannot {what} while another MesoDesk window or program has the clinic file {name} open (its saves would be lost). Close MesoDesk everywhere else on this computer and try again.",
                what=what,
                name=db.name,
            )
        held.exclusive += 1
        engines = list(held.engines)
    for engine in engines:  # this process's own windows: no pooled connection keeps the old file open
        engine.dispose()
    try:
        yield
    finally:
        with _GUARD:
            held.exclusive -= 1
            if held.exclusive == 0 and held.users:
                _shared_again(held.fd)
            _close_if_unused(db)
