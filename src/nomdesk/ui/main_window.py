"""The main window: awards and years on the left, the chosen year's views on the right.

Importing this module loads neither SQLAlchemy nor the models: at start-up the window can
paint a preview of the file (`show_preview`) before the database is opened.
"""

import importlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QSplitter, QTabWidget, QWidget

from nomdesk.ui import settings
from nomdesk.ui.drop import BALLOT, SHEET, install_drop_handler
from nomdesk.ui.errors import show_error
from nomdesk.ui.navigation import YearTree

if TYPE_CHECKING:
    from nomdesk.services.peek import Peek
    from nomdesk.ui.views.base import YearView
    from nomdesk.ui.workspace import Workspace

# Tab order; each view's module is imported only when its tab is first shown.
VIEWS: dict[str, tuple[str, str]] = {
    "overview": ("nomdesk.ui.views.overview", "OverviewView"),
    "nominees": ("nomdesk.ui.views.nominees", "NomineesView"),
    "criteria": ("nomdesk.ui.views.criteria", "CriteriaView"),
    "jury": ("nomdesk.ui.views.jury", "JuryView"),
    "scoring": ("nomdesk.ui.views.scoring", "ScoringView"),
    "results": ("nomdesk.ui.views.results", "ResultsView"),
    "charts": ("nomdesk.ui.views.charts", "ChartsView"),
}

# Menu actions that live in their own module under nomdesk.ui.actions: run(window).
ACTION_MODULES = "nomdesk.ui.actions"


class MainWindow(QMainWindow):
    ready = Signal()  # the database opened after a preview (see `show_preview`)

    def __init__(self, workspace: "Workspace | None") -> None:
        super().__init__()
        self.workspace: Workspace | None = None
        self.tree = YearTree()
        self.tree.year_selected.connect(self._year_selected)
        self.tabs = QTabWidget()
        self.tabs.currentChanged.connect(self._tab_shown)
        self._year_id: int | None = None
        self._built: dict[str, YearView] = {}
        self.preview: QWidget | None = None
        self.splitter = QSplitter()
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([200, 1080])
        self.setCentralWidget(self.splitter)
        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self._build_menus()
        install_drop_handler(self)  # ballots and score sheets dropped on the window
        self.resize(1280, 800)
        self._restore_geometry()
        if workspace is not None:
            self.set_workspace(workspace)

    def show_preview(self, path: Path, peek: "Peek", tab: str = "overview") -> None:
        """Before the database is open: the file's years and, on the Nominees tab, the
        newest year's nominees, read with plain sqlite3. Menus wait for `set_workspace`."""
        from nomdesk.ui.views.nominees_preview import NomineesPreview, opening_label

        self.menuBar().setEnabled(False)
        self.setWindowTitle(self.tr("{name} — nomdesk").format(name=path.name))
        self.statusBar().showMessage(self.tr("Opening {path}…").format(path=path))
        tab = tab if tab in VIEWS else "overview"
        self.preview = NomineesPreview(peek.nominees) if tab == "nominees" else opening_label()
        self.tabs.blockSignals(True)
        for name in VIEWS:
            page = self.preview if name == tab else QWidget()
            self.tabs.addTab(page, self._titles()[name])
        self.tabs.setCurrentIndex(list(VIEWS).index(tab))
        self.tabs.blockSignals(False)
        self.tree.fill(peek.tree, peek.year_id)
        self._fit_tree()

    # --- the open database ------------------------------------------------------------

    def set_workspace(self, workspace: "Workspace") -> None:
        """Show another database; the previous one is saved and closed first."""
        self._release_workspace()
        self.workspace = workspace
        self.menuBar().setEnabled(True)
        self.preview = None
        workspace.saved.connect(self._show_saved)
        workspace.failed.connect(self._show_failure)
        workspace.changed.connect(self._data_changed)
        self._build_views()
        self._fill_edit_menu(workspace)
        self.setWindowTitle(self.tr("{name} — nomdesk").format(name=workspace.path.name))
        self.setWindowFilePath(str(workspace.path))
        self.statusBar().showMessage(self.tr("Opened {path}").format(path=workspace.path))
        self.tree.forget_selection()
        self.tree.reload(workspace.session)
        self._fit_tree()
        self._fill_recent()

    def _release_workspace(self) -> None:
        """Save what is being typed, then let go of the open database and its views."""
        if self.workspace is None:
            return
        focus = QApplication.focusWidget()
        if focus is not None:
            focus.clearFocus()  # a text field saves itself when it loses focus
        old, self.workspace = self.workspace, None
        for signal, slot in (
            (old.saved, self._show_saved),
            (old.failed, self._show_failure),
            (old.changed, self._data_changed),
        ):
            signal.disconnect(slot)
        self._drop_views()
        old.close()

    def _drop_views(self) -> None:
        self.tabs.blockSignals(True)
        for index in reversed(range(self.tabs.count())):
            page = self.tabs.widget(index)
            self.tabs.removeTab(index)
            page.deleteLater()
        self.tabs.blockSignals(False)
        self._built = {}

    def _show_failure(self, err) -> None:
        show_error(self, err)

    def _build_views(self) -> None:
        """Empty tabs; each view is built (and its module imported) when first shown."""
        current = max(self.tabs.currentIndex(), 0)
        self._drop_views()
        self.tabs.blockSignals(True)
        for name in VIEWS:
            self.tabs.addTab(QWidget(), self._titles()[name])
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        self._view(list(VIEWS)[current])

    def _titles(self) -> dict[str, str]:
        return {
            "overview": self.tr("Overview"),
            "nominees": self.tr("Nominees"),
            "criteria": self.tr("Criteria"),
            "jury": self.tr("Jury"),
            "scoring": self.tr("Scores"),
            "results": self.tr("Results"),
            "charts": self.tr("Charts"),
        }

    def _view(self, name: str) -> "YearView":
        """The view of a tab, built on first use in place of its empty page."""
        if name not in self._built:
            module_name, class_name = VIEWS[name]
            view_class = getattr(importlib.import_module(module_name), class_name)
            view = view_class(self.workspace)
            index, current = list(VIEWS).index(name), self.tabs.currentIndex()
            self.tabs.blockSignals(True)
            page = self.tabs.widget(index)
            self.tabs.removeTab(index)
            page.deleteLater()
            self.tabs.insertTab(index, view, self._titles()[name])
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(False)
            self._built[name] = view
            view.set_year(self._year_id)
        return self._built[name]

    overview = property(lambda self: self._view("overview"))
    nominees = property(lambda self: self._view("nominees"))
    criteria = property(lambda self: self._view("criteria"))
    jury = property(lambda self: self._view("jury"))
    scoring = property(lambda self: self._view("scoring"))
    results = property(lambda self: self._view("results"))
    charts = property(lambda self: self._view("charts"))

    def views(self) -> "tuple[YearView, ...]":
        """The views built so far."""
        return tuple(self._built.values())

    def _tab_shown(self, index: int) -> None:
        if 0 <= index < len(VIEWS) and self.workspace is not None:
            self._view(list(VIEWS)[index])

    def current_tab(self) -> str:
        index = self.tabs.currentIndex()
        return list(VIEWS)[index] if 0 <= index < len(VIEWS) else "overview"

    def show_tab(self, name: str) -> None:
        if name in VIEWS:
            self.tabs.setCurrentIndex(list(VIEWS).index(name))

    def _year_selected(self, year_id: int) -> None:
        self._year_id = year_id or None
        for view in self.views():
            view.set_year(self._year_id)

    def _data_changed(self) -> None:
        if self.workspace is None:
            return
        self.tree.reload(self.workspace.session, keep_year=self.tree.current_year_id())

    def _show_saved(self, text: str) -> None:
        if self.workspace is None:
            return
        self.statusBar().showMessage(
            self.tr("Saved: {what}").format(what=self.workspace.last_saved)
        )

    # --- menus ------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file = self.menuBar().addMenu(self.tr("&File"))
        self.menuBar().insertMenu(self.edit_menu.menuAction(), file)
        self._add(file, self.tr("&New database…"), self.new_database, "Ctrl+Shift+N")
        self._add(file, self.tr("&Open…"), self.open_database, QKeySequence.StandardKey.Open)
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        file.addMenu(self.recent_menu)
        self._add(file, self.tr("Save a &copy…"), self.save_copy, QKeySequence.StandardKey.SaveAs)
        file.addSeparator()
        self._add(file, self.tr("Import &nominees…"), self._action("import_nominees"))
        self._add(file, self.tr("Import score &sheets…"), self._action("import_sheets"))
        self._add(file, self.tr("&Export spreadsheet…"), self._action("export"))
        self._add(file, self.tr("&Winners report…"), self._action("report"), "Ctrl+P")
        file.addSeparator()
        self._add(file, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        award = self.menuBar().addMenu(self.tr("&Award"))
        self._add(award, self.tr("New &award…"), self.new_award)
        self._add(award, self.tr("New &year…"), self.new_year)
        award.addSeparator()
        self._add(award, self.tr("Mark the &winner…"), self._action("winner"))
        award.addSeparator()
        self._add(award, self.tr("&Organisations…"), self.show_organisations)
        view = self.menuBar().addMenu(self.tr("&View"))
        self.presentation_action = self._add(
            view, self.tr("&Presentation mode (jurors as A, B, C…)"), self._toggle_presentation
        )
        self.presentation_action.setCheckable(True)
        if self.workspace is not None:
            self.presentation_action.setChecked(self.workspace.presentation)
        tools = self.menuBar().addMenu(self.tr("&Tools"))
        self._add(
            tools, self.tr("&Settings…"), self.show_settings, QKeySequence.StandardKey.Preferences
        )
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._add(help_menu, self.tr("&About nomdesk"), self._action("about"))

    def _toggle_presentation(self, on: bool) -> None:
        if self.workspace is not None:
            self.workspace.set_presentation(on)

    def _action(self, name: str):
        """A slot that imports `nomdesk.ui.actions.<name>` on first use and runs it."""

        def run(_checked: bool = False) -> None:
            importlib.import_module(f"{ACTION_MODULES}.{name}").run(self)

        return run

    def _add(self, menu: QMenu, text: str, slot, shortcut=None) -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        menu.addAction(act)
        return act

    def _fill_edit_menu(self, workspace: "Workspace") -> None:
        self.edit_menu.clear()
        undo = workspace.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = workspace.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.edit_menu.addAction(undo)
        self.edit_menu.addAction(redo)
        self.undo_action, self.redo_action = undo, redo

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in settings.read(settings.RECENT_FILES):
            act = self.recent_menu.addAction(path)
            act.triggered.connect(lambda _checked=False, p=path: self.open_path(Path(p)))
        self.recent_menu.setEnabled(not self.recent_menu.isEmpty())

    # --- file actions -----------------------------------------------------------------

    def open_path(self, path: Path, *, create: bool = False) -> bool:
        """Open a database; a ballot opens juror mode, a score sheet the import preview."""
        from nomdesk.ui import file_menu

        if path.suffix.lower() == BALLOT:
            from nomdesk.ui.juror import open_ballot

            return open_ballot(path, parent=self) is not None
        if path.suffix.lower() == SHEET:
            importlib.import_module(f"{ACTION_MODULES}.import_sheets").run(self, [path])
            return True
        workspace = file_menu.try_open(self, path, create=create)
        if workspace is not None:
            self.set_workspace(workspace)
        return workspace is not None

    def new_database(self) -> None:
        from nomdesk.ui import file_menu

        path = file_menu.ask_new(self)
        if path is not None:
            self.open_path(path, create=True)

    def open_database(self) -> None:
        from nomdesk.ui import file_menu

        path = file_menu.ask_open(self)
        if path is not None:
            self.open_path(path)

    def save_copy(self) -> None:
        from nomdesk.ui import file_menu

        target = file_menu.save_copy(self, self.workspace)
        if target is not None:
            self.statusBar().showMessage(self.tr("A copy was saved as {path}").format(path=target))

    # --- dialogs ----------------------------------------------------------------------

    def new_award(self) -> None:
        from nomdesk.ui.dialogs.new_award import NewAwardDialog

        NewAwardDialog(self.workspace, self).exec()

    def new_year(self) -> None:
        from nomdesk.ui.dialogs.new_year import NewYearDialog

        dialog = NewYearDialog(self.workspace, self, award_id=self.tree.current_award_id())
        if dialog.exec() and dialog.created_year_id is not None:
            self.tree.reload(self.workspace.session, keep_year=dialog.created_year_id)

    def show_organisations(self) -> None:
        from nomdesk.ui.dialogs.organisations import OrganisationsDialog

        OrganisationsDialog(self.workspace, self).exec()

    def show_settings(self) -> None:
        from nomdesk.ui.dialogs.settings_dialog import SettingsDialog

        language = settings.read(settings.LANGUAGE)
        if (
            SettingsDialog(self.workspace, self).exec()
            and settings.read(settings.LANGUAGE) != language
        ):
            self.retranslate()

    def retranslate(self) -> None:
        """Rebuild menus and views so that a new language shows everywhere."""
        from nomdesk.ui.i18n import install_translators

        install_translators(QApplication.instance(), settings.read(settings.LANGUAGE) or None)
        self.menuBar().clear()
        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self._build_menus()
        self.tree.retranslate()
        year = self.tree.current_year_id()
        self._build_views()
        self._fill_edit_menu(self.workspace)
        self._fill_recent()
        self.tree.forget_selection()
        self.tree.reload(self.workspace.session, keep_year=year)

    # --- window state -----------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = settings.read(settings.WINDOW_GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        splitter = settings.read(settings.SPLITTER_STATE)
        self._tree_width_set = not splitter.isEmpty()
        if self._tree_width_set:
            self.splitter.restoreState(splitter)
        self.splitter.splitterMoved.connect(self._tree_width_chosen)

    def _tree_width_chosen(self, *_args) -> None:
        self._tree_width_set = True  # the user's width stands, also for the next file

    def _fit_tree(self) -> None:
        """Until the user has set the width, the award years pane shows the award's name
        whole (within reason)."""
        if self._tree_width_set or self.tree.topLevelItemCount() == 0:
            return
        wanted = self.tree.sizeHintForColumn(0) + 2 * self.tree.frameWidth() + 12
        wanted = min(max(wanted, 200), 380)
        total = sum(self.splitter.sizes()) or self.width()
        self.splitter.setSizes([wanted, max(total - wanted, 400)])

    def closeEvent(self, event) -> None:
        settings.write(settings.WINDOW_GEOMETRY, self.saveGeometry())
        settings.write(settings.SPLITTER_STATE, self.splitter.saveState())
        settings.write(settings.LAST_TAB, self.current_tab())
        self._release_workspace()
        super().closeEvent(event)
