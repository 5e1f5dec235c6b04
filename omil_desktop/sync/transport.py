"""HTTP to the regional server: gzip'd JSON bodies, the protocol headers, errors in Spanish.

One :class:`Transport` holds one ``httpx.Client`` (one keep-alive connection per server). Every
failure comes out as a :class:`SyncError` whose ``kind`` tells the program what to do and whose
``message`` is a Spanish sentence for the status bar. A reply that is not a valid protocol message
is an error too: nothing of it is applied.

A request in flight can be abandoned from another thread (:meth:`Transport.cancel`, used when the
window closes): the sockets are non-blocking and every wait on the network — name lookup, connect,
TLS handshake, each read and write — is sliced into short waits that look at the cancellation, so
the waiting thread gives up within a fraction of a second. A cancelled exchange is a cut link: the
client forgets nothing the server has not acknowledged (docs/sync-protocol.md §5).
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import select
import socket
import ssl
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

import httpcore
import httpx
from pydantic import BaseModel

from omil_desktop.sync import protocol
from omil_desktop.sync.protocol import (
    PROTOCOL,
    PROTOCOL_HEADER,
    SERVER_ID_HEADER,
    BodyError,
    EnrollRequest,
    EnrollResponse,
    ErrorBody,
    SyncRequest,
    SyncResponse,
)
from omil_desktop.sync.status import RE_ENROLL

log = logging.getLogger(__name__)

# -- kinds of failure -------------------------------------------------------------------------

OFFLINE = "offline"
TIMEOUT = "timeout"
NOT_ENROLLED = "not_enrolled"
UNKNOWN_DEVICE = "unknown_device"
REVOKED = "revoked"
BAD_CODE = "bad_code"
OFFICE_MISMATCH = "office_mismatch"
UPDATE_CLIENT = "update_client"
UPDATE_SERVER = "update_server"
WRONG_SERVER = "wrong_server"
REFUSED = "refused"
SERVER = "server"
BAD_REPLY = "bad_reply"
CANCELLED = "cancelled"


class SyncError(Exception):
    """A sync that could not be done. ``str()`` is :attr:`message` (Spanish, for the officer).

    ``kind`` is one of the module's constants; ``code`` the server's error code when it sent one,
    ``status`` the HTTP status when there was an answer. Unsent changes are always kept.
    """

    kind: str = SERVER

    def __init__(
        self, message: str, *, kind: str | None = None, code: str | None = None, status: int = 0
    ) -> None:
        super().__init__(message)
        self.message = message
        if kind is not None:
            self.kind = kind
        self.code = code
        self.status = status

    def __str__(self) -> str:
        return self.message


class Unreachable(SyncError):
    """No answer: no network, server down, connection cut, or too slow (``offline``/``timeout``)."""

    kind = OFFLINE


class NeedsEnrollment(SyncError):
    """The credential is missing, unknown to the server or revoked: enroll again."""

    kind = REVOKED


class VersionMismatch(SyncError):
    """This program or the server must be updated (``update_client`` / ``update_server``)."""

    kind = UPDATE_CLIENT


class WrongServer(SyncError):
    """The address answers as another regional server than the one this device enrolled with."""

    kind = WRONG_SERVER


class Refused(SyncError):
    """The server refused the request as sent (bad code, other office, malformed, too large…)."""

    kind = REFUSED


class ServerFailure(SyncError):
    """The server failed (5xx) or answered something that is not the protocol (``bad_reply``)."""

    kind = SERVER


class Cancelled(SyncError):
    """The program abandoned the request (:meth:`Transport.cancel`); like a cut link, nothing the
    server has not acknowledged is forgotten."""

    kind = CANCELLED


@dataclass(frozen=True)
class DeviceCredential:
    """What authenticates a request after enrollment."""

    device_id: str
    secret: str
    server_id: str


@dataclass
class TransportStats:
    """Bytes on the wire (compressed bodies) and round trips since the transport was created."""

    bytes_sent: int = 0
    bytes_received: int = 0
    round_trips: int = 0


M = TypeVar("M", bound=BaseModel)

_TIMEOUT = httpx.Timeout(connect=10.0, read=60.0, write=60.0, pool=10.0)


class Transport:
    """Speaks the protocol over one ``httpx.Client``; ``http_transport`` is for tests only."""

    def __init__(
        self,
        *,
        timeout: httpx.Timeout | float = _TIMEOUT,
        http_transport: httpx.BaseTransport | None = None,
        protocol_version: int = PROTOCOL,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        """``protocol_version`` is what this client announces; only tests of version skew
        change it. A test's ``http_transport`` replaces the cancellable one; its
        ``ssl_context`` trusts a test certificate (by default httpx's: the certifi roots)."""
        self.stats = TransportStats()
        self._cancelled = threading.Event()
        limits = httpx.Limits(max_connections=2, max_keepalive_connections=1)
        self._client = httpx.Client(
            timeout=timeout,
            transport=http_transport or _CancellableTransport(self._cancelled, limits, ssl_context),
            headers={PROTOCOL_HEADER: str(protocol_version), "User-Agent": "omil-desktop"},
            follow_redirects=False,
            trust_env=False,
        )

    def cancel(self) -> None:
        """Abandon the request in flight and refuse later ones; safe from any thread.

        The thread waiting on the network raises :class:`Cancelled` within about
        ``_SLICE`` seconds (never after the reply was applied: applying is local work).
        """
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def close(self) -> None:
        self._client.close()

    # -- the three calls ------------------------------------------------------------------------

    def ping(self, server_url: str, timeout: float = 5.0) -> None:
        """``GET /api/ping``: returns when the server answers as an OMIL server, else raises."""
        response = self._request("GET", server_url, "/api/ping", None, {}, timeout)
        raw = self._raw_body(response)
        if response.status_code >= 400:
            raise self._error(response, raw)
        self._check_protocol_headers(response, expected_server_id=None)

    def enroll(self, server_url: str, request: EnrollRequest) -> EnrollResponse:
        """``POST /api/enroll`` with a one-time code."""
        return self._exchange(server_url, "/api/enroll", request, EnrollResponse, {}, None)

    def sync(
        self, server_url: str, request: SyncRequest, credential: DeviceCredential
    ) -> SyncResponse:
        """``POST /api/sync``: push a batch and pull what is new, in one round trip."""
        headers = {
            "Authorization": f"Bearer {credential.device_id}.{credential.secret}",
            SERVER_ID_HEADER: credential.server_id,
        }
        return self._exchange(
            server_url, "/api/sync", request, SyncResponse, headers, credential.server_id
        )

    # -- plumbing -------------------------------------------------------------------------------

    def _exchange(
        self,
        server_url: str,
        path: str,
        message: BaseModel,
        model: type[M],
        headers: dict[str, str],
        server_id: str | None,
    ) -> M:
        body = protocol.encode(message)
        request_headers = {
            "Content-Type": "application/json",
            "Content-Encoding": "gzip",
            **headers,
        }
        response = self._request("POST", server_url, path, body, request_headers, None)
        raw = self._raw_body(response)
        if response.status_code >= 400:
            raise self._error(response, raw)
        if response.status_code != 200:
            raise ServerFailure(
                "El servidor regional respondió de forma inesperada. Se intentará más tarde; "
                "no se perdió ningún cambio.",
                kind=BAD_REPLY,
                status=response.status_code,
            )
        self._check_protocol_headers(response, expected_server_id=server_id)
        try:
            return protocol.decode(model, raw, compressed=_is_gzip(response))
        except BodyError as exc:
            log.warning("reply to %s not understood (%s)", path, exc.code)
            raise ServerFailure(
                "La respuesta del servidor regional llegó dañada o incompleta. Se intentará de "
                "nuevo; no se perdió ningún cambio.",
                kind=BAD_REPLY,
                status=response.status_code,
            ) from exc

    def _request(
        self,
        method: str,
        server_url: str,
        path: str,
        body: bytes | None,
        headers: dict[str, str],
        timeout: float | None,
    ) -> httpx.Response:
        if self.cancelled:
            raise _cancelled()
        url = server_url.rstrip("/") + path
        sent = len(body or b"")
        try:
            request = self._client.build_request(
                method,
                url,
                content=body,
                headers=headers,
                timeout=httpx.USE_CLIENT_DEFAULT if timeout is None else timeout,
            )
            response = self._client.send(request, stream=True)
        except httpx.UnsupportedProtocol as exc:
            raise Refused(
                "La dirección del servidor regional no es válida (debe comenzar con https://).",
                kind=REFUSED,
            ) from exc
        except (httpx.ConnectTimeout, httpx.ConnectError) as exc:
            raise self._unreachable(_offline()) from exc
        except httpx.TimeoutException as exc:
            self.stats.bytes_sent += sent
            raise self._unreachable(_timeout()) from exc
        except httpx.TransportError as exc:
            self.stats.bytes_sent += sent
            raise self._unreachable(_cut()) from exc
        except httpx.InvalidURL as exc:
            raise Refused("La dirección del servidor regional no es válida.", kind=REFUSED) from exc
        self.stats.bytes_sent += sent
        self.stats.round_trips += 1
        return response

    def _unreachable(self, error: SyncError) -> SyncError:
        """A network failure, or the cancellation that caused it."""
        return _cancelled() if self.cancelled else error

    def _raw_body(self, response: httpx.Response) -> bytes:
        """The body as it came on the wire, refused past the protocol's compressed limit."""
        chunks: list[bytes] = []
        size = 0
        try:
            for chunk in response.iter_raw():
                size += len(chunk)
                self.stats.bytes_received += len(chunk)
                if size > protocol.MAX_COMPRESSED_BYTES:
                    raise ServerFailure(
                        "La respuesta del servidor regional es demasiado grande.", kind=BAD_REPLY
                    )
                chunks.append(chunk)
        except httpx.TimeoutException as exc:
            raise self._unreachable(_timeout()) from exc
        except httpx.TransportError as exc:
            raise self._unreachable(_cut()) from exc
        finally:
            response.close()
        return b"".join(chunks)

    def _check_protocol_headers(
        self, response: httpx.Response, *, expected_server_id: str | None
    ) -> None:
        version = response.headers.get(PROTOCOL_HEADER)
        server_id = response.headers.get(SERVER_ID_HEADER)
        if version is None or server_id is None:
            raise ServerFailure(
                "La dirección no corresponde a un servidor regional de OMIL Desktop. Revise la "
                "dirección del servidor.",
                kind=BAD_REPLY,
                status=response.status_code,
            )
        if expected_server_id is not None and server_id != expected_server_id:
            raise WrongServer(_WRONG_SERVER, status=response.status_code)

    def _error(self, response: httpx.Response, raw: bytes) -> SyncError:
        status = response.status_code
        body = _error_body(response, raw)
        code = body.error if body else None
        server_text = body.message if body else ""
        log.info("server answered %s %s", status, code or "-")
        if code == protocol.UNKNOWN_DEVICE or (status == 401 and code is None):
            return NeedsEnrollment(RE_ENROLL, kind=UNKNOWN_DEVICE, code=code, status=status)
        if code == protocol.DEVICE_REVOKED:
            return NeedsEnrollment(RE_ENROLL, kind=REVOKED, code=code, status=status)
        if code == protocol.PROTOCOL_TOO_OLD:
            return VersionMismatch(
                "Actualice OMIL Desktop: el servidor regional ya no acepta esta versión. Los "
                "cambios sin enviar se conservan hasta entonces.",
                kind=UPDATE_CLIENT,
                code=code,
                status=status,
            )
        if code == protocol.PROTOCOL_TOO_NEW:
            return VersionMismatch(
                "El servidor regional aún no se actualiza a esta versión de OMIL Desktop. Los "
                "cambios sin enviar se conservan hasta que se actualice.",
                kind=UPDATE_SERVER,
                code=code,
                status=status,
            )
        if code == protocol.WRONG_SERVER:
            return WrongServer(_WRONG_SERVER, code=code, status=status)
        if code == protocol.BAD_CODE:
            return Refused(
                server_text or "El código de inscripción no existe, ya se usó o venció.",
                kind=BAD_CODE,
                code=code,
                status=status,
            )
        if code == protocol.OFFICE_MISMATCH:
            return Refused(
                server_text or "El código de inscripción fue emitido para otra comuna.",
                kind=OFFICE_MISMATCH,
                code=code,
                status=status,
            )
        if code == protocol.TOO_MANY_ATTEMPTS:
            return Refused(_too_many_attempts(response), kind=REFUSED, code=code, status=status)
        if status == 426:
            return VersionMismatch(
                "Las versiones de OMIL Desktop y del servidor regional no son compatibles.",
                kind=UPDATE_CLIENT,
                code=code,
                status=status,
            )
        if 400 <= status < 500 and code is not None:
            return Refused(
                (server_text or "El servidor regional rechazó el envío.")
                + " No se perdió ningún cambio.",
                kind=REFUSED,
                code=code,
                status=status,
            )
        return ServerFailure(
            f"El servidor regional tuvo un problema (error {status}). Se intentará más tarde; "
            "no se perdió ningún cambio.",
            kind=SERVER,
            code=code,
            status=status,
        )


_WRONG_SERVER = (
    "La dirección corresponde a otro servidor regional que el de la inscripción. Revise la "
    "dirección o inscriba el equipo de nuevo."
)


def _too_many_attempts(response: httpx.Response) -> str:
    """«demasiados intentos, espere N minutos», N from the server's ``Retry-After``."""
    retry = response.headers.get("Retry-After", "").strip()
    if retry.isascii() and retry.isdigit():
        minutes = max(1, -(-int(retry) // 60))
        wait = f"{minutes} {'minuto' if minutes == 1 else 'minutos'}"
    else:
        wait = "unos minutos"
    return f"Demasiados intentos de inscripción desde esta red: espere {wait} y vuelva a probar."


def _offline() -> Unreachable:
    return Unreachable(
        "Sin conexión con el servidor regional. Los cambios quedan guardados en este equipo y se "
        "enviarán cuando vuelva la conexión.",
        kind=OFFLINE,
    )


def _timeout() -> Unreachable:
    return Unreachable(
        "El servidor regional no respondió a tiempo. Los cambios quedan guardados y se enviarán "
        "en el próximo intento.",
        kind=TIMEOUT,
    )


def _cut() -> Unreachable:
    return Unreachable(
        "Se cortó la conexión con el servidor regional. Los cambios quedan guardados y se "
        "enviarán en el próximo intento.",
        kind=OFFLINE,
    )


def _cancelled() -> Cancelled:
    return Cancelled(
        "Sincronización interrumpida al cerrar el programa. Los cambios quedan guardados y se "
        "enviarán en el próximo intento.",
        kind=CANCELLED,
    )


def _is_gzip(response: httpx.Response) -> bool:
    return "gzip" in response.headers.get("Content-Encoding", "").lower()


def _error_body(response: httpx.Response, raw: bytes) -> ErrorBody | None:
    """The ``{"error", "message"}`` of an error reply; ``None`` for anything else."""
    if not raw:
        return None
    try:
        data = json.loads(protocol.decompress(raw) if _is_gzip(response) else raw)
    except (BodyError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    error, message = data.get("error"), data.get("message")
    if not isinstance(error, str):
        return None
    return ErrorBody(error=error, message=message if isinstance(message, str) else "")


# -- a network layer another thread can interrupt ---------------------------------------------
# httpx has no way to cancel a synchronous request, and closing a socket from another thread
# does not wake a thread blocked on it. So the connection pool (httpcore's, through its public
# network-backend interface) gets sockets of our own: non-blocking, each wait sliced into short
# polls that look at the cancellation between slices. Timeouts keep their meaning.

_SLICE = 0.1
"""Seconds between two looks at the cancellation while waiting on the network."""

_CONNECTING = {errno.EINPROGRESS, errno.EWOULDBLOCK, errno.EAGAIN}
if hasattr(errno, "WSAEWOULDBLOCK"):  # Windows reports a connect under way this way
    _CONNECTING.add(errno.WSAEWOULDBLOCK)


class _CancellableTransport(httpx.BaseTransport):
    """httpx's transport API over an ``httpcore.ConnectionPool`` with the cancellable backend."""

    def __init__(
        self,
        cancelled: threading.Event,
        limits: httpx.Limits,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self._pool = httpcore.ConnectionPool(
            ssl_context=ssl_context or httpx.create_ssl_context(trust_env=False),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=_Backend(cancelled),
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.SyncByteStream)
        core_request = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=request.url.raw_scheme,
                host=request.url.raw_host,
                port=request.url.port,
                target=request.url.raw_path,
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        with _httpx_errors():
            response = self._pool.handle_request(core_request)
        assert isinstance(response.stream, Iterable)
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_ResponseStream(response.stream),
            extensions=response.extensions,
        )

    def close(self) -> None:
        self._pool.close()


class _ResponseStream(httpx.SyncByteStream):
    def __init__(self, stream: Iterable[bytes]) -> None:
        self._stream = stream

    def __iter__(self) -> Iterator[bytes]:
        with _httpx_errors():
            yield from self._stream

    def close(self) -> None:
        close = getattr(self._stream, "close", None)
        if close is not None:
            close()


# httpcore's errors as httpx's, most specific first (as httpx's own transport does).
_ERRORS: tuple[tuple[type[Exception], type[httpx.HTTPError]], ...] = (
    (httpcore.ConnectTimeout, httpx.ConnectTimeout),
    (httpcore.ReadTimeout, httpx.ReadTimeout),
    (httpcore.WriteTimeout, httpx.WriteTimeout),
    (httpcore.PoolTimeout, httpx.PoolTimeout),
    (httpcore.TimeoutException, httpx.TimeoutException),
    (httpcore.ConnectError, httpx.ConnectError),
    (httpcore.ReadError, httpx.ReadError),
    (httpcore.WriteError, httpx.WriteError),
    (httpcore.NetworkError, httpx.NetworkError),
    (httpcore.UnsupportedProtocol, httpx.UnsupportedProtocol),
    (httpcore.LocalProtocolError, httpx.LocalProtocolError),
    (httpcore.RemoteProtocolError, httpx.RemoteProtocolError),
    (httpcore.ProtocolError, httpx.ProtocolError),
)


@contextlib.contextmanager
def _httpx_errors() -> Iterator[None]:
    try:
        yield
    except Exception as exc:
        for core, mapped in _ERRORS:
            if isinstance(exc, core):
                raise mapped(str(exc)) from exc
        raise


class _Backend(httpcore.NetworkBackend):
    """TCP connections whose every wait gives up as soon as ``cancelled`` is set."""

    def __init__(self, cancelled: threading.Event) -> None:
        self._cancelled = cancelled

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        deadline = _deadline(timeout)
        error: Exception = httpcore.ConnectError(f"no address for {host}")
        for family, kind, proto, _name, address in _resolve(host, port, deadline, self._cancelled):
            sock = socket.socket(family, kind, proto)
            try:
                for option in socket_options or ():
                    sock.setsockopt(*option)
                if local_address is not None:
                    sock.bind((local_address, 0))
                sock.setblocking(False)
                code = sock.connect_ex(address)
                if code in _CONNECTING:
                    _wait(sock, True, deadline, self._cancelled, httpcore.ConnectTimeout)
                    code = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
                if code:
                    raise httpcore.ConnectError(f"connect failed (errno {code})")
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                return _Stream(sock, self._cancelled)
            except httpcore.ConnectError as exc:  # refused, unreachable: try the next address
                sock.close()
                error = exc
                if self._cancelled.is_set():
                    raise
            except BaseException:
                sock.close()
                raise
        raise error

    def sleep(self, seconds: float) -> None:
        if self._cancelled.wait(seconds):
            raise httpcore.ConnectError("cancelled")


class _Stream(httpcore.NetworkStream):
    """One non-blocking socket (plain or TLS); reads and writes wait in cancellable slices."""

    def __init__(self, sock: socket.socket, cancelled: threading.Event) -> None:
        self._sock = sock
        self._cancelled = cancelled

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        deadline = _deadline(timeout)
        while True:
            try:
                return self._sock.recv(max_bytes)
            except (BlockingIOError, ssl.SSLWantReadError):
                _wait(self._sock, False, deadline, self._cancelled, httpcore.ReadTimeout)
            except ssl.SSLWantWriteError:
                _wait(self._sock, True, deadline, self._cancelled, httpcore.ReadTimeout)
            except OSError as exc:
                raise httpcore.ReadError(str(exc)) from exc

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        deadline = _deadline(timeout)
        while buffer:
            try:
                sent = self._sock.send(buffer)
            except (BlockingIOError, ssl.SSLWantWriteError):
                # TLS: the same bytes are offered again, as OpenSSL requires.
                _wait(self._sock, True, deadline, self._cancelled, httpcore.WriteTimeout)
            except ssl.SSLWantReadError:
                _wait(self._sock, False, deadline, self._cancelled, httpcore.WriteTimeout)
            except OSError as exc:
                raise httpcore.WriteError(str(exc)) from exc
            else:
                buffer = buffer[sent:]

    def close(self) -> None:
        self._sock.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        deadline = _deadline(timeout)
        try:
            tls = ssl_context.wrap_socket(
                self._sock, server_hostname=server_hostname, do_handshake_on_connect=False
            )
        except OSError as exc:
            raise httpcore.ConnectError(str(exc)) from exc
        try:
            while True:
                try:
                    tls.do_handshake()
                    return _Stream(tls, self._cancelled)
                except ssl.SSLWantReadError:
                    _wait(tls, False, deadline, self._cancelled, httpcore.ConnectTimeout)
                except ssl.SSLWantWriteError:
                    _wait(tls, True, deadline, self._cancelled, httpcore.ConnectTimeout)
        except OSError as exc:  # certificate refused, handshake cut
            tls.close()
            raise httpcore.ConnectError(str(exc)) from exc
        except BaseException:
            tls.close()
            raise

    def get_extra_info(self, info: str) -> Any:
        if info == "ssl_object":  # what httpcore asks the negotiated protocol of
            return self._sock if isinstance(self._sock, ssl.SSLSocket) else None
        if info == "client_addr":
            return self._sock.getsockname()
        if info == "server_addr":
            return self._sock.getpeername()
        if info == "socket":
            return self._sock
        if info == "is_readable":  # an idle kept-alive connection the server closed
            return self._sock.fileno() < 0 or _ready(self._sock, False, 0)
        return None


def _deadline(timeout: float | None) -> float | None:
    return None if timeout is None else time.monotonic() + timeout


def _wait(
    sock: socket.socket,
    write: bool,
    deadline: float | None,
    cancelled: threading.Event,
    timed_out: type[httpcore.TimeoutException],
) -> None:
    """Until ``sock`` is ready; raises ``timed_out`` past the deadline, and the matching network
    error (read, write or connect) once cancelled."""
    while True:
        if cancelled.is_set():
            raise _CANCEL_ERRORS[timed_out]("cancelled")
        left = _SLICE if deadline is None else min(_SLICE, deadline - time.monotonic())
        if left <= 0:
            raise timed_out("timed out")
        if _ready(sock, write, left):
            return


_CANCEL_ERRORS: dict[type[httpcore.TimeoutException], type[httpcore.NetworkError]] = {
    httpcore.ConnectTimeout: httpcore.ConnectError,
    httpcore.ReadTimeout: httpcore.ReadError,
    httpcore.WriteTimeout: httpcore.WriteError,
}


def _ready(sock: socket.socket, write: bool, seconds: float) -> bool:
    """``sock`` readable (or writable), or in error, within ``seconds``."""
    if hasattr(select, "poll"):
        poller = select.poll()
        poller.register(sock, select.POLLOUT if write else select.POLLIN)
        return bool(poller.poll(seconds * 1000))
    # Windows: a failed connect shows in the third set.
    wanted = [sock]
    readable, writable, failed = select.select(
        [] if write else wanted, wanted if write else [], wanted, seconds
    )
    return bool(readable or writable or failed)


def _resolve(
    host: str, port: int, deadline: float | None, cancelled: threading.Event
) -> list[tuple[Any, ...]]:
    """``getaddrinfo`` (which cannot be interrupted) in a helper thread that is left behind if
    cancelled or too slow; it ends by itself when the resolver answers."""
    outcome: list[Any] = []
    done = threading.Event()

    def lookup() -> None:
        try:
            outcome.append(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
        except OSError as exc:
            outcome.append(exc)
        done.set()

    threading.Thread(target=lookup, name="omil-sync-dns", daemon=True).start()
    while not done.wait(_SLICE):
        if cancelled.is_set():
            raise httpcore.ConnectError("cancelled")
        if deadline is not None and time.monotonic() >= deadline:
            raise httpcore.ConnectTimeout("name lookup timed out")
    result = outcome[0]
    if isinstance(result, OSError):
        raise httpcore.ConnectError(str(result)) from result
    return list(result)
