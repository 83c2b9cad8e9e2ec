"""Editable texts (consent, aftercare) kept as a tiny Markdown subset in resources/texts/."""

from __future__ import annotations

from typing import Literal

from mesodesk.paths import text_path

BlockKind = Literal["title", "heading", "para", "bullet"]


def load_text(name: str) -> str:
    """The text of resources/texts/<name>.md (name with or without the .md suffix)."""
    return text_path(name).read_text(encoding="utf-8")


def parse_simple_markdown(text: str) -> list[tuple[str, str]]:
    """Blocks of "# title", "## heading", "- bullet" and paragraphs (lines joined by spaces)."""
    blocks: list[tuple[str, str]] = []
    para: list[str] = []

    def flush() -> None:
        if para:
            blocks.append(("para", " ".join(para)))
            para.clear()

    for raw in text.splitlines():
        line = raw.strip()
        kind, content = _classify(line)
        if kind is None and content:
            para.append(content)
            continue
        flush()
        if kind is not None:
            blocks.append((kind, content))
    flush()
    return blocks


def _classify(line: str) -> tuple[BlockKind | None, str]:
    if line.startswith("## "):
        return "heading", line[3:].strip()
    if line.startswith("# "):
        return "title", line[2:].strip()
    if line.startswith(("- ", "* ")):
        return "bullet", line[2:].strip()
    return None, line
