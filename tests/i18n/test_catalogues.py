"""The French, Italian, Spanish and German catalogues are complete and match the code.

Every message of the code is in the template and in each catalogue, translated (no empty or fuzzy
entry), with the same {placeholders} as the English source and every plural form filled.
After adding strings: ``python -m mesodesk.i18n.extract``, then translate (docs/i18n.md).
"""

from __future__ import annotations

import ast
import re
from functools import cache

import pytest
from babel.messages.pofile import read_po

import mesodesk
from mesodesk.i18n.core import DEFAULT_LANGUAGE, LANGUAGES, catalogue_path, locale_dir
from mesodesk.i18n.extract import KEYWORDS, ROOT, SOURCE_FILES, SOURCE_PACKAGES, extract_template

TRANSLATED = [lang for lang in LANGUAGES if lang != DEFAULT_LANGUAGE]
_FIELD = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)(![rsa])?(:[^{}]*)?\}(?!\})")


def placeholders(text: str) -> set[str]:
    return {m.group(1) for m in _FIELD.finditer(text)}


@cache
def template_ids() -> frozenset:
    return frozenset(m.id for m in extract_template() if m.id)


@cache
def catalogue(lang: str):
    with catalogue_path(lang).open("rb") as fh:
        return read_po(fh, locale=lang)


def test_the_template_in_the_repository_is_current():
    with (locale_dir() / "mesodesk.pot").open("rb") as fh:
        shipped = {m.id for m in read_po(fh) if m.id}
    missing = sorted(str(i) for i in template_ids() - shipped)
    assert not missing, f"run `python -m mesodesk.i18n.extract`; new messages: {missing[:10]}"


def test_every_literal_message_in_the_code_is_extracted():
    """Guards against Babel skipping a call it cannot parse (e.g. a nested call in the arguments)."""
    ids = {i if isinstance(i, str) else i[0] for i in template_ids()}
    paths = [p for package in SOURCE_PACKAGES for p in (ROOT / "mesodesk" / package).rglob("*.py")]
    paths += [ROOT / "mesodesk" / name for name in SOURCE_FILES]
    lost = []
    for path in paths:
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            name = None
            if isinstance(node, ast.Call):
                name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
            if name not in KEYWORDS:
                continue
            spec = KEYWORDS[name]
            index = (spec[0] if spec else 1) - 1
            arg = node.args[index] if len(node.args) > index else None
            if (
                isinstance(arg, ast.Constant)
                and isinstance(arg.value, str)
                and arg.value
                and arg.value not in ids
            ):
                lost.append(f"{path.relative_to(ROOT)}:{node.lineno}: {arg.value!r}")
    assert lost == []


@pytest.mark.parametrize("lang", TRANSLATED)
def test_catalogue_is_complete_with_matching_placeholders(lang):
    cat = catalogue(lang)
    problems = []
    for msgid in sorted(template_ids(), key=str):
        message = cat.get(msgid)
        if message is None:
            problems.append(f"missing: {msgid!r}")
            continue
        if message.fuzzy:
            problems.append(f"fuzzy: {msgid!r}")
        sources = msgid if isinstance(msgid, tuple) else (msgid,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if isinstance(msgid, tuple) and len(strings) != cat.num_plurals:
            problems.append(f"{len(strings)} plural forms instead of {cat.num_plurals}: {msgid!r}")
        want = set().union(*(placeholders(s) for s in sources))
        for text in strings:
            if not text or not text.strip():
                problems.append(f"untranslated: {msgid!r}")
            elif not isinstance(msgid, tuple) and placeholders(text) != want:
                problems.append(f"placeholders {sorted(placeholders(text))} != {sorted(want)}: {msgid!r}")
            elif isinstance(msgid, tuple) and placeholders(text) not in (want, want - {"n"}):
                # a plural form may leave the count out ("chaque jour" for 1), nothing else
                problems.append(f"plural placeholders {sorted(placeholders(text))}: {msgid!r}")
            if text and text.count("<b>") != text.count("</b>"):
                problems.append(f"unbalanced markup: {text!r}")
    assert problems == [], f"{lang}: {len(problems)} problems, first: {problems[:8]}"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_catalogue_header_and_plural_forms(lang):
    cat = catalogue(lang)
    assert str(cat.locale) == lang
    assert cat.num_plurals >= 2 and "n" in cat.plural_expr
    from mesodesk.i18n import ngettext

    one = ngettext("{n} session", "{n} sessions", 1, lang=lang)
    many = ngettext("{n} session", "{n} sessions", 5, lang=lang)
    assert one != many and "1" in one and "5" in many


def test_every_translation_differs_from_english_where_it_should():
    """A catalogue that copies English is not a translation: at most a few words (e.g. 'Total') may match."""
    for lang in TRANSLATED:
        cat = catalogue(lang)
        same = [m.id for m in cat if m.id and isinstance(m.id, str) and m.string == m.id]
        share = len(same) / max(1, len(template_ids()))
        assert share < 0.08, f"{lang}: {len(same)} entries left in English, e.g. {same[:10]}"


assert mesodesk  # the package under test
