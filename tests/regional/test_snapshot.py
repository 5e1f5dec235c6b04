"""Compaction and snapshots (§7): a device behind the horizon gets current records in pages."""

from __future__ import annotations

from datetime import datetime, timedelta

from omil_desktop.sync import protocol
from omil_desktop.sync.protocol import SnapshotPosition


def test_a_device_behind_the_horizon_gets_a_paged_snapshot(regional, api):
    writer = api.device(regional.code("10401"), "10401")
    people = [writer.insert_person(first_names=f"Persona {i}") for i in range(5)]
    notice = writer.insert_notice()
    writer.sync(*people, notice)
    gone = writer.change("person", people[0].row, "delete", {"deleted_at": "2026-11-22T09:00:00"})
    writer.sync(gone)
    stranger = api.device(regional.code("10301"), "10301")
    stranger.sync(stranger.insert_person())
    regional.service.regional_insert(
        "notice", {"title": "Regional", "body": "", "published_on": "2026-12-01"}
    )

    result = regional.service.compact(up_to_seq=5)
    assert (result.up_to_seq, result.horizon) == (5, 6)
    last = regional.service.identity().last_seq

    late = api.device(regional.code("10401"), "10401")
    first = late.sync(limit=3)
    assert first.changes == [] and first.snapshot is not None
    assert (first.snapshot.at, first.snapshot.done, first.cursor) == (last, False, 0)
    records = list(first.snapshot.records)
    during = writer.insert_person(first_names="Durante la copia")  # after `at`
    writer.sync(during)
    position = first.snapshot
    while not position.done:
        reply = late.sync(snapshot=SnapshotPosition(at=position.at, after=position.after), limit=3)
        assert reply.snapshot is not None and reply.snapshot.at == last  # `at` stays fixed
        records.extend(reply.snapshot.records)
        position = reply.snapshot
    assert late.cursor == last

    order = list(protocol.SYNC_TABLES)
    keys = [(order.index(r.table), r.row) for r in records]
    assert keys == sorted(keys)  # (table order, row id)
    # A record written during the snapshot may be in a later page too (and comes as a change).
    assert {(r.table, r.row) for r in records} - {("person", during.row)} == {
        *(("person", p.row) for p in people),
        ("notice", notice.row),
        *(("notice", r.row) for r in regional.service.records(protocol.REGION_OFFICE)),
    }
    tombstoned = next(r for r in records if r.row == people[0].row)
    assert tombstoned.fields["deleted_at"] == "2026-11-22T09:00:00"
    assert tombstoned.fields["first_names"] == "Persona 0"  # every column
    # After the snapshot, normal pulls bring what changed meanwhile.
    (meanwhile,) = late.pull_all()
    assert meanwhile.fields["first_names"] == "Durante la copia"


def test_compaction_keeps_change_ids_so_a_replay_is_still_a_duplicate(regional, api):
    device = api.device(regional.code("10402"), "10402")
    insert = device.insert_person()
    device.sync(insert)
    regional.service.compact(up_to_seq=regional.service.identity().last_seq)

    reply = device.sync(insert, cursor=0)

    assert reply.acks[0].status == "duplicate"
    assert reply.snapshot is not None  # cursor 0 is behind the horizon
    assert regional.service.integrity_check() == "ok"


def test_compact_by_age(regional_factory):
    now = [datetime(2026, 11, 1, 12, 0)]
    server = regional_factory("sqlite", serve=False, clock=lambda: now[0])
    service = server.service
    first = service.regional_insert(
        "notice", {"title": "Antiguo", "body": "", "published_on": "2026-11-01"}
    )
    now[0] += timedelta(days=40)
    service.regional_insert(
        "notice", {"title": "Reciente", "body": "", "published_on": "2026-12-11"}
    )

    result = service.compact(keep_days=30)

    assert (result.up_to_seq, result.horizon, result.compacted) == (1, 2, 1)
    assert service.record("notice", first).fields["title"] == "Antiguo"  # records stay whole
    assert service.compact(keep_days=30).compacted == 0
