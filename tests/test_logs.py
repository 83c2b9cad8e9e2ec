"""The log file's formatter: a traceback names types and places, never an exception's message."""

from __future__ import annotations

import io
import logging

from mesodesk.logs import PrivateFormatter


def _logger(stream: io.StringIO) -> logging.Logger:
    handler = logging.StreamHandler(stream)
    handler.setFormatter(PrivateFormatter("%(levelname)s %(message)s"))
    log = logging.getLogger("mesodesk.test_logs")
    log.handlers[:] = [handler]
    log.propagate = False
    return log


def test_a_logged_exception_keeps_its_type_and_place_but_not_its_message():
    stream = io.StringIO()
    log = _logger(stream)
    try:
        try:
            raise KeyError("Hélène Dupont")
        except KeyError as inner:
            raise ValueError("notes: allergic to lidocaine") from inner
    except ValueError:
        log.exception("saving failed")
    text = stream.getvalue()
    assert "saving failed" in text and "builtins.ValueError" in text and "builtins.KeyError" in text
    assert "test_logs.py" in text
    assert "Hélène" not in text and "lidocaine" not in text


def test_logging_an_exception_outside_one_does_not_fail():
    stream = io.StringIO()
    _logger(stream).exception("nothing is being handled")  # exc_info is (None, None, None)
    assert "nothing is being handled" in stream.getvalue()
