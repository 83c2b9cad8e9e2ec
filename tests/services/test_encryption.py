"""Encryption at rest with SQLCipher: nothing readable in the file, its WAL or its backups."""

from __future__ import annotations

import logging
from datetime import date

import pytest

sqlcipher3 = pytest.importorskip("sqlcipher3", reason="SQLCipher (the 'encryption' extra) is not installed")

from mesodesk.db.engine import Passphrase, is_encrypted, make_engine  # noqa: E402
from mesodesk.domain.errors import DatabaseError  # noqa: E402
from mesodesk.services import Services, backup, startup  # noqa: E402
from mesodesk.services.context import ServiceContext  # noqa: E402
from mesodesk.services.database import open_database  # noqa: E402
from mesodesk.services.patients import PatientInput  # noqa: E402
from mesodesk.services.photos import PhotoService  # noqa: E402

SECRET = 'corr\'ect "horse" ñ battery'
NAME = "Quillonbrisk"


def _png() -> bytes:
    import io

    from PIL import Image
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Comment", f"photo of {NAME}")
    buf = io.BytesIO()
    Image.new("RGB", (32, 32), (10, 200, 30)).save(buf, "PNG", pnginfo=info)
    return buf.getvalue()


@pytest.fixture
def encrypted(tmp_path, caplog):  # type: ignore[no-untyped-def]
    caplog.set_level(logging.DEBUG)
    db = tmp_path / "secret.sqlite3"
    engine = open_database(str(db), passphrase=SECRET)
    system = Services(ServiceContext(engine))
    admin = system.users.create("admin", "Admin", "admin", "long password")
    services = system.as_user(admin.actor)
    patient = services.patients.create(PatientInput("Ottilie", NAME, date(1975, 5, 5), notes=f"{NAME} notes"))
    PhotoService(services.ctx).add(patient.id, _png(), f"{NAME}.png", "before", "cheeks", date.today())
    yield db, engine, services
    engine.dispose()


def test_nothing_readable_in_the_file_its_wal_or_its_backups(encrypted):
    db, engine, services = encrypted
    assert is_encrypted(engine)
    wal = db.with_name(db.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the data is in the WAL right now
    info = backup.backup_database(engine)
    files = [f for f in db.parent.iterdir() if f.is_file()] + [info.path]
    for f in files:
        data = f.read_bytes()
        assert NAME.encode() not in data and NAME.lower().encode() not in data.lower(), f.name
        assert not data.startswith(b"SQLite format 3")
    # the backup is encrypted with the same passphrase and restores
    assert backup.verify_backup(info.path, passphrase=SECRET) == []
    assert backup.verify_backup(info.path)  # not readable without it
    engine.dispose()
    for f in db.parent.iterdir():
        if f.is_file():
            assert NAME.lower().encode() not in f.read_bytes().lower()
    services.patients.create(PatientInput("Later", "Patient", date(1990, 1, 1)))
    result = backup.restore(info.path, str(db), passphrase=SECRET)
    assert result.kept_aside is not None
    reopened = open_database(str(db), passphrase=SECRET)
    try:
        hits = Services(ServiceContext(reopened)).patients.search(NAME)
        assert [h.last_name for h in hits] == [NAME]
        assert Services(ServiceContext(reopened)).patients.search("Later") == []
    finally:
        reopened.dispose()


def test_wrong_passphrase_is_a_clear_error_and_the_file_is_untouched(encrypted):
    db, engine, _ = encrypted
    engine.dispose()
    before = {f.name: f.read_bytes() for f in db.parent.iterdir() if f.is_file()}
    for attempt in ("wrong passphrase", SECRET.upper()):
        with pytest.raises(DatabaseError) as err:
            open_database(str(db), passphrase=attempt)
        assert "passphrase is wrong" in str(err.value) and "untouched" in str(err.value)
    with pytest.raises(DatabaseError):  # no passphrase at all: not an SQLite file we can read
        open_database(str(db))
    asked = startup.preflight(str(db))  # no passphrase given: the application must ask for one
    assert asked.status == startup.WRONG_PASSPHRASE and "passphrase is needed" in asked.message
    result = startup.preflight(str(db), passphrase="wrong passphrase")
    assert result.status == startup.WRONG_PASSPHRASE and "passphrase" in result.message
    after = {f.name: f.read_bytes() for f in db.parent.iterdir() if f.is_file()}
    assert after == before
    good = startup.preflight(str(db), passphrase=SECRET)
    assert good.ok
    good.engine.dispose()


def test_the_passphrase_appears_in_no_repr_message_or_log(encrypted, caplog):
    db, engine, services = encrypted
    shown = [
        repr(engine),
        str(engine.url),
        repr(engine.url),
        repr(services.ctx),
        repr(Passphrase(SECRET)),
        str(Passphrase(SECRET)),
    ]
    try:
        open_database(str(db), passphrase="another wrong one")
    except DatabaseError as exc:
        shown.append(str(exc))
        shown.append(repr(exc))
    backup.backup_database(engine)
    shown += [r.getMessage() for r in caplog.records]
    for text in shown:
        assert SECRET not in text and "horse" not in text, text
    import pickle

    with pytest.raises(TypeError):
        pickle.dumps(Passphrase(SECRET))


def test_passphrase_is_for_sqlite_files_only():
    with pytest.raises(DatabaseError, match="SQLite database files only"):
        make_engine("postgresql+psycopg://u@localhost/x", passphrase="abc")
