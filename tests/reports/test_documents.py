"""Session record, consent form, aftercare sheet and the clinic reports, read back with pypdf."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from io import BytesIO

import pytest
from builders import add_photo, add_sessions
from pypdf import PdfReader

from mesodesk.domain.errors import NotFoundError
from mesodesk.reports import exports
from mesodesk.reports.aftercare_sheet import build_aftercare_sheet
from mesodesk.reports.clinic_reports import (
    build_activity_report,
    build_followups_report,
    build_reactions_report,
    build_recall_report,
)
from mesodesk.reports.consent_form import build_consent_form
from mesodesk.reports.session_record import build_session_record
from mesodesk.services.clinic import ConsentInput
from mesodesk.services.reactions import ReactionInput
from mesodesk.services.reporting import ReportingService
from mesodesk.services.sessions import MarkInput

BORN = date(1980, 2, 3)


def _read(build, data) -> tuple[PdfReader, list[str]]:  # type: ignore[no-untyped-def]
    out = BytesIO()
    build(data, out)
    reader = PdfReader(BytesIO(out.getvalue()))
    return reader, [page.extract_text() for page in reader.pages]


def _signature_png() -> bytes:
    from PIL import Image, ImageDraw

    img = Image.new("RGBA", (600, 200), (255, 255, 255, 0))
    ImageDraw.Draw(img).line([(20, 150), (150, 40), (300, 160), (560, 60)], fill=(20, 20, 120, 255), width=6)
    out = BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def treated(sqlite_clinic):  # type: ignore[no-untyped-def]
    """A patient with an allergy, a session with a map, a reaction and a printable photo."""
    c = sqlite_clinic
    p = c.patient("Αλεξάνδρα", "Παπαδοπούλου", BORN, phone="+30 21 0123 4567")
    c.services.patients.add_allergy(p.id, "Vitamin C", "rash", "mild")
    when = datetime.now(UTC).replace(microsecond=0) - timedelta(days=3)
    data = c.session_input(p.id, when, notes="Tolerated well")
    data.marks = [
        MarkInput("face_front", 0.4, 0.4, depth_mm=2.0, volume_ml=0.1),
        MarkInput("face_front", 0.6, 0.4, depth_mm=2.5, volume_ml=0.1),
    ]
    session = c.services.sessions.record(data).session
    c.services.reactions.record(
        ReactionInput(
            p.id,
            "swelling",
            when + timedelta(hours=2),
            session_id=session.id,
            area="full_face",
            action_taken="Cold compress",
        )
    )
    add_photo(c.engine, p.id, session_id=session.id, taken_on=when.date(), caption="Right after")
    return c, p, session


def test_session_record(treated) -> None:  # type: ignore[no-untyped-def]
    c, p, session = treated
    reader, pages = _read(build_session_record, ReportingService(c.services.ctx).session_record(session.id))
    text = "\n".join(pages)
    assert "Session record" in text and "ΠΑΠΑΔΟΠΟΎΛΟΥ, Αλεξάνδρα" in text
    assert "Allergy: Vitamin C (mild)" in text
    assert "HA-001" in text and "LI-001" in text and (c.today + timedelta(days=365)).isoformat() in text
    assert "Injection map" in text and "Tolerated well" in text and "Cold compress" in text
    assert "Right after" in text and sum(len(page.images) for page in reader.pages) == 1
    assert all("Αλεξάνδρα Παπαδοπούλου · born 1980-02-03" in page for page in pages)
    with pytest.raises(NotFoundError):
        ReportingService(c.services.ctx).session_record(999_999)


def test_consent_form(treated) -> None:  # type: ignore[no-untyped-def]
    from mesodesk.reports.texts import load_text

    c, p, _ = treated
    text_row = c.services.clinic.add_consent_text(
        "mesotherapy", "2", "Consent to mesotherapy", load_text("consent_mesotherapy_v1")
    )
    consent = c.services.clinic.record_consent(
        ConsentInput(
            p.id,
            text_row.id,
            c.practitioner.id,
            datetime.now(UTC) - timedelta(hours=1),
            "Bruising, swelling, rare allergy",
            "Skin hydration",
            _signature_png(),
        )
    )
    reader, pages = _read(build_consent_form, ReportingService(c.services.ctx).consent_form(consent.id))
    text = "\n".join(pages)
    assert "Consent to mesotherapy treatment" in text and "version 2" in text
    assert "Risks and side effects" in text  # the consent text's own body
    assert "Bruising, swelling, rare allergy" in text and "Skin hydration" in text
    assert "Dr Zoë Ōtsuka" in text and "Signature drawn on screen" in text
    assert sum(len(page.images) for page in reader.pages) == 1  # the signature
    assert reader.metadata.title == "Consent to mesotherapy — Αλεξάνδρα Παπαδοπούλου"


def test_aftercare_sheet(treated) -> None:  # type: ignore[no-untyped-def]
    from mesodesk.services.clinic import ClinicInput

    c, p, _ = treated
    c.services.clinic.save_settings(ClinicInput("Clinique Saint-Éloi", phone="+33 1 23 45 67 89"))
    reporting = ReportingService(c.services.ctx)
    _, pages = _read(build_aftercare_sheet, reporting.aftercare(p.id))
    text = "\n".join(pages)
    assert "What to avoid" in text and "When to call the clinic" in text
    assert "Prepared for Αλεξάνδρα Παπαδοπούλου" in text and "+33 1 23 45 67 89" in text
    _, pages = _read(build_aftercare_sheet, reporting.aftercare())
    assert "Prepared for" not in pages[0] and "Clinique Saint-Éloi" in pages[0]


def test_followups_report_splits_with_repeated_headers(sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    start = date(2030, 1, 1)
    for i in range(60):
        p = c.patient("Ольга", f"Кузнецова-{i:02d}", BORN, phone=f"+33 6 00 00 00 {i:02d}")
        c.services.followups.add(p.id, "review", start + timedelta(days=i % 28), notes=f"call {i:02d}")
    reader, pages = _read(
        build_followups_report,
        ReportingService(c.services.ctx).follow_ups_due(start, start + timedelta(days=30)),
    )
    text = "\n".join(pages)
    assert "60 follow-ups" in text
    assert sorted(int(n) for n in re.findall(r"call (\d\d)", text)) == list(range(60))
    assert len(pages) >= 2 and re.search(r"Due\s*Kind\s*Patient", pages[1])
    assert all(f"Page {i} of {len(pages)}" in page for i, page in enumerate(pages, start=1))


def test_recall_and_activity_reports(treated) -> None:  # type: ignore[no-untyped-def]
    c, p, _ = treated
    reporting = ReportingService(c.services.ctx)
    _, pages = _read(build_recall_report, reporting.recall("LI-001"))
    text = "\n".join(pages)
    assert "Lot recall: LI-001" in text and "Παπαδοπούλου, Αλεξάνδρα" in text
    assert re.search(r"\+30 21 0123\s+4567", text)
    assert "1 patient received this lot in 1 session" in text and "Face revitalisation" in text
    today = c.today
    _, pages = _read(build_activity_report, reporting.activity(today - timedelta(days=40), today))
    text = "\n".join(pages)
    assert "Total" in text and "By practitioner" in text and "Dr Zoë Ōtsuka" in text
    _, pages = _read(build_reactions_report, reporting.reaction_stats(today - timedelta(days=40), today))
    text = "\n".join(pages)
    assert "Reactions after those sessions: 1 — 100.0 per 100 sessions" in re.sub(r"\s+", " ", text)
    assert "Lidocaine 2% · lot LI-001" in text


def test_exports_write_atomically_and_refuse_bad_paths(treated, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    c, p, session = treated
    tmp_path = tmp_path_factory.mktemp("out")
    reporting = ReportingService(c.services.ctx)
    seen = []
    target = exports.export_session_record(
        reporting, session.id, tmp_path / "s.pdf", progress=lambda d, t, w="": seen.append((d, t))
    )
    assert target.read_bytes().startswith(b"%PDF") and seen[-1] == (2, 2)
    assert [f.name for f in tmp_path.iterdir()] == ["s.pdf"]
    with pytest.raises(exports.ReportFileError, match="does not exist"):
        exports.export_aftercare_sheet(reporting, tmp_path / "missing" / "a.pdf")
    with pytest.raises(exports.ReportFileError, match="is a folder"):
        exports.export_aftercare_sheet(reporting, tmp_path)
    with pytest.raises(NotFoundError):
        exports.export_patient_summary(reporting, 999_999, tmp_path / "nobody.pdf")
    assert [f.name for f in tmp_path.iterdir()] == ["s.pdf"]


def test_reports_modules_do_not_import_qt_or_sql() -> None:
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import sys, mesodesk.reports.patient_summary, mesodesk.reports.session_record, "
        "mesodesk.reports.consent_form, mesodesk.reports.aftercare_sheet, mesodesk.reports.clinic_reports;"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'sqlalchemy'))]; assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[2])


def test_summary_with_photos_only_for_the_session_record(treated) -> None:  # type: ignore[no-untyped-def]
    c, p, session = treated
    add_sessions(c, p.id, 2, start=datetime(2022, 1, 1, 9, tzinfo=UTC))
    add_photo(c.engine, p.id, taken_on=date(2022, 1, 1), seed=9)  # not linked to the session
    data = ReportingService(c.services.ctx).session_record(session.id)
    assert [ph.caption for ph in data.photos] == ["Right after"]


def test_long_free_text_never_breaks_the_layout(sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    """A table row cannot split across pages: long notes are cut in tables, printed whole elsewhere."""
    from mesodesk.reports.patient_summary import build_patient_summary
    from mesodesk.services.reactions import AssessmentInput

    c = sqlite_clinic
    p = c.patient(
        "Siobhán", "O'Connor", BORN, address="\n".join(f"Line {i} of a long address" for i in range(30))
    )
    c.services.patients.add_allergy(p.id, "Lidocaine", "hives " * 300, "severe")
    long_note = " ".join(f"word{i}" for i in range(2000)) + " THE-END"
    when = datetime.now(UTC).replace(microsecond=0) - timedelta(days=2)
    session = c.services.sessions.record(
        c.session_input(p.id, when, notes=long_note, immediate_reactions="redness " * 500)
    ).session
    c.services.reactions.record(
        ReactionInput(
            p.id,
            "swelling",
            when + timedelta(hours=1),
            session_id=session.id,
            action_taken="compress " * 800,
            assessments=[AssessmentInput(day, "swelling", "mild") for day in range(40)],
        )
    )
    c.services.followups.add(p.id, "review", c.today, notes="call back " * 190)
    reporting = ReportingService(c.services.ctx)
    _, pages = _read(build_patient_summary, reporting.patient_summary(p.id))
    text = "\n".join(pages)
    assert "word0" in text and "THE-END" not in text and "cut: see the full record" in text
    _, pages = _read(build_session_record, reporting.session_record(session.id))
    assert "THE-END" in "\n".join(pages)  # the session record prints the whole note


def test_many_marks_on_a_map(sqlite_clinic) -> None:  # type: ignore[no-untyped-def]
    c = sqlite_clinic
    p = c.patient("Ольга", "Кузнецова", BORN)
    data = c.session_input(p.id)
    data.marks = [
        MarkInput(
            "body_front",
            (i % 20) / 20 + 0.02,
            (i // 20) / 15 + 0.02,
            depth_mm=1.0 + (i % 4) * 0.5,
            volume_ml=0.05 if i % 2 else 0.1,
        )
        for i in range(300)
    ]
    session = c.services.sessions.record(data).session
    _, pages = _read(build_session_record, ReportingService(c.services.ctx).session_record(session.id))
    text = re.sub(r"\s+", " ", "\n".join(pages))
    assert "300 marks; depth 1–2.5 mm, volume 0.05–0.1 ml" in text
