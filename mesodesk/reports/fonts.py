"""Register the embedded DejaVu fonts with ReportLab under the MesoSans names, and make them
ReportLab's defaults: a canvas, a graphics Drawing (diagrams, charts) or a style that names no font
would otherwise use Helvetica, one of the 14 standard fonts that are never embedded (pdffonts shows
it "emb no"; a viewer without it substitutes another). Every PDF MesoDesk writes embeds every font."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from mesodesk.paths import font_path

FONT_REGULAR = "MesoSans"
FONT_BOLD = "MesoSans-Bold"
FONT_OBLIQUE = "MesoSans-Oblique"

_FILES = {
    FONT_REGULAR: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_OBLIQUE: "DejaVuSans-Oblique.ttf",
}


def register_fonts() -> None:
    """Register MesoSans (regular, bold, oblique) and its family; safe to call repeatedly."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, filename in _FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(font_path(filename))))
    # No bold-oblique file is shipped: <b><i> falls back to bold.
    pdfmetrics.registerFontFamily(
        FONT_REGULAR, normal=FONT_REGULAR, bold=FONT_BOLD, italic=FONT_OBLIQUE, boldItalic=FONT_BOLD
    )
    _replace_default_fonts()


def _replace_default_fonts() -> None:
    from reportlab import rl_config
    from reportlab.graphics import shapes
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus.tables import CellStyle

    rl_config.canvas_basefontname = FONT_REGULAR
    shapes.STATE_DEFAULTS["fontName"] = FONT_REGULAR  # Drawings: diagrams, charts
    ParagraphStyle.defaults["fontName"] = FONT_REGULAR  # a style that names no font
    ParagraphStyle.defaults["bulletFontName"] = FONT_REGULAR  # list bullets
    CellStyle.fontname = FONT_REGULAR  # a table cell holding a plain string
