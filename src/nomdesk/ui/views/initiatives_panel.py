"""A nominee's initiatives: a list with add, edit, remove and reorder; and the list panel
that the site-visit and attachment panels share."""

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nomdesk.db.models import AwardYear, Initiative, Nominee
from nomdesk.services import initiatives
from nomdesk.services.schemas import InitiativeCreate, InitiativeUpdate
from nomdesk.ui import commands
from nomdesk.ui.dialogs.initiative_dialog import (
    InitiativeDialog,
    area_choices,
    area_label,
    remember_area,
)
from nomdesk.ui.forms import attempt
from nomdesk.ui.roomy import roomy_rows
from nomdesk.ui.workspace import Workspace

UID_ROLE = Qt.ItemDataRole.UserRole


def html_paragraphs(*texts: str | None, italic: bool = False) -> str:
    """Plain texts as escaped HTML paragraphs (empty texts left out)."""
    tag = ("<p><i>", "</i></p>") if italic else ("<p>", "</p>")
    return "".join(
        tag[0] + html.escape(text).replace("\n", "<br>") + tag[1] for text in texts if text
    )


class ListPanel(QWidget):
    """Rows belonging to one nominee in a list, with buttons under it."""

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.nominee_uid: str | None = None
        self.locked = False
        self.buttons: dict[str, QPushButton] = {}
        self._enabled: dict[str, Callable[[], bool]] = {}
        self.tree = QTreeWidget()
        roomy_rows(self.tree)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.tree.itemActivated.connect(lambda *_args: self.activated())
        self.preview = QTextBrowser()
        self.preview.setOpenExternalLinks(True)
        self.preview.hide()
        self.button_row = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.preview, 1)
        layout.addLayout(self.button_row)

    @property
    def session(self):
        return self.workspace.session

    def use_preview(self, placeholder: str) -> None:
        """Show the selected row's `preview_html` under the list."""
        self.preview.setPlaceholderText(placeholder)
        self.preview.show()

    def preview_html(self, uid: str) -> str:
        return ""

    def _selection_changed(self) -> None:
        self.update_buttons()
        if self.preview.isVisibleTo(self):
            uid = self.current_uid()
            self.preview.setHtml(self.preview_html(uid) if uid is not None else "")

    def set_columns(self, headers: list[str], stretch: int) -> None:
        """Name the columns; `stretch` gets the spare width, the others fit their contents."""
        self.tree.setHeaderLabels(headers)
        header = self.tree.header()
        for i in range(self.tree.columnCount()):
            mode = QHeaderView.ResizeMode
            header.setSectionResizeMode(i, mode.Stretch if i == stretch else mode.ResizeToContents)

    def add_button(
        self, name: str, text: str, slot: Callable[[], Any], enabled: Callable[[], bool]
    ) -> QPushButton:
        """A button under the list, enabled while `enabled()` holds."""
        button = QPushButton(text)
        button.clicked.connect(lambda _checked=False: slot())
        self.button_row.addWidget(button)
        self.buttons[name] = button
        self._enabled[name] = enabled
        return button

    def writable(self) -> bool:
        return self.nominee_uid is not None and not self.locked

    def has_selection(self) -> bool:
        return self.current_uid() is not None

    def writable_selection(self) -> bool:
        return self.writable() and self.has_selection()

    def show_for(self, nominee: Nominee | None, locked: bool) -> None:
        """Show the rows of `nominee` (None: nothing); `locked` makes the panel read-only."""
        self.nominee_uid = None if nominee is None else nominee.uid
        self.locked = locked
        self.refresh()

    def nominee_id(self) -> int:
        return self.workspace.id_of(Nominee, self.nominee_uid)

    def refresh(self) -> None:
        keep = self.current_uid()
        self.tree.clear()
        if self.nominee_uid is not None:
            self.tree.addTopLevelItems(self.items())
        if not self.select(keep) and self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._selection_changed()

    def items(self) -> list[QTreeWidgetItem]:
        raise NotImplementedError

    def item(self, uid: str, texts: list[str]) -> QTreeWidgetItem:
        item = QTreeWidgetItem(texts)
        item.setData(0, UID_ROLE, uid)
        return item

    def select(self, uid: str | None) -> bool:
        """Select the row with this uid; False when there is none."""
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if uid is not None and item.data(0, UID_ROLE) == uid:
                self.tree.setCurrentItem(item)
                return True
        return False

    def current_uid(self) -> str | None:
        selected = self.tree.selectedItems()
        return selected[0].data(0, UID_ROLE) if selected else None

    def current_text(self, column: int = 0) -> str:
        selected = self.tree.selectedItems()
        return selected[0].text(column) if selected else ""

    def current_row(self) -> int:
        selected = self.tree.selectedItems()
        return self.tree.indexOfTopLevelItem(selected[0]) if selected else -1

    def count(self) -> int:
        return self.tree.topLevelItemCount()

    def activated(self) -> None:
        """A double-clicked row (or Enter on it)."""

    def keyPressEvent(self, event) -> None:
        remove = self.buttons.get("remove")
        if event.matches(QKeySequence.StandardKey.Delete) and remove and remove.isEnabled():
            remove.click()
            return
        super().keyPressEvent(event)

    def update_buttons(self) -> None:
        for name, button in self.buttons.items():
            button.setEnabled(self._enabled[name]())


class InitiativesPanel(ListPanel):
    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(workspace, parent)
        self.award_id: int | None = None
        self.set_columns([self.tr("Title"), self.tr("Area"), self.tr("Started")], stretch=0)
        self.add_button("add", self.tr("Add…"), self.add, self.writable)
        self.add_button("edit", self.tr("Edit…"), self.edit, self.has_selection)
        self.add_button("remove", self.tr("Remove"), self.remove, self.writable_selection)
        self.button_row.addStretch(1)
        up, down = self.tr("Move up"), self.tr("Move down")
        self.add_button("up", up, lambda: self.move(-1), lambda: self._can_move(-1))
        self.add_button("down", down, lambda: self.move(1), lambda: self._can_move(1))
        self.use_preview(self.tr("Choose an initiative to read its description."))

    def show_for(self, nominee: Nominee | None, locked: bool) -> None:
        year = None if nominee is None else self.session.get(AwardYear, nominee.year_id)
        self.award_id = None if year is None else year.award_id
        self.buttons["edit"].setText(self.tr("View…") if locked else self.tr("Edit…"))
        super().show_for(nominee, locked)

    def items(self) -> list[QTreeWidgetItem]:
        found = initiatives.list_initiatives(session=self.session, nominee_id=self.nominee_id())
        items = []
        for row in found:
            item = self.item(row.uid, [row.title, area_label(row.area), str(row.started or "")])
            item.setToolTip(0, row.title_en or row.title)
            items.append(item)
        return items

    def preview_html(self, uid: str) -> str:
        row = self.session.get(Initiative, self.workspace.id_of(Initiative, uid))
        title = f"<p><b>{html.escape(row.title)}</b></p>" + html_paragraphs(
            row.title_en, italic=True
        )
        body = html_paragraphs(row.description) + html_paragraphs(row.description_en, italic=True)
        if row.link:
            link = html.escape(row.link)
            body += f'<p><a href="{link}">{link}</a></p>'
        return title + body

    def _can_move(self, delta: int) -> bool:
        return self.writable_selection() and 0 <= self.current_row() + delta < self.count()

    def activated(self) -> None:
        self.edit()

    # --- editing ----------------------------------------------------------------------

    def make_dialog(self, uid: str | None = None) -> InitiativeDialog:
        """The dialog adding a new initiative (uid None) or editing (viewing) an existing one."""
        ws = self.workspace
        initiative = self.session.get(Initiative, ws.id_of(Initiative, uid)) if uid else None
        save = self._save_new if uid is None else lambda values: self._save_edit(uid, values)
        areas = area_choices(self.session, self.award_id)
        return InitiativeDialog(areas, initiative, save, read_only=self.locked, parent=self)

    def add(self) -> None:
        self.make_dialog().exec()

    def edit(self) -> None:
        uid = self.current_uid()
        if uid is not None:
            self.make_dialog(uid).exec()

    def _save_new(self, values: dict[str, Any]) -> Initiative:
        ws, nominee_uid = self.workspace, self.nominee_uid

        def make() -> Initiative:
            nominee_id = ws.id_of(Nominee, nominee_uid)
            data = InitiativeCreate(**values)
            return initiatives.add_initiative(session=ws.session, nominee_id=nominee_id, data=data)

        text = self.tr("Add initiative {title}").format(title=values["title"])
        created = commands.create(ws, text, Initiative, make)
        remember_area(values["area"])
        self.select(created.uid)
        return created

    def _save_edit(self, uid: str, values: dict[str, Any]) -> Any:
        current = self.session.get(Initiative, self.workspace.id_of(Initiative, uid))
        changes = {key: value for key, value in values.items() if getattr(current, key) != value}
        if not changes:
            return current
        text = self.tr("Edit initiative {title}").format(title=values["title"])
        updated = commands.update(self.workspace, text, Initiative, uid, self._update, changes)
        remember_area(values["area"])
        return updated

    def _update(self, initiative_id: int, values: dict[str, Any]) -> Initiative:
        data = InitiativeUpdate(**values)
        return initiatives.update_initiative(
            session=self.session, initiative_id=initiative_id, data=data
        )

    def remove(self) -> None:
        uid = self.current_uid()
        if uid is None:
            return
        text = self.tr("Remove initiative {title}").format(title=self.current_text())

        def remove(initiative_id: int):
            return initiatives.remove_initiative(session=self.session, initiative_id=initiative_id)

        attempt(self, lambda: commands.delete(self.workspace, text, Initiative, uid, remove))

    def move(self, delta: int) -> None:
        uid, row = self.current_uid(), self.current_row()
        if uid is None:
            return
        ws = self.workspace

        def move_to(position: int) -> Callable[[], Any]:
            return lambda: initiatives.move_initiative(
                session=ws.session, initiative_id=ws.id_of(Initiative, uid), position=position
            )

        text = self.tr("Move initiative {title}").format(title=self.current_text())
        attempt(self, lambda: commands.action(ws, text, move_to(row + delta), move_to(row)))
