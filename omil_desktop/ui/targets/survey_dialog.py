"""«Registrar encuesta»: a person's answer about one of their services — which service, the
nota from 1 to 7, a comment, and how it was asked. The same form corrects a survey
(``editing``)."""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from omil_desktop.domain.dates import format_date
from omil_desktop.domain.surveys import MAX_SCORE, MIN_SCORE, SurveyChannel, SurveyData
from omil_desktop.domain.surveys import SurveyService as RatedKind
from omil_desktop.services.clock import today
from omil_desktop.services.errors import NotFound, ServiceError, StorageError, ValidationFailed
from omil_desktop.services.surveys import RatedService, SurveyRow, SurveyService
from omil_desktop.ui.errors import show_problem
from omil_desktop.ui.widgets.date_field import DateField
from omil_desktop.ui.widgets.enum_combo import EnumCombo
from omil_desktop.ui.widgets.form import FieldErrors, FormDialog, FormSection
from omil_desktop.ui.widgets.labels import ElidedLabel


def _key(kind: RatedKind, service_id: str) -> str:
    return f"{kind.value}:{service_id}"


class SurveyDialog(FormDialog):
    """A survey of ``person_id`` about one of their services (``service``, if given, chosen);
    with ``editing``, that survey, filled in, to correct."""

    saved = Signal(str)

    def __init__(
        self,
        surveys: SurveyService,
        person_id: str,
        person_name: str,
        parent: QWidget | None = None,
        *,
        service: tuple[RatedKind, str] | None = None,
        editing: SurveyRow | None = None,
    ) -> None:
        super().__init__(parent, preferred=(560, 440))
        self._surveys = surveys
        self.person_id = person_id
        self.editing = editing
        self.survey_id: str | None = editing.id if editing is not None else None
        self.setWindowTitle(
            self.tr("Corregir encuesta de satisfacción")
            if editing is not None
            else self.tr("Registrar encuesta de satisfacción")
        )
        self.person = ElidedLabel(person_name, max_lines=2)
        self.person.setStyleSheet("font-weight: bold;")
        self.services: list[RatedService] = surveys.services_of(
            person_id, excluding=editing.id if editing is not None else None
        )
        self.service = QComboBox()
        self.service.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.service.setMinimumContentsLength(30)
        self.service.addItem(self.tr("— Elija el servicio que evalúa —"), None)
        for rated in self.services:
            text = f"{format_date(rated.on)} · {rated.description}"
            if rated.surveyed_on is not None:
                text += self.tr(" (ya encuestado el {day})").format(
                    day=format_date(rated.surveyed_on)
                )
            self.service.addItem(text, _key(rated.kind, rated.id))
            self.service.setItemData(self.service.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        self.answered_on = DateField()
        self.answered_on.set_value(today())
        self.score = QComboBox()
        self.score.addItem(self.tr("— Nota —"), None)
        for score in range(MAX_SCORE, MIN_SCORE - 1, -1):
            self.score.addItem(str(score), score)
        self.channel = EnumCombo(SurveyChannel)
        self.channel.set_value(SurveyChannel.PHONE)
        self.comment = QPlainTextEdit()
        self.comment.setTabChangesFocus(True)
        self.comment.setMinimumHeight(80)
        self.comment.setToolTip(self.tr("Enter: nueva línea · Ctrl+Enter: guardar"))
        self.section = FormSection(self.tr("Encuesta"))
        self.section.add("service", self.tr("Servicio evaluado *"), self.service)
        self.section.add("answered_on", self.tr("Fecha de la respuesta *"), self.answered_on)
        self.section.add("score", self.tr("Nota (1 a 7) *"), self.score).setToolTip(
            self.tr("1: muy insatisfecho · 7: muy satisfecho")
        )
        self.section.add("channel", self.tr("Cómo se hizo *"), self.channel)
        self.section.add("comment", self.tr("Comentario"), self.comment)
        self.errors = FieldErrors(self.section.fields, self.check, parent=self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.person)
        if not self.services:
            none = QLabel(
                self.tr(
                    "Esta persona aún no tiene atenciones, talleres completados, colocaciones ni "
                    "ferias que evaluar."
                )
            )
            none.setWordWrap(True)
            body.addWidget(none)
        body.addWidget(self.section, 1)
        self.hint.setText(
            self.tr("Los campos con * son obligatorios. Enter guarda; en Comentario, Ctrl+Enter.")
        )
        if editing is not None:
            service = (editing.service, editing.service_id)
            self.answered_on.set_value(editing.answered_on)
            self.score.setCurrentIndex(self.score.findData(editing.score))
            self.channel.set_value(editing.channel)
            self.comment.setPlainText(editing.comment)
        if service is not None:
            self.choose(*service)
        if self.service.currentIndex() > 0:
            self.score.setFocus()
        else:
            self.service.setFocus()

    def choose(self, kind: RatedKind, service_id: str) -> None:
        index = self.service.findData(_key(kind, service_id))
        if index >= 0:
            self.service.setCurrentIndex(index)

    def chosen(self) -> tuple[RatedKind, str] | None:
        """The service chosen: its kind and id (None: none yet)."""
        key = self.service.currentData()
        if not key:
            return None
        kind, _colon, service_id = str(key).partition(":")
        return RatedKind(kind), service_id

    def data(self) -> tuple[SurveyData, dict[str, str]]:
        errors: dict[str, str] = {}
        answered_on: date | None
        try:
            answered_on = self.answered_on.value()
        except ValueError as exc:
            errors["answered_on"] = str(exc)
            answered_on = None
        chosen = self.chosen()
        kind, service_id = chosen if chosen is not None else (None, None)
        return (
            SurveyData(
                person_id=self.person_id,
                service=kind,
                service_id=service_id,
                answered_on=answered_on,
                score=self.score.currentData(),
                comment=self.comment.toPlainText(),
                channel=cast(SurveyChannel | None, self.channel.value()),
            ),
            errors,
        )

    def check(self) -> dict[str, str]:
        data, errors = self.data()
        return {**data.cleaned().validate(today()), **errors}

    def save(self) -> None:
        self.answered_on.tidy()
        errors = self.check()
        if errors:
            self.reveal(self.errors.show(errors))
            return
        data, _errors = self.data()
        try:
            if self.editing is not None:
                self._surveys.update(self.editing.id, data)
            else:
                self.survey_id = self._surveys.add(data)
        except ValidationFailed as exc:
            self.reveal(self.errors.show(exc.errors))
            return
        except (ServiceError, StorageError, NotFound) as exc:
            show_problem(self, str(exc))
            return
        assert self.survey_id is not None
        self.saved.emit(self.survey_id)
        self.accept()
