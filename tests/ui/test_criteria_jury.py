"""The Criteria and Jury views on the demo, driven through their widgets."""

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import year_item

YES = QMessageBox.StandardButton.Yes


def query(path: Path, sql: str, *args) -> list[tuple]:
    """Rows read straight from the file, so only committed data counts."""
    con = sqlite3.connect(path)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def criterion_names(path: Path, year: int = 2027) -> list[str]:
    sql = (
        "SELECT c.name FROM criterion c JOIN award_year y ON y.id = c.year_id"
        " WHERE y.year = ? ORDER BY c.position, c.id"
    )
    return [name for (name,) in query(path, sql, year)]


def roles(path: Path, year: int = 2027) -> dict[str, str]:
    sql = (
        "SELECT j.name, j.role FROM juror j JOIN award_year y ON y.id = j.year_id WHERE y.year = ?"
    )
    return dict(query(path, sql, year))


def conflicts(path: Path) -> list[tuple]:
    sql = (
        "SELECT j.name, n.display_name, c.reason, c.uid FROM conflict c"
        " JOIN juror j ON j.id = c.juror_id JOIN nominee n ON n.id = c.nominee_id ORDER BY c.id"
    )
    return query(path, sql)


@pytest.fixture
def criteria_view(window):
    window.tabs.setCurrentWidget(window.criteria)
    return window.criteria


@pytest.fixture
def jury_view(window):
    window.tabs.setCurrentWidget(window.jury)
    return window.jury


def click(qtbot, button) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def fill_criterion(dialog, name: str, weight: float) -> None:
    dialog.name.setText(name)
    dialog.name_en.setText("Sustainability")
    dialog.description.setPlainText("Hur arbetet håller över tid.")
    dialog.weight.setValue(weight)
    dialog.scale_min.setValue(0)
    dialog.scale_max.setValue(10)
    dialog.step.setValue(1)


def select_named(view, name: str) -> None:
    row = next(i for i, r in enumerate(view.model.rows) if r.values["name"] == name)
    view.table.selectRow(row)


# --- criteria -----------------------------------------------------------------------------


def test_weight_zero_is_refused_next_to_the_field(qtbot, criteria_view, demo_copy, dump) -> None:
    before = dump(demo_copy)
    click(qtbot, criteria_view.add_button)
    dialog = criteria_view.dialog
    fill_criterion(dialog, "Hållbarhet", 0)
    dialog.accept()
    assert dialog.isVisible()
    label = dialog.errors.labels["weight"]
    assert label.isVisible() and "greater than 0" in label.text()
    assert not dialog.errors.labels["name"].isVisible()
    assert dump(demo_copy) == before
    assert criteria_view.workspace.undo_stack.count() == 0
    dialog.reject()


def test_a_scale_that_leaves_scores_out_is_refused(qtbot, criteria_view, demo_copy, dump) -> None:
    before = dump(demo_copy)
    select_named(criteria_view, "Kommunen som helhet")  # scale 1–5, scored up to 5
    click(qtbot, criteria_view.edit_button)
    dialog = criteria_view.dialog
    dialog.scale_max.setValue(4)
    dialog.accept()
    assert dialog.isVisible()
    assert "would no longer fit" in dialog.errors.labels["scale_min"].text()
    assert dump(demo_copy) == before
    dialog.reject()


def test_add_move_up_undo_and_redo_a_criterion(qtbot, window, criteria_view, demo_copy) -> None:
    original = criterion_names(demo_copy)
    assert criteria_view.model.data(criteria_view.model.index(0, 4)) == "30.0 %"
    click(qtbot, criteria_view.add_button)
    dialog = criteria_view.dialog
    fill_criterion(dialog, "Hållbarhet", 2)
    dialog.accept()
    assert criteria_view.dialog is None
    assert criterion_names(demo_copy) == [*original, "Hållbarhet"]
    assert criteria_view.current_row().values["name"] == "Hållbarhet"
    assert criteria_view.model.data(criteria_view.model.index(4, 4)) == "16.7 %"

    click(qtbot, criteria_view.up_button)
    moved = [*original[:3], "Hållbarhet", original[3]]
    assert criterion_names(demo_copy) == moved
    assert criteria_view.current_row().values["name"] == "Hållbarhet"

    stack = window.workspace.undo_stack
    stack.undo()
    assert criterion_names(demo_copy) == [*original, "Hållbarhet"]
    stack.redo()
    assert criterion_names(demo_copy) == moved
    assert [r.values["name"] for r in criteria_view.model.rows] == moved
    stack.undo()
    stack.undo()
    assert criterion_names(demo_copy) == original
    assert len(criteria_view.model.rows) == 4
    stack.redo()
    assert criterion_names(demo_copy) == [*original, "Hållbarhet"]


def test_edit_changes_only_what_changed_and_undoes(qtbot, window, criteria_view, demo_copy):
    select_named(criteria_view, "Demokrati och delaktighet")
    criteria_view.table.activated.emit(criteria_view.table.currentIndex())  # Enter
    dialog = criteria_view.dialog
    dialog.weight.setValue(2.5)
    dialog.accept()
    sql = "SELECT weight, step FROM criterion WHERE name = ?"
    assert query(demo_copy, sql, "Demokrati och delaktighet") == [(2.5, 0.5)]
    window.workspace.undo_stack.undo()
    assert query(demo_copy, sql, "Demokrati och delaktighet") == [(2.0, 0.5)]


def test_removing_a_criterion_and_undo_brings_back_its_scores(
    qtbot, window, criteria_view, demo_copy, monkeypatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: YES)
    sql = "SELECT count(*) FROM score s JOIN criterion c ON c.id = s.criterion_id WHERE c.name = ?"
    scores = query(demo_copy, sql, "Verksamhetsutveckling")[0][0]
    assert scores > 0
    select_named(criteria_view, "Verksamhetsutveckling")
    click(qtbot, criteria_view.remove_button)
    assert "Verksamhetsutveckling" not in criterion_names(demo_copy)
    assert query(demo_copy, sql, "Verksamhetsutveckling")[0][0] == 0
    window.workspace.undo_stack.undo()
    assert criterion_names(demo_copy)[0] == "Verksamhetsutveckling"
    assert query(demo_copy, sql, "Verksamhetsutveckling")[0][0] == scores


# --- jury ---------------------------------------------------------------------------------


def add_juror(qtbot, view, name: str, role: str = "member", email: str = ""):
    click(qtbot, view.add_button)
    dialog = view.dialog
    dialog.name.setText(name)
    dialog.affiliation.setText("Kommun (påhittad)")
    dialog.role.setCurrentIndex(dialog.role.findData(role))
    dialog.email.setText(email)
    dialog.accept()
    return dialog


def test_make_chair_demotes_the_old_chair_and_undo_restores_it(
    qtbot, window, jury_view, demo_copy
) -> None:
    add_juror(qtbot, jury_view, "Hanna Nyberg")
    assert roles(demo_copy)["Hanna Nyberg"] == "member"
    assert jury_view.current_row().values["name"] == "Hanna Nyberg"
    click(qtbot, jury_view.chair_button)
    after = roles(demo_copy)
    assert after["Hanna Nyberg"] == "chair" and after["Astrid Exempelsson"] == "member"
    assert not jury_view.chair_button.isEnabled()

    stack = window.workspace.undo_stack
    stack.undo()
    before = roles(demo_copy)
    assert before["Hanna Nyberg"] == "member" and before["Astrid Exempelsson"] == "chair"
    assert jury_view.model.chair_uid() == jury_view.model.rows[0].uid
    stack.redo()
    assert roles(demo_copy)["Hanna Nyberg"] == "chair"
    assert list(roles(demo_copy).values()).count("chair") == 1


def test_adding_a_new_chair_then_undo_gives_the_chair_back(
    qtbot, window, jury_view, demo_copy
) -> None:
    add_juror(qtbot, jury_view, "Hanna Nyberg", role="chair")
    assert roles(demo_copy)["Astrid Exempelsson"] == "member"
    uid = query(demo_copy, "SELECT uid FROM juror WHERE name = 'Hanna Nyberg'")
    window.workspace.undo_stack.undo()
    assert "Hanna Nyberg" not in roles(demo_copy)
    assert roles(demo_copy)["Astrid Exempelsson"] == "chair"
    window.workspace.undo_stack.redo()
    assert query(demo_copy, "SELECT uid FROM juror WHERE name = 'Hanna Nyberg'") == uid
    assert roles(demo_copy)["Astrid Exempelsson"] == "member"


def test_a_bad_email_is_refused_next_to_the_field(qtbot, jury_view, demo_copy, dump) -> None:
    before = dump(demo_copy)
    dialog = add_juror(qtbot, jury_view, "Hanna Nyberg", email="hanna.example.org")
    assert dialog.isVisible()
    assert "not an e-mail address" in dialog.errors.labels["email"].text()
    assert dump(demo_copy) == before
    dialog.reject()


def matrix_index(view, juror: str, nominee: str):
    model = view.conflicts.model
    row = next(i for i, j in enumerate(model.jurors) if j.name == juror)
    column = next(i for i, n in enumerate(model.nominees) if n.name == nominee)
    return model.index(row, column)


def test_declare_a_conflict_from_the_matrix_undo_and_redo(
    qtbot, window, jury_view, demo_copy, monkeypatch
) -> None:
    monkeypatch.setattr(
        "PySide6.QtWidgets.QInputDialog.getText", lambda *a, **k: ("Sitter i styrelsen", True)
    )
    matrix, model = jury_view.conflicts.matrix, jury_view.conflicts.model
    index = matrix_index(jury_view, "Bengt Provberg", "Borås stad")
    assert model.data(index) is None
    qtbot.mouseClick(
        matrix.viewport(), Qt.MouseButton.LeftButton, pos=matrix.visualRect(index).center()
    )
    index = matrix_index(jury_view, "Bengt Provberg", "Borås stad")
    assert model.data(index) == "✕"
    assert "Sitter i styrelsen" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert model.data(index, Qt.ItemDataRole.BackgroundRole) is not None
    made = conflicts(demo_copy)[-1]
    assert made[:3] == ("Bengt Provberg", "Borås stad", "Sitter i styrelsen")
    lines = [
        jury_view.conflicts.list.item(i).text() for i in range(jury_view.conflicts.list.count())
    ]
    assert "Bengt Provberg – Borås stad: Sitter i styrelsen" in lines

    window.workspace.undo_stack.undo()
    assert len(conflicts(demo_copy)) == 1
    assert model.data(matrix_index(jury_view, "Bengt Provberg", "Borås stad")) is None
    window.workspace.undo_stack.redo()
    assert conflicts(demo_copy)[-1] == made  # the same uid
    assert model.data(matrix_index(jury_view, "Bengt Provberg", "Borås stad")) == "✕"


def test_cancelling_the_reason_declares_nothing(qtbot, jury_view, demo_copy, monkeypatch):
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", lambda *a, **k: ("", False))
    matrix = jury_view.conflicts.matrix
    matrix.setCurrentIndex(matrix_index(jury_view, "Elin Testlund", "Gävle kommun"))
    qtbot.keyClick(matrix, Qt.Key.Key_Space)
    assert len(conflicts(demo_copy)) == 1
    assert jury_view.workspace.undo_stack.count() == 0


def test_removing_a_conflict_with_space_asks_and_undo_restores(
    qtbot, window, jury_view, demo_copy, monkeypatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: YES)
    existing = conflicts(demo_copy)
    assert [c[:2] for c in existing] == [("David Fiktiv", "Örebro kommun")]
    matrix = jury_view.conflicts.matrix
    matrix.setFocus()
    matrix.setCurrentIndex(matrix_index(jury_view, "David Fiktiv", "Örebro kommun"))
    qtbot.keyClick(matrix, Qt.Key.Key_Space)
    assert conflicts(demo_copy) == []
    window.workspace.undo_stack.undo()
    assert conflicts(demo_copy) == existing


# --- a locked year ------------------------------------------------------------------------


def test_a_locked_year_is_read_only(qtbot, window) -> None:
    window.tree.setCurrentItem(year_item(window, 2019))
    criteria_view, jury_view = window.criteria, window.jury
    window.tabs.setCurrentWidget(criteria_view)
    assert criteria_view.banner.isVisible() and "locked" in criteria_view.banner.text()
    assert criteria_view.model.rowCount() == 0
    assert not any(b.isEnabled() for b in criteria_view.buttons)
    criteria_view.add()
    assert criteria_view.dialog is None

    window.tabs.setCurrentWidget(jury_view)
    assert jury_view.banner.isVisible()
    buttons = (jury_view.add_button, jury_view.edit_button, jury_view.remove_button)
    assert not any(b.isEnabled() for b in (*buttons, jury_view.chair_button))
    assert jury_view.conflicts.locked and not jury_view.conflicts.hint.isVisible()
    assert "No jurors" in jury_view.summary.text()

    window.tree.setCurrentItem(year_item(window, 2027))
    assert not jury_view.banner.isVisible() and jury_view.add_button.isEnabled()


def test_deciding_the_open_year_makes_its_views_read_only(qtbot, window, monkeypatch) -> None:
    from nomdesk.services import decisions, nominees

    workspace, year_id = window.workspace, window.tree.current_year_id()
    winner = nominees.find_nominee(session=workspace.session, year_id=year_id, key="Borås stad")
    decisions.record_decision(
        session=workspace.session,
        year_id=year_id,
        winner_id=winner.id,
        motivation="Juryns motivering.",
        confirm_missing=True,
    )
    workspace.changed.emit()
    jury_view = window.jury
    window.tabs.setCurrentWidget(jury_view)
    assert jury_view.banner.isVisible() and jury_view.model.rowCount() == 7
    jury_view.table.selectRow(1)
    assert not jury_view.edit_button.isEnabled() and not jury_view.chair_button.isEnabled()
    asked = []
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", lambda *a: asked.append(a))
    matrix = jury_view.conflicts.matrix
    index = matrix_index(jury_view, "Bengt Provberg", "Borås stad")
    qtbot.mouseClick(
        matrix.viewport(), Qt.MouseButton.LeftButton, pos=matrix.visualRect(index).center()
    )
    assert asked == []
    window.tabs.setCurrentWidget(window.criteria)
    window.criteria.table.selectRow(0)
    assert window.criteria.model.rowCount() == 4
    assert not any(b.isEnabled() for b in window.criteria.buttons)
