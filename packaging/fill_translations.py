"""Fill the type="unfinished" entries of resources/translations/mesodesk_{fr,it,es,de}.ts in place,
touching only those lines (run packaging/update_translations.sh first, which adds them).

The table is JSON: {"<English source>": {"fr": "...", "it": "...", "es": "...", "de": "..."}}; a plural
(numerus) message takes a list of its forms. Entries the table lacks are listed and left unfinished.
The English file lists only the plural forms of numerus messages ("en": [one, many] in the table).
Usage: python packaging/fill_translations.py table.json [repo_root]
"""
import json, re, sys
from pathlib import Path

def esc(s: str) -> str:
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("'", "&apos;").replace('"', "&quot;"))

def unesc(s: str) -> str:
    return (s.replace("&lt;", "<").replace("&gt;", ">").replace("&apos;", "'")
            .replace("&quot;", '"').replace("&amp;", "&"))

table = json.load(open(sys.argv[1], encoding="utf-8"))
root = Path(sys.argv[2] if len(sys.argv) > 2 else ".")
pattern = re.compile(
    r'(<message( numerus="yes")?>\s*<source>([^<]*)</source>(?:\s*<(?:extra)?comment>[^<]*</(?:extra)?comment>)*\s*)'
    r'<translation type="unfinished">([^<]*(?:<numerusform>[^<]*</numerusform>\s*)*)</translation>')
for lang in ("en", "fr", "it", "es", "de"):  # English: only its plural forms are listed
    path = root / "resources" / "translations" / f"mesodesk_{lang}.ts"
    text = path.read_text(encoding="utf-8")
    counts = {"filled": 0, "left": 0}
    def repl(m: re.Match) -> str:
        src = unesc(m.group(3))
        entry = table.get(src, {}).get(lang)
        if entry is None:
            counts["left"] += 1
            print(f"{lang}: missing {src!r}")
            return m.group(0)
        counts["filled"] += 1
        if m.group(2):
            forms = "".join(f"\n            <numerusform>{esc(f)}</numerusform>" for f in entry)
            return f"{m.group(1)}<translation>{forms}\n        </translation>"
        return f"{m.group(1)}<translation>{esc(entry)}</translation>"
    path.write_text(pattern.sub(repl, text), encoding="utf-8")
    print(lang, counts)
