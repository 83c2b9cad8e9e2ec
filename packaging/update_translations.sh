#!/bin/sh
# Regenerate the Qt Linguist sources resources/translations/mesodesk_<lang>.ts from mesodesk/gui,
# keeping every translation already made (new strings arrive as type="unfinished"; strings gone
# from the code are dropped). English gets only the plural forms of the %n messages.
# Usage: packaging/update_translations.sh   (pyside6-lupdate from the active environment, or $LUPDATE)
set -eu
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-pyside6-lupdate}
FILES=$(find mesodesk/gui -name '*.py' -not -path '*/__pycache__/*' | LC_ALL=C sort)
OUT=resources/translations
mkdir -p "$OUT"
for lang in fr it es de; do
    # shellcheck disable=SC2086
    "$LUPDATE" -silent -no-obsolete -locations none -source-language en -target-language "$lang" \
        $FILES -ts "$OUT/mesodesk_$lang.ts"
done
# shellcheck disable=SC2086
"$LUPDATE" -silent -no-obsolete -locations none -pluralonly -source-language en -target-language en \
    $FILES -ts "$OUT/mesodesk_en.ts"
echo "updated: $(ls "$OUT"/mesodesk_*.ts | tr '\n' ' ')"
