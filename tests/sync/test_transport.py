"""The transport against a tiny real HTTP server: headers, gzip bodies, every kind of failure."""

from __future__ import annotations

import gzip
import json
import socket
import threading
import time

import pytest

from omil_desktop.sync import protocol
from omil_desktop.sync.transport import DeviceCredential, SyncError, Transport

from .conftest import Answer

CREDENTIAL = DeviceCredential("0193aaaa-0000-7000-8000-000000000001", "s3cret", "server-1")
REQUEST = protocol.SyncRequest(changes=[], cursor=7)
REPLY = {"acks": [], "changes": [], "cursor": 9, "more": False, "snapshot": None}


LOADED_MACHINE_TIMEOUT = 30.0
"""Of the tests that are not about timeouts: an answer of the tiny server may take seconds on a
busy CI machine; a timeout would be a different failure than the one tested."""


@pytest.fixture
def transport():
    t = Transport(timeout=LOADED_MACHINE_TIMEOUT)
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
    transport.ping(tiny_server.url, timeout=LOADED_MACHINE_TIMEOUT)
    assert tiny_server.seen[0].path == "/api/ping"
    assert "Authorization" not in tiny_server.seen[0].headers
    with pytest.raises(SyncError) as error:
        transport.ping(closed_port_url, timeout=LOADED_MACHINE_TIMEOUT)
    assert error.value.kind == "offline"


def test_ping_of_something_that_is_not_an_omil_server(tiny_server, transport):
    tiny_server.answer = lambda _seen: Answer(status=204, headers={})
    with pytest.raises(SyncError) as error:
        transport.ping(tiny_server.url, timeout=LOADED_MACHINE_TIMEOUT)
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


def test_a_connection_cut_before_the_reply_is_a_cut(tiny_server, transport):
    tiny_server.answer = lambda _seen: Answer(cut=True)
    with pytest.raises(SyncError) as error:
        transport.sync(tiny_server.url, REQUEST, CREDENTIAL)
    assert error.value.kind == "cut"
    assert "Se cortó la conexión" in error.value.message


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


# -- cancellation from another thread (the window closing) --------------------------------------


class SilentServer:
    """Accepts connections and reads what comes, never answering (a held reply)."""

    def __init__(self, *, backlog: int = 8) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(backlog)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.received = threading.Event()
        self._open: list[socket.socket] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def serve(self) -> SilentServer:
        self._thread.start()
        return self

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self._open.append(conn)
            threading.Thread(target=self._read, args=(conn,), daemon=True).start()

    def _read(self, conn: socket.socket) -> None:
        try:
            while conn.recv(65536):
                self.received.set()
        except OSError:
            pass

    def close(self) -> None:
        self.sock.close()
        for conn in self._open:
            conn.close()


def cancel_after(transport, event: threading.Event, timeout: float = 10.0):
    """Cancel ``transport`` from another thread once ``event`` is set (or after ``timeout``)."""

    def run() -> None:
        event.wait(timeout)
        transport.cancel()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def timed_failure(call) -> tuple[SyncError, float]:
    start = time.monotonic()
    with pytest.raises(SyncError) as error:
        call()
    return error.value, time.monotonic() - start


def loop_threads() -> set[threading.Thread]:
    return {t for t in threading.enumerate() if t.name == "omil-sync-http"}


def test_a_request_waiting_for_its_reply_is_cancelled_from_another_thread():
    """The default read timeout is 60 s; cancelling ends the wait at once, and closing the
    transport then stops its event loop's thread."""
    server = SilentServer().serve()
    before = loop_threads()
    transport = Transport()
    try:
        cancel_after(transport, server.received)
        error, took = timed_failure(lambda: transport.sync(server.url, REQUEST, CREDENTIAL))
        assert loop_threads() - before  # the call ran on the transport's own loop
    finally:
        transport.close()
        server.close()
    assert loop_threads() <= before
    assert error.kind == "cancelled"
    assert "Los cambios quedan guardados" in error.message
    assert took < 5  # generous: the reply would have been waited for 60 s
    with pytest.raises(SyncError) as later:  # a cancelled transport starts nothing new
        transport.ping(server.url)
    assert later.value.kind == "cancelled"


def test_a_connect_that_hangs_is_cancelled():
    """A full accept queue drops the SYN: connect would wait its 10 s connect timeout."""
    server = SilentServer(backlog=0)  # not accepting: the first connection fills the queue
    filler = socket.create_connection(server.sock.getsockname())
    transport = Transport()
    started = threading.Event()
    try:
        cancel_after(transport, started, timeout=0.5)
        error, took = timed_failure(lambda: transport.sync(server.url, REQUEST, CREDENTIAL))
    finally:
        transport.close()
        filler.close()
        server.close()
    assert error.kind == "cancelled"
    assert took < 5


def test_a_name_lookup_that_hangs_is_cancelled(monkeypatch):
    """No DNS server answering: the lookup (asyncio's, ``socket.getaddrinfo`` in the loop's
    executor) cannot be interrupted, so it is left behind; neither the cancelled call nor
    ``close`` waits for it."""
    import socket as socket_module

    release = threading.Event()
    lookups: list[threading.Thread] = []

    def held_lookup(*_args, **_kwargs):
        lookups.append(threading.current_thread())
        release.wait(30)
        raise OSError("no answer")

    monkeypatch.setattr(socket_module, "getaddrinfo", held_lookup)
    transport = Transport()
    try:
        cancel_after(transport, threading.Event(), timeout=0.3)
        error, took = timed_failure(
            lambda: transport.sync("http://omil.example.cl", REQUEST, CREDENTIAL)
        )
        start = time.monotonic()
        transport.close()
        closing = time.monotonic() - start
        still_held = [thread.is_alive() for thread in lookups]
    finally:
        release.set()
        transport.close()
    assert error.kind == "cancelled"
    assert took < 5
    assert closing < 5
    assert still_held == [True]  # the lookup really was held through the cancel and the close


HELD_LOOKUP_PROGRAM = """
import socket, threading, time
from omil_desktop.sync import protocol
from omil_desktop.sync.transport import DeviceCredential, SyncError, Transport

socket.getaddrinfo = lambda *_args, **_kwargs: time.sleep(60)
transport = Transport()
threading.Timer(0.3, transport.cancel).start()
try:
    transport.sync(
        "http://omil.example.cl",
        protocol.SyncRequest(changes=[], cursor=0),
        DeviceCredential("d", "s", "x"),
    )
except SyncError as error:
    print(error.kind)
transport.close()
"""


def test_a_held_name_lookup_does_not_hold_the_programs_exit():
    """The lookup left behind must not keep the closing program alive until the resolver gives
    up (a thread pool's threads are waited for at exit)."""
    import subprocess
    import sys

    start = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", HELD_LOOKUP_PROGRAM], capture_output=True, text=True, timeout=50
    )
    took = time.monotonic() - start
    assert (done.returncode, done.stdout.strip(), done.stderr) == (0, "cancelled", "")
    assert took < 20  # the lookup is held 60 s


def test_an_uncancelled_slow_connect_is_still_a_timeout():
    server = SilentServer(backlog=0)
    filler = socket.create_connection(server.sock.getsockname())
    transport = Transport(timeout=0.5)
    try:
        error, _took = timed_failure(lambda: transport.sync(server.url, REQUEST, CREDENTIAL))
    finally:
        transport.close()
        filler.close()
        server.close()
    assert error.kind == "offline"


# -- TLS, and a held reply over it ---------------------------------------------------------------


@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    """A self-signed certificate for 127.0.0.1 (Debian's openssl command)."""
    import shutil
    import subprocess

    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.fail("Falta el comando openssl (Debian: apt-get install openssl).", pytrace=False)
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1", "-addext",
         "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    return cert, key


@pytest.fixture
def tls_server(tiny_server, certificate):
    """The tiny server behind TLS (https://127.0.0.1:…)."""
    import ssl

    cert, key = certificate
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    tiny_server.httpd.socket = context.wrap_socket(tiny_server.httpd.socket, server_side=True)
    tiny_server.url = tiny_server.url.replace("http://", "https://")
    return tiny_server


@pytest.fixture
def tls_transport(certificate):
    import ssl

    transport = Transport(ssl_context=ssl.create_default_context(cafile=str(certificate[0])))
    yield transport
    transport.close()


def test_a_sync_over_tls(tls_server, tls_transport):
    tls_server.answer = lambda _seen: Answer(body=REPLY)
    assert tls_transport.sync(tls_server.url, REQUEST, CREDENTIAL).cursor == 9
    assert tls_transport.sync(tls_server.url, REQUEST, CREDENTIAL).cursor == 9  # a second one
    assert len(tls_server.seen) == 2
    assert json.loads(gzip.decompress(tls_server.seen[1].body)) == REQUEST.model_dump(mode="json")


def test_a_certificate_not_trusted_is_refused_as_offline(tls_server):
    transport = Transport()  # the certifi roots do not include the test's certificate
    try:
        with pytest.raises(SyncError) as error:
            transport.ping(tls_server.url, timeout=LOADED_MACHINE_TIMEOUT)
    finally:
        transport.close()
    assert error.value.kind == "offline"
    assert tls_server.seen == []


def test_a_tls_reply_held_by_the_server_is_cancelled(tls_server, tls_transport):
    arrived = threading.Event()

    def hold(_seen):
        arrived.set()
        return Answer(body=REPLY, delay=30)

    tls_server.answer = hold
    cancel_after(tls_transport, arrived)
    error, took = timed_failure(lambda: tls_transport.sync(tls_server.url, REQUEST, CREDENTIAL))
    assert error.kind == "cancelled"
    assert took < 5
