"""What the erasure (supresión, anonimización) of a person removes, shared by the desktop that
anonymises and the regional server that purges the old values it still keeps (Ley 21.719, art. 8;
README «Derechos de las personas»).

An anonymised person keeps what the office must keep for its reports and the FOMIL rendición
(atenciones' dates and kinds, workshop attendance, placements' dates, sex, comuna, the year of
birth), without anything that says who they are. Pure Python: the rules, not the storage.
"""

from __future__ import annotations

from datetime import date

ANONYMOUS_FIRST_NAMES = "Persona"
ANONYMOUS_LAST_NAME = "anonimizada"
"""An anonymised person's name: «Persona anonimizada»."""

PERSON_ERASED: dict[str, object] = {
    "first_names": ANONYMOUS_FIRST_NAMES,
    "last_name_1": ANONYMOUS_LAST_NAME,
    "last_name_2": "",
    "rut": None,
    "document_type": None,
    "document_number": "",
    "document_country": "",
    "birth_date": None,  # replaced by the middle of the birth year (kept_birth_date)
    "nationality": "",
    "address": "",
    "phone": "",
    "email": "",
    "occupation": "",
    "experience": "",
    "has_disability": False,
    "rnd_registered": False,
    "woman_head_of_household": False,
    "migrant": False,
    "indigenous": False,
    "consent_on": None,
    "consent_method": None,
    "notes": "",
}
"""The person's fields the anonymisation overwrites, and the value each takes."""

CONTACT_FIELDS = ("phone", "email")
"""Kept, while a placement of the person waits for its follow-up, to make that call."""

RELATED_ERASED: dict[str, dict[str, object]] = {
    "attention": {"notes": ""},
    "satisfaction_survey": {"comment": ""},
    "referral": {"candidate_name": "", "candidate_rut": None, "candidate_phone": "", "notes": ""},
    "placement": {"notes": ""},
}
"""The free text and copied identity of the person's other records, and the value each takes."""

ERASED_FIELDS: dict[str, frozenset[str]] = {
    "person": frozenset(PERSON_ERASED),
    **{table: frozenset(values) for table, values in RELATED_ERASED.items()},
}
"""Per table, the fields whose old values must not survive an anonymisation anywhere (payloads
of earlier changes, conflicts, records set aside)."""

IDENTIFYING_FIELDS: dict[str, frozenset[str]] = {
    "person": frozenset(PERSON_ERASED) - {"birth_date"},
    "referral": frozenset({"candidate_name", "candidate_rut", "candidate_phone"}),
}
"""What a later change may not put back into an anonymised person's record (a name, a RUT, a
contact…): the server refuses it (regional ``_erasure_rules``)."""

ANONYMISED_AGAIN = (
    "La persona fue anonimizada (supresión de sus datos): no se le pueden volver a poner datos "
    "que la identifiquen. El cambio hecho en este equipo no se guardó; los demás siguen."
)
"""Why the server refuses a change that would identify an anonymised person again."""


def kept_birth_date(birth_date: date | None) -> date | None:
    """What an anonymised person keeps of their birth date: the year, as 1 July of it (the
    middle of the year: age groups of the reports stay right within six months)."""
    return None if birth_date is None else date(birth_date.year, 7, 1)


def is_blank(value: object) -> bool:
    """Empty as erased fields are: None, ``""`` or false."""
    return value is None or value == "" or value is False
