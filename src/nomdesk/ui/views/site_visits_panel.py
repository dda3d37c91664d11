"""A nominee's site visits: a list with add, edit and remove."""

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QTreeWidgetItem

from nomdesk.db.models import Nominee, SiteVisit
from nomdesk.services import site_visits
from nomdesk.services.schemas import SiteVisitCreate, SiteVisitUpdate
from nomdesk.ui import commands
from nomdesk.ui.dialogs.site_visit_dialog import SiteVisitDialog
from nomdesk.ui.forms import attempt
from nomdesk.ui.views.initiatives_panel import ListPanel, html_paragraphs
from nomdesk.ui.workspace import Workspace


def date_text(day: date | None) -> str:
    """A date in the interface language's short format ("" when unknown)."""
    if day is None:
        return ""
    return QLocale().toString(QDate(day), QLocale.FormatType.ShortFormat)


class SiteVisitsPanel(ListPanel):
    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(workspace, parent)
        self.set_columns([self.tr("Date"), self.tr("Participants")], stretch=1)
        self.add_button("add", self.tr("Add…"), self.add, self.writable)
        self.add_button("edit", self.tr("Edit…"), self.edit, self.has_selection)
        self.add_button("remove", self.tr("Remove"), self.remove, self.writable_selection)
        self.button_row.addStretch(1)
        self.use_preview(self.tr("Choose a visit to read its notes."))

    def show_for(self, nominee: Nominee | None, locked: bool) -> None:
        self.buttons["edit"].setText(self.tr("View…") if locked else self.tr("Edit…"))
        super().show_for(nominee, locked)

    def items(self) -> list[QTreeWidgetItem]:
        visits = site_visits.list_site_visits(session=self.session, nominee_id=self.nominee_id())
        items = []
        for visit in visits:
            item = self.item(visit.uid, [date_text(visit.visited_on), visit.participants])
            item.setToolTip(1, visit.participants)
            items.append(item)
        return items

    def preview_html(self, uid: str) -> str:
        visit = self.session.get(SiteVisit, self.workspace.id_of(SiteVisit, uid))
        who = self.tr("Participants: {names}").format(names=visit.participants)
        notes = html_paragraphs(visit.notes) + html_paragraphs(visit.notes_en, italic=True)
        return html_paragraphs(who) + (notes or html_paragraphs(self.tr("No notes yet.")))

    def activated(self) -> None:
        self.edit()

    def make_dialog(self, uid: str | None = None) -> SiteVisitDialog:
        """The dialog adding a new visit (uid None) or editing (viewing) an existing one."""
        ws = self.workspace
        visit = self.session.get(SiteVisit, ws.id_of(SiteVisit, uid)) if uid else None
        save = self._save_new if uid is None else lambda values: self._save_edit(uid, values)
        return SiteVisitDialog(visit, save, read_only=self.locked, parent=self)

    def add(self) -> None:
        self.make_dialog().exec()

    def edit(self) -> None:
        uid = self.current_uid()
        if uid is not None:
            self.make_dialog(uid).exec()

    def _save_new(self, values: dict[str, Any]) -> SiteVisit:
        ws, nominee_uid = self.workspace, self.nominee_uid

        def make() -> SiteVisit:
            nominee_id = ws.id_of(Nominee, nominee_uid)
            data = SiteVisitCreate(**values)
            return site_visits.add_site_visit(session=ws.session, nominee_id=nominee_id, data=data)

        text = self.tr("Add site visit {date}").format(date=date_text(values["visited_on"]))
        created = commands.create(ws, text, SiteVisit, make)
        self.select(created.uid)
        return created

    def _save_edit(self, uid: str, values: dict[str, Any]) -> Any:
        current = self.session.get(SiteVisit, self.workspace.id_of(SiteVisit, uid))
        changes = {key: value for key, value in values.items() if getattr(current, key) != value}
        if not changes:
            return current
        text = self.tr("Edit site visit {date}").format(date=date_text(values["visited_on"]))
        return commands.update(self.workspace, text, SiteVisit, uid, self._update, changes)

    def _update(self, visit_id: int, values: dict[str, Any]) -> SiteVisit:
        data = SiteVisitUpdate(**values)
        return site_visits.update_site_visit(session=self.session, visit_id=visit_id, data=data)

    def remove(self) -> None:
        uid = self.current_uid()
        if uid is None:
            return
        text = self.tr("Remove site visit {date}").format(date=self.current_text())

        def remove(visit_id: int):
            return site_visits.remove_site_visit(session=self.session, visit_id=visit_id)

        attempt(self, lambda: commands.delete(self.workspace, text, SiteVisit, uid, remove))
