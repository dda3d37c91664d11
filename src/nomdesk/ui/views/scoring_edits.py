"""The undoable edits of score entry: a value, a cleared cell, a comment, an overall comment.

Cells are named by uids (round, juror, nominee, criterion) and their ids looked up when a
step runs, like the other views' edits. Undo puts back exactly what the cell held: its
value, comment and source, or no score at all.
"""

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from nomdesk.db.models import Criterion, Juror, Nominee, ScoringRound
from nomdesk.services import scores
from nomdesk.services.scores import CellScore
from nomdesk.ui import commands
from nomdesk.ui.widgets import number_text
from nomdesk.ui.workspace import Workspace


@dataclass(frozen=True)
class CellRef:
    """One cell of one juror's sheet, by uids, with the names the undo history shows."""

    round_uid: str
    juror_uid: str
    nominee_uid: str
    nominee: str
    criterion_uid: str | None = None  # None: the nominee's row (its overall comment)
    criterion: str = ""

    def ids(self, ws: Workspace) -> dict[str, int]:
        ids = {
            "round_id": ws.id_of(ScoringRound, self.round_uid),
            "juror_id": ws.id_of(Juror, self.juror_uid),
            "nominee_id": ws.id_of(Nominee, self.nominee_uid),
        }
        if self.criterion_uid is not None:
            ids["criterion_id"] = ws.id_of(Criterion, self.criterion_uid)
        return ids


def _put(ws: Workspace, ref: CellRef, state: CellScore | None) -> None:
    """Make the cell hold `state` (None: no score)."""
    if state is None:
        scores.clear_score(session=ws.session, **ref.ids(ws))
        return
    scores.set_score(
        session=ws.session,
        value=state.value,
        comment=state.comment,
        source=state.source,
        **ref.ids(ws),
    )


def set_value(ws: Workspace, ref: CellRef, value: float, old: CellScore | None) -> None:
    """Key in a value (source "keyed"); the cell's comment stays."""
    new = CellScore(value, old.comment if old else "", "keyed")
    text = QCoreApplication.translate("ScoreEdits", "Score {nominee}, {criterion}: {value}").format(
        nominee=ref.nominee, criterion=ref.criterion, value=number_text(value)
    )
    commands.action(ws, text, lambda: _put(ws, ref, new), lambda: _put(ws, ref, old))


def clear_value(ws: Workspace, ref: CellRef, old: CellScore) -> None:
    """Remove the score (and its comment); undo brings both back."""
    text = QCoreApplication.translate(
        "ScoreEdits", "Clear the score of {nominee}, {criterion}"
    ).format(nominee=ref.nominee, criterion=ref.criterion)
    commands.action(ws, text, lambda: _put(ws, ref, None), lambda: _put(ws, ref, old))


def set_comment(ws: Workspace, ref: CellRef, comment: str, old: CellScore) -> None:
    """Change the comment on a scored cell."""
    new = CellScore(old.value, comment, old.source)
    text = QCoreApplication.translate("ScoreEdits", "Comment on {nominee}, {criterion}").format(
        nominee=ref.nominee, criterion=ref.criterion
    )
    commands.action(ws, text, lambda: _put(ws, ref, new), lambda: _put(ws, ref, old))


def set_nominee_comment(ws: Workspace, ref: CellRef, comment: str, old: str) -> None:
    """The juror's overall comment on the nominee of `ref` (a ref without a criterion)."""

    def put(text: str):
        return lambda: scores.set_nominee_comment(session=ws.session, comment=text, **ref.ids(ws))

    text = QCoreApplication.translate("ScoreEdits", "Overall comment on {nominee}").format(
        nominee=ref.nominee
    )
    commands.action(ws, text, put(comment), put(old))
