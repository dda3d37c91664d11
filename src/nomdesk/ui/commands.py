"""Undoable edits built from services: create, update, delete, each one QUndoCommand."""

from collections.abc import Callable
from typing import Any

from nomdesk.services import undo as undo_service
from nomdesk.ui.workspace import Workspace


def create(ws: Workspace, text: str, model: type, make: Callable[[], Any]) -> Any:
    """Create a row with `make()`; undo deletes it, redo puts back the same rows and uid."""
    holder: dict[str, Any] = {}

    def undo(obj: Any) -> None:
        holder["bundle"] = undo_service.delete_by_uid(session=ws.session, model=model, uid=obj.uid)

    def redo() -> None:
        undo_service.restore_deleted(session=ws.session, bundle=holder["bundle"])

    return ws.apply(text, make, undo, redo)


def update(
    ws: Workspace,
    text: str,
    model: type,
    uid: str,
    apply: Callable[[int, dict[str, Any]], Any],
    changes: dict[str, Any],
) -> Any:
    """Change fields of a row: `apply(id, values)` calls the service; undo sets the old values."""
    obj = ws.session.get(model, ws.id_of(model, uid))
    old = {key: getattr(obj, key) for key in changes}

    def run(values: dict[str, Any]) -> Any:
        return apply(ws.id_of(model, uid), values)

    return ws.apply(text, lambda: run(changes), lambda _result: run(old), lambda: run(changes))


def delete(ws: Workspace, text: str, model: type, uid: str, remove: Callable[[int], Any]) -> Any:
    """Delete a row with `remove(id)` (a service returning a bundle); undo restores it all."""
    holder: dict[str, Any] = {}

    def do() -> Any:
        holder["bundle"] = remove(ws.id_of(model, uid))
        return holder["bundle"]

    def undo(_result: Any) -> None:
        undo_service.restore_deleted(session=ws.session, bundle=holder["bundle"])

    return ws.apply(text, do, undo, do)


def action(ws: Workspace, text: str, do: Callable[[], Any], inverse: Callable[[], Any]) -> Any:
    """Any other edit with a known inverse (a stage change, a withdrawal)."""
    return ws.apply(text, do, lambda _result: inverse(), do)
