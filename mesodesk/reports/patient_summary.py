"""The patient summary: identity, alerts, history, every session, reactions, plan, maps, photos."""

from __future__ import annotations

from typing import TYPE_CHECKING, BinaryIO

from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from mesodesk.i18n import N_, _, format_time, ngettext
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

TITLE = N_("Patient summary")
_NO_ACCESS = N_("Clinical details are not shown: your role does not give access to them.")


def build_patient_summary(data: PatientSummaryData, out: BinaryIO) -> None:
    """Lay out the summary into `out` (a file or BytesIO)."""
    doc = clinic_doc(
        out,
        data.clinic,
        title=f"{_(TITLE)} — {data.patient.full_name}",
        subject=_("{title}, file {file_no}", title=_(TITLE), file_no=data.patient.file_no),
        running_label=data.patient.running_label,
        generated_on=data.generated_on,
    )
    doc.build(summary_story(data, doc.width))


def summary_story(data: PatientSummaryData, width: float) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [Paragraph(esc(_(TITLE)), st["title"])]
    story += identity_block(data.patient, width, data.generated_on)
    if data.patient.merged_from:
        story.append(note(_("Merged from: {records}.", records="; ".join(data.patient.merged_from))))
    if data.date_from or data.date_to:
        story.append(
            note(
                _(
                    "Sessions, reactions and photos: {period}.",
                    period=period_text(data.date_from, data.date_to),
                )
            )
        )
    if data.has("alerts"):
        story += _alerts(data, width)
    if data.has("history"):
        story += _history(data, width)
    clinical = [
        sec for sec in ("sessions", "maps", "reactions", "outcomes", "consents", "photos") if data.has(sec)
    ]
    if clinical and not data.clinical_access:
        story += [heading(_("Clinical record")), Paragraph(esc(_(_NO_ACCESS)), st["body"])]
        clinical = []
    if "sessions" in clinical:
        story += _sessions(data.sessions, width)
    if "maps" in clinical:
        story += _maps(data.sessions, width)
    if "reactions" in clinical:
        story += [CondPageBreak(60), heading(_("Reactions"))]
        story.append(
            reaction_table(data.reactions, width)
            if data.reactions
            else Paragraph(esc(_("No reactions recorded.")), st["body"])
        )
    if data.has("plan"):
        story += _plan(data, width)
    if "outcomes" in clinical:
        from mesodesk.reports.outcomes_section import outcomes_section

        story += outcomes_section(data.outcomes, width)
    if "consents" in clinical:
        story += [CondPageBreak(60), heading(_("Consents"))]
        story.append(
            data_table(
                [_("Signed"), _("Consent text"), _("Version"), _("Practitioner")],
                [[fmt_dt(c.signed_at), c.title, c.version, c.practitioner] for c in data.consents],
                [width * 0.18, width * 0.47, width * 0.1, width * 0.25],
            )
            if data.consents
            else Paragraph(esc(_("No consent recorded.")), st["body"])
        )
    if "photos" in clinical:
        story += [CondPageBreak(120), heading(_("Photos"))]
        story += photo_grid(data.photos, width) or [
            Paragraph(esc(_("No photos marked for printing.")), st["body"])
        ]
    return story


def _alerts(data: PatientSummaryData, width: float) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [heading(_("Alerts and allergies"))]
    box = alert_box(data.alerts)
    out.append(box if box is not None else Paragraph(esc(_("No alerts.")), st["body"]))
    if data.allergies:
        out += [spacer(2), allergy_table(data.allergies, width)]
    else:
        out.append(Paragraph(esc(_("No known allergies recorded.")), st["body"]))
    return out


def _history(data: PatientSummaryData, width: float) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [heading(_("Medical history"))]
    h = data.history
    if h is None:
        return out + [Paragraph(esc(_("No medical history recorded.")), st["body"])]
    risks = ", ".join(_(r) for r in h.risks) if h.risks else _("None recorded")
    out.append(Paragraph(_("<b>Risk factors:</b> {risks}", risks=esc(risks)), st["body"]))
    if h.medications:
        out.append(
            Paragraph(_("<b>Medications:</b> {medications}", medications=esc(h.medications)), st["body"])
        )
    if h.other:
        out.append(Paragraph(_("<b>Other:</b> {other}", other=esc(h.other)), st["body"]))
    if data.patient.contraindications:
        out.append(
            Paragraph(
                _("<b>Contraindications:</b> {text}", text=esc(data.patient.contraindications)), st["body"]
            )
        )
    if not h.reviewed_at:
        reviewed = _("Never reviewed")
    elif h.reviewed_by:
        reviewed = _("Last reviewed {when} by {who}", when=fmt_dt(h.reviewed_at), who=h.reviewed_by)
    else:
        reviewed = _("Last reviewed {when}", when=fmt_dt(h.reviewed_at))
    out.append(note(reviewed))
    return out


def session_rows(sessions: list[SessionInfo]) -> list[list[object]]:
    """One table row per session, made of fast TextCells (see common.TextCell)."""
    rows: list[list[object]] = []
    for s in sessions:
        status = _("Signed") if s.status == "signed" else label(s.status, "status")
        when = TextCell(
            [
                [bold(fmt_d(s.performed_at.date()))],
                [plain(format_time(s.performed_at))],
                [plain(status)],
            ]
        )
        extra = [
            [plain(f"{k}: {clip(v, 300)}")]
            for k, v in (
                (_("Anaesthesia"), s.anaesthesia),
                (_("Immediate reactions"), s.immediate_reactions),
                (_("Notes"), s.notes),
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
    N_("Date"),
    N_("Practitioner"),
    N_("Indication"),
    N_("Areas (technique, depth, points, volume)"),
    N_("Formula, product lots and expiry"),
]
SESSION_WIDTHS = (0.125, 0.13, 0.135, 0.28, 0.33)


def _sessions(sessions: list[SessionInfo], width: float) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [CondPageBreak(80), heading(_("Sessions ({count})", count=len(sessions)))]
    if not sessions:
        return out + [Paragraph(esc(_("No sessions recorded.")), st["body"])]
    total = sum(a.volume_ml for s in sessions for a in s.areas)
    out.append(
        note(_("Oldest first. Local times. Total volume injected: {volume}.", volume=num(total, "ml")))
    )
    out.append(
        data_table(
            [_(h) for h in SESSION_HEADER], session_rows(sessions), [width * f for f in SESSION_WIDTHS]
        )
    )
    return out


def _maps(sessions: list[SessionInfo], width: float) -> list[Flowable]:
    with_marks = [s for s in sessions if s.marks]
    if not with_marks:
        return []
    return [
        CondPageBreak(200),
        heading(_("Injection maps")),
        note(
            _(
                "Marks are numbered on each diagram in the order they were placed; depth and volume per mark "
                "are listed under each diagram when recorded."
            )
        ),
    ] + session_maps(with_marks, width)


def plan_line(p: PlanInfo) -> list[object]:
    maintenance = (
        ngettext("every {n} day", "every {n} days", p.maintenance_interval_days)
        if p.maintenance_interval_days
        else "—"
    )
    check = _("{hours} h after", hours=p.check_call_hours) if p.check_call_hours else "—"
    return [
        p.name + (f"\n{clip(p.notes, 300)}" if p.notes else ""),
        fmt_d(p.start_date),
        ngettext("{n} session", "{n} sessions", p.course_sessions)
        + ", "
        + ngettext("every {n} day", "every {n} days", p.course_interval_days),
        maintenance,
        check,
        _("{done} of {total}", done=min(p.sessions_done, p.course_sessions), total=p.course_sessions),
        _("Active") if p.active else _("Ended"),
    ]


def _plan(data: PatientSummaryData, width: float) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [CondPageBreak(80), heading(_("Plan and follow-up"))]
    if data.next_due is not None:
        nd = data.next_due
        out.append(
            Paragraph(
                _(
                    "<b>Next due:</b> {date} — {kind}",
                    date=fmt_d(nd.due_date),
                    kind=esc(label(nd.kind, "followup")),
                )
                + (f" ({esc(nd.notes)})" if nd.notes else ""),
                st["body"],
            )
        )
    else:
        out.append(Paragraph(esc(_("Nothing due.")), st["body"]))
    if data.plans:
        out.append(
            data_table(
                [
                    _("Plan"),
                    _("Start"),
                    _("Course"),
                    _("Maintenance"),
                    _("Check call"),
                    _("Done"),
                    _("Status"),
                ],
                [plan_line(p) for p in data.plans],
                [width * f for f in (0.22, 0.13, 0.2, 0.14, 0.11, 0.1, 0.1)],
            )
        )
    else:
        out.append(Paragraph(esc(_("No treatment plan.")), st["body"]))
    if data.open_follow_ups:
        out += [
            heading(_("Open follow-ups"), "h2"),
            data_table(
                [_("Due"), _("Kind"), _("Notes")],
                [[fmt_d(f.due_date), label(f.kind, "followup"), clip(f.notes)] for f in data.open_follow_ups],
                [width * 0.15, width * 0.2, width * 0.65],
            ),
        ]
    return out
