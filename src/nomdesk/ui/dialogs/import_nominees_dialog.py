"""Import nominees from a web form's export: which column holds what, a preview of every
row with its reason when it will not be imported, each organisation's match for
confirmation, and Import, which writes the good rows in one transaction (one undo step).
"""

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nomdesk.errors import NomdeskError
from nomdesk.services import nominee_import
from nomdesk.services.nominee_import import OK, REFUSED, UNCONFIRMED, ImportPlan, ImportResult
from nomdesk.services.nominee_import_file import SourceTable, read_table
from nomdesk.services.nominee_import_mapping import FIELDS, guess_mapping
from nomdesk.ui.dialogs.import_nominees_models import (
    OrganisationsModel,
    RowsModel,
    choice_label,
    create_label,
    loose_notes,
)
from nomdesk.ui.errors import show_error
from nomdesk.ui.workspace import Workspace

ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8",
    "utf-16": "UTF-16",
    "cp1252": "Windows-1252",
}
FILE_FILTER = "CSV, XLSX (*.csv *.txt *.xlsx *.xlsm);;*"


def ask_file(parent: QWidget) -> Path | None:
    title = QCoreApplication.translate("ImportNominees", "Import nominees")
    name, _ = QFileDialog.getOpenFileName(parent, title, "", FILE_FILTER)
    return Path(name) if name else None


def read_or_show(parent: QWidget, path: Path) -> SourceTable | None:
    """The file's table, or None after a message saying what is wrong with it."""
    try:
        return read_table(path)
    except NomdeskError as err:
        show_error(
            parent, err, QCoreApplication.translate("ImportNominees", "Cannot read the file")
        )
        return None


class ImportNomineesDialog(QDialog):
    """Accepting imports the rows that are ready; `imported` then says what was created."""

    def __init__(
        self, workspace: Workspace, year_id: int, table: SourceTable, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace, self.year_id = workspace, year_id
        self.table: SourceTable = table
        self.plan: ImportPlan | None = None
        self.decisions: dict[str, str | None] = {}
        self.imported: ImportResult | None = None
        self.setWindowTitle(self.tr("Import nominees"))
        self._build()
        self.set_table(table)
        self.resize(1100, 760)

    # --- layout ---------------------------------------------------------------------

    def _build(self) -> None:
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        other = QPushButton(self.tr("Choose another &file…"))
        other.clicked.connect(self.choose_file)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(other)
        self.rows_model, self.orgs_model = RowsModel(self), OrganisationsModel(self)
        self.rows_view, self.orgs_view = self._table(self.rows_model), self._table(self.orgs_model)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.rows_view, "")
        self.tabs.addTab(self.orgs_view, "")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._columns_box())
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

    def _table(self, model) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.setWordWrap(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        return view

    def field_labels(self) -> dict[str, str]:
        return {
            "name": self.tr("Nominee's name"),
            "organisations": self.tr("Organisations"),
            "county": self.tr("County"),
            "nominated_by": self.tr("Nominated by"),
            "proud_of": self.tr("Most proud of"),
            "effect": self.tr("Effect"),
            "lessons": self.tr("Lessons"),
            "summary": self.tr("Summary"),
            "contact_name": self.tr("Contact person"),
            "contact_email": self.tr("Contact e-mail"),
            "contact_phone": self.tr("Contact phone"),
            "initiative_title": self.tr("Initiative"),
            "initiative_description": self.tr("Initiative's description"),
        }

    def _columns_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Which column holds what"))
        grid = QGridLayout(box)
        self.column_boxes: dict[str, QComboBox] = {}
        labels = self.field_labels()
        half = (len(FIELDS) + 1) // 2
        for number, field in enumerate(FIELDS):
            combo = QComboBox()
            combo.setMinimumContentsLength(18)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.currentIndexChanged.connect(self._columns_changed)
            label = QLabel(labels[field] + ":")
            label.setBuddy(combo)
            row, column = number % half, 2 * (number // half)
            grid.addWidget(label, row, column)
            grid.addWidget(combo, row, column + 1)
            self.column_boxes[field] = combo
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        return box

    # --- the file and its columns ----------------------------------------------------

    def set_table(self, table: SourceTable) -> None:
        """Show another file: its columns guessed from the headers, then the preview."""
        self.table = table
        guessed = guess_mapping(table.headers)
        for field, combo in self.column_boxes.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not in the file)"), None)
            for index, header in enumerate(table.headers):
                text = header or self.tr("Column {number}").format(number=index + 1)
                combo.addItem(text, index)
            combo.setCurrentIndex(combo.findData(guessed[field]) if field in guessed else 0)
            combo.blockSignals(False)
        self.file_label.setText(self._file_text(table))
        self._replan()

    def _file_text(self, table: SourceTable) -> str:
        if table.kind == "xlsx":
            detail = self.tr("XLSX, sheet {sheet}").format(sheet=table.sheet)
        else:
            delimiter = {"\t": self.tr("tab")}.get(table.delimiter or "", table.delimiter)
            encoding = ENCODING_NAMES.get(table.encoding or "", table.encoding)
            detail = self.tr("CSV, {encoding}, separated by {delimiter}").format(
                encoding=encoding, delimiter=f"“{delimiter}”"
            )
        rows = self.tr("%n row(s)", "", len(table.rows))
        return self.tr("<b>{name}</b> ({detail}; {rows})").format(
            name=table.name, detail=detail, rows=rows
        )

    def choose_file(self) -> None:
        path = ask_file(self)
        table = read_or_show(self, path) if path else None
        if table is not None:
            self.set_table(table)

    def mapping(self) -> dict[str, int]:
        return {
            field: combo.currentData()
            for field, combo in self.column_boxes.items()
            if combo.currentData() is not None
        }

    def set_column(self, field: str, header: str | None) -> None:
        """Choose the column (by header; None: not in the file) as a person would."""
        combo = self.column_boxes[field]
        combo.setCurrentIndex(0 if header is None else combo.findText(header))

    def _columns_changed(self, _index: int) -> None:
        self._replan()

    # --- preview ---------------------------------------------------------------------

    def _replan(self) -> None:
        try:
            self.plan = nominee_import.plan_import(
                session=self.workspace.session,
                year_id=self.year_id,
                table=self.table,
                mapping=self.mapping(),
            )
        except NomdeskError as err:
            show_error(self, err)
            return
        self.decisions = self.plan.default_decisions(accept_loose=True)
        self.orgs_model.set_plan(self.plan)
        self._choices()
        self._refresh()
        for view in (self.rows_view, self.orgs_view):
            view.resizeColumnsToContents()
            for column in range(view.model().columnCount() - 1):
                view.setColumnWidth(column, min(view.columnWidth(column), 320))

    def _choices(self) -> None:
        """A choice for each loose match: one of the proposals, or a new organisation."""
        self.choice_boxes: dict[str, QComboBox] = {}
        assert self.plan is not None
        for row, key in enumerate(self.orgs_model.keys):
            ref = self.plan.organisations[key]
            if ref.status != "loose":
                continue
            combo = QComboBox()
            for candidate in ref.candidates:
                combo.addItem(choice_label(candidate), candidate.choice)
            combo.addItem(create_label(ref.text), ref.own_new)
            combo.setCurrentIndex(combo.findData(self.decisions[key]))
            combo.currentIndexChanged.connect(lambda _i, k=key, c=combo: self._decide(k, c))
            self.orgs_view.setIndexWidget(self.orgs_model.index(row, 3), combo)
            self.choice_boxes[ref.text] = combo

    def _decide(self, key: str, combo: QComboBox) -> None:
        self.decisions[key] = combo.currentData()
        self._refresh()

    def choose(self, text: str, create_new: bool) -> None:
        """Accept the proposed match for the organisation written `text`, or make a new one."""
        combo = self.choice_boxes[text]
        combo.setCurrentIndex(combo.count() - 1 if create_new else 0)

    def outcomes(self) -> list[nominee_import.RowOutcome]:
        assert self.plan is not None
        return nominee_import.evaluate(self.plan, self.decisions)

    def _refresh(self) -> None:
        outcomes = self.outcomes()
        counts = nominee_import.summary(outcomes)
        self.rows_model.set_outcomes(outcomes, loose_notes(self.plan, self.decisions))  # type: ignore[arg-type]
        self.tabs.setTabText(0, self.tr("Rows (%n)", "", counts["rows"]))
        loose = sum(1 for r in self.plan.organisations.values() if r.status == "loose")  # type: ignore[union-attr]
        self.tabs.setTabText(
            1,
            self.tr("Organisations (%n to check)", "", loose)
            if loose
            else self.tr("Organisations"),
        )
        self.summary.setText(self._summary_text(counts, loose))
        self.import_button.setEnabled(counts[OK] > 0)
        self.import_button.setText(self.tr("&Import %n nominee(s)", "", counts[OK]))

    def _summary_text(self, counts: dict[str, int], loose: int) -> str:
        if not {"name", "organisations"} & set(self.mapping()):
            return self.tr("Choose the column that holds the nominee's name or organisation.")
        parts = [self.tr("%n row(s) will be imported.", "", counts[OK])]
        if counts[REFUSED]:
            parts.append(
                self.tr("%n row(s) will not be imported; see the reasons.", "", counts[REFUSED])
            )
        if loose:
            parts.append(
                self.tr(
                    "%n organisation name(s) resemble one already known: check the matches "
                    "on the Organisations tab.",
                    "",
                    loose,
                )
            )
        if counts[UNCONFIRMED]:
            parts.append(
                self.tr("%n row(s) wait for an organisation to be chosen.", "", counts[UNCONFIRMED])
            )
        return " ".join(parts)

    # --- import ----------------------------------------------------------------------

    def accept(self) -> None:
        if self.plan is None:
            return
        count = nominee_import.summary(self.outcomes())[OK]
        text = self.tr("Import %n nominee(s) from {file}", "", count).format(file=self.table.name)
        try:
            self.imported = import_undoably(self.workspace, text, self.plan, dict(self.decisions))
        except NomdeskError as err:
            show_error(self, err, self.tr("Nothing was imported"))
            return
        super().accept()


def import_undoably(
    ws: Workspace, text: str, plan: ImportPlan, decisions: dict[str, str | None]
) -> ImportResult:
    """One undo step: undo deletes what the import created, redo puts the same rows back."""
    holder: dict[str, Any] = {}

    def do() -> ImportResult:
        return nominee_import.apply_import(session=ws.session, plan=plan, decisions=decisions)

    def undo(result: ImportResult) -> None:
        holder["bundles"] = nominee_import.remove_imported(session=ws.session, result=result)

    def redo() -> None:
        nominee_import.restore_imported(session=ws.session, bundles=holder["bundles"])

    return ws.apply(text, do, undo, redo)
