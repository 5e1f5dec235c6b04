"""The bytes of supporting documents (docs/sync-protocol.md §13): a device asks which of the
SHA-256s it is about to reference the server lacks, uploads those, and downloads the ones its
office's receipt records name. Content-addressed: stored once, verified against their hash, never
changed. Logs hold device ids, offices and sizes, never a file's name or content."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence

from sqlalchemy import select

from omil_desktop.domain.rendition import MAX_RECEIPT_BYTES, receipt_media_type
from omil_desktop.regional.core import ProtocolError, ServiceCore
from omil_desktop.regional.models import Blob, Device, Record
from omil_desktop.store.engine import in_chunks
from omil_desktop.sync import protocol

log = logging.getLogger("omil_desktop.regional")

RECEIPT_TABLE = "expense_receipt"


class Blobs(ServiceCore):
    """What the server does with supporting documents' bytes for an enrolled device."""

    def missing_blobs(self, device_id: str, wanted: Sequence[str]) -> list[str]:
        """Those of ``wanted`` the server does not hold, in the order asked (each once)."""
        asked = list(dict.fromkeys(wanted))
        held: set[str] = set()
        with self.store.read() as session:
            for chunk in in_chunks(asked):
                held.update(session.scalars(select(Blob.sha256).where(Blob.sha256.in_(chunk))))
        return [sha for sha in asked if sha not in held]

    def put_blob(self, device_id: str, sha256: str, data: bytes) -> bool:
        """Keep ``data`` as the bytes of ``sha256``; False when they were already held. Refused
        (nothing written): a name that is no SHA-256, bytes that are not those of the name, over
        20 MB, or not a PDF, JPEG or PNG."""
        if not protocol.is_sha256(sha256):
            raise ProtocolError(protocol.MALFORMED, "El nombre del archivo no es un SHA-256.")
        if len(data) > MAX_RECEIPT_BYTES:
            raise ProtocolError(
                protocol.TOO_LARGE, "El documento de respaldo supera los 20 MB permitidos."
            )
        if hashlib.sha256(data).hexdigest() != sha256:
            raise ProtocolError(
                protocol.MALFORMED,
                "El documento de respaldo llegó dañado: su contenido no corresponde a su SHA-256.",
            )
        if receipt_media_type(data[:16]) is None:
            raise ProtocolError(
                protocol.MALFORMED, "El documento de respaldo no es un PDF ni una imagen JPG o PNG."
            )
        with self.store.write() as session:
            device = session.get(Device, device_id)
            if device is None:
                raise ProtocolError(protocol.UNKNOWN_DEVICE, "Equipo desconocido.")
            if session.get(Blob, sha256) is not None:
                return False
            session.add(
                Blob(
                    sha256=sha256,
                    size=len(data),
                    data=data,
                    device_id=device.id,
                    office_code=device.office,
                    received_at=self.clock(),
                )
            )
            log.info(
                "Documento de respaldo recibido: dispositivo=%s oficina=%s bytes=%d",
                device.id,
                device.office,
                len(data),
            )
            return True

    def get_blob(self, device_id: str, sha256: str) -> bytes | None:
        """The bytes of ``sha256`` if a live receipt record of the device's office names them
        and the server holds them; None otherwise (another office's receipts are never
        served)."""
        if not protocol.is_sha256(sha256):
            return None
        with self.store.read() as session:
            device = session.get(Device, device_id)
            if device is None:
                return None
            named = session.scalars(
                select(Record.row_id)
                .where(
                    Record.office_code == device.office,
                    Record.table_name == RECEIPT_TABLE,
                    Record.identity == sha256,
                    Record.deleted.is_(False),
                )
                .limit(1)
            ).first()
            if named is None:
                return None
            blob = session.get(Blob, sha256)
            return bytes(blob.data) if blob is not None else None
