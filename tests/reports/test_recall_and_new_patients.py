"""Issue 14, problem 7: a lot number two products share is never merged; "new patients" are counted
when they joined (an imported registration date, else the first session), not when the record was made."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import update

from mesodesk.cli import main
from mesodesk.db.models import Patient
from mesodesk.domain.errors import NotFoundError
from mesodesk.services.catalogue import LotInput, ProductInput
from mesodesk.services.recall import AmbiguousLotError
from mesodesk.services.reporting import ReportingService
from mesodesk.services.sessions import ProductUse


@pytest.fixture
def shared_lot(sqlite_clinic):
    c = sqlite_clinic
    cat = c.services.catalogue
    poly = cat.save_product(ProductInput("Polynucleotides", "Lab A", "PN", "20 mg/ml"))
    plla = cat.save_product(ProductInput("Poly-L-lactic acid", "Lab B", "PLLA", "150 mg"))
    lot_a = cat.save_lot(LotInput(poly.id, "POL-2410", c.today + timedelta(days=300), 10.0))
    lot_b = cat.save_lot(LotInput(plla.id, "POL-2410", c.today + timedelta(days=300), 10.0))
    ann = c.patient("Ann", "Alpha")
    bob = c.patient("Bob", "Beta")
    when = datetime.now(UTC).replace(microsecond=0) - timedelta(days=2)
    for patient, lot in ((ann, lot_a), (bob, lot_b)):
        data = c.session_input(patient.id, when)
        data.products = [ProductUse(lot.id, 1.0)]
        c.services.sessions.record(data)
    return c, ann, bob


def test_ambiguous_lot_lists_the_products(shared_lot):
    c, ann, bob = shared_lot
    reporting = ReportingService(c.services.ctx)
    with pytest.raises(AmbiguousLotError) as err:
        reporting.recall("POL-2410")
    assert err.value.products == ["Poly-L-lactic acid", "Polynucleotides"]
    a = reporting.recall("POL-2410", "polynucleotides")
    assert [r.file_no for r in a.rows] == [ann.file_no] and [lot.product for lot in a.lots] == [
        "Polynucleotides"
    ]
    b = reporting.recall("POL-2410", "Poly-L")
    assert [r.file_no for r in b.rows] == [bob.file_no]
    with pytest.raises(AmbiguousLotError):
        reporting.recall("POL-2410", "Poly")  # both start so
    with pytest.raises(NotFoundError, match="Polynucleotides"):
        reporting.recall("POL-2410", "Hyaluronic acid")
    assert len(reporting.recall("HA-001").lots) == 1  # a lot of one product needs no name


def test_recall_command(shared_lot, tmp_path, capsys):
    c, *_ = shared_lot
    db = str(c.engine.url.database)
    out = tmp_path / "r.pdf"
    assert main(["--db", db, "report", "recall", "POL-2410", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "Polynucleotides" in err and "Poly-L-lactic acid" in err and "--product" in err
    assert (
        main(["--db", db, "report", "recall", "POL-2410", "--product", "Polynucleotides", "-o", str(out)])
        == 0
    )
    from pypdf import PdfReader

    text = PdfReader(out).pages[0].extract_text()
    assert "Polynucleotides" in text and "Alpha" in text and "Beta" not in text


def test_new_patients_by_registration_or_first_visit(sqlite_clinic):
    c = sqlite_clinic
    today = date.today()
    migrated = [
        c.patient(name, "Migrated", date(1960 + i, 1, 1)) for i, name in enumerate(("Ada", "Bea", "Cy"))
    ]  # all created today, as by an import
    with c.engine.begin() as conn:  # they joined years ago (the import carried it)
        conn.execute(
            update(Patient)
            .where(Patient.id.in_([p.id for p in migrated]))
            .values(registered_on=date(2019, 5, 6))
        )
    visitor = c.patient("Vera", "Visit")  # registered in MesoDesk, first session 40 days ago
    when = datetime.now(UTC).replace(microsecond=0) - timedelta(days=40)
    c.services.sessions.record(c.session_input(visitor.id, when))
    c.services.sessions.record(c.session_input(visitor.id, when + timedelta(days=20)))
    c.patient("Nora", "Nosession")  # no visit yet: not new anywhere
    reporting = ReportingService(c.services.ctx)
    recent = reporting.activity(today - timedelta(days=60), today, "month")
    assert recent.totals.new_patients == 1  # only Vera, in the month of her first session
    first_month = when.astimezone().date().replace(day=1)
    assert [r.new_patients for r in recent.rows if r.start == first_month] == [1]
    old = reporting.activity(date(2019, 1, 1), date(2019, 12, 31), "month")
    assert old.totals.new_patients == 3
    assert [r.new_patients for r in old.rows if r.start == date(2019, 5, 1)] == [3]
