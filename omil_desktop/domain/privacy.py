"""Personal data under Ley 21.719: the officers who may see it, the legal basis of each
processing, the audit of who touched a person's data, the person's requests (derechos ARCOP)
and how long each kind of record is kept.

The words here are the ones the office and the law use; the rules live in the services.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum


class Role(StrEnum):
    """What an officer's account may do on this PC."""

    MANAGER = "encargado"
    """Encargado(a) de la OMIL: everything, including accounts, retention and erasure."""
    SUPPORT = "apoyo"
    """Apoyo: the daily work (people, services, companies, workshops), not the accounts,
    retention, erasure or the office's settings."""

    @property
    def label(self) -> str:
        return {"encargado": "Encargado(a)", "apoyo": "Apoyo"}[self.value]


class LegalBasis(StrEnum):
    """Why the office may process a person's data (Ley 21.719, art. 13)."""

    LEGAL_FUNCTION = "funcion_legal"
    """The OMIL's legal function (Ley 19.518, art. 73): registering and serving job seekers."""
    CONSENT = "consentimiento"
    """The person's consent: needed for what goes beyond the office (a referral to another
    office's vacancy, sharing in the Red Territorial)."""

    @property
    def label(self) -> str:
        return {
            "funcion_legal": "Función legal de la OMIL (Ley 19.518, art. 73)",
            "consentimiento": "Consentimiento de la persona",
        }[self.value]


class AuditAction(StrEnum):
    """What an officer did with a person's data."""

    VIEWED = "ver"
    CREATED = "crear"
    CHANGED = "modificar"
    DELETED = "eliminar"
    EXPORTED = "exportar"
    PRINTED = "imprimir"
    ANONYMISED = "anonimizar"

    @property
    def label(self) -> str:
        return {
            "ver": "Vio",
            "crear": "Creó",
            "modificar": "Modificó",
            "eliminar": "Eliminó",
            "exportar": "Exportó",
            "imprimir": "Imprimió",
            "anonimizar": "Anonimizó",
        }[self.value]


class RequestKind(StrEnum):
    """A person's request about their data (derechos de acceso, rectificación, supresión,
    oposición, portabilidad y bloqueo; Ley 21.719, arts. 5 a 9)."""

    ACCESS = "acceso"
    RECTIFICATION = "rectificacion"
    ERASURE = "supresion"
    OBJECTION = "oposicion"
    PORTABILITY = "portabilidad"
    BLOCKING = "bloqueo"

    @property
    def label(self) -> str:
        return {
            "acceso": "Acceso",
            "rectificacion": "Rectificación",
            "supresion": "Supresión",
            "oposicion": "Oposición",
            "portabilidad": "Portabilidad",
            "bloqueo": "Bloqueo",
        }[self.value]


class RequestStatus(StrEnum):
    PENDING = "pendiente"
    ANSWERED = "respondida"
    REFUSED = "rechazada"

    @property
    def label(self) -> str:
        return {
            "pendiente": "Pendiente",
            "respondida": "Respondida",
            "rechazada": "Rechazada",
        }[self.value]


ANSWER_WITHIN_DAYS = 30
"""Ley 21.719, art. 11: a request is answered within 30 calendar days of its receipt."""


def answer_due(received_on: date) -> date:
    """The legal deadline to answer a request received on ``received_on``."""
    return received_on + timedelta(days=ANSWER_WITHIN_DAYS)


class RetentionKind(StrEnum):
    """Kinds of record with a retention period of their own."""

    INACTIVE_PEOPLE = "personas_inactivas"
    """People with no atención, enrollment, referral or placement for the period."""

    @property
    def label(self) -> str:
        return {"personas_inactivas": "Personas sin actividad"}[self.value]


DEFAULT_RETENTION_YEARS: dict[RetentionKind, int] = {RetentionKind.INACTIVE_PEOPLE: 5}
"""Years a kind of record is kept when the office has not set its own period."""

DEFAULT_LOCK_MINUTES = 10
"""Minutes without use after which the window locks, unless the office sets another."""
