"""The server keeps the audit log append-only and tamper-evident (docs/sync-protocol.md §16): an
entry is only inserted, never updated or deleted; its hash is recomputed; it follows the entry
before it in its device's chain when the server holds it; it names a person of the office. A
refused entry never stops the rest of the batch."""

from __future__ import annotations

import json
from typing import Any

from omil_desktop.domain.audit import entry_hash
from omil_desktop.store.models import new_id
from omil_desktop.sync import protocol
from tests.regional.client import NOW

PALENA, CHAITEN = "10404", "10401"
PC_1, PC_2 = new_id(), new_id()


class Chain:
    """A device's audit chain, sealed entry by entry as a desktop does."""

    def __init__(self, device, pc: str) -> None:
        self.device, self.pc = device, pc
        self.last_hash = ""
        self.position = 0

    def next(self, person: str | None = None, **overrides: Any):
        self.position += 1
        row = new_id()
        values: dict[str, Any] = {
            "office_code": self.device.office,
            "created_at": NOW,
            "updated_at": NOW,
            "deleted_at": None,
            "shared": False,
            "at": f"2026-11-21T14:03:{self.position:02d}.000123",
            "device": self.pc,
            "position": self.position,
            "officer": "aperez (Ana Pérez)",
            "action": "ver",
            "person_id": person,
            "record_table": "person" if person else "",
            "record_id": person or "",
            "fields": "",
            "detail": "",
            "previous_hash": self.last_hash,
        }
        assert set(values) | {"id", "hash"} == protocol.SYNC_TABLES["audit_entry"]
        values["hash"] = entry_hash({**values, "id": row})
        values.update(overrides)
        self.last_hash = values["hash"]
        return self.device.change("audit_entry", row, "insert", values)


def statuses(reply) -> list[str]:
    return [a.status for a in reply.acks]


def test_a_chain_is_accepted_and_a_tampered_entry_refused(regional, api):
    device = api.device(regional.code(PALENA), PALENA)
    person = device.insert_person()
    chain = Chain(device, PC_1)
    first, second = chain.next(person.row), chain.next(person.row)
    assert statuses(device.sync(person, first, second)) == ["applied"] * 3

    tampered = chain.next(person.row)
    tampered.fields["action"] = "modificar"  # changed after it was sealed
    fine = device.insert_notice()
    reply = device.sync(tampered, fine)
    assert reply.acks[0].reason == (
        "La entrada del registro de accesos fue alterada: su huella (hash) no coincide."
    )
    assert reply.acks[1].status == "applied"

    # Resealed, but not following the stored entry before it: an insertion.
    forged = chain.next(person.row, position=3)  # the refused entry's place
    forged.fields["previous_hash"] = "0" * 64
    forged.fields["hash"] = entry_hash({**forged.fields, "id": forged.row})
    assert (
        device.sync(forged)
        .acks[0]
        .reason.startswith("La entrada del registro de accesos no sigue a la anterior")
    )
    assert regional.service.record("audit_entry", tampered.row) is None
    stored = regional.service.record("audit_entry", second.row)
    assert entry_hash({**stored.fields, "id": second.row}) == stored.fields["hash"]


def test_an_entry_is_never_updated_nor_deleted(sqlite_regional, sqlite_api):
    device = sqlite_api.device(sqlite_regional.code(PALENA), PALENA)
    entry = Chain(device, PC_1).next()
    assert statuses(device.sync(entry)) == ["applied"]
    update = device.change("audit_entry", entry.row, "update", {"officer": "nadie"})
    delete = device.change("audit_entry", entry.row, "delete", {"deleted_at": NOW})
    reply = device.sync(update, delete)
    assert [a.reason for a in reply.acks] == [
        "El registro de accesos solo admite entradas nuevas: una entrada no se modifica ni se "
        "elimina."
    ] * 2
    stored = sqlite_regional.service.record("audit_entry", entry.row)
    assert stored.fields["officer"] == "aperez (Ana Pérez)" and not stored.deleted


def test_a_place_in_a_chain_is_taken_once_and_by_its_own_device(sqlite_regional, sqlite_api):
    pc_1 = sqlite_api.device(sqlite_regional.code(PALENA), PALENA)
    pc_2 = sqlite_api.device(sqlite_regional.code(PALENA), PALENA)
    chain = Chain(pc_1, PC_1)
    assert statuses(pc_1.sync(chain.next(), chain.next())) == ["applied"] * 2
    again = Chain(pc_1, PC_1)
    again.next()
    twin = again.next()  # position 2 again, another id
    assert pc_1.sync(twin).acks[0].reason == (
        "La entrada del registro de accesos ocupa un lugar que ya tiene otra del mismo equipo."
    )
    # Another device may not continue PC 1's chain.
    other = Chain(pc_2, PC_1)
    other.position, other.last_hash = chain.position, chain.last_hash
    assert pc_2.sync(other.next()).acks[0].reason == (
        "La cadena del registro de accesos pertenece a otro equipo."
    )
    # Its own chain is its own.
    assert statuses(pc_2.sync(Chain(pc_2, PC_2).next())) == ["applied"]


def test_the_first_entry_follows_nothing_and_names_a_person_of_the_office(
    sqlite_regional, sqlite_api
):
    palena = sqlite_api.device(sqlite_regional.code(PALENA), PALENA)
    chaiten = sqlite_api.device(sqlite_regional.code(CHAITEN), CHAITEN)
    theirs = chaiten.insert_person()
    assert statuses(chaiten.sync(theirs)) == ["applied"]
    chain = Chain(palena, PC_1)
    reply = palena.sync(chain.next(previous_hash="a" * 64, hash="b" * 64))
    assert reply.acks[0].status == "refused"
    chain = Chain(palena, PC_1)
    forged_first = chain.next()
    forged_first.fields["previous_hash"] = "a" * 64
    forged_first.fields["hash"] = entry_hash({**forged_first.fields, "id": forged_first.row})
    assert palena.sync(forged_first).acks[0].reason.startswith("La entrada del registro de")
    other = Chain(palena, PC_2).next(theirs.row)
    assert palena.sync(other).acks[0].status == "refused"  # another office's person


def test_the_region_verifies_an_office_s_chains(regional, api, capsys):
    from sqlalchemy import text

    from omil_desktop.regional.cli import main
    from omil_desktop.regional.store import create_regional_engine

    device = api.device(regional.code(PALENA), PALENA)
    chain = Chain(device, PC_1)
    assert statuses(device.sync(chain.next(), chain.next(), chain.next())) == ["applied"] * 3
    argv = ["auditoria", "verificar", "--oficina", PALENA, "--database-url", regional.database_url]
    assert main(argv) == 0
    assert capsys.readouterr().out == "Oficina 10404: Íntegro: 3 entradas de 1 equipo.\n"

    # Someone with access to the region's database edits an entry: the check names it.
    (stored,) = [
        r for r in regional.service.records(PALENA, "audit_entry") if r.fields["position"] == 2
    ]
    engine = create_regional_engine(regional.database_url)  # SQLite: with the region's key
    with engine.begin() as connection:
        fields = {**stored.fields, "officer": "otra persona"}
        connection.execute(
            text("UPDATE record SET fields = :fields WHERE row_id = :row"),
            {"fields": json.dumps(fields), "row": stored.row},
        )
    engine.dispose()
    assert main(argv) == 1
    out = capsys.readouterr().out
    assert "La entrada N° 2 del equipo «" in out and "fue modificada" in out
