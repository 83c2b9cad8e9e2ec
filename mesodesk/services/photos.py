"""Clinical photos: kept in the database byte for byte, with an upright thumbnail for display.

A photo is checked with Pillow before anything is stored: it must be a complete JPEG or PNG of at
most ``MAX_PHOTO_BYTES``. The original bytes are kept unchanged (EXIF and all) except, unless the
clinic setting ``keep_photo_location`` says otherwise, the location: the GPS block of the EXIF and
the XMP/IPTC packets that can carry a place are removed without re-encoding the image
(``strip_location``); the thumbnail
and the stored width/height are taken after applying the EXIF orientation, so they are upright.
Readers that show the original must apply the orientation themselves (Qt:
``QImageReader.setAutoTransform(True)``), or use ``display_image()``, which returns an upright copy
(for the printed reports).
"""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, defer

from mesodesk.db.models import ClinicSettings, Patient, Photo, Reaction, TreatmentSession
from mesodesk.domain import enums
from mesodesk.domain.enums import values
from mesodesk.domain.errors import NotFoundError, PermissionDeniedError, ValidationError
from mesodesk.services import audit, signing, validation
from mesodesk.services.context import Permission, ServiceContext

MAX_PHOTO_BYTES = 40 * 1024 * 1024
MAX_PHOTO_MB = MAX_PHOTO_BYTES // (1024 * 1024)
MAX_PIXELS = 120_000_000  # a 12,000 x 10,000 scan; more is a decompression bomb, not a photo
THUMBNAIL_PX = 256
FORMATS = {"JPEG": "image/jpeg", "PNG": "image/png", "MPO": "image/jpeg"}  # MPO: JPEG from some cameras

__all__ = [
    "MAX_PHOTO_BYTES",
    "MAX_PHOTO_MB",
    "THUMBNAIL_PX",
    "PhotoPair",
    "PhotoService",
    "PhotoTags",
    "checked_image",
    "photo_date",
    "strip_location",
]


@dataclass
class PhotoTags:
    """The editable description of a photo."""

    kind: str
    area: str
    taken_on: date
    session_id: int | None = None
    reaction_id: int | None = None
    caption: str = ""


@dataclass
class PhotoPair:
    """A before and an after photo of one area, for the side-by-side view."""

    area: str
    before: Photo
    after: Photo


@dataclass
class CheckedImage:
    mime_type: str
    width: int
    height: int
    thumbnail_png: bytes


def checked_image(data: bytes, *, thumbnail_px: int = THUMBNAIL_PX) -> CheckedImage:
    """Check that ``data`` is a whole JPEG or PNG within the limits; make its upright thumbnail.

    Raises ValidationError("file", ...) with a message for the user otherwise.
    """
    from PIL import Image, ImageOps, UnidentifiedImageError  # imported when needed: keeps start-up fast

    if not data:
        raise ValidationError("file", "is empty")
    if len(data) > MAX_PHOTO_BYTES:
        raise ValidationError(
            "file",
            "is too large ({size:.1f} MB); the limit is {limit} MB",
            size=len(data) / (1024 * 1024),
            limit=MAX_PHOTO_MB,
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            fmt = image.format or ""
            if fmt not in FORMATS:
                raise ValidationError(
                    "file",
                    "is a {format} image; only JPEG and PNG photos are accepted",
                    format=fmt or "unknown",
                )
            if image.width * image.height > MAX_PIXELS:
                raise ValidationError(
                    "file", "has too many pixels ({width} x {height})", width=image.width, height=image.height
                )
            image.load()
    except ValidationError:
        raise
    except UnidentifiedImageError as exc:
        raise ValidationError("file", "is not an image (a JPEG or PNG photo is expected)") from exc
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ValidationError("file", "has too many pixels to be a photo") from exc
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise ValidationError(
            "file", "is damaged or incomplete (the image cannot be read to the end)"
        ) from exc
    upright = ImageOps.exif_transpose(image)
    width, height = upright.size
    thumb = upright.copy()
    thumb.thumbnail((thumbnail_px, thumbnail_px), Image.Resampling.LANCZOS)
    if thumb.mode in ("I", "I;16", "I;16B", "I;16L"):  # 16-bit greyscale: scale down, not clip
        thumb = thumb.convert("I").point(lambda v: v / 256).convert("L")
    if thumb.mode not in ("RGB", "RGBA", "L", "LA"):
        thumb = thumb.convert("RGBA" if "A" in thumb.getbands() or "transparency" in thumb.info else "RGB")
    out = io.BytesIO()
    thumb.save(out, "PNG", optimize=False, compress_level=6)
    return CheckedImage(FORMATS[fmt], width, height, out.getvalue())


GPS_IFD = 0x8825
_XMP_ID = b"http://ns.adobe.com/xap/1.0/\x00"
_EXIF_ID = b"Exif\x00\x00"


def _exif_without_gps(payload: bytes) -> bytes | None:
    """The EXIF block (with its 'Exif' header) without its GPS directory, or None if it had none."""
    from PIL import Image

    exif = Image.Exif()
    try:
        exif.load(payload)
    except Exception:  # an EXIF block Pillow cannot read: drop it rather than keep a location
        return b""
    if GPS_IFD not in exif:
        return None
    del exif[GPS_IFD]
    return exif.tobytes()


def _strip_jpeg(data: bytes) -> bytes:
    out = bytearray(data[:2])
    i = 2
    changed = False
    while i + 4 <= len(data) and data[i] == 0xFF:
        marker = data[i + 1]
        if marker == 0xDA or marker == 0xD9:  # start of scan: the rest is image data
            break
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            out += data[i : i + 2]
            i += 2
            continue
        length = int.from_bytes(data[i + 2 : i + 4], "big")
        segment = data[i : i + 2 + length]
        payload = segment[4:]
        if marker == 0xE1 and payload.startswith(_EXIF_ID):
            cleaned = _exif_without_gps(payload)
            if cleaned is not None:
                changed = True
                if cleaned and len(cleaned) + 2 <= 0xFFFF:
                    out += b"\xff\xe1" + (len(cleaned) + 2).to_bytes(2, "big") + cleaned
                i += 2 + length
                continue
        elif (marker == 0xE1 and payload.startswith(_XMP_ID)) or marker == 0xED:  # XMP, IPTC
            changed = True  # they may hold GPS coordinates, a city, a place
            i += 2 + length
            continue
        out += segment
        i += 2 + length
    if not changed:
        return data
    return bytes(out + data[i:])


def _strip_png(data: bytes) -> bytes:
    import struct
    import zlib

    out = bytearray(data[:8])
    i = 8
    changed = False
    while i + 8 <= len(data):
        length = struct.unpack(">I", data[i : i + 4])[0]
        kind = data[i + 4 : i + 8]
        chunk = data[i : i + 12 + length]
        body = chunk[8:-4]
        if kind == b"eXIf":
            cleaned = _exif_without_gps(_EXIF_ID + body)
            if cleaned is not None:
                changed = True
                if cleaned:
                    tiff = cleaned[len(_EXIF_ID) :] if cleaned.startswith(_EXIF_ID) else cleaned
                    crc = zlib.crc32(b"eXIf" + tiff) & 0xFFFFFFFF
                    out += struct.pack(">I", len(tiff)) + b"eXIf" + tiff + struct.pack(">I", crc)
                i += 12 + length
                continue
        elif kind in (b"iTXt", b"tEXt", b"zTXt") and body.split(b"\x00", 1)[0] in (
            b"XML:com.adobe.xmp",
            b"Raw profile type iptc",
            b"Raw profile type exif",
        ):
            changed = True
            i += 12 + length
            continue
        out += chunk
        i += 12 + length
        if kind == b"IEND":
            break
    return bytes(out) if changed else data


def strip_location(data: bytes) -> bytes:
    """The photo without where it was taken: EXIF GPS and XMP/IPTC packets removed, pixels untouched.

    Returns ``data`` itself when there was nothing to remove."""
    if data.startswith(b"\xff\xd8"):
        return _strip_jpeg(data)
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return _strip_png(data)
    return data


def has_location(data: bytes) -> bool:
    """Whether the photo's EXIF has a GPS position."""
    from PIL import Image

    try:
        exif = Image.open(io.BytesIO(data)).getexif()
    except Exception:
        return False
    return bool(exif.get_ifd(GPS_IFD)) if GPS_IFD in exif else False


def photo_date(data: bytes) -> date | None:
    """When the photo was taken, from its EXIF (DateTimeOriginal, else DateTime), if it says."""
    from datetime import datetime

    from PIL import Image

    try:
        exif = Image.open(io.BytesIO(data)).getexif()
    except Exception:  # not an image, or no readable EXIF: the caller asks the user
        return None
    for value in (exif.get_ifd(0x8769).get(0x9003), exif.get(0x0132)):
        if isinstance(value, str):
            try:
                return datetime.strptime(value.strip()[:19], "%Y:%m:%d %H:%M:%S").date()
            except ValueError:
                continue
    return None


class PhotoService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- writes --------------------------------------------------------------
    def add(
        self,
        patient_id: int,
        data: bytes,
        filename: str,
        kind: str,
        area: str,
        taken_on: date,
        session_id: int | None = None,
        reaction_id: int | None = None,
        caption: str = "",
        include_in_print: bool = False,
    ) -> Photo:
        """Check and store a photo (original bytes kept); returns it without its data."""
        self.ctx.require(Permission.CLINICAL_WRITE)
        validation.record_id("patient", patient_id)
        tags = self._validate_tags(PhotoTags(kind, area, taken_on, session_id, reaction_id, caption))
        filename = validation.optional_text("filename", filename, max_length=1000)
        filename = validation.optional_text(
            "filename", filename.replace("\\", "/").rsplit("/", 1)[-1], max_length=255
        )
        include_in_print = validation.flag("include_in_print", include_in_print)
        data = validation.binary("file", data) or b""
        checked = checked_image(data)
        with self.ctx.write() as s:
            self._check_links(s, patient_id, tags)
            keep = s.scalar(select(ClinicSettings.keep_photo_location).where(ClinicSettings.id == 1))
            if not keep:
                data = strip_location(bytes(data))
            photo = Photo(
                patient_id=patient_id,
                session_id=tags.session_id,
                reaction_id=tags.reaction_id,
                kind=tags.kind,
                area=tags.area,
                taken_on=tags.taken_on,
                filename=filename,
                mime_type=checked.mime_type,
                width=checked.width,
                height=checked.height,
                size_bytes=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                data=bytes(data),
                thumbnail_png=checked.thumbnail_png,
                caption=tags.caption,
                include_in_print=bool(include_in_print),
                created_at=self.ctx.now(),
            )
            s.add(photo)
            s.flush()
            signing.seal_photo(s, photo)
            audit.record(s, self.ctx, "photo", photo.id, "create", None, audit.snapshot(photo))
        return self.get(photo.id)

    def update(self, photo_id: int, tags: PhotoTags) -> Photo:
        """Change what a photo is tagged with (kind, area, date, session, reaction, caption)."""
        self.ctx.require(Permission.CLINICAL_WRITE)
        tags = self._validate_tags(tags)
        with self.ctx.write() as s:
            photo = self._row(s, photo_id)
            self._check_links(s, photo.patient_id, tags)
            before = audit.snapshot(photo)
            photo.kind, photo.area, photo.taken_on = tags.kind, tags.area, tags.taken_on
            photo.session_id, photo.reaction_id, photo.caption = (
                tags.session_id,
                tags.reaction_id,
                tags.caption,
            )
            s.flush()
            audit.record(
                s, self.ctx, "photo", photo.id, "update", _tags(before), _tags(audit.snapshot(photo))
            )
        return self.get(photo_id)

    def set_include_in_print(self, photo_id: int, include: bool) -> Photo:
        self.ctx.require(Permission.CLINICAL_WRITE)
        with self.ctx.write() as s:
            photo = self._row(s, photo_id)
            if photo.include_in_print != bool(include):
                photo.include_in_print = bool(include)
                s.flush()
                audit.record(
                    s,
                    self.ctx,
                    "photo",
                    photo.id,
                    "update",
                    {"include_in_print": not include},
                    {"include_in_print": bool(include)},
                )
        return self.get(photo_id)

    def delete(self, photo_id: int) -> None:
        """Remove a photo for good (a practitioner's decision; audited with its hash)."""
        self.ctx.require(Permission.CLINICAL_WRITE)
        if self.ctx.actor.role not in (enums.Role.PRACTITIONER, enums.Role.ADMIN):
            raise PermissionDeniedError("Only a practitioner can delete a photo.")
        with self.ctx.write() as s:
            photo = self._row(s, photo_id)
            before = audit.snapshot(photo)
            s.delete(photo)
            audit.record(s, self.ctx, "photo", photo_id, "delete", before, None)

    # -- reads ---------------------------------------------------------------
    def for_patient(self, patient_id: int) -> list[Photo]:
        """The patient's photos, oldest first, with thumbnails but without the original bytes."""
        self.ctx.require(Permission.CLINICAL_READ)
        with self.ctx.read() as s:
            return list(
                s.scalars(
                    select(Photo)
                    .where(Photo.patient_id == patient_id)
                    .options(defer(Photo.data, raiseload=True))
                    .order_by(Photo.taken_on, Photo.id)
                )
            )

    def get(self, photo_id: int) -> Photo:
        """One photo without its original bytes."""
        self.ctx.require(Permission.CLINICAL_READ)
        with self.ctx.read() as s:
            photo = s.scalar(
                select(Photo).where(Photo.id == photo_id).options(defer(Photo.data, raiseload=True))
            )
            if photo is None:
                raise NotFoundError("No photo with id {photo_id}.", photo_id=photo_id)
            return photo

    def data(self, photo_id: int) -> bytes:
        """The original file's bytes, exactly as added."""
        self.ctx.require(Permission.CLINICAL_READ)
        with self.ctx.read() as s:
            data = s.scalar(select(Photo.data).where(Photo.id == photo_id))
        if data is None:
            raise NotFoundError("No photo with id {photo_id}.", photo_id=photo_id)
        return bytes(data)

    def thumbnail(self, photo_id: int) -> bytes:
        """The upright PNG thumbnail (at most THUMBNAIL_PX on its long side)."""
        self.ctx.require(Permission.CLINICAL_READ)
        with self.ctx.read() as s:
            data = s.scalar(select(Photo.thumbnail_png).where(Photo.id == photo_id))
        if data is None:
            raise NotFoundError("No photo with id {photo_id}.", photo_id=photo_id)
        return bytes(data)

    def display_image(self, photo_id: int, max_px: int = 1600) -> bytes:
        """An upright copy (EXIF orientation applied) at most ``max_px`` on its long side, as JPEG or
        PNG bytes: what a printed report should embed."""
        from PIL import Image, ImageOps

        original = self.data(photo_id)
        image = ImageOps.exif_transpose(Image.open(io.BytesIO(original)))
        image.thumbnail((max_px, max_px), Image.Resampling.LANCZOS)
        out = io.BytesIO()
        if image.mode in ("RGBA", "LA", "P"):
            image.save(out, "PNG")
        else:
            image.convert("RGB").save(out, "JPEG", quality=90)
        return out.getvalue()

    def count(self, patient_id: int) -> int:
        self.ctx.require(Permission.CLINICAL_READ)
        with self.ctx.read() as s:
            return s.scalar(select(func.count(Photo.id)).where(Photo.patient_id == patient_id)) or 0

    def printable(self, patient_id: int, session_id: int | None = None) -> list[Photo]:
        """Photos chosen for printing (of one session if given), oldest first, without data."""
        return [
            p
            for p in self.for_patient(patient_id)
            if p.include_in_print and (session_id is None or p.session_id == session_id)
        ]

    def pairs(self, patient_id: int) -> list[PhotoPair]:
        """For each area with both, the first 'before' photo and the last 'after' photo taken on or
        after it — the default comparison."""
        photos = self.for_patient(patient_id)
        out = []
        for area in dict.fromkeys(p.area for p in photos):
            before = [p for p in photos if p.area == area and p.kind == enums.PhotoKind.BEFORE]
            if not before:
                continue
            after = [
                p
                for p in photos
                if p.area == area and p.kind == enums.PhotoKind.AFTER and p.taken_on >= before[0].taken_on
            ]
            if after:
                out.append(PhotoPair(area, before[0], after[-1]))
        return out

    # -- helpers -------------------------------------------------------------
    def _row(self, s: Session, photo_id: int) -> Photo:
        validation.record_id("photo_id", photo_id)
        photo = s.get(Photo, photo_id)
        if photo is None:
            raise NotFoundError("No photo with id {photo_id}.", photo_id=photo_id)
        return photo

    def _validate_tags(self, tags: PhotoTags) -> PhotoTags:
        validation.instance("tags", tags, PhotoTags)
        validation.choice("kind", tags.kind, values(enums.PhotoKind))
        area = validation.optional_text("area", tags.area, max_length=40)
        if area:
            validation.choice("area", area, values(enums.Area))
        validation.past_day("taken_on", tags.taken_on, self.ctx.today())
        validation.record_id("session", tags.session_id, required=False)
        validation.record_id("reaction", tags.reaction_id, required=False)
        caption = validation.optional_text("caption", tags.caption, max_length=400)
        return PhotoTags(tags.kind, area, tags.taken_on, tags.session_id, tags.reaction_id, caption)

    def _check_links(self, s: Session, patient_id: int, tags: PhotoTags) -> None:
        patient = s.get(Patient, patient_id)
        if patient is None:
            raise ValidationError("patient", "unknown patient")
        if tags.taken_on < patient.date_of_birth:
            raise ValidationError("taken_on", "is before the patient's date of birth")
        if tags.session_id is not None:
            ts = s.get(TreatmentSession, tags.session_id)
            if ts is None or ts.patient_id != patient_id:
                raise ValidationError("session", "is not one of this patient's sessions")
        if tags.reaction_id is not None:
            reaction = s.get(Reaction, tags.reaction_id)
            if reaction is None or reaction.patient_id != patient_id:
                raise ValidationError("reaction", "is not one of this patient's reactions")


def _tags(snapshot: dict) -> dict:
    keys = ("kind", "area", "taken_on", "session_id", "reaction_id", "caption")
    return {k: snapshot.get(k) for k in keys}
