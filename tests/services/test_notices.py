"""Notices: own ones edited and shared, received ones read-only."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from sqlalchemy import select

from omil_desktop.services.errors import NotFound, ValidationFailed
from omil_desktop.services.notices import ReadOnlyNotice
from omil_desktop.store.changelog import remote_session
from omil_desktop.store.models import ChangeLog, Notice


def _changes(workspace):
    with workspace.db.transaction() as session:
        return [
            (c.op, json.loads(c.payload))
            for c in session.scalars(select(ChangeLog).order_by(ChangeLog.seq))
        ]


def _received(workspace, office_code: str, title: str, shared: bool) -> str:
    """A notice as sync writes it: another office's (or the region's), not a local change."""
    with workspace.db.transaction() as session:
        remote_session(session)
        notice = Notice(
            office_code=office_code,
            title=title,
            body="",
            published_on=date(2026, 11, 2),
            shared=shared,
            created_at=datetime(2026, 11, 2, 12),
            updated_at=datetime(2026, 11, 2, 12),
        )
        session.add(notice)
        session.flush()
        return notice.id


def test_create_update_share_delete_each_log_a_change(workspace):
    notices = workspace.notices
    notice_id = notices.create("  Feria   laboral ", "En la plaza.\n", date(2026, 11, 20))
    row = notices.get(notice_id)
    assert (row.title, row.body, row.shared, row.read_only) == (
        "Feria laboral",
        "En la plaza.",
        False,
        False,
    )
    assert row.office_name == "OMIL Palena"
    notices.update(notice_id, "Feria laboral", "En el gimnasio.", date(2026, 11, 20))
    notices.set_shared(notice_id, True)
    notices.set_shared(notice_id, True)  # no change, nothing logged
    notices.delete(notice_id)
    ops = _changes(workspace)
    assert [op for op, _ in ops] == ["insert", "update", "update", "delete"]
    assert set(ops[1][1]) == {"body", "updated_at"}
    assert set(ops[2][1]) == {"shared", "updated_at"} and ops[2][1]["shared"] is True
    assert notices.list() == []
    with pytest.raises(NotFound):
        notices.get(notice_id)


def test_validation(workspace):
    with pytest.raises(ValidationFailed) as error:
        workspace.notices.create("  ", "", None)
    assert set(error.value.errors) == {"title", "published_on"}
    with pytest.raises(ValidationFailed):
        workspace.notices.create("x" * 201, "", date(2026, 1, 1))


def test_received_notices_are_listed_read_only_and_cannot_be_edited(workspace):
    own = workspace.notices.create("Propio", "", date(2026, 11, 1))
    shared = _received(workspace, "10402", "De Futaleufú", shared=True)
    regional = _received(workspace, "REG", "De la región", shared=False)
    _received(workspace, "10301", "No compartido", shared=False)  # should not be held; hidden
    rows = {row.id: row for row in workspace.notices.list()}
    assert set(rows) == {own, shared, regional}
    assert not rows[own].read_only
    assert rows[shared].read_only and rows[shared].office_name == "OMIL Futaleufú"
    assert rows[regional].read_only and rows[regional].office_name == "Dirección Regional"
    for notice_id in (shared, regional):
        with pytest.raises(ReadOnlyNotice, match="otra oficina: solo lectura"):
            workspace.notices.update(notice_id, "Otro", "", date(2026, 11, 3))
        with pytest.raises(ReadOnlyNotice):
            workspace.notices.set_shared(notice_id, False)
        with pytest.raises(ReadOnlyNotice):
            workspace.notices.delete(notice_id)
    assert [op for op, _ in _changes(workspace)] == ["insert"]
