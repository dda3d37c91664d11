"""The whole offline round through the real widgets: the secretariat sends a ballot, the
juror scores it in juror mode (keyboard, comments, one conflict) and exports, the
secretariat imports the sheet, and the database holds exactly what the juror entered."""

import json
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from nomdesk import paths
from nomdesk.ui import juror as juror_mode
from nomdesk.ui.dialogs.import_sheets_dialog import ImportSheetsDialog
from nomdesk.ui.juror import export
from nomdesk.ui.juror.window import JurorWindow
from tests.ui.conftest import year_item

JUROR = "Greta Påhittad"
CONFLICTED = "Skellefteå kommun"


def typed_scores() -> dict[str, list[str]]:
    """What the juror types per nominee, one text per criterion (0–10 ×3 step 0.5, 1–5)."""
    return {
        "Borås stad": ["6.5", "8", "3", "7"],
        "Gävle kommun": ["5", "4.5", "2", "5.5"],
        "Linköpings kommun": ["9", "7.5", "5", "8.5"],
        "Västerås stad": ["7", "6", "4", "6.5"],
        "Örebro kommun": ["10", "0", "1", "9.5"],
    }


def stored(db: Path) -> dict:
    con = sqlite3.connect(db)
    try:
        scores = con.execute(
            """SELECT n.display_name, c.position, s.value, s.comment, s.source FROM score s
               JOIN juror j ON j.id = s.juror_id JOIN nominee n ON n.id = s.nominee_id
               JOIN criterion c ON c.id = s.criterion_id WHERE j.name = ?""",
            (JUROR,),
        ).fetchall()
        conflicts = con.execute(
            """SELECT n.display_name, c.reason, c.declared_by FROM conflict c
               JOIN juror j ON j.id = c.juror_id JOIN nominee n ON n.id = c.nominee_id
               WHERE j.name = ?""",
            (JUROR,),
        ).fetchall()
        comments = con.execute(
            """SELECT n.display_name, m.comment FROM nominee_comment m
               JOIN juror j ON j.id = m.juror_id JOIN nominee n ON n.id = m.nominee_id
               WHERE j.name = ?""",
            (JUROR,),
        ).fetchall()
    finally:
        con.close()
    return {"scores": scores, "conflicts": conflicts, "comments": comments}


@pytest.fixture
def workspaces(tmp_path: Path, monkeypatch) -> Path:
    root = tmp_path / "juror-workspaces"
    monkeypatch.setattr(paths, "juror_workspaces_dir", lambda: root)
    return root


def send_ballot(qtbot, window, folder: Path) -> Path:
    window.tree.setCurrentItem(year_item(window, 2027))
    window.tabs.setCurrentWidget(window.jury)
    qtbot.mouseClick(window.jury.send_button, Qt.MouseButton.LeftButton)
    dialog = window.jury.dialog
    dialog.folder.edit.setText(str(folder))
    for index in range(dialog.jurors.count()):
        item = dialog.jurors.item(index)
        checked = item.text().startswith(JUROR)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    dialog.reject()
    (ballot,) = folder.iterdir()
    return ballot


def score_everything(qtbot, juror: JurorWindow) -> None:
    """Every nominee by keyboard: type each score, a comment on two, the overall view."""
    names = typed_scores()
    tree = juror.nominee_list
    for index in range(tree.topLevelItemCount()):
        tree.setCurrentItem(tree.topLevelItem(index))
        name = tree.topLevelItem(index).text(0)
        if name == CONFLICTED:
            declare_conflict(qtbot, juror)
            continue
        for row, text in zip(juror.form.rows, names[name], strict=True):
            row.spin.setFocus()
            row.spin.selectAll()
            qtbot.keyClicks(row.spin, text)
        qtbot.keyClicks(juror.form.rows[0].comment, f"Motivering nr {index}")
        juror.form.overall.setFocus()  # leaving the comment saves it at once
        # QTest types ASCII only: the Swedish letters arrive as pasted text does.
        juror.form.overall.insertPlainText(f"Helhet: {name}")
        tree.setFocus()


def declare_conflict(qtbot, juror: JurorWindow) -> None:
    qtbot.mouseClick(juror.form.declare_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(juror.conflict_dialog.reason, "Min bror ")
    juror.conflict_dialog.reason.insertPlainText("är kommundirektör")
    qtbot.mouseClick(juror.conflict_dialog.ok_button, Qt.MouseButton.LeftButton)


def expected_scores() -> list[tuple]:
    """Scores as typed; the comment names the nominee's place in the (sorted) list."""
    order = sorted([*typed_scores(), CONFLICTED])
    return sorted(
        (
            name,
            position,
            float(text),
            f"Motivering nr {order.index(name)}" if position == 0 else "",
            "sheet",
        )
        for name, texts in typed_scores().items()
        for position, text in enumerate(texts)
    )


def test_send_score_export_import_round_trip(
    qtbot, window, demo_copy: Path, tmp_path: Path, workspaces: Path, monkeypatch
) -> None:
    ballot = send_ballot(qtbot, window, tmp_path / "ballots")
    # The juror opens the ballot (here from the secretariat's File ▸ Open).
    assert window.open_path(ballot)
    juror = juror_mode._OPEN[-1]
    assert isinstance(juror, JurorWindow) and JUROR in juror.windowTitle()
    assert juror.juror_workspace.folder.parent == workspaces
    score_everything(qtbot, juror)
    assert juror.progress.value() == juror.progress.maximum() == 20
    sheet = tmp_path / "returned" / "sheet.nomscores"
    sheet.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(sheet), ""))
    qtbot.mouseClick(juror.export_button, Qt.MouseButton.LeftButton)
    assert json.loads(sheet.read_text("utf-8"))["revision"] == 1
    monkeypatch.setattr(
        export, "ask_before_closing", lambda _p: pytest.fail("nothing is unexported")
    )
    juror.close()
    assert juror.closed
    # The secretariat imports the sheet through File ▸ Import score sheets….
    window.tabs.setCurrentWidget(window.overview)
    assert "(35 missing)" in window.overview.progress.summary.text()
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a: ([str(sheet)], ""))
    seen: list[ImportSheetsDialog] = []

    def exec_(dialog: ImportSheetsDialog) -> int:
        seen.append(dialog)
        (card,) = dialog.cards
        assert card.status.text() == "Accepted"
        assert card.item.new == 20 and card.item.conflicts == [CONFLICTED]
        dialog.import_button.click()
        return dialog.result()

    monkeypatch.setattr(ImportSheetsDialog, "exec", exec_)
    action = next(
        a for a in window.findChildren(type(window.undo_action)) if "score &sheets" in a.text()
    )
    action.trigger()
    assert seen and seen[0].result_preview.applied
    held = stored(demo_copy)
    assert sorted(held["scores"]) == expected_scores()
    assert held["conflicts"] == [(CONFLICTED, "Min bror är kommundirektör", "juror")]
    assert sorted(held["comments"]) == sorted((name, f"Helhet: {name}") for name in typed_scores())
    assert "(11 missing)" in window.overview.progress.summary.text()
    assert "Imported 1 score sheet" in window.statusBar().currentMessage()
