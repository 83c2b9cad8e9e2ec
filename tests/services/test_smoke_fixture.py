from mesodesk.services.patients import PatientInput


def test_clinic_fixture_records_a_session(clinic):
    patient = clinic.patient()
    result = clinic.as_practitioner.sessions.record(clinic.session_input(patient.id))
    assert result.session.patient_id == patient.id
    hits = clinic.services.patients.search("oconn")
    assert [h.id for h in hits] == [patient.id]
