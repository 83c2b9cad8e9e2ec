"""`mesodesk import patients FILE.csv`: patients from a spreadsheet, in one transaction."""

from __future__ import annotations

import argparse
import sys

from mesodesk.commands import TextProgress, services


def _mapping(text: str) -> tuple[str, str]:
    header, sep, target = text.rpartition("=")
    if not sep or not header.strip():
        raise argparse.ArgumentTypeError(f"expected 'Column header=field', got {text!r}")
    return header.strip(), target.strip()


def register(sub: argparse._SubParsersAction) -> None:
    from mesodesk.interop.csv_import import FIELDS

    p = sub.add_parser(
        "import",
        help="import patients from a CSV file",
        description="Import patients from a spreadsheet saved as CSV (UTF-8, UTF-8 with BOM or "
        "Windows-1252; comma, semicolon or tab). English and French headers are recognised "
        "(Last name/Nom, First name/Prénom, Date of birth/Date de naissance/DDN, ...). Rows "
        "with problems are reported and left out; everything else is imported in one "
        "transaction. Dates are read day first (31/12/1980) or ISO (1980-12-31).",
    )
    what = p.add_subparsers(dest="what", metavar="WHAT", required=True)
    pp = what.add_parser("patients", help="patients from a CSV file")
    pp.add_argument("file", metavar="FILE.csv")
    pp.add_argument("--dry-run", action="store_true", help="check everything, report, save nothing")
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
        args.file, encoding=args.encoding, delimiter=delimiter, mapping=dict(args.mapping)
    )
    print(f"{args.file}: {imp.table.encoding}, delimiter {imp.table.delimiter!r}, {len(imp.table.rows)} rows")
    for header, field in zip(imp.headers, imp.mapping, strict=False):
        print(f"  {header!r:32} -> {FIELD_LABELS[field] if field else '(not imported)'}")
    svc = services(args)
    progress = TextProgress() if sys.stderr.isatty() else None
    result = imp.run(svc, dry_run=args.dry_run, skip_duplicates=not args.keep_duplicates, progress=progress)
    for line in format_result(result):
        print(line)
    return 0
