"""Conflictos de sincronización, and received records set aside: what sync needs the officer for.

A conflict is a field edited here and by the region (or another PC); the officer decides.

The sync client records a conflict when the server kept the region's value of a field the office
also changed (docs/sync-protocol.md §9). This service lists the open ones in the officer's words
(which record, which field, both values as they are shown elsewhere) and saves the officer's
choice as a normal local change, made after seeing the region's value, so it syncs without
clashing again.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

from sqlalchemy import DateTime, func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from omil_desktop.domain import intermediation, privacy, rendition, workshops
from omil_desktop.domain.companies import COMPANY_LABELS, CONTACT_LABELS, INTERACTION_LABELS
from omil_desktop.domain.dates import format_date
from omil_desktop.domain.expenses import DocumentType
from omil_desktop.domain.fairs import FairKind
from omil_desktop.domain.money import format_clp
from omil_desktop.domain.people import ENUM_FIELDS, ServiceKind, full_name
from omil_desktop.domain.rendition import (
    AGREEMENT_LABELS,
    BUDGET_LINE_LABELS,
    EXPENSE_LABELS,
    INSTALLMENT_LABELS,
)
from omil_desktop.domain.rut import InvalidRut, Rut
from omil_desktop.domain.surveys import SurveyChannel, SurveyService
from omil_desktop.domain.targets import TargetIndicator, TargetSource
from omil_desktop.domain.territory import Territory
from omil_desktop.domain.texts import QT_TRANSLATE_NOOP, Labels, translate
from omil_desktop.domain.vacancies import FIELD_LABELS as VACANCY_LABELS
from omil_desktop.domain.vacancies import PLACEMENT_LABELS
from omil_desktop.domain.workshops import FIELD_LABELS as WORKSHOP_LABELS
from omil_desktop.domain.workshops import SESSION_LABELS
from omil_desktop.services.errors import NotFound, ValidationFailed
from omil_desktop.store.clock import utcnow
from omil_desktop.store.database import Database
from omil_desktop.store.models import (
    SYNCED_MODELS,
    Attention,
    BudgetLine,
    Company,
    Expense,
    FomilAgreement,
    JobFair,
    Notice,
    Person,
    SyncConflict,
    Synced,
    SyncSetAside,
    Target,
    Vacancy,
    Workshop,
)

Keep = Literal["local", "server"]

_MODELS: dict[str, type[Synced]] = {
    m.__tablename__: m  # type: ignore[attr-defined]
    for m in SYNCED_MODELS
}

_COMMON_LABELS = Labels(
    "services.sync_conflicts",
    {
        "office_code": QT_TRANSLATE_NOOP("services.sync_conflicts", "Oficina"),
        "created_at": QT_TRANSLATE_NOOP("services.sync_conflicts", "Fecha de creación"),
        "updated_at": QT_TRANSLATE_NOOP("services.sync_conflicts", "Última modificación"),
        "deleted_at": QT_TRANSLATE_NOOP("services.sync_conflicts", "Eliminado"),
        "shared": QT_TRANSLATE_NOOP("services.sync_conflicts", "Compartido con la red"),
    },
)
_TABLE_LABELS: dict[str, Mapping[str, str]] = {
    "attention": Labels(
        "services.sync_conflicts",
        {
            "person_id": QT_TRANSLATE_NOOP("services.sync_conflicts", "Persona"),
            "date": QT_TRANSLATE_NOOP("services.sync_conflicts", "Fecha"),
            "kind": QT_TRANSLATE_NOOP("services.sync_conflicts", "Tipo de atención"),
            "notes": QT_TRANSLATE_NOOP("services.sync_conflicts", "Observaciones"),
        },
    ),
    "notice": Labels(
        "services.sync_conflicts",
        {
            "title": QT_TRANSLATE_NOOP("services.sync_conflicts", "Título"),
            "body": QT_TRANSLATE_NOOP("services.sync_conflicts", "Texto"),
            "published_on": QT_TRANSLATE_NOOP("services.sync_conflicts", "Fecha de publicación"),
        },
    ),
    "company": COMPANY_LABELS,
    "company_contact": Labels(
        "services.sync_conflicts",
        {
            "company_id": QT_TRANSLATE_NOOP("services.sync_conflicts", "Empresa"),
            **CONTACT_LABELS,
        },
    ),
    "company_interaction": Labels(
        "services.sync_conflicts",
        {
            "company_id": QT_TRANSLATE_NOOP("services.sync_conflicts", "Empresa"),
            **INTERACTION_LABELS,
        },
    ),
    "vacancy": VACANCY_LABELS,
    "referral": Labels(
        "services.sync_conflicts",
        {
            "vacancy_id": QT_TRANSLATE_NOOP("services.sync_conflicts", "Oferta"),
            "person_id": QT_TRANSLATE_NOOP("services.sync_conflicts", "Persona"),
            "candidate_name": QT_TRANSLATE_NOOP(
                "services.sync_conflicts", "Nombre del candidato(a)"
            ),
            "candidate_rut": QT_TRANSLATE_NOOP("services.sync_conflicts", "RUT del candidato(a)"),
            "candidate_phone": QT_TRANSLATE_NOOP(
                "services.sync_conflicts", "Teléfono del candidato(a)"
            ),
            "status": QT_TRANSLATE_NOOP("services.sync_conflicts", "Estado"),
            "referred_on": QT_TRANSLATE_NOOP("services.sync_conflicts", "Fecha de derivación"),
            "interviewed_on": QT_TRANSLATE_NOOP("services.sync_conflicts", "Fecha de entrevista"),
            "outcome_on": QT_TRANSLATE_NOOP("services.sync_conflicts", "Fecha del resultado"),
            "notes": QT_TRANSLATE_NOOP("services.sync_conflicts", "Observaciones"),
        },
    ),
    "placement": Labels(
        "services.sync_conflicts",
        {
            "referral_id": QT_TRANSLATE_NOOP("services.sync_conflicts", "Derivación"),
            "person_id": QT_TRANSLATE_NOOP("services.sync_conflicts", "Persona"),
            "follow_up_on": QT_TRANSLATE_NOOP("services.sync_conflicts", "Seguimiento previsto"),
            "followed_up_on": QT_TRANSLATE_NOOP("services.sync_conflicts", "Seguimiento hecho"),
            "still_employed": QT_TRANSLATE_NOOP("services.sync_conflicts", "Sigue trabajando"),
            **PLACEMENT_LABELS,
        },
    ),
    "workshop": Labels(
        "services.sync_conflicts",
        {
            **WORKSHOP_LABELS,
            "finished_on": QT_TRANSLATE_NOOP("services.sync_conflicts", "Finalizado el"),
        },
    ),
    "workshop_session": Labels(
        "services.sync_conflicts",
        {
            "workshop_id": QT_TRANSLATE_NOOP("services.sync_conflicts", "Taller"),
            **SESSION_LABELS,
        },
    ),
    "workshop_enrollment": Labels(
        "services.sync_conflicts",
        {
            "workshop_id": QT_TRANSLATE_NOOP("services.sync_conflicts", "Taller"),
            "person_id": QT_TRANSLATE_NOOP("services.sync_conflicts", "Persona"),
            "status": QT_TRANSLATE_NOOP("services.sync_conflicts", "Estado"),
            "enrolled_on": QT_TRANSLATE_NOOP("services.sync_conflicts", "Fecha de inscripción"),
            "queued_at": QT_TRANSLATE_NOOP(
                "services.sync_conflicts", "Orden en la lista de espera"
            ),
            "withdrawn_on": QT_TRANSLATE_NOOP("services.sync_conflicts", "Fecha de retiro"),
            "completed_on": QT_TRANSLATE_NOOP("services.sync_conflicts", "Aprobado el"),
            "attention_id": QT_TRANSLATE_NOOP("services.sync_conflicts", "Atención de apresto"),
        },
    ),
    "workshop_attendance": Labels(
        "services.sync_conflicts",
        {
            "session_id": QT_TRANSLATE_NOOP("services.sync_conflicts", "Sesión"),
            "enrollment_id": QT_TRANSLATE_NOOP("services.sync_conflicts", "Inscripción"),
            "mark": QT_TRANSLATE_NOOP("services.sync_conflicts", "Asistencia"),
        },
    ),
    "fomil_agreement": AGREEMENT_LABELS,
    "agreement_installment": Labels(
        "services.sync_conflicts",
        {
            "agreement_id": QT_TRANSLATE_NOOP("services.sync_conflicts", "Convenio"),
            **INSTALLMENT_LABELS,
        },
    ),
    "budget_line": Labels(
        "services.sync_conflicts",
        {
            "agreement_id": QT_TRANSLATE_NOOP("services.sync_conflicts", "Convenio"),
            "position": QT_TRANSLATE_NOOP("services.sync_conflicts", "Orden"),
            **BUDGET_LINE_LABELS,
        },
    ),
    "expense": Labels(
        "services.sync_conflicts",
        {
            "agreement_id": QT_TRANSLATE_NOOP("services.sync_conflicts", "Convenio"),
            **EXPENSE_LABELS,
        },
    ),
    "expense_receipt": Labels(
        "services.sync_conflicts",
        {
            "expense_id": QT_TRANSLATE_NOOP("services.sync_conflicts", "Gasto"),
            "sha256": QT_TRANSLATE_NOOP("services.sync_conflicts", "Contenido del archivo"),
            "file_name": QT_TRANSLATE_NOOP("services.sync_conflicts", "Nombre del archivo"),
            "media_type": QT_TRANSLATE_NOOP("services.sync_conflicts", "Tipo de archivo"),
            "size": QT_TRANSLATE_NOOP("services.sync_conflicts", "Tamaño"),
        },
    ),
    "month_closure": Labels(
        "services.sync_conflicts",
        {
            "agreement_id": QT_TRANSLATE_NOOP("services.sync_conflicts", "Convenio"),
            "month": QT_TRANSLATE_NOOP("services.sync_conflicts", "Mes"),
            "action": QT_TRANSLATE_NOOP("services.sync_conflicts", "Cierre o reapertura"),
            "at": QT_TRANSLATE_NOOP("services.sync_conflicts", "Fecha y hora"),
            "reason": QT_TRANSLATE_NOOP("services.sync_conflicts", "Motivo"),
            "opening_balance": QT_TRANSLATE_NOOP("services.sync_conflicts", "Saldo anterior"),
            "income": QT_TRANSLATE_NOOP("services.sync_conflicts", "Ingresos del mes"),
            "sence_spent": QT_TRANSLATE_NOOP("services.sync_conflicts", "Gastos SENCE"),
            "municipal_spent": QT_TRANSLATE_NOOP(
                "services.sync_conflicts", "Gastos aporte municipal"
            ),
            "closing_balance": QT_TRANSLATE_NOOP(
                "services.sync_conflicts", "Saldo para el mes siguiente"
            ),
        },
    ),
    "job_fair": Labels(
        "services.sync_conflicts",
        {
            "name": QT_TRANSLATE_NOOP("services.sync_conflicts", "Nombre"),
            "kind": QT_TRANSLATE_NOOP("services.sync_conflicts", "Tipo"),
            "held_on": QT_TRANSLATE_NOOP("services.sync_conflicts", "Fecha"),
            "place": QT_TRANSLATE_NOOP("services.sync_conflicts", "Lugar"),
            "comuna_code": QT_TRANSLATE_NOOP("services.sync_conflicts", "Comuna"),
            "organisers": QT_TRANSLATE_NOOP("services.sync_conflicts", "Oficinas organizadoras"),
            "notes": QT_TRANSLATE_NOOP("services.sync_conflicts", "Observaciones"),
        },
    ),
    "fair_company": Labels(
        "services.sync_conflicts",
        {
            "fair_id": QT_TRANSLATE_NOOP("services.sync_conflicts", "Feria"),
            "company_id": QT_TRANSLATE_NOOP("services.sync_conflicts", "Empresa"),
            "openings": QT_TRANSLATE_NOOP("services.sync_conflicts", "Cupos"),
            "positions": QT_TRANSLATE_NOOP("services.sync_conflicts", "Cargos ofrecidos"),
            "notes": QT_TRANSLATE_NOOP("services.sync_conflicts", "Observaciones"),
        },
    ),
    "fair_attendee": Labels(
        "services.sync_conflicts",
        {
            "fair_id": QT_TRANSLATE_NOOP("services.sync_conflicts", "Feria"),
            "person_id": QT_TRANSLATE_NOOP("services.sync_conflicts", "Persona"),
            "attention_id": QT_TRANSLATE_NOOP("services.sync_conflicts", "Atención de feria"),
        },
    ),
    "fair_referral": Labels(
        "services.sync_conflicts",
        {
            "fair_id": QT_TRANSLATE_NOOP("services.sync_conflicts", "Feria"),
            "referral_id": QT_TRANSLATE_NOOP("services.sync_conflicts", "Derivación"),
        },
    ),
    "target": Labels(
        "services.sync_conflicts",
        {
            "year": QT_TRANSLATE_NOOP("services.sync_conflicts", "Año"),
            "indicator": QT_TRANSLATE_NOOP("services.sync_conflicts", "Indicador"),
            "value": QT_TRANSLATE_NOOP("services.sync_conflicts", "Meta"),
            "source": QT_TRANSLATE_NOOP("services.sync_conflicts", "Fijada por"),
        },
    ),
    "satisfaction_survey": Labels(
        "services.sync_conflicts",
        {
            "person_id": QT_TRANSLATE_NOOP("services.sync_conflicts", "Persona"),
            "answered_on": QT_TRANSLATE_NOOP("services.sync_conflicts", "Fecha"),
            "service": QT_TRANSLATE_NOOP("services.sync_conflicts", "Servicio evaluado"),
            "attention_id": QT_TRANSLATE_NOOP("services.sync_conflicts", "Atención"),
            "workshop_id": QT_TRANSLATE_NOOP("services.sync_conflicts", "Taller"),
            "placement_id": QT_TRANSLATE_NOOP("services.sync_conflicts", "Colocación"),
            "fair_id": QT_TRANSLATE_NOOP("services.sync_conflicts", "Feria"),
            "score": QT_TRANSLATE_NOOP("services.sync_conflicts", "Nota"),
            "comment": QT_TRANSLATE_NOOP("services.sync_conflicts", "Comentario"),
            "channel": QT_TRANSLATE_NOOP("services.sync_conflicts", "Medio"),
        },
    ),
    "person": Labels(
        "services.sync_conflicts",
        {
            "legal_basis": QT_TRANSLATE_NOOP("services.sync_conflicts", "Base de licitud"),
            "anonymised_on": QT_TRANSLATE_NOOP("services.sync_conflicts", "Anonimizada el"),
        },
    ),
    "audit_entry": Labels(
        "services.sync_conflicts",
        {
            "at": QT_TRANSLATE_NOOP("services.sync_conflicts", "Fecha y hora"),
            "device": QT_TRANSLATE_NOOP("services.sync_conflicts", "Equipo"),
            "position": QT_TRANSLATE_NOOP(
                "services.sync_conflicts", "N° en el registro del equipo"
            ),
            "officer": QT_TRANSLATE_NOOP("services.sync_conflicts", "Funcionario(a)"),
            "action": QT_TRANSLATE_NOOP("services.sync_conflicts", "Acción"),
            "person_id": QT_TRANSLATE_NOOP("services.sync_conflicts", "Persona"),
            "record_table": QT_TRANSLATE_NOOP("services.sync_conflicts", "Tipo de registro"),
            "record_id": QT_TRANSLATE_NOOP("services.sync_conflicts", "Registro"),
            "fields": QT_TRANSLATE_NOOP("services.sync_conflicts", "Campos"),
            "detail": QT_TRANSLATE_NOOP("services.sync_conflicts", "Detalle"),
            "previous_hash": QT_TRANSLATE_NOOP("services.sync_conflicts", "Huella anterior"),
            "hash": QT_TRANSLATE_NOOP("services.sync_conflicts", "Huella"),
        },
    ),
    "data_request": Labels(
        "services.sync_conflicts",
        {
            "person_id": QT_TRANSLATE_NOOP("services.sync_conflicts", "Persona"),
            "kind": QT_TRANSLATE_NOOP("services.sync_conflicts", "Derecho ejercido"),
            "received_on": QT_TRANSLATE_NOOP("services.sync_conflicts", "Fecha de recepción"),
            "due_on": QT_TRANSLATE_NOOP("services.sync_conflicts", "Plazo de respuesta"),
            "status": QT_TRANSLATE_NOOP("services.sync_conflicts", "Estado"),
            "answered_on": QT_TRANSLATE_NOOP("services.sync_conflicts", "Fecha de respuesta"),
            "answer": QT_TRANSLATE_NOOP("services.sync_conflicts", "Respuesta"),
        },
    ),
}
_RECORD_KINDS = Labels(
    "services.sync_conflicts",
    {
        "person": QT_TRANSLATE_NOOP("services.sync_conflicts", "Persona"),
        "attention": QT_TRANSLATE_NOOP("services.sync_conflicts", "Atención"),
        "notice": QT_TRANSLATE_NOOP("services.sync_conflicts", "Aviso"),
        "company": QT_TRANSLATE_NOOP("services.sync_conflicts", "Empresa"),
        "company_contact": QT_TRANSLATE_NOOP("services.sync_conflicts", "Contacto de empresa"),
        "company_interaction": QT_TRANSLATE_NOOP("services.sync_conflicts", "Gestión con empresa"),
        "vacancy": QT_TRANSLATE_NOOP("services.sync_conflicts", "Oferta"),
        "referral": QT_TRANSLATE_NOOP("services.sync_conflicts", "Derivación"),
        "placement": QT_TRANSLATE_NOOP("services.sync_conflicts", "Colocación"),
        "workshop": QT_TRANSLATE_NOOP("services.sync_conflicts", "Taller"),
        "workshop_session": QT_TRANSLATE_NOOP("services.sync_conflicts", "Sesión de taller"),
        "workshop_enrollment": QT_TRANSLATE_NOOP(
            "services.sync_conflicts", "Inscripción en taller"
        ),
        "workshop_attendance": QT_TRANSLATE_NOOP("services.sync_conflicts", "Asistencia a taller"),
        "fomil_agreement": QT_TRANSLATE_NOOP("services.sync_conflicts", "Convenio FOMIL"),
        "agreement_installment": QT_TRANSLATE_NOOP("services.sync_conflicts", "Cuota del convenio"),
        "budget_line": QT_TRANSLATE_NOOP("services.sync_conflicts", "Ítem del plan de gastos"),
        "expense": QT_TRANSLATE_NOOP("services.sync_conflicts", "Gasto"),
        "expense_receipt": QT_TRANSLATE_NOOP("services.sync_conflicts", "Documento de respaldo"),
        "month_closure": QT_TRANSLATE_NOOP("services.sync_conflicts", "Cierre de mes"),
        "job_fair": QT_TRANSLATE_NOOP("services.sync_conflicts", "Feria laboral"),
        "fair_company": QT_TRANSLATE_NOOP("services.sync_conflicts", "Empresa en feria"),
        "fair_attendee": QT_TRANSLATE_NOOP("services.sync_conflicts", "Asistente a feria"),
        "fair_referral": QT_TRANSLATE_NOOP("services.sync_conflicts", "Derivación en feria"),
        "target": QT_TRANSLATE_NOOP("services.sync_conflicts", "Meta"),
        "satisfaction_survey": QT_TRANSLATE_NOOP(
            "services.sync_conflicts", "Encuesta de satisfacción"
        ),
        "audit_entry": QT_TRANSLATE_NOOP(
            "services.sync_conflicts", "Registro de acceso a datos personales"
        ),
        "data_request": QT_TRANSLATE_NOOP(
            "services.sync_conflicts", "Solicitud sobre datos personales"
        ),
    },
)
_CHOICES: dict[tuple[str, str], type[Any]] = {
    ("attention", "kind"): ServiceKind,
    ("company", "size"): intermediation.CompanySize,
    ("company_interaction", "kind"): intermediation.InteractionKind,
    ("vacancy", "workday"): intermediation.Workday,
    ("vacancy", "contract_type"): intermediation.ContractType,
    ("vacancy", "status"): intermediation.VacancyStatus,
    ("referral", "status"): intermediation.ReferralStatus,
    ("placement", "contract_type"): intermediation.ContractType,
    ("workshop", "status"): workshops.WorkshopStatus,
    ("workshop_enrollment", "status"): workshops.EnrollmentStatus,
    ("workshop_attendance", "mark"): workshops.AttendanceMark,
    ("expense", "document_type"): DocumentType,
    ("expense", "funding"): rendition.Funding,
    ("expense", "activity"): rendition.Activity,
    ("month_closure", "action"): rendition.MonthAction,
    ("job_fair", "kind"): FairKind,
    ("target", "indicator"): TargetIndicator,
    ("target", "source"): TargetSource,
    ("satisfaction_survey", "service"): SurveyService,
    ("satisfaction_survey", "channel"): SurveyChannel,
    ("person", "legal_basis"): privacy.LegalBasis,
    ("audit_entry", "action"): privacy.AuditAction,
    ("data_request", "kind"): privacy.RequestKind,
    ("data_request", "status"): privacy.RequestStatus,
}
"""Fields holding a code of the domain (other than a person's), shown by their label."""
_MONEY: dict[str, frozenset[str]] = {
    "fomil_agreement": frozenset({"transfer_amount", "municipal_contribution"}),
    "agreement_installment": frozenset({"amount"}),
    "budget_line": frozenset({"sence_amount", "municipal_amount"}),
    "expense": frozenset({"net", "iva", "retention", "total"}),
    "month_closure": frozenset(
        {"opening_balance", "income", "sence_spent", "municipal_spent", "closing_balance"}
    ),
}
"""Fields holding whole pesos, shown as $1.234.567."""


def field_label(table: str, field: str) -> str:
    """The Spanish name of a field, as the forms and spreadsheets call it."""
    if table == "person":
        from omil_desktop.services.people_files import COLUMNS  # the spreadsheet headers

        if field in COLUMNS:
            return COLUMNS[field][0]
    label = _TABLE_LABELS.get(table, {}).get(field) or _COMMON_LABELS.get(field)
    return label or field


@dataclass(frozen=True)
class ConflictView:
    """One open conflict as the officer sees it."""

    id: int
    table: str
    row_id: str
    field: str
    record_kind: str
    """«Persona», «Atención», «Aviso»."""
    record: str
    """Which record: the person's name and RUT, the atención, the notice's title."""
    field_label: str
    local_value: str
    """The office's value, formatted for display («(vacío)» when empty)."""
    server_value: str
    """The region's value, formatted for display."""
    detected_at: datetime


class ConflictsService:
    def __init__(self, db: Database, territory: Territory) -> None:
        self._db = db
        self._territory = territory

    def count_open(self) -> int:
        with self._db.transaction() as session:
            count = session.scalar(
                select(func.count())
                .select_from(SyncConflict)
                .where(SyncConflict.resolved_at.is_(None))
            )
            return count or 0

    def list_open(self) -> list[ConflictView]:
        """Open conflicts, oldest first."""
        stmt = (
            select(SyncConflict)
            .where(SyncConflict.resolved_at.is_(None))
            .order_by(SyncConflict.detected_at, SyncConflict.id)
        )
        with self._db.transaction() as session:
            return [self._view(session, conflict) for conflict in session.scalars(stmt)]

    def resolve(self, conflict_id: int, keep: Keep) -> None:
        """Keep the office's (``local``) or the region's (``server``) value of the field.

        The value is written as a new local change (even when the record already holds it), so
        the choice reaches the region with a base that has seen the region's value.
        """
        if keep not in ("local", "server"):
            raise ValidationFailed(
                {
                    "keep": translate(
                        "services.sync_conflicts", "Elija el valor de la oficina o el de la región."
                    )
                }
            )
        with self._db.transaction() as session:
            conflict = session.get(SyncConflict, conflict_id)
            if conflict is None or conflict.resolved_at is not None:
                raise NotFound(
                    translate(
                        "services.sync_conflicts", "El conflicto ya fue resuelto o no existe."
                    )
                )
            model = _MODELS.get(conflict.table_name)
            obj = session.get(model, conflict.row_id) if model else None
            if obj is not None:
                raw = json.loads(conflict.local_value if keep == "local" else conflict.server_value)
                setattr(obj, conflict.field, _column_value(obj, conflict.field, raw))
                flag_modified(obj, conflict.field)
            conflict.resolved_at = utcnow()
            conflict.resolution = keep

    # -- display --------------------------------------------------------------------------------

    def _view(self, session: Session, conflict: SyncConflict) -> ConflictView:
        table, field = conflict.table_name, conflict.field
        return ConflictView(
            id=conflict.id,
            table=table,
            row_id=conflict.row_id,
            field=field,
            record_kind=_RECORD_KINDS.get(table, table),
            record=self._describe(session, table, conflict.row_id),
            field_label=field_label(table, field),
            local_value=self.display(table, field, json.loads(conflict.local_value)),
            server_value=self.display(table, field, json.loads(conflict.server_value)),
            detected_at=conflict.detected_at,
        )

    def _describe(self, session: Session, table: str, row_id: str) -> str:
        if table == "person":
            person = session.get(Person, row_id)
            return (
                _person_text(person)
                if person
                else translate("services.sync_conflicts", "Persona (no disponible)")
            )
        if table == "attention":
            attention = session.get(Attention, row_id)
            if attention is None:
                return translate("services.sync_conflicts", "Atención (no disponible)")
            kind = _enum_label(ServiceKind, attention.kind)
            return f"{kind} del {format_date(attention.date)}, {_person_text(attention.person)}"
        if table == "notice":
            notice = session.get(Notice, row_id)
            return (
                f"«{notice.title}»"
                if notice
                else translate("services.sync_conflicts", "Aviso (no disponible)")
            )
        if table == "company":
            company = session.get(Company, row_id)
            return (
                company.legal_name
                if company
                else translate("services.sync_conflicts", "Empresa (no disponible)")
            )
        if table == "vacancy":
            vacancy = session.get(Vacancy, row_id)
            return (
                f"«{vacancy.title}»"
                if vacancy
                else translate("services.sync_conflicts", "Oferta (no disponible)")
            )
        if table == "workshop":
            workshop = session.get(Workshop, row_id)
            return (
                f"«{workshop.name}»"
                if workshop
                else translate("services.sync_conflicts", "Taller (no disponible)")
            )
        if table == "fomil_agreement":
            agreement = session.get(FomilAgreement, row_id)
            return (
                translate("services.sync_conflicts", "Convenio FOMIL {year}").format(
                    year=agreement.year
                )
                if agreement
                else translate("services.sync_conflicts", "Convenio (no disponible)")
            )
        if table == "budget_line":
            line = session.get(BudgetLine, row_id)
            return (
                f"«{line.name}»"
                if line
                else translate("services.sync_conflicts", "Ítem (no disponible)")
            )
        if table == "job_fair":
            fair = session.get(JobFair, row_id)
            return (
                f"«{fair.name}»"
                if fair
                else translate("services.sync_conflicts", "Feria (no disponible)")
            )
        if table == "target":
            target = session.get(Target, row_id)
            if target is None:
                return translate("services.sync_conflicts", "Meta (no disponible)")
            return translate("services.sync_conflicts", "Meta {year}: {enum_label}").format(
                year=target.year, enum_label=_enum_label(TargetIndicator, target.indicator)
            )
        if table == "expense":
            expense = session.get(Expense, row_id)
            if expense is None:
                return translate("services.sync_conflicts", "Gasto (no disponible)")
            document = _enum_label(DocumentType, expense.document_type)
            return f"{document} N° {expense.number}, {expense.supplier_name}"
        return _RECORD_KINDS.get(table, table)

    def display(self, table: str, field: str, value: Any) -> str:
        """A value as the rest of the program shows it."""
        if value is None or value == "":
            return translate("services.sync_conflicts", "(vacío)")
        if isinstance(value, bool):
            return (
                translate("services.sync_conflicts", "Sí")
                if value
                else translate("services.sync_conflicts", "No")
            )
        if table == "person" and field in ENUM_FIELDS:
            return _enum_label(ENUM_FIELDS[field], value)
        if (table, field) in _CHOICES:
            return _enum_label(_CHOICES[(table, field)], value)
        if field in _MONEY.get(table, ()) and isinstance(value, int):
            return format_clp(value)
        if table == "workshop" and field == "modules" and isinstance(value, str):
            return ", ".join(
                _enum_label(workshops.WorkshopModule, code) for code in value.split(",")
            )
        if field in ("comuna_code", "office_code") and isinstance(value, str):
            try:
                return self._territory.comuna(value).name
            except KeyError:
                return value
        if field == "rut" and isinstance(value, str):
            try:
                return str(Rut.parse(value))
            except InvalidRut:
                return value
        if isinstance(value, str):
            return _display_date(value)
        return str(value)


def _person_text(person: Person) -> str:
    name = full_name(person.first_names, person.last_name_1, person.last_name_2)
    if person.rut:
        try:
            return f"{name} ({Rut.parse(person.rut)})"
        except InvalidRut:
            return f"{name} ({person.rut})"
    return name


def _enum_label(enum: type[Any], value: Any) -> str:
    try:
        return str(enum(value).label)
    except ValueError:
        return str(value)


def _display_date(text: str) -> str:
    """ISO dates and times as dd-mm-aaaa (HH:MM); any other text unchanged."""
    if len(text) == 10:
        try:
            return format_date(date.fromisoformat(text))
        except ValueError:
            return text
    if len(text) >= 16 and text[4] == "-" and text[10] == "T":
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            return text
        return f"{format_date(moment.date())} {moment:%H:%M}"
    return text


def _column_value(obj: Synced, field: str, value: Any) -> Any:
    """A stored JSON value back to its column's type (dates and times from ISO text)."""
    column = obj.__table__.columns[field]  # type: ignore[attr-defined]
    if value is None or not isinstance(value, str):
        return value
    if isinstance(column.type, DateTime):
        return datetime.fromisoformat(value).replace(tzinfo=None)
    if column.type.python_type is date:
        return date.fromisoformat(value[:10])
    return value


@dataclass(frozen=True)
class SetAsideView:
    """A record received from the regional server that this PC could not apply."""

    id: int
    record_kind: str
    record: str
    """Which record, from what was received (a person's name, a notice's title)."""
    reason: str
    received_at: datetime


class SetAsideService:
    """Received records set aside by sync (docs/sync-protocol.md §5): listed for the officer, tried
    again at every sync, or discarded by the officer."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def list_all(self) -> list[SetAsideView]:
        stmt = select(SyncSetAside).order_by(SyncSetAside.id)
        with self._db.transaction() as session:
            return [
                SetAsideView(
                    id=row.id,
                    record_kind=_RECORD_KINDS.get(row.table_name, row.table_name),
                    record=_received_text(row.table_name, json.loads(row.fields)),
                    reason=row.reason,
                    received_at=row.received_at,
                )
                for row in session.scalars(stmt)
            ]

    def discard(self, set_aside_id: int) -> None:
        """Give up on a received change: this PC keeps its record as it is."""
        with self._db.transaction() as session:
            row = session.get(SyncSetAside, set_aside_id)
            if row is None:
                raise NotFound(
                    translate("services.sync_conflicts", "El registro apartado ya no está.")
                )
            session.delete(row)


def _received_text(table: str, fields: dict[str, Any]) -> str:
    def text(name: str) -> str:
        value = fields.get(name)
        return value[:120] if isinstance(value, str) else ""

    if table == "person":
        name = full_name(text("first_names"), text("last_name_1"), text("last_name_2"))
        return name or translate("services.sync_conflicts", "Persona")
    if table == "notice":
        return (
            f"«{text('title')}»" if text("title") else translate("services.sync_conflicts", "Aviso")
        )
    if table == "attention":
        return _display_date(text("date")) or translate("services.sync_conflicts", "Atención")
    for name in ("legal_name", "title", "name", "candidate_name", "supplier_name", "file_name"):
        if text(name):
            return text(name)
    return _RECORD_KINDS.get(table, table)
