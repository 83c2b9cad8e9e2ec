"""`mesodesk export`: a patient's whole record, follow-ups as iCalendar, the whole clinic as CSV."""

from __future__ import annotations

import argparse

from mesodesk.commands import iso_date, services


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export",
        help="export a patient's record, follow-ups or the whole clinic",
        description="Export data: one patient's whole record (JSON or FHIR R4), "
        "follow-ups to an iCalendar file, or every table to a folder of CSV files.",
    )
    what = p.add_subparsers(dest="what", metavar="WHAT", required=True)
    pp = what.add_parser("patient", help="a patient's whole record (right of access)")
    pp.add_argument("file_no", metavar="FILE_NO", help="the patient's file number")
    pp.add_argument(
        "--format",
        choices=("json", "fhir"),
        default="json",
        help="json: complete MesoDesk record (default); fhir: FHIR R4 Bundle",
    )
    pp.add_argument(
        "--bundle",
        choices=("collection", "transaction"),
        default="collection",
        help="FHIR Bundle type: collection (default), or transaction (PUT requests a FHIR server takes)",
    )
    pp.add_argument("-o", "--output", required=True, metavar="FILE")
    pp.set_defaults(func=run_patient)
    pf = what.add_parser("followups", help="follow-ups due in a date range, as an .ics calendar")
    pf.add_argument("--from", dest="start", type=iso_date, required=True, metavar="YYYY-MM-DD")
    pf.add_argument("--to", dest="end", type=iso_date, required=True, metavar="YYYY-MM-DD")
    pf.add_argument("-o", "--output", required=True, metavar="FILE.ics")
    pf.add_argument(
        "--full-names",
        action="store_true",
        help="titles with the patient's full name (default: initials and file number only)",
    )
    pf.set_defaults(func=run_followups)
    pr = what.add_parser(
        "calendar-feed",
        help="one .ics file a calendar subscribes to, rewritten when follow-ups change",
        description="Write the follow-ups from 90 days ago to a year ahead to one .ics file, rewritten "
        "only when something changed; with --watch, keep it current (any workstation's changes) until "
        "interrupted. Done, cancelled and archived patients' follow-ups are STATUS:CANCELLED.",
    )
    pr.add_argument("-o", "--output", required=True, metavar="FILE.ics")
    pr.add_argument("--watch", type=float, metavar="SECONDS", help="look for changes every SECONDS")
    pr.add_argument("--full-names", action="store_true", help="titles with the patient's full name")
    pr.set_defaults(func=run_feed)
    pc = what.add_parser(
        "clinic",
        help="every table to a new folder of CSV files (or one .xlsx workbook)",
        description="Every table to a new folder: one UTF-8 (BOM) CSV file per table, or with "
        "--format xlsx one workbook with a sheet per table; photos, signatures and the logo as "
        "files under files/, the tables holding their paths; local times to the second; cells a "
        "spreadsheet would evaluate as formulas neutralised. manifest.json says how.",
    )
    pc.add_argument("-o", "--output", required=True, metavar="FOLDER")
    pc.add_argument("--format", choices=("csv", "xlsx"), default="csv", help="csv (default) or xlsx")
    pc.set_defaults(func=run_clinic)


def run_patient(args: argparse.Namespace) -> int:
    from mesodesk.interop.record_export import export_patient
    from mesodesk.services.exports import ExportService

    svc = services(args)
    patient_id = ExportService(svc.ctx).patient_id_for_file_no(args.file_no)
    path = export_patient(svc, patient_id, args.output, args.format, args.bundle)
    print(f"Record of {args.file_no} written to {path} ({args.format}).")
    return 0


def run_followups(args: argparse.Namespace) -> int:
    from mesodesk.domain.errors import ValidationError
    from mesodesk.interop.ical import export_followups

    if args.end < args.start:
        raise ValidationError("--to", "is before --from")
    path, events = export_followups(
        services(args), args.start, args.end, args.output, full_names=args.full_names
    )
    print(f"{events} follow-ups from {args.start} to {args.end} written to {path}.")
    return 0


def run_feed(args: argparse.Namespace) -> int:
    from mesodesk.interop.calendar_feed import watch_feed, write_feed

    svc = services(args)
    if args.watch:
        print(f"Keeping {args.output} current (every {args.watch:g} s); Ctrl+C to stop.")
        watch_feed(
            svc,
            args.output,
            interval=args.watch,
            full_names=args.full_names,
            on_write=lambda p: print(f"{p} rewritten.", flush=True),
        )
        return 0
    written = write_feed(svc, args.output, full_names=args.full_names)
    print(f"{args.output} {'written' if written else 'unchanged'}.")
    return 0


def run_clinic(args: argparse.Namespace) -> int:
    from mesodesk.interop.clinic_export import export_clinic

    counts = export_clinic(services(args), args.output, progress=None, fmt=args.format)
    print(f"{len(counts)} tables, {sum(counts.values()):,} rows written to {args.output}:")
    for table, n in counts.items():
        where = f"{table}.csv" if args.format == "csv" else f"clinic.xlsx, sheet {table[:31]}"
        print(f"  {where}: {n:,} rows")
    return 0
