"""Read the running MesoDesk through AT-SPI, as a screen reader does (run by Debian's python3 with gi).

    python3 atspi_reader.py USER PASSWORD OUT.json

Waits for the application on the accessibility bus, records its sign-in window, fills the user name
and password and presses *Sign in* through AT-SPI's text and action interfaces (what an assistive
technology uses), then records the main window. OUT.json: {"sign_in": [...], "main": [...]} with one
{"role", "name", "description", "path"} per accessible node. Not a test itself: tests/gui/test_atspi.py
runs it beside the real application under Xvfb and a private D-Bus session.
"""

from __future__ import annotations

import json
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402  (after require_version, as gi wants)


def walk(node, path="", out=None):  # type: ignore[no-untyped-def]
    out = [] if out is None else out
    role, name = node.get_role_name(), node.get_name() or ""
    here = f"{path}/{role}:{name}"
    out.append(
        {"role": role, "name": name, "description": node.get_description() or "", "path": here, "node": node}
    )
    for i in range(node.get_child_count()):
        child = node.get_child_at_index(i)
        if child is not None:
            walk(child, here, out)
    return out


def application(name: str, seconds: float):  # type: ignore[no-untyped-def]
    deadline = time.time() + seconds
    while time.time() < deadline:
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            if app is not None and (app.get_name() or "") == name and app.get_child_count():
                return app
        time.sleep(0.3)
    raise SystemExit(f"no application {name!r} on the accessibility bus")


def windows(app) -> list:  # type: ignore[no-untyped-def]
    return [app.get_child_at_index(i) for i in range(app.get_child_count())]


def plain(nodes: list[dict]) -> list[dict]:
    return [{k: v for k, v in n.items() if k != "node"} for n in nodes]


def main(user: str, password: str, out: str) -> None:
    app = application("MesoDesk", 40)
    sign_in = walk(windows(app)[0])
    fields = [n for n in sign_in if n["role"] in ("text", "password text")]
    fields[0]["node"].set_text_contents(user)  # Atspi.EditableText, as an assistive technology types
    fields[1]["node"].set_text_contents(password)
    default = [
        n
        for n in sign_in
        if n["role"] == "push button" and n["node"].get_state_set().contains(Atspi.StateType.IS_DEFAULT)
    ]
    button = (default or [n for n in sign_in if n["role"] == "push button"])[0]["node"]
    button.do_action(0)  # "Press"
    deadline = time.time() + 30
    frames: list = []
    while time.time() < deadline and not frames:
        time.sleep(0.5)
        frames = [w for w in windows(app) if w.get_role_name() == "frame"]
    main_window = walk(frames[0]) if frames else []
    with open(out, "w", encoding="utf-8") as fh:
        json.dump({"sign_in": plain(sign_in), "main": plain(main_window)}, fh, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main(*sys.argv[1:4])
