"""The FOMIL agreement and its rendición sync like every record (protocol 6): written on one PC of
an office, the agreement, installments, plan, expenses, receipts and month closures reach its
other PCs whole, with the supporting documents' bytes byte for byte, and reach no other office;
each file goes up once, however many expenses name it; a refused expense stops no one; two PCs
that made the year's agreement offline end with one; a PC updated from protocol 5 gets it all in
its catch-up copy. A real regional server on loopback (behind the fault proxy where the link
fails on purpose), real SQLite files, real files in the data folders."""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from omil_desktop.domain.rendition import DEFAULT_BUDGET_LINES
from omil_desktop.domain.rut import Rut
from omil_desktop.store.blobs import BlobStore
from omil_desktop.store.models import (
    AgreementInstallment,
    BudgetLine,
    Expense,
    ExpenseReceipt,
    FomilAgreement,
    MonthClosure,
)
from omil_desktop.sync.client import SyncClient
from omil_desktop.sync.transport import SyncError, Transport
from tests.services.rendition_fixtures import (
    JPEG,
    PDF,
    agreement_data,
    calendar,  # noqa: F401 - the PC's calendar fixture
    expense_data,
    fee_data,
    line_id,
    receipt_file,
)
from tests.support.fault_proxy import DOWN, Fault, FaultProxy, Link

CHAITEN, FUTALEUFU = "10401", "10402"
SUPPLIER = Rut.from_body(76_123_456).compact
TABLES = (FomilAgreement, AgreementInstallment, BudgetLine, Expense, ExpenseReceipt, MonthClosure)


@pytest.fixture
def server(regional_factory):
    return regional_factory("sqlite")


def pc(url: str, server, office_factory, comuna: str, name: str, version: int | None = None):
    office = office_factory(comuna, name)
    if version is not None:
        office.client.close()
        office.client = SyncClient(office.workspace, transport=Transport(protocol_version=version))
    office.client.enroll(url, server.code(comuna), name)
    return office


def scan(tmp_path: Path, name: str, kind: str = "pdf", size: int = 40_000) -> Path:
    """A supporting document as the officer picks it: a PDF or a PNG of ``size`` bytes."""
    head = b"%PDF-1.4\n" if kind == "pdf" else b"\x89PNG\r\n\x1a\n"
    body = hashlib.sha256(name.encode()).digest() * (size // 32 + 1)
    path = tmp_path / name
    path.write_bytes((head + body)[:size])
    return path


class Books:
    """The rendición records of one PC, written through the desktop's Database and models (as
    the rendición service writes them): one transaction each, change log included."""

    def __init__(self, office) -> None:
        self.office = office
        self.db = office.workspace.db
        self.code = office.workspace.office.comuna_code
        self.blobs = BlobStore(office.workspace.data_dir)
        self.numbers = iter(range(100, 10_000))

    def agreement(self, year: int = 2026, resolution: str = "1234") -> tuple[str, dict[str, str]]:
        """The year's agreement with the seven default lines; its id and line ids by name."""
        with self.db.transaction() as session:
            agreement = FomilAgreement(
                office_code=self.code,
                year=year,
                resolution_number=resolution,
                resolution_date=date(year, 2, 10),
                starts_on=date(year, 3, 1),
                ends_on=date(year, 12, 31),
                transfer_amount=24_000_000,
                municipal_contribution=6_000_000,
            )
            session.add(agreement)
            session.flush()
            lines = [
                BudgetLine(office_code=self.code, agreement_id=agreement.id, name=name, position=n)
                for n, name in enumerate(DEFAULT_BUDGET_LINES, start=1)
            ]
            session.add_all(lines)
            session.flush()
            return agreement.id, {line.name: line.id for line in lines}

    def installment(self, agreement: str, amount: int = 12_000_000) -> str:
        with self.db.transaction() as session:
            row = AgreementInstallment(
                office_code=self.code,
                agreement_id=agreement,
                received_on=date(2026, 3, 15),
                amount=amount,
                voucher_number="CI-0042",
            )
            session.add(row)
            session.flush()
            return row.id

    def expense(self, agreement: str, line: str, *receipts: Path, **values: Any) -> str:
        """A factura of $10.000 neto with its receipts (files kept by content, then the expense
        and its receipt records in one transaction)."""
        stored = [(path.name, *self.blobs.put_file(path)) for path in receipts]
        fields: dict[str, Any] = {
            "spent_on": date(2026, 10, 5),
            "document_type": "factura",
            "number": str(next(self.numbers)),
            "supplier_rut": SUPPLIER,
            "supplier_name": "Imprenta Ñuble Ltda.",
            "net": 10_000,
            "iva": 1_900,
            "total": 11_900,
            "funding": "sence",
            "description": "Afiches de la feria laboral",
        }
        fields.update(values)
        with self.db.transaction() as session:
            expense = Expense(office_code=self.code, agreement_id=agreement, budget_line_id=line)
            for name, value in fields.items():
                setattr(expense, name, value)
            session.add(expense)
            session.flush()
            for name, sha, size in stored:
                kind = "application/pdf" if name.endswith(".pdf") else "image/png"
                session.add(
                    ExpenseReceipt(
                        office_code=self.code,
                        expense_id=expense.id,
                        sha256=sha,
                        file_name=name,
                        media_type=kind,
                        size=size,
                    )
                )
            return expense.id

    def close_month(self, agreement: str, month: str = "2026-09") -> str:
        with self.db.transaction() as session:
            row = MonthClosure(
                office_code=self.code,
                agreement_id=agreement,
                month=month,
                action="cierre",
                at=datetime(2026, 10, 3, 12, 0),
                income=12_000_000,
                sence_spent=11_900,
                closing_balance=11_988_100,
            )
            session.add(row)
            session.flush()
            return row.id


def rows(office) -> dict[str, set[tuple]]:
    """Every synced column of every rendición record on the PC, as comparable values."""
    found: dict[str, set[tuple]] = {}
    with office.workspace.db.transaction() as session:
        for model in TABLES:
            columns = [c.key for c in model.__table__.columns if c.info.get("sync", True)]
            found[model.__tablename__] = {
                tuple(getattr(obj, name) for name in columns)
                for obj in session.scalars(select(model))
            }
    return found


def test_the_rendition_reaches_the_other_pc_whole_with_its_files_and_no_other_office(
    server, office_factory, tmp_path
):
    first = pc(server.url, server, office_factory, CHAITEN, "PC 1")
    second = pc(server.url, server, office_factory, CHAITEN, "PC 2")
    elsewhere = pc(server.url, server, office_factory, FUTALEUFU, "Futaleufú")
    books = Books(first)
    agreement, lines = books.agreement()
    books.installment(agreement)
    invoice = scan(tmp_path, "factura-101.pdf", size=300_000)
    photo = scan(tmp_path, "boleta.png", "png")
    books.expense(agreement, lines["Difusión"], invoice, photo)
    books.expense(agreement, lines["Colaciones"], invoice)  # the same scan, a second expense
    books.close_month(agreement)

    sent = first.client.sync()
    received = second.client.sync()
    elsewhere.client.sync()

    assert sent.refused == 0 and sent.blobs_sent == 2  # two files for three receipts
    assert received.set_aside == 0 and received.blobs_received == 2
    assert received.blobs_pending == 0
    assert rows(second) == rows(first)
    assert len(rows(second)["expense_receipt"]) == 3 and len(rows(second)["budget_line"]) == 7
    theirs = BlobStore(second.workspace.data_dir)
    for path in (invoice, photo):
        sha = hashlib.sha256(path.read_bytes()).hexdigest()
        assert theirs.read(sha) == path.read_bytes()  # byte for byte
    assert all(not table for table in rows(elsewhere).values())
    assert not (elsewhere.workspace.data_dir / "comprobantes").exists()

    # Nothing is sent again: a sync with nothing new, then the same scan on a third expense.
    assert first.client.sync().blobs_sent == 0
    books.expense(agreement, lines["Otros"], invoice)
    again = first.client.sync()
    assert again.pushed == 2 and again.blobs_sent == 0
    assert second.client.sync().blobs_received == 0  # it has those bytes already
    assert len(rows(second)["expense_receipt"]) == 4

    # The files are still there after the second PC restarts.
    second.client.close()
    second.workspace.close()
    reopened = office_factory(CHAITEN, "PC 2")
    assert rows(reopened) == rows(first)
    for path in (invoice, photo):
        sha = hashlib.sha256(path.read_bytes()).hexdigest()
        assert BlobStore(reopened.workspace.data_dir).read(sha) == path.read_bytes()


def test_a_file_that_does_not_arrive_is_asked_for_again_and_never_stops_the_records(
    server, office_factory, tmp_path
):
    """The reply with a file's bytes is cut: the records are applied all the same, the file is
    shown as not received, and the next sync brings it. Its upload cut half-way fails that sync
    before its records go; the next one sends both."""
    host, port = server.url.removeprefix("http://").split(":")
    with FaultProxy((host, int(port)), link=Link(delay=0.005)) as proxy:
        first = pc(proxy.url, server, office_factory, CHAITEN, "PC 1")
        second = pc(proxy.url, server, office_factory, CHAITEN, "PC 2")
        books = Books(first)
        agreement, lines = books.agreement()
        invoice = scan(tmp_path, "factura-7.pdf", size=200_000)
        sha = hashlib.sha256(invoice.read_bytes()).hexdigest()
        books.expense(agreement, lines["Difusión"], invoice)

        cut = proxy.arm(Fault("up", at=0.5, action="reset", path=f"/api/blobs/{sha}"))
        with pytest.raises(SyncError) as failed:
            first.client.sync()
        assert cut.triggered.is_set() and failed.value.kind in ("cut", "offline", "timeout")
        assert first.client.status().pending > 0  # nothing was forgotten
        assert server.service.record("fomil_agreement", agreement) is None  # nor sent half-way
        proxy.disarm()
        assert first.client.sync().blobs_sent == 1

        lost = proxy.arm(Fault(DOWN, at=0.5, action="reset", path=f"/api/blobs/{sha}"))
        report = second.client.sync()
        assert lost.triggered.is_set()
        assert report.pulled > 0 and report.blobs_pending == 1 and report.blobs_received == 0
        assert rows(second) == rows(first)  # every record, without the file
        assert not BlobStore(second.workspace.data_dir).has(sha)
        assert "documentos de respaldo por recibir 1" in report.summary()

        later = second.client.sync()
        assert later.blobs_received == 1 and later.blobs_pending == 0
        assert BlobStore(second.workspace.data_dir).read(sha) == invoice.read_bytes()
        puts = [e for e in proxy.exchanges(f"/api/blobs/{sha}") if e.method == "PUT"]
        assert len(puts) == 2  # the cut one and the one that went; never again


def test_a_refused_expense_stops_no_one(server, office_factory, tmp_path):
    """A PC whose database was altered by hand sends an expense whose amounts do not add up: the
    server refuses that change (and the receipt hanging from it) alone; the PC's other records,
    the office's other PC and another office sync on."""
    tampered = pc(server.url, server, office_factory, FUTALEUFU, "Futaleufú 1")
    other_pc = pc(server.url, server, office_factory, FUTALEUFU, "Futaleufú 2")
    chaiten = pc(server.url, server, office_factory, CHAITEN, "Chaitén")
    books = Books(tampered)
    agreement, lines = books.agreement()
    good = books.expense(agreement, lines["Difusión"], scan(tmp_path, "a.pdf"))
    bad = books.expense(agreement, lines["Difusión"], scan(tmp_path, "b.pdf"), total=12_000)
    chaiten_books = Books(chaiten)
    theirs, their_lines = chaiten_books.agreement()
    chaiten_books.expense(theirs, their_lines["Otros"], scan(tmp_path, "c.pdf"))

    report = tampered.client.sync()
    other_pc.client.sync()
    chaiten_report = chaiten.client.sync()

    assert report.refused == 2 and tampered.client.status().refused == 2
    reasons = sorted(r.reason for r in server.service.refusals())
    assert reasons[0].startswith("Los montos del gasto no cuadran. Total:")
    assert reasons[1].startswith("expense_id: se refiere a un registro que no existe")
    assert server.service.record("expense", bad) is None
    assert server.service.record("expense", good) is not None
    with other_pc.workspace.db.transaction() as session:
        assert set(session.scalars(select(Expense.id))) == {good}
    assert chaiten_report.refused == 0 and chaiten_report.blobs_sent == 1
    assert server.service.record("fomil_agreement", theirs) is not None


def test_two_pcs_that_made_the_year_s_agreement_offline_end_with_one(
    server, office_factory, tmp_path
):
    first = pc(server.url, server, office_factory, CHAITEN, "PC 1")
    second = pc(server.url, server, office_factory, CHAITEN, "PC 2")
    mine, my_lines = Books(first).agreement()
    theirs, their_lines = Books(second).agreement(resolution="1234-B")
    ours = Books(first).expense(mine, my_lines["Difusión"])
    their_expense = Books(second).expense(
        theirs, their_lines["Difusión"], scan(tmp_path, "x.pdf"), number="555"
    )

    assert first.client.sync().merged == 0
    report = second.client.sync()
    first.client.sync()

    assert report.refused == 0 and report.merged == 8  # the agreement and its seven lines
    assert report.conflicts == 1
    (conflict,) = second.workspace.conflicts.list_open()
    assert (conflict.record_kind, conflict.record, conflict.field_label) == (
        "Convenio FOMIL",
        "Convenio FOMIL 2026",
        "N° de resolución",
    )
    assert (conflict.local_value, conflict.server_value) == ("1234-B", "1234")
    shown = second.workspace.conflicts  # how the officer would read the other fields
    assert shown.display("expense", "total", 11_900) == "$11.900"
    assert shown.display("expense", "document_type", "boleta_honorarios") == "Boleta de honorarios"
    assert shown.display("month_closure", "action", "reapertura") == "Reabierto"
    assert shown.display("month_closure", "closing_balance", -5_000) == "-$5.000"
    for office in (first, second):
        with office.workspace.db.transaction() as session:
            assert list(session.scalars(select(FomilAgreement.id))) == [mine]
            assert set(session.scalars(select(BudgetLine.id))) == set(my_lines.values())
            charged = {
                (e.id, e.agreement_id, e.budget_line_id) for e in session.scalars(select(Expense))
            }
            assert charged == {
                (ours, mine, my_lines["Difusión"]),
                (their_expense, mine, my_lines["Difusión"]),
            }
    # The second PC's officer keeps the region's resolution number: both PCs agree.
    second.workspace.conflicts.resolve(conflict.id, "server")
    second.client.sync()
    first.client.sync()
    assert rows(first) == rows(second)


def test_a_pc_updated_from_protocol_5_gets_the_rendition_in_its_catch_up_copy(
    server, office_factory, tmp_path
):
    current = pc(server.url, server, office_factory, CHAITEN, "PC nuevo")
    old = pc(server.url, server, office_factory, CHAITEN, "PC antiguo", version=5)
    books = Books(current)
    agreement, lines = books.agreement()
    invoice = scan(tmp_path, "f.pdf")
    books.expense(agreement, lines["Movilización"], invoice)
    books.close_month(agreement)
    current.client.sync()

    report = old.client.sync()  # version 5 knows no rendición: it is sent none, asks no file
    assert report.set_aside == 0 and report.blobs_received == 0
    assert all(not table for table in rows(old).values())

    old.client.close()
    old.client = SyncClient(old.workspace, transport=Transport())
    report = old.client.sync()

    assert report.set_aside == 0 and report.blobs_received == 1
    assert rows(old) == rows(current)
    sha = hashlib.sha256(invoice.read_bytes()).hexdigest()
    assert BlobStore(old.workspace.data_dir).read(sha) == invoice.read_bytes()


def test_what_the_officer_records_through_the_service_the_other_pc_shows_the_same(
    server,
    office_factory,
    tmp_path,
    calendar,  # noqa: F811
):
    """The rendición as the officer keeps it (RenditionService) on one PC; the office's other PC
    shows the same agreement, plan, expenses with their receipts (present, byte for byte), months,
    saldos and history of closes after a sync."""
    from omil_desktop.domain.rendition import BudgetLineData, InstallmentData, Month

    first = pc(server.url, server, office_factory, CHAITEN, "PC 1")
    second = pc(server.url, server, office_factory, CHAITEN, "PC 2")
    service = first.workspace.rendition
    agreement = service.create_agreement(agreement_data())
    service.add_installment(agreement, InstallmentData(date(2026, 3, 10), 10_000_000, "CI-77"))
    line = line_id(service, agreement, "Materiales e insumos")
    service.update_budget_line(line, BudgetLineData("Materiales e insumos", 500_000, 100_000))
    fee_line = line_id(service, agreement, "Recursos humanos")
    pdf = receipt_file(tmp_path / "scans", "factura-1001.pdf")
    jpeg = receipt_file(tmp_path / "scans", "boleta.jpg", JPEG)
    invoice = service.add_expense(agreement, expense_data(line), [pdf, jpeg]).id
    service.add_expense(agreement, fee_data(fee_line, 200_000, number="33"), [pdf])
    service.close_month(agreement, Month(2026, 3))
    service.reopen_month(agreement, Month(2026, 3), "Faltaba una boleta")
    service.close_month(agreement, Month(2026, 3))

    report = first.client.sync()
    assert report.refused == 0 and report.blobs_sent == 2
    assert second.client.sync().blobs_received == 2

    theirs = second.workspace.rendition
    assert [a.id for a in theirs.agreements()] == [agreement]
    assert theirs.get_agreement(agreement) == service.get_agreement(agreement)
    assert theirs.installments(agreement) == service.installments(agreement)
    assert theirs.budget(agreement) == service.budget(agreement)
    assert theirs.expenses_page(agreement) == service.expenses_page(agreement)
    record = theirs.get_expense(invoice)
    assert record.locked and record.data == service.get_expense(invoice).data
    assert [(r.file_name, r.present) for r in record.receipts] == [
        ("factura-1001.pdf", True),
        ("boleta.jpg", True),
    ]
    assert [r.path.read_bytes() for r in record.receipts] == [PDF, JPEG]
    assert theirs.months(agreement) == service.months(agreement)
    assert theirs.history(agreement) == service.history(agreement)
    march = Month(2026, 3)
    assert theirs.statement(agreement, march) == service.statement(agreement, march)
    annexes = [
        [item.path.read_bytes() for item in books.statement(agreement, march, annex=True).annex]
        for books in (service, theirs)
    ]
    assert annexes[0] == annexes[1] and len(annexes[0]) == 3  # the scans print there too


def test_a_file_damaged_on_this_pc_is_not_sent_and_its_record_still_goes(
    server, office_factory, tmp_path
):
    """The server refuses bytes that are not those of their name; the receipt record syncs all
    the same, and the office's other PC shows that file as not received, asking again later."""
    first = pc(server.url, server, office_factory, CHAITEN, "PC 1")
    second = pc(server.url, server, office_factory, CHAITEN, "PC 2")
    books = Books(first)
    agreement, lines = books.agreement()
    scanned = scan(tmp_path, "factura.pdf")
    books.expense(agreement, lines["Otros"], scanned)
    sha = hashlib.sha256(scanned.read_bytes()).hexdigest()
    books.blobs.path(sha).write_bytes(b"%PDF-1.4\n damaged on this disk")

    report = first.client.sync()

    assert report.refused == 0 and report.blobs_sent == 0
    with first.workspace.db.transaction() as session:
        receipt = session.scalars(select(ExpenseReceipt.id)).one()
    assert server.service.record("expense_receipt", receipt) is not None
    assert server.service.missing_blobs("any", [sha]) == [sha]  # the damaged bytes were refused
    received = second.client.sync()
    assert received.blobs_pending == 1 and rows(second) == rows(first)
    assert second.client.sync().blobs_pending == 1  # asked for again, still missing
