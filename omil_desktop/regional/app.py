"""The regional server's HTTP API (docs/sync-protocol.md §2–§5): a thin FastAPI layer over
:class:`~omil_desktop.regional.service.RegionalService`.

Every response carries ``OMIL-Protocol`` and ``OMIL-Server-Id``. Every body, errors included, is
gzip'd JSON (``Content-Encoding: gzip``). Checks run in the contract's order, all before anything
is written: protocol version (426), server id (409), credential (401/403), body (400/413).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

from fastapi import FastAPI, Request, Response
from pydantic import BaseModel, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from omil_desktop.regional.service import ProtocolError, RegionalService
from omil_desktop.sync import protocol
from omil_desktop.sync.protocol import (
    BodyError,
    EnrollRequest,
    ErrorBody,
    SyncRequest,
)

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
}
"""HTTP status of each protocol error code (§2)."""
SERVER_ERROR = "server_error"
NOT_FOUND = "not_found"

M = TypeVar("M", bound=BaseModel)

_TOO_LARGE = ProtocolError(protocol.TOO_LARGE, "El envío supera el tamaño máximo permitido.")


def create_app(service: RegionalService) -> FastAPI:
    """The API of an initialised server (``omil-regional init``)."""
    identity = service.identity()  # NotInitialized before any request is served
    base_headers = {
        protocol.PROTOCOL_HEADER: str(protocol.PROTOCOL),
        protocol.SERVER_ID_HEADER: identity.server_id,
    }
    app = FastAPI(title="OMIL Desktop — servidor regional", docs_url=None, redoc_url=None)
    app.openapi_url = None

    def reply(message: BaseModel, status: int = 200) -> Response:
        return Response(
            content=protocol.encode(message),
            status_code=status,
            media_type="application/json",
            headers={**base_headers, "Content-Encoding": "gzip"},
        )

    def error(code: str, message: str, status: int | None = None) -> Response:
        return reply(ErrorBody(error=code, message=message), status or STATUS.get(code, 400))

    async def guarded(handler: Callable[[], Awaitable[Response]]) -> Response:
        try:
            return await handler()
        except ProtocolError as exc:
            return error(exc.code, exc.message)
        except Exception as exc:
            log.error("Error interno del servidor regional (%s)", type(exc).__name__, exc_info=True)
            return error(
                SERVER_ERROR,
                "El servidor regional tuvo un problema y no guardó nada. Sus cambios siguen en "
                "este equipo; se enviarán en la próxima sincronización.",
                500,
            )

    def client_version(request: Request) -> int:
        raw = (request.headers.get(protocol.PROTOCOL_HEADER) or "").strip()
        if not raw.isascii() or not raw.isdigit():
            raise ProtocolError(
                protocol.MALFORMED, "Falta la versión del protocolo (cabecera OMIL-Protocol)."
            )
        version = int(raw)
        service.check_protocol(version)
        return version

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> Response:
        if exc.status_code == 404:
            return error(NOT_FOUND, "Esta dirección no existe en el servidor regional.", 404)
        return error(protocol.MALFORMED, "Solicitud no válida.", exc.status_code)

    @app.get("/api/ping")
    async def ping() -> Response:
        return Response(status_code=204, headers=base_headers)

    @app.post("/api/enroll")
    async def enroll(request: Request) -> Response:
        async def handle() -> Response:
            version = client_version(request)
            if protocol.SERVER_ID_HEADER in request.headers:
                service.check_server_id(request.headers[protocol.SERVER_ID_HEADER])
            body = await read_body(request)
            message = decode(EnrollRequest, body)
            return reply(await run_in_threadpool(service.enroll, message, version))

        return await guarded(handle)

    @app.post("/api/sync")
    async def sync(request: Request) -> Response:
        async def handle() -> Response:
            version = client_version(request)
            service.check_server_id(request.headers.get(protocol.SERVER_ID_HEADER))
            device_id = await run_in_threadpool(
                service.authenticate, request.headers.get("authorization")
            )
            body = await read_body(request)
            message = decode(SyncRequest, body)
            return reply(await run_in_threadpool(service.sync, device_id, message, version))

        return await guarded(handle)

    return app


async def read_body(request: Request) -> bytes:
    """The raw (compressed) body, refused past the compressed limit without reading it all."""
    if request.headers.get("content-encoding", "").strip().lower() != "gzip":
        raise ProtocolError(protocol.MALFORMED, "El envío debe venir comprimido con gzip.")
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > protocol.MAX_COMPRESSED_BYTES:
        raise _TOO_LARGE
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > protocol.MAX_COMPRESSED_BYTES:
            raise _TOO_LARGE
        chunks.append(chunk)
    return b"".join(chunks)


def decode(model: type[M], body: bytes) -> M:
    """protocol.decode, with a batch of more than MAX_BATCH changes as ``too_large`` (§2)."""
    try:
        return protocol.decode(model, body)
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
