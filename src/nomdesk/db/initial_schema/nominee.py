"""What belongs to a nominee: attachments, initiatives, organisations, site visits
and their notes, and the decision that makes one the winner."""

import sqlalchemy as sa
import sqlmodel
from alembic import op


def create_nominee_tables() -> None:
    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("nominee_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("media_type", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("description", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("added_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["nominee_id"],
            ["nominee.id"],
            name=op.f("fk_attachment_nominee_id_nominee"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachment_nominee_id"), ["nominee_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachment_uid"), ["uid"], unique=True)

    op.create_table(
        "decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("year_id", sa.Integer(), nullable=False),
        sa.Column("winner_id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=True),
        sa.Column("motivation", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("motivation_en", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("decided_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("decided_by", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("method", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
        sa.Column("tie_break", sa.JSON(), nullable=True),
        sa.Column("ranking_snapshot", sa.JSON(), nullable=True),
        sa.Column("scores_complete", sa.Boolean(), nullable=True),
        sa.Column("missing_scores", sa.Integer(), nullable=False),
        sa.Column("missing_confirmed", sa.Boolean(), nullable=False),
        sa.Column("historical", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["scoring_round.id"],
            name=op.f("fk_decision_round_id_scoring_round"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["winner_id"],
            ["nominee.id"],
            name=op.f("fk_decision_winner_id_nominee"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["year_id"],
            ["award_year.id"],
            name=op.f("fk_decision_year_id_award_year"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision")),
        sa.UniqueConstraint("year_id", name=op.f("uq_decision_year_id")),
    )
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_decision_round_id"), ["round_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_decision_uid"), ["uid"], unique=True)
        batch_op.create_index(batch_op.f("ix_decision_winner_id"), ["winner_id"], unique=False)

    op.create_table(
        "initiative",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("nominee_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("title_en", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=True),
        sa.Column("area", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column("description", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("description_en", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("started", sa.Integer(), nullable=True),
        sa.Column("link", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
        sa.ForeignKeyConstraint(
            ["nominee_id"],
            ["nominee.id"],
            name=op.f("fk_initiative_nominee_id_nominee"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_initiative")),
    )
    with op.batch_alter_table("initiative", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_initiative_nominee_id"), ["nominee_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_initiative_uid"), ["uid"], unique=True)

    op.create_table(
        "nominee_organisation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("nominee_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["nominee_id"],
            ["nominee.id"],
            name=op.f("fk_nominee_organisation_nominee_id_nominee"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_nominee_organisation_organisation_id_organisation"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nominee_organisation")),
        sa.UniqueConstraint(
            "nominee_id",
            "organisation_id",
            name=op.f("uq_nominee_organisation_nominee_id_organisation_id"),
        ),
    )
    with op.batch_alter_table("nominee_organisation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_nominee_organisation_nominee_id"), ["nominee_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_nominee_organisation_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_nominee_organisation_uid"), ["uid"], unique=True)

    op.create_table(
        "site_visit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("nominee_id", sa.Integer(), nullable=False),
        sa.Column("visited_on", sa.Date(), nullable=True),
        sa.Column("participants", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("notes", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("notes_en", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.ForeignKeyConstraint(
            ["nominee_id"],
            ["nominee.id"],
            name=op.f("fk_site_visit_nominee_id_nominee"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_site_visit")),
    )
    with op.batch_alter_table("site_visit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_site_visit_nominee_id"), ["nominee_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_site_visit_uid"), ["uid"], unique=True)

    op.create_table(
        "site_visit_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("site_visit_id", sa.Integer(), nullable=False),
        sa.Column("criterion_id", sa.Integer(), nullable=False),
        sa.Column("note", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["criterion_id"],
            ["criterion.id"],
            name=op.f("fk_site_visit_note_criterion_id_criterion"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["site_visit_id"],
            ["site_visit.id"],
            name=op.f("fk_site_visit_note_site_visit_id_site_visit"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_site_visit_note")),
        sa.UniqueConstraint(
            "site_visit_id",
            "criterion_id",
            name=op.f("uq_site_visit_note_site_visit_id_criterion_id"),
        ),
    )
    with op.batch_alter_table("site_visit_note", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_site_visit_note_criterion_id"), ["criterion_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_site_visit_note_site_visit_id"), ["site_visit_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_site_visit_note_uid"), ["uid"], unique=True)
