"""Pictures and injection maps for the demo clinic: simple drawn faces and body outlines (Pillow), made
once per build and shared by every demo photo row, and point templates per treated area.
"""

from __future__ import annotations

import hashlib
import io
import random
from dataclasses import dataclass
from functools import cache

from mesodesk.services.photos import checked_image

WIDTH, HEIGHT = 240, 180
THUMB_PX = 128


@dataclass(frozen=True)
class DemoPicture:
    kind: str  # before | after | profile
    region: str  # face | body | scalp | head
    data: bytes
    thumbnail_png: bytes
    width: int
    height: int
    sha256: str


def _draw(region: str, kind: str) -> bytes:
    from PIL import Image, ImageDraw

    skin = (224, 180, 150) if kind != "after" else (232, 194, 168)
    image = Image.new("RGB", (WIDTH, HEIGHT), (236, 240, 244))
    d = ImageDraw.Draw(image)
    cx = WIDTH // 2
    if region in ("face", "head"):
        d.ellipse((cx - 48, 20, cx + 48, 150), fill=skin, outline=(120, 90, 70), width=2)
        d.ellipse((cx - 28, 68, cx - 12, 76), fill=(60, 60, 70))
        d.ellipse((cx + 12, 68, cx + 28, 76), fill=(60, 60, 70))
        d.line((cx, 80, cx - 5, 104, cx + 3, 106), fill=(150, 110, 90), width=2)
        d.arc((cx - 20, 108, cx + 20, 128), 10, 170, fill=(150, 70, 70), width=3)
        if region == "head":  # a profile (identity) photo: hair and shoulders
            d.chord((cx - 52, 12, cx + 52, 90), 180, 360, fill=(90, 60, 40))
            d.pieslice((cx - 100, 150, cx + 100, 290), 180, 360, fill=(70, 110, 150))
        if kind == "before":  # fine lines and dull patches
            for y in (46, 52):
                d.line((cx - 24, y, cx + 24, y), fill=(170, 130, 110), width=1)
            for x, y in ((cx - 34, 96), (cx + 30, 98), (cx - 20, 118)):
                d.ellipse((x - 6, y - 4, x + 6, y + 4), fill=(205, 160, 135))
    elif region == "scalp":
        d.ellipse((cx - 70, 20, cx + 70, 160), fill=skin, outline=(120, 90, 70), width=2)
        rng = random.Random(kind)
        density = 260 if kind == "after" else 120
        for _ in range(density):
            x, y = rng.randint(cx - 60, cx + 60), rng.randint(30, 150)
            if (x - cx) ** 2 / 3600 + (y - 90) ** 2 / 4000 < 1:
                d.line((x, y, x + 2, y - 5), fill=(70, 50, 35), width=1)
    else:  # body: hips and thighs outline
        d.polygon(
            [
                (cx - 60, 10),
                (cx + 60, 10),
                (cx + 75, 80),
                (cx + 55, 170),
                (cx + 8, 170),
                (cx, 100),
                (cx - 8, 170),
                (cx - 55, 170),
                (cx - 75, 80),
            ],
            fill=skin,
            outline=(120, 90, 70),
        )
        if kind == "before":  # dimpled skin
            rng = random.Random(region)
            for _ in range(40):
                x, y = rng.randint(cx - 60, cx + 60), rng.randint(90, 160)
                d.ellipse((x - 2, y - 2, x + 2, y + 2), fill=(200, 155, 130))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=60, optimize=True)
    return out.getvalue()


@cache
def picture(region: str, kind: str) -> DemoPicture:
    """One drawn picture, checked and thumbnailed as the photo service would; made once per process."""
    from PIL import Image

    data = _draw(region, kind)
    checked = checked_image(data, thumbnail_px=THUMB_PX)
    # The drawings have few colours: a palette PNG keeps the shared thumbnail a few kilobytes.
    thumb = Image.open(io.BytesIO(checked.thumbnail_png)).convert("RGB").quantize(colors=48)
    out = io.BytesIO()
    thumb.save(out, "PNG", optimize=True)
    sha = hashlib.sha256(data).hexdigest()
    return DemoPicture(kind, region, data, out.getvalue(), checked.width, checked.height, sha)


@cache
def signature_png() -> bytes:
    """A drawn signature shared by the demo consents."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (300, 90), (255, 255, 255, 0))
    ImageDraw.Draw(image).line(
        [(12, 70), (50, 20), (80, 66), (120, 24), (160, 62), (210, 30), (286, 50)],
        fill=(20, 30, 110, 255),
        width=4,
    )
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


def region_of(area: str) -> str:
    if area in ("full_face", "forehead", "periorbital", "cheeks", "nasolabial", "perioral", "jawline"):
        return "face"
    if area == "scalp":
        return "scalp"
    if area in ("neck", "decollete"):
        return "face"
    return "body"


#: Where points go on a diagram for each treated area: (diagram, [(x, y) centres], spread).
MAP_TEMPLATES: dict[str, tuple[str, list[tuple[float, float]], float]] = {
    "full_face": ("face_front", [(0.5, 0.3), (0.37, 0.56), (0.63, 0.56)], 0.05),
    "neck": ("neck_decollete", [(0.5, 0.32)], 0.07),
    "decollete": ("neck_decollete", [(0.5, 0.7)], 0.1),
    "scalp": ("scalp", [(0.5, 0.45)], 0.15),
    "abdomen": ("body_front", [(0.5, 0.43)], 0.05),
    "thighs": ("body_front", [(0.42, 0.66), (0.58, 0.66)], 0.03),
    "flanks": ("body_back", [(0.39, 0.42), (0.61, 0.42)], 0.025),
    "buttocks": ("body_back", [(0.44, 0.53), (0.56, 0.53)], 0.03),
}


def map_points(rng: random.Random, areas: list[str], depth_mm: float) -> list[tuple]:
    """Injection marks for a session's areas, as (diagram, kind, x, y, radius, depth, volume, product,
    note, position): the columns a signature covers, in their order."""
    marks: list[tuple] = []
    for area in areas:
        template = MAP_TEMPLATES.get(area)
        if template is None:
            continue
        diagram, centres, spread = template
        for cx, cy in centres:
            for _ in range(rng.randint(2, 4)):
                x = round(min(1.0, max(0.0, cx + rng.uniform(-spread, spread))), 3)
                y = round(min(1.0, max(0.0, cy + rng.uniform(-spread, spread))), 3)
                marks.append((diagram, "point", x, y, None, float(depth_mm), 0.1, None, "", len(marks)))
    return marks
