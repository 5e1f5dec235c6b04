"""The office's identity: its comuna and its officer (first-run set-up), and how its printed
documents look (municipality's name, paper, logo: the letterhead of every PDF)."""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from omil_desktop.domain.privacy import DEFAULT_LOCK_MINUTES
from omil_desktop.domain.territory import Territory
from omil_desktop.domain.text import os_reason, size_text
from omil_desktop.domain.texts import QT_TRANSLATE_NOOP, Labels, translate
from omil_desktop.reports.paper import Paper
from omil_desktop.services.errors import ServiceError, ValidationFailed
from omil_desktop.store.clock import utcnow
from omil_desktop.store.database import Database
from omil_desktop.store.models import Office

if TYPE_CHECKING:
    from omil_desktop.reports.template import Letterhead

MUNICIPALITY_MAX = 200
"""Longest name of the municipality (the column's size)."""
LOGO_MAX_BYTES = 2 * 1024 * 1024
"""Largest logo file accepted (2 MB)."""
LOGO_MAX_PIXELS = 1000
"""A bigger logo is stored scaled down to this many pixels on its longer side: printed 13 mm
high, that is far more than a printer shows, and every PDF stays light."""
LOGO_FORMATS = ("PNG", "JPEG")
LOCK_MINUTES_MIN = 1
LOCK_MINUTES_MAX = 120
"""The window's idle lock: from 1 minute to 2 hours without use."""
DOCUMENT_LABELS = Labels(
    "services.office",
    {
        "municipality_name": QT_TRANSLATE_NOOP("services.office", "Nombre de la municipalidad"),
        "paper": QT_TRANSLATE_NOOP("services.office", "Tamaño del papel"),
        "logo": QT_TRANSLATE_NOOP("services.office", "Logo municipal"),
    },
)


@dataclass(frozen=True)
class OfficeInfo:
    comuna_code: str
    comuna_name: str
    region_name: str
    officer_name: str

    @property
    def title(self) -> str:
        return translate("services.office", "OMIL {comuna_name}").format(
            comuna_name=self.comuna_name
        )


@dataclass(frozen=True)
class DocumentSettings:
    """How the office's printed documents look."""

    municipality_name: str
    """As the officer wrote it (e.g. «Ilustre Municipalidad de Palena»); empty: the default."""
    paper: Paper
    logo: bytes | None
    """PNG or JPEG bytes, or None."""
    comuna_name: str
    region_name: str
    officer_name: str

    @property
    def default_municipality(self) -> str:
        return translate("services.office", "Municipalidad de {comuna_name}").format(
            comuna_name=self.comuna_name
        )

    @property
    def municipality(self) -> str:
        """What the header prints as the municipality."""
        return self.municipality_name or self.default_municipality

    @property
    def office(self) -> str:
        """What the header prints under the municipality: «OMIL Palena · Región de Los Lagos»."""
        return translate("services.office", "OMIL {comuna_name} · {region_name}").format(
            comuna_name=self.comuna_name, region_name=self.region_name
        )


def logo_from_file(path: Path) -> bytes:
    """The bytes of a logo file, checked (see :func:`check_logo`); ValidationFailed (field
    ``logo``) with a Spanish message when it cannot be the logo."""
    try:
        size = path.stat().st_size
        if size > LOGO_MAX_BYTES:
            raise ValidationFailed({"logo": _too_heavy(size)})
        data = path.read_bytes()
    except FileNotFoundError:
        raise ValidationFailed(
            {
                "logo": translate("services.office", "No se encontró el archivo «{name}».").format(
                    name=path.name
                )
            }
        ) from None
    except IsADirectoryError:
        raise ValidationFailed(
            {
                "logo": translate(
                    "services.office", "«{name}» es una carpeta, no una imagen."
                ).format(name=path.name)
            }
        ) from None
    except OSError as exc:
        raise ValidationFailed(
            {
                "logo": translate(
                    "services.office", "No se pudo leer «{name}»: {os_reason}."
                ).format(name=path.name, os_reason=os_reason(exc))
            }
        ) from None
    return check_logo(data)


def _too_heavy(size: int) -> str:
    return translate(
        "services.office",
        "El logo pesa {size_text} y el máximo es 2 MB: elija una imagen más liviana.",
    ).format(size_text=size_text(size))


def check_logo(data: bytes) -> bytes:
    """``data`` when it is a PNG or JPEG image of at most 2 MB, scaled down to LOGO_MAX_PIXELS
    when bigger; ValidationFailed (field ``logo``) otherwise. Checked with Pillow, which decodes
    the whole image: a damaged or truncated file is refused here, not when a PDF is printed."""
    from PIL import Image, UnidentifiedImageError  # only choosing a logo needs it

    if len(data) > LOGO_MAX_BYTES:
        raise ValidationFailed({"logo": _too_heavy(len(data))})
    not_image = translate(
        "services.office",
        "El archivo no es una imagen PNG o JPEG: elija el logo en uno de esos formatos.",
    )
    try:
        with Image.open(BytesIO(data)) as image:
            kind = image.format
            if kind not in LOGO_FORMATS:
                raise ValidationFailed(
                    {
                        "logo": translate(
                            "services.office",
                            "El logo debe ser una imagen PNG o JPEG (este archivo es {kind}).",
                        ).format(kind=kind)
                    }
                )
            image.load()
            if max(image.size) <= LOGO_MAX_PIXELS and image.mode in ("RGB", "RGBA", "L", "P"):
                return data
            plain: Image.Image = image
            if plain.mode not in ("RGB", "RGBA", "L"):
                plain = plain.convert("RGBA" if "A" in plain.getbands() else "RGB")
            plain.thumbnail((LOGO_MAX_PIXELS, LOGO_MAX_PIXELS))
            out = BytesIO()
            if kind == "JPEG" and plain.mode != "RGBA":
                plain.save(out, "JPEG", quality=90)
            else:
                plain.save(out, "PNG")
            return out.getvalue()
    except ValidationFailed:
        raise
    except (UnidentifiedImageError, Image.DecompressionBombError):
        raise ValidationFailed({"logo": not_image}) from None
    except (OSError, SyntaxError, ValueError):  # Pillow's words for a damaged image
        raise ValidationFailed(
            {
                "logo": translate(
                    "services.office",
                    "La imagen está dañada o incompleta: elija otro archivo del logo.",
                )
            }
        ) from None


def logo_description(data: bytes) -> str:
    """«PNG de 300 × 360 píxeles (12 kB)», for the settings."""
    from PIL import Image

    with Image.open(BytesIO(data)) as image:
        width, height = image.size
        kind = image.format
    kilobytes = max(1, round(len(data) / 1024))
    return translate(
        "services.office", "{kind} de {width} × {height} píxeles ({kilobytes} kB)"
    ).format(kind=kind, width=width, height=height, kilobytes=kilobytes)


def check_office(territory: Territory, comuna_code: str, officer_name: str) -> tuple[str, str]:
    """The office's comuna code and officer's name, cleaned; ValidationFailed (fields
    ``comuna_code``, ``officer_name``) with every problem at once."""
    errors: dict[str, str] = {}
    comuna = territory.find_comuna(comuna_code) if comuna_code.strip() else None
    if comuna is None:
        errors["comuna_code"] = translate(
            "services.office", "Elija la comuna de la oficina de la lista."
        )
    officer_name = " ".join(officer_name.split())
    if len(officer_name) < 3:
        errors["officer_name"] = translate(
            "services.office", "Escriba el nombre completo de la persona a cargo."
        )
    if errors or comuna is None:
        raise ValidationFailed(errors)
    return comuna.code, officer_name


class OfficeService:
    def __init__(self, db: Database, territory: Territory) -> None:
        self._db = db
        self._territory = territory

    def current(self) -> OfficeInfo | None:
        with self._db.transaction() as session:
            office = session.scalars(select(Office)).first()
            return self._info(office) if office else None

    def set_up(self, comuna_code: str, officer_name: str) -> OfficeInfo:
        """Record (or correct) which comuna this office serves and who its officer is."""
        comuna_code, officer_name = check_office(self._territory, comuna_code, officer_name)
        with self._db.transaction() as session:
            office = session.scalars(select(Office)).first()
            if office is None:
                office = Office(created_at=utcnow())
                session.add(office)
            office.comuna_code = comuna_code
            office.officer_name = officer_name
            session.flush()
            return self._info(office)

    # -- printed documents -----------------------------------------------------------------------

    def document_settings(self) -> DocumentSettings:
        """The settings of printed documents (ServiceError when the office is not set up)."""
        with self._db.transaction() as session:
            office = self._office(session)
            info = self._info(office)
            try:
                paper = Paper(office.paper_size)
            except ValueError:
                paper = Paper.LETTER
            return DocumentSettings(
                municipality_name=office.municipality_name or "",
                paper=paper,
                logo=office.logo or None,
                comuna_name=info.comuna_name,
                region_name=info.region_name,
                officer_name=info.officer_name,
            )

    def save_document_settings(
        self, municipality_name: str, paper: Paper | str, logo: bytes | None
    ) -> DocumentSettings:
        """Record the municipality's name (empty: «Municipalidad de» and the comuna), the paper
        (``carta`` or ``a4``) and the logo (PNG or JPEG bytes, None: no logo). Every problem at
        once, as ValidationFailed (fields ``municipality_name``, ``paper``, ``logo``); then
        nothing is saved."""
        municipality_name, paper, logo = self.check_document_settings(
            municipality_name, paper, logo
        )
        with self._db.transaction() as session:
            office = self._office(session)
            office.municipality_name = municipality_name
            office.paper_size = paper.value
            office.logo = logo
        return self.document_settings()

    @staticmethod
    def check_document_settings(
        municipality_name: str, paper: Paper | str, logo: bytes | None
    ) -> tuple[str, Paper, bytes | None]:
        """The settings cleaned (see :meth:`save_document_settings`), or ValidationFailed with
        every problem at once."""
        errors: dict[str, str] = {}
        municipality_name = " ".join(municipality_name.split())
        if len(municipality_name) > MUNICIPALITY_MAX:
            errors["municipality_name"] = translate(
                "services.office",
                "El nombre de la municipalidad admite hasta {MUNICIPALITY_MAX} caracteres (tiene "
                "{len}).",
            ).format(MUNICIPALITY_MAX=MUNICIPALITY_MAX, len=len(municipality_name))
        chosen = Paper.LETTER
        try:
            chosen = Paper(str(paper).strip().lower())
        except ValueError:
            errors["paper"] = translate("services.office", "Elija el papel: carta o A4.")
        if logo is not None:
            try:
                logo = check_logo(logo)
            except ValidationFailed as exc:
                errors.update(exc.errors)
        if errors:
            raise ValidationFailed(errors)
        return municipality_name, chosen, logo

    def letterhead(self, settings: DocumentSettings | None = None) -> Letterhead:
        """The header of every printed document, from the settings: the municipality, «OMIL
        <comuna> · <región>», and the logo. The one place a document's letterhead comes from."""
        from omil_desktop.reports.template import Letterhead  # loads ReportLab: only to print

        settings = settings or self.document_settings()
        return Letterhead(settings.municipality, settings.office, settings.logo)

    # -- the window's lock -------------------------------------------------------------------------

    def lock_minutes(self) -> int:
        """Minutes without use after which the window locks (the default before set-up)."""
        with self._db.transaction() as session:
            office = session.scalars(select(Office)).first()
            minutes = office.lock_minutes if office is not None else None
            return minutes or DEFAULT_LOCK_MINUTES

    def save_lock_minutes(self, minutes: int) -> int:
        """Record the idle time before the window locks; ValidationFailed (``lock_minutes``)."""
        if not LOCK_MINUTES_MIN <= minutes <= LOCK_MINUTES_MAX:
            raise ValidationFailed(
                {
                    "lock_minutes": translate(
                        "services.office",
                        "El bloqueo por inactividad va de {LOCK_MINUTES_MIN} a {LOCK_MINUTES_MAX} "
                        "minutos.",
                    ).format(LOCK_MINUTES_MIN=LOCK_MINUTES_MIN, LOCK_MINUTES_MAX=LOCK_MINUTES_MAX)
                }
            )
        with self._db.transaction() as session:
            self._office(session).lock_minutes = minutes
        return minutes

    @staticmethod
    def _office(session: Session) -> Office:
        office = session.scalars(select(Office)).first()
        if office is None:
            raise ServiceError(
                translate(
                    "services.office",
                    "La oficina aún no está configurada: elija su comuna antes de imprimir.",
                )
            )
        return office

    def _info(self, office: Office) -> OfficeInfo:
        return OfficeInfo(
            comuna_code=office.comuna_code,
            comuna_name=self._territory.comuna(office.comuna_code).name,
            region_name=self._territory.region_of_comuna(office.comuna_code).name,
            officer_name=office.officer_name,
        )


def comuna_fixed_reason(db: Database) -> str | None:
    """Why the office's comuna can no longer change (Spanish), or None while it can: once a
    record is kept (people, companies… are filed under the office's comuna, and the regional
    server knows them by it) or once this PC is enrolled in sync (the server enrolled it for
    that comuna), another comuna would be another office."""
    from omil_desktop.domain.texts import translate
    from omil_desktop.store.models import ChangeLog, Company, Person, SyncState

    with db.transaction() as session:
        enrolled = session.scalars(
            select(SyncState.id).where(SyncState.device_id.is_not(None))
        ).first()
        if enrolled is not None:
            return translate(
                "Oficina",
                "Este equipo está inscrito en el servidor regional para esta comuna: la comuna "
                "ya no se puede cambiar aquí. Si está mal, avise a la Dirección Regional.",
            )
        kept = (
            session.scalars(select(ChangeLog.seq).limit(1)).first()
            or session.scalars(select(Person.id).limit(1)).first()
            or session.scalars(select(Company.id).limit(1)).first()
        )
        if kept is not None:
            return translate(
                "Oficina",
                "La oficina ya tiene registros guardados con esta comuna: cambiarla los dejaría en "
                "otra oficina. Si está mal, pida ayuda a soporte.",
            )
    return None
