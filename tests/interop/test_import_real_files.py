"""Issue 14, problems 1 and 2: files written by LibreOffice itself (tests/interop/fixtures, made by
make_fixtures.py with soffice --headless) import every birth date right, or are refused."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from mesodesk.cli import main
from mesodesk.db.models import ClinicSettings, Patient
from mesodesk.domain.errors import ValidationError
from mesodesk.interop.csv_import import CsvFormatError, PatientCsvImport, guess_mapping, parse_date
from mesodesk.interop.import_dates import infer_order, resolve_two_digit_year
from mesodesk.interop.import_headers import ALIASES_BY_LANGUAGE, headers_language

FIXTURES = Path(__file__).parent / "fixtures"
EXPECTED = {k: date.fromisoformat(v) for k, v in json.loads((FIXTURES / "expected.json").read_text()).items()}


def stored_births(engine) -> dict[str, date]:
    with Session(engine) as s:
        return {
            p.file_no: p.date_of_birth for p in s.scalars(select(Patient).where(Patient.file_no.like("A-%")))
        }


@pytest.mark.parametrize(
    "name, encoding, delimiter, kind",
    [
        ("en_us_mdy.csv", "utf-8", ",", "csv"),
        ("en_us_short_mdy_yy.csv", "utf-8", ",", "csv"),
        ("en_gb_dmy.csv", "utf-8", ",", "csv"),
        ("fr_fr_dmy.csv", "utf-8", ";", "csv"),
        ("en_gb_utf16_tab.csv", "utf-16", "\t", "csv"),
        ("en_us.xlsx", "", "", "xlsx"),
        ("fr_fr.ods", "", "", "ods"),
    ],
)
@pytest.mark.parametrize("locale_hint", [None, "en_US.UTF-8", "en_GB.UTF-8", "de_DE"])
def test_libreoffice_files_import_every_birth_date_right(
    sqlite_clinic, name, encoding, delimiter, kind, locale_hint
):
    """Whatever the clinic's locale, the column decides: no birth date is stored wrong."""
    imp = PatientCsvImport.from_path(FIXTURES / name, locale_hint=locale_hint)
    assert (imp.table.kind, imp.table.encoding, imp.table.delimiter) == (kind, encoding, delimiter)
    assert imp.date_order_choice().source in ("column", "cells")
    result = imp.run(sqlite_clinic.services)
    assert result.problems == [] and result.imported == 10
    assert stored_births(sqlite_clinic.engine) == EXPECTED


def test_month_first_two_digit_years_en_us_short(sqlite_clinic):
    """LibreOffice en-US short dates: 03/04/75 is 4 March 1975; 06/05/25 is 5 June 1925, not 2025."""
    imp = PatientCsvImport.from_path(FIXTURES / "en_us_short_mdy_yy.csv")
    assert imp.date_order_choice().order == "mdy"
    imp.run(sqlite_clinic.services)
    births = stored_births(sqlite_clinic.engine)
    assert births["A-100"] == date(1975, 3, 4)
    assert births["A-102"] == date(1925, 6, 5)
    assert births["A-105"] == date(2001, 8, 9)


def test_cp1252_semicolon_german_two_digit_years_flags_lost_letters(sqlite_clinic):
    """German headers recognised; 'W?sowska' / '?ucja' (letters cp1252 cannot hold) are row problems."""
    imp = PatientCsvImport.from_path(FIXTURES / "de_de_cp1252_semicolon_yy.csv")
    assert (imp.table.encoding, imp.table.delimiter) == ("cp1252", ";")
    assert imp.mapping == ["file_no", "last_name", "first_name", "date_of_birth", "sex", "phone"]
    assert imp.language() == "de"
    result = imp.run(sqlite_clinic.services)
    assert {(p.row, p.field) for p in result.problems} == {(4, "last_name"), (4, "first_name")}
    assert "encoding" in result.problems[0].message
    births = stored_births(sqlite_clinic.engine)
    assert "A-102" not in births
    assert births == {k: v for k, v in EXPECTED.items() if k != "A-102"}


def test_ambiguous_column_is_refused_until_the_order_is_chosen(sqlite_clinic):
    """Every date <= 12/12 and English headers: nothing is imported until the order is given."""
    lines = (FIXTURES / "en_us_mdy.csv").read_text(encoding="utf-8").splitlines()
    ambiguous = [lines[0]] + [
        line for line in lines[1:] if all(int(x) <= 12 for x in line.split(",")[3].split("/")[:2])
    ]
    data = ("\n".join(ambiguous) + "\n").encode()
    imp = PatientCsvImport.from_bytes(data)
    assert imp.date_order_choice().order is None
    with pytest.raises(ValidationError, match="choose the order"):
        imp.run(sqlite_clinic.services)
    assert stored_births(sqlite_clinic.engine) == {}
    imp.set_date_order("mdy")
    result = imp.run(sqlite_clinic.services)
    assert result.imported == len(ambiguous) - 1
    births = stored_births(sqlite_clinic.engine)
    assert births == {k: EXPECTED[k] for k in births}


def test_ambiguous_column_uses_the_headers_language_and_says_so():
    data = "Nom;Prénom;Date de naissance\nA;B;03/04/1975\n".encode()
    choice = PatientCsvImport.from_bytes(data, locale_hint="en_US").date_order_choice()
    assert (choice.order, choice.source) == ("dmy", "language")
    assert "French" in choice.message


def test_given_order_contradicted_by_the_column_reports_rows():
    """--date-order dmy on a month-first file: 12/31/1980 is a row problem, never 1980-31-12 or a swap."""
    imp = PatientCsvImport.from_path(FIXTURES / "en_us_mdy.csv", date_order="dmy")
    rows, problems = imp.parse(date(2026, 12, 1))
    assert {p.row for p in problems} == {3, 9, 11}  # 12/31/1980, 07/13/1983, 02/28/1947
    assert "month/day/year" in problems[0].message


def test_mixed_orders_in_one_column_are_refused():
    data = b"Last name,First name,DOB\nA,B,31/12/1980\nC,D,12/31/1980\n"
    choice = PatientCsvImport.from_bytes(data).date_order_choice()
    assert choice.order is None and choice.source == "mixed"
    assert "Row 2" in choice.message and "row 3" in choice.message


def test_infer_order_from_the_whole_column():
    assert infer_order([(2, "01/02/1980"), (3, "05/06/1970"), (40, "11/30/1999")]).order == "mdy"
    assert infer_order([(2, "01/02/1980"), (3, "30.11.99")]).order == "dmy"
    assert infer_order([(2, "01/02/1980")]).order is None
    assert infer_order([(2, "1980-02-01")]).order == "ymd"


@pytest.mark.parametrize(
    "yy, month, day, min_age, expected",
    [
        (25, 6, 5, 18, date(1925, 6, 5)),  # DESIGN.md: "05.06.25" is 1925
        (8, 1, 1, 18, date(2008, 1, 1)),  # 18 on 2026-12-01
        (9, 1, 1, 18, date(1909, 1, 1)),  # 2009 would be 17; 1909 is 117: refused below
        (10, 1, 1, 16, date(2010, 1, 1)),  # a clinic treating from 16
        (99, 12, 31, 18, date(1999, 12, 31)),
    ],
)
def test_two_digit_years(yy, month, day, min_age, expected):
    today = date(2026, 12, 1)
    if expected.year == 1909:
        with pytest.raises(ValueError, match="four digits"):
            resolve_two_digit_year(yy, month, day, today, min_age)
    else:
        assert resolve_two_digit_year(yy, month, day, today, min_age) == expected


@pytest.mark.parametrize(
    "text, why",
    [
        ("01/01/2030", "future"),
        ("01/01/1900", "over 110"),
        ("01/01/2015", "minimum age is 18"),
        ("31/02/1980", "not a valid date"),
    ],
)
def test_implausible_birth_dates_are_refused(text, why):
    with pytest.raises(ValueError, match=why):
        parse_date(text, date(2026, 12, 1))


def test_implausible_birth_dates_are_row_problems_and_minimum_age_is_the_clinics(sqlite_clinic):
    data = b"Last name,First name,DOB\nYoung,Ann,01/01/10\nOld,Bob,1900-01-01\nFine,Cat,1980-05-05\n"
    result = PatientCsvImport.from_bytes(data, date_order="dmy").run(sqlite_clinic.services)
    assert [(p.row, p.field) for p in result.problems] == [(2, "date_of_birth"), (3, "date_of_birth")]
    with Session(sqlite_clinic.engine) as s, s.begin():
        if s.get(ClinicSettings, 1) is None:
            s.add(ClinicSettings(id=1))
            s.flush()
        s.execute(update(ClinicSettings).values(min_patient_age=16))
    result = PatientCsvImport.from_bytes(data, date_order="dmy").run(sqlite_clinic.services)
    assert [p.row for p in result.problems] == [3]  # 2010: 16 or more, a clinic treating from 16
    with Session(sqlite_clinic.engine) as s:
        assert s.scalar(select(Patient.date_of_birth).where(Patient.last_name == "Young")) == date(2010, 1, 1)


LANGUAGE_HEADERS = {
    "en": ["Surname", "Given name", "Date of birth", "Gender", "Mobile", "E-mail", "Record number"],
    "fr": ["Nom", "Prénom", "Date de naissance", "Sexe", "Portable", "Courriel", "N° dossier"],
    "de": ["Nachname", "Vorname", "Geburtsdatum", "Geschlecht", "Telefon", "E-Mail", "Patientennummer"],
    "it": ["Cognome", "Nome", "Data di nascita", "Sesso", "Cellulare", "Posta elettronica", "Cartella"],
    "es": ["Apellidos", "Nombre", "Fecha de nacimiento", "Sexo", "Móvil", "Correo electrónico", "Expediente"],
    "pt": [
        "Apelido",
        "Primeiro nome",
        "Data de nascimento",
        "Sexo",
        "Telemóvel",
        "Correio eletrónico",
        "Processo",
    ],
    "nl": ["Achternaam", "Voornaam", "Geboortedatum", "Geslacht", "Telefoon", "E-mailadres", "Dossiernummer"],
    "pl": ["Nazwisko", "Imię", "Data urodzenia", "Płeć", "Nr telefonu", "Adres e-mail", "Numer karty"],
}


@pytest.mark.parametrize("lang", sorted(LANGUAGE_HEADERS))
def test_header_synonyms_in_eight_languages(lang):
    assert set(ALIASES_BY_LANGUAGE) == set(LANGUAGE_HEADERS)
    headers = LANGUAGE_HEADERS[lang]
    assert guess_mapping(headers) == [
        "last_name",
        "first_name",
        "date_of_birth",
        "sex",
        "phone",
        "email",
        "file_no",
    ]
    if lang not in ("en", "es", "pt"):  # 'Sexo' / 'E-mail' are shared spellings
        assert headers_language(headers) == lang


def test_unclosed_quote_is_reported_with_its_line(sqlite_clinic):
    data = (
        b"Last name,First name,DOB,Notes\n"
        b"Alpha,Ann,1980-01-01,fine\n"
        b'Beta,Bob,1981-02-02,"says he is fine\n'
        b"Gamma,Cat,1982-03-03,ok\n"
        b"Delta,Dan,1983-04-04,ok\n"
    )
    with pytest.raises(CsvFormatError, match="Line 3: a quote opened on this line is never closed"):
        PatientCsvImport.from_bytes(data)
    # closed only by a later cell's quote: whole rows swallowed into one cell
    data2 = data.replace(b"Delta,Dan,1983-04-04,ok", b'Delta,Dan,1983-04-04,"ok"')
    with pytest.raises(CsvFormatError, match="Line 3: a quote opened on this line runs over the rows"):
        PatientCsvImport.from_bytes(data2)


def test_multiline_notes_are_not_taken_for_an_open_quote():
    data = b'Last name,First name,DOB,Notes\nA,B,1980-01-01,"line one\nline two, still notes"\n'
    assert len(PatientCsvImport.from_bytes(data).table.rows) == 1


def test_registration_date_is_carried(sqlite_clinic):
    data = b"Last name,First name,DOB,Registered\nA,B,1980-01-01,2015-03-04\nC,D,1981-01-01,\n"
    result = PatientCsvImport.from_bytes(data).run(sqlite_clinic.services)
    assert result.imported == 2
    with Session(sqlite_clinic.engine) as s:
        got = dict(s.execute(select(Patient.last_name, Patient.registered_on)).all())
    assert got == {"A": date(2015, 3, 4), "C": None}


# -- the command --------------------------------------------------------------------------------


@pytest.fixture
def empty_db(tmp_path):
    url = str(tmp_path / "clinic.sqlite3")
    assert main(["--db", url, "migrate"]) == 0
    return url


def test_command_exit_codes_and_date_order(empty_db, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "C")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_TIME", raising=False)
    monkeypatch.delenv("MESODESK_LANG", raising=False)
    assert main(["--db", empty_db, "import", "patients", str(FIXTURES / "en_us.xlsx")]) == 0
    out = capsys.readouterr().out
    assert "xlsx workbook" in out and "10 patients imported" in out
    assert (
        main(["--db", empty_db, "import", "patients", str(FIXTURES / "de_de_cp1252_semicolon_yy.csv")]) == 1
    )
    out = capsys.readouterr().out
    assert "Row 4: last_name:" in out
    ambiguous = tmp_path / "amb.csv"
    ambiguous.write_text("Last name,First name,DOB\nZed,Ann,03/04/1975\n", encoding="utf-8")
    assert main(["--db", empty_db, "import", "patients", str(ambiguous)]) == 2
    assert "--date-order" in capsys.readouterr().err
    assert main(["--db", empty_db, "import", "patients", str(ambiguous), "--date-order", "mdy"]) == 0
    with Session(__import__("mesodesk.services.database", fromlist=["x"]).open_database(empty_db)) as s:
        assert s.scalar(select(Patient.date_of_birth).where(Patient.last_name == "Zed")) == date(1975, 3, 4)
    broken = tmp_path / "broken.csv"
    broken.write_text('Last name,First name,DOB\nA,B,"1980-01-01\n', encoding="utf-8")
    assert main(["--db", empty_db, "import", "patients", str(broken)]) == 2
    assert "Line 2" in capsys.readouterr().err


def test_command_help_documents_exit_codes(capsys):
    with pytest.raises(SystemExit):
        main(["import", "patients", "--help"])
    out = capsys.readouterr().out
    assert "--date-order {dmy,mdy,ymd}" in out
    assert "0  every row was imported" in out and "1  imported, but some rows" in out and "2  refused" in out


def test_likely_duplicates_flagged_in_the_preview_and_kept(sqlite_clinic):
    """services.duplicates (issue 12): a slip in the name or the same phone is flagged for review; only
    the same file number or the same name and birth date is left out."""
    c = sqlite_clinic
    c.patient("Hélène", "Lefèvre", date(1980, 2, 3), phone="06 12 34 56 78")
    c.patient("Paul", "Martin", date(1970, 1, 1))
    data = (
        "Last name,First name,DOB,Phone\n"
        "Lefèbre,Hélène,1980-02-03,\n"  # one letter off, same birth date
        "Zulu,Zed,1990-09-09,+33 6 12 34 56 78\n"  # same phone
        "MARTIN,paul,1970-01-01,\n"  # the same person: left out
        "Other,Olga,1991-01-01,\n"
    ).encode()
    imp = PatientCsvImport.from_bytes(data)
    preview = imp.check(c.services)
    kinds = {d.row: d.reason for d in preview.duplicates}
    assert kinds == {2: "likely", 3: "likely", 4: "name_and_birth"}
    assert "similar name" in str(next(d for d in preview.duplicates if d.row == 2))
    assert "same phone" in str(next(d for d in preview.duplicates if d.row == 3))
    result = imp.run(c.services)
    assert result.skipped_duplicates == [4] and result.imported == 3
