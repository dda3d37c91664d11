"""A new award: its names, organiser, descriptions and default language."""

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from nomdesk.db.models import Award
from nomdesk.services import awards
from nomdesk.services.schemas import AwardCreate
from nomdesk.ui import commands
from nomdesk.ui.forms import FieldErrors, attempt, with_error

NAME_LENGTH = 200


def text_box(placeholder: str) -> QPlainTextEdit:
    """A few lines of plain text, e.g. a description."""
    box = QPlainTextEdit()
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * 4 + 12)
    return box


class NewAwardDialog(QDialog):
    """Creates one award as an undoable edit; a refused name keeps the dialog open."""

    def __init__(self, workspace, parent=None, **_kwargs) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.created_award_id: int | None = None
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("New award"))
        self._build_fields()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form())
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _build_fields(self) -> None:
        self.name = QLineEdit()
        self.name.setMaxLength(NAME_LENGTH)
        self.name.setPlaceholderText(self.tr("e.g. Sveriges DigitaliseringsKommun"))
        self.name_en = QLineEdit()
        self.name_en.setMaxLength(NAME_LENGTH)
        self.name_en.setPlaceholderText(self.tr("Optional; reports in English use it"))
        self.organiser = QLineEdit()
        self.organiser.setMaxLength(NAME_LENGTH)
        self.description = text_box(self.tr("What the award recognises, in Swedish"))
        self.description_en = text_box(self.tr("The same in English (optional)"))
        self.language = QComboBox()
        self.language.addItem("Svenska", "sv")
        self.language.addItem("English", "en")

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), with_error(self.name, self.errors.label_for("name")))
        form.addRow(self.tr("English na&me:"), self.name_en)
        form.addRow(self.tr("&Organiser:"), self.organiser)
        form.addRow(self.tr("&Description:"), self.description)
        form.addRow(self.tr("Description in &English:"), self.description_en)
        form.addRow(self.tr("Default &language:"), self.language)
        return form

    def data(self) -> AwardCreate:
        """What the fields hold, as the service's input."""
        return AwardCreate(
            name=self.name.text(),
            name_en=self.name_en.text().strip() or None,
            organiser=self.organiser.text(),
            description=self.description.toPlainText().strip(),
            description_en=self.description_en.toPlainText().strip() or None,
            default_language=self.language.currentData(),
        )

    def accept(self) -> None:
        """Create the award; on a refusal show why next to the field and stay open."""
        data = self.data()
        text = self.tr("New award {name}").format(name=data.name)
        session = self.workspace.session

        def make() -> Award:
            return awards.create_award(session=session, data=data)

        award = attempt(
            self, lambda: commands.create(self.workspace, text, Award, make), self.errors
        )
        if award is None:
            self.name.setFocus()
            return
        self.created_award_id = award.id
        super().accept()
