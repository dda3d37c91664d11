"""Fixtures for service tests: a factory for a populated award year, and refusal checks."""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlmodel import Session, col, select

from nomdesk.db.models import (
    AuditEvent,
    Award,
    AwardYear,
    Criterion,
    Juror,
    Nominee,
    ScoringRound,
)
from nomdesk.errors import NomdeskError
from nomdesk.services import awards, criteria, jurors, nominees, rounds, years
from nomdesk.services.schemas import (
    AwardCreate,
    CriterionCreate,
    JurorCreate,
    NomineeCreate,
    RoundCreate,
    YearCreate,
)
from nomdesk.services.unit import write

# (name, weight, scale_min, scale_max, step)
DEFAULT_CRITERIA = (
    ("Innovation", 2.0, 0.0, 10.0, 0.5),
    ("Effekt", 1.0, 1.0, 5.0, 1.0),
)


@dataclass
class YearSetup:
    """A populated award year, as the services made it."""

    award: Award
    year: AwardYear
    round: ScoringRound
    criteria: list[Criterion] = field(default_factory=list)
    jurors: list[Juror] = field(default_factory=list)
    nominees: list[Nominee] = field(default_factory=list)

    @property
    def year_id(self) -> int:
        assert self.year.id is not None
        return self.year.id

    @property
    def round_id(self) -> int:
        assert self.round.id is not None
        return self.round.id


YearFactory = Callable[..., YearSetup]


@pytest.fixture
def make_year(session: Session) -> YearFactory:
    """Create an award (once per name), a year, a final round, criteria, jurors, nominees.

    Jurors: the first is the chair. Nominees are made at `stage` (finalist by default).
    """

    @write
    def build(
        *,
        session: Session,
        year: int,
        award_name: str,
        n_criteria: int,
        n_jurors: int,
        n_nominees: int,
        stage: str,
        round_stage: str,
    ) -> YearSetup:
        award = session.exec(select(Award).where(Award.name == award_name)).first()
        if award is None:
            award = awards.create_award(session=session, data=AwardCreate(name=award_name))
        year_row = years.create_year(
            session=session, award_id=award.id, data=YearCreate(year=year, title=f"År {year}")
        )
        round_ = rounds.create_round(
            session=session,
            year_id=year_row.id,
            data=RoundCreate(name="Final", stage=round_stage),
        )
        setup = YearSetup(award=award, year=year_row, round=round_)
        for name, weight, lo, hi, step in DEFAULT_CRITERIA[:n_criteria]:
            setup.criteria.append(
                criteria.add_criterion(
                    session=session,
                    year_id=year_row.id,
                    data=CriterionCreate(
                        name=name, weight=weight, scale_min=lo, scale_max=hi, step=step
                    ),
                )
            )
        for i in range(n_jurors):
            setup.jurors.append(
                jurors.add_juror(
                    session=session,
                    year_id=year_row.id,
                    data=JurorCreate(
                        name=f"Juror {i + 1} ({year})",
                        affiliation=f"Org {i + 1}",
                        role="chair" if i == 0 else "member",
                        email=f"juror{i + 1}@example.se",
                    ),
                )
            )
        for i in range(n_nominees):
            setup.nominees.append(
                nominees.create_nominee(
                    session=session,
                    year_id=year_row.id,
                    data=NomineeCreate(display_name=f"Kommun {chr(65 + i)}"),
                    stage=stage,
                )
            )
        return setup

    def factory(
        year: int = 2024,
        *,
        award_name: str = "Digitaliseringspriset",
        n_criteria: int = 2,
        n_jurors: int = 3,
        n_nominees: int = 3,
        stage: str = "finalist",
        round_stage: str = "finalist",
    ) -> YearSetup:
        # One transaction (services join the outermost write), which keeps set-up fast.
        return build(
            session=session,
            year=year,
            award_name=award_name,
            n_criteria=n_criteria,
            n_jurors=n_jurors,
            n_nominees=n_nominees,
            stage=stage,
            round_stage=round_stage,
        )

    return factory


@pytest.fixture
def year(make_year: YearFactory) -> YearSetup:
    """One populated year (2024): 2 criteria, 3 jurors, 3 finalists, an open final round."""
    return make_year()


@pytest.fixture
def refused(
    db_path: Path, dump: Callable[[Path], list[str]], session: Session
) -> Callable[..., object]:
    """`with refused(ErrorType, field="x"):` asserts the error, its field, and no change.

    The file's dump (read by another connection) before the block must equal the dump
    after it: a refused service call rolls back, so nothing it did may reach the file.
    """

    @contextmanager
    def check(error: type[NomdeskError], *, field: str | None) -> Iterator[None]:
        session.commit()
        before = dump(db_path)
        with pytest.raises(error) as info:
            yield
        assert type(info.value) is error, f"expected exactly {error.__name__}, got {info.value!r}"
        assert info.value.field == field, f"field {info.value.field!r} != {field!r}"
        assert str(info.value)  # a message for people
        after = dump(db_path)
        assert after == before, "a refused call changed the database"

    return check


@pytest.fixture
def events(session: Session) -> Callable[..., list[AuditEvent]]:
    """`events(action=None, entity=None)`: audit events in order, fresh from the database."""

    def fetch(*, action: str | None = None, entity: str | None = None) -> list[AuditEvent]:
        query = select(AuditEvent).order_by(col(AuditEvent.id))
        if action is not None:
            query = query.where(AuditEvent.action == action)
        if entity is not None:
            query = query.where(AuditEvent.entity == entity)
        return list(session.exec(query.execution_options(populate_existing=True)))

    return fetch
