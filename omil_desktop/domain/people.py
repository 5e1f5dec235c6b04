"""People served by the office (usuarios) and the services given to them (atenciones).

Pure rules: what a person record holds, what makes it valid, and how it is matched for search and
duplicate detection. Labels are Spanish because they are what the officer reads; the codes stored
in the database are the enum values and never change once released.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from contextlib import suppress
from dataclasses import dataclass, fields
from datetime import date
from enum import StrEnum

from omil_desktop.domain.dates import age_on
from omil_desktop.domain.privacy import LegalBasis
from omil_desktop.domain.rut import Rut
from omil_desktop.domain.text import fold
from omil_desktop.domain.texts import QT_TRANSLATE_NOOP, Labels, translate


class Sex(StrEnum):
    FEMALE = "F"
    MALE = "M"
    OTHER = "X"

    @property
    def label(self) -> str:
        return {
            "F": translate("domain.people", "Mujer"),
            "M": translate("domain.people", "Hombre"),
            "X": translate("domain.people", "Otro / prefiere no decir"),
        }[self.value]


class DocumentType(StrEnum):
    PASSPORT = "pasaporte"
    FOREIGN_ID = "dni_extranjero"
    OTHER = "otro"

    @property
    def label(self) -> str:
        return {
            "pasaporte": translate("domain.people", "Pasaporte"),
            "dni_extranjero": translate("domain.people", "Documento de identidad extranjero"),
            "otro": translate("domain.people", "Otro documento"),
        }[self.value]


class EducationLevel(StrEnum):
    NONE = "sin_estudios"
    PRIMARY_INCOMPLETE = "basica_incompleta"
    PRIMARY = "basica_completa"
    SECONDARY_INCOMPLETE = "media_incompleta"
    SECONDARY = "media_completa"
    TECHNICAL_INCOMPLETE = "tecnica_incompleta"
    TECHNICAL = "tecnica_completa"
    UNIVERSITY_INCOMPLETE = "universitaria_incompleta"
    UNIVERSITY = "universitaria_completa"
    POSTGRADUATE = "postgrado"

    @property
    def label(self) -> str:
        return {
            "sin_estudios": translate("domain.people", "Sin estudios"),
            "basica_incompleta": translate("domain.people", "Básica incompleta"),
            "basica_completa": translate("domain.people", "Básica completa"),
            "media_incompleta": translate("domain.people", "Media incompleta"),
            "media_completa": translate("domain.people", "Media completa"),
            "tecnica_incompleta": translate("domain.people", "Técnica superior incompleta"),
            "tecnica_completa": translate("domain.people", "Técnica superior completa"),
            "universitaria_incompleta": translate("domain.people", "Universitaria incompleta"),
            "universitaria_completa": translate("domain.people", "Universitaria completa"),
            "postgrado": translate("domain.people", "Postgrado"),
        }[self.value]


class JobStatus(StrEnum):
    UNEMPLOYED = "cesante"
    EMPLOYED = "ocupado"
    FIRST_JOB = "primer_empleo"
    INACTIVE = "inactivo"

    @property
    def label(self) -> str:
        return {
            "cesante": translate("domain.people", "Cesante"),
            "ocupado": translate("domain.people", "Ocupado"),
            "primer_empleo": translate("domain.people", "Busca trabajo por primera vez"),
            "inactivo": translate("domain.people", "Inactivo"),
        }[self.value]


class UnemploymentInsurance(StrEnum):
    """Seguro de cesantía (AFC) situation, including the Fondo de Cesantía Solidario (FCS)."""

    NOT_AFFILIATED = "no_afiliado"
    AFFILIATED = "afiliado"
    INDIVIDUAL_ACCOUNT = "cuenta_individual"
    FCS = "fcs"

    @property
    def label(self) -> str:
        return {
            "no_afiliado": translate("domain.people", "No afiliado"),
            "afiliado": translate("domain.people", "Afiliado, sin uso"),
            "cuenta_individual": translate("domain.people", "Cobrando cuenta individual"),
            "fcs": translate("domain.people", "Beneficiario Fondo de Cesantía Solidario (FCS)"),
        }[self.value]


class ConsentMethod(StrEnum):
    SIGNED = "firma"
    VERBAL = "verbal"
    ELECTRONIC = "electronico"

    @property
    def label(self) -> str:
        return {
            "firma": translate("domain.people", "Firma en formulario"),
            "verbal": translate("domain.people", "Verbal, registrado por el funcionario"),
            "electronico": translate("domain.people", "Medio electrónico"),
        }[self.value]


class ServiceKind(StrEnum):
    """Kinds of atención recorded for a person."""

    INFORMATION = "informacion"
    GUIDANCE = "orientacion"
    BNE_REGISTRATION = "inscripcion_bne"
    FCS_CERTIFICATION = "certificacion_fcs"
    TRAINING_REFERRAL = "derivacion_capacitacion"
    OTHER_REFERRAL = "derivacion_otro_servicio"
    JOB_READINESS = "apresto"
    JOB_FAIR = "feria_laboral"
    OTHER = "otro"

    @property
    def label(self) -> str:
        return {
            "informacion": translate("domain.people", "Información"),
            "orientacion": translate("domain.people", "Orientación laboral"),
            "inscripcion_bne": translate("domain.people", "Inscripción BNE"),
            "certificacion_fcs": translate(
                "domain.people", "Certificación seguro de cesantía (FCS)"
            ),
            "derivacion_capacitacion": translate("domain.people", "Derivación a capacitación"),
            "derivacion_otro_servicio": translate("domain.people", "Derivación a otro servicio"),
            "apresto": translate("domain.people", "Apresto laboral"),
            "feria_laboral": translate("domain.people", "Feria laboral"),
            "otro": translate("domain.people", "Otro"),
        }[self.value]


class PriorityGroup(StrEnum):
    WOMAN_HEAD_OF_HOUSEHOLD = "mujer_jefa_hogar"
    YOUTH = "joven"
    OVER_50 = "mayor_50"
    MIGRANT = "migrante"
    INDIGENOUS = "pueblo_originario"

    @property
    def label(self) -> str:
        return {
            "mujer_jefa_hogar": translate("domain.people", "Mujer jefa de hogar"),
            "joven": translate("domain.people", "Joven 18–29"),
            "mayor_50": translate("domain.people", "Mayor de 50"),
            "migrante": translate("domain.people", "Migrante"),
            "pueblo_originario": translate("domain.people", "Pueblo originario"),
        }[self.value]


ENUM_FIELDS: dict[str, type[StrEnum]] = {
    "document_type": DocumentType,
    "sex": Sex,
    "education_level": EducationLevel,
    "job_status": JobStatus,
    "unemployment_insurance": UnemploymentInsurance,
    "consent_method": ConsentMethod,
    "legal_basis": LegalBasis,
}
"""The fields of :class:`PersonData` that hold an enum, and which one (stored as its value)."""

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


MULTILINE_FIELDS = frozenset({"experience", "notes"})
"""Free-text fields written in a multi-line box, whose line breaks are kept."""

LONG_TEXT_MAX = 10_000
"""Longest free text (a person's experience and notes, an atención's notes): a few pages."""

MAX_LENGTHS: dict[str, int] = {
    "first_names": 120,
    "last_name_1": 80,
    "last_name_2": 80,
    "document_number": 40,
    "document_country": 80,
    "nationality": 80,
    "address": 200,
    "phone": 30,
    "email": 120,
    "occupation": 200,
    "experience": LONG_TEXT_MAX,
    "notes": LONG_TEXT_MAX,
}
"""The one place for the length limits of a person's text fields (characters, after trimming).

The form stops typing at them, the service refuses longer values and so does the import (it goes
through the service's check). Those with a column length in the store match it (a test says so).
"""

ATTENTION_NOTES_MAX = LONG_TEXT_MAX

FIELD_LABELS: Mapping[str, str] = Labels(
    "domain.people",
    {
        "first_names": QT_TRANSLATE_NOOP("domain.people", "Nombres"),
        "last_name_1": QT_TRANSLATE_NOOP("domain.people", "Apellido paterno"),
        "last_name_2": QT_TRANSLATE_NOOP("domain.people", "Apellido materno"),
        "document_number": QT_TRANSLATE_NOOP("domain.people", "N° de documento"),
        "document_country": QT_TRANSLATE_NOOP("domain.people", "País del documento"),
        "nationality": QT_TRANSLATE_NOOP("domain.people", "Nacionalidad"),
        "address": QT_TRANSLATE_NOOP("domain.people", "Dirección"),
        "phone": QT_TRANSLATE_NOOP("domain.people", "Teléfono"),
        "email": QT_TRANSLATE_NOOP("domain.people", "Correo"),
        "occupation": QT_TRANSLATE_NOOP("domain.people", "Oficio u ocupación"),
        "experience": QT_TRANSLATE_NOOP("domain.people", "Experiencia"),
        "notes": QT_TRANSLATE_NOOP("domain.people", "Observaciones"),
    },
)


def too_long(label: str, limit: int, length: int) -> str:
    """The Spanish message for a text longer than its limit."""
    return f"{label}: hasta {limit:,} caracteres (tiene {length:,}).".replace(",", ".")


# -- phones ---------------------------------------------------------------------------------------

CHILE_AREA_CODES = frozenset(
    {"32", "33", "34", "35", "41", "42", "43", "45", "51", "52", "53", "55", "57", "58", "61"}
    | {"63", "64", "65", "67", "71", "72", "73", "75"}
)
"""Two-digit area codes of Chilean fixed lines outside Santiago (whose code is 2)."""

PHONE_MESSAGE = (
    "Escriba un teléfono chileno de 9 dígitos (celular 9\u00a01234\u00a05678, fijo con "
    "código de área: 65\u00a0212\u00a03456) o uno extranjero con + y el código del país."
)
"""(The examples keep their digits together on one line: no-break spaces.)"""
_PHONE_CHARS = re.compile(r"[\d\s()+./-]*")


def normalize_phone(text: str) -> str:
    """A phone as one way of writing it: ``+56 9 1234 5678``, ``+56 2 2123 4567``,
    ``+56 65 212 3456``; a foreign one keeps the officer's grouping after ``+`` and its code.

    Accepts what people write: ``987654321``, ``9 8765 4321``, ``(09) 8765 4321``,
    ``56987654321``, ``+56 9 8765-4321``, ``0054 11 1234 5678``. An empty text stays empty.
    Raises ValueError (Spanish) when it cannot be a phone number, e.g. 8 digits without the
    leading 9 of a mobile or the area code of a fixed line.
    """
    written = " ".join(text.split())
    if not written:
        return ""
    if not _PHONE_CHARS.fullmatch(written) or written.count("+") > 1 or "+" in written[1:]:
        raise ValueError(PHONE_MESSAGE)
    digits = re.sub(r"\D", "", written)
    international = written.startswith("+") or digits.startswith("00")
    if international:
        digits = digits[2:] if digits.startswith("00") else digits
        if not digits.startswith("56"):
            if not 7 <= len(digits) <= 15:
                raise ValueError(PHONE_MESSAGE)
            grouped = re.sub(r"[^\d]+", " ", written).split()
            if written.startswith("00") or grouped[0].startswith("00"):
                grouped[0] = grouped[0][2:]
            return "+" + " ".join(group for group in grouped if group)
        national = digits[2:]
    elif len(digits) == 11 and digits.startswith("56"):
        national = digits[2:]
    else:
        national = digits
    if len(national) == 10 and national.startswith("0"):  # trunk prefix: (09) 8765 4321
        national = national[1:]
    if len(national) != 9:
        raise ValueError(PHONE_MESSAGE)
    if national[0] in "92":  # mobiles, and Santiago's fixed lines
        return f"+56 {national[0]} {national[1:5]} {national[5:]}"
    if national[:2] in CHILE_AREA_CODES:
        return f"+56 {national[:2]} {national[2:5]} {national[5:]}"
    raise ValueError(PHONE_MESSAGE)


def tidy_lines(text: str) -> str:
    """Collapse spaces within each line and drop blank lines at both ends; keep line breaks."""
    return "\n".join(" ".join(line.split()) for line in text.splitlines()).strip("\n")


@dataclass
class PersonData:
    """Everything the officer records about a person, as entered (before storage)."""

    first_names: str = ""
    last_name_1: str = ""
    last_name_2: str = ""
    rut: Rut | None = None
    document_type: DocumentType | None = None
    document_number: str = ""
    document_country: str = ""
    birth_date: date | None = None
    sex: Sex | None = None
    nationality: str = "Chilena"
    comuna_code: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    education_level: EducationLevel | None = None
    job_status: JobStatus | None = None
    occupation: str = ""
    experience: str = ""
    has_disability: bool = False
    rnd_registered: bool = False
    woman_head_of_household: bool = False
    migrant: bool = False
    indigenous: bool = False
    unemployment_insurance: UnemploymentInsurance | None = None
    bne_registered_on: date | None = None
    consent_on: date | None = None
    consent_method: ConsentMethod | None = None
    notes: str = ""
    legal_basis: LegalBasis = LegalBasis.LEGAL_FUNCTION
    """Why the office processes the person's data (domain.privacy.PROCESSING_BASIS says on
    what basis each processing rests); «consentimiento» needs the consent recorded."""

    def full_name(self) -> str:
        return full_name(self.first_names, self.last_name_1, self.last_name_2)

    def validate(self, today: date, known_comuna: bool = True) -> dict[str, str]:
        """Return field name → Spanish message for every problem; empty when the record is valid.

        ``known_comuna`` tells whether ``comuna_code`` exists in the territory catalogue (the caller
        owns the catalogue).
        """
        errors: dict[str, str] = {}
        if not self.first_names.strip():
            errors["first_names"] = translate("domain.people", "Escriba los nombres.")
        if not self.last_name_1.strip():
            errors["last_name_1"] = translate(
                "domain.people", "Escriba el apellido paterno (o el único apellido)."
            )
        if self.rut is None:
            if self.document_type is None:
                errors["document_type"] = translate(
                    "domain.people", "Sin RUT, indique el tipo de documento (pasaporte u otro)."
                )
            if not self.document_number.strip():
                errors["document_number"] = translate(
                    "domain.people", "Sin RUT, escriba el número del documento."
                )
            if not self.document_country.strip():
                errors["document_country"] = translate(
                    "domain.people", "Sin RUT, indique el país que emitió el documento."
                )
        if self.birth_date is not None:
            if self.birth_date > today:
                errors["birth_date"] = translate(
                    "domain.people", "La fecha de nacimiento no puede ser futura."
                )
            elif age_on(self.birth_date, today) < 14:
                errors["birth_date"] = translate(
                    "domain.people", "La OMIL atiende a personas de 14 años o más."
                )
            elif age_on(self.birth_date, today) > 110:
                errors["birth_date"] = translate(
                    "domain.people", "Revise la fecha de nacimiento: la edad pasa de 110 años."
                )
        if not self.comuna_code:
            errors["comuna_code"] = translate("domain.people", "Elija la comuna de residencia.")
        elif not known_comuna:
            errors["comuna_code"] = translate(
                "domain.people", "La comuna no existe en el catálogo."
            )
        if self.email.strip() and not _EMAIL.match(self.email.strip()):
            errors["email"] = translate(
                "domain.people", "El correo no parece válido (ejemplo: nombre@dominio.cl)."
            )
        try:
            normalize_phone(self.phone)
        except ValueError as exc:
            errors["phone"] = str(exc)
        for name, limit in MAX_LENGTHS.items():
            length = len(getattr(self, name).strip())
            if length > limit:
                errors[name] = too_long(FIELD_LABELS[name], limit, length)
        if self.rnd_registered and not self.has_disability:
            errors["rnd_registered"] = translate(
                "domain.people", "La credencial RND corresponde a personas con discapacidad."
            )
        if self.bne_registered_on is not None and self.bne_registered_on > today:
            errors["bne_registered_on"] = translate(
                "domain.people", "La fecha de inscripción en la BNE no puede ser futura."
            )
        if (self.consent_on is None) != (self.consent_method is None):
            errors["consent_on"] = translate(
                "domain.people", "Indique la fecha y la forma en que se dio el consentimiento."
            )
        elif self.consent_on is not None and self.consent_on > today:
            errors["consent_on"] = translate(
                "domain.people", "La fecha del consentimiento no puede ser futura."
            )
        if self.legal_basis == LegalBasis.CONSENT and self.consent_on is None:
            errors["legal_basis"] = translate(
                "domain.people",
                "Con base en el consentimiento, registre la fecha y la forma en que se dio.",
            )
        return errors

    def cleaned(self) -> PersonData:
        """A copy with runs of spaces collapsed and surrounding spaces removed in text fields,
        and the phone written one way (:func:`normalize_phone`). Names keep their case.

        The long free-text fields (:data:`MULTILINE_FIELDS`) keep the officer's line breaks.
        """
        values = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, str):
                value = tidy_lines(value) if f.name in MULTILINE_FIELDS else " ".join(value.split())
            values[f.name] = value
        with suppress(ValueError):  # else validate() says why; the text stays as written
            values["phone"] = normalize_phone(values["phone"])
        # A blank basis (an import's empty cell) is the default one; any value is read back as
        # the enum (cleaning made it a plain string).
        values["legal_basis"] = LegalBasis(values["legal_basis"] or LegalBasis.LEGAL_FUNCTION)
        if values["rut"] is not None:
            values["document_type"] = None
            values["document_number"] = ""
            values["document_country"] = ""
        return PersonData(**values)


def full_name(first_names: str, last_name_1: str, last_name_2: str = "") -> str:
    return " ".join(part for part in (first_names, last_name_1, last_name_2) if part)


def priority_groups(
    *,
    birth_date: date | None,
    sex: Sex | None,
    woman_head_of_household: bool,
    migrant: bool,
    indigenous: bool,
    today: date,
) -> list[PriorityGroup]:
    """The priority groups a person belongs to today; age groups follow from the birth date."""
    groups: list[PriorityGroup] = []
    if woman_head_of_household and sex is Sex.FEMALE:
        groups.append(PriorityGroup.WOMAN_HEAD_OF_HOUSEHOLD)
    if birth_date is not None:
        age = age_on(birth_date, today)
        if 18 <= age <= 29:
            groups.append(PriorityGroup.YOUTH)
        elif age > 50:
            groups.append(PriorityGroup.OVER_50)
    if migrant:
        groups.append(PriorityGroup.MIGRANT)
    if indigenous:
        groups.append(PriorityGroup.INDIGENOUS)
    return groups


def search_key(
    rut: Rut | None, first_names: str, last_name_1: str, last_name_2: str, document_number: str
) -> str:
    """The text a person is found by: RUT digits, document number and folded names."""
    parts = [rut.digits.lower() if rut else "", _squash(document_number)]
    parts.append(fold(full_name(first_names, last_name_1, last_name_2)))
    return " ".join(p for p in parts if p)


def sort_key(first_names: str, last_name_1: str, last_name_2: str) -> str:
    """People are listed by surnames, then names, ignoring case and accents."""
    return fold(f"{last_name_1} {last_name_2} {first_names}")


def identity_key(
    rut: Rut | None, document_type: DocumentType | None, document_number: str
) -> str | None:
    """What makes two records the same person for certain: the RUT, else the foreign document."""
    if rut is not None:
        return f"rut:{rut.compact}"
    if document_number.strip():
        kind = str(document_type) if document_type else ""
        return f"doc:{kind}:{_squash(document_number)}"
    return None


def search_terms(query: str) -> list[str]:
    """Split what the officer typed into terms matched against :func:`search_key`.

    A term with digits is a (partial) RUT or document number: dots, dashes and spaces inside it
    are ignored, so ``12.345`` finds ``12345678-5``. Other terms are folded names.
    """
    query = query.strip()
    if not query:
        return []
    if re.fullmatch(r"[\d.\s-]*\d[\d.\s-]*[kK]?", query):
        return [_squash(query)]
    return [_squash(t) if any(c.isdigit() for c in t) else fold(t) for t in query.split()]


def _squash(text: str) -> str:
    return re.sub(r"[.\s-]", "", text).lower()


SIMILAR_NAME_THRESHOLD = 88.0


def similar_names(
    name_key: str, candidates: Iterable[tuple[str, str]], threshold: float = SIMILAR_NAME_THRESHOLD
) -> list[str]:
    """Ids of candidates ``(id, folded name key)`` whose name is very close to ``name_key``.

    Token-sort similarity, so swapped or slightly misspelt names ("Nunez Perez Maria" and
    "Nuñes Peres María") still match, while different people with one shared surname do not.
    """
    ids: list[str] = []
    keys: list[str] = []
    for candidate_id, key in candidates:
        ids.append(candidate_id)
        keys.append(key)
    from rapidfuzz import fuzz, process  # only duplicate checks need it: off the start-up path

    matches = process.extract(
        name_key, keys, scorer=fuzz.token_sort_ratio, score_cutoff=threshold, limit=10
    )
    return [ids[index] for _key, _score, index in matches]


def validate_attention(
    on: date | None, kind: ServiceKind | None, notes: str, today: date
) -> dict[str, str]:
    """Field name (``date``, ``kind``, ``notes``) → Spanish message for an atención."""
    errors: dict[str, str] = {}
    if on is None:
        errors["date"] = translate("domain.people", "Indique la fecha de la atención.")
    elif on > today:
        errors["date"] = translate("domain.people", "La fecha de la atención no puede ser futura.")
    if kind is None:
        errors["kind"] = translate("domain.people", "Elija el tipo de atención.")
    length = len(tidy_lines(notes))
    if length > ATTENTION_NOTES_MAX:
        errors["notes"] = too_long(translate("domain.people", "Notas"), ATTENTION_NOTES_MAX, length)
    return errors
