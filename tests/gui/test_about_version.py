"""The About dialog shows the application's one version."""

from __future__ import annotations

import pytest

import mesodesk

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_about_dialog_shows_the_version(make_window, message_boxes, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import mesodesk.gui.main_window as main_window

    window = make_window()
    window.about()
    kind, title, text = message_boxes.calls[-1]
    assert kind == "about" and f"MesoDesk {mesodesk.__version__}" in text
    monkeypatch.setattr(main_window, "__version__", "9.8.7-test")  # not a string typed into the dialog
    window.about()
    assert "MesoDesk 9.8.7-test" in message_boxes.calls[-1][2]
