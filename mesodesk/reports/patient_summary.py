"""The patient summary: identity, alerts, history, every session, reactions, plan, maps, photos."""

from __future__ import annotations

from typing import TYPE_CHECKING, BinaryIO

from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from mesodesk.reports.common import (
    TextCell,
    alert_box,
    allergy_table,
    area_runs,
    bold,
    clinic_doc,
    clip,
    esc,
    fmt_d,
    fmt_dt,
    formula_blocks,
    heading,
    identity_block,
    label,
    note,
    num,
    period_text,
    photo_grid,
    plain,
    reaction_table,
    session_maps,
    spacer,
)
from mesodesk.reports.doc_template import data_table, styles

if TYPE_CHECKING:
    from mesodesk.services.report_data import PatientSummaryData, PlanInfo, SessionInfo

TITLE = "Patient summary"
_NO_ACCESS = "Clinical details are not shown: your role does not give access to them."


def build_patient_summary(data: PatientSummaryData, out: BinaryIO) -> None:
    """Lay out the summary into `out` (a file or BytesIO)."""
    doc = clinic_doc(
        out,
        data.clinic,
        title=f"{TITLE} — {data.patient.full_name}",
        subject=f"{TITLE}, file {data.patient.file_no}",
        running_label=data.patient.running_label,
        generated_on=data.generated_on,
    )
    doc.build(summary_story(data, doc.width))


def summary_story(data: PatientSummaryData, width: float) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [Paragraph(TITLE, st["title"])]
    story += identity_block(data.patient, width, data.generated_on)
    if data.patient.merged_from:
        story.append(note("Merged from: " + "; ".join(data.patient.merged_from) + "."))
    if data.date_from or data.date_to:
        story.append(note(f"Sessions, reactions and photos: {period_text(data.date_from, data.date_to)}."))
    if data.has("alerts"):
        story += _alerts(data, width)
    if data.has("history"):
        story += _history(data, width)
    clinical = [
        sec for sec in ("sessions", "maps", "reactions", "outcomes", "consents", "photos") if data.has(sec)
    ]
    if clinical and not data.clinical_access:
        story += [heading("Clinical record"), Paragraph(esc(_NO_ACCESS), st["body"])]
        clinical = []
    if "sessions" in clinical:
        story += _sessions(data.sessions, width)
    if "maps" in clinical:
        story += _maps(data.sessions, width)
    if "reactions" in clinical:
        story += [CondPageBreak(60), heading("Reactions")]
        story.append(
            reaction_table(data.reactions, width)
            if data.reactions
            else Paragraph("No reactions recorded.", st["body"])
        )
    if data.has("plan"):
        story += _plan(data, width)
    if "outcomes" in clinical:
        from mesodesk.reports.outcomes_section import outcomes_section

        story += outcomes_section(data.outcomes, width)
    if "consents" in clinical:
        story += [CondPageBreak(60), heading("Consents")]
        story.append(
            data_table(
                ["Signed", "Consent text", "Version", "Practitioner"],
                [[fmt_dt(c.signed_at), c.title, c.version, c.practitioner] for c in data.consents],
                [width * 0.18, width * 0.47, width * 0.1, width * 0.25],
            )
            if data.consents
            else Paragraph("No consent recorded.", st["body"])
        )
    if "photos" in clinical:
        story += [CondPageBreak(120), heading("Photos")]
        story += photo_grid(data.photos, width) or [Paragraph("No photos marked for printing.", st["body"])]
    return story


def _alerts(data: PatientSummaryData, width: float) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [heading("Alerts and allergies")]
    box = alert_box(data.alerts)
    out.append(box if box is not None else Paragraph("No alerts.", st["body"]))
    if data.allergies:
        out += [spacer(2), allergy_table(data.allergies, width)]
    else:
        out.append(Paragraph("No known allergies recorded.", st["body"]))
    return out


def _history(data: PatientSummaryData, width: float) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [heading("Medical history")]
    h = data.history
    if h is None:
        return out + [Paragraph("No medical history recorded.", st["body"])]
    risks = ", ".join(h.risks) if h.risks else "None recorded"
    out.append(Paragraph(f"<b>Risk factors:</b> {esc(risks)}", st["body"]))
    if h.medications:
        out.append(Paragraph(f"<b>Medications:</b> {esc(h.medications)}", st["body"]))
    if h.other:
        out.append(Paragraph(f"<b>Other:</b> {esc(h.other)}", st["body"]))
    if data.patient.contraindications:
        out.append(Paragraph(f"<b>Contraindications:</b> {esc(data.patient.contraindications)}", st["body"]))
    reviewed = (
        f"Last reviewed {fmt_dt(h.reviewed_at)}" + (f" by {h.reviewed_by}" if h.reviewed_by else "")
        if h.reviewed_at
        else "Never reviewed"
    )
    out.append(note(reviewed))
    return out


def session_rows(sessions: list[SessionInfo]) -> list[list[object]]:
    """One table row per session, made of fast TextCells (see common.TextCell)."""
    rows: list[list[object]] = []
    for s in sessions:
        status = "Signed" if s.status == "signed" else label(s.status)
        when = TextCell(
            [
                [bold(s.performed_at.strftime("%Y-%m-%d"))],
                [plain(s.performed_at.strftime("%H:%M"))],
                [plain(status)],
            ]
        )
        extra = [
            [plain(f"{k}: {clip(v, 300)}")]
            for k, v in (
                ("Anaesthesia", s.anaesthesia),
                ("Immediate reactions", s.immediate_reactions),
                ("Notes", s.notes),
            )
            if v
        ]
        indication = TextCell(
            [[plain(", ".join(s.indications) or "—")]] + extra, sizes=[8.0] + [7.0] * len(extra)
        )
        areas = TextCell([area_runs(a) for a in s.areas] or [[plain("—")]])
        rows.append(
            [when, TextCell([[plain(s.practitioner)]]), indication, areas, TextCell(formula_blocks(s))]
        )
    return rows


SESSION_HEADER = [
    "Date",
    "Practitioner",
    "Indication",
    "Areas (technique, depth, points, volume)",
    "Formula, product lots and expiry",
]
SESSION_WIDTHS = (0.125, 0.13, 0.135, 0.28, 0.33)


def _sessions(sessions: list[SessionInfo], width: float) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [CondPageBreak(80), heading(f"Sessions ({len(sessions)})")]
    if not sessions:
        return out + [Paragraph("No sessions recorded.", st["body"])]
    total = sum(a.volume_ml for s in sessions for a in s.areas)
    out.append(note(f"Oldest first. Local times. Total volume injected: {num(total, 'ml')}."))
    out.append(data_table(SESSION_HEADER, session_rows(sessions), [width * f for f in SESSION_WIDTHS]))
    return out


def _maps(sessions: list[SessionInfo], width: float) -> list[Flowable]:
    with_marks = [s for s in sessions if s.marks]
    if not with_marks:
        return []
    return [
        CondPageBreak(200),
        heading("Injection maps"),
        note(
            "Marks are numbered on each diagram in the order they were placed; depth and volume per mark "
            "are listed under each diagram when recorded."
        ),
    ] + session_maps(with_marks, width)


def plan_line(p: PlanInfo) -> list[object]:
    maintenance = f"every {p.maintenance_interval_days} days" if p.maintenance_interval_days else "—"
    check = f"{p.check_call_hours} h after" if p.check_call_hours else "—"
    return [
        p.name + (f"\n{clip(p.notes, 300)}" if p.notes else ""),
        fmt_d(p.start_date),
        f"{p.course_sessions} sessions, every {p.course_interval_days} days",
        maintenance,
        check,
        f"{min(p.sessions_done, p.course_sessions)} of {p.course_sessions}",
        "Active" if p.active else "Ended",
    ]


def _plan(data: PatientSummaryData, width: float) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [CondPageBreak(80), heading("Plan and follow-up")]
    if data.next_due is not None:
        nd = data.next_due
        out.append(
            Paragraph(
                f"<b>Next due:</b> {nd.due_date.isoformat()} — {esc(label(nd.kind))}"
                + (f" ({esc(nd.notes)})" if nd.notes else ""),
                st["body"],
            )
        )
    else:
        out.append(Paragraph("Nothing due.", st["body"]))
    if data.plans:
        out.append(
            data_table(
                ["Plan", "Start", "Course", "Maintenance", "Check call", "Done", "Status"],
                [plan_line(p) for p in data.plans],
                [width * f for f in (0.22, 0.13, 0.2, 0.14, 0.11, 0.1, 0.1)],
            )
        )
    else:
        out.append(Paragraph("No treatment plan.", st["body"]))
    if data.open_follow_ups:
        out += [
            heading("Open follow-ups", "h2"),
            data_table(
                ["Due", "Kind", "Notes"],
                [[fmt_d(f.due_date), label(f.kind), clip(f.notes)] for f in data.open_follow_ups],
                [width * 0.15, width * 0.2, width * 0.65],
            ),
        ]
    return out
