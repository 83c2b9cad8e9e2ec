"""The signed consent form: the consent text as signed, what was discussed, the signature."""

from __future__ import annotations

from io import BytesIO
from typing import TYPE_CHECKING, BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether, Paragraph, Table, TableStyle

from mesodesk.i18n import _, use_language
from mesodesk.reports.common import (
    clinic_doc,
    esc,
    fmt_dt,
    heading,
    identity_block,
    markdown_flowables,
    note,
)
from mesodesk.reports.doc_template import RULE, styles

if TYPE_CHECKING:
    from mesodesk.services.report_data import ConsentFormData

SIGNATURE_BOX = (70 * mm, 28 * mm)


def build_consent_form(data: ConsentFormData, out: BinaryIO) -> None:
    """The form in the language of the consent text that was signed."""
    with use_language(data.language):
        _build(data, out)


def _build(data: ConsentFormData, out: BinaryIO) -> None:
    c = data.consent
    doc = clinic_doc(
        out,
        data.clinic,
        title=f"{c.title} — {data.patient.full_name}",
        subject=_(
            "Consent {code} version {version}, file {file_no}",
            code=c.code,
            version=c.version,
            file_no=data.patient.file_no,
        ),
        running_label=data.patient.running_label,
        generated_on=data.generated_on,
    )
    width = doc.width
    st = styles()
    body = markdown_flowables(data.body)
    story: list[Flowable] = []
    if body and isinstance(body[0], Paragraph) and body[0].style.name == "title":
        story.append(body.pop(0))
    else:
        story.append(Paragraph(esc(c.title), st["title"]))
    story.append(note(_("Consent text “{code}”, version {version}", code=c.code, version=c.version)))
    story += identity_block(data.patient, width, data.generated_on, full=False)
    story += body
    story += [heading(_("Discussed with the patient"))]
    story.append(
        Paragraph(_("<b>Risks discussed:</b> {text}", text=esc(data.risks_discussed) or "—"), st["body"])
    )
    story.append(
        Paragraph(
            _("<b>Benefits discussed:</b> {text}", text=esc(data.benefits_discussed) or "—"), st["body"]
        )
    )
    story.append(KeepTogether([heading(_("Signature")), _signature_table(data, width)]))
    if data.content_hash:
        story.append(note(_("Record fingerprint (SHA-256): {hash}", hash=data.content_hash)))
    doc.build(story)


def _signature_table(data: ConsentFormData, width: float) -> Table:
    st = styles()
    c = data.consent
    if data.signature_png:
        from reportlab.lib.utils import ImageReader

        reader = ImageReader(BytesIO(data.signature_png))
        w, h = reader.getSize()
        scale = min(SIGNATURE_BOX[0] / w, SIGNATURE_BOX[1] / h)
        signature: Flowable = Image(
            BytesIO(data.signature_png), width=w * scale, height=h * scale, hAlign="LEFT"
        )
    else:
        signature = Paragraph(esc(_("No signature on file.")), st["body"])
    source = (
        _("Signature drawn on screen.")
        if data.signature_source == "drawn"
        else _("Signature scanned from paper.")
    )
    details = [
        Paragraph(_("<b>Patient:</b> {name}", name=esc(data.patient.full_name)), st["body"]),
        Paragraph(_("<b>Signed on:</b> {when}", when=esc(fmt_dt(c.signed_at))), st["body"]),
        Paragraph(_("<b>Practitioner:</b> {name}", name=esc(c.practitioner)), st["body"]),
        Paragraph(esc(source), st["small"]),
    ]
    table = Table(
        [[signature, details]],
        colWidths=[SIGNATURE_BOX[0] + 8 * mm, width - SIGNATURE_BOX[0] - 8 * mm],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (0, 0), (0, 0), 0.5, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (0, 0), 4),
                ("LEFTPADDING", (1, 0), (1, 0), 10),
            ]
        )
    )
    return table
