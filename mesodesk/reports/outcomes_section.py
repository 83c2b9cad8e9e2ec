"""Outcomes in patient documents: the summary's section (plots and a table) and the progress sheet."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, BinaryIO

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Table, TableStyle

from mesodesk.reports.common import clinic_doc, esc, fmt_d, heading, identity_block, note
from mesodesk.reports.doc_template import data_table, styles
from mesodesk.reports.outcome_charts import legend_drawing, trend_drawing

if TYPE_CHECKING:
    from mesodesk.services.outcomes import PatientOutcomes, Series


def _num(value: float | None, unit: str = "") -> str:
    if value is None:
        return "—"
    text = f"{value:g}"
    return f"{text} {unit}" if unit and unit != "points" else text


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
            change = f"{last.change:+g}" + ("" if s.unit == "points" else f" {s.unit}")
        responder = "" if last is None or last.responder is None else ("yes" if last.responder else "no")
        rows.append(
            [
                s.name,
                "rating of change"
                if rating
                else (f"{_num(base.value, s.unit)}\n{fmt_d(base.day)}" if base else "—"),
                f"{_num(last.value, s.unit)}\n{fmt_d(last.day)}" if last else "—",
                change,
                (last.band if last else "") or "—",
                responder or "—",
                str(len(s.points)),
            ]
        )
    return data_table(
        ["Measure", "Baseline", "Latest", "Change", "Grade", "Responder", "Values"],
        rows,
        [width * f for f in (0.3, 0.15, 0.15, 0.12, 0.1, 0.1, 0.08)],
    )


def outcomes_section(outcomes: PatientOutcomes | None, width: float) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [CondPageBreak(160), heading("Outcomes")]
    if outcomes is None or not outcomes.series:
        return story + [Paragraph("No measurements or scale scores recorded.", st["body"])]
    story.append(
        note(
            "Change is from the baseline: the last value on or before the first session of the course it "
            "belongs to. Shaded: course (green) and maintenance (amber); triangles: sessions."
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
        return (
            f"On {fmt_d(last.day)} the overall improvement was rated {last.value:g} on a scale from 1 "
            "(very much improved) to 5 (worse)."
        )
    base = _baseline(s)
    if base is None or last is base:
        return f"{fmt_d(last.day)}: {last.value:g}{unit}."
    gained = last.improvement or 0.0
    if abs(gained) < 1e-9:
        trend = "the same as at the start"
    elif gained > 0:
        trend = f"{abs(last.change or 0):g}{unit} {'less' if s.direction == 'lower' else 'more'} than at the start: better"
    else:
        trend = f"{abs(last.change or 0):g}{unit} {'more' if s.direction == 'lower' else 'less'} than at the start"
    band = f" ({last.band})" if last.band else ""
    return (
        f"At the start ({fmt_d(base.day)}): {base.value:g}{unit}. On {fmt_d(last.day)}: "
        f"{last.value:g}{unit}{band}, {trend}."
    )


def build_progress_sheet(data: Any, out: BinaryIO) -> None:
    """``data``: a PatientSummaryData with ``outcomes`` (the patient-facing sheet, plain words)."""
    title = "Your results so far"
    doc = clinic_doc(
        out,
        data.clinic,
        title=f"{title} — {data.patient.full_name}",
        subject="Progress sheet for the patient",
        running_label=data.patient.running_label,
        generated_on=data.generated_on,
    )
    st = styles()
    w = doc.width
    outcomes = data.outcomes
    story: list[Flowable] = [Paragraph(title, st["title"])]
    story += identity_block(data.patient, w, data.generated_on)
    if outcomes is None or not outcomes.series:
        story.append(Paragraph("No results have been recorded yet.", st["body"]))
        doc.build(story)
        return
    sessions = len(outcomes.session_days)
    first = outcomes.session_days[0] if outcomes.session_days else None
    story.append(
        Paragraph(
            f"You have had <b>{sessions}</b> session{'s' if sessions != 1 else ''}"
            + (f" since {esc(fmt_d(first))}" if first else "")
            + ". These are the measurements and scores taken at your visits.",
            st["body"],
        )
    )
    for s in outcomes.series:
        block: list[Flowable] = [
            heading(s.name, "h2"),
            trend_drawing(s, outcomes.session_days, outcomes.periods, w, 120),
            Paragraph(esc(progress_sentence(s)), st["body"]),
        ]
        story.append(KeepTogether(block))
    story.append(legend_drawing(w))
    story.append(
        note(
            "Results differ from one person to another and can change with weight, season and lifestyle. "
            "The effect of mesotherapy is not permanent: it usually fades after a course unless maintenance "
            "sessions follow. Ask your practitioner what these results mean for you."
        )
    )
    doc.build(story)
