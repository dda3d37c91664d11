"""Writing ballot files for the secretariat: "Send ballots…" and "Revoke and reissue"."""

from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session

from nomdesk.exchange import ballots
from nomdesk.exchange.ballots import IssuedBallot
from nomdesk.exchange.files import ballot_file_name, write_json


@dataclass(frozen=True)
class WrittenBallot:
    issued: IssuedBallot
    path: Path


def _write(issued: IssuedBallot, folder: Path) -> WrittenBallot:
    path = folder / ballot_file_name(issued.document)
    write_json(path, issued.document.model_dump(mode="json"))
    return WrittenBallot(issued, path)


def send_ballots(
    *, session: Session, round_id: int, folder: Path, juror_ids: list[int] | None = None
) -> list[WrittenBallot]:
    """Write one `.nomballot` per juror (or per named juror) of the open round into
    `folder`, named "<award> <year> <juror>.nomballot"; re-sending keeps uid and secret."""
    issued = ballots.issue_ballots(session=session, round_id=round_id, juror_ids=juror_ids)
    return [_write(item, folder) for item in issued]


def reissue_ballot(
    *, session: Session, round_id: int, juror_id: int, folder: Path
) -> WrittenBallot:
    """Revoke the juror's ballot, issue a new one carrying the scores held, write it."""
    issued = ballots.reissue_ballot(session=session, round_id=round_id, juror_id=juror_id)
    return _write(issued, folder)
