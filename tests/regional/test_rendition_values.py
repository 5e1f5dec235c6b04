"""The server holds the rendición's records to the protocol's schema (version 6) and to the rules
across records a device could break (docs/sync-protocol.md §12): everything of an agreement of
the device's office, an expense's line of its own agreement, amounts that add up, one document
charged once per office, one agreement per office and year. A refused change never stops the
rest of the batch, nor another device."""

from __future__ import annotations

from typing import Any

import pytest

from omil_desktop.domain.rut import Rut
from omil_desktop.store.models import new_id
from omil_desktop.sync import protocol
from tests.regional.client import NOW

CHAITEN, FUTALEUFU = "10401", "10402"
SUPPLIER = Rut.from_body(76_123_456).compact
SHA = "5f" * 32


def _synced(office: str) -> dict[str, Any]:
    return {
        "office_code": office,
        "created_at": NOW,
        "updated_at": NOW,
        "deleted_at": None,
        "shared": False,
    }


def agreement_fields(office: str, **overrides: Any) -> dict[str, Any]:
    values = {
        **_synced(office),
        "year": 2026,
        "resolution_number": "1234",
        "resolution_date": "2026-02-10",
        "starts_on": "2026-03-01",
        "ends_on": "2026-12-31",
        "transfer_amount": 24_000_000,
        "municipal_contribution": 6_000_000,
        "notes": "",
    }
    assert set(values) | {"id"} == protocol.SYNC_TABLES["fomil_agreement"]
    values.update(overrides)
    return values


def installment_fields(office: str, agreement: str, **overrides: Any) -> dict[str, Any]:
    values = {
        **_synced(office),
        "agreement_id": agreement,
        "received_on": "2026-03-15",
        "amount": 12_000_000,
        "voucher_number": "CI-0042",
    }
    assert set(values) | {"id"} == protocol.SYNC_TABLES["agreement_installment"]
    values.update(overrides)
    return values


def line_fields(office: str, agreement: str, **overrides: Any) -> dict[str, Any]:
    values = {
        **_synced(office),
        "agreement_id": agreement,
        "name": "Difusión",
        "position": 2,
        "sence_amount": 1_500_000,
        "municipal_amount": 0,
    }
    assert set(values) | {"id"} == protocol.SYNC_TABLES["budget_line"]
    values.update(overrides)
    return values


_NUMBERS = iter(range(1000, 10_000))


def expense_fields(office: str, agreement: str, line: str, **overrides: Any) -> dict[str, Any]:
    """A factura of $10.000 neto (IVA $1.900), each call another number."""
    values = {
        **_synced(office),
        "agreement_id": agreement,
        "spent_on": "2026-10-05",
        "document_type": "factura",
        "number": str(next(_NUMBERS)),
        "supplier_rut": SUPPLIER,
        "supplier_name": "Imprenta Ñuble Ltda.",
        "net": 10_000,
        "iva": 1_900,
        "retention": 0,
        "total": 11_900,
        "budget_line_id": line,
        "funding": "sence",
        "description": "Afiches de la feria laboral",
        "activity": "general",
        "workshop_id": None,
        "activity_name": "",
        "notes": "",
    }
    assert set(values) | {"id"} == protocol.SYNC_TABLES["expense"]
    values.update(overrides)
    return values


def receipt_fields(office: str, expense: str, **overrides: Any) -> dict[str, Any]:
    values = {
        **_synced(office),
        "expense_id": expense,
        "sha256": SHA,
        "file_name": "factura-1234.pdf",
        "media_type": "application/pdf",
        "size": 48_213,
    }
    assert set(values) | {"id"} == protocol.SYNC_TABLES["expense_receipt"]
    values.update(overrides)
    return values


def closure_fields(office: str, agreement: str, **overrides: Any) -> dict[str, Any]:
    values = {
        **_synced(office),
        "agreement_id": agreement,
        "month": "2026-09",
        "action": "cierre",
        "at": NOW,
        "reason": "",
        "opening_balance": 0,
        "income": 12_000_000,
        "sence_spent": 11_900,
        "municipal_spent": 0,
        "closing_balance": 11_988_100,
    }
    assert set(values) | {"id"} == protocol.SYNC_TABLES["month_closure"]
    values.update(overrides)
    return values


def insert(device, table: str, fields: dict[str, Any]):
    return device.change(table, new_id(), "insert", fields)


class Rendition:
    """An agreement of ``device``'s office with a line, an installment, an expense with its
    receipt and a closed month, pushed."""

    def __init__(self, device, *, year: int = 2026) -> None:
        office = device.office
        self.agreement = insert(device, "fomil_agreement", agreement_fields(office, year=year))
        self.line = insert(device, "budget_line", line_fields(office, self.row))
        self.installment = insert(
            device, "agreement_installment", installment_fields(office, self.row)
        )
        self.expense = insert(device, "expense", expense_fields(office, self.row, self.line.row))
        self.receipt = insert(device, "expense_receipt", receipt_fields(office, self.expense.row))
        self.closure = insert(device, "month_closure", closure_fields(office, self.row))
        changes = (
            self.agreement,
            self.line,
            self.installment,
            self.expense,
            self.receipt,
            self.closure,
        )
        reply = device.sync(*changes)
        assert [a.status for a in reply.acks] == ["applied"] * 6, reply.acks

    @property
    def row(self) -> str:
        return self.agreement.row


BAD = {
    "decimal": ("expense", {"net": 10_000.5}, "net: debe ser un número entero"),
    "text": ("expense", {"total": "11900"}, "total: debe ser un número entero"),
    "negative": ("expense", {"iva": -1}, "iva: debe estar entre 0 y 9999999999"),
    "absurd": ("fomil_agreement", {"transfer_amount": 10**10}, "transfer_amount: debe estar"),
    "zero transfer": ("fomil_agreement", {"transfer_amount": 0}, "transfer_amount: debe estar"),
    "document": ("expense", {"document_type": "boleta"}, "document_type: no es uno de los"),
    "funding": ("expense", {"funding": "fndr"}, "funding: no es uno de los valores"),
    "activity": ("expense", {"activity": "curso"}, "activity: no es uno de los valores"),
    "rut": ("expense", {"supplier_rut": "76123456-1"}, "supplier_rut: no es un RUT válido"),
    "sha": ("expense_receipt", {"sha256": "5F" * 32}, "sha256: no es un SHA-256"),
    "big file": ("expense_receipt", {"size": 20 * 2**20 + 1}, "size: debe estar entre 1 y"),
    "media": ("expense_receipt", {"media_type": "image/gif"}, "media_type: no es uno de los"),
    "action": ("month_closure", {"action": "cerrado"}, "action: no es uno de los valores"),
    "month": ("month_closure", {"month": "2026-13"}, "month: debe ser un mes aaaa-mm"),
    "voucher": ("agreement_installment", {"voucher_number": " "}, "voucher_number: no puede"),
    "line": ("budget_line", {"sence_amount": 2.5}, "sence_amount: debe ser un número entero"),
    "number break": ("expense", {"number": "12\n34"}, "number: no puede tener saltos de línea"),
    "supplier tab": ("expense", {"supplier_name": "Imprenta\tÑuble"}, "supplier_name: no puede"),
    "description separator": ("expense", {"description": "Afiches\u2028feria"}, "description: no"),
    "activity escape": ("expense", {"activity_name": "Feria\x1b[2J"}, "activity_name: no puede"),
    "voucher return": ("agreement_installment", {"voucher_number": "CI\r42"}, "voucher_number: no"),
    "file break": ("expense_receipt", {"file_name": "a\nb.pdf"}, "file_name: no puede tener"),
    "line name break": ("budget_line", {"name": "Otros\nítems"}, "name: no puede tener saltos"),
    "resolution break": (
        "fomil_agreement",
        {"resolution_number": "12\n3"},
        "resolution_number: no",
    ),
    "before resolution": ("expense", {"spent_on": "2026-02-01"}, "anterior a la resolución"),
    "after period": ("expense", {"spent_on": "2027-01-05"}, "fuera del período de ejecución"),
    "reopen without reason": (
        "month_closure",
        {"action": "reapertura", "reason": " \n "},
        "motivo",
    ),
}


@pytest.mark.parametrize("case", BAD, ids=list(BAD))
def test_each_bad_value_of_the_rendition_is_refused(sqlite_regional, sqlite_api, case):
    table, change, words = BAD[case]
    device = sqlite_api.device(sqlite_regional.code(CHAITEN), CHAITEN)
    good = Rendition(device)
    fields = {
        "fomil_agreement": lambda: agreement_fields(CHAITEN, year=2027, **change),
        "agreement_installment": lambda: installment_fields(CHAITEN, good.row, **change),
        "budget_line": lambda: line_fields(CHAITEN, good.row, **{"name": "Otros", **change}),
        "expense": lambda: expense_fields(CHAITEN, good.row, good.line.row, **change),
        "expense_receipt": lambda: receipt_fields(CHAITEN, good.expense.row, **change),
        "month_closure": lambda: closure_fields(CHAITEN, good.row, **change),
    }[table]()
    bad = insert(device, table, fields)
    fine = device.insert_notice()

    reply = device.sync(bad, fine)

    assert reply.acks[0].status == "refused" and words in (reply.acks[0].reason or "")
    assert reply.acks[1].status == "applied"  # the rest of the batch goes on
    assert sqlite_regional.service.record(table, bad.row) is None


def test_a_version_5_device_may_not_send_the_rendition(sqlite_regional, sqlite_api):
    old = sqlite_api.device(sqlite_regional.code(CHAITEN), CHAITEN, version=5)
    agreement = insert(old, "fomil_agreement", agreement_fields(CHAITEN))
    reply = old.sync(agreement, old.insert_notice())
    assert [a.status for a in reply.acks] == ["refused", "applied"]
    assert reply.acks[0].reason == "La tabla del cambio no se sincroniza."


def test_nothing_may_hang_from_another_office_s_rendition(sqlite_regional, sqlite_api):
    chaiten = sqlite_api.device(sqlite_regional.code(CHAITEN), CHAITEN)
    futaleufu = sqlite_api.device(sqlite_regional.code(FUTALEUFU), FUTALEUFU)
    theirs = Rendition(chaiten)
    ours = Rendition(futaleufu)

    changes = [
        insert(futaleufu, "expense", expense_fields(FUTALEUFU, theirs.row, theirs.line.row)),
        insert(futaleufu, "expense", expense_fields(FUTALEUFU, ours.row, theirs.line.row)),
        insert(futaleufu, "agreement_installment", installment_fields(FUTALEUFU, theirs.row)),
        insert(futaleufu, "budget_line", line_fields(FUTALEUFU, theirs.row, name="Otros")),
        insert(futaleufu, "month_closure", closure_fields(FUTALEUFU, theirs.row)),
        insert(futaleufu, "expense_receipt", receipt_fields(FUTALEUFU, theirs.expense.row)),
    ]
    reply = futaleufu.sync(*changes)

    assert [a.status for a in reply.acks] == ["refused"] * 6
    names = ["agreement_id", "budget_line_id", "agreement_id", "agreement_id", "agreement_id"]
    for ack, name in zip(reply.acks, [*names, "expense_id"], strict=True):
        assert f"{name}: se refiere a un registro" in (ack.reason or "")
    # Moving one of its own expenses onto Chaitén's agreement is refused too.
    moved = futaleufu.change("expense", ours.expense.row, "update", {"agreement_id": theirs.row})
    assert "agreement_id: se refiere a un registro" in (futaleufu.sync(moved).acks[0].reason or "")
    # Chaitén's own records are out of Futaleufú's scope.
    edit = futaleufu.change("expense", theirs.expense.row, "update", {"description": "Otro"})
    assert futaleufu.sync(edit).acks[0].reason == "El registro pertenece a otra oficina."
    pulled = {c.table for c in futaleufu.pull_all()}
    assert not pulled & set(BAD_TABLES)
    # Chaitén syncs on, untouched by what was refused.
    more = insert(chaiten, "expense", expense_fields(CHAITEN, theirs.row, theirs.line.row))
    assert chaiten.sync(more).acks[0].status == "applied"


BAD_TABLES = ("fomil_agreement", "budget_line", "expense", "expense_receipt", "month_closure")


def test_the_rules_hold_for_the_region_s_records_too(sqlite_regional, sqlite_api):
    """The region's records are visible to every office: only the rendición's rules stop an
    office from hanging its expenses from them."""
    chaiten = sqlite_api.device(sqlite_regional.code(CHAITEN), CHAITEN)
    region = protocol.REGION_OFFICE
    service = sqlite_regional.service
    drop = ("office_code", "created_at", "updated_at", "deleted_at", "shared")
    regional_agreement = service.regional_insert(
        "fomil_agreement",
        {k: v for k, v in agreement_fields(region, year=2025).items() if k not in drop},
    )
    ours = Rendition(chaiten)

    on_theirs = insert(
        chaiten, "expense", expense_fields(CHAITEN, regional_agreement, ours.line.row)
    )
    closing = insert(chaiten, "month_closure", closure_fields(CHAITEN, regional_agreement))
    reply = chaiten.sync(on_theirs, closing)

    expected = (
        "El convenio es de otra oficina: sus cuotas, ítems, gastos y cierres los registra esa "
        "oficina."
    )
    assert [a.reason for a in reply.acks] == [expected, expected]


def test_an_expense_s_line_is_of_its_agreement_and_its_amounts_add_up(regional, api):
    """On SQLite and on PostgreSQL."""
    device = api.device(regional.code(CHAITEN), CHAITEN)
    first, second = Rendition(device), Rendition(device, year=2025)

    across = insert(device, "expense", expense_fields(CHAITEN, first.row, second.line.row))
    wrong_iva = insert(
        device, "expense", expense_fields(CHAITEN, first.row, first.line.row, iva=1_000)
    )
    wrong_total = insert(
        device, "expense", expense_fields(CHAITEN, first.row, first.line.row, total=12_000)
    )
    fee = insert(  # a boleta de honorarios of 2026: retención 15,25 % of $100.000
        device,
        "expense",
        expense_fields(
            CHAITEN,
            first.row,
            first.line.row,
            document_type="boleta_honorarios",
            net=100_000,
            iva=0,
            retention=15_250,
            total=84_750,
        ),
    )
    broken = device.change("expense", first.expense.row, "update", {"net": 20_000})
    moved = device.change(
        "expense", first.expense.row, "update", {"budget_line_id": second.line.row}
    )
    reply = device.sync(across, wrong_iva, wrong_total, fee, broken, moved)

    assert [a.status for a in reply.acks] == [
        "refused",
        "refused",
        "refused",
        "applied",
        "refused",
        "refused",
    ]
    assert reply.acks[0].reason == "El ítem presupuestario es de otro convenio que el del gasto."
    assert reply.acks[1].reason == (
        "Los montos del gasto no cuadran. IVA: El IVA de un neto de $10.000 es $1.900 (19 %), "
        "no $1.000."
    )
    assert (reply.acks[2].reason or "").startswith("Los montos del gasto no cuadran. Total:")
    assert (reply.acks[4].reason or "").startswith("Los montos del gasto no cuadran. IVA:")
    assert reply.acks[5].reason == reply.acks[0].reason
    kept = regional.service.record("expense", first.expense.row)
    assert kept.fields["net"] == 10_000 and kept.fields["budget_line_id"] == first.line.row
    assert regional.service.record("expense", fee.row) is not None


def test_one_document_is_charged_once_per_office(regional, api):
    """The same supplier RUT, document type and number from a second PC of the office is
    refused to that PC alone; the first PC and another office sync on. On SQLite and
    PostgreSQL."""
    first = api.device(regional.code(CHAITEN), CHAITEN)
    second = api.device(regional.code(CHAITEN), CHAITEN)
    elsewhere = api.device(regional.code(FUTALEUFU), FUTALEUFU)
    ours = Rendition(first)
    second.pull_all()
    number = {"number": ours.expense.fields["number"]}

    again = insert(second, "expense", expense_fields(CHAITEN, ours.row, ours.line.row, **number))
    spaced = insert(
        second,
        "expense",
        expense_fields(CHAITEN, ours.row, ours.line.row, number=f" {number['number']} "),
    )
    exempt = insert(  # another document type: another document
        second,
        "expense",
        expense_fields(
            CHAITEN, ours.row, ours.line.row, document_type="factura_exenta", iva=0,
            total=10_000, **number,
        ),
    )  # fmt: skip
    reply = second.sync(again, spaced, exempt, second.insert_notice())

    assert [a.status for a in reply.acks] == ["refused", "refused", "applied", "applied"]
    assert reply.acks[0].reason == (
        "Ese documento ya está rendido en la oficina (el mismo RUT del proveedor, tipo de "
        "documento y número): no se rinde dos veces."
    )
    assert regional.service.record("expense", again.row) is None
    # An edit that makes one expense the other's document is refused as well.
    renumber = second.change(
        "expense", exempt.row, "update", {"document_type": "factura", "iva": 1_900, "total": 11_900}
    )
    assert second.sync(renumber).acks[0].reason == reply.acks[0].reason
    # Another office may have a document of the same supplier and number.
    theirs = Rendition(elsewhere)
    same = insert(
        elsewhere, "expense", expense_fields(FUTALEUFU, theirs.row, theirs.line.row, **number)
    )
    assert elsewhere.sync(same).acks[0].status == "applied"
    # The first PC syncs on; once it deletes its expense the document may be charged again.
    gone = first.change("expense", ours.expense.row, "delete", {"deleted_at": NOW})
    assert first.sync(gone).acks[0].status == "applied"
    later = insert(second, "expense", expense_fields(CHAITEN, ours.row, ours.line.row, **number))
    assert second.sync(later).acks[0].status == "applied"


def test_one_agreement_per_office_and_year_two_pcs_become_one(regional, api):
    """Two PCs of the office that made the 2026 agreement offline: the first to sync is kept;
    the second's becomes it (``merged_into``), and so do its lines of the same name, so its
    expenses land on the first's agreement and lines (docs/sync-protocol.md §12). A differing
    resolution number is a conflict for the second PC's officer. On SQLite and PostgreSQL."""
    first = api.device(regional.code(CHAITEN), CHAITEN)
    second = api.device(regional.code(CHAITEN), CHAITEN)
    ours = Rendition(first)

    agreement = insert(
        second, "fomil_agreement", agreement_fields(CHAITEN, resolution_number="1234-B")
    )
    same_line = insert(second, "budget_line", line_fields(CHAITEN, agreement.row, name="DIFUSION"))
    new_line = insert(second, "budget_line", line_fields(CHAITEN, agreement.row, name="Colaciones"))
    expense = insert(second, "expense", expense_fields(CHAITEN, agreement.row, same_line.row))
    reply = second.sync(agreement, same_line, new_line, expense)

    assert [a.status for a in reply.acks] == ["applied"] * 4
    assert reply.acks[0].merged_into == ours.row
    assert [(c.field, c.yours, c.theirs) for c in reply.acks[0].conflicts] == [
        ("resolution_number", "1234-B", "1234")
    ]
    assert reply.acks[1].merged_into == ours.line.row
    assert reply.acks[2].merged_into is None
    assert reply.acks[3].merged_into is None
    service = regional.service
    assert service.record("fomil_agreement", agreement.row) is None
    assert service.record("budget_line", new_line.row).fields["agreement_id"] == ours.row
    stored = service.record("expense", expense.row).fields
    assert (stored["agreement_id"], stored["budget_line_id"]) == (ours.row, ours.line.row)
    # Another year is another agreement; an edit into a year the office has is refused.
    other = insert(second, "fomil_agreement", agreement_fields(CHAITEN, year=2027))
    assert second.sync(other).acks[0].merged_into is None
    into = second.change("fomil_agreement", other.row, "update", {"year": 2026})
    renamed = second.change("budget_line", new_line.row, "update", {"name": "difusión"})
    reply = second.sync(into, renamed)
    assert [a.reason for a in reply.acks] == [
        "La oficina ya tiene un convenio FOMIL de ese año.",
        "El plan de gastos del convenio ya tiene un ítem con ese nombre.",
    ]


def test_a_document_number_of_any_letters_fits_the_server_s_keys(regional, api):
    """Case-folding «ß» doubles it: the key the server keeps stays within its column on
    PostgreSQL, and the same number is still one document."""
    device = api.device(regional.code(CHAITEN), CHAITEN)
    books = Rendition(device)
    number = {"number": "ß" * 40}
    first = insert(device, "expense", expense_fields(CHAITEN, books.row, books.line.row, **number))
    again = insert(
        device, "expense", expense_fields(CHAITEN, books.row, books.line.row, number="ẞ" * 40)
    )  # the capital sharp s: the same number once folded, as the desktop compares them
    reply = device.sync(first, again)
    assert [a.status for a in reply.acks] == ["applied", "refused"]
    assert (reply.acks[1].reason or "").startswith("Ese documento ya está rendido")


CLOSED_EXPENSES = (
    "El mes de agosto de 2026 ya está cerrado en la rendición de la oficina: no se pueden "
    "registrar, corregir ni eliminar gastos de ese mes. Para hacerlo, reábralo con el motivo y "
    "vuelva a registrarlo."
)


def test_a_month_closed_by_one_pc_refuses_the_other_pc_s_changes_in_it(regional, api):
    """PC 1 closes August; PC 2, which wrote offline, may not add, correct or delete an expense,
    an installment or a supporting document of August, nor move an expense into it: refused to
    PC 2 alone, the rest of its batch applied. Once August is reopened (with its reason) the same
    changes go. On SQLite and PostgreSQL."""
    first = api.device(regional.code(CHAITEN), CHAITEN)
    second = api.device(regional.code(CHAITEN), CHAITEN)
    books = Rendition(first)  # September closed already
    august = insert(
        first, "expense", expense_fields(CHAITEN, books.row, books.line.row, spent_on="2026-08-10")
    )
    close = insert(first, "month_closure", closure_fields(CHAITEN, books.row, month="2026-08"))
    assert [a.status for a in first.sync(august, close).acks] == ["applied", "applied"]
    second.pull_all()

    changes = [
        insert(
            second,
            "expense",
            expense_fields(CHAITEN, books.row, books.line.row, spent_on="2026-08-20"),
        ),
        second.change("expense", august.row, "update", {"description": "Otra cosa"}),
        second.change("expense", august.row, "delete", {"deleted_at": NOW}),
        second.change("expense", books.expense.row, "update", {"spent_on": "2026-08-31"}),
        insert(second, "expense_receipt", receipt_fields(CHAITEN, august.row)),
        insert(
            second,
            "agreement_installment",
            installment_fields(CHAITEN, books.row, received_on="2026-08-05", amount=1_000),
        ),
        insert(
            second,
            "expense",
            expense_fields(CHAITEN, books.row, books.line.row, spent_on="2026-10-20"),
        ),
        second.insert_notice(),
    ]
    reply = second.sync(*changes)

    assert [a.status for a in reply.acks] == ["refused"] * 6 + ["applied"] * 2
    assert [a.reason for a in reply.acks[:4]] == [CLOSED_EXPENSES] * 4
    assert (reply.acks[4].reason or "").endswith(
        "no se pueden cambiar los documentos de respaldo de sus gastos de ese mes. Para "
        "hacerlo, reábralo con el motivo y vuelva a registrarlo."
    )
    assert "no se pueden registrar, corregir ni eliminar ingresos" in (reply.acks[5].reason or "")
    service = regional.service
    assert service.record("expense", changes[0].row) is None
    assert (
        service.record("expense", august.row).fields["description"]
        == (august.fields["description"])
    )
    assert service.record("expense", books.expense.row).fields["spent_on"] == "2026-10-05"
    assert not any(c.row == changes[0].row for c in first.pull_all())  # PC 1 never sees it
    # Another office, and PC 1 itself, sync on.
    elsewhere = api.device(regional.code(FUTALEUFU), FUTALEUFU)
    Rendition(elsewhere)
    assert first.sync(first.insert_notice()).acks[0].status == "applied"

    # A reopen, later than the close, opens August again: the same kind of change goes.
    reopen = insert(
        first,
        "month_closure",
        closure_fields(
            CHAITEN,
            books.row,
            month="2026-08",
            action="reapertura",
            at="2026-11-22T09:00:00",
            reason="Faltaba una boleta",
        ),
    )
    assert first.sync(reopen).acks[0].status == "applied"
    again = second.change("expense", august.row, "update", {"description": "Otra cosa"})
    assert second.sync(again).acks[0].status == "applied"


def test_nothing_new_hangs_from_a_deleted_line_or_agreement(regional, api):
    """An expense on a deleted budget line, a line deleted while an expense is charged to it, and
    anything new of a deleted agreement are refused (the statement adds up by line). On SQLite
    and PostgreSQL."""
    device = api.device(regional.code(CHAITEN), CHAITEN)
    books = Rendition(device)
    spare = insert(device, "budget_line", line_fields(CHAITEN, books.row, name="Otros"))
    gone = device.change("budget_line", spare.row, "delete", {"deleted_at": NOW})
    used = device.change("budget_line", books.line.row, "delete", {"deleted_at": NOW})
    late = insert(device, "expense", expense_fields(CHAITEN, books.row, spare.row))
    moved = device.change("expense", books.expense.row, "update", {"budget_line_id": spare.row})
    reply = device.sync(spare, gone, used, late, moved)

    assert [a.status for a in reply.acks] == ["applied", "applied", "refused", "refused", "refused"]
    assert reply.acks[2].reason == (
        "El ítem «Difusión» tiene un gasto en la oficina: no se elimina mientras tenga gastos. "
        "Cambie sus gastos de ítem o elimínelos antes."
    )
    assert reply.acks[3].reason == (
        "El ítem presupuestario «Otros» fue eliminado del plan de gastos: elija otro ítem para el "
        "gasto."
    )
    assert reply.acks[4].reason == reply.acks[3].reason
    assert not regional.service.record("budget_line", books.line.row).deleted
    # Once its expense is deleted, the line may go.
    dropped = device.change("expense", books.expense.row, "delete", {"deleted_at": NOW})
    used_again = device.change("budget_line", books.line.row, "delete", {"deleted_at": NOW})
    assert [a.status for a in device.sync(dropped, used_again).acks] == ["applied", "applied"]

    old = insert(device, "fomil_agreement", agreement_fields(CHAITEN, year=2024))
    deleted = device.change("fomil_agreement", old.row, "delete", {"deleted_at": NOW})
    after = [
        insert(device, "budget_line", line_fields(CHAITEN, old.row)),
        insert(device, "agreement_installment", installment_fields(CHAITEN, old.row)),
        insert(device, "month_closure", closure_fields(CHAITEN, old.row)),
    ]
    reply = device.sync(old, deleted, *after)
    assert [a.status for a in reply.acks] == ["applied", "applied"] + ["refused"] * 3
    assert {a.reason for a in reply.acks[2:]} == {
        "El convenio fue eliminado: no se le registran cuotas, ítems, gastos ni cierres."
    }


def test_installments_never_add_up_to_more_than_the_transfer(regional, api):
    """The agreement's live installments stay within its transfer amount, whichever PC sends
    them; nor may the amount drop below what was received. On SQLite and PostgreSQL."""
    first = api.device(regional.code(CHAITEN), CHAITEN)
    second = api.device(regional.code(CHAITEN), CHAITEN)
    books = Rendition(first)  # $12.000.000 of $24.000.000 received
    second.pull_all()

    rest = insert(
        first, "agreement_installment", installment_fields(CHAITEN, books.row, voucher_number="2")
    )
    assert first.sync(rest).acks[0].status == "applied"
    twice = insert(
        second, "agreement_installment", installment_fields(CHAITEN, books.row, amount=1)
    )
    grown = second.change("agreement_installment", rest.row, "update", {"amount": 12_000_001})
    lower = second.change("fomil_agreement", books.row, "update", {"transfer_amount": 20_000_000})
    reply = second.sync(twice, grown, lower, second.insert_notice())

    assert [a.status for a in reply.acks] == ["refused"] * 3 + ["applied"]
    assert reply.acks[0].reason == (
        "Las cuotas sumarían $24.000.001, más que el monto del convenio ($24.000.000): ya se "
        "recibió todo."
    )
    assert reply.acks[1].reason == (  # the other one's $12.000.000 stays received
        "Las cuotas sumarían $24.000.001, más que el monto del convenio ($24.000.000): quedan "
        "$12.000.000 por recibir."
    )
    assert reply.acks[2].reason == (
        "Ya se recibieron $24.000.000 en cuotas: el monto del convenio no puede ser menor."
    )
    # Deleting one frees its amount.
    dropped = first.change("agreement_installment", rest.row, "delete", {"deleted_at": NOW})
    smaller = insert(
        second, "agreement_installment", installment_fields(CHAITEN, books.row, amount=5_000_000)
    )
    assert first.sync(dropped).acks[0].status == "applied"
    assert second.sync(smaller).acks[0].status == "applied"
