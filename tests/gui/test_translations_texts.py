"""The patient texts (consent, aftercare) exist in every language with the English structure: the same
sections in the same order, the same number of points in each (so no risk or instruction is lost)."""

from __future__ import annotations

import re

import pytest

from mesodesk.paths import text_path

LANGS = ("fr", "it", "es", "de")
#: English file of each text (the consent keeps its historical name without a language suffix).
TEXTS = {"aftercare": "aftercare_en", "consent_mesotherapy_v1": "consent_mesotherapy_v1"}
#: Words that must appear in a translation: the clinically decisive ones (emergency number, the
#: serious reaction, the depth range of the procedure).
MUST_SAY = {
    "aftercare": {
        "fr": ["112", "allergique grave"],
        "it": ["112", "allergica grave"],
        "es": ["112", "alérgica grave"],
        "de": ["112", "allergische Reaktion"],
    },
    "consent_mesotherapy_v1": {
        "fr": ["1 à 4 mm", "anaphylaxie"],
        "it": ["1-4 mm", "anafilassi"],
        "es": ["1 a 4 mm", "anafilaxia"],
        "de": ["1 bis 4 mm", "Anaphylaxie"],
    },
}


def structure(text: str) -> list[tuple[str, int]]:
    """[(heading level marker, number of bullet points until the next heading)]."""
    shape: list[tuple[str, int]] = []
    for line in text.splitlines():
        heading = re.match(r"^(#+) ", line)
        if heading:
            shape.append((heading.group(1), 0))
        elif line.startswith("- ") and shape:
            level, count = shape[-1]
            shape[-1] = (level, count + 1)
    return shape


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", sorted(TEXTS))
def test_text_translated_with_the_english_structure(name: str, lang: str) -> None:
    english = text_path(TEXTS[name]).read_text(encoding="utf-8")
    translated = text_path(f"{name}_{lang}").read_text(encoding="utf-8")
    assert structure(translated) == structure(english)
    paragraphs = lambda text: len([p for p in text.split("\n\n") if p.strip()])  # noqa: E731
    assert paragraphs(translated) == paragraphs(english)
    for phrase in MUST_SAY[name][lang]:
        assert phrase in translated
    english_words = {"the", "and", "your", "with", "after", "session", "treatment"}
    words = set(re.findall(r"[a-z]+", translated.lower()))
    assert not words & english_words, f"English left in {name}_{lang}: {words & english_words}"
