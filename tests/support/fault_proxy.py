"""A TCP proxy of our own that makes a loopback link behave like a bad one.

Tests and benchmarks put it between the sync client and the regional server (DESIGN.md §9: this
kernel has no netem, so delay, loss, cuts and resets are emulated here; bandwidth can be shaped
with ``tc tbf`` in a network namespace, or roughly here with ``rate``)::

    with FaultProxy(("127.0.0.1", server_port), link=Link(delay=0.5, loss=0.05)) as proxy:
        client.enroll(proxy.url, code)
        hold = proxy.arm(Fault(DOWN, at="start", action="hold", path="/api/sync"))
        ...                                # start a sync in another process
        assert hold.triggered.wait(60)     # the server answered: it has committed
        kill(server); hold.drop(reset=True)

It runs an asyncio loop in a background thread. Each direction of a connection is a pipe:
bytes read from one side are scheduled (one-way ``delay``, plus ``loss_penalty`` for a segment
that is "lost", in order, as a TCP retransmission would cost) and written to the other side,
optionally at ``rate`` bytes per second. At the writing end the pipe follows HTTP/1.1 message
boundaries (heads, ``Content-Length`` and chunked bodies), so faults can be aimed at exact points
("before the response starts", "after 1000 bytes of the request body", "the request has been
forwarded in full") and the proxy keeps a log of exchanges and byte counts for benchmarks.

Faults (:class:`Fault`) either *hold* the direction at that point (the test then calls
``release()`` or ``drop()``), *close* both sides (FIN), *reset* both sides (RST, via
``SO_LINGER`` 0), or only *notify*. Connections can also be refused (:meth:`FaultProxy.refuse`)
or reset as soon as accepted (``reset_new_connections``).

Run alone: ``python -m tests.support.fault_proxy --target HOST:PORT [--delay S] [--loss P]``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import random
import socket
import struct
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

UP = "up"
"""Client to server."""
DOWN = "down"
"""Server to client."""

Direction = Literal["up", "down"]
Action = Literal["hold", "close", "reset", "notify"]
Point = Literal["start", "end"] | int | float

_READ_SIZE = 65536
_MAX_HEAD = 64 * 1024


@dataclass
class Link:
    """What the emulated link does to every byte, in each direction. Mutable while running."""

    delay: float = 0.0
    """One-way delay, seconds (the round trip is twice this)."""
    rate: float | None = None
    """Bytes per second per direction, or None for no limit (shape with tc tbf instead)."""
    loss: float = 0.0
    """Probability that a segment is lost and must be retransmitted."""
    loss_penalty: float = 0.2
    """Extra delay of a lost segment (and, in order, of everything behind it): about one RTO."""
    mss: int = 1448
    """Segment size the loss probability applies to."""


@dataclass
class Exchange:
    """One HTTP request and its response, as seen by the proxy (bytes include the heads)."""

    connection: int
    method: str
    path: str
    request_bytes: int = 0
    request_complete: bool = False
    status: int | None = None
    response_bytes: int = 0
    response_complete: bool = False


class Dropped(Exception):
    """Raised inside the proxy when a fault ends a connection."""


class Fault:
    """A fault aimed at one point of one HTTP message in one direction.

    ``at``: ``"start"`` (before the message's first byte), ``"end"`` (after its last byte), an
    ``int`` (after that many body bytes) or a ``float`` in [0, 1] (that fraction of a body whose
    length is declared; ``"end"`` otherwise). ``path``: only messages of requests to that path
    (for a response, the path of the request it answers). ``skip``: let that many matching
    messages through first. ``times``: how many messages it applies to (one by default).
    """

    def __init__(
        self,
        direction: Direction,
        *,
        at: Point = "start",
        action: Action = "hold",
        path: str | None = None,
        skip: int = 0,
        times: int = 1,
    ) -> None:
        self.direction = direction
        self.at = at
        self.action = action
        self.path = path
        self.skip = skip
        self.times = times
        self.triggered = threading.Event()
        """Set when the point was reached (for ``hold``: the direction is now held)."""
        self.fired = 0
        self.connection: int | None = None
        """Id of the connection it last fired on."""
        self._decision: str | None = None
        self._waiter: asyncio.Future[str] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"Fault({self.direction}, at={self.at!r}, {self.action}, path={self.path!r})"

    def release(self) -> None:
        """Let a held direction go on as if nothing happened."""
        self._decide("release")

    def drop(self, *, reset: bool = False) -> None:
        """End a held connection: close both sides (FIN), or reset them (RST)."""
        self._decide("reset" if reset else "close")

    def _decide(self, decision: str) -> None:
        with self._lock:
            self._decision = decision
            waiter, loop = self._waiter, self._loop
        if waiter is not None and loop is not None:
            loop.call_soon_threadsafe(_resolve, waiter, decision)

    async def _wait_decision(self) -> str:
        loop = asyncio.get_running_loop()
        with self._lock:
            if self._decision is not None:
                return self._decision
            self._loop = loop
            self._waiter = loop.create_future()
            waiter = self._waiter
        return await waiter


def _resolve(future: asyncio.Future[str], value: str) -> None:
    if not future.done():
        future.set_result(value)


@dataclass
class Stats:
    """Counters of what went through (written to the far side), per direction."""

    connections: int = 0
    bytes_up: int = 0
    bytes_down: int = 0
    requests_forwarded: int = 0
    """Requests written in full to the server."""
    responses_started: int = 0
    """Responses whose first byte was written to the client."""
    responses_forwarded: int = 0
    exchanges: list[Exchange] = field(default_factory=list)


@dataclass
class _Message:
    exchange: Exchange
    is_request: bool
    length: int | None = None
    """Declared body length (Content-Length), None when chunked or until close."""
    body_seen: int = 0
    fault: Fault | None = None


@dataclass
class _Mark:
    kind: Literal["start", "data", "end"]
    message: _Message
    start: int
    end: int = 0
    body_pos: int = 0


class _HttpFollower:
    """Follows HTTP/1.1 message boundaries in one direction of one connection."""

    def __init__(self, proxy: FaultProxy, conn: int, direction: Direction, pending: deque) -> None:
        self.proxy = proxy
        self.conn = conn
        self.direction = direction
        self.is_request = direction == UP
        self.pending = pending  # (method, Exchange) of requests awaiting their response
        self.state = "head"
        self.remaining = 0
        self.message: _Message | None = None

    def parse(self, buf: bytes) -> tuple[list[_Mark], int]:
        """Marks found in ``buf`` and how many bytes were consumed (the rest waits for more)."""
        marks: list[_Mark] = []
        i, n = 0, len(buf)
        while i < n:
            msg = self.message
            if self.state == "opaque":
                i = n
            elif self.state == "head":
                end = buf.find(b"\r\n\r\n", i)
                if end < 0:
                    if n - i > _MAX_HEAD:
                        self.state = "opaque"
                        continue
                    break
                head = buf[i : end + 4]
                msg = self._begin(head)
                marks.append(_Mark("start", msg, i))
                i = end + 4
                if msg.length == 0:
                    marks.append(_Mark("end", msg, i))
                    self._finish()
            elif msg is None:  # pragma: no cover - states below always have a message
                self.state = "opaque"
            elif self.state in ("body", "chunk_data", "chunk_crlf", "until_close"):
                take = n - i if self.state == "until_close" else min(self.remaining, n - i)
                marks.append(_Mark("data", msg, i, i + take, msg.body_seen))
                msg.body_seen += take
                self.remaining -= take
                i += take
                if self.remaining == 0 and self.state != "until_close":
                    if self.state == "body":
                        marks.append(_Mark("end", msg, i))
                        self._finish()
                    elif self.state == "chunk_data":
                        self.state, self.remaining = "chunk_crlf", 2
                    else:
                        self.state = "chunk_size"
            elif self.state in ("chunk_size", "trailer"):
                eol = buf.find(b"\r\n", i)
                if eol < 0:
                    break
                line = buf[i:eol]
                marks.append(_Mark("data", msg, i, eol + 2, msg.body_seen))
                msg.body_seen += eol + 2 - i
                i = eol + 2
                if self.state == "trailer":
                    if not line:
                        marks.append(_Mark("end", msg, i))
                        self._finish()
                else:
                    try:
                        size = int(line.split(b";")[0].strip(), 16)
                    except ValueError:
                        self.state = "opaque"
                        continue
                    if size == 0:
                        self.state = "trailer"
                    else:
                        self.state, self.remaining = "chunk_data", size
        return marks, i

    def _begin(self, head: bytes) -> _Message:
        lines = head.decode("latin-1").split("\r\n")
        first = lines[0].split(" ")
        headers: dict[str, str] = {}
        for line in lines[1:]:
            if ":" in line:
                key, value = line.split(":", 1)
                headers[key.strip().lower()] = value.strip()
        chunked = "chunked" in headers.get("transfer-encoding", "").lower()
        declared = headers.get("content-length")
        length: int | None = int(declared) if declared and declared.isdigit() else None
        if self.is_request:
            method = first[0] if first else "?"
            path = first[1].split("?")[0] if len(first) > 1 else "?"
            exchange = Exchange(self.conn, method, path)
            self.proxy._record_exchange(exchange)
            self.pending.append((method, exchange))
            if not chunked and length is None:
                length = 0
        else:
            status = int(first[1]) if len(first) > 1 and first[1].isdigit() else 0
            if 100 <= status < 200:
                exchange = Exchange(self.conn, "", "")
                length = 0
            else:
                if self.pending:
                    method, exchange = self.pending.popleft()
                else:
                    method, exchange = "", Exchange(self.conn, "", "")
                exchange.status = status
                if status in (204, 304) or method == "HEAD":
                    length = 0
        msg = _Message(exchange, self.is_request, None if chunked else length)
        if chunked:
            self.state = "chunk_size"
        elif length is None:
            self.state = "until_close"
        elif length > 0:
            self.state, self.remaining = "body", length
        self.message = msg
        msg.fault = self.proxy._bind_fault(self.direction, exchange.path)
        return msg

    def _finish(self) -> None:
        self.state = "head"
        self.message = None


class _Connection:
    def __init__(self, proxy: FaultProxy, conn_id: int) -> None:
        self.proxy = proxy
        self.id = conn_id
        self.writers: list[asyncio.StreamWriter] = []
        self.tasks: list[asyncio.Task[None]] = []
        self.pending: deque = deque()
        self.done = asyncio.Event()

    def end(self, *, reset: bool) -> None:
        for writer in self.writers:
            with contextlib.suppress(Exception):
                if reset:
                    sock = writer.get_extra_info("socket")
                    if sock is not None:
                        sock.setsockopt(
                            socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                        )
                    writer.transport.abort()
                else:
                    writer.close()
        current = asyncio.current_task()
        for task in self.tasks:
            if task is not current:
                task.cancel()
        self.done.set()


class FaultProxy:
    """A fault-injecting TCP proxy on loopback, run in a background thread."""

    def __init__(
        self,
        target: tuple[str, int],
        *,
        link: Link | None = None,
        listen: tuple[str, int] = ("127.0.0.1", 0),
        seed: int = 20261121,
    ) -> None:
        self.target = target
        self.link = link or Link()
        self.listen_address = listen
        self.stats = Stats()
        self.reset_new_connections = False
        """Reset (RST) every new connection as soon as it is accepted."""
        self._rng = random.Random(seed)
        self._faults: list[Fault] = []
        self._lock = threading.Condition()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: asyncio.base_events.Server | None = None
        self._connections: dict[int, _Connection] = {}
        self._next_free = {UP: 0.0, DOWN: 0.0}
        self.port = 0

    # -- life cycle ------------------------------------------------------------------------

    def start(self) -> FaultProxy:
        ready = threading.Event()
        errors: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            try:
                loop.run_until_complete(self._listen())
            except BaseException as exc:
                errors.append(exc)
                ready.set()
                return
            ready.set()
            loop.run_forever()
            loop.run_until_complete(self._shutdown())
            loop.close()

        self._thread = threading.Thread(target=run, name="fault-proxy", daemon=True)
        self._thread.start()
        ready.wait(30)
        if errors:
            raise errors[0]
        return self

    def stop(self) -> None:
        if self._loop is not None and self._thread is not None and self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(30)

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        return f"http://{self.listen_address[0]}:{self.port}"

    # -- control (from any thread) ------------------------------------------------------

    def arm(self, fault: Fault) -> Fault:
        """Aim ``fault`` at the next matching message; returns it for waiting on."""
        with self._lock:
            self._faults.append(fault)
        return fault

    def disarm(self) -> None:
        """Forget faults that have not fired yet, and let held directions go on."""
        with self._lock:
            faults, self._faults = self._faults, []
        for fault in faults:
            fault.release()

    def refuse(self, refusing: bool = True) -> None:
        """Stop listening (connections are refused) or listen again on the same port."""
        assert self._loop is not None
        coro = self._close_listener() if refusing else self._listen()
        asyncio.run_coroutine_threadsafe(coro, self._loop).result(30)

    def reset_all(self) -> None:
        """Reset every open connection now (returns once done)."""
        assert self._loop is not None

        async def reset() -> None:
            for conn in list(self._connections.values()):
                conn.end(reset=True)

        asyncio.run_coroutine_threadsafe(reset(), self._loop).result(30)

    def wait_for(self, predicate: Callable[[Stats], bool], timeout: float = 60.0) -> None:
        """Block until ``predicate(stats)`` holds; TimeoutError after ``timeout`` seconds."""
        with self._lock:
            if not self._lock.wait_for(lambda: predicate(self.stats), timeout):
                raise TimeoutError(f"proxy condition not reached in {timeout} s: {self.stats}")

    def exchanges(self, path: str | None = None) -> list[Exchange]:
        with self._lock:
            return [e for e in self.stats.exchanges if path is None or e.path == path]

    def reset_stats(self) -> None:
        with self._lock:
            self.stats = Stats()

    # -- inside the loop ----------------------------------------------------------------

    async def _listen(self) -> None:
        host, port = self.listen_address[0], self.port or self.listen_address[1]
        self._server = await asyncio.start_server(self._handle, host, port, reuse_address=True)
        self.port = self._server.sockets[0].getsockname()[1]

    async def _close_listener(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None

    async def _shutdown(self) -> None:
        await self._close_listener()
        for conn in list(self._connections.values()):
            conn.end(reset=True)
        current = asyncio.current_task()
        tasks = [t for t in asyncio.all_tasks() if t is not current]
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)

    def _record_exchange(self, exchange: Exchange) -> None:
        with self._lock:
            self.stats.exchanges.append(exchange)

    def _bind_fault(self, direction: Direction, path: str) -> Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.direction != direction or fault.fired >= fault.times:
                    continue
                if fault.path is not None and fault.path != path:
                    continue
                if fault.skip > 0:
                    fault.skip -= 1
                    continue
                fault.fired += 1
                if fault.fired >= fault.times:
                    self._faults.remove(fault)
                return fault
        return None

    def _count(self, **deltas: int) -> None:
        with self._lock:
            for name, delta in deltas.items():
                setattr(self.stats, name, getattr(self.stats, name) + delta)
            self._lock.notify_all()

    async def _handle(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        with self._lock:
            self.stats.connections += 1
            conn_id = self.stats.connections
            self._lock.notify_all()
        conn = _Connection(self, conn_id)
        conn.writers.append(client_w)
        if self.reset_new_connections:
            conn.end(reset=True)
            return
        try:
            server_r, server_w = await asyncio.open_connection(*self.target)
        except OSError:
            conn.end(reset=True)
            return
        conn.writers.append(server_w)
        self._connections[conn_id] = conn
        up: asyncio.Queue[tuple[float, bytes] | None] = asyncio.Queue()
        down: asyncio.Queue[tuple[float, bytes] | None] = asyncio.Queue()
        halves = [
            self._read(conn, client_r, up, UP),
            self._write(conn, up, server_w, UP),
            self._read(conn, server_r, down, DOWN),
            self._write(conn, down, client_w, DOWN),
        ]
        conn.tasks = [asyncio.ensure_future(h) for h in halves]
        writers_done = asyncio.gather(conn.tasks[1], conn.tasks[3], return_exceptions=True)
        ended = asyncio.ensure_future(conn.done.wait())
        try:
            await asyncio.wait([writers_done, ended], return_when=asyncio.FIRST_COMPLETED)
        finally:
            ended.cancel()
            if not conn.done.is_set():
                conn.end(reset=False)
            await asyncio.gather(*conn.tasks, return_exceptions=True)
            self._connections.pop(conn_id, None)

    async def _read(
        self,
        conn: _Connection,
        reader: asyncio.StreamReader,
        pipe: asyncio.Queue[tuple[float, bytes] | None],
        direction: Direction,
    ) -> None:
        loop = asyncio.get_running_loop()
        last = 0.0
        try:
            while True:
                data = await reader.read(_READ_SIZE)
                if not data:
                    pipe.put_nowait(None)
                    return
                link = self.link
                now = loop.time()
                if link.loss <= 0:
                    last = max(now + link.delay, last)
                    pipe.put_nowait((last, data))
                    continue
                for k in range(0, len(data), link.mss):
                    extra = link.loss_penalty if self._rng.random() < link.loss else 0.0
                    last = max(now + link.delay + extra, last)
                    pipe.put_nowait((last, data[k : k + link.mss]))
        except (ConnectionError, OSError):
            conn.end(reset=True)

    async def _write(
        self,
        conn: _Connection,
        pipe: asyncio.Queue[tuple[float, bytes] | None],
        writer: asyncio.StreamWriter,
        direction: Direction,
    ) -> None:
        loop = asyncio.get_running_loop()
        follower = _HttpFollower(self, conn.id, direction, conn.pending)
        carry = b""
        try:
            while True:
                item = await pipe.get()
                if item is None:
                    if carry:
                        await self._send(writer, carry, direction, None)
                    with contextlib.suppress(OSError, RuntimeError):
                        if writer.can_write_eof():
                            writer.write_eof()
                    return
                release, data = item
                # Merge what is already due, so a burst is followed as one buffer.
                while not pipe.empty():
                    nxt = pipe._queue[0]  # type: ignore[attr-defined]
                    if nxt is None or nxt[0] > max(release, loop.time()):
                        break
                    data += pipe.get_nowait()[1]  # type: ignore[index]
                wait = release - loop.time()
                if wait > 0:
                    await asyncio.sleep(wait)
                buf = carry + data
                marks, consumed = follower.parse(buf)
                carry = buf[consumed:]
                await self._forward(conn, writer, buf[:consumed], marks, direction)
        except Dropped:
            return
        except (ConnectionError, OSError):
            conn.end(reset=True)

    async def _forward(
        self,
        conn: _Connection,
        writer: asyncio.StreamWriter,
        out: bytes,
        marks: list[_Mark],
        direction: Direction,
    ) -> None:
        pos = 0
        for mark in marks:
            msg = mark.message
            if mark.kind == "start":
                if msg.fault is not None and msg.fault.at == "start":
                    pos = await self._fire(conn, writer, out, pos, mark.start, msg, direction)
                if not msg.is_request:
                    self._count(responses_started=1)
            elif mark.kind == "data":
                target = self._body_target(msg)
                if target is not None and mark.body_pos <= target < mark.body_pos + (
                    mark.end - mark.start
                ):
                    cut = mark.start + (target - mark.body_pos)
                    pos = await self._fire(conn, writer, out, pos, cut, msg, direction)
            else:  # end
                if msg.fault is not None and msg.fault.at != "start":
                    pos = await self._fire(conn, writer, out, pos, mark.start, msg, direction)
                if msg.is_request:
                    msg.exchange.request_complete = True
                    self._count(requests_forwarded=1)
                else:
                    msg.exchange.response_complete = True
                    self._count(responses_forwarded=1)
        await self._send(writer, out[pos:], direction, marks[-1].message if marks else None)

    @staticmethod
    def _body_target(msg: _Message) -> int | None:
        fault = msg.fault
        if fault is None or isinstance(fault.at, str):
            return None
        if isinstance(fault.at, float):
            return None if msg.length is None else int(msg.length * fault.at)
        return fault.at

    async def _fire(
        self,
        conn: _Connection,
        writer: asyncio.StreamWriter,
        out: bytes,
        pos: int,
        cut: int,
        msg: _Message,
        direction: Direction,
    ) -> int:
        """Write ``out[pos:cut]``, then apply the message's fault (once). Returns the new pos."""
        fault = msg.fault
        assert fault is not None
        msg.fault = None
        await self._send(writer, out[pos:cut], direction, msg)
        fault.connection = conn.id
        fault.triggered.set()
        action: str = fault.action
        if action == "hold":
            action = await fault._wait_decision()
        if action in ("close", "reset"):
            conn.end(reset=action == "reset")
            raise Dropped
        return cut

    async def _send(
        self, writer: asyncio.StreamWriter, data: bytes, direction: Direction, msg: _Message | None
    ) -> None:
        if not data:
            return
        rate = self.link.rate
        step = len(data) if not rate else max(512, int(rate / 20))
        loop = asyncio.get_running_loop()
        for k in range(0, len(data), step):
            piece = data[k : k + step]
            if rate:
                start = max(loop.time(), self._next_free[direction])
                self._next_free[direction] = start + len(piece) / rate
                await asyncio.sleep(self._next_free[direction] - loop.time())
            writer.write(piece)
            await writer.drain()
            with self._lock:
                if direction == UP:
                    self.stats.bytes_up += len(piece)
                else:
                    self.stats.bytes_down += len(piece)
                if msg is not None:
                    if msg.is_request:
                        msg.exchange.request_bytes += len(piece)
                    else:
                        msg.exchange.response_bytes += len(piece)
                self._lock.notify_all()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Fault-injecting TCP proxy (loopback).")
    parser.add_argument("--target", required=True, help="HOST:PORT to forward to")
    parser.add_argument("--listen", default="127.0.0.1:0", help="HOST:PORT to listen on")
    parser.add_argument("--delay", type=float, default=0.0, help="one-way delay, seconds")
    parser.add_argument("--rate", type=float, default=None, help="bytes per second")
    parser.add_argument("--loss", type=float, default=0.0, help="segment loss probability")
    parser.add_argument("--loss-penalty", type=float, default=0.2, help="seconds per loss")
    args = parser.parse_args(argv)
    host, port = args.target.rsplit(":", 1)
    lhost, lport = args.listen.rsplit(":", 1)
    link = Link(delay=args.delay, rate=args.rate, loss=args.loss, loss_penalty=args.loss_penalty)
    with FaultProxy((host, int(port)), link=link, listen=(lhost, int(lport))) as proxy:
        print(f"Escuchando en {proxy.url}", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
