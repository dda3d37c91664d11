"""services.report_data on the demo: what the winners report is built from (no Qt)."""

import shutil
from pathlib import Path

import pytest

from nomdesk.db.open import open_database
from nomdesk.db.session import new_session
from nomdesk.demo import build_demo
from nomdesk.services import awards, ranking, rounds, years
from nomdesk.services.report_data import report_data


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report-data") / "demo.db"
    build_demo(path)
    return path


@pytest.fixture
def session(demo: Path, tmp_path: Path):
    copy = tmp_path / "demo.db"
    shutil.copyfile(demo, copy)
    opened = open_database(copy, create=False)
    with new_session(opened.engine) as s:
        yield s
    opened.engine.dispose()


def _year(session, year: int) -> int:
    award = awards.find_award(session=session)
    return years.find_year(session=session, award_id=award.id, year=year).id


def test_2019_is_decided_without_scores(session) -> None:
    data = report_data(session=session, year_id=_year(session, 2019))
    assert data.results is None
    assert data.winner is not None and data.winner.name == "Lidingö stad"
    assert data.decision.motivation_en.startswith("Lidingö shows")
    assert data.finalists[0].name == "Lidingö stad"  # the winner first
    assert len(data.finalists) == 5 and data.others == ()
    assert [i.title for i in data.winner.initiatives] == ["Digital bygglovsprocess"]
    assert [w.year for w in data.history] == list(range(2001, 2019, 2))
    assert data.ceremony is not None and data.ceremony.on.isoformat() == "2019-11-12"
    assert data.jurors == () and data.criteria == ()
    assert len(data.audit_head) == 64 and data.audit_events > 0


def test_2027_draft_has_the_rounds_results_under_the_years_method(session) -> None:
    year_id = _year(session, 2027)
    data = report_data(session=session, year_id=year_id)
    assert data.decision is None and data.winner is None
    results = data.results
    assert results is not None
    assert (results.round_name, results.method, results.jurors) == ("Final", "mean", 7)
    assert results.missing == 35
    expected = ranking.rank_round(
        session=session, round_id=rounds.find_round(session=session, year_id=year_id).id
    ).ranking
    assert [(r.nominee_id, r.rank, r.score) for r in results.rows] == [
        (r.nominee_id, r.rank, r.score) for r in expected.rows
    ]
    # Finalists by rank; the withdrawn nominee is nowhere.
    by_rank = [data.names[r.nominee_id].name for r in results.rows]
    assert [f.name for f in data.finalists] == by_rank
    assert sorted(o.name for o in data.others) == ["Jönköpings kommun", "Luleå kommun"]
    assert data.jurors[0].name == "Astrid Exempelsson" and data.jurors[0].chair
    assert data.criteria[0].name_en == "Developing operations"
    assert data.history[-1].year == 2023
