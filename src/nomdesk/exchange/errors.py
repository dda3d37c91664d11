"""Why a ballot or score-sheet file is refused: one code per reason, one message each.

The messages are English templates (the UI translates them like every nomdesk error) and
always name the file. `code` is stable and goes into `import-sheets --json`.
"""

from typing import Any

from nomdesk.errors import ValidationError

MAX_SHEET_BYTES = 5 * 1024 * 1024

# A table of literal templates, so that the translation tool finds every one of them.
MESSAGES: dict[str, str] = {
    "unreadable": "{file}: the file cannot be read ({reason}).",
    "unwritable": "{file}: the file cannot be written ({reason}).",
    "too_large": "{file}: the file is {size} MB; a score sheet is at most 5 MB.",
    "not_utf8": "{file}: the file is not UTF-8 text (line {line}, column {column}).",
    "not_json": "{file}: the file is not JSON: {reason} (line {line}, column {column}).",
    "unknown_format": "{file}: unknown format {format}; expected {expected}.",
    "invalid": "{file}: the content does not follow the format: {reason}.",
    "bad_signature": "{file}: the signature does not match: the file was changed after "
    "it was exported.",
    "unknown_ballot": "{file}: the ballot {ballot} is not known in this database.",
    "revoked_ballot": "{file}: the ballot was revoked on {date} and replaced by a new one; "
    "ask {juror} to score from the new ballot.",
    "wrong_award": "{file}: the sheet belongs to another award than its ballot.",
    "wrong_year": "{file}: the sheet belongs to another year than its ballot.",
    "wrong_round": "{file}: the sheet belongs to another round than its ballot.",
    "wrong_juror": "{file}: the sheet names another juror than its ballot.",
    "round_closed": "{file}: the round {round} is closed.",
    "year_locked": "{file}: the year {year} is locked since its winner was decided.",
    "unknown_nominee": "{file}: the nominee {nominee} is not a nominee of this round.",
    "unknown_criterion": "{file}: the criterion {criterion} is not a criterion of this year.",
    "not_scorable": "{file}: {nominee} is not scored in this round (it is {stage}).",
    "conflicted_nominee": "{file}: {juror} is recorded as conflicted for {nominee}; "
    "the sheet is refused. Reissue the ballot to leave {nominee} out.",
    "scored_and_declared": "{file}: the sheet both scores {nominee} and declares a conflict "
    "for it.",
    "duplicate_score": "{file}: {nominee} is scored twice on {criterion}.",
    "out_of_range": "{file}: {nominee}, {criterion}: {value} is outside the scale {min}–{max}.",
    "off_step": "{file}: {nominee}, {criterion}: {value} is not on the scale's step of "
    "{step} from {min}.",
    "not_number": "{file}: {nominee}, {criterion}: the score must be a number.",
    "not_newer": "{file}: revision {revision} is not newer than revision {last}, "
    "imported on {date}.",
    "not_a_ballot": "{file}: the ballot does not follow the format: {reason}.",
    "bad_attachment": "{file}: the attachment {name} is damaged (its checksum does not match).",
    "workspace_mismatch": "{file}: the ballot has the uid of an existing workspace but "
    "another juror, round or secret.",
}


class ExchangeFileError(ValidationError):
    """A ballot or score-sheet file was refused; `code` says why, the message names the file."""

    def __init__(self, code: str, *, file: str, **params: Any) -> None:
        self.code = code
        super().__init__(MESSAGES[code], field="file", file=file, **params)


def refuse(code: str, file: str, **params: Any) -> ExchangeFileError:
    """The error for `code` (to be raised by the caller)."""
    return ExchangeFileError(code, file=file, **params)
