"""Personal data under Ley 21.719: the officers who may see it, the legal basis of each
processing, the audit of who touched a person's data, the person's requests (derechos ARCOP)
and how long each kind of record is kept.

The words here are the ones the office and the law use; the rules live in the services.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from enum import StrEnum

from omil_desktop.domain.texts import QT_TRANSLATE_NOOP, Labels, translate


class Role(StrEnum):
    """What an officer's account may do on this PC."""

    MANAGER = "encargado"
    """Encargado(a) de la OMIL: everything, including accounts, retention and erasure."""
    SUPPORT = "apoyo"
    """Apoyo: the daily work (people, services, companies, workshops), not the accounts,
    retention, erasure or the office's settings."""

    @property
    def label(self) -> str:
        return {
            "encargado": translate("domain.privacy", "Encargado(a)"),
            "apoyo": translate("domain.privacy", "Apoyo"),
        }[self.value]


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
            "funcion_legal": translate(
                "domain.privacy", "Función legal de la OMIL (Ley 19.518, art. 73)"
            ),
            "consentimiento": translate("domain.privacy", "Consentimiento de la persona"),
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
            "ver": translate("domain.privacy", "Vio"),
            "crear": translate("domain.privacy", "Creó"),
            "modificar": translate("domain.privacy", "Modificó"),
            "eliminar": translate("domain.privacy", "Eliminó"),
            "exportar": translate("domain.privacy", "Exportó"),
            "imprimir": translate("domain.privacy", "Imprimió"),
            "anonimizar": translate("domain.privacy", "Anonimizó"),
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
            "acceso": translate("domain.privacy", "Acceso"),
            "rectificacion": translate("domain.privacy", "Rectificación"),
            "supresion": translate("domain.privacy", "Supresión"),
            "oposicion": translate("domain.privacy", "Oposición"),
            "portabilidad": translate("domain.privacy", "Portabilidad"),
            "bloqueo": translate("domain.privacy", "Bloqueo"),
        }[self.value]


class RequestStatus(StrEnum):
    PENDING = "pendiente"
    ANSWERED = "respondida"
    REFUSED = "rechazada"

    @property
    def label(self) -> str:
        return {
            "pendiente": translate("domain.privacy", "Pendiente"),
            "respondida": translate("domain.privacy", "Respondida"),
            "rechazada": translate("domain.privacy", "Rechazada"),
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
        return {"personas_inactivas": translate("domain.privacy", "Personas sin actividad")}[
            self.value
        ]


DEFAULT_RETENTION_YEARS: dict[RetentionKind, int] = {RetentionKind.INACTIVE_PEOPLE: 5}
"""Years a kind of record is kept when the office has not set its own period."""

DEFAULT_LOCK_MINUTES = 10
"""Minutes without use after which the window locks, unless the office sets another."""


# -- the legal basis of each processing ------------------------------------------------------


class Processing(StrEnum):
    """What the office does with a person's data, each with its own legal basis."""

    REGISTERING = "registro"
    SERVING = "atencion"
    REFERRAL_TO_ANOTHER_OFFICE = "derivacion_otra_oficina"
    NETWORK_SHARING = "red_territorial"

    @property
    def label(self) -> str:
        return {
            "registro": translate("domain.privacy", "Registro en la OMIL"),
            "atencion": translate("domain.privacy", "Atenciones y servicios de la OMIL"),
            "derivacion_otra_oficina": translate(
                "domain.privacy", "Derivación a una oferta de otra oficina"
            ),
            "red_territorial": translate("domain.privacy", "Compartir datos en la Red Territorial"),
        }[self.value]

    @property
    def purpose(self) -> str:
        """What is processed and why, as the consent form prints it."""
        return {
            "registro": translate(
                "domain.privacy",
                "Identificación, contacto, situación laboral, estudios, grupos prioritarios y "
                "discapacidad, para inscribirle y orientarle en su búsqueda de empleo.",
            ),
            "atencion": translate(
                "domain.privacy",
                "Los servicios que recibe (atenciones, talleres, derivaciones, colocaciones, "
                "ferias, encuestas) y las cifras que la OMIL informa a SENCE.",
            ),
            "derivacion_otra_oficina": translate(
                "domain.privacy",
                "Nombre, RUT y teléfono, a la oficina dueña de la oferta, solo para que la "
                "empresa le contacte por ella.",
            ),
            "red_territorial": translate(
                "domain.privacy",
                "Lo mismo, con las oficinas de la Red Territorial que comparten ofertas y "
                "ferias "
                "con esta oficina.",
            ),
        }[self.value]


PROCESSING_BASIS: dict[Processing, LegalBasis] = {
    Processing.REGISTERING: LegalBasis.LEGAL_FUNCTION,
    Processing.SERVING: LegalBasis.LEGAL_FUNCTION,
    Processing.REFERRAL_TO_ANOTHER_OFFICE: LegalBasis.CONSENT,
    Processing.NETWORK_SHARING: LegalBasis.CONSENT,
}
"""The one place that says on what basis each processing rests: what the office does by its
legal function needs no consent; what goes beyond the office needs the person's."""


RIGHTS_TEXT: Mapping[RequestKind, str] = Labels(
    "domain.privacy",
    {
        RequestKind.ACCESS: QT_TRANSLATE_NOOP(
            "domain.privacy", "saber qué datos suyos tiene la OMIL y recibir una copia."
        ),
        RequestKind.RECTIFICATION: QT_TRANSLATE_NOOP(
            "domain.privacy", "corregir los datos inexactos o incompletos."
        ),
        RequestKind.ERASURE: QT_TRANSLATE_NOOP(
            "domain.privacy",
            "pedir que se eliminen sus datos, salvo los que la ley obliga a conservar.",
        ),
        RequestKind.OBJECTION: QT_TRANSLATE_NOOP(
            "domain.privacy", "oponerse a un tratamiento de sus datos."
        ),
        RequestKind.PORTABILITY: QT_TRANSLATE_NOOP(
            "domain.privacy", "recibir sus datos en un formato que otro sistema pueda leer."
        ),
        RequestKind.BLOCKING: QT_TRANSLATE_NOOP(
            "domain.privacy",
            "pedir que sus datos se suspendan mientras se resuelve su solicitud.",
        ),
    },
)
"""Each right of the person (Ley 21.719, arts. 5 a 9) in a line, as the consent form says it."""

RETENTION_YEARS_MIN = 1
RETENTION_YEARS_MAX = 30
"""The periods an office may set for a kind of record, in years."""
