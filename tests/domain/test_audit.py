"""The audit log's hash chain (domain/audit.py): what the hash covers and what a check finds."""

from __future__ import annotations

from datetime import datetime, timedelta

from omil_desktop.domain.audit import canonical_content, entry_hash, verify_chains

PC_A, PC_B = "0000aaaa-0000-0000-0000-000000000001", "0000bbbb-0000-0000-0000-000000000002"


def chain(device: str, length: int) -> list[dict[str, object]]:
    entries: list[dict[str, object]] = []
    previous = ""
    for position in range(1, length + 1):
        entry: dict[str, object] = {
            "id": f"{device[:8]}-{position}",
            "office_code": "10404",
            "at": datetime(2026, 11, 29, 12, 0) + timedelta(minutes=position),
            "device": device,
            "position": position,
            "officer": "aperez (Ana Pérez)",
            "action": "modificar",
            "person_id": "p-1",
            "record_table": "person",
            "record_id": "p-1",
            "fields": "phone",
            "detail": "",
            "previous_hash": previous,
            "deleted_at": None,
        }
        entry["hash"] = previous = entry_hash(entry)
        entries.append(entry)
    return entries


def test_the_hash_covers_every_content_field_and_the_link():
    entry = chain(PC_A, 1)[0]
    for name, other in [
        ("officer", "otro"),
        ("fields", "phone,email"),
        ("at", datetime(2026, 1, 1)),
        ("previous_hash", "x"),
        ("record_id", "p-2"),
        ("position", 2),
    ]:
        assert entry_hash({**entry, name: other}) != entry["hash"], name


def test_the_person_reference_is_not_sealed_so_a_merge_can_re_point_it():
    entry = chain(PC_A, 1)[0]
    assert entry_hash({**entry, "person_id": "p-merged"}) == entry["hash"]


def test_a_moment_hashes_the_same_as_a_datetime_and_as_its_iso_text():
    entry = chain(PC_A, 1)[0]
    as_json = {**entry, "at": entry["at"].isoformat()}  # type: ignore[union-attr]
    assert entry_hash(as_json) == entry["hash"]


def test_a_line_break_cannot_forge_another_field():
    entry = chain(PC_A, 1)[0]
    forged = {**entry, "fields": "phone\ndetail=", "detail": ""}
    assert canonical_content(forged) != canonical_content({**entry, "fields": "phone"})


def test_intact_chains_of_two_devices():
    report = verify_chains(chain(PC_A, 1234) + chain(PC_B, 3))
    assert report.intact
    assert report.summary() == "Íntegro: 1.237 entradas de 2 equipos."


def test_an_edited_entry_is_named():
    entries = chain(PC_A, 40)
    entries[36]["fields"] = "rut"
    report = verify_chains(entries, {PC_A: "este equipo"})
    assert [p.message for p in report.problems] == [
        "La entrada N° 37 de este equipo fue modificada."
    ]
    assert not report.intact and "alterado" in report.summary()


def test_a_removed_entry_leaves_a_hole():
    entries = chain(PC_A, 10)
    del entries[4]
    problems = verify_chains(entries).problems
    assert [(p.kind, p.position) for p in problems] == [("faltante", 5)]
    assert "Falta la entrada N° 5 del equipo «0000aaaa»" in problems[0].message


def test_removed_entries_in_a_row_are_one_problem():
    entries = chain(PC_A, 10)
    del entries[3:6]
    problems = verify_chains(entries).problems
    assert [p.message for p in problems] == [
        "Faltan las entradas N° 4 a 6 del equipo «0000aaaa»: fue eliminada del registro."
    ]


def test_an_inserted_entry_with_its_own_hash_does_not_follow_the_chain():
    entries = chain(PC_A, 5)
    forged = {**entries[4], "id": "forged", "position": 6, "previous_hash": "0" * 64}
    forged["hash"] = entry_hash(forged)
    problems = verify_chains([*entries, forged]).problems
    assert [(p.kind, p.position) for p in problems] == [("insertada", 6)]


def test_a_replaced_entry_resealed_breaks_the_link_after_it():
    entries = chain(PC_A, 5)
    entries[1]["fields"] = "rut"
    entries[1]["hash"] = entry_hash(entries[1])
    problems = verify_chains(entries).problems
    assert [(p.kind, p.position) for p in problems] == [("insertada", 3)]


def test_an_entry_marked_deleted_and_a_repeated_position():
    entries = chain(PC_A, 3)
    entries[2]["deleted_at"] = datetime(2026, 12, 1)
    twin = dict(entries[1])
    problems = verify_chains([*entries, twin]).problems
    assert sorted((p.kind, p.position) for p in problems) == [("eliminada", 3), ("repetida", 2)]
