"""The first main window: awards and years on the left, a year's nominees on the right."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from nomdesk.services import queries
from nomdesk.ui.labels import phase_label
from nomdesk.ui.nominee_model import NomineeTableModel

YEAR_ID_ROLE = Qt.ItemDataRole.UserRole


class MainWindow(QMainWindow):
    def __init__(self, session: Session, path: Path) -> None:
        super().__init__()
        self.session = session
        self.path = path
        self.setWindowTitle(self.tr("{name} — nomdesk").format(name=path.name))
        self.setWindowFilePath(str(path))
        self.years = QTreeWidget()
        self.years.setHeaderLabels([self.tr("Award years")])
        self.years.currentItemChanged.connect(self._year_chosen)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.nominees = NomineeTableModel(self)
        self.table = self._make_table()
        self.setCentralWidget(self._layout())
        self.resize(1280, 800)
        self.statusBar().showMessage(self.tr("Opened {path}").format(path=path))
        self.load_years()

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.nominees)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return table

    def _layout(self) -> QSplitter:
        right = QWidget()
        column = QVBoxLayout(right)
        column.addWidget(self.heading)
        column.addWidget(self.table)
        splitter = QSplitter()
        splitter.addWidget(self.years)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 980])
        return splitter

    def load_years(self) -> None:
        """Fill the tree with awards and their years; select the newest year."""
        self.years.clear()
        newest: QTreeWidgetItem | None = None
        for award, years in queries.awards_with_years(session=self.session):
            top = QTreeWidgetItem([award.name])
            self.years.addTopLevelItem(top)
            for y in years:
                item = QTreeWidgetItem([f"{y.year}  ·  {phase_label(y.phase)}"])
                item.setData(0, YEAR_ID_ROLE, y)
                item.setToolTip(0, y.title)
                top.addChild(item)
                newest = item
            top.setExpanded(True)
        if newest is not None:
            self.years.setCurrentItem(newest)

    def _year_chosen(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        summary = item.data(0, YEAR_ID_ROLE) if item else None
        if summary is None:
            self.nominees.set_rows([])
            self.heading.clear()
            return
        self.nominees.set_rows(queries.nominee_rows(session=self.session, year_id=summary.id))
        self.heading.setText(self._heading_text(summary))

    def _heading_text(self, summary: queries.YearSummary) -> str:
        text = summary.title or str(summary.year)
        if summary.winner:
            text += "\n" + self.tr("Winner: {name}").format(name=summary.winner)
        return text + "\n" + self.tr("Nominees: {count}").format(count=self.nominees.rowCount())
