"""The benchmark's patient-summary figure: a 200-session patient with 6 camera-sized photos.

``python -m mesodesk.bench`` imports ``summary_pdf_ms`` when this module exists.
"""

from __future__ import annotations

import tempfile
import time
from datetime import date
from io import BytesIO
from pathlib import Path

PHOTOS = 6
PHOTO_SIZE = (4000, 3000)  # a 12-megapixel camera photo


def _camera_photo(seed: int) -> bytes:
    """A JPEG with camera-like entropy (blurred noise), so decoding costs what a real photo costs."""
    from PIL import Image, ImageDraw, ImageFilter

    img = Image.effect_noise(PHOTO_SIZE, 40 + seed).convert("RGB").filter(ImageFilter.GaussianBlur(1.2))
    ImageDraw.Draw(img).ellipse([1200, 500, 2800, 2600], outline=(200, 140, 120), width=30)
    out = BytesIO()
    img.save(out, "JPEG", quality=90)
    return out.getvalue()


def ensure_photos(services, patient_id: int, count: int = PHOTOS) -> None:  # type: ignore[no-untyped-def]
    """Give the patient `count` photos marked for printing (added once)."""
    try:
        from mesodesk.services.photos import PhotoService
    except ImportError:
        return
    photos = PhotoService(services.ctx)
    have = len(photos.printable(patient_id))
    data = _camera_photo(0) if have < count else b""
    for k in range(have, count):
        photos.add(patient_id, data, f"bench-{k}.jpg", "before" if k % 2 == 0 else "after", "full_face",
                   date.today(), caption=f"Benchmark photo {k + 1}", include_in_print=True)


def summary_pdf_ms(services, patient_id: int) -> float:  # type: ignore[no-untyped-def]
    """Milliseconds to gather and write the full patient summary (all sections, photos) to a file."""
    from mesodesk.reports.exports import export_patient_summary
    from mesodesk.services.reporting import ReportingService

    ensure_photos(services, patient_id)
    with tempfile.TemporaryDirectory(prefix="mesodesk-bench-pdf-") as folder:
        start = time.perf_counter()
        export_patient_summary(ReportingService(services.ctx), patient_id, Path(folder) / "summary.pdf")
        return (time.perf_counter() - start) * 1000
