"""The sync protocol's messages, shared by the client (``sync``) and the regional server.

The contract is docs/sync-protocol.md; this module is its code: versions, limits, the JSON shapes
(pydantic models, so both ends validate what they receive), the gzip body encoding and the error
codes. It imports no Qt and no HTTP library.
"""

from __future__ import annotations

import gzip
import json
import zlib
from datetime import date, datetime
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from omil_desktop.store.models import REGION_OFFICE as REGION_OFFICE  # part of the protocol
from omil_desktop.store.models import SYNCED_MODELS, Synced

PROTOCOL = 2
"""This program's protocol version."""
MIN_PROTOCOL = 1
"""The oldest client version a server of this program still serves."""

PROTOCOL_HEADER = "OMIL-Protocol"
SERVER_ID_HEADER = "OMIL-Server-Id"

MAX_BATCH = 2000
"""Most changes one pushed batch may carry."""
CLIENT_BATCH = 500
"""Changes the client sends per request."""
MAX_PULL = 2000
"""Most changes or records one answer carries."""
MAX_COMPRESSED_BYTES = 4 * 1024 * 1024
MAX_BODY_BYTES = 32 * 1024 * 1024


SHAREABLE_TABLES = frozenset({"notice"})
"""Tables whose records an office may share with its Red Territorial."""


def _columns(model: type[Synced]) -> frozenset[str]:
    table = model.__table__  # type: ignore[attr-defined]
    return frozenset(c.key for c in table.columns if c.info.get("sync", True))


SYNC_TABLES: dict[str, frozenset[str]] = {
    model.__tablename__: _columns(model)  # type: ignore[attr-defined]
    for model in SYNCED_MODELS
}
"""Every synced table, in dependency order (parents first), with the columns that travel."""

Op = Literal["insert", "update", "delete"]
JSONValue = str | int | float | bool | None


class _Message(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PushedChange(_Message):
    id: str = Field(min_length=36, max_length=36)
    n: int = Field(ge=1)
    table: str = Field(max_length=40)
    row: str = Field(min_length=36, max_length=36)
    op: Op
    base: int = Field(ge=0)
    at: str = Field(max_length=40)
    fields: dict[str, JSONValue]


class SnapshotPosition(_Message):
    at: int = Field(ge=0)
    after: tuple[str, str] | None = None


class SyncRequest(_Message):
    changes: list[PushedChange] = Field(default_factory=list, max_length=MAX_BATCH)
    cursor: int = Field(ge=0)
    snapshot: SnapshotPosition | None = None
    limit: int = Field(default=500, ge=1, le=MAX_PULL)


class Conflict(_Message):
    field: str
    yours: JSONValue
    theirs: JSONValue


class Ack(_Message):
    id: str
    status: Literal["applied", "duplicate", "refused"]
    reason: str | None = None
    conflicts: list[Conflict] = Field(default_factory=list)


class PulledChange(_Message):
    seq: int
    table: str
    row: str
    office: str
    op: Op
    shared: bool = False
    fields: dict[str, JSONValue]


class SnapshotRecord(_Message):
    table: str
    row: str
    office: str
    shared: bool = False
    fields: dict[str, JSONValue]


class SnapshotPage(_Message):
    at: int
    records: list[SnapshotRecord]
    after: tuple[str, str] | None
    done: bool


class SyncResponse(_Message):
    acks: list[Ack] = Field(default_factory=list)
    changes: list[PulledChange] = Field(default_factory=list)
    cursor: int
    more: bool = False
    snapshot: SnapshotPage | None = None


MAX_ENROLL_COMPRESSED_BYTES = 4 * 1024
MAX_ENROLL_BODY_BYTES = 16 * 1024
"""An enrollment needs a few hundred bytes: its body is refused past these limits (§2)."""


class EnrollRequest(_Message):
    code: str = Field(max_length=40)
    office_code: str = Field(max_length=5)
    device_name: str = Field(max_length=120)
    replaces: str | None = Field(default=None, max_length=36)
    """The device id this installation had before: the server revokes it (same office only)."""


class EnrollResponse(_Message):
    device_id: str
    secret: str
    server_id: str
    region_code: str
    region_name: str
    office_code: str
    office_name: str
    network: str
    protocol: int


class ErrorBody(_Message):
    error: str
    message: str


# -- error codes (docs/sync-protocol.md §2) ---------------------------------------------------

MALFORMED = "malformed"
UNKNOWN_DEVICE = "unknown_device"
DEVICE_REVOKED = "device_revoked"
BAD_CODE = "bad_code"
WRONG_SERVER = "wrong_server"
OFFICE_MISMATCH = "office_mismatch"
OUT_OF_ORDER = "out_of_order"
TOO_LARGE = "too_large"
PROTOCOL_TOO_OLD = "protocol_too_old"
PROTOCOL_TOO_NEW = "protocol_too_new"
TOO_MANY_ATTEMPTS = "too_many_attempts"


class BodyError(ValueError):
    """A body that is not gzip'd JSON of the expected shape, or is too large."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


# -- bodies -----------------------------------------------------------------------------------


def json_value(value: Any) -> JSONValue:
    """A column value as it travels: dates and times as ISO-8601 strings."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def encode(message: BaseModel | dict[str, Any]) -> bytes:
    """gzip'd compact JSON of a message."""
    data = message.model_dump(mode="json") if isinstance(message, BaseModel) else message
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return gzip.compress(text.encode("utf-8"), compresslevel=6, mtime=0)


def decompress(
    body: bytes,
    *,
    max_compressed: int = MAX_COMPRESSED_BYTES,
    max_inflated: int = MAX_BODY_BYTES,
) -> bytes:
    """Inflate a gzip body, refusing one larger than ``max_compressed`` or that inflates past
    ``max_inflated`` (it never inflates more than that)."""
    if len(body) > max_compressed:
        raise BodyError(TOO_LARGE, "El envío supera el tamaño máximo permitido.")
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        data = inflater.decompress(body, max_inflated + 1)
    except zlib.error as exc:
        raise BodyError(MALFORMED, "El envío llegó dañado (no es gzip válido).") from exc
    if len(data) > max_inflated or inflater.unconsumed_tail:
        raise BodyError(TOO_LARGE, "El envío supera el tamaño máximo permitido.")
    if not inflater.eof:
        raise BodyError(MALFORMED, "El envío llegó incompleto.")
    return data


M = TypeVar("M", bound=BaseModel)


def decode(model: type[M], body: bytes, *, compressed: bool = True) -> M:
    """Parse and validate a body; any problem is a :class:`BodyError`."""
    raw = decompress(body) if compressed else body
    try:
        return model.model_validate_json(raw)
    except ValidationError as exc:
        raise BodyError(MALFORMED, "El envío no tiene la forma esperada.") from exc
