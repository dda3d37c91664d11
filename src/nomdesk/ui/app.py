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
    from PySide6.QtWidgets import QApplication, QMessageBox

    from nomdesk.errors import NomdeskError
    from nomdesk.ui import settings
    from nomdesk.ui.errors import install_excepthook, translate_error
    from nomdesk.ui.i18n import install_translators

    app = QApplication(sys.argv[:1])
    app.setApplicationName("nomdesk")
    app.setOrganizationName("nomdesk")
    install_translators(app, lang or settings.read(settings.LANGUAGE) or None)
    install_excepthook(logfile)
    if path is not None and path.suffix == ".nomballot":
        return start_juror_mode(app, path)
    sheet = path if path is not None and path.suffix == ".nomscores" else None
    if sheet is not None:
        path = last_database()
    try:
        target = resolve_path(path, demo)
        from nomdesk.ui.file_menu import open_workspace

        workspace = open_workspace(target)
    except NomdeskError as err:
        title = app.translate("app", "Cannot open the database")
        QMessageBox.critical(None, title, translate_error(err))
        return 2
    from nomdesk.ui.main_window import MainWindow

    window = MainWindow(workspace)
    if os.environ.get("NOMDESK_EXIT_AFTER_FIRST_PAINT"):
        quit_after_first_paint(window)
    window.show()
    if sheet is not None:
        from nomdesk.ui.actions import import_sheets

        import_sheets.run(window, [sheet])
    return app.exec()


def last_database() -> Path | None:
    """The most recently opened database, where a score sheet opened on its own goes."""
    from nomdesk.ui import settings

    recent = settings.read(settings.RECENT_FILES)
    return Path(recent[0]) if recent else None


def start_juror_mode(app, ballot: Path) -> int:
    """A ballot opens the juror's window, not a database."""
    from nomdesk.ui.juror import open_ballot

    window = open_ballot(ballot)
    if window is None:
        return 2
    if os.environ.get("NOMDESK_EXIT_AFTER_FIRST_PAINT"):
        quit_after_first_paint(window)
    window.show()
    return app.exec()


def quit_after_first_paint(window) -> None:
    """For start-up benchmarks and smoke tests: quit once the window has painted."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, obj, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                obj.removeEventFilter(self)
                QTimer.singleShot(0, QApplication.instance().quit)
            return False

    from PySide6.QtWidgets import QApplication

    window._first_paint = FirstPaint(window)
    window.installEventFilter(window._first_paint)
