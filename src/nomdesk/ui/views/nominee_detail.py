"""The detail pane of a nominee: a header, then tabs for the nomination texts, the
initiatives, the site visits and the attachments. Read-only when the year is locked."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import select

from nomdesk.db.models import AwardYear, Nominee
from nomdesk.services import nominees
from nomdesk.services.guards import is_locked
from nomdesk.ui.labels import stage_label
from nomdesk.ui.views.attachments_panel import AttachmentsPanel
from nomdesk.ui.views.initiatives_panel import InitiativesPanel
from nomdesk.ui.views.nominee_texts import NomineeTexts
from nomdesk.ui.views.site_visits_panel import SiteVisitsPanel
from nomdesk.ui.workspace import Workspace


class NomineeDetail(QWidget):
    """Shows and edits one nominee; `show_nominee(None)` empties it."""

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.nominee_id: int | None = None
        self.nominee_uid: str | None = None
        self.locked = False
        self._stale = False
        self.texts = NomineeTexts(workspace)
        self.initiatives = InitiativesPanel(workspace)
        self.site_visits = SiteVisitsPanel(workspace)
        self.attachments = AttachmentsPanel(workspace)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._empty_page())
        self.stack.addWidget(self._nominee_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        workspace.changed.connect(self._changed)

    def _empty_page(self) -> QLabel:
        empty = QLabel(self.tr("Choose a nominee to see its nomination."))
        empty.setEnabled(False)
        empty.setWordWrap(True)
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return empty

    def _nominee_page(self) -> QWidget:
        page = QWidget()
        self.name = QLabel()
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setWeight(QFont.Weight.Bold)
        self.name.setFont(font)
        self.name.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.lock_note = self._lock_note()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for panel in self.panels():
            self.tabs.addTab(panel, "")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(6, 6, 6, 6)
        for widget in (self.name, self.subtitle, self.lock_note):
            layout.addWidget(widget)
        layout.addWidget(self.tabs, 1)
        return page

    def _lock_note(self) -> QWidget:
        note = QWidget()
        icon = QLabel()
        size = self.fontMetrics().height()
        standard = QStyle.StandardPixmap.SP_MessageBoxInformation
        icon.setPixmap(self.style().standardIcon(standard).pixmap(size, size))
        self.lock_text = QLabel()
        self.lock_text.setWordWrap(True)
        row = QHBoxLayout(note)
        row.setContentsMargins(0, 2, 0, 2)
        row.addWidget(icon)
        row.addWidget(self.lock_text, 1)
        return note

    def panels(self) -> tuple:
        return (self.texts, self.initiatives, self.site_visits, self.attachments)

    @property
    def session(self):
        return self.workspace.session

    # --- showing ----------------------------------------------------------------------

    def show_nominee(self, nominee_id: int | None) -> None:
        """Show another nominee (None: none); first saves a text still being typed."""
        self.texts.save_pending()
        nominee = self.session.get(Nominee, nominee_id) if nominee_id is not None else None
        self.nominee_uid = None if nominee is None else nominee.uid
        self.refresh()

    def _changed(self) -> None:
        if self.nominee_uid is None:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def _current(self) -> Nominee | None:
        if self.nominee_uid is None:
            return None
        return self.session.exec(select(Nominee).where(Nominee.uid == self.nominee_uid)).first()

    def refresh(self) -> None:
        """Show the current data of the nominee (gone, e.g. after an undo: show nothing)."""
        nominee = self._current()
        self.nominee_id = None if nominee is None else nominee.id
        self.locked = nominee is not None and is_locked(self.session, nominee.year_id)
        self.stack.setCurrentIndex(0 if nominee is None else 1)
        if nominee is not None:
            self._show_header(nominee)
        for panel in self.panels():
            panel.show_for(nominee, self.locked)
        self._title_tabs()

    def _show_header(self, nominee: Nominee) -> None:
        self.name.setText(nominee.display_name)
        orgs = nominees.organisations_of(session=self.session, nominee_id=nominee.id)
        stage = stage_label(nominee.stage)
        if nominee.withdrawn_reason:
            stage = self.tr("{stage}: {reason}").format(
                stage=stage, reason=nominee.withdrawn_reason
            )
        parts = [", ".join(org.name for org in orgs), stage]
        self.subtitle.setText(" · ".join(part for part in parts if part))
        year = self.session.get(AwardYear, nominee.year_id)
        self.lock_note.setVisible(self.locked)
        self.lock_text.setText(
            self.tr("{year} is decided and locked; this nomination can only be read.").format(
                year=year.year if year else ""
            )
        )

    def _title_tabs(self) -> None:
        titles = [self.tr("Nomination")]
        for name, panel in (
            (self.tr("Initiatives"), self.initiatives),
            (self.tr("Site visits"), self.site_visits),
            (self.tr("Attachments"), self.attachments),
        ):
            count = panel.count()
            titles.append(
                self.tr("{name} ({count})").format(name=name, count=count) if count else name
            )
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
