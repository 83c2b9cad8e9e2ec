"""Clinic reports: follow-ups due, reactions with rates per 100 sessions, lot recall, activity."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, BinaryIO

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, TableStyle

from mesodesk.i18n import N_, _, format_decimal, ngettext
from mesodesk.reports.common import (
    clinic_doc,
    clip,
    esc,
    fmt_d,
    fmt_dt,
    heading,
    label,
    note,
    num,
    period_text,
)
from mesodesk.reports.doc_template import ACCENT, data_table, styles

if TYPE_CHECKING:
    from mesodesk.services.report_data import (
        ActivityReportData,
        FollowUpsReportData,
        ReactionStatsData,
        RecallReportData,
        StatRow,
    )


def _right(text: str, header: bool = False) -> Paragraph:
    st = styles()
    base = st["table-header" if header else "table-cell"]
    return Paragraph(esc(text), ParagraphStyle(f"{base.name}-right", parent=base, alignment=TA_RIGHT))


def _summary(text: str) -> Paragraph:
    return Paragraph(text, styles()["body"])


#: Rows of the activity report (message ids).
GRANULARITY_LABELS = {"day": N_("Day"), "week": N_("Week"), "month": N_("Month")}


def rate_text(rate: float | None) -> str:
    return "—" if rate is None else format_decimal(rate, decimals=1, trim=False)


# --- follow-ups --------------------------------------------------------------------------


def build_followups_report(data: FollowUpsReportData, out: BinaryIO) -> None:
    title = _("Follow-ups due")
    period = period_text(data.start, data.end)
    doc = clinic_doc(
        out,
        data.clinic,
        title=f"{title}, {period}",
        subject=title,
        running_label=f"{title} · {period}",
        generated_on=data.generated_on,
    )
    w = doc.width
    st = styles()
    overdue = sum(1 for r in data.rows if r.due_date < data.generated_on and r.status == "open")
    story: list[Flowable] = [
        Paragraph(esc(title), st["title"]),
        _summary(
            ngettext(
                "Period <b>{period}</b>: <b>{n}</b> follow-up, of which <b>{overdue}</b> overdue.",
                "Period <b>{period}</b>: <b>{n}</b> follow-ups, of which <b>{overdue}</b> overdue.",
                len(data.rows),
                period=esc(period),
                overdue=overdue,
            )
            if overdue
            else ngettext(
                "Period <b>{period}</b>: <b>{n}</b> follow-up.",
                "Period <b>{period}</b>: <b>{n}</b> follow-ups.",
                len(data.rows),
                period=esc(period),
            )
        ),
    ]
    if data.rows:
        story.append(
            data_table(
                [_("Due"), _("Kind"), _("Patient"), _("File no."), _("Phone"), _("Calls"), _("Notes")],
                [
                    [
                        fmt_d(r.due_date)
                        + (
                            " " + _("(overdue)")
                            if r.due_date < data.generated_on and r.status == "open"
                            else ""
                        ),
                        label(r.kind, "followup"),
                        r.patient_name,
                        r.file_no,
                        r.phone or "—",
                        f"{r.attempts}"
                        + (f"\n{label(r.last_outcome, 'outcome').lower()}" if r.last_outcome else ""),
                        clip(r.notes),
                    ]
                    for r in data.rows
                ],
                [w * f for f in (0.13, 0.13, 0.2, 0.115, 0.17, 0.07, 0.185)],
            )
        )
    else:
        story.append(_summary(esc(_("Nothing is due in this period."))))
    doc.build(story)


# --- reactions ---------------------------------------------------------------------------


def stat_table(first: str, rows: Sequence[StatRow], width: float) -> Flowable:
    header = [
        first,
        _right(_("Sessions"), True),
        _right(_("Reactions"), True),
        _right(_("Per 100 sessions"), True),
    ]
    body = [
        [
            r.label,
            _right("—" if r.sessions is None else str(r.sessions)),
            _right(str(r.reactions)),
            _right(rate_text(r.rate)),
        ]
        for r in rows
    ]
    return data_table(header, body, [width * f for f in (0.52, 0.15, 0.15, 0.18)])


def build_reactions_report(data: ReactionStatsData, out: BinaryIO) -> None:
    title = _("Reactions")
    period = period_text(data.start, data.end)
    doc = clinic_doc(
        out,
        data.clinic,
        title=f"{title}, {period}",
        subject=_("Reactions by product, lot, practitioner and area"),
        running_label=f"{title} · {period}",
        generated_on=data.generated_on,
    )
    w = doc.width
    st = styles()
    story: list[Flowable] = [
        Paragraph(esc(title), st["title"]),
        _summary(
            _(
                "Sessions performed <b>{period}</b>: <b>{sessions}</b>. Reactions after those sessions: "
                "<b>{reactions}</b> — <b>{rate}</b> per 100 sessions.",
                period=esc(period),
                sessions=data.sessions,
                reactions=data.reactions,
                rate=rate_text(data.rate),
            )
        ),
        note(
            _(
                "Each group's rate is the number of reactions after the group's sessions divided by the number "
                "of those sessions, times 100 (e.g. reactions after sessions that used a product, per 100 "
                "sessions that used it). A session that used several products counts in each product's group. "
                "Void and archived sessions are left out."
            )
        ),
    ]
    if data.unlinked_reactions:
        story.append(
            note(
                ngettext(
                    "{n} further reaction with onset in the period is not linked to a session and is not "
                    "counted above.",
                    "{n} further reactions with onset in the period are not linked to a session and are not "
                    "counted above.",
                    data.unlinked_reactions,
                )
            )
        )
    for heading_text, first, rows in (
        (_("By reaction type"), _("Reaction"), data.by_type),
        (_("By product"), _("Product"), data.by_product),
        (_("By lot"), _("Product and lot"), data.by_lot),
        (_("By practitioner"), _("Practitioner"), data.by_practitioner),
        (_("By area"), _("Area"), data.by_area),
    ):
        story += [CondPageBreak(90), heading(heading_text)]
        story.append(stat_table(first, rows, w) if rows else _summary(esc(_("No sessions in this period."))))
    doc.build(story)


# --- recall ------------------------------------------------------------------------------


def build_recall_report(data: RecallReportData, out: BinaryIO) -> None:
    products = sorted({lot.product for lot in data.lots})
    title = _("Lot recall: {lot}", lot=data.lot_number) + (f" ({', '.join(products)})" if products else "")
    doc = clinic_doc(
        out,
        data.clinic,
        title=title,
        subject=_("Patients and sessions that received a lot"),
        running_label=title,
        generated_on=data.generated_on,
    )
    w = doc.width
    st = styles()
    story: list[Flowable] = [Paragraph(esc(title), st["title"])]
    story.append(
        data_table(
            [_("Product"), _("Lot"), _("Expiry"), _("Status")],
            [
                [
                    lot.product,
                    lot.lot_number,
                    fmt_d(lot.expiry_date),
                    (
                        _("Recalled {date}", date=fmt_d(lot.recalled_on))
                        + (f": {lot.recall_reason}" if lot.recall_reason else "")
                    )
                    if lot.recalled
                    else _("Not recalled"),
                ]
                for lot in data.lots
            ],
            [w * f for f in (0.3, 0.15, 0.13, 0.42)],
        )
    )
    sessions = len({r.session_id for r in data.rows})
    story.append(
        _summary(
            ngettext(
                "<b>{n}</b> patient received this lot in {sessions} (directly or as an ingredient of a formula).",
                "<b>{n}</b> patients received this lot in {sessions} (directly or as an ingredient of a formula).",
                data.patient_count,
                sessions=ngettext("<b>{n}</b> session", "<b>{n}</b> sessions", sessions),
            )
        )
    )
    if data.rows:
        patients: dict[str, list] = {}
        for r in data.rows:
            patients.setdefault(r.file_no, []).append(r)
        story += [heading(_("Patients to contact"))]
        story.append(
            data_table(
                [
                    _("Patient"),
                    _("Phone"),
                    _("E-mail"),
                    _("Address"),
                    _right(_("Sessions"), True),
                    _("Last received"),
                ],
                [
                    [
                        f"{rows[0].patient_name}\n{file_no}",
                        rows[0].phone or "—",
                        rows[0].email or "—",
                        clip(rows[0].address, 300) or "—",
                        _right(str(len({r.session_id for r in rows}))),
                        fmt_dt(max(r.performed_at for r in rows)),
                    ]
                    for file_no, rows in patients.items()
                ],
                [w * f for f in (0.18, 0.17, 0.22, 0.2, 0.1, 0.13)],
            )
        )
        story += [CondPageBreak(90), heading(_("Sessions that used the lot"))]
        story.append(
            data_table(
                [_("Date"), _("Patient"), _("Practitioner"), _("Product received"), _("Formula")],
                [
                    [
                        fmt_dt(r.performed_at),
                        f"{r.patient_name} ({r.file_no})",
                        r.practitioner,
                        _(
                            "{product}: lot {lot}, {volume}",
                            product=r.product,
                            lot=r.lot_number,
                            volume=num(r.volume_ml, "ml"),
                        ),
                        r.formula_name or "—",
                    ]
                    for r in sorted(data.rows, key=lambda r: (r.performed_at, r.patient_name))
                ],
                [w * f for f in (0.15, 0.24, 0.17, 0.26, 0.18)],
            )
        )
    doc.build(story)


# --- activity ----------------------------------------------------------------------------


def build_activity_report(data: ActivityReportData, out: BinaryIO) -> None:
    title = _("Activity")
    period = period_text(data.start, data.end)
    unit = _(GRANULARITY_LABELS.get(data.granularity, data.granularity))
    doc = clinic_doc(
        out,
        data.clinic,
        title=f"{title}, {period}",
        subject=_("Activity by {unit}", unit=unit.lower()),
        running_label=f"{title} · {period}",
        generated_on=data.generated_on,
    )
    w = doc.width
    st = styles()
    t = data.totals
    story: list[Flowable] = [
        Paragraph(esc(title), st["title"]),
        _summary(
            _(
                "Period <b>{period}</b>, by {unit}: <b>{sessions}</b> sessions for <b>{patients}</b> patients, "
                "<b>{new_patients}</b> new patients, <b>{reactions}</b> reactions, <b>{volume}</b> injected.",
                period=esc(period),
                unit=unit.lower(),
                sessions=t.sessions,
                patients=t.patients,
                new_patients=t.new_patients,
                reactions=t.reactions,
                volume=num(t.volume_ml, "ml"),
            )
            + " "
            + _(
                "A patient is new in the period of their registration date (if an import carried it), "
                "else of their first session."
            )
        ),
    ]
    header = [
        unit,
        _right(_("Sessions"), True),
        _right(_("Patients"), True),
        _right(_("New patients"), True),
        _right(_("Reactions"), True),
        _right(_("Volume (ml)"), True),
    ]
    rows: list[list[object]] = [
        [
            r.period,
            _right(str(r.sessions)),
            _right(str(r.patients)),
            _right(str(r.new_patients)),
            _right(str(r.reactions)),
            _right(num(r.volume_ml)),
        ]
        for r in data.rows
    ]
    rows.append(
        [
            Paragraph(f"<b>{esc(_('Total'))}</b>", st["table-cell"]),
            _right(str(t.sessions)),
            _right(str(t.patients)),
            _right(str(t.new_patients)),
            _right(str(t.reactions)),
            _right(num(t.volume_ml)),
        ]
    )
    table = data_table(header, rows, [w * f for f in (0.3, 0.14, 0.14, 0.14, 0.14, 0.14)])
    table.setStyle(TableStyle([("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT)]))
    story.append(table)
    story.append(
        note(
            _(
                "Patients: distinct patients treated in the row's period (the total counts each patient "
                "once). Reactions: by date of onset."
            )
        )
    )
    story += [CondPageBreak(90), heading(_("By practitioner"))]
    story.append(
        data_table(
            [_("Practitioner"), _right(_("Sessions"), True), _right(_("Patients"), True)],
            [[n, _right(str(s)), _right(str(p))] for n, s, p in data.by_practitioner],
            [w * 0.6, w * 0.2, w * 0.2],
        )
        if data.by_practitioner
        else _summary(esc(_("No sessions in this period.")))
    )
    story += [CondPageBreak(90), heading(_("By area"))]
    story.append(
        data_table(
            [_("Area"), _right(_("Sessions"), True), _right(_("Volume (ml)"), True)],
            [[a, _right(str(s)), _right(num(v))] for a, s, v in data.by_area],
            [w * 0.6, w * 0.2, w * 0.2],
        )
        if data.by_area
        else _summary(esc(_("No sessions in this period.")))
    )
    doc.build(story)
