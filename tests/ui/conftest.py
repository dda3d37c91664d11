"""UI fixtures: settings in a temporary folder, and a main window on a copy of the demo."""

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from nomdesk.demo import build_demo

_DEMO: dict[str, Path] = {}


def _unexpected_dialog(*args, **_kwargs):
    texts = [a for a in args if isinstance(a, str)]
    raise AssertionError(f"an unexpected modal dialog would block the test: {texts}")


@pytest.fixture(autouse=True)
def no_blocking_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal message or input box nobody expected fails the test instead of hanging it.

    A test that expects one monkeypatches it itself (its patch replaces this one).
    """
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, _unexpected_dialog)
    for name in ("getText", "getItem", "getInt", "getDouble", "getMultiLineText"):
        monkeypatch.setattr(QInputDialog, name, _unexpected_dialog)
    for name in ("getOpenFileName", "getOpenFileNames", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, _unexpected_dialog)


@pytest.fixture(autouse=True)
def english_interface(qapp):
    """Every UI test starts and ends in English (British dates), whatever the machine's
    locale and whatever an earlier test switched to."""
    from nomdesk.ui.i18n import install_translators

    install_translators(qapp, "en")
    yield
    install_translators(qapp, "en")


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """QSettings write into a temporary folder, never the user's."""
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if "path" not in _DEMO:
        path = tmp_path_factory.mktemp("demo-template") / "demo.db"
        build_demo(path)
        _DEMO["path"] = path
    return _DEMO["path"]


@pytest.fixture
def demo_copy(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh copy of the demo database for one test."""
    target = tmp_path / "demo.db"
    shutil.copyfile(_demo_template(tmp_path_factory), target)
    return target


@pytest.fixture
def window(qtbot, demo_copy: Path):
    """The main window on a copy of the demo, shown offscreen."""
    from nomdesk.ui.file_menu import open_workspace
    from nomdesk.ui.main_window import MainWindow

    win = MainWindow(open_workspace(demo_copy))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def year_item(win, year: int):
    """The navigation item of a year."""
    top = win.tree.topLevelItem(0)
    for i in range(top.childCount()):
        if top.child(i).text(0).startswith(str(year)):
            return top.child(i)
    raise AssertionError(f"no year {year} in the tree")
