"""The two files of the offline jury exchange (design §4), as pydantic models.

`BallotFile` (`.nomballot`, secretariat → one juror) and `ScoreSheetFile` (`.nomscores`,
juror → secretariat). Every field is required and no other field is allowed, so a file
either follows the format exactly or is refused. docs/file-formats.md shows the JSON
Schemas these models generate (`ballot_schema()`, `sheet_schema()`).
"""

import base64
import binascii
import hashlib
from datetime import date, datetime
from functools import cached_property
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictFloat, StrictInt, StrictStr

BALLOT_FORMAT = "nomdesk-ballot/1"
SHEET_FORMAT = "nomdesk-scoresheet/1"
BALLOT_SUFFIX = ".nomballot"
SHEET_SUFFIX = ".nomscores"

Uid = Annotated[
    StrictStr, Field(pattern=r"^[0-9A-Za-z-]{1,36}$", description="a stable uid (UUID)")
]
Text = StrictStr
OptionalText = StrictStr | None  # an English form; null falls back to the Swedish
Hex64 = Annotated[StrictStr, Field(pattern=r"^[0-9a-f]{64}$")]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# --- what both files share -------------------------------------------------------------


class ScoreItem(_Strict):
    """One score: a nominee on a criterion."""

    nominee_uid: Uid
    criterion_uid: Uid
    value: StrictFloat = Field(description="on the criterion's scale and step")
    comment: Text


class CommentItem(_Strict):
    """The juror's overall comment on a nominee."""

    nominee_uid: Uid
    comment: Text


# --- the ballot ------------------------------------------------------------------------


class BallotAward(_Strict):
    uid: Uid
    name: Text
    name_en: OptionalText
    organiser: Text


class BallotYear(_Strict):
    uid: Uid
    year: StrictInt
    title: Text
    title_en: OptionalText


class BallotRound(_Strict):
    uid: Uid
    name: Text
    name_en: OptionalText
    stage: Literal["shortlisted", "finalist"]


class BallotJuror(_Strict):
    uid: Uid
    name: Text
    affiliation: Text
    role: Literal["chair", "member"]


class BallotCriterion(_Strict):
    uid: Uid
    position: StrictInt
    name: Text
    name_en: OptionalText
    description: Text
    description_en: OptionalText
    weight: StrictFloat = Field(gt=0)
    scale_min: StrictFloat
    scale_max: StrictFloat
    step: StrictFloat = Field(gt=0)


class BallotOrganisation(_Strict):
    uid: Uid
    name: Text
    kind: Text
    county: Text


class BallotInitiative(_Strict):
    uid: Uid
    title: Text
    title_en: OptionalText
    area: Text
    description: Text
    description_en: OptionalText
    started: StrictInt | None
    link: StrictStr | None


class BallotVisitNote(_Strict):
    """A site visit's observation on one criterion."""

    criterion_uid: Uid
    note: Text


class BallotSiteVisit(_Strict):
    uid: Uid
    visited_on: date | None
    participants: Text
    notes: Text
    notes_en: OptionalText
    criterion_notes: list[BallotVisitNote]


class BallotAttachment(_Strict):
    """A file attached to a nominee; `data` is its bytes in standard base64."""

    uid: Uid
    file_name: Text
    media_type: Text
    size: StrictInt = Field(ge=0)
    sha256: Hex64
    description: Text
    data: StrictStr = Field(description="the file's bytes, standard base64")

    @cached_property
    def content(self) -> bytes:
        return base64.b64decode(self.data, validate=True)

    def intact(self) -> bool:
        """Whether the bytes decode and match the recorded size and SHA-256."""
        try:
            content = self.content
        except (binascii.Error, ValueError):
            return False
        return len(content) == self.size and hashlib.sha256(content).hexdigest() == self.sha256


class BallotNominee(_Strict):
    uid: Uid
    display_name: Text
    display_name_en: OptionalText
    stage: Literal["nominated", "shortlisted", "finalist", "winner"]
    nominated_by: Text
    proud_of: Text
    proud_of_en: OptionalText
    effect: Text
    effect_en: OptionalText
    lessons: Text
    lessons_en: OptionalText
    summary: Text
    summary_en: OptionalText
    organisations: list[BallotOrganisation]
    initiatives: list[BallotInitiative]
    site_visits: list[BallotSiteVisit]
    attachments: list[BallotAttachment]


class BallotFile(_Strict):
    """A ballot: what one juror needs to score one round, and nothing about other jurors."""

    format: Literal["nomdesk-ballot/1"]
    ballot_uid: Uid
    secret: Hex64 = Field(description="the key of the sheets' HMAC-SHA256, as UTF-8 text")
    issued_at: datetime
    award: BallotAward
    year: BallotYear
    round: BallotRound
    juror: BallotJuror
    criteria: list[BallotCriterion]
    nominees: list[BallotNominee]
    scores: list[ScoreItem] = Field(description="this juror's scores the secretariat holds")
    comments: list[CommentItem]


# --- the score sheet -------------------------------------------------------------------


class ConflictItem(_Strict):
    """A conflict of interest the juror declares for a nominee."""

    nominee_uid: Uid
    reason: Text


class ScoreSheetFile(_Strict):
    """A score sheet: the juror's complete state in one workspace, signed."""

    format: Literal["nomdesk-scoresheet/1"]
    award_uid: Uid
    year_uid: Uid
    round_uid: Uid
    ballot_uid: Uid
    juror_uid: Uid
    revision: StrictInt = Field(ge=1, le=2**31 - 1, description="1, 2, … with each export")
    exported_at: datetime
    scores: list[ScoreItem]
    comments: list[CommentItem]
    conflicts: list[ConflictItem]
    signature: Hex64 = Field(description="hex HMAC-SHA256 over the canonical form")


def ballot_schema() -> dict:
    """The JSON Schema of a ballot file, as docs/file-formats.md shows it."""
    return BallotFile.model_json_schema()


def sheet_schema() -> dict:
    """The JSON Schema of a score-sheet file, as docs/file-formats.md shows it."""
    return ScoreSheetFile.model_json_schema()
