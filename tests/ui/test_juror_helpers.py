"""Helpers for the jury exchange UI tests (no tests here): ballots from a demo copy, drops."""

from pathlib import Path

from sqlmodel import select

from nomdesk.db.models import AwardYear, Juror, Nominee, ScoringRound
from nomdesk.db.open import open_database
from nomdesk.db.session import new_session
from nomdesk.exchange.send import send_ballots
from nomdesk.services import attachments

PENDING_JUROR = "Greta Påhittad"  # the demo's juror who has not scored yet


def write_ballot(db: Path, folder: Path, juror: str = PENDING_JUROR, attach: bool = False) -> Path:
    """The demo 2027 final round's ballot for `juror`, written into `folder`."""
    opened = open_database(db)
    try:
        with new_session(opened.engine, actor="tester") as session:
            year = session.exec(select(AwardYear).where(AwardYear.year == 2027)).one()
            round_ = session.exec(select(ScoringRound).where(ScoringRound.year_id == year.id)).one()
            if attach:
                nominee = session.exec(
                    select(Nominee).where(Nominee.display_name == "Borås stad")
                ).one()
                attachments.add_attachment(
                    session=session,
                    nominee_id=nominee.id,
                    file_name="självvärdering.txt",
                    data="Självvärdering: 42 poäng\n".encode(),
                )
            person = session.exec(
                select(Juror).where(Juror.year_id == year.id, Juror.name == juror)
            ).one()
            written = send_ballots(
                session=session, round_id=round_.id, folder=folder, juror_ids=[person.id]
            )
    finally:
        opened.engine.dispose()
    return written[0].path


def drop_files(widget, paths: list[Path]) -> bool:
    """Drag local files onto `widget` and drop them, as a file manager does; True when
    the drop was taken."""
    import warnings

    from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    args = (Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton)
    with warnings.catch_warnings():  # Qt 6 offers only the QPoint form of this event
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(QPoint(10, 10), *args, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(10, 10), *args, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)
    return drop.isAccepted()
