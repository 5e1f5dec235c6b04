"""Erasure reaches the server and the other devices (issue 12, points 5 and 9): two PCs of one
office and a real regional server on loopback. PC1 anonymises a person; after both sync, PC2's
copy is anonymised, and neither the server's record nor any change payload it keeps — nor what
either PC keeps beside its records — holds an old value. PC2's offline edit of the name is
refused for PC2 alone, and its other changes go through."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from omil_desktop.domain.erasure import ANONYMISED_AGAIN
from omil_desktop.domain.people import ServiceKind
from omil_desktop.domain.rut import Rut
from omil_desktop.regional.models import Change, ChangeConflict, Record
from omil_desktop.store.models import (
    Attention,
    ChangeLog,
    Person,
    Referral,
    SyncConflict,
    SyncSetAside,
)
from tests.services.rights_fixtures import (
    ATTENTION_NOTES,
    FULL_PERSON,
    PLACEMENT_NOTES,
    REFERRAL_NOTES,
    SURVEY_COMMENT,
    add_full_person,
)

CHAITEN = "10401"
TODAY = date(2026, 11, 20)
OFFLINE_NOTES = "Atendida en terreno: vive con su madre en el sector Río Azul"
OLD_VALUES = [
    str(FULL_PERSON[name])
    for name in (
        "rut",
        "document_number",
        "document_country",
        "first_names",
        "last_name_1",
        "last_name_2",
        "nationality",
        "address",
        "phone",
        "email",
        "occupation",
        "experience",
        "notes",
    )
] + [
    "1988-03-14",
    "+56 9 1111 2222",  # a phone the person had before
    "Begoña Íñiga Ñanculef Zúñiga",  # the candidate's name copied on the referral
    "Begoñita",  # PC2's offline edit of the name
    ATTENTION_NOTES,
    SURVEY_COMMENT,
    REFERRAL_NOTES,
    PLACEMENT_NOTES,
    OFFLINE_NOTES,
]


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    class Calendar(date):
        @classmethod
        def today(cls) -> date:
            return TODAY

    monkeypatch.setattr("omil_desktop.store.clock.date", Calendar)


@pytest.fixture
def server(regional_factory):
    return regional_factory("sqlite")


def _held_beside(pc) -> str:
    with pc.workspace.db.transaction() as session:
        texts = list(session.scalars(select(ChangeLog.payload)))
        texts += [c.local_value + c.server_value for c in session.scalars(select(SyncConflict))]
        texts += list(session.scalars(select(SyncSetAside.fields)))
    return "\n".join(texts)


def _held_by_server(server) -> str:
    with server.service.store.read() as session:
        texts = [json.dumps(c.fields, ensure_ascii=False) for c in session.scalars(select(Change))]
        texts += [
            json.dumps(r.fields, ensure_ascii=False)
            for r in session.scalars(select(Record).where(Record.office_code == CHAITEN))
        ]
        texts += [c.yours + c.theirs for c in session.scalars(select(ChangeConflict))]
    return "\n".join(texts)


def test_anonymisation_reaches_the_server_and_the_other_pc(server, office_factory, person_data):
    pc1, pc2 = office_factory(CHAITEN, "pc-1"), office_factory(CHAITEN, "pc-2")
    for pc in (pc1, pc2):
        pc.client.enroll(server.url, server.code(CHAITEN))
    recorded = add_full_person(pc1.workspace, followed_up_on=date(2026, 11, 18))
    pid = recorded.person_id
    with pc1.workspace.db.transaction() as session:  # an earlier phone, kept in a payload
        person = session.get(Person, pid)
        assert person is not None
        person.phone = "+56 9 1111 2222"
    pc1.client.sync()
    with pc1.workspace.db.transaction() as session:
        person = session.get(Person, pid)
        assert person is not None
        person.phone = str(FULL_PERSON["phone"])
    pc1.client.sync()
    pc2.client.sync()
    assert "Begoña Íñiga" in _held_by_server(server)

    # PC2, offline: corrects the name, records an atención of the person, registers another.
    with pc2.workspace.db.transaction() as session:
        person = session.get(Person, pid)
        assert person is not None
        person.first_names = "Begoñita"
    offline = pc2.workspace.attentions.record(pid, TODAY, ServiceKind.GUIDANCE, OFFLINE_NOTES)
    other = pc2.workspace.people.create(
        person_data(rut=Rut.parse("11.111.111-1"), comuna_code=CHAITEN, email="")
    )

    plan = pc1.workspace.erasure.anonymise(pid, "Solicitud de la persona")
    assert plan.open_follow_ups == []
    assert pc1.client.sync().refused == 0
    report = pc2.client.sync()
    assert report.refused == 1  # the name, and only the name
    pc1.client.sync()

    # PC2's copy is anonymised, and its own text of the person's records too.
    with pc2.workspace.db.transaction() as session:
        person = session.get(Person, pid)
        assert person is not None
        assert (person.first_names, person.last_name_1, person.rut) == (
            "Persona",
            "anonimizada",
            None,
        )
        assert person.anonymised_on == TODAY and person.phone == ""
        assert session.get(Attention, offline).notes == ""  # type: ignore[union-attr]
        referral = session.get(Referral, recorded.referral_id)
        assert referral is not None and referral.candidate_name == ""
        [refused] = session.scalars(
            select(ChangeLog).where(ChangeLog.refused_reason.is_not(None))
        ).all()
        assert (refused.table_name, refused.row_id) == ("person", pid)
        assert refused.refused_reason == ANONYMISED_AGAIN
        assert session.get(Person, other) is not None
    # …its other changes went through: the other person and the atención are on the server.
    server_people = {r.row for r in server.service.records(CHAITEN, "person")}
    assert other in server_people
    server_attentions = {r.row: r for r in server.service.records(CHAITEN, "attention")}
    assert server_attentions[offline].fields["notes"] == ""
    [anonymised] = [r for r in server.service.records(CHAITEN, "person") if r.row == pid]
    assert anonymised.fields["first_names"] == "Persona"
    assert anonymised.fields["anonymised_on"] == TODAY.isoformat()
    assert anonymised.fields["birth_date"] == "1988-07-01"

    held = _held_by_server(server)
    for pc in (pc1, pc2):
        held += _held_beside(pc)
    for old in OLD_VALUES:
        assert old not in held, old
