"""The nomination texts of a nominee, in Swedish and English, saved when a field loses focus."""

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import select

from nomdesk.db.models import Nominee
from nomdesk.services import nominees
from nomdesk.services.schemas import NomineeUpdate
from nomdesk.ui import commands
from nomdesk.ui.forms import FieldErrors, attempt
from nomdesk.ui.workspace import Workspace

QUESTIONS = ("proud_of", "effect", "lessons", "summary")
CONTACT = ("contact_name", "contact_email", "contact_phone")
# Fields stored as None when left empty; the others as "".
OPTIONAL = {*(f"{q}_en" for q in QUESTIONS), *CONTACT}


class CommitTextEdit(QPlainTextEdit):
    """A plain-text editor that says when it loses focus (the moment its text is saved)."""

    focus_lost = Signal()

    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 12)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.focus_lost.emit()


def _text_of(editor: QWidget) -> str:
    return editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()


def _set_text(editor: QWidget, text: str) -> None:
    if isinstance(editor, QPlainTextEdit):
        editor.setPlainText(text)
    else:
        editor.setText(text)


def set_read_only(editor: QWidget, read_only: bool) -> None:
    """Read-only editors take the window's background, so that they do not invite typing."""
    editor.setReadOnly(read_only)
    palette = QPalette()  # no roles set: everything follows the parent
    if read_only:
        window = editor.palette().color(QPalette.ColorRole.Window)
        palette.setColor(QPalette.ColorRole.Base, window)
    editor.setPalette(palette)


class NomineeTexts(QScrollArea):
    """Nominated by, the three questions and the summary, and the contact person."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.nominee_uid: str | None = None
        self.locked = False
        self.errors = FieldErrors()
        self.editors: dict[str, QWidget] = {}
        self._loaded: dict[str, str] = {}
        self._saving = False  # a refusal's message box takes focus: do not save again then
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(self._nominated_by_form())
        layout.addLayout(self._questions_grid())
        layout.addLayout(self._contact_form())
        layout.addStretch(1)
        self.setWidget(page)

    # --- names ------------------------------------------------------------------------

    def question(self, field: str) -> str:
        """The caption above a text (as the nomination form asks it)."""
        return {
            "proud_of": self.tr("What are they most proud of?"),
            "effect": self.tr("What effect did it have?"),
            "lessons": self.tr("What did they learn?"),
            "summary": self.tr("Summary for the report"),
        }[field]

    def field_name(self, field: str) -> str:
        """A field's name in the undo history ("Edit … of Lidingö stad")."""
        names = {
            "nominated_by": self.tr("nominated by"),
            "proud_of": self.tr("most proud of"),
            "effect": self.tr("effect"),
            "lessons": self.tr("lessons"),
            "summary": self.tr("summary"),
            "contact_name": self.tr("contact name"),
            "contact_email": self.tr("contact e-mail"),
            "contact_phone": self.tr("contact phone"),
        }
        if field.endswith("_en"):
            return self.tr("{name} in English").format(name=names[field[:-3]])
        return names[field]

    # --- building ---------------------------------------------------------------------

    def _line(self, field: str) -> QLineEdit:
        edit = QLineEdit()
        edit.editingFinished.connect(lambda: self.save(field))
        self.editors[field] = edit
        return edit

    def _text(self, field: str, lines: int) -> CommitTextEdit:
        edit = CommitTextEdit(lines)
        edit.focus_lost.connect(lambda: self.save(field))
        self.editors[field] = edit
        return edit

    def _nominated_by_form(self) -> QFormLayout:
        form = QFormLayout()
        form.addRow(self.tr("Nominated by"), self._line("nominated_by"))
        form.addRow("", self.errors.label_for("nominated_by"))
        return form

    def _questions_grid(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setVerticalSpacing(2)
        grid.addWidget(self._column_title(self.tr("Swedish")), 0, 0)
        grid.addWidget(self._column_title(self.tr("English (optional)")), 0, 1)
        for index, field in enumerate(QUESTIONS):
            row = 1 + index * 3
            grid.addWidget(self._caption(self.question(field)), row, 0, 1, 2)
            lines = 3 if field == "summary" else 5
            grid.addWidget(self._text(field, lines), row + 1, 0)
            grid.addWidget(self._text(f"{field}_en", lines), row + 1, 1)
            grid.addWidget(self.errors.label_for(field), row + 2, 0)
            grid.addWidget(self.errors.label_for(f"{field}_en"), row + 2, 1)
        return grid

    def _column_title(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setEnabled(False)  # a quieter, secondary caption
        return label

    def _contact_form(self) -> QVBoxLayout:
        layout = QVBoxLayout()
        layout.addWidget(self._caption(self.tr("Contact person")))
        form = QFormLayout()
        labels = (self.tr("Name"), self.tr("E-mail"), self.tr("Phone"))
        for label, field in zip(labels, CONTACT, strict=True):
            form.addRow(label, self._line(field))
            form.addRow("", self.errors.label_for(field))
        layout.addLayout(form)
        return layout

    def _caption(self, text: str) -> QLabel:
        caption = QLabel(text)
        caption.setContentsMargins(0, 8, 0, 0)
        font = caption.font()
        font.setWeight(QFont.Weight.DemiBold)
        caption.setFont(font)
        return caption

    # --- showing ----------------------------------------------------------------------

    def show_for(self, nominee: Nominee | None, locked: bool) -> None:
        """Show `nominee`'s texts; keep what is being typed into the focused field."""
        uid = None if nominee is None else nominee.uid
        other = uid != self.nominee_uid
        self.nominee_uid, self.locked = uid, locked
        if other:
            self.errors.clear()
            self.verticalScrollBar().setValue(0)
        for field, editor in self.editors.items():
            value = "" if nominee is None else getattr(nominee, field) or ""
            self._load(field, editor, value, force=other)
            set_read_only(editor, locked or nominee is None)

    def _load(self, field: str, editor: QWidget, value: str, *, force: bool) -> None:
        typing = editor.hasFocus() and _text_of(editor) != self._loaded.get(field)
        if typing and not force:
            return
        if _text_of(editor) != value:
            _set_text(editor, value)
        self._loaded[field] = value

    # --- saving -----------------------------------------------------------------------

    def value_of(self, field: str) -> str | None:
        text = _text_of(self.editors[field]).strip()
        return (text or None) if field in OPTIONAL else text

    def save(self, field: str) -> None:
        """Save one field when it differs from what is stored; a refusal shows beside it."""
        ws = self.workspace
        nominee = self._nominee()
        value = self.value_of(field)
        if self._saving or nominee is None or self.locked or value == getattr(nominee, field):
            return
        what = self.field_name(field)
        text = self.tr("Edit {what} of {nominee}").format(what=what, nominee=nominee.display_name)
        uid, changes = nominee.uid, {field: value}
        attempt(
            self, lambda: commands.update(ws, text, Nominee, uid, self._apply, changes), self.errors
        )

    def _nominee(self) -> Nominee | None:
        if self.nominee_uid is None:
            return None
        query = select(Nominee).where(Nominee.uid == self.nominee_uid)
        return self.workspace.session.exec(query).first()

    def _apply(self, nominee_id: int, values: dict[str, Any]) -> Nominee:
        data = NomineeUpdate(**values)
        session = self.workspace.session
        return nominees.update_nominee(session=session, nominee_id=nominee_id, data=data)

    def save_pending(self) -> None:
        """Save whatever is typed but not yet saved (before showing another nominee)."""
        for field in self.editors:
            self.save(field)
