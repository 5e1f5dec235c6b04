"""The fault proxy itself: it forwards, counts, and its faults land where they are aimed."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from tests.support.fault_proxy import DOWN, UP, Fault, FaultProxy, Link

TIMEOUT = 30.0


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Backend

    def log_message(self, *_args) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:
        if self.path.startswith("/chunked"):
            self.send_response(200)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for part in (b"hola ", b"mundo", b"!" * 3000):
                self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
            self.wfile.write(b"0\r\n\r\n")
            return
        if self.path.startswith("/empty"):
            self.send_response(204)
            self.end_headers()
            return
        size = int(self.path.rsplit("/", 1)[-1] or 0)
        self._reply(b"x" * size)

    def do_POST(self) -> None:
        length = int(self.headers["Content-Length"])
        got = 0
        while got < length:
            chunk = self.rfile.read(min(65536, length - got))
            if not chunk:
                break
            got += len(chunk)
            self.server.received.append(len(chunk))
        self.server.bodies.append(got)
        if got < length:
            self.close_connection = True
            return
        self._reply(str(got).encode())

    def _reply(self, body: bytes) -> None:
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class _Backend(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.bodies: list[int] = []
        self.received: list[int] = []

    def handle_error(self, request, client_address) -> None:
        pass  # connections the proxy cut or reset on purpose


@pytest.fixture
def backend():
    server = _Backend()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def proxy(backend):
    with FaultProxy(("127.0.0.1", backend.server_address[1])) as p:
        yield p


def test_forwards_and_counts_exchanges_on_one_keep_alive_connection(proxy, backend):
    with httpx.Client(base_url=proxy.url, timeout=TIMEOUT) as client:
        assert client.post("/api/sync", content=b"a" * 5000).text == "5000"
        assert client.get("/data/70000").content == b"x" * 70000
        assert client.get("/chunked").content.endswith(b"!" * 3000)
        assert client.get("/empty").status_code == 204
    proxy.wait_for(lambda s: s.responses_forwarded == 4)
    stats = proxy.stats
    assert stats.connections == 1
    assert stats.requests_forwarded == 4
    assert [(e.method, e.path, e.status) for e in proxy.exchanges()] == [
        ("POST", "/api/sync", 200),
        ("GET", "/data/70000", 200),
        ("GET", "/chunked", 200),
        ("GET", "/empty", 204),
    ]
    assert all(e.request_complete and e.response_complete for e in proxy.exchanges())
    assert stats.bytes_up == sum(e.request_bytes for e in proxy.exchanges())
    assert stats.bytes_down == sum(e.response_bytes for e in proxy.exchanges())
    assert proxy.exchanges("/api/sync")[0].request_bytes > 5000
    assert backend.bodies == [5000]


def test_delay_and_loss_only_ever_slow_a_request_down(backend):
    link = Link(delay=0.15, loss=1.0, loss_penalty=0.1)
    with FaultProxy(("127.0.0.1", backend.server_address[1]), link=link) as proxy:
        started = time.monotonic()
        with httpx.Client(base_url=proxy.url, timeout=TIMEOUT) as client:
            assert client.get("/data/10").content == b"x" * 10
        # Two one-way delays plus a lost segment each way, at the least.
        assert time.monotonic() - started >= 2 * 0.15 + 2 * 0.1


def test_rate_limit_spreads_a_body_over_time(backend):
    link = Link(rate=100_000)
    with FaultProxy(("127.0.0.1", backend.server_address[1]), link=link) as proxy:
        started = time.monotonic()
        with httpx.Client(base_url=proxy.url, timeout=TIMEOUT) as client:
            assert len(client.get("/data/30000").content) == 30000
        assert time.monotonic() - started >= 30000 / 100_000 * 0.9


def test_hold_before_the_response_lets_the_server_finish_then_drops_the_reply(proxy, backend):
    hold = proxy.arm(Fault(DOWN, at="start", action="hold", path="/api/sync"))
    errors: list[Exception] = []

    def post() -> None:
        try:
            httpx.post(proxy.url + "/api/sync", content=b"b" * 100, timeout=TIMEOUT)
        except httpx.HTTPError as exc:
            errors.append(exc)

    thread = threading.Thread(target=post)
    thread.start()
    assert hold.triggered.wait(TIMEOUT)
    assert backend.bodies == [100]  # the server got it all and answered
    assert proxy.stats.responses_started == 0
    hold.drop(reset=True)
    thread.join(TIMEOUT)
    assert len(errors) == 1
    assert proxy.stats.bytes_down == 0


def test_hold_then_release_delivers_everything(proxy):
    hold = proxy.arm(Fault(UP, at=1000, action="hold"))
    result: list[str] = []
    thread = threading.Thread(
        target=lambda: result.append(
            httpx.post(proxy.url + "/x", content=b"c" * 4000, timeout=TIMEOUT).text
        )
    )
    thread.start()
    assert hold.triggered.wait(TIMEOUT)
    proxy.wait_for(lambda s: s.bytes_up >= 1000)
    hold.release()
    thread.join(TIMEOUT)
    assert result == ["4000"]


@pytest.mark.parametrize("reset", [False, True])
def test_cut_mid_request_body_after_n_bytes(proxy, backend, reset):
    cut = proxy.arm(Fault(UP, at=1234, action="reset" if reset else "close"))
    with pytest.raises(httpx.HTTPError):
        httpx.post(proxy.url + "/api/sync", content=b"d" * 50_000, timeout=TIMEOUT)
    assert cut.triggered.is_set()
    exchange = proxy.exchanges()[0]
    assert not exchange.request_complete
    head = exchange.request_bytes - 1234
    assert 0 < head < 1000  # the head went through, then exactly 1234 body bytes
    if not reset:  # a reset may discard what the backend had not read yet
        deadline = time.monotonic() + TIMEOUT
        while not backend.bodies and time.monotonic() < deadline:
            time.sleep(0.01)  # the backend notices the cut on its own thread
        assert backend.bodies == [1234]


def test_cut_mid_response_body_at_a_fraction(proxy):
    cut = proxy.arm(Fault(DOWN, at=0.5, action="reset"))
    with pytest.raises(httpx.HTTPError):
        httpx.get(proxy.url + "/data/100000", timeout=TIMEOUT)
    assert cut.triggered.is_set()
    exchange = proxy.exchanges()[0]
    assert exchange.status == 200
    assert not exchange.response_complete
    assert 50_000 < exchange.response_bytes < 51_000


def test_notify_when_a_request_is_forwarded_in_full_and_skip_counts_matches(proxy):
    seen = proxy.arm(Fault(UP, at="end", action="notify", path="/api/sync", skip=1))
    with httpx.Client(base_url=proxy.url, timeout=TIMEOUT) as client:
        client.get("/data/1")
        client.post("/api/sync", content=b"1")
        assert not seen.triggered.is_set()
        client.post("/api/sync", content=b"22")
        assert seen.triggered.is_set()
        client.post("/api/sync", content=b"333")
    assert seen.fired == 1


def test_refused_and_reset_connections(proxy):
    proxy.refuse()
    with pytest.raises(httpx.ConnectError):
        httpx.get(proxy.url + "/data/1", timeout=TIMEOUT)
    proxy.refuse(False)
    assert httpx.get(proxy.url + "/data/1", timeout=TIMEOUT).content == b"x"
    proxy.reset_new_connections = True
    with pytest.raises(httpx.HTTPError):
        httpx.get(proxy.url + "/data/1", timeout=TIMEOUT)
    proxy.reset_new_connections = False
    assert httpx.get(proxy.url + "/data/1", timeout=TIMEOUT).content == b"x"
