"""One open database: its session, its undo stack, and the signals views listen to.

Every edit goes through `Workspace.apply`: the service call runs (and commits) at once;
if it is refused, nothing is pushed and the error goes back to the caller; otherwise an
undoable command holding the inverse call is pushed.
"""

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTime, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy import Engine
from sqlmodel import Session, select

from nomdesk.errors import NomdeskError

log = logging.getLogger("nomdesk")


class ServiceCommand(QUndoCommand):
    """An edit already done once; redo and undo call services again."""

    def __init__(self, workspace: "Workspace", text: str, redo: Callable[[], Any], undo) -> None:
        super().__init__(text)
        self._workspace = workspace
        self._redo = redo
        self._undo = undo
        self._done_once = True

    def redo(self) -> None:
        if self._done_once:
            self._done_once = False
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, call: Callable[[], Any]) -> None:
        try:
            call()
        except Exception as err:
            # The data moved on (the year was locked, the file is busy in another program):
            # drop this step so that the history never claims what the file does not hold.
            log.warning("undo/redo of %r failed: %s", self.text(), err)
            self.setObsolete(True)
            if not isinstance(err, NomdeskError):
                err = NomdeskError(
                    "The step could not be undone or redone: {reason}", reason=str(err)
                )
            self._workspace.failed.emit(err)
        self._workspace.changed.emit()
        self._workspace.saved.emit(self.text())


class Workspace(QObject):
    changed = Signal()  # any data changed (an edit, an undo, a redo)
    saved = Signal(str)  # what was last saved, for the status bar
    failed = Signal(object)  # a NomdeskError from an undo or redo
    # Presentation mode: results and charts show jurors as A, B, C… instead of names.
    presentation_changed = Signal(bool)

    def __init__(self, path: Path, engine: Engine, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.path = path
        self.engine = engine
        self.session = session
        self.undo_stack = QUndoStack(self)
        self.last_saved = ""
        self.presentation = False
        self.saved.connect(self._remember_saved)

    def _remember_saved(self, text: str) -> None:
        self.last_saved = f"{QTime.currentTime().toString('HH:mm')} {text}"

    def set_presentation(self, on: bool) -> None:
        if on != self.presentation:
            self.presentation = on
            self.presentation_changed.emit(on)

    def juror_label(self, position: int, name: str) -> str:
        """A juror as results and charts show them: the name, or in presentation mode a
        letter by the juror's place in the jury (0 → A, 25 → Z, 26 → AA)."""
        return juror_letter(position) if self.presentation else name

    def apply(
        self,
        text: str,
        do: Callable[[], Any],
        undo: Callable[[Any], Any],
        redo: Callable[[], Any] | None = None,
    ) -> Any:
        """Run `do` now; push a command whose undo is `undo(result)`. Raises NomdeskError."""
        result = do()
        command = ServiceCommand(self, text, redo or do, lambda: undo(result))
        self.undo_stack.push(command)
        self.changed.emit()
        self.saved.emit(text)
        return result

    @contextmanager
    def group(self, text: str) -> Iterator[None]:
        """Edits made inside are one undo step; a group whose edits were all refused
        leaves nothing on the stack."""
        stack = self.undo_stack
        stack.beginMacro(text)
        try:
            yield
        finally:
            stack.endMacro()
            last = stack.command(stack.index() - 1)
            if last is not None and last.childCount() == 0:
                last.setObsolete(True)
                stack.undo()  # an obsolete command is dropped when undone

    def id_of(self, model: type, uid: str) -> int:
        """The current id of the row with this uid (ids change when undo recreates rows)."""
        found = self.session.exec(select(model.id).where(model.uid == uid)).first()  # type: ignore[attr-defined]
        if found is None:
            raise NomdeskError("It no longer exists.")
        return found

    def close(self) -> None:
        self.undo_stack.clear()
        self.session.close()
        self.engine.dispose()


def juror_letter(position: int) -> str:
    """0 → A, 1 → B, …, 25 → Z, 26 → AA, 27 → AB."""
    letters = ""
    position += 1
    while position:
        position, rest = divmod(position - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
