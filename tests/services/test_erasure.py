"""Erasure (supresión) by anonymisation on real SQLite files (issue 12, point 5): what goes, what
stays and why in Spanish, the open placement follow-up that keeps the contact until it is done,
one transaction for the encargado(a) only, and the old values gone from what the PC keeps beside
the records (unsent change payloads, conflicts, records set aside)."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from sqlalchemy import select

from omil_desktop.domain.erasure import ERASED_FIELDS
from omil_desktop.domain.privacy import AuditAction, RequestKind, RequestStatus
from omil_desktop.services.erasure import ErasureService
from omil_desktop.services.errors import ServiceError
from omil_desktop.store.models import (
    Attention,
    ChangeLog,
    Person,
    Placement,
    Referral,
    SatisfactionSurvey,
    SyncConflict,
    SyncSetAside,
    WorkshopAttendance,
    WorkshopEnrollment,
)
from tests.services.rights_fixtures import (
    ATTENTION_NOTES,
    FULL_PERSON,
    PLACEMENT_NOTES,
    REFERRAL_NOTES,
    SURVEY_COMMENT,
    add_full_person,
)

TODAY = date(2026, 11, 20)
OLD_VALUES = [
    str(v)
    for k, v in FULL_PERSON.items()
    if isinstance(v, str)
    and k not in {"sex", "comuna_code", "education_level", "job_status"}
    and k not in {"unemployment_insurance", "legal_basis"}
] + [ATTENTION_NOTES, SURVEY_COMMENT, REFERRAL_NOTES, PLACEMENT_NOTES, "1988-03-14"]


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    class Calendar(date):
        @classmethod
        def today(cls) -> date:
            return TODAY

    monkeypatch.setattr("omil_desktop.store.clock.date", Calendar)


def _everything_kept_beside(workspace) -> str:
    with workspace.db.transaction() as session:
        texts = list(session.scalars(select(ChangeLog.payload)))
        texts += [c.local_value + c.server_value for c in session.scalars(select(SyncConflict))]
        texts += list(session.scalars(select(SyncSetAside.fields)))
    return "\n".join(texts)


def test_anonymise_removes_identity_and_free_text_and_keeps_what_the_reports_count(workspace):
    recorded = add_full_person(workspace, follow_up_on=date(2027, 2, 1), followed_up_on=TODAY)
    pid = recorded.person_id
    request = workspace.data_requests.add(pid, RequestKind.ERASURE, date(2026, 11, 18))

    plan = workspace.erasure.anonymise(pid, "Solicitud de la persona")

    with workspace.db.transaction() as session:
        person = session.get(Person, pid)
        assert person is not None
        assert (person.first_names, person.last_name_1, person.last_name_2) == (
            "Persona",
            "anonimizada",
            "",
        )
        assert person.rut is None and person.document_number == "" and person.email == ""
        assert person.phone == "" and person.address == "" and person.notes == ""
        assert person.birth_date == date(1988, 7, 1)  # the year stays
        assert not any(
            (person.has_disability, person.rnd_registered, person.migrant, person.indigenous)
        )
        assert not person.woman_head_of_household
        assert person.consent_on is None and person.consent_method is None
        assert person.anonymised_on == TODAY and person.active is False
        assert (person.sex, person.comuna_code) == ("F", "10404")  # counted by the reports
        attention = session.get(Attention, recorded.attention_id)
        assert attention is not None
        assert (attention.date, attention.kind, attention.notes) == (
            date(2026, 10, 5),
            "orientacion",
            "",
        )
        referral = session.get(Referral, recorded.referral_id)
        assert referral is not None
        assert (referral.candidate_name, referral.candidate_rut, referral.candidate_phone) == (
            "",
            None,
            "",
        )
        assert referral.status == "contratado" and referral.notes == ""
        placement = session.get(Placement, recorded.placement_id)
        assert placement is not None and placement.notes == ""
        assert placement.start_on == date(2026, 11, 1)
        survey = session.get(SatisfactionSurvey, recorded.survey_id)
        assert survey is not None and survey.comment == "" and survey.score == 7
        assert session.get(WorkshopEnrollment, recorded.enrollment_id) is not None
        assert session.scalar(select(WorkshopAttendance.mark)) == "presente"

    kept = " ".join(f"{k.what} {k.why}" for k in plan.kept)
    assert "atenciones (1): fecha y tipo" in kept and "FOMIL" in kept
    assert "talleres" in kept
    assert any(r == "Teléfono y correo" for r in plan.removed)
    answered = workspace.data_requests.get(request)
    assert answered.status is RequestStatus.ANSWERED and answered.answered_on == TODAY
    assert "Se conservan, sin nombre" in answered.answer
    assert "Solicitud de la persona" in answered.answer

    beside = _everything_kept_beside(workspace)
    for old in OLD_VALUES:
        assert old not in beside, old


def test_an_open_placement_follow_up_keeps_the_contact_until_it_is_done(workspace):
    recorded = add_full_person(workspace, follow_up_on=date(2027, 2, 1))
    pid = recorded.person_id
    request = workspace.data_requests.add(pid, RequestKind.ERASURE, TODAY)

    plan = workspace.erasure.plan(pid)
    assert plan.open_follow_ups == [date(2027, 2, 1)]
    [follow_up] = [k for k in plan.kept if k.what.startswith("Teléfono y correo")]
    assert "01-02-2027" in follow_up.what
    assert "seguimiento a los tres meses" in follow_up.why
    assert "Ayudante de cocina de temporada" in follow_up.why
    assert "Teléfono y correo" not in plan.removed

    workspace.erasure.anonymise(pid, "Solicitud de la persona")
    with workspace.db.transaction() as session:
        person = session.get(Person, pid)
        assert person is not None
        assert person.first_names == "Persona" and person.rut is None
        assert (person.phone, person.email) == (FULL_PERSON["phone"], FULL_PERSON["email"])
    answer = workspace.data_requests.get(request).answer
    assert "hasta el seguimiento de su colocación del 01-02-2027" in answer

    # Nothing to remove while the follow-up is pending…
    assert workspace.erasure.finish_pending(on=date(2027, 1, 15)) == 0
    # …once it is recorded, the contact goes too.
    with workspace.db.transaction() as session:
        placement = session.get(Placement, recorded.placement_id)
        assert placement is not None
        placement.followed_up_on = date(2027, 2, 2)
        placement.still_employed = True
    assert workspace.erasure.finish_pending(on=date(2027, 2, 2)) == 1
    with workspace.db.transaction() as session:
        person = session.get(Person, pid)
        assert person is not None and (person.phone, person.email) == ("", "")
    assert str(FULL_PERSON["phone"]) not in _everything_kept_beside(workspace)


def test_a_follow_up_never_recorded_keeps_the_contact_only_a_month_past_its_date(workspace):
    recorded = add_full_person(workspace, follow_up_on=date(2026, 12, 1))
    workspace.erasure.anonymise(recorded.person_id, "Revisión anual")
    assert workspace.erasure.finish_pending(on=date(2026, 12, 31)) == 0
    assert workspace.erasure.finish_pending(on=date(2027, 1, 1)) == 1


def test_conflicts_and_records_set_aside_lose_the_old_values(workspace):
    recorded = add_full_person(workspace, followed_up_on=TODAY)
    pid = recorded.person_id
    with workspace.db.transaction() as session:
        session.add(
            SyncConflict(
                table_name="person",
                row_id=pid,
                field="first_names",
                local_value=json.dumps("Begoña Íñiga"),
                server_value=json.dumps("Begoña"),
                detected_at=datetime(2026, 11, 19),
            )
        )
        session.add(
            SyncSetAside(
                table_name="attention",
                row_id=recorded.attention_id,
                office_code="10404",
                op="update",
                fields=json.dumps({"notes": ATTENTION_NOTES, "kind": "orientacion"}),
                reason="prueba",
                received_at=datetime(2026, 11, 19),
            )
        )
    workspace.erasure.anonymise(pid, "Solicitud de la persona")
    with workspace.db.transaction() as session:
        assert session.scalars(select(SyncConflict)).all() == []
        [aside] = session.scalars(select(SyncSetAside)).all()
        assert json.loads(aside.fields) == {"notes": "", "kind": "orientacion"}


def test_only_the_encargado_anonymises_and_a_refusal_writes_nothing(workspace):
    recorded = add_full_person(workspace)

    def support_officer() -> None:
        raise ServiceError("Solo el encargado(a) de la OMIL puede hacer esto.")

    service = ErasureService(
        workspace.db, "10404", audit=workspace.audit, require_manager=support_officer
    )
    with pytest.raises(ServiceError, match="encargado"):
        service.anonymise(recorded.person_id, "Solicitud")
    anonymised = workspace.audit.for_person(recorded.person_id).rows
    assert AuditAction.ANONYMISED not in {e.action for e in anonymised}
    with pytest.raises(ServiceError, match="motivo"):
        workspace.erasure.anonymise(recorded.person_id, "  ")
    with workspace.db.transaction() as session:
        person = session.get(Person, recorded.person_id)
        assert person is not None and person.first_names == FULL_PERSON["first_names"]


def test_anonymise_is_one_transaction(workspace, monkeypatch):
    recorded = add_full_person(workspace)
    with workspace.db.transaction() as session:
        before = session.scalar(select(ChangeLog.seq).order_by(ChangeLog.seq.desc()))

    def broken(*_args, **_kwargs) -> None:
        raise RuntimeError("power cut")

    monkeypatch.setattr("omil_desktop.services.erasure.purge_local", broken)
    with pytest.raises(RuntimeError):
        workspace.erasure.anonymise(recorded.person_id, "Solicitud")
    with workspace.db.transaction() as session:
        person = session.get(Person, recorded.person_id)
        assert person is not None and person.anonymised_on is None
        assert session.get(Attention, recorded.attention_id).notes == ATTENTION_NOTES  # type: ignore[union-attr]
        after = session.scalar(select(ChangeLog.seq).order_by(ChangeLog.seq.desc()))
    assert after == before


def test_a_second_anonymisation_is_refused(workspace):
    recorded = add_full_person(workspace)
    workspace.erasure.anonymise(recorded.person_id, "Solicitud")
    with pytest.raises(ServiceError, match="ya fueron anonimizados"):
        workspace.erasure.anonymise(recorded.person_id, "Solicitud")


def test_erased_fields_are_columns_of_their_tables():
    """The list the server purges by names real columns (a renamed column would leave values)."""
    from omil_desktop.store.models import SYNCED_MODELS

    tables = {m.__tablename__: m for m in SYNCED_MODELS}  # type: ignore[attr-defined]
    for table, names in ERASED_FIELDS.items():
        columns = set(tables[table].__table__.columns.keys())  # type: ignore[attr-defined]
        assert names <= columns, table


def test_the_anonymisation_is_recorded_in_the_audit_log(workspace):
    recorded = add_full_person(workspace)
    workspace.erasure.anonymise(recorded.person_id, "Solicitud")
    entries = workspace.audit.for_person(recorded.person_id).rows
    assert [
        (e.record_table, e.record_id, e.detail)
        for e in entries
        if e.action is AuditAction.ANONYMISED
    ] == [("person", recorded.person_id, "Supresión de datos personales (anonimización)")]
