"""SQLAlchemy 2.0 models of the local database.

Every table that syncs with the regional server mixes in :class:`Synced`: a UUIDv7 primary key,
the owning office (its comuna CUT code), created/updated timestamps and a tombstone
(``deleted_at``) instead of hard deletes. Writes to those tables are captured in ``change_log``
by :mod:`omil_desktop.store.changelog` in the same transaction.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from uuid6 import uuid7

from omil_desktop.domain.companies import company_search_key, company_sort_key
from omil_desktop.domain.people import search_key, sort_key
from omil_desktop.domain.rut import Rut
from omil_desktop.domain.territory import REGION_OFFICE as REGION_OFFICE  # owner of catalogues
from omil_desktop.domain.text import fold


def new_id() -> str:
    """A UUIDv7: unique across offices and roughly ordered by creation time."""
    return str(uuid7())


LOCAL_ONLY = {"sync": False}
"""Column ``info`` marking derived, per-device columns that never travel in the change log."""


class Base(DeclarativeBase):
    pass


class Synced:
    """Columns shared by every record that syncs with the regional server."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    office_code: Mapped[str] = mapped_column(String(5))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    shared: Mapped[bool] = mapped_column(Boolean, default=False)
    """Shared with the office's Red Territorial (only in tables that may be shared)."""

    def before_save(self) -> None:
        """Hook run before every flush that writes this record (derived columns)."""


class Office(Base):
    """This installation's identity: the office's comuna and its officer. One row."""

    __tablename__ = "office"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    comuna_code: Mapped[str] = mapped_column(String(5))
    officer_name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    municipality_name: Mapped[str] = mapped_column(String(200), default="")
    """How printed documents name the municipality (e.g. «Ilustre Municipalidad de Palena»);
    empty: «Municipalidad de» and the comuna's name."""
    paper_size: Mapped[str] = mapped_column(String(10), default="carta")
    """Paper of every printed document: ``carta`` (default) or ``a4``."""
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    """The municipal logo printed on every document's header (PNG or JPEG bytes), if any."""
    lock_minutes: Mapped[int] = mapped_column(Integer, default=10)
    """Minutes without use after which the window locks (domain.privacy.DEFAULT_LOCK_MINUTES)."""
    retention_reviewed_on: Mapped[date | None] = mapped_column(Date, default=None)
    """The day of the last yearly retention review (services/retention.py), if any."""


class OfficerAccount(Base):
    """An officer who may open the program on this PC (never shared, never synced).

    The password itself is not here: what it unlocks (the database key, wrapped) is in the data
    folder's key file (store/vault.py), under the same ``username``.
    """

    __tablename__ = "officer_account"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    """A ``domain.privacy.Role`` value."""
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)


class RetentionPeriod(Base):
    """How many years a kind of record is kept (domain.privacy.RetentionKind); absent: the
    default of DEFAULT_RETENTION_YEARS. Local to the PC's office settings."""

    __tablename__ = "retention_period"

    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    years: Mapped[int] = mapped_column(Integer)


class Person(Synced, Base):
    """A person served by the office (usuario)."""

    __tablename__ = "person"
    __table_args__ = (
        # Covers the list query (filter + order) so searching reads the index alone.
        Index("ix_person_list", "sort_key", "id", "active", "deleted_at", "search_key"),
        Index("ix_person_comuna_code", "comuna_code"),
    )

    rut: Mapped[str | None] = mapped_column(String(10), unique=True)
    document_type: Mapped[str | None] = mapped_column(String(20))
    document_number: Mapped[str] = mapped_column(String(40), default="")
    document_country: Mapped[str] = mapped_column(String(80), default="")
    first_names: Mapped[str] = mapped_column(String(120))
    last_name_1: Mapped[str] = mapped_column(String(80))
    last_name_2: Mapped[str] = mapped_column(String(80), default="")
    birth_date: Mapped[date | None] = mapped_column(Date)
    sex: Mapped[str | None] = mapped_column(String(1))
    nationality: Mapped[str] = mapped_column(String(80), default="")
    comuna_code: Mapped[str] = mapped_column(String(5))
    address: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    education_level: Mapped[str | None] = mapped_column(String(30))
    job_status: Mapped[str | None] = mapped_column(String(20))
    occupation: Mapped[str] = mapped_column(String(200), default="")
    experience: Mapped[str] = mapped_column(Text, default="")
    has_disability: Mapped[bool] = mapped_column(Boolean, default=False)
    rnd_registered: Mapped[bool] = mapped_column(Boolean, default=False)
    woman_head_of_household: Mapped[bool] = mapped_column(Boolean, default=False)
    migrant: Mapped[bool] = mapped_column(Boolean, default=False)
    indigenous: Mapped[bool] = mapped_column(Boolean, default=False)
    unemployment_insurance: Mapped[str | None] = mapped_column(String(20))
    bne_registered_on: Mapped[date | None] = mapped_column(Date)
    consent_on: Mapped[date | None] = mapped_column(Date)
    consent_method: Mapped[str | None] = mapped_column(String(20))
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    legal_basis: Mapped[str] = mapped_column(String(20), default="funcion_legal")
    """A ``domain.privacy.LegalBasis`` value: why the office processes this person's data."""
    anonymised_on: Mapped[date | None] = mapped_column(Date, default=None)
    """The day the person's identifying data was erased (a request or the retention review);
    what the law keeps (counts, services) stays, without a name."""
    search_key: Mapped[str] = mapped_column(Text, info=LOCAL_ONLY)
    sort_key: Mapped[str] = mapped_column(String(300), info=LOCAL_ONLY)

    attentions: Mapped[list[Attention]] = relationship(back_populates="person")

    def before_save(self) -> None:
        # Column defaults ("") are applied at INSERT, after this hook: treat unset as empty.
        rut = Rut.parse(self.rut) if self.rut else None
        self.search_key = search_key(
            rut,
            self.first_names,
            self.last_name_1,
            self.last_name_2 or "",
            self.document_number or "",
        )
        self.sort_key = sort_key(self.first_names, self.last_name_1, self.last_name_2 or "")


class Attention(Synced, Base):
    """One service (atención) given to a person on a date."""

    __tablename__ = "attention"
    __table_args__ = (
        Index("ix_attention_person_date", "person_id", "date"),
        # Reports count a period's atenciones (by kind, by distinct person) from this index alone.
        Index("ix_attention_date", "date", "kind", "person_id", "deleted_at"),
    )

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"))
    date: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(40))
    notes: Mapped[str] = mapped_column(Text, default="")

    person: Mapped[Person] = relationship(back_populates="attentions")


class Notice(Synced, Base):
    """A notice (aviso): an office's note to its Red Territorial, or the region's to every office.

    The first shareable table: an office may mark a notice ``shared`` and the other offices of its
    network receive it read-only (docs/sync-protocol.md §8).
    """

    __tablename__ = "notice"

    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text, default="")
    published_on: Mapped[date] = mapped_column(Date)


class Company(Synced, Base):
    """A company (empresa) the office works with. Shareable with the Red Territorial, with its
    contacts. Its RUT is one per office, stored compact (``76123456-K``)."""

    __tablename__ = "company"
    __table_args__ = (
        Index("ux_company_office_rut", "office_code", "rut", unique=True),
        Index("ix_company_list", "sort_key", "id", "deleted_at", "search_key"),
    )

    rut: Mapped[str] = mapped_column(String(10))
    legal_name: Mapped[str] = mapped_column(String(200))
    """Razón social."""
    trade_name: Mapped[str] = mapped_column(String(200), default="")
    """Nombre de fantasía."""
    activity: Mapped[str] = mapped_column(String(200), default="")
    size: Mapped[str | None] = mapped_column(String(10))
    comuna_code: Mapped[str] = mapped_column(String(5))
    address: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    search_key: Mapped[str] = mapped_column(Text, default="", info=LOCAL_ONLY)
    sort_key: Mapped[str] = mapped_column(String(300), default="", info=LOCAL_ONLY)

    def before_save(self) -> None:
        # Column defaults ("") are applied at INSERT, after this hook: treat unset as empty.
        # A RUT the schema let through is valid; one that cannot be read is just not searchable.
        rut = Rut.parse(self.rut) if self.rut and Rut.is_valid(self.rut) else None
        self.search_key = company_search_key(rut, self.legal_name or "", self.trade_name or "")
        self.sort_key = company_sort_key(self.legal_name or "", self.trade_name or "")


class CompanyContact(Synced, Base):
    """A person to talk to at a company; shared when its company is."""

    __tablename__ = "company_contact"
    __table_args__ = (Index("ix_company_contact_company", "company_id"),)

    company_id: Mapped[str] = mapped_column(ForeignKey("company.id"))
    name: Mapped[str] = mapped_column(String(160))
    role: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    email: Mapped[str] = mapped_column(String(120), default="")


class CompanyInteraction(Synced, Base):
    """One contact with a company (llamada, visita, feria laboral…): the office's own log."""

    __tablename__ = "company_interaction"
    __table_args__ = (Index("ix_company_interaction_company_date", "company_id", "date"),)

    company_id: Mapped[str] = mapped_column(ForeignKey("company.id"))
    date: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(30))
    notes: Mapped[str] = mapped_column(Text, default="")


class Vacancy(Synced, Base):
    """A job offer (oferta) a company gave the office. Shared with the Red Territorial, it
    reaches the network's other offices read-only, and they may refer their own people to it."""

    __tablename__ = "vacancy"
    __table_args__ = (
        Index("ix_vacancy_list", "status", "published_on", "id", "deleted_at"),
        Index("ix_vacancy_company", "company_id"),
    )

    company_id: Mapped[str] = mapped_column(ForeignKey("company.id"))
    title: Mapped[str] = mapped_column(String(200))
    occupation: Mapped[str] = mapped_column(String(200), default="")
    openings: Mapped[int] = mapped_column(Integer)
    """Cupos: how many people the company will hire."""
    description: Mapped[str] = mapped_column(Text, default="")
    education_level: Mapped[str | None] = mapped_column(String(30))
    """The least education asked for (a value of ``EducationLevel``)."""
    experience: Mapped[str] = mapped_column(String(500), default="")
    licences: Mapped[str] = mapped_column(String(120), default="")
    workday: Mapped[str | None] = mapped_column(String(20))
    salary: Mapped[int | None] = mapped_column(Integer)
    """Gross monthly pesos."""
    contract_type: Mapped[str | None] = mapped_column(String(20))
    comuna_code: Mapped[str] = mapped_column(String(5))
    published_on: Mapped[date] = mapped_column(Date)
    closes_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12))
    inclusive: Mapped[bool] = mapped_column(Boolean, default=False)
    """Inclusiva: meant for people with disability (Ley 21.015)."""
    search_key: Mapped[str] = mapped_column(Text, default="", info=LOCAL_ONLY)

    def before_save(self) -> None:
        # Also for vacancies other offices share (sync runs this hook): the list finds them too.
        self.search_key = fold(f"{self.title} {self.occupation or ''}")


class Referral(Synced, Base):
    """A person sent to a vacancy (derivación), owned by the office that sent them.

    The vacancy may be another office's shared one: then ``person_id`` is known only here, and
    the owner office reads who was sent from the candidate fields, filled only for a person
    who consented (README, *what travels*). Only the vacancy's office records the outcome of
    the selection (``contratado`` / ``no seleccionado``) on another office's referral.
    """

    __tablename__ = "referral"
    __table_args__ = (
        Index("ix_referral_vacancy", "vacancy_id", "status"),
        Index("ix_referral_person", "person_id"),
    )

    vacancy_id: Mapped[str] = mapped_column(ForeignKey("vacancy.id"))
    person_id: Mapped[str | None] = mapped_column(String(36))
    """The person referred, a person of the referring office (no foreign key: the vacancy's
    office holds the referral but not the person)."""
    candidate_name: Mapped[str] = mapped_column(String(300), default="")
    candidate_rut: Mapped[str | None] = mapped_column(String(10), default=None)
    candidate_phone: Mapped[str] = mapped_column(String(30), default="")
    status: Mapped[str] = mapped_column(String(20))
    referred_on: Mapped[date] = mapped_column(Date)
    interviewed_on: Mapped[date | None] = mapped_column(Date)
    outcome_on: Mapped[date | None] = mapped_column(Date)
    """When it was hired, not selected or withdrawn."""
    notes: Mapped[str] = mapped_column(Text, default="")


class Placement(Synced, Base):
    """The contract a referral ended in (colocación), kept by the person's office, which follows
    the person up at three months."""

    __tablename__ = "placement"
    __table_args__ = (
        Index("ux_placement_referral", "referral_id", unique=True),
        Index("ix_placement_follow_up", "follow_up_on", "followed_up_on"),
        Index("ix_placement_person", "person_id"),
    )

    referral_id: Mapped[str] = mapped_column(ForeignKey("referral.id"))
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"))
    start_on: Mapped[date] = mapped_column(Date)
    contract_type: Mapped[str] = mapped_column(String(20))
    months: Mapped[int | None] = mapped_column(Integer)
    """Agreed length in months; None for an indefinite contract."""
    follow_up_on: Mapped[date] = mapped_column(Date)
    """When to check the person is still employed (three months after the start)."""
    followed_up_on: Mapped[date | None] = mapped_column(Date)
    still_employed: Mapped[bool | None] = mapped_column(Boolean)
    notes: Mapped[str] = mapped_column(Text, default="")


class Workshop(Synced, Base):
    """A taller de apresto laboral the office runs: its sessions, enrollments and attendance
    hang from it. Its modules are ``WorkshopModule`` codes separated by commas."""

    __tablename__ = "workshop"
    __table_args__ = (Index("ix_workshop_list", "starts_on", "id", "deleted_at"),)

    name: Mapped[str] = mapped_column(String(200))
    modules: Mapped[str] = mapped_column(String(300), default="")
    other_modules: Mapped[str] = mapped_column(String(300), default="")
    facilitator: Mapped[str] = mapped_column(String(160))
    place: Mapped[str] = mapped_column(String(200), default="")
    capacity: Mapped[int] = mapped_column(Integer)
    target_group: Mapped[str] = mapped_column(String(200), default="")
    company_id: Mapped[str | None] = mapped_column(ForeignKey("company.id"), default=None)
    programme: Mapped[str] = mapped_column(String(200), default="")
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    min_attendance: Mapped[int] = mapped_column(Integer, default=75)
    """Completion rule: the least percentage of sessions attended."""
    status: Mapped[str] = mapped_column(String(12))
    finished_on: Mapped[date | None] = mapped_column(Date, default=None)
    notes: Mapped[str] = mapped_column(Text, default="")
    search_key: Mapped[str] = mapped_column(Text, default="", info=LOCAL_ONLY)

    def before_save(self) -> None:
        self.search_key = fold(f"{self.name} {self.facilitator or ''} {self.place or ''}")


class WorkshopSession(Synced, Base):
    """One session of a workshop. Its number is its place in (date, start) order."""

    __tablename__ = "workshop_session"
    __table_args__ = (Index("ix_workshop_session_workshop", "workshop_id", "date"),)

    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshop.id"))
    date: Mapped[date] = mapped_column(Date)
    starts_at: Mapped[str] = mapped_column(String(5))
    """``hh:mm``, 24 hours."""
    ends_at: Mapped[str] = mapped_column(String(5))
    place: Mapped[str] = mapped_column(String(200), default="")
    """Empty: the workshop's place."""


class WorkshopEnrollment(Synced, Base):
    """A person enrolled in a workshop, or waiting for a place, or withdrawn. The waiting list
    is in ``queued_at`` order."""

    __tablename__ = "workshop_enrollment"
    __table_args__ = (
        Index("ix_workshop_enrollment_workshop", "workshop_id", "status"),
        Index("ix_workshop_enrollment_person", "person_id"),
    )

    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshop.id"))
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"))
    status: Mapped[str] = mapped_column(String(12))
    enrolled_on: Mapped[date] = mapped_column(Date)
    queued_at: Mapped[datetime] = mapped_column(DateTime)
    """When the person asked for a place: the waiting list's order."""
    withdrawn_on: Mapped[date | None] = mapped_column(Date, default=None)
    completed_on: Mapped[date | None] = mapped_column(Date, default=None)
    """Set when the workshop finished and the person met its completion rule."""
    attention_id: Mapped[str | None] = mapped_column(ForeignKey("attention.id"), default=None)
    """The «apresto» atención completion added to the person's history (added once)."""


class WorkshopAttendance(Synced, Base):
    """A person's attendance at one session (presente / ausente / justificado)."""

    __tablename__ = "workshop_attendance"
    __table_args__ = (
        Index("ix_workshop_attendance_session", "session_id", "enrollment_id"),
        Index("ix_workshop_attendance_enrollment", "enrollment_id"),
    )

    session_id: Mapped[str] = mapped_column(ForeignKey("workshop_session.id"))
    enrollment_id: Mapped[str] = mapped_column(ForeignKey("workshop_enrollment.id"))
    mark: Mapped[str] = mapped_column(String(12))


class FomilAgreement(Synced, Base):
    """The convenio FOMIL of a year: the resolution that approves it, its execution period, what
    SENCE transfers and what the municipality contributes. Its installments, budget lines,
    expenses and month closures hang from it. One per office and year."""

    __tablename__ = "fomil_agreement"
    __table_args__ = (Index("ix_fomil_agreement_year", "year", "deleted_at"),)

    year: Mapped[int] = mapped_column(Integer)
    resolution_number: Mapped[str] = mapped_column(String(40))
    resolution_date: Mapped[date] = mapped_column(Date)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    transfer_amount: Mapped[int] = mapped_column(Integer)
    """Whole pesos SENCE transfers in the year."""
    municipal_contribution: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")


class AgreementInstallment(Synced, Base):
    """One transfer SENCE made under an agreement: when it arrived, how much, and the
    municipality's comprobante de ingreso."""

    __tablename__ = "agreement_installment"
    __table_args__ = (Index("ix_agreement_installment_agreement", "agreement_id", "received_on"),)

    agreement_id: Mapped[str] = mapped_column(ForeignKey("fomil_agreement.id"))
    received_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[int] = mapped_column(Integer)
    voucher_number: Mapped[str] = mapped_column(String(40))


class BudgetLine(Synced, Base):
    """One line of an agreement's plan de gastos, SENCE funds and municipal contribution apart."""

    __tablename__ = "budget_line"
    __table_args__ = (Index("ix_budget_line_agreement", "agreement_id", "position"),)

    agreement_id: Mapped[str] = mapped_column(ForeignKey("fomil_agreement.id"))
    name: Mapped[str] = mapped_column(String(80))
    position: Mapped[int] = mapped_column(Integer)
    """Its place in the plan (1, 2, …)."""
    sence_amount: Mapped[int] = mapped_column(Integer, default=0)
    municipal_amount: Mapped[int] = mapped_column(Integer, default=0)


class Expense(Synced, Base):
    """An expense charged to an agreement and its supporting document. Amounts are whole pesos
    with ``total = net + iva - retention`` (domain/expenses.py); it charges ``net + iva``."""

    __tablename__ = "expense"
    __table_args__ = (
        Index("ix_expense_agreement", "agreement_id", "spent_on", "id"),
        Index("ix_expense_document", "supplier_rut", "document_type", "number"),
        Index("ix_expense_line", "budget_line_id"),
    )

    agreement_id: Mapped[str] = mapped_column(ForeignKey("fomil_agreement.id"))
    spent_on: Mapped[date] = mapped_column(Date)
    document_type: Mapped[str] = mapped_column(String(20))
    number: Mapped[str] = mapped_column(String(40))
    supplier_rut: Mapped[str] = mapped_column(String(12))
    """Compact form, ``76123456-7``."""
    supplier_name: Mapped[str] = mapped_column(String(200))
    net: Mapped[int] = mapped_column(Integer)
    iva: Mapped[int] = mapped_column(Integer, default=0)
    retention: Mapped[int] = mapped_column(Integer, default=0)
    total: Mapped[int] = mapped_column(Integer)
    budget_line_id: Mapped[str] = mapped_column(ForeignKey("budget_line.id"))
    funding: Mapped[str] = mapped_column(String(10))
    description: Mapped[str] = mapped_column(String(300))
    activity: Mapped[str] = mapped_column(String(10), default="general")
    workshop_id: Mapped[str | None] = mapped_column(ForeignKey("workshop.id"), default=None)
    activity_name: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    search_key: Mapped[str] = mapped_column(Text, default="", info=LOCAL_ONLY)

    @hybrid_property
    def charged(self) -> int:
        """What the expense costs the agreement: net + IVA (a fee's gross). The one place it
        is computed, on a record and in SQL (``func.sum(Expense.charged)``); it is
        ``domain.expenses.Amounts.charged`` of the stored amounts."""
        return self.net + self.iva

    def before_save(self) -> None:
        self.search_key = fold(
            f"{self.number} {self.supplier_rut} {self.supplier_name} {self.description}"
        )


class ExpenseReceipt(Synced, Base):
    """A scanned supporting document of an expense. Its bytes are a file in the data folder
    named by their SHA-256 (store/blobs.py); the record travels in sync, the bytes only to a
    server that does not have them yet."""

    __tablename__ = "expense_receipt"
    __table_args__ = (Index("ix_expense_receipt_expense", "expense_id"),)

    expense_id: Mapped[str] = mapped_column(ForeignKey("expense.id"))
    sha256: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(200))
    """The name of the file the officer chose (to show and to save a copy as)."""
    media_type: Mapped[str] = mapped_column(String(40))
    size: Mapped[int] = mapped_column(Integer)


class MonthClosure(Synced, Base):
    """One close or reopen of a month's rendición, kept for the record: a month is closed when
    its latest event is a close. A reopen states its reason. A close keeps the totals signed."""

    __tablename__ = "month_closure"
    __table_args__ = (Index("ix_month_closure_month", "agreement_id", "month", "at"),)

    agreement_id: Mapped[str] = mapped_column(ForeignKey("fomil_agreement.id"))
    month: Mapped[str] = mapped_column(String(7))
    """``AAAA-MM``."""
    action: Mapped[str] = mapped_column(String(12))
    """``cierre`` or ``reapertura`` (domain MonthAction)."""
    at: Mapped[datetime] = mapped_column(DateTime)
    reason: Mapped[str] = mapped_column(Text, default="")
    opening_balance: Mapped[int] = mapped_column(Integer, default=0)
    income: Mapped[int] = mapped_column(Integer, default=0)
    sence_spent: Mapped[int] = mapped_column(Integer, default=0)
    municipal_spent: Mapped[int] = mapped_column(Integer, default=0)
    closing_balance: Mapped[int] = mapped_column(Integer, default=0)
    """The totals when it was closed (zero for a reopen)."""


class JobFair(Synced, Base):
    """A feria laboral or reclutamiento masivo. Owned by the office that records it; shared with
    the Red Territorial when other offices of the network organise it too (``organisers``: their
    CUT codes, the owner's included, sorted and comma-separated), who then record their own
    attendees and referrals at it."""

    __tablename__ = "job_fair"
    __table_args__ = (Index("ix_job_fair_list", "held_on", "id", "deleted_at"),)

    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    """``feria`` or ``reclutamiento`` (domain FairKind)."""
    held_on: Mapped[date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(200), default="")
    comuna_code: Mapped[str] = mapped_column(String(5))
    organisers: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class FairCompany(Synced, Base):
    """A company taking part in a fair, with the openings (cupos) and positions it brings."""

    __tablename__ = "fair_company"
    __table_args__ = (Index("ix_fair_company_fair", "fair_id", "company_id"),)

    fair_id: Mapped[str] = mapped_column(ForeignKey("job_fair.id"))
    company_id: Mapped[str] = mapped_column(ForeignKey("company.id"))
    openings: Mapped[int] = mapped_column(Integer, default=0)
    positions: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class FairAttendee(Synced, Base):
    """A person of the office who attended a fair; ``attention_id`` is the «Feria laboral»
    atención it added to their history. One per fair and person."""

    __tablename__ = "fair_attendee"
    __table_args__ = (
        Index("ix_fair_attendee_fair", "fair_id", "person_id"),
        Index("ix_fair_attendee_person", "person_id"),
    )

    fair_id: Mapped[str] = mapped_column(ForeignKey("job_fair.id"))
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"))
    attention_id: Mapped[str | None] = mapped_column(ForeignKey("attention.id"), default=None)


class FairReferral(Synced, Base):
    """A referral made at a fair (the hire that follows is the referral's placement)."""

    __tablename__ = "fair_referral"
    __table_args__ = (
        Index("ix_fair_referral_fair", "fair_id"),
        Index("ix_fair_referral_referral", "referral_id"),
    )

    fair_id: Mapped[str] = mapped_column(ForeignKey("job_fair.id"))
    referral_id: Mapped[str] = mapped_column(ForeignKey("referral.id"))


class Target(Synced, Base):
    """The office's target (meta) for one indicator in one year, set by the region or by the
    office. Its id is ``domain.targets.target_id(office, year, indicator)``."""

    __tablename__ = "target"
    __table_args__ = (Index("ix_target_year", "year", "indicator", "deleted_at"),)

    year: Mapped[int] = mapped_column(Integer)
    indicator: Mapped[str] = mapped_column(String(30))
    """A ``domain.targets.TargetIndicator`` value."""
    value: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(10))
    """``region`` or ``oficina`` (domain TargetSource)."""


class SatisfactionSurvey(Synced, Base):
    """A person's rating (1–7) of a service, with a comment. The service is named by one of
    ``attention_id``, ``workshop_id``, ``placement_id`` or ``fair_id``, as ``service`` says."""

    __tablename__ = "satisfaction_survey"
    __table_args__ = (
        Index("ix_satisfaction_survey_person", "person_id", "service"),
        Index("ix_satisfaction_survey_date", "answered_on"),
    )

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"))
    answered_on: Mapped[date] = mapped_column(Date)
    service: Mapped[str] = mapped_column(String(20))
    """A ``domain.surveys.SurveyService`` value."""
    attention_id: Mapped[str | None] = mapped_column(ForeignKey("attention.id"), default=None)
    workshop_id: Mapped[str | None] = mapped_column(ForeignKey("workshop.id"), default=None)
    placement_id: Mapped[str | None] = mapped_column(ForeignKey("placement.id"), default=None)
    fair_id: Mapped[str | None] = mapped_column(ForeignKey("job_fair.id"), default=None)
    score: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")
    channel: Mapped[str] = mapped_column(String(20))
    """A ``domain.surveys.SurveyChannel`` value."""


class AuditEntry(Synced, Base):
    """Who did what with a person's data, and when: one link of this PC's hash chain.

    Append-only: never updated or deleted. ``hash`` is the SHA-256 of the entry's content and
    ``previous_hash`` (the hash of the PC's entry before it, ``position - 1``), so an edited,
    removed or inserted row breaks the chain (services/audit.py). ``fields`` names the fields
    touched, never their values.
    """

    __tablename__ = "audit_entry"
    __table_args__ = (
        Index("ix_audit_entry_person", "person_id", "at"),
        Index("ix_audit_entry_chain", "device", "position", unique=True),
    )

    at: Mapped[datetime] = mapped_column(DateTime)
    device: Mapped[str] = mapped_column(String(36))
    """The PC whose chain this entry belongs to (the ``office`` row's id of that PC)."""
    position: Mapped[int] = mapped_column(Integer)
    """1, 2, 3… in the PC's chain."""
    officer: Mapped[str] = mapped_column(String(200))
    """The officer's username and name as they were at the time."""
    action: Mapped[str] = mapped_column(String(20))
    """A ``domain.privacy.AuditAction`` value."""
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), default=None)
    record_table: Mapped[str] = mapped_column(String(40), default="")
    record_id: Mapped[str] = mapped_column(String(36), default="")
    fields: Mapped[str] = mapped_column(Text, default="")
    """Names of the fields touched, comma-separated; never their values."""
    detail: Mapped[str] = mapped_column(String(300), default="")
    """What was exported or printed (e.g. «Copia de datos personales (PDF)»), never a value."""
    previous_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64))


class DataRequest(Synced, Base):
    """A person's request about their data (acceso, rectificación, supresión, oposición,
    portabilidad, bloqueo), with the date received and the legal deadline to answer it."""

    __tablename__ = "data_request"
    __table_args__ = (Index("ix_data_request_person", "person_id", "received_on"),)

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"))
    kind: Mapped[str] = mapped_column(String(20))
    """A ``domain.privacy.RequestKind`` value."""
    received_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date)
    """domain.privacy.answer_due(received_on)."""
    status: Mapped[str] = mapped_column(String(20), default="pendiente")
    """A ``domain.privacy.RequestStatus`` value."""
    answered_on: Mapped[date | None] = mapped_column(Date, default=None)
    answer: Mapped[str] = mapped_column(Text, default="")
    """What was done or why it was refused (e.g. what the law keeps after a supresión)."""


SYNCED_MODELS: tuple[type[Synced], ...] = (
    Person,
    Attention,
    Notice,
    Company,
    CompanyContact,
    CompanyInteraction,
    Vacancy,
    Referral,
    Placement,
    Workshop,
    WorkshopSession,
    WorkshopEnrollment,
    WorkshopAttendance,
    FomilAgreement,
    AgreementInstallment,
    BudgetLine,
    Expense,
    ExpenseReceipt,
    MonthClosure,
    JobFair,
    FairCompany,
    FairAttendee,
    FairReferral,
    Target,
    SatisfactionSurvey,
    AuditEntry,
    DataRequest,
)
"""Every synced model, parents before children (the order records are applied in)."""


class ChangeLog(Base):
    """Local changes to synced tables, in commit order, waiting to be pushed.

    ``seq`` never repeats (AUTOINCREMENT), even after acknowledged rows are deleted: the server
    uses it to refuse replayed or reordered batches.
    """

    __tablename__ = "change_log"
    __table_args__ = (
        # Counting unsent (and refused) changes for the status bar reads this index, not payloads.
        Index("ix_change_log_refused", "refused_reason"),
        {"sqlite_autoincrement": True},
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[str] = mapped_column(String(36), unique=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(6))
    payload: Mapped[str] = mapped_column(Text)
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    base_seq: Mapped[int] = mapped_column(Integer, default=0)
    """The sync cursor when the change was made: what the officer had seen of the region."""
    refused_reason: Mapped[str | None] = mapped_column(Text, default=None)
    """Set when the server refused the change: kept, shown, never sent again."""


class DeviceSettings(Base):
    """This PC's own settings, never synced (one row, id 1): where and how often the office's
    backups are also copied (a USB stick: a drive letter is a fact of this PC), and what the
    regional server last said about the newest release of the program."""

    __tablename__ = "device_settings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    backup_folder: Mapped[str | None] = mapped_column(String(500), default=None)
    backup_schedule: Mapped[str] = mapped_column(String(20), default="diario")
    latest_version: Mapped[str | None] = mapped_column(String(40), default=None)
    latest_version_checked_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    update_announced: Mapped[str | None] = mapped_column(String(40), default=None)


class SyncState(Base):
    """This installation's enrollment with the regional server and its pull cursor. One row."""

    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    server_url: Mapped[str | None] = mapped_column(String(300), default=None)
    server_id: Mapped[str | None] = mapped_column(String(36), default=None)
    device_id: Mapped[str | None] = mapped_column(String(36), default=None)
    region_name: Mapped[str] = mapped_column(String(80), default="")
    network: Mapped[str] = mapped_column(String(120), default="")
    credential_store: Mapped[str] = mapped_column(String(10), default="")
    """Where the secret is: ``keyring`` or ``file`` (no keyring on this machine)."""
    enrolled_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    cursor: Mapped[int] = mapped_column(Integer, default=0)
    snapshot_at: Mapped[int | None] = mapped_column(Integer, default=None)
    snapshot_after: Mapped[str | None] = mapped_column(String(80), default=None)
    last_sync_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    last_error: Mapped[str | None] = mapped_column(Text, default=None)


class SyncConflict(Base):
    """A field edited both here and by the region: the officer chooses which value stays."""

    __tablename__ = "sync_conflict"
    __table_args__ = (Index("ix_sync_conflict_open", "resolved_at", "table_name", "row_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(60))
    local_value: Mapped[str] = mapped_column(Text)
    """JSON of the office's value."""
    server_value: Mapped[str] = mapped_column(Text)
    """JSON of the region's value."""
    detected_at: Mapped[datetime] = mapped_column(DateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    resolution: Mapped[str | None] = mapped_column(String(10), default=None)
    """``local`` or ``server``, once the officer chose."""


class SyncSetAside(Base):
    """A record received from the regional server that could not be applied here (a value this
    version cannot hold, a person already registered under another id, a reference to a record
    not on this PC): kept aside with the reason, shown to the officer, tried again at every sync,
    so one bad record never stops the rest (docs/sync-protocol.md §5)."""

    __tablename__ = "sync_set_aside"
    __table_args__ = (Index("ix_sync_set_aside_row", "table_name", "row_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    office_code: Mapped[str] = mapped_column(String(5))
    shared: Mapped[bool] = mapped_column(Boolean, default=False)
    op: Mapped[str] = mapped_column(String(6))
    seq: Mapped[int | None] = mapped_column(Integer, default=None)
    """The server's sequence number of a pulled change; None for a snapshot record."""
    fields: Mapped[str] = mapped_column(Text)
    """JSON of the fields as received."""
    reason: Mapped[str] = mapped_column(Text)
    """Why it could not be applied, in Spanish."""
    received_at: Mapped[datetime] = mapped_column(DateTime)
