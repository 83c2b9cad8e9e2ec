"""Every patient document in French, Italian, Spanish and German: no English text of the catalogue.

The patient summary, session record, consent form and aftercare sheet are built in each language
and read back with pypdf; none of the catalogue's English source texts (those the language
translates differently) may appear. Dates and numbers follow the locale.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from functools import cache
from io import BytesIO

import pytest
from babel.messages.pofile import read_po
from pypdf import PdfReader

from mesodesk.i18n import format_date, use_language
from mesodesk.i18n.core import catalogue_path
from mesodesk.reports.aftercare_sheet import build_aftercare_sheet
from mesodesk.reports.consent_form import build_consent_form
from mesodesk.reports.patient_summary import build_patient_summary
from mesodesk.reports.session_record import build_session_record
from mesodesk.services.clinic import ConsentInput
from mesodesk.services.reactions import ReactionInput
from mesodesk.services.reporting import ReportingService
from mesodesk.services.sessions import MarkInput

LANGS = ["fr", "it", "es", "de"]
#: Texts a patient reads (consent body, aftercare), minimal but in the language, as h17a's files are.
BODIES = {
    "fr": (
        "Consentement à la mésothérapie",
        "# Soins après la séance\n\n## Quand appeler le cabinet\n\nEn cas de fièvre.",
    ),
    "it": (
        "Consenso alla mesoterapia",
        "# Cure dopo la seduta\n\n## Quando chiamare lo studio\n\nIn caso di febbre.",
    ),
    "es": (
        "Consentimiento a la mesoterapia",
        "# Cuidados tras la sesión\n\n## Cuándo llamar a la clínica\n\nSi tiene fiebre.",
    ),
    "de": (
        "Einwilligung in die Mesotherapie",
        "# Nachsorge\n\n## Wann Sie die Praxis anrufen sollten\n\nBei Fieber.",
    ),
}
_SPLIT = re.compile(r"\{[^{}]*\}|<[^>]+>")


@cache
def english_sources(lang: str) -> tuple[str, ...]:
    """Pieces of English text (between placeholders and markup) that `lang` translates differently."""
    with catalogue_path(lang).open("rb") as fh:
        cat = read_po(fh, locale=lang)
    pieces = set()
    for m in cat:
        if not m.id:
            continue
        if m.locations and all("/demo" in path for path, _line in m.locations):
            continue  # the demo clinic's own records (its formulas, notes), not the program's words
        ids = m.id if isinstance(m.id, tuple) else (m.id,)
        strings = m.string if isinstance(m.string, tuple) else (m.string,)
        for source in ids:
            if source in strings:
                continue  # the same word in both languages ("Total", "Patient", "Nappage")
            for piece in _SPLIT.split(source):
                piece = piece.strip(" .,;:()—·-")
                words = re.findall(r"[A-Za-z]{2,}", piece)
                if len(words) >= 2 or (len(words) == 1 and len(piece) >= 5 and piece == words[0]):  # noqa: SIM102 - two conditions read apart
                    if not any(piece in s for s in strings):
                        pieces.add(piece)
    return tuple(sorted(pieces))


def english_left(text: str, lang: str) -> list[str]:
    flat = re.sub(r"\s+", " ", text)
    return [
        p
        for p in english_sources(lang)
        if re.search(r"(?<![A-Za-zÀ-ÿ])" + re.escape(p) + r"(?![A-Za-zÀ-ÿ])", flat)
    ]


def pdf_text(build, data) -> str:  # type: ignore[no-untyped-def]
    out = BytesIO()
    build(data, out)
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(out.getvalue())).pages)


@pytest.fixture
def chart(sqlite_clinic, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """A patient with an allergy, a risk factor, a session with a map, a reaction, a plan and a consent."""
    from mesodesk.i18n import texts
    from mesodesk.services.patients import HistoryInput

    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "aftercare_en.md").write_text(
        "# Aftercare\n\n## When to call the clinic\n\nFever.", encoding="utf-8"
    )
    for lang, (_title, aftercare) in BODIES.items():
        (folder / f"aftercare_{lang}.md").write_text(aftercare, encoding="utf-8")
    monkeypatch.setattr(texts, "_texts_dir", lambda: folder)

    from mesodesk.services.clinic import ClinicInput

    c = sqlite_clinic
    c.services.clinic.save_settings(ClinicInput("Clinique Saint-Éloi", phone="+33 1 23 45 67 89"))
    p = c.patient("Zoë", "Ōtsuka-Łukasiewicz", date(1980, 2, 3), phone="+33 1 23 45 67 89")
    c.services.patients.add_allergy(p.id, "Lidocaïne", "urticaire", "moderate")
    c.services.patients.save_history(p.id, HistoryInput(anticoagulants=True))
    when = datetime.now(UTC).replace(microsecond=0) - timedelta(days=3)
    data = c.session_input(p.id, when, notes="—", anaesthesia="EMLA")
    data.indications = ["rides"]
    data.marks = [MarkInput("face_front", 0.4, 0.4, depth_mm=2.5, volume_ml=0.1)]
    session = c.services.sessions.record(data).session
    c.services.reactions.record(
        ReactionInput(
            p.id,
            "bruising",
            when + timedelta(hours=2),
            session_id=session.id,
            area="cheeks",
            severity="severe",
        )
    )
    return c, p, session


def _consent(c, p, lang):  # type: ignore[no-untyped-def]
    title, _aftercare = BODIES[lang]
    text = c.services.clinic.add_consent_text(f"meso_{lang}", "1", title, f"# {title}\n\n—", language=lang)
    return c.services.clinic.record_consent(
        ConsentInput(
            p.id, text.id, c.practitioner.id, datetime.now(UTC) - timedelta(hours=1), "—", "—", _png()
        )
    )


def test_the_english_documents_are_what_the_check_looks_for(chart):  # type: ignore[no-untyped-def]
    """The check itself: an English summary is full of the catalogue's English texts."""
    c, p, _session = chart
    text = pdf_text(build_patient_summary, ReportingService(c.services.ctx).patient_summary(p.id))
    found = english_left(text, "fr")
    assert "Patient summary" in found and "Medical history" in found and len(found) > 20


@pytest.mark.parametrize("lang", LANGS)
def test_patient_summary_and_session_record_in_each_language(chart, lang):  # type: ignore[no-untyped-def]
    c, p, session = chart
    reporting = ReportingService(c.services.ctx)
    with use_language(lang):
        summary = pdf_text(build_patient_summary, reporting.patient_summary(p.id))
        record = pdf_text(build_session_record, reporting.session_record(session.id))
    assert english_left(summary, lang) == []
    assert english_left(record, lang) == []
    born = format_date(date(1980, 2, 3), "short", lang=lang)
    assert born in summary and born in record  # dates in the locale's form
    assert "2,5" in record  # depth 2.5 mm with the locale's decimal comma
    title = {
        "fr": "Synthèse du patient",
        "it": "Riepilogo del paziente",
        "es": "Resumen del paciente",
        "de": "Patientenübersicht",
    }
    assert title[lang] in summary


@pytest.mark.parametrize("lang", LANGS)
def test_consent_form_in_the_language_of_its_text(chart, lang):  # type: ignore[no-untyped-def]
    c, p, _session = chart
    consent = _consent(c, p, lang)
    data = ReportingService(c.services.ctx).consent_form(consent.id)
    assert data.language == lang
    text = pdf_text(build_consent_form, data)  # no language block: the form follows its text
    assert english_left(text, lang) == []
    assert BODIES[lang][0] in text


@pytest.mark.parametrize("lang", LANGS)
def test_aftercare_sheet_in_the_patients_preferred_language(chart, lang):  # type: ignore[no-untyped-def]
    c, p, _session = chart
    c.services.patients.update(p.id, _with_language(c, p.id, lang), c.services.patients.get(p.id).version)
    data = ReportingService(c.services.ctx).aftercare(p.id)  # the clinic works in English
    assert data.language == lang
    text = pdf_text(build_aftercare_sheet, data)
    assert english_left(text, lang) == []
    assert BODIES[lang][1].splitlines()[0][2:] in text
    call_heading = BODIES[lang][1].splitlines()[2][3:]
    assert text.index(call_heading) < text.rindex("+33 1 23 45 67 89")  # contact under "when to call"


def test_aftercare_falls_back_to_english_for_a_language_without_text(chart, caplog):  # type: ignore[no-untyped-def]
    c, p, _session = chart
    (texts_dir := __import__("mesodesk.i18n.texts", fromlist=["_texts_dir"])._texts_dir()) / "aftercare_de.md"
    (texts_dir / "aftercare_de.md").unlink()
    with caplog.at_level("INFO", logger="mesodesk.i18n"):
        data = ReportingService(c.services.ctx).aftercare(p.id, lang="de")
    assert data.language == "en" and "has no de version" in caplog.text
    assert "When to call the clinic" in pdf_text(build_aftercare_sheet, data)


def _png() -> bytes:
    from PIL import Image

    out = BytesIO()
    Image.new("RGB", (60, 20), (255, 255, 255)).save(out, "PNG")
    return out.getvalue()


def _with_language(c, patient_id: int, lang: str):  # type: ignore[no-untyped-def]
    from dataclasses import fields

    from mesodesk.services.patients import PatientInput

    patient = c.services.patients.get(patient_id)
    values = {f.name: getattr(patient, f.name) for f in fields(PatientInput)}
    values["preferred_language"] = lang
    return PatientInput(**values)


def test_cli_documents_and_errors_in_the_chosen_language(chart, sqlite_url, tmp_path, monkeypatch, capsys):  # type: ignore[no-untyped-def]
    from mesodesk.cli import main
    from mesodesk.i18n import core

    monkeypatch.setattr(core, "_process_language", "en")  # main() sets it: restored afterwards
    c, p, session = chart
    out = tmp_path / "s.pdf"
    assert (
        main(["--db", sqlite_url, "report", "session", str(session.id), "-o", str(out), "--lang", "de"]) == 0
    )
    text = "\n".join(page.extract_text() for page in PdfReader(BytesIO(out.read_bytes())).pages)
    assert "Sitzungsprotokoll" in text and english_left(text, "de") == []
    capsys.readouterr()
    monkeypatch.setenv("MESODESK_LANG", "fr")
    assert main(["--db", sqlite_url, "report", "session", "424242", "-o", str(tmp_path / "x.pdf")]) == 2
    assert capsys.readouterr().err == "mesodesk: Aucune séance avec l’identifiant 424242.\n"
