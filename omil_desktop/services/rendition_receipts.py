"""The scanned supporting documents of expenses (services/rendition.py): a file is checked (a PDF,
JPG or PNG of up to 20 MB, read only its first bytes), then copied into the data folder by its
content (store/blobs.py), then named by an ExpenseReceipt record. A record removed leaves its file:
another record, or a backup of the database, may name the same bytes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from omil_desktop.domain.rendition import receipt_error, receipt_media_type
from omil_desktop.domain.text import os_reason
from omil_desktop.domain.texts import translate
from omil_desktop.services.errors import ValidationFailed
from omil_desktop.services.rendition_records import ReceiptRow, live
from omil_desktop.store.blobs import BlobStore, read_plain
from omil_desktop.store.engine import in_chunks
from omil_desktop.store.models import ExpenseReceipt, new_id

HEAD_BYTES = 16
"""How much of a file is read to know its type (PDF, JPEG, PNG)."""

FILE_NAME_MAX = 200
"""ExpenseReceipt.file_name's length."""


@dataclass(frozen=True)
class StoredFile:
    """A checked file, kept in the data folder."""

    name: str
    sha256: str
    size: int
    media_type: str


class ReceiptFiles:
    """The supporting documents' files of one data folder."""

    def __init__(self, data_dir: Path) -> None:
        self.blobs = BlobStore(data_dir)

    @staticmethod
    def check(path: Path) -> str | None:
        """The Spanish message when ``path`` cannot be kept (not a PDF, JPG or PNG, empty,
        over 20 MB, missing or unreadable); None when it can."""
        try:
            size = path.stat().st_size
            with path.open("rb") as file:
                head = file.read(HEAD_BYTES)
        except OSError as exc:
            return translate(
                "services.rendition_receipts", "No se pudo leer «{name}»: {os_reason}."
            ).format(name=path.name, os_reason=os_reason(exc))
        return receipt_error(path.name, size, head)

    def store(self, path: Path) -> StoredFile:
        """Copy a checked file into the data folder; ValidationFailed{"receipts"} when it
        cannot be read or written, or is no longer what was checked (the type and size are
        read again from the copy)."""
        try:
            sha256, size = self.blobs.put_file(path)
            head = self.blobs.read(sha256)[:HEAD_BYTES]  # decrypted in an encrypted folder
        except OSError as exc:
            raise ValidationFailed(
                {
                    "receipts": translate(
                        "services.rendition_receipts", "No se pudo guardar «{name}»: {os_reason}."
                    ).format(name=path.name, os_reason=os_reason(exc))
                }
            ) from exc
        problem = receipt_error(path.name, size, head)
        if problem:
            raise ValidationFailed({"receipts": problem})
        media_type = receipt_media_type(head) or "application/octet-stream"
        return StoredFile(path.name[:FILE_NAME_MAX], sha256, size, media_type)

    def row(self, r: ExpenseReceipt) -> ReceiptRow:
        try:
            path = self.blobs.path(r.sha256)
        except ValueError:  # not a SHA-256: no file can be its
            path = self.blobs.root / "invalido"
        return ReceiptRow(
            id=r.id,
            expense_id=r.expense_id,
            file_name=r.file_name,
            media_type=r.media_type,
            size=r.size,
            sha256=r.sha256,
            path=path,
            present=self.blobs.has(r.sha256),
        )


def receipt_record(office_code: str, expense_id: str, f: StoredFile) -> ExpenseReceipt:
    """A new receipt record; its id now, so receipts added together keep their order."""
    return ExpenseReceipt(
        id=new_id(),
        office_code=office_code,
        expense_id=expense_id,
        sha256=f.sha256,
        file_name=f.name,
        media_type=f.media_type,
        size=f.size,
    )


def live_receipts(session: Session, expense_ids: list[str]) -> list[ExpenseReceipt]:
    """The receipts of these expenses, in the order they were attached."""
    found: list[ExpenseReceipt] = []
    for chunk in in_chunks(expense_ids):
        found += session.scalars(
            select(ExpenseReceipt).where(ExpenseReceipt.expense_id.in_(chunk), live(ExpenseReceipt))
        )
    found.sort(key=lambda r: (r.created_at, r.id))
    return found


def receipt_counts(session: Session, expense_ids: list[str]) -> dict[str, int]:
    """Expense id → how many receipts it has (absent: none)."""
    counts: dict[str, int] = {}
    for chunk in in_chunks(expense_ids):
        stmt = (
            select(ExpenseReceipt.expense_id, func.count())
            .where(ExpenseReceipt.expense_id.in_(chunk), live(ExpenseReceipt))
            .group_by(ExpenseReceipt.expense_id)
        )
        counts.update((eid, int(n)) for eid, n in session.execute(stmt).all())
    return counts


def receipt_bytes(row: ReceiptRow) -> bytes:
    """The plain bytes of a kept receipt (decrypted when the data folder is encrypted), to
    show it; OSError when the file is missing."""
    return read_plain(row.path)
