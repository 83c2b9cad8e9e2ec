"""Patient import from CSV files shaped byte for byte like the ones office suites write."""

from __future__ import annotations

import codecs
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from mesodesk.db.models import AuditEntry, Patient
from mesodesk.domain.errors import ValidationError
from mesodesk.interop.csv_import import (
    PatientCsvImport,
    detect_delimiter,
    detect_encoding,
    format_result,
    guess_mapping,
    parse_date,
    read_table,
)
from mesodesk.services.patient_import import ImportCancelled

TODAY = date.today()


def stored(engine) -> dict[str, Patient]:
    from sqlalchemy.orm import Session

    with Session(engine) as s:
        return {p.last_name: p for p in s.scalars(select(Patient))}


def count(engine, model=Patient) -> int:
    with engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(model))


def excel_french_cp1252() -> bytes:
    """Excel 'CSV (séparateur: point-virgule)' on a French Windows: cp1252, ';', CRLF, no quotes."""
    lines = [
        "N° dossier;Nom;Prénom;Date de naissance;Sexe;Téléphone;Courriel;Phototype;Remarques",
        "A-100;Lefèvre;Hélène;03/02/1980;F;06 12 34 56 78;helene@example.fr;III;Peau sèche",
        "A-101;Müller;Jérôme;31.12.1975;H;+33 6 98 76 54 32;;II;",
        "A-102;Guérin;Anaïs;1-7-99;Femme;;anais@example.fr;;Allergie à l'œuf",
    ]
    return ("\r\n".join(lines) + "\r\n").encode("cp1252")


def test_excel_french_windows_1252_semicolons(clinic):
    data = excel_french_cp1252()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    imp = PatientCsvImport.from_bytes(data)
    assert imp.table.encoding == "cp1252"
    assert imp.table.delimiter == ";"
    assert imp.mapping == [
        "file_no",
        "last_name",
        "first_name",
        "date_of_birth",
        "sex",
        "phone",
        "email",
        "fitzpatrick",
        "notes",
    ]
    result = imp.run(clinic.services)
    assert result.problems == []
    assert result.imported == 3
    people = stored(clinic.engine)
    helene = people["Lefèvre"]
    assert (helene.first_name, helene.file_no, helene.date_of_birth) == ("Hélène", "A-100", date(1980, 2, 3))
    assert (helene.sex, helene.phone, helene.email, helene.fitzpatrick, helene.notes) == (
        "F",
        "06 12 34 56 78",
        "helene@example.fr",
        3,
        "Peau sèche",
    )
    assert people["Müller"].date_of_birth == date(1975, 12, 31)
    assert people["Müller"].sex == "M"
    assert people["Guérin"].date_of_birth == date(1999, 7, 1)
    assert people["Guérin"].notes == "Allergie à l'œuf"
    with clinic.engine.connect() as conn:
        actions = (
            conn.execute(
                select(AuditEntry.action).where(
                    AuditEntry.entity == "patient", AuditEntry.entity_id == helene.id
                )
            )
            .scalars()
            .all()
        )
    assert actions == ["import"]


def test_excel_utf8_with_bom_comma(sqlite_clinic):
    text = (
        "Last name,First name,Date of birth,Sex,Email,File number\r\n"
        "Ōtsuka,Zoë,1990-05-06,F,zoe@example.com,\r\n"
        "Кузнецова,Ольга,07/08/1985,female,,X-9\r\n"
    )
    data = codecs.BOM_UTF8 + text.encode("utf-8")
    with pytest.raises(ValidationError, match="choose the order"):  # 07/08: English says nothing
        PatientCsvImport.from_bytes(data).run(sqlite_clinic.services)
    imp = PatientCsvImport.from_bytes(data, locale_hint="en_GB.UTF-8")
    assert imp.date_order_choice().source == "locale"
    assert imp.table.encoding == "utf-8-sig"
    assert imp.headers[0] == "Last name"  # the BOM is not part of the first header
    assert imp.mapping[0] == "last_name"
    result = imp.run(sqlite_clinic.services)
    assert result.imported == 2 and result.problems == []
    people = stored(sqlite_clinic.engine)
    assert people["Ōtsuka"].file_no.startswith("MD-")  # generated
    assert people["Кузнецова"].file_no == "X-9"
    assert people["Кузнецова"].date_of_birth == date(1985, 8, 7)


def test_libreoffice_comma_quoted_newline_and_doubled_quote(sqlite_clinic):
    """LibreOffice: UTF-8 without BOM, LF, quotes only where needed."""
    data = (
        "Surname,Given name,DOB,Address,Notes\n"
        'O\'Connor,Siobhán,12/03/1970,"12 rue des Lilas\n75011 Paris","Says ""no needles near the eyes"", ok"\n'
        'Dubois,Léa,1988-01-02,"1, place du Marché",\n'
    ).encode()
    imp = PatientCsvImport.from_bytes(data, date_order="dmy")
    assert imp.table.encoding == "utf-8" and imp.table.delimiter == ","
    assert [n for n, _ in imp.table.rows] == [2, 3]
    result = imp.run(sqlite_clinic.services)
    assert result.imported == 2, format_result(result)
    oc = stored(sqlite_clinic.engine)["O'Connor"]
    assert oc.address == "12 rue des Lilas\n75011 Paris"
    assert oc.notes == 'Says "no needles near the eyes", ok'
    assert stored(sqlite_clinic.engine)["Dubois"].address == "1, place du Marché"


def spreadsheet_with_problems() -> bytes:
    """Twenty patients; row 17 has a bad date, row 5 a future birth date, row 9 no last name."""
    future = (TODAY + timedelta(days=30)).strftime("%d/%m/%Y")
    lines = ["Nom;Prénom;DDN;Tel"]
    for row in range(2, 22):
        last, born = f"Patient{row:02d}", f"{row:02d}/01/1970"
        if row == 17:
            born = "31/02/1980"
        if row == 5:
            born = future
        if row == 9:
            last = ""
        lines.append(f"{last};Anne;{born};01 23 45 67 {row:02d}")
    return "\r\n".join(lines).encode("cp1252")


def test_problems_are_reported_by_spreadsheet_row_and_field(clinic):
    result = PatientCsvImport.from_bytes(spreadsheet_with_problems()).run(clinic.services)
    problems = {(p.row, p.field): p.message for p in result.problems}
    assert set(problems) == {(17, "date_of_birth"), (5, "date_of_birth"), (9, "last_name")}
    assert "31/02/1980" in problems[(17, "date_of_birth")]
    assert "future" in problems[(5, "date_of_birth")]
    assert problems[(9, "last_name")] == "is required"
    assert result.imported == 17
    assert count(clinic.engine) == 17
    names = set(stored(clinic.engine))
    assert "Patient17" not in names and "Patient05" not in names and "Patient16" in names
    report = "\n".join(format_result(result))
    assert "Row 17: date_of_birth:" in report
    assert "17 patients imported" in report


def test_dry_run_stores_nothing(sqlite_clinic):
    before_audit = count(sqlite_clinic.engine, AuditEntry)
    result = PatientCsvImport.from_bytes(spreadsheet_with_problems()).run(
        sqlite_clinic.services, dry_run=True
    )
    assert result.dry_run and result.imported == 17
    assert len(result.problems) == 3
    assert count(sqlite_clinic.engine) == 0
    assert count(sqlite_clinic.engine, AuditEntry) == before_audit
    assert "dry run, nothing saved" in format_result(result)[-1]


def test_cancelled_import_leaves_database_unchanged(clinic):
    clinic.patient("Existing", "Person")
    before = (count(clinic.engine), count(clinic.engine, AuditEntry))
    asked = []
    seen = []

    def cancel() -> bool:
        asked.append(1)
        return len(asked) > 10  # after ten patients were written in the transaction

    with pytest.raises(ImportCancelled):
        PatientCsvImport.from_bytes(spreadsheet_with_problems()).run(
            clinic.services, cancel=cancel, progress=lambda done, total, what: seen.append((done, total))
        )
    assert seen[-1] == (10, 17)
    assert (count(clinic.engine), count(clinic.engine, AuditEntry)) == before


def test_duplicates_flagged_and_skipped(clinic):
    clinic.patient("Hélène", "Lefèvre", date(1980, 2, 3))
    clinic.patient("Jean-Marie", "O'Connor", date(1960, 6, 6))
    clinic.patient("Other", "Someone", date(1970, 1, 1), file_no="A-101")
    data = (
        "Nom;Prénom;Date de naissance;N° dossier\r\n"
        "LEFEVRE;hélène;03/02/1980;\r\n"  # same folded name and birth date
        "Nouveau;Patient;01/01/1990;A-101\r\n"  # same file number
        "Libre;Paul;02/02/1992;\r\n"
        "Libre;Paul;02/02/1992;\r\n"  # twice in the file
        "O CONNOR;Jean Marie;06/06/1960;\r\n"
    ).encode("cp1252")  # spaces and hyphens do not matter
    imp = PatientCsvImport.from_bytes(data)
    check = imp.check(clinic.services)
    assert [(d.row, d.reason) for d in check.duplicates] == [
        (2, "name_and_birth"),
        (3, "file_no"),
        (5, "name_and_birth"),
        (6, "name_and_birth"),
    ]
    assert check.duplicates[2].other_row == 4
    assert count(clinic.engine) == 3  # check writes nothing
    result = imp.run(clinic.services)
    assert result.skipped_duplicates == [2, 3, 5, 6]
    assert result.imported == 1
    assert count(clinic.engine) == 4
    forced = PatientCsvImport.from_bytes(data).run(clinic.services, skip_duplicates=False)
    # the file number is taken: that row is refused as a problem, not imported twice
    assert [(p.row, p.field) for p in forced.problems] == [(3, "file_no")]


def test_explicit_mapping_overrides_and_unknown_columns(sqlite_clinic):
    data = (
        "Nom de jeune fille;Nom;Prénom;Né(e) le;Couleur préférée\r\nDurand;Martin;Claire;05-06-1975;bleu\r\n"
    ).encode()
    imp = PatientCsvImport.from_bytes(data)
    assert imp.mapping == ["", "last_name", "first_name", "date_of_birth", ""]
    imp.set_mapping({"nom de jeune fille": "last_name"})
    assert imp.mapping == ["last_name", "", "first_name", "date_of_birth", ""]
    assert imp.preview(1) == [
        {"row": "2", "last_name": "Durand", "first_name": "Claire", "date_of_birth": "05-06-1975"}
    ]
    with pytest.raises(ValidationError) as err:
        imp.set_mapping({"Shoe size": "notes"})
    assert err.value.field == "mapping"
    with pytest.raises(ValidationError):
        imp.set_mapping({"Nom": "favourite_colour"})
    imp.run(sqlite_clinic.services)
    assert stored(sqlite_clinic.engine)["Durand"].date_of_birth == date(1975, 6, 5)


def test_missing_required_column_is_fatal(sqlite_clinic):
    imp = PatientCsvImport.from_bytes(b"Nom,Email\nDupont,a@b.fr\n")
    assert imp.missing_required() == ["first_name", "date_of_birth"]
    with pytest.raises(ValidationError, match="First name"):
        imp.run(sqlite_clinic.services)


def test_tab_delimited_and_detection_helpers():
    assert detect_encoding(codecs.BOM_UTF8 + b"a") == "utf-8-sig"
    assert detect_encoding("é".encode()) == "utf-8"
    assert detect_encoding("é".encode("cp1252")) == "cp1252"
    assert detect_delimiter("Nom\tPrénom\tDDN\nA\tB\t01/01/1980\n") == "\t"
    assert detect_delimiter('Nom;Prénom\n"Dupont, Jr";Jean\n') == ";"
    assert detect_delimiter("Nom\n") == ","
    table = read_table(b"\n\nNom\tPrenom\n\nA\tB\n")
    assert table.headers == ["Nom", "Prenom"] and table.rows == [(5, ["A", "B"])]
    assert guess_mapping(["  NOM DE FAMILLE ", "Prenom", "E-Mail", "Tél.", "Fitzpatrick", "Nom"]) == [
        "last_name",
        "first_name",
        "email",
        "phone",
        "fitzpatrick",
        "",
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("03/02/1980", date(1980, 2, 3)),
        ("3.2.1980", date(1980, 2, 3)),
        ("03-02-1980", date(1980, 2, 3)),
        ("1980-02-03", date(1980, 2, 3)),
        ("1980-02-03 00:00:00", date(1980, 2, 3)),
        ("03/02/80", date(1980, 2, 3)),
        ("03/02/05", date(2005, 2, 3)),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text, today=date(2026, 1, 1)) == expected


@pytest.mark.parametrize("text", ["12/25/1980", "1980", "yesterday", "31/02/1980"])
def test_parse_date_refuses(text):
    with pytest.raises(ValueError):
        parse_date(text)


def test_bad_sex_and_skin_type_are_row_problems(sqlite_clinic):
    data = "Nom,Prénom,DDN,Sexe,Phototype\nA,B,01/01/1980,Z,VII\nC,D,01/01/1980,M,type II\n".encode()
    result = PatientCsvImport.from_bytes(data).run(sqlite_clinic.services)
    assert [(p.row, p.field) for p in result.problems] == [(2, "sex"), (2, "fitzpatrick")]
    assert stored(sqlite_clinic.engine)["C"].fitzpatrick == 2


def test_a_date_in_the_sex_or_skin_type_column_of_a_workbook_is_a_row_problem(sqlite_clinic):
    """Excel turns a skin type typed "1-2" into a date: the row is reported, not imported with the date's
    text as its skin type or sex."""
    import io
    from datetime import datetime

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Nom", "Prénom", "DDN", "Sexe", "Phototype"])
    sheet.append(["Lefèvre", "Hélène", datetime(1980, 2, 3), datetime(2026, 3, 4), datetime(2026, 1, 2)])
    sheet.append(["Guérin", "Anaïs", datetime(1999, 7, 1), "F", "II"])
    out = io.BytesIO()
    book.save(out)
    result = PatientCsvImport.from_bytes(out.getvalue()).run(sqlite_clinic.services)
    assert [(p.row, p.field) for p in result.problems] == [(2, "sex"), (2, "fitzpatrick")]
    assert "2026-01-02" in result.problems[1].message
    patients = stored(sqlite_clinic.engine)
    assert "Lefèvre" not in patients and patients["Guérin"].fitzpatrick == 2


def test_assistant_may_import(sqlite_clinic):
    data = "Nom,Prénom,DDN\nA,B,01/01/1980\n".encode()
    assert PatientCsvImport.from_bytes(data).run(sqlite_clinic.as_assistant).imported == 1


def test_generated_file_numbers_skip_those_in_the_file(sqlite_clinic):
    data = "Nom;Prénom;DDN;N° dossier\r\nA;B;01/01/1980;\r\nC;D;01/01/1981;MD-000001\r\nE;F;01/01/1982;\r\n"
    result = PatientCsvImport.from_bytes(data.encode("cp1252")).run(sqlite_clinic.services)
    assert [(row, file_no) for row, _id, file_no in result.created] == [
        (2, "MD-000002"),
        (3, "MD-000001"),
        (4, "MD-000003"),
    ]
    assert sqlite_clinic.patient("G", "H").file_no == "MD-000004"  # the series goes on after the import


def test_semicolon_file_with_commas_in_text_is_not_mistaken_for_commas():
    data = (
        "Nom;Prénom;DDN;Adresse\r\n"
        "Dupont;Jean;01/01/1980;1, rue de la Paix, 75002 Paris\r\n"
        "Durand;Marie;02/02/1982;3, place du Marché, 69001 Lyon\r\n"
    ).encode("cp1252")
    imp = PatientCsvImport.from_bytes(data)
    assert imp.table.delimiter == ";"
    assert imp.preview(1)[0]["address"] == "1, rue de la Paix, 75002 Paris"


def test_fatal_error_mid_import_rolls_everything_back(sqlite_clinic, monkeypatch):
    from mesodesk.domain.errors import DatabaseError
    from mesodesk.services import audit

    original = audit.record
    calls = []

    def failing(*args, **kw):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 6:
            raise DatabaseError("The disk is full: the change was not saved.")
        return original(*args, **kw)

    monkeypatch.setattr(audit, "record", failing)
    before = (count(sqlite_clinic.engine), count(sqlite_clinic.engine, AuditEntry))
    with pytest.raises(DatabaseError):
        PatientCsvImport.from_bytes(spreadsheet_with_problems()).run(sqlite_clinic.services)
    assert (count(sqlite_clinic.engine), count(sqlite_clinic.engine, AuditEntry)) == before


def test_excel_unicode_text_utf16_tabs():
    """Excel's "Unicode Text": UTF-16 LE with a BOM, tab-separated."""
    text = "Nom\tPrénom\tDate de naissance\r\nŁukasiewicz\tMałgorzata\t05/06/1977\r\n"
    imp = PatientCsvImport.from_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    assert (imp.table.encoding, imp.table.delimiter) == ("utf-16", "\t")
    assert imp.preview(1) == [
        {"row": "2", "last_name": "Łukasiewicz", "first_name": "Małgorzata", "date_of_birth": "05/06/1977"}
    ]
