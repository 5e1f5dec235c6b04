"""What "nothing lost, nothing doubled" means, read straight from the two SQLite files.

The device's database (``omil.sqlite3``) and the regional server's (``regional.sqlite3``,
SQLCipher with the key file beside it) are read with ``sqlite3``/``sqlcipher3``, not through the
program's code, so a bug there cannot hide itself. Values are normalised so both sides compare:
ISO dates and times as ``datetime``, booleans as ints.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any

from omil_desktop.sync import protocol

DEVICE_DB = "omil.sqlite3"
SERVER_DB = "regional.sqlite3"

Key = tuple[str, str]


def _connect(path: Path) -> sqlite3.Connection:
    key_file = path.with_name("regional.llave")
    if path.name == SERVER_DB and key_file.exists():
        # The server's file is SQLCipher under the key beside it (regional/store.py): opened with
        # SQLCipher's own sqlite3 module and the raw key, still not through the program's code.
        import sqlcipher3

        db: sqlite3.Connection = sqlcipher3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
        db.execute(f"PRAGMA key = \"x'{key_file.read_text().strip()}'\"")
    else:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
    db.execute("PRAGMA busy_timeout = 30000")
    return db


def normalise(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, str) and len(value) >= 10 and value[4:5] == "-" and value[7:8] == "-":
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return value
    return value


def integrity(path: Path) -> str:
    with _connect(path) as db:
        return "\n".join(str(r[0]) for r in db.execute("PRAGMA integrity_check"))


# -- the device -----------------------------------------------------------------------------------


def device_state(data_dir: Path) -> dict[str, Any]:
    with _connect(data_dir / DEVICE_DB) as db:
        row = db.execute("SELECT device_id, cursor FROM sync_state WHERE id = 1").fetchone()
        pending = db.execute("SELECT count(*) FROM change_log").fetchone()[0]
        office = db.execute("SELECT comuna_code FROM office").fetchone()[0]
        conflicts = db.execute(
            "SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL"
        ).fetchone()[0]
    return {
        "device_id": row[0] if row else None,
        "cursor": row[1] if row else 0,
        "pending": pending,
        "office": office,
        "open_conflicts": conflicts,
    }


def device_change_ids(data_dir: Path) -> list[str]:
    """Ids of the changes waiting in the device's change log, oldest first."""
    with _connect(data_dir / DEVICE_DB) as db:
        return [r[0] for r in db.execute("SELECT change_id FROM change_log ORDER BY seq")]


def device_records(data_dir: Path) -> dict[Key, dict[str, Any]]:
    """Every synced record the device holds (tombstoned too), by (table, row id)."""
    records: dict[Key, dict[str, Any]] = {}
    with _connect(data_dir / DEVICE_DB) as db:
        for table, columns in protocol.SYNC_TABLES.items():
            names = sorted(columns)
            query = f"SELECT {', '.join(names)} FROM {table}"  # our own table and column names
            for values in db.execute(query):
                fields = {n: normalise(v) for n, v in zip(names, values, strict=True)}
                records[(table, fields["id"])] = fields
    return records


# -- the server -----------------------------------------------------------------------------------


def server_records(server_dir: Path) -> dict[Key, dict[str, Any]]:
    """Every record the server holds, with ``office_code``/``shared``/``deleted`` as stored."""
    records: dict[Key, dict[str, Any]] = {}
    with _connect(server_dir / SERVER_DB) as db:
        query = "SELECT table_name, row_id, office_code, shared, deleted, fields FROM record"
        for table, row, office, shared, deleted, fields in db.execute(query):
            values = {k: normalise(v) for k, v in json.loads(fields).items()}
            values["_office"] = office
            values["_shared"] = int(bool(shared))
            values["_deleted"] = int(bool(deleted))
            records[(table, row)] = values
    return records


def server_change_ids(server_dir: Path, device_id: str | None = None) -> Counter[str]:
    """How many times the server holds each change id (of one device, or all)."""
    with _connect(server_dir / SERVER_DB) as db:
        if device_id is None:
            rows = db.execute("SELECT change_id FROM change")
        else:
            rows = db.execute("SELECT change_id FROM change WHERE device_id = ?", (device_id,))
        return Counter(r[0] for r in rows)


def visible_to(
    server: dict[Key, dict[str, Any]], office: str, network_offices: set[str]
) -> dict[Key, dict[str, Any]]:
    """The server records a device of ``office`` may hold (docs/sync-protocol.md §6, §8)."""
    return {
        key: record
        for key, record in server.items()
        if record["_office"] == office
        or record["_office"] == protocol.REGION_OFFICE
        or (record["_office"] in network_offices and record["_shared"])
    }


def differences(
    device: dict[Key, dict[str, Any]],
    server: dict[Key, dict[str, Any]],
    ignore: frozenset[str] = frozenset(),
) -> list[str]:
    """Human-readable differences between a device's records and the server's (empty: equal)."""
    problems: list[str] = []
    for key in sorted(set(device) | set(server)):
        mine, theirs = device.get(key), server.get(key)
        if mine is None:
            problems.append(f"missing on device: {key}")
            continue
        if theirs is None:
            problems.append(f"missing on server: {key}")
            continue
        for name, value in theirs.items():
            if name.startswith("_") or name in ignore:
                continue
            if mine.get(name) != value:
                problems.append(f"{key} {name}: device {mine.get(name)!r} server {value!r}")
    return problems


def assert_converged(
    server_dir: Path,
    device_dirs: list[Path],
    *,
    expected_change_ids: dict[Path, set[str]] | None = None,
    network_offices: dict[str, set[str]] | None = None,
    ignore: frozenset[str] = frozenset(),
) -> None:
    """Both files sound; every device: nothing pending, its records = what the server shows it;
    every change id it ever made on the server exactly once (and nothing else of it)."""
    assert integrity(server_dir / SERVER_DB) == "ok"
    server = server_records(server_dir)
    all_ids = server_change_ids(server_dir)
    assert not [cid for cid, n in all_ids.items() if n != 1], "a change id is on the server twice"
    for device_dir in device_dirs:
        assert integrity(device_dir / DEVICE_DB) == "ok"
        state = device_state(device_dir)
        assert state["pending"] == 0, f"{device_dir.name}: {state['pending']} changes unsent"
        peers = (network_offices or {}).get(state["office"], set())
        visible = visible_to(server, state["office"], peers)
        for key, record in visible.items():  # the comparison below is field by field: not vacuous
            assert set(protocol.SYNC_TABLES[key[0]]) <= set(record), f"{key}: fields missing"
        problems = differences(device_records(device_dir), visible, ignore)
        assert not problems, f"{device_dir.name}: " + "; ".join(problems[:10])
        if expected_change_ids is not None and device_dir in expected_change_ids:
            on_server = server_change_ids(server_dir, state["device_id"])
            expected = expected_change_ids[device_dir]
            assert set(on_server) == expected, (
                f"{device_dir.name}: {len(expected - set(on_server))} changes lost, "
                f"{len(set(on_server) - expected)} unexpected"
            )
            assert all(n == 1 for n in on_server.values())
