"""Typed errors a person can act on: what is wrong, and in which field."""

from typing import Any


class NomdeskError(Exception):
    """Base of every error nomdesk expects; `str(err)` is the message for people.

    `template` is the English message with `{placeholders}`; the UI translates the template
    and formats it with `params`, so services stay free of Qt.
    """

    def __init__(self, template: str, *, field: str | None = None, **params: Any) -> None:
        self.template = template
        self.field = field
        self.params = params
        super().__init__(template.format(**params))

    @property
    def message(self) -> str:
        return str(self)


class ValidationError(NomdeskError):
    """A value was refused; `field` names it."""


class NotFoundError(NomdeskError):
    """Something named does not exist (or not in this year)."""


class DuplicateError(ValidationError):
    """A name or combination that must be unique is already taken."""


class StageError(ValidationError):
    """A stage change that design §1 does not allow."""


class ConflictOfInterestError(ValidationError):
    """A juror declared conflicted for a nominee may not score it."""


class YearLockedError(NomdeskError):
    """The award year is decided and locked; unlock it with a reason first."""


class MissingScoresError(ValidationError):
    """Scores are missing; a decision then needs an explicit confirmation."""


class DatabaseOpenError(NomdeskError):
    """A file could not be opened as a nomdesk database; nothing was written to it."""


class ForeignFileError(DatabaseOpenError):
    """The file is not a nomdesk database."""


class NewerFileError(DatabaseOpenError):
    """The file was written by a newer nomdesk."""
