"""What the juror reads beside the scoring form: the nomination, the attachments (opened
in the system's viewer) and their own radar chart of the nominee."""

from PySide6.QtCore import QLocale, QMimeDatabase, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nomdesk.errors import NomdeskError
from nomdesk.exchange.juror_workspace import JurorWorkspace
from nomdesk.exchange.workspace_views import AttachmentView, CriterionView, NomineeContent
from nomdesk.ui.errors import show_error
from nomdesk.ui.juror.document import nominee_html
from nomdesk.ui.juror.radar_panel import RadarPanel
from nomdesk.ui.roomy import roomy_rows

UID_ROLE = Qt.ItemDataRole.UserRole


class AttachmentsTab(QWidget):
    """The nominee's files; Open (or Enter, or a double-click) shows one in its viewer."""

    def __init__(self, workspace: JurorWorkspace, parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.list = QTreeWidget()
        roomy_rows(self.list)
        self.list.setHeaderLabels([self.tr("File"), self.tr("Type"), self.tr("Size")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.header().setStretchLastSection(False)
        self.list.itemActivated.connect(lambda *_args: self.open_current())
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self.open_current)
        self.empty = QLabel(self.tr("This nominee has no attachments."))
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)

    def show_items(self, items: list[AttachmentView]) -> None:
        self.list.clear()
        for item in items:
            kind = QMimeDatabase().mimeTypeForName(item.media_type)
            texts = [
                item.file_name,
                kind.comment() if kind.isValid() else item.media_type,
                QLocale().formattedDataSize(item.size, 1),
            ]
            row = QTreeWidgetItem(texts)
            row.setData(0, UID_ROLE, item.uid)
            row.setToolTip(0, item.description or item.file_name)
            self.list.addTopLevelItem(row)
        if items:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self.empty.setVisible(not items)
        self.list.setVisible(bool(items))
        self.open_button.setEnabled(bool(items))

    def open_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        try:
            path = self.workspace.attachment_path(item.data(0, UID_ROLE))
        except NomdeskError as err:
            show_error(self, err, self.tr("Cannot open the attachment"))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ContentPane(QTabWidget):
    """Tabs: the nomination (texts, initiatives, site visits), attachments, my chart."""

    def __init__(self, workspace: JurorWorkspace, criteria: list[CriterionView], parent=None):
        super().__init__(parent)
        self.document = QTextBrowser()
        self.document.setOpenExternalLinks(False)  # nothing here opens a network connection
        self.document.setOpenLinks(False)
        self.attachments = AttachmentsTab(workspace)
        self.radar = RadarPanel(criteria, workspace.info().juror)
        self.addTab(self.document, self.tr("Nomination"))
        self.addTab(self.attachments, "")
        self.addTab(self.radar, self.tr("My chart"))

    def show_nominee(self, content: NomineeContent, criterion_names: dict[str, str]) -> None:
        self.document.setHtml(nominee_html(content, criterion_names))
        self.attachments.show_items(content.attachments)
        count = len(content.attachments)
        self.setTabText(1, self.tr("Attachments (%n)", "", count))
        self.show_cells(content)

    def show_cells(self, content: NomineeContent) -> None:
        """The radar chart of the nominee's current scores (drawn when its tab is shown)."""
        self.radar.show_cells(content, visible=self.currentWidget() is self.radar)
