"""The clinic's evidence: per protocol, formula or indication, benefit beside risk."""

from __future__ import annotations

from typing import TYPE_CHECKING, BinaryIO

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Table, TableStyle

from mesodesk.i18n import N_, _, format_decimal, ngettext
from mesodesk.i18n.instruments import instrument_text
from mesodesk.reports.clinic_reports import rate_text
from mesodesk.reports.common import clinic_doc, esc, heading, note, period_text
from mesodesk.reports.doc_template import data_table, styles
from mesodesk.reports.outcome_charts import change_drawing

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle

    from mesodesk.domain.outcome_stats import MeanCI
    from mesodesk.services.outcome_evidence import EvidenceData, EvidenceGroup, EvidenceRow

TITLE = N_("Outcomes")
METHOD = N_(
    "A course is a plan's first sessions up to the planned number (fewer for a patient who stopped). "
    "Baseline: the last value on or before the first session. End of course: the value nearest the course's "
    "last session (7 days before to 45 days after); 3 and 6 months: nearest 91 ± 30 and 182 ± 45 days after it. "
    "Change is the value minus the baseline (negative is better for a lower-is-better scale), as a mean with its "
    "95% confidence interval (Student's t). Responders: the instrument's rule at the end of the course. "
    "Half-effect: the Kaplan-Meier median number of days from the end of the course until the improvement is "
    "half of what it was at the end, for courses with and without maintenance sessions (patients followed "
    "without reaching it count as censored). Reactions: those linked to the group's sessions, per 100 sessions."
)


def ci_text(ci: MeanCI, digits: int = 1, signed: bool = True) -> str:
    if ci.mean is None:
        return "—"

    def fmt(value: float) -> str:
        text = format_decimal(value, decimals=digits, trim=False)
        return ("+" + text) if signed and not text.startswith("-") else text

    text = fmt(ci.mean)
    if ci.low is not None and ci.high is not None:
        text += "\n" + _("({low} to {high})", low=fmt(ci.low), high=fmt(ci.high))
    return text + f"\nn={ci.n}"


def days_text(days: float | None, n: tuple[int, int]) -> str:
    events, total = n
    if total == 0:
        return "—"
    if days is None:
        return _("not reached") + f"\n({events}/{total})"
    return _("{days} d", days=f"{days:.0f}") + f"\n({events}/{total})"


def row_cells(r: EvidenceRow) -> list[object]:
    digits = 2 if r.unit == "points" else 1
    rating = r.direction == "rating"
    resp = r.responders
    responders = (
        "—"
        if resp.rate is None
        else f"{100 * resp.rate:.0f}% ({100 * (resp.low or 0):.0f}-{100 * (resp.high or 0):.0f})\n"
        f"{resp.events}/{resp.n}, {r.responder_rule}"
    )
    unit = "" if r.unit == "points" else f", {r.unit}"
    return [
        f"{instrument_text(r.name)}{unit}" + ("\n" + _("(rating at the end)") if rating else ""),
        str(r.courses),
        ci_text(r.baseline, digits, signed=False),
        "—" if rating else ci_text(r.change_end, digits),
        "—" if rating else ci_text(r.change_3m, digits),
        "—" if rating else ci_text(r.change_6m, digits),
        responders,
        "—" if rating else days_text(r.half_effect_days, r.half_effect_n),
        "—" if rating else days_text(r.half_effect_maintained_days, r.half_effect_maintained_n),
    ]


HEADER = [
    N_("Measure"),
    N_("Courses"),
    N_("Baseline (95% CI)"),
    N_("Change at end of course"),
    N_("Change at 3 months"),
    N_("Change at 6 months"),
    N_("Responders (95% CI)"),
    N_("Half-life of effect, no upkeep"),
    N_("Half-life of effect, maintained"),
]
WIDTHS = (0.14, 0.09, 0.1, 0.1, 0.095, 0.095, 0.14, 0.12, 0.12)


def group_flowables(g: EvidenceGroup, width: float) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [CondPageBreak(140), heading(g.label, "h1")]
    story.append(
        Paragraph(
            _(
                "{patients}, {courses} ({completed} completed, {stopped} stopped early), "
                "<b>{sessions}</b> sessions. Risk: <b>{reactions}</b> reactions, "
                "<b>{rate}</b> per 100 sessions.",
                patients=ngettext("<b>{n}</b> patient", "<b>{n}</b> patients", g.patients),
                courses=ngettext("<b>{n}</b> course", "<b>{n}</b> courses", g.courses),
                completed=g.completed,
                stopped=g.courses - g.completed,
                sessions=g.sessions,
                reactions=g.reactions,
                rate=rate_text(g.reaction_rate),
            ),
            st["body"],
        )
    )
    if not g.rows:
        story.append(note(_("No assessments or measurements with a baseline for these courses.")))
        return story
    story.append(
        data_table([_(h) for h in HEADER], [row_cells(r) for r in g.rows], [width * f for f in WIDTHS])
    )
    plots = [r for r in g.rows if r.direction != "rating" and r.change_end.mean is not None]
    if plots:
        cols = 2
        w = width / cols
        cells = [change_drawing(r, w - 10, 105) for r in plots]
        grid = [
            cells[i : i + cols] + [""] * (cols - len(cells[i : i + cols])) for i in range(0, len(cells), cols)
        ]
        table = Table(grid, colWidths=[w] * cols, hAlign="LEFT")
        table.setStyle(
            TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")])
        )
        story += [CondPageBreak(118), KeepTogether([table])]
    return story


def _limits_style() -> ParagraphStyle:
    from reportlab.lib.styles import ParagraphStyle

    from mesodesk.reports.doc_template import INK
    from mesodesk.reports.fonts import FONT_REGULAR

    return ParagraphStyle(
        "limits", parent=styles()["alert"], fontName=FONT_REGULAR, textColor=INK, fontSize=8.5
    )


#: How the groups are formed (message ids).
BY_LABELS = {"protocol": N_("protocol"), "formula": N_("formula"), "indication": N_("indication")}


def build_outcomes_report(data: EvidenceData, out: BinaryIO) -> None:
    period = period_text(data.start, data.end) if (data.start or data.end) else _("all courses")
    by = _(BY_LABELS[data.by])
    title = _("{title} by {by}", title=_(TITLE), by=by)
    doc = clinic_doc(
        out,
        data.clinic,
        title=f"{title}, {period}",
        subject=_("Outcomes beside reactions, per {by}", by=by),
        running_label=f"{title} · {period}",
        generated_on=data.generated_on,
    )
    w = doc.width
    st = styles()
    courses = sum(g.courses for g in data.groups)
    story: list[Flowable] = [
        Paragraph(esc(_("{title}: benefit beside risk, by {by}", title=_(TITLE), by=by)), st["title"]),
        Paragraph(
            _(
                "Courses starting: <b>{period}</b>. {courses} in {groups}.",
                period=esc(period),
                courses=ngettext("<b>{n}</b> course", "<b>{n}</b> courses", courses),
                groups=ngettext("<b>{n}</b> group", "<b>{n}</b> groups", len(data.groups)),
            ),
            st["body"],
        ),
        Paragraph(_("<b>Limits.</b> {text}", text=esc(_(data.limits))), _limits_style()),
    ]
    if not data.groups:
        story.append(Paragraph(esc(_("No courses in this period.")), st["body"]))
    for g in data.groups:
        story += group_flowables(g, w)
    story += [CondPageBreak(80), heading(_("How the figures are computed"), "h2"), note(_(METHOD))]
    doc.build(story)
