"""The server and an anonymised person (docs/sync-protocol.md §16), on SQLite and PostgreSQL:
the anonymisation wins over an edit it had not seen; the server purges the old values from every
change it keeps of the person and of their records; a later change that would identify the
person again (a name, a RUT, a contact, the candidate's name on a referral, undoing the
anonymisation) is refused for that device alone, without stopping the rest of its batch; old
free text made on a device that had not yet seen the anonymisation is blanked as it arrives."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from omil_desktop.domain.erasure import ANONYMISED_AGAIN, PERSON_ERASED
from omil_desktop.regional.models import Change, ChangeConflict
from omil_desktop.store.models import new_id
from tests.regional.client import person_fields
from tests.regional.test_fair_values import attention_fields, referral_fields
from tests.regional.test_intermediation_values import company_fields, vacancy_fields

CHAITEN = "10401"
OLD = ["María José", "Núñez", "Pérez", "+56 9 1234 5678", "maria.nunez@example.cl", "1990-05-17"]
OLD += ["Asistió a la feria.", "+56 9 5555 6666", "Calle Los Alerces 12"]


def _anonymising() -> dict[str, Any]:
    values = dict(PERSON_ERASED)
    values.update(
        birth_date="1990-07-01",
        legal_basis="funcion_legal",
        active=False,
        anonymised_on="2026-11-20",
        updated_at="2026-11-20T10:00:00",
    )
    return values


def _held(regional) -> str:
    with regional.service.store.read() as session:
        texts = [json.dumps(c.fields, ensure_ascii=False) for c in session.scalars(select(Change))]
        texts += [c.yours + c.theirs for c in session.scalars(select(ChangeConflict))]
    return "\n".join(texts)


def test_the_server_keeps_no_old_value_and_refuses_a_name_put_back(regional, api):
    first = api.device(regional.code(CHAITEN), CHAITEN)
    second = api.device(regional.code(CHAITEN), CHAITEN)
    person = first.insert_person(**{"rut": None, "document_type": "pasaporte"})
    person.fields.update(person_fields(CHAITEN, address="Calle Los Alerces 12"))
    attention = first.change(
        "attention", new_id(), "insert", attention_fields(CHAITEN, person.row, "orientacion")
    )
    assert [a.status for a in first.sync(person, attention).acks] == ["applied"] * 2
    second.pull_all()
    # The second PC changes the phone; the first had not seen it when it anonymises.
    phone = second.change("person", person.row, "update", {"phone": "+56 9 5555 6666"})
    assert [a.status for a in second.sync(phone).acks] == ["applied"]

    erase = first.change("person", person.row, "update", _anonymising())
    blank = first.change("attention", attention.row, "update", {"notes": ""})
    reply = first.sync(erase, blank)
    assert [a.status for a in reply.acks] == ["applied"] * 2
    assert all(not a.conflicts for a in reply.acks)  # the anonymisation wins
    [record] = [r for r in regional.service.records(CHAITEN, "person") if r.row == person.row]
    assert record.fields["phone"] == "" and record.fields["first_names"] == "Persona"
    held = _held(regional)
    for old in [*OLD, person.fields["rut"]]:
        assert old not in held, old

    # The second PC, which has not pulled the anonymisation yet, sends what it did offline.
    company = second.change("company", new_id(), "insert", company_fields(CHAITEN))
    vacancy = second.change("vacancy", new_id(), "insert", vacancy_fields(CHAITEN, company.row))
    named = second.change("person", person.row, "update", {"first_names": "María José"})
    undone = second.change("person", person.row, "update", {"anonymised_on": None})
    candidate = second.change(
        "referral",
        new_id(),
        "insert",
        {
            **referral_fields(CHAITEN, vacancy.row, person.row),
            "candidate_name": "María José Núñez Pérez",
        },
    )
    notes = second.change(
        "attention", new_id(), "insert", attention_fields(CHAITEN, person.row, "orientacion")
    )
    notice = second.insert_notice()
    reply = second.sync(company, vacancy, named, undone, candidate, notes, notice)
    statuses = [(a.status, a.reason) for a in reply.acks]
    assert statuses == [
        ("applied", None),
        ("applied", None),
        ("refused", ANONYMISED_AGAIN),
        ("refused", ANONYMISED_AGAIN),
        ("refused", ANONYMISED_AGAIN),
        ("applied", None),
        ("applied", None),
    ]
    attentions = {r.row: r for r in regional.service.records(CHAITEN, "attention")}
    assert attentions[notes.row].fields["notes"] == ""  # old text, blanked as it arrived
    held = _held(regional)
    for old in OLD:
        assert old not in held, old

    # A change made after seeing the anonymisation keeps its own new text.
    second.pull_all()
    later = second.change(
        "attention",
        new_id(),
        "insert",
        {**attention_fields(CHAITEN, person.row, "orientacion"), "notes": "Llamada de seguimiento"},
    )
    assert [a.status for a in second.sync(later).acks] == ["applied"]
    attentions = {r.row: r for r in regional.service.records(CHAITEN, "attention")}
    assert attentions[later.row].fields["notes"] == "Llamada de seguimiento"
