"""One event filter on the application, for behaviour every window gets (installed by
``gui/application.make_application``): handlers by event type, so that each event costs one dictionary
look-up however many handlers there are (a Python filter sees every event of every object). A test's
shared application runs without them (``remove_all``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject

Handler = Callable[[QObject], None]


class _ApplicationEvents(QObject):
    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.handlers: dict[QEvent.Type, list[Handler]] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        for handler in self.handlers.get(event.type(), ()):
            handler(watched)
        return False


_filter: _ApplicationEvents | None = None


def on(app: QCoreApplication, event_type: QEvent.Type, handler: Handler) -> None:
    """Call ``handler(object)`` for every event of ``event_type`` anywhere in the application."""
    global _filter
    if _filter is None:
        _filter = _ApplicationEvents(app)
        app.installEventFilter(_filter)
    _filter.handlers.setdefault(event_type, []).append(handler)


def remove_all(app: QCoreApplication) -> None:
    global _filter
    if _filter is not None:
        app.removeEventFilter(_filter)
        _filter = None
