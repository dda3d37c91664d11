"""The Nominees view on the demo, driven through its widgets: add, stage changes, withdraw,
undo and redo, search and filter, refusals that change nothing, the locked years."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from nomdesk.domain import stages
from nomdesk.services import nominees, organisations
from nomdesk.ui import settings
from nomdesk.ui.dialogs.nominee_dialog import NomineeDialog
from nomdesk.ui.dialogs.withdraw_dialog import WithdrawDialog
from nomdesk.ui.views import nominees_edits
from nomdesk.ui.views.nominees_columns import ColumnFitter
from nomdesk.ui.views.nominees_organisations import NewOrganisationDialog
from tests.ui.conftest import year_item

NEW_NAME = "Dalarnas digitala samverkan"
NEW_ORG = "Dalarnas kommunförbund"


def show_nominees(window):
    window.tabs.setCurrentWidget(window.nominees)
    return window.nominees


def session_of(window):
    session = window.workspace.session
    session.expire_all()
    return session


def nominee(window, name: str):
    """The nominee of the shown year with this name, read afresh (None when absent)."""
    found = nominees.list_nominees(session=session_of(window), year_id=window.nominees.year_id)
    return next((n for n in found if n.display_name == name), None)


def organisation_names(window, name: str) -> list[str]:
    found = nominee(window, name)
    orgs = nominees.organisations_of(session=session_of(window), nominee_id=found.id)
    return [o.name for o in orgs]


def organisation_exists(window, name: str) -> bool:
    orgs = organisations.list_organisations(session=session_of(window))
    return any(o.name == name for o in orgs)


def table_names(view) -> list[str]:
    index = view.proxy.index
    return [view.proxy.data(index(r, 0)) for r in range(view.proxy.rowCount())]


def choose(view, name: str) -> None:
    uid = next(r.uid for r in view.model.rows() if r.name == name)
    assert view.select_uid(uid)


def check_organisation(picker, name: str) -> None:
    for i in range(picker.available.count()):
        item = picker.available.item(i)
        if item.text().startswith(name):
            item.setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(f"no organisation {name}")


@pytest.fixture
def new_org_dialog_fills_in(monkeypatch, qtbot):
    """'New organisation…' answers with a filled-in dialog instead of waiting for a person."""

    def exec_filled(dialog):
        dialog.name.setText(NEW_ORG)
        dialog.kind.setCurrentIndex(dialog.kind.findData("other"))
        dialog.county.setText("Dalarnas län")  # QTest types ASCII only
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(NewOrganisationDialog, "exec", exec_filled)


def add_joint_nominee(window, qtbot, monkeypatch) -> None:
    """New nominee… (Ctrl+N), filled in as a person would, with a new organisation."""

    def exec_filled(dialog):
        qtbot.keyClicks(dialog.display_name, NEW_NAME)
        qtbot.keyClicks(dialog.nominated_by, "Region Dalarna")
        check_organisation(dialog.picker, "Mora kommun")
        qtbot.mouseClick(dialog.picker.new_button, Qt.MouseButton.LeftButton)
        chosen = [dialog.picker.chosen.item(i).text() for i in range(2)]
        assert chosen[1].startswith(NEW_ORG)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(NomineeDialog, "exec", exec_filled)
    show_nominees(window).nominee_actions.new.trigger()


def withdraw_with_dialog(window, qtbot, monkeypatch, name: str, reason: str) -> None:
    def exec_filled(dialog):
        qtbot.keyClicks(dialog.reason, reason)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(WithdrawDialog, "exec", exec_filled)
    view = show_nominees(window)
    choose(view, name)
    view.nominee_actions.withdraw.trigger()


def test_add_move_withdraw_then_undo_and_redo_each(
    window, qtbot, monkeypatch, new_org_dialog_fills_in
) -> None:
    view = show_nominees(window)
    add_joint_nominee(window, qtbot, monkeypatch)
    assert NEW_NAME in table_names(view)
    assert view.current_row().name == NEW_NAME  # the new nominee is chosen
    assert organisation_names(window, NEW_NAME) == ["Mora kommun", NEW_ORG]
    view.nominee_actions.finalist.trigger()
    assert nominee(window, NEW_NAME).stage == stages.FINALIST
    withdraw_with_dialog(window, qtbot, monkeypatch, "Luleå kommun", "Drog sig ur")
    luleå = nominee(window, "Luleå kommun")
    assert (luleå.stage, luleå.withdrawn_reason) == (stages.WITHDRAWN, "Drog sig ur")
    stack = window.workspace.undo_stack
    assert stack.count() == 4

    stack.undo()  # the withdrawal
    luleå = nominee(window, "Luleå kommun")
    assert (luleå.stage, luleå.withdrawn_reason) == (stages.SHORTLISTED, None)
    stack.undo()  # finalist
    assert nominee(window, NEW_NAME).stage == stages.NOMINATED
    uid = nominee(window, NEW_NAME).uid
    stack.undo()  # the nominee
    assert nominee(window, NEW_NAME) is None
    assert NEW_NAME not in table_names(view)
    stack.undo()  # the organisation made in the dialog
    assert not organisation_exists(window, NEW_ORG)

    stack.redo()
    assert organisation_exists(window, NEW_ORG)
    stack.redo()
    assert nominee(window, NEW_NAME).uid == uid
    assert organisation_names(window, NEW_NAME) == ["Mora kommun", NEW_ORG]
    assert NEW_NAME in table_names(view)
    stack.redo()
    assert nominee(window, NEW_NAME).stage == stages.FINALIST
    stack.redo()
    assert nominee(window, "Luleå kommun").withdrawn_reason == "Drog sig ur"


def test_search_and_stage_filter_narrow_the_rows(window, qtbot) -> None:
    view = show_nominees(window)
    assert len(table_names(view)) == 9
    qtbot.keyClicks(view.search, "LULE")  # QTest types ASCII only
    assert table_names(view) == ["Luleå kommun"]
    view.search.clear()
    view.search.setText("västra GÖTA")  # a county
    assert table_names(view) == ["Borås stad"]
    view.search.clear()
    view.stage_filter.setCurrentIndex(view.stage_filter.findData(stages.SHORTLISTED))
    assert table_names(view) == ["Jönköpings kommun", "Luleå kommun"]
    view.search.setText("påhittad")  # nominated by
    assert len(table_names(view)) == 2
    assert "2 of 9" in view.count_label.text()
    view.stage_filter.setCurrentIndex(0)
    assert len(table_names(view)) == 9


def test_a_duplicate_name_is_shown_beside_the_field_and_nothing_changes(
    window, qtbot, demo_copy, dump
) -> None:
    view = show_nominees(window)
    before = dump(demo_copy)
    dialog = NomineeDialog(window.workspace, view.year_id, view)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.display_name.setText("Gävle kommun")
    dialog.accept()
    label = dialog.errors.labels["display_name"]
    assert label.isVisible() and "Gävle kommun" in label.text()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert window.workspace.undo_stack.count() == 0
    assert dump(demo_copy) == before


def test_an_empty_withdrawal_reason_is_refused_beside_the_field(
    window, qtbot, demo_copy, dump
) -> None:
    view = show_nominees(window)
    choose(view, "Borås stad")
    before = dump(demo_copy)
    uid = view.current_uid()
    dialog = WithdrawDialog(
        "Borås stad", lambda r: nominees_edits.withdraw(window.workspace, uid, r), view
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.reason, "   ")
    dialog.accept()
    label = dialog.errors.labels["withdrawn_reason"]
    assert label.isVisible() and label.text() == "Give a reason for the withdrawal."
    assert dump(demo_copy) == before


def test_actions_follow_the_stage(window) -> None:
    view = show_nominees(window)
    acts = view.nominee_actions
    choose(view, "Borås stad")  # a finalist
    assert not acts.shortlist.isEnabled() and not acts.finalist.isEnabled()
    assert acts.step_back.isEnabled() and "Shortlisted" in acts.step_back.text()
    assert acts.withdraw.isEnabled() and not acts.reinstate.isEnabled()
    choose(view, "Luleå kommun")  # shortlisted
    assert acts.finalist.isEnabled() and not acts.shortlist.isEnabled()
    assert "Nominated" in acts.step_back.text()
    choose(view, "Halmstads kommun")  # withdrawn
    enabled = {a.text() for a in acts.stage_actions() if a.isEnabled()}
    assert enabled == {acts.reinstate.text()}
    assert acts.edit.isEnabled() and acts.delete.isEnabled()


def test_step_back_reinstate_and_their_undo(window) -> None:
    view = show_nominees(window)
    stack = window.workspace.undo_stack
    choose(view, "Borås stad")
    view.nominee_actions.step_back.trigger()
    assert nominee(window, "Borås stad").stage == stages.SHORTLISTED
    assert view.current_row().name == "Borås stad"  # still chosen after the refresh
    stack.undo()
    assert nominee(window, "Borås stad").stage == stages.FINALIST
    reason = nominee(window, "Halmstads kommun").withdrawn_reason
    choose(view, "Halmstads kommun")
    view.nominee_actions.reinstate.trigger()
    assert nominee(window, "Halmstads kommun").stage != stages.WITHDRAWN
    stack.undo()
    back = nominee(window, "Halmstads kommun")
    assert (back.stage, back.withdrawn_reason) == (stages.WITHDRAWN, reason)


def test_selection_is_kept_when_its_row_moves(window) -> None:
    view = show_nominees(window)
    view.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # by stage
    choose(view, "Luleå kommun")
    view.nominee_actions.finalist.trigger()
    assert view.current_row().name == "Luleå kommun"
    window.workspace.undo_stack.undo()
    assert view.current_row().name == "Luleå kommun"
    assert view.current_row().stage == stages.SHORTLISTED


def test_delete_asks_first_and_undo_brings_it_back(window, qtbot, monkeypatch) -> None:
    view = show_nominees(window)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    choose(view, "Gävle kommun")
    uid = view.current_uid()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)  # answered No
    assert nominee(window, "Gävle kommun") is not None
    view.nominee_actions.delete.trigger()  # answered Yes
    assert nominee(window, "Gävle kommun") is None
    assert len(table_names(view)) == 8
    window.workspace.undo_stack.undo()
    assert nominee(window, "Gävle kommun").uid == uid


def test_edit_changes_name_and_organisations_undoably(window, qtbot) -> None:
    view = show_nominees(window)
    choose(view, "Borås stad")
    dialog = NomineeDialog(window.workspace, view.year_id, view, uid=view.current_uid())
    qtbot.addWidget(dialog)
    assert dialog.display_name.text() == "Borås stad"
    dialog.display_name.setText("Borås stad och Ulricehamn")
    check_organisation(dialog.picker, "Mora kommun")
    dialog.accept()
    assert organisation_names(window, "Borås stad och Ulricehamn") == ["Borås stad", "Mora kommun"]
    stack = window.workspace.undo_stack
    before = stack.index()
    stack.undo()  # the dialog's edits are one step
    assert stack.index() == before - 1
    assert organisation_names(window, "Borås stad") == ["Borås stad"]
    stack.redo()
    assert organisation_names(window, "Borås stad och Ulricehamn") == ["Borås stad", "Mora kommun"]


def test_a_dialog_whose_edit_is_refused_leaves_no_empty_undo_step(window, qtbot, monkeypatch):
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda *args: None)
    view = show_nominees(window)
    choose(view, "Borås stad")
    stack = window.workspace.undo_stack
    before = stack.count()
    dialog = NomineeDialog(window.workspace, view.year_id, view, uid=view.current_uid())
    qtbot.addWidget(dialog)
    dialog.display_name.setText("Gävle kommun")  # taken: refused
    dialog.accept()
    assert stack.count() == before
    assert organisation_names(window, "Borås stad") == ["Borås stad"]


def test_keys_in_the_view(window, qtbot, monkeypatch) -> None:
    view = show_nominees(window)
    opened = []
    monkeypatch.setattr(NomineeDialog, "exec", lambda d: opened.append(d.uid) or 0)
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName",
        lambda *a, **k: opened.append("db") or ("", ""),
    )
    choose(view, "Borås stad")
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened == [None, view.current_uid()]  # a new nominee, then an edit; no database


def test_a_locked_year_disables_every_edit(window, qtbot, monkeypatch) -> None:
    view = show_nominees(window)
    window.tree.setCurrentItem(year_item(window, 2019))
    assert view.locked and view.banner.isVisible()
    assert view.banner.text() == "This year is decided and locked."
    choose(view, "Karlskrona kommun")
    acts = view.nominee_actions
    assert not any(a.isEnabled() for a in [acts.new, acts.edit, acts.delete, *acts.stage_actions()])
    menu = acts.context_menu()
    assert not any(a.isEnabled() for a in menu.actions() if not a.isSeparator())
    window.tree.setCurrentItem(year_item(window, 2027))
    assert not view.banner.isVisible() and acts.new.isEnabled()


def test_the_splitter_is_remembered(window) -> None:
    view = show_nominees(window)
    view.splitter.splitterMoved.emit(500, 1)
    assert not settings.read(settings.NOMINEE_SPLITTER).isEmpty()


def test_narrow_columns_share_the_room_by_weight(window) -> None:
    fitter = ColumnFitter(window.nominees.table, {0: 2, 1: 1})
    assert fitter.widths([100, 100, 50], 300, [60, 60, 60]) == [100, 100, 50]
    assert fitter.widths([300, 300, 50], 350, [60, 60, 60]) == [200, 100, 50]
    assert fitter.widths([300, 300, 50], 150, [60, 90, 60]) == [60, 90, 50]
