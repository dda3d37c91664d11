"""Importing score sheets in the secretariat's window: the preview per file (accepted or
refused with the reason, the counts, the changes), one transaction for the accepted files,
nothing changed by refused ones; opened, dropped or chosen from the File menu."""

import json
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from sqlmodel import select

from nomdesk.db.models import Juror, ScoringRound
from nomdesk.db.open import open_database
from nomdesk.db.session import new_session
from nomdesk.exchange.juror_workspace import JurorWorkspace
from nomdesk.exchange.send import reissue_ballot
from nomdesk.ui.actions import import_sheets
from nomdesk.ui.dialogs.import_sheets_dialog import ImportSheetsDialog
from nomdesk.ui.drop import install_drop_handler
from tests.ui.test_juror_helpers import drop_files, write_ballot


def juror_sheet(db: Path, tmp_path: Path, juror: str, scores: dict, name: str) -> Path:
    """A sheet exported from `juror`'s workspace with `scores` {(nominee, criterion): v}."""
    ballot = write_ballot(db, tmp_path / f"ballot-{name}", juror=juror)
    with JurorWorkspace.open_ballot(ballot, root=tmp_path / "ws") as ws:
        for (nominee, criterion), value in scores.items():
            ws.set_score(ws.find_nominee(nominee), ws.find_criterion(criterion), value)
        sheet = tmp_path / f"{name}.nomscores"
        ws.export_sheet(sheet)
    return sheet


def dump(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def scores_of(db: Path, juror: str = "Greta Påhittad") -> dict:
    con = sqlite3.connect(db)
    try:
        rows = con.execute(
            """SELECT n.display_name, c.name_en, s.value FROM score s JOIN juror j
               ON j.id = s.juror_id JOIN nominee n ON n.id = s.nominee_id
               JOIN criterion c ON c.id = s.criterion_id WHERE j.name = ?""",
            (juror,),
        ).fetchall()
    finally:
        con.close()
    return {(n, c): v for n, c, v in rows}


def drive(monkeypatch, steps) -> list[ImportSheetsDialog]:
    seen: list[ImportSheetsDialog] = []

    def exec_(dialog: ImportSheetsDialog) -> int:
        seen.append(dialog)
        steps(dialog)
        return dialog.result()

    monkeypatch.setattr(ImportSheetsDialog, "exec", exec_)
    return seen


GRETA = {
    ("Borås stad", "Developing operations"): 7.5,
    ("Gävle kommun", "The municipality as a whole"): 3.0,
}


@pytest.fixture
def sheets(demo_copy: Path, tmp_path: Path) -> tuple[Path, Path]:
    """Greta's good sheet, and Bengt's sheet with one value changed after export."""
    good = juror_sheet(demo_copy, tmp_path, "Greta Påhittad", GRETA, "greta")
    bengt = juror_sheet(demo_copy, tmp_path, "Bengt Provberg", {}, "bengt")
    data = json.loads(bengt.read_text("utf-8"))
    data["scores"][0]["value"] = 1.0 if data["scores"][0]["value"] != 1.0 else 2.0
    bengt.write_text(json.dumps(data), "utf-8")
    return good, bengt


def test_preview_then_import_of_the_accepted_file_only(
    qtbot, window, demo_copy: Path, sheets, monkeypatch
) -> None:
    good, tampered = sheets
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a: ([str(good), str(tampered)], "")
    )

    def steps(dialog: ImportSheetsDialog) -> None:
        accepted, refused = dialog.cards
        assert accepted.status.text() == "Accepted"
        assert "Greta Påhittad, revision 1" in [
            w.text() for w in accepted.findChildren(type(accepted.status))
        ]
        assert accepted.counts.text().startswith("2 new score")
        assert refused.status.text().startswith("Refused: bengt.nomscores: the signature")
        assert not refused.counts.isVisible() and not refused.details_button.isVisible()
        accepted.details_button.click()
        assert accepted.details_button.text() == "Hide the changes"
        tree = accepted.changes
        rows = [[tree.topLevelItem(i).text(c) for c in range(4)] for i in range(2)]
        assert sorted(rows) == [
            ["Borås stad", "Verksamhetsutveckling", "–", "7.5"],
            ["Gävle kommun", "Kommunen som helhet", "–", "3"],
        ]
        assert "1 refused" in dialog.summary.text()
        assert dialog.import_button.isEnabled()
        with qtbot.waitSignal(window.workspace.changed):
            dialog.import_button.click()

    seen = drive(monkeypatch, steps)
    bengt = scores_of(demo_copy, "Bengt Provberg")
    assert len(bengt) == 24
    import_sheets.run(window)
    assert seen and seen[0].result_preview.applied
    assert scores_of(demo_copy) == GRETA
    assert scores_of(demo_copy, "Bengt Provberg") == bengt
    assert window.statusBar().currentMessage().startswith("Imported 1 score sheet")


def test_refused_files_change_nothing_and_cannot_be_imported(
    qtbot, window, demo_copy: Path, tmp_path: Path, sheets, monkeypatch
) -> None:
    _good, tampered = sheets
    broken = tmp_path / "broken.nomscores"
    broken.write_bytes(b'{"format": "nomdesk-scoresheet/1",\n  oops')
    before = dump(demo_copy)

    def steps(dialog: ImportSheetsDialog) -> None:
        texts = [card.status.text() for card in dialog.cards]
        assert "the signature does not match" in texts[0]
        assert "broken.nomscores: the file is not JSON" in texts[1] and "line 2" in texts[1]
        assert not dialog.import_button.isEnabled()
        dialog.reject()

    seen = drive(monkeypatch, steps)
    import_sheets.run(window, [tampered, broken])
    assert seen and seen[0].result_preview is None
    assert dump(demo_copy) == before


def test_a_sheet_from_a_revoked_ballot_is_refused(
    qtbot, window, demo_copy: Path, tmp_path: Path, monkeypatch
) -> None:
    sheet = juror_sheet(demo_copy, tmp_path, "Greta Påhittad", GRETA, "old")
    opened = open_database(demo_copy)  # the secretariat reissues her ballot
    with new_session(opened.engine, actor="tester") as other:
        greta = other.exec(select(Juror).where(Juror.name == "Greta Påhittad")).one()
        round_id = other.exec(select(ScoringRound.id)).all()[-1]
        reissue_ballot(session=other, round_id=round_id, juror_id=greta.id, folder=tmp_path / "n")
    opened.engine.dispose()
    before = dump(demo_copy)

    def steps(dialog: ImportSheetsDialog) -> None:
        assert "the ballot was revoked" in dialog.cards[0].status.text()
        dialog.reject()

    drive(monkeypatch, steps)
    import_sheets.run(window, [sheet])
    assert dump(demo_copy) == before


def test_the_same_sheet_again_is_already_imported(qtbot, window, sheets, monkeypatch) -> None:
    good, _tampered = sheets
    drive(monkeypatch, lambda dialog: dialog.import_button.click())
    import_sheets.run(window, [good])

    def steps(dialog: ImportSheetsDialog) -> None:
        assert dialog.cards[0].status.text() == "Already imported: nothing to do."
        assert not dialog.import_button.isEnabled()
        dialog.reject()

    seen = drive(monkeypatch, steps)
    import_sheets.run(window, [good])
    assert len(seen) == 1


def test_a_sheet_opened_or_dropped_on_the_window_opens_the_preview(
    qtbot, window, sheets, monkeypatch
) -> None:
    good, tampered = sheets
    seen = drive(monkeypatch, lambda dialog: dialog.reject())
    assert window.open_path(good)
    assert [c.item.file for c in seen[0].cards] == ["greta.nomscores"]
    install_drop_handler(window)
    assert drop_files(window, [good, tampered])
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=3000)
    assert [c.item.file for c in seen[1].cards] == ["greta.nomscores", "bengt.nomscores"]


def test_choosing_no_file_shows_nothing(window, monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a: ([], ""))
    seen = drive(monkeypatch, lambda dialog: pytest.fail("no dialog expected"))
    assert import_sheets.run(window) is None and not seen
