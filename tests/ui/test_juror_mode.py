"""Juror mode driven through its widgets: scoring by keyboard, comments, conflicts, export,
closing with unexported changes, resuming, refused ballots, attachments and drops."""

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from nomdesk.exchange.juror_workspace import JurorWorkspace
from nomdesk.ui.juror import export, open_ballot
from nomdesk.ui.juror.window import JurorWindow
from tests.ui.test_juror_helpers import PENDING_JUROR, drop_files, write_ballot


@pytest.fixture
def ballot(demo_copy: Path, tmp_path: Path) -> Path:
    return write_ballot(demo_copy, tmp_path / "out", attach=True)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return tmp_path / "workspaces"


@pytest.fixture(autouse=True)
def closing_answer(monkeypatch) -> list:
    """The closing question answers "Close anyway" unless a test says otherwise; the
    list records each time it was asked."""
    asked: list = []
    monkeypatch.setattr(
        export, "ask_before_closing", lambda _p: asked.append(1) or export.Closing.CLOSE
    )
    return asked


_WINDOWS: list[JurorWindow] = []


@pytest.fixture(autouse=True)
def close_windows(monkeypatch):
    """Juror windows are closed here, not by qtbot: its teardown runs before fixtures end,
    and a failed test's window would then open the real closing question and hang."""
    yield
    monkeypatch.setattr(export, "ask_before_closing", lambda _p: export.Closing.CLOSE)
    while _WINDOWS:
        window = _WINDOWS.pop()
        if not window.closed:
            window.close()


def open_window(qtbot, ballot: Path, root: Path) -> JurorWindow:
    window = open_ballot(ballot, root=root)
    assert window is not None
    _WINDOWS.append(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def juror(qtbot, ballot: Path, root: Path):
    return open_window(qtbot, ballot, root)


def choose(window: JurorWindow, name: str) -> None:
    tree = window.nominee_list
    for index in range(tree.topLevelItemCount()):
        if tree.topLevelItem(index).text(0) == name:
            tree.setCurrentItem(tree.topLevelItem(index))
            return
    raise AssertionError(f"no nominee {name}")


def fresh_cells(root: Path, ballot: Path, nominee: str) -> dict[str, tuple]:
    """What the workspace file holds for a nominee, read through a new connection."""
    with JurorWorkspace.open_ballot(ballot, root=root) as ws:
        content = ws.nominee(ws.find_nominee(nominee))
        names = {c.uid: c.name_en for c in ws.criteria()}
        cells = {names[uid]: (cell.value, cell.comment) for uid, cell in content.cells.items()}
        return {
            "cells": cells,
            "overall": content.overall_comment,
            "conflict": content.conflict_reason,
        }


def test_title_list_and_progress_show_the_ballot(juror: JurorWindow) -> None:
    title = juror.windowTitle()
    assert PENDING_JUROR in title and "2027" in title
    assert juror.nominee_list.topLevelItemCount() == 6
    assert juror.nominee_list.topLevelItem(0).text(1) == "0/4"
    assert juror.progress.value() == 0 and juror.progress.maximum() == 24
    assert juror.form.title.text() == "Borås stad"
    assert "Digital citizen dialogue" in juror.content.document.toPlainText()


def test_keyboard_scoring_respects_the_step_and_saves_at_once(
    qtbot, juror: JurorWindow, root: Path, ballot: Path
) -> None:
    spin = juror.form.rows[0].spin  # Developing operations: 0–10, step 0.5
    spin.setFocus()
    assert spin.text() == "not scored"
    qtbot.keyClick(spin, Qt.Key.Key_Up)  # from "not scored" to the scale's minimum
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert fresh_cells(root, ballot, "Borås stad")["cells"]["Developing operations"][0] == 0.5
    spin.selectAll()
    qtbot.keyClicks(spin, "7.5")
    assert fresh_cells(root, ballot, "Borås stad")["cells"]["Developing operations"][0] == 7.5
    spin.selectAll()
    qtbot.keyClicks(spin, "7.3")  # "7" is a score; "7.3" is off the step and not taken
    juror.form.rows[1].spin.setFocus()
    assert spin.value() == 7.0
    assert juror.form.rows[0].error.text() == "7.3 is not on this scale; the score stays 7."
    assert fresh_cells(root, ballot, "Borås stad")["cells"]["Developing operations"][0] == 7.0
    assert juror.nominee_list.topLevelItem(0).text(1) == "1/4"
    assert juror.progress.value() == 1


def test_clear_returns_to_not_scored(qtbot, juror: JurorWindow, root, ballot) -> None:
    row = juror.form.rows[2]  # 1–5, step 1
    row.spin.setFocus()
    qtbot.keyClick(row.spin, Qt.Key.Key_Up)
    assert row.spin.value() == 1 and row.comment.isEnabled()
    qtbot.mouseClick(row.clear_button, Qt.MouseButton.LeftButton)
    assert row.spin.text() == "not scored" and not row.comment.isEnabled()
    assert "The municipality as a whole" not in fresh_cells(root, ballot, "Borås stad")["cells"]


def test_comments_are_saved_while_typing_and_on_close(
    qtbot, juror: JurorWindow, root: Path, ballot: Path, closing_answer
) -> None:
    row = juror.form.rows[0]
    row.spin.setValue(6.0)
    qtbot.keyClicks(row.comment, "Tydlig effekt")
    qtbot.waitUntil(lambda: not row.autosave.pending(), timeout=3000)
    assert fresh_cells(root, ballot, "Borås stad")["cells"]["Developing operations"] == (
        6.0,
        "Tydlig effekt",
    )
    juror.form.overall.setFocus()
    qtbot.keyClicks(juror.form.overall, "Stark helhet")  # closed before the pause ends
    juror.close()
    assert closing_answer and juror.closed
    assert fresh_cells(root, ballot, "Borås stad")["overall"] == "Stark helhet"


def test_conflict_declared_hides_scores_and_can_be_withdrawn(
    qtbot, juror: JurorWindow, root: Path, ballot: Path
) -> None:
    choose(juror, "Gävle kommun")
    juror.form.rows[0].spin.setValue(4.0)
    qtbot.mouseClick(juror.form.declare_button, Qt.MouseButton.LeftButton)
    dialog = juror.conflict_dialog
    assert dialog is not None and not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.reason, "Jag sitter i styrelsen")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert juror.conflict_dialog is None
    assert juror.form.conflict_box.isVisible() and not juror.form.scroll.isVisible()
    assert "Jag sitter i styrelsen" in juror.form.conflict_text.text()
    item = juror.nominee_list.currentItem()
    assert item.text(0) == "Gävle kommun" and item.text(1) == "conflict"
    assert juror.progress.maximum() == 20
    assert fresh_cells(root, ballot, "Gävle kommun")["conflict"] == "Jag sitter i styrelsen"
    qtbot.mouseClick(juror.form.withdraw_button, Qt.MouseButton.LeftButton)
    assert juror.form.scroll.isVisible() and juror.form.rows[0].spin.value() == 4.0
    assert fresh_cells(root, ballot, "Gävle kommun")["conflict"] is None
    assert juror.nominee_list.currentItem().text(1) == "1/4"


def test_export_writes_the_next_revision_under_a_default_name(
    qtbot, juror: JurorWindow, tmp_path: Path, monkeypatch
) -> None:
    juror.form.rows[0].spin.setValue(5.0)
    suggested = []

    def save_as(_parent, _title, start, _filter):
        suggested.append(Path(start))
        return str(tmp_path / "sheet"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    qtbot.mouseClick(juror.export_button, Qt.MouseButton.LeftButton)
    assert suggested[0].name == (
        "Sweden's Digitalisation Municipality of the Year 2027 Greta Påhittad, revision 1.nomscores"
    )
    assert suggested[0].parent == juror.ballot.parent  # no exchange folder set
    sheet = json.loads((tmp_path / "sheet.nomscores").read_text("utf-8"))
    assert sheet["revision"] == 1 and [s["value"] for s in sheet["scores"]] == [5.0]
    assert "Revision 1 exported" in juror.status.text()
    assert "not exported" not in juror.status.text()
    juror.form.rows[1].spin.setValue(3.0)
    assert "Changes since then are not exported" in juror.status.text()
    juror.export_sheet()
    assert "revision 2" in suggested[1].name
    assert json.loads((tmp_path / "sheet.nomscores").read_text("utf-8"))["revision"] == 2


def test_closing_asks_only_with_unexported_changes(
    qtbot, juror: JurorWindow, tmp_path: Path, monkeypatch
) -> None:
    answers = [export.Closing.CANCEL]
    monkeypatch.setattr(export, "ask_before_closing", lambda _p: answers.pop(0))
    juror.form.rows[0].spin.setValue(5.0)
    juror.close()
    assert juror.isVisible() and not juror.closed  # cancelled
    answers.append(export.Closing.EXPORT)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "x.nomscores"), "")
    )
    juror.close()
    assert juror.closed and (tmp_path / "x.nomscores").exists()


def test_closing_without_changes_asks_nothing(qtbot, ballot: Path, root: Path, closing_answer):
    window = open_window(qtbot, ballot, root)
    window.close()
    assert window.closed and not closing_answer


def test_reopening_the_ballot_resumes(qtbot, ballot: Path, root: Path) -> None:
    first = open_window(qtbot, ballot, root)
    choose(first, "Västerås stad")
    first.form.rows[3].spin.setValue(8.5)
    first.close()
    again = open_window(qtbot, ballot, root)
    choose(again, "Västerås stad")
    assert again.form.rows[3].spin.value() == 8.5
    assert again.progress.value() == 1
    again.close()


def test_a_refused_ballot_says_why_and_opens_nothing(
    qtbot, ballot: Path, root: Path, monkeypatch
) -> None:
    data = json.loads(ballot.read_text("utf-8"))
    data["format"] = "nomdesk-ballot/9"
    bad = ballot.with_name("bad.nomballot")
    bad.write_text(json.dumps(data), "utf-8")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: shown.append(text))
    assert open_ballot(bad, root=root) is None
    assert "bad.nomballot" in shown[0] and "unknown format" in shown[0]
    assert not root.exists() or not any(root.iterdir())


def test_attachment_opens_in_the_system_viewer(qtbot, juror: JurorWindow, monkeypatch) -> None:
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert juror.content.tabText(1) == "Attachments (1)"
    juror.content.setCurrentIndex(1)
    qtbot.mouseClick(juror.content.attachments.open_button, Qt.MouseButton.LeftButton)
    path = Path(opened[0].toLocalFile())
    assert path.name == "självvärdering.txt"
    assert path.read_text("utf-8") == "Självvärdering: 42 poäng\n"


def test_radar_chart_shows_my_scores(qtbot, juror: JurorWindow) -> None:
    juror.form.rows[0].spin.setValue(7.5)
    juror.content.setCurrentWidget(juror.content.radar)
    chart = juror.content.radar.chart
    assert chart is not None
    assert list(chart.series[0].values) == [7.5, None, None, None]
    juror.form.rows[1].spin.setValue(2.0)
    assert list(chart.series[0].values) == [7.5, 2.0, None, None]


def test_dropping_a_ballot_opens_it(qtbot, juror: JurorWindow, demo_copy, tmp_path) -> None:
    other = write_ballot(demo_copy, tmp_path / "other", juror="Astrid Exempelsson")
    assert not drop_files(juror, [tmp_path / "notes.txt"])  # only ballots are taken
    assert drop_files(juror, [other])
    qtbot.waitUntil(lambda: "Astrid Exempelsson" in juror.windowTitle(), timeout=3000)
    assert juror.nominee_list.topLevelItem(0).text(1) == "4/4 ✓"  # her scores travel with it


def test_a_ballot_sent_again_with_new_content_says_so_and_keeps_the_work(
    qtbot, demo_copy: Path, tmp_path: Path, root: Path
) -> None:
    ballot = write_ballot(demo_copy, tmp_path / "first")
    first = open_window(qtbot, ballot, root)
    first.form.rows[0].spin.setValue(6.5)
    first.close()
    again = write_ballot(demo_copy, tmp_path / "second", attach=True)  # same uid, a new file
    window = open_window(qtbot, again, root)
    assert "sent this ballot again" in window.statusBar().currentMessage()
    assert window.form.rows[0].spin.value() == 6.5
    assert window.content.tabText(1) == "Attachments (1)"


def test_only_ballots_open_in_juror_mode(qtbot, juror: JurorWindow, demo_copy: Path) -> None:
    assert not juror.open_path(demo_copy)
    assert "opens ballots only" in juror.statusBar().currentMessage()
    assert PENDING_JUROR in juror.windowTitle()
