"""Translated display texts of the built-in outcome instruments (mesodesk/domain/scales.py).

The domain keeps its scales as plain English data (no Qt there); this table lists every name, item,
anchor, band and site hint of the built-in registry as a literal, so that lupdate finds them, and
:func:`translated_registry` gives the GUI a copy of a registry in the user's language. A clinic's own
scales are shown as the clinic wrote them. Bibliographic references stay as published (a reference that
is a description, such as the satisfaction scale's, is translated).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, overload

from PySide6.QtCore import QCoreApplication

from mesodesk.gui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from mesodesk.domain.scales import Measure, Registry, Scale

_CTX = "instruments"

#: Checked against the domain registry by tests/gui/test_translations.py.
TEXTS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("instruments", "GAIS (investigator)"),
    QT_TRANSLATE_NOOP("instruments", "Numeric rating scale 0-10 (patient-reported)."),
    QT_TRANSLATE_NOOP("instruments", "Global aesthetic improvement (investigator)"),
    QT_TRANSLATE_NOOP("instruments", "Very much improved: optimal cosmetic result"),
    QT_TRANSLATE_NOOP("instruments", "Much improved: marked improvement, not completely optimal"),
    QT_TRANSLATE_NOOP("instruments", "Improved: obvious improvement, a touch-up is indicated"),
    QT_TRANSLATE_NOOP("instruments", "No change: the appearance is essentially the same as at baseline"),
    QT_TRANSLATE_NOOP("instruments", "Worse: the appearance is worse than at baseline"),
    QT_TRANSLATE_NOOP("instruments", "GAIS (subject)"),
    QT_TRANSLATE_NOOP("instruments", "Global aesthetic improvement (patient)"),
    QT_TRANSLATE_NOOP("instruments", "Cellulite severity scale (Hexsel CSS)"),
    QT_TRANSLATE_NOOP("instruments", "A. Number of evident depressions"),
    QT_TRANSLATE_NOOP("instruments", "None"),
    QT_TRANSLATE_NOOP("instruments", "A small number: 1-4 depressions"),
    QT_TRANSLATE_NOOP("instruments", "A moderate number: 5-9"),
    QT_TRANSLATE_NOOP("instruments", "A large number: 10 or more"),
    QT_TRANSLATE_NOOP("instruments", "B. Depth of depressions"),
    QT_TRANSLATE_NOOP("instruments", "No depressions"),
    QT_TRANSLATE_NOOP("instruments", "Superficial"),
    QT_TRANSLATE_NOOP("instruments", "Medium depth"),
    QT_TRANSLATE_NOOP("instruments", "Deep"),
    QT_TRANSLATE_NOOP("instruments", "C. Morphological appearance of skin surface alterations"),
    QT_TRANSLATE_NOOP("instruments", "No raised areas"),
    QT_TRANSLATE_NOOP("instruments", "'Orange peel' appearance"),
    QT_TRANSLATE_NOOP("instruments", "'Cottage cheese' appearance"),
    QT_TRANSLATE_NOOP("instruments", "'Mattress' appearance"),
    QT_TRANSLATE_NOOP("instruments", "D. Grade of laxity, flaccidity or sagging skin"),
    QT_TRANSLATE_NOOP("instruments", "Absent"),
    QT_TRANSLATE_NOOP("instruments", "Slight draped appearance"),
    QT_TRANSLATE_NOOP("instruments", "Moderate draped appearance"),
    QT_TRANSLATE_NOOP("instruments", "Severe draped appearance"),
    QT_TRANSLATE_NOOP("instruments", "E. Nürnberger-Müller classification"),
    QT_TRANSLATE_NOOP("instruments", "Grade zero: no alteration to the skin surface"),
    QT_TRANSLATE_NOOP(
        "instruments", "Grade one: smooth standing and lying; alterations on pinching or muscle contraction"
    ),
    QT_TRANSLATE_NOOP(
        "instruments", "Grade two: orange-peel or mattress appearance standing, without manipulation"
    ),
    QT_TRANSLATE_NOOP("instruments", "Grade three: alterations standing and lying"),
    QT_TRANSLATE_NOOP("instruments", "none"),
    QT_TRANSLATE_NOOP("instruments", "mild"),
    QT_TRANSLATE_NOOP("instruments", "moderate"),
    QT_TRANSLATE_NOOP("instruments", "severe"),
    QT_TRANSLATE_NOOP("instruments", "Nürnberger-Müller cellulite grade"),
    QT_TRANSLATE_NOOP("instruments", "Cellulite grade"),
    QT_TRANSLATE_NOOP("instruments", "Wrinkle severity rating scale (WSRS)"),
    QT_TRANSLATE_NOOP("instruments", "Wrinkle severity"),
    QT_TRANSLATE_NOOP("instruments", "Absent: no visible fold, continuous skin line"),
    QT_TRANSLATE_NOOP("instruments", "Mild: shallow but visible fold with a slight indentation"),
    QT_TRANSLATE_NOOP("instruments", "Moderate: moderately deep folds, clear features at normal appearance"),
    QT_TRANSLATE_NOOP("instruments", "Severe: very long and deep folds, prominent facial features"),
    QT_TRANSLATE_NOOP(
        "instruments", "Extreme: extremely deep and long folds, detrimental to facial appearance"
    ),
    QT_TRANSLATE_NOOP("instruments", "Glogau photoageing type"),
    QT_TRANSLATE_NOOP("instruments", "Photoageing type"),
    QT_TRANSLATE_NOOP("instruments", "Type I, no wrinkles: early photoageing, mild pigmentary changes"),
    QT_TRANSLATE_NOOP("instruments", "Type II, wrinkles in motion: early to moderate photoageing"),
    QT_TRANSLATE_NOOP("instruments", "Type III, wrinkles at rest: advanced photoageing, dyschromia"),
    QT_TRANSLATE_NOOP("instruments", "Type IV, only wrinkles: severe photoageing, yellow-grey skin"),
    QT_TRANSLATE_NOOP("instruments", "Ludwig grade (female pattern hair loss)"),
    QT_TRANSLATE_NOOP("instruments", "Hair-loss grade"),
    QT_TRANSLATE_NOOP("instruments", "Grade I: perceptible thinning of the crown, frontal line preserved"),
    QT_TRANSLATE_NOOP("instruments", "Grade II: pronounced rarefaction of the crown"),
    QT_TRANSLATE_NOOP("instruments", "Grade III: full baldness (denudation) of the crown"),
    QT_TRANSLATE_NOOP("instruments", "Norwood-Hamilton stage (male pattern hair loss)"),
    QT_TRANSLATE_NOOP("instruments", "Hair-loss stage"),
    QT_TRANSLATE_NOOP("instruments", "Stage I: no or minimal recession of the hairline"),
    QT_TRANSLATE_NOOP("instruments", "Stage II: triangular frontotemporal recession"),
    QT_TRANSLATE_NOOP(
        "instruments", "Stage III: deep frontotemporal recession (III vertex: with vertex loss)"
    ),
    QT_TRANSLATE_NOOP("instruments", "Stage IV: further recession and vertex loss, a band of hair between"),
    QT_TRANSLATE_NOOP("instruments", "Stage V: the band between the areas narrows"),
    QT_TRANSLATE_NOOP("instruments", "Stage VI: the bridge of hair is gone, areas joined"),
    QT_TRANSLATE_NOOP("instruments", "Stage VII: only a horseshoe band of hair remains"),
    QT_TRANSLATE_NOOP("instruments", "Patient satisfaction (0-10)"),
    QT_TRANSLATE_NOOP("instruments", "How satisfied are you with the result?"),
    QT_TRANSLATE_NOOP("instruments", "Not at all satisfied"),
    QT_TRANSLATE_NOOP("instruments", "Moderately satisfied"),
    QT_TRANSLATE_NOOP("instruments", "Completely satisfied"),
    QT_TRANSLATE_NOOP("instruments", "Weight"),
    QT_TRANSLATE_NOOP("instruments", "Height"),
    QT_TRANSLATE_NOOP("instruments", "Waist circumference"),
    QT_TRANSLATE_NOOP("instruments", "e.g. midway between the lowest rib and the iliac crest"),
    QT_TRANSLATE_NOOP("instruments", "Hip circumference"),
    QT_TRANSLATE_NOOP("instruments", "e.g. widest point over the buttocks"),
    QT_TRANSLATE_NOOP("instruments", "Thigh circumference, left"),
    QT_TRANSLATE_NOOP("instruments", "e.g. 15 cm above the top of the patella"),
    QT_TRANSLATE_NOOP("instruments", "Thigh circumference, right"),
    QT_TRANSLATE_NOOP("instruments", "Arm circumference, left"),
    QT_TRANSLATE_NOOP("instruments", "e.g. midway shoulder to elbow, arm relaxed"),
    QT_TRANSLATE_NOOP("instruments", "Arm circumference, right"),
    QT_TRANSLATE_NOOP("instruments", "Body mass index"),
)


def instrument_text(text: str) -> str:
    """The translation of one built-in instrument text; anything else (a clinic's own) as it is."""
    return QCoreApplication.translate(_CTX, text) if text else text


@overload
def translated_instrument(instrument: Scale) -> Scale: ...
@overload
def translated_instrument(instrument: Measure) -> Measure: ...
def translated_instrument(instrument: Scale | Measure) -> Scale | Measure:
    """A copy of one scale or measure with its names, items, anchors, bands and site hint translated."""
    from mesodesk.domain.scales import Scale

    t = instrument_text
    if isinstance(instrument, Scale):
        return replace(
            instrument,
            name=t(instrument.name),
            items=tuple(
                replace(i, label=t(i.label), anchors=tuple((n, t(a)) for n, a in i.anchors))
                for i in instrument.items
            ),
            bands=tuple(replace(b, label=t(b.label)) for b in instrument.bands),
            reference=t(instrument.reference),  # a citation has no entry and stays as published
        )
    return replace(instrument, name=t(instrument.name), site_hint=t(instrument.site_hint))


def translated_registry(registry: Registry) -> Registry:
    """A copy of an outcomes registry whose names, items, anchors, bands and site hints are translated."""
    from mesodesk.domain.scales import Registry

    return Registry(
        scales={code: translated_instrument(s) for code, s in registry.scales.items()},
        measures={code: translated_instrument(m) for code, m in registry.measures.items()},
        retired=set(registry.retired),
    )
