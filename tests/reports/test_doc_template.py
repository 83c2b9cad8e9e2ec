"""The shared report template: Unicode fonts, page numbering, repeat headers, determinism."""

from __future__ import annotations

import datetime as dt
import re
import sys
from io import BytesIO
from pathlib import Path
from typing import BinaryIO

import pytest
from pypdf import PdfReader
from reportlab.graphics import renderPDF
from reportlab.platypus import Paragraph, Spacer

from mesodesk.reports.diagrams import DIAGRAM_NAMES, DIAGRAM_TITLES, diagram_drawing
from mesodesk.reports.doc_template import (
    ClinicDocTemplate,
    ClinicHeader,
    ReportWriteError,
    data_table,
    styles,
    write_pdf_atomically,
)
from mesodesk.reports.texts import load_text, parse_simple_markdown

NAMES = ["Zoë Ōtsuka-Łukasiewicz", "Αλεξάνδρα Παπαδοπούλου", "Ольга Кузнецова", "O'Connor"]
HEADER = ClinicHeader(
    name="Clinique Saint-Éloi",
    address="12 rue des Lilas\n75011 Paris",
    phone="+33 1 23 45 67 89",
    email="contact@saint-eloi.example",
)


def _build(out: BinaryIO) -> None:
    doc = ClinicDocTemplate(
        out,
        title="Patient list",
        author="Clinique Saint-Éloi",
        subject="Test report",
        header=HEADER,
        running_label="Zoë O'Connor · born 1980-02-03",
        generated_on=dt.date(2024, 5, 1),
    )
    st = styles()
    rows = [
        [str(i), NAMES[i % len(NAMES)], "Hyaluronic acid <1%> & vitamin C", "2024-05-01"] for i in range(300)
    ]
    story = [Paragraph("Patient list", st["title"]), Paragraph("Allergic to lidocaine", st["alert"])]
    story += [Paragraph(name, st["body"]) for name in NAMES]
    story += [Spacer(1, 6), data_table(["No.", "Patient", "Formula", "Date"], rows, [30, 170, 200, 74])]
    doc.build(story)


@pytest.fixture(scope="module")
def pdf_bytes() -> bytes:
    out = BytesIO()
    _build(out)
    return out.getvalue()


def _page_texts(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(BytesIO(data)).pages]


def test_unicode_names_are_printed(pdf_bytes: bytes) -> None:
    text = _page_texts(pdf_bytes)[0]
    for name in NAMES:
        assert name in text


def test_page_x_of_y_on_every_page(pdf_bytes: bytes) -> None:
    pages = _page_texts(pdf_bytes)
    n = len(pages)
    assert n >= 3
    assert f"Page 1 of {n}" in pages[0]
    assert f"Page {n} of {n}" in pages[-1]
    for text in pages:
        assert "Zoë O'Connor · born 1980-02-03" in text
        assert "Generated 2024-05-01" in text


def test_table_header_repeats_on_page_two(pdf_bytes: bytes) -> None:
    page_two = _page_texts(pdf_bytes)[1]
    assert re.search(r"No\.\s*Patient\s*Formula\s*Date", page_two)
    assert "Hyaluronic acid <1%> & vitamin C" in page_two


def test_metadata(pdf_bytes: bytes) -> None:
    meta = PdfReader(BytesIO(pdf_bytes)).metadata
    assert meta.title == "Patient list"
    assert meta.author == "Clinique Saint-Éloi"
    assert meta.subject == "Test report"


def test_same_input_gives_same_bytes(pdf_bytes: bytes) -> None:
    again = BytesIO()
    _build(again)
    assert again.getvalue() == pdf_bytes


def test_logo_is_drawn() -> None:
    from PIL import Image

    png = BytesIO()
    Image.new("RGBA", (120, 40), (15, 118, 110, 255)).save(png, format="PNG")
    out = BytesIO()
    header = ClinicHeader(name="Logo Clinic", logo_png=png.getvalue())
    ClinicDocTemplate(out, title="t", author="a", header=header, page_size="Letter").build(
        [Paragraph("Hello", styles()["body"])]
    )
    page = PdfReader(out).pages[0]
    assert len(page.images) == 1


def test_bad_logo_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="logo"):
        ClinicDocTemplate(BytesIO(), title="t", author="a", header=ClinicHeader(name="x", logo_png=b"nope"))


def test_write_atomically_writes_the_file(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    write_pdf_atomically(_build, target)
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_write_atomically_keeps_target_when_build_fails(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old content")

    def failing(out: BinaryIO) -> None:
        out.write(b"%PDF-partial")
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        write_pdf_atomically(failing, target)
    assert target.read_bytes() == b"old content"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]

    fresh = tmp_path / "new.pdf"
    with pytest.raises(RuntimeError):
        write_pdf_atomically(failing, fresh)
    assert not fresh.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_write_atomically_unwritable_path(tmp_path: Path) -> None:
    with pytest.raises(ReportWriteError, match="Cannot write the PDF"):
        write_pdf_atomically(_build, tmp_path / "missing-folder" / "report.pdf")
    with pytest.raises(OSError):
        write_pdf_atomically(_build, tmp_path)  # a directory is not a file


def test_every_diagram_renders() -> None:
    from reportlab.pdfgen.canvas import Canvas

    out = BytesIO()
    canv = Canvas(out, invariant=1)
    for name in DIAGRAM_NAMES:
        drawing = diagram_drawing(name, 240, [(0.5, 0.5, "1"), (0.25, 0.3, "12"), (0.7, 0.8, "Left")])
        assert drawing.width == 240 and drawing.height == pytest.approx(300)
        renderPDF.draw(drawing, canv, 40, 400)
        canv.drawString(40, 380, DIAGRAM_TITLES[name])
        canv.showPage()
    canv.save()
    assert len(PdfReader(out).pages) == len(DIAGRAM_NAMES) == 7


def test_unknown_diagram() -> None:
    with pytest.raises(KeyError):
        diagram_drawing("elbow", 100, [])


def test_svg_files_match_geometry() -> None:
    from mesodesk.paths import diagram_path, resources_dir

    sys.path.insert(0, str(resources_dir() / "diagrams"))
    try:
        import generate  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    for name in DIAGRAM_NAMES:
        svg = diagram_path(name).read_text(encoding="utf-8")
        assert svg == generate.svg_text(name), f"{name}.svg is stale: run resources/diagrams/generate.py"
        assert 'viewBox="0 0 400 500"' in svg and "href" not in svg


def test_texts_parse() -> None:
    for name in ("aftercare_en", "consent_mesotherapy_v1"):
        blocks = parse_simple_markdown(load_text(name))
        assert blocks[0][0] == "title"
        assert {kind for kind, _ in blocks} == {"title", "heading", "para", "bullet"}
    assert parse_simple_markdown("# T\n\nline one\nline two\n\n## H\n- a\n- b\n") == [
        ("title", "T"),
        ("para", "line one line two"),
        ("heading", "H"),
        ("bullet", "a"),
        ("bullet", "b"),
    ]


def test_reports_do_not_import_qt_or_sqlalchemy() -> None:
    import subprocess

    code = (
        "import sys, mesodesk.reports.doc_template, mesodesk.reports.diagrams, mesodesk.reports.texts;"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'sqlalchemy'))]; assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[2])
