"""Icons from resources/icons/mesodesk.svg, made at build time: PNGs (Linux), .ico (Windows), .icns (macOS).

    python packaging/make_icons.py OUT_DIR [SVG]

Qt's QSvgRenderer rasterises the SVG at each size (so small sizes are drawn, not shrunk), Pillow
writes the .ico and .icns containers. Writes OUT_DIR/mesodesk-<size>.png, mesodesk.png (256 px),
mesodesk.ico and mesodesk.icns.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ROOT = Path(__file__).resolve().parent.parent


def render(svg: Path, size: int):  # type: ignore[no-untyped-def]
    """The SVG drawn at size x size pixels on a transparent background, as a Pillow image."""
    from PIL import Image
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    from io import BytesIO

    return Image.open(BytesIO(bytes(data))).convert("RGBA")


def make_icons(out: Path, svg: Path = ROOT / "resources" / "icons" / "mesodesk.svg") -> dict[str, Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (fonts need an application)
    out.mkdir(parents=True, exist_ok=True)
    images = {size: render(svg, size) for size in SIZES}
    for size, image in images.items():
        image.save(out / f"mesodesk-{size}.png")
    images[256].save(out / "mesodesk.png")
    images[256].save(
        out / "mesodesk.ico", sizes=[(s, s) for s in ICO_SIZES], append_images=[images[s] for s in ICO_SIZES]
    )
    images[1024].save(out / "mesodesk.icns", append_images=[images[s] for s in (16, 32, 64, 128, 256, 512)])
    return {"png": out / "mesodesk.png", "ico": out / "mesodesk.ico", "icns": out / "mesodesk.icns"}


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        raise SystemExit(__doc__)
    made = make_icons(Path(sys.argv[1]), *(Path(a) for a in sys.argv[2:]))
    print(" ".join(str(p) for p in made.values()))
