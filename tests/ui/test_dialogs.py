"""New award, new year and settings dialogs, driven through their widgets on the demo."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from sqlmodel import col, select

from nomdesk.db.models import Award, AwardYear, Criterion, Juror
from nomdesk.services import rounds
from nomdesk.ui import settings
from nomdesk.ui.dialogs.new_award import NewAwardDialog
from nomdesk.ui.dialogs.new_year import NewYearDialog, next_year
from nomdesk.ui.dialogs.settings_dialog import SettingsDialog
from nomdesk.ui.main_window import VIEWS
from tests.ui.conftest import year_item


def type_text(qtbot, widget, text: str) -> None:
    """Type like a person; QTest types ASCII only, so å, ä, ö go as key events with text."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def click_ok(qtbot, dialog) -> None:
    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_dialog(qtbot, dialog):
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def new_year_dialog(qtbot, window) -> NewYearDialog:
    award_id = window.tree.current_award_id()
    return open_dialog(qtbot, NewYearDialog(window.workspace, window, award_id=award_id))


def year_row(session, year: int) -> AwardYear | None:
    return session.exec(select(AwardYear).where(AwardYear.year == year)).first()


def criteria_of(session, year_id: int) -> list[Criterion]:
    query = select(Criterion).where(Criterion.year_id == year_id)
    return list(session.exec(query.order_by(col(Criterion.position))))


def jurors_of(session, year_id: int) -> list[Juror]:
    query = select(Juror).where(Juror.year_id == year_id).order_by(col(Juror.name))
    return list(session.exec(query))


def tree_years(window) -> list[str]:
    top = window.tree.topLevelItem(0)
    return [top.child(i).text(0)[:4] for i in range(top.childCount())]


# --- new year -----------------------------------------------------------------------------


def test_next_year_follows_the_usual_interval() -> None:
    assert next_year([*range(2001, 2024, 2), 2027]) == 2029
    assert next_year([2020]) == 2021
    assert next_year([2019, 2020, 2021]) == 2022


def test_new_year_defaults_on_the_demo(qtbot, window) -> None:
    dialog = new_year_dialog(qtbot, window)
    assert dialog.year.value() == 2029
    assert dialog.copy_from.currentText().startswith("2027")
    assert dialog.title.text().endswith(" 2029")
    dialog.year.setValue(2031)
    assert dialog.title.text().endswith(" 2031")
    qtbot.keyClicks(dialog.title, " (jubileum)")
    dialog.year.setValue(2033)
    assert dialog.title.text().endswith("2031 (jubileum)")
    dialog.copy_from.setCurrentIndex(dialog.copy_from.count() - 1)
    assert dialog.copy_from.currentData() is None
    assert not any(box.isEnabled() for box in dialog.copy_boxes())


def test_new_year_copied_from_2027_with_undo_and_redo(qtbot, window) -> None:
    session = window.workspace.session
    dialog = new_year_dialog(qtbot, window)
    click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    new, old = year_row(session, 2029), year_row(session, 2027)
    assert new is not None and dialog.created_year_id == new.id
    assert new.title.endswith("2029")
    copied, source = criteria_of(session, new.id), criteria_of(session, old.id)
    assert [(c.name, c.weight) for c in copied] == [(c.name, c.weight) for c in source]
    assert {c.uid for c in copied}.isdisjoint(c.uid for c in source)
    assert [j.name for j in jurors_of(session, new.id)] == [
        j.name for j in jurors_of(session, old.id)
    ]
    assert {j.uid for j in jurors_of(session, new.id)}.isdisjoint(
        j.uid for j in jurors_of(session, old.id)
    )
    assert [r.name for r in rounds.list_rounds(session=session, year_id=new.id)] == ["Final"]
    window.tree.reload(session)
    assert year_item(window, 2029) is not None
    uid = new.uid

    window.workspace.undo_stack.undo()
    assert year_row(session, 2029) is None
    assert "2029" not in tree_years(window)

    window.workspace.undo_stack.redo()
    again = year_row(session, 2029)
    assert again is not None and again.uid == uid
    assert len(criteria_of(session, again.id)) == len(source)
    assert "2029" in tree_years(window)


def test_new_year_copying_nothing_has_no_criteria(qtbot, window) -> None:
    session = window.workspace.session
    dialog = new_year_dialog(qtbot, window)
    dialog.copy_from.setCurrentIndex(dialog.copy_from.count() - 1)
    dialog.final_round.setChecked(False)
    click_ok(qtbot, dialog)
    new = year_row(session, 2029)
    assert new is not None
    assert criteria_of(session, new.id) == [] and jurors_of(session, new.id) == []
    assert rounds.list_rounds(session=session, year_id=new.id) == []


def test_a_duplicate_year_is_refused_next_to_the_year(qtbot, window, demo_copy, dump) -> None:
    before = dump(demo_copy)
    dialog = new_year_dialog(qtbot, window)
    dialog.year.setValue(2027)
    click_ok(qtbot, dialog)
    label = dialog.errors.labels["year"]
    assert label.isVisible() and "2027" in label.text()
    assert dialog.isVisible() and dialog.created_year_id is None
    assert window.workspace.undo_stack.count() == 0
    assert dump(demo_copy) == before


# --- new award ----------------------------------------------------------------------------


def test_an_award_without_a_name_is_refused(qtbot, window, demo_copy, dump) -> None:
    before = dump(demo_copy)
    dialog = open_dialog(qtbot, NewAwardDialog(window.workspace, window))
    type_text(qtbot, dialog.organiser, "Dataföreningen")
    click_ok(qtbot, dialog)
    label = dialog.errors.labels["name"]
    assert label.isVisible() and label.text() == "The award needs a name."
    assert dialog.isVisible()
    assert dump(demo_copy) == before


def test_a_new_award_is_created_and_undone(qtbot, window) -> None:
    session = window.workspace.session
    dialog = open_dialog(qtbot, NewAwardDialog(window.workspace, window))
    type_text(qtbot, dialog.name, "Årets testpris")
    qtbot.keyClicks(dialog.name_en, "Test prize of the year")
    type_text(qtbot, dialog.description, "Ett pris för tester.")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    award = session.exec(select(Award).where(Award.name == "Årets testpris")).one()
    assert (award.name_en, award.default_language) == ("Test prize of the year", "en")
    assert award.description == "Ett pris för tester." and award.description_en is None
    window.tree.reload(session)
    names = [window.tree.topLevelItem(i).text(0) for i in range(window.tree.topLevelItemCount())]
    assert "Årets testpris" in names
    window.workspace.undo_stack.undo()
    assert session.exec(select(Award).where(Award.name == "Årets testpris")).first() is None


def test_a_duplicate_award_name_is_refused(qtbot, window) -> None:
    existing = window.tree.topLevelItem(0).text(0)
    dialog = open_dialog(qtbot, NewAwardDialog(window.workspace, window))
    type_text(qtbot, dialog.name, existing)
    click_ok(qtbot, dialog)
    assert dialog.errors.labels["name"].isVisible()
    assert dialog.isVisible() and dialog.created_award_id is None


# --- settings -----------------------------------------------------------------------------


def test_choosing_svenska_is_stored_and_the_window_retranslates(qtbot, window) -> None:
    dialog = open_dialog(qtbot, SettingsDialog(window.workspace, window))
    assert dialog.language.currentData() == ""
    dialog.language.setCurrentIndex(dialog.language.findText("Svenska"))
    click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert settings.read(settings.LANGUAGE) == "sv"
    window.retranslate()
    assert window.tabs.count() == len(VIEWS)
    assert all(window.tabs.tabText(i) for i in range(len(VIEWS)))
    reopened = SettingsDialog(window.workspace, window)
    assert reopened.language.currentText() == "Svenska"


def test_cancel_leaves_the_language_as_it_was(qtbot, window) -> None:
    settings.write(settings.LANGUAGE, "en")
    dialog = open_dialog(qtbot, SettingsDialog(window.workspace, window))
    assert dialog.language.currentData() == "en"
    dialog.language.setCurrentIndex(dialog.language.findData(""))
    dialog.reject()
    assert settings.read(settings.LANGUAGE) == "en"


def test_the_name_in_the_audit_log_comes_from_the_settings(qtbot, window, demo_copy) -> None:
    from sqlmodel import col, select

    from nomdesk.db.models import AuditEvent
    from nomdesk.ui.file_menu import open_workspace

    dialog = open_dialog(qtbot, SettingsDialog(window.workspace, window))
    type_text(qtbot, dialog.user_name, "Karin Lund")
    dialog.recent_count.setValue(2)
    click_ok(qtbot, dialog)
    assert settings.read(settings.USER_NAME) == "Karin Lund"
    window.open_path(demo_copy)
    workspace = window.workspace
    workspace.apply("rename", lambda: _rename_first_criterion(workspace), lambda _r: None)
    last = workspace.session.exec(select(AuditEvent).order_by(col(AuditEvent.id).desc())).first()
    assert last.actor == "Karin Lund"
    for n in range(3):
        other = demo_copy.with_name(f"copy{n}.db")
        other.write_bytes(demo_copy.read_bytes())
        open_workspace(other).close()
    assert len(settings.read(settings.RECENT_FILES)) == 2


def _rename_first_criterion(workspace):
    from sqlmodel import select

    from nomdesk.db.models import AwardYear, Criterion
    from nomdesk.services import criteria
    from nomdesk.services.schemas import CriterionUpdate

    first = workspace.session.exec(
        select(Criterion).join(AwardYear).where(AwardYear.locked_at == None)  # noqa: E711
    ).first()
    return criteria.update_criterion(
        session=workspace.session, criterion_id=first.id, data=CriterionUpdate(name="Renamed")
    )
