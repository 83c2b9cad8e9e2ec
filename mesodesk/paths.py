"""Locations of the files shipped in the repository's top-level resources/ folder."""

from __future__ import annotations

from pathlib import Path

_RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def resources_dir() -> Path:
    """Return the resources/ folder, or raise RuntimeError if the install is incomplete."""
    if not _RESOURCES.is_dir():
        raise RuntimeError(
            f"MesoDesk resources folder not found at {_RESOURCES}; "
            "the installation is incomplete (fonts, diagrams and texts are missing)."
        )
    return _RESOURCES


def _resource(*parts: str) -> Path:
    path = resources_dir().joinpath(*parts)
    if not path.is_file():
        raise FileNotFoundError(f"MesoDesk resource missing: {path}")
    return path


def font_path(name: str) -> Path:
    """Path of a font file, e.g. font_path("DejaVuSans.ttf")."""
    return _resource("fonts", name)


def diagram_path(name: str) -> Path:
    """Path of an SVG diagram by name ("face_front") or file name ("face_front.svg")."""
    return _resource("diagrams", name if name.endswith(".svg") else f"{name}.svg")


def text_path(name: str) -> Path:
    """Path of an editable text by name ("aftercare_en") or file name ("aftercare_en.md")."""
    return _resource("texts", name if name.endswith(".md") else f"{name}.md")
