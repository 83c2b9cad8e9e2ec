"""Where the files MesoDesk reads at run time are: fonts, diagrams, texts, icon, docs, translations.

They live in the repository's top-level ``resources/`` folder and are mapped into the package at
build time (setup.py's build step copies them to ``mesodesk/resources/`` in the wheel, and the
PyInstaller build bundles them at the same place), so they are found through
``importlib.resources`` whichever way MesoDesk was installed:

- wheel or PyInstaller-frozen: ``mesodesk/resources/`` inside the package;
- editable install or a plain checkout: the checkout's ``resources/`` beside ``mesodesk/``.

A missing file is a :class:`MissingResourceError`: a one-line message naming the file.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from mesodesk.domain.errors import KnownError
from mesodesk.resource_root import find_resources_dir

#: Every file the application reads at run time (relative to the resources folder); the wheel and
#: the frozen build are checked against this list.
REQUIRED = (
    "fonts/DejaVuSans.ttf",
    "fonts/DejaVuSans-Bold.ttf",
    "fonts/DejaVuSans-Oblique.ttf",
    "fonts/LICENSE-DejaVu.txt",
    "diagrams/LICENSE.txt",
    "diagrams/body_back.svg",
    "diagrams/body_front.svg",
    "diagrams/face_front.svg",
    "diagrams/face_left.svg",
    "diagrams/face_right.svg",
    "diagrams/neck_decollete.svg",
    "diagrams/scalp.svg",
    "texts/aftercare_en.md",
    "texts/consent_mesotherapy_v1.md",
    "icons/mesodesk.svg",
    "icons/lucide/LICENSE.txt",  # and the icons gui/icons.py names (tests/gui/test_icons.py)
    "docs/patient_record.schema.json",
    "docs/patient_record_json.md",
)


class MissingResourceError(KnownError, RuntimeError):
    """A file MesoDesk needs is not installed (an incomplete or damaged installation)."""


def resources_dir() -> Path:
    """The resources folder, or MissingResourceError if the installation has none."""
    folder = find_resources_dir()
    if folder is None:
        where = Path(str(files("mesodesk")))
        raise MissingResourceError(
            "MesoDesk's resources folder is missing (looked in {folder}); the installation is incomplete: reinstall MesoDesk.",
            folder=where / "resources",
        )
    return folder


def resource(relative: str) -> Path:
    """Path of one resource file, e.g. resource("fonts/DejaVuSans.ttf"); MissingResourceError if absent."""
    path = resources_dir().joinpath(*relative.split("/"))
    if not path.is_file():
        raise MissingResourceError(
            "MesoDesk resource missing: {relative} (not in {parent}); reinstall MesoDesk.",
            relative=relative,
            parent=path.parent,
        )
    return path


def check_resources() -> None:
    """Raise MissingResourceError naming the first file of REQUIRED that is not installed."""
    for relative in REQUIRED:
        resource(relative)


def font_path(name: str) -> Path:
    """Path of a font file, e.g. font_path("DejaVuSans.ttf")."""
    return resource(f"fonts/{name}")


def diagram_path(name: str) -> Path:
    """Path of an SVG diagram by name ("face_front") or file name ("face_front.svg")."""
    return resource(f"diagrams/{name if name.endswith('.svg') else name + '.svg'}")


def text_path(name: str) -> Path:
    """Path of an editable text by name ("aftercare_en") or file name ("aftercare_en.md")."""
    return resource(f"texts/{name if name.endswith('.md') else name + '.md'}")


def icon_path(name: str = "mesodesk.svg") -> Path:
    """Path of an icon (the application's SVG icon by default)."""
    return resource(f"icons/{name}")


def doc_path(name: str) -> Path:
    """Path of a shipped document, e.g. doc_path("patient_record.schema.json")."""
    return resource(f"docs/{name}")
