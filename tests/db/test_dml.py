"""changed_rows: the count of an UPDATE or DELETE run through a Session, and nothing else taken for one."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from mesodesk.db.dml import changed_rows
from mesodesk.db.models import Patient


def test_an_update_reports_the_rows_it_changed_and_a_select_is_refused(clinic):
    clinic.patient("Zoë", "Ōtsuka-Łukasiewicz")
    clinic.patient("Hélène", "Dupont")
    with Session(clinic.engine) as s:
        stmt = update(Patient).where(Patient.last_name == "Dupont").values(phone="+33 6 00 00 00 00")
        assert changed_rows(s.execute(stmt.execution_options(synchronize_session=False))) == 1
        nobody = update(Patient).where(Patient.date_of_birth == date(1900, 1, 1)).values(phone="0")
        assert changed_rows(s.execute(nobody.execution_options(synchronize_session=False))) == 0
        with pytest.raises(TypeError, match="UPDATE or DELETE"):
            changed_rows(s.execute(select(Patient.id)))
        s.rollback()
