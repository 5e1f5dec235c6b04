"""Enrollment (§4): one-time codes for one office, valid 7 days, kept only as hashes."""

from __future__ import annotations

import re
from contextlib import closing
from datetime import datetime, timedelta

import httpx
import keyring
import pytest
from keyring.backends import fail
from sqlalchemy import select

from omil_desktop.app import main as desktop_main
from omil_desktop.regional.app import ENROLL_ATTEMPTS, ENROLL_WINDOW_SECONDS, AttemptLimiter
from omil_desktop.regional.models import Device, EnrollmentCode
from omil_desktop.regional.service import CODE_ALPHABET
from omil_desktop.sync import protocol
from omil_desktop.sync.credentials import CredentialStore
from omil_desktop.sync.protocol import EnrollRequest, EnrollResponse
from tests.regional.client import Api, error_of, headers
from tests.support.unlocked import open_database


def test_enrollment_answers_the_device_credential_and_office(regional, api):
    code = regional.code("10402")

    response = api.enroll(code, "10402", name="PC OMIL Futaleufú")

    assert response.status_code == 200
    enrolled = EnrollResponse.model_validate_json(response.content)
    assert enrolled.server_id == regional.service.server_id
    assert (enrolled.region_code, enrolled.region_name) == ("10", "Los Lagos")
    assert (enrolled.office_code, enrolled.office_name, enrolled.network) == (
        "10402",
        "Futaleufú",
        "Red Palena",
    )
    assert enrolled.protocol == protocol.PROTOCOL
    (device,) = regional.service.devices()
    assert (device.id, device.office, device.name) == (
        enrolled.device_id,
        "10402",
        "PC OMIL Futaleufú",
    )
    # Only hashes are stored: neither the secret nor the code appear in the database.
    with regional.service.store.read() as session:
        stored = session.scalars(select(Device)).one()
        codes = session.scalars(select(EnrollmentCode)).all()
    assert enrolled.secret not in stored.secret_sha256
    assert len(stored.secret_sha256) == 64
    assert [c.sha256 for c in codes] != [code.replace("-", "")]
    assert codes[0].device_id == enrolled.device_id


def test_a_code_is_used_once(sqlite_regional, sqlite_api):
    code = sqlite_regional.code("10401")
    assert sqlite_api.enroll(code, "10401").status_code == 200

    again = sqlite_api.enroll(code, "10401")

    assert (again.status_code, error_of(again)) == (403, "bad_code")
    assert len(sqlite_regional.service.devices()) == 1


def test_a_code_is_typed_in_any_case_and_spacing(sqlite_regional, sqlite_api):
    code = sqlite_regional.code("10401")
    group = f"[{CODE_ALPHABET}]{{4}}"
    assert re.fullmatch(f"{group}-{group}-{group}", code)
    assert not set("0O1IL2Z5S8BQ") & set(CODE_ALPHABET)

    typed = " " + code.lower().replace("-", " ") + " "

    assert sqlite_api.enroll(typed, "10401").status_code == 200


def test_a_code_for_another_office_is_refused_and_stays_usable(sqlite_regional, sqlite_api):
    code = sqlite_regional.code("10401")

    mismatch = sqlite_api.enroll(code, "10402")
    unknown = sqlite_api.enroll("AAAA-AAAA-AAAA", "10401")

    assert (mismatch.status_code, error_of(mismatch)) == (409, "office_mismatch")
    assert (unknown.status_code, error_of(unknown)) == (403, "bad_code")
    assert sqlite_regional.service.devices() == []
    assert sqlite_api.enroll(code, "10401").status_code == 200


def test_a_code_expires_after_seven_days(regional_factory):
    now = [datetime(2026, 11, 1, 9, 0)]
    server = regional_factory("sqlite", clock=lambda: now[0])
    fresh = server.code("10401")
    stale = server.code("10401")
    api = Api(server.url)
    try:
        now[0] += timedelta(days=7) - timedelta(seconds=1)
        assert api.enroll(fresh, "10401").status_code == 200
        now[0] += timedelta(seconds=1)
        expired = api.enroll(stale, "10401")
        assert (expired.status_code, error_of(expired)) == (403, "bad_code")
        assert "venció" in expired.json()["message"]
    finally:
        api.close()


def test_enrollment_checks_version_and_server_id(sqlite_regional, sqlite_api):
    code = sqlite_regional.code("10401")

    too_new = sqlite_api.enroll(code, "10401", version=protocol.PROTOCOL + 1)
    other_server = sqlite_api.http.post(
        "/api/enroll",
        content=b"",
        headers={
            "OMIL-Protocol": str(protocol.PROTOCOL),
            "OMIL-Server-Id": "otro",
            "Content-Encoding": "gzip",
        },
    )

    assert (too_new.status_code, error_of(too_new)) == (426, "protocol_too_new")
    assert (other_server.status_code, error_of(other_server)) == (409, "wrong_server")
    assert sqlite_api.enroll(code, "10401").status_code == 200  # the code was not spent


@pytest.mark.parametrize("office", ["99999", "13101"])
def test_codes_only_for_registered_offices_of_the_region(sqlite_regional, office):
    from omil_desktop.regional.service import AdminError

    with pytest.raises(AdminError):
        sqlite_regional.service.issue_code(office)
    with pytest.raises(AdminError, match="Metropolitana"):
        sqlite_regional.service.add_office("13101")


# -- issue 7, point 4: attempts per address, re-enrollment ----------------------------------------


def _enroll_from(api: Api, code: str, address: str, **extra: str) -> httpx.Response:
    """An enrollment as the region's TLS terminator (loopback, trusted) relays it for
    ``address``."""
    body = protocol.encode(
        EnrollRequest(code=code, office_code="10401", device_name="PC OMIL", **extra)
    )
    return api.http.post(
        "/api/enroll", content=body, headers=headers(**{"X-Forwarded-For": address})
    )


def test_enrollment_attempts_are_limited_per_address(sqlite_regional, sqlite_api):
    for _ in range(ENROLL_ATTEMPTS):
        wrong = _enroll_from(sqlite_api, "AAAA-AAAA-AAAA", "203.0.113.7")
        assert (wrong.status_code, error_of(wrong)) == (403, "bad_code")
    good = sqlite_regional.code("10401")

    limited = _enroll_from(sqlite_api, good, "203.0.113.7")

    assert (limited.status_code, error_of(limited)) == (429, "too_many_attempts")
    assert limited.json()["message"] == (
        "Demasiados intentos de inscripción desde esta dirección. Espere 15 minutos y vuelva a "
        "intentarlo."
    )
    assert 0 < int(limited.headers["Retry-After"]) <= ENROLL_WINDOW_SECONDS
    assert limited.headers[protocol.SERVER_ID_HEADER] == sqlite_api.server_id
    assert sqlite_regional.service.devices() == []  # nothing written, the code not spent
    other = _enroll_from(sqlite_api, good, "198.51.100.20")  # another office's address
    assert other.status_code == 200, other.content
    assert len(sqlite_regional.service.devices()) == 1


def test_the_attempt_window_slides():
    now = [1000.0]
    limiter = AttemptLimiter(3, 60, clock=lambda: now[0], max_addresses=2)
    assert [limiter.attempt("a") for _ in range(3)] == [None, None, None]
    assert limiter.attempt("a") == 60
    now[0] += 59
    assert limiter.attempt("a") == 1  # a refused attempt does not count
    now[0] += 1
    assert limiter.attempt("a") is None  # the first three left the window
    assert limiter.attempt("a") is None
    assert limiter.attempt("a") is None
    assert limiter.attempt("a") == 60  # three at the same moment: a whole window to wait
    limiter.attempt("b")
    limiter.attempt("c")  # only two addresses are remembered: the least recent, "a", goes
    assert limiter.attempt("a") is None


def test_the_client_says_how_long_to_wait(sqlite_regional, office_dir, capsys):
    address = sqlite_regional.url
    for _ in range(ENROLL_ATTEMPTS):
        code, _, err = _desktop(
            capsys, "enroll", "--data-dir", office_dir, "--server", address,
            "--code", "AAAA-BBBB-CCCC",
        )  # fmt: skip
        assert code == 1 and "no existe" in err

    code, out, err = _desktop(
        capsys, "enroll", "--data-dir", office_dir, "--server", address,
        "--code", sqlite_regional.code("10401"),
    )  # fmt: skip

    assert (code, out) == (1, "")
    assert err.strip() == (
        "Error: Demasiados intentos de inscripción desde esta red: espere 15 minutos y vuelva a "
        "probar."
    )
    assert sqlite_regional.service.devices() == []


def test_re_enrolling_revokes_the_previous_device_of_the_office(sqlite_regional, sqlite_api):
    first = sqlite_api.device(sqlite_regional.code("10401"), "10401")
    first.sync(first.insert_person())

    again = _enroll_from(sqlite_api, sqlite_regional.code("10401"), "127.0.0.1", replaces=first.id)

    assert again.status_code == 200
    second = EnrollResponse.model_validate_json(again.content)
    refused = first.request([first.insert_person()])
    assert (refused.status_code, error_of(refused)) == (403, "device_revoked")
    states = {d.id: d.revoked_at for d in sqlite_regional.service.devices()}
    assert states[second.device_id] is None and states[first.id] is not None
    assert sqlite_regional.service.identity().last_seq == 1  # the refused push wrote nothing


def test_replaces_only_revokes_a_device_of_the_same_office(sqlite_regional, sqlite_api):
    other_office = sqlite_api.device(sqlite_regional.code("10402"), "10402")
    bad_code = _enroll_from(sqlite_api, "AAAA-AAAA-AAAA", "127.0.0.1", replaces=other_office.id)
    unknown = _enroll_from(sqlite_api, sqlite_regional.code("10401"), "127.0.0.1", replaces="x")
    across = _enroll_from(
        sqlite_api, sqlite_regional.code("10401"), "127.0.0.1", replaces=other_office.id
    )

    assert (bad_code.status_code, error_of(bad_code)) == (403, "bad_code")
    assert (unknown.status_code, across.status_code) == (200, 200)
    assert other_office.sync().cursor == 0  # still enrolled: a code of 10401 cannot revoke it
    assert [d.revoked_at for d in sqlite_regional.service.devices()] == [None, None, None]


def test_a_failed_re_enrollment_keeps_the_previous_device(sqlite_regional, sqlite_api):
    first = sqlite_api.device(sqlite_regional.code("10401"), "10401")
    mismatch = sqlite_api.http.post(
        "/api/enroll",
        content=protocol.encode(
            EnrollRequest(
                code=sqlite_regional.code("10402"),
                office_code="10401",
                device_name="PC",
                replaces=first.id,
            )
        ),
        headers=headers(),
    )

    assert (mismatch.status_code, error_of(mismatch)) == (409, "office_mismatch")
    assert first.sync().cursor == 0
    assert len(sqlite_regional.service.devices()) == 1


def test_enrolling_one_data_folder_twice_revokes_its_first_credential(
    sqlite_regional, office_dir, capsys
):
    def enroll() -> tuple[str, str]:
        code, _, err = _desktop(
            capsys, "enroll", "--data-dir", office_dir, "--server", sqlite_regional.url,
            "--code", sqlite_regional.code("10401"),
        )  # fmt: skip
        assert (code, err) == (0, "")
        with closing(open_database(office_dir)) as db:  # with the folder's key
            (device_id,) = db.execute("SELECT device_id FROM sync_state").fetchone()
        return device_id, CredentialStore(office_dir).get(device_id) or ""

    first_id, first_secret = enroll()
    second_id, _ = enroll()

    assert first_id != second_id
    old = Api(sqlite_regional.url)
    try:
        refused = old.http.post(
            "/api/sync",
            content=protocol.encode(protocol.SyncRequest(cursor=0)),
            headers=headers(old.server_id, Authorization=f"Bearer {first_id}.{first_secret}"),
        )
    finally:
        old.close()
    assert (refused.status_code, error_of(refused)) == (403, "device_revoked")
    assert _desktop(capsys, "sync", "--data-dir", office_dir)[0] == 0  # the new one syncs
    assert [d.id for d in sqlite_regional.service.devices() if d.revoked_at is None] == [second_id]


@pytest.fixture
def office_dir(tmp_path, capsys):
    """The data folder of an office (Chaitén) on a PC without a keyring."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    data_dir = tmp_path / "datos"
    code, _, _ = _desktop(
        capsys, "--data-dir", data_dir, "init", "--comuna", "10401", "--officer", "Ana"
    )
    assert code == 0
    yield data_dir
    keyring.set_keyring(previous)


def _desktop(capsys, *argv) -> tuple[int, str, str]:
    code = desktop_main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err
