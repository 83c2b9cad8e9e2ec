"""packaging/screenshots.py makes docs/screenshots/: it must keep working as the windows change."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent


def test_the_screens_of_one_language_are_made_at_laptop_size(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "screenshots.py"),
            "--lang",
            "de",
            "--patients",
            "40",
            "--out",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    made = {p.name: Image.open(p).size for p in (tmp_path / "de").glob("*.png")}
    assert {
        "today.png",
        "chart.png",
        "chart-dark.png",
        "outcomes.png",
        "session-editor.png",
        "sign-in.png",
    } <= set(made)
    assert made["chart.png"] == (1280, 800)
    light = Image.open(tmp_path / "de" / "chart.png").convert("L").getpixel((640, 790))
    dark = Image.open(tmp_path / "de" / "chart-dark.png").convert("L").getpixel((640, 790))
    assert light > 180 and dark < 90  # the status bar's background follows the scheme
