"""The server holds workshops, their sessions, enrollments and attendance to the protocol's schema
(version 5) and to the rules across records a device could break (docs/sync-protocol.md §11):
nothing of another office's workshop, no enrollment of another office's person, no attendance
joining two workshops. A refused change never stops the rest of the batch, nor another device."""

from __future__ import annotations

from typing import Any

import pytest

from omil_desktop.store.models import new_id
from omil_desktop.sync import protocol
from tests.regional.client import NOW, person_fields

CHAITEN, FUTALEUFU = "10401", "10402"


def _synced(office: str) -> dict[str, Any]:
    return {
        "office_code": office,
        "created_at": NOW,
        "updated_at": NOW,
        "deleted_at": None,
        "shared": False,
    }


def workshop_fields(office: str, **overrides: Any) -> dict[str, Any]:
    values = {
        **_synced(office),
        "name": "Apresto laboral en Año Nuevo",
        "modules": "cv,entrevista",
        "other_modules": "",
        "facilitator": "Begoña Muñoz",
        "place": "Sede vecinal",
        "capacity": 20,
        "target_group": "",
        "company_id": None,
        "programme": "",
        "starts_on": "2026-11-02",
        "ends_on": "2026-11-27",
        "min_attendance": 75,
        "status": "abierto",
        "finished_on": None,
        "notes": "",
    }
    assert set(values) | {"id"} == protocol.SYNC_TABLES["workshop"]
    values.update(overrides)
    return values


def session_fields(office: str, workshop: str, **overrides: Any) -> dict[str, Any]:
    values = {
        **_synced(office),
        "workshop_id": workshop,
        "date": "2026-11-03",
        "starts_at": "09:30",
        "ends_at": "12:30",
        "place": "",
    }
    assert set(values) | {"id"} == protocol.SYNC_TABLES["workshop_session"]
    values.update(overrides)
    return values


def enrollment_fields(office: str, workshop: str, person: str, **overrides: Any) -> dict[str, Any]:
    values = {
        **_synced(office),
        "workshop_id": workshop,
        "person_id": person,
        "status": "inscrito",
        "enrolled_on": "2026-11-01",
        "queued_at": NOW,
        "withdrawn_on": None,
        "completed_on": None,
        "attention_id": None,
    }
    assert set(values) | {"id"} == protocol.SYNC_TABLES["workshop_enrollment"]
    values.update(overrides)
    return values


def attendance_fields(office: str, session: str, enrollment: str, **overrides: Any) -> dict:
    values = {
        **_synced(office),
        "session_id": session,
        "enrollment_id": enrollment,
        "mark": "presente",
    }
    assert set(values) | {"id"} == protocol.SYNC_TABLES["workshop_attendance"]
    values.update(overrides)
    return values


def insert(device, table: str, fields: dict[str, Any]):
    return device.change(table, new_id(), "insert", fields)


class Workshop:
    """A workshop of ``device``'s office with one session and one enrolled person, pushed."""

    def __init__(self, device) -> None:
        office = device.office
        self.person = device.insert_person()
        self.workshop = insert(device, "workshop", workshop_fields(office))
        self.session = insert(device, "workshop_session", session_fields(office, self.row))
        self.enrollment = insert(
            device, "workshop_enrollment", enrollment_fields(office, self.row, self.person.row)
        )
        self.mark = insert(
            device,
            "workshop_attendance",
            attendance_fields(office, self.session.row, self.enrollment.row),
        )
        reply = device.sync(self.person, self.workshop, self.session, self.enrollment, self.mark)
        assert [a.status for a in reply.acks] == ["applied"] * 5, reply.acks

    @property
    def row(self) -> str:
        return self.workshop.row


BAD = {
    "no capacity": ("workshop", {"capacity": 0}, "capacity: debe estar entre 1 y 500"),
    "too many": ("workshop", {"capacity": 501}, "capacity: debe estar entre 1 y 500"),
    "module": ("workshop", {"modules": "cv,baile"}, "modules: no es una lista de valores"),
    "status": ("workshop", {"status": "terminado"}, "status: no es uno de los valores"),
    "rule": ("workshop", {"min_attendance": 101}, "min_attendance: debe estar entre 1 y 100"),
    "no name": ("workshop", {"name": "  "}, "name: no puede quedar vacío"),
    "clock": ("workshop_session", {"starts_at": "25:00"}, "starts_at: debe ser una hora hh:mm"),
    "date": ("workshop_session", {"date": "2026-02-30"}, "date: no es una fecha que exista"),
    "enrolled": ("workshop_enrollment", {"status": "aprobado"}, "status: no es uno de los"),
    "mark": ("workshop_attendance", {"mark": "tarde"}, "mark: no es uno de los valores"),
}


@pytest.mark.parametrize("case", BAD, ids=list(BAD))
def test_each_bad_value_of_the_workshop_tables_is_refused(sqlite_regional, sqlite_api, case):
    table, change, words = BAD[case]
    device = sqlite_api.device(sqlite_regional.code(CHAITEN), CHAITEN)
    good = Workshop(device)
    fields = {
        "workshop": lambda: workshop_fields(CHAITEN, **change),
        "workshop_session": lambda: session_fields(CHAITEN, good.row, **change),
        "workshop_enrollment": lambda: enrollment_fields(
            CHAITEN, good.row, device.insert_person().row, **change
        ),
        "workshop_attendance": lambda: attendance_fields(
            CHAITEN, good.session.row, good.enrollment.row, **change
        ),
    }[table]()
    bad = insert(device, table, fields)
    fine = device.insert_notice()

    reply = device.sync(bad, fine)

    assert reply.acks[0].status == "refused" and words in (reply.acks[0].reason or "")
    assert reply.acks[1].status == "applied"  # the rest of the batch goes on
    assert sqlite_regional.service.record(table, bad.row) is None


def test_nothing_may_hang_from_another_office_s_workshop(sqlite_regional, sqlite_api):
    """Workshops are never shared: the generic check of references already refuses a session,
    an enrollment or a mark pointing at another office's workshop (it is not visible)."""
    chaiten = sqlite_api.device(sqlite_regional.code(CHAITEN), CHAITEN)
    futaleufu = sqlite_api.device(sqlite_regional.code(FUTALEUFU), FUTALEUFU)
    theirs = Workshop(chaiten)
    person = futaleufu.insert_person()
    futaleufu.sync(person)

    changes = [
        insert(futaleufu, "workshop_session", session_fields(FUTALEUFU, theirs.row)),
        insert(
            futaleufu, "workshop_enrollment", enrollment_fields(FUTALEUFU, theirs.row, person.row)
        ),
        insert(
            futaleufu,
            "workshop_attendance",
            attendance_fields(FUTALEUFU, theirs.session.row, theirs.enrollment.row),
        ),
    ]
    reply = futaleufu.sync(*changes)

    assert [a.status for a in reply.acks] == ["refused"] * 3
    for ack, name in zip(reply.acks, ("workshop_id", "workshop_id", "session_id"), strict=True):
        assert f"{name}: se refiere a un registro" in (ack.reason or "")
    # Changing Chaitén's own records from Futaleufú is out of its scope, too.
    edit = futaleufu.change("workshop_attendance", theirs.mark.row, "update", {"mark": "ausente"})
    assert futaleufu.sync(edit).acks[0].reason == "El registro pertenece a otra oficina."
    assert [c.table for c in futaleufu.pull_all() if c.table.startswith("workshop")] == []
    assert (
        sqlite_regional.service.record("workshop_attendance", theirs.mark.row).fields["mark"]
        == "presente"
    )
    # Chaitén syncs on, untouched by what was refused.
    more = insert(
        chaiten, "workshop_session", session_fields(CHAITEN, theirs.row, date="2026-11-10")
    )
    assert chaiten.sync(more).acks[0].status == "applied"


def test_an_enrollment_is_of_a_person_of_the_office(sqlite_regional, sqlite_api):
    chaiten = sqlite_api.device(sqlite_regional.code(CHAITEN), CHAITEN)
    futaleufu = sqlite_api.device(sqlite_regional.code(FUTALEUFU), FUTALEUFU)
    ours = Workshop(chaiten)
    theirs = futaleufu.insert_person()
    futaleufu.sync(theirs)

    enrollment = insert(
        chaiten, "workshop_enrollment", enrollment_fields(CHAITEN, ours.row, theirs.row)
    )
    reply = chaiten.sync(enrollment)

    assert reply.acks[0].status == "refused"
    assert "person_id: se refiere a un registro" in (reply.acks[0].reason or "")


def test_the_rules_hold_for_the_region_s_records_too(sqlite_regional, sqlite_api):
    """Records of the Dirección Regional are visible to every office, so only the workshop rules
    stop an office from hanging its sessions and enrollments from them."""
    chaiten = sqlite_api.device(sqlite_regional.code(CHAITEN), CHAITEN)
    region = protocol.REGION_OFFICE
    service = sqlite_regional.service
    drop = ("office_code", "created_at", "updated_at", "deleted_at", "shared")
    regional_workshop = service.regional_insert(
        "workshop", {k: v for k, v in workshop_fields(region).items() if k not in drop}
    )
    regional_person = service.regional_insert(
        "person", {k: v for k, v in person_fields(CHAITEN).items() if k not in drop}
    )
    ours = Workshop(chaiten)

    session = insert(chaiten, "workshop_session", session_fields(CHAITEN, regional_workshop))
    enrolled = insert(
        chaiten,
        "workshop_enrollment",
        enrollment_fields(CHAITEN, ours.row, regional_person),
    )
    reply = chaiten.sync(session, enrolled)

    assert reply.acks[0].reason == (
        "El taller es de otra oficina: sus sesiones, inscripciones y asistencia las registra esa "
        "oficina."
    )
    assert reply.acks[1].reason == (
        "Solo se inscribe en un taller a personas registradas en la oficina."
    )


def test_attendance_joins_a_session_and_an_enrollment_of_the_same_workshop(regional, api):
    """On SQLite and on PostgreSQL."""
    device = api.device(regional.code(CHAITEN), CHAITEN)
    first, second = Workshop(device), Workshop(device)

    across = insert(
        device,
        "workshop_attendance",
        attendance_fields(CHAITEN, first.session.row, second.enrollment.row),
    )
    moved = device.change(
        "workshop_attendance", first.mark.row, "update", {"enrollment_id": second.enrollment.row}
    )
    same = insert(
        device,
        "workshop_attendance",
        attendance_fields(CHAITEN, second.session.row, second.enrollment.row, mark="ausente"),
    )
    reply = device.sync(across, moved, same)

    assert [a.status for a in reply.acks] == ["refused", "refused", "applied"]
    assert reply.acks[0].reason == (
        "La asistencia se refiere a una sesión y a una inscripción de talleres distintos."
    )
    assert regional.service.record("workshop_attendance", across.row) is None
    kept = regional.service.record("workshop_attendance", first.mark.row)
    assert kept.fields["enrollment_id"] == first.enrollment.row
