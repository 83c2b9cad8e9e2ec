"""One calendar file a desktop calendar subscribes to, rewritten whenever the follow-ups change.

``write_feed`` writes the follow-ups from FEED_PAST_DAYS ago to FEED_FUTURE_DAYS ahead (plus the
cancellations and moves of events it published before, see mesodesk.interop.ical) to one .ics file,
atomically, and only when something in it changed (DTSTAMP aside), so a subscribed calendar
(Thunderbird, Evolution, Apple Calendar, Outlook "from file" or a web folder) sees each change once.

``watch_feed`` keeps it current: it looks at a cheap summary of the follow-ups and patients (count,
versions, archived patients) every few seconds and rewrites the file when that summary moves — a
change made on any workstation of the clinic, GUI or script. ``mesodesk export calendar-feed -o FILE
--watch 10`` runs it.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from mesodesk.db import models as m
from mesodesk.interop.ical import followups_ics

if TYPE_CHECKING:
    from mesodesk.services import Services
    from mesodesk.services.changes import ChangeSet

FEED_PAST_DAYS = 90
FEED_FUTURE_DAYS = 365
_STAMP = re.compile(rb"^DTSTAMP[^\r\n]*\r?\n", re.MULTILINE)


def _comparable(data: bytes) -> bytes:
    return _STAMP.sub(b"", data)


def write_feed(services: Services, path: str | Path, *, full_names: bool = False) -> bool:
    """Rewrite the feed file if its content changed; True if it was written."""
    from mesodesk.interop.record_export import write_bytes_atomically

    path = Path(path)
    today = services.ctx.today()
    data = followups_ics(
        services,
        today - timedelta(days=FEED_PAST_DAYS),
        today + timedelta(days=FEED_FUTURE_DAYS),
        full_names=full_names,
    )
    try:
        old = path.read_bytes()
    except OSError:
        old = None
    if old is not None and _comparable(old) == _comparable(data):
        return False
    write_bytes_atomically(path, data)
    return True


def change_marker(services: Services) -> tuple[object, ...]:
    """A summary of what the feed shows; it moves when a follow-up or a patient's archiving changes."""
    fu, p = m.FollowUp, m.Patient
    with services.ctx.read() as s:
        follow = s.execute(
            select(func.count(fu.id), func.coalesce(func.sum(fu.version), 0), func.max(fu.id))
        ).one()
        archived = s.execute(
            select(func.count(p.id), func.coalesce(func.sum(p.version), 0)).where(p.archived.is_(True))
        ).one()
    return (services.ctx.today(), *follow, *archived)


def watch_feed(
    services: Services,
    path: str | Path,
    *,
    interval: float = 10.0,
    full_names: bool = False,
    stop: Callable[[], bool] = lambda: False,
    on_write: Callable[[Path], None] | None = None,
) -> None:
    """Rewrite the feed at once, then on every change, until ``stop()`` is true."""
    marker: tuple[object, ...] | None = None
    while not stop():
        now = change_marker(services)
        if now != marker:
            if write_feed(services, path, full_names=full_names) and on_write is not None:
                on_write(Path(path))
            marker = now
        time.sleep(interval)


class FeedPublisher:
    """Rewrite the feed after every committed write that touches follow-ups or patients, in this
    process (the services' change bus), a moment later on a worker thread (writes close together are
    one rewrite). ``start()`` writes it once at once; ``stop()`` unsubscribes."""

    def __init__(
        self, services: Services, path: str | Path, *, full_names: bool = False, delay: float = 0.5
    ) -> None:
        import threading

        self.services = services
        self.path = Path(path)
        self.full_names = full_names
        self.delay = delay
        self.writes = 0
        self._lock = threading.Lock()
        self._timer: threading.Timer | None = None
        self._unsubscribe: Callable[[], None] | None = None

    def start(self) -> FeedPublisher:
        self._unsubscribe = self.services.ctx.changes.subscribe(self._changed)
        self.flush()
        return self

    def stop(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None

    def _changed(self, changes: ChangeSet) -> None:
        if not changes.touches("follow_ups", "patients"):
            return
        import threading

        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
            self._timer = threading.Timer(self.delay, self.flush)
            self._timer.daemon = True
            self._timer.start()

    def flush(self) -> bool:
        """Rewrite now if anything changed; errors are logged (ids only), never raised to a writer."""
        import logging

        try:
            written = write_feed(self.services, self.path, full_names=self.full_names)
        except Exception:  # a full disk must not break the write that triggered it
            logging.getLogger("mesodesk.interop.calendar_feed").exception("calendar feed not rewritten")
            return False
        if written:
            self.writes += 1
        return written
