"""macOS hands a double-clicked file to the running app as a QFileOpenEvent."""

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QFileOpenEvent

from nomdesk.ui import file_open


class FakeWindow:
    def __init__(self) -> None:
        self.opened: list[Path] = []

    def open_path(self, path: Path) -> bool:
        self.opened.append(path)
        return True


@pytest.fixture
def router(qapp):
    router = file_open.install(qapp)
    yield router
    qapp.removeEventFilter(router)
    shiboken6.delete(router)  # now, so the next test's install() makes a new one


def _post_open(qapp, path: Path, qtbot) -> None:
    QCoreApplication.postEvent(qapp, QFileOpenEvent(str(path)))
    qtbot.wait(10)


def test_install_twice_keeps_one_router(qapp, router):
    assert file_open.install(qapp) is router


def test_files_that_arrive_before_the_window_are_opened_when_it_is_attached(
    qapp, qtbot, router, tmp_path
):
    ballot = tmp_path / "anna.nomballot"
    _post_open(qapp, ballot, qtbot)
    assert router.pending == [ballot]
    window = FakeWindow()
    router.attach(window)
    assert window.opened == [ballot]
    assert router.pending == []


def test_a_url_event_is_routed_by_its_local_file(qapp, qtbot, router, tmp_path):
    window = FakeWindow()
    router.attach(window)
    sheet = tmp_path / "anna rev 2.nomscores"
    QCoreApplication.postEvent(qapp, QFileOpenEvent(QUrl.fromLocalFile(str(sheet))))
    qtbot.wait(10)
    assert window.opened == [sheet]


def test_a_database_opened_by_the_desktop_replaces_the_window_s_database(
    qapp, qtbot, router, window, tmp_path
):
    other = tmp_path / "other.db"
    other.write_bytes(window.workspace.path.read_bytes())
    router.attach(window)
    _post_open(qapp, other, qtbot)
    qtbot.waitUntil(lambda: window.workspace.path == other)


def test_a_score_sheet_goes_to_the_import(qapp, qtbot, router, window, monkeypatch, tmp_path):
    from nomdesk.ui.actions import import_sheets

    received = []
    monkeypatch.setattr(import_sheets, "run", lambda win, files: received.append((win, files)))
    router.attach(window)
    sheet = tmp_path / "anna.nomscores"
    _post_open(qapp, sheet, qtbot)
    assert received == [(window, [sheet])]
