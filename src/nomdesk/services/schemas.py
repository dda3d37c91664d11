"""Input models for services, derived from the tables so each field is declared once.

`XCreate` holds the fields a person provides; `XUpdate` has the same fields, all optional,
for partial updates with `model_dump(exclude_unset=True)`.
"""

import types
from typing import Any, Union, get_args, get_origin

from pydantic import BaseModel, ConfigDict, create_model

from nomdesk.db import models as m
from nomdesk.errors import ValidationError

MACHINE_FIELDS = {"id", "created_at", "updated_at", "added_at", "issued_at", "decided_at"}


class Input(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


# Fields of each Update model that the table does not allow to be empty.
_NOT_NULL: dict[type, frozenset[str]] = {}


def _nullable(annotation: Any) -> bool:
    origin = get_origin(annotation)
    return origin in (Union, types.UnionType) and type(None) in get_args(annotation)


def changes_of(data: Input) -> dict[str, Any]:
    """The fields a partial update sets; None for a field that must have a value is refused."""
    changes = data.model_dump(exclude_unset=True)
    for key in _NOT_NULL.get(type(data), frozenset()):
        if key in changes and changes[key] is None:
            raise ValidationError("{name} cannot be empty.", field=key, name=key)
    return changes


def _derive(model: type, name: str, *, exclude: set[str], optional: bool) -> type[Input]:
    fields: dict[str, Any] = {}
    for key, info in model.model_fields.items():
        if key in exclude or key in MACHINE_FIELDS:
            continue
        if optional:
            fields[key] = (info.annotation | None, None)
        elif key == "uid":
            fields[key] = (str | None, None)  # given only when undo recreates a row
        elif info.is_required():
            fields[key] = (info.annotation, ...)
        else:
            default_factory = info.default_factory
            fields[key] = (
                info.annotation,
                info.default if default_factory is None else default_factory(),
            )
    derived = create_model(name, __base__=Input, **fields)
    if optional:
        kept = (k for k in fields if k in model.model_fields)
        _NOT_NULL[derived] = frozenset(
            k for k in kept if not _nullable(model.model_fields[k].annotation)
        )
    return derived


def pair(model: type, *, exclude: set[str] = frozenset(), fixed: set[str] = frozenset()):
    """(Create, Update) for a table; `fixed` fields cannot be changed after creation."""
    name = model.__name__
    create = _derive(model, f"{name}Create", exclude=set(exclude), optional=False)
    update = _derive(model, f"{name}Update", exclude={*exclude, *fixed, "uid"}, optional=True)
    return create, update


AwardCreate, AwardUpdate = pair(m.Award)
YearCreate, YearUpdate = pair(
    m.AwardYear, exclude={"award_id", "locked_at", "locked_by", "phase"}, fixed={"year"}
)
TimetableCreate, TimetableUpdate = pair(m.TimetableEntry, exclude={"year_id"})
RoundCreate, RoundUpdate = pair(m.ScoringRound, exclude={"year_id", "position", "status"})
CriterionCreate, CriterionUpdate = pair(m.Criterion, exclude={"year_id", "position"})
OrganisationCreate, OrganisationUpdate = pair(m.Organisation)
NomineeCreate, NomineeUpdate = pair(
    m.Nominee, exclude={"year_id", "stage", "withdrawn_reason", "withdrawn_from"}
)
InitiativeCreate, InitiativeUpdate = pair(m.Initiative, exclude={"nominee_id", "position"})
SiteVisitCreate, SiteVisitUpdate = pair(m.SiteVisit, exclude={"nominee_id"})
JurorCreate, JurorUpdate = pair(m.Juror, exclude={"year_id", "position"})
