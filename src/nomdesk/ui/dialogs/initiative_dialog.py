"""Add or edit one initiative of a nominee: titles, area, descriptions, start year, link."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from nomdesk.domain.rules import INITIATIVE_AREAS
from nomdesk.services import initiatives
from nomdesk.ui import settings
from nomdesk.ui.forms import FieldErrors, attempt


def area_label(area: str) -> str:
    """The translated name of a built-in area; a user's own area as typed."""
    names = {
        "open_data": QCoreApplication.translate("areas", "Open data"),
        "ai": QCoreApplication.translate("areas", "AI"),
        "rpa": QCoreApplication.translate("areas", "RPA"),
        "e_services": QCoreApplication.translate("areas", "E-services"),
        "iot": QCoreApplication.translate("areas", "IoT"),
        "digital_twin": QCoreApplication.translate("areas", "Digital twin"),
        "automation": QCoreApplication.translate("areas", "Automation"),
        "infrastructure": QCoreApplication.translate("areas", "Infrastructure"),
        "strategy": QCoreApplication.translate("areas", "Strategy"),
        "other": QCoreApplication.translate("areas", "Other"),
    }
    return names.get(area, area)


def area_choices(session: Session, award_id: int | None) -> list[str]:
    """Built-in areas, then areas already used in the award, then the user's remembered ones."""
    known = initiatives.known_areas(session=session, award_id=award_id)
    extra = [a for a in settings.read(settings.INITIATIVE_AREAS) if a not in known]
    return [*known, *extra]


def remember_area(area: str) -> None:
    """Keep a user's own area in the settings so that it is offered next time."""
    remembered = settings.read(settings.INITIATIVE_AREAS)
    if area and area not in INITIATIVE_AREAS and area not in remembered:
        settings.write(settings.INITIATIVE_AREAS, [*remembered, area])


def _text_or_none(text: str) -> str | None:
    return text.strip() or None


class InitiativeDialog(QDialog):
    """`save(values)` stores the values (raising NomdeskError when refused); read-only shows."""

    def __init__(
        self,
        areas: list[str],
        initiative: Any = None,
        save: Callable[[dict[str, Any]], Any] | None = None,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.read_only = read_only
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("Initiative") if initiative else self.tr("New initiative"))
        self._build(areas)
        if initiative is not None:
            self.load(initiative)
        self._set_read_only(read_only)
        self.resize(520, self.sizeHint().height())

    def _build(self, areas: list[str]) -> None:
        self.title = QLineEdit()
        self.title_en = QLineEdit()
        self.title_en.setPlaceholderText(self.tr("Optional"))
        self.area = QComboBox()
        self.area.setEditable(True)
        self.area.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for area in areas:
            self.area.addItem(area_label(area), area)
        self.area.setToolTip(self.tr("Choose an area or type a new one."))
        self.description = self._text_edit()
        self.description_en = self._text_edit()
        self.description_en.setPlaceholderText(self.tr("Optional"))
        self._build_started()
        self.link = QLineEdit()
        self.link.setPlaceholderText("https://")
        self._lay_out()

    def _text_edit(self) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        return edit

    def _build_started(self) -> None:
        self.started_known = QCheckBox(self.tr("Started in"))
        self.started = QSpinBox()
        self.started.setRange(1900, 2200)
        self.started.setValue(QDate.currentDate().year())
        self.started.setEnabled(False)
        self.started_known.toggled.connect(self._started_toggled)

    def _started_toggled(self, checked: bool) -> None:
        self.started.setEnabled(checked and not self.read_only)

    def _lay_out(self) -> None:
        form = QFormLayout()
        rows = [
            (self.tr("Title"), self.title, "title"),
            (self.tr("Title in English"), self.title_en, "title_en"),
            (self.tr("Area"), self.area, "area"),
            (self.tr("Description"), self.description, "description"),
            (self.tr("Description in English"), self.description_en, "description_en"),
        ]
        for label, widget, field in rows:
            form.addRow(label, widget)
            form.addRow("", self.errors.label_for(field))
        form.addRow(self.started_known, self.started)
        form.addRow("", self.errors.label_for("started"))
        form.addRow(self.tr("Link"), self.link)
        form.addRow("", self.errors.label_for("link"))
        self.buttons = QDialogButtonBox()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _set_read_only(self, read_only: bool) -> None:
        for edit in (self.title, self.title_en, self.link, self.description, self.description_en):
            edit.setReadOnly(read_only)
        self.area.setEnabled(not read_only)
        self.started_known.setEnabled(not read_only)
        self._started_toggled(self.started_known.isChecked())
        standard = QDialogButtonBox.StandardButton
        self.buttons.setStandardButtons(
            standard.Close if read_only else standard.Ok | standard.Cancel
        )

    def load(self, initiative: Any) -> None:
        self.title.setText(initiative.title)
        self.title_en.setText(initiative.title_en or "")
        self.set_area(initiative.area)
        self.description.setPlainText(initiative.description)
        self.description_en.setPlainText(initiative.description_en or "")
        self.started_known.setChecked(initiative.started is not None)
        if initiative.started is not None:
            self.started.setValue(initiative.started)
        self.link.setText(initiative.link or "")

    def set_area(self, area: str) -> None:
        """Select an area by its stored value (adding it when the list lacks it)."""
        index = self.area.findData(area)
        if index < 0:
            self.area.addItem(area_label(area), area)
            index = self.area.count() - 1
        self.area.setCurrentIndex(index)

    def area_value(self) -> str:
        """The chosen area's stored value; a newly typed area as typed."""
        text = self.area.currentText().strip()
        index = self.area.findText(text)
        return self.area.itemData(index) if index >= 0 else text

    def values(self) -> dict[str, Any]:
        started = self.started.value() if self.started_known.isChecked() else None
        return {
            "title": self.title.text().strip(),
            "title_en": _text_or_none(self.title_en.text()),
            "area": self.area_value(),
            "description": self.description.toPlainText().strip(),
            "description_en": _text_or_none(self.description_en.toPlainText()),
            "started": started,
            "link": _text_or_none(self.link.text()),
        }

    def accept(self) -> None:
        if self.read_only or self._save is None:
            super().accept()
            return
        if attempt(self, lambda: self._save(self.values()), self.errors) is not None:
            super().accept()
