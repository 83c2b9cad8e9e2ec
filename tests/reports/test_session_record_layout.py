"""Issue 14, problem 7: the session record never leaves a heading alone at the foot of a page."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from io import BytesIO

import pytest
from reportlab.platypus import Paragraph

from mesodesk.reports.doc_template import ClinicDocTemplate
from mesodesk.reports.session_record import build_session_record
from mesodesk.services.reporting import ReportingService
from mesodesk.services.sessions import MarkInput


@pytest.fixture
def drawn(monkeypatch):
    """Every flowable drawn, with its page: (page, flowable)."""
    seen: list[tuple[int, object]] = []
    original = ClinicDocTemplate.afterFlowable

    def after(self, flowable):  # type: ignore[no-untyped-def]
        seen.append((self.page, flowable))
        return original(self, flowable)

    monkeypatch.setattr(ClinicDocTemplate, "afterFlowable", after)
    return seen


def test_no_heading_alone_at_a_page_foot(sqlite_clinic, drawn):
    c = sqlite_clinic
    p = c.patient("Ann", "Lee")
    when = datetime.now(UTC).replace(microsecond=0) - timedelta(days=1)
    orphans = []
    headings_seen = set()
    for lines in range(0, 66, 2):  # notes of every length push each heading past each page foot
        data = c.session_input(
            p.id, when - timedelta(minutes=lines), notes="\n".join(f"Line {i}" for i in range(lines))
        )
        data.marks = [MarkInput("face_front", 0.4, 0.4, depth_mm=2.0, volume_ml=0.1)]
        session = c.services.sessions.record(data).session
        drawn.clear()
        build_session_record(ReportingService(c.services.ctx).session_record(session.id), BytesIO())
        for i, (page, flowable) in enumerate(drawn[:-1]):
            if isinstance(flowable, Paragraph) and flowable.style.name.startswith(("h1", "h2")):
                text = flowable.getPlainText()
                headings_seen.add(text)
                nxt_page = drawn[i + 1][0]
                if nxt_page != page:
                    orphans.append((lines, page, text))
    assert "Injection map" in headings_seen
    assert orphans == []
