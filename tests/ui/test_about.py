"""Help ▸ About: version, licence, versions of Qt and Python, the database and the log folder."""

import platform

import PySide6
from PySide6.QtCore import QTimer, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from nomdesk import __version__, paths
from nomdesk.ui.dialogs.about_dialog import AboutDialog, application_icon


def _menu_action(window, menu_title: str, text: str):
    for menu_action in window.menuBar().actions():
        if menu_action.text() == menu_title:
            for action in menu_action.menu().actions():
                if action.text() == text:
                    return action
    raise AssertionError(f"no {text!r} in {menu_title!r}")


def _field_text(dialog: AboutDialog, label: str) -> str:
    field = dialog.fields[label]
    assert isinstance(field, QLabel | QLineEdit)
    return field.text()


def test_help_about_shows_versions_paths_and_closes(qtbot, window, demo_copy):
    seen: dict[str, object] = {}

    def inspect_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        seen["dialog"] = type(dialog).__name__
        seen["title"] = dialog.windowTitle()
        seen["version"] = _field_text(dialog, "Version:")
        seen["qt"] = _field_text(dialog, "Qt:")
        seen["pyside"] = _field_text(dialog, "PySide6:")
        seen["python"] = _field_text(dialog, "Python:")
        seen["licence"] = _field_text(dialog, "Licence:")
        seen["database"] = _field_text(dialog, "Database:")
        seen["logs"] = _field_text(dialog, "Log folder:")
        seen["icon"] = not dialog.findChildren(QLabel)[0].pixmap().isNull()
        dialog.reject()

    QTimer.singleShot(0, inspect_and_close)
    _menu_action(window, "&Help", "&About nomdesk").trigger()

    assert seen["dialog"] == "AboutDialog"
    assert seen["title"] == "About nomdesk"
    assert seen["version"].startswith(__version__)
    assert seen["qt"] == qVersion()
    assert seen["pyside"] == PySide6.__version__
    assert seen["python"] == platform.python_version()
    assert seen["licence"] == "GPL-3.0-or-later"
    assert seen["database"] == str(demo_copy)
    assert seen["logs"] == str(paths.log_dir())
    assert seen["icon"]
    assert QApplication.activeModalWidget() is None


def test_copy_details_puts_every_line_on_the_clipboard(qtbot, tmp_path):
    dialog = AboutDialog(tmp_path / "award.db")
    qtbot.addWidget(dialog)
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, PySide6.QtCore.Qt.MouseButton.LeftButton)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0] == "nomdesk"
    assert f"Database: {tmp_path / 'award.db'}" in lines
    assert f"Qt: {qVersion()}" in lines
    assert f"Log folder: {paths.log_dir()}" in lines
    assert dialog.copy_button.text() == "Copied"


def test_without_a_database_the_dialog_says_so(qtbot):
    dialog = AboutDialog(None)
    qtbot.addWidget(dialog)
    assert _field_text(dialog, "Database:") == "no database open"


def test_open_log_folder_asks_the_desktop_for_that_folder(qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(paths, "log_dir", lambda: tmp_path / "logs")
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = AboutDialog(None)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.logs_button, PySide6.QtCore.Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened] == [str(tmp_path / "logs")]
    assert (tmp_path / "logs").is_dir()


def test_application_icon_has_every_drawn_size():
    sizes = {(s.width(), s.height()) for s in application_icon().availableSizes()}
    assert sizes == {(n, n) for n in (16, 32, 48, 64, 128, 256)}
