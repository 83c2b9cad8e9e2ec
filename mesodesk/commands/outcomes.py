"""`mesodesk outcomes list|define FILE.json`: the scales and measures a clinic records outcomes with."""

from __future__ import annotations

import argparse
import json
import sys


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "outcomes",
        help="list the outcome scales and measures, or add the clinic's own",
        description="The built-in validated scales and measures, and the clinic's own (defined from a JSON file).",
    )
    cmds = p.add_subparsers(dest="outcomes_command", metavar="ACTION", required=True)
    cmds.add_parser("list", help="list every scale (items, range) and measure (unit)")
    d = cmds.add_parser(
        "define",
        help="add a scale or measure from a JSON file",
        description='A measure: {"kind": "measure", "code": "corneometer", "name": "Skin hydration", '
        '"unit": "AU", "direction": "higher", "min": 0, "max": 120, "site_hint": "..."}. A scale: {"kind": "scale", "code": "...", "name": "...", '
        '"direction": "lower|higher|rating", "items": [{"code": "...", "label": "...", "min": 0, "max": 3, '
        '"anchors": {"0": "none"}}], "bands": [[0, 5, "mild"]], "responder": ["change_at_least", 1], '
        '"reference": "..."}.',
    )
    d.add_argument("file", metavar="FILE.json")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from mesodesk.commands import services
    from mesodesk.domain.errors import ValidationError

    svc = services(args).outcomes
    if args.outcomes_command == "define":
        try:
            with open(args.file, encoding="utf-8") as fh:
                data = json.load(fh)
        except OSError as exc:
            raise ValidationError("file", "cannot be read: {reason}", reason=exc.strerror or exc) from exc
        except json.JSONDecodeError as exc:
            raise ValidationError(
                "file", "is not JSON (line {lineno}: {msg})", lineno=exc.lineno, msg=exc.msg
            ) from exc
        if not isinstance(data, dict):
            raise ValidationError("file", "must hold one JSON object")
        kind = data.pop("kind", "scale")
        defined = svc.define(kind, data)
        print(f"mesodesk outcomes: added the {kind} {defined.code!r} ({defined.name})", file=sys.stdout)
        return 0
    registry = svc.registry()
    for scale in registry.scales.values():
        origin = _origin(scale.builtin, scale.code in registry.retired)
        print(
            f"scale    {scale.code:<20} {scale.name} ({scale.minimum}-{scale.maximum}, {len(scale.items)} item(s)){origin}"
        )
    for m in registry.measures.values():
        origin = _origin(m.builtin, m.code in registry.retired)
        loinc = f", LOINC {m.loinc}" if m.loinc else ""
        print(f"measure  {m.code:<20} {m.name} ({m.unit}{loinc}){origin}")
    return 0


def _origin(builtin: bool, retired: bool) -> str:
    if builtin:
        return ""
    return "  [clinic, retired]" if retired else "  [clinic]"
