"""The targets (metas) the Dirección Regional sets for its offices.

A target set here is a record of the office's own (``office_code`` its CUT) whose ``source`` is
``region``: the office receives it in its next sync and shows it read-only, and the server
refuses a device's change to it (``exchange._target_rules``). Its id is
:func:`omil_desktop.domain.targets.target_id` of the office, year and indicator, so setting it
again, or over a target the office typed, edits that one record.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from omil_desktop.domain.targets import (
    TargetIndicator,
    TargetSource,
    check_target_value,
    check_target_year,
    target_id,
)
from omil_desktop.regional.core import AdminError, ServiceCore, iso
from omil_desktop.regional.models import REGION_ORIGIN, Office, Record
from omil_desktop.regional.records import write_record
from omil_desktop.store.models import new_id
from omil_desktop.sync import protocol
from omil_desktop.sync.protocol import SHARED_FIELD, JSONValue

TARGET_TABLE = "target"


@dataclass(frozen=True, slots=True)
class TargetView:
    """A target as the server holds it."""

    row: str
    office: str
    office_name: str
    year: int
    indicator: TargetIndicator
    value: int
    source: TargetSource


class Targets(ServiceCore):
    """Targets the region sets, and the targets of its offices."""

    def set_target(self, office: str, year: int, indicator: str, value: int) -> str:
        """Set ``office``'s (its CUT or comuna name) target of ``indicator`` for ``year``: insert
        it, or edit the one the office or the region already has; returns its row id. Offices
        receive it in their next sync. Refused (AdminError, Spanish): an office not registered,
        an unknown indicator, a closed year (before this one), a negative value."""
        chosen = self._target_indicator(indicator)
        problem = check_target_year(year, self.clock().date()) or check_target_value(value)
        if problem:
            raise AdminError(problem)
        now = self.clock()
        with self.store.write() as session:
            info = self._info(session, lock=True)
            cut = self._target_office(session, office)
            row = target_id(cut, year, chosen)
            values: dict[str, JSONValue] = {
                "year": year,
                "indicator": chosen.value,
                "value": value,
                "source": TargetSource.REGION.value,
                "deleted_at": None,
                "updated_at": iso(now),
            }
            record = session.get(Record, (TARGET_TABLE, row)) or self._twin(session, cut, values)
            if record is None:
                values = {
                    "id": row,
                    "office_code": cut,
                    "created_at": iso(now),
                    SHARED_FIELD: False,
                    **values,
                }
            self._check_target(values, complete=record is None)
            write_record(
                session,
                info,
                table=TARGET_TABLE,
                row=record.row_id if record is not None else row,
                office=cut,
                op="insert" if record is None else "update",
                fields=values,
                base=info.last_seq,
                author=REGION_ORIGIN,
                change_id=new_id(),
                record=record,
                now=now,
            )
            return record.row_id if record is not None else row

    def delete_target(self, office: str, year: int, indicator: str) -> str:
        """Withdraw the target the region set for ``office`` (its CUT or comuna name),
        ``indicator`` and ``year``: a regional edit that sets ``deleted_at``; the office's PCs
        remove it in their next sync, and the office may then type its own. Returns its row id.
        Refused (AdminError, Spanish): an office not registered, an unknown indicator, a closed
        year, no live target, or a target the office typed (the office's own, not the region's
        to remove)."""
        chosen = self._target_indicator(indicator)
        problem = check_target_year(year, self.clock().date())
        if problem:
            raise AdminError(problem)
        now = self.clock()
        with self.store.write() as session:
            info = self._info(session, lock=True)
            cut = self._target_office(session, office)
            live: dict[str, JSONValue] = {"year": year, "indicator": chosen.value}
            record = session.get(Record, (TARGET_TABLE, target_id(cut, year, chosen)))
            if record is None or record.deleted:
                record = self._twin(session, cut, live)
            if record is None or record.deleted:
                raise AdminError(f"La oficina {cut} no tiene meta de «{chosen.label}» para {year}.")
            if record.fields.get("source") != TargetSource.REGION.value:
                raise AdminError(
                    f"La meta de «{chosen.label}» {year} de la oficina {cut} la fijó la oficina, "
                    "no la Dirección Regional: solo la oficina la quita."
                )
            write_record(
                session,
                info,
                table=TARGET_TABLE,
                row=record.row_id,
                office=cut,
                op="update",
                fields={"deleted_at": iso(now), "updated_at": iso(now)},
                base=info.last_seq,
                author=REGION_ORIGIN,
                change_id=new_id(),
                record=record,
                now=now,
            )
            return record.row_id

    def targets(self, year: int, office: str | None = None) -> list[TargetView]:
        """The year's targets of every office (or of ``office``), by office and indicator."""
        order = {indicator.value: n for n, indicator in enumerate(TargetIndicator)}
        with self.store.read() as session:
            query = select(Record).where(
                Record.table_name == TARGET_TABLE, Record.deleted.is_(False)
            )
            if office is not None:
                query = query.where(Record.office_code == self._target_office(session, office))
            names = {o.cut: o.name for o in session.scalars(select(Office))}
            found = []
            for record in session.scalars(query):
                fields = record.fields
                if fields.get("year") != year or fields.get("indicator") not in order:
                    continue
                found.append(
                    TargetView(
                        row=record.row_id,
                        office=record.office_code,
                        office_name=names.get(record.office_code, ""),
                        year=year,
                        indicator=TargetIndicator(fields["indicator"]),
                        value=int(fields.get("value") or 0),
                        source=TargetSource(fields.get("source") or TargetSource.OFFICE.value),
                    )
                )
        return sorted(found, key=lambda t: (t.office, order[t.indicator.value]))

    # -- inside ---------------------------------------------------------------------------------

    @staticmethod
    def _target_indicator(text: str) -> TargetIndicator:
        try:
            return TargetIndicator(text.strip())
        except ValueError:
            known = ", ".join(i.value for i in TargetIndicator)
            raise AdminError(f"No existe el indicador «{text}». Indicadores: {known}.") from None

    def _target_office(self, session: Session, office: str) -> str:
        comuna = self.territory.find_comuna(office)
        if comuna is None:
            raise AdminError(f"No existe la comuna «{office}».")
        if session.get(Office, comuna.code) is None:
            raise AdminError(
                f"La oficina {comuna.code} {comuna.name} no está registrada. Agréguela con: "
                f"omil-regional office add {comuna.code}"
            )
        return comuna.code

    @staticmethod
    def _twin(session: Session, office: str, values: dict[str, JSONValue]) -> Record | None:
        """The office's target of that year and indicator under another id (a device's)."""
        key = protocol.identity_of(TARGET_TABLE, values)
        if key is None:
            return None
        return session.scalars(
            select(Record).where(
                Record.office_code == office,
                Record.table_name == TARGET_TABLE,
                Record.identity == key,
            )
        ).first()

    def _check_target(self, values: dict[str, JSONValue], *, complete: bool) -> None:
        problems = protocol.check_fields(TARGET_TABLE, values, complete=complete)
        if problems:
            raise AdminError(protocol.describe_problems(problems, limit=20))
