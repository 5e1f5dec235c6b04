"""A month closed on one PC is closed for the office (docs/sync-protocol.md §12): the regional
server refuses another PC's expense or installment written offline into it, to that PC alone,
with the reason for its officer; and a PC that closed a month before the server knew it sets
aside what arrives for that month, until the month is reopened. A reopen, an edit and a close
again pulled together are applied. A real regional server on loopback, real SQLite files."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select

from omil_desktop.store.models import ChangeLog, Expense, MonthClosure
from tests.sync.test_rendition_sync import CHAITEN, Books, pc, rows, server

__all__ = ["server"]

SEPTEMBER_REFUSED = (
    "El mes de septiembre de 2026 ya está cerrado en la rendición de la oficina: no se pueden "
    "registrar, corregir ni eliminar gastos de ese mes. Para hacerlo, reábralo con el motivo y "
    "vuelva a registrarlo."
)


def reopen(books: Books, agreement: str, at: datetime, month: str = "2026-09") -> None:
    with books.db.transaction() as session:
        session.add(
            MonthClosure(
                office_code=books.code,
                agreement_id=agreement,
                month=month,
                action="reapertura",
                at=at,
                reason="Faltaba una boleta",
            )
        )


def expenses(office) -> dict[str, Expense]:
    with office.workspace.db.transaction() as session:
        found = {e.id: e for e in session.scalars(select(Expense))}
        session.expunge_all()
        return found


def test_an_expense_written_offline_into_a_month_another_pc_closed_is_refused_to_it_alone(
    server, office_factory
):
    first = pc(server.url, server, office_factory, CHAITEN, "PC 1")
    second = pc(server.url, server, office_factory, CHAITEN, "PC 2")
    books = Books(first)
    agreement, lines = books.agreement()
    books.installment(agreement)
    first.client.sync()
    second.client.sync()
    books.close_month(agreement, "2026-09")  # PC 1 closes September and syncs
    assert first.client.sync().refused == 0

    theirs = Books(second)  # PC 2, offline, did not know
    late = theirs.expense(agreement, lines["Difusión"], spent_on=date(2026, 9, 20))
    october = theirs.expense(agreement, lines["Difusión"], spent_on=date(2026, 10, 2))
    report = second.client.sync()
    first.client.sync()

    assert report.refused == 1 and second.client.status().refused == 1
    with second.workspace.db.transaction() as session:  # what its officer is shown
        reasons = {
            c.row_id: c.refused_reason
            for c in session.scalars(select(ChangeLog).where(ChangeLog.table_name == "expense"))
        }
    assert reasons == {late: SEPTEMBER_REFUSED}
    assert server.service.record("expense", late) is None
    assert set(expenses(first)) == {october}  # PC 1 never sees it; the rest of PC 2's went
    assert first.workspace.rendition.statement(agreement, _month(9)).expenses == ()


def test_a_pc_that_closed_the_month_first_sets_aside_what_arrives_for_it(server, office_factory):
    """PC 1 closes September while PC 2 writes a September expense; PC 2 syncs first (the server
    knew no close). PC 1 sets the expense aside, shown with its reason, and receives it once it
    reopens September."""
    first = pc(server.url, server, office_factory, CHAITEN, "PC 1")
    second = pc(server.url, server, office_factory, CHAITEN, "PC 2")
    books = Books(first)
    agreement, lines = books.agreement()
    first.client.sync()
    second.client.sync()
    books.close_month(agreement, "2026-09")
    late = Books(second).expense(agreement, lines["Difusión"], spent_on=date(2026, 9, 20))
    assert second.client.sync().refused == 0

    report = first.client.sync()

    assert report.set_aside == 1 and late not in expenses(first)
    (kept,) = first.workspace.set_aside.list_all()
    assert kept.record_kind == "Gasto" and kept.reason.startswith(
        "El mes de septiembre de 2026 está cerrado en este equipo: el gasto del 20-09-2026 "
        "(Factura N° "
    )
    assert kept.reason.endswith(
        ", que llegó de otro equipo de la oficina, queda apartado para no alterar la rendición "
        "ya cerrada. Reabra el mes (con el motivo) para recibirlo."
    )
    assert first.client.sync().set_aside == 0 and late not in expenses(first)  # still aside
    assert len(first.workspace.set_aside.list_all()) == 1

    reopen(books, agreement, datetime(2026, 10, 4, 9, 0))
    first.client.sync()
    assert late in expenses(first) and first.workspace.set_aside.list_all() == []


def test_a_reopen_an_edit_and_a_close_pulled_together_are_applied(server, office_factory):
    first = pc(server.url, server, office_factory, CHAITEN, "PC 1")
    second = pc(server.url, server, office_factory, CHAITEN, "PC 2")
    books = Books(first)
    agreement, lines = books.agreement()
    spent = books.expense(agreement, lines["Difusión"], spent_on=date(2026, 9, 7))
    books.close_month(agreement, "2026-09")
    first.client.sync()
    second.client.sync()
    assert spent in expenses(second)

    reopen(books, agreement, datetime(2026, 10, 4, 9, 0))
    with books.db.transaction() as session:
        session.get(Expense, spent).description = "Afiches y volantes de la feria laboral"
    books_close_again(books, agreement, datetime(2026, 10, 4, 10, 0))
    assert first.client.sync().refused == 0

    report = second.client.sync()

    assert report.set_aside == 0 and report.refused == 0
    assert expenses(second)[spent].description == "Afiches y volantes de la feria laboral"
    assert rows(second) == rows(first)


def books_close_again(books: Books, agreement: str, at: datetime) -> None:
    with books.db.transaction() as session:
        session.add(
            MonthClosure(
                office_code=books.code,
                agreement_id=agreement,
                month="2026-09",
                action="cierre",
                at=at,
                income=0,
                sence_spent=11_900,
                closing_balance=-11_900,
            )
        )


def _month(number: int):
    from omil_desktop.domain.rendition import Month

    return Month(2026, number)
