"""Start the desktop application: display check, database, main window."""

import logging
import os
import sys
from pathlib import Path

from nomdesk import paths

log = logging.getLogger("nomdesk")


def ensure_display() -> None:
    """With no display, fall back to offscreen with a message instead of aborting."""
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    print(
        "nomdesk: no display found (DISPLAY and WAYLAND_DISPLAY are unset); "
        "running offscreen, so no window will be visible.",
        file=sys.stderr,
    )


def setup_logging() -> Path:
    folder = paths.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    logfile = folder / "nomdesk.log"
    logging.basicConfig(
        filename=logfile, level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s"
    )
    return logfile


def resolve_path(path: Path | None, demo: bool) -> Path:
    if demo:
        from nomdesk.commands.demo_cmd import remove_database
        from nomdesk.demo import build_demo

        target = paths.demo_database()
        remove_database(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        build_demo(target)
        return target
    return path or paths.default_database()


def start(*, path: Path | None, demo: bool = False, lang: str | None = None) -> int:
    """Run the GUI until its window closes; the exit code for the shell."""
    ensure_display()
    logfile = setup_logging()
    from PySide6.QtWidgets import QApplication

    from nomdesk.ui import settings
    from nomdesk.ui.errors import install_excepthook
    from nomdesk.ui.i18n import install_translators

    app = QApplication(sys.argv[:1])
    app.setApplicationName("nomdesk")
    app.setOrganizationName("nomdesk")
    app.setDesktopFileName("org.nomdesk.nomdesk")  # matches the window to the menu entry
    from nomdesk.ui.dialogs.about_dialog import application_icon
    from nomdesk.ui.file_open import install as install_file_open

    app.setWindowIcon(application_icon())
    file_open = install_file_open(app)  # macOS: a file opened in Finder arrives as an event
    install_translators(app, lang or settings.read(settings.LANGUAGE) or None)
    install_excepthook(logfile)
    from nomdesk.ui.drop import BALLOT, SHEET

    suffix = path.suffix.lower() if path is not None else ""
    if suffix == BALLOT:
        return start_juror_mode(app, path, file_open)
    sheet = path if suffix == SHEET else None
    if sheet is not None:
        path = last_database()
    window = open_window(path, demo)
    if window is None:
        return 2
    when_ready(window, lambda: file_open.attach(window))
    if sheet is not None:
        when_ready(window, lambda: import_sheet(window, sheet))
    window.show()
    return app.exec()


def open_window(path: Path | None, demo: bool):
    """The main window on the database. A current file paints first from a plain sqlite3
    read (the years and the newest year's nominees) and opens fully just after; any other
    file (new, older, foreign) is opened first, so that its message comes before a window."""
    from nomdesk.services.peek import peek
    from nomdesk.ui import settings
    from nomdesk.ui.main_window import MainWindow

    target = None if demo else (path or paths.default_database())
    peeked = peek(target) if target is not None else None
    if peeked is None:
        workspace = open_or_explain(path, demo)
        if workspace is None:
            return None
        window = MainWindow(workspace)
        window.show_tab(settings.read(settings.LAST_TAB))
        exit_hooks(window)
        return window
    window = MainWindow(None)
    window.show_preview(target, peeked, settings.read(settings.LAST_TAB))
    after_first_paint(window, lambda: finish_opening(window, target))
    exit_hooks(window)  # after: the filter installed last sees the paint first
    return window


def open_or_explain(path: Path | None, demo: bool):
    """The workspace, or None after telling the user why the file cannot be opened."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from nomdesk.errors import NomdeskError
    from nomdesk.ui.errors import translate_error
    from nomdesk.ui.file_menu import open_workspace

    try:
        return open_workspace(resolve_path(path, demo))
    except NomdeskError as err:
        title = QCoreApplication.translate("app", "Cannot open the database")
        QMessageBox.critical(None, title, translate_error(err))
        return None


def finish_opening(window, target: Path) -> None:
    """After the preview has painted: open the database and show the real views."""
    from PySide6.QtWidgets import QApplication

    if getattr(window, "quitting", False):
        return  # a benchmark asked to stop at the first paint
    workspace = open_or_explain(target, demo=False)
    if workspace is None:
        window.close()
        QApplication.instance().exit(2)
        return
    window.set_workspace(workspace)
    window.ready.emit()


def exit_hooks(window) -> None:
    """For benchmarks and smoke tests: quit at the first paint, or once the database is
    open and its views have painted."""
    from PySide6.QtWidgets import QApplication

    def quit_now() -> None:
        window.quitting = True
        QApplication.instance().quit()

    if os.environ.get("NOMDESK_EXIT_AFTER_FIRST_PAINT"):
        after_first_paint(window, quit_now)
    if os.environ.get("NOMDESK_EXIT_WHEN_READY"):
        when_ready(window, lambda: after_first_paint(window, quit_now))


def when_ready(window, callback) -> None:
    """Run `callback` once the window has its database (at once if it has it already)."""
    from PySide6.QtCore import QTimer

    if window.workspace is not None:
        QTimer.singleShot(0, callback)
    else:
        window.ready.connect(callback)


def import_sheet(window, sheet: Path) -> None:
    from nomdesk.ui.actions import import_sheets

    import_sheets.run(window, [sheet])


def last_database() -> Path | None:
    """The most recently opened database, where a score sheet opened on its own goes."""
    from nomdesk.ui import settings

    recent = settings.read(settings.RECENT_FILES)
    return Path(recent[0]) if recent else None


def start_juror_mode(app, ballot: Path, file_open=None) -> int:
    """A ballot opens the juror's window, not a database."""
    from nomdesk.ui.juror import open_ballot

    window = open_ballot(ballot)
    if window is None:
        return 2
    if file_open is not None:
        file_open.attach(window)
    if os.environ.get("NOMDESK_EXIT_AFTER_FIRST_PAINT") or os.environ.get(
        "NOMDESK_EXIT_WHEN_READY"
    ):
        after_first_paint(window, app.quit)
    window.show()
    return app.exec()


def after_first_paint(window, callback) -> None:
    """Run `callback` (from the event loop) just after the window's next paint."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, obj, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                obj.removeEventFilter(self)
                QTimer.singleShot(0, callback)
            return False

    watcher = FirstPaint(window)
    window.installEventFilter(watcher)
