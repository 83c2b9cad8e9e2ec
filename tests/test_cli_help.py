"""Every command's --help prints its help: `mesodesk report --help` ended in a traceback ("unsupported
format character 'C'": a literal % in the outcomes report's help text)."""

from __future__ import annotations

import argparse
import contextlib
import io

import pytest

from mesodesk.cli import build_parser


def _commands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = [prefix]
    for action in parser._actions:  # argparse keeps its subcommands here
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += _commands(sub, (*prefix, name))
    return found


COMMANDS = _commands(build_parser())


def test_the_commands_are_found() -> None:
    assert ("report", "outcomes") in COMMANDS and ("users",) in COMMANDS and len(COMMANDS) > 20


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "mesodesk")
def test_help_of_every_command(command: tuple[str, ...]) -> None:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit) as done:
        build_parser().parse_args([*command, "--help"])
    assert done.value.code == 0
    assert "usage:" in out.getvalue()
