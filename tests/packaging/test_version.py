"""One version, written once (mesodesk.__version__), shown by --version, the package metadata and PDFs."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
import tomllib
from io import BytesIO
from pathlib import Path

from pypdf import PdfReader

import mesodesk

ROOT = Path(__file__).resolve().parents[2]


def test_pyproject_reads_the_version_from_the_package() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"], "the version is written once, in mesodesk/__init__.py"
    assert "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "mesodesk.__version__"}
    assert importlib.metadata.version("mesodesk") == mesodesk.__version__


def test_command_line_version() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mesodesk", "--version"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0
    assert done.stdout.strip() == f"MesoDesk {mesodesk.__version__}"


def test_pdf_metadata_names_the_version(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from reportlab.platypus import Paragraph

    from mesodesk.reports.doc_template import ClinicDocTemplate, ClinicHeader, styles

    monkeypatch.setattr(mesodesk.reports.doc_template, "__version__", "9.8.7-test")
    out = BytesIO()
    doc = ClinicDocTemplate(out, title="t", author="a", header=ClinicHeader(name="Clinic"))
    doc.build([Paragraph("x", styles()["body"])])
    meta = PdfReader(BytesIO(out.getvalue())).metadata
    assert meta.creator == "MesoDesk 9.8.7-test"
    assert meta.producer == "MesoDesk 9.8.7-test"
