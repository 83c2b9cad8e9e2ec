"""ReportingService: the numbers behind the clinic reports, on SQLite and PostgreSQL."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

import pytest

from mesodesk.domain.errors import NotFoundError, PermissionDeniedError, ValidationError
from mesodesk.services.reactions import ReactionInput
from mesodesk.services.report_data import NOT_RECORDED
from mesodesk.services.reporting import ReportingService
from mesodesk.services.sessions import AreaInput, ProductUse


def _at(day: int, month: int = 3) -> datetime:
    return datetime(2024, month, day, 10, 0, tzinfo=UTC)


def _session(clinic, patient_id, when, *, lots, areas=("full_face",), practitioner=None):  # type: ignore[no-untyped-def]
    data = clinic.session_input(patient_id, when)
    data.practitioner_id = practitioner or clinic.practitioner.id
    data.products = [ProductUse(lot.id, 1.0) for lot in lots]
    data.areas = [AreaInput(a, "papules", "syringe", 32, 4.0, 2.0, 20, 1.0) for a in areas]
    return clinic.services.sessions.record(data).session.id


def _reaction(clinic, patient_id, session_id, kind, area, when):  # type: ignore[no-untyped-def]
    clinic.services.reactions.record(ReactionInput(patient_id, kind, when, session_id=session_id, area=area))


@pytest.fixture
def stats_clinic(clinic):  # type: ignore[no-untyped-def]
    """Four sessions in March 2024 (two practitioners, a HA+lidocaine mix), four reactions."""
    c = clinic
    a = c.patient("Zoë", "Ōtsuka-Łukasiewicz")
    b = c.patient("Ольга", "Кузнецова")
    s1 = _session(c, a.id, _at(4), lots=[c.ha_lot, c.lido_lot])  # P, HA + lido, face
    s2 = _session(c, a.id, _at(11), lots=[c.ha_lot], areas=("full_face", "neck"))  # P, HA, face + neck
    s3 = _session(c, b.id, _at(5), lots=[c.lido_lot], areas=("neck",), practitioner=c.admin.id)  # admin, lido
    _session(c, b.id, _at(12), lots=[c.ha_lot], practitioner=c.admin.id)  # admin, HA, no reaction
    _reaction(c, a.id, s1, "bruising", "full_face", _at(5))
    _reaction(c, a.id, s1, "swelling", "full_face", _at(5))
    _reaction(c, b.id, s3, "redness", "neck", _at(6))
    _reaction(c, a.id, s2, "pain", "", _at(12))  # area not recorded
    later = _session(c, a.id, _at(2, 5), lots=[c.lido_lot])  # outside the period
    _reaction(c, a.id, later, "bruising", "full_face", _at(3, 5))
    c.services.reactions.record(ReactionInput(b.id, "itching", _at(20)))  # no session
    return c


def _by_label(rows):  # type: ignore[no-untyped-def]
    return {r.label: (r.sessions, r.reactions, None if r.rate is None else round(r.rate, 1)) for r in rows}


def test_reaction_rates_per_100_sessions(stats_clinic) -> None:  # type: ignore[no-untyped-def]
    data = ReportingService(stats_clinic.services.ctx).reaction_stats(date(2024, 3, 1), date(2024, 3, 31))
    assert (data.sessions, data.reactions, data.unlinked_reactions) == (4, 4, 1)
    assert data.rate == pytest.approx(100.0)
    assert _by_label(data.by_type) == {
        "Bruising": (4, 1, 25.0),
        "Swelling": (4, 1, 25.0),
        "Redness": (4, 1, 25.0),
        "Pain / discomfort": (4, 1, 25.0),
    }
    # HA: sessions 1, 2, 4 and reactions after 1 and 2; lidocaine: sessions 1 and 3, three reactions.
    assert _by_label(data.by_product) == {"Hyaluronic acid": (3, 3, 100.0), "Lidocaine 2%": (2, 3, 150.0)}
    assert _by_label(data.by_lot) == {
        "Hyaluronic acid · lot HA-001": (3, 3, 100.0),
        "Lidocaine 2% · lot LI-001": (2, 3, 150.0),
    }
    assert _by_label(data.by_practitioner) == {"Dr Zoë Ōtsuka": (2, 3, 150.0), "Ada Admin": (2, 1, 50.0)}
    assert _by_label(data.by_area) == {
        "Full face": (3, 2, 66.7),
        "Neck": (2, 1, 50.0),
        NOT_RECORDED: (None, 1, None),
    }
    assert data.by_product[0].label == "Lidocaine 2%"  # highest rate first

    from io import BytesIO

    from pypdf import PdfReader

    from mesodesk.reports.clinic_reports import build_reactions_report

    out = BytesIO()
    build_reactions_report(data, out)
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert re.search(r"Lidocaine 2%\s+2\s+3\s+150\.0", text)
    assert re.search(r"Full face\s+3\s+2\s+66\.7", text)
    assert re.search(r"Ada Admin\s+2\s+1\s+50\.0", text)
    assert re.search(r"\(not recorded\)\s+—\s+1\s+—", text)


def test_reaction_stats_empty_period_and_bad_period(clinic) -> None:  # type: ignore[no-untyped-def]
    reporting = ReportingService(clinic.services.ctx)
    data = reporting.reaction_stats(date(2001, 1, 1), date(2001, 12, 31))
    assert (data.sessions, data.reactions, data.rate, data.by_product) == (0, 0, None, [])
    with pytest.raises(ValidationError, match="before the start"):
        reporting.reaction_stats(date(2024, 2, 1), date(2024, 1, 1))
    with pytest.raises(PermissionDeniedError):
        ReportingService(clinic.as_assistant.ctx).reaction_stats(date(2024, 1, 1), date(2024, 2, 1))


def test_activity_by_month(stats_clinic) -> None:  # type: ignore[no-untyped-def]
    data = ReportingService(stats_clinic.services.ctx).activity(date(2024, 2, 1), date(2024, 5, 31))
    assert [r.period[:7] for r in data.rows] == ["2024-02", "2024-03", "2024-04", "2024-05"]
    march, may = data.rows[1], data.rows[3]
    assert (march.sessions, march.patients, march.reactions, march.volume_ml) == (4, 2, 5, 5.0)
    assert (may.sessions, may.patients, may.reactions) == (1, 1, 1)
    assert data.totals.sessions == 5 and data.totals.patients == 2
    assert dict((n, s) for n, s, _ in data.by_practitioner) == {"Dr Zoë Ōtsuka": 3, "Ada Admin": 2}
    weeks = ReportingService(stats_clinic.services.ctx).activity(date(2024, 3, 1), date(2024, 3, 31), "week")
    assert sum(r.sessions for r in weeks.rows) == 4 and weeks.rows[0].start == date(2024, 2, 26)


def test_recall_lists_patients_who_received_the_lot_in_a_mix(clinic) -> None:  # type: ignore[no-untyped-def]
    mixed = clinic.patient("Αλεξάνδρα", "Παπαδοπούλου", phone="+30 21 0123 4567", email="alex@example.gr")
    plain = clinic.patient("Siobhán", "O'Connor")
    clinic.services.sessions.record(clinic.session_input(mixed.id, _at(4)))  # the formula: HA + lidocaine
    _session(clinic, plain.id, _at(5), lots=[clinic.ha_lot])
    reporting = ReportingService(clinic.services.ctx)
    lido = reporting.recall("LI-001")
    assert [r.patient_name for r in lido.rows] == ["Παπαδοπούλου, Αλεξάνδρα"]
    assert lido.rows[0].phone == "+30 21 0123 4567" and lido.rows[0].formula_name == "Face revitalisation"
    assert lido.lots[0].product == "Lidocaine 2%" and lido.patient_count == 1
    assert {r.patient_name for r in reporting.recall(" HA-001 ").rows} == {
        "Παπαδοπούλου, Αλεξάνδρα",
        "O'Connor, Siobhán",
    }
    unused = reporting.recall("HA-REC")
    assert unused.rows == [] and unused.lots[0].recalled
    with pytest.raises(NotFoundError, match="NOPE"):
        reporting.recall("NOPE")


def test_summary_filters_sections_dates_and_photos(sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    from builders import add_photo, add_sessions

    c = sqlite_clinic
    p = c.patient()
    add_sessions(c, p.id, 10, start=datetime(2024, 1, 1, 9, tzinfo=UTC))  # weekly to 2024-03-04
    add_photo(c.engine, p.id, taken_on=date(2024, 1, 8), seed=1)
    add_photo(c.engine, p.id, taken_on=date(2024, 2, 8), seed=2)
    add_photo(c.engine, p.id, taken_on=date(2024, 2, 9), seed=3, include=False)
    reporting = ReportingService(c.services.ctx)
    full = reporting.patient_summary(p.id)
    assert len(full.sessions) == 10 and full.sessions[0].performed_at < full.sessions[-1].performed_at
    assert len(full.photos) == 2 and full.photos[0].data[:2] == b"\xff\xd8"
    part = reporting.patient_summary(
        p.id, sections=["sessions", "photos"], date_from=date(2024, 2, 1), date_to=date(2024, 2, 29)
    )
    assert [s.performed_at.date().isoformat() for s in part.sessions] == [
        "2024-02-05",
        "2024-02-12",
        "2024-02-19",
        "2024-02-26",
    ]
    assert part.sections == ("sessions", "photos") and len(part.photos) == 1
    assert reporting.patient_summary(p.id, photos=False).photos == []
    assert "photos" not in reporting.patient_summary(p.id, photos=False).sections
    with pytest.raises(ValidationError, match="unknown section"):
        reporting.patient_summary(p.id, sections=["gossip"])
    with pytest.raises(NotFoundError):
        reporting.patient_summary(999_999)


def test_print_image_passes_upright_jpeg_and_fixes_the_rest() -> None:
    from io import BytesIO

    from builders import jpeg
    from PIL import Image

    from mesodesk.services.reporting import print_image

    small = jpeg(1200, 900)
    assert print_image(small) == (small, 1200, 900)  # embedded untouched: no decoding
    big, w, h = print_image(jpeg(4000, 3000))
    assert max(w, h) <= 1000 and Image.open(BytesIO(big)).size == (w, h)
    rotated = BytesIO()
    img = Image.open(BytesIO(jpeg(800, 600)))
    exif = img.getexif()
    exif[0x0112] = 6  # "rotate 90° clockwise to display"
    img.save(rotated, "JPEG", exif=exif.tobytes())
    data, w, h = print_image(rotated.getvalue())
    assert (w, h) == (600, 800) and Image.open(BytesIO(data)).size == (600, 800)
    png = BytesIO()
    Image.new("RGBA", (300, 200), (0, 0, 0, 0)).save(png, "PNG")
    data, w, h = print_image(png.getvalue())
    assert data.startswith(b"\x89PNG") and (w, h) == (300, 200)
