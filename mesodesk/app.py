"""Composition root: paths, logging, database, services. The GUI and CLI start from here."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

import platformdirs

from mesodesk.db.engine import APP_NAME

log = logging.getLogger("mesodesk")


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def configure_logging(verbose: bool = False) -> Path:
    """Log to a rotating file in the user's log folder (record ids only, never health data)."""
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "mesodesk.log"
    root = logging.getLogger("mesodesk")
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
        from mesodesk.logs import PrivateFormatter  # tracebacks with types and places only

        handler.setFormatter(PrivateFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    return path
