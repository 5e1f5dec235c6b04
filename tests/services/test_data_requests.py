"""A person's requests about their data (derechos ARCOP) on real SQLite files: the legal
deadline, answering and refusing, the open and overdue lists, and an objection to sharing that
withdraws the consent (issue 12, point 5)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from omil_desktop.domain.privacy import RequestKind, RequestStatus
from omil_desktop.services.data_requests import CONSENT_WITHDRAWN, deadline_text
from omil_desktop.services.errors import ServiceError, ValidationFailed
from omil_desktop.store.models import ChangeLog, Person
from tests.services.rights_fixtures import add_full_person

TODAY = date(2026, 11, 20)


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    class Calendar(date):
        @classmethod
        def today(cls) -> date:
            return TODAY

    monkeypatch.setattr("omil_desktop.store.clock.date", Calendar)


def test_a_request_has_its_legal_deadline_and_is_answered_once(workspace):
    pid = add_full_person(workspace).person_id
    requests = workspace.data_requests
    rid = requests.add(pid, RequestKind.RECTIFICATION, date(2026, 11, 10))
    row = requests.get(rid)
    assert (row.received_on, row.due_on, row.status) == (
        date(2026, 11, 10),
        date(2026, 12, 10),
        RequestStatus.PENDING,
    )
    assert deadline_text(row, TODAY) == "Vence el 10-12-2026"
    with pytest.raises(ValidationFailed) as refused:
        requests.answer(rid, "  ")
    assert set(refused.value.errors) == {"answer"}
    requests.answer(rid, "Se corrigió la dirección.")
    row = requests.get(rid)
    assert row.status is RequestStatus.ANSWERED and row.answered_on == TODAY
    assert deadline_text(row, TODAY) == "Respondida el 20-11-2026"
    with pytest.raises(ServiceError, match="ya fue respondida"):
        requests.refuse(rid, "No")
    with workspace.db.transaction() as session:  # it syncs like any record
        tables = set(session.scalars(select(ChangeLog.table_name)))
    assert "data_request" in tables


def test_open_and_overdue_lists(workspace):
    recorded = add_full_person(workspace)  # with an «acceso» request received 02-11-2026
    pid = recorded.person_id
    requests = workspace.data_requests
    late = requests.add(pid, RequestKind.ACCESS, date(2026, 10, 1))  # due 31-10-2026
    soon = requests.add(pid, RequestKind.ERASURE, date(2026, 11, 19))
    refused = requests.add(pid, RequestKind.BLOCKING, date(2026, 10, 2))
    requests.refuse(refused, "La ley exige conservar la rendición.")
    assert [r.id for r in requests.open()] == [late, recorded.request_id, soon]  # by deadline
    assert [r.id for r in requests.overdue()] == [late]
    assert deadline_text(requests.get(late), TODAY) == "Vencida el 31-10-2026"
    assert next(r.kind for r in requests.of_person(pid)) is RequestKind.ERASURE
    with pytest.raises(ValidationFailed):
        requests.add(pid, RequestKind.ACCESS, date(2026, 11, 21))


def test_an_objection_to_sharing_withdraws_the_consent(workspace):
    pid = add_full_person(workspace).person_id
    rid = workspace.data_requests.object_to_sharing(pid)
    row = workspace.data_requests.get(rid)
    assert row.kind is RequestKind.OBJECTION and row.status is RequestStatus.ANSWERED
    assert row.answer == CONSENT_WITHDRAWN and "consentimiento" in row.answer
    with workspace.db.transaction() as session:
        person = session.get(Person, pid)
        assert person is not None
        assert person.consent_on is None and person.consent_method is None
        assert person.legal_basis == "funcion_legal"
