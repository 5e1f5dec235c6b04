"""Helpers of the sync tests: a tiny real HTTP server whose answers each test scripts."""

from __future__ import annotations

import gzip
import json
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


@dataclass
class Answer:
    status: int = 200
    body: bytes | dict | None = None
    headers: dict[str, str] = field(
        default_factory=lambda: {"OMIL-Protocol": "2", "OMIL-Server-Id": "server-1"}
    )
    gzip: bool = True
    delay: float = 0.0
    cut: bool = False
    """Close the connection without an answer."""


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class TinyServer:
    """A real HTTP server on loopback; ``answer`` decides each reply."""

    def __init__(self) -> None:
        self.answer: Callable[[Seen], Answer] = lambda _seen: Answer(status=204)
        self.seen: list[Seen] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_args) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                seen = Seen(self.command, self.path, dict(self.headers), body)
                outer.seen.append(seen)
                answer = outer.answer(seen)
                if answer.delay:
                    time.sleep(answer.delay)
                if answer.cut:
                    self.connection.shutdown(socket.SHUT_RDWR)
                    self.close_connection = True
                    return
                payload = answer.body
                if isinstance(payload, dict):
                    payload = json.dumps(payload).encode()
                payload = payload or b""
                if payload and answer.gzip:
                    payload = gzip.compress(payload)
                try:
                    self.send_response(answer.status)
                    for name, value in answer.headers.items():
                        self.send_header(name, value)
                    if payload:
                        self.send_header("Content-Type", "application/json")
                        if answer.gzip:
                            self.send_header("Content-Encoding", "gzip")
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except OSError:  # the client gave up (timeout test)
                    self.close_connection = True

            do_GET = _handle
            do_POST = _handle

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def tiny_server():
    server = TinyServer()
    yield server
    server.close()


@pytest.fixture
def closed_port_url():
    """An address where nothing listens (the server is down, or no network)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"
