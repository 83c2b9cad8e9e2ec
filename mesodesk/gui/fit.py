"""Windows that hold word-wrapped text: Qt sizes a window by its width hint, not by the height its
wrapped labels need at the width it got."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def grow_to_fit_wrapped_text(window: QWidget) -> None:
    """Make ``window`` tall enough for its layout at its current width (never shorter)."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    needed = layout.totalHeightForWidth(window.width()) if layout.hasHeightForWidth() else 0
    if needed > window.height():
        window.resize(window.width(), needed)
