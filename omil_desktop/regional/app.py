"""The regional server's HTTP API (docs/sync-protocol.md §2–§5): a thin FastAPI layer over
:class:`~omil_desktop.regional.service.RegionalService`.

Every response carries ``OMIL-Protocol`` and ``OMIL-Server-Id``. Every body, errors included, is
gzip'd JSON (``Content-Encoding: gzip``). Checks run in the contract's order, all before anything
is written: enrollment attempts per address (429), declared body size (413), protocol version
(426), server id (409), credential (401/403), body (400/413). The same holds for the endpoints
of supporting documents' bytes (``/api/blobs/…``, §13).

Only reading the request happens on the event loop. Decompressing, parsing, validating, every
database access and compressing the answer run in the thread pool, so one big or slow request
never stops the server from answering others. A body is refused past its endpoint's limits
(:data:`ENROLL_BODY`, :data:`SYNC_BODY`) while it streams in and while it inflates.
"""

from __future__ import annotations

import logging
import math
import threading
import time
import traceback
from collections import OrderedDict, deque
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from fastapi import FastAPI, Request, Response
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect

from omil_desktop.domain.texts import translate
from omil_desktop.regional.service import ProtocolError, RegionalService
from omil_desktop.sync import protocol
from omil_desktop.sync.protocol import (
    BlobsRequest,
    BlobsResponse,
    BodyError,
    EnrollRequest,
    ErrorBody,
    SyncRequest,
)
from omil_desktop.sync.updates import INSTALLER_PATH, VERSION_PATH

log = logging.getLogger("omil_desktop.regional")

STATUS = {
    protocol.MALFORMED: 400,
    protocol.UNKNOWN_DEVICE: 401,
    protocol.DEVICE_REVOKED: 403,
    protocol.BAD_CODE: 403,
    protocol.WRONG_SERVER: 409,
    protocol.OFFICE_MISMATCH: 409,
    protocol.OUT_OF_ORDER: 409,
    protocol.TOO_LARGE: 413,
    protocol.PROTOCOL_TOO_OLD: 426,
    protocol.PROTOCOL_TOO_NEW: 426,
    protocol.TOO_MANY_ATTEMPTS: 429,
}
"""HTTP status of each protocol error code (§2)."""
SERVER_ERROR = "server_error"
NOT_FOUND = "not_found"

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True, slots=True)
class BodyLimit:
    """Most bytes an endpoint's body may have as sent (gzip) and once inflated."""

    compressed: int
    inflated: int


ENROLL_BODY = BodyLimit(protocol.MAX_ENROLL_COMPRESSED_BYTES, protocol.MAX_ENROLL_BODY_BYTES)
SYNC_BODY = BodyLimit(protocol.MAX_COMPRESSED_BYTES, protocol.MAX_BODY_BYTES)
BLOBS_BODY = BodyLimit(protocol.MAX_BLOBS_COMPRESSED_BYTES, protocol.MAX_BLOBS_BODY_BYTES)
BLOB_BODY = BodyLimit(protocol.MAX_RECEIPT_BYTES, protocol.MAX_RECEIPT_BYTES)
"""A supporting document travels as it is (PDFs and images are compressed already)."""

ENROLL_ATTEMPTS = 10
"""Enrollment requests one client address may make per :data:`ENROLL_WINDOW_SECONDS`."""
ENROLL_WINDOW_SECONDS = 15 * 60
TRACKED_ADDRESSES = 10_000
"""Addresses the attempt counter remembers at most (the least recently seen are forgotten)."""

_TOO_LARGE = ProtocolError(protocol.TOO_LARGE, "El envío supera el tamaño máximo permitido.")


class AttemptLimiter:
    """A sliding window of attempts per client address, in memory (one server process)."""

    def __init__(
        self,
        attempts: int = ENROLL_ATTEMPTS,
        window: float = ENROLL_WINDOW_SECONDS,
        *,
        clock: Callable[[], float] = time.monotonic,
        max_addresses: int = TRACKED_ADDRESSES,
    ) -> None:
        self.attempts = attempts
        self.window = window
        self._clock = clock
        self._max_addresses = max_addresses
        self._seen: OrderedDict[str, deque[float]] = OrderedDict()
        self._lock = threading.Lock()

    def attempt(self, address: str) -> float | None:
        """Count an attempt from ``address``; or, when it has used up the window, the seconds
        until it may try again (that refused attempt is not counted)."""
        now = self._clock()
        with self._lock:
            times = self._seen.pop(address, None) or deque()
            while times and times[0] <= now - self.window:
                times.popleft()
            self._seen[address] = times  # most recently seen last
            if len(times) >= self.attempts:
                return max(times[0] + self.window - now, 0.0)
            times.append(now)
            while len(self._seen) > self._max_addresses:
                self._seen.popitem(last=False)
            return None


def create_app(
    service: RegionalService, *, enroll_limiter: AttemptLimiter | None = None
) -> FastAPI:
    """The API of an initialised server (``omil-regional init``)."""
    identity = service.identity()  # NotInitialized before any request is served
    base_headers = {
        protocol.PROTOCOL_HEADER: str(protocol.PROTOCOL),
        protocol.SERVER_ID_HEADER: identity.server_id,
    }
    limiter = enroll_limiter or AttemptLimiter()
    # No API description in production: openapi_url must be None when FastAPI sets up its routes.
    app = FastAPI(
        title="OMIL Desktop — servidor regional", openapi_url=None, docs_url=None, redoc_url=None
    )

    def reply(
        message: BaseModel, status: int = 200, headers: Mapping[str, str] | None = None
    ) -> Response:
        return Response(
            content=protocol.encode(message),
            status_code=status,
            media_type="application/json",
            headers={**base_headers, **(headers or {}), "Content-Encoding": "gzip"},
        )

    def error(code: str, message: str, status: int | None = None) -> Response:
        return reply(ErrorBody(error=code, message=message), status or STATUS.get(code, 400))

    async def guarded(handler: Callable[[], Awaitable[Response]]) -> Response:
        try:
            return await handler()
        except ProtocolError as exc:
            return error(exc.code, exc.message)
        except ClientDisconnect:
            # The device's link dropped while it was sending: nothing was read whole, nothing
            # written; the device sends again. Not a fault of the server.
            log.info("Un equipo cortó la conexión antes de terminar de enviar")
            return error(protocol.MALFORMED, "El envío llegó incompleto.", 400)
        except Exception as exc:
            # The traceback's frames, never the exception's text: it may quote what a device sent.
            log.error(
                "Error interno del servidor regional (%s)\n%s",
                type(exc).__name__,
                "".join(traceback.format_tb(exc.__traceback__)).rstrip(),
            )
            return error(
                SERVER_ERROR,
                "El servidor regional tuvo un problema y no guardó nada. Sus cambios siguen en "
                "este equipo; se enviarán en la próxima sincronización.",
                500,
            )

    def checked_version(headers: Mapping[str, str]) -> int:
        """The client's protocol version, if this server speaks it (reads the database)."""
        raw = (headers.get(protocol.PROTOCOL_HEADER) or "").strip()
        if not raw.isascii() or not raw.isdigit():
            raise ProtocolError(
                protocol.MALFORMED, "Falta la versión del protocolo (cabecera OMIL-Protocol)."
            )
        version = int(raw)
        service.check_protocol(version)
        return version

    def enroll_headers(headers: Mapping[str, str]) -> int:
        version = checked_version(headers)
        if protocol.SERVER_ID_HEADER in headers:
            service.check_server_id(headers[protocol.SERVER_ID_HEADER])
        return version

    def sync_headers(headers: Mapping[str, str]) -> tuple[int, str]:
        version = checked_version(headers)
        service.check_server_id(headers.get(protocol.SERVER_ID_HEADER))
        return version, service.authenticate(headers.get("authorization"))

    def answer_enroll(body: bytes, version: int) -> Response:
        return reply(service.enroll(decode(EnrollRequest, body, ENROLL_BODY), version))

    def answer_sync(body: bytes, version: int, device_id: str) -> Response:
        return reply(service.sync(device_id, decode(SyncRequest, body, SYNC_BODY), version))

    def answer_missing(body: bytes, device_id: str) -> Response:
        request = decode(BlobsRequest, body, BLOBS_BODY)
        return reply(BlobsResponse(missing=service.missing_blobs(device_id, request.sha256)))

    def answer_put(sha256: str, body: bytes, device_id: str) -> Response:
        service.put_blob(device_id, sha256, body)
        return Response(status_code=204, headers=base_headers)

    def answer_get(sha256: str, device_id: str) -> Response:
        data = service.get_blob(device_id, sha256)
        if data is None:
            return error(
                NOT_FOUND, "El documento de respaldo no está en el servidor regional.", 404
            )
        return Response(content=data, media_type="application/octet-stream", headers=base_headers)

    # The region's web page for SENCE staff (its own login; the API above is untouched).
    from omil_desktop.regional.web import mount_web

    web_not_found = mount_web(app, service)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if not request.url.path.startswith("/api/"):
            page = await run_in_threadpool(web_not_found, request, exc.status_code)
            if page is not None:
                return page
        if exc.status_code == 404:
            return error(NOT_FOUND, "Esta dirección no existe en el servidor regional.", 404)
        return error(protocol.MALFORMED, "Solicitud no válida.", exc.status_code)

    @app.get("/api/ping")
    async def ping() -> Response:
        return Response(status_code=204, headers=base_headers)

    @app.post("/api/enroll")
    async def enroll(request: Request) -> Response:
        wait = limiter.attempt(client_address(request))
        if wait is not None:
            minutes = max(1, math.ceil(wait / 60))
            return reply(
                ErrorBody(
                    error=protocol.TOO_MANY_ATTEMPTS,
                    message=f"Demasiados intentos de inscripción desde esta dirección. Espere "
                    f"{minutes} {'minuto' if minutes == 1 else 'minutos'} y vuelva a intentarlo.",
                ),
                STATUS[protocol.TOO_MANY_ATTEMPTS],
                {"Retry-After": str(math.ceil(wait))},
            )

        async def handle() -> Response:
            check_declared_length(request, ENROLL_BODY)
            version = await run_in_threadpool(enroll_headers, request.headers)
            body = await read_body(request, ENROLL_BODY)
            return await run_in_threadpool(answer_enroll, body, version)

        return await guarded(handle)

    @app.post("/api/sync")
    async def sync(request: Request) -> Response:
        async def handle() -> Response:
            check_declared_length(request, SYNC_BODY)
            version, device_id = await run_in_threadpool(sync_headers, request.headers)
            body = await read_body(request, SYNC_BODY)
            return await run_in_threadpool(answer_sync, body, version, device_id)

        return await guarded(handle)

    # -- supporting documents' bytes (§13) ------------------------------------------------------

    @app.post("/api/blobs/missing")
    async def blobs_missing(request: Request) -> Response:
        async def handle() -> Response:
            check_declared_length(request, BLOBS_BODY)
            _version, device_id = await run_in_threadpool(sync_headers, request.headers)
            body = await read_body(request, BLOBS_BODY)
            return await run_in_threadpool(answer_missing, body, device_id)

        return await guarded(handle)

    @app.put("/api/blobs/{sha256}")
    async def put_blob(sha256: str, request: Request) -> Response:
        async def handle() -> Response:
            check_declared_length(request, BLOB_BODY)
            _version, device_id = await run_in_threadpool(sync_headers, request.headers)
            body = await read_raw_body(request, BLOB_BODY)
            return await run_in_threadpool(answer_put, sha256, body, device_id)

        return await guarded(handle)

    @app.get("/api/blobs/{sha256}")
    async def get_blob(sha256: str, request: Request) -> Response:
        async def handle() -> Response:
            _version, device_id = await run_in_threadpool(sync_headers, request.headers)
            return await run_in_threadpool(answer_get, sha256, device_id)

        return await guarded(handle)

    _mount_releases(app, service, base_headers, reply, error, sync_headers, guarded)
    return app


def _mount_releases(
    app: FastAPI,
    service: RegionalService,
    base_headers: Mapping[str, str],
    reply: Callable[[BaseModel], Response],
    error: Callable[[str, str, int], Response],
    sync_headers: Callable[[Mapping[str, str]], tuple[int, str]],
    guarded: Callable[[Callable[[], Awaitable[Response]]], Awaitable[Response]],
) -> None:
    """The newest release of OMIL Desktop and its installer (docs/updates.md), for enrolled
    devices only. Not part of the sync exchange: its wire format is untouched."""

    def none_published() -> Response:
        return error(
            NOT_FOUND,
            translate(
                "Versiones", "El servidor regional no tiene publicada una versión de OMIL Desktop."
            ),
            404,
        )

    def answer_latest() -> Response:
        latest = service.latest_release()
        return none_published() if latest is None else reply(latest.message())

    @app.get(VERSION_PATH)
    async def latest_version(request: Request) -> Response:
        async def handle() -> Response:
            await run_in_threadpool(sync_headers, request.headers)
            return await run_in_threadpool(answer_latest)

        return await guarded(handle)

    @app.get(INSTALLER_PATH)
    async def installer(version: str, request: Request) -> Response:
        async def handle() -> Response:
            await run_in_threadpool(sync_headers, request.headers)
            info = await run_in_threadpool(service.release_info, version)
            if info is None:
                return none_published()
            headers = {
                **base_headers,
                "Content-Length": str(info.size),
                "OMIL-SHA256": info.sha256,
            }
            return StreamingResponse(
                service.release_chunks(version),
                media_type="application/octet-stream",
                headers=headers,
            )

        return await guarded(handle)


def client_address(request: Request) -> str:
    """The address requests are counted by: the peer's, or the one a trusted proxy reports
    (``omil-regional serve --trusted-proxy``)."""
    return request.client.host if request.client is not None else "?"


def check_declared_length(request: Request, limit: BodyLimit) -> None:
    """Refuse a body whose declared size is over the limit before any other work."""
    declared = request.headers.get("content-length", "").strip()
    if declared.isascii() and declared.isdigit() and int(declared) > limit.compressed:
        raise _TOO_LARGE


async def read_body(request: Request, limit: BodyLimit) -> bytes:
    """The raw (compressed) body, refused as soon as it streams past the compressed limit."""
    if request.headers.get("content-encoding", "").strip().lower() != "gzip":
        raise ProtocolError(protocol.MALFORMED, "El envío debe venir comprimido con gzip.")
    check_declared_length(request, limit)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit.compressed:
            raise _TOO_LARGE
        chunks.append(chunk)
    return b"".join(chunks)


async def read_raw_body(request: Request, limit: BodyLimit) -> bytes:
    """A body sent as it is (a supporting document), refused as soon as it streams past the
    limit."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit.compressed:
            raise _TOO_LARGE
        chunks.append(chunk)
    return b"".join(chunks)


def decode(model: type[M], body: bytes, limit: BodyLimit) -> M:
    """Inflate (never past ``limit.inflated``), parse and validate a body; a batch of more than
    MAX_BATCH changes is ``too_large`` (§2). Runs in the thread pool."""
    try:
        raw = protocol.decompress(
            body, max_compressed=limit.compressed, max_inflated=limit.inflated
        )
        return protocol.decode(model, raw, compressed=False)
    except BodyError as exc:
        cause = exc.__cause__
        if isinstance(cause, ValidationError) and any(
            e["type"] == "too_long" and tuple(e["loc"]) == ("changes",) for e in cause.errors()
        ):
            raise ProtocolError(
                protocol.TOO_LARGE,
                f"El envío trae más de {protocol.MAX_BATCH} cambios.",
            ) from exc
        raise ProtocolError(exc.code, exc.message) from exc
