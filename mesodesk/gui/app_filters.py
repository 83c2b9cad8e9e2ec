"""Event filters installed once on the application (by ``gui/application.make_application``), kept in
one registry so that a test's shared application can run without them (``remove_all``)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject

F = TypeVar("F", bound=QObject)

_installed: list[QObject] = []


def install(app: QCoreApplication, event_filter: F) -> F:
    app.installEventFilter(event_filter)
    _installed.append(event_filter)
    return event_filter


def remove_all(app: QCoreApplication) -> None:
    while _installed:
        app.removeEventFilter(_installed.pop())
