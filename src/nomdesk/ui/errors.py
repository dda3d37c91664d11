"""One error presenter and a global hook: fixable errors as messages, the rest as a dialog."""

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from nomdesk.errors import NomdeskError
from nomdesk.ui.labels import stage_label

log = logging.getLogger("nomdesk")
_LOG_PATH: list[Path] = []


# Parameters that carry a domain code, shown by their translated name.
_CODE_PARAMS = {"stage": stage_label, "target": stage_label, "needed": stage_label}


def translate_error(err: NomdeskError) -> str:
    """The error's message in the interface language (templates are translated in 'errors')."""
    template = QCoreApplication.translate("errors", err.template)
    params = {
        key: _CODE_PARAMS[key](value) if key in _CODE_PARAMS else value
        for key, value in err.params.items()
    }
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return str(err)


def show_error(parent: QWidget | None, err: NomdeskError, title: str | None = None) -> None:
    """A message the user can act on."""
    QMessageBox.warning(
        parent, title or QCoreApplication.translate("errors", "Not saved"), translate_error(err)
    )


_SHOWING: list[bool] = []


def _unexpected(exc_type, exc, tb) -> None:
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("unexpected error\n%s", details)
    if _SHOWING:  # an error while the dialog is open (e.g. in a repaint): log it only
        return
    _SHOWING.append(True)
    try:
        _present(exc, details)
    finally:
        _SHOWING.clear()


def _present(exc: BaseException, details: str) -> None:
    if isinstance(exc, NomdeskError):
        show_error(None, exc)
        return
    box = QMessageBox(QMessageBox.Icon.Critical, "nomdesk", "")
    box.setText(
        QCoreApplication.translate(
            "errors", "Something went wrong. Your data is safe: every change is saved."
        )
    )
    where = str(_LOG_PATH[0]) if _LOG_PATH else "?"
    text = QCoreApplication.translate("errors", "The details are in the log file:\n{path}")
    box.setInformativeText(text.format(path=where))
    box.setDetailedText(details)
    box.exec()


def install_excepthook(log_path: Path) -> None:
    """Show unexpected errors in a dialog (with the log's path) and keep running."""
    _LOG_PATH[:] = [log_path]
    sys.excepthook = _unexpected
