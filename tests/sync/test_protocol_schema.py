"""The protocol's schema is written out in sync/protocol.py, apart from the desktop's models; the
models must be able to hold everything it lets through (a superset), for every version."""

from __future__ import annotations

import pytest
from sqlalchemy import Boolean, Date, DateTime, Integer, String, Text

from omil_desktop.domain import intermediation as words
from omil_desktop.domain import privacy, rendition, workshops
from omil_desktop.domain.expenses import DocumentType as ExpenseDocument
from omil_desktop.domain.fairs import FairKind
from omil_desktop.domain.people import ENUM_FIELDS, ServiceKind
from omil_desktop.domain.surveys import SurveyChannel, SurveyService
from omil_desktop.domain.targets import TargetIndicator, TargetSource
from omil_desktop.store.models import SYNCED_MODELS
from omil_desktop.sync import protocol

MODELS = {m.__tablename__: m for m in SYNCED_MODELS}
ENUMS = {
    ("attention", "kind"): ServiceKind,
    ("company", "size"): words.CompanySize,
    ("company_interaction", "kind"): words.InteractionKind,
    ("vacancy", "workday"): words.Workday,
    ("vacancy", "contract_type"): words.ContractType,
    ("vacancy", "status"): words.VacancyStatus,
    ("referral", "status"): words.ReferralStatus,
    ("placement", "contract_type"): words.ContractType,
    ("workshop", "modules"): workshops.WorkshopModule,
    ("workshop", "status"): workshops.WorkshopStatus,
    ("workshop_enrollment", "status"): workshops.EnrollmentStatus,
    ("workshop_attendance", "mark"): workshops.AttendanceMark,
    ("expense", "document_type"): ExpenseDocument,
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
"""Fields whose codes come from an enum of the domain other than a person's (ENUM_FIELDS)."""
ADDED_IN = {("attention", "kind", "feria_laboral"): 7}
"""Codes a version added to an existing field: older versions do not send them."""
CASES = [
    (version, table, name, kind)
    for version, tables in protocol.SCHEMAS.items()
    for table, columns in tables.items()
    for name, kind in columns.items()
]


@pytest.mark.parametrize(("version", "table", "name", "kind"), CASES)
def test_every_field_of_the_protocol_fits_a_column_of_the_models(version, table, name, kind):
    column = MODELS[table].__table__.columns.get(name)
    assert column is not None, f"v{version} {table}.{name} has no column in the models"
    assert column.info.get("sync", True), f"{table}.{name} is local-only in the models"
    assert column.nullable or column.primary_key or not kind.nullable
    if isinstance(kind, protocol.Text):
        assert isinstance(column.type, String | Text)
        if isinstance(column.type, String) and column.type.length is not None:
            assert kind.max_length <= column.type.length
    elif isinstance(kind, protocol.Flag):
        assert isinstance(column.type, Boolean)
    elif isinstance(kind, protocol.Day):
        assert isinstance(column.type, Date)
    elif isinstance(kind, protocol.Moment):
        assert isinstance(column.type, DateTime)
    elif isinstance(kind, protocol.Whole):
        assert isinstance(column.type, Integer)
    elif isinstance(kind, protocol.Reference):
        if kind.everywhere:
            (foreign,) = column.foreign_keys
            assert foreign.column.table.name == kind.table
        else:  # a PC may hold the record without the one it points at
            assert not column.foreign_keys
    elif isinstance(kind, protocol.Choices):
        assert kind.values == {member.value for member in ENUMS[(table, name)]}
        assert isinstance(column.type, String)
        assert column.type.length is not None
        assert kind.max_length <= column.type.length
        assert len(",".join(kind.values)) <= kind.max_length  # every code fits at once
    elif isinstance(kind, protocol.ClockTime):
        assert isinstance(column.type, String)
        assert column.type.length == 5
    elif isinstance(kind, protocol.Digest | protocol.MonthText):
        assert isinstance(column.type, String)
        assert column.type.length == (64 if isinstance(kind, protocol.Digest) else 7)
    elif (table, name) == ("expense_receipt", "media_type"):
        assert kind.values == set(rendition.RECEIPT_TYPES)
        assert max(len(value) for value in kind.values) <= column.type.length
    elif isinstance(kind, protocol.ComunaCodes):
        assert isinstance(column.type, String)
        assert column.type.length is not None
        assert kind.max_codes * 6 - 1 <= column.type.length  # every code and its comma
    elif isinstance(kind, protocol.Choice):
        enum = ENUMS.get((table, name)) or ENUM_FIELDS[name]
        known = {
            member.value
            for member in enum
            if version >= ADDED_IN.get((table, name, member.value), 0)
        }
        assert kind.values == known
        longest = max(len(value) for value in kind.values)
        assert column.type.length is None or longest <= column.type.length


def test_every_synced_model_travels_in_the_current_version():
    assert set(protocol.SCHEMAS[protocol.PROTOCOL]) == set(MODELS)
    assert list(protocol.SYNC_TABLES) == [m.__tablename__ for m in SYNCED_MODELS]  # parents first


def test_the_versions_served_have_a_schema():
    assert set(range(protocol.MIN_PROTOCOL, protocol.PROTOCOL + 1)) <= set(protocol.SCHEMAS)


def test_the_schema_does_not_come_from_the_models():
    """Written out, not derived: the module does not import the desktop's store."""
    import ast
    import inspect

    tree = ast.parse(inspect.getsource(protocol))
    imported = {
        node.module
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module is not None
    }
    assert not any(name.startswith("omil_desktop.store") for name in imported)


def test_whatever_the_desktop_accepts_the_protocol_carries():
    """A text the form and the service accept never comes back refused by the server."""
    from omil_desktop.domain.people import ATTENTION_NOTES_MAX, MAX_LENGTHS

    person = protocol.SCHEMAS[protocol.PROTOCOL]["person"]
    for name, limit in MAX_LENGTHS.items():
        kind = person[name]
        assert isinstance(kind, protocol.Text) and kind.max_length >= limit, name
    notes = protocol.SCHEMAS[protocol.PROTOCOL]["attention"]["notes"]
    assert isinstance(notes, protocol.Text) and notes.max_length >= ATTENTION_NOTES_MAX


def test_whatever_a_notice_may_hold_the_protocol_carries():
    from omil_desktop.domain.notices import BODY_MAX, TITLE_MAX

    notice = protocol.SCHEMAS[protocol.PROTOCOL]["notice"]
    assert notice["title"].max_length >= TITLE_MAX  # type: ignore[attr-defined]
    assert notice["body"].max_length >= BODY_MAX  # type: ignore[attr-defined]


def test_links_name_fields_of_their_tables_and_the_domain_agrees_on_outcomes():
    for table, link in protocol.LINKS.items():
        columns = protocol.SCHEMAS[protocol.PROTOCOL][table]
        assert link.sent <= set(columns) and link.owner_writes <= set(columns)
        assert isinstance(columns[link.field], protocol.Reference)
        assert getattr(columns[link.field], "table", None) == link.table
    assert {s.value for s in words.SELECTION_OUTCOMES} == protocol.SELECTION_OUTCOMES
    assert words.ReferralStatus.HIRED.value == protocol.HIRED


def test_whatever_a_company_may_hold_the_protocol_carries():
    """A company, contact or interaction the form accepts is never refused by the server."""
    from omil_desktop.domain.companies import (
        COMPANY_MAX_LENGTHS,
        CONTACT_MAX_LENGTHS,
        INTERACTION_MAX_LENGTHS,
    )

    tables = protocol.SCHEMAS[protocol.PROTOCOL]
    for table, limits in (
        ("company", COMPANY_MAX_LENGTHS),
        ("company_contact", CONTACT_MAX_LENGTHS),
        ("company_interaction", INTERACTION_MAX_LENGTHS),
    ):
        for name, limit in limits.items():
            kind = tables[table][name]
            assert isinstance(kind, protocol.Text) and kind.max_length >= limit, (table, name)


def test_every_identity_fits_the_regional_store():
    from omil_desktop.regional.models import Record

    longest_id = "f" * 36
    width = Record.__table__.columns["identity"].type.length
    enrollment = {"workshop_id": longest_id, "person_id": longest_id}
    person = {"document_type": "otro", "document_number": "X" * 40}
    for table, fields in (("workshop_enrollment", enrollment), ("person", person)):
        key = protocol.identity_of(table, fields)
        assert key is not None and len(key) <= width, table


def test_whatever_the_rendition_may_hold_the_protocol_carries():
    """An agreement, installment, line or expense the service accepts is never refused by the
    server for its lengths or amounts (the limits are the domain's: one place for each)."""
    from omil_desktop.domain.rendition import EXPENSE_MAX_LENGTHS, MAX_AMOUNT, MAX_RECEIPT_BYTES

    tables = protocol.SCHEMAS[protocol.PROTOCOL]
    for name, limit in EXPENSE_MAX_LENGTHS.items():
        kind = tables["expense"][name]
        assert isinstance(kind, protocol.Text) and kind.max_length >= limit, name
    for table, name in [
        ("fomil_agreement", "transfer_amount"),
        ("agreement_installment", "amount"),
        ("budget_line", "sence_amount"),
        ("expense", "total"),
        ("month_closure", "income"),
    ]:
        kind = tables[table][name]
        assert isinstance(kind, protocol.Whole) and kind.maximum == MAX_AMOUNT, (table, name)
    assert tables["expense_receipt"]["size"].maximum == MAX_RECEIPT_BYTES  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("table", "name", "value", "words"),
    [
        ("expense", "net", 1.5, "debe ser un número entero"),
        ("expense", "total", "1000", "debe ser un número entero"),
        ("expense", "iva", -1, "debe estar entre 0 y"),
        ("expense", "total", 10_000_000_000, "debe estar entre 0 y"),
        ("expense", "net", True, "debe ser un número entero"),
        ("expense", "document_type", "boleta", "no es uno de los valores"),
        ("expense", "funding", "SENCE", "no es uno de los valores"),
        ("expense", "activity", "curso", "no es uno de los valores"),
        ("expense", "supplier_rut", "76123456-1", "no es un RUT válido"),
        ("expense_receipt", "sha256", "A" * 64, "no es un SHA-256"),
        ("expense_receipt", "sha256", "a" * 63, "no es un SHA-256"),
        ("expense_receipt", "sha256", "a" * 64 + "\n", "no es un SHA-256"),
        ("month_closure", "month", "2026-10\n", "debe ser un mes aaaa-mm"),
        ("expense_receipt", "size", 20 * 1024 * 1024 + 1, "debe estar entre 1 y"),
        ("expense_receipt", "media_type", "image/gif", "no es uno de los valores"),
        ("month_closure", "action", "cerrado", "no es uno de los valores"),
        ("month_closure", "month", "2026-13", "debe ser un mes aaaa-mm"),
        ("month_closure", "month", "2026-1", "debe ser un mes aaaa-mm"),
        ("fomil_agreement", "transfer_amount", 0, "debe estar entre 1 y"),
        ("fomil_agreement", "year", 1999, "debe estar entre 2000 y 2100"),
    ],
)
def test_bad_values_of_the_rendition_are_named(table, name, value, words):
    problems = protocol.check_fields(table, {name: value})
    assert words in problems[name]
    assert protocol.check_fields(table, {name: value}, version=5) == {
        "": "la tabla no se sincroniza"
    }  # a version-5 device neither sends nor receives them


def test_good_values_of_the_rendition_pass():
    assert protocol.check_fields("expense_receipt", {"sha256": "0a" * 32, "size": 1}) == {}
    assert protocol.check_fields("month_closure", {"month": "2026-10", "opening_balance": -5}) == {}


def test_the_keys_of_the_rendition():
    agreement = "0193a1c2-0000-7000-8000-000000000001"
    assert protocol.identity_of("fomil_agreement", {"year": 2026, "deleted_at": None}) == (
        "year:2026"
    )
    assert (
        protocol.identity_of("fomil_agreement", {"year": 2026, "deleted_at": "2026-11-01"}) is None
    )
    one = protocol.identity_of("budget_line", {"agreement_id": agreement, "name": "Difusión "})
    assert one == protocol.identity_of(
        "budget_line", {"agreement_id": agreement, "name": "  DIFUSION"}
    )
    assert one is not None and len(one) <= 80
    expense = {"supplier_rut": "76123456-0", "document_type": "factura", "number": " 00123 "}
    assert protocol.identity_of("expense", expense) is None  # refused, never merged
    key = protocol.record_key("expense", expense)
    assert key == protocol.record_key("expense", {**expense, "number": "00123"})
    assert key != protocol.record_key("expense", {**expense, "number": "0123"})
    assert key is not None and key.startswith("76123456-0/factura/")
    long = protocol.record_key("expense", {**expense, "number": "ß" * 40})  # casefolds to 80
    assert long is not None and len(long) <= 80
    assert protocol.record_key("expense_receipt", {"sha256": "ab" * 32}) == "ab" * 32


@pytest.mark.parametrize(
    ("table", "name", "value"),
    [
        ("person", "rut", "12345678-5\n"),
        ("person", "birth_date", "1990-05-01\n"),
        ("person", "comuna_code", "10401\n"),
        ("attention", "person_id", "0193a1c2-0000-7000-8000-000000000001\n"),
        ("workshop_session", "starts_at", "09:30\n"),
    ],
)
def test_a_value_with_a_trailing_newline_is_refused(table, name, value):
    # A pattern anchored with «$» also matches before a final newline: every check is whole.
    assert name in protocol.check_fields(table, {name: value})
    assert protocol.check_fields(table, {name: value.rstrip()}) == {}


def test_a_persons_identity_always_fits_the_servers_column():
    # «İ» lower-cases to two characters: forty of them made a key of 99 (PostgreSQL refused the
    # whole batch). Such a key becomes a digest, the same for the same document.
    fields = {"rut": None, "document_type": "dni_extranjero", "document_number": "İ" * 40}
    key = protocol.identity_of("person", fields)
    assert key is not None and len(key) <= protocol.IDENTITY_LENGTH
    assert protocol.identity_of("person", dict(fields)) == key
    assert protocol.identity_of("person", {**fields, "document_number": "İ" * 39}) != key
    short = {"rut": None, "document_type": "pasaporte", "document_number": "AB 123"}
    assert protocol.identity_of("person", short) == "doc:pasaporte:ab123"  # unchanged
