"""What a use case can refuse, with Spanish messages for the officer."""

from __future__ import annotations

from dataclasses import dataclass

from omil_desktop.domain.texts import translate
from omil_desktop.store.errors import StorageError


class ServiceError(Exception):
    """Base of refusals; ``str()`` is a Spanish message."""


class NotFound(ServiceError):
    pass


class ValidationFailed(ServiceError):
    """Field name → Spanish message, shown next to each field."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__(
            translate("services.errors", "Revise los campos marcados: ") + " ".join(errors.values())
        )
        self.errors = errors


class DuplicateRut(ServiceError):
    """The RUT belongs to a person already registered (``existing_id``)."""

    def __init__(self, rut: str, existing_id: str, existing_name: str, active: bool) -> None:
        state = "" if active else " (desactivada)"
        super().__init__(
            translate(
                "services.errors",
                "El RUT {rut} ya está registrado a nombre de {existing_name}{state}.",
            ).format(rut=rut, existing_name=existing_name, state=state)
        )
        self.existing_id = existing_id
        self.existing_name = existing_name


class DuplicateDocument(DuplicateRut):
    """Someone without RUT whose foreign document is already on record."""

    def __init__(self, document: str, existing_id: str, existing_name: str, active: bool) -> None:
        ServiceError.__init__(
            self,
            translate(
                "services.errors",
                "El documento {document} ya está registrado a nombre de {existing_name}",
            ).format(document=document, existing_name=existing_name)
            + ("" if active else " (desactivada)")
            + ".",
        )
        self.existing_id = existing_id
        self.existing_name = existing_name


class DuplicateCompany(ServiceError):
    """The office already has a company with this RUT (``existing_id``), whatever its writing."""

    def __init__(self, rut: str, existing_id: str, existing_name: str, deleted: bool) -> None:
        state = (
            translate(
                "services.errors", " (eliminada; se puede volver a registrar con «Nueva empresa»)"
            )
            if deleted
            else ""
        )
        super().__init__(
            translate(
                "services.errors",
                "El RUT {rut} ya está registrado: es la empresa {existing_name}{state}.",
            ).format(rut=rut, existing_name=existing_name, state=state)
        )
        self.existing_id = existing_id
        self.existing_name = existing_name
        self.deleted = deleted


@dataclass(frozen=True)
class DuplicateCandidate:
    person_id: str
    full_name: str
    rut: str
    birth_date: str
    comuna: str
    reason: str


class LikelyDuplicate(ServiceError):
    """Someone very like the new record exists; save again with ``allow_likely_duplicate``."""

    def __init__(self, candidates: list[DuplicateCandidate]) -> None:
        names = ", ".join(c.full_name for c in candidates)
        super().__init__(
            translate(
                "services.errors", "Puede que esta persona ya esté registrada: {names}."
            ).format(names=names)
        )
        self.candidates = candidates


__all__ = [
    "DuplicateCandidate",
    "DuplicateCompany",
    "DuplicateDocument",
    "DuplicateRut",
    "LikelyDuplicate",
    "NotFound",
    "ServiceError",
    "StorageError",  # a database problem the officer can act on; raised by every use case
    "ValidationFailed",
]
