"""Fill the empty msgstr entries of the Babel catalogues from a JSON table (touches nothing else).

    python packaging/fill_catalogues.py table.json

table.json: {"message id": {"fr": "...", "it": "...", "es": "...", "de": "..."}}. The GUI's Qt
Linguist files have their own filler, packaging/fill_translations.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from babel.messages.pofile import read_po, write_po

LOCALE = Path(__file__).resolve().parent.parent / "resources" / "locale"


def main(argv: list[str]) -> int:
    table = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    for lang in ("fr", "it", "es", "de"):
        path = LOCALE / lang / "LC_MESSAGES" / "mesodesk.po"
        with path.open("rb") as f:
            catalogue = read_po(f, locale=lang)
        filled = 0
        for message in catalogue:
            if message.id and not message.string and message.id in table:
                message.string = table[message.id][lang]
                filled += 1
        with path.open("wb") as f:
            write_po(f, catalogue, width=100)
        print(f"{lang}: filled {filled}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
