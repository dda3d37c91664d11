"""The year's Overview and the Organisations dialog, driven through their widgets."""

import sqlite3
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlmodel import col, select

from nomdesk.db.models import AuditEvent, AwardYear, Organisation
from nomdesk.services import organisations, progress, rounds
from nomdesk.ui.dialogs.merge_dialog import MergeDialog
from nomdesk.ui.dialogs.organisations import OrganisationsDialog
from nomdesk.ui.dialogs.timetable_dialog import TimetableDialog
from tests.ui.conftest import year_item


def _stored(path, sql: str, *args):
    """A value read straight from the file, so the test sees what was committed."""
    con = sqlite3.connect(path)
    try:
        return con.execute(sql, args).fetchone()
    finally:
        con.close()


def _year(window, number: int) -> AwardYear:
    session = window.workspace.session
    return session.exec(select(AwardYear).where(AwardYear.year == number)).one()


def _when_opened(monkeypatch, dialog_class, action) -> None:
    """Let `action(dialog)` play the person at the dialog the next click opens.

    The dialog is built and wired as usual; only exec's nested event loop is left out.
    """

    def exec_(dialog) -> int:
        dialog.show()
        action(dialog)
        return dialog.result()

    monkeypatch.setattr(dialog_class, "exec", exec_)


def _table_rows(table) -> list[list[str]]:
    return [
        [table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


# --- the overview ---------------------------------------------------------------------


def test_2027_shows_its_phase_the_next_step_and_the_scoring_progress(window) -> None:
    view = window.overview
    assert window.tabs.currentWidget() is view
    assert view.phase.currentText() == "Scoring"
    assert view.title.text().startswith("Demoår 2027")
    view.timetable.today = date(2027, 6, 1)
    view.refresh()
    assert view.timetable.next_label.text() == (
        "<b>Next: The jury picks the finalists on Wednesday, 9 June 2027</b>"
    )
    highlighted = [r for r in range(6) if view.timetable.table.item(r, 2).font().bold()]
    assert [view.timetable.table.item(r, 2).text() for r in highlighted] == [
        "The jury picks the finalists"
    ]
    assert view.count_labels["finalist"].text() == "6"
    assert view.count_labels["jurors"].text() == "7"

    session = window.workspace.session
    round_ = rounds.find_round(session=session, year_id=view.year_id)
    expected = progress.round_progress(session=session, round_id=round_.id)
    assert view.progress.isVisible()
    assert f"({expected.missing()} missing)" in view.progress.summary.text()
    model = view.progress.model
    per_juror = [int(model.index(r, 0).data()) for r in range(len(model.jurors))]
    assert per_juror.count(0) == 5 and max(per_juror) == 24
    assert sum(per_juror) == expected.missing() > 0


def test_the_next_step_is_named_for_the_real_date_too(window) -> None:
    label = window.overview.timetable.next_label
    assert label.isVisible()
    assert label.text()


def test_changing_the_phase_saves_it_and_undo_restores_it(window) -> None:
    view = window.overview
    index = view.phase.findData("deliberation")
    view.phase.setCurrentIndex(index)
    view.phase.activated.emit(index)
    path = window.workspace.path
    assert _stored(path, "SELECT phase FROM award_year WHERE year = 2027") == ("deliberation",)
    assert view.phase.currentText() == "Deliberation"
    window.undo_action.trigger()
    assert _stored(path, "SELECT phase FROM award_year WHERE year = 2027") == ("scoring",)
    assert view.phase.currentText() == "Scoring"


def test_adding_a_timetable_entry_then_undo(window, qtbot, monkeypatch) -> None:
    panel = window.overview.timetable
    before = panel.table.rowCount()

    def fill(dialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData("jury_meeting"))
        dialog.label.setText("Extra jurymöte")
        dialog.label_en.setText("Extra jury meeting")
        dialog.starts_on.set_value(date(2027, 9, 15))
        dialog.place.setText("Stockholm")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    _when_opened(monkeypatch, TimetableDialog, fill)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    rows = _table_rows(panel.table)
    assert len(rows) == before + 1
    added = next(row for row in rows if row[2] == "Extra jury meeting")
    assert added[1:] == ["Jury meeting", "Extra jury meeting", "Stockholm"]
    # Sorted by date: between the site visits' start (23 Aug) and the jury meeting (14 Oct).
    assert [row[2] for row in rows].index("Extra jury meeting") == 4
    window.undo_action.trigger()
    assert panel.table.rowCount() == before
    count = "SELECT count(*) FROM timetable_entry WHERE label = 'Extra jurymöte'"
    assert _stored(window.workspace.path, count) == (0,)


def test_a_refused_timetable_edit_shows_by_its_field_and_changes_nothing(
    window, qtbot, monkeypatch
) -> None:
    panel = window.overview.timetable
    panel.table.selectRow(0)
    seen = {}

    def fill(dialog) -> None:
        dialog.ends_on.set_value(date(2027, 1, 1))  # before the start on 31 March
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        seen["error"] = dialog.errors.labels["ends_on"].text()
        seen["open"] = dialog.isVisible()
        dialog.reject()

    _when_opened(monkeypatch, TimetableDialog, fill)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert seen == {"error": "The end date is before the start date.", "open": True}
    sql = "SELECT ends_on FROM timetable_entry WHERE kind = 'deadline' AND starts_on > '2027'"
    assert _stored(window.workspace.path, sql) == (None,)
    assert window.workspace.undo_stack.count() == 0


def test_2019_shows_the_winner_with_the_motivation_and_is_locked(window) -> None:
    window.tree.setCurrentItem(year_item(window, 2019))
    view = window.overview
    assert view.winner.text() == "Winner: Lidingö stad"
    assert view.motivation.text().startswith("Lidingö stad visar att digitalisering")
    assert view.motivation_en.text().startswith("Lidingö shows that digitalisation")
    assert view.lock_state.text().startswith("Locked since")
    assert view.unlock_button.isVisible()
    assert not view.phase.isEnabled() and view.phase.currentText() == "Published"
    assert not view.timetable.add_button.isEnabled()
    assert view.title_en.text() == "Sweden's Digitalisation Municipality of the Year 2019"
    assert not view.progress.isVisible()


def test_unlock_asks_a_reason_that_the_audit_log_keeps_and_undo_locks_again(
    window, qtbot, monkeypatch
) -> None:
    window.tree.setCurrentItem(year_item(window, 2019))
    view = window.overview
    reason = "Rätta ett stavfel i motiveringen"
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", lambda *a, **k: (reason, True))
    qtbot.mouseClick(view.unlock_button, Qt.MouseButton.LeftButton)
    path = window.workspace.path
    assert _stored(path, "SELECT locked_at FROM award_year WHERE year = 2019") == (None,)
    assert view.lock_state.text() == "Open for changes"
    assert view.lock_button.isVisible() and not view.unlock_button.isVisible()
    session = window.workspace.session
    event = session.exec(
        select(AuditEvent)
        .where(AuditEvent.action == "unlock", AuditEvent.entity_uid == _year(window, 2019).uid)
        .order_by(col(AuditEvent.id).desc())
    ).first()
    assert event is not None and event.after["reason"] == reason
    window.undo_action.trigger()
    assert _stored(path, "SELECT locked_at FROM award_year WHERE year = 2019")[0] is not None
    assert view.unlock_button.isVisible()


def test_unlock_without_a_reason_is_refused(window, qtbot, monkeypatch) -> None:
    window.tree.setCurrentItem(year_item(window, 2019))
    shown = []
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", lambda *a, **k: ("  ", True))
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda *a: shown.append(a[2]))
    qtbot.mouseClick(window.overview.unlock_button, Qt.MouseButton.LeftButton)
    assert shown == ["Say why the year is unlocked."]
    path = window.workspace.path
    assert _stored(path, "SELECT locked_at FROM award_year WHERE year = 2019")[0] is not None


# --- organisations --------------------------------------------------------------------


@pytest.fixture
def dialog(window, qtbot):
    found = OrganisationsDialog(window.workspace, window)
    found.show()
    qtbot.waitExposed(found)
    yield found
    found.reject()


def test_nacka_lists_2003_as_winner_and_2023_as_finalist(dialog) -> None:
    dialog.search.setText("nack")
    shown = [
        dialog.list.item(r).text()
        for r in range(dialog.list.count())
        if not dialog.list.item(r).isHidden()
    ]
    assert shown == ["Nacka kommun"]
    dialog.select_name("Nacka kommun")
    assert dialog.heading.text() == "Nacka kommun"
    assert dialog.fields["county"].text() == "Stockholms län"
    assert dialog.history_rows() == [
        ("Sveriges DigitaliseringsKommun", "2003", "Nacka kommun", "Winner", "Winner"),
        ("Sveriges DigitaliseringsKommun", "2023", "Nacka kommun", "Finalist", ""),
    ]


def test_editing_an_organisation_saves_at_once_and_undo_restores(window, dialog) -> None:
    dialog.select_name("Nacka kommun")
    dialog.fields["population"].setText("108000")
    dialog.fields["population"].editingFinished.emit()
    sql = "SELECT population FROM organisation WHERE name = 'Nacka kommun'"
    assert _stored(window.workspace.path, sql) == (108000,)
    window.workspace.undo_stack.undo()
    assert _stored(window.workspace.path, sql) == (None,)
    assert dialog.fields["population"].text() == ""


def test_a_refused_organisation_edit_shows_by_its_field(window, dialog) -> None:
    dialog.select_name("Nacka kommun")
    dialog.fields["name"].setText("Värmdö kommun")
    dialog.fields["name"].editingFinished.emit()
    error = dialog.errors.labels["name"]
    assert error.isVisible()
    assert error.text().endswith("named Värmdö kommun exists already.")
    count = "SELECT count(*) FROM organisation WHERE name = 'Nacka kommun'"
    assert _stored(window.workspace.path, count) == (1,)
    dialog.fields["population"].setText("many")
    dialog.fields["population"].editingFinished.emit()
    assert dialog.errors.labels["population"].isVisible()
    assert window.workspace.undo_stack.count() == 0


def _history_years(window, name: str) -> list[int]:
    session = window.workspace.session
    org = session.exec(select(Organisation).where(Organisation.name == name)).one()
    return [a.year for a in organisations.history(session=session, organisation_id=org.id)]


def test_merging_moves_the_history_and_undo_brings_the_source_back(
    window, dialog, qtbot, monkeypatch
) -> None:
    dialog.select_name("Karlstads kommun")
    source_uid = dialog.current.uid
    seen = {}

    def choose(merge: MergeDialog) -> None:
        merge.search.setText("nacka")
        merge.choose("Nacka kommun")
        seen["summary"] = merge.summary.text()
        merge.merge_button.click()

    _when_opened(monkeypatch, MergeDialog, choose)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert "2013 Karlstads kommun (winner)" in seen["summary"]
    assert dialog.heading.text() == "Nacka kommun"
    assert [row[1] for row in dialog.history_rows()] == ["2003", "2013", "2019", "2023"]
    assert "Karlstads kommun" in dialog.aliases.text()
    names = [dialog.list.item(r).text() for r in range(dialog.list.count())]
    assert "Karlstads kommun" not in names

    window.workspace.undo_stack.undo()
    session = window.workspace.session
    back = session.exec(select(Organisation).where(Organisation.name == "Karlstads kommun")).one()
    assert back.uid == source_uid
    assert _history_years(window, "Karlstads kommun") == [2013, 2019]
    assert _history_years(window, "Nacka kommun") == [2003, 2023]
    assert [row[1] for row in dialog.history_rows()] == ["2003", "2023"]

    window.workspace.undo_stack.redo()
    assert _history_years(window, "Nacka kommun") == [2003, 2013, 2019, 2023]
