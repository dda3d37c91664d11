"""Under the juror's progress: what was last exported, and whether changes wait for export."""

import html

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import QLabel

from nomdesk.exchange.workspace_state import ExportInfo

PENDING_STYLE = "color: #8a5300; font-weight: bold;"


def when_text(info: ExportInfo) -> str:
    """The export's local date and time in the interface language's short format."""
    moment = QDateTime.fromSecsSinceEpoch(int(info.exported_at.timestamp()))
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


class ExportStatus(QLabel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)

    def show_state(self, last: ExportInfo | None, unexported: bool) -> None:
        saved = self.tr("Everything you enter is saved on this computer at once.")
        if last is None:
            state = self.tr("No score sheet exported yet.")
        else:
            state = self.tr("Revision {revision} exported {when}.").format(
                revision=last.revision, when=when_text(last)
            )
            self.setToolTip(last.file)
        text = html.escape(f"{saved} {state}")
        if unexported and last is not None:
            pending = html.escape(self.tr("Changes since then are not exported."))
            text += f' <span style="{PENDING_STYLE}">{pending}</span>'
        self.setText(text)
