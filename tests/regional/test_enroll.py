"""Enrollment (§4): one-time codes for one office, valid 7 days, kept only as hashes."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from omil_desktop.regional.models import Device, EnrollmentCode
from omil_desktop.regional.service import CODE_ALPHABET
from omil_desktop.sync import protocol
from omil_desktop.sync.protocol import EnrollResponse
from tests.regional.client import Api, error_of


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
