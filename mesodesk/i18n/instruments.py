"""Translated display texts of the built-in outcome instruments (mesodesk/domain/scales.py), for the
window and the printed documents alike.

The domain keeps its scales as plain English data; this table lists every name, item, anchor, band and
site hint of the built-in registry as a literal, so that the catalogue extraction finds them, and
:func:`translated_registry` gives a copy of a registry in the current language. A clinic's own scales are
shown as the clinic wrote them. Bibliographic references stay as published (a reference that is a
description, such as the satisfaction scale's, is translated).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, overload

from mesodesk.i18n.core import N_, gettext

if TYPE_CHECKING:
    from mesodesk.domain.scales import Measure, Registry, Scale

#: Checked against the domain registry by tests/gui/test_translations.py and tests/reports/test_languages.py.
TEXTS: tuple[str, ...] = (
    N_("GAIS (investigator)"),
    N_("Numeric rating scale 0-10 (patient-reported)."),
    N_("Global aesthetic improvement (investigator)"),
    N_("Very much improved: optimal cosmetic result"),
    N_("Much improved: marked improvement, not completely optimal"),
    N_("Improved: obvious improvement, a touch-up is indicated"),
    N_("No change: the appearance is essentially the same as at baseline"),
    N_("Worse: the appearance is worse than at baseline"),
    N_("GAIS (subject)"),
    N_("Global aesthetic improvement (patient)"),
    N_("Cellulite severity scale (Hexsel CSS)"),
    N_("A. Number of evident depressions"),
    N_("None"),
    N_("A small number: 1-4 depressions"),
    N_("A moderate number: 5-9"),
    N_("A large number: 10 or more"),
    N_("B. Depth of depressions"),
    N_("No depressions"),
    N_("Superficial"),
    N_("Medium depth"),
    N_("Deep"),
    N_("C. Morphological appearance of skin surface alterations"),
    N_("No raised areas"),
    N_("'Orange peel' appearance"),
    N_("'Cottage cheese' appearance"),
    N_("'Mattress' appearance"),
    N_("D. Grade of laxity, flaccidity or sagging skin"),
    N_("Absent"),
    N_("Slight draped appearance"),
    N_("Moderate draped appearance"),
    N_("Severe draped appearance"),
    N_("E. Nürnberger-Müller classification"),
    N_("Grade zero: no alteration to the skin surface"),
    N_("Grade one: smooth standing and lying; alterations on pinching or muscle contraction"),
    N_("Grade two: orange-peel or mattress appearance standing, without manipulation"),
    N_("Grade three: alterations standing and lying"),
    N_("none"),
    N_("mild"),
    N_("moderate"),
    N_("severe"),
    N_("Nürnberger-Müller cellulite grade"),
    N_("Cellulite grade"),
    N_("Wrinkle severity rating scale (WSRS)"),
    N_("Wrinkle severity"),
    N_("Absent: no visible fold, continuous skin line"),
    N_("Mild: shallow but visible fold with a slight indentation"),
    N_("Moderate: moderately deep folds, clear features at normal appearance"),
    N_("Severe: very long and deep folds, prominent facial features"),
    N_("Extreme: extremely deep and long folds, detrimental to facial appearance"),
    N_("Glogau photoageing type"),
    N_("Photoageing type"),
    N_("Type I, no wrinkles: early photoageing, mild pigmentary changes"),
    N_("Type II, wrinkles in motion: early to moderate photoageing"),
    N_("Type III, wrinkles at rest: advanced photoageing, dyschromia"),
    N_("Type IV, only wrinkles: severe photoageing, yellow-grey skin"),
    N_("Ludwig grade (female pattern hair loss)"),
    N_("Hair-loss grade"),
    N_("Grade I: perceptible thinning of the crown, frontal line preserved"),
    N_("Grade II: pronounced rarefaction of the crown"),
    N_("Grade III: full baldness (denudation) of the crown"),
    N_("Norwood-Hamilton stage (male pattern hair loss)"),
    N_("Hair-loss stage"),
    N_("Stage I: no or minimal recession of the hairline"),
    N_("Stage II: triangular frontotemporal recession"),
    N_("Stage III: deep frontotemporal recession (III vertex: with vertex loss)"),
    N_("Stage IV: further recession and vertex loss, a band of hair between"),
    N_("Stage V: the band between the areas narrows"),
    N_("Stage VI: the bridge of hair is gone, areas joined"),
    N_("Stage VII: only a horseshoe band of hair remains"),
    N_("Patient satisfaction (0-10)"),
    N_("How satisfied are you with the result?"),
    N_("Not at all satisfied"),
    N_("Moderately satisfied"),
    N_("Completely satisfied"),
    N_("Weight"),
    N_("Height"),
    N_("Waist circumference"),
    N_("e.g. midway between the lowest rib and the iliac crest"),
    N_("Hip circumference"),
    N_("e.g. widest point over the buttocks"),
    N_("Thigh circumference, left"),
    N_("e.g. 15 cm above the top of the patella"),
    N_("Thigh circumference, right"),
    N_("Arm circumference, left"),
    N_("e.g. midway shoulder to elbow, arm relaxed"),
    N_("Arm circumference, right"),
    N_("Body mass index"),
)


def instrument_text(text: str, lang: str | None = None) -> str:
    """The translation of one built-in instrument text; anything else (a clinic's own) as it is."""
    return gettext(text, lang=lang) if text else text


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
