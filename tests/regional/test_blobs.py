"""The bytes of supporting documents on the regional server (docs/sync-protocol.md §13): a device
asks which it lacks, uploads them checked against their SHA-256, the 20 MB limit and their kind,
and downloads only those a receipt record of its own office names. On SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib

import httpx
import pytest

from omil_desktop.domain.rendition import MAX_RECEIPT_BYTES
from omil_desktop.store.models import new_id
from omil_desktop.sync import protocol
from omil_desktop.sync.protocol import BlobsRequest, BlobsResponse
from tests.regional.client import NOW, error_of, headers
from tests.regional.test_rendition_values import CHAITEN, FUTALEUFU, Rendition, receipt_fields

PDF = b"%PDF-1.4\n" + bytes(range(256)) * 300
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 5000


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def auth(device) -> dict[str, str]:
    return {
        protocol.PROTOCOL_HEADER: str(protocol.PROTOCOL),
        protocol.SERVER_ID_HEADER: device.api.server_id,
        "Authorization": device.authorization,
    }


def missing(device, *sha256s: str) -> list[str]:
    body = protocol.encode(BlobsRequest(sha256=list(sha256s)))
    response = device.api.http.post(
        "/api/blobs/missing",
        content=body,
        headers=headers(device.api.server_id, Authorization=device.authorization),
    )
    assert response.status_code == 200, response.content
    return BlobsResponse.model_validate_json(response.content).missing


def put(device, name: str, data: bytes) -> httpx.Response:
    return device.api.http.put(f"/api/blobs/{name}", content=data, headers=auth(device))


def get(device, name: str) -> httpx.Response:
    return device.api.http.get(f"/api/blobs/{name}", headers=auth(device))


def test_a_file_goes_up_once_and_comes_down_only_to_its_office(regional, api):
    chaiten = api.device(regional.code(CHAITEN), CHAITEN)
    colleague = api.device(regional.code(CHAITEN), CHAITEN)
    futaleufu = api.device(regional.code(FUTALEUFU), FUTALEUFU)
    books = Rendition(chaiten)  # its receipt names SHA (bytes not uploaded)

    assert missing(chaiten, sha(PDF), sha(PNG), sha(PDF)) == [sha(PDF), sha(PNG)]
    assert put(chaiten, sha(PDF), PDF).status_code == 204
    assert missing(chaiten, sha(PDF), sha(PNG)) == [sha(PNG)]
    assert put(colleague, sha(PDF), PDF).status_code == 204  # already held: nothing written
    assert missing(futaleufu, sha(PDF)) == []

    # Nobody may download bytes no receipt of their office names.
    assert get(colleague, sha(PDF)).status_code == 404
    receipt = chaiten.change(
        "expense_receipt",
        new_id(),
        "insert",
        receipt_fields(CHAITEN, books.expense.row, sha256=sha(PDF), size=len(PDF)),
    )
    assert chaiten.sync(receipt).acks[0].status == "applied"
    got = get(colleague, sha(PDF))
    assert got.status_code == 200 and got.content == PDF
    assert got.headers[protocol.SERVER_ID_HEADER] == api.server_id
    refused = get(futaleufu, sha(PDF))
    assert refused.status_code == 404 and error_of(refused) == "not_found"
    # A receipt named but whose bytes never came: not found, for now.
    assert get(colleague, books.receipt.fields["sha256"]).status_code == 404
    # A deleted receipt no longer opens its bytes.
    gone = chaiten.change("expense_receipt", receipt.row, "delete", {"deleted_at": NOW})
    assert chaiten.sync(gone).acks[0].status == "applied"
    assert get(colleague, sha(PDF)).status_code == 404


BAD_UPLOADS = {
    "not its hash": (lambda: (sha(PNG), PDF), 400, "malformed"),
    "not a hash": (lambda: ("A" * 64, PDF), 400, "malformed"),
    "not a document": (lambda: (sha(b"GIF89a" * 10), b"GIF89a" * 10), 400, "malformed"),
    "over 20 MB": (
        lambda: (sha(PDF[:9] + b"0" * MAX_RECEIPT_BYTES), PDF[:9] + b"0" * MAX_RECEIPT_BYTES),
        413,
        "too_large",
    ),
}


@pytest.mark.parametrize("case", BAD_UPLOADS, ids=list(BAD_UPLOADS))
def test_bytes_that_are_not_what_they_claim_are_refused(sqlite_regional, sqlite_api, case):
    make, status, code = BAD_UPLOADS[case]
    device = sqlite_api.device(sqlite_regional.code(CHAITEN), CHAITEN)
    name, data = make()

    response = put(device, name, data)

    assert response.status_code == status and error_of(response) == code
    if protocol.is_sha256(name):
        assert missing(device, name) == [name]  # nothing was kept
    assert device.sync(device.insert_notice()).acks[0].status == "applied"  # syncs on


def test_the_blob_endpoints_need_a_credential(sqlite_regional, sqlite_api):
    device = sqlite_api.device(sqlite_regional.code(CHAITEN), CHAITEN)
    plain = {
        protocol.PROTOCOL_HEADER: str(protocol.PROTOCOL),
        protocol.SERVER_ID_HEADER: sqlite_api.server_id,
    }
    http = sqlite_api.http
    assert http.put(f"/api/blobs/{sha(PDF)}", content=PDF, headers=plain).status_code == 401
    assert http.get(f"/api/blobs/{sha(PDF)}", headers=plain).status_code == 401
    body = protocol.encode(BlobsRequest(sha256=[sha(PDF)]))
    response = http.post("/api/blobs/missing", content=body, headers=headers(sqlite_api.server_id))
    assert response.status_code == 401
    assert missing(device, sha(PDF)) == [sha(PDF)]  # nothing was stored
    too_many = protocol.encode({"sha256": [sha(PDF)] * (protocol.MAX_BLOBS_ASKED + 1)})
    response = http.post(
        "/api/blobs/missing",
        content=too_many,
        headers=headers(sqlite_api.server_id, Authorization=device.authorization),
    )
    assert response.status_code == 400 and error_of(response) == "malformed"
