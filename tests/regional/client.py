"""A minimal protocol client for the regional server tests: real HTTP (httpx) on loopback."""

from __future__ import annotations

import itertools
from datetime import date, datetime
from typing import Any

import httpx

from omil_desktop.domain.rut import Rut
from omil_desktop.store.models import new_id
from omil_desktop.sync import protocol
from omil_desktop.sync.protocol import (
    Ack,
    EnrollRequest,
    EnrollResponse,
    PushedChange,
    SnapshotPosition,
    SyncRequest,
    SyncResponse,
)

NOW = "2026-11-21T14:03:11"
_RUTS = itertools.count(10_000_001)


def headers(server_id: str | None = None, version: int = protocol.PROTOCOL, **extra: str) -> dict:
    values = {
        protocol.PROTOCOL_HEADER: str(version),
        "Content-Type": "application/json",
        "Content-Encoding": "gzip",
    }
    if server_id is not None:
        values[protocol.SERVER_ID_HEADER] = server_id
    values.update(extra)
    return values


def error_of(response: httpx.Response) -> str:
    """The ``error`` code of an error reply (httpx already inflated the gzip'd body)."""
    assert response.headers["content-type"].startswith("application/json")
    body = protocol.ErrorBody.model_validate_json(response.content)
    assert body.message
    return body.error


def person_fields(office: str, **overrides: Any) -> dict[str, Any]:
    """Every synced column of a person, as an insert carries them; each call another RUT."""
    values: dict[str, Any] = {
        "office_code": office,
        "created_at": NOW,
        "updated_at": NOW,
        "deleted_at": None,
        "shared": False,
        "rut": Rut.from_body(next(_RUTS)).compact,
        "document_type": None,
        "document_number": "",
        "document_country": "",
        "first_names": "María José",
        "last_name_1": "Núñez",
        "last_name_2": "Pérez",
        "birth_date": date(1990, 5, 17).isoformat(),
        "sex": "F",
        "nationality": "Chilena",
        "comuna_code": office,
        "address": "",
        "phone": "+56 9 1234 5678",
        "email": "maria.nunez@example.cl",
        "education_level": None,
        "job_status": None,
        "occupation": "",
        "experience": "",
        "has_disability": False,
        "rnd_registered": False,
        "woman_head_of_household": False,
        "migrant": False,
        "indigenous": False,
        "unemployment_insurance": None,
        "bne_registered_on": None,
        "consent_on": None,
        "consent_method": None,
        "notes": "",
        "active": True,
        "legal_basis": "funcion_legal",
        "anonymised_on": None,
    }
    assert set(values) | {"id"} == protocol.SYNC_TABLES["person"]
    values.update(overrides)
    return values


def notice_fields(office: str, **overrides: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "office_code": office,
        "created_at": NOW,
        "updated_at": NOW,
        "deleted_at": None,
        "shared": False,
        "title": "Feria laboral",
        "body": "Vacantes de temporada",
        "published_on": "2026-11-21",
    }
    values.update(overrides)
    return values


class Api:
    """Plain requests to one regional server."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.http = httpx.Client(base_url=url, timeout=20)
        ping = self.http.get("/api/ping")
        self.server_id = ping.headers[protocol.SERVER_ID_HEADER]

    def enroll(
        self, code: str, office: str, name: str = "PC OMIL", version: int = protocol.PROTOCOL
    ) -> httpx.Response:
        body = protocol.encode(EnrollRequest(code=code, office_code=office, device_name=name))
        return self.http.post("/api/enroll", content=body, headers=headers(version=version))

    def device(self, code: str, office: str, version: int = protocol.PROTOCOL) -> Device:
        response = self.enroll(code, office)
        assert response.status_code == 200, response.content
        return Device(self, EnrollResponse.model_validate_json(response.content), version)

    def close(self) -> None:
        self.http.close()


class Device:
    """An enrolled device: numbers its changes, keeps its cursor."""

    def __init__(self, api: Api, enrollment: EnrollResponse, version: int) -> None:
        self.api = api
        self.enrollment = enrollment
        self.id = enrollment.device_id
        self.office = enrollment.office_code
        self.version = version
        self.cursor = 0
        self._n = itertools.count(1)

    @property
    def authorization(self) -> str:
        return f"Bearer {self.id}.{self.enrollment.secret}"

    def change(
        self,
        table: str,
        row: str,
        op: str,
        fields: dict[str, Any],
        *,
        base: int | None = None,
        n: int | None = None,
    ) -> PushedChange:
        return PushedChange(
            id=new_id(),
            n=n if n is not None else next(self._n),
            table=table,
            row=row,
            op=op,  # type: ignore[arg-type]
            base=self.cursor if base is None else base,
            at=datetime(2026, 11, 21, 14, 3, 11).isoformat(),
            fields=fields,
        )

    def insert_person(self, **overrides: Any) -> PushedChange:
        row = new_id()
        # What this device's version sends: a field a later version added is left out, unless
        # the test gives it.
        fields = protocol.as_version("person", person_fields(self.office), self.version)
        return self.change("person", row, "insert", {**fields, **overrides})

    def insert_notice(self, **overrides: Any) -> PushedChange:
        row = new_id()
        return self.change("notice", row, "insert", notice_fields(self.office, **overrides))

    def post(self, body: bytes, **extra: str) -> httpx.Response:
        values = headers(self.api.server_id, self.version, Authorization=self.authorization)
        values.update(extra)
        return self.api.http.post("/api/sync", content=body, headers=values)

    def request(
        self,
        changes: list[PushedChange] | tuple[PushedChange, ...] = (),
        *,
        cursor: int | None = None,
        snapshot: SnapshotPosition | None = None,
        limit: int = 500,
    ) -> httpx.Response:
        message = SyncRequest(
            changes=list(changes),
            cursor=self.cursor if cursor is None else cursor,
            snapshot=snapshot,
            limit=limit,
        )
        return self.post(protocol.encode(message))

    def sync(self, *changes: PushedChange, limit: int = 500, **kwargs: Any) -> SyncResponse:
        """The answer, with one ack per change in the order sent: a version-3 answer lists only
        the acks with something to say (``acked_rest``); the rest are ``applied``."""
        response = self.request(changes, limit=limit, **kwargs)
        assert response.status_code == 200, response.content
        assert response.headers["content-encoding"] == "gzip"
        reply = SyncResponse.model_validate_json(response.content)
        self.cursor = reply.cursor
        if reply.acked_rest:
            listed = {ack.id: ack for ack in reply.acks}
            assert set(listed) <= {c.id for c in changes}
            every = [listed.get(c.id) or Ack(id=c.id, status="applied") for c in changes]
            reply = reply.model_copy(update={"acks": every})
        return reply

    def pull_all(self) -> list[protocol.PulledChange]:
        pulled = []
        while True:
            reply = self.sync()
            pulled.extend(reply.changes)
            if not reply.more:
                return pulled
