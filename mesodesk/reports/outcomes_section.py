"""Outcomes in patient documents: the summary's section (plots and a table) and the progress sheet."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, BinaryIO

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Table, TableStyle

from mesodesk.i18n import N_, _, format_decimal, ngettext, use_language
from mesodesk.i18n.instruments import instrument_text
from mesodesk.reports.common import clinic_doc, esc, fmt_d, heading, identity_block, note
from mesodesk.reports.doc_template import data_table, styles
from mesodesk.reports.outcome_charts import legend_drawing, trend_drawing

if TYPE_CHECKING:
    from mesodesk.services.outcomes import PatientOutcomes, Series


def _num(value: float | None, unit: str = "") -> str:
    if value is None:
        return "—"
    text = _g(value)
    return f"{text} {unit}" if unit and unit != "points" else text


def _g(value: float) -> str:
    """A value as with format "g" (no needless zeros), with the locale's decimal separator."""
    return format_decimal(value, decimals=4)


PROGRESS_TITLE = N_("Your results so far")


def plot_grid(
    outcomes: PatientOutcomes, width: float, columns: int = 2, height: float = 125
) -> list[Flowable]:
    if not outcomes.series:
        return []
    w = width / columns
    cells = [
        trend_drawing(s, outcomes.session_days, outcomes.periods, w - 8, height) for s in outcomes.series
    ]
    rows = [
        cells[i : i + columns] + [""] * (columns - len(cells[i : i + columns]))
        for i in range(0, len(cells), columns)
    ]
    table = Table(rows, colWidths=[w] * columns, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return [legend_drawing(width), table]


def _baseline(series: Series) -> Any:
    return next((p for p in reversed(series.points) if p.is_baseline), None)


def outcomes_table(outcomes: PatientOutcomes, width: float) -> Flowable:
    rows = []
    for s in outcomes.series:
        base = _baseline(s)
        last = s.latest
        rating = s.direction == "rating"
        change = "—"
        if last is not None and last.change is not None:
            change = (
                ("+" if last.change >= 0 else "")
                + _g(last.change)
                + ("" if s.unit == "points" else f" {s.unit}")
            )
        responder = (
            "" if last is None or last.responder is None else (_("yes") if last.responder else _("no"))
        )
        rows.append(
            [
                instrument_text(s.name),
                _("rating of change")
                if rating
                else (f"{_num(base.value, s.unit)}\n{fmt_d(base.day)}" if base else "—"),
                f"{_num(last.value, s.unit)}\n{fmt_d(last.day)}" if last else "—",
                change,
                instrument_text(last.band if last else "") or "—",
                responder or "—",
                str(len(s.points)),
            ]
        )
    return data_table(
        [_("Measure"), _("Baseline"), _("Latest"), _("Change"), _("Grade"), _("Responder"), _("Values")],
        rows,
        [width * f for f in (0.3, 0.15, 0.15, 0.12, 0.1, 0.1, 0.08)],
    )


def outcomes_section(outcomes: PatientOutcomes | None, width: float) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [CondPageBreak(160), heading(_("Outcomes"))]
    if outcomes is None or not outcomes.series:
        return story + [Paragraph(esc(_("No measurements or scale scores recorded.")), st["body"])]
    story.append(
        note(
            _(
                "Change is from the baseline: the last value on or before the first session of the course it "
                "belongs to. Shaded: course (green) and maintenance (amber); triangles: sessions."
            )
        )
    )
    story += plot_grid(outcomes, width)
    story.append(outcomes_table(outcomes, width))
    return story


# --- the patient's progress sheet -----------------------------------------------------


def progress_sentence(s: Series) -> str:
    """A plain sentence for the patient: where they started, where they are, better or not."""
    last = s.latest
    if last is None:
        return ""
    unit = "" if s.unit == "points" else f" {s.unit}"
    if s.direction == "rating":
        return _(
            "On {date} the overall improvement was rated {value} on a scale from 1 "
            "(very much improved) to 5 (worse).",
            date=fmt_d(last.day),
            value=_g(last.value),
        )
    base = _baseline(s)
    if base is None or last is base:
        return f"{fmt_d(last.day)}: {_g(last.value)}{unit}."
    gained = last.improvement or 0.0
    amount = f"{_g(abs(last.change or 0))}{unit}"
    lower = s.direction == "lower"
    if abs(gained) < 1e-9:
        trend = _("the same as at the start")
    elif gained > 0:
        trend = (
            _("{amount} less than at the start: better", amount=amount)
            if lower
            else _("{amount} more than at the start: better", amount=amount)
        )
    else:
        trend = (
            _("{amount} more than at the start", amount=amount)
            if lower
            else _("{amount} less than at the start", amount=amount)
        )
    band = f" ({instrument_text(last.band)})" if last.band else ""
    return _(
        "At the start ({start}): {first}. On {date}: {latest}, {trend}.",
        start=fmt_d(base.day),
        first=f"{_g(base.value)}{unit}",
        date=fmt_d(last.day),
        latest=f"{_g(last.value)}{unit}{band}",
        trend=trend,
    )


def build_progress_sheet(data: Any, out: BinaryIO) -> None:
    """``data``: a PatientSummaryData with ``outcomes`` (the patient-facing sheet, plain words).

    Printed in the patient's preferred language when there is one (else the current language).
    """
    with use_language(getattr(data.patient, "preferred_language", None)):
        _build_progress_sheet(data, out)


def _build_progress_sheet(data: Any, out: BinaryIO) -> None:
    title = _(PROGRESS_TITLE)
    doc = clinic_doc(
        out,
        data.clinic,
        title=f"{title} — {data.patient.full_name}",
        subject=_("Progress sheet for the patient"),
        running_label=data.patient.running_label,
        generated_on=data.generated_on,
    )
    st = styles()
    w = doc.width
    outcomes = data.outcomes
    story: list[Flowable] = [Paragraph(esc(title), st["title"])]
    story += identity_block(data.patient, w, data.generated_on)
    if outcomes is None or not outcomes.series:
        story.append(Paragraph(esc(_("No results have been recorded yet.")), st["body"]))
        doc.build(story)
        return
    sessions = len(outcomes.session_days)
    first = outcomes.session_days[0] if outcomes.session_days else None
    story.append(
        Paragraph(
            (
                ngettext(
                    "You have had <b>{n}</b> session since {date}.",
                    "You have had <b>{n}</b> sessions since {date}.",
                    sessions,
                    date=esc(fmt_d(first)),
                )
                if first
                else ngettext(
                    "You have had <b>{n}</b> session.", "You have had <b>{n}</b> sessions.", sessions
                )
            )
            + " "
            + esc(_("These are the measurements and scores taken at your visits.")),
            st["body"],
        )
    )
    for s in outcomes.series:
        block: list[Flowable] = [
            heading(instrument_text(s.name), "h2"),
            trend_drawing(s, outcomes.session_days, outcomes.periods, w, 120),
            Paragraph(esc(progress_sentence(s)), st["body"]),
        ]
        story.append(KeepTogether(block))
    story.append(legend_drawing(w))
    story.append(
        note(
            _(
                "Results differ from one person to another and can change with weight, season and lifestyle. "
                "The effect of mesotherapy is not permanent: it usually fades after a course unless maintenance "
                "sessions follow. Ask your practitioner what these results mean for you."
            )
        )
    )
    doc.build(story)
