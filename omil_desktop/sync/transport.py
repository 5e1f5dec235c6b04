"""HTTP to the regional server: gzip'd JSON bodies, the protocol headers, errors in Spanish.

One :class:`Transport` holds one ``httpx.AsyncClient`` (one keep-alive connection per server).
Every failure comes out as a :class:`SyncError` whose ``kind`` tells the program what to do and
whose ``message`` is a Spanish sentence for the status bar. A reply that is not a valid protocol
message is an error too: nothing of it is applied.

A request in flight can be abandoned from another thread (:meth:`Transport.cancel`, used when the
window closes). The calls are synchronous for their caller (the sync worker thread), but each one
runs as a coroutine on the transport's own event loop, in a thread of its own: cancelling is
asyncio's task cancellation, which httpx and httpcore are built to honour at any await — name
lookup, connect, TLS handshake, each read and write — and the waiting thread is released at once.
A cancelled exchange is a cut link: the client forgets nothing the server has not acknowledged
(docs/sync-protocol.md §5).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import logging
import ssl
import threading
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import httpx
from pydantic import BaseModel

from omil_desktop.domain.texts import QT_TRANSLATE_NOOP, translate
from omil_desktop.sync import protocol
from omil_desktop.sync.protocol import (
    PROTOCOL,
    PROTOCOL_HEADER,
    SERVER_ID_HEADER,
    BlobsRequest,
    BlobsResponse,
    BodyError,
    EnrollRequest,
    EnrollResponse,
    ErrorBody,
    SyncRequest,
    SyncResponse,
)
from omil_desktop.sync.status import RE_ENROLL, enrollment_text
from omil_desktop.sync.updates import VERSION_PATH, LatestRelease

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
CUT = "cut"
"""The link dropped in the middle of an exchange (the server had been reached)."""


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
T = TypeVar("T")
P = ParamSpec("P")

_TIMEOUT = httpx.Timeout(connect=10.0, read=60.0, write=60.0, pool=10.0)


class Transport:
    """Speaks the protocol over one ``httpx.AsyncClient`` on a private event loop; each call
    waits in the calling thread. ``http_transport`` is for tests only."""

    def __init__(
        self,
        *,
        timeout: httpx.Timeout | float = _TIMEOUT,
        http_transport: httpx.AsyncBaseTransport | None = None,
        protocol_version: int = PROTOCOL,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        """``protocol_version`` is what this client announces; only tests of version skew
        change it. A test's ``http_transport`` replaces httpx's own (a network edge that fails
        on purpose); ``ssl_context`` trusts a test certificate (by default httpx's: the certifi
        roots)."""
        self.stats = TransportStats()
        self.protocol_version = protocol_version
        self._lock = threading.Lock()
        self._cancelled = False
        self._closed = False
        self._in_flight: set[concurrent.futures.Future[Any]] = set()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._client = httpx.AsyncClient(
            timeout=timeout,
            transport=http_transport,
            verify=ssl_context if ssl_context is not None else True,
            limits=httpx.Limits(max_connections=2, max_keepalive_connections=1),
            headers={PROTOCOL_HEADER: str(protocol_version), "User-Agent": "omil-desktop"},
            follow_redirects=False,
            trust_env=False,
        )

    def cancel(self) -> None:
        """Abandon the request in flight and refuse later ones; safe from any thread.

        The thread waiting on the network raises :class:`Cancelled` at once (never after the
        reply was applied: applying is local work, done after the call returned).
        """
        with self._lock:
            self._cancelled = True
            in_flight = list(self._in_flight)
        for future in in_flight:
            future.cancel()  # releases the waiting thread; the loop cancels the task

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def close(self) -> None:
        """Close the connections and stop the loop's thread; anything still in flight is
        cancelled. Waits at most about ``_CLOSE_WAIT`` seconds; a second call does nothing."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            loop, thread = self._loop, self._thread
        if loop is None or thread is None:  # never used: nothing was opened
            return
        try:
            asyncio.run_coroutine_threadsafe(self._shut_down(), loop).result(_CLOSE_WAIT)
        except concurrent.futures.TimeoutError:
            log.warning("sync connections not closed within %.1f s; left behind", _CLOSE_WAIT)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(_CLOSE_WAIT)

    # -- the three calls of the exchange --------------------------------------------------------

    def ping(self, server_url: str, timeout: float = 5.0) -> None:
        """``GET /api/ping``: returns when the server answers as an OMIL server, else raises."""
        response, raw = self._request("GET", server_url, "/api/ping", None, {}, timeout)
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
        return self._exchange(
            server_url,
            "/api/sync",
            request,
            SyncResponse,
            _authorization(credential),
            credential.server_id,
        )

    # -- supporting documents' bytes (version 6, docs/sync-protocol.md §13) ---------------------

    def missing_blobs(
        self, server_url: str, sha256s: list[str], credential: DeviceCredential
    ) -> list[str]:
        """``POST /api/blobs/missing``: which of ``sha256s`` the server does not hold."""
        reply = self._exchange(
            server_url,
            "/api/blobs/missing",
            BlobsRequest(sha256=sha256s),
            BlobsResponse,
            _authorization(credential),
            credential.server_id,
        )
        asked = set(sha256s)
        if not set(reply.missing) <= asked:
            raise ServerFailure(
                translate(
                    "sync.transport",
                    "La respuesta del servidor regional no corresponde a lo preguntado. Se "
                    "intentará "
                    "de nuevo; no se perdió ningún cambio.",
                ),
                kind=BAD_REPLY,
            )
        return reply.missing

    def put_blob(
        self, server_url: str, sha256: str, data: bytes, credential: DeviceCredential
    ) -> None:
        """``PUT /api/blobs/<sha256>``: upload a supporting document's bytes, as they are."""
        headers = {"Content-Type": "application/octet-stream", **_authorization(credential)}
        response, raw = self._request(
            "PUT", server_url, f"/api/blobs/{sha256}", data, headers, None
        )
        if response.status_code >= 400:
            raise self._error(response, raw)
        self._check_protocol_headers(response, expected_server_id=credential.server_id)

    def get_blob(self, server_url: str, sha256: str, credential: DeviceCredential) -> bytes | None:
        """``GET /api/blobs/<sha256>``: a supporting document's bytes; None when the server
        does not have them (yet) for this office."""
        response, raw = self._request(
            "GET",
            server_url,
            f"/api/blobs/{sha256}",
            None,
            _authorization(credential),
            None,
            limit=protocol.MAX_RECEIPT_BYTES,
        )
        if response.status_code == 404 and response.headers.get(PROTOCOL_HEADER):
            return None
        if response.status_code >= 400:
            raise self._error(response, raw)
        self._check_protocol_headers(response, expected_server_id=credential.server_id)
        return raw

    # -- the newest release of the program (docs/updates.md; not part of the exchange) ---------

    def latest_release(self, server_url: str, credential: DeviceCredential) -> LatestRelease | None:
        """``GET /api/version``: the newest release the region published; None when it has
        published none or the server is older than the feature (404)."""
        response, raw = self._request(
            "GET", server_url, VERSION_PATH, None, _authorization(credential), 15.0
        )
        if response.status_code == 404:
            return None
        if response.status_code >= 400:
            raise self._error(response, raw)
        self._check_protocol_headers(response, expected_server_id=credential.server_id)
        try:
            return protocol.decode(LatestRelease, raw, compressed=_is_gzip(response))
        except BodyError as exc:
            raise ServerFailure(
                translate(
                    "Actualizaciones",
                    "La respuesta del servidor regional sobre la versión nueva llegó dañada.",
                ),
                kind=BAD_REPLY,
                status=response.status_code,
            ) from exc

    def download_release(
        self,
        server_url: str,
        release: LatestRelease,
        credential: DeviceCredential,
        target: Path,
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        """Stream the installer ``release`` names into ``target`` (written as it comes, never
        more than ``release.size`` bytes). The caller checks its SHA-256."""
        self._run(self._download, server_url, release, credential, target, progress)

    async def _download(
        self,
        server_url: str,
        release: LatestRelease,
        credential: DeviceCredential,
        target: Path,
        progress: Callable[[int, int], None] | None,
    ) -> None:
        url = server_url.rstrip("/") + release.download
        try:
            request = self._client.build_request("GET", url, headers=_authorization(credential))
            response = await self._client.send(request, stream=True)
        except (httpx.ConnectTimeout, httpx.ConnectError) as exc:
            raise self._unreachable(_offline()) from exc
        except httpx.TimeoutException as exc:
            raise self._unreachable(_timeout()) from exc
        except httpx.TransportError as exc:
            raise self._unreachable(_cut()) from exc
        try:
            if response.status_code != 200:
                raw = await self._raw_body(response, protocol.MAX_COMPRESSED_BYTES)
                raise self._error(response, raw)
            self._check_protocol_headers(response, expected_server_id=credential.server_id)
            size = 0
            with target.open("wb") as out:
                try:
                    async for chunk in response.aiter_raw():
                        size += len(chunk)
                        self.stats.bytes_received += len(chunk)
                        if size > release.size:
                            raise ServerFailure(
                                translate(
                                    "Actualizaciones",
                                    "El instalador que envía el servidor regional es más grande "
                                    "de lo anunciado; se descartó.",
                                ),
                                kind=BAD_REPLY,
                            )
                        out.write(chunk)
                        if progress is not None:
                            progress(size, release.size)
                except httpx.TimeoutException as exc:
                    raise self._unreachable(_timeout()) from exc
                except httpx.TransportError as exc:
                    raise self._unreachable(_cut()) from exc
        finally:
            await response.aclose()

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
        response, raw = self._request("POST", server_url, path, body, request_headers, None)
        if response.status_code >= 400:
            raise self._error(response, raw)
        if response.status_code != 200:
            raise ServerFailure(
                translate(
                    "sync.transport",
                    "El servidor regional respondió de forma inesperada. Se intentará más tarde; "
                    "no se perdió ningún cambio.",
                ),
                kind=BAD_REPLY,
                status=response.status_code,
            )
        self._check_protocol_headers(response, expected_server_id=server_id)
        try:
            return protocol.decode(model, raw, compressed=_is_gzip(response))
        except BodyError as exc:
            log.warning("reply to %s not understood (%s)", path, exc.code)
            raise ServerFailure(
                translate(
                    "sync.transport",
                    "La respuesta del servidor regional llegó dañada o incompleta. Se intentará de "
                    "nuevo; no se perdió ningún cambio.",
                ),
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
        *,
        limit: int = protocol.MAX_COMPRESSED_BYTES,
    ) -> tuple[httpx.Response, bytes]:
        """One request and its whole body (the response is closed, its body refused past
        ``limit`` bytes as they come on the wire), run on the loop."""
        return self._run(self._fetch, method, server_url, path, body, headers, timeout, limit)

    def _run(
        self, call: Callable[P, Coroutine[Any, Any, T]], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """``call`` as a task of the transport's loop; this thread waits for its outcome, and
        raises :class:`Cancelled` as soon as :meth:`cancel` is called."""

        async def settled() -> T | _Failure:
            # An error is returned, not raised: a task that ends in an exception after its
            # future was cancelled would be logged by asyncio as never retrieved.
            try:
                return await call(*args, **kwargs)
            except Exception as exc:
                return _Failure(exc)

        with self._lock:
            if self._cancelled:
                raise _cancelled()
            if self._closed:
                raise RuntimeError("the sync transport is closed")
            loop = self._running_loop()
            future = asyncio.run_coroutine_threadsafe(settled(), loop)
            self._in_flight.add(future)
        try:
            outcome = future.result()
        except concurrent.futures.CancelledError:
            raise _cancelled() from None
        finally:
            with self._lock:
                self._in_flight.discard(future)
        if isinstance(outcome, _Failure):
            raise outcome.error
        return outcome

    def _running_loop(self) -> asyncio.AbstractEventLoop:
        """The loop of this transport, started on first use (under ``_lock``)."""
        if self._loop is None:
            ready: concurrent.futures.Future[asyncio.AbstractEventLoop] = (
                concurrent.futures.Future()
            )
            thread = threading.Thread(
                target=_serve, args=(ready,), name="omil-sync-http", daemon=True
            )
            thread.start()
            self._loop, self._thread = ready.result(), thread
        return self._loop

    async def _shut_down(self) -> None:
        """On the loop: end every task still there, then close the connections."""
        current = asyncio.current_task()
        tasks = [task for task in asyncio.all_tasks() if task is not current]
        for task in tasks:
            if not task.cancelling():  # one being cancelled is left to finish its clean-up
                task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await self._client.aclose()

    async def _fetch(
        self,
        method: str,
        server_url: str,
        path: str,
        body: bytes | None,
        headers: dict[str, str],
        timeout: float | None,
        limit: int,
    ) -> tuple[httpx.Response, bytes]:
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
            response = await self._client.send(request, stream=True)
        except httpx.UnsupportedProtocol as exc:
            raise Refused(
                translate(
                    "sync.transport",
                    "La dirección del servidor regional no es válida (debe comenzar con https://).",
                ),
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
            raise Refused(
                translate("sync.transport", "La dirección del servidor regional no es válida."),
                kind=REFUSED,
            ) from exc
        self.stats.bytes_sent += sent
        self.stats.round_trips += 1
        try:
            return response, await self._raw_body(response, limit)
        finally:
            await response.aclose()

    def _unreachable(self, error: SyncError) -> SyncError:
        """A network failure, or the cancellation that caused it."""
        return _cancelled() if self.cancelled else error

    async def _raw_body(self, response: httpx.Response, limit: int) -> bytes:
        """The body as it came on the wire, refused past ``limit`` bytes."""
        chunks: list[bytes] = []
        size = 0
        try:
            async for chunk in response.aiter_raw():
                size += len(chunk)
                self.stats.bytes_received += len(chunk)
                if size > limit:
                    raise ServerFailure(
                        translate(
                            "sync.transport",
                            "La respuesta del servidor regional es demasiado grande.",
                        ),
                        kind=BAD_REPLY,
                    )
                chunks.append(chunk)
        except httpx.TimeoutException as exc:
            raise self._unreachable(_timeout()) from exc
        except httpx.TransportError as exc:
            raise self._unreachable(_cut()) from exc
        return b"".join(chunks)

    def _check_protocol_headers(
        self, response: httpx.Response, *, expected_server_id: str | None
    ) -> None:
        version = response.headers.get(PROTOCOL_HEADER)
        server_id = response.headers.get(SERVER_ID_HEADER)
        if version is None or server_id is None:
            raise ServerFailure(
                translate(
                    "sync.transport",
                    "La dirección no corresponde a un servidor regional de OMIL Desktop. Revise la "
                    "dirección del servidor.",
                ),
                kind=BAD_REPLY,
                status=response.status_code,
            )
        if expected_server_id is not None and server_id != expected_server_id:
            raise WrongServer(
                translate("sync.transport", _WRONG_SERVER), status=response.status_code
            )

    def _error(self, response: httpx.Response, raw: bytes) -> SyncError:
        status = response.status_code
        body = _error_body(response, raw)
        code = body.error if body else None
        server_text = body.message if body else ""
        log.info("server answered %s %s", status, code or "-")
        if code == protocol.UNKNOWN_DEVICE or (status == 401 and code is None):
            return NeedsEnrollment(
                enrollment_text(RE_ENROLL), kind=UNKNOWN_DEVICE, code=code, status=status
            )
        if code == protocol.DEVICE_REVOKED:
            return NeedsEnrollment(
                enrollment_text(RE_ENROLL), kind=REVOKED, code=code, status=status
            )
        if code == protocol.PROTOCOL_TOO_OLD:
            return VersionMismatch(
                translate(
                    "sync.transport",
                    "Actualice OMIL Desktop: el servidor regional ya no acepta esta versión. Los "
                    "cambios sin enviar se conservan hasta entonces.",
                ),
                kind=UPDATE_CLIENT,
                code=code,
                status=status,
            )
        if code == protocol.PROTOCOL_TOO_NEW:
            return VersionMismatch(
                translate(
                    "sync.transport",
                    "El servidor regional aún no se actualiza a esta versión de OMIL Desktop. Los "
                    "cambios sin enviar se conservan hasta que se actualice.",
                ),
                kind=UPDATE_SERVER,
                code=code,
                status=status,
            )
        if code == protocol.WRONG_SERVER:
            return WrongServer(translate("sync.transport", _WRONG_SERVER), code=code, status=status)
        if code == protocol.BAD_CODE:
            return Refused(
                server_text
                or translate(
                    "sync.transport", "El código de inscripción no existe, ya se usó o venció."
                ),
                kind=BAD_CODE,
                code=code,
                status=status,
            )
        if code == protocol.OFFICE_MISMATCH:
            return Refused(
                server_text
                or translate(
                    "sync.transport", "El código de inscripción fue emitido para otra comuna."
                ),
                kind=OFFICE_MISMATCH,
                code=code,
                status=status,
            )
        if code == protocol.TOO_MANY_ATTEMPTS:
            return Refused(_too_many_attempts(response), kind=REFUSED, code=code, status=status)
        if status == 426:
            return VersionMismatch(
                translate(
                    "sync.transport",
                    "Las versiones de OMIL Desktop y del servidor regional no son compatibles.",
                ),
                kind=UPDATE_CLIENT,
                code=code,
                status=status,
            )
        if 400 <= status < 500 and code is not None:
            return Refused(
                (
                    server_text
                    or translate("sync.transport", "El servidor regional rechazó el envío.")
                )
                + translate("sync.transport", " No se perdió ningún cambio."),
                kind=REFUSED,
                code=code,
                status=status,
            )
        return ServerFailure(
            translate(
                "sync.transport",
                "El servidor regional tuvo un problema (error {status}). Se intentará más tarde; "
                "no se perdió ningún cambio.",
            ).format(status=status),
            kind=SERVER,
            code=code,
            status=status,
        )


def _authorization(credential: DeviceCredential) -> dict[str, str]:
    """The headers that authenticate a request of an enrolled device."""
    return {
        "Authorization": f"Bearer {credential.device_id}.{credential.secret}",
        SERVER_ID_HEADER: credential.server_id,
    }


_WRONG_SERVER = QT_TRANSLATE_NOOP(
    "sync.transport",
    "La dirección corresponde a otro servidor regional que el de la inscripción. Revise la "
    "dirección o inscriba el equipo de nuevo.",
)


def _too_many_attempts(response: httpx.Response) -> str:
    """«demasiados intentos, espere N minutos», N from the server's ``Retry-After``."""
    retry = response.headers.get("Retry-After", "").strip()
    if retry.isascii() and retry.isdigit():
        minutes = max(1, -(-int(retry) // 60))
        wait = translate("sync.transport", "%n minuto(s)", None, minutes)
    else:
        wait = translate("sync.transport", "unos minutos")
    return translate(
        "sync.transport",
        "Demasiados intentos de inscripción desde esta red: espere {wait} y vuelva a probar.",
    ).format(wait=wait)


def _offline() -> Unreachable:
    return Unreachable(
        translate(
            "sync.transport",
            "Sin conexión con el servidor regional. Los cambios quedan guardados en este equipo y "
            "se "
            "enviarán cuando vuelva la conexión.",
        ),
        kind=OFFLINE,
    )


def _timeout() -> Unreachable:
    return Unreachable(
        translate(
            "sync.transport",
            "El servidor regional no respondió a tiempo. Los cambios quedan guardados y se "
            "enviarán "
            "en el próximo intento.",
        ),
        kind=TIMEOUT,
    )


def _cut() -> Unreachable:
    return Unreachable(
        translate(
            "sync.transport",
            "Se cortó la conexión con el servidor regional. Los cambios quedan guardados y se "
            "enviarán en el próximo intento.",
        ),
        kind=CUT,
    )


def _cancelled() -> Cancelled:
    return Cancelled(
        translate(
            "sync.transport",
            "Sincronización interrumpida al cerrar el programa. Los cambios quedan guardados y se "
            "enviarán en el próximo intento.",
        ),
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


# -- the transport's event loop -------------------------------------------------------------------

_CLOSE_WAIT = 1.0
"""Seconds :meth:`Transport.close` waits for the connections to close and the loop to stop."""


def _serve(ready: concurrent.futures.Future[asyncio.AbstractEventLoop]) -> None:
    """The loop thread: makes the loop (so that it belongs to this thread from the start, also
    on Windows, whose loop would otherwise take over the main thread's signal wake-up), runs it
    until :meth:`Transport.close` stops it, then closes it."""
    try:
        loop = asyncio.new_event_loop()
        loop.set_default_executor(_LookupExecutor())
    except BaseException as exc:
        ready.set_exception(exc)
        raise
    ready.set_result(loop)
    try:
        loop.run_forever()
    finally:
        try:
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            loop.close()


class _Failure:
    """An exception a call ended with, carried to the waiting thread."""

    def __init__(self, error: Exception) -> None:
        self.error = error


class _LookupExecutor(concurrent.futures.ThreadPoolExecutor):
    """The loop's default executor, which asyncio uses for name lookups (``getaddrinfo``): each
    one on a daemon thread of its own. ``getaddrinfo`` cannot be interrupted, so a cancelled
    lookup is left behind and ends by itself when the resolver answers; on a thread of a
    ``ThreadPoolExecutor`` it would hold the program's exit until then (its threads are joined
    at exit), which is what closing the window must not wait for."""

    def submit(
        self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs
    ) -> concurrent.futures.Future[T]:
        future: concurrent.futures.Future[T] = concurrent.futures.Future()

        def run() -> None:
            if not future.set_running_or_notify_cancel():
                return
            try:
                result = fn(*args, **kwargs)
            except BaseException as exc:
                future.set_exception(exc)
            else:
                future.set_result(result)

        threading.Thread(target=run, name="omil-sync-lookup", daemon=True).start()
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        """Nothing to wait for: a lookup still running is left behind."""
