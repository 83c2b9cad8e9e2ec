"""The services' change announcements as one Qt signal, delivered on the GUI thread.

A service write publishes a ``ChangeSet`` on ``services.ctx.changes`` after it commits, in whatever thread
wrote (mesodesk/services/changes.py). ``ChangeNotifier`` turns that into ``sig_changed(ChangeSet)`` on the
GUI thread: at once when the GUI thread wrote (the views are current when the save handler goes on, as
with a directly connected signal), queued and merged when a worker wrote (an import, a backup task),
so many writes in a row cost one reload. Every view that shows a record subscribes with ``watch_changes``
and decides from the ChangeSet whether it must reload — nobody wires a dialog's ``sig_saved`` to a
refresh by hand.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, QThread, Signal

from mesodesk.services.changes import ChangeBus, ChangeSet, EntityChange

if TYPE_CHECKING:
    from mesodesk.services import Services

log = logging.getLogger("mesodesk.gui.changes")

_NOTIFIERS: weakref.WeakKeyDictionary[ChangeBus, ChangeNotifier] = weakref.WeakKeyDictionary()


def merge(changes: list[ChangeSet]) -> ChangeSet:
    """One ChangeSet holding everything in several."""
    if len(changes) == 1:
        return changes[0]
    entities: dict[EntityChange, None] = {}
    for c in changes:
        entities.update(dict.fromkeys(c.entities))
    return ChangeSet(
        tuple(entities),
        frozenset().union(*(c.tables for c in changes)),
        frozenset().union(*(c.patient_ids for c in changes)),
    )


class ChangeNotifier(QObject):
    """``sig_changed(ChangeSet)`` on the GUI thread after every committed write on one database."""

    sig_changed = Signal(object)
    _sig_heard = Signal()

    def __init__(self, bus: ChangeBus) -> None:
        super().__init__()
        self._pending: list[ChangeSet] = []
        self._lock = threading.Lock()
        self._sig_heard.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        bus.subscribe(self._heard)

    def _heard(self, changes: ChangeSet) -> None:  # any thread
        if not shiboken6.isValid(self):
            return
        if QThread.currentThread() == self.thread():
            with self._lock:
                pending, self._pending = self._pending, []
            self.sig_changed.emit(merge([*pending, changes]))
            return
        with self._lock:
            first = not self._pending
            self._pending.append(changes)
        if first:
            self._sig_heard.emit()

    def _deliver(self) -> None:
        with self._lock:
            pending, self._pending = self._pending, []
        if pending:
            self.sig_changed.emit(merge(pending))


def notifier_for(services: Services) -> ChangeNotifier | None:
    """The notifier of the database these services write to (None for a stand-in without a bus)."""
    bus = getattr(getattr(services, "ctx", None), "changes", None)
    if not isinstance(bus, ChangeBus):
        return None
    notifier = _NOTIFIERS.get(bus)
    if notifier is None or not shiboken6.isValid(notifier):
        notifier = ChangeNotifier(bus)
        _NOTIFIERS[bus] = notifier
    return notifier


def watch_changes(services: Services, slot: Callable[[ChangeSet], None]) -> bool:
    """Call ``slot(changes)`` on the GUI thread after every committed write.

    Pass a bound method of the view (a QObject): the connection ends when the view is destroyed.
    Returns False when these services announce nothing (a test's stand-in).
    """
    notifier = notifier_for(services)
    if notifier is None:
        return False
    notifier.sig_changed.connect(slot)
    return True
