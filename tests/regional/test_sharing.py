"""Network sharing (§8), regional catalogue records, and clients one version behind."""

from __future__ import annotations

from omil_desktop.sync import protocol


def test_a_shared_notice_reaches_its_network_only(regional, api):
    chaiten = api.device(regional.code("10401"), "10401")
    futaleufu = api.device(regional.code("10402"), "10402")  # Red Palena too
    osorno = api.device(regional.code("10301"), "10301")  # Red Osorno
    palena = api.device(regional.code("10404"), "10404")  # no network
    notice = chaiten.insert_notice(shared=True, title="Vacantes en Chaitén")
    private = chaiten.insert_notice(title="Nota interna")

    assert [a.status for a in chaiten.sync(notice, private).acks] == ["applied", "applied"]

    (received,) = futaleufu.pull_all()
    assert (received.table, received.row, received.office, received.op, received.shared) == (
        "notice",
        notice.row,
        "10401",
        "insert",
        True,
    )
    assert received.fields["title"] == "Vacantes en Chaitén"
    assert received.fields["id"] == notice.row
    for outsider in (osorno, palena):
        assert outsider.pull_all() == []


def test_sharing_later_sends_the_whole_record_and_unsharing_reaches_the_network(regional, api):
    chaiten = api.device(regional.code("10401"), "10401")
    hualaihue = api.device(regional.code("10403"), "10403")
    notice = chaiten.insert_notice(title="Feria en Chaitén", body="Traiga su CV")
    chaiten.sync(notice)
    assert hualaihue.pull_all() == []

    share = chaiten.change("notice", notice.row, "update", {"shared": True})
    chaiten.sync(share)
    (published,) = hualaihue.pull_all()
    assert published.op == "insert" and published.shared
    assert published.fields["body"] == "Traiga su CV"  # the whole record, not just `shared`

    edit = chaiten.change("notice", notice.row, "update", {"title": "Feria el lunes"})
    chaiten.sync(edit)
    (edited,) = hualaihue.pull_all()
    assert (edited.op, edited.shared) == ("update", True)
    assert edited.fields == {"title": "Feria el lunes"}

    unshare = chaiten.change("notice", notice.row, "update", {"shared": False})
    chaiten.sync(unshare)
    (withdrawn,) = hualaihue.pull_all()
    assert (withdrawn.row, withdrawn.shared) == (notice.row, False)

    chaiten.sync(chaiten.change("notice", notice.row, "update", {"title": "Privada"}))
    assert hualaihue.pull_all() == []  # no longer shared: nothing more reaches the network
    # The office's own other devices never get the network copy twice.
    second = api.device(regional.code("10401"), "10401")
    assert [c.op for c in second.pull_all()] == ["insert", "update", "update", "update", "update"]


def test_a_network_office_cannot_edit_a_shared_record(regional, api):
    chaiten = api.device(regional.code("10401"), "10401")
    futaleufu = api.device(regional.code("10402"), "10402")
    notice = chaiten.insert_notice(shared=True)
    chaiten.sync(notice)
    futaleufu.pull_all()

    reply = futaleufu.sync(futaleufu.change("notice", notice.row, "update", {"title": "Mía"}))

    assert reply.acks[0].status == "refused"
    assert regional.service.record("notice", notice.row).fields["title"] == "Feria laboral"


def test_clients_one_version_behind_share_and_receive_regional_notices(regional, api):
    old_client = api.device(regional.code("10402"), "10402", version=protocol.MIN_PROTOCOL)
    neighbour = api.device(regional.code("10401"), "10401")
    current = api.device(regional.code("10301"), "10301")
    shared = old_client.insert_notice(shared=True, title="Compartido")

    reply = old_client.sync(shared)
    (received,) = neighbour.pull_all()
    row = regional.service.regional_insert(
        "notice",
        {"title": "Cierre de la Dirección Regional", "body": "", "published_on": "2026-12-24"},
    )

    assert [a.status for a in reply.acks] == ["applied"]
    assert (received.row, received.shared) == (shared.row, True)
    for device in (old_client, current):
        (pulled,) = device.pull_all()
        assert (pulled.row, pulled.office, pulled.fields["title"]) == (
            row,
            protocol.REGION_OFFICE,
            "Cierre de la Dirección Regional",
        )
    assert regional.service.records(protocol.REGION_OFFICE)[0].fields["office_code"] == "REG"
