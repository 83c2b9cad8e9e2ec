"""Where the resources folder is, found without importing anything of ours.

mesodesk.paths builds on this (and raises a user-facing error when nothing is found); mesodesk.i18n uses it
directly, since the typed errors themselves are translated through i18n.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def _packaged() -> Path | None:
    """``mesodesk/resources`` inside the installed package (wheel, frozen), if it is there."""
    folder = files("mesodesk").joinpath("resources")
    return Path(str(folder)) if folder.is_dir() else None


def _checkout() -> Path | None:
    """The checkout's ``resources/`` beside the ``mesodesk`` package (editable install)."""
    root = Path(str(files("mesodesk"))).resolve().parent
    folder = root / "resources"
    return folder if folder.is_dir() and (root / "pyproject.toml").is_file() else None


def find_resources_dir() -> Path | None:
    """The installed package's resources (wheel, frozen) or the checkout's, else None."""
    return _packaged() or _checkout()
