"""Register the embedded DejaVu fonts with ReportLab under the MesoSans names."""

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
