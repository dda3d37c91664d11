"""File menu paths and failures: nothing created by mistake, nothing typed lost, no
undo history that claims what the file does not hold."""

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlmodel import select

from nomdesk.db.models import Nominee
from nomdesk.ui import settings
from nomdesk.ui.file_menu import open_workspace
from nomdesk.ui.main_window import MainWindow
from nomdesk.ui.views import nominees_edits
from tests.ui.conftest import year_item


def _messages(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    return shown


def test_open_recent_on_a_missing_file_says_so_and_creates_nothing(window, tmp_path, monkeypatch):
    shown = _messages(monkeypatch)
    gone = tmp_path / "moved.db"
    assert window.open_path(gone) is False
    assert not gone.exists()
    assert "does not exist" in shown[0]
    assert window.workspace.path.name == "demo.db"


def test_new_database_creates_an_empty_file_and_refuses_an_existing_one(
    window, tmp_path, monkeypatch
):
    shown = _messages(monkeypatch)
    fresh = tmp_path / "prisbas"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(fresh), ""))
    window.new_database()
    assert window.workspace.path == tmp_path / "prisbas.db"
    assert window.tree.topLevelItemCount() == 0
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(fresh) + ".db", ""))
    window.new_database()
    assert "exists already" in shown[0]
    assert settings.read(settings.RECENT_FILES)[0] == str(tmp_path / "prisbas.db")


def test_open_asks_for_a_file_and_shows_it(window, demo_copy, tmp_path, monkeypatch):
    other = tmp_path / "other.db"
    other.write_bytes(demo_copy.read_bytes())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    window.open_database()
    assert window.workspace.path == other
    assert "other.db" in window.windowTitle()


def test_closing_while_typing_saves_the_text(qtbot, window, demo_copy) -> None:
    window.tabs.setCurrentWidget(window.nominees)
    view = window.nominees
    row = next(r for r in range(view.model.rowCount()) if view.model.row_at(r).name == "Borås stad")
    view.table.selectRow(row)
    editor = view.detail.texts.editors["proud_of"]
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    editor.setPlainText("Skrivet strax före stängning")
    window.close()
    con = sqlite3.connect(demo_copy)
    saved = con.execute("SELECT proud_of FROM nominee WHERE display_name='Borås stad'").fetchone()
    con.close()
    assert saved[0] == "Skrivet strax före stängning"


def test_an_undo_the_file_refuses_drops_the_step_and_says_why(window, demo_copy, monkeypatch):
    shown = _messages(monkeypatch)
    uid = window.workspace.session.exec(
        select(Nominee.uid).where(Nominee.display_name == "Luleå kommun")
    ).one()
    nominees_edits.change_stage(window.workspace, uid, "finalist")
    session = window.workspace.session
    session.connection().exec_driver_sql("PRAGMA busy_timeout=50")  # the pooled connection
    session.commit()
    blocker = sqlite3.connect(demo_copy, timeout=0)
    blocker.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        window.undo_action.trigger()
    finally:
        blocker.rollback()
        blocker.close()
    assert shown and "could not be undone" in shown[0]
    stack = window.workspace.undo_stack
    assert stack.count() == 0 or not stack.canRedo()


def test_reopening_shows_the_year_and_its_nominees(qtbot, window, demo_copy) -> None:
    window.close()
    again = MainWindow(open_workspace(demo_copy))
    qtbot.addWidget(again)
    again.tree.setCurrentItem(year_item(again, 2023))
    names = {again.nominees.model.row_at(r).name for r in range(again.nominees.model.rowCount())}
    assert "Mora, Orsa och Älvdalens kommuner" in names and len(names) == 5
    again.close()
    assert Path(demo_copy).exists()
