#!/bin/sh
# Regenerate the Qt Linguist sources resources/translations/mesodesk_<lang>.ts from mesodesk/gui,
# keeping every translation already made (new strings arrive as type="unfinished"; strings gone
# from the code are dropped). English gets only the plural forms of the %n messages.
# Usage: packaging/update_translations.sh   (pyside6-lupdate from the active environment, or $LUPDATE)
# Then fill the new entries: python packaging/fill_translations.py table.json
set -eu
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-pyside6-lupdate}
FILES=$(find mesodesk/gui -name '*.py' -not -path '*/__pycache__/*' | LC_ALL=C sort)
OUT=resources/translations
trap 'rm -f "$OUT"/.mesodesk_*.ts.before' EXIT
mkdir -p "$OUT"
for lang in fr it es de; do
    forms=$(grep -c "<numerusform>" "$OUT/mesodesk_$lang.ts" || true)
    cp "$OUT/mesodesk_$lang.ts" "$OUT/.mesodesk_$lang.ts.before"
    # shellcheck disable=SC2086
    "$LUPDATE" -silent -no-obsolete -locations none -source-language en -target-language "$lang" \
        $FILES -ts "$OUT/mesodesk_$lang.ts"
    if [ "$(grep -c "<numerusform>" "$OUT/mesodesk_$lang.ts" || true)" -lt "$forms" ]; then
        # PySide6 6.11's lupdate believes French has one plural form and drops the second
        mv "$OUT/.mesodesk_$lang.ts.before" "$OUT/mesodesk_$lang.ts"
        echo "update_translations: this lupdate dropped plural forms of $lang; file kept as it was." >&2
        echo "Use another PySide6 release's lupdate: LUPDATE=/path/to/pyside6-lupdate $0" >&2
        exit 1
    fi
    rm -f "$OUT/.mesodesk_$lang.ts.before"
done
# shellcheck disable=SC2086
"$LUPDATE" -silent -no-obsolete -locations none -pluralonly -source-language en -target-language en \
    $FILES -ts "$OUT/mesodesk_en.ts"
echo "updated: $(ls "$OUT"/mesodesk_*.ts | tr '\n' ' ')"
