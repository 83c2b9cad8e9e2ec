"""Extract the translatable strings and update the catalogues: ``python -m mesodesk.i18n.extract``.

Equivalent to ``pybabel extract -F babel.cfg -k ... -o resources/locale/mesodesk.pot mesodesk``
followed by ``pybabel update -D mesodesk -i resources/locale/mesodesk.pot -d resources/locale``;
done in Python so that the keyword list (the error classes) lives in one place.
New entries arrive untranslated in every catalogue; tests/i18n/test_catalogues.py fails until they
are translated.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from babel.messages.catalog import Catalog

#: Packages whose strings are translated through mesodesk.i18n (gui/ uses Qt Linguist).
SOURCE_PACKAGES = ("domain", "i18n", "db", "storage", "services", "reports", "interop", "commands")

#: Call name -> argument positions holding the message (Babel keyword spec).
KEYWORDS: dict[str, tuple[int, ...] | None] = {
    "_": None,
    "N_": None,
    "gettext": None,
    "ngettext": (1, 2),
    # typed errors: the message id is their first argument (ValidationError: the second)
    "ValidationError": (2,),
    "KnownError": None,
    "NotFoundError": None,
    "ConflictError": None,
    "PermissionDeniedError": None,
    "LockedRecordError": None,
    "DatabaseError": None,
    "PassphraseNeededError": None,
    "AuthenticationError": None,
    "BackupError": None,
    "MigrationFailedError": None,
    "ReportFileError": None,
    "CsvFormatError": None,
    "ExportWriteError": None,
    "ClinicExportError": None,
    "SpreadsheetError": None,
    "TypedDateError": None,
    "MissingResourceError": None,
    "FileInUseError": None,
    "ErasureIncompleteError": None,
    "MissingKeyError": None,
    "RowProblem": (3,),
}

#: Top-level modules with messages of their own.
SOURCE_FILES = ("paths.py",)

ROOT = Path(__file__).resolve().parent.parent.parent


def extract_template() -> Catalog:
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract, extract_from_dir

    catalog = Catalog(project="MesoDesk", domain="mesodesk", charset="utf-8", fuzzy=False)
    catalog.msgid_bugs_address = ""
    catalog.copyright_holder = "MesoDesk"
    found = []
    for package in SOURCE_PACKAGES:
        for filename, lineno, message, comments, context in extract_from_dir(
            str(ROOT / "mesodesk" / package),
            method_map=[("**/migrations/**", "ignore"), ("**.py", "python")],
            keywords=KEYWORDS,
            comment_tags=("TRANSLATORS:",),
            strip_comment_tags=True,
        ):
            found.append((f"mesodesk/{package}/{filename}", lineno, message, comments, context))
    for name in SOURCE_FILES:
        with (ROOT / "mesodesk" / name).open("rb") as fh:
            for lineno, message, comments, context in extract(
                "python", fh, keywords=KEYWORDS, comment_tags=("TRANSLATORS:",), strip_comment_tags=True
            ):
                found.append((f"mesodesk/{name}", lineno, message, comments, context))
    for where, lineno, message, comments, context in found:
        location = (where, lineno)
        if isinstance(message, tuple) and len(message) == 1:
            message = message[0]
        if isinstance(message, tuple) and None in message:
            continue
        if not message:
            continue
        catalog.add(message, None, [location], auto_comments=comments, context=context)
    return catalog


def main(argv: list[str] | None = None) -> int:
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po, write_po

    from mesodesk.i18n.core import DEFAULT_LANGUAGE, LANGUAGES, catalogue_path, locale_dir

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="only report entries missing from the catalogues"
    )
    args = parser.parse_args(argv)
    template = extract_template()
    if args.check:
        missing = 0
        for lang in LANGUAGES:
            if lang == DEFAULT_LANGUAGE:
                continue
            with catalogue_path(lang).open("rb") as fh:
                catalog = read_po(fh, locale=lang)
            for message in template:
                if message.id and not ((known := catalog.get(message.id)) and known.string):
                    missing += 1
                    print(f"{lang}: untranslated {message.id!r}")
        return 1 if missing else 0
    pot = locale_dir() / "mesodesk.pot"
    pot.parent.mkdir(parents=True, exist_ok=True)
    with pot.open("wb") as fh:
        write_po(fh, template, width=100, omit_header=False, sort_output=False, include_lineno=False)
    print(f"{len(template)} messages -> {pot.relative_to(ROOT)}")
    for lang in LANGUAGES:
        if lang == DEFAULT_LANGUAGE:
            continue
        path = catalogue_path(lang)
        if path.is_file():
            with path.open("rb") as fh:
                catalog = read_po(fh, locale=lang)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            catalog = Catalog(locale=lang, domain="mesodesk", project="MesoDesk", fuzzy=False)
        catalog.update(template, no_fuzzy_matching=True, update_header_comment=False)
        catalog.obsolete.clear()
        with path.open("wb") as fh:
            write_po(fh, catalog, width=100, include_lineno=False, ignore_obsolete=True)
        untranslated = sum(
            1 for m in catalog if m.id and not (all(m.string) if isinstance(m.string, tuple) else m.string)
        )
        print(f"{lang}: {len(catalog)} messages, {untranslated} untranslated -> {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
