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

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from omil_desktop.services.workspace import Workspace
from omil_desktop.sync.client import SyncClient
from tests.support.folders import migrated_folder


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


class MemoryKeyring(KeyringBackend):
    """An OS keyring stand-in: the only thing of the machine these tests replace."""

    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.passwords.get((service, username))

    def set_password(self, service, username, password):
        self.passwords[(service, username)] = password

    def delete_password(self, service, username):
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError("not there")


@pytest.fixture(autouse=True)
def memory_keyring():
    """Never touch the real keyring of the machine running the tests."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@dataclass
class Office:
    """One installation: its workspace and its sync client."""

    workspace: Workspace
    client: SyncClient

    @property
    def db(self):
        return self.workspace.db


@pytest.fixture
def office_factory(tmp_path):
    """``office_factory("10401")``: a new installation of that comuna's OMIL (not enrolled)."""
    opened: list[Office] = []

    def open_office(comuna: str, name: str | None = None) -> Office:
        folder = tmp_path / (name or f"omil-{comuna}-{len(opened)}")
        if not folder.exists():  # a new installation: a copy of the migrated template
            migrated_folder(folder)
        workspace = Workspace(folder)
        if workspace.office is None:
            workspace.set_up_office(comuna, "Persona a cargo")
        office = Office(workspace, SyncClient(workspace))
        opened.append(office)
        return office

    yield open_office
    for office in opened:
        office.client.close()
        office.workspace.close()
