"""`mesodesk import patients FILE`: patients from a spreadsheet (CSV, .xlsx, .ods), in one transaction."""

from __future__ import annotations

import argparse
import os
import sys

from mesodesk.commands import TextProgress, services

EXIT_ALL_IMPORTED = 0
EXIT_ROWS_REPORTED = 1
EXIT_REFUSED = 2  # the CLI's exit code for a known error (mesodesk.cli.EXIT_KNOWN_ERROR)

EPILOG = """\
exit status:
  0  every row was imported (or, with --dry-run, would be)
  1  imported, but some rows were reported: problems (left out) or possible duplicates
  2  refused: nothing imported (unreadable file, a quote left open, no column for a required
     field, or a date order that must be chosen with --date-order)

dates:
  The order of the birth dates is --date-order if given; otherwise it is inferred from the whole
  column (a value over 12 decides it: 31/12/1980 is day first, 12/31/1980 month first); if every
  value could be either, the headers' language decides (all but English write day first), else the
  locale (MESODESK_LANG, LC_ALL, LC_TIME, LANG: en_US is month first); else the file is refused
  until --date-order is given. Two-digit years resolve so no patient is younger than the clinic's
  minimum age (18 unless set) or older than 110: 05.06.25 is 1925. Date cells of .xlsx and .ods
  files are read as dates.
"""


def _mapping(text: str) -> tuple[str, str]:
    header, sep, target = text.rpartition("=")
    if not sep or not header.strip():
        raise argparse.ArgumentTypeError(f"expected 'Column header=field', got {text!r}")
    return header.strip(), target.strip()


def clinic_locale() -> str | None:
    """The locale ambiguous dates fall back to: MESODESK_LANG, LC_ALL, LC_TIME, then LANG."""
    for var in ("MESODESK_LANG", "LC_ALL", "LC_TIME", "LANG"):
        value = os.environ.get(var, "").strip()
        if value and value not in ("C", "POSIX", "C.UTF-8"):
            return value
    return None


def register(sub: argparse._SubParsersAction) -> None:
    from mesodesk.interop.csv_import import FIELDS
    from mesodesk.interop.import_dates import ORDERS

    description = (
        "Import patients from a spreadsheet: CSV (UTF-8 with or without BOM, UTF-16, Windows-1252; "
        "comma, semicolon or tab), .xlsx or .ods. Headers in English, French, German, Italian, "
        "Spanish, Portuguese, Dutch and Polish are recognised (Last name/Nom/Nachname/Cognome/"
        "Apellidos/Sobrenome/Achternaam/Nazwisko, ...). Rows with problems (an unreadable or "
        "implausible date, letters lost to an encoding, '?') are reported and left out; everything "
        "else is imported in one transaction."
    )
    p = sub.add_parser(
        "import",
        help="import patients from a CSV, .xlsx or .ods file",
        description=description,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    what = p.add_subparsers(dest="what", metavar="WHAT", required=True)
    pp = what.add_parser(
        "patients",
        help="patients from a spreadsheet",
        description=description,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    pp.add_argument("file", metavar="FILE", help="a .csv, .xlsx or .ods file")
    pp.add_argument("--dry-run", action="store_true", help="check everything, report, save nothing")
    pp.add_argument(
        "--date-order",
        choices=ORDERS,
        help="how dates are written: dmy (31/12/1980), mdy (12/31/1980) or ymd (1980-12-31); "
        "default: inferred (see below)",
    )
    pp.add_argument(
        "--map",
        dest="mapping",
        action="append",
        type=_mapping,
        default=[],
        metavar="'HEADER=FIELD'",
        help=f"map a column to a field (or 'ignore'); fields: {', '.join(FIELDS)}. Repeatable.",
    )
    pp.add_argument("--encoding", help="the file's encoding (default: detected)")
    pp.add_argument(
        "--delimiter", help="the column separator: ',' (comma), ';' (semicolon) or tab (default: detected)"
    )
    pp.add_argument(
        "--keep-duplicates",
        action="store_true",
        help="import rows that look like patients already on file (default: leave them out)",
    )
    pp.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from mesodesk.interop.csv_import import FIELD_LABELS, PatientCsvImport, format_result

    delimiter = {"tab": "\t", "\\t": "\t", "comma": ",", "semicolon": ";"}.get(
        (args.delimiter or "").lower(), args.delimiter
    )
    imp = PatientCsvImport.from_path(
        args.file,
        encoding=args.encoding,
        delimiter=delimiter,
        mapping=dict(args.mapping),
        date_order=args.date_order,
        locale_hint=clinic_locale(),
    )
    table = imp.table
    if table.kind == "csv":
        print(f"{args.file}: {table.encoding}, delimiter {table.delimiter!r}, {len(table.rows)} rows")
    else:
        print(f"{args.file}: {table.kind} workbook, first sheet, {len(table.rows)} rows")
    for header, field in zip(imp.headers, imp.mapping, strict=False):
        print(f"  {header!r:32} -> {FIELD_LABELS[field] if field else '(not imported)'}")
    print(imp.date_order_choice().message)
    svc = services(args)
    progress = TextProgress() if sys.stderr.isatty() else None
    result = imp.run(svc, dry_run=args.dry_run, skip_duplicates=not args.keep_duplicates, progress=progress)
    for line in format_result(result):
        print(line)
    return EXIT_ROWS_REPORTED if (result.problems or result.duplicates) else EXIT_ALL_IMPORTED
