"""What the Nominees tab shows while the database opens: the list, read with sqlite3."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from nomdesk.services.rows import NomineeRow
from nomdesk.ui.views.nominee_list import NomineeList, lay_out_split


class NomineesPreview(QWidget):
    """The nominee table as the real view lays it out, with the details still loading."""

    def __init__(self, rows: list[NomineeRow], parent=None) -> None:
        super().__init__(parent)
        self.list = NomineeList()
        self.list.set_rows(rows, reset=True)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        lay_out_split(splitter, self.list, opening_label())
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)


def opening_label() -> QLabel:
    """A quiet "Opening…" where a view will appear once the database is open."""
    label = QLabel(QCoreApplication.translate("NomineesPreview", "Opening…"))
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setEnabled(False)
    return label
