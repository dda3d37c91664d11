"""The main window on the demo database, driven through its widgets."""

import os
import sqlite3

from nomdesk.ui import settings
from tests.ui.conftest import year_item


def test_window_lists_years_and_opens_on_2027(window) -> None:
    top = window.tree.topLevelItem(0)
    years = [top.child(i).text(0)[:4] for i in range(top.childCount())]
    assert [str(y) for y in range(2001, 2024, 2)] + ["2027"] == years
    assert window.tree.current_year_id() is not None
    assert window.tree.currentItem() is year_item(window, 2027)
    assert window.nominees.model.rowCount() >= 5
    assert "demo.db" in window.windowTitle()
    assert [window.tabs.tabText(i) for i in range(4)] == [
        "Overview",
        "Nominees",
        "Criteria",
        "Jury",
    ]


def test_choosing_2023_shows_the_joint_nomination(window) -> None:
    window.tree.setCurrentItem(year_item(window, 2023))
    model = window.nominees.model
    rows = [model.row_at(r) for r in range(model.rowCount())]
    assert len(rows) == 5
    joint = next(r for r in rows if r.name.startswith("Mora"))
    assert len(joint.organisations) == 3
    assert "Orsa" in model.data(model.index(rows.index(joint), 1))


def test_geometry_and_recent_files_are_remembered(window, demo_copy) -> None:
    window.resize(1000, 700)
    window.close()
    assert not settings.read(settings.WINDOW_GEOMETRY).isEmpty()
    assert settings.read(settings.RECENT_FILES)[0] == str(demo_copy)


def test_save_a_copy_writes_a_database_that_opens(window, tmp_path, monkeypatch) -> None:
    target = tmp_path / "copy.db"
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), "")
    )
    window.save_copy()
    con = sqlite3.connect(target)
    assert con.execute("SELECT count(*) FROM award_year").fetchone()[0] == 13
    con.close()


def test_opening_a_foreign_file_is_a_message_not_a_crash(window, tmp_path, monkeypatch) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("hello", encoding="utf-8")
    shown = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.warning", lambda *args: shown.append(args[2])
    )
    assert window.open_path(bad) is False
    assert "not a nomdesk database" in shown[0]
    assert window.workspace is not None and window.workspace.path.name == "demo.db"


def test_no_display_falls_back_to_offscreen(monkeypatch, capsys) -> None:
    from nomdesk.ui import app

    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(app.sys, "platform", "linux")
    app.ensure_display()
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"
    assert "no display" in capsys.readouterr().err


def test_presentation_mode_is_a_checkable_view_action(window) -> None:
    seen = []
    window.workspace.presentation_changed.connect(seen.append)
    window.presentation_action.trigger()
    assert window.workspace.presentation is True
    assert window.workspace.juror_label(0, "Anna") == "A"
    window.presentation_action.trigger()
    assert window.workspace.juror_label(27, "Anna") == "Anna"
    assert seen == [True, False]


def test_juror_letters_continue_after_z() -> None:
    from nomdesk.ui.workspace import juror_letter

    assert [juror_letter(i) for i in (0, 1, 25, 26, 27, 51, 52)] == [
        "A",
        "B",
        "Z",
        "AA",
        "AB",
        "AZ",
        "BA",
    ]


def test_the_award_years_pane_shows_the_award_name_whole(window) -> None:
    tree = window.tree
    name = tree.topLevelItem(0).text(0)
    assert name == "Sveriges DigitaliseringsKommun"
    needed = tree.indentation() + tree.fontMetrics().horizontalAdvance(name)
    assert tree.viewport().width() >= needed
    assert tree.viewport().width() >= tree.sizeHintForColumn(0)
