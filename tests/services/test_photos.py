"""Photos: byte-for-byte storage, upright thumbnails, refused files, pairs, audit, chart speed."""

from __future__ import annotations

import hashlib
import io
import statistics
import time
from datetime import date, timedelta

import pytest
from PIL import Image
from sqlalchemy import func, select

from mesodesk.db.models import AuditEntry, Photo
from mesodesk.domain.errors import PermissionDeniedError, ValidationError
from mesodesk.services.photos import MAX_PHOTO_BYTES, PhotoTags

RED, BLUE = (220, 20, 20), (20, 40, 220)


def jpeg(width: int = 120, height: int = 80, orientation: int | None = None, noise: bool = False) -> bytes:
    """Left third red, the rest blue (so a rotation shows); EXIF orientation if given."""
    image = Image.new("RGB", (width, height), BLUE)
    image.paste(RED, (0, 0, width // 3, height))
    if noise:
        image = Image.effect_noise((width, height), 60).convert("RGB")
    out = io.BytesIO()
    if orientation is None:
        image.save(out, "JPEG", quality=92)
    else:
        exif = Image.Exif()
        exif[0x0112] = orientation
        image.save(out, "JPEG", quality=92, exif=exif.tobytes())
    return out.getvalue()


def png(width: int = 64, height: int = 48) -> bytes:
    out = io.BytesIO()
    Image.new("RGBA", (width, height), (10, 200, 10, 128)).save(out, "PNG")
    return out.getvalue()


def near(pixel: tuple, colour: tuple, tol: int = 40) -> bool:
    return all(abs(a - b) <= tol for a, b in zip(pixel[:3], colour, strict=False))


def counts(engine) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return (
            conn.scalar(select(func.count(Photo.id))),
            conn.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.entity == "photo")),
        )


def test_round_trip_byte_for_byte(clinic) -> None:  # type: ignore[no-untyped-def]
    photos = clinic.as_practitioner.photos
    patient = clinic.patient()
    original = jpeg(orientation=3) + b"trailing bytes a camera left"
    photo = photos.add(
        patient.id,
        original,
        "C:\\photos\\IMG_0001.JPG",
        "before",
        "cheeks",
        date.today(),
        caption="left profile",
    )
    assert photos.data(photo.id) == original
    assert photo.sha256 == hashlib.sha256(original).hexdigest() and photo.size_bytes == len(original)
    assert (photo.filename, photo.mime_type, photo.kind, photo.area) == (
        "IMG_0001.JPG",
        "image/jpeg",
        "before",
        "cheeks",
    )
    second = photos.add(patient.id, png(), "scan.png", "after", "cheeks", date.today())
    assert photos.data(second.id) == png() and second.mime_type == "image/png"
    listed = photos.for_patient(patient.id)
    assert [p.id for p in listed] == [photo.id, second.id]
    assert "data" not in vars(listed[0]), "the list does not load the original bytes"
    entry = clinic.services.patients  # noqa: F841 - the audit trail below
    with clinic.engine.connect() as conn:
        actions = list(
            conn.execute(
                select(AuditEntry.action, AuditEntry.entity_id)
                .where(AuditEntry.entity == "photo")
                .order_by(AuditEntry.id)
            )
        )
    assert [tuple(a) for a in actions] == [("create", photo.id), ("create", second.id)]


def test_exif_orientation_gives_upright_thumbnail(clinic) -> None:  # type: ignore[no-untyped-def]
    photos = clinic.as_practitioner.photos
    patient = clinic.patient()
    data = jpeg(120, 80, orientation=6)  # stored landscape, to be shown turned 90° clockwise
    photo = photos.add(patient.id, data, "rotated.jpg", "before", "forehead", date.today())
    assert (photo.width, photo.height) == (80, 120), "width and height after orientation"
    thumb = Image.open(io.BytesIO(photos.thumbnail(photo.id)))
    assert thumb.format == "PNG" and thumb.size == (80, 120)
    thumb = thumb.convert("RGB")
    # the stored image's left third (red) is the top of the upright picture
    assert near(thumb.getpixel((40, 10)), RED) and near(thumb.getpixel((40, 110)), BLUE)
    assert near(thumb.getpixel((5, 60)), BLUE) and near(thumb.getpixel((75, 60)), BLUE)
    upright = Image.open(io.BytesIO(photos.display_image(photo.id))).convert("RGB")
    assert upright.size == (80, 120) and near(upright.getpixel((40, 10)), RED)
    assert photos.data(photo.id) == data, "the original (with its EXIF) is unchanged"


def test_large_photo_gets_small_thumbnail(clinic) -> None:  # type: ignore[no-untyped-def]
    photos = clinic.as_practitioner.photos
    photo = photos.add(
        clinic.patient().id, jpeg(1600, 1200, noise=True), "big.jpg", "after", "", date.today()
    )
    thumb = Image.open(io.BytesIO(photos.thumbnail(photo.id)))
    assert thumb.size == (256, 192) and (photo.width, photo.height) == (1600, 1200)


def test_bad_files_are_refused_and_nothing_is_stored(clinic) -> None:  # type: ignore[no-untyped-def]
    photos = clinic.as_practitioner.photos
    patient = clinic.patient()
    before = counts(clinic.engine)
    whole = jpeg(800, 600, noise=True)
    gif = io.BytesIO()
    Image.new("RGB", (10, 10)).save(gif, "GIF")
    cases = {
        "notes.txt": (b"Patient notes, not a picture.\n" * 20, "not an image"),
        "cut.jpg": (whole[: len(whole) // 2], "damaged or incomplete"),
        # a valid JPEG padded past the limit: refused for its size alone
        "huge.jpg": (whole + b"\0" * (MAX_PHOTO_BYTES + 1 - len(whole)), "too large"),
        "anim.gif": (gif.getvalue(), "only JPEG and PNG"),
        "empty.jpg": (b"", "empty"),
    }
    for name, (data, message) in cases.items():
        with pytest.raises(ValidationError) as info:
            photos.add(patient.id, data, name, "before", "cheeks", date.today())
        assert info.value.field == "file" and message in info.value.message, name
    assert counts(clinic.engine) == before
    # at the limit exactly is fine
    ok = photos.add(
        patient.id, whole + b"\0" * (MAX_PHOTO_BYTES - len(whole)), "max.jpg", "before", "", date.today()
    )
    assert ok.size_bytes == MAX_PHOTO_BYTES


def test_tags_are_checked(clinic) -> None:  # type: ignore[no-untyped-def]
    photos = clinic.as_practitioner.photos
    patient, other = clinic.patient(), clinic.patient("Other", "Person")
    session = clinic.as_practitioner.sessions.record(clinic.session_input(other.id)).session
    bad = [
        ({"kind": "selfie"}, "kind"),
        ({"area": "elbow"}, "area"),
        ({"taken_on": date.today() + timedelta(days=2)}, "taken_on"),
        ({"taken_on": date(1970, 1, 1)}, "taken_on"),
        ({"session_id": session.id}, "session"),
    ]
    for change, field in bad:
        args = {"kind": "before", "area": "cheeks", "taken_on": date.today()} | change
        with pytest.raises(ValidationError) as info:
            photos.add(patient.id, jpeg(), "x.jpg", **args)
        assert info.value.field == field
    assert photos.count(patient.id) == 0
    linked = photos.add(other.id, jpeg(), "x.jpg", "after", "full_face", date.today(), session_id=session.id)
    assert linked.session_id == session.id
    changed = photos.update(linked.id, PhotoTags("reaction", "cheeks", date.today(), None, None, "bruise"))
    assert (changed.kind, changed.area, changed.session_id, changed.caption) == (
        "reaction",
        "cheeks",
        None,
        "bruise",
    )


def test_print_flag_pairs_and_delete(clinic) -> None:  # type: ignore[no-untyped-def]
    photos = clinic.as_practitioner.photos
    patient = clinic.patient()
    day = date.today() - timedelta(days=60)
    b1 = photos.add(patient.id, jpeg(), "b1.jpg", "before", "cheeks", day)
    photos.add(patient.id, jpeg(), "b2.jpg", "before", "cheeks", day + timedelta(days=10))
    photos.add(patient.id, jpeg(), "a1.jpg", "after", "cheeks", day + timedelta(days=20))
    a2 = photos.add(patient.id, jpeg(), "a2.jpg", "after", "cheeks", day + timedelta(days=40))
    photos.add(patient.id, jpeg(), "f.jpg", "before", "forehead", day)
    pairs = photos.pairs(patient.id)
    assert [(p.area, p.before.id, p.after.id) for p in pairs] == [("cheeks", b1.id, a2.id)]

    assert photos.printable(patient.id) == []
    assert photos.set_include_in_print(a2.id, True).include_in_print
    assert [p.id for p in photos.printable(patient.id)] == [a2.id]

    with pytest.raises(PermissionDeniedError):
        clinic.as_assistant.photos.delete(a2.id)
    with pytest.raises(PermissionDeniedError):
        clinic.as_assistant.photos.for_patient(patient.id)
    photos.delete(a2.id)
    assert a2.id not in [p.id for p in photos.for_patient(patient.id)]
    with clinic.engine.connect() as conn:
        deleted = conn.execute(
            select(AuditEntry.before_json).where(AuditEntry.entity == "photo", AuditEntry.action == "delete")
        ).scalar_one()
    assert a2.sha256 in deleted, "the audit keeps what was deleted (size and hash, not the bytes)"


def test_chart_with_50_photos_opens_quickly(clinic) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import insert

    photos = clinic.as_practitioner.photos
    patient = clinic.patient()
    # one photo through the service (~1 MB, like a phone's), 49 copies of its row straight into the table
    first = photos.add(patient.id, jpeg(1600, 1200, noise=True), "p0.jpg", "before", "cheeks", date.today())
    table = Photo.__table__
    with clinic.engine.begin() as conn:
        row = dict(conn.execute(select(table).where(table.c.id == first.id)).mappings().one())
        del row["id"]
        conn.execute(
            insert(table),
            [
                row
                | {
                    "filename": f"p{i}.jpg",
                    "kind": "before" if i % 2 else "after",
                    "taken_on": date.today() - timedelta(days=i),
                }
                for i in range(1, 50)
            ],
        )
    service = clinic.as_practitioner.patients
    service.chart(patient.id, log_view=False)  # warm up
    times = []
    for _ in range(7):
        start = time.perf_counter()
        chart = service.chart(patient.id, log_view=False)
        times.append(time.perf_counter() - start)
    assert len(chart.photos) == 50 and all(p.thumbnail_png for p in chart.photos)
    assert "data" not in vars(chart.photos[0]), "the chart does not load the originals"
    median = statistics.median(times)
    print(
        f"chart with 50 photos ({clinic.engine.dialect.name}): median {median * 1000:.1f} ms of {len(times)} runs"
    )
    assert median < 0.25, f"chart took {median * 1000:.0f} ms (budget for a whole chart: 150 ms)"


def test_migration_0003_keeps_photos_and_puts_data_last(sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    from mesodesk.db.migrate import downgrade, upgrade

    photos = sqlite_clinic.as_practitioner.photos
    original = jpeg(orientation=6)
    photo = photos.add(sqlite_clinic.patient().id, original, "a.jpg", "before", "cheeks", date.today())

    def columns() -> list[str]:
        with sqlite_clinic.engine.connect() as conn:
            return [row[1] for row in conn.execute(text("PRAGMA table_info(photos)"))]

    assert columns()[-1] == "data"
    downgrade(sqlite_clinic.engine, "0002")
    assert columns().index("data") < columns().index("thumbnail_png")
    upgrade(sqlite_clinic.engine)
    assert columns()[-1] == "data"
    assert photos.data(photo.id) == original and photos.get(photo.id).width == 80


@pytest.mark.parametrize(
    ("mode", "fmt", "value", "expected"),
    [
        ("CMYK", "JPEG", (0, 255, 255, 0), (255, 0, 0)),  # printers' red
        ("I;16", "PNG", 30000, (117, 117, 117)),  # 16-bit grey scaled down, not clipped to white
        ("L", "JPEG", 128, (128, 128, 128)),
    ],
)
def test_unusual_image_modes_get_faithful_thumbnails(mode, fmt, value, expected) -> None:  # type: ignore[no-untyped-def]
    from mesodesk.services.photos import checked_image

    out = io.BytesIO()
    Image.new(mode, (300, 200), value).save(out, fmt)
    checked = checked_image(out.getvalue())
    thumb = Image.open(io.BytesIO(checked.thumbnail_png))
    assert thumb.size == (256, 171) and (checked.width, checked.height) == (300, 200)
    assert near(thumb.convert("RGB").getpixel((5, 5)), expected, tol=6)


def test_check_finds_a_damaged_photo(clinic) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import update

    from mesodesk.services import integrity
    from mesodesk.services.integrity import verify_photos

    assert verify_photos in integrity.CHECKS
    photos = clinic.as_practitioner.photos
    patient = clinic.patient()
    good = photos.add(patient.id, jpeg(), "good.jpg", "before", "", date.today())
    bad = photos.add(patient.id, jpeg(orientation=3), "bad.jpg", "before", "", date.today())
    assert verify_photos(clinic.engine) == []
    with clinic.engine.begin() as conn:
        conn.execute(update(Photo).where(Photo.id == bad.id).values(data=jpeg(orientation=3)[:-1] + b"X"))
    problems = verify_photos(clinic.engine, batch=1)
    assert len(problems) == 1 and f"photo {bad.id} " in problems[0] and f"photo {good.id} " not in problems[0]
