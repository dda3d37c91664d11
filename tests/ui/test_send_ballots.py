"""Send ballots and Revoke and reissue, from the Jury view through their dialogs."""

import json
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from nomdesk.ui.dialogs.send_ballots_dialog import ReissueBallotDialog, SendBallotsDialog
from nomdesk.ui.views.jury import JuryView
from tests.ui.conftest import year_item

AWARD = "Sveriges DigitaliseringsKommun"


@pytest.fixture(autouse=True)
def no_folder_dialog(monkeypatch) -> None:
    """The folder chooser would block; a test that means to use it patches it itself."""

    def unexpected(*_args):
        raise AssertionError("an unexpected folder dialog would block the test")

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", unexpected)


@pytest.fixture
def jury(window) -> JuryView:
    window.tree.setCurrentItem(year_item(window, 2027))
    window.tabs.setCurrentWidget(window.jury)
    return window.jury


def ballots_in(path: Path) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        sql = (
            "SELECT j.name, b.uid, b.revoked_at IS NOT NULL FROM ballot b"
            " JOIN juror j ON j.id = b.juror_id ORDER BY b.id"
        )
        return con.execute(sql).fetchall()
    finally:
        con.close()


def open_send_dialog(qtbot, jury: JuryView, folder: Path) -> SendBallotsDialog:
    assert jury.send_button.isEnabled()
    qtbot.mouseClick(jury.send_button, Qt.MouseButton.LeftButton)
    dialog = jury.dialog
    assert isinstance(dialog, SendBallotsDialog)
    dialog.folder.edit.setText(str(folder))
    return dialog


def check_only(dialog: SendBallotsDialog, names: set[str]) -> None:
    for index in range(dialog.jurors.count()):
        item = dialog.jurors.item(index)
        wanted = item.text().split(" — ")[0] in names
        item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)


def test_send_ballots_to_chosen_jurors_then_again(
    qtbot, jury: JuryView, demo_copy: Path, tmp_path: Path
) -> None:
    dialog = open_send_dialog(qtbot, jury, tmp_path / "ballots")
    assert dialog.round.currentText() == "Final"
    assert dialog.jurors.count() == 7 and len(dialog.juror_ids()) == 7
    assert "no ballot yet" in dialog.jurors.item(0).text()
    dialog.check_all(False)
    assert not dialog.write_button.isEnabled()
    check_only(dialog, {"Bengt Provberg", "Greta Påhittad"})
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    names = sorted(p.name for p in (tmp_path / "ballots").iterdir())
    assert names == [
        f"{AWARD} 2027 Bengt Provberg.nomballot",
        f"{AWARD} 2027 Greta Påhittad.nomballot",
    ]
    assert dialog.result.topLevelItemCount() == 2
    assert dialog.result.topLevelItem(0).text(0) == names[0]
    assert dialog.result.topLevelItem(0).text(1) == "new"
    assert "2 ballot(s) written" in dialog.summary.text() or "2 ballots written" in (
        dialog.summary.text()
    )
    assert [b[0] for b in ballots_in(demo_copy)] == ["Bengt Provberg", "Greta Påhittad"]
    dialog.reject()
    # The Ballot column tells who has one; sending again keeps the ballot's uid.
    texts = {r.values["name"]: jury.model.ballots.get(r.uid, "") for r in jury.model.rows}
    assert texts["Bengt Provberg"].startswith("sent ") and texts["Astrid Exempelsson"] == ""
    first = json.loads((tmp_path / "ballots" / names[0]).read_text("utf-8"))["ballot_uid"]
    again = open_send_dialog(qtbot, jury, tmp_path / "again")
    assert "ballot sent" in again.jurors.item(1).text()
    check_only(again, {"Bengt Provberg"})
    again.paper.setChecked(True)
    qtbot.mouseClick(again.write_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "again" / names[0]
    assert json.loads(written.read_text("utf-8"))["ballot_uid"] == first
    assert again.result.topLevelItem(0).text(1) == "sent again, same ballot"
    assert again.result.topLevelItem(1).text(1) == "paper sheet"
    pdf = written.with_suffix(".pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    assert len(ballots_in(demo_copy)) == 2


def test_revoke_and_reissue_explains_and_makes_a_new_ballot(
    qtbot, jury: JuryView, demo_copy: Path, tmp_path: Path
) -> None:
    dialog = open_send_dialog(qtbot, jury, tmp_path)
    check_only(dialog, {"Astrid Exempelsson"})
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    dialog.reject()
    jury.table.selectRow(1)  # Bengt Provberg: no ballot yet, nothing to revoke
    assert not jury.reissue_button.isEnabled()
    jury.table.selectRow(0)
    assert jury.reissue_button.isEnabled()
    qtbot.mouseClick(jury.reissue_button, Qt.MouseButton.LeftButton)
    reissue = jury.dialog
    assert isinstance(reissue, ReissueBallotDialog)
    assert "score sheets exported from it are refused" in reissue.summary.text()
    reissue.folder.edit.setText(str(tmp_path / "new"))
    qtbot.mouseClick(reissue.write_button, Qt.MouseButton.LeftButton)
    rows = ballots_in(demo_copy)
    assert [(name, revoked) for name, _uid, revoked in rows] == [
        ("Astrid Exempelsson", 1),
        ("Astrid Exempelsson", 0),
    ]
    document = json.loads(
        (tmp_path / "new" / f"{AWARD} 2027 Astrid Exempelsson.nomballot").read_text("utf-8")
    )
    assert document["ballot_uid"] == rows[1][1] != rows[0][1]
    assert len(document["scores"]) == 24  # her scores held now travel with the new ballot


def test_the_folder_can_be_chosen_and_defaults_to_the_exchange_folder(
    qtbot, jury: JuryView, tmp_path: Path, monkeypatch
) -> None:
    from nomdesk.ui import settings

    settings.write(settings.EXCHANGE_FOLDER, str(tmp_path / "exchange"))
    qtbot.mouseClick(jury.send_button, Qt.MouseButton.LeftButton)
    dialog = jury.dialog
    assert dialog.folder.path() == tmp_path / "exchange"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(tmp_path / "mine"))
    qtbot.mouseClick(dialog.folder.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.folder.path() == tmp_path / "mine"
    dialog.reject()


def test_a_decided_year_sends_no_ballots(qtbot, window) -> None:
    window.tree.setCurrentItem(year_item(window, 2023))
    window.tabs.setCurrentWidget(window.jury)
    assert not window.jury.send_button.isEnabled()
    assert not window.jury.reissue_button.isEnabled()


def test_an_unwritable_folder_is_a_message_in_the_dialog(
    qtbot, jury: JuryView, tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    dialog = open_send_dialog(qtbot, jury, blocker / "ballots")
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and "cannot be written" in dialog.error.text()
    assert dialog.write_button.isEnabled() and not dialog.result.isVisible()


def test_the_round_is_named_in_the_interface_language(qtbot, jury: JuryView, window) -> None:
    con = sqlite3.connect(window.workspace.path)
    con.execute("UPDATE scoring_round SET name = 'Finalomgång', name_en = 'Final round'")
    con.commit()
    con.close()
    window.workspace.session.expire_all()
    qtbot.mouseClick(jury.send_button, Qt.MouseButton.LeftButton)
    dialog = jury.dialog
    assert [dialog.round.itemText(i) for i in range(dialog.round.count())] == ["Final round"]
    dialog.reject()
