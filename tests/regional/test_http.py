"""The HTTP layer (§2, §3): headers, check order, bodies and limits; nothing written on errors."""

from __future__ import annotations

import gzip
import json
import os

import pytest

from omil_desktop.sync import protocol
from omil_desktop.sync.protocol import SyncRequest
from tests.regional.client import error_of, headers


@pytest.fixture
def device(sqlite_regional, sqlite_api):
    return sqlite_api.device(sqlite_regional.code("10401"), "10401")


def _nothing_written(server, before: int) -> None:
    assert server.service.identity().last_seq == before
    assert server.service.records("10401") == []


def test_ping_answers_204_with_both_headers(sqlite_regional, sqlite_api):
    response = sqlite_api.http.get("/api/ping")

    assert response.status_code == 204
    assert response.content == b""
    assert response.headers[protocol.PROTOCOL_HEADER] == str(protocol.PROTOCOL)
    assert response.headers[protocol.SERVER_ID_HEADER] == sqlite_regional.service.server_id


def test_every_error_carries_the_headers_and_a_gzipped_spanish_body(sqlite_api):
    response = sqlite_api.http.post("/api/sync", content=b"x", headers=headers())

    assert response.status_code == 409  # no OMIL-Server-Id
    assert response.headers["content-encoding"] == "gzip"
    assert response.headers[protocol.PROTOCOL_HEADER] == str(protocol.PROTOCOL)
    assert response.headers[protocol.SERVER_ID_HEADER] == sqlite_api.server_id
    body = json.loads(response.content)
    assert body["error"] == "wrong_server"
    assert "otro servidor regional" in body["message"]
    missing = sqlite_api.http.get("/api/nada")
    assert missing.status_code == 404 and error_of(missing) == "not_found"
    assert missing.headers[protocol.SERVER_ID_HEADER] == sqlite_api.server_id


@pytest.mark.parametrize(
    ("version", "status", "code", "words"),
    [
        ("1", 426, "protocol_too_old", "Actualice OMIL Desktop"),
        (str(protocol.PROTOCOL + 1), 426, "protocol_too_new", "El servidor regional aún no se"),
        ("", 400, "malformed", "OMIL-Protocol"),
    ],
)
def test_protocol_version_is_checked_first(sqlite_regional, device, version, status, code, words):
    before = sqlite_regional.service.identity().last_seq
    # Wrong server and a bad credential too: the version is what the client must hear about.
    response = device.post(
        protocol.encode(SyncRequest(changes=[device.insert_person()], cursor=0)),
        **{
            protocol.PROTOCOL_HEADER: version,
            protocol.SERVER_ID_HEADER: "otro",
            "Authorization": "",
        },
    )

    assert response.status_code == status
    assert error_of(response) == code
    assert words in json.loads(response.content)["message"]
    _nothing_written(sqlite_regional, before)


def test_server_id_is_checked_before_the_credential(sqlite_regional, device):
    body = protocol.encode(SyncRequest(changes=[device.insert_person()], cursor=0))

    wrong = device.post(body, **{protocol.SERVER_ID_HEADER: "0193-otro", "Authorization": "x"})
    no_credential = device.post(body, Authorization="")
    bad_secret = device.post(body, Authorization=f"Bearer {device.id}.otro")
    unknown = device.post(body, Authorization=f"Bearer {protocol.REGION_OFFICE}.x")

    assert (wrong.status_code, error_of(wrong)) == (409, "wrong_server")
    for response in (no_credential, bad_secret, unknown):
        assert (response.status_code, error_of(response)) == (401, "unknown_device")
    _nothing_written(sqlite_regional, 0)


def test_revoked_device_is_refused_and_writes_nothing(sqlite_regional, device):
    sqlite_regional.service.revoke(device.id)

    response = device.request([device.insert_person()])

    assert (response.status_code, error_of(response)) == (403, "device_revoked")
    assert "pida un código nuevo" in json.loads(response.content)["message"]
    _nothing_written(sqlite_regional, 0)
    assert sqlite_regional.service.devices()[0].last_sync_at is None


def test_a_client_one_version_behind_syncs(sqlite_regional, sqlite_api):
    old = sqlite_api.device(sqlite_regional.code("10401"), "10401", version=protocol.MIN_PROTOCOL)

    reply = old.sync(old.insert_person())

    assert reply.acks[0].status == "applied"
    assert sqlite_regional.service.devices()[0].protocol == protocol.MIN_PROTOCOL


@pytest.mark.parametrize(
    ("body", "encoding", "status", "code"),
    [
        (b"not gzip at all", "gzip", 400, "malformed"),
        (gzip.compress(b"{not json"), "gzip", 400, "malformed"),
        (gzip.compress(b'{"changes": [], "cursor": -1}'), "gzip", 400, "malformed"),
        (gzip.compress(b'{"cursor": 0, "extra": 1}'), "gzip", 400, "malformed"),
        (gzip.compress(b'{"cursor": 0}')[:-6], "gzip", 400, "malformed"),  # cut short
        (b'{"cursor": 0}', "", 400, "malformed"),  # not compressed
        (os.urandom(protocol.MAX_COMPRESSED_BYTES + 1), "gzip", 413, "too_large"),
        (gzip.compress(b" " * (protocol.MAX_BODY_BYTES + 1)), "gzip", 413, "too_large"),  # bomb
    ],
    ids=["not-gzip", "not-json", "bad-shape", "extra-key", "truncated", "plain", "big", "bomb"],
)
def test_bad_bodies_are_refused(sqlite_regional, device, body, encoding, status, code):
    response = device.post(body, **{"Content-Encoding": encoding})

    assert response.status_code == status
    assert error_of(response) == code
    _nothing_written(sqlite_regional, 0)


def test_too_many_changes_is_too_large_and_nothing_is_applied(sqlite_regional, device):
    changes = [device.insert_person() for _ in range(protocol.MAX_BATCH + 1)]
    body = protocol.encode(
        {"changes": [c.model_dump() for c in changes], "cursor": 0, "limit": 500}
    )

    response = device.post(body)

    assert (response.status_code, error_of(response)) == (413, "too_large")
    _nothing_written(sqlite_regional, 0)


def test_a_full_batch_of_2000_is_applied_in_one_request(sqlite_regional, device):
    changes = [device.insert_person() for _ in range(protocol.MAX_BATCH)]

    reply = device.sync(*changes)

    assert len(reply.acks) == protocol.MAX_BATCH
    assert sqlite_regional.service.identity().last_seq == protocol.MAX_BATCH
