"""The paper option (issue 5 item 3): a ballot as the blank score sheet reporting/ prints.

    write_blank_sheet(read_ballot(path), Path("Astrid.pdf"), "sv")

Qt (QtGui, for the PDF writer) is imported only when a sheet is made.
"""

from pathlib import Path
from typing import TYPE_CHECKING

from nomdesk.exchange.formats import BallotFile

if TYPE_CHECKING:
    from nomdesk.reporting.score_sheet import ScoreSheet


def paper_sheet(ballot: BallotFile, language: str) -> "ScoreSheet":
    """The ballot's nominees and criteria as the blank sheet's plain data."""
    from nomdesk.reporting.language import Language
    from nomdesk.reporting.score_sheet import ScoreSheet, SheetCriterion, SheetNominee

    pick = Language(language).pick
    return ScoreSheet(
        award=pick(ballot.award.name, ballot.award.name_en),
        year=ballot.year.year,
        round=pick(ballot.round.name, ballot.round.name_en),
        juror=ballot.juror.name,
        criteria=tuple(
            SheetCriterion(
                name=pick(c.name, c.name_en),
                scale_min=c.scale_min,
                scale_max=c.scale_max,
                step=c.step,
                weight=c.weight,
                description=pick(c.description, c.description_en),
            )
            for c in ballot.criteria
        ),
        nominees=tuple(
            SheetNominee(
                name=pick(n.display_name, n.display_name_en),
                summary=pick(n.summary, n.summary_en),
            )
            for n in sorted(ballot.nominees, key=lambda n: n.display_name.casefold())
        ),
        ballot_uid=ballot.ballot_uid,
        organiser=ballot.award.organiser,
    )


def write_blank_sheet(ballot: BallotFile, path: Path, language: str = "sv") -> int:
    """Write the ballot's blank paper score sheet as a PDF; the number of pages."""
    from nomdesk.reporting.score_sheet import write_score_sheet

    return write_score_sheet(paper_sheet(ballot, language), path, language)
