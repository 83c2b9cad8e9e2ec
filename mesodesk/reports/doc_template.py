"""The page template shared by every MesoDesk report: clinic header, footer, "Page X of Y"."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any, BinaryIO, Literal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle

from mesodesk import __version__
from mesodesk.i18n import _, format_date
from mesodesk.reports.fonts import FONT_BOLD, FONT_OBLIQUE, FONT_REGULAR, register_fonts

PageSize = Literal["A4", "Letter"]
_PAGE_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "Letter": LETTER}

MARGIN_X = 18 * mm
MARGIN_BOTTOM = 20 * mm
FIRST_HEADER_HEIGHT = 32 * mm
LATER_HEADER_HEIGHT = 16 * mm
FOOTER_Y = 10 * mm
FOOTER_SIZE = 7.5
LOGO_MAX = (45 * mm, 16 * mm)

INK = colors.HexColor("#1f2937")
MUTED = colors.HexColor("#6b7280")
RULE = colors.HexColor("#9ca3af")
ACCENT = colors.HexColor("#0f766e")
HEADER_BG = colors.HexColor("#e6f0ef")
ZEBRA = colors.HexColor("#f5f7f7")
ALERT = colors.HexColor("#b91c1c")
ALERT_BG = colors.HexColor("#fdecec")


class ReportWriteError(OSError):
    """A PDF could not be written to the chosen path (user-facing message)."""


@dataclass(frozen=True)
class ClinicHeader:
    """Clinic details printed at the top of every document."""

    name: str
    address: str = ""
    phone: str = ""
    email: str = ""
    logo_png: bytes | None = None


class NumberedCanvas(Canvas):
    """A canvas that defers pages so it can write "Page X of Y" once the total is known."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["invariant"] = 1
        super().__init__(*args, **kwargs)
        self._page_states: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab API
        self._page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._page_states)
        for state in self._page_states:
            self.__dict__.update(state)
            self._draw_page_count(total)
            super().showPage()
        super().save()

    def _draw_page_count(self, total: int) -> None:
        width = self._pagesize[0]
        self.saveState()
        self.setFont(FONT_REGULAR, FOOTER_SIZE)
        self.setFillColor(MUTED)
        self.drawRightString(
            width - MARGIN_X, FOOTER_Y, _("Page {page} of {total}", page=self._pageNumber, total=total)
        )
        self.restoreState()


class ClinicDocTemplate(BaseDocTemplate):
    """A4/Letter document with the clinic header, a running patient label and page numbers."""

    def __init__(
        self,
        output: str | Path | BinaryIO,
        *,
        title: str,
        author: str,
        subject: str = "",
        page_size: PageSize = "A4",
        header: ClinicHeader,
        running_label: str | None = None,
        generated_on: dt.date | None = None,
    ) -> None:
        register_fonts()
        if page_size not in _PAGE_SIZES:
            raise ValueError(f"page_size must be 'A4' or 'Letter', not {page_size!r}")
        self.header = header
        self.running_label = running_label
        self.generated_on = generated_on or dt.date.today()
        self._logo = _logo_reader(header.logo_png)
        super().__init__(
            str(output) if isinstance(output, Path) else output,
            pagesize=_PAGE_SIZES[page_size],
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=LATER_HEADER_HEIGHT,
            bottomMargin=MARGIN_BOTTOM,
            title=title,
            author=author,
            subject=subject,
            creator=f"MesoDesk {__version__}",
            producer=f"MesoDesk {__version__}",
            invariant=1,
            initialFontName=FONT_REGULAR,
        )
        self.addPageTemplates(
            [
                self._template("first", FIRST_HEADER_HEIGHT, "later"),
                self._template("later", LATER_HEADER_HEIGHT, None),
            ]
        )

    def build(self, flowables: list[Flowable], **kwargs: Any) -> None:
        """Lay out the flowables with the numbering canvas."""
        kwargs.setdefault("canvasmaker", NumberedCanvas)
        super().build(flowables, **kwargs)

    def _template(self, template_id: str, header_height: float, next_id: str | None) -> PageTemplate:
        width, height = self.pagesize
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            width - 2 * MARGIN_X,
            height - header_height - MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id=f"{template_id}-body",
        )
        on_page = self._first_page if template_id == "first" else self._later_page
        return PageTemplate(
            template_id, [frame], onPage=on_page, autoNextPageTemplate=next_id, pagesize=self.pagesize
        )

    # --- page decorations ------------------------------------------------------------

    def _first_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        width, height = self.pagesize
        top = height - 10 * mm
        canv.saveState()
        text_right = width - MARGIN_X
        if self._logo is not None:
            text_right -= self._draw_logo(canv, width - MARGIN_X, top) + 6 * mm
        canv.setFillColor(INK)
        canv.setFont(FONT_BOLD, 13)
        canv.drawString(MARGIN_X, top - 12, _fit(self.header.name, FONT_BOLD, 13, text_right - MARGIN_X))
        canv.setFont(FONT_REGULAR, 8)
        canv.setFillColor(MUTED)
        y = top - 24
        for line in _contact_lines(self.header):
            canv.drawString(MARGIN_X, y, _fit(line, FONT_REGULAR, 8, text_right - MARGIN_X))
            y -= 9.5
        self._rule(canv, height - FIRST_HEADER_HEIGHT + 4 * mm, ACCENT, 1.0)
        canv.restoreState()
        self._footer(canv)

    def _later_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        width, height = self.pagesize
        y = height - 10 * mm
        canv.saveState()
        canv.setFont(FONT_BOLD, 8.5)
        canv.setFillColor(INK)
        half = (width - 2 * MARGIN_X) / 2 - 3 * mm
        canv.drawString(MARGIN_X, y, _fit(self.header.name, FONT_BOLD, 8.5, half))
        canv.setFont(FONT_REGULAR, 8.5)
        canv.setFillColor(MUTED)
        canv.drawRightString(width - MARGIN_X, y, _fit(self.title or "", FONT_REGULAR, 8.5, half))
        self._rule(canv, y - 3 * mm, RULE, 0.5)
        canv.restoreState()
        self._footer(canv)

    def _footer(self, canv: Canvas) -> None:
        width = self.pagesize[0]
        canv.saveState()
        self._rule(canv, FOOTER_Y + 4 * mm, RULE, 0.5)
        canv.setFont(FONT_REGULAR, FOOTER_SIZE)
        canv.setFillColor(MUTED)
        usable = width - 2 * MARGIN_X
        if self.running_label:
            canv.drawString(
                MARGIN_X, FOOTER_Y, _fit(self.running_label, FONT_REGULAR, FOOTER_SIZE, usable * 0.5)
            )
        canv.drawCentredString(
            MARGIN_X + usable * 0.68,
            FOOTER_Y,
            _("Generated {date}", date=format_date(self.generated_on, "short")),
        )
        canv.restoreState()

    def _rule(self, canv: Canvas, y: float, color: colors.Color, weight: float) -> None:
        canv.setStrokeColor(color)
        canv.setLineWidth(weight)
        canv.line(MARGIN_X, y, self.pagesize[0] - MARGIN_X, y)

    def _draw_logo(self, canv: Canvas, right: float, top: float) -> float:
        """Draw the logo with its top-right corner at (right, top); return its width."""
        assert self._logo is not None
        img_w, img_h = self._logo.getSize()
        scale = min(LOGO_MAX[0] / img_w, LOGO_MAX[1] / img_h)
        w, h = img_w * scale, img_h * scale
        canv.drawImage(self._logo, right - w, top - h, w, h, mask="auto")
        return w


def _logo_reader(logo_png: bytes | None) -> ImageReader | None:
    if not logo_png:
        return None
    try:
        reader = ImageReader(BytesIO(logo_png))
        reader.getSize()
    except Exception as exc:  # PIL raises several types for bad images
        raise ValueError("The clinic logo is not a readable image.") from exc
    return reader


def _contact_lines(header: ClinicHeader) -> list[str]:
    """At most three lines: the address (folded onto two lines) and phone · email."""
    lines = [part.strip() for part in header.address.splitlines() if part.strip()]
    if len(lines) > 2:
        lines = [lines[0], ", ".join(lines[1:])]
    contact = "  ·  ".join(v for v in (header.phone.strip(), header.email.strip()) if v)
    return lines + [contact] if contact else lines


def _fit(text: str, font: str, size: float, max_width: float) -> str:
    """Shorten text with an ellipsis so it fits in max_width points."""
    if stringWidth(text, font, size) <= max_width:
        return text
    while text and stringWidth(text + "…", font, size) > max_width:
        text = text[:-1]
    return text.rstrip() + "…"


# --- styles and tables -----------------------------------------------------------------


def styles() -> dict[str, ParagraphStyle]:
    """Paragraph styles in MesoSans: title, h1, h2, body, small, table-cell, table-header, alert."""
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=FONT_REGULAR,
        fontSize=9.5,
        leading=13,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=5,
    )
    return {
        "title": ParagraphStyle(
            "title", parent=body, fontName=FONT_BOLD, fontSize=17, leading=21, spaceAfter=8, textColor=INK
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=13,
            leading=16,
            spaceBefore=10,
            spaceAfter=5,
            textColor=ACCENT,
        ),
        "h2": ParagraphStyle(
            "h2", parent=body, fontName=FONT_BOLD, fontSize=10.5, leading=13, spaceBefore=8, spaceAfter=3
        ),
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=7.5, leading=9.5, textColor=MUTED),
        "italic": ParagraphStyle("italic", parent=body, fontName=FONT_OBLIQUE),
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=2),
        "table-cell": ParagraphStyle("table-cell", parent=body, fontSize=8, leading=10, spaceAfter=0),
        "table-header": ParagraphStyle(
            "table-header", parent=body, fontName=FONT_BOLD, fontSize=8, leading=10, spaceAfter=0
        ),
        "alert": ParagraphStyle(
            "alert",
            parent=body,
            fontName=FONT_BOLD,
            textColor=ALERT,
            backColor=ALERT_BG,
            borderColor=ALERT,
            borderWidth=0.8,
            borderPadding=(5, 6, 5, 6),
            borderRadius=2,
            leftIndent=6,
            rightIndent=6,
            spaceBefore=8,
            spaceAfter=10,
        ),
    }


def cell(value: object, style: ParagraphStyle) -> Flowable:
    """A table cell: flowables pass through, anything else becomes an escaped Paragraph."""
    if isinstance(value, Flowable):
        return value
    text = "" if value is None else str(value)
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def data_table(
    header: Sequence[object], rows: Sequence[Sequence[object]], col_widths: Sequence[float] | None
) -> Table:
    """A striped table with a repeated header row and wrapping cells."""
    st = styles()
    data = [[cell(h, st["table-header"]) for h in header]]
    data += [[cell(v, st["table-cell"]) for v in row] for row in rows]
    table = Table(data, colWidths=list(col_widths) if col_widths else None, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
                ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


# --- writing files ---------------------------------------------------------------------


def write_pdf_atomically(build: Callable[[BinaryIO], None], path: Path) -> None:
    """Build a PDF into a temporary file beside `path`, then replace `path` in one step."""
    path = Path(path)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise ReportWriteError(
            exc.errno,
            _("Cannot write the PDF to {target}: {reason}", target=path, reason=exc.strerror or exc),
        ) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            build(fh)
            fh.flush()
            os.fsync(fh.fileno())
        _replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def _replace(tmp: Path, path: Path) -> None:
    try:
        os.replace(tmp, path)
    except OSError as exc:
        raise ReportWriteError(
            exc.errno,
            _("Cannot write the PDF to {target}: {reason}", target=path, reason=exc.strerror or exc),
        ) from exc


def _fsync_dir(directory: Path) -> None:
    """Make the rename durable where the platform allows it."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
