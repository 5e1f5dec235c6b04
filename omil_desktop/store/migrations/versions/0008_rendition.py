"""Rendición de gastos FOMIL: the agreement of each year, its installments, the plan de gastos,
expenses with their supporting documents (the bytes live in the data folder, by SHA-256), and
the record of months closed and reopened.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def _synced() -> list[sa.Column[object]]:
    # A migration is a frozen picture of its revision: it keeps its own copy of these columns.
    return [
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("office_code", sa.String(5), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("shared", sa.Boolean(), nullable=False, server_default=sa.false()),
    ]


def _agreement() -> sa.Column[object]:
    return sa.Column(
        "agreement_id", sa.String(36), sa.ForeignKey("fomil_agreement.id"), nullable=False
    )


def upgrade() -> None:
    op.create_table(
        "fomil_agreement",
        *_synced(),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("resolution_number", sa.String(40), nullable=False),
        sa.Column("resolution_date", sa.Date(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("transfer_amount", sa.Integer(), nullable=False),
        sa.Column("municipal_contribution", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
    )
    op.create_index("ix_fomil_agreement_year", "fomil_agreement", ["year", "deleted_at"])
    op.create_table(
        "agreement_installment",
        *_synced(),
        _agreement(),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("voucher_number", sa.String(40), nullable=False),
    )
    op.create_index(
        "ix_agreement_installment_agreement",
        "agreement_installment",
        ["agreement_id", "received_on"],
    )
    op.create_table(
        "budget_line",
        *_synced(),
        _agreement(),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("sence_amount", sa.Integer(), nullable=False),
        sa.Column("municipal_amount", sa.Integer(), nullable=False),
    )
    op.create_index("ix_budget_line_agreement", "budget_line", ["agreement_id", "position"])
    op.create_table(
        "expense",
        *_synced(),
        _agreement(),
        sa.Column("spent_on", sa.Date(), nullable=False),
        sa.Column("document_type", sa.String(20), nullable=False),
        sa.Column("number", sa.String(40), nullable=False),
        sa.Column("supplier_rut", sa.String(12), nullable=False),
        sa.Column("supplier_name", sa.String(200), nullable=False),
        sa.Column("net", sa.Integer(), nullable=False),
        sa.Column("iva", sa.Integer(), nullable=False),
        sa.Column("retention", sa.Integer(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("budget_line_id", sa.String(36), sa.ForeignKey("budget_line.id"), nullable=False),
        sa.Column("funding", sa.String(10), nullable=False),
        sa.Column("description", sa.String(300), nullable=False),
        sa.Column("activity", sa.String(10), nullable=False),
        sa.Column("workshop_id", sa.String(36), sa.ForeignKey("workshop.id"), nullable=True),
        sa.Column("activity_name", sa.String(200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("search_key", sa.Text(), nullable=False),
    )
    op.create_index("ix_expense_agreement", "expense", ["agreement_id", "spent_on", "id"])
    op.create_index("ix_expense_document", "expense", ["supplier_rut", "document_type", "number"])
    op.create_index("ix_expense_line", "expense", ["budget_line_id"])
    op.create_table(
        "expense_receipt",
        *_synced(),
        sa.Column("expense_id", sa.String(36), sa.ForeignKey("expense.id"), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("file_name", sa.String(200), nullable=False),
        sa.Column("media_type", sa.String(40), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
    )
    op.create_index("ix_expense_receipt_expense", "expense_receipt", ["expense_id"])
    op.create_table(
        "month_closure",
        *_synced(),
        _agreement(),
        sa.Column("month", sa.String(7), nullable=False),
        sa.Column("action", sa.String(12), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("opening_balance", sa.Integer(), nullable=False),
        sa.Column("income", sa.Integer(), nullable=False),
        sa.Column("sence_spent", sa.Integer(), nullable=False),
        sa.Column("municipal_spent", sa.Integer(), nullable=False),
        sa.Column("closing_balance", sa.Integer(), nullable=False),
    )
    op.create_index("ix_month_closure_month", "month_closure", ["agreement_id", "month", "at"])


def downgrade() -> None:
    for table in (
        "month_closure",
        "expense_receipt",
        "expense",
        "budget_line",
        "agreement_installment",
        "fomil_agreement",
    ):
        op.drop_table(table)
