"""`mesodesk report …` end to end: valid PDFs, one-line errors with exit code 2, no stray files."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from mesodesk.cli import main


@pytest.fixture
def cli_clinic(sqlite_clinic, sqlite_url):  # type: ignore[no-untyped-def]
    p = sqlite_clinic.patient("Zoë", "Ōtsuka-Łukasiewicz", phone="+33 6 12 34 56 78")
    when = datetime.now(UTC).replace(microsecond=0) - timedelta(days=2)
    session = sqlite_clinic.services.sessions.record(sqlite_clinic.session_input(p.id, when)).session
    return sqlite_url, p, session


def _run(url: str, *args: str) -> int:
    return main(["--db", url, "report", *args])


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(path.read_bytes())).pages)


def test_patient_summary_pdf(cli_clinic, tmp_path_factory, capsys) -> None:  # type: ignore[no-untyped-def]
    url, p, _ = cli_clinic
    out = tmp_path_factory.mktemp("out") / "summary.pdf"
    assert _run(url, "patient", p.file_no, "-o", str(out), "--no-photos") == 0
    text = _text(out)
    assert "ŌTSUKA-ŁUKASIEWICZ, Zoë" in text and "HA-001" in text and "Photos" not in text
    assert str(out) in capsys.readouterr().out
    assert _run(url, "patient", p.file_no, "-o", str(out), "--sections", "alerts,plan") == 0
    text = _text(out)
    assert "Alerts and allergies" in text and "Sessions (" not in text


def test_unknown_patient_exits_2_without_a_file(cli_clinic, tmp_path_factory, capsys) -> None:  # type: ignore[no-untyped-def]
    url, _, _ = cli_clinic
    folder = tmp_path_factory.mktemp("out")
    assert _run(url, "patient", "MD-999999", "-o", str(folder / "x.pdf")) == 2
    err = capsys.readouterr().err
    assert err == "mesodesk: No patient with file number MD-999999.\n"
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize(
    "args,message",
    [
        (["session", "424242"], "No session with id 424242."),
        (["consent", "424242"], "No consent with id 424242."),
        (["recall", "NO-SUCH-LOT"], "No lot numbered NO-SUCH-LOT."),
        (["aftercare", "--patient", "MD-424242"], "No patient with file number MD-424242."),
        (
            ["reactions", "--from", "2024-02-01", "--to", "2024-01-01"],
            "to: is before the start of the period",
        ),
    ],
)
def test_unknown_records_exit_2(cli_clinic, tmp_path_factory, capsys, args, message) -> None:  # type: ignore[no-untyped-def]
    url, _, _ = cli_clinic
    folder = tmp_path_factory.mktemp("out")
    assert _run(url, *args, "-o", str(folder / "x.pdf")) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err and "Traceback" not in err
    assert list(folder.iterdir()) == []


def test_unwritable_output_exits_2(cli_clinic, tmp_path_factory, capsys) -> None:  # type: ignore[no-untyped-def]
    url, p, _ = cli_clinic
    folder = tmp_path_factory.mktemp("out")
    assert _run(url, "patient", p.file_no, "-o", str(folder / "missing" / "x.pdf")) == 2
    err = capsys.readouterr().err
    assert err.startswith("mesodesk: Cannot write the PDF to") and err.count("\n") == 1
    assert _run(url, "aftercare", "-o", str(folder)) == 2  # a folder, not a file
    assert "is a folder" in capsys.readouterr().err
    assert list(folder.iterdir()) == []


def test_every_report_kind(cli_clinic, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    url, p, session = cli_clinic
    folder = tmp_path_factory.mktemp("out")
    today = datetime.now().date()
    period = [
        "--from",
        (today - timedelta(days=30)).isoformat(),
        "--to",
        (today + timedelta(days=30)).isoformat(),
    ]
    runs = {
        "session": ["session", str(session.id)],
        "aftercare": ["aftercare", "--patient", p.file_no],
        "followups": ["followups", *period],
        "reactions": ["reactions", *period],
        "activity": ["activity", *period, "--by", "week"],
        "recall": ["recall", "LI-001"],
    }
    for name, args in runs.items():
        assert _run(url, *args, "-o", str(folder / f"{name}.pdf")) == 0, name
    assert "Ōtsuka-Łukasiewicz" in _text(folder / "recall.pdf")
    assert "Session record" in _text(folder / "session.pdf")
    assert "Activity" in _text(folder / "activity.pdf")
    assert sorted(f.name for f in folder.iterdir()) == sorted(f"{n}.pdf" for n in runs)
