"""Gather a report's data through ReportingService, lay it out, write the PDF atomically.

Used by the CLI (`mesodesk report …`) and the GUI report dialogs. The data is gathered
first, so an unknown patient, session or lot fails before any file is created; the PDF is
built into a temporary file beside the target and renamed, so a failure never leaves a
half-written file. Write failures become ReportFileError, a KnownError with a one-line message.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from mesodesk.domain.errors import KnownError
from mesodesk.i18n import _, use_language
from mesodesk.reports.doc_template import ReportWriteError, write_pdf_atomically
from mesodesk.services.clinic_reports import audited_print
from mesodesk.services.report_data import SUMMARY_SECTIONS
from mesodesk.services.reporting import ReportingService

Progress = Callable[[int, int, str], None]


class ReportFileError(KnownError):
    """The PDF could not be written where the user asked (missing folder, no permission, a folder…)."""


@dataclass
class SummaryOptions:
    sections: tuple[str, ...] = SUMMARY_SECTIONS
    date_from: date | None = None
    date_to: date | None = None
    photos: bool = True


def _quiet(done: int, total: int, what: str = "") -> None:
    return None


def write_pdf(build: Callable[[BinaryIO], None], path: str | Path) -> Path:
    """write_pdf_atomically, with file-system failures turned into one-line ReportFileErrors."""
    target = Path(path).expanduser()
    if target.is_dir():
        raise ReportFileError("Cannot write the PDF to {target}: it is a folder.", target=target)
    if not target.parent.is_dir():
        raise ReportFileError(
            "Cannot write the PDF to {target}: the folder {parent} does not exist.",
            target=target,
            parent=target.parent,
        )
    try:
        write_pdf_atomically(build, target)
    except ReportWriteError as exc:
        raise ReportFileError(str(exc.strerror or exc)) from exc
    except PermissionError as exc:
        raise ReportFileError("Cannot write the PDF to {target}: permission denied.", target=target) from exc
    except OSError as exc:
        raise ReportFileError(
            "Cannot write the PDF to {target}: {reason}", target=target, reason=exc.strerror or exc
        ) from exc
    return target


def _run(
    gather: Callable[[], Any],
    build: Callable[[Any, BinaryIO], None],
    path: str | Path,
    progress: Progress | None,
    what: str,
    lang: str | None = None,
) -> Path:
    """Gather and lay out in `lang` (None: the current language; patient handouts use their own)."""
    progress = progress or _quiet
    with use_language(lang), audited_print():  # recorded as printed only once the PDF is written
        progress(0, 2, _("Gathering the data…"))
        data = gather()
        progress(1, 2, _("Laying out the document…"))
        target = write_pdf(lambda out: build(data, out), path)
        progress(2, 2, _("Done"))
    return target


def export_patient_summary(
    reporting: ReportingService,
    patient_id: int,
    path: str | Path,
    options: SummaryOptions | None = None,
    progress: Progress | None = None,
    lang: str | None = None,
) -> Path:
    from mesodesk.reports.patient_summary import build_patient_summary

    o = options or SummaryOptions()
    return _run(
        lambda: reporting.patient_summary(
            patient_id, sections=o.sections, date_from=o.date_from, date_to=o.date_to, photos=o.photos
        ),
        build_patient_summary,
        path,
        progress,
        "patient summary",
        lang=lang,
    )


def export_session_record(
    reporting: ReportingService,
    session_id: int,
    path: str | Path,
    progress: Progress | None = None,
    lang: str | None = None,
) -> Path:
    from mesodesk.reports.session_record import build_session_record

    return _run(
        lambda: reporting.session_record(session_id),
        build_session_record,
        path,
        progress,
        "session record",
        lang=lang,
    )


def export_consent_form(
    reporting: ReportingService,
    consent_id: int,
    path: str | Path,
    progress: Progress | None = None,
    lang: str | None = None,
) -> Path:
    from mesodesk.reports.consent_form import build_consent_form

    return _run(
        lambda: reporting.consent_form(consent_id),
        build_consent_form,
        path,
        progress,
        "consent form",
        lang=lang,
    )


def export_aftercare_sheet(
    reporting: ReportingService,
    path: str | Path,
    patient_id: int | None = None,
    progress: Progress | None = None,
    lang: str | None = None,
) -> Path:
    from mesodesk.reports.aftercare_sheet import build_aftercare_sheet

    return _run(
        lambda: reporting.aftercare(patient_id, lang=lang),
        build_aftercare_sheet,
        path,
        progress,
        "aftercare sheet",
        lang=lang,
    )


def export_followups(
    reporting: ReportingService,
    start: date,
    end: date,
    path: str | Path,
    progress: Progress | None = None,
    lang: str | None = None,
) -> Path:
    from mesodesk.reports.clinic_reports import build_followups_report

    return _run(
        lambda: reporting.follow_ups_due(start, end),
        build_followups_report,
        path,
        progress,
        "follow-up list",
        lang=lang,
    )


def export_reactions(
    reporting: ReportingService,
    start: date,
    end: date,
    path: str | Path,
    progress: Progress | None = None,
    lang: str | None = None,
) -> Path:
    from mesodesk.reports.clinic_reports import build_reactions_report

    return _run(
        lambda: reporting.reaction_stats(start, end),
        build_reactions_report,
        path,
        progress,
        "reactions report",
        lang=lang,
    )


def export_recall(
    reporting: ReportingService,
    lot_number: str,
    path: str | Path,
    progress: Progress | None = None,
    product: str | int | None = None,
    lang: str | None = None,
) -> Path:
    from mesodesk.reports.clinic_reports import build_recall_report

    return _run(
        lambda: reporting.recall(lot_number, product),
        build_recall_report,
        path,
        progress,
        "recall list",
        lang=lang,
    )


def export_activity(
    reporting: ReportingService,
    start: date,
    end: date,
    path: str | Path,
    granularity: str = "month",
    progress: Progress | None = None,
    lang: str | None = None,
) -> Path:
    from mesodesk.reports.clinic_reports import build_activity_report

    return _run(
        lambda: reporting.activity(start, end, granularity),
        build_activity_report,
        path,
        progress,
        "activity report",
        lang=lang,
    )


def export_outcomes(
    ctx: Any,
    path: str | Path,
    start: date | None = None,
    end: date | None = None,
    by: str = "protocol",
    csv_path: str | Path | None = None,
    progress: Progress | None = None,
) -> Path:
    """The clinic's outcomes report (PDF) and, when asked, its per-course CSV for a statistician."""
    from mesodesk.reports.outcomes_report import build_outcomes_report
    from mesodesk.services.outcome_evidence import OutcomeEvidence

    holder: dict[str, Any] = {}

    def gather() -> Any:
        holder["data"] = OutcomeEvidence(ctx).evidence(start, end, by)
        return holder["data"]

    target = _run(gather, build_outcomes_report, path, progress, "outcomes report")
    if csv_path is not None:
        write_csv(holder["data"].csv_text(), csv_path)
    return target


def write_csv(text: str, path: str | Path) -> Path:
    """Write a CSV beside-then-rename (UTF-8 with a BOM, so spreadsheet programs read accents)."""
    import os

    target = Path(path).expanduser()
    if target.is_dir() or not target.parent.is_dir():
        raise ReportFileError(
            "Cannot write the CSV to {target}: the folder does not exist or it is a folder.", target=target
        )
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ReportFileError(
            "Cannot write the CSV to {target}: {reason}", target=target, reason=exc.strerror or exc
        ) from exc
    return target


def export_progress_sheet(
    reporting: ReportingService, patient_id: int, path: str | Path, progress: Progress | None = None
) -> Path:
    """The patient-facing progress sheet ("your results so far")."""
    from mesodesk.reports.outcomes_section import build_progress_sheet

    return _run(
        lambda: reporting.patient_summary(patient_id, sections=("outcomes",)),
        build_progress_sheet,
        path,
        progress,
        "progress sheet",
    )


def export_audit_summary(ctx: Any, month: date, path: str | Path, progress: Progress | None = None) -> Path:
    """The month's audit summary with its chain head (administrators), to print and file."""
    from mesodesk.reports.audit_summary import build_audit_summary
    from mesodesk.services.audit_summary import AuditSummaryReport

    return _run(
        lambda: AuditSummaryReport(ctx).month(month), build_audit_summary, path, progress, "audit summary"
    )
