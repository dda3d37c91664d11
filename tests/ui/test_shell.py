"""The shell around the views: Edit menu undo, status bar, reopening, the error hook."""

import logging

from PySide6.QtWidgets import QMessageBox
from sqlmodel import select

from nomdesk.db.models import Nominee
from nomdesk.ui import errors
from nomdesk.ui.file_menu import open_workspace
from nomdesk.ui.main_window import MainWindow
from nomdesk.ui.views import nominees_edits
from tests.ui.conftest import year_item


def _stage(window, name: str) -> str:
    session = window.workspace.session
    session.expire_all()
    return session.exec(select(Nominee.stage).where(Nominee.display_name == name)).one()


def _make_finalist(window, name: str) -> None:
    view = window.nominees
    window.tabs.setCurrentWidget(view)
    row = next(r for r in range(view.model.rowCount()) if view.model.row_at(r).name == name)
    nominees_edits.change_stage(window.workspace, view.model.row_at(row).uid, "finalist")


def test_edit_menu_undoes_and_redoes_and_the_status_bar_says_what_was_saved(window) -> None:
    _make_finalist(window, "Luleå kommun")
    assert _stage(window, "Luleå kommun") == "finalist"
    assert window.statusBar().currentMessage().startswith("Saved: ")
    assert "Luleå kommun" in window.statusBar().currentMessage()
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert _stage(window, "Luleå kommun") == "shortlisted"
    window.redo_action.trigger()
    assert _stage(window, "Luleå kommun") == "finalist"


def test_reopening_the_file_shows_what_was_done(qtbot, window, demo_copy) -> None:
    _make_finalist(window, "Jönköpings kommun")
    window.close()
    again = MainWindow(open_workspace(demo_copy))
    qtbot.addWidget(again)
    again.tree.setCurrentItem(year_item(again, 2027))
    rows = {
        again.nominees.model.row_at(r).name: again.nominees.model.row_at(r).stage
        for r in range(again.nominees.model.rowCount())
    }
    assert rows["Jönköpings kommun"] == "finalist"
    again.close()


def test_an_unexpected_error_shows_details_and_the_log_path(monkeypatch, tmp_path, caplog) -> None:
    shown = {}

    def fake_exec(box) -> int:
        shown["text"] = box.text()
        shown["info"] = box.informativeText()
        shown["details"] = box.detailedText()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    log_file = tmp_path / "nomdesk.log"
    errors.install_excepthook(log_file)
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as err:
        with caplog.at_level(logging.ERROR, logger="nomdesk"):
            errors._unexpected(type(err), err, err.__traceback__)
    assert "Your data is safe" in shown["text"]
    assert str(log_file) in shown["info"]
    assert "boom in a slot" in shown["details"]
    assert "boom in a slot" in caplog.text
