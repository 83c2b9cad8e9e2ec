"""The record of one treatment session: details, areas, products and lots, map, reactions, photos."""

from __future__ import annotations

from typing import TYPE_CHECKING, BinaryIO, TypeVar

from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from mesodesk.i18n import N_, _
from mesodesk.reports.common import (
    alert_box,
    esc,
    fmt_d,
    fmt_dt,
    heading,
    identity_block,
    key_values,
    label,
    note,
    num,
    photo_grid,
    reaction_table,
    session_maps,
)
from mesodesk.reports.doc_template import ClinicDocTemplate, data_table, styles

if TYPE_CHECKING:
    from mesodesk.services.report_data import SessionRecordData

TITLE = N_("Session record")

F = TypeVar("F", bound=Flowable)


def _kept(flowable: F) -> F:
    """Never the last thing on a page: it moves to the next page with what follows it."""
    flowable.keepWithNext = 1
    return flowable


def _heading(text: str, style: str = "h1") -> Paragraph:
    return _kept(heading(text, style))


def build_session_record(data: SessionRecordData, out: BinaryIO) -> None:
    s = data.session
    doc = clinic_doc_for(data, out)
    width = doc.width
    st = styles()
    story: list[Flowable] = [Paragraph(f"{esc(_(TITLE))} — {esc(fmt_dt(s.performed_at))}", st["title"])]
    story += identity_block(data.patient, width, data.generated_on, full=False)
    box = alert_box(
        [
            _(
                "Allergy: {substance} ({severity})",
                substance=a.substance,
                severity=label(a.severity, "severity").lower(),
            )
            + (f" — {a.reaction}" if a.reaction else "")
            for a in data.allergies
        ]
    )
    if box is not None:
        story.append(box)
    status = _("Signed") if s.status == "signed" else label(s.status, "status")
    if s.signed_off_at and s.signed_off_by:
        status = _(
            "{status} on {when} by {who}", status=status, when=fmt_dt(s.signed_off_at), who=s.signed_off_by
        )
    elif s.signed_off_at:
        status = _("{status} on {when}", status=status, when=fmt_dt(s.signed_off_at))
    formula = s.formula_name or (_("Custom mix") if s.formula_is_custom else "—")
    if s.formula_name:
        formula += " " + (_("(custom)") if s.formula_is_custom else _("(standard)"))
    story += [
        _heading(_("Session")),
        key_values(
            [
                (_("Date and time"), fmt_dt(s.performed_at)),
                (_("Practitioner"), s.practitioner),
                (_("Indication"), ", ".join(s.indications) or "—"),
                (_("Status"), status),
                (_("Formula"), formula),
                (_("Anaesthesia"), s.anaesthesia or _("None")),
            ],
            width,
        ),
    ]
    if s.override_reason:
        reason, *overridden = s.override_reason.splitlines()
        lines = [_("Signed off despite warnings. Reason: {reason}", reason=reason)] + [
            w.lstrip("- ") for w in overridden
        ]
        override_box = alert_box(lines)
        if override_box is not None:
            story.append(override_box)
    if s.immediate_reactions:
        story.append(
            Paragraph(_("<b>Immediate reactions:</b> {text}", text=esc(s.immediate_reactions)), st["body"])
        )
    if s.notes:
        story.append(Paragraph(_("<b>Notes:</b> {notes}", notes=esc(s.notes)), st["body"]))

    story += [_heading(_("Treated areas"))]
    story.append(
        data_table(
            [_("Area"), _("Technique"), _("Device"), _("Needle"), _("Depth"), _("Points"), _("Volume")],
            [
                [
                    label(a.area, "area"),
                    label(a.technique, "technique"),
                    label(a.device, "device"),
                    " ".join(
                        x
                        for x in (
                            f"{a.needle_gauge}G" if a.needle_gauge else "",
                            num(a.needle_length_mm, "mm") if a.needle_length_mm else "",
                        )
                        if x
                    )
                    or "—",
                    num(a.depth_mm, "mm"),
                    str(a.injection_points),
                    num(a.volume_ml, "ml"),
                ]
                for a in s.areas
            ],
            [width * f for f in (0.2, 0.16, 0.17, 0.13, 0.11, 0.1, 0.13)],
        )
    )
    story += [_heading(_("Products and lots"))]
    if s.products:
        story.append(
            data_table(
                [_("Product"), _("Lot"), _("Expiry"), _("Volume"), ""],
                [
                    [
                        p.product,
                        p.lot_number,
                        fmt_d(p.expiry_date),
                        num(p.volume_ml, "ml"),
                        _("RECALLED") if p.recalled else "",
                    ]
                    for p in s.products
                ],
                [width * f for f in (0.38, 0.2, 0.16, 0.12, 0.14)],
            )
        )
    else:
        story.append(Paragraph(esc(_("No product recorded.")), st["body"]))
    maps = session_maps([s], width, columns=2, with_date=False)
    if maps:
        story += [
            CondPageBreak(260),
            _heading(_("Injection map")),
            _kept(note(_("Marks are numbered on each diagram in the order they were placed."))),
        ] + maps
    story += [CondPageBreak(60), _heading(_("Reactions after this session"))]
    story.append(
        reaction_table(data.reactions, width, with_session=False)
        if data.reactions
        else Paragraph(esc(_("No reaction recorded.")), st["body"])
    )
    if data.photos:
        story += [CondPageBreak(160), _heading(_("Photos"))] + photo_grid(data.photos, width)
    doc.build(story)


def clinic_doc_for(data: SessionRecordData, out: BinaryIO) -> ClinicDocTemplate:
    from mesodesk.reports.common import clinic_doc

    return clinic_doc(
        out,
        data.clinic,
        title=f"{_(TITLE)} — {data.patient.full_name}",
        subject=_(
            "Session of {date}, file {file_no}",
            date=fmt_d(data.session.performed_at.date()),
            file_no=data.patient.file_no,
        ),
        running_label=data.patient.running_label,
        generated_on=data.generated_on,
    )
