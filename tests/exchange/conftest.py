"""Fixtures for the jury exchange: a secretariat's year with content, ballots, workspaces."""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlmodel import Session

from nomdesk.exchange.juror_workspace import JurorWorkspace
from nomdesk.exchange.send import WrittenBallot, send_ballots
from nomdesk.services import attachments, initiatives, jurors, site_visits
from nomdesk.services.schemas import InitiativeCreate, SiteVisitCreate
from tests.services.conftest import YearSetup, events, make_year, refused, year  # noqa: F401

PDF = b"%PDF-1.4\n% a small attachment\n" + bytes(range(256))


@dataclass
class Exchange:
    """A secretariat year (2 criteria, 3 jurors, 3 finalists) with content and a conflict:
    juror 2 is recorded as conflicted for nominee C."""

    setup: YearSetup
    session: Session
    ballots_dir: Path
    workspaces: Path

    def send(self, juror_ids: list[int] | None = None) -> list[WrittenBallot]:
        return send_ballots(
            session=self.session,
            round_id=self.setup.round_id,
            folder=self.ballots_dir,
            juror_ids=juror_ids,
        )

    def ballot(self, index: int) -> Path:
        """The ballot file of juror `index` (0-based), sent now."""
        return self.send([self.setup.jurors[index].id])[0].path

    def open(self, ballot: Path) -> JurorWorkspace:
        return JurorWorkspace.open_ballot(ballot, root=self.workspaces)


@pytest.fixture
def exchange(year: YearSetup, session: Session, tmp_path: Path) -> Exchange:  # noqa: F811
    a, _b, c = year.nominees
    initiatives.add_initiative(
        session=session,
        nominee_id=a.id,
        data=InitiativeCreate(title="Öppna data", area="open_data", description="Data för alla"),
    )
    visit = site_visits.add_site_visit(
        session=session,
        nominee_id=a.id,
        data=SiteVisitCreate(participants="Sekretariatet", notes="Bra besök"),
    )
    site_visits.set_visit_note(
        session=session, visit_id=visit.id, criterion_id=year.criteria[0].id, note="Nytänkande"
    )
    attachments.add_attachment(
        session=session, nominee_id=a.id, file_name="nominering.pdf", data=PDF
    )
    jurors.declare_conflict(
        session=session, juror_id=year.jurors[1].id, nominee_id=c.id, reason="Anställd"
    )
    return Exchange(year, session, tmp_path / "ballots", tmp_path / "workspaces")


@pytest.fixture
def workspace(exchange: Exchange) -> Callable[[int], JurorWorkspace]:
    """`workspace(i)`: juror i's workspace made from a freshly sent ballot (closed after)."""
    opened: list[JurorWorkspace] = []

    def make(index: int = 0) -> JurorWorkspace:
        ws = exchange.open(exchange.ballot(index))
        opened.append(ws)
        return ws

    yield make
    for ws in opened:
        ws.close()
