"""The record of one treatment session: details, areas, products and lots, map, reactions, photos."""

from __future__ import annotations

from typing import TYPE_CHECKING, BinaryIO

from reportlab.platypus import CondPageBreak, Flowable, Paragraph

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
from mesodesk.reports.doc_template import data_table, styles

if TYPE_CHECKING:
    from mesodesk.services.report_data import SessionRecordData

TITLE = "Session record"


def _kept(flowable):  # type: ignore[no-untyped-def]
    """Never the last thing on a page: it moves to the next page with what follows it."""
    flowable.keepWithNext = 1
    return flowable


def _heading(text: str, style: str = "h1"):  # type: ignore[no-untyped-def]
    return _kept(heading(text, style))


def build_session_record(data: SessionRecordData, out: BinaryIO) -> None:
    s = data.session
    doc = clinic_doc_for(data, out)
    width = doc.width
    st = styles()
    story: list[Flowable] = [Paragraph(f"{TITLE} — {esc(fmt_dt(s.performed_at))}", st["title"])]
    story += identity_block(data.patient, width, data.generated_on, full=False)
    box = alert_box(
        [
            f"Allergy: {a.substance} ({label(a.severity).lower()})"
            + (f" — {a.reaction}" if a.reaction else "")
            for a in data.allergies
        ]
    )
    if box is not None:
        story.append(box)
    status = "Signed" if s.status == "signed" else label(s.status)
    if s.signed_off_at:
        status += f" on {fmt_dt(s.signed_off_at)}" + (f" by {s.signed_off_by}" if s.signed_off_by else "")
    formula = s.formula_name or ("Custom mix" if s.formula_is_custom else "—")
    if s.formula_name:
        formula += " (custom)" if s.formula_is_custom else " (standard)"
    story += [
        _heading("Session"),
        key_values(
            [
                ("Date and time", fmt_dt(s.performed_at)),
                ("Practitioner", s.practitioner),
                ("Indication", ", ".join(s.indications) or "—"),
                ("Status", status),
                ("Formula", formula),
                ("Anaesthesia", s.anaesthesia or "None"),
            ],
            width,
        ),
    ]
    if s.override_reason:
        reason, *overridden = s.override_reason.splitlines()
        lines = [f"Signed off despite warnings. Reason: {reason}"] + [w.lstrip("- ") for w in overridden]
        override_box = alert_box(lines)
        if override_box is not None:
            story.append(override_box)
    if s.immediate_reactions:
        story.append(Paragraph(f"<b>Immediate reactions:</b> {esc(s.immediate_reactions)}", st["body"]))
    if s.notes:
        story.append(Paragraph(f"<b>Notes:</b> {esc(s.notes)}", st["body"]))

    story += [_heading("Treated areas")]
    story.append(
        data_table(
            ["Area", "Technique", "Device", "Needle", "Depth", "Points", "Volume"],
            [
                [
                    label(a.area),
                    label(a.technique),
                    label(a.device),
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
    story += [_heading("Products and lots")]
    if s.products:
        story.append(
            data_table(
                ["Product", "Lot", "Expiry", "Volume", ""],
                [
                    [
                        p.product,
                        p.lot_number,
                        fmt_d(p.expiry_date),
                        num(p.volume_ml, "ml"),
                        "RECALLED" if p.recalled else "",
                    ]
                    for p in s.products
                ],
                [width * f for f in (0.38, 0.2, 0.16, 0.12, 0.14)],
            )
        )
    else:
        story.append(Paragraph("No product recorded.", st["body"]))
    maps = session_maps([s], width, columns=2, with_date=False)
    if maps:
        story += [
            CondPageBreak(260),
            _heading("Injection map"),
            _kept(note("Marks are numbered on each diagram in the order they were placed.")),
        ] + maps
    story += [CondPageBreak(60), _heading("Reactions after this session")]
    story.append(
        reaction_table(data.reactions, width, with_session=False)
        if data.reactions
        else Paragraph("No reaction recorded.", st["body"])
    )
    if data.photos:
        story += [CondPageBreak(160), _heading("Photos")] + photo_grid(data.photos, width)
    doc.build(story)


def clinic_doc_for(data: SessionRecordData, out: BinaryIO):  # type: ignore[no-untyped-def]
    from mesodesk.reports.common import clinic_doc

    return clinic_doc(
        out,
        data.clinic,
        title=f"{TITLE} — {data.patient.full_name}",
        subject=f"Session of {data.session.performed_at.date().isoformat()}, file {data.patient.file_no}",
        running_label=data.patient.running_label,
        generated_on=data.generated_on,
    )
