"""Translations for everything below the GUI: service messages, reports, exports (no Qt here).

How to use it (every engineer adding a user-visible string outside gui/):

* Text shown now::

      from mesodesk.i18n import _, ngettext
      Paragraph(esc(_("Treated areas")), st["h2"])
      _("Session {number} of {total}", number=3, total=6)          # named {placeholders}
      ngettext("{n} session", "{n} sessions", count)                 # n is passed for you

* Service errors carry a message id and parameters, rendered in the current language when shown::

      raise ValidationError("depth_mm", "must be between {low} and {high} mm", low=0.5, high=4)
      raise KnownError("The backup {name} cannot be read", name=path.name)

  Write the message id as a literal (never an f-string): ``pybabel extract`` collects it.

* Text defined at import time (module constants, tables of labels) is marked with ``N_()`` and
  translated where it is used: ``TITLE = N_("Aftercare")`` ... ``_(TITLE)``.

* The language: ``set_language("fr")`` once at start (the GUI does it from the user's setting, else
  ``MESODESK_LANG``, else the system locale, see :func:`resolve_language`); a document for one patient
  is built inside ``with use_language(patient.preferred_language): ...``; or pass ``lang=`` per call.

* Dates and numbers in documents: :func:`format_date`, :func:`format_datetime`, :func:`format_decimal`
  (Babel's CLDR data, e.g. "1 déc. 2026", "2,5").

Catalogues are resources/locale/<lang>/LC_MESSAGES/mesodesk.po (read with Babel at first use, cached).
``python -m mesodesk.i18n.extract`` re-extracts the template and updates every catalogue;
see docs/i18n.md.
"""

from __future__ import annotations

from mesodesk.i18n.core import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    N_,
    _,
    current_language,
    gettext,
    language_name,
    normalize_language,
    resolve_language,
    set_language,
    use_language,
)
from mesodesk.i18n.formatting import format_date, format_datetime, format_decimal, format_number, format_time
from mesodesk.i18n.plurals import ngettext

__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "N_",
    "_",
    "current_language",
    "format_date",
    "format_datetime",
    "format_decimal",
    "format_number",
    "format_time",
    "gettext",
    "language_name",
    "ngettext",
    "normalize_language",
    "resolve_language",
    "set_language",
    "use_language",
]
