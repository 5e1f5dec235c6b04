"""The sync exchange (docs/sync-protocol.md §5, §6, §9) over real HTTP, SQLite and PostgreSQL."""

from __future__ import annotations

import logging
import threading

import pytest

from omil_desktop.regional.service import RegionalService
from omil_desktop.store.models import new_id
from omil_desktop.sync.protocol import EnrollRequest, PushedChange, SyncRequest
from tests.regional.client import error_of, person_fields


def test_push_is_acknowledged_and_reaches_the_other_device_of_the_office(regional, api):
    first = api.device(regional.code("10401"), "10401")
    second = api.device(regional.code("10401"), "10401")
    insert = first.insert_person()

    reply = first.sync(insert)

    assert [(a.id, a.status, a.conflicts) for a in reply.acks] == [(insert.id, "applied", [])]
    assert reply.changes == []  # its own change is skipped, not sent back
    assert reply.cursor == 1
    assert regional.service.record("person", insert.row).fields["first_names"] == "María José"

    (pulled,) = second.pull_all()
    assert (pulled.seq, pulled.table, pulled.row, pulled.office, pulled.op) == (
        1,
        "person",
        insert.row,
        "10401",
        "insert",
    )
    assert pulled.fields == insert.fields
    assert second.cursor == 1


def test_replayed_batch_gets_duplicates_with_the_same_conflicts(regional, api):
    device = api.device(regional.code("10402"), "10402")
    insert = device.insert_person()
    device.sync(insert)
    regional.service.regional_edit("person", insert.row, {"phone": "+56 9 0000 0000"})
    clash = device.change("person", insert.row, "update", {"phone": "+56 9 1111 1111"}, base=1)
    other = device.change("person", insert.row, "update", {"email": "nuevo@example.cl"}, base=1)

    first = device.sync(clash, other, cursor=1)
    again = device.sync(clash, other, cursor=1)  # the reply was lost: same batch, same cursor

    assert [a.status for a in first.acks] == ["applied", "applied"]
    (conflict,) = first.acks[0].conflicts
    assert (conflict.field, conflict.yours, conflict.theirs) == (
        "phone",
        "+56 9 1111 1111",
        "+56 9 0000 0000",
    )
    assert [a.status for a in again.acks] == ["duplicate", "duplicate"]
    assert [a.conflicts for a in again.acks] == [a.conflicts for a in first.acks]
    assert again.changes == first.changes
    record = regional.service.record("person", insert.row)
    assert record.fields["phone"] == "+56 9 0000 0000"  # the region's value stays
    assert record.fields["email"] == "nuevo@example.cl"  # the other field merged
    assert record.origins["phone"] == "region"
    assert regional.service.identity().last_seq == 4  # insert, regional edit, two updates


def test_out_of_order_batch_is_refused_whole(regional, api):
    device = api.device(regional.code("10401"), "10401")
    device.sync(device.insert_person(), device.insert_person())  # n = 1, 2
    before = regional.service.identity().last_seq
    fresh = device.insert_person()  # n = 3, fine alone
    late = device.change("person", new_id(), "insert", person_fields("10401"), n=2)
    nine = device.change("person", new_id(), "insert", person_fields("10401"), n=9)
    eight = device.change("person", new_id(), "insert", person_fields("10401"), n=8)

    replayed = device.request([late])  # a new change whose n is not above the last
    mixed = device.request([late, fresh])
    reordered = device.request([fresh, nine, eight])

    for response in (replayed, mixed, reordered):
        assert response.status_code == 409
        assert error_of(response) == "out_of_order"
    assert regional.service.record("person", fresh.row) is None
    assert regional.service.identity().last_seq == before


def test_an_office_cannot_write_or_read_another_offices_records(regional, api, caplog):
    chaiten = api.device(regional.code("10401"), "10401")
    osorno = api.device(regional.code("10301"), "10301")
    theirs = chaiten.insert_person(notes="historia clínica reservada")
    chaiten.sync(theirs)
    caplog.set_level(logging.WARNING, logger="omil_desktop.regional")

    foreign_insert = osorno.insert_person(office_code="10401", notes="dato sensible")
    foreign_update = osorno.change("person", theirs.row, "update", {"notes": "dato sensible"})
    move_away = chaiten.change("person", theirs.row, "update", {"office_code": "10301"})
    unknown_table = osorno.change("company", new_id(), "insert", {"name": "Salmonera"})
    unknown_field = osorno.insert_person(salary=900000)
    shared_person = osorno.insert_person(shared=True)
    ok = osorno.insert_person(first_names="Pedro")
    reply = osorno.sync(
        foreign_insert, foreign_update, unknown_table, unknown_field, shared_person, ok
    )
    moved = chaiten.sync(move_away)

    assert [a.status for a in reply.acks] == ["refused"] * 5 + ["applied"]
    assert all(a.reason for a in reply.acks[:5])
    assert moved.acks[0].status == "refused"
    assert regional.service.record("person", foreign_insert.row) is None
    assert regional.service.record("person", theirs.row).fields["notes"] == (
        "historia clínica reservada"
    )
    assert regional.service.record("person", theirs.row).office == "10401"
    # Osorno never receives Chaitén's record, not even in a full pull.
    assert all(c.office == "10301" for c in osorno.pull_all())
    assert [r.table for r in regional.service.refusals()] == [
        "person",
        "person",
        "company",
        "person",
        "person",
        "person",
    ]
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert logged.count("Cambio rechazado") == 6
    assert osorno.id in logged and foreign_update.row in logged
    for secret in ("sensible", "reservada", "Salmonera", "María", "12345678", "900000"):
        assert secret not in logged


def test_a_refused_change_sent_again_is_refused_again_not_out_of_order(regional, api):
    device = api.device(regional.code("10401"), "10401")
    refused = device.insert_person(office_code="10301")
    first = device.sync(refused)
    again = device.sync(refused)

    assert first.acks[0].status == again.acks[0].status == "refused"
    assert again.acks[0].reason == first.acks[0].reason


def test_regional_edit_merges_with_a_later_office_edit_and_clashes_with_an_earlier_one(
    regional, api
):
    device = api.device(regional.code("10403"), "10403")
    insert = device.insert_person()
    device.sync(insert)
    seq = regional.service.regional_edit("person", insert.row, {"email": "region@example.cl"})
    assert seq == 2
    # Made before seeing the regional edit (base 1), on the same field: a clash.
    stale = device.change("person", insert.row, "update", {"email": "oficina@example.cl"}, base=1)
    reply = device.sync(stale)
    assert [(c.field, c.yours, c.theirs) for c in reply.acks[0].conflicts] == [
        ("email", "oficina@example.cl", "region@example.cl")
    ]
    assert [(c.seq, c.fields["email"]) for c in reply.changes] == [(2, "region@example.cl")]
    # Made after the officer saw it (base 2 or more): it wins, no clash.
    chosen = device.change("person", insert.row, "update", {"email": "oficina@example.cl"})
    assert device.sync(chosen).acks[0].conflicts == []
    record = regional.service.record("person", insert.row)
    assert record.fields["email"] == "oficina@example.cl"
    assert record.origins["email"] == device.id
    # The device's own later edits of a field it wrote last never clash, whatever the base.
    again = device.change("person", insert.row, "update", {"email": "otra@example.cl"}, base=0)
    assert device.sync(again).acks[0].conflicts == []


def test_tombstone_travels_and_updated_at_never_clashes(regional, api):
    first = api.device(regional.code("10402"), "10402")
    second = api.device(regional.code("10402"), "10402")
    insert = first.insert_person()
    first.sync(insert)
    second.pull_all()
    edit = second.change(
        "person", insert.row, "update", {"phone": "1", "updated_at": "2026-11-22T10:00:00"}
    )
    second.sync(edit)
    delete = first.change(
        "person",
        insert.row,
        "delete",
        {"deleted_at": "2026-11-22T09:00:00", "updated_at": "2026-11-22T09:00:00"},
        base=1,
    )

    reply = first.sync(delete)

    assert reply.acks[0].conflicts == []
    record = regional.service.record("person", insert.row)
    assert record.deleted
    assert record.fields["updated_at"] == "2026-11-22T10:00:00"  # the newest stays
    (pulled,) = second.pull_all()
    assert (pulled.op, pulled.fields) == ("delete", {"deleted_at": "2026-11-22T09:00:00"})


def test_pull_pages_with_more_and_skips_what_the_device_may_not_see(regional, api):
    writer = api.device(regional.code("10401"), "10401")
    reader = api.device(regional.code("10401"), "10401")
    stranger = api.device(regional.code("10301"), "10301")
    stranger.sync(*[stranger.insert_person() for _ in range(3)])
    writer.sync(*[writer.insert_person() for _ in range(5)])

    pages = []
    while True:
        reply = reader.sync(limit=2)
        pages.append([c.seq for c in reply.changes])
        if not reply.more:
            break

    assert pages == [[4, 5], [6, 7], [8]]
    assert reader.cursor == 8
    assert stranger.sync().cursor == 8  # nothing visible, but the cursor moves past it all


def test_concurrent_pushes_get_distinct_increasing_seqs(regional, api):
    devices = [api.device(regional.code(office), office) for office in ("10401", "10402")] * 1
    devices += [api.device(regional.code("10401"), "10401")]
    replies: dict[str, list] = {}
    errors: list[BaseException] = []

    def push(device) -> None:
        try:
            replies[device.id] = []
            for _ in range(5):
                batch = [device.insert_person() for _ in range(4)]
                replies[device.id].append((batch, device.sync(*batch)))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=push, args=(d,)) for d in devices]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert errors == []
    assert all(a.status == "applied" for runs in replies.values() for _, r in runs for a in r.acks)
    assert regional.service.identity().last_seq == 60
    assert regional.service.change_count() == 60
    assert len(regional.service.records("10401")) == 40
    # Each device's changes got increasing seqs: its pulls never run backwards.
    for runs in replies.values():
        cursors = [reply.cursor for _, reply in runs]
        assert cursors == sorted(cursors)
    assert regional.service.integrity_check() == "ok"


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_two_server_processes_on_one_database_never_share_a_seq(regional_factory, backend):
    """Two services (as two server processes would) over the same database: the database lock
    (BEGIN IMMEDIATE / SELECT … FOR UPDATE), not the in-process one, keeps seqs apart."""
    first = regional_factory(backend, serve=False).service
    second = RegionalService.open(database_url=first.store.engine.url.render_as_string(False))
    try:
        enrolled = [
            service.enroll(
                EnrollRequest(
                    code=first.issue_code(office).code, office_code=office, device_name="PC"
                )
            )
            for service, office in ((first, "10401"), (second, "10402"))
        ]
        errors: list[BaseException] = []

        def push(service: RegionalService, device_id: str, office: str) -> None:
            try:
                for n in range(1, 21):
                    change = PushedChange(
                        id=new_id(), n=n, table="person", row=new_id(), op="insert", base=0,
                        at="2026-11-21T14:03:11", fields=person_fields(office),
                    )  # fmt: skip
                    service.sync(device_id, SyncRequest(changes=[change], cursor=0))
            except BaseException as exc:
                errors.append(exc)

        threads = [
            threading.Thread(target=push, args=(service, e.device_id, e.office_code))
            for service, e in zip((first, second), enrolled, strict=True)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)

        assert errors == []
        assert first.identity().last_seq == second.change_count() == 40
    finally:
        second.close()


def test_a_new_record_missing_columns_is_refused(regional, api):
    """An insert carries every synced column (docs §5): a partial one would reach other devices
    as a record they cannot hold."""
    from omil_desktop.regional.service import AdminError

    device = api.device(regional.code("10401"), "10401")
    full = device.insert_notice()
    partial = device.change(
        "notice", new_id(), "insert", {k: v for k, v in full.fields.items() if k != "body"}
    )

    (ack,) = device.sync(partial).acks

    assert ack.status == "refused" and "body: falta" in (ack.reason or "")
    assert regional.service.record("notice", partial.row) is None
    with pytest.raises(AdminError, match="body: falta"):
        regional.service.regional_insert(
            "notice", {"title": "Sin texto", "published_on": "2026-12-01"}
        )
