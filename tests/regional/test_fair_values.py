"""The server holds job fairs, their companies, attendees and referrals to the protocol's schema
(version 7) and to the rules across records a device could break (docs/sync-protocol.md §14):
a fair's organisers are offices of its office's network; companies, attendees and referrals only
at a fair the office owns or co-organises; an attendee is a person of the office with its own
«Feria laboral» atención; a fair's referral is one of the office's own. A refused change never
stops the rest of the batch."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from omil_desktop.store.models import new_id
from omil_desktop.sync import protocol
from tests.regional.client import NOW, person_fields
from tests.regional.test_intermediation_values import company_fields, vacancy_fields

CHAITEN, FUTALEUFU, HUALAIHUE, OSORNO = "10401", "10402", "10403", "10301"


def _synced(office: str, shared: bool = False) -> dict[str, Any]:
    return {
        "office_code": office,
        "created_at": NOW,
        "updated_at": NOW,
        "deleted_at": None,
        "shared": shared,
    }


def fair_fields(office: str, organisers: str | None = None, **overrides: Any) -> dict[str, Any]:
    organisers = office if organisers is None else organisers
    values = {
        **_synced(office, shared="," in organisers),
        "name": "Feria Laboral de la Provincia de Palena",
        "kind": "feria",
        "held_on": "2026-11-06",
        "place": "Gimnasio municipal",
        "comuna_code": office,
        "organisers": organisers,
        "notes": "",
    }
    assert set(values) | {"id"} == protocol.SYNC_TABLES["job_fair"]
    values.update(overrides)
    return values


def fair_company_fields(office: str, fair: str, company: str, **overrides: Any) -> dict:
    values = {
        **_synced(office),
        "fair_id": fair,
        "company_id": company,
        "openings": 4,
        "positions": "Operario(a) de planta",
        "notes": "",
    }
    assert set(values) | {"id"} == protocol.SYNC_TABLES["fair_company"]
    values.update(overrides)
    return values


def attention_fields(office: str, person: str, kind: str = "feria_laboral") -> dict[str, Any]:
    return {
        **_synced(office),
        "person_id": person,
        "date": "2026-11-06",
        "kind": kind,
        "notes": "Asistió a la feria.",
    }


def attendee_fields(office: str, fair: str, person: str, attention: str | None) -> dict:
    values = {**_synced(office), "fair_id": fair, "person_id": person, "attention_id": attention}
    assert set(values) | {"id"} == protocol.SYNC_TABLES["fair_attendee"]
    return values


def referral_fields(office: str, vacancy: str, person: str) -> dict[str, Any]:
    return {
        **_synced(office),
        "vacancy_id": vacancy,
        "person_id": person,
        "candidate_name": "",
        "candidate_rut": None,
        "candidate_phone": "",
        "status": "derivado",
        "referred_on": "2026-11-06",
        "interviewed_on": None,
        "outcome_on": None,
        "notes": "",
    }


def fair_referral_fields(office: str, fair: str, referral: str) -> dict[str, Any]:
    values = {**_synced(office), "fair_id": fair, "referral_id": referral}
    assert set(values) | {"id"} == protocol.SYNC_TABLES["fair_referral"]
    return values


def insert(device, table: str, fields: dict[str, Any]):
    return device.change(table, new_id(), "insert", fields)


def applied(reply) -> list[str]:
    return [a.status for a in reply.acks]


class Office:
    """An office's device with a person of its own, a company and an open vacancy, pushed."""

    def __init__(self, regional, api, comuna: str) -> None:
        self.device = device = api.device(regional.code(comuna), comuna)
        self.comuna = comuna
        self.person = device.insert_person()
        self.company = insert(device, "company", company_fields(comuna))
        self.vacancy = insert(device, "vacancy", vacancy_fields(comuna, self.company.row))
        reply = device.sync(self.person, self.company, self.vacancy)
        assert applied(reply) == ["applied"] * 3, reply.acks

    def attend(self, fair: str, person: str | None = None, kind: str = "feria_laboral"):
        """An attention and the attendee it belongs to (not pushed)."""
        person = person or self.person.row
        attention = insert(self.device, "attention", attention_fields(self.comuna, person, kind))
        attendee = insert(
            self.device,
            "fair_attendee",
            attendee_fields(self.comuna, fair, person, attention.row),
        )
        return attention, attendee

    def refer_at(self, fair: str):
        referral = insert(
            self.device,
            "referral",
            referral_fields(self.comuna, self.vacancy.row, self.person.row),
        )
        link = insert(
            self.device, "fair_referral", fair_referral_fields(self.comuna, fair, referral.row)
        )
        return referral, link


BAD = {
    "kind": ("job_fair", {"kind": "expo"}, "kind: no es uno de los valores"),
    "no name": ("job_fair", {"name": " "}, "name: no puede quedar vacío"),
    "date": ("job_fair", {"held_on": "2026-02-30"}, "held_on: no es una fecha que exista"),
    "unsorted": ("job_fair", {"organisers": "10402,10401"}, "organisers: no es una lista"),
    "unknown comuna": ("job_fair", {"organisers": "10401,99999"}, "organisers: nombra una comuna"),
    "negative openings": ("fair_company", {"openings": -1}, "openings: debe estar entre 0 y 1000"),
    "too many openings": ("fair_company", {"openings": 1001}, "openings: debe estar entre 0 y"),
    "long positions": ("fair_company", {"positions": "x" * 301}, "positions: "),
}


@pytest.mark.parametrize("case", BAD, ids=list(BAD))
def test_each_bad_value_of_the_fair_tables_is_refused(sqlite_regional, sqlite_api, case):
    table, change, words = BAD[case]
    chaiten = Office(sqlite_regional, sqlite_api, CHAITEN)
    fair = insert(chaiten.device, "job_fair", fair_fields(CHAITEN))
    assert applied(chaiten.device.sync(fair)) == ["applied"]
    fields = {
        "job_fair": lambda: fair_fields(CHAITEN, **change),
        "fair_company": lambda: fair_company_fields(
            CHAITEN, fair.row, chaiten.company.row, **change
        ),
    }[table]()
    bad = insert(chaiten.device, table, fields)
    fine = chaiten.device.insert_notice()

    reply = chaiten.device.sync(bad, fine)

    assert reply.acks[0].status == "refused" and words in (reply.acks[0].reason or "")
    assert reply.acks[1].status == "applied"  # the rest of the batch goes on
    assert sqlite_regional.service.record(table, bad.row) is None


def test_a_fair_is_organised_by_its_office_and_offices_of_its_network(sqlite_regional, sqlite_api):
    chaiten = Office(sqlite_regional, sqlite_api, CHAITEN)
    device = chaiten.device
    without_owner = insert(device, "job_fair", fair_fields(CHAITEN, FUTALEUFU))
    outside = insert(device, "job_fair", fair_fields(CHAITEN, f"{OSORNO},{CHAITEN}"))
    together = insert(device, "job_fair", fair_fields(CHAITEN, f"{CHAITEN},{FUTALEUFU}"))

    reply = device.sync(without_owner, outside, together)

    assert reply.acks[0].reason == (
        "Las oficinas que organizan la feria incluyen a la oficina que la registra."
    )
    assert reply.acks[1].reason == (
        "Solo co-organizan una feria oficinas de la Red Territorial de la oficina que la registra."
    )
    assert reply.acks[2].status == "applied"
    # An edit that adds an office of another network is refused too; the fair stays as it was.
    edit = device.change("job_fair", together.row, "update", {"organisers": f"{OSORNO},{CHAITEN}"})
    assert device.sync(edit).acks[0].status == "refused"
    stored = sqlite_regional.service.record("job_fair", together.row)
    assert stored.fields["organisers"] == f"{CHAITEN},{FUTALEUFU}"


def test_co_organisers_record_their_own_people_at_the_fair_and_no_one_else_does(
    sqlite_regional, sqlite_api
):
    chaiten = Office(sqlite_regional, sqlite_api, CHAITEN)
    futaleufu = Office(sqlite_regional, sqlite_api, FUTALEUFU)
    hualaihue = Office(sqlite_regional, sqlite_api, HUALAIHUE)
    osorno = Office(sqlite_regional, sqlite_api, OSORNO)
    fair = insert(chaiten.device, "job_fair", fair_fields(CHAITEN, f"{CHAITEN},{FUTALEUFU}"))
    assert applied(chaiten.device.sync(fair)) == ["applied"]
    assert fair.row in {c.row for c in futaleufu.device.pull_all() if c.table == "job_fair"}

    # Futaleufú, a co-organiser: its attendee with its atención, its company, its referral.
    attention, attendee = futaleufu.attend(fair.row)
    company = insert(
        futaleufu.device,
        "fair_company",
        fair_company_fields(FUTALEUFU, fair.row, futaleufu.company.row),
    )
    referral, link = futaleufu.refer_at(fair.row)
    reply = futaleufu.device.sync(attention, attendee, company, referral, link)
    assert applied(reply) == ["applied"] * 5, reply.acks

    # Hualaihué sees the shared fair (same network) but does not organise it.
    attention, attendee = hualaihue.attend(fair.row)
    company = insert(
        hualaihue.device,
        "fair_company",
        fair_company_fields(HUALAIHUE, fair.row, hualaihue.company.row),
    )
    referral, link = hualaihue.refer_at(fair.row)
    reply = hualaihue.device.sync(attention, attendee, company, referral, link)
    assert applied(reply) == ["applied", "refused", "refused", "applied", "refused"]
    for ack in (reply.acks[1], reply.acks[2], reply.acks[4]):
        assert ack.reason == (
            "La feria no es de la oficina ni la co-organiza: sus empresas, asistentes y "
            "derivaciones los registran las oficinas que la organizan."
        )

    # Osorno, of another network, does not even see it.
    attention, attendee = osorno.attend(fair.row)
    reply = osorno.device.sync(attention, attendee)
    assert applied(reply) == ["applied", "refused"]
    assert "fair_id: se refiere a un registro" in (reply.acks[1].reason or "")

    # The co-organisers' records stay theirs: Chaitén does not receive them.
    pulled = {c.table for c in chaiten.device.pull_all()}
    assert not pulled & {"fair_attendee", "fair_company", "fair_referral"}


def test_an_attendee_is_a_person_of_the_office_with_its_own_fair_atencion(
    sqlite_regional, sqlite_api
):
    chaiten = Office(sqlite_regional, sqlite_api, CHAITEN)
    device = chaiten.device
    fair = insert(device, "job_fair", fair_fields(CHAITEN))
    other = device.insert_person()
    assert applied(device.sync(fair, other)) == ["applied"] * 2
    wrong_kind = chaiten.attend(fair.row, kind="orientacion")
    someone_else_s = insert(device, "attention", attention_fields(CHAITEN, other.row))
    mismatched = insert(
        device,
        "fair_attendee",
        attendee_fields(CHAITEN, fair.row, chaiten.person.row, someone_else_s.row),
    )
    drop = ("office_code", "created_at", "updated_at", "deleted_at", "shared")
    regional_person = sqlite_regional.service.regional_insert(
        "person", {k: v for k, v in person_fields(CHAITEN).items() if k not in drop}
    )
    region_s = insert(
        device, "fair_attendee", attendee_fields(CHAITEN, fair.row, regional_person, None)
    )
    fine = chaiten.attend(fair.row, person=other.row)

    reply = device.sync(*wrong_kind, someone_else_s, mismatched, region_s, *fine)

    assert applied(reply) == [
        "applied",
        "refused",
        "applied",
        "refused",
        "refused",
        "applied",
        "applied",
    ]
    atencion = (
        "La atención del asistente debe ser una atención «Feria laboral» de esa misma persona."
    )
    assert reply.acks[1].reason == atencion and reply.acks[3].reason == atencion
    assert reply.acks[4].reason == (
        "Solo se registran como asistentes de una feria personas registradas en la oficina."
    )


def test_nothing_new_at_a_deleted_fair_and_a_fair_referral_is_the_office_s_own(
    sqlite_regional, sqlite_api
):
    chaiten = Office(sqlite_regional, sqlite_api, CHAITEN)
    futaleufu = Office(sqlite_regional, sqlite_api, FUTALEUFU)
    device = chaiten.device
    fair = insert(device, "job_fair", fair_fields(CHAITEN, f"{CHAITEN},{FUTALEUFU}"))
    kept = insert(device, "job_fair", fair_fields(CHAITEN, f"{CHAITEN},{FUTALEUFU}"))
    assert applied(device.sync(fair, kept)) == ["applied"] * 2
    gone = device.change("job_fair", fair.row, "update", {"deleted_at": NOW})
    assert applied(device.sync(gone)) == ["applied"]
    late = chaiten.attend(fair.row)
    reply = device.sync(*late)
    assert reply.acks[1].reason == (
        "La feria fue eliminada: no se le registran empresas, asistentes ni derivaciones."
    )

    # Futaleufú's own referral, linked to the fair by Chaitén: not Chaitén's to link.
    theirs, _link = futaleufu.refer_at(kept.row)
    assert applied(futaleufu.device.sync(theirs)) == ["applied"]
    borrowed = insert(device, "fair_referral", fair_referral_fields(CHAITEN, kept.row, theirs.row))
    reply = device.sync(borrowed)
    assert reply.acks[0].status == "refused"
    assert "referral_id: se refiere a un registro" in (reply.acks[0].reason or "")
    ours, link = chaiten.refer_at(kept.row)
    assert applied(device.sync(ours, link)) == ["applied"] * 2


SERVER_NOW = datetime(2026, 11, 21, 14, 3, 11)


def _co_organised_with_futaleufu_s_people(regional, api):
    """Chaitén's fair co-organised with Futaleufú, where Futaleufú recorded an attendee (with
    its atención), a company and a referral; Chaitén has pulled what it may see."""
    chaiten = Office(regional, api, CHAITEN)
    futaleufu = Office(regional, api, FUTALEUFU)
    fair = insert(chaiten.device, "job_fair", fair_fields(CHAITEN, f"{CHAITEN},{FUTALEUFU}"))
    assert applied(chaiten.device.sync(fair)) == ["applied"]
    futaleufu.device.pull_all()
    attention, attendee = futaleufu.attend(fair.row)
    company = insert(
        futaleufu.device,
        "fair_company",
        fair_company_fields(FUTALEUFU, fair.row, futaleufu.company.row),
    )
    referral, link = futaleufu.refer_at(fair.row)
    reply = futaleufu.device.sync(attention, attendee, company, referral, link)
    assert applied(reply) == ["applied"] * 5, reply.acks
    chaiten.device.pull_all()
    return chaiten, futaleufu, fair, (attendee, company, link)


def test_the_owner_may_not_leave_a_co_organiser_s_people_hanging(regional_factory):
    """Deleting the fair, taking Futaleufú out of its organisers or moving it to a day after
    the server's today, while Futaleufú has live attendees, companies and referrals at it, is
    refused to Chaitén's device alone; the fair stays as it was, the rest of the batch goes."""
    from tests.regional.client import Api

    regional = regional_factory("sqlite", clock=lambda: SERVER_NOW)
    api = Api(regional.url)
    try:
        chaiten, futaleufu, fair, _theirs = _co_organised_with_futaleufu_s_people(regional, api)
        device = chaiten.device
        attempts = [
            device.change("job_fair", fair.row, "update", {"deleted_at": NOW}),
            device.change("job_fair", fair.row, "update", {"organisers": CHAITEN}),
            device.change("job_fair", fair.row, "update", {"held_on": "2026-12-05"}),
        ]
        fine = device.change("job_fair", fair.row, "update", {"place": "Liceo municipal"})
        today = device.change("job_fair", fair.row, "update", {"held_on": "2026-11-21"})

        reply = device.sync(*attempts, fine, today)

        assert applied(reply) == ["refused"] * 3 + ["applied"] * 2
        assert reply.acks[0].reason == (
            "No se puede eliminar la feria: otra oficina que la co-organiza tiene registros en "
            "ella — Futaleufú (asistentes, empresas, derivaciones). Pida a esa oficina que los "
            "quite primero."
        )
        assert "No se puede quitar de sus organizadores a una oficina" in (reply.acks[1].reason)
        assert "No se puede pasar la feria a una fecha futura" in (reply.acks[2].reason or "")
        stored = regional.service.record("job_fair", fair.row)
        assert not stored.deleted
        assert stored.fields["organisers"] == f"{CHAITEN},{FUTALEUFU}"
        assert stored.fields["held_on"] == "2026-11-21"
        assert stored.fields["place"] == "Liceo municipal"
        # A fair held today is not moved into the future either; an upcoming one, where
        # Futaleufú already signed up a company, may be rescheduled.
        upcoming = insert(
            device,
            "job_fair",
            fair_fields(CHAITEN, f"{CHAITEN},{FUTALEUFU}", held_on="2026-12-05"),
        )
        assert applied(device.sync(upcoming)) == ["applied"]
        futaleufu.device.pull_all()
        signed_up = insert(
            futaleufu.device,
            "fair_company",
            fair_company_fields(FUTALEUFU, upcoming.row, futaleufu.company.row),
        )
        assert applied(futaleufu.device.sync(signed_up)) == ["applied"]
        held = device.change("job_fair", fair.row, "update", {"held_on": "2026-11-28"})
        rescheduled = device.change("job_fair", upcoming.row, "update", {"held_on": "2026-12-12"})
        assert applied(device.sync(held, rescheduled)) == ["refused", "applied"]
    finally:
        api.close()


def test_once_the_co_organiser_removed_its_people_the_owner_may_go_on(regional_factory):
    """Only LIVE records of another office hold the fair: once Futaleufú removed its attendee,
    company and referral, Chaitén takes it out of the organisers and deletes the fair; a fair
    without anyone else's records (or an office's own) was never held."""
    from tests.regional.client import Api

    regional = regional_factory("sqlite", clock=lambda: SERVER_NOW)
    api = Api(regional.url)
    try:
        chaiten, futaleufu, fair, theirs = _co_organised_with_futaleufu_s_people(regional, api)
        own = chaiten.attend(fair.row)
        assert applied(chaiten.device.sync(*own)) == ["applied"] * 2
        removed = [
            futaleufu.device.change(c.table, c.row, "update", {"deleted_at": NOW}) for c in theirs
        ]
        assert applied(futaleufu.device.sync(*removed)) == ["applied"] * 3

        device = chaiten.device
        dropped = device.change("job_fair", fair.row, "update", {"organisers": CHAITEN})
        later = device.change("job_fair", fair.row, "update", {"held_on": "2026-12-05"})
        gone = device.change("job_fair", fair.row, "update", {"deleted_at": NOW})
        assert applied(device.sync(dropped, later, gone)) == ["applied"] * 3
        assert regional.service.record("job_fair", fair.row).deleted
    finally:
        api.close()
