"""`mesodesk outcomes list|define`: a clinic adds its own measure from a JSON file."""

from __future__ import annotations

import json

from mesodesk.cli import main


def test_define_and_list(sqlite_url, tmp_path, capsys):
    good = tmp_path / "corneometer.json"
    good.write_text(
        json.dumps({"kind": "measure", "code": "corneometer", "name": "Skin hydration", "unit": "AU"}),
        encoding="utf-8",
    )
    assert main(["--db", sqlite_url, "outcomes", "define", str(good)]) == 0
    assert "added the measure 'corneometer'" in capsys.readouterr().out
    assert main(["--db", sqlite_url, "outcomes", "list"]) == 0
    out = capsys.readouterr().out
    assert "Cellulite severity scale (Hexsel CSS) (0-15, 5 item(s))" in out
    assert "LOINC 8280-0" in out and "corneometer" in out and "[clinic]" in out
    assert main(["--db", sqlite_url, "outcomes", "define", str(good)]) == 2  # the code is taken
    assert "already used" in capsys.readouterr().err
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    assert main(["--db", sqlite_url, "outcomes", "define", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "not JSON" in err and "Traceback" not in err


def test_list_marks_a_retired_definition(sqlite_url, tmp_path, capsys):
    from mesodesk.services import Services
    from mesodesk.services.context import ServiceContext
    from mesodesk.services.database import open_database

    good = tmp_path / "corneometer.json"
    good.write_text(json.dumps({"kind": "measure", "code": "corneometer", "name": "Hydration", "unit": "AU"}))
    assert main(["--db", sqlite_url, "outcomes", "define", str(good)]) == 0
    engine = open_database(sqlite_url)
    try:
        Services(ServiceContext(engine)).outcomes.retire("corneometer")
    finally:
        engine.dispose()
    capsys.readouterr()
    assert main(["--db", sqlite_url, "outcomes", "list"]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if "corneometer" in x)
    assert line.endswith("[clinic, retired]")
