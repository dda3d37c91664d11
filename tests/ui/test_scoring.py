"""Score entry through the real grid: keying in a paper sheet, refusals, conflicts, comments."""

import sqlite3

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from nomdesk.services import years
from nomdesk.ui.views.scoring_model import COMMENT_ROLE, CONFLICT_MARK


def _plural(text: str, n: int) -> str:
    """A plural text as the interface shows it (English plural forms once translated)."""
    return QCoreApplication.translate("ScoringView", text, "", n)


def _scores(path, juror: str) -> dict[tuple[str, str], tuple[float, str, str]]:
    """(nominee, criterion) → (value, comment, source) of one juror, read from the file."""
    con = sqlite3.connect(path)
    try:
        rows = con.execute(
            "SELECT n.display_name, c.name, s.value, s.comment, s.source FROM score s"
            " JOIN juror j ON j.id = s.juror_id JOIN nominee n ON n.id = s.nominee_id"
            " JOIN criterion c ON c.id = s.criterion_id WHERE j.name = ?",
            (juror,),
        ).fetchall()
    finally:
        con.close()
    return {(n, c): (v, comment, source) for n, c, v, comment, source in rows}


def _open_sheet(window, juror: str):
    """The Scores tab on a juror's sheet (2027, its Final round)."""
    window.tabs.setCurrentIndex(window.tabs.indexOf(window.scoring))
    view = window.scoring
    index = next(
        i for i in range(view.juror_box.count()) if view.juror_box.itemText(i).startswith(juror)
    )
    view.juror_box.setCurrentIndex(index)
    view.table.setFocus()
    return view


def _press(qtbot, *keys) -> None:
    """Type into whatever has the focus, as a person's keystrokes arrive."""
    names = {
        "Enter": Qt.Key.Key_Return,
        "Tab": Qt.Key.Key_Tab,
        "Esc": Qt.Key.Key_Escape,
        "Delete": Qt.Key.Key_Delete,
    }
    for key in keys:
        if key in names:
            qtbot.keyClick(QApplication.focusWidget(), names[key])
        else:
            for char in key:
                qtbot.keyClicks(QApplication.focusWidget(), char)


def _cursor(view) -> tuple[int, int]:
    index = view.table.currentIndex()
    return index.row(), index.column()


def _row(view, row: int) -> list[str]:
    return [view.model.index(row, c).data() for c in range(view.model.columnCount())]


def test_keying_in_a_sheet_with_enter_and_tab_then_undo_and_redo(window, qtbot) -> None:
    view = _open_sheet(window, "Greta Påhittad")  # the pending juror: nothing entered
    assert view.missing.text() == _plural("%n score(s) missing on this sheet", 24)
    assert _cursor(view) == (0, 0)
    first, second = view.model.nominee(0).name, view.model.nominee(1).name
    _press(qtbot, "7", "Enter", "8,5", "Tab", "3", "Enter", "6.5", "Enter", "9", "Enter")
    assert _cursor(view) == (1, 1)  # along the row, then on to the next nominee
    assert isinstance(QApplication.focusWidget(), QLineEdit)  # still keying in
    _press(qtbot, "Esc")
    assert _row(view, 0) == ["7", "8.5", "3", "6.5"]
    assert _row(view, 1) == ["9", "", "", ""]
    stored = _scores(window.workspace.path, "Greta Påhittad")
    assert stored[(first, "Demokrati och delaktighet")] == (8.5, "", "keyed")
    assert stored[(second, "Verksamhetsutveckling")] == (9.0, "", "keyed")
    assert len(stored) == 5
    assert view.missing.text() == _plural("%n score(s) missing on this sheet", 19)
    assert view.juror_box.currentText() == "Greta Påhittad (Member)  " + _plural("· %n missing", 19)

    stack = window.workspace.undo_stack
    assert stack.count() == 5
    assert stack.text(1) == f"Score {first}, Democracy and participation: 8.5"  # English UI
    for _ in range(3):
        window.undo_action.trigger()
    assert _row(view, 0) == ["7", "8.5", "", ""]
    assert len(_scores(window.workspace.path, "Greta Påhittad")) == 2
    window.redo_action.trigger()
    assert _row(view, 0) == ["7", "8.5", "3", ""]
    assert len(_scores(window.workspace.path, "Greta Påhittad")) == 3


def test_the_juror_list_counts_every_jurors_missing_scores_when_opened(window) -> None:
    view = _open_sheet(window, "Astrid Exempelsson")
    view.juror_box.showPopup()
    texts = [view.juror_box.itemText(i) for i in range(view.juror_box.count())]
    view.juror_box.hidePopup()
    assert "Greta Påhittad (Member)  " + _plural("· %n missing", 24) in texts
    assert "Fredrik Låtsasson (Member)  " + _plural("· %n missing", 11) in texts
    assert "Astrid Exempelsson (Chair)" in texts  # complete: no count


def test_an_off_step_value_is_refused_with_the_message_and_nothing_is_saved(
    window, qtbot, dump
) -> None:
    view = _open_sheet(window, "Greta Påhittad")
    before = dump(window.workspace.path)
    _press(qtbot, "7,3")
    editor = QApplication.focusWidget()
    message = "Verksamhetsutveckling: 7.3 is not on the scale's step of 0.5 from 0."
    assert view.problem.isVisible() and view.problem.text() == message
    assert editor.toolTip() == message and "#b00020" in editor.styleSheet()
    _press(qtbot, "Enter", "Tab")
    assert QApplication.focusWidget() is editor  # refused: the cursor stays in the cell
    assert _cursor(view) == (0, 0)
    editor.selectAll()
    _press(qtbot, "11")
    assert view.problem.text() == "Verksamhetsutveckling: 11 is outside the scale 0–10."
    editor.selectAll()
    _press(qtbot, "abc")
    assert view.problem.text() == "Verksamhetsutveckling: the score must be a number."
    _press(qtbot, "Esc")
    assert not view.problem.isVisible()
    assert view.model.index(0, 0).data() == ""
    assert dump(window.workspace.path) == before
    assert window.workspace.undo_stack.count() == 0


def test_a_value_leaving_the_cell_by_a_click_is_not_saved_when_refused(window, qtbot, dump):
    view = _open_sheet(window, "Greta Påhittad")
    before = dump(window.workspace.path)
    _press(qtbot, "4,2")
    view.panel.nominee_comment.setFocus()  # the editor loses focus: a commit is tried
    qtbot.waitUntil(lambda: not isinstance(QApplication.focusWidget(), QLineEdit))
    assert "4.2 is not on the scale's step" in view.problem.text()
    assert dump(window.workspace.path) == before


def test_swedish_takes_a_decimal_comma_and_shows_one(window, qtbot, qapp) -> None:
    from nomdesk.ui.i18n import install_translators

    install_translators(qapp, "sv")
    view = _open_sheet(window, "Greta Påhittad")
    _press(qtbot, "8,5", "Enter", "Esc")
    assert view.model.index(0, 0).data() == "8,5"
    first = view.model.nominee(0).name
    assert (
        _scores(window.workspace.path, "Greta Påhittad")[(first, "Verksamhetsutveckling")][0] == 8.5
    )


def test_a_conflicted_cell_is_disabled_marked_and_passed_over(window, qtbot) -> None:
    view = _open_sheet(window, "David Fiktiv")  # conflicted for one finalist
    model = view.model
    row = next(r for r in range(model.rowCount()) if model.conflicted(r))
    index = model.index(row, 0)
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEnabled
    assert index.data() == CONFLICT_MARK
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Conflict of interest, not scored: Arbetade tidigare")
    assert CONFLICT_MARK in model.headerData(row, Qt.Orientation.Vertical)
    assert not model.setData(index, 5.0)
    # Enter on the last cell before it moves past it, never into it.
    view.table.setCurrentIndex(model.index(row - 1, model.columnCount() - 1))
    view.table.setFocus()
    _press(qtbot, "Enter")
    assert _cursor(view)[0] != row


def test_delete_clears_a_score_and_undo_brings_it_back(window, qtbot) -> None:
    view = _open_sheet(window, "Astrid Exempelsson")
    name = view.model.nominee(0).name
    before = _scores(window.workspace.path, "Astrid Exempelsson")[(name, "Verksamhetsutveckling")]
    view.table.setCurrentIndex(view.model.index(0, 0))
    _press(qtbot, "Delete")
    assert view.model.index(0, 0).data() == ""
    assert (name, "Verksamhetsutveckling") not in _scores(
        window.workspace.path, "Astrid Exempelsson"
    )
    window.undo_action.trigger()
    after = _scores(window.workspace.path, "Astrid Exempelsson")[(name, "Verksamhetsutveckling")]
    assert after == before


def test_a_comment_on_a_score_is_saved_marked_and_undoable(window, qtbot) -> None:
    view = _open_sheet(window, "Astrid Exempelsson")
    view.table.setCurrentIndex(view.model.index(1, 2))
    nominee, criterion = view.model.nominee(1).name, view.model.criterion(2).name
    shown = view.model.criterion(2).name_en  # the English interface names it in English
    assert view.panel.where.text().startswith(f"{nominee} · {shown}")
    editor = view.panel.cell_comment
    editor.setFocus()
    editor.insertPlainText("Bra underlag från platsbesöket.")  # keyClicks types ASCII only
    view.table.setFocus()  # leaving the field saves it
    stored = _scores(window.workspace.path, "Astrid Exempelsson")[(nominee, criterion)]
    assert stored[1] == "Bra underlag från platsbesöket."
    index = view.model.index(1, 2)
    assert index.data(COMMENT_ROLE) == "Bra underlag från platsbesöket."
    assert "Bra underlag" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert window.workspace.undo_stack.text(0) == f"Comment on {nominee}, {shown}"
    window.undo_action.trigger()
    assert _scores(window.workspace.path, "Astrid Exempelsson")[(nominee, criterion)][1] == ""
    assert view.panel.cell_comment.toPlainText() == ""


def test_an_empty_cell_takes_no_comment_until_scored(window) -> None:
    view = _open_sheet(window, "Greta Påhittad")
    assert view.panel.cell_comment.isReadOnly()
    assert view.panel.cell_hint.text() == "Enter a score first."


def test_the_overall_comment_on_a_nominee_is_saved(window, qtbot) -> None:
    view = _open_sheet(window, "Elin Testlund")
    view.table.setCurrentIndex(view.model.index(2, 0))
    nominee = view.model.nominee(2).name
    editor = view.panel.nominee_comment
    editor.setFocus()
    editor.insertPlainText("Tydlig röd tråd.")
    view.table.setFocus()
    con = sqlite3.connect(window.workspace.path)
    stored = con.execute(
        "SELECT c.comment FROM nominee_comment c JOIN juror j ON j.id = c.juror_id"
        " JOIN nominee n ON n.id = c.nominee_id WHERE j.name = ? AND n.display_name = ?",
        ("Elin Testlund", nominee),
    ).fetchall()
    con.close()
    assert stored == [("Tydlig röd tråd.",)]
    assert view.model.headerData(2, Qt.Orientation.Vertical).endswith("✎")


@pytest.mark.parametrize("how", ["locked", "closed"])
def test_a_locked_year_or_closed_round_is_read_only_with_a_note(window, how) -> None:
    view = _open_sheet(window, "Greta Påhittad")
    session = window.workspace.session
    if how == "locked":
        years.lock_year(session=session, year_id=view.year_id, reason="test")
    else:
        from nomdesk.services import rounds

        rounds.set_round_status(session=session, round_id=view.current_round().id, status="closed")
    window.workspace.changed.emit()
    notice = view.banner if how == "locked" else view.note
    assert notice.isVisible() and notice.text()
    index = view.model.index(0, 0)
    assert not view.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not view.model.setData(index, 5.0)
    assert view.panel.nominee_comment.isReadOnly()


def test_the_grid_names_criteria_in_the_interface_language(window) -> None:
    view = _open_sheet(window, "Astrid Exempelsson")
    header = view.model.headerData(0, Qt.Orientation.Horizontal)
    name, scale = header.rsplit("\n", 1)
    assert (name.replace("\n", " "), scale) == ("Developing operations", "0–10")
    assert view.model.criterion(0).name == "Verksamhetsutveckling"  # the stored name
