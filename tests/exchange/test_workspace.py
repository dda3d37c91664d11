"""The juror workspace: made from a ballot, reopened, scored, exported (design §2, §4)."""

import json
from pathlib import Path

import pytest

from nomdesk.errors import ConflictOfInterestError, NotFoundError, ValidationError
from nomdesk.exchange import signing
from nomdesk.exchange.errors import ExchangeFileError
from nomdesk.exchange.juror_workspace import Cell, JurorWorkspace
from tests.exchange.conftest import PDF


def test_ballot_makes_a_workspace_that_reopening_resumes(exchange, tmp_path: Path) -> None:
    ballot = exchange.ballot(0)
    ws = exchange.open(ballot)
    assert ws.created
    assert ws.folder == exchange.workspaces / ws.info().ballot_uid
    nominee = ws.find_nominee("kommun a")
    criterion = ws.find_criterion("Innovation")
    ws.set_score(nominee, criterion, 7.5, "Stark")
    ws.close()
    again = exchange.open(ballot)
    try:
        assert not again.created
        assert again.cell(nominee, criterion).value == 7.5
        assert again.cell(nominee, criterion).comment == "Stark"
        assert again.has_unexported_changes()
    finally:
        again.close()


def test_workspace_shows_only_this_jurors_nominees_and_content(workspace, exchange) -> None:
    ws = workspace(1)  # juror 2 is conflicted for Kommun C
    info = ws.info()
    assert info.juror == exchange.setup.jurors[1].name
    assert [n.name for n in ws.nominees()] == ["Kommun A", "Kommun B"]
    assert [c.name for c in ws.criteria()] == ["Innovation", "Effekt"]
    content = ws.nominee(ws.find_nominee("Kommun A"))
    assert [i.title for i in content.initiatives] == ["Öppna data"]
    (visit,) = content.site_visits
    assert visit.notes == "Bra besök"
    assert visit.criterion_notes == {ws.find_criterion("Innovation"): "Nytänkande"}
    (attachment,) = content.attachments
    path = ws.attachment_path(attachment.uid)
    assert path.name == "nominering.pdf" and path.read_bytes() == PDF
    assert path.is_relative_to(ws.folder)


def test_scores_are_checked_against_scale_and_step(workspace) -> None:
    ws = workspace(0)
    nominee, effekt = ws.find_nominee("Kommun B"), ws.find_criterion("Effekt")
    for bad in (0.0, 6.0, 2.5):
        with pytest.raises(ValidationError) as info:
            ws.set_score(nominee, effekt, bad)
        assert info.value.field == "value"
    assert ws.cell(nominee, effekt).value is None
    assert ws.set_score(nominee, effekt, 5).value == 5.0
    ws.clear_score(nominee, effekt)
    assert ws.cell(nominee, effekt).value is None


def test_comment_needs_a_score_and_unknown_names_are_refused(workspace) -> None:
    ws = workspace(0)
    nominee, innovation = ws.find_nominee("Kommun A"), ws.find_criterion("Innovation")
    with pytest.raises(ValidationError) as info:
        ws.set_comment(nominee, innovation, "Bra")
    assert info.value.field == "comment"
    ws.set_score(nominee, innovation, 8)
    assert ws.set_comment(nominee, innovation, "Bra").comment == "Bra"
    with pytest.raises(NotFoundError):
        ws.find_nominee("Kommun Ö")
    with pytest.raises(NotFoundError):
        ws.set_score("no-such-uid", innovation, 1)


def test_progress_counts_scores_and_a_declared_conflict_needs_none(workspace) -> None:
    ws = workspace(0)
    assert ws.progress() == (0, 6)
    a, b = ws.find_nominee("Kommun A"), ws.find_nominee("Kommun B")
    ws.set_score(a, ws.find_criterion("Innovation"), 10)
    ws.set_score(a, ws.find_criterion("Effekt"), 1)
    assert ws.progress() == (2, 6)
    ws.set_score(b, ws.find_criterion("Effekt"), 3)
    ws.declare_conflict(b, "Min kusin arbetar där")
    progress = {n.name: n for n in ws.nominees()}
    assert progress["Kommun B"].conflict and progress["Kommun B"].expected == 0
    assert progress["Kommun A"].complete
    assert ws.progress() == (2, 4)
    with pytest.raises(ConflictOfInterestError):
        ws.set_score(b, ws.find_criterion("Innovation"), 5)
    assert ws.nominee(b).conflict_reason == "Min kusin arbetar där"
    ws.withdraw_conflict(b)  # the score given before comes back
    assert ws.progress() == (3, 6)


def test_export_writes_signed_revisions_and_tracks_unexported_changes(
    workspace, tmp_path: Path
) -> None:
    ws = workspace(0)
    assert not ws.has_unexported_changes()
    assert ws.last_export() is None
    a = ws.find_nominee("Kommun A")
    ws.set_score(a, ws.find_criterion("Innovation"), 6.5, "Bra")
    ws.set_overall_comment(a, "Helhet")
    ws.declare_conflict(ws.find_nominee("Kommun C"), "Jävig")
    assert ws.has_unexported_changes()
    first = ws.export_sheet(tmp_path / "one.nomscores")
    assert first.revision == 1 and not ws.has_unexported_changes()
    second = ws.export_sheet(tmp_path / "two.nomscores")
    assert second.revision == 2 and ws.last_export() == second
    sheet = json.loads((tmp_path / "two.nomscores").read_text(encoding="utf-8"))
    assert sheet["revision"] == 2
    assert sheet["scores"] == [
        {
            "nominee_uid": a,
            "criterion_uid": ws.find_criterion("Innovation"),
            "value": 6.5,
            "comment": "Bra",
        }
    ]
    assert sheet["comments"] == [{"nominee_uid": a, "comment": "Helhet"}]
    assert sheet["conflicts"] == [{"nominee_uid": ws.find_nominee("Kommun C"), "reason": "Jävig"}]
    secret = json.loads(next(ws.folder.parent.parent.glob("ballots/*")).read_text())["secret"]
    assert signing.verify(secret, sheet)
    ws.set_overall_comment(a, "Helhet")  # the same text again: nothing changed
    assert not ws.has_unexported_changes()


def test_a_ballot_of_another_juror_with_the_same_uid_is_refused(exchange, tmp_path: Path) -> None:
    ballot = exchange.ballot(0)
    exchange.open(ballot).close()
    data = json.loads(ballot.read_text(encoding="utf-8"))
    data["secret"] = "0" * 64
    forged = tmp_path / "forged.nomballot"
    forged.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ExchangeFileError) as info:
        exchange.open(forged)
    assert info.value.code == "workspace_mismatch"
    assert "forged.nomballot" in str(info.value)


def test_open_folder_reopens_without_the_ballot(exchange) -> None:
    ws = exchange.open(exchange.ballot(2))
    folder = ws.folder
    ws.close()
    again = JurorWorkspace.open_folder(folder)
    try:
        assert again.info().juror == exchange.setup.jurors[2].name
    finally:
        again.close()


def test_a_re_sent_ballot_with_new_content_refreshes_and_keeps_the_jurors_work(
    exchange, tmp_path: Path
) -> None:
    from nomdesk.services import jurors, nominees
    from nomdesk.services.schemas import NomineeCreate

    setup, session = exchange.setup, exchange.session
    ws = exchange.open(exchange.ballot(0))
    a, b = ws.find_nominee("Kommun A"), ws.find_nominee("Kommun B")
    ws.set_score(a, ws.find_criterion("Effekt"), 4, "Bra")
    ws.set_score(b, ws.find_criterion("Effekt"), 2)
    ws.set_overall_comment(a, "Helhet")
    ws.export_sheet(tmp_path / "1.nomscores")
    ws.close()
    same = exchange.open(exchange.ballot(0))  # re-sent, nothing new: no rebuild
    assert not same.refreshed
    same.close()
    nominees.create_nominee(
        session=session,
        year_id=setup.year_id,
        data=NomineeCreate(display_name="Kommun D"),
        stage="finalist",
    )
    jurors.declare_conflict(
        session=session, juror_id=setup.jurors[0].id, nominee_id=setup.nominees[1].id, reason="x"
    )
    again = exchange.open(exchange.ballot(0))
    try:
        assert again.refreshed and not again.created
        assert [n.name for n in again.nominees()] == ["Kommun A", "Kommun C", "Kommun D"]
        assert again.cell(a, again.find_criterion("Effekt")) == Cell(4.0, "Bra")
        assert again.nominee(a).overall_comment == "Helhet"
        assert again.last_export().revision == 1
        assert again.has_unexported_changes()  # Kommun B's score is gone from the state
        assert again.export_sheet(tmp_path / "2.nomscores").revision == 2
        assert (again.folder / "workspace.previous.db").exists()
    finally:
        again.close()


def test_a_ballot_naming_unknown_nominees_in_its_scores_is_refused(
    exchange, tmp_path: Path
) -> None:
    data = json.loads(exchange.ballot(0).read_text(encoding="utf-8"))
    data["scores"] = [
        {"nominee_uid": "nobody", "criterion_uid": data["criteria"][0]["uid"], "value": 1.0,
         "comment": ""}
    ]  # fmt: skip
    odd = tmp_path / "odd.nomballot"
    odd.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ExchangeFileError) as info:
        exchange.open(odd)
    assert info.value.code == "not_a_ballot" and "nobody" in str(info.value)
    assert not (exchange.workspaces / data["ballot_uid"]).exists()


def test_an_unwritable_place_for_the_sheet_is_a_message_and_no_revision(
    workspace, tmp_path: Path
) -> None:
    ws = workspace(0)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(ExchangeFileError) as info:
        ws.export_sheet(blocker / "s.nomscores")
    assert info.value.code == "unwritable" and "s.nomscores" in str(info.value)
    assert ws.last_export() is None  # the revision was not used up
    assert ws.export_sheet(tmp_path / "s.nomscores").revision == 1
