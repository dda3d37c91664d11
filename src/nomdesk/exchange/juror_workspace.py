"""The juror workspace (design §2, §4): a juror's own local file, made from a ballot.

Headless and free of Qt; juror mode (ui/juror) and `nomdesk sheet` both drive it.

Where it lives: one folder per ballot uid under `paths.juror_workspaces_dir()` (Linux
`~/.local/share/nomdesk/juror-workspaces/<ballot uid>/`, macOS `~/Library/Application
Support/nomdesk/juror-workspaces/…`, Windows `%LOCALAPPDATA%\\nomdesk\\juror-workspaces\\…`),
holding `workspace.db` (a nomdesk database of the same schema with one year, one round
and one juror) and `attachments/<attachment uid>/<file name>` (extracted on demand so the
system viewer can open them). Opening the same ballot again reopens that folder, so the
juror resumes where they stopped; a reissued ballot has a new uid and a new folder.

Every call is its own committed transaction through nomdesk's services (so every
keystroke the UI passes on is saved at once) and raises a typed `NomdeskError` (with a
`field`) when refused. Nominees and criteria are named by uid; `find_nominee` and
`find_criterion` turn a name into a uid.

    ws = JurorWorkspace.open_ballot(Path("Prize 2027 Astrid.nomballot"))
    for item in ws.nominees():            # NomineeProgress: uid, name, scored, expected, conflict
        content = ws.nominee(item.uid)    # NomineeContent: texts, initiatives, visits, cells…
    ws.set_score(nominee_uid, criterion_uid, 7.5)      # checked against scale and step
    ws.set_comment(nominee_uid, criterion_uid, "Strong open data work")
    ws.set_overall_comment(nominee_uid, "…")
    ws.declare_conflict(nominee_uid, "I sit on its board")
    if ws.has_unexported_changes():
        ws.export_sheet(Path("Astrid.nomscores"))       # the next revision, signed
    ws.close()
"""

import contextlib
import shutil
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session, select

from nomdesk import paths
from nomdesk.db.models import Attachment, Ballot, Conflict, Criterion, Juror, Nominee, ScoringRound
from nomdesk.db.open import open_database, remove_database
from nomdesk.db.session import new_session
from nomdesk.errors import NotFoundError, ValidationError
from nomdesk.exchange import workspace_refresh, workspace_state, workspace_views
from nomdesk.exchange.errors import refuse
from nomdesk.exchange.files import read_ballot, safe_file_name
from nomdesk.exchange.formats import BallotFile
from nomdesk.exchange.workspace_build import check_references, fill_workspace, reference_digest
from nomdesk.exchange.workspace_state import ExportInfo
from nomdesk.exchange.workspace_views import (
    Cell,
    CriterionView,
    NomineeContent,
    NomineeProgress,
    WorkspaceInfo,
)
from nomdesk.services import jurors, scores

DATABASE_NAME = "workspace.db"

__all__ = [
    "Cell",
    "CriterionView",
    "ExportInfo",
    "JurorWorkspace",
    "NomineeContent",
    "NomineeProgress",
    "WorkspaceInfo",
]


class JurorWorkspace:
    """One juror's workspace for one ballot. Open with `open_ballot` or `open_folder`."""

    def __init__(self, folder: Path, engine: Engine, *, created: bool = False) -> None:
        self.folder = folder
        self.created = created  # True when this call made the workspace from the ballot
        # True when a re-sent ballot with new content rebuilt the workspace on opening.
        self.refreshed = False
        self._engine = engine
        with self._session() as session:
            ballot = session.exec(select(Ballot)).one()
            self._round_id: int = ballot.round_id
            self._juror_id: int = ballot.juror_id
            self._actor = session.get(Juror, ballot.juror_id).name  # type: ignore[union-attr]
            self._nominees = {n.uid: n.id for n in session.exec(select(Nominee))}
            self._criteria = {c.uid: c.id for c in session.exec(select(Criterion))}

    # --- opening and closing -------------------------------------------------------

    @staticmethod
    def folder_for(ballot_uid: str, root: Path | None = None) -> Path:
        """The folder of a ballot's workspace (root: `paths.juror_workspaces_dir()`)."""
        return (root or paths.juror_workspaces_dir()) / ballot_uid

    @classmethod
    def open_ballot(cls, ballot_path: Path, *, root: Path | None = None) -> "JurorWorkspace":
        """Make the workspace of a ballot file, or reopen it when it exists (resume).

        A ballot sent again with new content (same uid and secret; e.g. a finalist or an
        attachment added) rebuilds the workspace around the juror's state (`refreshed`
        is then True; see workspace_refresh). Raises ExchangeFileError when the ballot is
        unreadable or not a ballot, or when a workspace with its uid belongs to another
        juror, round or secret.
        """
        ballot = read_ballot(ballot_path)
        check_references(ballot_path.name, ballot)
        folder = cls.folder_for(ballot.ballot_uid, root)
        database = folder / DATABASE_NAME
        if not database.exists():
            return cls(folder, _create(database, ballot), created=True)
        workspace = cls.open_folder(folder)
        workspace._check_same_ballot(ballot, ballot_path.name)
        with workspace._session() as session:
            same = workspace_refresh.stored_reference(session) == reference_digest(ballot)
        if same:
            return workspace
        workspace.close()
        workspace_refresh.rebuild(database, ballot)
        refreshed = cls.open_folder(folder)
        refreshed.refreshed = True
        return refreshed

    @classmethod
    def open_folder(cls, folder: Path) -> "JurorWorkspace":
        """Reopen an existing workspace folder."""
        opened = open_database(folder / DATABASE_NAME, create=False)
        return cls(folder, opened.engine)

    def close(self) -> None:
        """Let go of the database file (each change is already committed)."""
        self._engine.dispose()

    def __enter__(self) -> "JurorWorkspace":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def database(self) -> Path:
        return self.folder / DATABASE_NAME

    # --- reading -------------------------------------------------------------------

    def info(self) -> WorkspaceInfo:
        """Award, year, round, juror and ballot of this workspace."""
        with self._session() as session:
            return workspace_views.info(session)

    def criteria(self) -> list[CriterionView]:
        """The criteria in order, with description, weight, scale and step."""
        with self._session() as session:
            return workspace_views.criteria(session)

    def nominees(self) -> list[NomineeProgress]:
        """The ballot's nominees by name, each with scored/expected criteria and conflict."""
        with self._session() as session:
            return workspace_views.nominee_progress(session)

    def progress(self) -> tuple[int, int]:
        """(scores given, scores expected) over every nominee without a declared conflict."""
        items = self.nominees()
        return sum(i.scored for i in items), sum(i.expected for i in items)

    def nominee(self, nominee_uid: str) -> NomineeContent:
        """One nominee's texts, initiatives, site visits, attachments and the juror's cells."""
        with self._session() as session:
            nominee = session.get(Nominee, self._nominee_id(nominee_uid))
            return workspace_views.nominee_content(session, nominee)  # type: ignore[arg-type]

    def cell(self, nominee_uid: str, criterion_uid: str) -> Cell:
        """The juror's score and comment for one criterion (value None when empty)."""
        criterion_id = self._criterion_id(criterion_uid)
        with self._session() as session:
            found = workspace_views.cells(
                session, self._nominee_id(nominee_uid), {criterion_id: criterion_uid}
            ).get(criterion_uid)
        return found or Cell(None, "")

    def find_nominee(self, key: str) -> str:
        """The uid of a nominee named by uid or display name (either language, any case)."""
        if key in self._nominees:
            return key
        for item in self.nominees():
            if key.casefold() in (item.name.casefold(), (item.name_en or "").casefold()):
                return item.uid
        raise NotFoundError("No nominee {key} on this ballot.", field="nominee", key=key)

    def find_criterion(self, key: str) -> str:
        """The uid of a criterion named by uid or name (either language, any case)."""
        if key in self._criteria:
            return key
        for item in self.criteria():
            if key.casefold() in (item.name.casefold(), (item.name_en or "").casefold()):
                return item.uid
        raise NotFoundError("No criterion {key} on this ballot.", field="criterion", key=key)

    def attachment_path(self, attachment_uid: str) -> Path:
        """The attachment as a file in the workspace folder, written on first use."""
        with self._session() as session:
            item = session.exec(select(Attachment).where(Attachment.uid == attachment_uid)).first()
            if item is None:
                raise NotFoundError(
                    "No attachment {key} on this ballot.", field="attachment", key=attachment_uid
                )
            target = self.folder / "attachments" / item.uid / safe_file_name(item.file_name)
            if not target.exists() or target.stat().st_size != item.size:
                target.parent.mkdir(parents=True, exist_ok=True)
                partial = target.with_name(target.name + ".part")
                partial.write_bytes(item.data)
                partial.replace(target)
        return target

    # --- the juror's entries ---------------------------------------------------------

    def set_score(
        self, nominee_uid: str, criterion_uid: str, value: float, comment: str | None = None
    ) -> Cell:
        """Give a score (and optionally its comment); refused off the scale or step."""
        self._call(
            scores.set_score,
            round_id=self._round_id,
            juror_id=self._juror_id,
            nominee_id=self._nominee_id(nominee_uid),
            criterion_id=self._criterion_id(criterion_uid),
            value=value,
            comment=comment,
            source="sheet",
        )
        return self.cell(nominee_uid, criterion_uid)

    def clear_score(self, nominee_uid: str, criterion_uid: str) -> None:
        """Remove a score, with its comment."""
        self._call(
            scores.clear_score,
            round_id=self._round_id,
            juror_id=self._juror_id,
            nominee_id=self._nominee_id(nominee_uid),
            criterion_id=self._criterion_id(criterion_uid),
        )

    def set_comment(self, nominee_uid: str, criterion_uid: str, text: str) -> Cell:
        """The comment on one score; a cell needs its score before it can hold a comment."""
        current = self.cell(nominee_uid, criterion_uid)
        if current.value is None:
            name = self._criterion_name(criterion_uid)
            raise ValidationError(
                "Give {criterion} a score before writing a comment on it.",
                field="comment",
                criterion=name,
            )
        return self.set_score(nominee_uid, criterion_uid, current.value, text)

    def set_overall_comment(self, nominee_uid: str, text: str) -> None:
        """The juror's overall comment on a nominee."""
        self._call(
            scores.set_nominee_comment,
            round_id=self._round_id,
            juror_id=self._juror_id,
            nominee_id=self._nominee_id(nominee_uid),
            comment=text,
        )

    def declare_conflict(self, nominee_uid: str, reason: str) -> None:
        """Declare a conflict of interest: the nominee then needs no scores, and the sheet
        carries the declaration instead of its scores (kept here in case it is withdrawn)."""
        self._call(
            jurors.declare_conflict,
            juror_id=self._juror_id,
            nominee_id=self._nominee_id(nominee_uid),
            reason=reason,
            declared_by="juror",
        )

    def withdraw_conflict(self, nominee_uid: str) -> None:
        """Take back a declared conflict (before the sheet carrying it is imported)."""
        nominee_id = self._nominee_id(nominee_uid)
        with self._session() as session:
            conflict_id = session.exec(
                select(Conflict.id).where(Conflict.nominee_id == nominee_id)
            ).first()
        if conflict_id is None:
            raise NotFoundError("No conflict is declared for this nominee.", field="nominee")
        self._call(jurors.remove_conflict, conflict_id=conflict_id)

    # --- exporting ---------------------------------------------------------------------

    def has_unexported_changes(self) -> bool:
        """Whether the state differs from the last exported sheet (or, before any export,
        from the ballot as it was opened)."""
        with self._session() as session:
            current = workspace_state.state_digest(workspace_state.juror_state(session))
            return current != workspace_state.last_state_digest(session)

    def last_export(self) -> ExportInfo | None:
        """The newest exported sheet (revision, time, file name), or None."""
        with self._session() as session:
            return workspace_state.last_export(session)

    def export_sheet(self, path: Path) -> ExportInfo:
        """Write the juror's complete state as the next revision of the signed score sheet."""
        return self._call(workspace_state.export_sheet, path=path)

    # --- plumbing ----------------------------------------------------------------------

    @contextlib.contextmanager
    def _session(self) -> Iterator[Session]:
        with new_session(self._engine, actor=getattr(self, "_actor", None)) as session:
            yield session

    def _call(self, service, **kwargs):
        with self._session() as session:
            return service(session=session, **kwargs)

    def _nominee_id(self, uid: str) -> int:
        if uid not in self._nominees:
            raise NotFoundError("No nominee {key} on this ballot.", field="nominee", key=uid)
        return self._nominees[uid]

    def _criterion_id(self, uid: str) -> int:
        if uid not in self._criteria:
            raise NotFoundError("No criterion {key} on this ballot.", field="criterion", key=uid)
        return self._criteria[uid]

    def _criterion_name(self, uid: str) -> str:
        with self._session() as session:
            return session.get(Criterion, self._criterion_id(uid)).name  # type: ignore[union-attr]

    def _check_same_ballot(self, ballot: BallotFile, file: str) -> None:
        with self._session() as session:
            mine = session.exec(select(Ballot)).one()
            round_uid = session.get(ScoringRound, mine.round_id).uid  # type: ignore[union-attr]
            juror_uid = session.get(Juror, mine.juror_id).uid  # type: ignore[union-attr]
        same = (mine.secret, round_uid, juror_uid) == (
            ballot.secret,
            ballot.round.uid,
            ballot.juror.uid,
        )
        if not same:
            self.close()
            raise refuse("workspace_mismatch", file)


def _create(database: Path, ballot: BallotFile) -> Engine:
    """A new workspace database filled from the ballot; nothing is left behind on failure."""
    folder_existed = database.parent.exists()
    opened = open_database(database, create=True)
    try:
        with new_session(opened.engine, actor=ballot.juror.name) as session:
            fill_workspace(session=session, ballot=ballot)
    except BaseException:
        opened.engine.dispose()
        remove_database(database)
        if not folder_existed:
            shutil.rmtree(database.parent, ignore_errors=True)
        raise
    return opened.engine
