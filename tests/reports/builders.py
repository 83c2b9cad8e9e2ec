"""Test data for the report tests: a patient with many sessions, maps, photos, reactions, a consent."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta
from io import BytesIO

from mesodesk.db.models import InjectionMark, Photo, SessionArea, SessionProduct, TreatmentSession

UNICODE_NAMES = [
    ("Zoë", "Ōtsuka-Łukasiewicz"),
    ("Αλεξάνδρα", "Παπαδοπούλου"),
    ("Ольга", "Кузнецова"),
    ("Siobhán", "O'Connor"),
]


def jpeg(width: int = 1600, height: int = 1200, seed: int = 0, fmt: str = "JPEG") -> bytes:
    """A photo-like test image made with Pillow (gradient, a face-ish ellipse, a label)."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(img)
    for y in range(0, height, 8):
        shade = int(150 + 80 * y / height)
        draw.rectangle([0, y, width, y + 8], fill=(shade, int(shade * 0.8) - seed * 5 % 40, int(shade * 0.7)))
    draw.ellipse(
        [width * 0.3, height * 0.15, width * 0.7, height * 0.85],
        fill=(233, 196, 170),
        outline=(120, 80, 60),
        width=6,
    )
    draw.text((20, 20), f"test photo {seed}", fill=(0, 0, 0))
    out = BytesIO()
    img.save(out, format=fmt, quality=85)
    return out.getvalue()


def add_photo(
    engine,
    patient_id: int,
    *,
    session_id: int | None = None,
    include: bool = True,  # type: ignore[no-untyped-def]
    seed: int = 0,
    kind: str = "before",
    taken_on: date | None = None,
    caption: str = "",
    size: tuple[int, int] = (1600, 1200),
) -> int:
    from sqlalchemy.orm import Session

    data = jpeg(*size, seed=seed)
    thumb = jpeg(160, 120, seed=seed, fmt="PNG")
    with Session(engine) as s, s.begin():
        photo = Photo(
            patient_id=patient_id,
            session_id=session_id,
            kind=kind,
            area="full_face",
            taken_on=taken_on or date.today(),
            filename=f"p{seed}.jpg",
            mime_type="image/jpeg",
            width=size[0],
            height=size[1],
            size_bytes=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            data=data,
            thumbnail_png=thumb,
            caption=caption or f"Photo {seed}",
            include_in_print=include,
        )
        s.add(photo)
        s.flush()
        return photo.id


def add_sessions(
    clinic,
    patient_id: int,
    count: int,
    *,
    start: datetime | None = None,  # type: ignore[no-untyped-def]
    marks_every: int = 25,
    practitioner_id: int | None = None,
) -> list[int]:
    """`count` signed sessions a week apart, written in one transaction (fast for big charts)."""
    from sqlalchemy.orm import Session

    start = start or datetime(2020, 1, 6, 9, 30, tzinfo=UTC)
    ids = []
    with Session(clinic.engine) as s, s.begin():
        for i in range(count):
            when = start + timedelta(days=7 * i, minutes=i % 50)
            ts = TreatmentSession(
                patient_id=patient_id,
                practitioner_id=practitioner_id or clinic.practitioner.id,
                performed_at=when,
                indications=f"fine lines,session {i + 1:03d}",
                status="signed",
                formula_id=clinic.formula.id,
                formula_name="Face revitalisation",
                formula_is_custom=i % 7 == 0,
                anaesthesia="",
                notes=f"Row marker S{i + 1:03d}",
                signed_off_at=when,
                signed_off_by_id=clinic.practitioner.id,
                created_at=when,
                updated_at=when,
            )
            ts.areas = [
                SessionArea(
                    area="full_face",
                    technique="papules",
                    device="syringe",
                    needle_gauge=32,
                    needle_length_mm=4.0,
                    depth_mm=2.0,
                    injection_points=40,
                    volume_ml=2.0,
                    position=0,
                )
            ]
            if i % 3 == 0:
                ts.areas.append(
                    SessionArea(
                        area="neck",
                        technique="nappage",
                        device="multi_injector",
                        needle_gauge=30,
                        needle_length_mm=4.0,
                        depth_mm=1.5,
                        injection_points=60,
                        volume_ml=1.0,
                        position=1,
                    )
                )
            ts.products = [
                SessionProduct(lot_id=clinic.ha_lot.id, product_id=clinic.ha.id, volume_ml=2.0),
                SessionProduct(lot_id=clinic.lido_lot.id, product_id=clinic.lido.id, volume_ml=0.5),
            ]
            if marks_every and i % marks_every == 0:
                ts.marks = [
                    InjectionMark(
                        diagram="face_front",
                        kind="point",
                        x=0.3 + 0.04 * k,
                        y=0.35 + 0.03 * k,
                        depth_mm=2.0,
                        volume_ml=0.1,
                        position=k,
                    )
                    for k in range(8)
                ]
                ts.marks += [
                    InjectionMark(
                        diagram="neck_decollete",
                        kind="point",
                        x=0.5,
                        y=0.3 + 0.1 * k,
                        depth_mm=1.5,
                        position=8 + k,
                    )
                    for k in range(3)
                ]
            s.add(ts)
            s.flush()
            ids.append(ts.id)
    return ids
