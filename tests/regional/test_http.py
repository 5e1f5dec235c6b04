"""The HTTP layer (§2, §3): headers, check order, bodies and limits; nothing written on errors."""

from __future__ import annotations

import asyncio
import gzip
import http.client
import json
import logging
import os
import socket
import threading
import time
import tracemalloc
import zlib

import httpx
import pytest

from omil_desktop.store.models import new_id
from omil_desktop.sync import protocol
from omil_desktop.sync.protocol import SyncRequest, SyncResponse
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


# -- issue 7, point 4: no unauthenticated work ----------------------------------------------------


def _enroll_json(code: str = "AAAA-AAAA-AAAA", **extra: object) -> bytes:
    values = {"code": code, "office_code": "10401", "device_name": "PC OMIL", **extra}
    return json.dumps(values).encode()


def _nothing_enrolled(server) -> None:
    assert server.service.devices() == []
    assert server.service.identity().last_seq == 0


def test_openapi_and_docs_are_not_served(sqlite_api):
    for path in ("/openapi.json", "/docs", "/redoc", "/docs/oauth2-redirect"):
        response = sqlite_api.http.get(path)
        assert (response.status_code, error_of(response)) == (404, "not_found"), path


@pytest.mark.parametrize(
    ("body", "code"),
    [
        # Valid JSON, but padded past the 16 KiB an enrollment may inflate to.
        (gzip.compress(_enroll_json()[:-1] + b" " * protocol.MAX_ENROLL_BODY_BYTES + b"}"), 413),
        # A bomb: 32 MiB of spaces in a few KiB.
        (gzip.compress(b" " * protocol.MAX_BODY_BYTES), 413),
        # Over 4 KiB as sent (incompressible).
        (os.urandom(protocol.MAX_ENROLL_COMPRESSED_BYTES + 1), 413),
    ],
    ids=["padded", "bomb", "big"],
)
def test_enroll_refuses_bodies_past_its_own_small_limits(sqlite_regional, sqlite_api, body, code):
    response = sqlite_api.http.post("/api/enroll", content=body, headers=headers())

    assert (response.status_code, error_of(response)) == (code, "too_large")
    assert "tamaño máximo" in response.json()["message"]
    _nothing_enrolled(sqlite_regional)


def test_enroll_refuses_a_declared_length_before_reading_or_checking_anything(
    sqlite_regional, sqlite_api
):
    # A wrong protocol version would be 426: the declared size is refused first, unread.
    body = os.urandom(protocol.MAX_ENROLL_COMPRESSED_BYTES + 1)
    response = sqlite_api.http.post(
        "/api/enroll", content=body, headers=headers(version=99, **{"Content-Encoding": "gzip"})
    )

    assert (response.status_code, error_of(response)) == (413, "too_large")
    _nothing_enrolled(sqlite_regional)


def _post_unfinished(url: str, path: str, extra: dict, body: bytes) -> tuple[int, dict]:
    """POST ``body`` chunked (no Content-Length) and never send the end of it: only a server
    that refuses while the body streams in can answer (else this times out)."""
    host, port = httpx.URL(url).host, httpx.URL(url).port
    with socket.create_connection((host, port), timeout=20) as sock:
        lines = [f"POST {path} HTTP/1.1", f"Host: {host}", "Transfer-Encoding: chunked"]
        lines += [f"{name}: {value}" for name, value in extra.items()]
        sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode())
        for start in range(0, len(body), 64 * 1024):
            piece = body[start : start + 64 * 1024]
            try:
                sock.sendall(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
            except OSError:  # the server answered and closed: read what it said
                break
        response = http.client.HTTPResponse(sock)
        response.begin()
        content = response.read()
    assert response.getheader("Content-Encoding") == "gzip"
    return response.status, json.loads(gzip.decompress(content))


def test_enroll_refuses_a_streamed_body_as_it_passes_the_limit(sqlite_regional, sqlite_api):
    body = os.urandom(protocol.MAX_ENROLL_COMPRESSED_BYTES + 1)

    status, answer = _post_unfinished(sqlite_api.url, "/api/enroll", headers(), body)

    assert (status, answer["error"]) == (413, "too_large")
    _nothing_enrolled(sqlite_regional)


def test_sync_refuses_a_streamed_body_as_it_passes_the_limit(sqlite_regional, device):
    body = os.urandom(protocol.MAX_COMPRESSED_BYTES + 1)
    extra = headers(device.api.server_id, Authorization=device.authorization)

    status, answer = _post_unfinished(device.api.url, "/api/sync", extra, body)

    assert (status, answer["error"]) == (413, "too_large")
    _nothing_written(sqlite_regional, 0)


def test_an_enrollment_of_a_few_hundred_bytes_is_within_the_limits(sqlite_regional, sqlite_api):
    code = sqlite_regional.code("10401")
    body = gzip.compress(_enroll_json(code, device_name="PC " + "ñ" * 100))
    assert len(body) < 400

    response = sqlite_api.http.post("/api/enroll", content=body, headers=headers())

    assert response.status_code == 200, response.content


@pytest.mark.parametrize(
    ("body", "encoding"),
    [
        (b"not gzip at all", "gzip"),
        (gzip.compress(b"{not json"), "gzip"),
        (gzip.compress(b'{"code": "A", "office_code": "10401"}'), "gzip"),  # no device name
        (gzip.compress(_enroll_json(extra=1)), "gzip"),
        (gzip.compress(_enroll_json(replaces="x" * 37)), "gzip"),
        (gzip.compress(_enroll_json())[:-6], "gzip"),  # cut short
        (_enroll_json(), ""),  # not compressed
        (b"", "gzip"),
    ],
    ids=[
        "not-gzip",
        "not-json",
        "missing",
        "extra-key",
        "long-replaces",
        "truncated",
        "plain",
        "empty",
    ],
)
def test_bad_enrollment_bodies_are_malformed_and_spend_no_code(
    sqlite_regional, sqlite_api, body, encoding
):
    code = sqlite_regional.code("10401")

    response = sqlite_api.http.post(
        "/api/enroll", content=body, headers=headers(**{"Content-Encoding": encoding})
    )

    assert (response.status_code, error_of(response)) == (400, "malformed")
    _nothing_enrolled(sqlite_regional)
    assert sqlite_api.enroll(code, "10401").status_code == 200  # the code is still good


def test_inflating_stops_at_the_endpoints_limit(tmp_path):
    from omil_desktop.regional.app import ENROLL_BODY, decode
    from omil_desktop.regional.service import ProtocolError
    from omil_desktop.sync.protocol import EnrollRequest

    # The first 4 KiB of a bomb of spaces: they alone inflate to about 4 MiB.
    bomb = gzip.compress(b" " * protocol.MAX_BODY_BYTES)[: protocol.MAX_ENROLL_COMPRESSED_BYTES]
    assert len(zlib.decompressobj(wbits=31).decompress(bomb)) > 200 * protocol.MAX_ENROLL_BODY_BYTES

    tracemalloc.start()
    try:
        with pytest.raises(ProtocolError) as refused:
            decode(EnrollRequest, bomb, ENROLL_BODY)
        _size, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert refused.value.code == "too_large"
    assert peak < 16 * protocol.MAX_ENROLL_BODY_BYTES  # the limit and zlib's window, not 4 MiB


def _on_event_loop() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


def test_decoding_and_the_database_never_run_on_the_event_loop(
    sqlite_regional, sqlite_api, monkeypatch
):
    calls: list[tuple[str, bool]] = []

    def spy(owner, name):
        original = getattr(owner, name)

        def wrapper(*args, **kwargs):
            calls.append((name, _on_event_loop()))
            return original(*args, **kwargs)

        monkeypatch.setattr(owner, name, wrapper)

    store = sqlite_regional.service.store
    for owner, name in [
        (store, "read"),
        (store, "write"),
        (protocol, "decompress"),
        (protocol, "decode"),
        (protocol, "encode"),
    ]:
        spy(owner, name)
    sqlite_regional.service._identity = None  # the next server-id check reads the database

    device = sqlite_api.device(sqlite_regional.code("10401"), "10401")
    reply = device.sync(device.insert_person())
    bad = device.post(b"not gzip")
    revoked = sqlite_api.enroll("AAAA-AAAA-AAAA", "10401")

    assert reply.acks[0].status == "applied"
    assert (bad.status_code, revoked.status_code) == (400, 403)
    names = {name for name, _ in calls}
    assert {"read", "write", "decompress", "decode", "encode"} <= names
    assert [name for name, on_loop in calls if on_loop and name != "encode"] == []
    # Only small error bodies are encoded on the loop; every answer with data is encoded off it.
    assert sum(1 for name, on_loop in calls if name == "encode" and not on_loop) >= 2


def test_a_ping_answers_while_a_sync_is_being_decoded(sqlite_regional, device, monkeypatch):
    entered, release = threading.Event(), threading.Event()
    original = protocol.decode

    def slow_decode(model, body, **kwargs):
        if model is SyncRequest:
            entered.set()
            release.wait(timeout=30)
        return original(model, body, **kwargs)

    monkeypatch.setattr(protocol, "decode", slow_decode)
    answers: list[httpx.Response] = []
    syncing = threading.Thread(target=lambda: answers.append(device.request([])))
    syncing.start()
    try:
        assert entered.wait(timeout=20)
        with httpx.Client(base_url=device.api.url, timeout=10) as other:
            ping = other.get("/api/ping")  # would wait for the decode if it ran on the loop
        assert ping.status_code == 204
        assert not answers  # the sync is still being decoded
    finally:
        release.set()
        syncing.join(timeout=30)
    assert answers[0].status_code == 200


def test_what_a_device_sends_reaches_the_log_as_one_escaped_line(sqlite_regional, device, caplog):
    caplog.set_level(logging.INFO, logger="omil_desktop.regional")
    person = device.insert_person()
    device.sync(person)
    forged = device.change("x\nFAKE LOG LINE", new_id(), "insert", {"a": 1})
    odd_field = device.change(
        "person", person.row, "update", {"\x1b[2J\r\nFAKE": 1, "z" * 2000: 2, "phone": "1"}
    )

    reply = device.sync(forged, odd_field)

    assert [a.status for a in reply.acks] == ["refused", "refused"]
    refusals = [r.getMessage() for r in caplog.records if "Cambio rechazado" in r.getMessage()]
    assert len(refusals) == 2
    for line in refusals:
        assert line.isprintable(), line  # no newline, carriage return or escape character
        assert len(line) < 800  # the 2000-character field name is cut
    assert "tabla=x\\nFAKE LOG LINE " in refusals[0]
    assert "\\x1b[2J\\r\\nFAKE" in refusals[1] and "…" in refusals[1]
    assert "María" not in caplog.text and "12345678" not in caplog.text  # never record contents
    assert sqlite_regional.service.identity().last_seq == 1  # only the first person


def test_an_internal_error_logs_no_message_of_the_device(
    sqlite_regional, device, caplog, monkeypatch
):
    what_a_device_sent = "RUT 12.345.678-5\nFAKE LOG LINE"

    def failing_sync(*_args, **_kwargs):
        raise ValueError(what_a_device_sent)  # e.g. a database error quoting its parameters

    monkeypatch.setattr(sqlite_regional.service, "sync", failing_sync)

    response = device.request([device.insert_person()])

    assert (response.status_code, error_of(response)) == (500, "server_error")
    assert "no guardó nada" in response.json()["message"]
    assert "ValueError" in caplog.text
    assert "12.345.678-5" not in caplog.text and "FAKE LOG LINE" not in caplog.text
    _nothing_written(sqlite_regional, 0)


def test_device_values_are_made_printable_and_cut():
    assert protocol.printable("x\nFAKE") == "x\\nFAKE"
    assert protocol.printable("Núñez\u2028\x00") == "Núñez\\u2028\\x00"
    assert protocol.printable("a" * 100, 10) == "a" * 10 + "…"
    assert protocol.printable(None) == "None"


def test_a_device_cut_while_sending_is_no_server_error(sqlite_regional, device, caplog):
    """A link that drops mid-body is the device's weather, not a fault of the server: nothing is
    written, nothing is logged as an error."""
    host, port = httpx.URL(device.api.url).host, httpx.URL(device.api.url).port
    body = protocol.encode(SyncRequest(changes=[device.insert_person()], cursor=0))
    values = headers(device.api.server_id, Authorization=device.authorization)
    with caplog.at_level("INFO", logger="omil_desktop.regional"):
        with socket.create_connection((host, port), timeout=20) as sock:
            lines = ["POST /api/sync HTTP/1.1", f"Host: {host}", f"Content-Length: {len(body)}"]
            lines += [f"{name}: {value}" for name, value in values.items()]
            sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode() + body[: len(body) // 2])
        deadline = time.monotonic() + 10
        while "cortó la conexión" not in caplog.text and time.monotonic() < deadline:
            time.sleep(0.05)

    assert "cortó la conexión" in caplog.text
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    _nothing_written(sqlite_regional, 0)


def test_an_answer_lists_only_the_acks_with_something_to_say(sqlite_regional, device, sqlite_api):
    """Version 3: a backlog of plain changes is answered without one ack per change; a refusal
    is listed. A client one version behind still gets every ack."""
    changes = [device.insert_person() for _ in range(300)]
    bad = device.insert_person(sex="Z")

    response = device.request([*changes, bad])

    reply = SyncResponse.model_validate_json(response.content)
    assert reply.acked_rest and [(a.id, a.status) for a in reply.acks] == [(bad.id, "refused")]
    assert response.num_bytes_downloaded < 300  # the whole answer to 301 changes, on the wire
    old = sqlite_api.device(sqlite_regional.code("10401"), "10401", version=protocol.MIN_PROTOCOL)
    older = SyncResponse.model_validate_json(old.request([old.insert_person()]).content)
    assert not older.acked_rest and [a.status for a in older.acks] == ["applied"]
