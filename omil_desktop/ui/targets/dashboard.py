"""The year's targets at a glance: gestión and colocación apart, each target with its bar, its
figures and, in words, where it stands and the pace the rest of the year needs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.domain.targets import TargetArea, TargetSource, TargetStatus, unit_text
from omil_desktop.domain.texts import QT_TRANSLATE_NOOP
from omil_desktop.services.targets import TargetProgress
from omil_desktop.ui.targets.bar import TargetBar

REGION_SET = QT_TRANSLATE_NOOP("TargetCard", "Fijada por la Dirección Regional")
OFFICE_SET = QT_TRANSLATE_NOOP("TargetCard", "Fijada por la oficina")


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


class TargetCard(QWidget):
    """One target: its name and who set it, the bar, the figures and the pace in words."""

    def __init__(self, progress: TargetProgress, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress = progress
        target = progress.target
        self.name = QLabel(target.indicator.label)
        self.name.setStyleSheet("font-weight: bold;")
        self.name.setWordWrap(True)
        self.source = QLabel(
            self.tr(REGION_SET) if target.source is TargetSource.REGION else self.tr(OFFICE_SET)
        )
        self.source.setStyleSheet("color: #555;")
        self.source.setWordWrap(True)
        self.bar = TargetBar()
        self.figures = QLabel(self.figures_text())
        self.figures.setWordWrap(True)
        self.pace = QLabel(self.pace_text())
        self.pace.setWordWrap(True)
        self.pace.setTextFormat(Qt.TextFormat.PlainText)
        pace = progress.pace
        self.bar.set_progress(
            pace.fraction,
            None if pace.year_over else pace.expected_fraction,
            pace.status,
            f"{self.figures.text()} {self.pace.text()}",
        )
        left = QVBoxLayout()
        left.setSpacing(0)
        left.addWidget(self.name)
        left.addWidget(self.source)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(2)
        right.addWidget(self.bar)
        right.addWidget(self.figures)
        right.addWidget(self.pace)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addLayout(left, 0, 0)
        layout.addLayout(right, 0, 1)
        layout.setColumnMinimumWidth(0, 170)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 3)

    def figures_text(self) -> str:
        """«45 de 120 (37 %) · Atrasada: a hoy se esperaban 50.»"""
        pace = self.progress.pace
        reached = self.tr("{value} de {target} ({percent} %)").format(
            value=_number(pace.value), target=_number(pace.target), percent=pace.percent
        )
        status = pace.status.label
        if pace.status in (TargetStatus.BEHIND, TargetStatus.ON_TRACK):
            return self.tr("{reached} · {status}: a hoy se esperaban {expected}.").format(
                reached=reached, status=status, expected=_number(pace.expected)
            )
        return self.tr("{reached} · {status}.").format(reached=reached, status=status)

    def pace_text(self) -> str:
        """What the rest of the year needs, in words: «Faltan 34 colocaciones: 3 al mes hasta
        diciembre.»"""
        pace = self.progress.pace
        indicator = self.progress.indicator
        missing = unit_text(indicator, pace.missing)
        if pace.year_over:
            if pace.status is TargetStatus.MET:
                return self.tr("Año cerrado: meta cumplida.")
            if pace.missing == 1:
                return self.tr("Año cerrado: faltó {missing}.").format(missing=missing)
            return self.tr("Año cerrado: faltaron {missing}.").format(missing=missing)
        if pace.missing == 0:
            extra = pace.value - pace.target
            if extra > 0:
                return self.tr("Meta cumplida, con {extra} más.").format(
                    extra=unit_text(indicator, extra)
                )
            return self.tr("Meta cumplida.")
        if pace.status is TargetStatus.NOT_STARTED:
            return self.tr(
                "Falta(n) {missing}: {per_month} al mes de enero a diciembre.", "", pace.missing
            ).format(missing=missing, per_month=_number(pace.per_month))
        if pace.months_left == 1:
            return self.tr("Falta(n) {missing}, todo en diciembre.", "", pace.missing).format(
                missing=missing
            )
        return self.tr(
            "Falta(n) {missing}: {per_month} al mes hasta diciembre.", "", pace.missing
        ).format(missing=missing, per_month=_number(pace.per_month))


class TargetsDashboard(QScrollArea):
    """The year's targets, gestión and colocación grouped; a line when there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.cards: list[TargetCard] = []
        self.groups: dict[TargetArea, QGroupBox] = {}
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self._body = QWidget()
        self.setWidget(self._body)
        self._layout = QVBoxLayout(self._body)
        self._layout.addWidget(self.empty)
        for area in TargetArea:
            box = QGroupBox(area.label)
            QVBoxLayout(box)
            self.groups[area] = box
            self._layout.addWidget(box)
        self._layout.addStretch(1)

    def show_progress(self, year: int, rows: list[TargetProgress], *, closed: bool) -> None:
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        for area, box in self.groups.items():
            mine = [row for row in rows if row.indicator.area is area]
            layout = box.layout()
            assert layout is not None
            for row in mine:
                card = TargetCard(row)
                layout.addWidget(card)
                self.cards.append(card)
            box.setVisible(bool(mine))
            box.setTitle(
                self.tr("{area} — {count}").format(
                    area=area.label, count=self.tr("%Ln meta(s)", "", len(mine))
                )
            )
        if rows:
            self.empty.setVisible(False)
            return
        self.empty.setVisible(True)
        if closed:
            self.empty.setText(self.tr("La oficina no tuvo metas en {year}.").format(year=year))
        else:
            self.empty.setText(
                self.tr(
                    "Aún no hay metas para {year}. La Dirección Regional las envía al "
                    "sincronizar; la oficina también puede escribir las suyas con «Editar metas…»."
                ).format(year=year)
            )

    def card(self, indicator: object) -> TargetCard:
        for card in self.cards:
            if card.progress.indicator == indicator:
                return card
        raise KeyError(indicator)
