"""Pieces shared by the MesoDesk documents: the document for a clinic, formatting, maps, photos."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from datetime import date, datetime
from io import BytesIO
from typing import TYPE_CHECKING, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Paragraph, Spacer, Table, TableStyle

from mesodesk.i18n import _, format_date, format_datetime, format_decimal, ngettext
from mesodesk.i18n.labels import label as vocab_label
from mesodesk.reports.diagrams import DEFAULT_ZONE_RADIUS, DIAGRAM_NAMES, DIAGRAM_TITLES, diagram_drawing
from mesodesk.reports.doc_template import INK, MUTED, ClinicDocTemplate, ClinicHeader, data_table, styles

if TYPE_CHECKING:
    from mesodesk.reports.doc_template import PageSize
    from mesodesk.services.report_data import (
        AllergyInfo,
        AreaRow,
        ClinicInfo,
        MarkRow,
        PatientInfo,
        PhotoInfo,
        ReactionInfo,
        SessionInfo,
    )

FITZPATRICK = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V", 6: "VI"}


def header_for(clinic: ClinicInfo) -> ClinicHeader:
    return ClinicHeader(clinic.display_name, clinic.address, clinic.phone, clinic.email, clinic.logo_png)


def clinic_doc(
    out: BinaryIO,
    clinic: ClinicInfo,
    *,
    title: str,
    subject: str = "",
    running_label: str | None = None,
    generated_on: date | None = None,
) -> ClinicDocTemplate:
    """The shared page template, sized and labelled from the clinic settings."""
    paper: PageSize = "Letter" if clinic.paper_size == "Letter" else "A4"
    return ClinicDocTemplate(
        out,
        title=title,
        author=clinic.display_name,
        subject=subject,
        page_size=paper,
        header=header_for(clinic),
        running_label=running_label,
        generated_on=generated_on,
    )


# --- text ------------------------------------------------------------------------------


def esc(value: object) -> str:
    """Escape for a Paragraph, keeping line breaks."""
    return escape("" if value is None else str(value)).replace("\n", "<br/>")


def label(value: str | None, kind: str | None = None) -> str:
    """The translated label of a stored enum value (area, technique, severity...); see mesodesk.i18n.labels."""
    return vocab_label(kind, value)


#: Longest free text printed inside a table cell: a table row cannot break across pages, so a
#: long note is cut there (documents that print one record show the whole text in the body).
CELL_TEXT_MAX = 400


def clip(text: str | None, limit: int = CELL_TEXT_MAX) -> str:
    """Free text for a table cell, cut with an ellipsis after `limit` characters or 12 lines."""
    text = (text or "").strip()
    lines = text.splitlines()
    if len(lines) > 12:
        text = "\n".join(lines[:12]) + " …"
    if len(text) > limit:
        text = text[:limit].rstrip() + " … " + _("(cut: see the full record)")
    return text


def num(value: float | int | None, unit: str = "") -> str:
    if value is None:
        return "—"
    text = format_decimal(value, decimals=2)  # the locale's decimal separator: 2,5 ml
    return f"{text}\u00a0{unit}" if unit else text  # a no-break space keeps "2 ml" on one line


def fmt_dt(value: datetime | None) -> str:
    return format_datetime(value, "short")


def fmt_d(value: date | None) -> str:
    return format_date(value, "short")


def period_text(start: date | None, end: date | None) -> str:
    if start and end:
        return _("{start} to {end}", start=fmt_d(start), end=fmt_d(end))
    if start:
        return _("from {start}", start=fmt_d(start))
    if end:
        return _("up to {end}", end=fmt_d(end))
    return _("all dates")


def heading(text: str, style: str = "h1") -> Paragraph:
    return Paragraph(esc(text), styles()[style])


def note(text: str) -> Paragraph:
    return Paragraph(esc(text), styles()["small"])


def key_values(pairs: Sequence[tuple[str, str]], width: float, columns: int = 2) -> Table:
    """Label/value pairs laid out in `columns` column pairs (values are plain text)."""
    st = styles()
    lab = ParagraphStyle("kv-label", parent=st["table-cell"], textColor=MUTED, fontSize=7.5)
    val = st["table-cell"]
    rows: list[list[Flowable | str]] = []
    for i in range(0, len(pairs), columns):
        row: list[Flowable | str] = []
        for key, value in list(pairs[i : i + columns]) + [("", "")] * (columns - len(pairs[i : i + columns])):
            row += [Paragraph(esc(key), lab), Paragraph(esc(value) if value else "", val)]
        rows.append(row)
    label_w = min(30 * mm, width / columns * 0.34)
    value_w = width / columns - label_w
    table = Table(rows, colWidths=[label_w, value_w] * columns, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def identity_block(
    patient: PatientInfo, width: float, generated_on: date, *, full: bool = True
) -> list[Flowable]:
    """The patient's name in large type, then identity (and, when full, contact) details."""
    from mesodesk.domain.rules import age_on

    st = styles()
    name = ParagraphStyle(
        "patient-name", parent=st["h2"], fontSize=13, leading=16, spaceBefore=2, spaceAfter=4
    )
    age = age_on(patient.date_of_birth, generated_on)
    pairs = [
        (_("File number"), patient.file_no),
        (_("Date of birth"), _("{date} (age {age})", date=fmt_d(patient.date_of_birth), age=age)),
        (_("Sex"), vocab_label("sex", patient.sex)),
    ]
    if full:
        pairs += [
            (
                _("Skin type"),
                _("Fitzpatrick {type}", type=FITZPATRICK[patient.fitzpatrick]) if patient.fitzpatrick else "",
            ),
            (_("Phone"), patient.phone),
            (_("E-mail"), patient.email),
            (_("Address"), clip(patient.address)),
        ]
        if patient.archived:
            pairs.append((_("Record"), _("Archived")))
    else:
        pairs.append((_("Phone"), patient.phone))
    out: list[Flowable] = [
        Paragraph(esc(f"{patient.last_name.upper()}, {patient.first_name}"), name),
        key_values(pairs, width),
    ]
    if full and patient.notes:
        out.append(Paragraph(_("<b>Notes:</b> {notes}", notes=esc(patient.notes)), st["table-cell"]))
    return out


def alert_box(lines: Sequence[str]) -> Paragraph | None:
    if not lines:
        return None
    return Paragraph("<br/>".join("⚠ " + esc(line) for line in lines), styles()["alert"])


def allergy_table(allergies: Sequence[AllergyInfo], width: float) -> Table:
    return data_table(
        [_("Substance"), _("Reaction"), _("Severity")],
        [[a.substance, clip(a.reaction, 300) or "—", label(a.severity, "severity")] for a in allergies],
        [width * 0.3, width * 0.5, width * 0.2],
    )


# --- injection maps -----------------------------------------------------------------------


def marks_by_diagram(marks: Sequence[MarkRow]) -> OrderedDict[str, list[tuple[int, MarkRow]]]:
    """Marks grouped by diagram (unknown diagrams skipped), numbered 1, 2, … on each diagram in entry order."""
    groups: OrderedDict[str, list[tuple[int, MarkRow]]] = OrderedDict()
    for m in marks:
        if m.diagram in DIAGRAM_NAMES:
            group = groups.setdefault(m.diagram, [])
            group.append((len(group) + 1, m))
    return groups


def mark_legend(numbered: Sequence[tuple[int, MarkRow]]) -> str:
    """Depth/volume per numbered mark; one line when every mark has the same values."""
    described = []
    for i, m in numbered:
        bits = [
            x
            for x in (
                num(m.depth_mm, "mm") if m.depth_mm else "",
                num(m.volume_ml, "ml") if m.volume_ml else "",
                _("zone") if m.kind == "zone" else "",
                m.note,
            )
            if x
        ]
        described.append((i, ", ".join(bits)))
    texts = {text for _i, text in described}
    if len(described) > 1 and len(texts) == 1:
        only = texts.pop()
        return _("Each mark: {description}", description=esc(only)) if only else ""
    if len(described) > 24:  # too many to list under a small diagram: give the ranges
        parts = []
        for what, values, unit in (
            (_("depth"), [m.depth_mm for _i, m in numbered if m.depth_mm], "mm"),
            (_("volume"), [m.volume_ml for _i, m in numbered if m.volume_ml], "ml"),
        ):
            if values:
                low, high = min(values), max(values)
                parts.append(
                    f"{what} {num(low)}–{num(high, unit)}" if low != high else f"{what} {num(low, unit)}"
                )
        count = ngettext("{n} mark", "{n} marks", len(described))
        return esc(count + "; " + ", ".join(parts)) if parts else ""
    return "; ".join(f"<b>{i}</b> {esc(text)}" for i, text in described if text)


def map_cell(
    diagram: str, numbered: Sequence[tuple[int, MarkRow]], width: float, caption: str
) -> list[Flowable]:
    st = styles()
    cap = ParagraphStyle("map-caption", parent=st["table-cell"], fontSize=7.5, leading=9.5)
    # Numbers fit inside the dots up to 99; a dense map is clearer with plain dots and the ranges below.
    numbers = len(numbered) <= 60 and max(i for i, _ in numbered) <= 99
    drawing = diagram_drawing(
        diagram,
        width,
        [
            (
                m.x,
                m.y,
                str(i) if numbers else "",
                (getattr(m, "radius", None) or DEFAULT_ZONE_RADIUS) if m.kind == "zone" else None,
            )  # zones: shaded circles
            for i, m in numbered
        ],
    )
    out: list[Flowable] = [drawing, Paragraph(caption, cap)]
    legend = mark_legend(numbered)
    if legend:
        out.append(
            Paragraph(legend, ParagraphStyle("map-legend", parent=st["small"], fontSize=6.8, leading=8.5))
        )
    return out


def map_grid(cells: Sequence[list[Flowable]], width: float, columns: int) -> Table:
    rows = [list(cells[i : i + columns]) for i in range(0, len(cells), columns)]
    rows[-1] += [[] for _ in range(columns - len(rows[-1]))]
    table = Table(rows, colWidths=[width / columns] * columns, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table


def session_maps(
    sessions: Sequence[SessionInfo], width: float, columns: int = 3, with_date: bool = True
) -> list[Flowable]:
    """One diagram per (session, diagram) with its numbered marks, in a grid."""
    gap = 8
    cell_w = width / columns - gap
    cells: list[list[Flowable]] = []
    for session in sessions:
        for diagram, numbered in marks_by_diagram(session.marks).items():
            when = f"<b>{fmt_dt(session.performed_at)}</b> · " if with_date else ""
            title = _(DIAGRAM_TITLES[diagram]) if diagram in DIAGRAM_TITLES else diagram
            caption = f"{when}{esc(title)} · " + esc(ngettext("{n} mark", "{n} marks", len(numbered)))
            cells.append(map_cell(diagram, numbered, cell_w, caption))
    if not cells:
        return []
    return [map_grid(cells, width, columns)]


# --- reactions ---------------------------------------------------------------------------


def assessments_text(reaction: ReactionInfo) -> str:
    return "\n".join(
        _(
            "Day {day}: {symptom} {grade}",
            day=a.day,
            symptom=label(a.symptom).lower(),
            grade=label(a.grade, "grade").lower(),
        )
        + (f" ({a.notes})" if a.notes else "")
        for a in reaction.assessments
    )


def reaction_table(reactions: Sequence[ReactionInfo], width: float, *, with_session: bool = True) -> Table:
    header = (
        [_("Onset"), _("Reaction"), _("Area")]
        + ([_("Session")] if with_session else [])
        + [_("Action taken"), _("Graded course"), _("Resolved")]
    )
    rows = []
    for r in reactions:
        row: list[object] = [
            fmt_dt(r.onset_at),
            f"{label(r.type, 'reaction')}\n{label(r.severity, 'severity')}",
            label(r.area, "area") or "—",
        ]
        if with_session:
            row.append(fmt_d(r.session_date) if r.session_date else "—")
        row += [
            clip(r.action_taken + (f"\n{r.notes}" if r.notes else "")) or "—",
            clip(assessments_text(r)) or "—",
            fmt_d(r.resolved_on) if r.resolved_on else _("Not yet"),
        ]
        rows.append(row)
    fr = [0.13, 0.12, 0.1] + ([0.12] if with_session else []) + [0.21, 0.2, 0.12]
    scale = 1.0 / sum(fr)
    return data_table(header, rows, [width * f * scale for f in fr])


# --- photos -----------------------------------------------------------------------------


def photo_flowable(photo: PhotoInfo, max_w: float, max_h: float) -> Flowable:
    w, h = float(photo.width or 1), float(photo.height or 1)
    scale = min(max_w / w, max_h / h)
    return Image(BytesIO(photo.data), width=w * scale, height=h * scale, hAlign="LEFT")


def photo_caption(photo: PhotoInfo) -> str:
    parts = [fmt_d(photo.taken_on), label(photo.kind, "photo_kind")]
    if photo.area:
        parts.append(label(photo.area, "area"))
    text = " · ".join(parts)
    return f"<b>{esc(text)}</b>" + (f"<br/>{esc(photo.caption)}" if photo.caption else "")


def photo_grid(
    photos: Sequence[PhotoInfo], width: float, columns: int = 2, max_h: float = 75 * mm
) -> list[Flowable]:
    if not photos:
        return []
    st = styles()
    cap = ParagraphStyle("photo-caption", parent=st["table-cell"], fontSize=7.5, leading=9.5, spaceBefore=2)
    cell_w = width / columns - 8
    cells = [[photo_flowable(p, cell_w, max_h), Paragraph(photo_caption(p), cap)] for p in photos]
    return [map_grid(cells, width, columns)]


def spacer(height: float = 4) -> Spacer:
    return Spacer(1, height)


# --- a fast table cell ------------------------------------------------------------------

Run = tuple[str, str]  # (text, font name)


class TextCell(Flowable):
    """A table cell of plain-text blocks, wrapped by string width and drawn with drawString.

    Each block is a list of runs (text, font) that flow together, so a block can start with a
    bold lead ("Full face:") followed by regular text. It is several times faster than a
    Paragraph (no markup parsing, one wrap per width), which keeps a 200-session summary
    within its time budget. Text is drawn as is: nothing is interpreted as markup.
    """

    def __init__(
        self,
        blocks: Sequence[Sequence[Run]],
        size: float = 8.0,
        leading: float = 10.0,
        color: colors.Color = INK,
        sizes: Sequence[float] | None = None,
    ) -> None:
        super().__init__()
        self.blocks = [[(t, f) for t, f in block if t] for block in blocks]
        self.size = size
        self.leading = leading
        self.color = color
        self.sizes = list(sizes) if sizes is not None else None
        self._laid_for: float | None = None
        self._lines: list[tuple[float, list[tuple[float, str, str, float]]]] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - ReportLab API
        if self._laid_for != availWidth:
            self._lines = self._layout(availWidth)
            self._laid_for = availWidth
        self.width = availWidth
        self.height = sum(lead for lead, _ in self._lines)
        return availWidth, self.height

    def _layout(self, width: float) -> list[tuple[float, list[tuple[float, str, str, float]]]]:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        lines: list[tuple[float, list[tuple[float, str, str, float]]]] = []
        for index, block in enumerate(self.blocks):
            size = self.sizes[index] if self.sizes and index < len(self.sizes) else self.size
            leading = self.leading * size / self.size
            current: list[tuple[float, str, str, float]] = []
            x = 0.0
            space_w: dict[str, float] = {}
            for text, font in block:
                sw = space_w.setdefault(font, stringWidth(" ", font, size))
                for hard_i, hard_line in enumerate(text.split("\n")):
                    if hard_i:
                        lines.append((leading, current))
                        current, x = [], 0.0
                    for word in hard_line.split(" "):
                        if not word:
                            continue
                        ww = stringWidth(word, font, size)
                        gap = sw if x > 0 else 0.0
                        if x > 0 and x + gap + ww > width:
                            lines.append((leading, current))
                            current, x, gap = [], 0.0, 0.0
                        while ww > width and len(word) > 1:  # a word longer than the cell
                            cut = len(word)
                            while cut > 1 and stringWidth(word[:cut], font, size) > width:
                                cut -= 1
                            current.append((0.0, word[:cut], font, size))
                            lines.append((leading, current))
                            current, x = [], 0.0
                            word = word[cut:]
                            ww = stringWidth(word, font, size)
                        current.append((x + gap, word, font, size))
                        x += gap + ww
            if current or not block:
                lines.append((leading, current))
        return lines

    def draw(self) -> None:
        text = self.canv.beginText()  # one text object for the whole cell: much cheaper than drawString
        text.setFillColor(self.color)
        y = self.height
        font_state: tuple[str, float] | None = None
        for leading, runs in self._lines:
            baseline = y - leading + (leading - runs[0][3]) * 0.5 + runs[0][3] * 0.22 if runs else y
            # merge consecutive runs of one font into a single string per line
            merged: list[tuple[float, str, str, float]] = []
            for x, word, font, size in runs:
                if merged and merged[-1][2] == font and merged[-1][3] == size:
                    px, ptext, _, _ = merged[-1]
                    merged[-1] = (px, ptext + " " + word, font, size)
                else:
                    merged.append((x, word, font, size))
            for x, words, font, size in merged:
                if font_state != (font, size):
                    text.setFont(font, size)
                    font_state = (font, size)
                text.setTextOrigin(x, baseline)
                text.textOut(words)
            y -= leading
        self.canv.drawText(text)


def bold(text: str) -> Run:
    from mesodesk.reports.fonts import FONT_BOLD

    return (text, FONT_BOLD)


def plain(text: str) -> Run:
    from mesodesk.reports.fonts import FONT_REGULAR

    return (text, FONT_REGULAR)


# --- session rows -------------------------------------------------------------------------


def area_runs(a: AreaRow) -> list[Run]:
    """One treated area as a TextCell block: bold area, then technique, device, needle, depth, points, volume."""
    needle = " ".join(
        x
        for x in (
            f"{a.needle_gauge}G" if a.needle_gauge else "",
            num(a.needle_length_mm, "mm") if a.needle_length_mm else "",
        )
        if x
    )
    bits = [
        label(a.technique, "technique").lower(),
        label(a.device, "device").lower() + (f" {needle}" if needle else ""),
    ]
    points = ngettext("{n} point", "{n} points", a.injection_points)
    return [
        bold(f"{label(a.area, 'area')}:"),
        plain(
            _(
                "{technique}; depth {depth}; {points}; {volume}",
                technique=", ".join(bits),
                depth=num(a.depth_mm, "mm"),
                points=points,
                volume=num(a.volume_ml, "ml"),
            )
        ),
    ]


def formula_blocks(session: SessionInfo) -> list[list[Run]]:
    from mesodesk.reports.fonts import FONT_OBLIQUE

    blocks: list[list[Run]] = []
    if session.formula_name:
        blocks.append(
            [
                bold(session.formula_name),
                (_("(custom)") if session.formula_is_custom else _("(standard)"), FONT_OBLIQUE),
            ]
        )
    elif session.formula_is_custom:
        blocks.append([bold(_("Custom mix"))])
    for p in session.products:
        nb = "\u00a0"
        block = [
            plain(
                _(
                    "{product}: lot{nb}{lot}, exp{nb}{expiry}, {volume}",
                    nb=nb,
                    product=p.product,
                    lot=p.lot_number,
                    expiry=fmt_d(p.expiry_date),
                    volume=num(p.volume_ml, "ml"),
                )
            )
        ]
        if p.recalled:
            block.append(bold(_("RECALLED")))
        blocks.append(block)
    return blocks or [[plain("—")]]


def markdown_flowables(text: str, *, compact: bool = False) -> list[Flowable]:
    """The tiny Markdown subset of resources/texts (title, headings, paragraphs, bullets) as flowables.

    `compact` uses slightly smaller type, so a one-page handout stays on one page on Letter paper too.
    """
    from mesodesk.reports.texts import parse_simple_markdown

    st = styles()
    body, bullet, h2 = st["body"], st["bullet"], st["h2"]
    if compact:
        body = ParagraphStyle("body-compact", parent=body, fontSize=9, leading=12, spaceAfter=4)
        bullet = ParagraphStyle("bullet-compact", parent=bullet, fontSize=9, leading=12, spaceAfter=1.5)
        h2 = ParagraphStyle("h2-compact", parent=h2, spaceBefore=6, spaceAfter=2)
    out: list[Flowable] = []
    for kind, content in parse_simple_markdown(text):
        if kind == "title":
            out.append(Paragraph(esc(content), st["title"]))
        elif kind == "heading":
            out.append(Paragraph(esc(content), h2))
        elif kind == "bullet":
            out.append(Paragraph(esc(content), bullet, bulletText="•"))
        else:
            out.append(Paragraph(esc(content), body))
    return out
