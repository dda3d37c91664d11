"""Award ▸ Mark the winner…: the dialog, its confirmations, the Decision, undo and unlock."""

import json
import sqlite3

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from sqlmodel import col, select

from nomdesk.db.models import AuditEvent, AwardYear, Decision, Nominee
from nomdesk.services import ranking, rounds, scores, years
from nomdesk.services.schemas import RoundCreate, YearCreate
from nomdesk.ui.dialogs.winner_dialog import WinnerDialog
from nomdesk.ui.dialogs.winner_tables import ID_ROLE
from tests.ui.conftest import year_item

MOTIVATION = "Kommunen visar hur digitaliseringen lyfter hela verksamheten."


def _stored(path, sql: str, *args):
    con = sqlite3.connect(path)
    try:
        return con.execute(sql, args).fetchone()
    finally:
        con.close()


def _menu_action(window, text: str):
    for menu in window.menuBar().findChildren(type(window.menuBar().actions()[0].menu())):
        for act in menu.actions():
            if act.text() == text:
                return act
    raise AssertionError(f"no menu item {text}")


def _mark_winner(window, monkeypatch, play) -> dict:
    """Trigger Award ▸ Mark the winner…; `play(dialog)` acts at the dialog."""
    seen: dict = {}

    def exec_(dialog) -> int:
        dialog.show()
        seen["dialog"] = dialog
        play(dialog)
        return dialog.result()

    monkeypatch.setattr(WinnerDialog, "exec", exec_)
    _menu_action(window, "Mark the &winner…").trigger()
    return seen


def _refusal(window, monkeypatch) -> str:
    said: list[str] = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.information", lambda _p, _t, text, *a: said.append(text)
    )
    monkeypatch.setattr(WinnerDialog, "exec", lambda _d: pytest.fail("the dialog opened"))
    _menu_action(window, "Mark the &winner…").trigger()
    assert len(said) == 1
    return said[0]


def _leader(window) -> str:
    session = window.workspace.session
    year_id = window.tree.current_year_id()
    round_ = rounds.find_round(session=session, year_id=year_id)
    result = ranking.rank_round(session=session, round_id=round_.id)
    return result.names[result.ranking.rows[0].nominee_id]


def _chosen_name(dialog: WinnerDialog) -> str | None:
    rows = dialog.finalists.selectionModel().selectedRows()
    return dialog.finalists.item(rows[0].row(), 1).text() if rows else None


def test_the_dialog_preselects_the_leader_and_compares_every_method(window, monkeypatch):
    leader = _leader(window)

    def play(dialog: WinnerDialog) -> None:
        assert dialog.windowTitle() == "Mark the winner of 2027"
        assert _chosen_name(dialog) == leader
        assert dialog.finalists.rowCount() == 6  # finalists only: no shortlisted nominee
        table = dialog.comparison
        assert [table.item(r, 0).text() for r in range(table.rowCount())] == [
            "Mean",
            "Median",
            "Trimmed mean",
            "Normalised mean (z-score)",
            "Borda (normalised)",
            "Schulze (pairwise wins)",
        ]
        assert table.item(0, 1).text() == f"1. {leader}"
        assert table.item(0, 0).font().bold()  # the year's method
        dialog.reject()

    assert "dialog" in _mark_winner(window, monkeypatch, play)


def test_missing_scores_need_a_tick_then_the_decision_locks_the_year_and_undo_reverts(
    window, monkeypatch
) -> None:
    leader = _leader(window)
    path = window.workspace.path

    def play(dialog: WinnerDialog) -> None:
        assert dialog.missing_note.isVisible()
        missing = QCoreApplication.translate(
            "WinnerDialog", "%n score(s) are missing: {who}.", "", 35
        )
        who = "Fredrik Låtsasson (11), Greta Påhittad (24)"
        assert dialog.missing_note.text() == missing.format(who=who)
        assert not dialog.ok_button.isEnabled()
        dialog.motivation.setPlainText(MOTIVATION)
        assert not dialog.ok_button.isEnabled()  # still: the missing scores are not confirmed
        dialog.missing_check.setChecked(True)
        assert dialog.ok_button.isEnabled()
        dialog.motivation_en.setPlainText("It shows how digitalisation lifts everything.")
        dialog.ok_button.click()

    seen = _mark_winner(window, monkeypatch, play)
    assert seen["dialog"].result() == WinnerDialog.DialogCode.Accepted
    decision = _stored(
        path,
        "SELECT n.display_name, n.stage, d.motivation, d.motivation_en, d.method,"
        " d.missing_scores, d.missing_confirmed, d.scores_complete, d.ranking_snapshot"
        " FROM decision d JOIN nominee n ON n.id = d.winner_id"
        " JOIN award_year y ON y.id = d.year_id WHERE y.year = 2027",
    )
    assert decision[:8] == (leader, "winner", MOTIVATION, decision[3], "mean", 35, 1, 0)
    assert decision[3].startswith("It shows")
    snapshot = json.loads(decision[8])
    assert snapshot[0]["nominee"] == leader and snapshot[0]["rank"] == 1
    assert len(snapshot) == 6
    sql = "SELECT y.locked_at IS NOT NULL, y.phase, r.status FROM award_year y"
    sql += " JOIN scoring_round r ON r.year_id = y.id WHERE y.year = 2027"
    assert _stored(path, sql) == (1, "decision", "closed")
    assert window.overview.winner.text() == f"Winner: {leader}"
    were = QCoreApplication.translate("OverviewView", "%Ln score(s) were missing.", "", 35)
    assert were in window.overview.decided.text()

    window.undo_action.trigger()
    count = "SELECT count(*) FROM decision d JOIN award_year y ON y.id = d.year_id"
    assert _stored(path, count + " WHERE y.year = 2027") == (0,)
    assert _stored(path, sql) == (0, "scoring", "open")
    stage = "SELECT stage FROM nominee WHERE display_name = ?"
    assert _stored(path, stage, leader) == ("finalist",)
    window.redo_action.trigger()
    assert _stored(path, sql) == (1, "decision", "closed")
    assert _stored(path, stage, leader) == ("winner",)


def test_a_tie_for_first_needs_a_tick_and_the_decision_records_it(window, monkeypatch):
    session = window.workspace.session
    year_id = window.tree.current_year_id()
    round_ = rounds.find_round(session=session, year_id=year_id)
    rows = ranking.rank_round(session=session, round_id=round_.id).ranking.rows
    first, second = rows[0].nominee_id, rows[1].nominee_id
    _copy_scores(session, round_.id, first, second)  # the same scores: a tie for first
    window.workspace.changed.emit()
    names = {n.id: n.display_name for n in session.exec(select(Nominee)).all()}

    def play(dialog: WinnerDialog) -> None:
        assert dialog.tie_note.isVisible()
        assert names[first] in dialog.tie_note.text() and names[second] in dialog.tie_note.text()
        assert _chosen_name(dialog) is None  # a tie is never broken silently
        dialog.motivation.setPlainText(MOTIVATION)
        dialog.missing_check.setChecked(True)
        ids = [dialog.finalists.item(r, 1).data(ID_ROLE) for r in range(6)]
        dialog.finalists.selectRow(ids.index(second))
        assert not dialog.ok_button.isEnabled()
        dialog.tie_check.setChecked(True)
        assert dialog.ok_button.isEnabled()
        dialog.ok_button.click()

    _mark_winner(window, monkeypatch, play)
    decision = session.exec(select(Decision).where(Decision.year_id == year_id)).one()
    uids = {n.id: n.uid for n in session.exec(select(Nominee)).all()}
    assert decision.winner_id == second
    record = decision.tie_break
    assert set(record["group"]) == {uids[first], uids[second]}
    assert record["step"] == {"kind": "jury"} and record["winner"] == uids[second]


def _copy_scores(session, round_id: int, source: int, target: int) -> None:
    juror_ids = {s.juror_id for s in scores.list_scores(session=session, round_id=round_id)}
    for juror_id in juror_ids:
        sheet = scores.juror_sheet(session=session, round_id=round_id, juror_id=juror_id)
        for criterion in sheet.criteria:
            cell = sheet.cells.get((source, criterion.id))
            ids = dict(round_id=round_id, juror_id=juror_id, nominee_id=target)
            if cell is None:
                scores.clear_score(session=session, criterion_id=criterion.id, **ids)
            else:
                scores.set_score(
                    session=session, criterion_id=criterion.id, value=cell.value, **ids
                )


def test_a_decided_year_is_refused_with_a_message(window, monkeypatch) -> None:
    window.tree.setCurrentItem(year_item(window, 2019))
    assert _refusal(window, monkeypatch) == "2019 is decided already: Lidingö stad is the winner."


def test_a_locked_year_and_a_closed_round_are_refused(window, monkeypatch) -> None:
    session = window.workspace.session
    year_id = window.tree.current_year_id()
    round_ = rounds.find_round(session=session, year_id=year_id)
    rounds.set_round_status(session=session, round_id=round_.id, status="closed")
    assert _refusal(window, monkeypatch) == "The round Final of 2027 is closed."
    years.lock_year(session=session, year_id=year_id, reason="test")
    assert _refusal(window, monkeypatch).startswith("2027 is locked. Unlock it on the Overview")


def test_a_year_without_a_round_or_finalists_is_refused(window, monkeypatch) -> None:
    session = window.workspace.session
    award_id = window.tree.current_award_id()
    bare = years.create_year(session=session, award_id=award_id, data=YearCreate(year=2028))
    window.tree.reload(session, keep_year=bare.id)
    assert _refusal(window, monkeypatch).startswith("2028 has no scoring round")
    rounds.create_round(
        session=session, year_id=bare.id, data=RoundCreate(name="Final", stage="finalist")
    )
    assert _refusal(window, monkeypatch).startswith("2028 has no finalists yet")
    window.tree.setCurrentItem(window.tree.topLevelItem(0))  # the award, not a year
    assert _refusal(window, monkeypatch) == "Choose an award year on the left first."


def test_unlocking_after_a_decision_needs_a_reason_that_the_audit_log_keeps(
    window, qtbot, monkeypatch
) -> None:
    def play(dialog: WinnerDialog) -> None:
        dialog.motivation.setPlainText(MOTIVATION)
        dialog.missing_check.setChecked(True)
        dialog.ok_button.click()

    _mark_winner(window, monkeypatch, play)
    view = window.overview
    assert view.unlock_button.isVisible()
    warnings: list[str] = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.warning", lambda _p, _t, text, *a: warnings.append(text)
    )
    answers = iter([("   ", True), ("Motiveringen behöver rättas", True)])
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", lambda *a, **k: next(answers))
    qtbot.mouseClick(view.unlock_button, Qt.MouseButton.LeftButton)
    assert warnings == ["Say why the year is unlocked."]
    path = window.workspace.path
    locked = "SELECT locked_at IS NOT NULL FROM award_year WHERE year = 2027"
    assert _stored(path, locked) == (1,)
    qtbot.mouseClick(view.unlock_button, Qt.MouseButton.LeftButton)
    assert _stored(path, locked) == (0,)
    session = window.workspace.session
    year_uid = session.exec(select(AwardYear.uid).where(AwardYear.year == 2027)).one()
    event = session.exec(
        select(AuditEvent)
        .where(AuditEvent.entity_uid == year_uid, AuditEvent.action == "unlock")
        .order_by(col(AuditEvent.id).desc())
    ).first()
    assert event.after["reason"] == "Motiveringen behöver rättas"
    # The decision stays; the year is open for the correction.
    assert session.exec(select(Decision).join(AwardYear).where(AwardYear.year == 2027)).one()
