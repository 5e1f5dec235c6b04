"""The transport against a tiny real HTTP server: headers, gzip bodies, every kind of failure."""

from __future__ import annotations

import gzip
import json

import pytest

from omil_desktop.sync import protocol
from omil_desktop.sync.transport import DeviceCredential, SyncError, Transport

from .conftest import Answer

CREDENTIAL = DeviceCredential("0193aaaa-0000-7000-8000-000000000001", "s3cret", "server-1")
REQUEST = protocol.SyncRequest(changes=[], cursor=7)
REPLY = {"acks": [], "changes": [], "cursor": 9, "more": False, "snapshot": None}


@pytest.fixture
def transport():
    t = Transport(timeout=2.0)
    yield t
    t.close()


def test_sync_sends_gzip_json_with_the_protocol_headers_and_counts_bytes(tiny_server, transport):
    tiny_server.answer = lambda _seen: Answer(body=REPLY)
    reply = transport.sync(tiny_server.url, REQUEST, CREDENTIAL)
    assert reply.cursor == 9
    (seen,) = tiny_server.seen
    assert (seen.method, seen.path) == ("POST", "/api/sync")
    assert seen.headers["OMIL-Protocol"] == str(protocol.PROTOCOL)
    assert seen.headers["Authorization"] == f"Bearer {CREDENTIAL.device_id}.s3cret"
    assert seen.headers["OMIL-Server-Id"] == "server-1"
    assert seen.headers["Content-Encoding"] == "gzip"
    assert json.loads(gzip.decompress(seen.body)) == REQUEST.model_dump(mode="json")
    assert transport.stats.round_trips == 1
    assert transport.stats.bytes_sent == len(seen.body)
    assert transport.stats.bytes_received == len(gzip.compress(json.dumps(REPLY).encode()))


def test_ping(tiny_server, transport, closed_port_url):
    transport.ping(tiny_server.url)
    assert tiny_server.seen[0].path == "/api/ping"
    assert "Authorization" not in tiny_server.seen[0].headers
    with pytest.raises(SyncError) as error:
        transport.ping(closed_port_url)
    assert error.value.kind == "offline"


def test_ping_of_something_that_is_not_an_omil_server(tiny_server, transport):
    tiny_server.answer = lambda _seen: Answer(status=204, headers={})
    with pytest.raises(SyncError) as error:
        transport.ping(tiny_server.url)
    assert error.value.kind == "bad_reply"


@pytest.mark.parametrize(
    ("status", "code", "kind", "words"),
    [
        (401, "unknown_device", "unknown_device", "inscríbalo de nuevo"),
        (403, "device_revoked", "revoked", "dado de baja"),
        (409, "wrong_server", "wrong_server", "otro servidor regional"),
        (426, "protocol_too_old", "update_client", "Actualice OMIL Desktop"),
        (426, "protocol_too_new", "update_server", "aún no se actualiza"),
        (400, "malformed", "refused", "No se perdió ningún cambio"),
        (409, "out_of_order", "refused", "No se perdió ningún cambio"),
        (413, "too_large", "refused", "No se perdió ningún cambio"),
        (500, None, "server", "error 500"),
        (502, None, "server", "error 502"),
    ],
)
def test_error_replies_become_sync_errors_with_a_kind_and_spanish_message(
    tiny_server, transport, status, code, kind, words
):
    body = {"error": code, "message": "Mensaje del servidor."} if code else b"<html>oops</html>"
    tiny_server.answer = lambda _seen: Answer(status=status, body=body, gzip=code is not None)
    with pytest.raises(SyncError) as error:
        transport.sync(tiny_server.url, REQUEST, CREDENTIAL)
    assert error.value.kind == kind
    assert error.value.status == status
    assert words in error.value.message
    assert str(error.value) == error.value.message


@pytest.mark.parametrize(
    "answer",
    [
        Answer(body=b"not gzip at all", gzip=False),
        Answer(body={"acks": "no"}),
        Answer(body={**REPLY, "extra": 1}),
        Answer(body=b'{"acks": [], "cursor": 3', gzip=True),
        Answer(body=REPLY, headers={}),  # no protocol headers: not an OMIL server
    ],
    ids=["not-json", "wrong-shape", "unknown-key", "truncated", "no-headers"],
)
def test_a_garbage_reply_is_an_error(tiny_server, transport, answer):
    tiny_server.answer = lambda _seen: answer
    with pytest.raises(SyncError) as error:
        transport.sync(tiny_server.url, REQUEST, CREDENTIAL)
    assert error.value.kind == "bad_reply"


def test_a_reply_from_another_server_is_wrong_server(tiny_server, transport):
    tiny_server.answer = lambda _seen: Answer(
        body=REPLY, headers={"OMIL-Protocol": "2", "OMIL-Server-Id": "server-of-another-region"}
    )
    with pytest.raises(SyncError) as error:
        transport.sync(tiny_server.url, REQUEST, CREDENTIAL)
    assert error.value.kind == "wrong_server"


def test_no_server_is_offline(transport, closed_port_url):
    with pytest.raises(SyncError) as error:
        transport.sync(closed_port_url, REQUEST, CREDENTIAL)
    assert error.value.kind == "offline"
    assert "Sin conexión" in error.value.message
    assert transport.stats.round_trips == 0


def test_a_slow_server_is_a_timeout(tiny_server):
    tiny_server.answer = lambda _seen: Answer(body=REPLY, delay=1.0)
    transport = Transport(timeout=0.3)
    try:
        with pytest.raises(SyncError) as error:
            transport.sync(tiny_server.url, REQUEST, CREDENTIAL)
    finally:
        transport.close()
    assert error.value.kind == "timeout"


def test_a_connection_cut_before_the_reply_is_offline(tiny_server, transport):
    tiny_server.answer = lambda _seen: Answer(cut=True)
    with pytest.raises(SyncError) as error:
        transport.sync(tiny_server.url, REQUEST, CREDENTIAL)
    assert error.value.kind == "offline"


def test_enroll_sends_no_credential(tiny_server, transport):
    tiny_server.answer = lambda _seen: Answer(
        body={
            "device_id": "d",
            "secret": "s",
            "server_id": "server-1",
            "region_code": "10",
            "region_name": "Los Lagos",
            "office_code": "10404",
            "office_name": "Palena",
            "network": "Red Palena",
            "protocol": 2,
        }
    )
    request = protocol.EnrollRequest(code="K7QM-2XHD-P4NA", office_code="10404", device_name="PC")
    reply = transport.enroll(tiny_server.url, request)
    assert reply.region_name == "Los Lagos"
    assert "Authorization" not in tiny_server.seen[0].headers
    assert tiny_server.seen[0].path == "/api/enroll"


@pytest.mark.parametrize(
    ("code", "kind"), [("bad_code", "bad_code"), ("office_mismatch", "office_mismatch")]
)
def test_enroll_refusals_show_the_servers_message(tiny_server, transport, code, kind):
    status = 403 if code == "bad_code" else 409
    tiny_server.answer = lambda _seen: Answer(
        status=status, body={"error": code, "message": "El código ya se usó."}
    )
    request = protocol.EnrollRequest(code="X", office_code="10404", device_name="PC")
    with pytest.raises(SyncError) as error:
        transport.enroll(tiny_server.url, request)
    assert (error.value.kind, error.value.message) == (kind, "El código ya se usó.")


def test_a_bad_address_is_refused(transport):
    with pytest.raises(SyncError) as error:
        transport.ping("ftp://example.invalid")
    assert error.value.kind == "refused"
