"""initial schema

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-23 07:27:07.883422
"""

from collections.abc import Sequence

from alembic import op

from nomdesk.db.initial_schema.jury import create_jury_tables
from nomdesk.db.initial_schema.nominee import create_nominee_tables
from nomdesk.db.initial_schema.year import create_year_tables

revision: str = "0001_initial"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Every table, each after the tables it refers to (dropped in the reverse order).
TABLES = [
    "audit_event",
    "award",
    "organisation",
    "award_year",
    "organisation_alias",
    "criterion",
    "juror",
    "nominee",
    "scoring_round",
    "timetable_entry",
    "attachment",
    "decision",
    "initiative",
    "nominee_organisation",
    "site_visit",
    "site_visit_note",
    "ballot",
    "conflict",
    "nominee_comment",
    "sheet_import",
    "score",
]


def upgrade() -> None:
    create_year_tables()
    create_nominee_tables()
    create_jury_tables()


def downgrade() -> None:
    for table in reversed(TABLES):
        op.drop_table(table)  # SQLite drops a table's indexes with it
