"""The demo database: history from the facts, an open 2027 year mid-scoring, a sound audit chain."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import Session, select

from nomdesk.db.models import Conflict, Decision, Juror, Nominee, Score
from nomdesk.db.open import open_database
from nomdesk.db.session import new_session
from nomdesk.demo import build_demo
from nomdesk.demo.history import WINNERS
from nomdesk.errors import ValidationError
from nomdesk.services import (
    audit,
    awards,
    criteria,
    decisions,
    jurors,
    nominees,
    organisations,
    progress,
    rounds,
    years,
)


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    build_demo(path)
    return path


@pytest.fixture(scope="module")
def demo(demo_path: Path) -> Iterator[Session]:
    opened = open_database(demo_path, create=False)
    with new_session(opened.engine, actor="tester") as session:
        yield session
    opened.engine.dispose()


def _year(session: Session, year: int):
    award = awards.find_award(session=session)
    return years.find_year(session=session, award_id=award.id, year=year)


def _org_id(session: Session, name: str) -> int:
    return next(o.id for o in organisations.list_organisations(session=session) if o.name == name)


def test_every_decided_year_has_its_winner(demo: Session) -> None:
    assert sorted(WINNERS) == list(range(2001, 2024, 2))
    for year_number, winner in WINNERS.items():
        year = _year(demo, year_number)
        decision = decisions.find_decision(session=demo, year_id=year.id)
        assert decision is not None, year_number
        assert demo.get(Nominee, decision.winner_id).display_name == winner
        assert year.locked_at is not None
        assert year.phase == "publication"


def test_award_and_titles(demo: Session) -> None:
    award = awards.find_award(session=demo)
    assert award.name == "Sveriges DigitaliseringsKommun"
    assert award.organiser == "Kvalitetsmässan"
    assert award.description and award.description_en
    assert _year(demo, 2005).title == "Sveriges IT-kommun 2005"
    assert _year(demo, 2019).title == "Sveriges DigitaliseringsKommun 2019"


def test_history_holds_facts_only(demo: Session) -> None:
    for year_number in WINNERS:
        year = _year(demo, year_number)
        assert jurors.list_jurors(session=demo, year_id=year.id) == []
        assert criteria.list_criteria(session=demo, year_id=year.id) == []
        assert rounds.list_rounds(session=demo, year_id=year.id) == []
        decision = decisions.find_decision(session=demo, year_id=year.id)
        assert decision.historical
        assert bool(decision.motivation) == (year_number == 2019)
    ceremonies = {
        y: [e.starts_on for e in years.timetable(session=demo, year_id=_year(demo, y).id)]
        for y in WINNERS
    }
    assert ceremonies[2019][0].isoformat() == "2019-11-12"
    assert ceremonies[2023][0].isoformat() == "2023-11-21"
    assert ceremonies[2021] == [None]
    assert ceremonies[2005] == []


def test_2019_has_five_finalists_and_a_motivation(demo: Session) -> None:
    year = _year(demo, 2019)
    listed = nominees.list_nominees(session=demo, year_id=year.id)
    assert len(listed) == 5
    assert sorted(n.stage for n in listed) == ["finalist"] * 4 + ["winner"]
    decision = decisions.find_decision(session=demo, year_id=year.id)
    assert decision.motivation.strip() and (decision.motivation_en or "").strip()


def test_2023_joint_nominee_has_three_organisations(demo: Session) -> None:
    year = _year(demo, 2023)
    joint = nominees.find_nominee(
        session=demo, year_id=year.id, key="Mora, Orsa och Älvdalens kommuner"
    )
    orgs = nominees.organisations_of(session=demo, nominee_id=joint.id)
    assert [o.name for o in orgs] == ["Mora kommun", "Orsa kommun", "Älvdalens kommun"]
    assert joint.stage == "shortlisted"
    assert len(nominees.list_nominees(session=demo, year_id=year.id)) == 5


def test_nacka_history_shows_both_years(demo: Session) -> None:
    history = organisations.history(session=demo, organisation_id=_org_id(demo, "Nacka kommun"))
    assert [(a.year, a.won, a.stage) for a in history] == [
        (2003, True, "winner"),
        (2023, False, "finalist"),
    ]


def test_2027_is_open_with_round_criteria_and_jury(demo: Session) -> None:
    year = _year(demo, 2027)
    assert year.locked_at is None
    assert year.phase == "scoring"
    assert decisions.find_decision(session=demo, year_id=year.id) is None
    assert len(rounds.list_rounds(session=demo, year_id=year.id)) == 1
    assert len(criteria.list_criteria(session=demo, year_id=year.id)) == 4
    jury = jurors.list_jurors(session=demo, year_id=year.id)
    assert len(jury) == 7
    assert [j.role for j in jury].count("chair") == 1
    assert len(jurors.list_conflicts(session=demo, year_id=year.id)) == 1
    stages = [n.stage for n in nominees.list_nominees(session=demo, year_id=year.id)]
    assert 5 <= stages.count("finalist") <= 6
    assert stages.count("shortlisted") == 2
    assert stages.count("withdrawn") == 1


def test_2027_progress_shows_a_pending_and_a_partial_juror(demo: Session) -> None:
    year = _year(demo, 2027)
    round_ = rounds.find_round(session=demo, year_id=year.id)
    state = progress.round_progress(session=demo, round_id=round_.id)
    assert state.missing() > 0
    per_juror = {j: state.missing_for(j) for j in state.juror_ids}
    full = state.criteria * len(state.nominee_ids)
    assert sorted(per_juror.values()).count(0) == 5
    assert list(per_juror.values()).count(full) == 1
    assert sum(1 for m in per_juror.values() if 0 < m < full) == 1


def test_2027_scores_skip_the_conflict(demo: Session) -> None:
    conflict = demo.exec(select(Conflict)).one()
    scored = demo.exec(
        select(Score).where(
            Score.juror_id == conflict.juror_id, Score.nominee_id == conflict.nominee_id
        )
    ).all()
    assert scored == []
    assert demo.get(Juror, conflict.juror_id).name
    assert {s.source for s in demo.exec(select(Score)).all()} == {"demo"}


def test_audit_chain_is_intact(demo: Session) -> None:
    assert audit.verify_chain(demo) == []
    assert len(demo.exec(select(Decision)).all()) == len(WINNERS)


def test_refuses_an_existing_file(tmp_path: Path, demo_path: Path) -> None:
    before = demo_path.read_bytes()
    with pytest.raises(ValidationError):
        build_demo(demo_path)
    assert demo_path.read_bytes() == before
    other = tmp_path / "notes.txt"
    other.write_text("not empty")
    with pytest.raises(ValidationError):
        build_demo(other)
    assert other.read_text() == "not empty"


def test_builds_into_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    build_demo(path)
    assert path.stat().st_size > 0


def test_a_failed_build_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from nomdesk.demo import year2027

    def fail(*_args, **_kwargs):
        raise RuntimeError("simulated failure")

    monkeypatch.setattr(year2027, "build_year", fail)
    path = tmp_path / "demo.db"
    with pytest.raises(RuntimeError):
        build_demo(path)
    assert list(tmp_path.iterdir()) == []
