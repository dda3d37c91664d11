"""Every table of design §2; import from here so the metadata is complete."""

from nomdesk.db.models.award import Award, AwardYear, Criterion, ScoringRound, TimetableEntry
from nomdesk.db.models.base import Entity, new_uid, utcnow
from nomdesk.db.models.decision import AuditEvent, Decision
from nomdesk.db.models.jury import (
    Ballot,
    Conflict,
    Juror,
    NomineeComment,
    Score,
    SheetImport,
)
from nomdesk.db.models.nominees import (
    Attachment,
    Initiative,
    Nominee,
    NomineeOrganisation,
    Organisation,
    OrganisationAlias,
    SiteVisit,
    SiteVisitNote,
)

__all__ = [
    "Attachment",
    "AuditEvent",
    "Award",
    "AwardYear",
    "Ballot",
    "Conflict",
    "Criterion",
    "Decision",
    "Entity",
    "Initiative",
    "Juror",
    "Nominee",
    "NomineeComment",
    "NomineeOrganisation",
    "Organisation",
    "OrganisationAlias",
    "Score",
    "ScoringRound",
    "SheetImport",
    "SiteVisit",
    "SiteVisitNote",
    "TimetableEntry",
    "new_uid",
    "utcnow",
]
