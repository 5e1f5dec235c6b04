"""The copy of a person's data (derechos de acceso y portabilidad, Ley 21.719): a PDF on the one
page template and a machine-readable JSON with every field of the person and everything the
office recorded about them — atenciones, referrals and placements with their follow-ups,
workshops (enrollment and attendance), fairs, satisfaction surveys, the legal basis and consent,
their requests about their data, and who accessed their data (the audit log).

The fields come from the models' columns (not a hand list that could drift); the person's are
printed with the labels the person form uses (:data:`PERSON_SECTIONS`).

The JSON (UTF-8, ISO dates, keys documented in README «Derechos de las personas»)::

    {"format": "omil-desktop/person-data", "version": 1, "generated_at": "…",
     "office": {"comuna_code", "municipality", "office"},
     "person": {<every column of the person>},
     "attentions": [...], "referrals": [...], "placements": [...],
     "workshop_enrollments": [...], "workshop_attendance": [...], "fairs": [...],
     "surveys": [...], "data_requests": [...], "access_log": [...]}

Each list item holds every column of its record (``person_id`` included) plus, under ``labels``,
the words the PDF prints for its coded values and linked records.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from omil_desktop.domain.dates import format_date
from omil_desktop.domain.fairs import FairKind
from omil_desktop.domain.intermediation import ContractType, ReferralStatus
from omil_desktop.domain.people import (
    ConsentMethod,
    DocumentType,
    EducationLevel,
    JobStatus,
    ServiceKind,
    Sex,
    UnemploymentInsurance,
    full_name,
)
from omil_desktop.domain.privacy import AuditAction, LegalBasis, RequestKind, RequestStatus
from omil_desktop.domain.rut import Rut
from omil_desktop.domain.surveys import SurveyChannel, SurveyService
from omil_desktop.domain.text import os_reason
from omil_desktop.domain.texts import QT_TRANSLATE_NOOP, Labels, translate
from omil_desktop.domain.workshops import AttendanceMark, EnrollmentStatus
from omil_desktop.services.errors import NotFound, ServiceError
from omil_desktop.services.workshop_documents import write_whole
from omil_desktop.store.models import (
    Attention,
    AuditEntry,
    Company,
    DataRequest,
    FairAttendee,
    JobFair,
    Person,
    Placement,
    Referral,
    SatisfactionSurvey,
    Vacancy,
    Workshop,
    WorkshopAttendance,
    WorkshopEnrollment,
    WorkshopSession,
)

if TYPE_CHECKING:
    from omil_desktop.services.workspace import Workspace

FORMAT = "omil-desktop/person-data"
VERSION = 1
EXPORT_DETAIL = "Copia de datos personales (PDF)"
EXPORT_DETAIL_JSON = "Copia de datos personales (PDF y JSON)"

PERSON_SECTIONS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("services.person_data", "Identificación"),
        (
            ("rut", QT_TRANSLATE_NOOP("services.person_data", "RUT")),
            ("document_type", QT_TRANSLATE_NOOP("services.person_data", "Tipo de documento")),
            ("document_number", QT_TRANSLATE_NOOP("services.person_data", "N° de documento")),
            ("document_country", QT_TRANSLATE_NOOP("services.person_data", "País del documento")),
            ("first_names", QT_TRANSLATE_NOOP("services.person_data", "Nombres")),
            ("last_name_1", QT_TRANSLATE_NOOP("services.person_data", "Apellido paterno")),
            ("last_name_2", QT_TRANSLATE_NOOP("services.person_data", "Apellido materno")),
            ("birth_date", QT_TRANSLATE_NOOP("services.person_data", "Fecha de nacimiento")),
            ("sex", QT_TRANSLATE_NOOP("services.person_data", "Sexo")),
            ("nationality", QT_TRANSLATE_NOOP("services.person_data", "Nacionalidad")),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("services.person_data", "Residencia y contacto"),
        (
            ("comuna_code", QT_TRANSLATE_NOOP("services.person_data", "Comuna")),
            ("address", QT_TRANSLATE_NOOP("services.person_data", "Dirección")),
            ("phone", QT_TRANSLATE_NOOP("services.person_data", "Teléfono")),
            ("email", QT_TRANSLATE_NOOP("services.person_data", "Correo")),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("services.person_data", "Perfil laboral"),
        (
            ("education_level", QT_TRANSLATE_NOOP("services.person_data", "Nivel educacional")),
            ("job_status", QT_TRANSLATE_NOOP("services.person_data", "Situación laboral")),
            ("occupation", QT_TRANSLATE_NOOP("services.person_data", "Oficio u ocupación")),
            ("experience", QT_TRANSLATE_NOOP("services.person_data", "Experiencia")),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("services.person_data", "Grupos prioritarios y protección social"),
        (
            (
                "has_disability",
                QT_TRANSLATE_NOOP("services.person_data", "Persona con discapacidad"),
            ),
            (
                "rnd_registered",
                QT_TRANSLATE_NOOP(
                    "services.person_data", "Tiene credencial del Registro Nacional de Discapacidad"
                ),
            ),
            (
                "woman_head_of_household",
                QT_TRANSLATE_NOOP("services.person_data", "Mujer jefa de hogar"),
            ),
            ("migrant", QT_TRANSLATE_NOOP("services.person_data", "Migrante")),
            (
                "indigenous",
                QT_TRANSLATE_NOOP("services.person_data", "Pertenece a un pueblo originario"),
            ),
            (
                "unemployment_insurance",
                QT_TRANSLATE_NOOP("services.person_data", "Seguro de cesantía"),
            ),
            ("bne_registered_on", QT_TRANSLATE_NOOP("services.person_data", "Inscripción en BNE")),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("services.person_data", "Consentimiento, base de licitud y notas"),
        (
            (
                "legal_basis",
                QT_TRANSLATE_NOOP("services.person_data", "Base de licitud del tratamiento"),
            ),
            ("consent_on", QT_TRANSLATE_NOOP("services.person_data", "Fecha del consentimiento")),
            (
                "consent_method",
                QT_TRANSLATE_NOOP("services.person_data", "Forma del consentimiento"),
            ),
            ("notes", QT_TRANSLATE_NOOP("services.person_data", "Observaciones")),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("services.person_data", "Registro"),
        (
            ("id", QT_TRANSLATE_NOOP("services.person_data", "Identificador del registro")),
            (
                "office_code",
                QT_TRANSLATE_NOOP("services.person_data", "Oficina (código de comuna)"),
            ),
            ("active", QT_TRANSLATE_NOOP("services.person_data", "Activa")),
            ("shared", QT_TRANSLATE_NOOP("services.person_data", "Compartida con la red")),
            ("created_at", QT_TRANSLATE_NOOP("services.person_data", "Registrada el")),
            ("updated_at", QT_TRANSLATE_NOOP("services.person_data", "Última modificación")),
            ("deleted_at", QT_TRANSLATE_NOOP("services.person_data", "Eliminada el")),
            ("anonymised_on", QT_TRANSLATE_NOOP("services.person_data", "Anonimizada el")),
        ),
    ),
)
"""The person's fields in the order and with the labels of the person form, by its sections
(each marked for translation; translated where printed)."""

PERSON_LABELS: Labels[str] = Labels(
    "services.person_data",
    {name: label for _section, fields in PERSON_SECTIONS for name, label in fields},
)

_ENUMS: dict[str, type[StrEnum]] = {
    "document_type": DocumentType,
    "sex": Sex,
    "education_level": EducationLevel,
    "job_status": JobStatus,
    "unemployment_insurance": UnemploymentInsurance,
    "consent_method": ConsentMethod,
    "legal_basis": LegalBasis,
}


def columns(model: Any) -> list[str]:
    """The columns of a model that hold recorded data (every synced one: not the search keys
    each PC derives for itself)."""
    return [
        attr.key for attr in inspect(model).column_attrs if attr.columns[0].info.get("sync", True)
    ]


def json_value(value: object) -> object:
    """A stored value as the JSON copy holds it: dates and times in ISO 8601."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _record(obj: object) -> dict[str, object]:
    return {name: json_value(getattr(obj, name)) for name in columns(type(obj))}


def label_of(enum: type[StrEnum], value: object) -> str:
    """The Spanish word of a coded value (the value itself when this version does not know it)."""
    if value is None or value == "":
        return ""
    try:
        return str(getattr(enum(str(value)), "label", value))
    except ValueError:
        return str(value)


def shown(value: object) -> str:
    """A value as the PDF prints it: dates dd-mm-aaaa, yes/no, empty for nothing."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return (
            translate("services.person_data", "Sí")
            if value
            else translate("services.person_data", "No")
        )
    if isinstance(value, datetime):
        return f"{format_date(value.date())} {value:%H:%M}"
    if isinstance(value, date):
        return format_date(value)
    return str(value)


@dataclass(frozen=True)
class Section:
    """One part of the PDF: a title, a table (header and rows) or lines of label and value."""

    title: str
    header: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    empty: str = QT_TRANSLATE_NOOP("services.person_data", "No hay registros.")
    """Marked for translation; printed as ``translate("services.person_data", empty)``."""
    widths: tuple[float, ...] = ()


@dataclass(frozen=True)
class PersonCopy:
    """What the copy holds: the JSON document and the PDF's sections."""

    name: str
    document: dict[str, Any]
    sections: tuple[Section, ...]


class PersonDataService:
    def __init__(self, workspace: Workspace, *, now: Callable[[], datetime] = datetime.now) -> None:
        self._ws = workspace
        self._now = now

    def collect(self, person_id: str) -> PersonCopy:
        """Everything the office holds about the person (one read transaction)."""
        generated = self._now()
        with self._ws.db.transaction() as session:
            person = session.get(Person, person_id)
            if person is None:
                raise NotFound(translate("services.person_data", "La persona no existe."))
            return _collect(session, person, generated, self._comuna_name)

    def write_copy(self, person_id: str, pdf_path: Path, json_path: Path | None = None) -> int:
        """Write the PDF copy (and the JSON one), each whole or not at all; record the export
        in the audit log; return the PDF's number of pages."""
        from omil_desktop.reports import person_data as printed

        copy = self.collect(person_id)
        office = self._ws.office_service
        settings = office.document_settings()
        letterhead = office.letterhead(settings)
        copy.document["office"] = {
            "comuna_code": self._ws.office.comuna_code if self._ws.office else "",
            "municipality": letterhead.municipality,
            "office": letterhead.office,
        }
        generated = datetime.fromisoformat(str(copy.document["generated_at"]))
        if json_path is not None:
            _write_text_whole(
                json_path, json.dumps(copy.document, ensure_ascii=False, indent=2) + "\n"
            )
        pages = write_whole(
            pdf_path,
            lambda file: printed.person_data(
                copy, letterhead, file, generated=generated, paper=settings.paper
            ),
        )
        self._record_export(person_id, EXPORT_DETAIL_JSON if json_path else EXPORT_DETAIL)
        return pages

    def _record_export(self, person_id: str, detail: str) -> None:
        self._ws.audit.record(
            AuditAction.EXPORTED,
            person_id=person_id,
            record_table="person",
            record_id=person_id,
            detail=detail,
        )

    def _comuna_name(self, code: str) -> str:
        try:
            return self._ws.territory.comuna(code).name
        except KeyError:
            return code


def _write_text_whole(out: Path, content: str) -> None:
    """Write ``content`` (UTF-8) to a temporary file beside ``out``, then rename it."""
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise ServiceError(
            translate(
                "services.person_data",
                "No existe la carpeta «{folder}»: elija otra para guardar la copia.",
            ).format(folder=folder)
        )
    temporary = folder / f".{out.name}.{uuid.uuid4().hex[:12]}.tmp"
    try:
        temporary.write_text(content, encoding="utf-8")
        os.replace(temporary, out)
    except PermissionError:
        raise ServiceError(
            translate(
                "services.person_data",
                "No se pudo guardar «{name}»: si está abierto en otro programa, ciérrelo y vuelva "
                "a intentarlo.",
            ).format(name=out.name)
        ) from None
    except OSError as exc:
        raise ServiceError(
            translate("services.person_data", "No se pudo guardar «{name}» ({os_reason}).").format(
                name=out.name, os_reason=os_reason(exc)
            )
        ) from None
    finally:
        temporary.unlink(missing_ok=True)


# -- collecting ------------------------------------------------------------------------------------


def person_value_text(name: str, value: object, comuna: Callable[[str], str]) -> str:
    """A field of the person as the PDF prints it."""
    if value is None or value == "":
        return ""
    if name == "rut":
        return str(Rut.parse(str(value))) if Rut.is_valid(str(value)) else str(value)
    if name == "comuna_code":
        return f"{comuna(str(value))} ({value})"
    if name in _ENUMS:
        return label_of(_ENUMS[name], value)
    return shown(value)


def _collect(
    session: Session, person: Person, generated: datetime, comuna: Callable[[str], str]
) -> PersonCopy:
    pid = person.id
    sections: list[Section] = []
    for title, fields in PERSON_SECTIONS:
        sections.append(
            Section(
                translate("services.person_data", title),
                (
                    translate("services.person_data", "Campo"),
                    translate("services.person_data", "Valor"),
                ),
                tuple(
                    (
                        translate("services.person_data", label),
                        person_value_text(name, getattr(person, name), comuna),
                    )
                    for name, label in fields
                ),
                widths=(2, 3),
            )
        )

    def rows_of(model: Any, *order: Any) -> list[Any]:
        query = select(model).where(model.person_id == pid).order_by(*order, model.id)
        return list(session.scalars(query))

    attentions = rows_of(Attention, Attention.date)
    attention_items = [
        {**_record(a), "labels": {"kind": label_of(ServiceKind, a.kind)}} for a in attentions
    ]
    sections.append(
        Section(
            translate("services.person_data", "Atenciones"),
            (
                translate("services.person_data", "Fecha"),
                translate("services.person_data", "Tipo"),
                translate("services.person_data", "Observaciones"),
                translate("services.person_data", "Estado"),
            ),
            tuple(
                (format_date(a.date), label_of(ServiceKind, a.kind), a.notes, _state(a))
                for a in attentions
            ),
            widths=(1.2, 2, 4, 1.2),
        )
    )

    referrals = rows_of(Referral, Referral.referred_on)
    vacancies = _by_id(session, Vacancy, [r.vacancy_id for r in referrals])
    companies = _by_id(session, Company, [v.company_id for v in vacancies.values()])

    def vacancy_text(vacancy_id: str) -> str:
        vacancy = vacancies.get(vacancy_id)
        if vacancy is None:
            return ""
        company = companies.get(vacancy.company_id)
        name = (company.trade_name or company.legal_name) if company else ""
        return f"{vacancy.title} ({name})" if name else vacancy.title

    referral_items = [
        {
            **_record(r),
            "labels": {
                "status": label_of(ReferralStatus, r.status),
                "vacancy": vacancy_text(r.vacancy_id),
            },
        }
        for r in referrals
    ]
    sections.append(
        Section(
            translate("services.person_data", "Derivaciones"),
            (
                translate("services.person_data", "Derivada el"),
                translate("services.person_data", "Oferta"),
                translate("services.person_data", "Estado"),
                translate("services.person_data", "Entrevista / resultado"),
                translate("services.person_data", "Datos enviados"),
            ),
            tuple(
                (
                    format_date(r.referred_on),
                    vacancy_text(r.vacancy_id),
                    label_of(ReferralStatus, r.status) + _state_suffix(r),
                    " / ".join(
                        x for x in (format_date(r.interviewed_on), format_date(r.outcome_on)) if x
                    ),
                    "\n".join(
                        x
                        for x in (r.candidate_name, _rut_text(r.candidate_rut), r.candidate_phone)
                        if x
                    )
                    + (f"\n{r.notes}" if r.notes else ""),
                )
                for r in referrals
            ),
            widths=(1.2, 2.5, 1.5, 1.6, 2.4),
        )
    )

    placements = rows_of(Placement, Placement.start_on)
    referral_vacancy = {r.id: r.vacancy_id for r in referrals}
    placement_items = [
        {
            **_record(p),
            "labels": {
                "contract_type": label_of(ContractType, p.contract_type),
                "vacancy": vacancy_text(referral_vacancy.get(p.referral_id, "")),
            },
        }
        for p in placements
    ]
    sections.append(
        Section(
            translate("services.person_data", "Colocaciones y seguimiento"),
            (
                translate("services.person_data", "Inicio"),
                translate("services.person_data", "Oferta"),
                translate("services.person_data", "Contrato"),
                translate("services.person_data", "Seguimiento"),
                translate("services.person_data", "Resultado"),
            ),
            tuple(
                (
                    format_date(p.start_on),
                    vacancy_text(referral_vacancy.get(p.referral_id, "")),
                    translate(
                        "services.person_data", "{contract}, %n mes(es)", None, p.months
                    ).format(contract=label_of(ContractType, p.contract_type))
                    if p.months
                    else label_of(ContractType, p.contract_type),
                    translate("services.person_data", "Previsto {planned}; hecho {done}").format(
                        planned=format_date(p.follow_up_on), done=format_date(p.followed_up_on)
                    )
                    if p.followed_up_on
                    else translate("services.person_data", "Previsto {date}").format(
                        date=format_date(p.follow_up_on)
                    ),
                    (
                        ""
                        if p.still_employed is None
                        else (
                            translate("services.person_data", "Sigue trabajando")
                            if p.still_employed
                            else translate("services.person_data", "Ya no trabaja")
                        )
                    )
                    + (f"\n{p.notes}" if p.notes else "")
                    + _state_suffix(p),
                )
                for p in placements
            ),
            widths=(1.2, 2.5, 1.8, 2, 2),
        )
    )

    enrollments = rows_of(WorkshopEnrollment, WorkshopEnrollment.enrolled_on)
    workshops = _by_id(session, Workshop, [e.workshop_id for e in enrollments])
    attendance: list[tuple[WorkshopAttendance, WorkshopSession]] = []
    if enrollments:
        query = (
            select(WorkshopAttendance, WorkshopSession)
            .join(WorkshopSession, WorkshopSession.id == WorkshopAttendance.session_id)
            .where(WorkshopAttendance.enrollment_id.in_([e.id for e in enrollments]))
            .order_by(WorkshopSession.date, WorkshopSession.starts_at, WorkshopAttendance.id)
        )
        attendance = [(a, s) for a, s in session.execute(query)]
    enrollment_workshop = {e.id: e.workshop_id for e in enrollments}

    def workshop_name(workshop_id: str) -> str:
        workshop = workshops.get(workshop_id)
        return workshop.name if workshop else ""

    enrollment_items = [
        {
            **_record(e),
            "labels": {
                "status": label_of(EnrollmentStatus, e.status),
                "workshop": workshop_name(e.workshop_id),
            },
        }
        for e in enrollments
    ]
    attendance_items = [
        {
            **_record(a),
            "session_date": s.date.isoformat(),
            "labels": {
                "mark": label_of(AttendanceMark, a.mark),
                "workshop": workshop_name(enrollment_workshop.get(a.enrollment_id, "")),
            },
        }
        for a, s in attendance
    ]
    sections.append(
        Section(
            translate("services.person_data", "Talleres: inscripción"),
            (
                translate("services.person_data", "Taller"),
                translate("services.person_data", "Estado"),
                translate("services.person_data", "Inscrita el"),
                translate("services.person_data", "Retiro / aprobación"),
            ),
            tuple(
                (
                    workshop_name(e.workshop_id),
                    label_of(EnrollmentStatus, e.status) + _state_suffix(e),
                    format_date(e.enrolled_on),
                    " / ".join(
                        x for x in (format_date(e.withdrawn_on), format_date(e.completed_on)) if x
                    ),
                )
                for e in enrollments
            ),
            widths=(3, 1.5, 1.3, 2),
        )
    )
    sections.append(
        Section(
            translate("services.person_data", "Talleres: asistencia"),
            (
                translate("services.person_data", "Taller"),
                translate("services.person_data", "Sesión"),
                translate("services.person_data", "Asistencia"),
            ),
            tuple(
                (
                    workshop_name(enrollment_workshop.get(a.enrollment_id, "")),
                    f"{format_date(s.date)} {s.starts_at}–{s.ends_at}",
                    label_of(AttendanceMark, a.mark) + _state_suffix(a),
                )
                for a, s in attendance
            ),
            widths=(3, 2, 1.5),
        )
    )

    attendees = rows_of(FairAttendee, FairAttendee.created_at)
    fairs = _by_id(session, JobFair, [f.fair_id for f in attendees])
    fair_items = []
    fair_rows = []
    for f in attendees:
        fair = fairs.get(f.fair_id)
        fair_items.append(
            {
                **_record(f),
                "labels": {
                    "fair": fair.name if fair else "",
                    "held_on": fair.held_on.isoformat() if fair else "",
                    "kind": label_of(FairKind, fair.kind) if fair else "",
                },
            }
        )
        fair_rows.append(
            (
                fair.name if fair else "",
                label_of(FairKind, fair.kind) if fair else "",
                format_date(fair.held_on) if fair else "",
                _state(f),
            )
        )
    sections.append(
        Section(
            translate("services.person_data", "Ferias laborales"),
            (
                translate("services.person_data", "Feria"),
                translate("services.person_data", "Tipo"),
                translate("services.person_data", "Fecha"),
                translate("services.person_data", "Estado"),
            ),
            tuple(fair_rows),
            widths=(3, 1.5, 1.3, 1.2),
        )
    )

    surveys = rows_of(SatisfactionSurvey, SatisfactionSurvey.answered_on)
    survey_items = [
        {
            **_record(s),
            "labels": {
                "service": label_of(SurveyService, s.service),
                "channel": label_of(SurveyChannel, s.channel),
            },
        }
        for s in surveys
    ]
    sections.append(
        Section(
            translate("services.person_data", "Encuestas de satisfacción"),
            (
                translate("services.person_data", "Fecha"),
                translate("services.person_data", "Servicio"),
                translate("services.person_data", "Nota"),
                translate("services.person_data", "Comentario"),
                translate("services.person_data", "Medio"),
            ),
            tuple(
                (
                    format_date(s.answered_on),
                    label_of(SurveyService, s.service),
                    str(s.score),
                    s.comment + _state_suffix(s),
                    label_of(SurveyChannel, s.channel),
                )
                for s in surveys
            ),
            widths=(1.2, 1.8, 0.7, 3.3, 1.3),
        )
    )

    requests = rows_of(DataRequest, DataRequest.received_on)
    request_items = [
        {
            **_record(r),
            "labels": {
                "kind": label_of(RequestKind, r.kind),
                "status": label_of(RequestStatus, r.status),
            },
        }
        for r in requests
    ]
    sections.append(
        Section(
            translate("services.person_data", "Solicitudes sobre sus datos"),
            (
                translate("services.person_data", "Recibida"),
                translate("services.person_data", "Tipo"),
                translate("services.person_data", "Plazo"),
                translate("services.person_data", "Estado"),
                translate("services.person_data", "Respuesta"),
            ),
            tuple(
                (
                    format_date(r.received_on),
                    label_of(RequestKind, r.kind),
                    format_date(r.due_on),
                    translate("services.person_data", "{status} el {date}").format(
                        status=label_of(RequestStatus, r.status), date=format_date(r.answered_on)
                    )
                    if r.answered_on
                    else label_of(RequestStatus, r.status),
                    r.answer,
                )
                for r in requests
            ),
            widths=(1.2, 1.4, 1.2, 1.6, 3.6),
        )
    )

    audit = rows_of(AuditEntry, AuditEntry.at)
    audit_items = [
        {**_record(a), "labels": {"action": label_of(AuditAction, a.action)}} for a in audit
    ]
    sections.append(
        Section(
            translate("services.person_data", "Quién accedió a sus datos"),
            (
                translate("services.person_data", "Fecha y hora"),
                translate("services.person_data", "Funcionario(a)"),
                translate("services.person_data", "Acción"),
                translate("services.person_data", "Registro y campos"),
            ),
            tuple(
                (
                    shown(a.at),
                    a.officer,
                    label_of(AuditAction, a.action),
                    _touched(a),
                )
                for a in audit
            ),
            widths=(1.5, 2, 1.2, 4),
        )
    )

    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "generated_at": generated.replace(microsecond=0).isoformat(),
        "office": {},
        "person": _record(person),
        "attentions": attention_items,
        "referrals": referral_items,
        "placements": placement_items,
        "workshop_enrollments": enrollment_items,
        "workshop_attendance": attendance_items,
        "fairs": fair_items,
        "surveys": survey_items,
        "data_requests": request_items,
        "access_log": audit_items,
    }
    name = full_name(person.first_names, person.last_name_1, person.last_name_2)
    return PersonCopy(name, document, tuple(sections))


def _by_id(session: Session, model: Any, ids: Sequence[str]) -> dict[str, Any]:
    wanted = sorted({i for i in ids if i})
    if not wanted:
        return {}
    return {obj.id: obj for obj in session.scalars(select(model).where(model.id.in_(wanted)))}


def _state(obj: Any) -> str:
    return (
        translate("services.person_data", "Eliminada el {date}").format(
            date=format_date(obj.deleted_at.date())
        )
        if obj.deleted_at
        else translate("services.person_data", "Vigente")
    )


def _state_suffix(obj: Any) -> str:
    return (
        translate("services.person_data", " (eliminada el {date})").format(
            date=format_date(obj.deleted_at.date())
        )
        if obj.deleted_at
        else ""
    )


def _rut_text(value: str | None) -> str:
    if not value:
        return ""
    return str(Rut.parse(value)) if Rut.is_valid(value) else value


def _touched(entry: AuditEntry) -> str:
    """What an audit entry touched, in the officer's words (as the «Accesos» tab says it): the
    kind of record and the detail, then the fields' labels."""
    from omil_desktop.services.audit import audit_row

    row = audit_row(entry)
    return " · ".join(part for part in (row.what, row.fields_text) if part)
