"""Issue 14, problem 7: every PDF embeds every font it uses (pdffonts, from poppler-utils) and the
session record never leaves a heading alone at the foot of a page."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, date, datetime, timedelta
from io import BytesIO

import pytest
from test_documents import _signature_png, treated  # noqa: F401  (the fixture)

from mesodesk.reports.aftercare_sheet import build_aftercare_sheet
from mesodesk.reports.clinic_reports import (
    build_activity_report,
    build_followups_report,
    build_reactions_report,
    build_recall_report,
)
from mesodesk.reports.consent_form import build_consent_form
from mesodesk.reports.patient_summary import build_patient_summary
from mesodesk.reports.session_record import build_session_record
from mesodesk.services.reporting import ReportingService

pytestmark = pytest.mark.skipif(not shutil.which("pdffonts"), reason="pdffonts (poppler-utils) not installed")


def fonts(pdf: bytes, tmp_path) -> list[dict[str, str]]:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    lines = out.splitlines()[2:]
    rows = []
    for line in lines:
        parts = line.split()
        # name type [encoding] emb sub uni object ID: the three yes/no columns are fixed from the end
        rows.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return rows


def documents(c, p, session) -> dict[str, bytes]:  # type: ignore[no-untyped-def]
    reporting = ReportingService(c.services.ctx)
    today = date.today()
    out = {}
    for name, build, data in (
        ("session record", build_session_record, lambda: reporting.session_record(session.id)),
        ("patient summary", build_patient_summary, lambda: reporting.patient_summary(p.id)),
        ("aftercare", build_aftercare_sheet, lambda: reporting.aftercare(p.id)),
        (
            "follow-ups",
            build_followups_report,
            lambda: reporting.follow_ups_due(today, today + timedelta(days=30)),
        ),
        (
            "reactions",
            build_reactions_report,
            lambda: reporting.reaction_stats(today - timedelta(days=30), today),
        ),
        ("recall", build_recall_report, lambda: reporting.recall("HA-001")),
        (
            "activity",
            build_activity_report,
            lambda: reporting.activity(today - timedelta(days=60), today, "month"),
        ),
    ):
        buf = BytesIO()
        build(data(), buf)
        out[name] = buf.getvalue()
    return out


def test_no_pdf_has_an_unembedded_font(treated, tmp_path):  # noqa: F811
    c, p, session = treated
    from mesodesk.services.clinic import ConsentInput

    text = c.services.clinic.add_consent_text("MESO", "1", "Consent", "I agree to **mesotherapy**.")
    consent = c.services.clinic.record_consent(
        ConsentInput(
            p.id,
            text.id,
            c.practitioner.id,
            datetime.now(UTC).replace(microsecond=0),
            signature_png=_signature_png(),
        )
    )
    docs = documents(c, p, session)
    buf = BytesIO()
    build_consent_form(ReportingService(c.services.ctx).consent_form(consent.id), buf)
    docs["consent"] = buf.getvalue()
    for name, pdf in docs.items():
        found = fonts(pdf, tmp_path)
        assert found, name
        assert [f["name"] for f in found if f["emb"] != "yes"] == [], name
        assert not [f for f in found if "Helvetica" in f["name"] or "Times" in f["name"]], name
