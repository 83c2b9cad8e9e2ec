"""No user-visible string literal in services/reports/interop/domain bypasses the translation path.

An AST scan: the message of a typed error must be a literal message id (parameters as keywords),
never an f-string or a concatenation; report text handed to Paragraph/heading/note/data_table
headers must come through ``_()``/``ngettext()`` (or be data), not be an English literal.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import mesodesk
from mesodesk.i18n.extract import KEYWORDS

ROOT = Path(mesodesk.__file__).parent
PACKAGES = ("services", "storage", "db", "reports", "interop", "domain", "commands")
ERRORS = {name for name in KEYWORDS if name[0].isupper() and name != "RowProblem"}
#: Report helpers whose first argument is text printed as is.
TEXT_SINKS = {"Paragraph", "heading", "note", "_summary", "_right", "bold", "plain"}
#: (file, text) pairs that are deliberately not translated (symbols, codes, units).
ALLOWED = {
    ("reports/clinic_reports.py", "Total"),  # placeholder check: replaced by _() if it ever appears
}
_TAGS = re.compile(r"<[^>]+>")
_WORDS = re.compile(r"[A-Za-z]{2,}")


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _visible(text: str) -> bool:
    """Has words a reader would see (markup tags and the units mm/ml/G do not count)."""
    words = [w for w in _WORDS.findall(_TAGS.sub(" ", text)) if w not in {"mm", "ml", "br", "nbsp"}]
    return bool(words)


def _literal_text(node: ast.expr) -> str | None:
    """The visible literal text of a str constant, f-string, or string concatenation; None otherwise."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        parts = [_literal_text(node.left), _literal_text(node.right)]
        texts = [p for p in parts if p]
        return " ".join(texts) if texts else None
    return None


def offences() -> list[str]:
    found: list[str] = []
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            rel = str(path.relative_to(ROOT))
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call):
                    continue
                name = _name(node.func)
                if name in ERRORS:
                    index = 1 if name == "ValidationError" else 0
                    if len(node.args) > index:
                        msg = node.args[index]
                        if isinstance(msg, (ast.JoinedStr, ast.BinOp)) or (
                            isinstance(msg, ast.Call) and _name(msg.func) == "format"
                        ):
                            found.append(f"{rel}:{node.lineno}: {name} message built at run time")
                elif name in TEXT_SINKS and node.args:
                    text = _literal_text(node.args[0])
                    if text is not None and _visible(text) and (rel, text) not in ALLOWED:
                        found.append(f"{rel}:{node.lineno}: {name}({text[:50]!r}) is not translated")
                elif name == "data_table" and node.args and isinstance(node.args[0], ast.List):
                    for item in node.args[0].elts:
                        text = _literal_text(item)
                        if text is not None and _visible(text):
                            found.append(f"{rel}:{node.lineno}: table header {text!r} is not translated")
    return found


def test_no_user_visible_literal_bypasses_the_translation_path():
    assert offences() == []


def test_every_known_error_class_is_an_extraction_keyword():
    """A new KnownError subclass must be added to mesodesk.i18n.extract.KEYWORDS, or its messages are lost."""
    import importlib

    from mesodesk.domain.errors import KnownError

    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" not in path.parts:
                rel = path.relative_to(ROOT.parent).with_suffix("")
                importlib.import_module(".".join(p for p in rel.parts if p != "__init__"))
    seen, todo = set(), [KnownError]
    while todo:
        for sub in todo.pop().__subclasses__():
            if sub.__module__.startswith("mesodesk.") and not sub.__module__.startswith("mesodesk.gui"):
                seen.add(sub.__name__)
            todo.append(sub)
    # these build their one message themselves (marked with N_)
    custom_init = {
        "ImportCancelled",
        "AmbiguousLotError",
        "PossibleDuplicateError",
        "SignOffBlockedError",
        "SignOffWarningError",
    }  # builds its one message itself (marked with N_)
    assert sorted(seen - set(KEYWORDS) - custom_init) == []


def test_the_scan_catches_what_it_is_meant_to(tmp_path):
    """The checker itself: an f-string error, an English Paragraph and a literal table header are found."""
    package = tmp_path / "services"
    package.mkdir()
    (package / "bad.py").write_text(
        "def f(x):\n"
        "    raise ValidationError('depth', f'must be at most {x} mm')\n"
        "def g(x):\n"
        "    raise NotFoundError('No patient with id ' + str(x))\n"
        "def h(st):\n"
        "    return [Paragraph('No sessions recorded.', st), Paragraph(_('Fine'), st), Paragraph('<br/>', st),\n"
        "            data_table(['Date', _('Area')], [], [])]\n",
        encoding="utf-8",
    )
    global ROOT
    saved, ROOT = ROOT, tmp_path
    try:
        found = offences()
    finally:
        ROOT = saved
    assert len(found) == 4, found
    assert any("ValidationError message built" in f for f in found)
    assert any("NotFoundError message built" in f for f in found)
    assert any("No sessions recorded." in f for f in found)
    assert any("'Date'" in f for f in found)
