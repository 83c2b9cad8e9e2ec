"""`mesodesk report …`: print a patient document or a clinic report to a PDF file."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from mesodesk.commands import iso_date
from mesodesk.i18n import LANGUAGES

KINDS = (
    "patient",
    "session",
    "consent",
    "aftercare",
    "followups",
    "reactions",
    "recall",
    "activity",
    "outcomes",
    "progress",
    "audit",
)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "report",
        help="write a patient document or a clinic report as PDF",
        description="Write a PDF report. The file is written to a temporary name and renamed, "
        "so a failure never leaves a half-written PDF.",
    )
    kinds = p.add_subparsers(dest="report", metavar="REPORT", required=True)

    def add(name: str, help_: str) -> argparse.ArgumentParser:
        k = kinds.add_parser(name, help=help_, description=help_)
        k.add_argument("-o", "--output", required=True, metavar="FILE", help="the PDF file to write")
        k.add_argument(
            "--lang",
            choices=LANGUAGES,
            help="the document's language (default: MESODESK_LANG, else the system's); consent forms "
            "follow the language of their text, progress sheets the patient's preferred language",
        )
        k.set_defaults(func=run)
        return k

    from mesodesk.services.report_data import SUMMARY_SECTIONS

    k = add("patient", "the patient summary (identity, alerts, history, sessions, reactions, plan, photos)")
    k.add_argument("file_no", metavar="FILE_NO", help="the patient's file number")
    k.add_argument(
        "--from",
        dest="date_from",
        type=iso_date,
        metavar="DATE",
        help="only sessions, reactions and photos from this date (YYYY-MM-DD)",
    )
    k.add_argument("--to", dest="date_to", type=iso_date, metavar="DATE", help="… up to this date")
    k.add_argument("--no-photos", action="store_true", help="leave the photos out")
    k.add_argument(
        "--sections",
        type=_sections,
        metavar="LIST",
        help=f"comma-separated sections to print (default all): {','.join(SUMMARY_SECTIONS)}",
    )
    k = add("session", "the record of one session (details, areas, lots, map, reactions, photos)")
    k.add_argument("session_id", type=int, metavar="ID", help="the session's id")
    k = add("consent", "a signed consent form")
    k.add_argument("consent_id", type=int, metavar="ID", help="the consent's id")
    k = add("progress", "the patient's progress sheet: measurements and scores so far, in plain words")
    k.add_argument("file_no", metavar="FILE_NO", help="the patient's file number")
    k = add("aftercare", "the aftercare sheet for patients")
    k.add_argument("--patient", metavar="FILE_NO", help="print the patient's name on the sheet")
    for name, help_ in (
        ("followups", "follow-ups due in a period"),
        (
            "reactions",
            "reactions in a period by type, product, lot, practitioner and area, with rates per 100 sessions",
        ),
        ("activity", "sessions, patients, reactions and volume per period"),
    ):
        k = add(name, help_)
        k.add_argument("--from", dest="date_from", type=iso_date, required=True, metavar="DATE")
        k.add_argument("--to", dest="date_to", type=iso_date, required=True, metavar="DATE")
        if name == "activity":
            k.add_argument(
                "--by",
                dest="granularity",
                choices=("day", "week", "month"),
                default="month",
                help="one row per day, week or month (default month)",
            )
    k = add(
        "outcomes",
        "the clinic's evidence: per group, change from baseline with 95%% CIs, responders, time to "
        "half-effect, beside the reaction rate per 100 sessions",
    )
    k.add_argument(
        "--from", dest="date_from", type=iso_date, metavar="DATE", help="courses starting from this date"
    )
    k.add_argument("--to", dest="date_to", type=iso_date, metavar="DATE", help="… up to this date")
    k.add_argument(
        "--by",
        dest="by",
        choices=("protocol", "formula", "indication"),
        default="protocol",
        help="group by (default protocol)",
    )
    k.add_argument(
        "--csv", dest="csv", metavar="FILE", help="also write one row per course and measure (CSV, no names)"
    )
    k = add(
        "audit",
        "the month's audit summary with the trail's chain head, to print and file (administrators; "
        "`mesodesk check --head N:HASH` checks the trail against it later)",
    )
    k.add_argument("--month", type=_month, required=True, metavar="YYYY-MM", help="the month")
    k = add("recall", "every patient and session that received a lot (with contact details)")
    k.add_argument("lot", metavar="LOT", help="the lot number")
    k.add_argument(
        "--product",
        metavar="NAME",
        help="the product whose lot is recalled (needed when products share the lot number; "
        "a unique start of the name is enough)",
    )


def _month(text: str) -> date:
    try:
        year, month = (int(part) for part in text.split("-"))
        return date(year, month, 1)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a month (YYYY-MM): {text!r}") from None


def _sections(text: str) -> tuple[str, ...]:
    from mesodesk.services.report_data import SUMMARY_SECTIONS

    chosen = tuple(part.strip() for part in text.split(",") if part.strip())
    for part in chosen:
        if part not in SUMMARY_SECTIONS:
            raise argparse.ArgumentTypeError(
                f"unknown section {part!r}; choose from {','.join(SUMMARY_SECTIONS)}"
            )
    return chosen


def run(args: argparse.Namespace) -> int:
    from mesodesk.i18n import use_language

    with use_language(getattr(args, "lang", None)):
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    from mesodesk.commands import services
    from mesodesk.reports import exports
    from mesodesk.services.report_data import SUMMARY_SECTIONS
    from mesodesk.services.reporting import ReportingService

    reporting = ReportingService(services(args).ctx)
    out = args.output
    kind = args.report
    if kind == "patient":
        options = exports.SummaryOptions(
            sections=args.sections or SUMMARY_SECTIONS,
            date_from=args.date_from,
            date_to=args.date_to,
            photos=not args.no_photos,
        )
        path = exports.export_patient_summary(
            reporting, reporting.patient_id_for_file_no(args.file_no), out, options
        )
    elif kind == "session":
        path = exports.export_session_record(reporting, args.session_id, out)
    elif kind == "consent":
        path = exports.export_consent_form(reporting, args.consent_id, out)
    elif kind == "aftercare":
        patient_id = reporting.patient_id_for_file_no(args.patient) if args.patient else None
        path = exports.export_aftercare_sheet(reporting, out, patient_id, lang=getattr(args, "lang", None))
    elif kind == "followups":
        path = exports.export_followups(reporting, args.date_from, args.date_to, out)
    elif kind == "reactions":
        path = exports.export_reactions(reporting, args.date_from, args.date_to, out)
    elif kind == "progress":
        path = exports.export_progress_sheet(reporting, reporting.patient_id_for_file_no(args.file_no), out)
    elif kind == "outcomes":
        path = exports.export_outcomes(reporting.ctx, out, args.date_from, args.date_to, args.by, args.csv)
        if args.csv:
            print(f"mesodesk report: wrote {path}", file=sys.stdout)
            path = args.csv
    elif kind == "activity":
        path = exports.export_activity(reporting, args.date_from, args.date_to, out, args.granularity)
    elif kind == "audit":
        path = exports.export_audit_summary(reporting.ctx, args.month, out)
    else:
        path = exports.export_recall(reporting, args.lot, out, product=args.product)
    print(f"mesodesk report: wrote {path}", file=sys.stdout)
    return 0
