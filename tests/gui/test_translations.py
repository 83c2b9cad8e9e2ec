"""French, Italian, Spanish and German for the GUI: the Qt Linguist files are complete and right, they
are compiled and loaded at start, and the main window and the editors built in each language show no
English string."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from mesodesk.gui import i18n
from mesodesk.paths import resources_dir

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")

LANGS = ("fr", "it", "es", "de")
TS_DIR = resources_dir() / "translations"
#: Qt's plural rules: French singular for 0 and 1, the others for 1 only; two forms each.
NUMERUS_FORMS = {"fr": 2, "it": 2, "es": 2, "de": 2}
PLACEHOLDER = re.compile(r"%L?n|%L?\d|\{[a-z_]+\}")
FILE_PATTERN = re.compile(r"\(\*\.[^)]*\)")
#: Tokens every language writes the same: units, symbols, names, formats.
NEUTRAL_TOKENS = {
    "mm",
    "ml",
    "G",
    "h",
    "MB",
    "MesoDesk",
    "Fitzpatrick",
    "A4",
    "OK",
    "Windows-1252",
    "Excel",
    "CSV",
    "kg",
    "m²",
    "Nappage",  # the French technique name is used as is in every language
}
#: Words a language genuinely writes like English, and why; anything else equal to its source is a
#: forgotten translation.
IDENTICAL: dict[str, dict[str, str]] = {
    "fr": {
        "Abdomen": "same anatomical term",
        "Action": "same word (audit column)",
        "Anticoagulants": "same medical term",
        "Catalogue": "same word",
        "Concentration": "same word",
        "Date": "same word",
        "Décolleté": "French word",
        "E-mail": "usual French spelling",
        "Format": "same word",
        "Grade": "same clinical term (grading)",
        "Images": "same word",
        "Indication": "same clinical term",
        "indications": "same clinical term",
        "Infection": "same word",
        "Lot": "same word (lot number)",
        "minutes": "same word",
        "Note": "same word",
        "Notes": "same word",
        "notes": "same word",
        "Papules": "same technique name",
        "Patient": "same word",
        "Photos": "same word",
        "photo": "same word",
        "photos": "same word",
        "Plan": "same word",
        "Point": "same word",
        "point": "same word",
        "points": "same word",
        "Points": "same word",
        "Signature": "same word",
        "Standard": "same word",
        "Technique": "same word",
        "Type": "same word",
        "Version": "same word",
        "version": "same word",
        "Volume": "same word",
        "Zone": "same word",
        "zone": "same word",
        "zones": "same word",
        "Score": "same word (scale score)",
        "Absent": "same word",
        "Item": "the psychometric term (items of a scale)",
        "item": "the psychometric term (items of a scale)",
        "Min": "usual abbreviation",
        "Max": "usual abbreviation",
    },
    "it": {
        "Décolleté": "used in Italian",
        "E-mail": "used in Italian",
        "File": "usual Italian IT term",
        "Formula": "same word",
        "formula": "same word",
        "Logo": "same word",
        "Nausea": "same word",
        "Passphrase": "usual Italian IT term",
        "Password": "usual Italian IT term",
        "Report": "usual Italian term for a printed report",
        "Standard": "same word",
        "Volume": "same word",
        "Database": "usual Italian IT term",
        "Note": "Italian plural of nota",
        "Zone": "Italian plural of zona",
        "Item": "the psychometric term (items of a scale)",
        "item": "the psychometric term (items of a scale)",
        "Min": "usual abbreviation",
        "Max": "usual abbreviation",
        "Responder": "the clinical term used in Italian (glossary)",
    },
    "es": {
        "Abdomen": "same anatomical term",
        "Perioral": "same anatomical term",
        "Plan": "same word",
        "manual": "same word (a manual backup)",
        "Total": "same word",
    },
    "de": {
        "Problem": "same word (import problems)",
        "Administrator": "same word",
        "Details": "same word",
        "Format": "same word",
        "Linear": "same word",
        "Logo": "same word",
        "Name": "same word",
        "Passphrase": "usual German IT term",
        "Patient": "same word",
        "Perioral": "same anatomical term",
        "Periorbital": "same anatomical term",
        "Plan": "same word",
        "Standard": "same word",
        "Status": "same word",
        "Symptom": "same word",
        "Version": "same word",
        "Zone": "same word",
        "optional": "same word",
        "BMI": "the German abbreviation",
        "Item": "the psychometric term (items of a scale)",
        "Min": "usual abbreviation",
        "Max": "usual abbreviation",
        "Code": "same word",
        "Responder": "the clinical term (glossary)",
    },
}
#: English words that are not words of the other four languages: shown text containing one is English.
ENGLISH_ONLY = {
    "the",
    "and",
    "with",
    "of",
    "to",
    "is",
    "are",
    "this",
    "for",
    "from",
    "new",
    "save",
    "open",
    "edit",
    "search",
    "today",
    "week",
    "none",
    "yes",
    "sessions",
    "session",
    "reactions",
    "reaction",
    "record",
    "follow-ups",
    "follow-up",
    "consent",
    "settings",
    "help",
    "file",
    "quit",
    "find",
    "overview",
    "history",
    "medical",
    "born",
    "years",
    "year",
    "name",
    "sign",
    "print",
    "add",
    "remove",
    "delete",
    "close",
    "cancel",
    "back",
    "next",
    "areas",
    "area",
    "depth",
}
ENGLISH_ONLY_EXCEPT = {"it": {"file"}, "de": {"name", "file"}}


def _domain_instrument_texts() -> set[str]:
    """The bibliographic references of the built-in outcome scales: cited as published, in English."""
    from mesodesk.domain import scales

    return {s.reference for s in scales.BUILTIN_SCALES}


DOMAIN_TEXTS = _domain_instrument_texts()


def strip_marks(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def messages(lang: str) -> Iterator[tuple[str, ET.Element]]:
    root = ET.parse(TS_DIR / f"mesodesk_{lang}.ts").getroot()
    assert root.get("language") == lang, "the .ts names its language (plural rules depend on it)"
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def english_sources() -> set[str]:
    return {strip_marks(m.findtext("source") or "") for _ctx, m in messages("fr")}


def is_neutral(text: str) -> bool:
    rest = FILE_PATTERN.sub(" ", PLACEHOLDER.sub(" ", strip_marks(text)))
    words = re.findall(r"[^\W\d_][\w'-]*", rest)
    return all(word in NEUTRAL_TOKENS for word in words)


def identical_is_allowed(lang: str, text: str) -> bool:
    if is_neutral(text):
        return True
    rest = FILE_PATTERN.sub(" ", PLACEHOLDER.sub(" ", strip_marks(text)))
    words = re.findall(r"[^\W\d_][\w'-]*", rest)
    return all(word in NEUTRAL_TOKENS or word in IDENTICAL[lang] for word in words)


# -- the files ----------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
def test_every_entry_is_translated_with_its_placeholders(lang: str) -> None:
    problems: list[str] = []
    count = 0
    for ctx, message in messages(lang):
        count += 1
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        where = f"{ctx}: {source!r}"
        if not ctx or "." in ctx:
            problems.append(f"{where}: lupdate could not tell the class (tr() context {ctx!r})")
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where} is {translation.get('type')}")
            continue
        wanted = sorted(PLACEHOLDER.findall(source))
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if len(forms) != NUMERUS_FORMS[lang]:
                problems.append(f"{where}: {len(forms)} plural forms, {lang} has {NUMERUS_FORMS[lang]}")
            if not all(f.strip() for f in forms):
                problems.append(f"{where}: an empty plural form")
            if not any(sorted(PLACEHOLDER.findall(f)) == wanted for f in forms):
                problems.append(f"{where}: no plural form carries {wanted}")
            for form in forms:
                if not set(PLACEHOLDER.findall(form)) <= set(wanted):
                    problems.append(f"{where}: {form!r} has a placeholder the source lacks")
            continue
        text = translation.text or ""
        if not text.strip():
            problems.append(f"{where} is empty")
            continue
        if sorted(PLACEHOLDER.findall(text)) != sorted(wanted):
            problems.append(f"{where}: placeholders {PLACEHOLDER.findall(text)} != {wanted}")
        if text[:1].isspace() != source[:1].isspace() or text[-1:].isspace() != source[-1:].isspace():
            problems.append(f"{where}: leading/trailing space differs ({text!r})")
        if source.replace("&&", "").count("&") != text.replace("&&", "").count("&"):
            problems.append(f"{where}: the keyboard accelerator (&) is missing or doubled in {text!r}")
        if source.count("\n") != text.count("\n"):
            problems.append(f"{where}: line breaks differ")
        if text == source and not identical_is_allowed(lang, text):
            problems.append(f"{where} is left in English")
    assert count > 900, "the .ts files hold the whole GUI"
    assert not problems, "\n".join(problems)


def test_english_file_holds_the_plural_forms_only() -> None:
    numerus = [m for _ctx, m in messages("en")]
    assert numerus and all(m.get("numerus") == "yes" for m in numerus)
    sources = {m.findtext("source") for _ctx, m in messages("fr") if m.get("numerus") == "yes"}
    assert {m.findtext("source") for m in numerus} == sources, "every numerus message has its English forms"
    for message in numerus:
        forms = [f.text or "" for f in message.iter("numerusform")]
        assert len(forms) == 2 and all(forms) and "(s)" not in "".join(forms)
    assert QCoreApplication.translate("ChartContent", "%n year(s)", None, 1) == "1 year"
    assert QCoreApplication.translate("ChartContent", "%n year(s)", None, 0) == "0 years"


def test_the_files_cover_every_string_in_the_code(tmp_path: Path) -> None:
    """lupdate over mesodesk/gui finds nothing the .ts files lack (run packaging/update_translations.sh)."""
    lupdate = shutil.which("pyside6-lupdate") or str(Path(sys.executable).with_name("pyside6-lupdate"))
    if not Path(lupdate).exists():
        pytest.skip("pyside6-lupdate is not installed")
    copy = tmp_path / "mesodesk_fr.ts"
    shutil.copy(TS_DIR / "mesodesk_fr.ts", copy)
    root = Path(i18n.__file__).resolve().parent
    files = sorted(str(p) for p in root.rglob("*.py"))
    subprocess.run(
        [
            lupdate,
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            "fr",
            *files,
            "-ts",
            str(copy),
        ],
        check=True,
        timeout=120,
    )
    # Compared by (context, source), not by lupdate's "unfinished" mark: some lupdate releases
    # (PySide6 6.11) mark every French plural unfinished, though the file holds both forms.
    known = {(ctx, m.findtext("source")) for ctx, m in _messages_of(TS_DIR / "mesodesk_fr.ts")}
    missing = [
        f"{ctx}: {m.findtext('source')!r}"
        for ctx, m in _messages_of(copy)
        if (ctx, m.findtext("source")) not in known
    ]
    assert not missing, "strings not in the .ts files yet:\n" + "\n".join(missing)


def test_every_builtin_instrument_text_is_in_the_gui_table() -> None:
    """i18n/instruments.TEXTS lists every name, item, anchor, band and site hint of the domain registry."""
    from mesodesk.domain import scales
    from mesodesk.i18n.instruments import TEXTS, translated_registry

    shown: set[str] = set()
    for scale in scales.BUILTIN_SCALES:
        shown |= {scale.name, *(b.label for b in scale.bands)}
        for item in scale.items:
            shown |= {item.label, *(a for _n, a in item.anchors)}
    for measure in (*scales.BUILTIN_MEASURES, scales.BMI):
        shown |= {measure.name, measure.site_hint}
    shown.discard("")
    assert shown <= set(TEXTS), f"add to i18n/instruments.py: {sorted(shown - set(TEXTS))}"
    registry = translated_registry(scales.Registry())
    assert registry.scales.keys() == scales.Registry().scales.keys()


def _messages_of(path: Path) -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message


def test_glossary_terms_are_used() -> None:
    """The glossary's key clinical terms are the ones the GUI uses (so h17b's PDFs agree with it)."""
    glossary = (TS_DIR / "GLOSSARY.md").read_text(encoding="utf-8")
    expected = {"fr": "séance", "it": "seduta", "es": "sesión", "de": "Sitzung"}
    for lang, word in expected.items():
        assert word in glossary
        texts = " ".join((m.findtext("translation") or "") for _c, m in messages(lang))
        assert texts.count(word) > 20, f"{lang} uses '{word}' for session"


# -- loading ------------------------------------------------------------------
def test_language_comes_from_preference_then_environment_then_system() -> None:
    german = QLocale(QLocale.Language.German, QLocale.Country.Austria)
    assert i18n.resolve_language("it", {"MESODESK_LANG": "fr"}, german) == "it"
    assert i18n.resolve_language("", {"MESODESK_LANG": "fr_CH.UTF-8"}, german) == "fr"
    assert i18n.resolve_language("", {}, german) == "de"
    assert i18n.resolve_language("", {"MESODESK_LANG": "klingon"}, german) == "de"
    assert i18n.resolve_language("xx", {}, QLocale(QLocale.Language.Japanese)) == "en"
    assert i18n.locale_for("de", german).name() == "de_AT", "a Viennese clinic keeps its own formats"
    assert i18n.locale_for("es", german).language() == QLocale.Language.Spanish


def test_ts_compiled_once_into_the_cache(tmp_path: Path) -> None:
    folder = tmp_path / "translations"
    folder.mkdir()
    shutil.copy(TS_DIR / "mesodesk_fr.ts", folder)
    cache = tmp_path / "cache"
    first = i18n.compiled_translation("fr", folder, cache)
    assert first is not None and first.parent == cache
    translator = QTranslator()
    assert translator.load(str(first))
    assert translator.translate("MainWindowActions", "&File") == "&Fichier"
    assert translator.translate("FollowUpTableModel", "%n call(s)", None, 3) == "%n appels"
    assert translator.translate("FollowUpTableModel", "%n call(s)", None, 0) == "%n appel", "French: 0 appel"
    stamp = first.stat().st_mtime_ns
    assert i18n.compiled_translation("fr", folder, cache) == first
    assert first.stat().st_mtime_ns == stamp, "an unchanged .ts is not compiled again"
    # an edited .ts gets a new compiled file, the old one is removed
    ts = folder / "mesodesk_fr.ts"
    ts.write_text(ts.read_text(encoding="utf-8").replace("&amp;Fichier", "&amp;Fichier!"), encoding="utf-8")
    second = i18n.compiled_translation("fr", folder, cache)
    assert second is not None and second != first and not first.exists()
    # a shipped .qm at least as new as the .ts is used as it is
    shipped = folder / "mesodesk_fr.qm"
    shutil.copy(second, shipped)
    assert i18n.compiled_translation("fr", folder, cache) == shipped
    assert i18n.compiled_translation("pt", folder, cache) is None


def test_no_lrelease_means_english_not_a_crash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "translations"
    folder.mkdir()
    shutil.copy(TS_DIR / "mesodesk_it.ts", folder)
    monkeypatch.setattr(i18n, "lrelease_command", lambda: None)
    assert i18n.compiled_translation("it", folder, tmp_path / "cache") is None


def test_install_translators_loads_qt_and_ours(qapp: QApplication) -> None:
    previous = QLocale()
    translators = i18n.install_translators(qapp, "es")
    try:
        assert len(translators) == 2, "qtbase_es and mesodesk_es"
        assert QCoreApplication.translate("MainWindowActions", "&Quit") == "&Salir"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar", "Qt's own buttons"
        assert QLocale().language() == QLocale.Language.Spanish
    finally:
        i18n.remove_translators(qapp, translators)
        QLocale.setDefault(previous)
    assert QCoreApplication.translate("MainWindowActions", "&Quit") == "&Quit"


def test_make_application_uses_the_saved_preference(
    qapp, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from mesodesk.gui import application, settings

    path = tmp_path / "gui.ini"
    saved = settings.GuiSettings(path)
    saved.preferences.language = "de"
    saved.save()
    real = settings.GuiSettings
    monkeypatch.setattr(settings, "GuiSettings", lambda *_args: real(path))
    previous = QLocale()
    monkeypatch.setenv("MESODESK_LANG", "fr")
    _app, translators = application.make_application()
    try:
        assert QCoreApplication.translate("MainWindowActions", "&Help") == "&Hilfe", (
            "the preference beats the variable"
        )
    finally:
        i18n.remove_translators(qapp, translators)
        QLocale.setDefault(previous)
    assert QCoreApplication.translate("MainWindowActions", "&Help") == "&Help"


# -- what the user sees ---------------------------------------------------------
@pytest.fixture
def language(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """language(lang): that language's translators installed until the test ends."""
    installed: list[QTranslator] = []
    previous = QLocale()

    def use(lang: str) -> None:
        i18n.remove_translators(qapp, installed)
        installed.extend(i18n.install_translators(qapp, lang))
        assert len(installed) == 2

    yield use
    i18n.remove_translators(qapp, installed)
    QLocale.setDefault(previous)


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a user can see or hear in ``root`` and its children."""
    found: list[tuple[str, str]] = []

    def add(where: str, text: str | None) -> None:
        if text and text.strip():
            found.append((where, text))

    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        name = f"{type(w).__name__}({w.objectName()})"
        add(name + ".windowTitle", w.windowTitle() if w.isWindow() else "")
        add(name + ".toolTip", w.toolTip())
        add(name + ".statusTip", w.statusTip())
        add(name + ".accessibleName", w.accessibleName())
        add(name + ".accessibleDescription", w.accessibleDescription())
        add(name + ".whatsThis", w.whatsThis())
        if isinstance(w, QLabel | QAbstractButton):
            add(name + ".text", w.text())
        if isinstance(w, QLineEdit):
            add(name + ".placeholder", w.placeholderText())
        if isinstance(w, QTextEdit | QPlainTextEdit):
            add(name + ".placeholder", w.placeholderText())
        if isinstance(w, QGroupBox):
            add(name + ".title", w.title())
        if isinstance(w, QMenu):
            add(name + ".title", w.title())
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(f"{name}.tab[{i}]", w.tabText(i))
                add(f"{name}.tabToolTip[{i}]", w.tabToolTip(i))
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                add(f"{name}.item[{i}]", w.itemText(i))
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model has no columns to name
                columns = 0
            for col in range(columns):
                add(f"{name}.header[{col}]", str(model.headerData(col, Qt_Horizontal()) or ""))
        for action in w.actions():
            add(name + ".action", action.text())
            add(
                name + ".actionTip",
                action.toolTip() if action.toolTip() != strip_marks(action.text()) else "",
            )
    return found


def Qt_Horizontal():  # type: ignore[no-untyped-def]  # noqa: N802
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def english_left(lang: str, root: QWidget) -> list[str]:
    sources = english_sources()
    allowed_words = ENGLISH_ONLY - ENGLISH_ONLY_EXCEPT.get(lang, set())
    left = []
    for where, text in shown_texts(root):
        if text in DOMAIN_TEXTS:
            continue
        plain = strip_marks(text).strip()
        if plain in sources and not identical_is_allowed(lang, plain):
            left.append(f"{where}: {text!r} (an English source string)")
            continue
        words = {w.lower() for w in re.findall(r"[^\W\d_][\w'-]*", plain)}
        english = words & allowed_words
        if english:
            left.append(f"{where}: {text!r} (English words {sorted(english)})")
    return left


def open_chart(window, clinic) -> None:  # type: ignore[no-untyped-def]
    patient = clinic.patient(phone="+33 1 23 45 67 89")
    clinic.as_practitioner.sessions.record(clinic.session_input(patient.id))
    window.open_patient(patient.id)
    for i in range(window.chart.tabs.count()):  # every tab built
        window.chart.tabs.setCurrentIndex(i)
    window.chart.tabs.setCurrentIndex(0)


@pytest.mark.parametrize("lang", LANGS)
def test_main_window_shows_no_english(
    lang: str, language, make_window, sqlite_clinic, qtbot, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    language(lang)
    window = make_window()
    open_chart(window, sqlite_clinic)
    window.show_followups()
    qtbot.wait(50)
    texts = shown_texts(window)
    assert len(texts) > 100, "the walk sees the window"
    assert not english_left(lang, window), "\n".join(english_left(lang, window))
    assert strip_marks(
        window.menus[strip_marks(QCoreApplication.translate("MainWindowActions", "&File"))].title()
    )
    if lang == "fr":
        assert window.act_new_session.text() == "Nouvelle &séance…"
        window.grab().save(str(tmp_path / f"main_{lang}.png"))


@pytest.mark.parametrize("lang", LANGS)
def test_editors_show_no_english(lang: str, language, qtbot, sqlite_clinic, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from mesodesk.gui.dialogs.patient_editor import PatientEditorDialog
    from mesodesk.gui.dialogs.preferences_dialog import PreferencesDialog
    from mesodesk.gui.dialogs.session_editor import SessionEditorDialog
    from mesodesk.gui.settings import GuiSettings

    language(lang)
    patient = sqlite_clinic.patient()
    dialogs = [
        PatientEditorDialog(sqlite_clinic.services, patient.id),
        SessionEditorDialog(sqlite_clinic.as_practitioner, patient.id),
        PreferencesDialog(GuiSettings(tmp_path / "gui.ini")),
    ]
    problems: list[str] = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        for tabs in dialog.findChildren(QTabWidget):
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
            tabs.setCurrentIndex(0)
        problems += english_left(lang, dialog)
        dialog.grab().save(str(tmp_path / f"{type(dialog).__name__}_{lang}.png"))
    assert not problems, "\n".join(problems)


def test_the_walk_does_catch_english(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Without a translation the same walk reports the English window (the check is not vacuous)."""
    window = make_window()
    left = english_left("fr", window)
    assert any("Find patient" in line for line in left)
    assert any("English words" in line for line in left)


def test_preferences_dialog_saves_the_language(
    qtbot, tmp_path, message_boxes, make_window, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialog

    from mesodesk.gui.dialogs.preferences_dialog import PreferencesDialog
    from mesodesk.gui.settings import GuiSettings

    settings = GuiSettings(tmp_path / "prefs.ini")
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    combo = dialog.language_combo
    assert combo.itemText(0).startswith("Automatic") and combo.currentData() == ""
    assert [combo.itemData(i) for i in range(1, combo.count())] == ["en", "fr", "it", "es", "de"]
    assert combo.itemText(combo.findData("de")) == "Deutsch", "each language named in itself"
    assert combo.accessibleName() == "Language"
    combo.setCurrentIndex(combo.findData("it"))
    assert not dialog.restart_note.isHidden(), "says the language applies at the next start"
    dialog.accept()
    assert dialog.restart_needed
    assert GuiSettings(tmp_path / "prefs.ini").preferences.language == "it"

    window = make_window(settings=GuiSettings(tmp_path / "window.ini"))
    assert window.act_preferences in window.menus["Settings"].actions()

    def choose_french(self: PreferencesDialog) -> int:
        self.language_combo.setCurrentIndex(self.language_combo.findData("fr"))
        self.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", choose_french)
    window.act_preferences.trigger()
    assert window.settings.preferences.language == "fr"
    assert message_boxes.kinds() == ["information"]
    assert "next time MesoDesk starts" in message_boxes.texts()
