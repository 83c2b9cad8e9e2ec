"""Issue 13, failure 2: two editors saving a patient's *first* medical history at once: the second is told,
not silently overwritten (the editor sends expected_version=None when it loaded no history)."""

from __future__ import annotations

import threading
from datetime import date

import pytest

from mesodesk.domain.errors import ConflictError
from mesodesk.services.patients import HistoryInput


def test_a_second_first_history_is_a_conflict(clinic):
    patient = clinic.patient()
    a, b = clinic.as_practitioner.patients, clinic.services.patients
    assert a.chart(patient.id).history is None and b.chart(patient.id).history is None  # both editors open
    a.save_history(
        patient.id, HistoryInput(anticoagulants=True, medications="warfarin"), expected_version=None
    )
    with pytest.raises(ConflictError):
        b.save_history(patient.id, HistoryInput(pregnant_or_breastfeeding=True), expected_version=None)
    kept = a.chart(patient.id).history
    assert (
        kept is not None
        and kept.anticoagulants
        and kept.medications == "warfarin"
        and not kept.pregnant_or_breastfeeding
    )


def test_concurrent_first_histories_all_but_one_refused(clinic):
    patients = [clinic.patient(f"Runner{i}x", f"Race{i}q", date(1960 + i, 1 + i, 1 + i)) for i in range(6)]
    results: list[str] = []
    lock = threading.Lock()

    def save(pid: int, marker: str) -> None:
        try:
            clinic.services.patients.save_history(pid, HistoryInput(other=marker), expected_version=None)
            outcome = "saved:" + marker
        except ConflictError:
            outcome = "conflict"
        with lock:
            results.append(outcome)

    threads = [threading.Thread(target=save, args=(p.id, f"{p.id}-{k}")) for p in patients for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results.count("conflict") == len(patients)  # exactly one save per patient, the other told
    for p in patients:
        history = clinic.services.patients.chart(p.id).history
        assert history is not None and f"saved:{history.other}" in results
