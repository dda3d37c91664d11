"""Importing score sheets: preview, apply, and every refusal of issue 5 (design §4)."""

import json
from pathlib import Path

from sqlmodel import col, select

from nomdesk.db.models import AuditEvent, Conflict, NomineeComment, Score, SheetImport
from nomdesk.exchange.ballots import reissue_ballot
from nomdesk.exchange.sheet_import import apply_import, preview_import, read_inputs
from nomdesk.services import nominees, scores, years
from tests.exchange import sheets
from tests.exchange.sheets import ballot_of, full_scores, sheet, write


def run(exchange, *paths: Path, dry_run: bool = False):
    inputs = read_inputs(list(paths))
    service = preview_import if dry_run else apply_import
    return service(session=exchange.session, inputs=inputs)


def juror_scores(exchange, juror_index: int) -> dict[tuple[str, str], tuple[float, str, str]]:
    juror = exchange.setup.jurors[juror_index]
    rows = exchange.session.exec(
        select(Score).where(Score.juror_id == juror.id).execution_options(populate_existing=True)
    ).all()
    names = {n.id: n.display_name for n in exchange.setup.nominees}
    crits = {c.id: c.name for c in exchange.setup.criteria}
    return {
        (names[s.nominee_id], crits[s.criterion_id]): (s.value, s.comment, s.source) for s in rows
    }


def uids(ballot: dict) -> tuple[dict[str, str], dict[str, str]]:
    """Nominee and criterion uids of a ballot by name."""
    return (
        {n["display_name"]: n["uid"] for n in ballot["nominees"]},
        {c["name"]: c["uid"] for c in ballot["criteria"]},
    )


def test_round_trip_through_the_workspace_equals_what_was_entered(exchange, tmp_path: Path) -> None:
    ws = exchange.open(exchange.ballot(0))
    entered = {}
    for item in ws.nominees():
        for value, criterion in zip((7.5, 4.0), ws.criteria(), strict=True):
            ws.set_score(item.uid, criterion.uid, value, f"{item.name} {criterion.name}")
            entered[(item.name, criterion.name)] = (value, f"{item.name} {criterion.name}", "sheet")
    c_uid = ws.find_nominee("Kommun C")
    ws.set_overall_comment(ws.find_nominee("Kommun A"), "Bäst i år")
    ws.declare_conflict(c_uid, "Min syster är kommundirektör")
    ws.export_sheet(tmp_path / "j1.nomscores")
    ws.close()
    result = run(exchange, tmp_path / "j1.nomscores")
    (item,) = result.files
    assert (item.status, item.new, item.removed, item.conflicts) == (
        "accepted",
        4,
        0,
        ["Kommun C"],
    )
    del entered[("Kommun C", "Innovation")], entered[("Kommun C", "Effekt")]
    assert juror_scores(exchange, 0) == entered
    juror = exchange.setup.jurors[0]
    conflict = exchange.session.exec(select(Conflict).where(Conflict.juror_id == juror.id)).one()
    assert (conflict.declared_by, conflict.reason) == ("juror", "Min syster är kommundirektör")
    comment = exchange.session.exec(
        select(NomineeComment).where(NomineeComment.juror_id == juror.id)
    ).one()
    assert comment.comment == "Bäst i år"
    record = exchange.session.exec(select(SheetImport)).one()
    assert (record.revision, record.n_new) == (1, 4)
    events = exchange.session.exec(
        select(AuditEvent).where(AuditEvent.action == "import_sheet")
    ).all()
    assert len(events) == 1 and events[0].after["file"] == "j1.nomscores"


def test_rankings_remembered_before_an_import_see_its_scores(exchange, tmp_path: Path) -> None:
    """The ranking cache follows the audit head; the import's one event must make it load
    the round again (its scores and conflicts have no events of their own)."""
    from nomdesk.db.models import ScoringRound
    from nomdesk.services import ranking_cache

    session = exchange.session
    round_ = session.exec(select(ScoringRound)).first()
    before = ranking_cache.round_state(session, round_)
    ws = exchange.open(exchange.ballot(0))
    for item in ws.nominees():
        for value, criterion in zip((7.5, 4.0), ws.criteria(), strict=True):
            ws.set_score(item.uid, criterion.uid, value, "")
    ws.export_sheet(tmp_path / "j1.nomscores")
    ws.close()
    run(exchange, tmp_path / "j1.nomscores")
    after = ranking_cache.round_state(session, round_)
    fresh = ranking_cache.load_data(session, round_)
    assert after.data.scores == fresh.scores != before.data.scores


def test_preview_counts_new_changed_removed_and_keyed_replaced(exchange, tmp_path: Path) -> None:
    path = exchange.ballot(0)
    ballot = ballot_of(path)
    n, c = uids(ballot)
    setup, session = exchange.setup, exchange.session
    juror = setup.jurors[0]
    a, b = setup.nominees[0], setup.nominees[1]
    innovation, effekt = setup.criteria
    # The secretariat keys two scores from a paper sheet after the ballot went out.
    for nominee, criterion, value in ((a, innovation, 2.0), (b, effekt, 2.0)):
        scores.set_score(
            session=session,
            round_id=setup.round_id,
            juror_id=juror.id,
            nominee_id=nominee.id,
            criterion_id=criterion.id,
            value=value,
        )
    first = sheets.write(
        tmp_path / "r1.nomscores",
        sheet(ballot, [(n["Kommun A"], c["Innovation"], 9.0), (n["Kommun A"], c["Effekt"], 3.0)]),
    )
    preview = run(exchange, first, dry_run=True)
    (item,) = preview.files
    assert (item.new, item.changed, item.removed, item.keyed_replaced) == (1, 1, 1, 2)
    kinds = {(ch.kind, ch.nominee, ch.criterion, ch.old, ch.new, ch.keyed) for ch in item.changes}
    assert kinds == {
        ("new", "Kommun A", "Effekt", None, 3.0, False),
        ("changed", "Kommun A", "Innovation", 2.0, 9.0, True),
        ("removed", "Kommun B", "Effekt", 2.0, None, True),
    }
    assert not preview.applied and len(juror_scores(exchange, 0)) == 2  # a dry run writes nothing
    run(exchange, first)
    second = sheets.write(
        tmp_path / "r2.nomscores",
        sheet(ballot, [(n["Kommun A"], c["Innovation"], 9.0)], revision=2),
    )
    (item,) = run(exchange, second).files
    assert (item.new, item.changed, item.removed, item.unchanged) == (0, 0, 1, 1)
    assert juror_scores(exchange, 0) == {("Kommun A", "Innovation"): (9.0, "", "sheet")}


def test_the_same_sheet_again_is_already_imported_however_it_is_laid_out(
    exchange, tmp_path: Path, dump, db_path: Path
) -> None:
    ballot = ballot_of(exchange.ballot(0))
    document = sheet(ballot, full_scores(ballot))
    path = write(tmp_path / "s.nomscores", document)
    assert run(exchange, path).files[0].status == "accepted"
    exchange.session.commit()
    before = dump(db_path)
    compact = tmp_path / "compact.nomscores"
    compact.write_text(json.dumps(document, separators=(",", ":")), encoding="utf-8")
    result = run(exchange, path, compact)
    assert [f.status for f in result.files] == ["already_imported", "already_imported"]
    assert result.ok and not result.applied
    assert dump(db_path) == before


def test_a_batch_applies_accepted_files_and_leaves_refused_ones_out(
    exchange, tmp_path: Path
) -> None:
    good_ballot, other = ballot_of(exchange.ballot(0)), ballot_of(exchange.ballot(2))
    good = write(tmp_path / "good.nomscores", sheet(good_ballot, full_scores(good_ballot)))
    bad_doc = sheet(other, full_scores(other))
    bad_doc["scores"][0]["value"] = 10.0  # changed after signing
    bad = write(tmp_path / "bad.nomscores", bad_doc)
    result = run(exchange, good, bad)
    assert [f.status for f in result.files] == ["accepted", "refused"]
    assert not result.ok
    assert len(juror_scores(exchange, 0)) == 6 and juror_scores(exchange, 2) == {}
    events = exchange.session.exec(
        select(AuditEvent).where(AuditEvent.action == "import_sheet")
    ).all()
    assert len(events) == 1


def test_two_revisions_in_one_import_apply_only_the_newer(exchange, tmp_path: Path) -> None:
    ballot = ballot_of(exchange.ballot(0))
    n, c = uids(ballot)
    one = write(tmp_path / "1.nomscores", sheet(ballot, [(n["Kommun A"], c["Effekt"], 1.0)]))
    two = write(
        tmp_path / "2.nomscores",
        sheet(ballot, [(n["Kommun A"], c["Effekt"], 2.0)], revision=2),
    )
    result = run(exchange, two, one)
    assert [f.status for f in result.files] == ["accepted", "superseded"]
    assert result.ok
    assert juror_scores(exchange, 0) == {("Kommun A", "Effekt"): (2.0, "", "sheet")}


def test_a_later_sheet_that_scores_a_declared_nominee_takes_the_declaration_back(
    exchange, tmp_path: Path
) -> None:
    ballot = ballot_of(exchange.ballot(0))
    n, c = uids(ballot)
    declared = sheet(ballot, [], conflicts=[(n["Kommun B"], "Jäv")])
    run(exchange, write(tmp_path / "1.nomscores", declared))
    juror_id = exchange.setup.jurors[0].id
    query = select(Conflict).where(Conflict.juror_id == juror_id)
    assert len(exchange.session.exec(query).all()) == 1
    scored = sheet(ballot, [(n["Kommun B"], c["Effekt"], 4.0)], revision=2)
    (item,) = run(exchange, write(tmp_path / "2.nomscores", scored)).files
    assert item.status == "accepted"
    assert exchange.session.exec(query.execution_options(populate_existing=True)).all() == []


def test_reissued_ballot_carries_imported_scores_and_refuses_the_old_ballot(
    exchange, tmp_path: Path
) -> None:
    old_path = exchange.ballot(0)
    old = ballot_of(old_path)
    n, c = uids(old)
    run(exchange, write(tmp_path / "1.nomscores", sheet(old, [(n["Kommun A"], c["Effekt"], 5.0)])))
    issued = reissue_ballot(
        session=exchange.session,
        round_id=exchange.setup.round_id,
        juror_id=exchange.setup.jurors[0].id,
    )
    new = issued.document
    assert new.ballot_uid != old["ballot_uid"] and new.secret != old["secret"]
    assert [(s.nominee_uid, s.criterion_uid, s.value) for s in new.scores] == [
        (n["Kommun A"], c["Effekt"], 5.0)
    ]
    late = write(
        tmp_path / "2.nomscores",
        sheet(old, [(n["Kommun A"], c["Effekt"], 3.0)], revision=2),
    )
    (item,) = run(exchange, late).files
    assert item.code == "revoked_ballot"
    # Re-sending now gives the new ballot, with its uid and secret kept.
    assert ballot_of(exchange.ballot(0))["ballot_uid"] == new.ballot_uid


def test_an_older_revision_is_refused_naming_the_file(exchange, tmp_path: Path) -> None:
    ballot = ballot_of(exchange.ballot(0))
    two = write(tmp_path / "two.nomscores", sheet(ballot, [], revision=2))
    run(exchange, two)
    one = write(tmp_path / "one.nomscores", sheet(ballot, [], revision=1))
    (item,) = run(exchange, one).files
    assert item.code == "not_newer" and "one.nomscores" in item.reason
    assert "revision 1 is not newer than revision 2" in item.reason


def test_import_events_keep_the_audit_chain_whole(exchange, tmp_path: Path) -> None:
    from nomdesk.services.audit import verify_chain

    ballot = ballot_of(exchange.ballot(1))
    run(exchange, write(tmp_path / "s.nomscores", sheet(ballot, full_scores(ballot))))
    assert verify_chain(exchange.session) == []
    last = exchange.session.exec(select(AuditEvent).order_by(col(AuditEvent.id).desc())).first()
    assert last.action == "import_sheet" and last.after["new"] == 4


def test_progress_follows_an_import(exchange, tmp_path: Path) -> None:
    from nomdesk.services.progress import round_progress

    round_id = exchange.setup.round_id
    before = round_progress(session=exchange.session, round_id=round_id).missing()
    ballot = ballot_of(exchange.ballot(1))
    run(exchange, write(tmp_path / "s.nomscores", sheet(ballot, full_scores(ballot))))
    after = round_progress(session=exchange.session, round_id=round_id).missing()
    assert before - after == 4


def test_withdrawn_nominee_refuses_the_sheet(exchange, tmp_path: Path) -> None:
    ballot = ballot_of(exchange.ballot(0))
    nominees.withdraw(
        session=exchange.session, nominee_id=exchange.setup.nominees[1].id, reason="Drog sig ur"
    )
    (item,) = run(
        exchange, write(tmp_path / "s.nomscores", sheet(ballot, full_scores(ballot)))
    ).files
    assert item.code == "not_scorable" and "Kommun B" in item.reason


def test_locked_year_refuses(exchange, tmp_path: Path) -> None:
    ballot = ballot_of(exchange.ballot(0))
    years.lock_year(session=exchange.session, year_id=exchange.setup.year_id, reason="test")
    (item,) = run(exchange, write(tmp_path / "s.nomscores", sheet(ballot, []))).files
    assert item.code == "year_locked"
