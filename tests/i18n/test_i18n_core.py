"""mesodesk.i18n: catalogues read at run time, the current language, plurals, typed errors, formats."""

from __future__ import annotations

import logging
from datetime import date, datetime
from decimal import Decimal

import pytest

from mesodesk import i18n
from mesodesk.domain.errors import KnownError, NotFoundError, ValidationError
from mesodesk.i18n import core

PO = r"""
msgid ""
msgstr ""
"Language: fr\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\n"
"Content-Type: text/plain; charset=utf-8\n"

msgid "must be at least {minimum}"
msgstr "doit valoir au moins {minimum}"

msgid "No patient with id {id}."
msgstr "Aucun patient avec l’identifiant {id}."

msgid "{n} session"
msgid_plural "{n} sessions"
msgstr[0] "{n} séance"
msgstr[1] "{n} séances"

msgid "Broken {name}"
msgstr "Cassé {nom}"
"""


@pytest.fixture
def french(tmp_path, monkeypatch):
    folder = tmp_path / "fr" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "mesodesk.po").write_text(PO, encoding="utf-8")
    monkeypatch.setattr(core, "_LOCALE_DIR", tmp_path)
    monkeypatch.setattr(core, "_process_language", "en")
    core.reload_catalogues()
    yield
    core.reload_catalogues()


def test_english_is_the_source_text_with_parameters_filled(french):
    assert i18n.gettext("must be at least {minimum}", minimum=3) == "must be at least 3"
    assert i18n.gettext("An untranslated text", lang="fr") == "An untranslated text"


def test_a_language_per_call_per_block_and_per_process(french):
    assert i18n.gettext("must be at least {minimum}", lang="fr", minimum=3) == "doit valoir au moins 3"
    with i18n.use_language("fr_FR.UTF-8") as chosen:
        assert chosen == "fr"
        assert i18n._("must be at least {minimum}", minimum=2) == "doit valoir au moins 2"
        with i18n.use_language(None):  # None keeps the current language
            assert i18n.current_language() == "fr"
        with i18n.use_language("en"):
            assert i18n._("must be at least {minimum}", minimum=2) == "must be at least 2"
    assert i18n.current_language() == "en"
    assert i18n.set_language("FR") == "fr"
    assert i18n._("No patient with id {id}.", id=7) == "Aucun patient avec l’identifiant 7."
    assert i18n.set_language("klingon") == "en"


def test_plural_forms_follow_the_catalogue(french):
    assert i18n.ngettext("{n} session", "{n} sessions", 1, lang="fr") == "1 séance"
    assert i18n.ngettext("{n} session", "{n} sessions", 0, lang="fr") == "0 séance"  # French: 0 is singular
    assert i18n.ngettext("{n} session", "{n} sessions", 3, lang="fr") == "3 séances"
    assert i18n.ngettext("{n} session", "{n} sessions", 0) == "0 sessions"
    assert i18n.ngettext("{n} session", "{n} sessions", 1200, lang="fr") == "1\u202f200 séances"


def test_a_translation_with_a_wrong_placeholder_falls_back_to_its_text_and_logs(french, caplog):
    with caplog.at_level(logging.ERROR, logger="mesodesk.i18n"):
        assert i18n.gettext("Broken {name}", lang="fr", name="x") == "Cassé {nom}"
    assert "does not match its parameters" in caplog.text


def test_typed_errors_carry_an_id_and_parameters_and_render_where_shown(french):
    exc = ValidationError("depth_mm", "must be at least {minimum}", minimum=1)
    assert (
        exc.field == "depth_mm" and exc.msgid == "must be at least {minimum}" and exc.params == {"minimum": 1}
    )
    assert str(exc) == "depth_mm: must be at least 1"
    assert exc.render("fr") == "doit valoir au moins 1"
    with i18n.use_language("fr"):
        assert exc.message == "doit valoir au moins 1"  # rendered when shown, not when raised
        assert str(NotFoundError("No patient with id {id}.", id=4)) == "Aucun patient avec l’identifiant 4."
    plain = KnownError("Something plain.")
    assert str(plain) == plain.message == "Something plain." and plain.params == {}


def test_resolve_language_setting_then_environment_then_system(monkeypatch):
    monkeypatch.setenv("MESODESK_LANG", "de")
    assert i18n.resolve_language("it") == "it"
    assert i18n.resolve_language(None) == "de"
    monkeypatch.setenv("MESODESK_LANG", "")
    monkeypatch.setattr(core._locale, "getlocale", lambda *_a: ("es_ES", "UTF-8"))
    assert i18n.resolve_language("") == "es"
    monkeypatch.setattr(core._locale, "getlocale", lambda *_a: (None, None))
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    assert i18n.resolve_language(None) == "en"


def test_dates_and_numbers_per_locale():
    d = date(2026, 12, 1)
    assert i18n.format_date(d, lang="fr") == "1 déc. 2026"
    assert i18n.format_date(d, lang="de") == "01.12.2026"
    assert i18n.format_date(d, "short", lang="fr") == "01/12/2026"
    assert i18n.format_date(d, "short", lang="it") == "01/12/2026"
    assert i18n.format_date(d, "short", lang="de") == "01.12.2026"
    assert i18n.format_date(d, "short", lang="en") == "2026-12-01"  # English documents keep ISO
    assert i18n.format_date(None) == "—"
    assert i18n.format_decimal(2.5, lang="fr") == "2,5"
    assert i18n.format_decimal(2.5, lang="de") == "2,5"
    assert i18n.format_decimal(2.5, lang="en") == "2.5"
    assert i18n.format_decimal(1234.5, lang="de") == "1.234,5"
    # grouping from a magnitude of 1000 on, either sign; Decimal and int as well as float
    assert i18n.format_decimal(-999.5, lang="de") == "-999,5"
    assert i18n.format_decimal(-1234.5, lang="de") == "-1.234,5"
    assert i18n.format_decimal(1000, lang="de") == "1.000"
    assert i18n.format_decimal(-1000, lang="de") == "-1.000"
    assert i18n.format_decimal(Decimal("2.50"), lang="fr") == "2,5"
    assert i18n.format_decimal(Decimal("-1234.50"), trim=False, lang="en") == "-1,234.50"
    assert i18n.format_datetime(datetime(2026, 12, 1, 14, 5), "short", lang="de") == "01.12.2026 14:05"


def test_patient_texts_by_language_fall_back_to_english_with_a_notice(tmp_path, monkeypatch, caplog):
    from mesodesk.i18n import texts

    (tmp_path / "aftercare_en.md").write_text("# Aftercare", encoding="utf-8")
    (tmp_path / "aftercare_fr.md").write_text("# Soins après la séance", encoding="utf-8")
    (tmp_path / "consent_x_v1.md").write_text("# Consent", encoding="utf-8")
    monkeypatch.setattr(texts, "_texts_dir", lambda: tmp_path)
    assert texts.localized_text("aftercare", "fr") == ("# Soins après la séance", "fr")
    with i18n.use_language("fr"):
        assert texts.localized_text("aftercare")[1] == "fr"  # the current language by default
    with caplog.at_level(logging.INFO, logger="mesodesk.i18n"):
        assert texts.localized_text("aftercare", "de") == ("# Aftercare", "en")
        assert texts.localized_text("consent_x_v1", "it") == ("# Consent", "en")  # the unsuffixed file
    assert "has no de version" in caplog.text and "has no it version" in caplog.text
    with pytest.raises(FileNotFoundError):
        texts.localized_text("no_such_text", "fr")


def test_the_shipped_aftercare_text_exists_in_english():
    from mesodesk.i18n.texts import localized_text

    text, found = localized_text("aftercare", "en")
    assert found == "en" and text.startswith("#")
